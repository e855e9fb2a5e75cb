//! Shortcodes (SPEC §9): a paragraph that starts with `{{` is one shortcode or an error at its
//! line, in the language of the messages, with a help line where there is a fix to show.

use super::fails;

const BULLETIN: &str = "content/bulletins/2026-01.md";

/// The minimal site's first bulletin with `body` after its heading.
fn bulletin(body: &str) -> String {
    format!("---\ndate: 2026-04-08\n---\n## 一季度進展\n\n{body}")
}

/// Shortcodes that do not parse: each mistake of the syntax, and a paragraph that starts with
/// `{{` but is text.
#[test]
fn shortcode_syntax() {
    fails(
        &[(
            BULLETIN,
            &bulletin(concat!(
                "{{ ranking(category=\"town\" }}\n\n",
                "{{ ranking(category) }}\n\n",
                "{{ ranking(Category=\"town\") }}\n\n",
                "{{ ranking(category=\"town\", category=\"dept\") }}\n\n",
                "{{ ranking(category=\"town) }}\n\n",
                "{{ ranking(category=town) }}\n\n",
                "{{ ranking(category=\"town\" top=3) }}\n\n",
                "{{ 這是文字 }}\n",
            )),
        )],
        r#"content/bulletins/2026-01.md:6:1: error: shortcode `ranking` is missing its closing `)`
  |
6 | {{ ranking(category="town" }}
  | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
content/bulletins/2026-01.md:8:1: error: expected `key=value`, found `category`
  |
8 | {{ ranking(category) }}
  | ^^^^^^^^^^^^^^^^^^^^^^^
content/bulletins/2026-01.md:10:1: error: `Category` is not an argument name
   |
10 | {{ ranking(Category="town") }}
   | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
content/bulletins/2026-01.md:12:1: error: argument `category` is given twice
   |
12 | {{ ranking(category="town", category="dept") }}
   | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
content/bulletins/2026-01.md:14:1: error: the text of `category` has no closing `"`
   |
14 | {{ ranking(category="town) }}
   | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
content/bulletins/2026-01.md:16:1: error: `category` takes "text" or a number, not `town`
   |
16 | {{ ranking(category=town) }}
   | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^
content/bulletins/2026-01.md:18:1: error: expected `,` between arguments, found `top=3`
   |
18 | {{ ranking(category="town" top=3) }}
   | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
content/bulletins/2026-01.md:20:1: error: a paragraph that starts with `{{` must be exactly one shortcode, `{{ name(key="text") }}`
   |
20 | {{ 這是文字 }}
   | ^^^^^^^^^^^^^^
   |
   = help: to show `{{` as text, write `\{{`
error: 8 errors in 1 file; [ROOT]/output left as it was
"#,
    );
}

/// Arguments a shortcode does not take, lacks, or takes of another kind.
#[test]
fn shortcode_arguments() {
    fails(
        &[(
            BULLETIN,
            &bulletin(concat!(
                "{{ ranking(category=\"town\", perod=\"2026-03\") }}\n\n",
                "{{ ranking(category=\"town\", size=3) }}\n\n",
                "{{ ranking(top=3) }}\n\n",
                "{{ ranking(category=3) }}\n\n",
                "{{ ranking(category=\"town\", top=\"3\") }}\n\n",
                "{{ ranking(category=\"town\", top=2.5) }}\n",
            )),
        )],
        r#"content/bulletins/2026-01.md:6:1: error: unknown argument `perod` to `ranking` (did you mean `period`?); it takes category, period, top
  |
6 | {{ ranking(category="town", perod="2026-03") }}
  | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
content/bulletins/2026-01.md:8:1: error: unknown argument `size` to `ranking`; it takes category, period, top
  |
8 | {{ ranking(category="town", size=3) }}
  | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
content/bulletins/2026-01.md:10:1: error: `ranking` needs the argument `category`
   |
10 | {{ ranking(top=3) }}
   | ^^^^^^^^^^^^^^^^^^^^
content/bulletins/2026-01.md:12:1: error: `category` takes text in quotes, e.g. category="…"
   |
12 | {{ ranking(category=3) }}
   | ^^^^^^^^^^^^^^^^^^^^^^^^^
content/bulletins/2026-01.md:14:1: error: `top` takes a number without quotes
   |
14 | {{ ranking(category="town", top="3") }}
   | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
content/bulletins/2026-01.md:16:1: error: `top` takes a whole number of at least 1, not 2.5
   |
16 | {{ ranking(category="town", top=2.5) }}
   | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
error: 6 errors in 1 file; [ROOT]/output left as it was
"#,
    );
}

/// Names of shortcodes, categories, units, indicators, months and reviews that do not exist.
#[test]
fn shortcode_names_and_periods() {
    fails(
        &[(
            BULLETIN,
            &bulletin(concat!(
                "{{ rankings(category=\"town\") }}\n\n",
                "{{ chart(unit=\"north\") }}\n\n",
                "{{ ranking(category=\"city\") }}\n\n",
                "{{ pair(unit=\"nrth\") }}\n\n",
                "{{ pair(unit=\"nobody\") }}\n\n",
                "{{ progress(unit=\"north\", indicator=\"outptu\") }}\n\n",
                "{{ ranking(category=\"town\", period=\"2026-3\") }}\n\n",
                "{{ ranking(category=\"town\", period=\"2025-12\") }}\n\n",
                "{{ pacesetters(period=\"2026Q1\") }}\n\n",
                "{{ pacesetters(period=\"2026-Q2\") }}\n",
            )),
        )],
        r#"content/bulletins/2026-01.md:6:1: error: unknown shortcode `rankings` (did you mean `ranking`?); shortcodes are ranking, progress, pair, behind, pacesetters
  |
6 | {{ rankings(category="town") }}
  | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
content/bulletins/2026-01.md:8:1: error: unknown shortcode `chart`; shortcodes are ranking, progress, pair, behind, pacesetters
  |
8 | {{ chart(unit="north") }}
  | ^^^^^^^^^^^^^^^^^^^^^^^^^
content/bulletins/2026-01.md:10:1: error: unknown category `city`; categories are: dept, town
   |
10 | {{ ranking(category="city") }}
   | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
content/bulletins/2026-01.md:12:1: error: unknown unit `nrth` (did you mean `north`?)
   |
12 | {{ pair(unit="nrth") }}
   | ^^^^^^^^^^^^^^^^^^^^^^^
content/bulletins/2026-01.md:14:1: error: unknown unit `nobody`
   |
14 | {{ pair(unit="nobody") }}
   | ^^^^^^^^^^^^^^^^^^^^^^^^^
content/bulletins/2026-01.md:16:1: error: unknown indicator `outptu` for `north`; category `town` has: output, complaints
   |
16 | {{ progress(unit="north", indicator="outptu") }}
   | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
content/bulletins/2026-01.md:18:1: error: `period` takes a month YYYY-MM, not `2026-3`
   |
18 | {{ ranking(category="town", period="2026-3") }}
   | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
content/bulletins/2026-01.md:20:1: error: no data is published for 2025-12
   |
20 | {{ ranking(category="town", period="2025-12") }}
   | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
content/bulletins/2026-01.md:22:1: error: `period` takes a review period such as 2026-Q1, not `2026Q1`
   |
22 | {{ pacesetters(period="2026Q1") }}
   | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
content/bulletins/2026-01.md:24:1: error: there is no review for 2026-Q2 (content/reviews/2026-Q2.yaml)
   |
24 | {{ pacesetters(period="2026-Q2") }}
   | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
error: 10 errors in 1 file; [ROOT]/output left as it was
"#,
    );
}

/// A shortcode the author's unclosed raw HTML swallows, and more shortcodes than one text may
/// hold.
#[test]
fn shortcode_limits() {
    let many = "{{ pair(unit=\"north\") }}\n\n".repeat(101);
    fails(
        &[
            (
                BULLETIN,
                &bulletin("<div title=\"\n\n{{ ranking(category=\"town\") }}\n\n\" x=\"\n"),
            ),
            (
                "content/pages/about.md",
                &format!("---\ntitle: 關於\n---\n{many}"),
            ),
        ],
        r#"content/bulletins/2026-01.md:8:1: error: this shortcode is inside an unclosed HTML tag
  |
8 | {{ ranking(category="town") }}
  | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  |
  = help: close the HTML tag (`>`, `"`) before the shortcode's paragraph
content/pages/about.md:204:1: error: more than 100 shortcodes in one text
    |
204 | {{ pair(unit="north") }}
    | ^^^^^^^^^^^^^^^^^^^^^^^^
    |
    = help: split the text into several pages
error: 2 errors in 2 files; [ROOT]/output left as it was
"#,
    );
}

/// Texts nested or headed beyond the limits, refused before they are parsed. (Indentation
/// beyond the limit: hardening::markdown, whose excerpt of a line of spaces is not worth keeping.)
#[test]
fn markdown_limits() {
    let page = |body: String| format!("---\ntitle: 關於\n---\n{body}\n");
    fails(
        &[
            ("content/pages/lists.md", &page("1. ".repeat(70))),
            ("content/pages/html.md", &page("<div>".repeat(70))),
            ("content/pages/headings.md", &page("## a\n".repeat(1001))),
        ],
        r#"content/pages/headings.md:1004:1: error: more than 1000 headings in one text
     |
1004 | ## a
     | ^
     |
     = help: split the text into several pages
content/pages/html.md:4:321: error: HTML elements nested more than 64 deep
  |
4 | ...div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div>
  |                                                                    ^
  |
  = help: campaign texts need only a few levels; check the indentation
content/pages/lists.md:4:1: error: lists and quotes nested more than 64 deep
  |
4 | 1. 1. 1. 1. 1. 1. 1. 1. 1. 1. 1. 1. 1. 1. 1. 1. 1. 1. 1. 1. 1. 1. 1. 1. 1. 1. 1. 1. 1. 1. 1. 1. 1. 1. 1. 1. 1. 1. 1. 1. 1. 1. 1. 1. 1...
  | ^
  |
  = help: campaign texts need only a few levels; check the indentation
error: 3 errors in 3 files; [ROOT]/output left as it was
"#,
    );
}

/// A shortcode that shows a month's figures, on a site that has published none yet.
#[test]
fn shortcode_before_any_month_is_published() {
    let site = super::minimal_with(&[(
        "content/pages/about.md",
        "---\ntitle: 關於\n---\n{{ ranking(category=\"town\") }}\n",
    )]);
    // Every report, with the review and the bulletin that speak of them.
    for unit in std::fs::read_dir(site.path("content/units")).expect("read units/") {
        let unit = unit.expect("a unit folder").path();
        for file in std::fs::read_dir(&unit).expect("read a unit folder") {
            let file = file.expect("a file").path();
            if file.file_name().is_some_and(|n| n != "unit.yaml") {
                std::fs::remove_file(&file).expect("remove a report");
            }
        }
    }
    site.remove("content/reviews/2026-Q1.yaml");
    site.remove("content/bulletins/2026-01.md");
    super::assert_build_fails(
        &site,
        r#"content/pages/about.md:4:1: error: no month is published yet
  |
4 | {{ ranking(category="town") }}
  | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  |
  = help: shortcodes that show figures work once a month's reports are published (without `draft: true`)
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}
