//! Issues 5 and 6: `serve` rebuilds incrementally (re-reading only changed files, rendering only
//! pages whose inputs changed). After every kind of edit, the folder it keeps must hold exactly
//! what a full build of the same content writes, byte for byte; a rebuild with errors must leave
//! the folder as it was.

#![warn(clippy::too_many_lines)]

mod common;

use pacesetter::serve::Session;
use pacesetter::site::{self, Options};
use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

/// Every file under `dir` with its bytes, by relative path.
fn tree(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    common::snapshot(dir).into_iter().collect()
}

struct Fixture {
    _tmp: tempfile::TempDir,
    root: PathBuf,
    served: PathBuf,
    full: PathBuf,
    session: Session,
    /// Tell the session which files changed, as `serve`'s watcher does (else it looks itself).
    hints: bool,
    touched: std::cell::RefCell<Vec<PathBuf>>,
    /// What the last rebuild did.
    last: pacesetter::serve::Rebuilt,
}

impl Fixture {
    /// The bundled example site, and a session that has built it once.
    fn new(hints: bool) -> Fixture {
        Fixture::with(hints, |content| {
            common::copy_dir(
                &Path::new(env!("CARGO_MANIFEST_DIR")).join("content"),
                content,
            );
        })
    }

    /// The content `fill` writes into `content/`, and a session that has built it once.
    fn with(hints: bool, fill: impl FnOnce(&Path)) -> Fixture {
        let tmp = tempfile::tempdir().expect("temp dir");
        let root = tmp.path().join("site");
        fill(&root.join("content"));
        let served = tmp.path().join("served");
        let full = tmp.path().join("full");
        let mut session = Session::new(options(&root, &served)).expect("a session");
        let first = session
            .rebuild()
            .map_err(|_| "errors")
            .expect("first build");
        assert!(first.files > 40, "only {} files", first.files);
        assert_eq!(first.written, first.files);
        Fixture {
            _tmp: tmp,
            root,
            served,
            full,
            session,
            hints,
            touched: std::cell::RefCell::new(Vec::new()),
            last: first,
        }
    }

    fn remove(&self, rel: &str) {
        fs::remove_file(self.path(rel)).expect("remove");
        self.touched.borrow_mut().push(self.path(rel));
    }

    fn write(&self, rel: &str, text: &str) {
        self.edit(rel, |_| text.to_owned());
    }

    fn path(&self, rel: &str) -> PathBuf {
        self.root.join(rel)
    }

    fn edit(&self, rel: &str, f: impl FnOnce(String) -> String) {
        let path = self.path(rel);
        let text = fs::read_to_string(&path).unwrap_or_default();
        let new = f(text);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).expect("create");
        }
        fs::write(&path, new).expect("write");
        self.touched.borrow_mut().push(path);
    }

    /// Makes the file (with front matter) a draft, then publishes it again, checking each.
    fn draft_and_back(&mut self, rel: &str, what: &str) {
        self.edit(rel, |t| replace_first(&t, "---\n", "---\ndraft: true\n"));
        self.check(&format!("{what} made a draft"));
        self.edit(rel, |t| replace_first(&t, "draft: true\n", ""));
        self.check(&format!("{what} published again"));
    }

    /// Rebuilds incrementally, builds in full, and compares the two folders. Returns how many
    /// files the rebuild wrote.
    fn check(&mut self, what: &str) -> usize {
        let touched = std::mem::take(&mut *self.touched.borrow_mut());
        let rebuilt = self
            .session
            .rebuild_after(self.hints.then_some(touched.as_slice()))
            .unwrap_or_else(|_| panic!("{what}: the rebuild failed"));
        let _ = fs::remove_dir_all(&self.full);
        site::build(&options(&self.root, &self.full))
            .unwrap_or_else(|_| panic!("{what}: the full build failed"));
        // These edits change published figures without corrections on purpose: the ledger the
        // full build wrote would refuse the next one (that refusal is tested below).
        let _ = fs::remove_file(self.root.join(pacesetter::model::ledger::FILE));
        let (a, b) = (tree(&self.served), tree(&self.full));
        let names_a: Vec<&String> = a.keys().collect();
        let names_b: Vec<&String> = b.keys().collect();
        assert_eq!(names_a, names_b, "{what}: the folders hold different files");
        for (path, bytes) in &a {
            // A build's marker lists the files it wrote (to keep others); serve's folder is
            // its own and its marker only marks it.
            if path == pacesetter::output::MARKER {
                continue;
            }
            assert!(
                &b[path] == bytes,
                "{what}: {path} differs from a full build"
            );
        }
        assert_eq!(
            rebuilt.files,
            a.len() - 1,
            "{what}: files counted (marker aside)"
        );
        self.last = rebuilt;
        rebuilt.written
    }
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

fn replace_first(text: &str, from: &str, to: &str) -> String {
    assert!(
        text.contains(from),
        "`{from}` not found in the text to edit"
    );
    text.replacen(from, to, 1)
}

#[test]
fn every_kind_of_edit_gives_what_a_full_build_gives() {
    edits(false);
}

#[test]
fn every_kind_of_edit_gives_what_a_full_build_gives_told_the_changed_files() {
    edits(true);
}

fn edits(hints: bool) {
    let mut f = Fixture::new(hints);
    assert_eq!(
        f.check("nothing changed"),
        0,
        "an unchanged site rewrote files"
    );
    let kept_all = f.last.kept;

    // A sentence added to a report's summary: its unit page and the search index change.
    // Everything built from figures and records alone is kept without being made again, but
    // for the unit's own pages (this year's, the past year's) and feed.
    f.edit("content/units/wuzhen/2026-10.md", |t| t + "\n補記一句。\n");
    let written = f.check("a report's summary");
    assert!((1..10).contains(&written), "{written} files written");
    assert_eq!(f.last.kept + 3, kept_all, "files kept after a summary edit");

    value_edits(&mut f);

    // A report made a draft, its summary the same: it leaves the pages and the search index.
    f.draft_and_back("content/units/wuzhen/2026-09.md", "a report");

    // A past year's report: its unit's page of that year (kept otherwise, like this year's).
    f.edit("content/units/wuzhen/2025-06.md", |t| t + "\n補記一句。\n");
    f.check("a past year's report summary");
    // A past year's value of a benchmark: the pages of the units paired with it that year.
    f.edit("content/units/wutong/2025-06.md", |t| {
        replace_first(&t, "industrial-output: ", "industrial-output: 1")
    });
    f.check("a past year's value of a benchmark");

    // A report removed, then put back.
    let report = fs::read_to_string(f.path("content/units/heshan/2026-09.md")).expect("read");
    f.remove("content/units/heshan/2026-09.md");
    f.check("a report removed");
    f.write("content/units/heshan/2026-09.md", &report);
    f.check("a report put back");
    // One in the latest month: the unit leaves that month's ranking, so every unit page of its
    // category says "of N" with one fewer.
    let latest = fs::read_to_string(f.path("content/units/heshan/2026-10.md")).expect("read");
    f.remove("content/units/heshan/2026-10.md");
    f.check("a latest-month report removed");
    f.write("content/units/heshan/2026-10.md", &latest);
    f.check("a latest-month report put back");

    // A new month: every page's navigation and latest figures move.
    let october = fs::read_to_string(f.path("content/units/wuzhen/2026-10.md")).expect("read");
    f.edit("content/units/wuzhen/2026-11.md", |_| october.clone());
    f.check("a new month");
    f.remove("content/units/wuzhen/2026-11.md");
    f.check("the new month removed");

    // Writing: a bulletin, a new bulletin, a free page, a new page (in the navigation).
    f.edit("content/bulletins/2026-03.md", |t| t + "\n補記一段。\n");
    let written = f.check("a bulletin");
    assert!(written < 10, "{written} files written for one bulletin");
    f.edit("content/bulletins/2026-04.md", |_| {
        "---\ndate: 2026-11-05\n---\n## 新一期\n\n{{ ranking(category=\"town\", top=3) }}\n".into()
    });
    f.check("a new bulletin");
    f.remove("content/bulletins/2026-04.md");
    f.check("the new bulletin removed");
    // A bulletin on a past year's month: its shortcodes show that year's figures, kept between
    // rebuilds only while no figure changed.
    f.edit("content/bulletins/2026-04.md", |_| {
        "---\ndate: 2026-11-20\nperiod: 2025-12\n---\n{{ ranking(category=\"town\", top=3) }}\n"
            .into()
    });
    f.check("a bulletin on a past year");
    f.edit("content/units/wuzhen/2025-12.md", |t| {
        replace_first(&t, "industrial-output: ", "industrial-output: 1")
    });
    f.check("a past year's value under a past year's bulletin");
    f.edit("content/bulletins/2026-03.md", |t| t + "\n再補一段。\n");
    f.check("another bulletin beside the past year's");
    f.remove("content/bulletins/2026-04.md");
    f.check("the past year's bulletin removed");
    f.edit("content/pages/about.md", |t| t + "\n補記。\n");
    f.check("a free page");
    f.edit("content/pages/contact.md", |_| {
        "---\ntitle: 聯繫我們\n---\n電話：0573-0000000\n".into()
    });
    f.check("a new free page");

    // Records: a review, a visit, a quarterly report.
    f.edit("content/reviews/2026-Q3.yaml", |t| t + "\n");
    f.check("a review (whitespace only)");
    quarterly_reports(&mut f);
    f.edit("content/visits/2026-10-14-dama-tudian-job-fair.md", |t| {
        t + "\n補記。\n"
    });
    f.check("a visit");

    // Setup: a unit's name, the site's title.
    f.edit("content/units/wuzhen/unit.yaml", |t| {
        replace_first(&t, "name: ", "name: 新")
    });
    f.check("a unit's name");
    f.edit("content/site.yaml", |t| {
        replace_first(&t, "title: ", "title: 新")
    });
    f.check("the site's title");

    // The theme: one template overridden.
    let base = fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("themes/default/templates/404.html"),
    )
    .expect("read");
    f.edit("themes/default/templates/404.html", |_| {
        base.replace("</main>", "<p>override</p></main>")
    });
    f.check("a template overridden");

    // A static file added in a new folder, the watcher reporting only the folder (as inotify
    // does for a folder made before it could watch inside).
    f.edit("content/static/robots.txt", |_| "User-agent: *\n".into());
    f.touched.borrow_mut().clear();
    f.touched.borrow_mut().push(f.path("content/static"));
    f.check("a static file in a new folder");

    // A folder moved out of content/, the watcher reporting only the folder (as for `mv`):
    // the walk must notice, and its pages leave the navigation and the site.
    let pages = f.path("content/pages");
    fs::rename(&pages, f.root.join("pages-moved")).expect("move");
    f.touched.borrow_mut().push(pages);
    f.check("a folder moved away");
}

/// Values edited: in the latest month, early in the year, and two months in one save.
fn value_edits(f: &mut Fixture) {
    // A value in the latest month: scores, ranks, other units' pages, rankings, data.
    f.edit("content/units/wuzhen/2026-10.md", |t| {
        replace_first(&t, "industrial-output: ", "industrial-output: 1")
    });
    f.check("a value in the latest month");

    // A value early in the year: year-to-date figures of every later month move.
    f.edit("content/units/dama/2026-03.md", |t| {
        replace_first(&t, "satisfaction: ", "satisfaction: 1")
    });
    f.check("a value early in the year");

    // Two months' values in one save, one after every review's period and one within: the
    // reviews of periods ending after March are made again.
    f.edit("content/units/wuzhen/2026-10.md", |t| {
        replace_first(&t, "industrial-output: 1", "industrial-output: 2")
    });
    f.edit("content/units/dama/2026-03.md", |t| {
        replace_first(&t, "satisfaction: 1", "satisfaction: ")
    });
    f.check("values of two months in one save");
}

/// Quarterly reports: each edit makes again only its unit's pages and feed, its quarter's
/// review, the status page and search.
fn quarterly_reports(f: &mut Fixture) {
    // A quarterly report: its unit's page and feed, its quarter's review and search only.
    f.edit("content/units/wuzhen/2026-Q3.md", |t| t + "\n補記。\n");
    let written = f.check("a quarterly report");
    assert!((1..8).contains(&written), "{written} files written");
    // Made again, not the whole site as before (160 of 187 files kept when written).
    let (kept, files) = (f.last.kept, f.last.files);
    assert!(kept * 5 > files * 4, "{kept} of {files} files kept");
    f.edit("content/units/wuzhen/2026-Q3.md", |t| {
        format!("---\ntitle: 三季度報告\n---\n{t}")
    });
    f.check("a quarterly report's title");
    f.draft_and_back("content/units/wuzhen/2026-Q3.md", "a quarterly report");
    // One that did not exist: the status page no longer lists it as missing.
    f.edit("content/units/wangdian/2026-Q3.md", |_| {
        "三季度工作小結。\n".into()
    });
    f.check("a missing quarterly report filed");
    f.remove("content/units/wangdian/2026-Q3.md");
    f.check("the new quarterly report removed");
    // A past year's: that year's unit page.
    f.edit("content/units/dama/2025-Q4.md", |_| {
        "四季度工作小結。\n".into()
    });
    f.check("a past year's quarterly report");
    // A quarter whose review comments on the unit, with an earlier review kept.
    f.edit("content/units/wuzhen/2026-Q1.md", |t| t + "\n補記。\n");
    f.check("a quarterly report beside its review's commentary");
}

/// /pairs/ split into pages (more than 100 paired units): kept whole when no figure changed,
/// the page of an edited unit made again, a page no longer made removed.
#[test]
fn pages_of_pairs_follow_every_kind_of_edit() {
    let mut f = Fixture::with(true, |content| common::write_campaign(content, 230));
    assert!(f.served.join("pairs/page/3/index.html").is_file());
    f.write("content/pages/about.md", "---\ntitle: 關於\n---\n說明。\n");
    f.check("a free page");
    f.edit("content/pages/about.md", |t| t + "補記。\n");
    let written = f.check("a free page edited");
    assert!(written < 5, "{written} files written for a free page");
    f.edit("content/units/u150/2026-01.md", |t| {
        replace_first(&t, "output: ", "output: 1")
    });
    f.check("a value of a unit on the second page");
    f.edit("content/units/u150/unit.yaml", |t| {
        replace_first(&t, "name: ", "name: 新")
    });
    f.check("the name of a unit on the second page");
    for i in 201..=230 {
        let unit = f.path(&format!("content/units/u{i:03}"));
        fs::remove_dir_all(&unit).expect("remove a unit");
        f.touched.borrow_mut().push(unit);
    }
    f.edit("content/units/u200/unit.yaml", |t| {
        replace_first(&t, "internal: u201", "internal: u001")
    });
    f.check("thirty units removed");
    assert!(!f.served.join("pairs/page/3").exists());
}

/// A past year's pairs pages after report edits: a page whose every unit is known unchanged is
/// kept, as this year's are, the others made again.
#[test]
fn a_past_years_pages_of_pairs_follow_report_edits() {
    let mut f = Fixture::with(true, |content| {
        common::write_campaign(content, 230);
        for i in 1..=230 {
            let unit = content.join(format!("units/u{i:03}"));
            let yaml = fs::read_to_string(unit.join("unit.yaml")).expect("read");
            let yaml = yaml.replace("targets:\n", "targets:\n  2025: {output: 100}\n");
            fs::write(unit.join("unit.yaml"), yaml).expect("write");
            let report = format!("---\nvalues:\n  output: {}\n---\n", i + 7);
            fs::write(unit.join("2025-12.md"), report).expect("write");
        }
    });
    assert!(f.served.join("pairs/2025/page/3/index.html").is_file());
    let kept_all = {
        f.check("nothing changed");
        f.last.kept
    };
    // u201 opens the third page and is u200's benchmark, on the second: both made again.
    f.edit("content/units/u201/2025-12.md", |t| {
        replace_first(&t, "output: ", "output: 1")
    });
    f.check("a past year's value of a benchmark on the third page");
    // A summary edited keeps every page but the unit's own two and its feed.
    f.edit("content/units/u150/2026-01.md", |t| t + "補記。\n");
    f.check("a summary of a unit on the second page");
    assert_eq!(f.last.kept + 3, kept_all, "files kept after a summary edit");
    f.edit("content/units/u150/2026-01.md", |t| {
        replace_first(&t, "output: ", "output: 1")
    });
    f.check("this year's value of a unit on the second page");
}

#[test]
fn a_rebuild_with_errors_leaves_the_folder_as_it_was() {
    let mut f = Fixture::new(true);
    let before = tree(&f.served);
    // A value edited and a report broken in the same save: nothing may land.
    f.edit("content/units/wuzhen/2026-10.md", |t| {
        replace_first(&t, "industrial-output: ", "industrial-output: 1")
    });
    f.edit("content/units/dama/2026-10.md", |t| {
        replace_first(&t, "values:", "valeus:")
    });
    let touched = std::mem::take(&mut *f.touched.borrow_mut());
    assert!(
        f.session.rebuild_after(Some(&touched)).is_err(),
        "a broken report must fail"
    );
    assert!(
        tree(&f.served) == before,
        "a failed rebuild changed the folder"
    );
    // Fixed: the earlier value edit must land too, though the watcher now reports only the fix.
    f.edit("content/units/dama/2026-10.md", |t| {
        replace_first(&t, "valeus:", "values:")
    });
    f.check("after the fix");
}

/// While the setup and monthly reports stay the same, serve checks only the other files and
/// keeps what it checked of those last time; errors anywhere must still be reported, the
/// folder left as it was, and the fix must land.
#[test]
fn an_edit_beside_units_and_reports_still_reports_every_error() {
    let mut f = Fixture::new(true);
    let fails = |f: &mut Fixture, what: &str, path: &str, message: &str| {
        let before = tree(&f.served);
        let touched = std::mem::take(&mut *f.touched.borrow_mut());
        match f.session.rebuild_after(Some(&touched)) {
            Err(site::Failure::Content(diags)) => {
                assert!(
                    diags
                        .iter()
                        .any(|d| d.path == path && d.message.contains(message)),
                    "{what}: {diags:#?}"
                );
            }
            _ => panic!("{what}: the rebuild must fail"),
        }
        assert!(tree(&f.served) == before, "{what}: the folder changed");
    };
    // The bulletin itself broken.
    f.edit("content/bulletins/2026-03.md", |t| {
        replace_first(&t, "date: 2026-10-18", "date: 2026-13-18")
    });
    fails(
        &mut f,
        "a broken bulletin",
        "content/bulletins/2026-03.md",
        "date",
    );
    f.edit("content/bulletins/2026-03.md", |t| {
        replace_first(&t, "date: 2026-13-18", "date: 2026-10-18")
    });
    f.check("the bulletin fixed");
    // A file of no known kind beside a bulletin edit: the load's error.
    f.edit("content/units/wuzhen/notes.txt", |_| "備忘\n".into());
    f.edit("content/bulletins/2026-03.md", |t| t + "\n補記一段。\n");
    fails(&mut f, "a stray file", "content/units/wuzhen/notes.txt", "");
    f.remove("content/units/wuzhen/notes.txt");
    f.check("the stray file removed");
    // A unit folder without unit.yaml: no file changed, the watcher reports the folder.
    fs::create_dir(f.path("content/units/xinzhen")).expect("mkdir");
    f.touched.borrow_mut().push(f.path("content/units/xinzhen"));
    f.edit("content/pages/about.md", |t| t + "\n補記。\n");
    fails(
        &mut f,
        "a unit folder without unit.yaml",
        "content/units/xinzhen",
        "",
    );
    fs::remove_dir(f.path("content/units/xinzhen")).expect("rmdir");
    f.touched.borrow_mut().push(f.path("content/units"));
    f.check("the unit folder removed");
    // A review naming a unit that does not exist, checked against the kept units.
    f.edit("content/reviews/2026-Q3.yaml", |t| {
        replace_first(&t, "  - unit: chongfu", "  - unit: chongfo")
    });
    fails(
        &mut f,
        "a review",
        "content/reviews/2026-Q3.yaml",
        "`chongfo`",
    );
    f.edit("content/reviews/2026-Q3.yaml", |t| {
        replace_first(&t, "  - unit: chongfo", "  - unit: chongfu")
    });
    f.check("the review fixed");
}

/// `serve` holds the content to published.lock like `build`: a published figure changed without
/// a correction is an error shown by the rebuild, and the folder stays as it was.
#[test]
fn serve_refuses_a_silent_change_to_a_published_figure() {
    let mut f = Fixture::new(true);
    site::build(&options(&f.root, &f.full)).unwrap_or_else(|_| panic!("the full build failed"));
    let ledger = fs::read_to_string(f.path("published.lock")).expect("the build wrote the ledger");
    let before = tree(&f.served);
    f.edit("content/units/wuzhen/2026-10.md", |t| {
        replace_first(&t, "industrial-output: ", "industrial-output: 1")
    });
    let touched = std::mem::take(&mut *f.touched.borrow_mut());
    match f.session.rebuild_after(Some(&touched)) {
        Err(site::Failure::Content(diags)) => {
            assert_eq!(diags.len(), 1, "{diags:#?}");
            assert_eq!(diags[0].path, "content/units/wuzhen/2026-10.md");
            assert!(
                diags[0].message.starts_with(
                    "published figure changed without a correction: `industrial-output` of 2026-10"
                ),
                "{}",
                diags[0].message
            );
        }
        _ => panic!("the silent change must be refused"),
    }
    assert!(
        tree(&f.served) == before,
        "a refused rebuild changed the folder"
    );
    // The serve session never writes the ledger itself.
    assert_eq!(
        fs::read_to_string(f.path("published.lock")).expect("ledger"),
        ledger
    );
    f.edit("content/units/wuzhen/2026-10.md", |t| {
        t.replacen("industrial-output: 1", "industrial-output: ", 1)
    });
    f.check("the figure put back");
}

/// After a report edit serve checks only the edited units' reports again; a report that opens
/// a year must still hold every unit of its category to that year's targets, as a full check
/// does: a draft (which publishes no month) as well as a published report.
#[test]
fn a_report_opening_a_year_asks_every_unit_for_its_targets() {
    let mut f = Fixture::new(true);
    let before = tree(&f.served);
    let report = fs::read_to_string(f.path("content/units/wuzhen/2026-10.md")).expect("read");
    let draft = replace_first(&report, "---\n", "---\ndraft: true\n");
    for (what, text) in [("a draft", &draft), ("a report", &report)] {
        f.write("content/units/wuzhen/2027-01.md", text);
        let touched = std::mem::take(&mut *f.touched.borrow_mut());
        match f.session.rebuild_after(Some(&touched)) {
            Err(site::Failure::Content(diags)) => {
                let targets = |unit: &str| {
                    diags.iter().any(|d| {
                        d.path == format!("content/units/{unit}/unit.yaml")
                            && d.message.contains("2027")
                    })
                };
                assert!(targets("chongfu") && targets("dama"), "{what}: {diags:#?}");
            }
            _ => panic!("{what}: a year without targets must be refused"),
        }
        assert!(tree(&f.served) == before, "{what}: the folder changed");
    }
    f.remove("content/units/wuzhen/2027-01.md");
    f.check("the report removed");
}
