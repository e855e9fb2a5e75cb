//! Reads `content/`: walks it, classifies every path (a stray file is a diagnostic), reads each
//! file, splits front matter and parses YAML keeping positions. It judges names, not meaning.

mod frontmatter;
mod read;
mod source;

pub use frontmatter::{FenceError, Split, split};
use read::{Problem, read_text};
pub use read::{check_text, regular_file};
pub use source::SourceFile;

use crate::diag::Diagnostic;
use chrono::NaiveDate;
use marked_yaml::{LoadError, LoaderOptions, Node};
use rayon::prelude::*;
use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::SystemTime;

/// Files larger than this are refused rather than read (a campaign record is a few KiB).
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

/// A parsed YAML file. `root` is None when the file is empty or could not be parsed.
#[derive(Debug, Clone)]
pub struct YamlDoc {
    pub file: SourceFile,
    pub root: Option<Node>,
    /// The YAML did not parse; that is already reported, so `root: None` does not mean "empty".
    pub failed: bool,
}

/// A parsed Markdown file with optional front matter.
#[derive(Debug, Clone)]
pub struct MdDoc {
    pub file: SourceFile,
    /// None when the file has no front matter, is empty, or the YAML did not parse.
    pub front: Option<Node>,
    /// The front matter is unclosed or did not parse; that is already reported, so `front: None`
    /// does not mean "no front matter".
    pub failed: bool,
    pub body: String,
    /// 1-based line of the body's first line, for errors inside the body.
    pub body_line: usize,
}

#[derive(Debug, Clone)]
pub struct ReportDoc {
    pub unit: String,
    pub year: i32,
    pub month: u32,
    pub doc: Arc<MdDoc>,
}

#[derive(Debug, Clone)]
pub struct QuarterlyDoc {
    pub unit: String,
    pub year: i32,
    pub quarter: u32,
    pub doc: Arc<MdDoc>,
}

#[derive(Debug, Clone)]
pub struct VisitDoc {
    pub date: NaiveDate,
    pub slug: String,
    pub doc: Arc<MdDoc>,
}

#[derive(Debug, Clone)]
pub struct BulletinDoc {
    pub year: i32,
    pub issue: u32,
    pub doc: Arc<MdDoc>,
}

/// A file under content/static/, copied as it is.
#[derive(Debug, Clone)]
pub struct StaticFile {
    /// Relative to static/, `/`-separated.
    pub rel: String,
    pub path: PathBuf,
}

/// Everything read from content/, in path order. Documents are shared (`Arc`) so that `serve`
/// can keep them between rebuilds and hand the unchanged ones over without copying.
#[derive(Debug, Clone, Default)]
pub struct Documents {
    pub site: Option<Arc<YamlDoc>>,
    pub categories: Vec<(String, Arc<YamlDoc>)>,
    pub units: Vec<(String, Arc<YamlDoc>)>,
    /// Unit folders seen (to report one without unit.yaml).
    pub unit_dirs: Vec<String>,
    pub reports: Vec<ReportDoc>,
    pub quarterlies: Vec<QuarterlyDoc>,
    pub visits: Vec<VisitDoc>,
    pub reviews: Vec<(String, Arc<YamlDoc>)>,
    pub bulletins: Vec<BulletinDoc>,
    pub pages: Vec<(String, Arc<MdDoc>)>,
    pub statics: Vec<StaticFile>,
}

/// An I/O failure that is not the content's fault (exit status 2).
#[derive(Debug)]
pub struct LoadFailure(pub String);

/// A path under content/, judged by its name.
enum Item {
    Bad(Diagnostic),
    Static(StaticFile),
    Read(String, PathBuf, Kind),
}

/// A content file read and parsed.
#[derive(Clone)]
enum Parsed {
    Yaml(Arc<YamlDoc>),
    Md(Arc<MdDoc>),
}

/// An [`Item`] after reading: the document and the diagnostics of its parse.
enum Read {
    Bad(Diagnostic),
    Static(StaticFile),
    Io(String),
    Doc(Kind, Parsed, Vec<Diagnostic>),
}

/// Parsed documents kept between the loads of one `serve` session, by path: a file whose size
/// and modification time are those of the last load is not read or parsed again.
#[derive(Default)]
pub struct Cache {
    files: HashMap<PathBuf, Cached>,
    /// What the latest load found added, changed or removed since the one before.
    pub changed: Changed,
    /// The files and unit folders the latest load found, in walk order.
    walk: Option<(Vec<PathBuf>, Vec<String>)>,
}

impl Cache {
    /// The latest load's files with `changed` paths added or removed, or None when only a walk
    /// can tell: no load yet, or a changed path outside `content`, or one that is (or was) a
    /// folder.
    fn rewalk(&self, content: &Path, changed: &[PathBuf]) -> Option<(Vec<PathBuf>, Vec<String>)> {
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
struct Cached {
    len: u64,
    modified: Option<SystemTime>,
    kind: Kind,
    parsed: Parsed,
    diags: Vec<Diagnostic>,
}

/// Whether [`read_doc`] read a file afresh (for the cache).
enum Fresh {
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
    /// Quarterly reports, reviews and visits: shown on unit pages and in rankings, not scored.
    pub records: bool,
    /// Bulletins and free pages: shown on their own pages, the home page, the feed and search.
    pub writing: bool,
}

impl Changed {
    /// Everything, as on a first load.
    pub const ALL: Changed = Changed {
        setup: true,
        reports: BTreeSet::new(),
        records: true,
        writing: true,
    };

    /// What scores are computed from (SPEC §10) changed.
    pub fn figures(&self) -> bool {
        self.setup || !self.reports.is_empty()
    }

    /// Both changes together.
    pub fn merge(&mut self, other: &Changed) {
        self.setup |= other.setup;
        self.reports.extend(other.reports.iter().cloned());
        self.records |= other.records;
        self.writing |= other.writing;
    }

    fn mark(&mut self, kind: &Kind) {
        match kind {
            Kind::Site | Kind::Category(_) | Kind::Unit(_) => self.setup = true,
            Kind::Report(unit, ..) => {
                self.reports.insert(unit.clone());
            }
            Kind::Quarterly(..) | Kind::Review(_) | Kind::Visit(..) => self.records = true,
            Kind::Bulletin(..) | Kind::Page(_) => self.writing = true,
            // Copied, and compared when copied: nothing else depends on them.
            Kind::Static(_) => {}
        }
    }
}

/// What a path under content/ is, judged from its name alone.
#[derive(Clone)]
enum Kind {
    Site,
    Category(String),
    Unit(String),
    Report(String, i32, u32),
    Quarterly(String, i32, u32),
    Visit(NaiveDate, String),
    Review(String),
    Bulletin(i32, u32),
    Page(String),
    Static(String),
}

impl Kind {
    /// A YAML file (the others are Markdown with front matter).
    fn is_yaml(&self) -> bool {
        matches!(
            self,
            Kind::Site | Kind::Category(_) | Kind::Unit(_) | Kind::Review(_)
        )
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
    cache: Option<&mut Cache>,
    changed: Option<&[PathBuf]>,
) -> Result<(Documents, Vec<Diagnostic>), LoadFailure> {
    let content = root.join("content");
    if !content.is_dir() {
        return Err(LoadFailure(crate::tr!(
            "load-no-content",
            path = content.display().to_string()
        )));
    }
    let mut docs = Documents::default();
    let mut diags = Vec::new();
    let rewalked = match (&cache, changed) {
        (Some(c), Some(changed)) => c.rewalk(&content, changed),
        _ => None,
    };
    // Files the watcher did not report keep their cached documents without even a `stat`.
    let trusted = rewalked.is_some();
    let reported: std::collections::HashSet<&Path> = changed
        .unwrap_or_default()
        .iter()
        .map(PathBuf::as_path)
        .collect();
    let (paths, unit_dirs) = match rewalked {
        Some(w) => w,
        None => walk(root, &content)?,
    };
    docs.unit_dirs = unit_dirs.clone();
    let mut cache = cache;
    if let Some(c) = cache.as_deref_mut() {
        c.walk = Some((paths.clone(), unit_dirs));
    }
    // Names are judged in path order; the files are then read and parsed in parallel (a
    // campaign is tens of thousands of small files) and filed in path order again, so the
    // documents and diagnostics come out exactly as a sequential pass would give them.
    let items: Vec<Item> = paths
        .into_par_iter()
        .map(|path| {
            let rel = rel_path(root, &path);
            let Some(inner) = path.strip_prefix(&content).ok().and_then(Path::to_str) else {
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
        .collect();
    let reading: std::collections::HashSet<PathBuf> = items
        .iter()
        .filter_map(|i| match i {
            Item::Read(_, path, _) => Some(path.clone()),
            _ => None,
        })
        .collect();
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
        let mut changed = if cache.files.is_empty() {
            Changed::ALL
        } else {
            Changed::default()
        };
        // Files gone since the last load.
        cache.files.retain(|path, c| {
            let kept = reading.contains(path);
            if !kept {
                changed.mark(&c.kind);
            }
            kept
        });
        for (_, fresh) in &read {
            match fresh {
                Fresh::Read(path, c) => {
                    changed.mark(&c.kind);
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
            Read::Io(msg) => return Err(LoadFailure(msg)),
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
    Ok((docs, diags))
}

/// Whether the walk passes over a file or folder of this name without a word: hidden ones (an
/// editor's swap files, `.DS_Store`, `.git`), and what Windows Explorer and Office leave in a
/// folder they have shown or opened a file in (`Thumbs.db`, `desktop.ini`, `~$` lock files). None
/// of these can be content, and an editor cannot be expected to know they are there.
pub fn is_skipped(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    name.starts_with('.')
        || name.starts_with("~$")
        || matches!(lower.as_str(), "thumbs.db" | "ehthumbs.db" | "desktop.ini")
}

/// Every file under content/ (skipped ones aside) in path order, and the unit folders.
fn walk(root: &Path, content: &Path) -> Result<(Vec<PathBuf>, Vec<String>), LoadFailure> {
    let mut paths = Vec::new();
    let mut unit_dirs = Vec::new();
    let walker = walkdir::WalkDir::new(content)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !is_skipped(&e.file_name().to_string_lossy()));
    for entry in walker {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                let at = e
                    .path()
                    .map(|p| rel_path(root, p))
                    .unwrap_or_else(|| "content".into());
                return Err(LoadFailure(crate::tr!(
                    "cannot-read",
                    path = at.as_str(),
                    reason = e.to_string()
                )));
            }
        };
        if entry.file_type().is_dir() {
            // A folder whose name is not an id is reported through its files ("unexpected
            // file"); "no unit.yaml" would be a second, wrong error about it.
            if entry.depth() == 2
                && let Some(name) = entry.file_name().to_str()
                && is_id(name)
                && entry.path().parent().and_then(Path::file_name) == Some("units".as_ref())
            {
                unit_dirs.push(name.to_owned());
            }
            continue;
        }
        paths.push(entry.into_path());
    }
    Ok((paths, unit_dirs))
}

/// Reads and parses one document, or takes it from `cache` when the file's size and
/// modification time are those it was read with (or, `trust`ed, without looking). A document
/// read afresh comes back with its cache entry.
fn read_doc(
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
        Err(Problem::Io(msg)) => (Read::Io(msg), Fresh::Failed(path, kind)),
    }
}

fn rel_path(root: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(root).unwrap_or(path);
    rel.to_string_lossy().replace('\\', "/")
}

/// Ids of categories, units, indicators and pages: `^[a-z0-9][a-z0-9-]{0,63}$`.
pub fn is_id(s: &str) -> bool {
    let b = s.as_bytes();
    !b.is_empty()
        && b.len() <= 64
        && (b[0].is_ascii_lowercase() || b[0].is_ascii_digit())
        && b.iter()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == b'-')
}

/// What an id may hold, for the help lines about file names.
fn id_help() -> String {
    crate::tr!("id-rules")
}

/// Judges a path under content/ by its name; Err is the hint for a stray file.
fn classify(inner: &str) -> Result<Kind, String> {
    let parts: Vec<&str> = inner.split('/').collect();
    let stem_of = |name: &str, ext: &str| name.strip_suffix(ext).map(str::to_owned);
    match parts.as_slice() {
        ["site.yaml"] => Ok(Kind::Site),
        ["static", rest @ ..] if !rest.is_empty() => Ok(Kind::Static(rest.join("/"))),
        ["categories", name] => match stem_of(name, ".yaml") {
            Some(id) if is_id(&id) => Ok(Kind::Category(id)),
            Some(_) => Err(crate::tr!("name-category", rules = id_help())),
            None => Err(crate::tr!("name-categories-folder")),
        },
        ["units", unit, name] => {
            if !is_id(unit) {
                return Err(crate::tr!("name-unit-folder", rules = id_help()));
            }
            let unit = (*unit).to_owned();
            if *name == "unit.yaml" {
                return Ok(Kind::Unit(unit));
            }
            let stem = stem_of(name, ".md").ok_or_else(|| unit_help(name))?;
            if let Some((y, m)) = parse_month(&stem) {
                return Ok(Kind::Report(unit, y, m));
            }
            if let Some((y, q)) = parse_quarter(&stem) {
                return Ok(Kind::Quarterly(unit, y, q));
            }
            Err(unit_help(name))
        }
        ["visits", name] => {
            let stem = stem_of(name, ".md").ok_or_else(visit_help)?;
            if stem.len() < 12 || !stem.is_char_boundary(10) || stem.as_bytes()[10] != b'-' {
                return Err(visit_help());
            }
            let date = parse_date(&stem[..10]).ok_or_else(|| {
                crate::tr!("name-visit-date", date = &stem[..10], visits = visit_help())
            })?;
            let slug = &stem[11..];
            if !is_id(slug) {
                return Err(crate::tr!("name-visit-slug", rules = id_help()));
            }
            Ok(Kind::Visit(date, slug.to_owned()))
        }
        ["reviews", name] => match stem_of(name, ".yaml") {
            Some(p) if parse_review_period(&p) => Ok(Kind::Review(p)),
            _ => Err(crate::tr!("name-reviews")),
        },
        ["bulletins", name] => {
            let parsed = stem_of(name, ".md").and_then(|s| {
                let (y, n) = s.split_once('-')?;
                let year = parse_year(y)?;
                if n.len() != 2 || !n.bytes().all(|b| b.is_ascii_digit()) {
                    return None;
                }
                let issue: u32 = n.parse().ok()?;
                (issue >= 1).then_some((year, issue))
            });
            parsed
                .map(|(y, n)| Kind::Bulletin(y, n))
                .ok_or_else(|| crate::tr!("name-bulletins"))
        }
        ["pages", name] => match stem_of(name, ".md") {
            Some(slug) if is_id(&slug) => Ok(Kind::Page(slug)),
            Some(_) => Err(crate::tr!("name-page", rules = id_help())),
            None => Err(crate::tr!("name-pages-folder")),
        },
        _ => Err(crate::tr!("name-content")),
    }
}

fn unit_help(name: &str) -> String {
    let mut help = crate::tr!("name-unit-files");
    if let Some(stem) = name.strip_suffix(".md")
        && let Some((y, m)) = stem.split_once('-')
        && let (Some(y), Ok(m)) = (parse_year(y), m.parse::<u32>())
        && (1..=12).contains(&m)
    {
        help = crate::tr!("name-monthly", name = format!("{y}-{m:02}.md"));
    }
    help
}

fn visit_help() -> String {
    crate::tr!("name-visits")
}

/// A year `YYYY` from 1000 on: `0226` would be written back as `226` (a name then refused).
fn parse_year(s: &str) -> Option<i32> {
    if s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit()) && !s.starts_with('0') {
        s.parse().ok()
    } else {
        None
    }
}

/// `YYYY-MM` with a month 01–12.
pub fn parse_month(s: &str) -> Option<(i32, u32)> {
    let (y, m) = s.split_once('-')?;
    let year = parse_year(y)?;
    if m.len() != 2 || !m.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let month: u32 = m.parse().ok()?;
    (1..=12).contains(&month).then_some((year, month))
}

fn parse_quarter(s: &str) -> Option<(i32, u32)> {
    let (y, q) = s.split_once("-Q")?;
    let year = parse_year(y)?;
    let quarter = match q {
        "1" => 1,
        "2" => 2,
        "3" => 3,
        "4" => 4,
        _ => return None,
    };
    Some((year, quarter))
}

/// `YYYY-MM-DD`, a real date.
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' || b[0] == b'0' {
        return None;
    }
    NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
}

/// A review period: `YYYY-Q1`…`YYYY-Q4`, `YYYY-H1`, `YYYY-H2` or `YYYY`.
fn parse_review_period(s: &str) -> bool {
    match s.split_once('-') {
        None => parse_year(s).is_some(),
        Some((y, p)) => {
            parse_year(y).is_some() && matches!(p, "Q1" | "Q2" | "Q3" | "Q4" | "H1" | "H2")
        }
    }
}

pub fn yaml_doc(path: String, text: String, diags: &mut Vec<Diagnostic>) -> YamlDoc {
    let file = SourceFile {
        path,
        text,
        yaml_line_offset: 0,
    };
    let before = diags.len();
    let root = parse_yaml(&file, &file.text, diags);
    let failed = diags.len() > before;
    YamlDoc { file, root, failed }
}

pub fn md_doc(path: String, text: String, diags: &mut Vec<Diagnostic>) -> MdDoc {
    let mut file = SourceFile {
        path,
        text,
        yaml_line_offset: 1,
    };
    let (yaml, body, body_line) = match split(&file.text) {
        Ok(s) => (s.yaml.map(str::to_owned), s.body.to_owned(), s.body_line),
        Err(e) => {
            let mut d = file.error_at(e.line, e.column, e.len, e.message);
            if let Some(help) = e.help {
                d = d.with_help(help);
            }
            diags.push(d);
            return MdDoc {
                file,
                front: None,
                failed: true,
                body: String::new(),
                body_line: 1,
            };
        }
    };
    if yaml.is_none() {
        file.yaml_line_offset = 0;
    }
    let before = diags.len();
    let front = yaml.and_then(|y| parse_yaml(&file, &y, diags));
    let failed = diags.len() > before;
    MdDoc {
        file,
        front,
        failed,
        body,
        body_line,
    }
}

/// Deeper block nesting than this is refused before parsing: the parser and the tree it builds
/// recurse per level, and no campaign record needs more than a handful.
pub const MAX_INDENT: usize = 256;

/// The 1-based line of the first line nested beyond [`MAX_INDENT`]: its indentation plus every
/// block indicator on it (`- `, `? `, `: `, each opening a level), outside quotes.
fn too_deep(yaml: &str) -> Option<usize> {
    yaml.lines()
        .position(|l| {
            let b = l.as_bytes();
            let indent = b.iter().take_while(|c| **c == b' ').count();
            let mut levels = indent;
            let mut quote = None;
            for (i, &c) in b.iter().enumerate().skip(indent) {
                match (quote, c) {
                    (None, b'"' | b'\'') => quote = Some(c),
                    (Some(q), _) if c == q => quote = None,
                    (None, b'#') if i == 0 || b[i - 1] == b' ' => break,
                    (None, b'-' | b'?' | b':') if matches!(b.get(i + 1), None | Some(b' ')) => {
                        levels += 1;
                    }
                    _ => {}
                }
            }
            levels > MAX_INDENT
        })
        .map(|i| i + 1)
}

/// Parses YAML keeping positions. Anchors, aliases and tags are refused, which also
/// rules out alias bombs (a few lines that expand to gigabytes).
pub fn parse_yaml(file: &SourceFile, yaml: &str, diags: &mut Vec<Diagnostic>) -> Option<Node> {
    if yaml.trim().is_empty() {
        return None;
    }
    // Without `prevent_coercion` marked-yaml marks every scalar coercible, quoted or not, so
    // `"120"` would pass as a number and `"true"` as a boolean; SPEC §5 wants plain numbers.
    if let Some(line) = too_deep(yaml) {
        diags.push(
            file.error_yaml(
                line,
                1,
                1,
                crate::tr!("yaml-too-deep", max = MAX_INDENT.to_string()),
            )
            .with_help(crate::tr!("yaml-too-deep-help")),
        );
        return None;
    }
    // An input method's slips (a full-width colon, a tab) make the parser fail lines later or
    // read the line as text; name them where they are, with the fix, instead.
    let slips = crate::slips::yaml_text(yaml);
    if !slips.is_empty() {
        for (line, s) in slips {
            diags.push(
                file.error_yaml(line, s.column, s.len, s.message)
                    .with_help(s.help),
            );
        }
        return None;
    }
    let options = LoaderOptions::default()
        .error_on_duplicate_keys(true)
        .prevent_coercion(true);
    match marked_yaml::parse_yaml_with_options(0, yaml, options) {
        Ok(node) => Some(node),
        Err(e) => {
            let mut d = load_error(file, e);
            // The parser stops where the structure broke, often a line after the slip: point
            // at a line whose indentation fits nothing above it, when there is one.
            if let Some((line, slip)) = crate::slips::indentation(yaml, file.yaml_line_offset)
                && line + file.yaml_line_offset <= d.line
            {
                d = file
                    .error_yaml(line, slip.column, slip.len, slip.message)
                    .with_help(slip.help);
            }
            diags.push(d);
            None
        }
    }
}

fn load_error(file: &SourceFile, e: LoadError) -> Diagnostic {
    let at = |m: &marked_yaml::Marker, msg: String| {
        let (line, column) = clamp_to_text(file, m.line() + file.yaml_line_offset, m.column());
        file.error_at(line, column, 1, msg)
    };
    match e {
        LoadError::TopLevelMustBeMapping(m) | LoadError::TopLevelMustBeSequence(m) => {
            at(&m, crate::tr!("yaml-expected-mapping"))
        }
        LoadError::UnexpectedAnchor(m) => {
            at(&m, crate::tr!("yaml-anchors")).with_help(crate::tr!("yaml-anchors-help"))
        }
        LoadError::MappingKeyMustBeScalar(m) => at(&m, crate::tr!("yaml-key-not-plain")),
        LoadError::UnexpectedTag(m) => {
            at(&m, crate::tr!("yaml-tags")).with_help(crate::tr!("yaml-tags-help"))
        }
        LoadError::ScanError(m, se) => {
            let info = se.info();
            let mut d = at(
                &m,
                crate::tr!("yaml-invalid", info = crate::messages::yaml_reason(info)),
            );
            if info.contains("unknown anchor") {
                d = d.with_help(crate::tr!("yaml-unknown-anchor-help"));
            } else if info.contains("mapping values are not allowed") {
                d = d.with_help(crate::tr!("yaml-colon-help"));
            } else if info.contains("did not find expected key") {
                d = d.with_help(crate::tr!("yaml-expected-key-help"));
            } else if info.contains("could not find expected ':'") {
                d = d.with_help(crate::tr!("yaml-expected-colon-help"));
            }
            d
        }
        LoadError::DuplicateKey(inner) => {
            let key = inner.key.as_str().to_owned();
            let first = inner
                .prev_key
                .span()
                .start()
                .map_or(0, |m| m.line() + file.yaml_line_offset);
            let len = key.chars().count();
            file.error_span(
                inner.key.span(),
                len,
                crate::tr!("yaml-duplicate-key", key = &key),
            )
            .with_help(crate::tr!(
                "yaml-duplicate-key-help",
                key = &key,
                line = first.to_string()
            ))
        }
    }
}

/// A parser that ran off the end of the text (an unclosed `{` or `[`) reports the line after the
/// last one; point just past the end of the last line instead, so the excerpt shows where the
/// text stops.
fn clamp_to_text(file: &SourceFile, line: usize, column: usize) -> (usize, usize) {
    if line > 1
        && file.line_text(line).is_none()
        && let Some(last) = file.line_text(line - 1)
    {
        return (line - 1, last.chars().count() + 1);
    }
    (line, column)
}

#[cfg(test)]
mod tests;
