//! The build pipeline, shared by `build`, `check` and `serve`: load → validate → score → render → write.

use crate::diag::Diagnostic;
use crate::io_error::{Action, IoError};
use crate::model::Model;
use crate::score::Scores;
use crate::theme::Theme;
use crate::{load, model, output, render, score};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

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
    /// A file that cannot be read or written (exit 2).
    Io(IoError),
    /// A refusal in words, with no system error behind it: an output folder not ours, no
    /// content folder, a theme not found (exit 2).
    Refused(String),
}

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Failure::Content(diags) => f.write_str(&crate::diag::summary(diags)),
            Failure::Io(e) => e.fmt(f),
            Failure::Refused(text) => f.write_str(text),
        }
    }
}

impl From<IoError> for Failure {
    fn from(e: IoError) -> Failure {
        Failure::Io(e)
    }
}

impl From<output::WriteError> for Failure {
    fn from(e: output::WriteError) -> Failure {
        match e {
            output::WriteError::Io(e) => Failure::Io(e),
            refused => Failure::Refused(refused.to_string()),
        }
    }
}

impl From<load::LoadFailure> for Failure {
    fn from(e: load::LoadFailure) -> Failure {
        match e {
            load::LoadFailure::Io(e) => Failure::Io(e),
            refused => Failure::Refused(refused.to_string()),
        }
    }
}

/// A site loaded, validated and scored.
pub struct Site {
    pub model: Model,
    pub scores: Scores,
}

/// Loads, validates and scores the content under `root`, holding it to the ledger.
pub fn load(root: &Path, drafts: bool, base_url: Option<&str>) -> Result<Site, Failure> {
    let (docs, diags) = load::load(root)?;
    let model = validate(docs, diags, drafts, base_url, Some(root))?;
    // The documents are gone; the scores need other sizes (see `memory`).
    crate::memory::release();
    let scores = score::score_model(&model);
    Ok(Site { model, scores })
}

/// Loads, validates and scores the content without holding it to the ledger (for `new
/// correction`, which writes what the ledger asks for).
pub fn load_content(root: &Path, drafts: bool) -> Result<Site, Failure> {
    let (docs, diags) = load::load(root)?;
    let model = validate(docs, diags, drafts, None, None)?;
    let scores = score::score_model(&model);
    Ok(Site { model, scores })
}

/// Validates loaded documents (`diags` are the load's own), giving every diagnostic at once.
/// With `root`, the content is also held to `<root>/published.lock` (SPEC §17).
pub fn validate(
    docs: load::Documents,
    mut diags: Vec<crate::diag::Diagnostic>,
    drafts: bool,
    base_url: Option<&str>,
    root: Option<&Path>,
) -> Result<Model, Failure> {
    let ledger = match root {
        Some(r) => read_ledger(r)?,
        None => None,
    };
    let model = match model::validate(&docs, drafts) {
        Ok(m) if diags.is_empty() => {
            if let Some(file) = &ledger {
                // What validating freed, before the ledger's lines join the model and documents:
                // only for a large ledger (4,000 units' two years), where that is tens of MB.
                if file.text.len() > 16 << 20 {
                    crate::memory::release();
                }
                diags.extend(model::ledger::check(file, &docs, &m));
            }
            diags.is_empty().then_some(m)
        }
        Ok(_) => None,
        Err(more) => {
            diags.extend(more);
            None
        }
    };
    // The texts and YAML trees of every file are in the model now, in the form it needs;
    // freeing them before scoring lowers the build's peak memory.
    drop(docs);
    let Some(mut model) = model else {
        crate::diag::sort(&mut diags);
        return Err(Failure::Content(diags));
    };
    if let Some(url) = base_url {
        model.site.base_url = url.to_owned();
    }
    Ok(model)
}

/// [`validate`] for `serve` when the site, categories, units and monthly reports are as they
/// were when `model` was validated: the rest is taken from `docs` and checked against it. The
/// ledger is not read again: it holds figures, which did not change.
pub fn with_rest(
    model: Model,
    docs: load::Documents,
    mut diags: Vec<Diagnostic>,
    drafts: bool,
) -> Result<Model, Failure> {
    match model::with_rest(model, &docs, drafts) {
        Ok(m) if diags.is_empty() => return Ok(m),
        Ok(_) => {}
        Err(more) => diags.extend(more),
    }
    crate::diag::sort(&mut diags);
    Err(Failure::Content(diags))
}

/// [`with_rest`] for `serve` when only the monthly reports of the units `changed` differ from
/// those `model` was validated with: those are checked again and held to the ledger
/// ([`model::with_reports`]). None when the content must be validated afresh: the loading
/// found errors (all of them are then reported together), or a report reaches beyond its own
/// figures (a year or a month newly published).
pub fn with_reports(
    model: Model,
    docs: &load::Documents,
    diags: &[Diagnostic],
    drafts: bool,
    changed: &std::collections::BTreeSet<String>,
    root: &Path,
) -> Option<Result<Model, Failure>> {
    if !diags.is_empty() {
        return None;
    }
    let ledger = match read_ledger(root) {
        Ok(ledger) => ledger,
        Err(e) => return Some(Err(Failure::Io(e))),
    };
    let mut diags = match model::with_reports(model, docs, drafts, changed)? {
        Ok(m) => {
            let held =
                ledger.map(|file| model::ledger::check_units(&file, docs, &m, Some(changed)));
            match held {
                Some(diags) if !diags.is_empty() => diags,
                _ => return Some(Ok(m)),
            }
        }
        Err(diags) => diags,
    };
    crate::diag::sort(&mut diags);
    Some(Err(Failure::Content(diags)))
}

/// `<root>/published.lock`, or None when there is none yet.
pub fn read_ledger(root: &Path) -> Result<Option<load::SourceFile>, IoError> {
    let path = root.join(model::ledger::FILE);
    match std::fs::read_to_string(&path) {
        Ok(text) => Ok(Some(load::SourceFile {
            path: model::ledger::FILE.to_owned(),
            text,
            yaml_line_offset: 0,
        })),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(IoError::new(Action::Read, path, e)),
    }
}

/// Writes `<root>/published.lock` for a build's published figures, when it changed.
fn write_ledger(root: &Path, model: &Model) -> Result<(), Failure> {
    let path = root.join(model::ledger::FILE);
    let text = model::ledger::text(model);
    if std::fs::read_to_string(&path).is_ok_and(|old| old == text) {
        return Ok(());
    }
    std::fs::write(&path, text).map_err(|e| Failure::Io(IoError::new(Action::Write, path, e)))
}

/// What a build produced, for the summary line.
pub struct Built {
    pub files: usize,
    pub pages: usize,
    pub charts: usize,
    pub data_files: usize,
    pub months: usize,
    /// The base URL when it is a path, not an address: the feed and the sitemap then carry
    /// links that readers and search engines cannot follow, which the build warns about.
    pub relative_base: Option<String>,
}

/// The build's sink: each file goes into the staging folder as soon as it is rendered (so a
/// large site is never held in memory whole, and writing overlaps rendering), counted for the
/// summary line on the way.
struct Counting<'a> {
    staging: &'a output::Staging,
    files: AtomicUsize,
    pages: AtomicUsize,
    charts: AtomicUsize,
    data_files: AtomicUsize,
}

impl render::Sink for Counting<'_> {
    fn put(&self, path: String, body: render::Body) {
        if !self.count_file(&path)
            && path.ends_with(".html")
            && let render::Body::Bytes(b) = &body
        {
            self.pages.fetch_add(1, Ordering::Relaxed);
            self.charts
                .fetch_add(count(b, b"role=\"img\""), Ordering::Relaxed);
        }
        self.staging.put(&path, body);
    }

    fn put_chunks(&self, path: String, chunks: &mut dyn Iterator<Item = Vec<u8>>) {
        self.count_file(&path);
        self.staging.put_chunks(&path, chunks);
    }
}

impl Counting<'_> {
    /// Counts a file put, and an open-data file among them (true when it is one).
    fn count_file(&self, path: &str) -> bool {
        self.files.fetch_add(1, Ordering::Relaxed);
        let data = render::urls::is_data(path);
        if data {
            self.data_files.fetch_add(1, Ordering::Relaxed);
        }
        data
    }
}

/// Occurrences of `needle` (which cannot overlap itself), found with memchr's vectorised search:
/// this looks through every page of the site, gigabytes on a large one.
fn count(hay: &[u8], needle: &[u8]) -> usize {
    memchr::memmem::find_iter(hay, needle).count()
}

/// Builds the site into `options.output`. The output is replaced only when everything is
/// written; on any failure it is left as it was.
pub fn build(options: &Options) -> Result<Built, Failure> {
    output::check_outside(&options.output, &options.root.join("content"))?;
    // Refuse a foreign output folder before doing anything, even taking the lock beside it.
    output::check_target(&options.output)?;
    // One build of an output folder at a time; another waits for this one.
    let _lock = output::Lock::take(&options.output, &mut |holder| {
        eprintln!(
            "{}",
            crate::tr!(
                "build-waiting",
                output = options.output.display().to_string(),
                process = holder.to_string()
            )
        );
    })?;
    // A build killed mid-swap may have set the previous site aside: put it back first.
    output::recover(&options.output);
    output::check_target(&options.output)?;
    let site = load(&options.root, options.drafts, options.base_url.as_deref())?;
    let theme = load_theme(&site, &options.root, options.theme.as_deref())?;
    let staging = output::Staging::begin(&options.output)?;
    let sink = Counting {
        staging: &staging,
        files: AtomicUsize::new(0),
        pages: AtomicUsize::new(0),
        charts: AtomicUsize::new(0),
        data_files: AtomicUsize::new(0),
    };
    // On errors the staging folder is dropped, and removed, unfinished.
    render::render_into(
        &site.model,
        &site.scores,
        &theme,
        &sink,
        render::Reuse::default(),
        None,
    )
    .map_err(Failure::Content)?;
    let built = Built {
        files: sink.files.into_inner(),
        pages: sink.pages.into_inner(),
        charts: sink.charts.into_inner(),
        data_files: sink.data_files.into_inner(),
        months: site.scores.months.len(),
        relative_base: Some(site.model.site.base_url.clone())
            .filter(|b| !b.starts_with("http://") && !b.starts_with("https://")),
    };
    staging.finish()?;
    // A build with drafts publishes nothing: only the public build records what it published.
    if !options.drafts {
        // The ledger is 40 MB at 10,000 units, made and compared with the file: not beside the
        // scores, which it does not need.
        let Site { model, scores } = site;
        drop(scores);
        crate::memory::release();
        write_ledger(&options.root, &model)?;
    }
    Ok(built)
}

pub fn load_theme(site: &Site, root: &Path, theme: Option<&str>) -> Result<Theme, Failure> {
    let dir = crate::theme::resolve_dir(root, theme).map_err(Failure::Refused)?;
    crate::theme::load(dir.as_deref(), site.model.site.language).map_err(Failure::from)
}

/// `check`: the content read once and checked as both builds a site can have, the public one
/// and the one with drafts (a shortcode may point at a month only drafts publish, which the
/// public build cannot show), each rendered with the theme and thrown away. Gives the site with
/// drafts, for the summary line.
pub fn check(root: &Path, theme: Option<&str>) -> Result<Site, Failure> {
    let (docs, diags) = load::load(root)?;
    // Both models are made before either is rendered, so that the documents (the larger part)
    // are freed first; then one site at a time is scored and rendered. Without a draft
    // anywhere the public site is the site with drafts, checked once: twice was 32 s and
    // 1.2 GB at 10,000 units, where a build is 18 s and 660 MB.
    let with_drafts = validate(docs.clone(), diags.clone(), true, None, Some(root));
    let public = if with_drafts.as_ref().is_ok_and(|m| !m.has_drafts()) {
        drop(docs);
        None
    } else {
        Some(validate(docs, diags, false, None, Some(root)))
    };
    let check = |model: Result<Model, Failure>| {
        let model = model?;
        let site = Site {
            scores: score::score_model(&model),
            model,
        };
        check_render(&site, root, theme).map(|()| site)
    };
    let public = match public {
        Some(public) => check(public).map(drop),
        None => Ok(()),
    };
    match (public, check(with_drafts)) {
        (Err(Failure::Content(mut a)), Err(Failure::Content(b))) => {
            a.extend(b);
            crate::diag::sort(&mut a);
            Err(Failure::Content(a))
        }
        // What stops a check comes before the content's errors.
        (Err(Failure::Content(_)), Err(e)) | (Err(e), _) | (Ok(()), Err(e)) => Err(e),
        (Ok(()), Ok(with_drafts)) => Ok(with_drafts),
    }
}

/// Renders a loaded site with its theme, keeping no page: only its errors matter (`check`).
pub fn check_render(site: &Site, root: &Path, theme: Option<&str>) -> Result<(), Failure> {
    let theme = load_theme(site, root, theme)?;
    render::check(&site.model, &site.scores, &theme).map_err(Failure::Content)
}

#[cfg(test)]
mod tests {
    #[test]
    fn counts_every_chart_of_a_page() {
        let page = br#"<svg role="img"><title>a</title></svg><p>role=</p><svg role="img"></svg>"#;
        assert_eq!(super::count(page, br#"role="img""#), 2);
        assert_eq!(super::count(b"<p>no chart</p>", br#"role="img""#), 0);
    }
}
