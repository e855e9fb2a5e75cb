//! What goes out as text: open-data CSV cells that a spreadsheet would run, control characters
//! in the feed and on the terminal, a year written with three digits, a static file at a
//! generated page's path.

use super::{fails_with, minimal_with};
use crate::support::TestSite;

fn unit_named(name: &str) -> String {
    let unit = crate::support::fixture_dir("minimal").join("content/units/north/unit.yaml");
    let text = std::fs::read_to_string(unit).expect("read unit.yaml");
    let first = text.lines().next().expect("a first line");
    assert!(first.starts_with("name:"), "{first}");
    text.replacen(first, &format!("name: '{name}'"), 1)
}

/// Text cells starting with = + - @ get a `'` (OWASP); scores, ranks and movements — negative
/// ones included — stay numbers.
#[test]
fn formulas_in_open_data_are_defused() {
    let site = minimal_with(&[(
        "content/units/north/unit.yaml",
        &unit_named("=HYPERLINK(\"https://evil.example\",\"北鎮\")"),
    )]);
    site.build(&[]).success();
    let csv = site.read("output/data/2026-03.csv");
    assert!(
        csv.contains(",north,\"'=HYPERLINK(\"\"https://evil.example\"\",\"\"北鎮\"\")\","),
        "{csv}"
    );
    for line in csv.lines().skip(1) {
        let cells: Vec<&str> = line.rsplitn(3, ',').collect();
        for number in &cells[..2] {
            assert!(number.is_empty() || number.parse::<f64>().is_ok(), "{line}");
        }
    }
    assert!(csv.lines().any(|l| l.ends_with(",-1")), "{csv}");
}

/// Word's manual line break (\v) and other controls XML cannot carry do not break feed.xml.
#[test]
fn control_characters_do_not_break_the_feed() {
    let site = minimal_with(&[(
        "content/bulletins/2026-01.md",
        "---\ndate: 2026-04-08\ntitle: \"一季度\\v進展\\x01\"\n---\n各單位\u{b}按計劃\u{1b}推進。\n",
    )]);
    site.build(&[]).success();
    let feed = site.read("output/feed.xml");
    roxmltree::Document::parse(&feed).unwrap_or_else(|e| panic!("{e}\n{feed}"));
    assert!(feed.contains("一季度 進展\u{fffd}"), "{feed}");
}

/// ESC and CR in a file name or a key are shown escaped, never sent to the terminal.
#[test]
fn control_characters_are_escaped_on_the_terminal() {
    let site = minimal_with(&[(
        "content/units/north/2026-01.md",
        "---\nvalues:\n  output: 12\n  complaints: 1\n\"\\e[2Jbad\\r\": 1\n---\n",
    )]);
    site.write("content/pages/\u{1b}[31mred.md", "---\ntitle: x\n---\n");
    let run = site.build(&[]);
    assert_eq!(run.code, 1);
    assert!(!run.stderr.contains(['\u{1b}', '\r']), "{:?}", run.stderr);
    assert!(
        run.stderr
            .contains("content/pages/\\u{1b}[31mred.md:1:1: error:"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("\\u{1b}[2Jbad\\r"), "{}", run.stderr);
}

/// A year before 1000 would be written as three digits, a file name later refused.
#[test]
fn a_three_digit_year_is_refused() {
    let site = TestSite::fixture("minimal");
    let root = site.root().to_str().expect("UTF-8").to_owned();
    let run = site.run(&["new", "bulletin", "--date", "0226-05-12", "--root", &root]);
    assert_eq!(run.code, 2, "{run:?}");
    assert_eq!(
        run.stderr,
        "error: `0226-05-12` is not a date: write YYYY-MM-DD\n"
    );
    assert!(!site.path("content/bulletins/226-01.md").exists());
}

#[test]
fn a_static_file_shadowed_by_a_generated_page_is_an_error() {
    let site = minimal_with(&[("content/static/feed.xml", "<feed/>\n")]);
    fails_with(
        &site.build(&[]),
        "content/static/feed.xml:1:1: error: pacesetter generates a file at this path, which would replace it
  = help: rename or remove it; the site's /feed.xml is built from the content
error: 1 error in 1 file; [ROOT]/output left as it was
",
    );
}
