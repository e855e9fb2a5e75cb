//! Validation again for `serve`, from a model validated a rebuild ago: what did not change is
//! kept rather than checked again. After a bulletin edit that was a third of the rebuild at
//! 1,000 units; after a value edit, checking 240,000 reports again was a sixth at 10,000.

use super::{Model, Month, Report, Rest, check_rest, records};
use crate::diag::Diagnostic;
use crate::load::Documents;
use std::collections::BTreeSet;

/// `model`, validated from `docs` when their site, categories, units and monthly reports were
/// what they are now, with the rest taken from `docs` and checked against it: what
/// [`validate`](super::validate) would make.
pub fn with_rest(model: Model, docs: &Documents, drafts: bool) -> Result<Model, Vec<Diagnostic>> {
    let mut diags = Vec::new();
    let model = place_rest(model, docs, drafts, &mut diags);
    finish(model, diags)
}

/// `model`, validated from `docs` when their site, categories and units were what they are now
/// and only the monthly reports of the units `changed` differed, with those reports checked
/// again and the rest as in [`with_rest`]. None when the result could differ from
/// [`validate`](super::validate)'s in more than those reports — a report opens a year no
/// report of its category was in (the units' targets and benchmarks for it must be checked),
/// or the months published changed (the current year's plans, the bulletins' periods) —
/// and the content must be validated afresh.
pub fn with_reports(
    mut model: Model,
    docs: &Documents,
    drafts: bool,
    changed: &BTreeSet<String>,
) -> Option<Result<Model, Vec<Diagnostic>>> {
    let mut diags = Vec::new();
    let years: BTreeSet<(&str, i32)> = (model.reports.iter())
        .filter_map(|r| Some((model.unit(r.unit.as_str())?.category.as_str(), r.month.year)))
        .collect();
    let known = records::Units::new(&model.units, &[]);
    let mut fresh = Vec::new();
    for id in changed {
        known.get(id)?;
    }
    // One pass over the reports, not one per unit: a `git pull` can change thousands.
    for rd in docs.reports.iter().filter(|rd| changed.contains(&rd.unit)) {
        let unit = known.get(&rd.unit)?;
        let cat = model.category(unit.category.as_str())?;
        if !years.contains(&(cat.id.as_str(), rd.year)) {
            return None;
        }
        let month = Month::new(rd.year, rd.month);
        let report = records::report(unit, month, &rd.doc, cat, true, &mut diags);
        if drafts || !report.draft {
            fresh.push(report);
        }
    }
    drop(known);
    drop(years);
    fresh.sort_by(|a, b| (&a.unit, a.month).cmp(&(&b.unit, b.month)));
    splice_reports(&mut model.reports, changed, fresh);
    let published: BTreeSet<Month> = model.reports.iter().map(|r| r.month).collect();
    if !published.iter().eq(&model.published) {
        return None;
    }
    let model = place_rest(model, docs, drafts, &mut diags);
    Some(finish(model, diags))
}

/// Replaces the reports of the units `ids` (sorted) in `reports` (sorted by unit and month)
/// with `fresh` (theirs, sorted the same way).
fn splice_reports(reports: &mut Vec<Report>, ids: &BTreeSet<String>, fresh: Vec<Report>) {
    let mut fresh = fresh.into_iter().peekable();
    for id in ids {
        let id = id.as_str();
        let theirs = std::iter::from_fn(|| fresh.next_if(|r| r.unit.as_str() == id));
        let theirs: Vec<Report> = theirs.collect();
        reports.splice(super::history::unit_span(reports, id), theirs);
    }
}

/// The quarterly reports, reviews, visits, bulletins, free pages and static files of `docs`,
/// checked against `model` and put in it.
fn place_rest(
    mut model: Model,
    docs: &Documents,
    drafts: bool,
    diags: &mut Vec<Diagnostic>,
) -> Model {
    // A successful validation had no unit whose unit.yaml failed.
    let known = records::Units::new(&model.units, &[]);
    let rest: Rest = check_rest(docs, &model.site, &known, diags);
    drop(known);
    if diags.is_empty() {
        rest.place(&mut model, drafts);
        model.statics.clone_from(&docs.statics);
    }
    model
}

fn finish(model: Model, mut diags: Vec<Diagnostic>) -> Result<Model, Vec<Diagnostic>> {
    if diags.is_empty() {
        return Ok(model);
    }
    crate::diag::sort(&mut diags);
    Err(diags)
}
