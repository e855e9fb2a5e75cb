//! The campaign status page (SPEC §16) judged at months 2, 3, 6 and 12, and the visit counts
//! per pairing on /pairs/ (SPEC §14).

use crate::support::TestSite;

/// (process, period, state key, units named) for every row of /status/.
fn rows(site: &TestSite) -> Vec<(String, String, String, String)> {
    let html = site.read("output/status/index.html");
    let strip = |s: &str| {
        let mut out = String::new();
        let mut in_tag = false;
        for c in s.chars() {
            match c {
                '<' => in_tag = true,
                '>' => in_tag = false,
                _ if !in_tag => out.push(c),
                _ => {}
            }
        }
        out.trim().to_owned()
    };
    html.split("<tr class=\"state-")
        .skip(1)
        .map(|row| {
            let state = row.split('"').next().unwrap_or("").to_owned();
            let row = row.split("</tr>").next().unwrap_or("");
            // Each cell: from the `>` that ends its opening tag to its closing tag.
            let mut cells = Vec::new();
            let mut rest = row;
            while let Some(open) = rest.find("<t") {
                let after = &rest[open..];
                let Some(gt) = after.find('>') else { break };
                let body = &after[gt + 1..];
                let close = body.find("</t").unwrap_or(body.len());
                cells.push(strip(&body[..close]));
                rest = &body[close..];
                rest = rest.get(3..).unwrap_or("");
            }
            (
                cells[0].clone(),
                cells[1].clone(),
                state,
                cells.get(3).cloned().unwrap_or_default(),
            )
        })
        .collect()
}

fn state(
    rows: &[(String, String, String, String)],
    process: &str,
    period: &str,
) -> (String, String) {
    rows.iter()
        .find(|r| r.0.contains(process) && r.1 == period)
        .map(|r| (r.2.clone(), r.3.clone()))
        .unwrap_or_else(|| panic!("no row {process} {period} in {rows:?}"))
}

const UNITS: [&str; 6] = [
    "caizheng",
    "dongcheng",
    "nanhu",
    "shuiwu",
    "waiguo",
    "xicheng",
];

/// Every unit's report for `month`, copied from its March report.
fn report_all(site: &TestSite, month: &str) {
    for u in UNITS {
        let text = site.read(&format!("content/units/{u}/2026-03.md"));
        site.write(&format!("content/units/{u}/{month}.md"), &text);
    }
}

#[test]
fn at_month_2_only_what_is_due_is_late() {
    let site = TestSite::fixture("site");
    for u in UNITS {
        site.remove(&format!("content/units/{u}/2026-03.md"));
    }
    // The bulletin with `period: 2026-03` would point at a month no longer published.
    let b = site
        .read("content/bulletins/2026-02.md")
        .replace("period: 2026-03\n", "");
    site.write("content/bulletins/2026-02.md", &b);
    let run = site.build(&[]);
    assert_eq!(run.code, 0, "{run:?}");
    let r = rows(&site);
    assert_eq!(state(&r, "月報報送", "2026年2月").0, "done");
    // The Q1 review is already written: done even before the quarter ends.
    assert_eq!(state(&r, "季度點評", "2026年第一季度").0, "done");
    assert_eq!(state(&r, "季度進展報告", "2026年第一季度").0, "not_yet");
    assert_eq!(state(&r, "半年群眾評議", "2026年上半年").0, "not_yet");
    assert_eq!(state(&r, "半年工作簡報", "2026年上半年").0, "done");
    assert_eq!(state(&r, "年終表彰", "2026年全年").0, "not_yet");
}

#[test]
fn at_month_3_the_quarters_progress_reports_are_due_and_a_late_report_is_named() {
    let site = TestSite::fixture("site");
    site.remove("content/units/nanhu/2026-03.md");
    // Another unit's March report keeps the month published.
    let run = site.build(&[]);
    assert_eq!(run.code, 0, "{run:?}");
    let r = rows(&site);
    let (s, units) = state(&r, "月報報送", "2026年3月");
    assert_eq!((s.as_str(), units.as_str()), ("due", "南湖"));
    let (s, units) = state(&r, "季度進展報告", "2026年第一季度");
    assert_eq!(s, "due");
    // Only dongcheng wrote its Q1 report; the external peer is never asked for one.
    assert!(
        !units.contains("東城") && units.contains("西城") && !units.contains("外郭"),
        "{units}"
    );
    assert_eq!(state(&r, "季度點評", "2026年第二季度").0, "not_yet");
    // The home page lists the unit without a report for the latest month.
    let home = site.read("output/index.html");
    let missing = home
        .split("id=\"missing-h\"")
        .nth(1)
        .expect("the missing-reports section");
    assert!(missing.contains("/units/nanhu/"), "{missing}");
    let data = site.read("output/data/2026-03.json");
    assert!(
        data.contains("\"missing_reports\": [\n    \"nanhu\"\n  ]"),
        "{data}"
    );
}

#[test]
fn at_month_6_the_half_year_is_judged() {
    let site = TestSite::fixture("site");
    for m in ["2026-04", "2026-05", "2026-06"] {
        report_all(&site, m);
    }
    assert_eq!(site.build(&[]).code, 0);
    let r = rows(&site);
    assert_eq!(state(&r, "季度點評", "2026年第二季度").0, "due");
    assert_eq!(state(&r, "季度進展報告", "2026年第二季度").0, "due");
    assert_eq!(state(&r, "半年群眾評議", "2026年上半年").0, "due");
    assert_eq!(state(&r, "半年工作簡報", "2026年上半年").0, "done");
    assert_eq!(state(&r, "季度點評", "2026年第三季度").0, "not_yet");
    assert_eq!(state(&r, "年終表彰", "2026年全年").0, "not_yet");
    // The survey arrives: done.
    site.write(
        "content/reviews/2026-H1.yaml",
        "survey:\n  respondents: 800\n  scores: {dongcheng: 91.0}\n",
    );
    assert_eq!(site.build(&[]).code, 0);
    assert_eq!(
        state(&rows(&site), "半年群眾評議", "2026年上半年").0,
        "done"
    );
}

#[test]
fn at_month_12_the_year_end_needs_awards_and_rectification() {
    let site = TestSite::fixture("site");
    for m in 4..=12 {
        report_all(&site, &format!("2026-{m:02}"));
    }
    site.write(
        "content/reviews/2026.yaml",
        "awards:\n  - unit: dongcheng\n    title: 先進單位\n",
    );
    assert_eq!(site.build(&[]).code, 0);
    let r = rows(&site);
    assert_eq!(
        state(&r, "年終表彰", "2026年全年").0,
        "due",
        "awards alone are not enough"
    );
    assert_eq!(state(&r, "半年工作簡報", "2026年下半年").0, "due");
    assert_eq!(state(&r, "季度點評", "2026年第四季度").0, "due");
    site.write("content/reviews/2026.yaml", "awards:\n  - unit: dongcheng\n    title: 先進單位\nrectification:\n  nanhu: 滿意率偏低，限期整改。\n");
    assert_eq!(site.build(&[]).code, 0);
    assert_eq!(state(&rows(&site), "年終表彰", "2026年全年").0, "done");
}

#[test]
fn pairs_count_visits_either_way_this_year() {
    let site = TestSite::fixture("site");
    // A visit last year counts toward the latest visit, not this year's count.
    site.write(
        "content/visits/2025-11-02-dongcheng-to-xicheng.md",
        "---\ntitle: 東城鎮赴西城鎮回訪\nhost: xicheng\nvisitors: [dongcheng]\n---\n回訪。\n",
    );
    assert_eq!(site.build(&[]).code, 0);
    let pairs = site.read("output/pairs/index.html");
    let lines: Vec<String> = pairs
        .split("<li>")
        .filter(|l| l.contains(" ⇄ ") && l.contains("今年互訪"))
        .map(|l| {
            l.split("</li>")
                .next()
                .unwrap_or("")
                .split(" · <a")
                .next()
                .unwrap_or("")
                .to_owned()
        })
        .collect();
    let count = |pair: &str| {
        lines
            .iter()
            .find(|l| l.starts_with(pair))
            .unwrap_or_else(|| panic!("no {pair} in {lines:?}"))
            .rsplit(' ')
            .next()
            .unwrap_or("")
            .to_owned()
    };
    // xicheng visited dongcheng in March 2026 (and dongcheng xicheng in 2025).
    assert_eq!(count("東城 ⇄ 西城"), "1");
    assert_eq!(count("西城 ⇄ 東城"), "1");
    // dongcheng went to waiguo; nanhu went along, but a trip together is not a visit between them.
    assert_eq!(count("東城 ⇄ 外郭"), "1");
    assert_eq!(count("南湖 ⇄ 東城"), "0");
    assert_eq!(count("西城 ⇄ 外郭"), "0");
}
