//! The figures of `tests/fixtures/minimal/`, worked out by hand from SPEC §10 and written here
//! as the arithmetic that produces them (`11.0 / 120.0` rather than a pasted 0.0916…).
//!
//! The site (cap 1.5, tolerance 0.1, so "near" is 0.9 ≤ r < 1):
//!
//! | category | indicator | dimension | direction | aggregate | weight |
//! |---|---|---|---|---|---|
//! | dept | approvals | service | up | cumulative | 1 |
//! | dept | wait-days | conduct | down | mean | 1 |
//! | town | output | results | up | sum | 3 |
//! | town | complaints | conduct | down | sum | 1 |
//!
//! Targets — audit: 2025 approvals 100, wait-days 10; 2026 approvals 120, wait-days 8.
//! permits: 2025 approvals 200, wait-days 5; 2026 approvals 240, wait-days 4. north 2026:
//! output 120, complaints 24. south 2026: output 60, complaints 12. peer is external (no
//! targets). Benchmarks: audit ↔ permits (internal); north → south (internal), peer (external);
//! south → north (internal).
//!
//! Reports (values):
//!
//! | unit | 2025-01 | 2026-01 | 2026-02 | 2026-03 | 2026-04 |
//! |---|---|---|---|---|---|
//! | audit (approvals, wait-days) | 9, 12 | 11, 9 | 23, 7 | 30, 11 | — |
//! | permits | — | 19, 5 | 42, 3 | 66, 2 | — |
//! | north (output, complaints) | — | 12, 1 | 9, 2 | 9, 2 | 11, 1 (draft) |
//! | south | — | 4, 0 | — (missed) | 14, 5 | — |
//! | peer | — | 6, 1 | 5, 1 | 8, 2 | — |
//!
//! Units are listed by id: audit, north, peer, permits, south; categories by id: dept, town.

use serde_json::{Value, json};

/// An indicator row: the figures given, every other one null (absent).
fn row(id: &str, given: Value) -> Value {
    let mut row = json!({
        "id": id, "value": null, "ytd": null, "target": null, "expected": null,
        "completion": null, "pace": null, "credited": null, "status": null, "points": null,
        "growth": null, "benchmarks": {"internal": null, "external": null},
    });
    for (k, v) in given.as_object().expect("figures are an object") {
        if k == "internal" || k == "external" {
            row["benchmarks"][k] = v.clone();
        } else {
            assert!(row.get(k).is_some(), "no figure called {k}");
            row[k] = v.clone();
        }
    }
    row
}

fn unit(id: &str, indicators: Vec<Value>) -> Value {
    json!({"unit": id, "indicators": indicators})
}

/// A benchmark whose own figures are known but whose gap is not (one of the YTDs is absent).
fn bench_no_gap(unit: &str, ytd: Option<f64>) -> Value {
    json!({"unit": unit, "ytd": ytd, "gap": null, "trend": null})
}

/// data/2025-01.json. t = 1/12. Only audit reported; only dept has 2025 targets, so town ranks
/// nobody in 2025 and its units show nothing (no values, no targets).
pub fn m2025_01() -> Value {
    let t = 1.0 / 12.0;
    json!({
        "period": "2025-01",
        "time_progress": t,
        "rankings": [
            {"category": "dept", "entries": [
                // audit: 100 · (1.08 + 10/12) / 2 = 100 · 1.91333… / 2 = 95.666… → 95.67.
                // service = approvals alone: 100 · 1.08 = 108; conduct: 100 · 10/12 = 83.33.
                {"unit": "audit", "score": 95.67, "rank": 1, "movement": null,
                 "dimensions": {"service": 108.0, "conduct": 83.33}},
                // permits has no report: every indicator is missing, r = 0, points 0.
                {"unit": "permits", "score": 0.0, "rank": 2, "movement": null,
                 "dimensions": {"service": 0.0, "conduct": 0.0}},
            ]},
            {"category": "town", "entries": []},
        ],
        "units": [
            unit("audit", vec![
                // cumulative: YTD = 9. E = 100 · t = 8.333…; r = 9 / 8.333… = 1.08 ≥ 1: ahead.
                // c = 9 / 100. No 2024 figures: growth absent. permits has no YTD: no gap.
                row("approvals", json!({"value": 9, "ytd": 9, "target": 100, "expected": 100.0 * t,
                    "completion": 0.09, "pace": 1.08, "credited": 1.08, "status": "ahead",
                    "points": 1.08, "internal": bench_no_gap("permits", None)})),
                // mean: YTD = 12. E = T = 10 (level and mean). down: r = E / YTD = 10/12,
                // 0.833… < 0.9: behind. c = 12 / 10.
                row("wait-days", json!({"value": 12, "ytd": 12, "target": 10, "expected": 10,
                    "completion": 1.2, "pace": 10.0 / 12.0, "credited": 10.0 / 12.0,
                    "status": "behind", "points": 10.0 / 12.0,
                    "internal": bench_no_gap("permits", None)})),
            ]),
            unit("north", vec![
                row("output", json!({"internal": bench_no_gap("south", None),
                    "external": bench_no_gap("peer", None)})),
                row("complaints", json!({"internal": bench_no_gap("south", None),
                    "external": bench_no_gap("peer", None)})),
            ]),
            unit("peer", vec![row("output", json!({})), row("complaints", json!({}))]),
            unit("permits", vec![
                // No report: YTD absent, r = 0, status missing, points 0; c absent. E still
                // stands: 200 · t and T = 5. audit's YTD is shown, but there is no gap.
                row("approvals", json!({"target": 200, "expected": 200.0 * t, "pace": 0,
                    "credited": 0, "status": "missing", "points": 0,
                    "internal": bench_no_gap("audit", Some(9.0))})),
                row("wait-days", json!({"target": 5, "expected": 5, "pace": 0, "credited": 0,
                    "status": "missing", "points": 0,
                    "internal": bench_no_gap("audit", Some(12.0))})),
            ]),
            unit("south", vec![
                row("output", json!({"internal": bench_no_gap("north", None)})),
                row("complaints", json!({"internal": bench_no_gap("north", None)})),
            ]),
        ],
        // Units with 2025 targets and no report: permits (town units have no 2025 targets).
        "missing_reports": ["permits"],
    })
}

/// data/2026-01.json. t = 1/12; January: no movement, every gap is new or surpassed.
pub fn m2026_01() -> Value {
    let t = 1.0 / 12.0;
    json!({
        "period": "2026-01",
        "time_progress": t,
        "rankings": [
            {"category": "dept", "entries": [
                // audit: 100 · (1.1 + 8/9) / 2 = 99.444… → 99.44; service 110, conduct 88.89.
                {"unit": "audit", "score": 99.44, "rank": 1, "movement": null,
                 "dimensions": {"service": 110.0, "conduct": 88.89}},
                // permits: 100 · (0.95 + 0.8) / 2 = 87.5; service 95, conduct 80.
                {"unit": "permits", "score": 87.5, "rank": 2, "movement": null,
                 "dimensions": {"service": 95.0, "conduct": 80.0}},
            ]},
            {"category": "town", "entries": [
                // north: 100 · (3 · 1.2 + 1 · 1.5) / (3 + 1) = 100 · 5.1 / 4 = 127.5;
                // results 100 · 3.6 / 3 = 120, conduct 100 · 1.5 = 150.
                {"unit": "north", "score": 127.5, "rank": 1, "movement": null,
                 "dimensions": {"results": 120.0, "conduct": 150.0}},
                // south: 100 · (3 · 0.8 + 1.5) / 4 = 97.5; results 80, conduct 150.
                {"unit": "south", "score": 97.5, "rank": 2, "movement": null,
                 "dimensions": {"results": 80.0, "conduct": 150.0}},
            ]},
        ],
        "units": [
            unit("audit", vec![
                // YTD 11, E = 120 · t = 10, r = 1.1: ahead. c = 11/120.
                // Growth: 2025-01 YTD was 9 → 11/9 − 1. Gap to permits (up): 19 − 11 = 8, new.
                row("approvals", json!({"value": 11, "ytd": 11, "target": 120, "expected": 10,
                    "completion": 11.0 / 120.0, "pace": 1.1, "credited": 1.1, "status": "ahead",
                    "points": 1.1, "growth": 11.0 / 9.0 - 1.0,
                    "internal": {"unit": "permits", "ytd": 19, "gap": 8, "trend": "new"}})),
                // YTD 9 (mean of one month), E = 8, down: r = 8/9 = 0.888… < 0.9: behind.
                // Growth 9/12 − 1 = −0.25. Gap (down): 9 − 5 = 4, new.
                row("wait-days", json!({"value": 9, "ytd": 9, "target": 8, "expected": 8,
                    "completion": 9.0 / 8.0, "pace": 8.0 / 9.0, "credited": 8.0 / 9.0,
                    "status": "behind", "points": 8.0 / 9.0, "growth": -0.25,
                    "internal": {"unit": "permits", "ytd": 5, "gap": 4, "trend": "new"}})),
            ]),
            unit("north", vec![
                // YTD 12, E = 10, r = 1.2 (below the cap 1.5): ahead, points 3 · 1.2.
                // Gaps (up): south 4 − 12 = −8, peer 6 − 12 = −6: surpassed.
                row("output", json!({"value": 12, "ytd": 12, "target": 120, "expected": 10,
                    "completion": 0.1, "pace": 1.2, "credited": 1.2, "status": "ahead",
                    "points": 3.6,
                    "internal": {"unit": "south", "ytd": 4, "gap": -8, "trend": "surpassed"},
                    "external": {"unit": "peer", "ytd": 6, "gap": -6, "trend": "surpassed"}})),
                // YTD 1, E = 24 · t = 2, down: r = 2/1 = 2, credited at the cap 1.5.
                // Gaps (down): south 1 − 0 = 1, new; peer 1 − 1 = 0: surpassed.
                row("complaints", json!({"value": 1, "ytd": 1, "target": 24, "expected": 2,
                    "completion": 1.0 / 24.0, "pace": 2, "credited": 1.5, "status": "ahead",
                    "points": 1.5,
                    "internal": {"unit": "south", "ytd": 0, "gap": 1, "trend": "new"},
                    "external": {"unit": "peer", "ytd": 1, "gap": 0, "trend": "surpassed"}})),
            ]),
            // External: shown with its values, never given a target.
            unit("peer", vec![
                row("output", json!({"value": 6, "ytd": 6})),
                row("complaints", json!({"value": 1, "ytd": 1})),
            ]),
            unit("permits", vec![
                // YTD 19, E = 240 · t = 20, r = 0.95: near. No 2025 report: growth absent.
                // Gap to audit: 11 − 19 = −8, surpassed.
                row("approvals", json!({"value": 19, "ytd": 19, "target": 240, "expected": 20,
                    "completion": 19.0 / 240.0, "pace": 0.95, "credited": 0.95, "status": "near",
                    "points": 0.95,
                    "internal": {"unit": "audit", "ytd": 11, "gap": -8, "trend": "surpassed"}})),
                // YTD 5, E = 4, r = 4/5 = 0.8: behind. Gap (down): 5 − 9 = −4, surpassed.
                row("wait-days", json!({"value": 5, "ytd": 5, "target": 4, "expected": 4,
                    "completion": 1.25, "pace": 0.8, "credited": 0.8, "status": "behind",
                    "points": 0.8,
                    "internal": {"unit": "audit", "ytd": 9, "gap": -4, "trend": "surpassed"}})),
            ]),
            unit("south", vec![
                // YTD 4, E = 60 · t = 5, r = 0.8: behind, points 3 · 0.8.
                // Gap to north: 12 − 4 = 8, new.
                row("output", json!({"value": 4, "ytd": 4, "target": 60, "expected": 5,
                    "completion": 4.0 / 60.0, "pace": 0.8, "credited": 0.8, "status": "behind",
                    "points": 2.4,
                    "internal": {"unit": "north", "ytd": 12, "gap": 8, "trend": "new"}})),
                // YTD 0, down with YTD ≤ 0: r = cap = 1.5. c = 0/12 = 0.
                // Gap (down): 0 − 1 = −1, surpassed.
                row("complaints", json!({"value": 0, "ytd": 0, "target": 12, "expected": 1,
                    "completion": 0, "pace": 1.5, "credited": 1.5, "status": "ahead",
                    "points": 1.5,
                    "internal": {"unit": "north", "ytd": 1, "gap": -1, "trend": "surpassed"}})),
            ]),
        ],
        "missing_reports": [],
    })
}

/// data/2026-02.json. t = 2/12. south sent no report: its YTDs carry January's figures.
pub fn m2026_02() -> Value {
    let t = 2.0 / 12.0;
    json!({
        "period": "2026-02",
        "time_progress": t,
        "rankings": [
            {"category": "dept", "entries": [
                // audit: 100 · (1.15 + 1) / 2 = 107.5; permits: 100 · (1.05 + 1) / 2 = 102.5.
                // Same ranks as January: movement 0.
                {"unit": "audit", "score": 107.5, "rank": 1, "movement": 0,
                 "dimensions": {"service": 115.0, "conduct": 100.0}},
                {"unit": "permits", "score": 102.5, "rank": 2, "movement": 0,
                 "dimensions": {"service": 105.0, "conduct": 100.0}},
            ]},
            {"category": "town", "entries": [
                // north: 100 · (3 · 1.05 + 4/3) / 4 = 100 · 4.48333… / 4 = 112.083… → 112.08;
                // results 105, conduct 133.33.
                {"unit": "north", "score": 112.08, "rank": 1, "movement": 0,
                 "dimensions": {"results": 105.0, "conduct": 133.33}},
                // south: 100 · (3 · 0.4 + 1.5) / 4 = 67.5; results 40, conduct 150.
                {"unit": "south", "score": 67.5, "rank": 2, "movement": 0,
                 "dimensions": {"results": 40.0, "conduct": 150.0}},
            ]},
        ],
        "units": [
            unit("audit", vec![
                // cumulative: YTD = this month's 23. E = 120 · t = 20, r = 1.15.
                // Growth: 2025's YTD at February is still January's 9 → 23/9 − 1.
                // Gap: 42 − 23 = 19, was 8: widening.
                row("approvals", json!({"value": 23, "ytd": 23, "target": 120, "expected": 20,
                    "completion": 23.0 / 120.0, "pace": 1.15, "credited": 1.15,
                    "status": "ahead", "points": 1.15, "growth": 23.0 / 9.0 - 1.0,
                    "internal": {"unit": "permits", "ytd": 42, "gap": 19, "trend": "widening"}})),
                // mean (9 + 7) / 2 = 8 = E: r = 1, exactly on pace: ahead.
                // Growth: 2025 mean up to February is 12 → 8/12 − 1. Gap: 8 − 4 = 4, was 4: steady.
                row("wait-days", json!({"value": 7, "ytd": 8, "target": 8, "expected": 8,
                    "completion": 1, "pace": 1, "credited": 1, "status": "ahead", "points": 1,
                    "growth": 8.0 / 12.0 - 1.0,
                    "internal": {"unit": "permits", "ytd": 4, "gap": 4, "trend": "steady"}})),
            ]),
            unit("north", vec![
                // YTD 12 + 9 = 21, E = 20, r = 1.05, points 3 · 1.05.
                // Gaps: south 4 − 21 = −17, peer 11 − 21 = −10: surpassed.
                row("output", json!({"value": 9, "ytd": 21, "target": 120, "expected": 20,
                    "completion": 21.0 / 120.0, "pace": 1.05, "credited": 1.05,
                    "status": "ahead", "points": 3.15,
                    "internal": {"unit": "south", "ytd": 4, "gap": -17, "trend": "surpassed"},
                    "external": {"unit": "peer", "ytd": 11, "gap": -10, "trend": "surpassed"}})),
                // YTD 1 + 2 = 3, E = 4, r = 4/3.
                // Gaps (down): south 3 − 0 = 3, was 1: widening; peer 3 − 2 = 1, was 0: widening.
                row("complaints", json!({"value": 2, "ytd": 3, "target": 24, "expected": 4,
                    "completion": 3.0 / 24.0, "pace": 4.0 / 3.0, "credited": 4.0 / 3.0,
                    "status": "ahead", "points": 4.0 / 3.0,
                    "internal": {"unit": "south", "ytd": 0, "gap": 3, "trend": "widening"},
                    "external": {"unit": "peer", "ytd": 2, "gap": 1, "trend": "widening"}})),
            ]),
            unit("peer", vec![
                row("output", json!({"value": 5, "ytd": 11})),
                row("complaints", json!({"value": 1, "ytd": 2})),
            ]),
            unit("permits", vec![
                // YTD 42, E = 240 · t = 40, r = 1.05. Gap: 23 − 42 = −19, surpassed.
                row("approvals", json!({"value": 42, "ytd": 42, "target": 240, "expected": 40,
                    "completion": 42.0 / 240.0, "pace": 1.05, "credited": 1.05,
                    "status": "ahead", "points": 1.05,
                    "internal": {"unit": "audit", "ytd": 23, "gap": -19, "trend": "surpassed"}})),
                // mean (5 + 3) / 2 = 4 = E: r = 1, ahead. Gap: 4 − 8 = −4, surpassed.
                row("wait-days", json!({"value": 3, "ytd": 4, "target": 4, "expected": 4,
                    "completion": 1, "pace": 1, "credited": 1, "status": "ahead", "points": 1,
                    "internal": {"unit": "audit", "ytd": 8, "gap": -4, "trend": "surpassed"}})),
            ]),
            unit("south", vec![
                // No report: value absent, YTD still 4. E = 60 · t = 10, r = 0.4: behind.
                // Gap to north: 21 − 4 = 17, was 8: widening.
                row("output", json!({"ytd": 4, "target": 60, "expected": 10,
                    "completion": 4.0 / 60.0, "pace": 0.4, "credited": 0.4, "status": "behind",
                    "points": 1.2,
                    "internal": {"unit": "north", "ytd": 21, "gap": 17, "trend": "widening"}})),
                // YTD 0: r = cap. Gap (down): 0 − 3 = −3, surpassed.
                row("complaints", json!({"ytd": 0, "target": 12, "expected": 2,
                    "completion": 0, "pace": 1.5, "credited": 1.5, "status": "ahead",
                    "points": 1.5,
                    "internal": {"unit": "north", "ytd": 3, "gap": -3, "trend": "surpassed"}})),
            ]),
        ],
        "missing_reports": ["south"],
    })
}

/// data/2026-03.json. t = 3/12 = 0.25 (exact in binary, so r = 1 below is exactly 1). north and
/// south tie at 105 from different dimension scores.
pub fn m2026_03() -> Value {
    json!({
        "period": "2026-03",
        "time_progress": 0.25,
        "rankings": [
            {"category": "dept", "entries": [
                // permits: 100 · (1.1 + 1.2) / 2 = 115, up from 2nd: movement 2 − 1 = 1.
                {"unit": "permits", "score": 115.0, "rank": 1, "movement": 1,
                 "dimensions": {"service": 110.0, "conduct": 120.0}},
                // audit: 100 · (1 + 8/9) / 2 = 94.444… → 94.44, down: movement 1 − 2 = −1.
                {"unit": "audit", "score": 94.44, "rank": 2, "movement": -1,
                 "dimensions": {"service": 100.0, "conduct": 88.89}},
            ]},
            {"category": "town", "entries": [
                // north: 100 · (3 · 1 + 1.2) / 4 = 105; south: 100 · (3 · 1.2 + 0.6) / 4 = 105.
                // A tie: both rank 1, listed by id. north was 1st (movement 0), south 2nd (1).
                {"unit": "north", "score": 105.0, "rank": 1, "movement": 0,
                 "dimensions": {"results": 100.0, "conduct": 120.0}},
                {"unit": "south", "score": 105.0, "rank": 1, "movement": 1,
                 "dimensions": {"results": 120.0, "conduct": 60.0}},
            ]},
        ],
        "units": [
            unit("audit", vec![
                // YTD 30 = E = 120 · 0.25: r = 1, ahead. Growth 30/9 − 1.
                // Gap: 66 − 30 = 36, was 19: widening.
                row("approvals", json!({"value": 30, "ytd": 30, "target": 120, "expected": 30,
                    "completion": 0.25, "pace": 1, "credited": 1, "status": "ahead", "points": 1,
                    "growth": 30.0 / 9.0 - 1.0,
                    "internal": {"unit": "permits", "ytd": 66, "gap": 36, "trend": "widening"}})),
                // mean (9 + 7 + 11) / 3 = 9, E = 8: r = 8/9, behind. Growth 9/12 − 1.
                // permits' mean (5 + 3 + 2) / 3 = 10/3; gap 9 − 10/3, was 4: widening.
                row("wait-days", json!({"value": 11, "ytd": 9, "target": 8, "expected": 8,
                    "completion": 9.0 / 8.0, "pace": 8.0 / 9.0, "credited": 8.0 / 9.0,
                    "status": "behind", "points": 8.0 / 9.0, "growth": -0.25,
                    "internal": {"unit": "permits", "ytd": 10.0 / 3.0, "gap": 9.0 - 10.0 / 3.0,
                                 "trend": "widening"}})),
            ]),
            unit("north", vec![
                // YTD 12 + 9 + 9 = 30 = E: r = 1 exactly, ahead, points 3.
                // Gaps: south 4 + 14 = 18 → −12; peer 6 + 5 + 8 = 19 → −11: surpassed.
                row("output", json!({"value": 9, "ytd": 30, "target": 120, "expected": 30,
                    "completion": 0.25, "pace": 1, "credited": 1, "status": "ahead", "points": 3,
                    "internal": {"unit": "south", "ytd": 18, "gap": -12, "trend": "surpassed"},
                    "external": {"unit": "peer", "ytd": 19, "gap": -11, "trend": "surpassed"}})),
                // YTD 1 + 2 + 2 = 5, E = 6, r = 6/5 = 1.2.
                // Gaps (down): south 5 − 5 = 0: surpassed; peer 5 − 4 = 1, was 1: steady.
                row("complaints", json!({"value": 2, "ytd": 5, "target": 24, "expected": 6,
                    "completion": 5.0 / 24.0, "pace": 1.2, "credited": 1.2, "status": "ahead",
                    "points": 1.2,
                    "internal": {"unit": "south", "ytd": 5, "gap": 0, "trend": "surpassed"},
                    "external": {"unit": "peer", "ytd": 4, "gap": 1, "trend": "steady"}})),
            ]),
            unit("peer", vec![
                row("output", json!({"value": 8, "ytd": 19})),
                row("complaints", json!({"value": 2, "ytd": 4})),
            ]),
            unit("permits", vec![
                // YTD 66, E = 60, r = 1.1. Gap: 30 − 66 = −36, surpassed.
                row("approvals", json!({"value": 66, "ytd": 66, "target": 240, "expected": 60,
                    "completion": 66.0 / 240.0, "pace": 1.1, "credited": 1.1, "status": "ahead",
                    "points": 1.1,
                    "internal": {"unit": "audit", "ytd": 30, "gap": -36, "trend": "surpassed"}})),
                // mean 10/3, E = 4: r = 4 / (10/3) = 1.2. Gap: 10/3 − 9, surpassed.
                row("wait-days", json!({"value": 2, "ytd": 10.0 / 3.0, "target": 4,
                    "expected": 4, "completion": 10.0 / 3.0 / 4.0, "pace": 1.2, "credited": 1.2,
                    "status": "ahead", "points": 1.2,
                    "internal": {"unit": "audit", "ytd": 9, "gap": 10.0 / 3.0 - 9.0,
                                 "trend": "surpassed"}})),
            ]),
            unit("south", vec![
                // YTD 4 + 14 = 18, E = 15, r = 1.2, points 3.6.
                // Gap to north: 30 − 18 = 12, was 17: closing.
                row("output", json!({"value": 14, "ytd": 18, "target": 60, "expected": 15,
                    "completion": 0.3, "pace": 1.2, "credited": 1.2, "status": "ahead",
                    "points": 3.6,
                    "internal": {"unit": "north", "ytd": 30, "gap": 12, "trend": "closing"}})),
                // YTD 0 + 5 = 5, E = 3, down: r = 3/5 = 0.6: behind.
                // Gap (down): 5 − 5 = 0: surpassed.
                row("complaints", json!({"value": 5, "ytd": 5, "target": 12, "expected": 3,
                    "completion": 5.0 / 12.0, "pace": 0.6, "credited": 0.6, "status": "behind",
                    "points": 0.6,
                    "internal": {"unit": "north", "ytd": 5, "gap": 0, "trend": "surpassed"}})),
            ]),
        ],
        "missing_reports": [],
    })
}

/// data/2026-04.json, built only with --drafts: north's draft is April's only report.
/// t = 4/12; everyone else's YTDs carry March's figures.
pub fn m2026_04() -> Value {
    let t = 4.0 / 12.0;
    json!({
        "period": "2026-04",
        "time_progress": t,
        "rankings": [
            {"category": "dept", "entries": [
                // permits: 100 · (0.825 + 1.2) / 2 = 101.25; audit: 100 · (0.75 + 8/9) / 2 =
                // 81.944… → 81.94. Same order as March: movement 0.
                {"unit": "permits", "score": 101.25, "rank": 1, "movement": 0,
                 "dimensions": {"service": 82.5, "conduct": 120.0}},
                {"unit": "audit", "score": 81.94, "rank": 2, "movement": 0,
                 "dimensions": {"service": 75.0, "conduct": 88.89}},
            ]},
            {"category": "town", "entries": [
                // north: 100 · (3 · 1.025 + 4/3) / 4 = 100 · 4.408333… / 4 = 110.208… → 110.21.
                {"unit": "north", "score": 110.21, "rank": 1, "movement": 0,
                 "dimensions": {"results": 102.5, "conduct": 133.33}},
                // south: 100 · (3 · 0.9 + 0.8) / 4 = 87.5; was tied 1st, now 2nd: movement −1.
                {"unit": "south", "score": 87.5, "rank": 2, "movement": -1,
                 "dimensions": {"results": 90.0, "conduct": 80.0}},
            ]},
        ],
        "units": [
            unit("audit", vec![
                // YTD still 30, E = 120 · t = 40, r = 0.75: behind. Growth: 2025's cumulative
                // YTD at April is still 9 → 30/9 − 1. Gap 36, was 36: steady.
                row("approvals", json!({"ytd": 30, "target": 120, "expected": 40,
                    "completion": 0.25, "pace": 0.75, "credited": 0.75, "status": "behind",
                    "points": 0.75, "growth": 30.0 / 9.0 - 1.0,
                    "internal": {"unit": "permits", "ytd": 66, "gap": 36, "trend": "steady"}})),
                row("wait-days", json!({"ytd": 9, "target": 8, "expected": 8,
                    "completion": 9.0 / 8.0, "pace": 8.0 / 9.0, "credited": 8.0 / 9.0,
                    "status": "behind", "points": 8.0 / 9.0, "growth": -0.25,
                    "internal": {"unit": "permits", "ytd": 10.0 / 3.0, "gap": 9.0 - 10.0 / 3.0,
                                 "trend": "steady"}})),
            ]),
            unit("north", vec![
                // YTD 30 + 11 = 41, E = 40, r = 1.025. Gaps: south 18 − 41 = −23,
                // peer 19 − 41 = −22: surpassed.
                row("output", json!({"value": 11, "ytd": 41, "target": 120, "expected": 40,
                    "completion": 41.0 / 120.0, "pace": 1.025, "credited": 1.025,
                    "status": "ahead", "points": 3.075,
                    "internal": {"unit": "south", "ytd": 18, "gap": -23, "trend": "surpassed"},
                    "external": {"unit": "peer", "ytd": 19, "gap": -22, "trend": "surpassed"}})),
                // YTD 5 + 1 = 6, E = 8, r = 8/6. Gaps (down): south 6 − 5 = 1, was 0:
                // widening; peer 6 − 4 = 2, was 1: widening.
                row("complaints", json!({"value": 1, "ytd": 6, "target": 24, "expected": 8,
                    "completion": 0.25, "pace": 8.0 / 6.0, "credited": 8.0 / 6.0,
                    "status": "ahead", "points": 8.0 / 6.0,
                    "internal": {"unit": "south", "ytd": 5, "gap": 1, "trend": "widening"},
                    "external": {"unit": "peer", "ytd": 4, "gap": 2, "trend": "widening"}})),
            ]),
            unit("peer", vec![
                row("output", json!({"ytd": 19})),
                row("complaints", json!({"ytd": 4})),
            ]),
            unit("permits", vec![
                // YTD 66, E = 80, r = 0.825: behind.
                row("approvals", json!({"ytd": 66, "target": 240, "expected": 80,
                    "completion": 66.0 / 240.0, "pace": 0.825, "credited": 0.825,
                    "status": "behind", "points": 0.825,
                    "internal": {"unit": "audit", "ytd": 30, "gap": -36, "trend": "surpassed"}})),
                row("wait-days", json!({"ytd": 10.0 / 3.0, "target": 4, "expected": 4,
                    "completion": 10.0 / 3.0 / 4.0, "pace": 1.2, "credited": 1.2,
                    "status": "ahead", "points": 1.2,
                    "internal": {"unit": "audit", "ytd": 9, "gap": 10.0 / 3.0 - 9.0,
                                 "trend": "surpassed"}})),
            ]),
            unit("south", vec![
                // YTD 18, E = 60 · t = 20, r = 0.9 = 1 − tolerance exactly: near (the band
                // includes its lower edge). Gap to north: 41 − 18 = 23, was 12: widening.
                row("output", json!({"ytd": 18, "target": 60, "expected": 20,
                    "completion": 0.3, "pace": 0.9, "credited": 0.9, "status": "near",
                    "points": 2.7,
                    "internal": {"unit": "north", "ytd": 41, "gap": 23, "trend": "widening"}})),
                // YTD 5, E = 4, r = 0.8: behind. Gap (down): 5 − 6 = −1, surpassed.
                row("complaints", json!({"ytd": 5, "target": 12, "expected": 4,
                    "completion": 5.0 / 12.0, "pace": 0.8, "credited": 0.8, "status": "behind",
                    "points": 0.8,
                    "internal": {"unit": "north", "ytd": 6, "gap": -1, "trend": "surpassed"}})),
            ]),
        ],
        // north's draft counts in a build with drafts (as in the conformance figures).
        "missing_reports": ["audit", "permits", "south"],
    })
}
