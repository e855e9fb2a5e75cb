//! The fixture's charts, feed and sitemap, a theme's template, byte-identical rebuilds free of
//! the clock, no other host, and template errors at their place.

use super::*;

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
