//! The build pipeline, shared by `build`, `check` and `serve`: load → validate → score → render → write.

use crate::diag::Diagnostic;
use crate::model::Model;
use crate::render::Files;
use crate::score::Scores;
use crate::{load, model, output, render, score};
use std::path::{Path, PathBuf};

#[derive(Debug, Clone)]
pub struct Options {
    pub root: PathBuf,
    pub output: PathBuf,
    pub base_url: Option<String>,
    /// `--theme NAME|DIR`; None is `default`.
    pub theme: Option<String>,
    pub drafts: bool,
}

#[derive(Debug)]
pub enum Failure {
    /// The content has errors (exit 1): sorted diagnostics.
    Content(Vec<Diagnostic>),
    /// A file that cannot be read or written, or a refused output folder (exit 2).
    Io(String),
}

/// A site loaded, validated and scored.
pub struct Site {
    pub model: Model,
    pub scores: Scores,
}

/// Loads, validates and scores the content under `root`.
pub fn load(root: &Path, drafts: bool, base_url: Option<&str>) -> Result<Site, Failure> {
    let (docs, mut diags) = load::load(root).map_err(|e| Failure::Io(e.0))?;
    let model = match model::validate(&docs, drafts) {
        Ok(m) if diags.is_empty() => Some(m),
        Ok(_) => None,
        Err(more) => {
            diags.extend(more);
            None
        }
    };
    let Some(mut model) = model else {
        crate::diag::sort(&mut diags);
        return Err(Failure::Content(diags));
    };
    if let Some(url) = base_url {
        model.site.base_url = url.to_owned();
    }
    let scores = score::score_model(&model);
    Ok(Site { model, scores })
}

/// What a build produced, for the summary line.
pub struct Built {
    pub files: usize,
    pub pages: usize,
    pub charts: usize,
    pub data_files: usize,
    pub months: usize,
}

impl Built {
    fn count(files: &Files, months: usize) -> Built {
        let mut built = Built {
            files: files.len(),
            pages: 0,
            charts: 0,
            data_files: 0,
            months,
        };
        for (path, body) in files {
            if path.starts_with("data/") {
                built.data_files += 1;
            } else if path.ends_with(".html")
                && let render::Body::Bytes(b) = body
            {
                built.pages += 1;
                built.charts += count(b, b"role=\"img\"");
            }
        }
        built
    }
}

fn count(hay: &[u8], needle: &[u8]) -> usize {
    hay.windows(needle.len()).filter(|w| *w == needle).count()
}

/// Builds the site into `options.output`. Nothing is written when anything fails.
pub fn build(options: &Options) -> Result<Built, Failure> {
    // Refuse a foreign output folder before doing any work.
    output::check_target(&options.output).map_err(|e| Failure::Io(e.to_string()))?;
    let site = load(&options.root, options.drafts, options.base_url.as_deref())?;
    let files = render_site(&site, &options.root, options.theme.as_deref())?;
    output::write(&files, &options.output).map_err(|e| Failure::Io(e.to_string()))?;
    Ok(Built::count(&files, site.scores.months.len()))
}

/// Renders a loaded site with its theme, in memory.
pub fn render_site(site: &Site, root: &Path, theme: Option<&str>) -> Result<Files, Failure> {
    let dir = crate::theme::resolve_dir(root, theme).map_err(Failure::Io)?;
    let theme =
        crate::theme::load(dir.as_deref(), site.model.site.language).map_err(Failure::Io)?;
    render::render(&site.model, &site.scores, &theme).map_err(Failure::Content)
}
