//! Numbers and nesting in YAML: every figure, target and weight within ±1e15 (1.7e308 hung the
//! charts, 1e308 weights gave NaN scores), complex keys nested on one line (a stack overflow),
//! and a bulletin number too large to count on from.

use super::{fails_with, minimal_with};
use crate::support::TestSite;

#[test]
fn a_figure_too_large_is_refused() {
    let site = minimal_with(&[(
        "content/units/north/2026-01.md",
        "---\nvalues:\n  output: 1.7e308\n  complaints: 1e-300\n---\n",
    )]);
    let started = std::time::Instant::now();
    fails_with(
        &site.build(&[]),
        "content/units/north/2026-01.md:3:11: error: value of `output` is `1.7e308`, out of range
  |
3 |   output: 1.7e308
  |           ^^^^^^^
  |
  = help: numbers are 0 or between 1e-12 and 1e15 in size; write it in a larger or smaller unit
content/units/north/2026-01.md:4:15: error: value of `complaints` is `1e-300`, out of range
  |
4 |   complaints: 1e-300
  |               ^^^^^^
  |
  = help: numbers are 0 or between 1e-12 and 1e15 in size; write it in a larger or smaller unit
error: 2 errors in 1 file; [ROOT]/output left as it was
",
    );
    assert!(started.elapsed().as_secs() < 30);
}

#[test]
fn weights_and_targets_too_large_are_refused() {
    let town = crate::support::fixture_dir("minimal").join("content/categories/town.yaml");
    let town = std::fs::read_to_string(town).expect("read town.yaml");
    let site = minimal_with(&[(
        "content/categories/town.yaml",
        &town.replace("weight: 3", "weight: 1e308"),
    )]);
    let run = site.build(&[]);
    assert_eq!(run.code, 1, "{run:?}");
    assert!(
        run.stderr.starts_with(
            "content/categories/town.yaml:7:13: error: `weight` is `1e308`, out of range\n"
        ),
        "{}",
        run.stderr
    );
}

#[test]
fn import_refuses_a_figure_too_large() {
    let site = TestSite::fixture("minimal");
    site.write("v.csv", "unit,output\nnorth,1.7e308\n");
    let root = site.root().to_str().expect("UTF-8").to_owned();
    let run = site.run(&["import", "v.csv", "--month", "2026-01", "--root", &root]);
    assert_eq!(run.code, 1, "{run:?}");
    assert!(
        run.stderr
            .starts_with("v.csv:2:7: error: `1.7e308` is out of range (north, output)\n"),
        "{}",
        run.stderr
    );
}

/// `? ` opens a level without indenting: 4,000 on one line overflowed the parser's stack.
#[test]
fn complex_keys_nested_on_one_line_are_refused() {
    for line in ["? ".repeat(4000), format!("a: {}", "- ? ".repeat(2000))] {
        let site = minimal_with(&[(
            "content/units/north/2026-01.md",
            &format!("---\n{line}x\n---\n"),
        )]);
        let run = site.build(&[]);
        assert_eq!(run.code, 1, "{run:?}");
        assert!(
            run.stderr.starts_with(
                "content/units/north/2026-01.md:2:1: error: YAML nested more than 256 columns deep\n"
            ),
            "{}",
            run.stderr
        );
    }
}

/// A `number` too large is an error on its own line, not a duplicate blamed on the next issue.
#[test]
fn a_huge_bulletin_number_is_blamed_where_it_is() {
    let site = minimal_with(&[
        (
            "content/bulletins/2026-01.md",
            "---\ndate: 2026-04-08\nnumber: 99999999999\n---\n正文\n",
        ),
        (
            "content/bulletins/2026-02.md",
            "---\ndate: 2026-04-20\n---\n正文\n",
        ),
    ]);
    fails_with(
        &site.build(&[]),
        "content/bulletins/2026-01.md:3:9: error: `number` must be at most 999999, not 99999999999
  |
3 | number: 99999999999
  |         ^^^^^^^^^^^
error: 1 error in 1 file; [ROOT]/output left as it was
",
    );
}
