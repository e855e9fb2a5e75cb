//! Slips of a Chinese input method (issue 15), each reported at its own line and column with a
//! help line that shows the corrected text.

use super::fails;

const REPORT: &str = "content/units/north/2026-03.md";

#[test]
fn full_width_colon_after_a_key() {
    fails(
        &[(REPORT, "---\nvalues:\n  output：14\n  complaints: 5\n---\n")],
        r#"content/units/north/2026-03.md:3:9: error: full-width colon `：` after `output`
  |
3 |   output：14
  |         ^^
  |
  = help: write a half-width colon and a space: `output: 14`
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

#[test]
fn tab_for_indentation() {
    fails(
        &[(REPORT, "---\nvalues:\n\toutput: 14\n  complaints: 5\n---\n")],
        "content/units/north/2026-03.md:3:1: error: the line is indented with a tab
  |
3 |     output: 14
  | ^^^^
  |
  = help: YAML indents with spaces only; replace the tab with spaces: `  output: 14`
error: 1 error in 1 file; [ROOT]/output left as it was
",
    );
}

#[test]
fn full_width_digits_and_percent() {
    fails(
        &[(
            REPORT,
            "---\nvalues:\n  output: １４.５\n  complaints: 5%\n---\n",
        )],
        r#"content/units/north/2026-03.md:3:11: error: value of `output` takes a number, not `１４.５`
  |
3 |   output: １４.５
  |           ^^^^^^^
  |
  = help: write `14.5`, with half-width digits
content/units/north/2026-03.md:4:15: error: value of `complaints` takes a number, not `5%`
  |
4 |   complaints: 5%
  |               ^^
  |
  = help: write `5`, without `%`
error: 2 errors in 1 file; [ROOT]/output left as it was
"#,
    );
}

// One space short: errors::yaml::syntax_error_bad_indentation.

/// Two spaces too many: the parser says "mapping values are not allowed" and would advise
/// quoting; the slip is the indentation.
#[test]
fn a_key_indented_too_deep() {
    fails(
        &[(
            "content/units/north/unit.yaml",
            "name: 北鎮\ncategory: town\nbenchmarks:\n  internal: south\ntargets:\n  2026:\n    output: 120\n      complaints: 24\n",
        )],
        r#"content/units/north/unit.yaml:8:1: error: this line is indented by 6 spaces, which matches no line above
  |
8 |       complaints: 24
  | ^^^^^^
  |
  = help: indent it by 4 spaces, like line 7: `    complaints: 24`
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

/// A `：` inside a value, and a tab inside an indented block of prose, are text, not slips.
#[test]
fn colons_and_tabs_in_prose_are_text() {
    let site = super::minimal_with(&[(
        "content/units/north/unit.yaml",
        "name: 北鎮\ncategory: town\nbenchmarks:\n  internal: south\npledge: |\n  目標：全年產值突破120億元\n  \t（含新增項目）\nlearn: 學習南鎮：企業服務專員制度\ntargets:\n  2026:\n    output: 120\n    complaints: 24\n",
    )]);
    site.build(&[]).success();
}

/// A shortcode typed with an input method's brackets, quotes or braces is an error that shows
/// it written out, not text published as it is; full-width braces around words stay text.
#[test]
fn a_shortcode_in_full_width_punctuation() {
    let site = super::minimal_with(&[(
        "content/bulletins/2026-01.md",
        "---\ndate: 2026-02-10\n---\n\n## 一月\n\n{{ ranking（category=“town”） }}\n\n｛｛ ranking(category=\"town\") ｝｝\n\n｛｛注｝｝全角括號裡的字照常顯示。\n",
    )]);
    super::assert_build_fails(
        &site,
        r#"content/bulletins/2026-01.md:7:1: error: the shortcode is written with full-width brackets or quotes
  |
7 | {{ ranking（category=“town”） }}
  | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  |
  = help: write `{{ ranking(category="town") }}`
content/bulletins/2026-01.md:9:1: error: the shortcode is written with full-width brackets or quotes
  |
9 | ｛｛ ranking(category="town") ｝｝
  | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  |
  = help: write `{{ ranking(category="town") }}`
error: 2 errors in 1 file; [ROOT]/output left as it was
"#,
    );
}
