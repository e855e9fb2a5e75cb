//! SPEC §4: a unit's `targets` (years, indicators, numbers).

use super::fails;
use super::units::{NORTH, NORTH_BENCHMARKS, PEER, SOUTH, north};

// ---- targets ----

#[test]
fn targets_missing_for_a_year_with_reports() {
    fails(
        &[(SOUTH, "name: 南鎮\ncategory: town\n")],
        r#"content/units/south/unit.yaml:1:1: error: missing 2026 target for `output`, `complaints`
  |
1 | name: 南鎮
  | ^
  |
  = help: units of category `town` report in 2026: content/units/north/2026-01.md opened it; add under `targets:`
            2026:
              output: …
              complaints: …
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

#[test]
fn targets_missing_an_indicator() {
    fails(
        &[(
            NORTH,
            &north(NORTH_BENCHMARKS, "  2026:\n    output: 120\n"),
        )],
        r#"content/units/north/unit.yaml:7:3: error: missing 2026 target for `complaints`
  |
7 |   2026:
  |   ^^^^
  |
  = help: units of category `town` report in 2026: content/units/north/2026-01.md opened it; add under `targets:`
            2026:
              complaints: …
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

#[test]
fn targets_on_an_external_unit() {
    fails(
        &[(
            PEER,
            "name: 外縣鎮\ncategory: town\nexternal: true\ntargets:\n  2026: {output: 100}\n",
        )],
        r#"content/units/peer/unit.yaml:4:1: error: an external unit takes no targets: it is shown, never ranked
  |
4 | targets:
  | ^^^^^^^
  |
  = help: remove `targets`, or set `external: false`
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

#[test]
fn targets_not_keyed_by_year() {
    fails(
        &[(
            NORTH,
            &north(
                NORTH_BENCHMARKS,
                "  2026:\n    output: 120\n    complaints: 24\n  '26':\n    output: 1\n",
            ),
        )],
        r#"content/units/north/unit.yaml:10:3: error: `targets` is keyed by year, not `26`
   |
10 |   '26':
   |   ^^^^
   |
   = help: write e.g. `2026:` and the indicators under it
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

#[test]
fn targets_unknown_indicator() {
    fails(
        &[(
            NORTH,
            &north(
                NORTH_BENCHMARKS,
                "  2026:\n    output: 120\n    complaints: 24\n    outputs: 5\n",
            ),
        )],
        r#"content/units/north/unit.yaml:10:5: error: unknown indicator `outputs`
   |
10 |     outputs: 5
   |     ^^^^^^^
   |
   = help: did you mean `output`? category `town` has: output, complaints
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

#[test]
fn targets_not_finite() {
    fails(
        &[(
            NORTH,
            &north(
                NORTH_BENCHMARKS,
                "  2026:\n    output: .inf\n    complaints: .NaN\n",
            ),
        )],
        r#"content/units/north/unit.yaml:8:13: error: target `output` is `.inf`, not a finite number
  |
8 |     output: .inf
  |             ^^^^
  |
  = help: write a plain number such as 12.6
content/units/north/unit.yaml:9:17: error: target `complaints` is `.NaN`, not a finite number
  |
9 |     complaints: .NaN
  |                 ^^^^
  |
  = help: write a plain number such as 12.6
error: 2 errors in 1 file; [ROOT]/output left as it was
"#,
    );
}

#[test]
fn targets_quoted_number() {
    fails(
        &[(
            NORTH,
            &north(
                NORTH_BENCHMARKS,
                "  2026:\n    output: \"120\"\n    complaints: 24\n",
            ),
        )],
        r#"content/units/north/unit.yaml:8:13: error: target `output` takes a number, not `120`
  |
8 |     output: "120"
  |             ^^^^^
  |
  = help: remove the quotes around the number
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

#[test]
fn targets_empty_value() {
    fails(
        &[(
            NORTH,
            &north(
                NORTH_BENCHMARKS,
                "  2026:\n    output:\n    complaints: 24\n",
            ),
        )],
        r#"content/units/north/unit.yaml:8:5: error: target for `output` in 2026 is empty
  |
8 |     output:
  |     ^^^^^^
  |
  = help: write the number, or remove the line
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

#[test]
fn targets_year_not_a_mapping() {
    fails(
        &[(NORTH, &north(NORTH_BENCHMARKS, "  2026: 120\n"))],
        r#"content/units/north/unit.yaml:7:9: error: `targets.2026` takes `key: value` lines
  |
7 |   2026: 120
  |         ^^^
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}
