//! `tests/fixtures/site/`: the public site of SPEC §7–§9 and §12, built by the real binary.
//! A small zh-Hant campaign: two categories, an external peer with benchmarks pointing at it,
//! three months of reports, a quarter's review with pacesetters, a quarterly report, two visits,
//! three bulletins (one with an overall `number:`, shortcodes, and shortcodes inside code that must
//! stay literal) and two pages, one of them carrying raw `<script>` and `onclick`.
//!
//! Checks: every page exists; every internal link and fragment resolves (at `/`, under a sub-path
//! and under an absolute base_url); the bulletin masthead and contents; shortcodes and raw HTML;
//! bad shortcodes as errors at the right line; accessible charts with their data; feed and sitemap
//! as XML with absolute links; a theme that replaces one template; byte-identical rebuilds with no
//! trace of the clock; no reference to another host.

pub(crate) mod html;
mod output;

use crate::support::{TestSite, snapshot};
use html::{check_links, decode_entities, files, tags};
use std::collections::BTreeSet;
use std::path::Path;

/// The fixture, built with `more` flags; panics with the binary's output if the build fails.
fn built(more: &[&str]) -> TestSite {
    let site = TestSite::fixture("site");
    site.build(more).success();
    site
}

fn page(site: &TestSite, rel: &str) -> String {
    site.read(&format!("output/{rel}"))
}

/// The text from the first `start` up to the next `end` after it (both excluded).
fn between<'a>(s: &'a str, start: &str, end: &str) -> &'a str {
    let from = s
        .find(start)
        .unwrap_or_else(|| panic!("no `{start}` in:\n{s}"))
        + start.len();
    let to = s[from..].find(end).map_or(s.len(), |e| from + e);
    &s[from..to]
}

/// Markup reduced to its text, entities decoded.
fn text(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    decode_entities(&out)
}

/// Each `<tag …>…</tag>` of `html` as (its `attr` attribute, its text), in order.
fn elements(html: &str, tag: &str, attr: &str) -> Vec<(String, String)> {
    let open = format!("<{tag}");
    let close = format!("</{tag}>");
    let mut out = Vec::new();
    for piece in html.split(&open).skip(1) {
        // `<tag` must be followed by the end of the name.
        if !piece.starts_with([' ', '>']) {
            continue;
        }
        let start = tags(&format!("{open}{piece}"));
        let value = start[0].attr(attr).unwrap_or("").to_owned();
        let inner = piece.split_once('>').map_or("", |(_, rest)| rest);
        let inner = inner.split(&close).next().unwrap_or("");
        out.push((value, text(inner)));
    }
    out
}

/// `<loc>` text etc. of an XML document, with a namespace-blind name match.
fn xml_texts<'a>(doc: &'a roxmltree::Document, name: &str) -> Vec<&'a str> {
    doc.descendants()
        .filter(|n| n.has_tag_name(name))
        .map(|n| n.text().unwrap_or(""))
        .collect()
}

// ---------------------------------------------------------------------------------------------
// 1. Every page of SPEC §12.

#[test]
fn every_page_of_the_url_scheme_exists() {
    let site = built(&[]);
    let out = site.path("output");
    let units = [
        "caizheng",
        "dongcheng",
        "nanhu",
        "shuiwu",
        "waiguo",
        "xicheng",
    ];
    let mut expected: Vec<String> = [
        "index.html",
        "bulletins/index.html",
        "bulletins/2026-01/index.html",
        "bulletins/2026-02/index.html",
        "bulletins/2026-11/index.html",
        "rankings/index.html",
        "rankings/2026-01/index.html",
        "rankings/2026-02/index.html",
        "rankings/2026-03/index.html",
        "units/index.html",
        "pairs/index.html",
        "reviews/2026-Q1/index.html",
        "pages/about/index.html",
        "pages/plan/index.html",
        "visits/index.html",
        "status/index.html",
        "methodology/index.html",
        "search/index.html",
        "404.html",
        "feed.xml",
        "sitemap.xml",
        "data/index.json",
        "data/2026-01.json",
        "data/2026-01.csv",
        "data/2026-02.json",
        "data/2026-02.csv",
        "data/2026-03.json",
        "data/2026-03.csv",
    ]
    .map(String::from)
    .to_vec();
    expected.extend(units.map(|u| format!("units/{u}/index.html")));
    let missing: Vec<&String> = expected.iter().filter(|p| !out.join(p).is_file()).collect();
    assert!(
        missing.is_empty(),
        "missing: {missing:?}\nbuilt: {:#?}",
        files(&out)
    );

    // /rankings/ is the latest month.
    let latest = page(&site, "rankings/index.html");
    assert!(text(&latest).contains("2026年3月"), "{latest}");
    // The external peer's page says what it is and shows no rank.
    let peer = page(&site, "units/waiguo/index.html");
    assert!(text(&peer).contains("外郭鎮"));
    assert!(!peer.contains("class=\"rank-now\""), "{peer}");
    // Every page is a whole document in the site's language.
    for rel in files(&out).iter().filter(|f| f.ends_with(".html")) {
        let html = page(&site, rel);
        assert!(
            html.starts_with("<!DOCTYPE html>") && html.contains("<html lang=\"zh-Hant\">"),
            "{rel} is not a zh-Hant page"
        );
    }
}

// ---------------------------------------------------------------------------------------------
// 2. Links.

fn assert_links(out: &Path, base: &str) {
    let report = check_links(out, base);
    assert!(
        report.problems.is_empty(),
        "{} broken links (base {base}):\n{}",
        report.problems.len(),
        report.problems.join("\n")
    );
    // Not vacuous: the nav, unit links, contents lists and visit anchors were all followed.
    assert!(
        report.checked > 500,
        "only {} links checked",
        report.checked
    );
    assert!(
        report.with_fragment > 10,
        "only {} fragments checked",
        report.with_fragment
    );
}

#[test]
fn internal_links_and_fragments_resolve_at_the_root() {
    let site = built(&[]);
    assert_links(&site.path("output"), "/");
}

#[test]
fn internal_links_and_fragments_resolve_under_a_sub_path() {
    let site = built(&["--base-url", "/sub/path/"]);
    let out = site.path("output");
    assert_links(&out, "/sub/path/");
    // The files are where they were; only the links moved.
    assert!(out.join("units/dongcheng/index.html").is_file());
    let home = page(&site, "index.html");
    assert!(home.contains("href=\"/sub/path/style.css\""), "{home}");
}

#[test]
fn internal_links_resolve_under_an_absolute_base_url() {
    // An absolute base_url gives absolute feed links; pages still link by path.
    let site = built(&["--base-url", "https://example.gov.cn/bxgc/"]);
    assert_links(&site.path("output"), "/bxgc/");
}

// ---------------------------------------------------------------------------------------------
// 3. The bulletin masthead and contents (SPEC §7).

/// The masthead's text contains each of `parts`, in this order.
fn assert_masthead(html: &str, parts: &[&str]) {
    let mast = text(between(
        html,
        "<header class=\"bulletin-mast\">",
        "</header>",
    ));
    let mut at = 0;
    for p in parts {
        match mast[at..].find(p) {
            Some(i) => at += i + p.len(),
            None => panic!("masthead lacks `{p}` (after byte {at}): {mast}"),
        }
    }
}

/// The contents list (本期要目) is the body's level-2 headings, in order, each linking to its id.
fn assert_contents(html: &str, headings: &[&str]) {
    let nav = between(html, "<nav class=\"bulletin-contents\"", "</nav>");
    assert!(text(nav).contains("本期要目"), "{nav}");
    let links = elements(nav, "a", "href");
    let body = between(
        html,
        "<div class=\"bulletin-body\">",
        "<footer class=\"bulletin-foot\">",
    );
    let h2: Vec<(String, String)> = elements(body, "h2", "id");
    let texts: Vec<&str> = h2.iter().map(|(_, t)| t.as_str()).collect();
    assert_eq!(texts, headings, "level-2 headings of the body");
    let want: Vec<(String, String)> = h2
        .iter()
        .map(|(id, t)| {
            assert!(!id.is_empty(), "heading `{t}` has no id");
            (format!("#{id}"), t.clone())
        })
        .collect();
    assert_eq!(links, want, "contents list against the headings");
}

#[test]
fn bulletin_masthead_numbers_and_contents() {
    let site = built(&[]);
    let office = "測試市比學趕超領導小組辦公室";
    let title = "測試市比學趕超工作簡報";

    // first_number 5 numbers the oldest issue; `number: 12` resets the count, which continues.
    let b1 = page(&site, "bulletins/2026-01/index.html");
    assert_masthead(
        &b1,
        &[title, "2026年第一期", "總第5期", office, "2026年2月10日"],
    );
    assert_contents(
        &b1,
        &["一月全市進展", "東城鎮開局良好", "Q1 Plans & Notes!"],
    );

    // Default title (site title + 工作簡報), its own office.
    let b2 = page(&site, "bulletins/2026-02/index.html");
    assert_masthead(
        &b2,
        &[
            title,
            "2026年第二期",
            "總第12期",
            "測試市委辦公室",
            "2026年4月8日",
        ],
    );
    assert_contents(
        &b2,
        &["一季度排名揭曉", "標兵風采", "結對比拼", "滯後指標整改"],
    );

    let b11 = page(&site, "bulletins/2026-11/index.html");
    assert_masthead(
        &b11,
        &[title, "2026年第十一期", "總第13期", office, "2026年5月6日"],
    );
    assert_contents(&b11, &["補充說明"]);

    // The archive lists every issue with both numbers, newest first.
    let archive = text(&page(&site, "bulletins/index.html"));
    let order: Vec<usize> = ["2026年第十一期", "2026年第二期", "2026年第一期"]
        .iter()
        .map(|s| {
            archive
                .find(s)
                .unwrap_or_else(|| panic!("archive lacks {s}: {archive}"))
        })
        .collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{archive}");
    for n in ["總第5期", "總第12期", "總第13期"] {
        assert!(archive.contains(n), "archive lacks {n}: {archive}");
    }

    // The home page shows the latest issue and its contents, linked into the bulletin page.
    let home = page(&site, "index.html");
    assert!(text(&home).contains("總第13期"), "{home}");
    assert!(
        home.contains("href=\"/bulletins/2026-11/#補充說明\""),
        "{home}"
    );
}

// ---------------------------------------------------------------------------------------------
// 4. Shortcodes and raw HTML (SPEC §9, markdown.raw_html).

#[test]
fn shortcodes_expand_outside_code_and_stay_literal_inside() {
    let site = built(&[]);
    let b1 = page(&site, "bulletins/2026-01/index.html");
    let body = between(
        &b1,
        "<div class=\"bulletin-body\">",
        "<footer class=\"bulletin-foot\">",
    );
    assert!(body.contains("class=\"sc-ranking\""), "{body}");
    assert!(
        body.contains("<figure class=\"chart-figure progress\">"),
        "{body}"
    );
    assert_eq!(
        body.matches("<div class=\"shortcode\">").count(),
        2,
        "{body}"
    );
    // Inside a fenced block and a code span: the text as written, nothing generated.
    let block = decode_entities(between(body, "<pre><code>", "</code></pre>"));
    assert_eq!(block.trim(), "{{ behind(category=\"town\") }}");
    let spans: Vec<String> = elements(body, "code", "class")
        .into_iter()
        .map(|(_, t)| t)
        .collect();
    assert!(
        spans.contains(&"{{ pair(unit=\"dongcheng\") }}".to_owned()),
        "{spans:?}"
    );
    assert!(
        !body.contains("sc-behind") && !body.contains("sc-pair"),
        "{body}"
    );

    // Every shortcode of the second issue, expanded against its `period: 2026-03`.
    let b2 = page(&site, "bulletins/2026-02/index.html");
    for class in ["sc-ranking", "sc-pacesetters", "sc-pair", "sc-behind"] {
        assert_eq!(
            b2.matches(&format!("class=\"{class}\"")).count(),
            1,
            "{class}: {b2}"
        );
    }
    let ranking = between(&b2, "class=\"sc-ranking\"", "</table>");
    assert_eq!(
        ranking.matches("<td class=\"rank\">").count(),
        1,
        "top=1: {ranking}"
    );
    assert!(text(ranking).contains("2026年3月"), "{ranking}");
    let pacesetters = between(&b2, "class=\"sc-pacesetters\"", "</ul>");
    assert!(
        pacesetters.contains("href=\"/units/dongcheng/\"")
            && pacesetters.contains("href=\"/units/shuiwu/\""),
        "{pacesetters}"
    );

    // A shortcode in a monthly report is expanded on the unit page.
    let unit = page(&site, "units/dongcheng/index.html");
    // Shortcode charts are numbered per document, so the same chart twice keeps unique ids.
    assert!(
        unit.contains("<title id=\"sc-") && unit.contains("-1-t\">"),
        "{unit}"
    );

    // Nowhere else is a shortcode left unexpanded: only the two literal ones above.
    let out = site.path("output");
    for rel in files(&out).iter().filter(|f| f.ends_with(".html")) {
        let n = page(&site, rel).matches("{{").count();
        let want = if rel == "bulletins/2026-01/index.html" {
            2
        } else {
            0
        };
        assert_eq!(n, want, "`{{{{` in {rel}");
    }
}

#[test]
fn raw_html_is_sanitized_by_default() {
    let site = built(&[]);
    let about = page(&site, "pages/about/index.html");
    let main = between(&about, "<main", "</main>");
    assert!(text(main).contains("點擊這段文字"), "{main}");
    assert!(
        !main.contains("<script") && !main.contains("alert(1)"),
        "{main}"
    );
    assert!(
        !main.contains("onclick") && !main.contains("steal()"),
        "{main}"
    );
    // Nor does it leak out through the search index, the feed or any other page.
    for rel in files(&site.path("output")) {
        let bytes = std::fs::read(site.path(&format!("output/{rel}"))).expect("read output");
        let s = String::from_utf8_lossy(&bytes);
        assert!(!s.contains("alert(1)") && !s.contains("onclick"), "{rel}");
    }
}

#[test]
fn raw_html_escape_and_allow() {
    let site = TestSite::fixture("site");
    let yaml = site.read("content/site.yaml");
    site.write(
        "content/site.yaml",
        &format!("{yaml}markdown:\n  raw_html: escape\n"),
    );
    site.build(&[]).success();
    let about = page(&site, "pages/about/index.html");
    assert!(
        about.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
        "{about}"
    );
    assert!(!about.contains("<script>alert"), "{about}");

    site.write(
        "content/site.yaml",
        &format!("{yaml}markdown:\n  raw_html: allow\n"),
    );
    site.build(&[]).success();
    let about = page(&site, "pages/about/index.html");
    assert!(about.contains("<script>alert(1)</script>"), "{about}");
}

#[test]
fn bad_shortcodes_are_errors_at_their_line() {
    let site = built(&[]);
    let before = snapshot(&site.path("output"));
    let file = "content/bulletins/2026-01.md";
    let good = site.read(file);
    // Code that looks like a bad shortcode is not one; the three paragraphs are.
    let bad = format!(
        "{good}\n```\n{{{{ nope() }}}}\n```\n\n`{{{{ pair(unit=\"nobody\") }}}}`\n\n\
         {{{{ rankings(category=\"town\") }}}}\n\n\
         {{{{ ranking(category=\"town\", limit=3) }}}}\n\n\
         {{{{ pair(unit=\"beicheng\") }}}}\n"
    );
    site.write(file, &bad);
    let line_of = |needle: &str| bad.lines().position(|l| l == needle).expect("line") + 1;
    let expected = [
        format!(
            "{file}:{}:1: error: unknown shortcode `rankings`",
            line_of("{{ rankings(category=\"town\") }}")
        ),
        format!(
            "{file}:{}:1: error: unknown argument `limit` to `ranking`",
            line_of("{{ ranking(category=\"town\", limit=3) }}")
        ),
        format!(
            "{file}:{}:1: error: unknown unit `beicheng`",
            line_of("{{ pair(unit=\"beicheng\") }}")
        ),
    ];
    let run = site.build(&[]);
    assert_eq!(run.code, 1, "{run:#?}");
    let headlines: Vec<&str> = run
        .stderr
        .lines()
        .filter(|l| l.contains(": error: "))
        .collect();
    assert_eq!(headlines.len(), 3, "one error each, once:\n{}", run.stderr);
    for (got, want) in headlines.iter().zip(&expected) {
        assert!(
            got.starts_with(want.as_str()),
            "got `{got}`, want `{want}…`"
        );
    }
    assert!(
        run.stderr.contains("error: 3 errors in 1 file"),
        "{}",
        run.stderr
    );
    assert_eq!(snapshot(&site.path("output")), before, "output changed");
}

// ---------------------------------------------------------------------------------------------
// 5. Charts.
