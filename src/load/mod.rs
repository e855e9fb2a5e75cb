//! Reads `content/`: walks it, classifies every path (a stray file is a diagnostic), reads each
//! file, splits front matter and parses YAML keeping positions. It judges names, not meaning.
//!
//! `walk` lists the files, `classify` judges each name, `read` reads a file safely, `yaml` parses
//! with positions, `cache` keeps what `serve` may reuse, `docs` holds what the model receives.

mod cache;
mod classify;
mod docs;
mod frontmatter;
mod read;
mod simple;
mod source;
pub mod tree;
mod walk;
mod yaml;

pub use cache::{Cache, Changed};
pub use classify::{is_id, parse_date, parse_month};
pub use docs::*;
pub use frontmatter::{FenceError, Split, split};
pub use read::{check_text, regular_file};
pub use source::SourceFile;
pub use walk::is_skipped;
pub use yaml::{MAX_INDENT, md_doc, parse_yaml, yaml_doc};

use crate::diag::Diagnostic;
use crate::io_error::IoError;
use cache::{Fresh, Item, Parsed, Read, read_doc};
use classify::{Kind, classify};
use rayon::prelude::*;
use std::collections::HashSet;
use std::path::{Path, PathBuf};
use walk::{rel_path, walk};

/// Files larger than this are refused rather than read (a campaign record is a few KiB).
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

/// Why content/ cannot be loaded at all, which is not the content's fault (exit status 2).
#[derive(Debug)]
pub enum LoadFailure {
    /// `<root>/content` is not a folder.
    NoContent(PathBuf),
    Io(IoError),
}

impl std::fmt::Display for LoadFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LoadFailure::NoContent(path) => f.write_str(&crate::tr!(
                "load-no-content",
                path = path.display().to_string()
            )),
            LoadFailure::Io(e) => e.fmt(f),
        }
    }
}

/// Loads content/ under `root`. Diagnostics describe bad content; Err is a folder that cannot be read.
pub fn load(root: &Path) -> Result<(Documents, Vec<Diagnostic>), LoadFailure> {
    load_with(root, None, None)
}

/// [`load`], reusing the documents of `cache` whose files did not change and keeping the new
/// ones there. The result is the same as without a cache.
///
/// With `changed` (the paths a file watcher reported since the previous load), content/ is not
/// walked and only those files are looked at: the others are taken from the cache as they are.
/// A changed folder, or a path outside content/, makes it walk all the same.
pub fn load_with(
    root: &Path,
    mut cache: Option<&mut Cache>,
    changed: Option<&[PathBuf]>,
) -> Result<(Documents, Vec<Diagnostic>), LoadFailure> {
    let content = root.join("content");
    if !content.is_dir() {
        return Err(LoadFailure::NoContent(content));
    }
    let rewalked = match (&cache, changed) {
        (Some(c), Some(changed)) => c.rewalk(&content, changed),
        _ => None,
    };
    // Files the watcher did not report keep their cached documents without even a `stat`.
    let trusted = rewalked.is_some();
    let reported: HashSet<&Path> = changed
        .unwrap_or_default()
        .iter()
        .map(PathBuf::as_path)
        .collect();
    let (paths, unit_dirs) = match rewalked {
        Some(w) => w,
        None => walk(root, &content)?,
    };
    if let Some(c) = cache.as_deref_mut() {
        c.walk = Some((paths.clone(), unit_dirs.clone()));
    }
    // Told what changed, only the paths reported and now absent can have left the cache.
    let gone_reported: Option<Vec<PathBuf>> = trusted.then(|| {
        (reported.iter())
            .filter(|p| paths.binary_search_by(|q| q.as_path().cmp(*p)).is_err())
            .map(|p| p.to_path_buf())
            .collect()
    });
    // Names are judged in path order; the files are then read and parsed in parallel (a
    // campaign is tens of thousands of small files) and filed in path order again, so the
    // documents and diagnostics come out exactly as a sequential pass would give them.
    let items = judge(root, &content, paths);
    let gone = match gone_reported {
        Some(paths) => Gone::Reported(paths),
        None => Gone::NotRead(
            (items.iter())
                .filter_map(|i| match i {
                    Item::Read(_, path, _) => Some(path.clone()),
                    _ => None,
                })
                .collect(),
        ),
    };
    let cached = cache.as_deref();
    let read: Vec<(Read, Fresh)> = items
        .into_par_iter()
        .map(|item| match item {
            Item::Bad(d) => (Read::Bad(d), Fresh::No),
            Item::Static(s) => {
                // Copied, not read; but a link out of content/ would publish whatever it
                // points to.
                let rel = rel_path(root, &s.path);
                match regular_file(&s.path, &rel, &content) {
                    Ok(()) => (Read::Static(s), Fresh::No),
                    Err(d) => (Read::Bad(d), Fresh::No),
                }
            }
            Item::Read(rel, path, kind) => {
                let trust = trusted && !reported.contains(path.as_path());
                read_doc(rel, path, kind, cached, trust, &content)
            }
        })
        .collect();
    if let Some(cache) = cache {
        remember(cache, gone, &read);
    }
    let mut docs = Documents {
        unit_dirs,
        ..Documents::default()
    };
    let mut diags = Vec::new();
    file(read, &mut docs, &mut diags)?;
    Ok((docs, diags))
}

/// Every path judged by its name: a stray file, a static file, or a document to read.
fn judge(root: &Path, content: &Path, paths: Vec<PathBuf>) -> Vec<Item> {
    paths
        .into_par_iter()
        .map(|path| {
            let rel = rel_path(root, &path);
            let Some(inner) = path.strip_prefix(content).ok().and_then(Path::to_str) else {
                return Item::Bad(Diagnostic::file(rel, crate::tr!("load-name-not-utf8")));
            };
            let inner = inner.replace('\\', "/");
            match classify(&inner) {
                Ok(Kind::Static(rel_static)) => Item::Static(StaticFile {
                    rel: rel_static,
                    path,
                }),
                Ok(kind) => Item::Read(rel, path, kind),
                Err(help) => {
                    Item::Bad(Diagnostic::file(rel, crate::tr!("load-unexpected")).with_help(help))
                }
            }
        })
        .collect()
}

/// Keeps what this load read afresh in `cache`, forgets files gone, and records what changed.
/// Which cached files the content no longer has.
enum Gone {
    /// Those of these paths (the watcher's, no longer walked) that are cached.
    Reported(Vec<PathBuf>),
    /// Every cached file not among these (read now): after a walk. Building this set and
    /// looking every cached path up in it took a fifth of a bulletin edit's load at 1,000 units.
    NotRead(HashSet<PathBuf>),
}

fn remember(cache: &mut Cache, gone: Gone, read: &[(Read, Fresh)]) {
    let mut changed = if cache.files.is_empty() {
        Changed::ALL
    } else {
        Changed::default()
    };
    // Files gone since the last load.
    match gone {
        Gone::Reported(paths) => {
            for p in paths {
                if let Some(c) = cache.files.remove(&p) {
                    changed.mark(&c.kind);
                }
            }
        }
        Gone::NotRead(reading) => cache.files.retain(|path, c| {
            let kept = reading.contains(path);
            if !kept {
                changed.mark(&c.kind);
            }
            kept
        }),
    }
    for (_, fresh) in read {
        match fresh {
            Fresh::Read(path, c) => {
                changed.mark_read(cache.files.get(path), c);
                cache.files.insert(path.clone(), c.clone());
            }
            // Read again next time, whatever the watcher says.
            Fresh::Failed(path, kind) => {
                changed.mark(kind);
                cache.files.remove(path);
            }
            Fresh::No => {}
        }
    }
    cache.changed = changed;
}

/// Files every document read under its kind, in path order, and collects the diagnostics.
fn file(
    read: Vec<(Read, Fresh)>,
    docs: &mut Documents,
    diags: &mut Vec<Diagnostic>,
) -> Result<(), LoadFailure> {
    for (r, _) in read {
        let (kind, parsed) = match r {
            Read::Bad(d) => {
                diags.push(d);
                continue;
            }
            Read::Static(s) => {
                docs.statics.push(s);
                continue;
            }
            Read::Io(e) => return Err(LoadFailure::Io(e)),
            Read::Doc(kind, parsed, more) => {
                diags.extend(more);
                (kind, parsed)
            }
        };
        match (kind, parsed) {
            (Kind::Site, Parsed::Yaml(doc)) => docs.site = Some(doc),
            (Kind::Category(id), Parsed::Yaml(doc)) => docs.categories.push((id, doc)),
            (Kind::Unit(id), Parsed::Yaml(doc)) => docs.units.push((id, doc)),
            (Kind::Review(p), Parsed::Yaml(doc)) => docs.reviews.push((p, doc)),
            (Kind::Report(unit, year, month), Parsed::Md(doc)) => {
                docs.reports.push(ReportDoc {
                    unit,
                    year,
                    month,
                    doc,
                });
            }
            (Kind::Quarterly(unit, year, quarter), Parsed::Md(doc)) => {
                docs.quarterlies.push(QuarterlyDoc {
                    unit,
                    year,
                    quarter,
                    doc,
                });
            }
            (Kind::Visit(date, slug), Parsed::Md(doc)) => {
                docs.visits.push(VisitDoc { date, slug, doc });
            }
            (Kind::Bulletin(year, issue), Parsed::Md(doc)) => {
                docs.bulletins.push(BulletinDoc { year, issue, doc });
            }
            (Kind::Page(slug), Parsed::Md(doc)) => docs.pages.push((slug, doc)),
            _ => unreachable!("a file is parsed as its kind says"),
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests;
