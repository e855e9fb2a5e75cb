//! The documents a load hands to the model: each content file parsed, in path order.

use super::SourceFile;
use super::tree::Node;
use chrono::NaiveDate;
use std::path::PathBuf;
use std::sync::Arc;

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
    /// Where the body starts in `file.text`; it runs to the end.
    pub body_start: usize,
    /// 1-based line of the body's first line, for errors inside the body.
    pub body_line: usize,
}

impl MdDoc {
    /// The Markdown after the front matter.
    pub fn body(&self) -> &str {
        self.file.text.get(self.body_start..).unwrap_or_default()
    }

    /// The text before the body: the front matter with its fences.
    pub fn head(&self) -> &str {
        self.file.text.get(..self.body_start).unwrap_or_default()
    }
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
