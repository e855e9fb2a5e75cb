//! SPEC §17's corrections in the open: 更正 marks where a corrected month's figures appear,
//! /corrections/, feed entries, bulletins frozen to their date's figures and the year-end
//! review to the figures its awards were based on, each with a notice of later corrections.

use crate::past_years::years_site;
use crate::support::{TestSite, read_json};

fn page(site: &TestSite, rel: &str) -> String {
    site.read(&format!("output/{rel}"))
}

/// beta's published 2026-02 score in a build of `site`.
fn beta_score(site: &TestSite) -> String {
    let feb = read_json(&site.path("output/data/2026-02.json"));
    let street = feb["rankings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["category"] == "street")
        .unwrap();
    let beta = street["entries"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["unit"] == "beta")
        .unwrap();
    format!("{:.2}", beta["score"].as_f64().unwrap())
}

const ANCHOR: &str = "fix-2026-05-06-beta-2026-02-revenue";

#[test]
fn a_bulletin_shows_the_figures_as_of_its_date() {
    let site = years_site();
    site.build(&[]).success();
    let now = beta_score(&site);
    // The same campaign as it stood on 2026-05-05: beta's 2026-02 revenue read 0.34.
    let then_site = years_site();
    let feb = then_site
        .read("content/units/beta/2026-02.md")
        .replace("revenue: 1.59", "revenue: 0.34");
    let feb = feb.split("corrections:").next().unwrap().to_owned() + "---\n";
    then_site.write("content/units/beta/2026-02.md", &feb);
    then_site.build(&[]).success();
    let then = beta_score(&then_site);
    assert_ne!(now, then);

    // Issued the day before the correction: the old figures, and a notice linking to it.
    let before = page(&site, "bulletins/2026-01/index.html");
    assert!(
        before.contains(&format!("<td class=\"num\">{then}</td>")) || before.contains(&then),
        "{then} not in:\n{before}"
    );
    assert!(!before.contains(&now), "{before}");
    assert!(
        before.contains(&format!("href=\"/corrections/#{ANCHOR}\"")),
        "{before}"
    );
    assert!(before.contains("核定后更正"), "{before}");
    // Issued the day after: the corrected figures, no notice.
    let after = page(&site, "bulletins/2026-02/index.html");
    assert!(after.contains(&now), "{after}");
    assert!(!after.contains("correction-notice"), "{after}");
    // The feed carries the bulletin as issued.
    let feed = site.read("output/feed.xml");
    assert!(feed.contains(&then), "{feed}");
}

#[test]
fn corrections_are_marked_listed_and_in_the_feed() {
    let site = years_site();
    site.build(&[]).success();
    let list = page(&site, "corrections/index.html");
    let row = list
        .split(&format!("<tr id=\"{ANCHOR}\">"))
        .nth(1)
        .unwrap_or_else(|| panic!("no row {ANCHOR}:\n{list}"));
    let row = row.split("</tr>").next().unwrap();
    for part in [
        "2026年5月6日",
        "href=\"/units/beta/\">乙街道</a>",
        "2026年2月",
        "财政收入",
        "<del>0.34</del> → <ins>1.59</ins>",
        "核定后更正",
    ] {
        assert!(row.contains(part), "no {part} in {row}");
    }
    // The unit page marks the indicator, and the month's report carries the note.
    let beta = page(&site, "units/beta/index.html");
    assert!(
        beta.contains(&format!(
            "class=\"correction-mark\" href=\"/corrections/#{ANCHOR}\""
        )),
        "{beta}"
    );
    // The rankings of the corrected month and of the months after it in the year say so.
    for m in ["2026-02", "2026-08"] {
        let r = page(&site, &format!("rankings/{m}/index.html"));
        assert!(
            r.contains(&format!("href=\"/corrections/#{ANCHOR}\"")),
            "{m}: {r}"
        );
    }
    let jan = page(&site, "rankings/2026-01/index.html");
    assert!(!jan.contains("correction-notice"), "{jan}");
    // One feed entry, dated when the correction was made public; the feed is updated then.
    let feed = site.read("output/feed.xml");
    let doc = roxmltree::Document::parse(&feed).expect("the feed is XML");
    let entry = doc
        .descendants()
        .filter(|n| n.has_tag_name("entry"))
        .find(|e| {
            e.descendants()
                .any(|n| n.has_tag_name("id") && n.text().is_some_and(|t| t.ends_with(ANCHOR)))
        })
        .unwrap_or_else(|| panic!("no entry for the correction:\n{feed}"));
    let updated = entry
        .descendants()
        .find(|n| n.has_tag_name("updated"))
        .and_then(|n| n.text());
    assert_eq!(updated, Some("2026-05-06T00:00:00Z"));
    let content = entry
        .descendants()
        .find(|n| n.has_tag_name("content"))
        .and_then(|n| n.text())
        .unwrap_or("");
    assert!(content.contains("0.34 → 1.59"), "{content}");
    assert!(
        feed.contains("<updated>2026-05-07T00:00:00Z</updated>\n  <entry>"),
        "{feed}"
    );
}

#[test]
fn the_year_end_review_keeps_the_figures_its_awards_were_based_on() {
    let site = years_site();
    // alpha's December 2025 satisfaction, corrected after the year's awards.
    let dec = site
        .read("content/units/alpha/2025-12.md")
        .replace("  satisfaction: 88.4\n", "  satisfaction: 60\n");
    let dec = dec.replacen(
        "---\n甲",
        "corrections:\n  - date: 2026-01-20\n    note: 年报核定\n    was: {satisfaction: 88.4}\n---\n甲",
        1,
    );
    site.write("content/units/alpha/2025-12.md", &dec);
    site.build(&[]).success();
    // 109.18 is alpha's 2025-12 score as first published (conformance-years' expected data).
    let review = page(&site, "reviews/2025/index.html");
    assert!(review.contains("109.18"), "{review}");
    assert!(
        review.contains("href=\"/corrections/#fix-2026-01-20-alpha-2025-12-satisfaction\""),
        "{review}"
    );
    // Everything else shows the corrected figures, marked.
    let year = page(&site, "years/2025/index.html");
    assert!(!year.contains("109.18"), "{year}");
    let alpha = page(&site, "units/alpha/2025/index.html");
    assert!(alpha.contains("年报核定"), "{alpha}");
}
