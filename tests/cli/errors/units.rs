//! SPEC §4 (units/<unit>/unit.yaml: category, benchmarks, targets) and §5 (monthly reports).

use super::fails;

pub(super) const NORTH: &str = "content/units/north/unit.yaml";
pub(super) const SOUTH: &str = "content/units/south/unit.yaml";
pub(super) const PEER: &str = "content/units/peer/unit.yaml";

/// north's unit.yaml with `benchmarks` and `targets` replaced.
pub(super) fn north(benchmarks: &str, targets: &str) -> String {
    format!("name: 北鎮\ncategory: town\nbenchmarks:\n{benchmarks}targets:\n{targets}")
}

pub(super) const NORTH_BENCHMARKS: &str = "  internal: south\n  external: peer\n";
const NORTH_TARGETS: &str = "  2026:\n    output: 120\n    complaints: 24\n";

// ---- identity ----

#[test]
fn unit_missing_name() {
    fails(
        &[(
            SOUTH,
            "short: 南\ncategory: town\ntargets:\n  2026: {output: 60, complaints: 12}\n",
        )],
        r#"content/units/south/unit.yaml:1:1: error: unit.yaml needs `name`
  |
1 | short: 南
  | ^
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

/// A unit that fails is reported once: its reports, the benchmarks, reviews and visits naming
/// it are not also reported as naming an unknown unit.
#[test]
fn unit_missing_category() {
    fails(
        &[(
            SOUTH,
            "name: 南鎮\ntargets:\n  2026: {output: 60, complaints: 12}\n",
        )],
        r#"content/units/south/unit.yaml:1:1: error: unit.yaml needs `category`
  |
1 | name: 南鎮
  | ^
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

#[test]
fn unit_unknown_category_with_did_you_mean() {
    fails(
        &[(
            SOUTH,
            "name: 南鎮\ncategory: twon\ntargets:\n  2026: {output: 60, complaints: 12}\n",
        )],
        r#"content/units/south/unit.yaml:2:11: error: unknown category `twon`
  |
2 | category: twon
  |           ^^^^
  |
  = help: did you mean `town`?
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

/// The example from STYLE.md: the category's name where its id belongs.
#[test]
fn unit_category_given_by_name() {
    fails(
        &[(
            SOUTH,
            "name: 南鎮\ncategory: 鎮\ntargets:\n  2026: {output: 60, complaints: 12}\n",
        )],
        r#"content/units/south/unit.yaml:2:11: error: `category` takes a category id, not its name
  |
2 | category: 鎮
  |           ^^
  |
  = help: write `category: town` (content/categories/town.yaml has this name)
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

#[test]
fn unit_unknown_key_with_did_you_mean() {
    fails(
        &[(
            SOUTH,
            "name: 南鎮\ncategory: town\nbenchmark:\n  internal: north\ntargets:\n  2026: {output: 60, complaints: 12}\n",
        )],
        r#"content/units/south/unit.yaml:3:1: error: unknown key `benchmark` in unit.yaml
  |
3 | benchmark:
  | ^^^^^^^^^
  |
  = help: did you mean `benchmarks`?
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

#[test]
fn unit_external_not_a_boolean() {
    fails(
        &[(PEER, "name: 外縣鎮\ncategory: town\nexternal: yes\n")],
        r#"content/units/peer/unit.yaml:3:11: error: `external` takes `true` or `false`
  |
3 | external: yes
  |           ^^^
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

#[test]
fn unit_measures_not_a_list() {
    fails(
        &[(
            SOUTH,
            "name: 南鎮\ncategory: town\nmeasures: 每月走訪\ntargets:\n  2026: {output: 60, complaints: 12}\n",
        )],
        r#"content/units/south/unit.yaml:3:11: error: `measures` takes a list (lines starting with `- `)
  |
3 | measures: 每月走訪
  |           ^^^^^^^^
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

// ---- benchmarks ----

#[test]
fn benchmark_is_the_unit_itself() {
    fails(
        &[(
            NORTH,
            &north("  internal: north\n  external: peer\n", NORTH_TARGETS),
        )],
        r#"content/units/north/unit.yaml:4:13: error: a unit cannot be its own internal benchmark
  |
4 |   internal: north
  |             ^^^^^
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

#[test]
fn benchmark_unknown_unit() {
    fails(
        &[(
            NORTH,
            &north("  internal: sooth\n  external: lake\n", NORTH_TARGETS),
        )],
        r#"content/units/north/unit.yaml:4:13: error: unknown unit `sooth` as internal benchmark
  |
4 |   internal: sooth
  |             ^^^^^
  |
  = help: did you mean `south`?
content/units/north/unit.yaml:5:13: error: unknown unit `lake` as external benchmark
  |
5 |   external: lake
  |             ^^^^
  |
  = help: units of category `town`: peer, south
error: 2 errors in 1 file; [ROOT]/output left as it was
"#,
    );
}

#[test]
fn benchmark_in_another_category() {
    fails(
        &[(
            NORTH,
            &north("  internal: audit\n  external: peer\n", NORTH_TARGETS),
        )],
        r#"content/units/north/unit.yaml:4:13: error: benchmark `audit` is in category `dept`, not `town`
  |
4 |   internal: audit
  |             ^^^^^
  |
  = help: a unit is compared with units of its own category
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

#[test]
fn benchmark_external_unit_as_internal() {
    fails(
        &[(
            NORTH,
            &north("  internal: peer\n  external: south\n", NORTH_TARGETS),
        )],
        r#"content/units/north/unit.yaml:4:13: error: internal benchmark `peer` is an external unit
  |
4 |   internal: peer
  |             ^^^^
  |
  = help: name it under `external: peer`, and a unit inside the jurisdiction under `internal`
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

#[test]
fn benchmark_not_a_unit_id() {
    fails(
        &[(
            NORTH,
            &north("  internal: south\n  external: [peer]\n", NORTH_TARGETS),
        )],
        r#"content/units/north/unit.yaml:5:13: error: `benchmarks.external` takes a unit id
  |
5 |   external: [peer]
  |             ^
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

#[test]
fn benchmark_unknown_key() {
    fails(
        &[(
            NORTH,
            &north("  internal: south\n  extrenal: peer\n", NORTH_TARGETS),
        )],
        r#"content/units/north/unit.yaml:5:3: error: unknown key `extrenal` in `benchmarks`
  |
5 |   extrenal: peer
  |   ^^^^^^^^
  |
  = help: did you mean `external`?
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

// ---- monthly reports ----

const REPORT: &str = "content/units/north/2026-03.md";

#[test]
fn report_unknown_indicator_with_did_you_mean() {
    fails(
        &[(REPORT, "---\nvalues:\n  output: 9\n  complaint: 2\n---\n")],
        r#"content/units/north/2026-03.md:4:3: error: unknown indicator `complaint`
  |
4 |   complaint: 2
  |   ^^^^^^^^^
  |
  = help: did you mean `complaints`? category `town` has: output, complaints
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

/// An indicator of the other category: no suggestion, the list of what the category has.
#[test]
fn report_indicator_of_another_category() {
    fails(
        &[(REPORT, "---\nvalues:\n  output: 9\n  approvals: 2\n---\n")],
        r#"content/units/north/2026-03.md:4:3: error: unknown indicator `approvals`
  |
4 |   approvals: 2
  |   ^^^^^^^^^
  |
  = help: category `town` has: output, complaints
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

#[test]
fn report_value_not_finite() {
    fails(
        &[(
            REPORT,
            "---\nvalues:\n  output: .inf\n  complaints: -.Inf\n---\n",
        )],
        r#"content/units/north/2026-03.md:3:11: error: value of `output` is `.inf`, not a finite number
  |
3 |   output: .inf
  |           ^^^^
  |
  = help: write a plain number such as 12.6
content/units/north/2026-03.md:4:15: error: value of `complaints` is `-.Inf`, not a finite number
  |
4 |   complaints: -.Inf
  |               ^^^^^
  |
  = help: write a plain number such as 12.6
error: 2 errors in 1 file; [ROOT]/output left as it was
"#,
    );
}

#[test]
fn report_value_nan() {
    fails(
        &[(REPORT, "---\nvalues:\n  output: .nan\n---\n")],
        r#"content/units/north/2026-03.md:3:11: error: value of `output` is `.nan`, not a finite number
  |
3 |   output: .nan
  |           ^^^^
  |
  = help: write a plain number such as 12.6
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

#[test]
fn report_value_quoted() {
    fails(
        &[(
            REPORT,
            "---\nvalues:\n  output: '9'\n  complaints: \"2\"\n---\n",
        )],
        r#"content/units/north/2026-03.md:3:11: error: value of `output` takes a number, not `9`
  |
3 |   output: '9'
  |           ^^^
  |
  = help: remove the quotes around the number
content/units/north/2026-03.md:4:15: error: value of `complaints` takes a number, not `2`
  |
4 |   complaints: "2"
  |               ^^^
  |
  = help: remove the quotes around the number
error: 2 errors in 1 file; [ROOT]/output left as it was
"#,
    );
}

#[test]
fn report_value_with_thousands_separator() {
    fails(
        &[(REPORT, "---\nvalues:\n  output: 1,200\n---\n")],
        r#"content/units/north/2026-03.md:3:11: error: value of `output` takes a number, not `1,200`
  |
3 |   output: 1,200
  |           ^^^^^
  |
  = help: write `1200`, without thousands separators
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

#[test]
fn report_value_with_a_unit() {
    fails(
        &[(REPORT, "---\nvalues:\n  output: 9億元\n---\n")],
        r#"content/units/north/2026-03.md:3:11: error: value of `output` takes a number, not `9億元`
  |
3 |   output: 9億元
  |           ^^^^^
  |
  = help: write `9` alone; the unit `億元` belongs in the indicator's `measure`
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

#[test]
fn report_value_a_list() {
    fails(
        &[(REPORT, "---\nvalues:\n  output: [4, 5]\n---\n")],
        r#"content/units/north/2026-03.md:3:11: error: value of `output` takes a number
  |
3 |   output: [4, 5]
  |           ^
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

#[test]
fn report_values_not_a_mapping() {
    fails(
        &[(REPORT, "---\nvalues: 9\n---\n")],
        r#"content/units/north/2026-03.md:2:9: error: `values` takes `key: value` lines
  |
2 | values: 9
  |         ^
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

#[test]
fn report_draft_not_a_boolean() {
    fails(
        &[(REPORT, "---\nvalues:\n  output: 9\ndraft: \"true\"\n---\n")],
        r#"content/units/north/2026-03.md:4:8: error: `draft` takes `true` or `false`
  |
4 | draft: "true"
  |        ^^^^^^
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

#[test]
fn report_unknown_key_with_did_you_mean() {
    fails(
        &[(REPORT, "---\nvaleus:\n  output: 9\n---\n")],
        r#"content/units/north/2026-03.md:2:1: error: unknown key `valeus` in a monthly report
  |
2 | valeus:
  | ^^^^^^
  |
  = help: did you mean `values`?
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

/// An empty value is "not reported" (what `new report` leaves), not an error.
#[test]
fn report_empty_value_is_not_reported() {
    let site = super::minimal_with(&[(REPORT, "---\nvalues:\n  output: 9\n  complaints:\n---\n")]);
    site.build(&[]).success();
}
