//! Markdown: slots for shortcode HTML that no author can forge, limits on nesting, headings and
//! shortcode output, and `{{` paragraphs that are not shortcodes.

use super::{fails_with, minimal_with};

const RANKING: &str = "{{ ranking(category=\"town\") }}";

fn bulletin(body: &str) -> String {
    format!("---\ndate: 2026-04-08\n---\n{body}")
}

fn with_raw_html(mode: &str) -> String {
    let site =
        std::fs::read_to_string(crate::support::fixture_dir("minimal").join("content/site.yaml"))
            .expect("read site.yaml");
    format!("{site}markdown:\n  raw_html: {mode}\n")
}

/// Every `onerror` in `html` is text: after its last `<`, a `>` closed the tag.
fn no_live_handler(html: &str) -> bool {
    html.match_indices("onerror").all(|(at, _)| {
        let before = &html[..at];
        before
            .rfind('<')
            .is_none_or(|lt| before[lt..].contains('>'))
    })
}

/// U+E000 (once the slot marker) typed by the author, around an image title, under sanitize
/// and escape: the shortcode still goes where it belongs and no handler becomes live.
#[test]
fn private_use_characters_cannot_cut_a_slot() {
    let attack =
        "![p](missing.png \"t\u{e000}\")\u{e000}\" onerror=\"alert(document.domain)\" x=\"";
    let entity = "<img src=x title=\"&#xE000;0&#xE000;\">&#xe000;\" onerror=\"alert(1)\" x=\"";
    for mode in ["sanitize", "escape"] {
        let site = minimal_with(&[
            ("content/site.yaml", &with_raw_html(mode)),
            (
                "content/bulletins/2026-01.md",
                &bulletin(&format!("{attack}\n\n{entity}\n\n{RANKING}\n\n{attack}\n")),
            ),
        ]);
        site.build(&[]).success();
        let html = site.read("output/bulletins/2026-01/index.html");
        assert!(no_live_handler(&html), "{mode}: {html}");
        assert_eq!(
            html.matches("<div class=\"shortcode\">").count(),
            1,
            "{html}"
        );
        assert!(!html.contains("pacesetter-slot"), "{mode}: {html}");
    }
}

/// A shortcode whose marker the author's unclosed raw HTML swallows into an attribute is an
/// error, not generated HTML pasted inside the attribute.
#[test]
fn a_shortcode_inside_an_unclosed_tag_is_an_error() {
    let site = minimal_with(&[(
        "content/bulletins/2026-01.md",
        &bulletin(&format!("<div title=\"\n\n{RANKING}\n\n\" x=\"\n")),
    )]);
    fails_with(
        &site.build(&[]),
        r#"content/bulletins/2026-01.md:6:1: error: this shortcode is inside an unclosed HTML tag
  |
6 | {{ ranking(category="town") }}
  | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  |
  = help: close the HTML tag (`>`, `"`) before the shortcode's paragraph
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

/// A paragraph the author starts with `{{` is a shortcode or an error; `\{{` is text.
#[test]
fn a_paragraph_starting_with_braces_must_be_a_shortcode() {
    let site = minimal_with(&[(
        "content/bulletins/2026-01.md",
        &bulletin(
            "{{ RANKING(category=\"town\") }}\n\n{{ ranking category=\"town\" }}\n\n{{ ranking(category=\"town\") }} 見上\n\n\\{{ 這是文字 }}\n",
        ),
    )]);
    fails_with(
        &site.build(&[]),
        r#"content/bulletins/2026-01.md:4:1: error: shortcode names are lowercase, not `RANKING`
  |
4 | {{ RANKING(category="town") }}
  | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  |
  = help: write `{{ ranking(category="town") }}`
content/bulletins/2026-01.md:6:1: error: the arguments of a shortcode go in parentheses
  |
6 | {{ ranking category="town" }}
  | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  |
  = help: write `{{ ranking(category="town") }}`
content/bulletins/2026-01.md:8:1: error: a paragraph that starts with `{{` must be exactly one shortcode, `{{ name(key="text") }}`
  |
8 | {{ ranking(category="town") }} 見上
  | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  |
  = help: to show `{{` as text, write `\{{`
error: 3 errors in 1 file; [ROOT]/output left as it was
"#,
    );
}

/// Lists and quotes nested on one line, deep indentation and deeply nested raw HTML are refused
/// before the Markdown parser (whose time grows with the square of the depth) sees them.
#[test]
fn nesting_is_limited_before_parsing() {
    let cases = [
        (
            "- ".repeat(20_000),
            "lists and quotes nested more than 64 deep",
        ),
        (
            "> ".repeat(20_000),
            "lists and quotes nested more than 64 deep",
        ),
        (
            "1. ".repeat(70),
            "lists and quotes nested more than 64 deep",
        ),
        (
            format!("{}x", " ".repeat(300)),
            "line indented more than 256 columns",
        ),
    ];
    for (line, message) in cases {
        let site = minimal_with(&[(
            "content/pages/about.md",
            &format!("---\ntitle: 關於\n---\n{line}\n"),
        )]);
        let run = site.build(&[]);
        assert_eq!(run.code, 1, "{run:#?}");
        assert!(
            run.stderr
                .starts_with(&format!("content/pages/about.md:4:1: error: {message}\n")),
            "{}",
            run.stderr
        );
    }
    let html = "<div>".repeat(20_000);
    let site = minimal_with(&[(
        "content/pages/about.md",
        &format!("---\ntitle: 關於\n---\n{html}\n"),
    )]);
    let run = site.build(&[]);
    assert!(
        run.stderr.starts_with(
            "content/pages/about.md:4:321: error: HTML elements nested more than 64 deep\n"
        ),
        "{}",
        run.stderr
    );
}

/// Thousands of equal headings: ids made in linear time (this took 20 s for 4,000), and a
/// text with more than 1,000 headings refused.
#[test]
fn headings_are_counted_and_ids_made_quickly() {
    let site = minimal_with(&[(
        "content/pages/about.md",
        &format!("---\ntitle: 關於\n---\n{}", "## a\n\n".repeat(1000)),
    )]);
    let started = std::time::Instant::now();
    site.build(&[]).success();
    assert!(started.elapsed().as_secs() < 20, "{:?}", started.elapsed());
    let html = site.read("output/pages/about/index.html");
    assert!(html.contains("id=\"a-999\"") && !html.contains("id=\"a-1000\""));
    site.write(
        "content/pages/about.md",
        &format!("---\ntitle: 關於\n---\n{}", "## a\n".repeat(1001)),
    );
    let run = site.build(&[]);
    assert!(
        run.stderr.starts_with(
            "content/pages/about.md:1004:1: error: more than 1000 headings in one text\n"
        ),
        "{}",
        run.stderr
    );
}

/// A bulletin full of `progress` shortcodes (1 MB once wrote 1.5 GB): the count is limited.
#[test]
fn shortcodes_per_text_are_limited() {
    let one = "{{ progress(unit=\"north\", indicator=\"output\") }}\n\n";
    let site = minimal_with(&[("content/bulletins/2026-01.md", &bulletin(&one.repeat(101)))]);
    let run = site.build(&[]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.starts_with(
            "content/bulletins/2026-01.md:204:1: error: more than 100 shortcodes in one text\n"
        ),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("  = help: split the text into several pages\n"),
        "{}",
        run.stderr
    );
    assert_eq!(run.stderr.matches("error:").count(), 2, "{}", run.stderr);
}
