//! Issue 12: an English site (`tests/fixtures/english/`, the minimal site in English) prints
//! English punctuation between labels and values, never the full-width `：（）、，。` of Chinese.

use crate::support::TestSite;

#[test]
fn an_english_site_has_no_chinese_punctuation() {
    let site = TestSite::fixture("english");
    let run = site.build(&[]);
    assert_eq!(run.code, 0, "{run:?}");
    let peer = site.read("output/units/peer/index.html");
    assert!(
        peer.contains("Supervising body: Other County</p>"),
        "{peer}"
    );
    let north = site.read("output/units/north/index.html");
    assert!(
        north.contains("Industrial output<span class=\"measure\"> (100M yuan)</span>"),
        "{north}"
    );
    let mut checked = 0;
    for (path, bytes) in crate::common::snapshot(&site.path("output")) {
        if !path.ends_with(".html") {
            continue;
        }
        let text = String::from_utf8_lossy(&bytes);
        let bad: Vec<char> = text
            .chars()
            .filter(|c| "：（）、，。".contains(*c))
            .collect();
        assert!(bad.is_empty(), "{path} has {bad:?}");
        checked += 1;
    }
    assert!(checked > 15, "only {checked} pages");
}

/// English puts a space between a name or a number and the words after it, where Chinese puts
/// none: "Audit Bureau behind by 36 cases", not "Audit Bureaubehind by 36cases".
#[test]
fn an_english_site_spaces_names_numbers_and_measures() {
    let site = TestSite::fixture("english");
    site.build(&[]).success();
    let pairs = site.read("output/pairs/index.html");
    assert!(
        pairs.contains(r#"<span class="verdict worse">Audit Bureau behind by 36 cases</span>"#),
        "{pairs}"
    );
    assert!(pairs.contains("North ahead by 12.0 100M yuan"), "{pairs}");
    let north = site.read("output/units/north/index.html");
    assert!(north.contains(">ahead by 12.0 100M yuan<"), "{north}");
}
