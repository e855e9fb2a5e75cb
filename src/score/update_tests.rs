//! [`rescore`] against scoring afresh, after random edits of the bundled example's reports and
//! of the two-year conformance site's (benchmarks that change by year, indicators from a year).

use super::rescore;
use crate::model::{Model, Month};
use crate::score::{Digest, score_model};
use proptest::prelude::*;
use std::collections::BTreeSet;
use std::path::Path;

fn model_of(root: &Path) -> Model {
    match crate::site::load(root, false, None) {
        Ok(site) => site.model,
        Err(e) => panic!("{} does not load: {e}", root.display()),
    }
}

fn example() -> &'static Model {
    static M: std::sync::OnceLock<Model> = std::sync::OnceLock::new();
    M.get_or_init(|| model_of(Path::new(env!("CARGO_MANIFEST_DIR"))))
}

fn years_site() -> &'static Model {
    static M: std::sync::OnceLock<Model> = std::sync::OnceLock::new();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/conformance-years");
    M.get_or_init(|| model_of(&root))
}

/// An edit of one report, picked by index modulo the reports left.
#[derive(Debug, Clone)]
enum Edit {
    /// The report's `k`th value set to `v`.
    Value { report: usize, k: usize, v: i32 },
    /// The report removed (the unit now owes it).
    Remove { report: usize },
}

fn edits() -> impl Strategy<Value = Vec<Edit>> {
    let edit = prop_oneof![
        4 => (0..10_000usize, 0..12usize, -50..400i32)
            .prop_map(|(report, k, v)| Edit::Value { report, k, v }),
        1 => (0..10_000usize).prop_map(|report| Edit::Remove { report }),
    ];
    prop::collection::vec(edit, 1..4)
}

/// Applies `edits` to `model`; returns the ids of the units edited.
fn apply(model: &mut Model, edits: &[Edit]) -> Vec<String> {
    let mut units = Vec::new();
    for e in edits {
        let n = model.reports.len();
        match *e {
            Edit::Value { report, k, v } => {
                let r = &mut model.reports[report % n];
                units.push(r.unit.as_str().to_owned());
                let len = r.values.len();
                if let Some(value) = r.values.get_mut(k % len.max(1)) {
                    value.1 = f64::from(v) / 10.0;
                }
            }
            Edit::Remove { report } => {
                let r = model.reports.remove(report % n);
                units.push(r.unit.as_str().to_owned());
            }
        }
    }
    let published: BTreeSet<Month> = model.reports.iter().map(|r| r.month).collect();
    model.published = published.into_iter().collect();
    units
}

fn check(model: &Model, edits: &[Edit]) -> Result<(), TestCaseError> {
    let before = score_model(model);
    let mut edited = model.clone();
    let units = apply(&mut edited, edits);
    let ids: Vec<&str> = units.iter().map(String::as_str).collect();
    let afresh = score_model(&edited);
    let mut scores = before.clone();
    match rescore(&edited, &mut scores, &ids) {
        None => {
            prop_assert_ne!(edited.published.len(), model.published.len());
            prop_assert_eq!(&scores, &before, "left as they were");
        }
        Some(touched) => {
            prop_assert!(scores == afresh, "{}", first_difference(&scores, &afresh));
            let (was, now) = (Digest::of(&before), Digest::of(&afresh));
            for (k, t) in touched.iter().enumerate() {
                if !t {
                    prop_assert_eq!(&was.months[k], &now.months[k], "month {} untouched", k);
                }
            }
        }
    }
    Ok(())
}

/// Where two scores first differ, for a failure message shorter than both.
fn first_difference(a: &crate::score::Scores, b: &crate::score::Scores) -> String {
    for (x, y) in a.months.iter().zip(&b.months) {
        let m = x.month;
        for (u, v) in x.units.iter().zip(&y.units) {
            if u != v {
                return format!("{m:?} {}: {u:?}\nafresh: {v:?}", u.unit.as_str());
            }
        }
        if x.rankings != y.rankings {
            return format!("{m:?} rankings: {:?}\nafresh: {:?}", x.rankings, y.rankings);
        }
        if x.missing_reports != y.missing_reports {
            return format!(
                "{m:?} missing: {:?}\nafresh: {:?}",
                x.missing_reports, y.missing_reports
            );
        }
    }
    format!("months: {} and {}", a.months.len(), b.months.len())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn rescored_example_is_scored_afresh(edits in edits()) {
        check(example(), &edits)?;
    }

    #[test]
    fn rescored_years_site_is_scored_afresh(edits in edits()) {
        check(years_site(), &edits)?;
    }
}

#[test]
fn an_edit_that_moves_ranks_touches_its_month_and_the_next() {
    let model = example();
    let mut edited = model.clone();
    let last = *model
        .published
        .last()
        .expect("the example has published months");
    // The first ranked unit's first report of the last year's first published month, set far
    // below every other unit: its rank, and the movements of the month after, change.
    let first = model
        .published
        .iter()
        .find(|m| m.year == last.year)
        .copied();
    let first = first.expect("a month of the last year");
    let scores = score_model(model);
    let top = &scores.month(first).expect("scored").rankings[0].entries[0].unit;
    let r = (edited.reports.iter_mut())
        .find(|r| r.unit == *top && r.month == first)
        .expect("the top unit reported");
    for v in &mut r.values {
        v.1 = -1000.0;
    }
    let mut rescored = scores.clone();
    let touched = rescore(&edited, &mut rescored, &[top.as_str()]).expect("same months");
    assert_eq!(rescored, score_model(&edited));
    let k = model
        .published
        .iter()
        .position(|m| *m == first)
        .expect("published");
    assert!(touched[k] && touched[k + 1], "{touched:?}");
    assert_ne!(rescored.months[k + 1], scores.months[k + 1]);
}

/// An edit can move a unit's dimension scores and leave its total as it was (two indicators of
/// equal weight in different dimensions trading places): the ranking must then be made again
/// too. Simulated by scores whose entry for the unit had other dimension scores.
#[test]
fn dimension_scores_alone_changed_are_ranked_again() {
    let model = example();
    let scores = score_model(model);
    let mut stale = scores.clone();
    let entry = &mut stale.months[0].rankings[0].entries[0];
    let unit = entry.unit.clone();
    let first = entry
        .dimensions
        .first_mut()
        .expect("the category has dimensions");
    first.1 += 1.0;
    rescore(model, &mut stale, &[unit.as_str()]).expect("same months");
    assert_eq!(stale, scores);
}

/// Past [`super::MOST_EDITED`] units (a `git pull` of many reports) every unit is scored
/// afresh: the scores are left for the caller to make again.
#[test]
fn many_units_edited_are_scored_afresh() {
    let model = example();
    let scores = score_model(model);
    let mut kept = scores.clone();
    let ids: Vec<&str> = (model.units.iter().map(|u| u.id.as_str()))
        .cycle()
        .take(super::MOST_EDITED + 1)
        .collect();
    assert!(rescore(model, &mut kept, &ids).is_none());
    assert_eq!(kept, scores);
    assert!(rescore(model, &mut kept, &ids[..super::MOST_EDITED]).is_some());
}
