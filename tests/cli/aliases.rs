//! SPEC §17's units that change: an old id redirects to the unit (meta refresh, rel=canonical,
//! a plain link), and a unit that left says when and into which unit it merged.

use crate::past_years::years_site;

#[test]
fn an_old_id_redirects_to_the_unit() {
    let site = years_site();
    site.build(&[]).success();
    let page = site.read("output/units/bureau-one/index.html");
    for part in [
        "<meta http-equiv=\"refresh\" content=\"0; url=/units/b-one/\">",
        "<link rel=\"canonical\" href=\"/units/b-one/\">",
        "<a href=\"/units/b-one/\">一局</a>",
    ] {
        assert!(page.contains(part), "no {part} in:\n{page}");
    }
    // A redirect is not a page of its own.
    assert!(!site.read("output/sitemap.xml").contains("bureau-one"));
    // Absolute where base_url is.
    site.build(&["--base-url", "https://example.org/x/"])
        .success();
    let page = site.read("output/units/bureau-one/index.html");
    assert!(
        page.contains("<link rel=\"canonical\" href=\"https://example.org/x/units/b-one/\">"),
        "{page}"
    );
}

#[test]
fn a_unit_that_left_says_when_and_into_which_unit_it_merged() {
    let site = years_site();
    site.build(&[]).success();
    let now = site.read("output/units/b-two/index.html");
    assert!(
        now.contains("本单位参加比学赶超至2025年。此后并入<a href=\"/units/b-one/\">一局</a>"),
        "{now}"
    );
    // It has no 2026 plan or figures, and links to the year it took part in.
    assert!(!now.contains("四个明确"), "{now}");
    assert!(now.contains("href=\"/units/b-two/2025/\""), "{now}");
    let last = site.read("output/units/b-two/2025/index.html");
    assert!(last.contains("此后并入"), "{last}");
    // A unit that stays says nothing of the kind.
    assert!(
        !site
            .read("output/units/b-one/index.html")
            .contains("left-notice")
    );
}
