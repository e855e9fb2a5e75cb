//! The figures of SPEC §10 for every published month: `&Model -> Scores`, no I/O, no text.

mod arith;
mod digest;
mod fig;
pub mod pace;
mod stored;
mod update;

pub use digest::{Digest, MonthDigest};
pub use fig::Fig;
pub use stored::{Rules, StoredBenchmark, StoredFigures};
pub use update::rescore;

pub use arith::*;

use crate::model::UnitId;
use crate::model::{Category, CategoryId, DimensionId, Model, Month, Report, Unit};
use crate::model::{FastMap, FastSet, Positions};
use rayon::prelude::*;
use std::sync::Arc;

/// A unit's figures against one of its benchmarks: the unit it names that year
/// (`Unit::plan(year).benchmarks`), which is not repeated in each of millions of rows.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BenchmarkFigures {
    pub ytd: Fig,
    pub gap: Fig,
    pub trend: Option<Trend>,
}

/// One unit's figures for one indicator at one month, as pages and open data read them: made
/// from a [`StoredFigures`] when read ([`MonthFigures::all`]).
#[derive(Debug, Clone, PartialEq)]
pub struct IndicatorFigures {
    pub value: Fig,
    pub ytd: Fig,
    pub target: Fig,
    pub expected: Fig,
    pub completion: Fig,
    pub pace: Fig,
    pub credited: Fig,
    pub status: Option<Status>,
    pub points: Fig,
    pub growth: Fig,
    pub internal: Option<BenchmarkFigures>,
    pub external: Option<BenchmarkFigures>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct UnitFigures {
    pub unit: UnitId,
    /// Published (rounded) score; None for units without targets this year.
    pub score: Option<f64>,
    /// The rows of its category's indicators, in order.
    pub indicators: Vec<StoredFigures>,
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
    /// The site's cap and tolerance, which the figures made when read need ([`Rules`]).
    pub cap: f64,
    pub tolerance: f64,
    /// Every category by id.
    pub rankings: Vec<CategoryRanking>,
    /// Every unit by id.
    pub units: Vec<UnitFigures>,
    /// Non-external units with targets and no report for this month (SPEC §16).
    pub missing_reports: Vec<UnitId>,
    /// Each unit's position in `units`, shared by every month: pages look units up per month,
    /// indicator and benchmark, and a binary search of 10,000 ids cost a tenth of a build.
    pub positions: Arc<Positions>,
}

impl MonthFigures {
    /// A unit's figures.
    pub fn unit(&self, id: &str) -> Option<&UnitFigures> {
        self.units.get(*self.positions.get(id)?)
    }

    pub fn ranking(&self, category: &str) -> Option<&CategoryRanking> {
        match self
            .rankings
            .binary_search_by(|r| r.category.as_str().cmp(category))
        {
            Ok(i) => Some(&self.rankings[i]),
            Err(_) => self
                .rankings
                .iter()
                .find(|r| r.category.as_str() == category),
        }
    }
}

/// Figures for every published month, ascending.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Scores {
    pub months: Vec<MonthFigures>,
}

impl Scores {
    pub fn month(&self, m: Month) -> Option<&MonthFigures> {
        match self.months.binary_search_by(|f| f.month.cmp(&m)) {
            Ok(i) => Some(&self.months[i]),
            Err(_) => self.months.iter().find(|f| f.month == m),
        }
    }
}

/// One indicator of one unit in one year: the reported values and the year-to-date figure at
/// every month, each computed once (by [`ytd`] over the months so far, exactly as SPEC §10 says)
/// and then looked up by the unit's own row, by growth a year later and by every unit that
/// takes this one as a benchmark.
struct Row {
    values: [Option<f64>; 12],
    ytd: [Option<f64>; 12],
}

/// Reported values indexed by unit (its index in `model.units`) and year: one [`Row`] per
/// indicator of the unit's category.
struct Table<'m> {
    /// Each unit's category, by unit index.
    cats: Vec<Option<&'m Category>>,
    rows: FastMap<(usize, i32), Vec<Row>>,
    /// (unit index, month) of every report in the build.
    reported: FastSet<(usize, Month)>,
}

impl<'m> Table<'m> {
    fn new(model: &'m Model) -> Self {
        Table::of(model, &model.reports)
    }

    /// The table of `reports` alone (those of the units whose figures are to be made).
    fn of<'r>(model: &'m Model, reports: impl IntoIterator<Item = &'r Report>) -> Self {
        let cats: Vec<Option<&Category>> = model
            .units
            .iter()
            .map(|u| model.category(u.category.as_str()))
            .collect();
        let mut values: FastMap<(usize, i32), Vec<[Option<f64>; 12]>> = FastMap::default();
        let mut reported = FastSet::default();
        for r in reports {
            let Some(ui) = model.unit_index(r.unit.as_str()) else {
                continue;
            };
            let Some(cat) = cats[ui] else {
                continue;
            };
            reported.insert((ui, r.month));
            let row = values
                .entry((ui, r.month.year))
                .or_insert_with(|| vec![[None; 12]; cat.indicators.len()]);
            for (id, v) in &r.values {
                if let Some(i) = cat.indicators.iter().position(|k| &k.id == id) {
                    row[i][(r.month.month - 1) as usize] = Some(*v);
                }
            }
        }
        let rows = values
            .into_iter()
            .map(|((ui, year), by_indicator)| {
                let cat = cats[ui].map_or(&[][..], |c| c.indicators.as_slice());
                let rows = by_indicator
                    .into_iter()
                    .zip(cat)
                    .map(|(values, ind)| Row {
                        values,
                        ytd: std::array::from_fn(|k| ytd(ind.aggregate, &values, k as u32 + 1)),
                    })
                    .collect();
                ((ui, year), rows)
            })
            .collect();
        Table {
            cats,
            rows,
            reported,
        }
    }

    fn row(&self, unit: usize, year: i32, indicator: usize) -> Option<&Row> {
        self.rows.get(&(unit, year)).and_then(|r| r.get(indicator))
    }

    fn ytd(&self, unit: usize, indicator: usize, m: Month) -> Option<f64> {
        self.row(unit, m.year, indicator)?.ytd[(m.month - 1) as usize]
    }
}

/// A unit's raw score and its per-indicator figures at one month (without benchmarks).
struct UnitAtMonth {
    score: Option<f64>,
    dimensions: Vec<(DimensionId, f64)>,
    rows: Vec<StoredFigures>,
}

fn unit_at(model: &Model, table: &Table, ui: usize, m: Month) -> UnitAtMonth {
    let site = &model.site;
    let unit = &model.units[ui];
    let Some(cat) = table.cats[ui] else {
        return UnitAtMonth {
            score: None,
            dimensions: vec![],
            rows: vec![],
        };
    };
    let rules = Rules {
        time_progress: time_progress(m.month),
        cap: site.cap,
        tolerance: site.tolerance,
    };
    let ranked = !unit.external && unit.takes_part(m.year) && unit.targets.contains_key(&m.year);
    let mut rows = Vec::with_capacity(cat.indicators.len());
    // Each indicator's points, made as the pages make them ([`StoredFigures::figures`]).
    let mut points = Vec::with_capacity(cat.indicators.len());
    for (i, ind) in cat.indicators.iter().enumerate() {
        let y = table.ytd(ui, i, m);
        let value = table
            .row(ui, m.year, i)
            .and_then(|r| r.values[(m.month - 1) as usize]);
        let prev_year = table.ytd(ui, i, Month::new(m.year - 1, m.month));
        let target = unit
            .target(m.year, &ind.id)
            .filter(|_| !unit.external && ind.in_force(m.year));
        let row = StoredFigures {
            value: value.into(),
            ytd: y.into(),
            target: target.into(),
            growth: growth(y, prev_year).into(),
            internal: None,
            external: None,
        };
        points.push(row.figures(ind, rules).points.get().unwrap_or(0.0));
        rows.push(row);
    }
    let (score_raw, dimensions) = if ranked {
        let pw = |ind_filter: &dyn Fn(usize) -> bool| {
            score(
                cat.indicators
                    .iter()
                    .enumerate()
                    .filter(|(i, ind)| ind.in_force(m.year) && ind_filter(*i))
                    .map(|(i, ind)| (points[i], ind.weight)),
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

/// Rankings of every category at one month (entries without movement). `at` is by unit index.
fn rank_month(model: &Model, at: &[UnitAtMonth]) -> Vec<CategoryRanking> {
    // Each category's units in one pass, in id order (a filter per category would be
    // categories × units).
    let mut by_cat: Vec<Vec<Scored>> = vec![Vec::new(); model.categories.len()];
    for (u, a) in model.units.iter().zip(at) {
        if let Some(s) = a.score
            && let Some(ci) = model.category_index(u.category.as_str())
        {
            by_cat[ci].push((&u.id, s, &a.dimensions));
        }
    }
    (model.categories.iter())
        .zip(by_cat)
        .map(|(cat, scored)| rank_category(&cat.id, scored))
        .collect()
}

/// A ranked unit, its score and its dimension scores.
type Scored<'a> = (&'a UnitId, f64, &'a [(DimensionId, f64)]);

/// One category's ranking (entries without movement): by score, ties by id.
fn rank_category(category: &CategoryId, mut scored: Vec<Scored>) -> CategoryRanking {
    scored.sort_by(|a, b| b.1.total_cmp(&a.1).then_with(|| a.0.cmp(b.0)));
    let ranks = competition_ranks(&scored.iter().map(|s| s.1).collect::<Vec<_>>());
    let entries = (scored.iter().zip(ranks))
        .map(|((unit, score, dimensions), rank)| RankEntry {
            unit: (*unit).clone(),
            score: *score,
            rank,
            movement: None,
            dimensions: dimensions.to_vec(),
        })
        .collect();
    CategoryRanking {
        category: category.clone(),
        entries,
    }
}

fn benchmark(
    model: &Model,
    table: &Table,
    ui: usize,
    bench: Option<&UnitId>,
    i: usize,
    m: Month,
) -> Option<StoredBenchmark> {
    let bi = model.unit_index(bench?.as_str())?;
    let cat = table.cats[ui]?;
    let dir = cat.indicators.get(i)?.direction;
    let ytd_b = table.ytd(bi, i, m);
    let g = gap(dir, table.ytd(ui, i, m), ytd_b);
    let prev = m
        .prev_in_year()
        .and_then(|p| gap(dir, table.ytd(ui, i, p), table.ytd(bi, i, p)));
    // The gap is made again from the two years to date when read.
    Some(StoredBenchmark {
        ytd: ytd_b.into(),
        trend: trend(g, prev),
    })
}

/// Every published month's figures as they stood on `date` (SPEC §17): the reports' values
/// with the corrections made after `date` undone. What a bulletin of that date shows.
pub fn score_as_of(model: &Model, date: chrono::NaiveDate) -> Scores {
    if model.corrected_after(date) {
        score_model(&model.as_of(date))
    } else {
        score_model(model)
    }
}

/// Computes every published month's figures. Months are independent once the year-to-date
/// table is built, so they are computed in parallel (collected in month order); each month's
/// rankings are computed once and reused for the next month's movement.
pub fn score_model(model: &Model) -> Scores {
    let table = Table::new(model);
    let positions = Arc::new(crate::model::positions(&model.units));
    let per_month: Vec<(Vec<UnitAtMonth>, Vec<CategoryRanking>)> = model
        .published
        .par_iter()
        .map(|&m| {
            let at: Vec<UnitAtMonth> = (0..model.units.len())
                .map(|ui| unit_at(model, &table, ui, m))
                .collect();
            let rankings = rank_month(model, &at);
            (at, rankings)
        })
        .collect();
    let mut per_month = per_month;
    for k in 0..per_month.len() {
        let (done, rest) = per_month.split_at_mut(k);
        let before = previous_month(model, k).map(|j| done[j].1.as_slice());
        set_movements(&mut rest[0].1, before);
    }
    let months = per_month
        .into_par_iter()
        .zip(&model.published)
        .map(|((at, rankings), &m)| {
            month_figures(model, &table, m, at, rankings, positions.clone())
        })
        .collect();
    Scores { months }
}

/// The index in `model.published` of the month before the `k`th in the same year, when it was
/// published: rankings exist only for published months (SPEC §10), so a month after a gap in
/// publication has no movement.
fn previous_month(model: &Model, k: usize) -> Option<usize> {
    let p = model.published.get(k)?.prev_in_year()?;
    model.published.binary_search(&p).ok()
}

/// Each entry's movement against `before`, the rankings at the previous month of the year.
fn set_movements(rankings: &mut [CategoryRanking], before: Option<&[CategoryRanking]>) {
    for ranking in rankings {
        let before = before.map(|b| {
            (b.iter())
                .filter(|c| c.category == ranking.category)
                .flat_map(|c| &c.entries)
                .map(|e| (e.unit.as_str(), e.rank))
                .collect::<FastMap<&str, u32>>()
        });
        for e in &mut ranking.entries {
            e.movement = match &before {
                Some(ranks) => movement(ranks.get(e.unit.as_str()).copied(), Some(e.rank)),
                None => None,
            };
        }
    }
}

/// One month's figures from its units' rows and rankings: benchmarks filled in with the year's
/// pairs, and the units that owe a report.
fn month_figures(
    model: &Model,
    table: &Table,
    m: Month,
    at: Vec<UnitAtMonth>,
    rankings: Vec<CategoryRanking>,
    positions: Arc<Positions>,
) -> MonthFigures {
    let units = (at.into_iter().enumerate())
        .map(|(ui, at)| unit_figures(model, table, ui, m, at))
        .collect();
    let missing_reports = (model.units.iter().enumerate())
        .filter(|&(ui, u)| owes_report(table, ui, u, m))
        .map(|(_, u)| u.id.clone())
        .collect();
    MonthFigures {
        month: m,
        time_progress: time_progress(m.month),
        cap: model.site.cap,
        tolerance: model.site.tolerance,
        rankings,
        units,
        missing_reports,
        positions,
    }
}

/// A unit's figures at `m`: its rows (from [`unit_at`]) with its benchmarks of the year.
fn unit_figures(model: &Model, table: &Table, ui: usize, m: Month, at: UnitAtMonth) -> UnitFigures {
    let u = &model.units[ui];
    let bench = &u.plan(m.year).benchmarks;
    let indicators = (at.rows.into_iter().enumerate())
        .map(|(i, mut row)| {
            row.internal = benchmark(model, table, ui, bench.internal.as_ref(), i, m);
            row.external = benchmark(model, table, ui, bench.external.as_ref(), i, m);
            row
        })
        .collect();
    UnitFigures {
        unit: u.id.clone(),
        score: at.score,
        indicators,
    }
}

/// A unit that takes part with targets this year and has no report for `m` (SPEC §16).
fn owes_report(table: &Table, ui: usize, u: &Unit, m: Month) -> bool {
    !u.external
        && u.takes_part(m.year)
        && u.targets.contains_key(&m.year)
        && !table.reported.contains(&(ui, m))
}
