//! Bad input, one case per validation rule of SPEC §1–§8, §14 and §15: each starts from the
//! valid minimal site, breaks one thing, and asserts the exit status 1 and the whole standard
//! error (`path:line:column: error: message`, the excerpt with its caret, the hint, the count).
//! Every snapshot was written after checking that position and message are right.

mod conventions;
mod files;
mod io;
mod records;
mod shortcodes;
mod site;
mod slips;
mod targets;
mod theme;
mod units;
mod yaml;
mod years;

use crate::support::TestSite;

/// The minimal site, with `files` written over it (path relative to the site root, text).
fn minimal_with(files: &[(&str, &str)]) -> TestSite {
    let site = TestSite::fixture("minimal");
    for (path, text) in files {
        site.write(path, text);
    }
    site
}

/// Builds the site and asserts that it fails with exactly `stderr` (the site's folder shown as
/// `[ROOT]`), printing nothing on standard output and writing no output folder.
///
/// Then the same build in Simplified and Traditional Chinese, whose whole standard error must
/// match `errors/snapshots/<test>.<lang>.txt` (see `matches_snapshot`).
#[track_caller]
fn assert_build_fails(site: &TestSite, stderr: &str) {
    let run = site.build(&[]);
    assert_eq!(
        run.stderr, stderr,
        "\n--- stderr as printed ---\n{}--- end ---",
        run.stderr
    );
    assert_eq!(run.code, 1, "exit status");
    assert_eq!(run.stdout, "");
    assert!(
        !site.path("output").exists(),
        "a failed build wrote output/"
    );
    let name = snapshot_name();
    for lang in ["zh-Hans", "zh-Hant"] {
        let run = site.build_speaking(lang, &[]);
        assert_eq!(run.code, 1, "exit status in {lang}");
        assert_eq!(run.stdout, "", "standard output in {lang}");
        matches_snapshot(&format!("{name}.{lang}"), &run.stderr);
    }
}

/// The snapshot name for this call: the test's path without `errors::`, `::` as `.`, and a
/// count from the second call of a test on.
fn snapshot_name() -> String {
    thread_local! {
        static CALLS: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
    }
    let thread = std::thread::current();
    let test = thread.name().unwrap_or("main");
    let test = test
        .strip_prefix("errors::")
        .unwrap_or(test)
        .replace("::", ".");
    let n = CALLS.with(|c| {
        c.set(c.get() + 1);
        c.get()
    });
    if n == 1 { test } else { format!("{test}.{n}") }
}

/// Compares `stderr` with `tests/cli/errors/snapshots/<name>.txt`; with `SNAPSHOTS=overwrite`
/// in the environment, writes it instead. A missing snapshot fails, so none is taken unread.
#[track_caller]
fn matches_snapshot(name: &str, stderr: &str) {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/cli/errors/snapshots")
        .join(format!("{name}.txt"));
    if std::env::var("SNAPSHOTS").is_ok_and(|v| v == "overwrite") {
        std::fs::create_dir_all(path.parent().expect("a folder")).expect("create snapshots/");
        std::fs::write(&path, stderr).expect("write the snapshot");
        return;
    }
    let want = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "no snapshot {} ({e}); run with SNAPSHOTS=overwrite, then read it\n--- stderr ---\n{stderr}",
            path.display()
        )
    });
    assert_eq!(
        stderr,
        want,
        "stderr differs from {}\n--- stderr as printed ---\n{stderr}--- end ---",
        path.display()
    );
}

/// Shorthand: the minimal site with `files` written over it must fail with `stderr`.
#[track_caller]
fn fails(files: &[(&str, &str)], stderr: &str) {
    assert_build_fails(&minimal_with(files), stderr);
}

/// Several errors in different files are all reported in one run, sorted by path, line and
/// column (not in the order the files were read or checked), then counted.
#[test]
fn every_error_is_reported_sorted_with_a_count() {
    fails(
        &[
            // Checked last (visits), sorted last.
            (
                "content/visits/2026-03-12-south-to-north.md",
                "---\ntitle: 南鎮赴北鎮考察學習\nhost: north\nvisitors: [north]\n---\n",
            ),
            // Two errors in one report, the second line first in the file order of keys.
            (
                "content/units/south/2026-03.md",
                "---\nvalues:\n  output: 十四\n  complaints: .inf\n---\n",
            ),
            // A load error (file name) among model errors.
            (
                "content/units/south/2026-2.md",
                "---\nvalues: {output: 1}\n---\n",
            ),
            // site.yaml is read first but sorts after categories/ and before units/.
            (
                "content/site.yaml",
                "title: 示例縣比學趕超\noffice: 示例縣比學趕超領導小組辦公室\nlanguage: zh-TW\n",
            ),
            (
                "content/categories/town.yaml",
                "name: 鎮\nindicators:\n  - {id: output, name: 工業產值, dimension: results, weight: 0}\n  - {id: complaints, name: 信訪件數, dimension: conduct, direction: down}\n",
            ),
        ],
        r#"content/categories/town.yaml:3:58: error: `weight` must be greater than 0, not 0
  |
3 |   - {id: output, name: 工業產值, dimension: results, weight: 0}
  |                                                              ^
content/site.yaml:3:11: error: `language` takes one of `zh-Hans`, `zh-Hant`, `en`, not `zh-TW`
  |
3 | language: zh-TW
  |           ^^^^^
content/units/south/2026-03.md:3:11: error: value of `output` takes a number, not `十四`
  |
3 |   output: 十四
  |           ^^^^
  |
  = help: write `14`, in digits
content/units/south/2026-03.md:4:15: error: value of `complaints` is `.inf`, not a finite number
  |
4 |   complaints: .inf
  |               ^^^^
  |
  = help: write a plain number such as 12.6
content/units/south/2026-2.md:1:1: error: unexpected file in content/
  = help: monthly reports are named `<YYYY-MM>.md`: rename it to `2026-02.md`
content/visits/2026-03-12-south-to-north.md:4:12: error: `north` is the host; it cannot also be a visitor
  |
4 | visitors: [north]
  |            ^^^^^
error: 6 errors in 5 files; [ROOT]/output left as it was
"#,
    );
}

/// The same site checked with `check` reports the same errors, with a count line of its own.
#[test]
fn check_reports_the_same_errors() {
    let site = minimal_with(&[
        (
            "content/units/north/2026-01.md",
            "---\nvalues:\n  output: 12\n  complaints: '1'\n---\n",
        ),
        ("content/pages/about.md", "---\ntitel: 關於\n---\n"),
    ]);
    let run = site.check();
    assert_eq!(run.code, 1);
    assert_eq!(run.stdout, "");
    assert_eq!(
        run.stderr,
        r#"content/pages/about.md:1:1: error: a page needs `title`
  |
1 | ---
  | ^^^
content/pages/about.md:2:1: error: unknown key `titel` in a page
  |
2 | titel: 關於
  | ^^^^^
  |
  = help: did you mean `title`?
content/units/north/2026-01.md:4:15: error: value of `complaints` takes a number, not `1`
  |
4 |   complaints: '1'
  |               ^^^
  |
  = help: remove the quotes around the number
error: 3 errors in 2 files
"#
    );
}
