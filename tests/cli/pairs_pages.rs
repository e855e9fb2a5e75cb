//! /pairs/ of a campaign larger than one page: 100 pairs a page, then /pairs/page/2/, …, with a
//! pager naming every page and the first and last unit it lists. A smaller campaign keeps one
//! page and no pager (the `site` fixture checks that).

use crate::support::TestSite;

/// A campaign of `n` towns, each paired with the next one (`common::write_campaign`).
fn campaign(n: usize) -> TestSite {
    let site = TestSite::empty();
    crate::common::write_campaign(&site.path("content"), n);
    site
}

/// How many pairs a page lists.
fn pairs_on(html: &str) -> usize {
    html.matches(r#"<section class="pair card">"#).count()
}

#[test]
fn a_large_campaign_lists_its_pairs_a_hundred_to_a_page() {
    let site = campaign(230);
    site.build(&[]).success();
    let first = site.read("output/pairs/index.html");
    let second = site.read("output/pairs/page/2/index.html");
    let third = site.read("output/pairs/page/3/index.html");
    assert!(!site.path("output/pairs/page/4").exists());
    assert!(!site.path("output/pairs/page/1").exists());
    assert_eq!(
        [pairs_on(&first), pairs_on(&second), pairs_on(&third)],
        [100, 100, 30]
    );
    // In unit order: the first page starts with the first unit, the last ends with the last.
    assert!(first.contains(r#"<h3><a href="/units/u001/">第1鎮</a>"#));
    assert!(!first.contains(r#"<h3><a href="/units/u101/">"#));
    assert!(second.contains(r#"<h3><a href="/units/u101/">第101鎮</a>"#));
    assert!(third.contains(r#"<h3><a href="/units/u230/">第230鎮</a>"#));

    // Each page names its place, in its title too, and steps to its neighbours only.
    assert!(first.contains("<title>結對比拼 · 第 1 頁 · 大縣比學趕超</title>"));
    assert!(second.contains("<title>結對比拼 · 第 2 頁 · 大縣比學趕超</title>"));
    assert!(second.contains("第 2 頁，共 3 頁"));
    assert!(!first.contains(r#"rel="prev""#));
    assert!(first.contains(r#"<a href="/pairs/page/2/" rel="next">"#));
    assert!(second.contains(r#"<a href="/pairs/" rel="prev">"#));
    assert!(second.contains(r#"<a href="/pairs/page/3/" rel="next">"#));
    assert!(third.contains(r#"<a href="/pairs/page/2/" rel="prev">"#));
    assert!(!third.contains(r#"rel="next""#));
    // Every page lists all three, marks its own (not by colour alone: aria-current and bold),
    // and says which units each holds.
    let link = |url: &str, n: usize, current: bool, units: &str| {
        let mark = if current {
            r#" aria-current="page""#
        } else {
            ""
        };
        format!(r#"<li><a href="{url}"{mark}>第 {n} 頁</a> <span class="meta">{units}</span></li>"#)
    };
    let urls = ["/pairs/", "/pairs/page/2/", "/pairs/page/3/"];
    let units = ["第1鎮 – 第100鎮", "第101鎮 – 第200鎮", "第201鎮 – 第230鎮"];
    for (k, page) in [&first, &second, &third].into_iter().enumerate() {
        assert_eq!(page.matches(r#"aria-current="page">第"#).count(), 1);
        for (i, (url, units)) in urls.iter().zip(units).enumerate() {
            let want = link(url, i + 1, i == k, units);
            assert!(page.contains(&want), "page {}: no {want}", k + 1);
        }
    }

    let sitemap = site.read("output/sitemap.xml");
    assert!(sitemap.contains("/pairs/page/2/</loc>"), "{sitemap}");
    assert!(sitemap.contains("/pairs/page/3/</loc>"));
}

#[test]
fn a_campaign_of_one_page_has_no_pager() {
    let site = campaign(100);
    site.build(&[]).success();
    let page = site.read("output/pairs/index.html");
    assert_eq!(pairs_on(&page), 100);
    assert!(!page.contains("list-pager"));
    assert!(page.contains("<title>結對比拼 · 大縣比學趕超</title>"));
    assert!(!site.path("output/pairs/page").exists());
}

#[test]
fn pairs_pages_that_are_no_longer_made_are_removed() {
    let site = campaign(230);
    site.build(&[]).success();
    assert!(site.path("output/pairs/page/3/index.html").is_file());
    for i in 201..=230 {
        std::fs::remove_dir_all(site.path(&format!("content/units/u{i:03}")))
            .expect("remove a unit");
    }
    // Withdrawn in plain sight (published.lock would otherwise refuse it).
    site.remove("published.lock");
    // The last remaining unit was paired with u201; pair it with the first instead.
    site.write(
        "content/units/u200/unit.yaml",
        "name: 第200鎮\ncategory: town\nbenchmarks:\n  internal: u001\ntargets:\n  2026: {output: 120}\n",
    );
    site.build(&[]).success();
    assert!(site.path("output/pairs/page/2/index.html").is_file());
    assert!(!site.path("output/pairs/page/3").exists());
    assert!(
        !site
            .read("output/pairs/page/2/index.html")
            .contains(r#"rel="next""#)
    );
}
