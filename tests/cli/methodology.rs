//! The methodology page (`/methodology/`) in each language: the rules of SPEC §10 as the site
//! applies them, filled with its settings and status names.

use crate::support::TestSite;

/// The methodology page of the minimal site built in `language` (its own is zh-Hant).
fn methodology(language: &str) -> String {
    let site = TestSite::fixture("minimal");
    let yaml = site.read("content/site.yaml");
    site.write(
        "content/site.yaml",
        &yaml.replace("language: zh-Hant", &format!("language: {language}")),
    );
    site.build(&[]).success();
    site.read("output/methodology/index.html")
}

/// Levels and means are judged against the target itself, not a pro-rata target to date, and
/// their statuses are named for it (SPEC §10; this sentence was once lost in a merge).
#[test]
fn statuses_of_levels_and_means_are_explained() {
    for (language, sentence) in [
        (
            "zh-Hans",
            "取最新值和取平均值的指标，状态以当前值与年度目标本身相比，不按序时折算目标，相应称为已达目标、接近目标、未达目标。",
        ),
        (
            "zh-Hant",
            "取最新值和取平均值的指標，狀態以當前值與年度目標本身相比，不按序時折算目標，相應稱為已達目標、接近目標、未達目標。",
        ),
        (
            "en",
            "For levels and means the status compares the current value with the target itself, not with a pro-rata target to date, and the same statuses read target met, near target and below target.",
        ),
    ] {
        let html = methodology(language);
        assert!(html.contains(sentence), "{language}:\n{html}");
        // The sentence closes the status rule, after the statuses of sums and totals.
        let status = html.find(sentence).unwrap_or(0);
        let rule = html[..status].rfind("<li>").unwrap_or(0);
        assert!(
            html[rule..status].contains("r ≥ 1"),
            "{language}: not in the status rule"
        );
    }
}

/// Gaps and growth are said in words by the indicator's direction (SPEC §10; this sentence, too,
/// was once lost in a merge).
#[test]
fn gaps_and_growth_are_said_by_direction() {
    for (language, sentence) in [
        (
            "zh-Hans",
            "页面按指标的方向说出差距是领先还是落后、同比是好转还是变差",
        ),
        (
            "zh-Hant",
            "頁面按指標的方向說出差距是領先還是落後、同比是好轉還是變差",
        ),
        (
            "en",
            "Pages say both in words by the indicator's direction: a gap as ahead or behind, growth as better or worse",
        ),
    ] {
        let html = methodology(language);
        assert!(html.contains(sentence), "{language}:\n{html}");
    }
}
