//! The figures of SPEC §10 for every published month: `&Model -> Scores`, no I/O, no text.

mod arith;

pub use arith::*;

use crate::model::{CategoryId, DimensionId, IndicatorId, Model, Month, Unit, UnitId};
use std::collections::{BTreeMap, HashMap};

#[derive(Debug, Clone, PartialEq)]
pub struct BenchmarkFigures {
    pub unit: UnitId,
    pub ytd: Option<f64>,
    pub gap: Option<f64>,
    pub trend: Option<Trend>,
}

/// One unit's figures for one indicator at one month.
#[derive(Debug, Clone, PartialEq)]
pub struct IndicatorFigures {
    pub id: IndicatorId,
    pub value: Option<f64>,
    pub ytd: Option<f64>,
    pub target: Option<f64>,
    pub expected: Option<f64>,
    pub completion: Option<f64>,
    pub pace: Option<f64>,
    pub credited: Option<f64>,
    pub status: Option<Status>,
    pub points: Option<f64>,
    pub growth: Option<f64>,
    pub internal: Option<BenchmarkFigures>,
    pub external: Option<BenchmarkFigures>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct UnitFigures {
    pub unit: UnitId,
    /// Published (rounded) score; None for units without targets this year.
    pub score: Option<f64>,
    pub indicators: Vec<IndicatorFigures>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct RankEntry {
    pub unit: UnitId,
    pub score: f64,
    pub rank: u32,
    pub movement: Option<i64>,
    /// Published dimension scores, in the site's dimension order, only dimensions the category uses.
    pub dimensions: Vec<(DimensionId, f64)>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct CategoryRanking {
    pub category: CategoryId,
    pub entries: Vec<RankEntry>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct MonthFigures {
    pub month: Month,
    pub time_progress: f64,
    /// Every category by id.
    pub rankings: Vec<CategoryRanking>,
    /// Every unit by id.
    pub units: Vec<UnitFigures>,
    /// Non-external units with targets and no report for this month (SPEC §16).
    pub missing_reports: Vec<UnitId>,
}

impl MonthFigures {
    pub fn unit(&self, id: &str) -> Option<&UnitFigures> {
        self.units.iter().find(|u| u.unit.as_str() == id)
    }

    pub fn ranking(&self, category: &str) -> Option<&CategoryRanking> {
        self.rankings
            .iter()
            .find(|r| r.category.as_str() == category)
    }
}

/// Figures for every published month, ascending.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Scores {
    pub months: Vec<MonthFigures>,
}

impl Scores {
    pub fn month(&self, m: Month) -> Option<&MonthFigures> {
        self.months.iter().find(|f| f.month == m)
    }
}

/// Reported values indexed for quick year-to-date sums: (unit, year) → one row per indicator of
/// the unit's category, 12 months each.
struct Values<'m> {
    model: &'m Model,
    rows: HashMap<(&'m str, i32), Vec<[Option<f64>; 12]>>,
    reported: HashMap<(&'m str, Month), ()>,
}

impl<'m> Values<'m> {
    fn new(model: &'m Model) -> Self {
        let mut rows: HashMap<(&str, i32), Vec<[Option<f64>; 12]>> = HashMap::new();
        let mut reported = HashMap::new();
        for r in &model.reports {
            let Some(unit) = model.unit(r.unit.as_str()) else {
                continue;
            };
            let Some(cat) = model.category(unit.category.as_str()) else {
                continue;
            };
            reported.insert((r.unit.as_str(), r.month), ());
            let row = rows
                .entry((r.unit.as_str(), r.month.year))
                .or_insert_with(|| vec![[None; 12]; cat.indicators.len()]);
            for (id, v) in &r.values {
                if let Some(i) = cat.indicators.iter().position(|k| &k.id == id) {
                    row[i][(r.month.month - 1) as usize] = Some(*v);
                }
            }
        }
        Values {
            model,
            rows,
            reported,
        }
    }

    fn months(&self, unit: &'m str, year: i32, indicator: usize) -> Option<&[Option<f64>; 12]> {
        self.rows.get(&(unit, year)).and_then(|r| r.get(indicator))
    }

    fn ytd(&self, unit: &Unit, indicator: usize, m: Month) -> Option<f64> {
        let cat = self.model.category(unit.category.as_str())?;
        let agg = cat.indicators.get(indicator)?.aggregate;
        ytd(
            agg,
            self.months(unit.id.as_str(), m.year, indicator)?,
            m.month,
        )
    }
}

/// A unit's raw score and its per-indicator figures at one month (without benchmarks).
struct UnitAtMonth {
    score: Option<f64>,
    dimensions: Vec<(DimensionId, f64)>,
    rows: Vec<IndicatorFigures>,
}

fn unit_at(model: &Model, values: &Values, unit: &Unit, m: Month) -> UnitAtMonth {
    let site = &model.site;
    let Some(cat) = model.category(unit.category.as_str()) else {
        return UnitAtMonth {
            score: None,
            dimensions: vec![],
            rows: vec![],
        };
    };
    let t = time_progress(m.month);
    let ranked = !unit.external && unit.targets.contains_key(&m.year);
    let mut rows = Vec::with_capacity(cat.indicators.len());
    for (i, ind) in cat.indicators.iter().enumerate() {
        let y = values.ytd(unit, i, m);
        let value = values
            .months(unit.id.as_str(), m.year, i)
            .and_then(|v| v[(m.month - 1) as usize]);
        let prev_year = values.ytd(unit, i, Month::new(m.year - 1, m.month));
        let mut row = IndicatorFigures {
            id: ind.id.clone(),
            value,
            ytd: y,
            target: None,
            expected: None,
            completion: None,
            pace: None,
            credited: None,
            status: None,
            points: None,
            growth: growth(y, prev_year),
            internal: None,
            external: None,
        };
        if let Some(target) = unit.target(m.year, &ind.id).filter(|_| !unit.external) {
            let e = expected(ind.aggregate, target, t);
            let r = pace(ind.direction, y, e, site.cap);
            let c = credited(r, site.cap);
            row.target = Some(target);
            row.expected = Some(e);
            row.completion = completion(y, target);
            row.pace = Some(r);
            row.credited = Some(c);
            row.status = Some(status(y, r, site.tolerance));
            row.points = Some(ind.weight * c);
        }
        rows.push(row);
    }
    let (score_raw, dimensions) = if ranked {
        let pw = |ind_filter: &dyn Fn(usize) -> bool| {
            score(
                cat.indicators
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| ind_filter(*i))
                    .map(|(i, ind)| (rows[i].points.unwrap_or(0.0), ind.weight)),
            )
        };
        let total = pw(&|_| true);
        let dims = site
            .dimensions
            .iter()
            .filter_map(|d| {
                let s = pw(&|i| cat.indicators[i].dimension == d.id)?;
                Some((d.id.clone(), round2(s)))
            })
            .collect();
        (total, dims)
    } else {
        (None, vec![])
    };
    UnitAtMonth {
        score: score_raw.map(round2),
        dimensions,
        rows,
    }
}

/// Rankings of every category at month m: (category → entries without movement).
fn rank_month(model: &Model, per_unit: &BTreeMap<&str, UnitAtMonth>) -> Vec<CategoryRanking> {
    model
        .categories
        .iter()
        .map(|cat| {
            let mut scored: Vec<(&Unit, &UnitAtMonth, f64)> = model
                .units
                .iter()
                .filter(|u| u.category == cat.id)
                .filter_map(|u| {
                    let at = per_unit.get(u.id.as_str())?;
                    Some((u, at, at.score?))
                })
                .collect();
            scored.sort_by(|a, b| b.2.total_cmp(&a.2).then_with(|| a.0.id.cmp(&b.0.id)));
            let ranks = competition_ranks(&scored.iter().map(|s| s.2).collect::<Vec<_>>());
            let entries = scored
                .iter()
                .zip(ranks)
                .map(|((u, at, s), rank)| RankEntry {
                    unit: u.id.clone(),
                    score: *s,
                    rank,
                    movement: None,
                    dimensions: at.dimensions.clone(),
                })
                .collect();
            CategoryRanking {
                category: cat.id.clone(),
                entries,
            }
        })
        .collect()
}

fn all_units_at<'m>(model: &'m Model, values: &Values, m: Month) -> BTreeMap<&'m str, UnitAtMonth> {
    model
        .units
        .iter()
        .map(|u| (u.id.as_str(), unit_at(model, values, u, m)))
        .collect()
}

fn benchmark(
    model: &Model,
    values: &Values,
    unit: &Unit,
    bench: Option<&UnitId>,
    i: usize,
    m: Month,
) -> Option<BenchmarkFigures> {
    let b = model.unit(bench?.as_str())?;
    let cat = model.category(unit.category.as_str())?;
    let dir = cat.indicators.get(i)?.direction;
    let ytd_b = values.ytd(b, i, m);
    let g = gap(dir, values.ytd(unit, i, m), ytd_b);
    let prev = m
        .prev_in_year()
        .and_then(|p| gap(dir, values.ytd(unit, i, p), values.ytd(b, i, p)));
    Some(BenchmarkFigures {
        unit: b.id.clone(),
        ytd: ytd_b,
        gap: g,
        trend: trend(g, prev),
    })
}

/// Computes every published month's figures.
pub fn score_model(model: &Model) -> Scores {
    let values = Values::new(model);
    let mut months = Vec::with_capacity(model.published.len());
    for &m in &model.published {
        let now = all_units_at(model, &values, m);
        let mut rankings = rank_month(model, &now);
        // Rankings exist only for published months (SPEC §10), so a month after a gap in
        // publication has no movement.
        if let Some(p) = m
            .prev_in_year()
            .filter(|p| model.published.binary_search(p).is_ok())
        {
            let before = rank_month(model, &all_units_at(model, &values, p));
            for (cat_now, cat_before) in rankings.iter_mut().zip(&before) {
                for e in &mut cat_now.entries {
                    let prev = cat_before
                        .entries
                        .iter()
                        .find(|b| b.unit == e.unit)
                        .map(|b| b.rank);
                    e.movement = movement(prev, Some(e.rank));
                }
            }
        }
        let units = model
            .units
            .iter()
            .map(|u| {
                let at = &now[u.id.as_str()];
                let indicators = at
                    .rows
                    .iter()
                    .enumerate()
                    .map(|(i, row)| {
                        let mut row = row.clone();
                        row.internal =
                            benchmark(model, &values, u, u.benchmarks.internal.as_ref(), i, m);
                        row.external =
                            benchmark(model, &values, u, u.benchmarks.external.as_ref(), i, m);
                        row
                    })
                    .collect();
                UnitFigures {
                    unit: u.id.clone(),
                    score: at.score,
                    indicators,
                }
            })
            .collect();
        let missing_reports = model
            .units
            .iter()
            .filter(|u| !u.external && u.targets.contains_key(&m.year))
            .filter(|u| !values.reported.contains_key(&(u.id.as_str(), m)))
            .map(|u| u.id.clone())
            .collect();
        months.push(MonthFigures {
            month: m,
            time_progress: time_progress(m.month),
            rankings,
            units,
            missing_reports,
        });
    }
    Scores { months }
}
