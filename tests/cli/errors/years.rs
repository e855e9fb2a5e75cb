//! SPEC §17: year plans, indicators and units in force by year, merges, former names, aliases,
//! and corrections of published reports. Each case starts from the valid minimal site.

use super::fails;

/// An indicator's `from` is a year of four digits.
#[test]
fn indicator_from_not_a_year() {
    fails(
        &[(
            "content/categories/town.yaml",
            "name: 鎮\nindicators:\n  - id: output\n    name: 工業產值\n    dimension: results\n    measure: 億元\n    weight: 3\n    from: next\n  - id: complaints\n    name: 信訪件數\n    dimension: conduct\n    measure: 件\n    direction: down\n    decimals: 0\n",
        )],
        r#"content/categories/town.yaml:8:11: error: `from` takes a year such as 2026
  |
8 |     from: next
  |           ^^^^
  |
  = help: write the four digits of the year
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

/// An indicator in force from 2026 cannot end in 2025.
#[test]
fn indicator_until_before_from() {
    fails(
        &[(
            "content/categories/town.yaml",
            "name: 鎮\nindicators:\n  - id: output\n    name: 工業產值\n    dimension: results\n    measure: 億元\n    weight: 3\n  - id: complaints\n    name: 信訪件數\n    dimension: conduct\n    measure: 件\n    direction: down\n    decimals: 0\n  - id: green\n    name: 綠色項目\n    dimension: results\n    from: 2026\n    until: 2025\n",
        )],
        r#"content/categories/town.yaml:18:12: error: `until: 2025` is before `from: 2026`
   |
18 |     until: 2025
   |            ^^^^
   |
   = help: the indicator is in force from `from` to `until`, both included
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

/// A unit's `until` before its `from` (the unit is then taken to take part from `from` on).
#[test]
fn unit_until_before_from() {
    fails(
        &[(
            "content/units/south/unit.yaml",
            "name: 南鎮\ncategory: town\nbenchmarks:\n  internal: north\ntargets:\n  2026: {output: 60, complaints: 12}\nfrom: 2026\nuntil: 2025\n",
        )],
        r#"content/units/south/unit.yaml:8:8: error: `until: 2025` is before `from: 2026`
  |
8 | until: 2025
  |        ^^^^
  |
  = help: the unit takes part from `from` to `until`, both included
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

/// A unit merges into another only when it leaves: `merged_into` needs `until`.
#[test]
fn merged_into_without_until() {
    fails(
        &[(
            "content/units/south/unit.yaml",
            "name: 南鎮\ncategory: town\nbenchmarks:\n  internal: north\ntargets:\n  2026: {output: 60, complaints: 12}\nmerged_into: north\n",
        )],
        r#"content/units/south/unit.yaml:7:1: error: `merged_into` needs `until`
  |
7 | merged_into: north
  | ^^^^^^^^^^^
  |
  = help: add `until:` with the last year `south` took part before merging into `north`
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

/// `merged_into` names another unit that exists.
#[test]
fn merged_into_unknown_or_itself() {
    fails(
        &[
            (
                "content/units/east/unit.yaml",
                "name: 東鎮\ncategory: town\nuntil: 2025\nmerged_into: nort\n",
            ),
            (
                "content/units/west/unit.yaml",
                "name: 西鎮\ncategory: town\nuntil: 2025\nmerged_into: west\n",
            ),
        ],
        r#"content/units/east/unit.yaml:4:14: error: unknown unit `nort` in `merged_into`
  |
4 | merged_into: nort
  |              ^^^^
  |
  = help: did you mean `north`?
content/units/west/unit.yaml:4:14: error: a unit cannot merge into itself
  |
4 | merged_into: west
  |              ^^^^
  |
  = help: name the unit that took this one over
error: 2 errors in 2 files; [ROOT]/output left as it was
"#,
    );
}

/// An alias is an id no unit uses, of one unit only, written as an id.
#[test]
fn aliases_that_cannot_redirect() {
    fails(
        &[
            (
                "content/units/south/unit.yaml",
                "name: 南鎮\ncategory: town\nbenchmarks:\n  internal: north\ntargets:\n  2026: {output: 60, complaints: 12}\naliases: [north, nan-zhen, 南鎮]\n",
            ),
            (
                "content/units/east/unit.yaml",
                "name: 東鎮\ncategory: town\nuntil: 2025\naliases: [nan-zhen]\n",
            ),
        ],
        r#"content/units/south/unit.yaml:7:11: error: alias `north` is the id of a unit
  |
7 | aliases: [north, nan-zhen, 南鎮]
  |           ^^^^^
  |
  = help: content/units/north/ exists; an alias is an id no unit uses any more
content/units/south/unit.yaml:7:18: error: alias `nan-zhen` is also an alias of `east`
  |
7 | aliases: [north, nan-zhen, 南鎮]
  |                  ^^^^^^^^
  |
  = help: an old id can redirect to one unit only
content/units/south/unit.yaml:7:28: error: `南鎮` cannot be an alias of `south`
  |
7 | aliases: [north, nan-zhen, 南鎮]
  |                            ^^^^
  |
  = help: an alias is an old id of this unit: lowercase letters, digits and `-`
error: 3 errors in 1 file; [ROOT]/output left as it was
"#,
    );
}

/// Each former name gives the name and the last year it was used.
#[test]
fn former_names_need_name_and_until() {
    fails(
        &[(
            "content/units/south/unit.yaml",
            "name: 南鎮\ncategory: town\nbenchmarks:\n  internal: north\ntargets:\n  2026: {output: 60, complaints: 12}\nformer_names:\n  - {name: 南鄉}\n  - {until: 2025}\n  - {name: 南村, until: soon}\n",
        )],
        r#"content/units/south/unit.yaml:8:6: error: a former name needs `until` (the last year it was used)
  |
8 |   - {name: 南鄉}
  |      ^
  |
  = help: write e.g. `- {name: 舊名, until: 2025}`
content/units/south/unit.yaml:9:6: error: a former name needs `name`
  |
9 |   - {until: 2025}
  |      ^
  |
  = help: write e.g. `- {name: 舊名, until: 2025}`
content/units/south/unit.yaml:10:23: error: `until` takes a year such as 2026
   |
10 |   - {name: 南村, until: soon}
   |                         ^^^^
   |
   = help: write the four digits of the year
error: 3 errors in 1 file; [ROOT]/output left as it was
"#,
    );
}

/// `years:` is keyed by year and holds only the plan's keys.
#[test]
fn years_keyed_by_year_with_plan_keys() {
    fails(
        &[(
            "content/units/south/unit.yaml",
            "name: 南鎮\ncategory: town\nbenchmarks:\n  internal: north\ntargets:\n  2026: {output: 60, complaints: 12}\nyears:\n  next: {pledge: 更上層樓}\n  2026:\n    targets: {output: 70}\n",
        )],
        r#"content/units/south/unit.yaml:8:3: error: `years`' key takes a year such as 2026
  |
8 |   next: {pledge: 更上層樓}
  |   ^^^^
  |
  = help: write the four digits of the year
content/units/south/unit.yaml:10:5: error: unknown key `targets` in `years.2026`
   |
10 |     targets: {output: 70}
   |     ^^^^^^^
   |
   = help: `years.2026` takes: benchmarks, leader, pledge, learn, measures
error: 2 errors in 1 file; [ROOT]/output left as it was
"#,
    );
}

/// A year's benchmark must take part that year: east joins in 2027, north names it for 2026.
#[test]
fn benchmark_outside_its_years() {
    fails(
        &[
            (
                "content/units/east/unit.yaml",
                "name: 東鎮\ncategory: town\nfrom: 2027\n",
            ),
            (
                "content/units/north/unit.yaml",
                "name: 北鎮\nshort: 北\ncategory: town\nleader: 甲（黨委書記）\nbenchmarks:\n  internal: south\n  external: peer\npledge: 全年產值確保一百二十億元。\nmeasures:\n  - 每月走訪重點企業\ntargets:\n  2026:\n    output: 120\n    complaints: 24\nyears:\n  2026:\n    benchmarks: {internal: east}\n",
            ),
        ],
        r#"content/units/north/unit.yaml:17:28: error: benchmark `east` does not take part in 2026
   |
17 |     benchmarks: {internal: east}
   |                            ^^^^
   |
   = help: `east` takes part from 2027; name another benchmark for 2026 under `years:`
             2026:
               benchmarks: {internal: …}
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

/// A target for an indicator that comes into force only later.
#[test]
fn target_for_an_indicator_not_in_force() {
    fails(
        &[
            (
                "content/categories/town.yaml",
                "name: 鎮\nindicators:\n  - id: output\n    name: 工業產值\n    dimension: results\n    measure: 億元\n    weight: 3\n  - id: complaints\n    name: 信訪件數\n    dimension: conduct\n    measure: 件\n    direction: down\n    decimals: 0\n  - id: green\n    name: 綠色項目\n    dimension: results\n    from: 2027\n",
            ),
            (
                "content/units/north/unit.yaml",
                "name: 北鎮\nshort: 北\ncategory: town\nleader: 甲（黨委書記）\nbenchmarks:\n  internal: south\n  external: peer\npledge: 全年產值確保一百二十億元。\nmeasures:\n  - 每月走訪重點企業\ntargets:\n  2026:\n    output: 120\n    complaints: 24\n    green: 5\n",
            ),
        ],
        r#"content/units/north/unit.yaml:15:5: error: `green` is not in force in 2026
   |
15 |     green: 5
   |     ^^^^^
   |
   = help: category `town` has `green` from 2027; remove this target
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

/// A report's value for an indicator retired before the report's year.
#[test]
fn value_for_an_indicator_not_in_force() {
    fails(
        &[
            (
                "content/categories/town.yaml",
                "name: 鎮\nindicators:\n  - id: output\n    name: 工業產值\n    dimension: results\n    measure: 億元\n    weight: 3\n  - id: complaints\n    name: 信訪件數\n    dimension: conduct\n    measure: 件\n    direction: down\n    decimals: 0\n  - id: green\n    name: 綠色項目\n    dimension: results\n    until: 2025\n",
            ),
            (
                "content/units/north/2026-02.md",
                "---\nvalues:\n  output: 9\n  complaints: 2\n  green: 1\n---\n本月工作按計劃推進。\n",
            ),
        ],
        r#"content/units/north/2026-02.md:5:3: error: `green` is not in force in 2026
  |
5 |   green: 1
  |   ^^^^^
  |
  = help: category `town` has `green` until 2025; remove this line
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

/// audit joins in 2026: its 2025 report and permits' benchmarking of it in 2025 are errors.
#[test]
fn report_and_benchmark_outside_the_units_years() {
    fails(
        &[(
            "content/units/audit/unit.yaml",
            "name: 審計局\ncategory: dept\nbenchmarks:\n  internal: permits\ntargets:\n  2025: {approvals: 100, wait-days: 10}\n  2026: {approvals: 120, wait-days: 8}\nfrom: 2026\n",
        )],
        r#"content/units/audit/2025-01.md:1:1: error: `audit` does not take part in 2025
  |
1 | ---
  | ^^^
  |
  = help: `audit` takes part from 2026 (`from:` in content/units/audit/unit.yaml)
content/units/permits/unit.yaml:4:13: error: benchmark `audit` does not take part in 2025
  |
4 |   internal: audit
  |             ^^^^^
  |
  = help: `audit` takes part from 2026, and content/units/audit/2025-01.md opened 2025; name another benchmark for 2025 under `years:`
            2025:
              benchmarks: {internal: …}
error: 2 errors in 2 files; [ROOT]/output left as it was
"#,
    );
}

/// A visit in 2026 cannot name a unit that left after 2025.
#[test]
fn visit_naming_a_unit_that_has_left() {
    fails(
        &[
            (
                "content/units/east/unit.yaml",
                "name: 東鎮\ncategory: town\nuntil: 2025\nmerged_into: north\n",
            ),
            (
                "content/visits/2026-03-20-east-to-north.md",
                "---\ntitle: 東鎮赴北鎮\nhost: north\nvisitors: [east]\n---\n",
            ),
        ],
        r#"content/visits/2026-03-20-east-to-north.md:4:12: error: `east` does not take part in 2026
  |
4 | visitors: [east]
  |            ^^^^
  |
  = help: `east` took part until 2025 and merged into `north` (`until:` in content/units/east/unit.yaml)
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

/// `corrections` is a list of `{date, note, was}`.
#[test]
fn corrections_not_a_list() {
    fails(
        &[(
            "content/units/north/2026-02.md",
            "---\nvalues:\n  output: 9\n  complaints: 2\ncorrections: {date: 2026-03-05}\n---\n本月工作按計劃推進。\n",
        )],
        r#"content/units/north/2026-02.md:5:15: error: `corrections` takes a list (lines starting with `- `)
  |
5 | corrections: {date: 2026-03-05}
  |               ^
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

/// Every field of a correction, each wrong once.
#[test]
fn corrections_each_field_checked() {
    fails(
        &[(
            "content/units/north/2026-02.md",
            "---\nvalues:\n  output: 9\n  complaints: 2\ncorrections:\n  - {note: 漏報, was: {output: 1}}\n  - {date: 2026-13-01, note: 更正, was: {output: 1}}\n  - {date: 2026-02-20, note: 更正, was: {output: 1}}\n  - {date: 2026-03-10, was: {output: 1}}\n  - {date: 2026-03-11, note: 更正}\n  - {date: 2026-03-12, note: 更正, was: {}}\n  - {date: 2026-03-01, note: 更正, was: {output: 1}}\n  - {date: 2026-03-13, note: 更正, was: {outpt: 1, output: 十二}, by: 統計局}\n---\n本月工作按計劃推進。\n",
        )],
        r#"content/units/north/2026-02.md:6:6: error: a correction needs `date`
  |
6 |   - {note: 漏報, was: {output: 1}}
  |      ^
  |
  = help: the day the correction was made public, e.g. `date: 2026-05-03`
content/units/north/2026-02.md:7:12: error: `2026-13-01` is not a date
  |
7 |   - {date: 2026-13-01, note: 更正, was: {output: 1}}
  |            ^^^^^^^^^^
  |
  = help: write the date as YYYY-MM-DD, e.g. 2026-05-03
content/units/north/2026-02.md:8:12: error: a correction of 2026-02 is dated 2026-02-20, before the month ended
  |
8 |   - {date: 2026-02-20, note: 更正, was: {output: 1}}
  |            ^^^^^^^^^^
  |
  = help: a correction is made after the report was published: date it after the month
content/units/north/2026-02.md:9:6: error: a correction needs `note`
  |
9 |   - {date: 2026-03-10, was: {output: 1}}
  |      ^
  |
  = help: say why the figure changed: the note is shown to the public
content/units/north/2026-02.md:10:6: error: a correction needs `was`
   |
10 |   - {date: 2026-03-11, note: 更正}
   |      ^
   |
   = help: give the figures as they stood before, e.g. `was: {output: 12.6}`
content/units/north/2026-02.md:11:34: error: `was` names no figure
   |
11 |   - {date: 2026-03-12, note: 更正, was: {}}
   |                                    ^^^
   |
   = help: give each corrected figure as it stood before, e.g. `was: {output: 12.6}`
content/units/north/2026-02.md:12:12: error: correction dated 2026-03-01 comes after one dated 2026-03-12
   |
12 |   - {date: 2026-03-01, note: 更正, was: {output: 1}}
   |            ^^^^^^^^^^
   |
   = help: list corrections oldest first: add a new one at the end
content/units/north/2026-02.md:13:40: error: unknown indicator `outpt`
   |
13 |   - {date: 2026-03-13, note: 更正, was: {outpt: 1, output: 十二}, by: 統計局}
   |                                          ^^^^^
   |
   = help: did you mean `output`? category `town` has: output, complaints
content/units/north/2026-02.md:13:58: error: `was` of `output` takes a number, not `十二`
   |
13 |   - {date: 2026-03-13, note: 更正, was: {outpt: 1, output: 十二}, by: 統計局}
   |                                                            ^^^^
   |
   = help: write `12`, in digits
content/units/north/2026-02.md:13:63: error: unknown key `by` in a correction
   |
13 |   - {date: 2026-03-13, note: 更正, was: {outpt: 1, output: 十二}, by: 統計局}
   |                                                                   ^^
   |
   = help: a correction takes: date, note, was
error: 10 errors in 1 file; [ROOT]/output left as it was
"#,
    );
}
/// One draft report for 2027 puts 2027 in play for its category: each missing-target error names the draft that opened the year.
#[test]
fn a_draft_for_a_new_year_is_named_by_the_missing_targets() {
    fails(
        &[(
            "content/units/south/2027-01.md",
            "---\nvalues:\n  output: 5\ndraft: true\n---\n",
        )],
        r#"content/units/north/unit.yaml:11:1: error: missing 2027 target for `output`, `complaints`
   |
11 | targets:
   | ^^^^^^^
   |
   = help: units of category `town` report in 2027: the draft content/units/south/2027-01.md opened it; add under `targets:`
             2027:
               output: …
               complaints: …
content/units/south/unit.yaml:5:1: error: missing 2027 target for `output`, `complaints`
  |
5 | targets:
  | ^^^^^^^
  |
  = help: units of category `town` report in 2027: the draft content/units/south/2027-01.md opened it; add under `targets:`
            2027:
              output: …
              complaints: …
error: 2 errors in 2 files; [ROOT]/output left as it was
"#,
    );
}
