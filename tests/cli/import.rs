//! `import` from spreadsheets as offices keep them (issue 15): workbooks saved by a spreadsheet
//! program, Excel's empty trailing columns, a title row above the header, header mistakes
//! reported once, and reports that stay drafts.

use crate::support::{TestSite, fixture_dir};

fn import(site: &TestSite, file: &str, more: &[&str]) -> crate::support::Run {
    let root = site.root().to_str().expect("UTF-8 temp path").to_owned();
    let mut args = vec!["import", file, "--month", "2026-04", "--root", &root];
    args.extend_from_slice(more);
    site.run(&args)
}

fn copy_sheet(site: &TestSite, name: &str) {
    let bytes = std::fs::read(fixture_dir("import").join(name)).expect("fixture sheet");
    site.write_bytes(name, &bytes);
}

/// The reports the import wrote, by unit, for comparing two imports.
fn reports(site: &TestSite) -> Vec<String> {
    ["dongcheng", "xicheng", "nanhu"]
        .iter()
        .map(|u| site.read(&format!("content/units/{u}/2026-04.md")))
        .collect()
}

/// A workbook made by LibreOffice (`values.ods` and the `values.xlsx` it saved) imports exactly
/// as the CSV export of the same sheet: a merged title row above the header, a number stored as
/// text, a sum computed in the sheet, an empty trailing header column.
#[test]
fn a_workbook_imports_like_its_csv_export() {
    let from_csv = TestSite::fixture("site");
    copy_sheet(&from_csv, "values.csv");
    let run = import(&from_csv, "values.csv", &[]);
    assert_eq!(run.code, 0, "{run:?}");
    let want = reports(&from_csv);
    assert!(want[0].contains("  output: 37.8\n"), "{}", want[0]);
    assert!(want[1].contains("  satisfaction: 96.5\n"), "{}", want[1]);
    for sheet in ["values.xlsx", "values.ods"] {
        let site = TestSite::fixture("site");
        copy_sheet(&site, sheet);
        let run = import(&site, sheet, &[]);
        assert_eq!(run.code, 0, "{sheet}: {run:?}");
        assert_eq!(reports(&site), want, "{sheet}");
    }
}

#[test]
fn a_sheet_is_chosen_by_name() {
    let site = TestSite::fixture("site");
    copy_sheet(&site, "values.xlsx");
    let run = import(&site, "values.xlsx", &["--sheet", "三月"]);
    assert_eq!(run.code, 1, "{run:?}");
    assert_eq!(
        run.stderr,
        "values.xlsx:1:1: error: the workbook has no sheet `三月`; its sheets are: 四月, 說明\n"
    );
    let run = import(&site, "values.xlsx", &["--sheet", "四月"]);
    assert_eq!(run.code, 0, "{run:?}");
}

/// A misspelt indicator in the header is one error with a suggestion, however many rows follow.
#[test]
fn a_header_typo_is_one_error() {
    let site = TestSite::fixture("site");
    site.write(
        "typo.csv",
        "unit,outptu,petitions\ndongcheng,12,1\nxicheng,9,0\nnanhu,3,2\n",
    );
    let run = import(&site, "typo.csv", &[]);
    assert_eq!(run.code, 1, "{run:?}");
    assert_eq!(
        run.stderr,
        r#"typo.csv:1:6: error: unknown indicator `outptu` in the header
  |
1 | unit,outptu,petitions
  |      ^
  |
  = help: did you mean `output`?
error: 1 error in 1 file; nothing was written
"#
    );
}

#[test]
fn figures_under_an_empty_header_and_a_column_twice_are_errors() {
    let site = TestSite::fixture("site");
    site.write(
        "bad.csv",
        "unit,output,,petitions,output\ndongcheng,12,5,1,12\nxicheng,9,,0,9\n",
    );
    let run = import(&site, "bad.csv", &[]);
    assert_eq!(run.code, 1, "{run:?}");
    assert_eq!(
        run.stderr,
        r#"bad.csv:1:13: error: a column has figures but no indicator id in the header
  |
1 | unit,output,,petitions,output
  |             ^
  |
  = help: write the indicator id above them (the first is on line 2); a merged header cell leaves the cells it covers empty
bad.csv:1:24: error: indicator `output` has two columns
  |
1 | unit,output,,petitions,output
  |                        ^
  |
  = help: keep one column per indicator
error: 2 errors in 1 file; nothing was written
"#
    );
}

/// A report that is a draft stays one: the editor is told, or the unit would show as late.
#[test]
fn a_report_left_a_draft_is_named() {
    let site = TestSite::fixture("site");
    let root = site.root().to_str().expect("UTF-8").to_owned();
    let run = site.run(&["new", "report", "dongcheng", "2026-04", "--root", &root]);
    assert_eq!(run.code, 0, "{run:?}");
    site.write("v.csv", "unit,output\ndongcheng,12\nxicheng,9\n");
    let run = import(&site, "v.csv", &[]);
    assert_eq!(run.code, 0, "{run:?}");
    let notes: Vec<&str> = run
        .stdout
        .lines()
        .filter(|l| l.starts_with("note:"))
        .collect();
    assert_eq!(
        notes,
        [
            "note: [ROOT]/content/units/dongcheng/2026-04.md is still a draft; delete its `draft: true` line to publish these figures"
        ],
        "{}",
        run.stdout
    );
}
