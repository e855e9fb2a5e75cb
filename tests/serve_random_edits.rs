//! Issue 12: random sequences of edits, each checked against a full build. One `serve` session
//! lives through all the cases, so every case starts from what the ones before left: a random
//! walk over the small fixture site, where after each step the folder the session keeps must be
//! byte for byte what a full build of the same content writes.

#![warn(clippy::too_many_lines)]

mod common;

use pacesetter::serve::Session;
use pacesetter::site::{self, Options};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use std::cell::RefCell;
use std::fs;
use std::path::{Path, PathBuf};

/// One edit a user could save, always leaving the site valid.
#[derive(Debug, Clone)]
enum Edit {
    /// A monthly report's first value.
    Value { report: usize, value: u32 },
    /// A monthly report's summary.
    Summary { report: usize, text: usize },
    /// A report removed or put back (months published can change).
    ToggleReport { report: usize },
    /// The bulletin's body, with or without shortcodes.
    Bulletin { body: usize },
    /// A free page added or removed.
    TogglePage { n: usize },
    /// The site's title.
    Title { n: usize },
    /// A unit's short name.
    Short { n: usize },
}

const REPORTS: [&str; 5] = [
    "units/north/2026-02.md",
    "units/north/2026-03.md",
    "units/south/2026-03.md",
    "units/peer/2026-02.md",
    "units/permits/2026-03.md",
];
const SUMMARIES: [&str; 3] = ["本月工作按計劃推進。", "進度落後，正在整改。", ""];
const BODIES: [&str; 4] = [
    "## 一季度進展\n\n各單位按計劃推進。\n",
    "## 排名\n\n{{ ranking(category=\"town\") }}\n",
    "## 落後\n\n{{ behind(category=\"town\") }}\n\n## 對標\n\n{{ pair(unit=\"north\") }}\n",
    "## 標兵\n\n{{ pacesetters(period=\"2026-Q1\") }}\n",
];
const TITLES: [&str; 3] = ["示例縣比學趕超", "示例縣比學趕超（修訂）", "Example"];
const SHORTS: [&str; 3] = ["北", "北鎮", "北區"];

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (0..REPORTS.len(), 0..60u32).prop_map(|(report, value)| Edit::Value { report, value }),
        (0..REPORTS.len(), 0..SUMMARIES.len())
            .prop_map(|(report, text)| Edit::Summary { report, text }),
        (0..REPORTS.len()).prop_map(|report| Edit::ToggleReport { report }),
        (0..BODIES.len()).prop_map(|body| Edit::Bulletin { body }),
        (0..3usize).prop_map(|n| Edit::TogglePage { n }),
        (0..TITLES.len()).prop_map(|n| Edit::Title { n }),
        (0..SHORTS.len()).prop_map(|n| Edit::Short { n }),
    ]
}

struct Walk {
    _tmp: tempfile::TempDir,
    content: PathBuf,
    /// The original site, for putting back removed reports.
    original: PathBuf,
    served: PathBuf,
    full: PathBuf,
    session: Session,
}

fn options(root: &Path, output: &Path) -> Options {
    Options {
        root: root.to_path_buf(),
        output: output.to_path_buf(),
        base_url: None,
        theme: None,
        drafts: false,
    }
}

/// `text` with the part after the front matter (`---` … `---`) replaced by `body`.
fn with_body(text: &str, body: &str) -> String {
    match text.match_indices("---\n").nth(1) {
        Some((at, _)) => format!("{}---\n{body}", &text[..at]),
        None => text.to_owned(),
    }
}

/// `text` with the value on the line after `values:` set to `value`.
fn with_first_value(text: &str, value: u32) -> String {
    let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
    if let Some(i) = lines.iter().position(|l| l == "values:")
        && let Some(line) = lines.get_mut(i + 1)
        && let Some((key, _)) = line.split_once(": ")
    {
        *line = format!("{key}: {value}");
    }
    lines.join("\n") + "\n"
}

impl Walk {
    fn new() -> Walk {
        let tmp = tempfile::tempdir().expect("temp dir");
        let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/minimal");
        let root = tmp.path().join("site");
        common::copy_dir(&fixture.join("content"), &root.join("content"));
        let served = tmp.path().join("served");
        let full = tmp.path().join("full");
        let mut session = Session::new(options(&root, &served)).expect("a session");
        session
            .rebuild()
            .map_err(|_| "errors")
            .expect("first build");
        Walk {
            content: root.join("content"),
            original: fixture.join("content"),
            served,
            full,
            session,
            _tmp: tmp,
        }
    }

    /// Applies `e`; returns the path it touched.
    fn apply(&self, e: &Edit) -> PathBuf {
        let path = |rel: &str| self.content.join(rel);
        let rewrite = |rel: &str, f: &dyn Fn(&str) -> String| {
            let p = path(rel);
            if let Ok(text) = fs::read_to_string(&p) {
                fs::write(&p, f(&text)).expect("write");
            }
            p
        };
        match *e {
            Edit::Value { report, value } => {
                rewrite(REPORTS[report], &|t| with_first_value(t, value))
            }
            Edit::Summary { report, text } => {
                rewrite(REPORTS[report], &|t| with_body(t, SUMMARIES[text]))
            }
            Edit::ToggleReport { report } => {
                let p = path(REPORTS[report]);
                if p.exists() {
                    fs::remove_file(&p).expect("remove");
                } else {
                    fs::copy(self.original.join(REPORTS[report]), &p).expect("put back");
                }
                p
            }
            Edit::Bulletin { body } => {
                rewrite("bulletins/2026-01.md", &|t| with_body(t, BODIES[body]))
            }
            Edit::TogglePage { n } => {
                let p = path(&format!("pages/extra-{n}.md"));
                if p.exists() {
                    fs::remove_file(&p).expect("remove");
                } else {
                    let page = format!("---\ntitle: 附頁{n}\nweight: {}\n---\n第{n}頁。\n", n + 2);
                    fs::write(&p, page).expect("write");
                }
                p
            }
            Edit::Title { n } => rewrite("site.yaml", &|t| {
                let rest = t.split_once('\n').map_or("", |(_, r)| r);
                format!("title: {}\n{rest}", TITLES[n])
            }),
            Edit::Short { n } => rewrite("units/north/unit.yaml", &|t| {
                t.lines()
                    .map(|l| {
                        if l.starts_with("short: ") {
                            format!("short: {}", SHORTS[n])
                        } else {
                            l.to_owned()
                        }
                    })
                    .collect::<Vec<_>>()
                    .join("\n")
                    + "\n"
            }),
        }
    }

    /// Rebuilds incrementally (told the paths touched, or walking content/), builds in full,
    /// and compares the two folders.
    fn check(&mut self, touched: &[PathBuf], hints: bool) -> Result<(), TestCaseError> {
        self.session
            .rebuild_after(hints.then_some(touched))
            .map_err(|_| TestCaseError::fail("the rebuild failed"))?;
        let _ = fs::remove_dir_all(&self.full);
        let root = self.content.parent().expect("root");
        site::build(&options(root, &self.full))
            .map_err(|_| TestCaseError::fail("the full build failed"))?;
        // The edits change published figures without corrections on purpose: the ledger the
        // full build writes would refuse the next case's edits, so it is dropped.
        let _ = fs::remove_file(root.join(pacesetter::model::ledger::FILE));
        // A build's marker lists the files it wrote; serve's folder is its own and its marker
        // only marks it.
        let unmarked = |dir: &PathBuf| {
            let mut s = common::snapshot(dir);
            s.retain(|(p, _)| p != pacesetter::output::MARKER);
            s
        };
        let (a, b) = (unmarked(&self.served), unmarked(&self.full));
        let names = |s: &[(String, Vec<u8>)]| s.iter().map(|(p, _)| p.clone()).collect::<Vec<_>>();
        prop_assert_eq!(names(&a), names(&b), "the folders hold different files");
        for ((path, x), (_, y)) in a.iter().zip(&b) {
            prop_assert!(x == y, "{} differs from a full build", path);
        }
        Ok(())
    }
}

#[test]
fn random_edit_sequences_give_what_a_full_build_gives() {
    let walk = RefCell::new(Walk::new());
    let mut runner = TestRunner::new(Config {
        cases: 256,
        // The session carries over from case to case: a failing case cannot be replayed alone,
        // so there is nothing to shrink or to persist; the message names the edits.
        max_shrink_iters: 0,
        failure_persistence: None,
        ..Config::default()
    });
    let result = runner.run(
        &(prop::collection::vec(edit(), 1..4), any::<bool>()),
        |(edits, hints)| {
            let mut walk = walk.borrow_mut();
            let touched: Vec<PathBuf> = edits.iter().map(|e| walk.apply(e)).collect();
            walk.check(&touched, hints)
        },
    );
    if let Err(e) = result {
        panic!("{e}");
    }
}
