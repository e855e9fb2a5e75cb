//! `tests/fixtures/minimal/`: two categories, an external peer, a tie, a down indicator, a mean
//! and a cumulative one, a missed month, last year's figures for growth and a draft month. Its
//! open data is compared with figures worked out by hand in `minimal/figures.rs`.

mod figures;

use crate::support::{TestSite, read_json};
use serde_json::{Value, json};
use std::path::Path;

/// Figures compared exactly (published rounded, or whole numbers); every other number within a
/// relative 1e-9, as the conformance comparison allows.
const EXACT: &[&str] = &["score", "rank", "movement"];

/// Compares a built JSON file with the expected one: the same keys everywhere (nothing missing,
/// nothing extra), the same array lengths, text and null exactly, numbers as above.
fn assert_figures(name: &str, got: &Value, want: &Value) {
    let mut problems = Vec::new();
    diff("", false, got, want, &mut problems);
    assert!(
        problems.is_empty(),
        "{name}: {} differences:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

fn diff(at: &str, exact: bool, got: &Value, want: &Value, out: &mut Vec<String>) {
    match (got, want) {
        (Value::Object(g), Value::Object(w)) => {
            for k in w.keys().filter(|k| !g.contains_key(*k)) {
                out.push(format!("{at}.{k}: missing"));
            }
            for k in g.keys().filter(|k| !w.contains_key(*k)) {
                out.push(format!("{at}.{k}: not expected ({})", g[k]));
            }
            for (k, wv) in w {
                if let Some(gv) = g.get(k) {
                    let exact = exact || EXACT.contains(&k.as_str()) || k == "dimensions";
                    diff(&format!("{at}.{k}"), exact, gv, wv, out);
                }
            }
        }
        (Value::Array(g), Value::Array(w)) => {
            if g.len() != w.len() {
                out.push(format!(
                    "{at}: {} items, expected {}: {got}",
                    g.len(),
                    w.len()
                ));
                return;
            }
            for (i, (gv, wv)) in g.iter().zip(w).enumerate() {
                // Name rows by their unit or id, so a message says which figure differs.
                let label = wv
                    .get("unit")
                    .or_else(|| wv.get("id"))
                    .or_else(|| wv.get("category"))
                    .and_then(Value::as_str)
                    .map_or_else(|| i.to_string(), str::to_owned);
                diff(&format!("{at}[{label}]"), exact, gv, wv, out);
            }
        }
        (Value::Number(g), Value::Number(w)) => {
            let (x, y) = (g.as_f64().unwrap(), w.as_f64().unwrap());
            let ok = if exact {
                x == y
            } else {
                (x - y).abs() <= f64::max(1e-9 * f64::max(x.abs(), y.abs()), 1e-9)
            };
            if !ok {
                out.push(format!("{at}: {got}, expected {want}"));
            }
        }
        _ => {
            if got != want {
                out.push(format!("{at}: {got}, expected {want}"));
            }
        }
    }
}

/// data/index.json, by hand: categories and units by id, the visit, the published months.
fn index(periods: &[&str]) -> Value {
    json!({
        "title": "示例縣比學趕超",
        "periods": periods,
        "categories": [
            {"id": "dept", "name": "部門", "indicators": ["approvals", "wait-days"]},
            {"id": "town", "name": "鎮", "indicators": ["output", "complaints"]},
        ],
        "units": [
            {"id": "audit", "name": "審計局", "category": "dept", "external": false, "from": null, "until": null, "merged_into": null},
            {"id": "north", "name": "北鎮", "category": "town", "external": false, "from": null, "until": null, "merged_into": null},
            {"id": "peer", "name": "外縣鎮", "category": "town", "external": true, "from": null, "until": null, "merged_into": null},
            {"id": "permits", "name": "審批局", "category": "dept", "external": false, "from": null, "until": null, "merged_into": null},
            {"id": "south", "name": "南鎮", "category": "town", "external": false, "from": null, "until": null, "merged_into": null},
        ],
        "visits": [
            {"date": "2026-03-12", "host": "north", "visitors": ["south"], "kind": "study",
             "title": "南鎮赴北鎮考察學習"},
        ],
    })
}

/// The CSV rows after the header, as the rankings in `figures.rs` give them (categories by id,
/// then rank; an absent movement is an empty field; CRLF line ends).
fn csv(rows: &[&str]) -> String {
    let mut out = String::from("period,category,rank,unit,name,score,movement\r\n");
    for r in rows {
        out.push_str(r);
        out.push_str("\r\n");
    }
    out
}

fn csv_2025_01() -> String {
    csv(&[
        "2025-01,dept,1,audit,審計局,95.67,",
        "2025-01,dept,2,permits,審批局,0,",
    ])
}

fn csv_2026_01() -> String {
    csv(&[
        "2026-01,dept,1,audit,審計局,99.44,",
        "2026-01,dept,2,permits,審批局,87.5,",
        "2026-01,town,1,north,北鎮,127.5,",
        "2026-01,town,2,south,南鎮,97.5,",
    ])
}

fn csv_2026_02() -> String {
    csv(&[
        "2026-02,dept,1,audit,審計局,107.5,0",
        "2026-02,dept,2,permits,審批局,102.5,0",
        "2026-02,town,1,north,北鎮,112.08,0",
        "2026-02,town,2,south,南鎮,67.5,0",
    ])
}

fn csv_2026_03() -> String {
    csv(&[
        "2026-03,dept,1,permits,審批局,115,1",
        "2026-03,dept,2,audit,審計局,94.44,-1",
        "2026-03,town,1,north,北鎮,105,0",
        "2026-03,town,1,south,南鎮,105,1",
    ])
}

fn csv_2026_04() -> String {
    csv(&[
        "2026-04,dept,1,permits,審批局,101.25,0",
        "2026-04,dept,2,audit,審計局,81.94,0",
        "2026-04,town,1,north,北鎮,110.21,0",
        "2026-04,town,2,south,南鎮,87.5,-1",
    ])
}

/// The file names in `dir`, sorted.
fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("read data/")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

fn assert_month(data: &Path, period: &str, want: Value, want_csv: String) {
    let got = read_json(&data.join(format!("{period}.json")));
    assert_figures(&format!("{period}.json"), &got, &want);
    let got_csv = std::fs::read_to_string(data.join(format!("{period}.csv"))).expect("read CSV");
    // Every CSV starts with a byte-order mark (SPEC §18).
    assert_eq!(got_csv, format!("\u{feff}{want_csv}"), "{period}.csv");
}

#[test]
fn open_data_matches_the_figures_worked_by_hand() {
    let site = TestSite::fixture("minimal");
    let run = site.build(&[]);
    run.success();
    // The fixture's base_url is the default `/`: the build warns that the feed and sitemap
    // need an address, and says nothing else.
    assert_eq!(
        run.stderr,
        "warning: base_url `/` is a path, so feed.xml and sitemap.xml carry links without a host that feed readers and search engines cannot follow\n  = help: set `base_url: https://…` in content/site.yaml, or build with --base-url https://…/ when you publish\n"
    );
    let absolute = site.build(&["--base-url", "https://bxgc.example.gov.cn/"]);
    absolute.success();
    assert_eq!(absolute.stderr, "");
    let bad = site.build(&["--base-url", "bxgc.example.gov.cn"]);
    assert_eq!(bad.code, 2);
    assert!(
        bad.stderr
            .contains("help: write `--base-url https://bxgc.example.gov.cn/`"),
        "{}",
        bad.stderr
    );
    let site = TestSite::fixture("minimal");
    site.build(&[]).success();
    let data = site.path("output/data");
    // A JSON and two CSVs per published month (SPEC §11, §18), the site-wide files and the
    // /data/ page; 2026-04 has only a draft and is not published.
    assert_eq!(
        names(&data),
        [
            "2025-01-indicators.csv",
            "2025-01.csv",
            "2025-01.json",
            "2026-01-indicators.csv",
            "2026-01.csv",
            "2026-01.json",
            "2026-02-indicators.csv",
            "2026-02.csv",
            "2026-02.json",
            "2026-03-indicators.csv",
            "2026-03.csv",
            "2026-03.json",
            "awards.csv",
            "corrections.json",
            "index.html",
            "index.json",
            "indicators.csv",
            "surveys.csv",
            "targets.csv"
        ]
    );
    let periods = ["2025-01", "2026-01", "2026-02", "2026-03"];
    assert_eq!(read_json(&data.join("index.json")), index(&periods));
    assert_month(&data, "2025-01", figures::m2025_01(), csv_2025_01());
    assert_month(&data, "2026-01", figures::m2026_01(), csv_2026_01());
    assert_month(&data, "2026-02", figures::m2026_02(), csv_2026_02());
    assert_month(&data, "2026-03", figures::m2026_03(), csv_2026_03());
    // content/static/ is copied to the output root as it is.
    assert_eq!(
        site.read("output/extra.css"),
        site.read("content/static/extra.css")
    );
}

#[test]
fn drafts_add_the_draft_month_and_change_nothing_before_it() {
    let site = TestSite::fixture("minimal");
    site.build(&["--drafts"]).success();
    let data = site.path("output/data");
    let periods = ["2025-01", "2026-01", "2026-02", "2026-03", "2026-04"];
    assert_eq!(read_json(&data.join("index.json")), index(&periods));
    assert_month(&data, "2025-01", figures::m2025_01(), csv_2025_01());
    assert_month(&data, "2026-01", figures::m2026_01(), csv_2026_01());
    assert_month(&data, "2026-02", figures::m2026_02(), csv_2026_02());
    assert_month(&data, "2026-03", figures::m2026_03(), csv_2026_03());
    assert_month(&data, "2026-04", figures::m2026_04(), csv_2026_04());
}

#[test]
fn check_accepts_the_site_and_writes_nothing() {
    let site = TestSite::fixture("minimal");
    let run = site.check();
    run.success();
    assert_eq!(run.stderr, "");
    assert!(!site.path("output").exists());
}

/// The comparison itself: a figure off by more than 1e-9, a wrong status and an extra key are
/// each caught, and the rounded score is compared exactly.
#[test]
fn the_comparison_catches_differences() {
    let want = figures::m2026_03();
    let mut got = want.clone();
    got["units"][1]["indicators"][0]["pace"] = json!(1.0 + 1e-8);
    got["units"][1]["indicators"][1]["status"] = json!("near");
    got["units"][1]["indicators"][1]["extra"] = json!(1);
    got["rankings"][1]["entries"][0]["score"] = json!(105.0 + 1e-12);
    let mut problems = Vec::new();
    diff("", false, &got, &want, &mut problems);
    assert_eq!(problems.len(), 4, "{problems:#?}");
    assert!(problems[0].contains("[north]"), "{problems:#?}");
}

/// `check` holds the public site and the site with drafts each to every rule: a published
/// bulletin showing a month that only a draft report opens fails in the public build alone.
/// (Without a draft anywhere the two are one site, checked once.)
#[test]
fn check_finds_what_only_the_public_site_lacks() {
    let site = TestSite::fixture("minimal");
    let bulletin = site.read("content/bulletins/2026-01.md");
    site.write(
        "content/bulletins/2026-01.md",
        &format!("{bulletin}\n{{{{ ranking(category=\"town\", period=\"2026-04\") }}}}\n"),
    );
    let run = site.check();
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains("content/bulletins/2026-01.md") && run.stderr.contains("2026-04"),
        "{}",
        run.stderr
    );
    // The draft published: both sites show April, and the check passes.
    let report = site.read("content/units/north/2026-04.md");
    site.write(
        "content/units/north/2026-04.md",
        &report.replace("draft: true\n", ""),
    );
    site.check().success();
}
