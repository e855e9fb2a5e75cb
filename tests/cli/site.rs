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

/// Every `<svg>…</svg>` of a page.
fn svgs(html: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find("<svg") {
        let end = rest[start..]
            .find("</svg>")
            .map_or(rest.len(), |e| start + e + 6);
        out.push(&rest[start..end]);
        rest = &rest[end..];
    }
    out
}

/// The chart has role="img", a non-empty <title> and <desc> that name it, and returns its title.
fn assert_accessible(rel: &str, svg: &str, page_ids: &BTreeSet<String>) -> String {
    let open = &tags(svg)[0];
    assert_eq!(
        open.attr("role"),
        Some("img"),
        "{rel}: {}",
        &svg[..200.min(svg.len())]
    );
    let title = text(
        between(svg, "<title", "</title>")
            .split_once('>')
            .expect("title")
            .1,
    );
    let desc = text(
        between(svg, "<desc", "</desc>")
            .split_once('>')
            .expect("desc")
            .1,
    );
    assert!(
        !title.trim().is_empty() && !desc.trim().is_empty(),
        "{rel}: {title} / {desc}"
    );
    for id in open
        .attr("aria-labelledby")
        .unwrap_or("")
        .split_whitespace()
    {
        assert!(
            page_ids.contains(id),
            "{rel}: aria-labelledby names no id `{id}`"
        );
    }
    title
}

#[test]
fn charts_are_accessible_and_carry_their_data() {
    let site = built(&[]);
    let out = site.path("output");
    let mut charts = 0;
    for rel in files(&out).iter().filter(|f| f.ends_with(".html")) {
        let html = page(&site, rel);
        let ids: BTreeSet<String> = html::ids(&html).into_iter().collect();
        let details: Vec<&str> = html.split("<details").skip(1).collect();
        for svg in svgs(&html) {
            charts += 1;
            let title = assert_accessible(rel, svg, &ids);
            // On unit pages each chart's figures are also a table, folded away in <details>.
            if rel.starts_with("units/") && rel != "units/index.html" {
                let has_table = details.iter().any(|d| {
                    let d = d.split("</details>").next().unwrap_or("");
                    d.contains("<table")
                        && elements(d, "caption", "class")
                            .iter()
                            .any(|(_, c)| *c == title)
                });
                assert!(has_table, "{rel}: no <details> table for chart `{title}`");
            }
        }
    }
    assert!(charts >= 20, "only {charts} charts in the site");

    // Three indicators: three progress charts, plus the rank history for a ranked unit (and
    // the report's shortcode chart for dongcheng); the external peer has its progress charts.
    let count = |u: &str| svgs(&page(&site, &format!("units/{u}/index.html"))).len();
    assert_eq!(count("dongcheng"), 5);
    assert_eq!(count("xicheng"), 4);
    assert_eq!(count("waiguo"), 3);

    // The output chart's table: year to date by month for the unit and both benchmarks.
    let unit = page(&site, "units/dongcheng/index.html");
    let table = between(
        &unit,
        "<caption>東城鎮 · 工業產值 2026</caption>",
        "</table>",
    );
    let cells: Vec<String> = elements(table, "td", "class")
        .into_iter()
        .map(|(_, t)| t)
        .collect();
    for want in [
        "10.5", "20.3", "31.5", "7.6", "15.7", "24.1", "12.0", "23.0", "35.5",
    ] {
        assert!(cells.iter().any(|c| c == want), "no cell {want}: {cells:?}");
    }
}

// ---------------------------------------------------------------------------------------------
// 6. Feed and sitemap.

#[test]
fn feed_and_sitemap_are_xml_with_absolute_links() {
    let base = "https://example.gov.cn/bxgc/";
    let site = built(&["--base-url", base]);
    let out = site.path("output");

    let feed_text = page(&site, "feed.xml");
    let feed = roxmltree::Document::parse(&feed_text).expect("feed.xml is XML");
    let root = feed.root_element();
    assert_eq!(root.tag_name().name(), "feed");
    assert_eq!(
        root.tag_name().namespace(),
        Some("http://www.w3.org/2005/Atom")
    );
    let mut urls: Vec<String> = xml_texts(&feed, "id")
        .into_iter()
        .map(String::from)
        .collect();
    urls.extend(
        feed.descendants()
            .filter(|n| n.has_tag_name("link"))
            .map(|n| n.attribute("href").unwrap_or("").to_owned()),
    );
    assert_eq!(urls.len(), 1 + 2 + 3 * 2, "{urls:?}");
    for url in &urls {
        assert!(
            url.starts_with(base),
            "feed link `{url}` is not under {base}"
        );
        let path = &url[base.len()..];
        let file = if path.is_empty() || path.ends_with('/') {
            format!("{path}index.html")
        } else {
            path.to_owned()
        };
        assert!(out.join(&file).is_file(), "feed link `{url}`: no {file}");
    }
    let entries: Vec<_> = feed
        .descendants()
        .filter(|n| n.has_tag_name("entry"))
        .collect();
    assert_eq!(entries.len(), 3);
    // Newest first; dates from the bulletins, not the clock.
    let updated: Vec<&str> = xml_texts(&feed, "updated");
    assert_eq!(
        updated,
        [
            "2026-05-06T00:00:00Z",
            "2026-05-06T00:00:00Z",
            "2026-04-08T00:00:00Z",
            "2026-02-10T00:00:00Z"
        ]
    );
    let titles = xml_texts(&feed, "title");
    assert!(
        titles[1].contains("2026年第十一期") && titles[1].contains("總第13期"),
        "{titles:?}"
    );

    let sitemap_text = page(&site, "sitemap.xml");
    let sitemap = roxmltree::Document::parse(&sitemap_text).expect("sitemap.xml is XML");
    assert_eq!(sitemap.root_element().tag_name().name(), "urlset");
    let locs: BTreeSet<String> = xml_texts(&sitemap, "loc")
        .into_iter()
        .map(String::from)
        .collect();
    for loc in &locs {
        assert!(
            loc.starts_with(base),
            "<loc>{loc}</loc> is not under {base}"
        );
    }
    // Every page is listed, once.
    let pages: BTreeSet<String> = files(&out)
        .into_iter()
        .filter(|f| f.ends_with("index.html"))
        .map(|f| format!("{base}{}", f.trim_end_matches("index.html")))
        .collect();
    assert_eq!(locs, pages);
    assert_eq!(
        xml_texts(&sitemap, "loc").len(),
        locs.len(),
        "a page listed twice"
    );

    // With a path-only base_url the feed still parses; its links start with the path.
    let site = built(&[]);
    let feed_text = page(&site, "feed.xml");
    let feed = roxmltree::Document::parse(&feed_text).expect("feed.xml is XML");
    assert!(xml_texts(&feed, "id").iter().all(|id| id.starts_with('/')));
}

// ---------------------------------------------------------------------------------------------
// 7. Themes.

const CUSTOM_UNIT: &str = "{% extends \"base.html\" %}{% block content %}\
<h1 class=\"custom-unit\">{{ page.name }}</h1>{% endblock content %}";

fn is_unit_page(rel: &str) -> bool {
    rel.strip_prefix("units/")
        .and_then(|r| r.strip_suffix("/index.html"))
        .is_some_and(|u| !u.is_empty() && !u.contains('/'))
}

/// `themed` differs from `plain` in the unit pages only, each of which is the custom template.
fn assert_only_unit_pages_differ(plain: &[(String, Vec<u8>)], themed: &[(String, Vec<u8>)]) {
    let names = |s: &[(String, Vec<u8>)]| s.iter().map(|(n, _)| n.clone()).collect::<Vec<_>>();
    assert_eq!(names(plain), names(themed));
    let mut units = 0;
    for ((rel, a), (_, b)) in plain.iter().zip(themed) {
        if is_unit_page(rel) {
            units += 1;
            let b = String::from_utf8_lossy(b);
            assert!(b.contains("<h1 class=\"custom-unit\">"), "{rel}: {b}");
            assert!(
                b.contains("<nav class=\"nav\""),
                "{rel}: the base template is kept"
            );
        } else {
            assert!(a == b, "{rel} changed with the theme");
        }
    }
    assert_eq!(units, 6);
}

#[test]
fn a_theme_template_replaces_only_the_unit_page() {
    let plain = snapshot(&built(&[]).path("output"));

    // themes/default/templates/unit.html over the built-in theme.
    let site = TestSite::fixture("site");
    site.write("themes/default/templates/unit.html", CUSTOM_UNIT);
    site.build(&[]).success();
    assert_only_unit_pages_differ(&plain, &snapshot(&site.path("output")));

    // --theme custom: the same, by name.
    let site = TestSite::fixture("site");
    site.write("themes/custom/templates/unit.html", CUSTOM_UNIT);
    site.build(&["--theme", "custom"]).success();
    assert_only_unit_pages_differ(&plain, &snapshot(&site.path("output")));
}

// ---------------------------------------------------------------------------------------------
// 8. Determinism.

/// Days since 1970-01-01 → (year, month, day), proleptic Gregorian (H. Hinnant's civil_from_days).
fn civil(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

#[test]
fn civil_dates() {
    assert_eq!(civil(0), (1970, 1, 1));
    assert_eq!(civil(20_454), (2026, 1, 1));
    assert_eq!(civil(19_417), (2023, 3, 1));
}

#[test]
fn builds_are_byte_identical_and_free_of_the_clock() {
    // Two copies in two temporary folders: neither the path nor the moment may show.
    let a = built(&[]);
    let b = built(&[]);
    let (sa, sb) = (snapshot(&a.path("output")), snapshot(&b.path("output")));
    let names = |s: &[(String, Vec<u8>)]| s.iter().map(|(n, _)| n.clone()).collect::<Vec<_>>();
    assert_eq!(names(&sa), names(&sb));
    for ((rel, x), (_, y)) in sa.iter().zip(&sb) {
        assert!(x == y, "{rel} differs between two builds");
    }
    // A rebuild over its own output gives the same bytes again.
    a.build(&[]).success();
    assert!(
        snapshot(&a.path("output")) == sa,
        "a rebuild changed the output"
    );

    // Today (and the days either side, for any time zone) in every form a page writes a date.
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .expect("clock after 1970")
        .as_secs() as i64;
    let content: String = files(&a.path("content"))
        .iter()
        .map(|f| a.read(&format!("content/{f}")))
        .collect();
    let site_root = a.root().to_string_lossy().into_owned();
    for day in [-1, 0, 1] {
        let (y, m, d) = civil(now.div_euclid(86_400) + day);
        for form in [
            format!("{y}-{m:02}-{d:02}"),
            format!("{y}年{m}月{d}日"),
            format!("{y}/{m:02}/{d:02}"),
        ] {
            // A date the fixture itself holds may rightly appear (a test run on that day).
            if content.contains(&form) {
                continue;
            }
            for (rel, bytes) in &sa {
                let s = String::from_utf8_lossy(bytes);
                assert!(!s.contains(&form), "{rel} contains today's date {form}");
                assert!(!s.contains(&site_root), "{rel} contains the site's path");
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// 9. No other host.

/// Links the fixture's authors wrote in Markdown: the only ones that may leave the site.
const AUTHOR_LINKS: &[&str] = &[
    "https://www.example.org/plan.html",
    "https://data.example.org/dongcheng",
];

fn assert_no_other_host(out: &Path) {
    let foreign = |v: &str| {
        let v = v.trim().to_ascii_lowercase();
        v.starts_with("http://") || v.starts_with("https://") || v.starts_with("//")
    };
    let mut authored: BTreeSet<String> = BTreeSet::new();
    for rel in files(out) {
        if rel.ends_with(".css") || rel.ends_with(".js") {
            let s = std::fs::read_to_string(out.join(&rel)).expect("read");
            assert!(
                !s.contains("http://") && !s.contains("https://"),
                "{rel} names a host"
            );
        }
        if !rel.ends_with(".html") {
            continue;
        }
        let html = std::fs::read_to_string(out.join(&rel)).expect("read page");
        for tag in tags(&html) {
            for (key, value) in &tag.attrs {
                let url_attr = matches!(
                    key.as_str(),
                    "href"
                        | "src"
                        | "srcset"
                        | "action"
                        | "poster"
                        | "data"
                        | "xlink:href"
                        | "data-index"
                );
                if !url_attr || !foreign(value) {
                    continue;
                }
                assert!(
                    tag.name == "a" && AUTHOR_LINKS.iter().any(|a| a == value),
                    "{rel}: <{} {key}=\"{value}\"> references another host",
                    tag.name
                );
                authored.insert(value.clone());
            }
        }
    }
    // The authors' own links are kept as written.
    assert_eq!(
        authored,
        AUTHOR_LINKS.iter().map(|s| s.to_string()).collect()
    );
}

#[test]
fn pages_reference_no_other_host() {
    assert_no_other_host(&built(&[]).path("output"));
    // Not even the site's own host when base_url is absolute: pages link by path.
    assert_no_other_host(&built(&["--base-url", "https://example.gov.cn/bxgc/"]).path("output"));
}

#[test]
fn a_template_syntax_error_points_at_the_template() {
    let site = crate::support::TestSite::fixture("site");
    site.write(
        "themes/default/templates/page.html",
        "{% extends \"base.html\" %}\n{% block content %}{{ page.title }{% endblock content %}\n",
    );
    let run = site.build(&[]);
    assert_eq!(run.code, 1, "{run:?}");
    assert!(
        run.stderr
            .starts_with("themes/default/templates/page.html:2:34: error: template error: "),
        "{}",
        run.stderr
    );
}

#[test]
fn a_template_render_error_points_at_its_line_and_column_once() {
    let site = crate::support::TestSite::fixture("site");
    site.write(
        "themes/default/templates/page.html",
        "{% extends \"base.html\" %}\n{% block content %}\n<p>{{ page.nosuch.x }}</p>{% endblock content %}\n",
    );
    let run = site.build(&[]);
    assert_eq!(run.code, 1, "{run:?}");
    let first = run.stderr.lines().next().unwrap_or("");
    assert_eq!(
        first,
        "themes/default/templates/page.html:3:12: error: template error: Field `nosuch` is not defined. Available fields: body, date, headings, source, title"
    );
    assert!(
        run.stderr.contains("  |            ^^^^^^\n"),
        "{}",
        run.stderr
    );
    assert!(!run.stderr.contains("error: error:"), "{}", run.stderr);
}
