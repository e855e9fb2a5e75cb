//! The publication ledger, `published.lock` (SPEC §17): the public build writes it beside
//! content/; build, check and serve refuse a published figure changed without a correction and
//! a published report deleted while the ledger names it.

use crate::support::{TestSite, read_json};

const LEDGER: &str = "\
# published.lock: the publication ledger (SPEC §17), written by `pacesetter build`.
# Every published figure as `unit month indicator value`. Commit it with content/.
# A published figure may change only with a `corrections:` entry in its report;
# to withdraw a published report, delete its lines here.
audit 2025-01 approvals 9
audit 2025-01 wait-days 12
audit 2026-01 approvals 11
audit 2026-01 wait-days 9
audit 2026-02 approvals 23
audit 2026-02 wait-days 7
audit 2026-03 approvals 30
audit 2026-03 wait-days 11
north 2026-01 complaints 1
north 2026-01 output 12
north 2026-02 complaints 2
north 2026-02 output 9
north 2026-03 complaints 2
north 2026-03 output 9
peer 2026-01 complaints 1
peer 2026-01 output 6
peer 2026-02 complaints 1
peer 2026-02 output 5
peer 2026-03 complaints 2
peer 2026-03 output 8
permits 2026-01 approvals 19
permits 2026-01 wait-days 5
permits 2026-02 approvals 42
permits 2026-02 wait-days 3
permits 2026-03 approvals 66
permits 2026-03 wait-days 2
south 2026-01 complaints 0
south 2026-01 output 4
south 2026-03 complaints 5
south 2026-03 output 14
";

const FEB: &str = "content/units/north/2026-02.md";

/// The minimal site, built once so that its ledger exists.
fn published() -> TestSite {
    let site = TestSite::fixture("minimal");
    site.build(&[]).success();
    site
}

/// `build` and `check` both fail with exactly `stderr` (build's count line names the output).
#[track_caller]
fn refused(site: &TestSite, stderr: &str) {
    let before = site.read("output/data/2026-02.json");
    let run = site.build(&[]);
    assert_eq!(run.stderr, stderr, "\n--- stderr ---\n{}", run.stderr);
    assert_eq!(run.code, 1);
    assert_eq!(site.read("output/data/2026-02.json"), before);
    assert_eq!(
        site.read("published.lock"),
        LEDGER,
        "a refused build leaves the ledger"
    );
    let check = site.check();
    assert_eq!(check.code, 1);
    assert_eq!(
        check.stderr,
        stderr.replace("; [ROOT]/output left as it was", "")
    );
}

#[test]
fn the_public_build_writes_the_ledger_check_and_drafts_do_not() {
    let site = TestSite::fixture("minimal");
    site.check().success();
    assert!(!site.path("published.lock").exists());
    site.build(&["--drafts"]).success();
    assert!(!site.path("published.lock").exists());
    site.build(&[]).success();
    // Every published figure, sorted; north's draft 2026-04 is not published.
    assert_eq!(site.read("published.lock"), LEDGER);
    // The same content writes the same ledger, and a build with drafts leaves it alone.
    site.build(&[]).success();
    site.build(&["--drafts"]).success();
    assert_eq!(site.read("published.lock"), LEDGER);
}

#[test]
fn a_changed_published_figure_is_refused_at_its_value() {
    let site = published();
    site.write(
        FEB,
        "---\nvalues:\n  output: 9.5\n  complaints: 2\n---\n本月工作按計劃推進。\n",
    );
    refused(
        &site,
        r#"content/units/north/2026-02.md:3:11: error: published figure changed without a correction: `output` of 2026-02 was 9 when published, now 9.5
  |
3 |   output: 9.5
  |           ^^^
  |
  = help: if the new figure is a correction, add to the front matter:
          corrections:
            - date: YYYY-MM-DD   # the day it is made public
              note: …            # why, shown to the public
              was: {output: 9}
          else put back `output: 9`
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

#[test]
fn a_removed_published_figure_is_refused_at_values() {
    let site = published();
    site.write(FEB, "---\nvalues:\n  output: 9\n---\n");
    refused(
        &site,
        r#"content/units/north/2026-02.md:2:1: error: published figure removed without a correction: `complaints` of 2026-02 was 2 when published
  |
2 | values:
  | ^^^^^^
  |
  = help: if the new figure is a correction, add to the front matter:
          corrections:
            - date: YYYY-MM-DD   # the day it is made public
              note: …            # why, shown to the public
              was: {complaints: 2}
          else put back `complaints: 2`
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

#[test]
fn the_same_change_with_a_correction_is_accepted_and_recorded() {
    let site = published();
    site.write(
        FEB,
        "---\nvalues:\n  output: 9.5\n  complaints: 2\ncorrections:\n  - date: 2026-04-08\n    note: 按統計部門反饋更正\n    was: {output: 9}\n---\n",
    );
    site.build(&[]).success();
    assert_eq!(
        site.read("published.lock"),
        LEDGER.replace("north 2026-02 output 9\n", "north 2026-02 output 9.5\n")
    );
    assert_eq!(
        read_json(&site.path("output/data/corrections.json")),
        serde_json::json!([{"date": "2026-04-08", "unit": "north", "period": "2026-02",
            "indicator": "output", "was": 9.0, "now": 9.5, "note": "按統計部門反饋更正"}])
    );
    // The ledger now holds 9.5: changing it back needs a correction of its own.
    site.write(
        FEB,
        "---\nvalues:\n  output: 9\n  complaints: 2\ncorrections:\n  - date: 2026-04-08\n    note: 按統計部門反饋更正\n    was: {output: 9}\n---\n",
    );
    let run = site.build(&[]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr
            .contains("`output` of 2026-02 was 9.5 when published, now 9\n")
            && run
                .stderr
                .contains("add at the end of `corrections:`:\n            - date: YYYY-MM-DD"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_deleted_published_report_is_refused_until_its_lines_go() {
    let site = published();
    site.remove("content/units/south/2026-03.md");
    refused(
        &site,
        r#"published.lock:33:1: error: published report content/units/south/2026-03.md no longer exists
   |
33 | south 2026-03 complaints 5
   | ^^^^^^^^^^^^^^^^^^^^^^^^^^
   |
   = help: a published report stays; to withdraw it, delete its 2 lines `south 2026-03 …` from published.lock, in plain sight of review
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
    let ledger = LEDGER.replace("south 2026-03 complaints 5\nsouth 2026-03 output 14\n", "");
    site.write("published.lock", &ledger);
    site.build(&[]).success();
    assert_eq!(site.read("published.lock"), ledger);
}

/// A ledger edited by hand out of order is read whole and sorted: a report's lines apart are
/// still one report (one error naming both lines), and a changed figure is still found.
#[test]
fn a_ledger_out_of_order_is_checked_the_same() {
    let site = published();
    // The figures' lines last to first, then one line each of north's February and south's
    // March moved to the end.
    let (header, lines) = LEDGER.split_at(LEDGER.find("audit").unwrap());
    let mut reversed: Vec<&str> = lines.lines().rev().collect();
    for moved in ["north 2026-02 output 9", "south 2026-03 complaints 5"] {
        let at = reversed.iter().position(|l| *l == moved).unwrap();
        let line = reversed.remove(at);
        reversed.push(line);
    }
    let ledger = format!("{header}{}\n", reversed.join("\n"));
    site.write("published.lock", &ledger);
    site.build(&[]).success();
    // The build writes it in order again.
    assert_eq!(site.read("published.lock"), LEDGER);
    site.write("published.lock", &ledger);
    site.remove("content/units/south/2026-03.md");
    site.write(FEB, "---\nvalues:\n  output: 9.5\n  complaints: 2\n---\n");
    let run = site.build(&[]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.starts_with(
            "content/units/north/2026-02.md:3:11: error: published figure changed without a \
             correction: `output` of 2026-02 was 9 when published, now 9.5\n"
        ),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains(
            "published.lock:5:1: error: published report content/units/south/2026-03.md no \
             longer exists\n"
        ),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("delete its 2 lines `south 2026-03 …`"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .ends_with("error: 2 errors in 2 files; [ROOT]/output left as it was\n")
    );
}

#[test]
fn a_published_report_made_a_draft_again_is_refused() {
    let site = published();
    site.write(
        FEB,
        "---\nvalues:\n  output: 9\n  complaints: 2\ndraft: true\n---\n",
    );
    let run = site.build(&[]);
    assert_eq!(
        run.stderr,
        r#"content/units/north/2026-02.md:1:1: error: published report content/units/north/2026-02.md is now a draft
  |
1 | ---
  | ^^^
  |
  = help: remove `draft: true`; to withdraw the report, delete its lines from published.lock
error: 1 error in 1 file; [ROOT]/output left as it was
"#
    );
}

#[test]
fn a_line_that_is_not_of_the_ledger() {
    let site = published();
    site.write(
        "published.lock",
        &format!("{LEDGER}north 2026-13 output x\n"),
    );
    let run = site.build(&[]);
    assert_eq!(
        run.stderr,
        r#"published.lock:35:1: error: not a line of the ledger
   |
35 | north 2026-13 output x
   | ^^^^^^^^^^^^^^^^^^^^^^
   |
   = help: each line is `unit YYYY-MM indicator value`; run `pacesetter build` on the last good content to write it again
error: 1 error in 1 file; [ROOT]/output left as it was
"#
    );
}

#[test]
fn new_correction_writes_the_entry_with_was_from_the_ledger() {
    let site = TestSite::fixture("minimal");
    let root = site.root().to_str().unwrap().to_owned();
    let new = |date: &str| {
        site.run(&[
            "new",
            "correction",
            "north",
            "2026-02",
            "--root",
            &root,
            "--date",
            date,
        ])
    };
    let run = new("2026-04-08");
    assert_eq!(run.code, 2);
    assert_eq!(
        run.stderr,
        "error: there is no published.lock yet: nothing was published, so nothing needs a correction\n"
    );
    site.build(&[]).success();
    let run = new("2026-04-08");
    assert_eq!(
        run.stderr,
        "error: content/units/north/2026-02.md holds the figures as published; change the values under `values:` first, then run this again to record the change\n"
    );
    site.write(
        FEB,
        "---\nvalues:\n  output: 9.5\n---\n本月工作按計劃推進。\n",
    );
    assert_eq!(
        new("2026-02-27").stderr,
        "error: a correction of 2026-02 must be dated after the month; 2026-02-27 is not\n"
    );
    let run = new("2026-04-08");
    run.success();
    assert_eq!(run.stdout, "[ROOT]/content/units/north/2026-02.md\n");
    assert_eq!(
        site.read(FEB),
        "---\nvalues:\n  output: 9.5\ncorrections:\n  - date: 2026-04-08\n    note:    # why the figure changed, shown to the public (required)\n    was: {complaints: 2, output: 9}\n---\n本月工作按計劃推進。\n"
    );
    // The note is the editor's to write; with it, the build accepts the correction.
    assert_eq!(site.build(&[]).code, 1);
    site.write(
        FEB,
        &site.read(FEB).replace(
            "    note:    # why the figure changed, shown to the public (required)\n",
            "    note: 核定後更正\n",
        ),
    );
    site.build(&[]).success();
    assert!(
        site.read("published.lock")
            .contains("north 2026-02 output 9.5\n")
    );
    assert!(
        !site
            .read("published.lock")
            .contains("north 2026-02 complaints")
    );
}
