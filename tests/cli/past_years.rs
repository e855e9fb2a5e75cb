//! SPEC §17's past years as pages: /years/, /years/<YYYY>/, /units/<unit>/<YYYY>/,
//! /pairs/<YYYY>/ and /status/<YYYY>/ for every published year before the latest, each about
//! that year (its names, plan and pairs), linked from the current pages, in the sitemap and the
//! search index, and unchanged by byte when a later year's plan changes.

use crate::site::html::check_links;
use crate::support::{TestSite, snapshot};

/// The two-year conformance campaign with what pages about a year show: a bulletin in each
/// year (two in 2026, on either side of beta's correction of 2026-02 made public on
/// 2026-05-06), a 2025 year-end review, a 2025 visit and an old id of b-one.
pub(crate) fn years_site() -> TestSite {
    let site = TestSite::fixture("conformance-years");
    site.write(
        "content/bulletins/2025-01.md",
        "---\ndate: 2025-07-10\n---\n## 上半年\n\n{{ ranking(category=\"bureau\") }}\n",
    );
    site.write(
        "content/bulletins/2026-01.md",
        "---\ndate: 2026-05-05\nperiod: 2026-02\n---\n## 二月\n\n{{ ranking(category=\"street\") }}\n\n{{ pair(unit=\"beta\") }}\n",
    );
    site.write(
        "content/bulletins/2026-02.md",
        "---\ndate: 2026-05-07\nperiod: 2026-02\n---\n## 二月\n\n{{ ranking(category=\"street\") }}\n",
    );
    site.write(
        "content/reviews/2025.yaml",
        "awards:\n  - {unit: alpha, title: 年度先進單位}\nrectification:\n  gamma: 加快進度。\n",
    );
    site.write(
        "content/visits/2025-06-12-beta-to-alpha.md",
        "---\ntitle: 乙街道赴甲街道考察\nhost: alpha\nvisitors: [beta]\n---\n考察。\n",
    );
    let b_one = site.read("content/units/b-one/unit.yaml") + "aliases: [bureau-one]\n";
    site.write("content/units/b-one/unit.yaml", &b_one);
    site
}

fn page(site: &TestSite, rel: &str) -> String {
    site.read(&format!("output/{rel}"))
}

/// The units taking part in 2025 (b-three joins in 2026).
const UNITS_2025: [&str; 9] = [
    "alpha", "b-ext", "b-one", "b-two", "beta", "delta", "epsilon", "gamma", "omega",
];

#[test]
fn every_past_year_page_exists_links_and_is_listed() {
    let site = years_site();
    site.build(&[]).success();
    let out = site.path("output");
    let mut expected: Vec<String> = [
        "years/index.html",
        "years/2025/index.html",
        "pairs/2025/index.html",
        "status/2025/index.html",
        "corrections/index.html",
    ]
    .map(String::from)
    .to_vec();
    expected.extend(UNITS_2025.map(|u| format!("units/{u}/2025/index.html")));
    for f in &expected {
        assert!(out.join(f).is_file(), "missing {f}");
    }
    // Not a year of its own before it joined, and the latest year has no archive page yet.
    assert!(!out.join("units/b-three/2025").exists());
    assert!(!out.join("years/2026").exists());
    let report = check_links(&out, "/");
    assert!(report.problems.is_empty(), "{}", report.problems.join("\n"));
    assert!(report.checked > 1000, "only {} links", report.checked);

    // The current pages link to the earlier ones.
    for (current, past) in [
        ("units/alpha/index.html", "/units/alpha/2025/"),
        ("units/b-two/index.html", "/units/b-two/2025/"),
        ("pairs/index.html", "/pairs/2025/"),
        ("status/index.html", "/status/2025/"),
        ("years/index.html", "/years/2025/"),
    ] {
        assert!(
            page(&site, current).contains(&format!("href=\"{past}\"")),
            "{current} does not link to {past}"
        );
    }
    // Every past page is in the sitemap and the unit pages in the search index.
    let sitemap = site.read("output/sitemap.xml");
    for f in &expected {
        let loc = format!("<loc>/{}</loc>", f.trim_end_matches("index.html"));
        assert!(sitemap.contains(&loc), "{loc} not in the sitemap");
    }
    let search = site.read("output/search/search-index.json");
    assert!(
        search.contains("\"url\":\"/units/b-two/2025/\""),
        "{search}"
    );
    assert!(search.contains("\"url\":\"/years/2025/\""), "{search}");
}

#[test]
fn a_page_about_a_year_shows_that_years_names_plan_and_pairs() {
    let site = years_site();
    site.build(&[]).success();
    // b-one was 一局（原） in 2025, paired with b-two; from 2026 it is 一局 with b-three.
    let old = page(&site, "units/b-one/2025/index.html");
    assert!(old.contains("<h1>一局（原）"), "{old}");
    assert!(
        old.contains("href=\"/units/b-two/2025/\">二局</a>"),
        "{old}"
    );
    assert!(old.contains("2025年12月"), "{old}");
    assert!(
        !old.contains("2026年"),
        "a 2025 page shows nothing of 2026:\n{old}"
    );
    let now = page(&site, "units/b-one/index.html");
    assert!(now.contains("<h1>一局"), "{now}");
    assert!(!now.contains("一局（原）"), "{now}");
    assert!(now.contains("href=\"/units/b-three/\">三局</a>"), "{now}");
    // alpha was paired with beta in 2025 and with gamma in 2026.
    let alpha = page(&site, "units/alpha/2025/index.html");
    assert!(
        alpha.contains("href=\"/units/beta/2025/\">乙街道</a>"),
        "{alpha}"
    );
    let pairs = page(&site, "pairs/2025/index.html");
    assert!(pairs.contains("一局（原）"), "{pairs}");
    assert!(
        !pairs.contains("三局"),
        "b-three took no part in 2025:\n{pairs}"
    );
    // The year's page: its final tables (2025-12 as published), awards, bulletin and visit.
    let year = page(&site, "years/2025/index.html");
    for part in [
        "109.18",
        "77.20",
        "年度先進單位",
        "href=\"/bulletins/2025-01/\"",
        "乙街道赴甲街道考察",
        "href=\"/status/2025/\"",
        "href=\"/rankings/2025-12/\"",
    ] {
        assert!(year.contains(part), "no {part} in:\n{year}");
    }
    // A past page's footer dates its figures by its year, not by the latest month.
    assert!(year.contains("数据截至 2025年12月"), "{year}");
    let status = page(&site, "status/2025/index.html");
    assert!(status.contains("2025年12月"), "{status}");
    // So are a 2025 month's rankings, and a bulletin on a 2025 month.
    for rel in [
        "rankings/2025-12/index.html",
        "bulletins/2025-01/index.html",
    ] {
        let p = page(&site, rel);
        assert!(
            p.contains("href=\"/units/b-one/2025/\">一局（原）</a>"),
            "{rel}:\n{p}"
        );
    }
    let now = page(&site, "rankings/2026-08/index.html");
    assert!(now.contains("href=\"/units/b-one/\">一局</a>"), "{now}");
}

/// The past years' pages of a build, path → bytes.
fn past_pages(site: &TestSite, out: &str, year: &str) -> Vec<(String, Vec<u8>)> {
    snapshot(&site.path(out))
        .into_iter()
        .filter(|(p, _)| p.contains(&format!("/{year}/")) && p.ends_with(".html"))
        .collect()
}

#[test]
fn a_later_years_plan_leaves_every_past_year_page_byte_identical() {
    let site = years_site();
    site.build(&["--output", "before"]).success();
    let before = past_pages(&site, "before", "2025");
    // years/, pairs/, status/, reviews/ and the nine units' pages.
    assert_eq!(
        before.len(),
        13,
        "{:?}",
        before.iter().map(|p| &p.0).collect::<Vec<_>>()
    );
    crate::years::open_2027(&site);
    site.build(&["--output", "after"]).success();
    let after = past_pages(&site, "after", "2025");
    assert_eq!(
        before.iter().map(|p| &p.0).collect::<Vec<_>>(),
        after.iter().map(|p| &p.0).collect::<Vec<_>>()
    );
    for ((p, a), (_, b)) in before.iter().zip(&after) {
        assert!(
            a == b,
            "{p} changed:\n{}\n---\n{}",
            String::from_utf8_lossy(a),
            String::from_utf8_lossy(b)
        );
    }
    // 2026 is now a past year, kept with gamma's 2026 name; the current page has the new one.
    let gamma = site.read("after/units/gamma/2026/index.html");
    assert!(gamma.contains("<h1>丙街道</h1>"), "{gamma}");
    let now = site.read("after/units/gamma/index.html");
    assert!(now.contains("丙街道（新）"), "{now}");
    assert!(site.path("after/years/2026/index.html").is_file());
}
