//! The shared conformance site (`tests/fixtures/conformance/`, copied from the spec's
//! `conformance/`): a build must agree with the figures an independent implementation computed,
//! compared exactly as the spec's `compare.py --status` compares them.

use crate::support::{TestSite, fixture_dir, read_json};
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::Path;

/// `expected/<YYYY-MM>.json` (or `expected-drafts/`), by period.
fn expected(folder: &str) -> BTreeMap<String, Value> {
    expected_in("conformance", folder)
}

/// `<fixture>/<folder>/<YYYY-MM>.json`, by period.
fn expected_in(fixture: &str, folder: &str) -> BTreeMap<String, Value> {
    let dir = fixture_dir(fixture).join(folder);
    let mut out = BTreeMap::new();
    for entry in std::fs::read_dir(&dir).expect("read the expected folder") {
        let path = entry.expect("folder entry").path();
        if path.extension().is_some_and(|e| e == "json") {
            let period = path.file_stem().unwrap().to_string_lossy().into_owned();
            out.insert(period, read_json(&path));
        }
    }
    out
}

/// compare.py's `close`: both absent, equal text, or numbers within a relative (and absolute)
/// 1e-9.
fn close(a: Option<&Value>, b: Option<&Value>) -> bool {
    let (a, b) = match (a, b) {
        (None | Some(Value::Null), None | Some(Value::Null)) => return true,
        (None | Some(Value::Null), _) | (_, None | Some(Value::Null)) => return false,
        (Some(a), Some(b)) => (a, b),
    };
    match (a.as_f64(), b.as_f64()) {
        (Some(x), Some(y)) if !a.is_string() && !b.is_string() => {
            (x - y).abs() <= f64::max(1e-9 * f64::max(x.abs(), y.abs()), 1e-9)
        }
        _ => a == b,
    }
}

/// Exact equality where compare.py uses `==` (scores, dimensions, ranks, movements): numbers
/// compare as numbers (1 == 1.0), anything else as it is.
fn same(a: Option<&Value>, b: Option<&Value>) -> bool {
    let a = a.filter(|v| !v.is_null());
    let b = b.filter(|v| !v.is_null());
    match (a, b) {
        (Some(x), Some(y)) if x.is_number() && y.is_number() => x.as_f64() == y.as_f64(),
        _ => a == b,
    }
}

/// What a comparison found: its differences, and how many figures it checked.
#[derive(Default)]
struct Tally {
    problems: Vec<String>,
    checked: usize,
}

/// Every difference between the built `data/` and the expected figures, as compare.py reports
/// them, and how many figures were checked.
fn compare(expected: &BTreeMap<String, Value>, data: &Path) -> (Vec<String>, usize) {
    let mut t = Tally {
        checked: 1,
        ..Tally::default()
    };
    let index = read_json(&data.join("index.json"));
    let periods: Vec<&str> = expected.keys().map(String::as_str).collect();
    let got_periods: Vec<&str> = index["periods"]
        .as_array()
        .map(|a| a.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    if got_periods != periods {
        t.problems
            .push(format!("index.json periods {got_periods:?} != {periods:?}"));
    }
    for (p, exp) in expected {
        t.checked += 1;
        let path = data.join(format!("{p}.json"));
        if !path.is_file() {
            t.problems.push(format!("{p}.json: missing"));
            continue;
        }
        let got = read_json(&path);
        t.checked += 1;
        if got.get("missing_reports") != exp.get("missing_reports") {
            t.problems.push(format!(
                "{p} missing_reports {} != {}",
                got["missing_reports"], exp["missing_reports"]
            ));
        }
        if !close(got.get("time_progress"), exp.get("time_progress")) {
            t.problems.push(format!(
                "{p} time_progress {} != {}",
                got["time_progress"], exp["time_progress"]
            ));
        }
        compare_rankings(p, &got, exp, &mut t);
        compare_units(p, &got, exp, &mut t);
    }
    (t.problems, t.checked)
}

/// Each category's ranking: the order of units, then each entry's rank, movement, score and
/// dimensions.
fn compare_rankings(p: &str, got: &Value, exp: &Value, t: &mut Tally) {
    let empty = Vec::new();
    let got_rankings: BTreeMap<&str, &Vec<Value>> = got["rankings"]
        .as_array()
        .unwrap_or(&empty)
        .iter()
        .map(|r| {
            (
                r["category"].as_str().unwrap_or(""),
                r["entries"].as_array().unwrap_or(&empty),
            )
        })
        .collect();
    for r in exp["rankings"].as_array().expect("expected rankings") {
        let cat = r["category"].as_str().expect("category");
        let want = r["entries"].as_array().expect("entries");
        let have = got_rankings.get(cat).copied().unwrap_or(&empty);
        let order =
            |es: &[Value]| -> Vec<String> { es.iter().map(|e| e["unit"].to_string()).collect() };
        if order(have) != order(want) {
            t.problems.push(format!(
                "{p} ranking {cat} order {:?} != {:?}",
                order(have),
                order(want)
            ));
            continue;
        }
        for (e, g) in want.iter().zip(have) {
            let unit = &e["unit"];
            for k in ["rank", "movement", "score"] {
                t.checked += 1;
                if !same(g.get(k), e.get(k)) {
                    t.problems
                        .push(format!("{p} ranking {unit} {k} {} != {}", g[k], e[k]));
                }
            }
            for (d, v) in e["dimensions"].as_object().expect("dimensions") {
                t.checked += 1;
                let gv = g.get("dimensions").and_then(|ds| ds.get(d));
                if !same(gv, Some(v)) {
                    t.problems
                        .push(format!("{p} ranking {unit} dimension {d} {gv:?} != {v}"));
                }
            }
        }
    }
}

/// Each unit's indicator rows, field by field, benchmarks included.
fn compare_units(p: &str, got: &Value, exp: &Value, t: &mut Tally) {
    let empty = Vec::new();
    let mut got_units: BTreeMap<&str, BTreeMap<&str, &Value>> = BTreeMap::new();
    for u in got["units"].as_array().unwrap_or(&empty) {
        let rows = got_units
            .entry(u["unit"].as_str().unwrap_or(""))
            .or_default();
        for i in u["indicators"].as_array().unwrap_or(&empty) {
            rows.insert(i["id"].as_str().unwrap_or(""), i);
        }
    }
    for u in exp["units"].as_array().expect("expected units") {
        let unit = u["unit"].as_str().expect("unit");
        for row in u["indicators"].as_array().expect("indicators") {
            let id = row["id"].as_str().expect("indicator id");
            let Some(g) = got_units.get(unit).and_then(|r| r.get(id)) else {
                t.problems.push(format!("{p} {unit} {id} missing"));
                continue;
            };
            for (k, v) in row.as_object().expect("indicator row") {
                if k == "benchmarks" {
                    compare_benchmarks(&format!("{p} {unit} {id}"), g, v, t);
                    continue;
                }
                t.checked += 1;
                if !close(g.get(k), Some(v)) {
                    t.problems
                        .push(format!("{p} {unit} {id} {k} {:?} != {v}", g.get(k)));
                }
            }
        }
    }
}

/// One indicator row's `benchmarks`, each kind's figures (`at` names the row in problems).
fn compare_benchmarks(at: &str, g: &Value, v: &Value, t: &mut Tally) {
    for (kind, bv) in v.as_object().expect("benchmarks") {
        let gb = g
            .get("benchmarks")
            .and_then(|b| b.get(kind))
            .filter(|b| !b.is_null());
        match (bv.as_object(), gb) {
            (Some(bv), Some(gb)) => {
                for (bk, bvv) in bv {
                    t.checked += 1;
                    if !close(gb.get(bk), Some(bvv)) {
                        t.problems.push(format!(
                            "{at} benchmarks.{kind}.{bk} {:?} != {bvv}",
                            gb.get(bk)
                        ));
                    }
                }
            }
            (None, None) => t.checked += 1,
            _ => {
                t.checked += 1;
                t.problems
                    .push(format!("{at} benchmarks.{kind} {gb:?} != {bv}"));
            }
        }
    }
}

fn assert_agrees(drafts: bool) {
    let (folder, flags): (&str, &[&str]) = if drafts {
        ("expected-drafts", &["--drafts"])
    } else {
        ("expected", &[])
    };
    let site = TestSite::fixture("conformance");
    let out = site.root().join("out");
    let mut args = vec!["--output", out.to_str().unwrap()];
    args.extend_from_slice(flags);
    site.build(&args).success();
    let expected = expected(folder);
    assert!(expected.len() >= 20, "the expected figures are in place");
    let (problems, checked) = compare(&expected, &out.join("data"));
    assert!(
        problems.is_empty(),
        "{} of {checked} figures differ:\n{}",
        problems.len(),
        problems
            .iter()
            .take(50)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
    // The comparison really looked at the figures (compare.py counts 13,721 and 14,407).
    assert!(checked > 13_000, "only {checked} figures compared");
}

#[test]
fn agrees_with_the_independent_figures() {
    assert_agrees(false);
}

#[test]
fn agrees_with_the_independent_figures_with_drafts() {
    assert_agrees(true);
}

/// The two-year site of SPEC §17 (`conformance/site-years`, an indicator from 2026 and one
/// until 2025, a unit leaving and merging, one joining, a rename, a re-pairing for one year and a
/// correction) against `expected-years/`, as `compare.py --years --status` compares it.
#[test]
fn agrees_with_the_independent_figures_across_years() {
    let site = TestSite::fixture("conformance-years");
    let out = site.root().join("out");
    site.build(&["--output", out.to_str().unwrap()]).success();
    let expected = expected_in("conformance-years", "expected");
    assert_eq!(expected.len(), 20, "the expected figures are in place");
    let (problems, checked) = compare(&expected, &out.join("data"));
    assert!(
        problems.is_empty(),
        "{} of {checked} figures differ:\n{}",
        problems.len(),
        problems.join("\n")
    );
    // compare.py --years --status counts 12,869.
    assert!(checked > 12_000, "only {checked} figures compared");
    // A month holds only the units taking part and the indicators in force that year.
    let dec = read_json(&out.join("data/2025-12.json"));
    let jan = read_json(&out.join("data/2026-01.json"));
    let units = |v: &Value| -> Vec<String> {
        v["units"]
            .as_array()
            .unwrap()
            .iter()
            .map(|u| u["unit"].as_str().unwrap().to_owned())
            .collect()
    };
    assert!(
        units(&dec).contains(&"b-two".to_owned()) && !units(&dec).contains(&"b-three".to_owned())
    );
    assert!(
        !units(&jan).contains(&"b-two".to_owned()) && units(&jan).contains(&"b-three".to_owned())
    );
    let ids = |v: &Value, unit: &str| -> Vec<String> {
        let u = v["units"]
            .as_array()
            .unwrap()
            .iter()
            .find(|u| u["unit"] == unit)
            .unwrap();
        u["indicators"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i["id"].as_str().unwrap().to_owned())
            .collect()
    };
    assert_eq!(
        ids(&dec, "alpha"),
        [
            "revenue",
            "projects",
            "satisfaction",
            "petitions",
            "study-hours"
        ]
    );
    assert_eq!(
        ids(&jan, "alpha"),
        [
            "revenue",
            "projects",
            "satisfaction",
            "petitions",
            "digital"
        ]
    );
    // The CSV uses the year's name; the index carries the years.
    let csv = std::fs::read_to_string(out.join("data/2025-12.csv")).unwrap();
    assert!(csv.contains(",b-one,一局（原）,"), "{csv}");
    let csv = std::fs::read_to_string(out.join("data/2026-01.csv")).unwrap();
    assert!(csv.contains(",b-one,一局,"), "{csv}");
    let index = read_json(&out.join("data/index.json"));
    let two = index["units"]
        .as_array()
        .unwrap()
        .iter()
        .find(|u| u["id"] == "b-two")
        .unwrap();
    assert_eq!(two["until"], 2025);
    assert_eq!(two["merged_into"], "b-one");
    assert_eq!(two["from"], Value::Null);
    // The one correction, with the figure before and after it.
    assert_eq!(
        read_json(&out.join("data/corrections.json")),
        serde_json::json!([{"date": "2026-05-06", "unit": "beta", "period": "2026-02",
            "indicator": "revenue", "was": 0.34, "now": 1.59, "note": "核定后更正"}])
    );
}

/// The figures as of a date undo the corrections made after it (SPEC §17): on 2026-05-05 beta's
/// 2026-02 revenue read 0.34, and every figure built on it follows; from 2026-05-06 on, 1.59.
#[test]
fn figures_as_of_a_date_undo_later_corrections() {
    let root = fixture_dir("conformance-years");
    let site = pacesetter::site::load(&root, false, None).expect("the site loads");
    let day = |s: &str| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
    let feb = pacesetter::model::Month::new(2026, 2);
    let revenue = |model: &pacesetter::model::Model| {
        let scores = pacesetter::score::score_model(model);
        let m = scores.month(feb).expect("2026-02 published");
        let beta = m.unit("beta").expect("beta");
        (
            beta.indicators[0].value.get(),
            beta.indicators[0].ytd.get(),
            beta.score,
        )
    };
    let now = revenue(&site.model);
    let before = revenue(&site.model.as_of(day("2026-05-05")));
    let after = revenue(&site.model.as_of(day("2026-05-06")));
    assert_eq!(now.0, Some(1.59));
    assert_eq!(before.0, Some(0.34));
    assert_eq!(after, now);
    let jan = now.1.unwrap() - 1.59;
    assert!((before.1.unwrap() - (jan + 0.34)).abs() < 1e-12);
    assert!(before.2 < now.2, "the score followed the figure");
    assert!(
        pacesetter::score::score_as_of(&site.model, day("2026-05-05"))
            == pacesetter::score::score_model(&site.model.as_of(day("2026-05-05")))
    );
    assert!(
        pacesetter::score::score_as_of(&site.model, day("2026-05-06")) == site.scores,
        "no later correction: the current figures"
    );
    assert!(site.model.corrected_after(day("2026-05-05")));
    assert!(!site.model.corrected_after(day("2026-05-06")));
}

/// The comparison itself: a wrong figure, a wrong status and a reordered ranking are caught.
#[test]
fn the_comparison_catches_differences() {
    let site = TestSite::fixture("conformance");
    let out = site.root().join("out");
    site.build(&["--output", out.to_str().unwrap()]).success();
    let mut expected = expected("expected");
    let march = expected.get_mut("2026-03").unwrap();
    march["units"][0]["indicators"][0]["ytd"] = serde_json::json!(6.15 * (1.0 + 2e-9));
    march["units"][0]["indicators"][0]["status"] = serde_json::json!("near");
    march["rankings"][1]["entries"][0]["score"] = serde_json::json!(87.8);
    march["missing_reports"] = serde_json::json!(["alpha"]);
    let (problems, _) = compare(&expected, &out.join("data"));
    assert_eq!(problems.len(), 4, "{problems:#?}");
    // A difference within 1e-9 is agreement.
    let mut expected = self::expected("expected");
    let v = &mut expected.get_mut("2026-03").unwrap()["units"][0]["indicators"][0]["ytd"];
    *v = serde_json::json!(v.as_f64().unwrap() * (1.0 + 1e-12));
    assert!(compare(&expected, &out.join("data")).0.is_empty());
}
