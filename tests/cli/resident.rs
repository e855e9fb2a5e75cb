//! Issue 14: what a resident reads agrees with the figures. A site built here has one indicator
//! per direction × aggregate; `fast` is ahead on every one, `slow` behind, and `gone` missed
//! March. Each test reads one indicator's row of the rendered unit page and checks that the
//! status, the pace words, the benchmark gap and 同比 all point the same way as the figures,
//! worked out by hand below (target 120 everywhere, March: t = 0.25, E = 30 for sum and
//! cumulative, E = 120 for level and mean; tolerance 0.05).

use crate::support::TestSite;

const COMBOS: [(&str, &str); 8] = [
    ("up", "sum"),
    ("up", "cumulative"),
    ("up", "level"),
    ("up", "mean"),
    ("down", "sum"),
    ("down", "cumulative"),
    ("down", "level"),
    ("down", "mean"),
];

/// Monthly values of `unit` for indicator (direction, aggregate), months 1–3 of 2026.
fn values(unit: &str, dir: &str, agg: &str) -> [f64; 3] {
    let fast = unit == "fast";
    match (agg, dir, fast) {
        // YTD 36 against E 30: 6 ahead (up) or 6 behind (down).
        ("sum", "up", true) | ("sum", "down", false) => [12.0, 12.0, 12.0],
        // YTD 24 against E 30.
        ("sum", "up", false) | ("sum", "down", true) => [8.0, 8.0, 8.0],
        ("cumulative", "up", true) | ("cumulative", "down", false) => [10.0, 20.0, 36.0],
        ("cumulative", "up", false) | ("cumulative", "down", true) => [8.0, 16.0, 24.0],
        // Level/mean against the target 120: 126 (6 over) or 108/132 (12 off).
        (_, "up", true) => [126.0, 126.0, 126.0],
        (_, "down", true) => [114.0, 114.0, 114.0],
        (_, "up", false) => [108.0, 108.0, 108.0],
        _ => [132.0, 132.0, 132.0],
    }
}

fn site() -> TestSite {
    let site = TestSite::empty().speaking("zh-Hant");
    site.write(
        "content/site.yaml",
        "title: 測試市\noffice: 辦公室\nlanguage: zh-Hant\nscoring:\n  cap: 1.5\n  tolerance: 0.05\n",
    );
    let mut cat = String::from("name: 鎮\nindicators:\n");
    let mut targets = String::new();
    for (d, a) in COMBOS {
        cat.push_str(&format!(
            "  - id: {d}-{a}\n    name: 指標{d}{a}\n    dimension: results\n    measure: 件\n    \
             direction: {d}\n    aggregate: {a}\n    decimals: 0\n"
        ));
        targets.push_str(&format!("{d}-{a}: 120, "));
    }
    site.write("content/categories/town.yaml", &cat);
    // A second category whose id sorts first but whose `order` puts it after the towns.
    site.write(
        "content/categories/aaa.yaml",
        "name: 部門\norder: 5\nindicators:\n  - id: n\n    name: 件數\n    dimension: results\n",
    );
    site.write(
        "content/units/office/unit.yaml",
        "name: 辦公室\ncategory: aaa\ntargets:\n  2025: {n: 12}\n  2026: {n: 12}\n",
    );
    for m in 1..=3u32 {
        site.write(
            &format!("content/units/office/2026-{m:02}.md"),
            "---\nvalues:\n  n: 1\n---\n",
        );
    }
    for (id, bench) in [("fast", "slow"), ("slow", "fast"), ("gone", "fast")] {
        site.write(
            &format!("content/units/{id}/unit.yaml"),
            &format!(
                "name: {id}鎮\ncategory: town\nbenchmarks:\n  internal: {bench}\n\
                 targets:\n  2025: {{{targets}}}\n  2026: {{{targets}}}\n"
            ),
        );
        for m in 1..=3u32 {
            if id == "gone" && m == 3 {
                continue;
            }
            let mut body = String::from("---\nvalues:\n");
            for (d, a) in COMBOS {
                let v = values(if id == "gone" { "slow" } else { id }, d, a)[m as usize - 1];
                body.push_str(&format!("  {d}-{a}: {v}\n"));
            }
            body.push_str("---\n本月總結。\n");
            site.write(&format!("content/units/{id}/2026-{m:02}.md"), &body);
            // Last year `fast` reported half as much: 同比 +100 %, good news only when up.
            if id == "fast" {
                let mut last = String::from("---\nvalues:\n");
                for (d, a) in COMBOS {
                    let v = values("fast", d, a)[m as usize - 1] / 2.0;
                    last.push_str(&format!("  {d}-{a}: {v}\n"));
                }
                last.push_str("---\n去年。\n");
                site.write(&format!("content/units/{id}/2025-{m:02}.md"), &last);
            }
        }
    }
    site.build(&[]).success();
    site
}

/// The `<tr>` of indicator `d`-`a` in a page's indicator table.
fn row(html: &str, d: &str, a: &str) -> String {
    let name = format!("指標{d}{a}<");
    let at = html
        .find(&format!("<th scope=\"row\">{name}"))
        .unwrap_or_else(|| panic!("no row for {d}-{a}"));
    let end = html[at..].find("</tr>").expect("the row ends") + at;
    html[at..end].to_owned()
}

fn check_combo(d: &str, a: &str) {
    let site = site();
    let fast = site.read("output/units/fast/index.html");
    let slow = site.read("output/units/slow/index.html");
    let (fr, sr) = (row(&fast, d, a), row(&slow, d, a));
    let timed = a == "sum" || a == "cumulative";
    // Status and the pace words agree, in the indicator's own terms.
    if timed {
        assert!(fr.contains("status-ahead") && fr.contains("超序時"), "{fr}");
        assert!(fr.contains("verdict better\">快 6件"), "{fr}");
        assert!(fr.contains("序時目標 30件"), "{fr}");
        assert!(sr.contains("status-behind") && sr.contains("滯後"), "{sr}");
        assert!(sr.contains("verdict worse\">慢 6件"), "{sr}");
    } else {
        assert!(
            fr.contains("status-ahead") && fr.contains("已達目標"),
            "{fr}"
        );
        assert!(fr.contains("verdict better\">優於目標 6件"), "{fr}");
        assert!(fr.contains("年度目標 120件"), "{fr}");
        assert!(
            sr.contains("status-behind") && sr.contains("未達目標"),
            "{sr}"
        );
        assert!(sr.contains("verdict worse\">距目標差 12件"), "{sr}");
        assert!(!fr.contains("序時目標"), "{fr}");
    }
    for r in [&fr, &sr] {
        assert!(!r.contains("完成率"), "{r}");
    }
    // Each against the other: the leader 領先, the other 落後, by the same amount.
    assert!(fr.contains("verdict better\">領先 "), "{fr}");
    assert!(sr.contains("verdict worse\">落後 "), "{sr}");
    // 同比 +100 %: better when more is better, worse when less is.
    let (class, word) = if d == "up" {
        ("better", "好轉")
    } else {
        ("worse", "變差")
    };
    assert!(
        fr.contains(&format!("verdict {class}\">+100.0% {word}")),
        "{fr}"
    );
}

#[test]
fn up_sum_reads_as_its_figures() {
    check_combo("up", "sum");
}

#[test]
fn up_cumulative_reads_as_its_figures() {
    check_combo("up", "cumulative");
}

#[test]
fn up_level_reads_as_its_figures() {
    check_combo("up", "level");
}

#[test]
fn up_mean_reads_as_its_figures() {
    check_combo("up", "mean");
}

#[test]
fn down_sum_reads_as_its_figures() {
    check_combo("down", "sum");
}

#[test]
fn down_cumulative_reads_as_its_figures() {
    check_combo("down", "cumulative");
}

#[test]
fn down_level_reads_as_its_figures() {
    check_combo("down", "level");
}

#[test]
fn down_mean_reads_as_its_figures() {
    check_combo("down", "mean");
}

#[test]
fn a_missing_month_says_not_reported_on_the_unit_page_rankings_and_pairs() {
    let site = site();
    let unit = site.read("output/units/gone/index.html");
    assert!(unit.contains("未報送"), "unit page");
    assert!(
        unit.contains("最近一次報送為2026年2月"),
        "unit page names the last report"
    );
    // Each progress chart: March's row of its data says so, and the words under it are of
    // February, the last month reported.
    let march = "<tr><th scope=\"row\">2026年3月</th><td class=\"num\">未報送</td>";
    assert_eq!(unit.matches(march).count(), COMBOS.len(), "chart data rows");
    assert_eq!(
        unit.matches("<p class=\"chart-desc\">2026年2月").count(),
        COMBOS.len(),
        "chart words"
    );
    let fast = site.read("output/units/fast/index.html");
    assert!(!fast.contains("未報送"), "a unit that reported");
    let rankings = site.read("output/rankings/index.html");
    let gone_row = row_of(&rankings, "gone鎮");
    assert!(gone_row.contains("未報送"), "{gone_row}");
    assert!(!row_of(&rankings, "fast鎮").contains("未報送"));
    let pairs = site.read("output/pairs/index.html");
    let card = pairs
        .split("<section class=\"pair card\">")
        .find(|c| c.contains("units/gone/\">gone鎮</a>\n"))
        .or_else(|| {
            pairs
                .split("<section class=\"pair card\">")
                .find(|c| c.trim_start().starts_with("<h3><a href=\"/units/gone/\""))
        })
        .expect("a pair card for gone");
    assert!(card.contains("未報送"), "{card}");
    assert!(card.contains("2026年2月"), "{card}");
}

/// The table row that links the unit named `name`.
fn row_of(html: &str, name: &str) -> String {
    let at = html
        .find(&format!(">{name}</a>"))
        .unwrap_or_else(|| panic!("no row for {name}"));
    let start = html[..at].rfind("<tr>").expect("a row");
    let end = html[at..].find("</tr>").expect("the row ends") + at;
    html[start..end].to_owned()
}

#[test]
fn the_verdict_line_counts_what_the_table_shows_and_towns_come_first() {
    let site = site();
    let fast = site.read("output/units/fast/index.html");
    let line = between(&fast, "<p class=\"verdict-line\">", "</p>");
    for part in [
        "3月",
        "鎮第1/3名",
        "8項指標中8項快於序時或達標",
        "對標slow鎮8項領先",
    ] {
        assert!(line.contains(part), "{part} not in {line}");
    }
    let slow = site.read("output/units/slow/index.html");
    let line = between(&slow, "<p class=\"verdict-line\">", "</p>");
    for part in ["8項指標中0項快於序時或達標", "對標fast鎮0項領先"] {
        assert!(line.contains(part), "{part} not in {line}");
    }
    assert!(slow.contains("href=\"/methodology/\">計分方法</a>"));
    let home = site.read("output/index.html");
    let picker = between(&home, "<section class=\"picker\"", "</section>");
    let (town, dept) = (picker.find("<h3>鎮</h3>"), picker.find("<h3>部門</h3>"));
    assert!(town.is_some() && dept.is_some() && town < dept, "{picker}");
    assert!(
        picker.find(">fast鎮<") < picker.find(">slow鎮<"),
        "best first"
    );
    assert!(between(&picker, ">gone鎮<", "</li>").contains("未報送"));
}

/// The text between the first `from` and the next `to`.
fn between(html: &str, from: &str, to: &str) -> String {
    let at = html.find(from).unwrap_or_else(|| panic!("no {from}")) + from.len();
    let end = html[at..].find(to).map_or(html.len(), |e| at + e);
    html[at..end].to_owned()
}
