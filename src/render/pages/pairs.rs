//! Units against their benchmarks (/pairs/), and one such pair (also the `pair` shortcode).

use super::Pages;
use super::years::YearLink;
use crate::model::{Unit, UnitId, Visit};
use crate::render::views::{IndicatorRow, NotReported, UnitLink};
use crate::render::{Out, format, urls};
use crate::score::MonthFigures;
use rayon::prelude::*;
use serde::Serialize;

/// How many pairs a page of /pairs/ lists. A page of every unit was 21 MB of HTML at 10,000
/// units, of no use on a phone, and the largest context of the build; 100 pairs are about
/// 220 KB, and a county's campaign of up to 100 paired units keeps one page.
pub(crate) const PAIRS_PER_PAGE: usize = 100;

/// `page` of pairs.html.
#[derive(Serialize)]
pub(crate) struct Pairs<'a> {
    /// This page's pairs.
    pairs: Vec<Option<Pair<'a>>>,
    month: Option<String>,
    /// The year shown, and the other years' pairs (newest first).
    year: Option<i32>,
    years: Vec<YearLink>,
    /// The other pages of this year's pairs; None when they fit one page.
    pager: Option<Pager>,
}

/// Where a page of a list split into pages stands, and links to the others.
#[derive(Serialize)]
pub(crate) struct Pager {
    /// This page's number, from 1.
    current: usize,
    /// 第 2 頁，共 95 頁
    position: String,
    previous: Option<String>,
    next: Option<String>,
    pages: Vec<PageLink>,
}

/// A link to one page of a list split into pages.
#[derive(Serialize)]
pub(crate) struct PageLink {
    number: usize,
    /// 第 2 頁
    label: String,
    url: String,
    /// The short names of the first and last unit the page lists, so that a reader can tell
    /// which page holds a unit.
    first: String,
    last: String,
    current: bool,
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
    /// The pairs of the context's year, [`PAIRS_PER_PAGE`] to a page: /pairs/ (then
    /// /pairs/page/2/, …) for the latest year, /pairs/<YYYY>/ for a past one. Each page is made
    /// and dropped on its own, so no context holds every unit.
    pub(super) fn pairs(&self, files: &Out) {
        let cx = &self.cx;
        let units = self.paired_units();
        let pages = pages_of(&units);
        let links: Vec<PageLink> = pages
            .iter()
            .enumerate()
            .map(|(i, page)| {
                let short = |u: Option<&&Unit>| u.map_or("", |u| cx.unit_link(u).short).to_owned();
                PageLink {
                    number: i + 1,
                    label: cx.t("page_n").replace("{n}", &(i + 1).to_string()),
                    url: cx.url(&self.pairs_page(i + 1)),
                    first: short(page.first()),
                    last: short(page.last()),
                    current: false,
                }
            })
            .collect();
        let title = match cx.past {
            Some(y) => format!("{} · {y}", cx.t("pairs")),
            None => cx.t("pairs"),
        };
        // The pairs are the latest year's, as the plan `same_unit_in` compares.
        let year = cx.latest().map(|mf| mf.month.year);
        pages.par_iter().enumerate().for_each(|(i, page)| {
            // After report edits, a page whose every unit's page is known unchanged shows the
            // same figures, benchmarks' figures, reports missing and corrections as before.
            if self.reuse.reports.is_some()
                && year.is_some_and(|y| page.iter().all(|u| self.same_unit_in(u, y)))
            {
                files.keep(urls::file(&self.pairs_page(i + 1)));
                return;
            }
            let pairs = match cx.latest() {
                Some(mf) => page.iter().map(|u| self.pair(u, mf)).collect(),
                None => vec![],
            };
            let pager = (pages.len() > 1).then(|| self.pager(&links, i));
            let title = match &pager {
                Some(p) => format!("{title} · {}", links[p.current - 1].label),
                None => title.clone(),
            };
            let page = Pairs {
                pairs,
                month: cx.latest().map(|mf| cx.month(mf.month)),
                year: cx.year(),
                years: self.years_of(urls::PAIRS, urls::pairs_year),
                pager,
            };
            self.put(files, &self.pairs_page(i + 1), "pairs.html", &title, &page);
        });
    }

    /// The paths of the context's year's pages of pairs, in order.
    pub(super) fn pairs_pages(&self) -> Vec<String> {
        (1..=pages_of(&self.paired_units()).len())
            .map(|n| self.pairs_page(n))
            .collect()
    }

    /// Page `n` of the context's year's pairs.
    fn pairs_page(&self, n: usize) -> String {
        let first = match self.cx.past {
            Some(y) => urls::pairs_year(y),
            None => urls::PAIRS.to_owned(),
        };
        urls::paged(&first, n)
    }

    /// The units /pairs/ lists, in order: those taking part in the year shown that name a
    /// benchmark and have figures in its latest month.
    fn paired_units(&self) -> Vec<&'a Unit> {
        let cx = &self.cx;
        let Some(mf) = cx.latest() else {
            return vec![];
        };
        let year = mf.month.year;
        cx.model
            .units_in(year)
            .filter(|u| {
                let b = &u.plan(year).benchmarks;
                !u.external
                    && (b.internal.is_some() || b.external.is_some())
                    && cx.category_of(u).is_some()
                    && mf.unit(u.id.as_str()).is_some()
            })
            .collect()
    }

    /// The pager of page `i` (from 0) among `links`.
    fn pager(&self, links: &[PageLink], i: usize) -> Pager {
        let url = |k: usize| links.get(k).map(|l| l.url.clone());
        Pager {
            current: i + 1,
            position: self
                .cx
                .t("page_of")
                .replace("{n}", &(i + 1).to_string())
                .replace("{of}", &links.len().to_string()),
            previous: i.checked_sub(1).and_then(url),
            next: url(i + 1),
            pages: links
                .iter()
                .map(|l| PageLink {
                    number: l.number,
                    label: l.label.clone(),
                    url: l.url.clone(),
                    first: l.first.clone(),
                    last: l.last.clone(),
                    current: l.number == i + 1,
                })
                .collect(),
        }
    }

    /// A unit against its two benchmarks at a month; None for a unit without figures then.
    pub(super) fn pair(&self, u: &'a Unit, mf: &MonthFigures) -> Option<Pair<'a>> {
        let cx = &self.cx;
        let cat = cx.category_of(u)?;
        let uf = mf.unit(u.id.as_str())?;
        let year = mf.month.year;
        let plan = u.plan(year);
        let mut rows: Vec<IndicatorRow> = (mf.in_force(uf, cat))
            .map(|(ind, f)| cx.indicator_row(ind, &f, &plan.benchmarks))
            .collect();
        cx.mark_rows(&mut rows, &cx.corrections_upto(u.id.as_str(), mf.month));
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

/// `units` split into pages of [`PAIRS_PER_PAGE`]; one empty page when there are none, since
/// /pairs/ is always there.
fn pages_of<'u, 'a>(units: &'u [&'a Unit]) -> Vec<&'u [&'a Unit]> {
    if units.is_empty() {
        return vec![&[]];
    }
    units.chunks(PAIRS_PER_PAGE).collect()
}
