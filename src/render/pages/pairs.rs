//! Units against their benchmarks (/pairs/), and one such pair (also the `pair` shortcode).

use super::Pages;
use super::years::YearLink;
use crate::model::{Unit, UnitId, Visit};
use crate::render::views::{IndicatorRow, NotReported, UnitLink};
use crate::render::{Out, format, urls};
use crate::score::MonthFigures;
use rayon::prelude::*;
use serde::Serialize;

/// `page` of pairs.html.
#[derive(Serialize)]
pub(crate) struct Pairs<'a> {
    pairs: Vec<Option<Pair<'a>>>,
    month: Option<String>,
    /// The year shown, and the other years' pairs (newest first).
    year: Option<i32>,
    years: Vec<YearLink>,
}

/// A unit against its two benchmarks, indicator by indicator, at a month.
#[derive(Serialize)]
pub(crate) struct Pair<'a> {
    unit: UnitLink<'a>,
    month: String,
    internal: Option<Benchmark<'a>>,
    external: Option<Benchmark<'a>>,
    rows: Vec<IndicatorRow<'a>>,
    /// Set when the unit did not report this month.
    missing: Option<NotReported>,
}

#[derive(Serialize)]
pub(crate) struct Benchmark<'a> {
    unit: Option<UnitLink<'a>>,
    visits: VisitsBetween<'a>,
}

/// Visits either way between a unit and a benchmark: this year's count and the latest.
#[derive(Serialize)]
pub(crate) struct VisitsBetween<'a> {
    count: usize,
    latest: Option<VisitLink<'a>>,
}

#[derive(Serialize)]
pub(crate) struct VisitLink<'a> {
    title: &'a str,
    date: String,
    url: String,
}

impl<'a> Pages<'a> {
    /// The pairs of the context's year: /pairs/ for the latest, /pairs/<YYYY>/ for a past one.
    pub(super) fn pairs(&self, files: &Out) {
        let cx = &self.cx;
        let pairs = match cx.latest() {
            Some(mf) => cx
                .model
                .units_in(mf.month.year)
                .filter(|u| {
                    let b = &u.plan(mf.month.year).benchmarks;
                    !u.external && (b.internal.is_some() || b.external.is_some())
                })
                .collect::<Vec<_>>()
                .par_iter()
                .map(|u| self.pair(u, mf))
                .collect(),
            None => vec![],
        };
        let page = Pairs {
            pairs,
            month: cx.latest().map(|mf| cx.month(mf.month)),
            year: cx.year(),
            years: self.years_of(urls::PAIRS, urls::pairs_year),
        };
        let (path, title) = match cx.past {
            Some(y) => (urls::pairs_year(y), format!("{} · {y}", cx.t("pairs"))),
            None => (urls::PAIRS.to_owned(), cx.t("pairs")),
        };
        self.put(files, &path, "pairs.html", &title, &page);
    }

    /// A unit against its two benchmarks at a month; None for a unit without figures then.
    pub(super) fn pair(&self, u: &'a Unit, mf: &MonthFigures) -> Option<Pair<'a>> {
        let cx = &self.cx;
        let cat = cx.category_of(u)?;
        let uf = mf.unit(u.id.as_str())?;
        let year = mf.month.year;
        let mut rows: Vec<IndicatorRow> = cat
            .indicators
            .iter()
            .zip(&uf.indicators)
            .filter(|(ind, _)| ind.in_force(year))
            .map(|(ind, f)| cx.indicator_row(ind, f, mf.month))
            .collect();
        cx.mark_rows(&mut rows, &cx.corrections_upto(u.id.as_str(), mf.month));
        let plan = u.plan(year);
        let benchmark = |b: &UnitId| {
            let between: Vec<&'a Visit> = cx
                .ix
                .pair_visits(u.id.as_str(), b.as_str())
                .iter()
                .map(|&i| &cx.model.visits[i])
                .collect();
            let count = between
                .iter()
                .filter(|v| chrono::Datelike::year(&v.date) == year)
                .count();
            // Up to the year shown: a past year's page never changes with later visits.
            let latest = between
                .iter()
                .rev()
                .find(|v| chrono::Datelike::year(&v.date) <= year)
                .map(|v| VisitLink {
                    title: &v.title,
                    date: format::date(v.date, cx.lang),
                    url: cx.url(&urls::visit(v)),
                });
            Benchmark {
                unit: cx.unit_ref(b.as_str()),
                visits: VisitsBetween { count, latest },
            }
        };
        Some(Pair {
            unit: cx.unit_link(u),
            month: cx.month(mf.month),
            internal: plan.benchmarks.internal.as_ref().map(benchmark),
            external: plan.benchmarks.external.as_ref().map(benchmark),
            rows,
            missing: cx.not_reported(u.id.as_str(), mf.month),
        })
    }
}
