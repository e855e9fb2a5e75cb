//! Scores brought up to date after the monthly reports of a few units changed, for `serve`:
//! at 10,000 units, scoring every unit again was a fifth of a value edit's rebuild, where the
//! figures that can change are few — the edited units' own, the benchmark figures of the units
//! that take them as benchmarks, their categories' rankings and the movements read from them.
//! The result is exactly what [`score_model`](super::score_model) gives (tested below on
//! random edits).

use super::{CategoryRanking, MonthFigures, Scored, Scores, Table};
use super::{benchmark, owes_report, rank_category, set_movements, unit_at, unit_figures};
use crate::model::{FastSet, Model, Report};
use rayon::prelude::*;

/// More units edited than this and scoring afresh is quicker: each edited unit's ranking entry
/// and dimension scores are looked up in lists of every unit, month by month.
const MOST_EDITED: usize = 64;

/// Brings `scores`, made from a model with the same site, categories, units and published
/// months as `model`, up to date with `model`'s monthly reports, of which only those of the
/// units `changed` (ids) differ. Returns, for each month, whether its figures may have changed;
/// None, leaving `scores` as they were, when the months published differ or more than
/// [`MOST_EDITED`] units were edited (score afresh).
pub fn rescore(model: &Model, scores: &mut Scores, changed: &[&str]) -> Option<Vec<bool>> {
    let same_months = scores.months.len() == model.published.len()
        && (scores.months.iter().zip(&model.published)).all(|(f, m)| f.month == *m);
    if !same_months || changed.len() > MOST_EDITED {
        return None;
    }
    let mut edited: Vec<usize> = (changed.iter())
        .filter_map(|id| model.unit_index(id))
        .collect();
    edited.sort_unstable();
    edited.dedup();
    let years: FastSet<i32> = model.published.iter().map(|m| m.year).collect();
    let readers = Readers::of(model, &edited, &years);
    let table = Table::of(model, readers.reports(model));
    let (reranked, mut touched): (Vec<FastSet<usize>>, Vec<bool>) = (scores.months.par_iter_mut())
        .map(|month| update_month(model, &table, month, &edited, &readers))
        .unzip();
    // A ranking made again has no movements, and the next month's movements read its ranks.
    for k in 0..scores.months.len() {
        let prev = super::previous_month(model, k);
        let mut cats = reranked[k].clone();
        cats.extend(prev.iter().flat_map(|&j| reranked[j].iter().copied()));
        if cats.is_empty() {
            continue;
        }
        touched[k] = true;
        let (done, rest) = scores.months.split_at_mut(k);
        let before = prev.map(|j| done[j].rankings.as_slice());
        let month = &mut rest[0];
        for ci in cats {
            if let Some(r) = month.rankings.get_mut(ci) {
                set_movements(std::slice::from_mut(r), before);
            }
        }
    }
    Some(touched)
}

/// The units whose figures read the edited units' reports: the edited units, and by year those
/// that take one of them as a benchmark; and the units whose reports making those figures
/// reads (theirs and their benchmarks').
struct Readers {
    /// (year, unit index) of each unit whose benchmark figures read an edited unit that year.
    benchmarking: Vec<(i32, usize)>,
    /// Every unit whose reports the figures to make read.
    all: Vec<usize>,
}

impl Readers {
    fn of(model: &Model, edited: &[usize], years: &FastSet<i32>) -> Readers {
        let is_edited = |id: Option<&crate::model::UnitId>| {
            id.and_then(|id| model.unit_index(id.as_str()))
                .is_some_and(|i| edited.binary_search(&i).is_ok())
        };
        let mut benchmarking = Vec::new();
        let mut all: Vec<usize> = edited.to_vec();
        for (ui, u) in model.units.iter().enumerate() {
            for &year in years {
                let b = &u.plan(year).benchmarks;
                let reads = is_edited(b.internal.as_ref()) || is_edited(b.external.as_ref());
                if reads {
                    benchmarking.push((year, ui));
                }
                // Its rows and its benchmarks' are read to make its benchmark figures.
                if reads || edited.binary_search(&ui).is_ok() {
                    all.push(ui);
                    let named = [b.internal.as_ref(), b.external.as_ref()].into_iter();
                    all.extend(
                        named
                            .flatten()
                            .filter_map(|id| model.unit_index(id.as_str())),
                    );
                }
            }
        }
        benchmarking.sort_unstable();
        all.sort_unstable();
        all.dedup();
        Readers { benchmarking, all }
    }

    /// The reports of [`Readers::all`], found in `model.reports` (sorted by unit and month).
    fn reports<'m>(&self, model: &'m Model) -> impl Iterator<Item = &'m Report> {
        (self.all.iter()).flat_map(move |&ui| model.reports_of(model.units[ui].id.as_str()))
    }
}

/// One month's figures of the edited units and of those benchmarking them made again, and the
/// rankings of categories whose scores changed. Returns the categories ranked again (by index
/// in `month.rankings`, their movements left to [`rescore`]), and whether anything changed.
fn update_month(
    model: &Model,
    table: &Table,
    month: &mut MonthFigures,
    edited: &[usize],
    readers: &Readers,
) -> (FastSet<usize>, bool) {
    let m = month.month;
    let mut changed = false;
    let mut rerank: FastSet<usize> = FastSet::default();
    let mut dims = Vec::new();
    for &ui in edited {
        let at = unit_at(model, table, ui, m);
        let entry = (month.rankings.iter())
            .flat_map(|c| &c.entries)
            .find(|e| e.unit == model.units[ui].id);
        let ranked_as = entry.map(|e| (e.score, e.dimensions.as_slice()));
        if ranked_as != at.score.map(|s| (s, at.dimensions.as_slice())) {
            let cat = model.category_index(model.units[ui].category.as_str());
            rerank.extend(cat);
        }
        dims.push((ui, at.dimensions.clone()));
        let figures = unit_figures(model, table, ui, m, at);
        changed |= month.units[ui] != figures;
        month.units[ui] = figures;
    }
    let from = readers.benchmarking.partition_point(|&(y, _)| y < m.year);
    for &(_, ui) in readers.benchmarking[from..]
        .iter()
        .take_while(|(y, _)| *y == m.year)
    {
        let bench = &model.units[ui].plan(m.year).benchmarks;
        for (i, row) in month.units[ui].indicators.iter_mut().enumerate() {
            let internal = benchmark(model, table, ui, bench.internal.as_ref(), i, m);
            let external = benchmark(model, table, ui, bench.external.as_ref(), i, m);
            changed |= row.internal != internal || row.external != external;
            row.internal = internal;
            row.external = external;
        }
    }
    let is_edited = |id: &crate::model::UnitId| {
        (model.unit_index(id.as_str())).is_some_and(|i| edited.binary_search(&i).is_ok())
    };
    let missing = month.missing_reports.len();
    month.missing_reports.retain(|id| !is_edited(id));
    changed |= month.missing_reports.len() != missing;
    for &ui in edited {
        let u = &model.units[ui];
        if owes_report(table, ui, u, m) {
            let at = month.missing_reports.partition_point(|id| *id < u.id);
            month.missing_reports.insert(at, u.id.clone());
            changed = true;
        }
    }
    for &ci in &rerank {
        let ranking = rerank_category(model, month, ci, &dims);
        month.rankings[ci] = ranking;
    }
    changed |= !rerank.is_empty();
    (rerank, changed)
}

/// Category `ci`'s ranking at `month` from its units' scores there, the dimension scores of
/// units not edited taken from the ranking as it was.
fn rerank_category(
    model: &Model,
    month: &MonthFigures,
    ci: usize,
    edited_dims: &[(usize, Vec<(crate::model::DimensionId, f64)>)],
) -> CategoryRanking {
    let old = &month.rankings[ci];
    let old_dims: crate::model::FastMap<&str, &[_]> = (old.entries.iter())
        .map(|e| (e.unit.as_str(), e.dimensions.as_slice()))
        .collect();
    let cat = &model.categories[ci];
    let scored: Vec<Scored> = (model.units.iter().enumerate())
        .filter(|(_, u)| u.category == cat.id)
        .filter_map(|(ui, u)| {
            let score = month.units[ui].score?;
            let dims = match edited_dims.iter().find(|(e, _)| *e == ui) {
                Some((_, d)) => d.as_slice(),
                None => old_dims.get(u.id.as_str()).copied().unwrap_or(&[]),
            };
            Some((&u.id, score, dims))
        })
        .collect();
    rank_category(&cat.id, scored)
}

#[cfg(test)]
#[path = "update_tests.rs"]
mod tests;
