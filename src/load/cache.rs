//! What a load reads, and what `serve` keeps between loads: a document is read and parsed again
//! only when its file changed.

use super::classify::Kind;
use super::read::{Problem, read_text};
use super::walk::is_skipped;
use super::yaml::{md_doc, yaml_doc};
use super::{MdDoc, StaticFile, YamlDoc};
use crate::diag::Diagnostic;
use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::SystemTime;

/// A path under content/, judged by its name.
pub(super) enum Item {
    Bad(Diagnostic),
    Static(StaticFile),
    Read(String, PathBuf, Kind),
}

/// A content file read and parsed.
#[derive(Clone)]
pub(super) enum Parsed {
    Yaml(Arc<YamlDoc>),
    Md(Arc<MdDoc>),
}

/// An [`Item`] after reading: the document and the diagnostics of its parse.
pub(super) enum Read {
    Bad(Diagnostic),
    Static(StaticFile),
    Io(crate::io_error::IoError),
    Doc(Kind, Parsed, Vec<Diagnostic>),
}

/// Parsed documents kept between the loads of one `serve` session, by path: a file whose size
/// and modification time are those of the last load is not read or parsed again.
#[derive(Default)]
pub struct Cache {
    pub(super) files: HashMap<PathBuf, Cached>,
    /// What the latest load found added, changed or removed since the one before.
    pub changed: Changed,
    /// The files and unit folders the latest load found, in walk order.
    pub(super) walk: Option<(Vec<PathBuf>, Vec<String>)>,
}

impl Cache {
    /// The latest load's files with `changed` paths added or removed, or None when only a walk
    /// can tell: no load yet, or a changed path outside `content`, or one that is (or was) a
    /// folder.
    pub(super) fn rewalk(
        &self,
        content: &Path,
        changed: &[PathBuf],
    ) -> Option<(Vec<PathBuf>, Vec<String>)> {
        let (paths, unit_dirs) = self.walk.as_ref()?;
        let mut paths = paths.clone();
        for p in changed {
            let rel = p.strip_prefix(content).ok()?;
            // The walk skips hidden files and folders (an editor's swap files among them) and
            // the files Windows and Office leave behind.
            if rel
                .components()
                .any(|c| is_skipped(&c.as_os_str().to_string_lossy()))
            {
                continue;
            }
            match std::fs::symlink_metadata(p) {
                Ok(meta) if meta.is_dir() => return None,
                Ok(_) => {
                    if let Err(i) = paths.binary_search(p) {
                        paths.insert(i, p.clone());
                    }
                }
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                    // Not a file we had: perhaps a folder, removed.
                    let i = paths.binary_search(p).ok()?;
                    paths.remove(i);
                }
                Err(_) => return None,
            }
        }
        Some((paths, unit_dirs.clone()))
    }
}

#[derive(Clone)]
pub(super) struct Cached {
    pub(super) len: u64,
    pub(super) modified: Option<SystemTime>,
    pub(super) kind: Kind,
    pub(super) parsed: Parsed,
    pub(super) diags: Vec<Diagnostic>,
}

/// Whether [`read_doc`] read a file afresh (for the cache).
pub(super) enum Fresh {
    /// Taken from the cache, or no document at all.
    No,
    Read(PathBuf, Cached),
    Failed(PathBuf, Kind),
}

/// Which kinds of file a load found added, changed or removed since the previous load (all of
/// them on the first), grouped by what depends on them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Changed {
    /// `site.yaml`, categories and `unit.yaml` files: the campaign's setup, which every page
    /// and figure depends on.
    pub setup: bool,
    /// Units whose monthly reports (the rest of what scores are computed from) changed.
    pub reports: BTreeSet<String>,
    /// The months (year, month) of those reports: a page showing only earlier months' figures,
    /// such as a past quarter's review, is unchanged.
    pub report_months: BTreeSet<(i32, u32)>,
    /// A monthly report was added, removed, or changed above its body (values, corrections,
    /// draft): its figures may have changed. False when only reports' summaries were edited.
    pub report_figures: bool,
    /// A monthly report was added or removed, or its text below the front matter changed: what
    /// the search index shows of reports may have changed. False when only values were edited.
    pub report_bodies: bool,
    /// Reviews and visits: shown on unit pages and in rankings, not scored.
    pub records: bool,
    /// Quarterly reports added, changed or removed, by unit, year and quarter: shown only on
    /// their unit's pages and feed, their quarter's review and in search, so an edit need not
    /// make the whole site again (it did: 16 s at 10,000 units).
    pub quarterlies: BTreeSet<(String, i32, u32)>,
    /// Bulletins and free pages: shown on their own pages, the home page, the feed and search.
    pub writing: bool,
}

impl Changed {
    /// Everything, as on a first load.
    pub const ALL: Changed = Changed {
        setup: true,
        reports: BTreeSet::new(),
        report_months: BTreeSet::new(),
        report_figures: true,
        report_bodies: true,
        records: true,
        quarterlies: BTreeSet::new(),
        writing: true,
    };

    /// What scores are computed from (SPEC §10) changed.
    pub fn figures(&self) -> bool {
        self.setup || self.report_figures
    }

    /// Neither the setup nor any monthly report changed: what the model holds of them, and
    /// every check of them, is as it was.
    pub fn setup_and_reports_same(&self) -> bool {
        !self.setup && self.reports.is_empty() && !self.report_figures && !self.report_bodies
    }

    /// Both changes together.
    pub fn merge(&mut self, other: &Changed) {
        self.setup |= other.setup;
        self.reports.extend(other.reports.iter().cloned());
        self.report_months.extend(&other.report_months);
        self.report_figures |= other.report_figures;
        self.report_bodies |= other.report_bodies;
        self.records |= other.records;
        self.quarterlies.extend(other.quarterlies.iter().cloned());
        self.writing |= other.writing;
    }

    /// Marks `now`, read afresh over `before`: a report whose text above its body is the same
    /// (the summary alone was edited) keeps its figures, so the scores need not be made again;
    /// one whose body is the same (values alone were edited) keeps its summary.
    pub(super) fn mark_read(&mut self, before: Option<&Cached>, now: &Cached) {
        match (&now.kind, before.map(|b| &b.parsed), &now.parsed) {
            (Kind::Report(unit, year, month), Some(Parsed::Md(old)), Parsed::Md(new))
                if !old.failed && !new.failed =>
            {
                self.reports.insert(unit.clone());
                self.report_months.insert((*year, *month));
                self.report_figures |= old.head() != new.head();
                self.report_bodies |= old.body() != new.body();
            }
            _ => self.mark(&now.kind),
        }
    }

    pub(super) fn mark(&mut self, kind: &Kind) {
        match kind {
            Kind::Site | Kind::Category(_) | Kind::Unit(_) => self.setup = true,
            Kind::Report(unit, year, month) => {
                self.reports.insert(unit.clone());
                self.report_months.insert((*year, *month));
                self.report_figures = true;
                self.report_bodies = true;
            }
            Kind::Quarterly(unit, year, quarter) => {
                self.quarterlies.insert((unit.clone(), *year, *quarter));
            }
            Kind::Review(_) | Kind::Visit(..) => self.records = true,
            Kind::Bulletin(..) | Kind::Page(_) => self.writing = true,
            // Copied, and compared when copied: nothing else depends on them.
            Kind::Static(_) => {}
        }
    }
}

/// Reads and parses one document, or takes it from `cache` when the file's size and
/// modification time are those it was read with (or, `trust`ed, without looking). A document
/// read afresh comes back with its cache entry.
pub(super) fn read_doc(
    rel: String,
    path: PathBuf,
    kind: Kind,
    cache: Option<&Cache>,
    trust: bool,
    content: &Path,
) -> (Read, Fresh) {
    if trust && let Some(c) = cache.and_then(|c| c.files.get(&path)) {
        return (
            Read::Doc(kind, c.parsed.clone(), c.diags.clone()),
            Fresh::No,
        );
    }
    let stamp = cache.and_then(|_| {
        let meta = std::fs::metadata(&path).ok()?;
        Some((meta.len(), meta.modified().ok()))
    });
    if let (Some(cache), Some((len, modified))) = (cache, stamp)
        && let Some(c) = cache.files.get(&path)
        && c.len == len
        && c.modified == modified
        && modified.is_some()
    {
        return (
            Read::Doc(kind, c.parsed.clone(), c.diags.clone()),
            Fresh::No,
        );
    }
    match read_text(&path, &rel, content) {
        Ok(text) => {
            let mut diags = Vec::new();
            let parsed = if kind.is_yaml() {
                Parsed::Yaml(Arc::new(yaml_doc(rel, text, &mut diags)))
            } else {
                Parsed::Md(Arc::new(md_doc(rel, text, &mut diags)))
            };
            let entry = stamp.map_or(Fresh::No, |(len, modified)| {
                let c = Cached {
                    len,
                    modified,
                    kind: kind.clone(),
                    parsed: parsed.clone(),
                    diags: diags.clone(),
                };
                Fresh::Read(path, c)
            });
            (Read::Doc(kind, parsed, diags), entry)
        }
        Err(Problem::Content(d)) => (Read::Bad(d), Fresh::Failed(path, kind)),
        Err(Problem::Io(e)) => (Read::Io(e), Fresh::Failed(path, kind)),
    }
}
