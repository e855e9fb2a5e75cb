//! A unit's page (/units/<id>/): its figures, charts, records and reviews.

use super::Pages;
use super::charts::ProgressChart;
use super::visits::VisitView;
use crate::model::{Category, Markdown, Unit, UnitId};
use crate::render::views::{IndicatorRow, Movement, UnitLink};
use crate::render::{Out, chart, format, urls};
use serde::Serialize;
use std::collections::HashMap;

/// `page` of unit.html.
#[derive(Serialize)]
pub(crate) struct UnitPage<'a> {
    unit: UnitLink<'a>,
    name: &'a str,
    category: CategoryRef<'a>,
    parent: Option<&'a str>,
    leader: Option<&'a str>,
    external: bool,
    benchmarks: Benchmarks<'a>,
    /// HTML.
    pledge: Option<String>,
    /// HTML.
    learn: Option<String>,
    measures: &'a [String],
    targets: Vec<Target<'a>>,
    year: Option<i32>,
    month: Option<String>,
    rank: Option<Rank>,
    indicators: Vec<IndicatorRow<'a>>,
    charts: Vec<Option<ProgressChart<'a>>>,
    rank_chart: Option<RankChart>,
    reports: Vec<Report>,
    quarterlies: Vec<QuarterlyView<'a>>,
    reviews: Vec<UnitReview<'a>>,
    visits: Vec<VisitView<'a>>,
}

#[derive(Serialize)]
pub(crate) struct CategoryRef<'a> {
    id: &'a str,
    name: &'a str,
}

#[derive(Serialize)]
pub(crate) struct Benchmarks<'a> {
    internal: Option<Option<UnitLink<'a>>>,
    external: Option<Option<UnitLink<'a>>>,
}

#[derive(Serialize)]
pub(crate) struct Target<'a> {
    name: &'a str,
    target: String,
    measure: Option<&'a str>,
}

/// The unit's latest rank among `of` ranked units of its category.
#[derive(Serialize)]
pub(crate) struct Rank {
    rank: u32,
    of: u32,
    score: String,
    movement: Movement,
}

/// The rank history of the latest year, as a chart and as a table.
#[derive(Serialize)]
pub(crate) struct RankChart {
    svg: String,
    title: String,
    desc: String,
    rows: Vec<RankRow>,
}

#[derive(Serialize)]
pub(crate) struct RankRow {
    month: String,
    rank: u32,
}

/// A monthly report's summary (HTML).
#[derive(Serialize)]
pub(crate) struct Report {
    month: String,
    period: String,
    html: String,
}

#[derive(Serialize)]
pub(crate) struct QuarterlyView<'a> {
    period: String,
    title: Option<&'a str>,
    html: String,
}

/// What a review says of this unit.
#[derive(Serialize)]
pub(crate) struct UnitReview<'a> {
    period: String,
    url: String,
    commentary: Option<String>,
    rectification: Option<String>,
    /// The citation (HTML); null inside when the unit is a pacesetter without one.
    pacesetter: Option<Option<String>>,
    survey: Option<String>,
    awards: Vec<&'a str>,
}

impl<'a> Pages<'a> {
    pub(super) fn unit_page(&self, files: &Out, u: &'a Unit) {
        let cx = &self.cx;
        let Some(cat) = cx.category_of(u) else { return };
        let latest = cx.latest();
        let indicators = latest
            .and_then(|mf| mf.unit(u.id.as_str()).map(|uf| (mf, uf)))
            .map(|(mf, uf)| {
                cat.indicators
                    .iter()
                    .zip(&uf.indicators)
                    .map(|(i, f)| cx.indicator_row(i, f, mf.month))
                    .collect()
            })
            .unwrap_or_default();
        let charts = latest
            .map(|mf| {
                (0..cat.indicators.len())
                    .map(|i| {
                        let id = urls::chart::progress(&cat.indicators[i].id);
                        self.progress_chart(u, i, mf.month, &id)
                    })
                    .collect()
            })
            .unwrap_or_default();
        let year = latest.map(|mf| mf.month.year);
        let ranked_count = latest
            .and_then(|mf| mf.ranking(cat.id.as_str()))
            .map_or(0, |r| r.entries.len() as u32);
        let id = u.id.as_str();
        let latest_ix = cx.scores.months.len().checked_sub(1);
        let rank = latest_ix.and_then(|m| cx.ix.rank(m, id)).map(|e| Rank {
            rank: e.rank,
            of: ranked_count,
            score: format::score(e.score),
            movement: cx.movement(e.movement),
        });
        let bench = |b: &Option<UnitId>| b.as_ref().map(|b| cx.unit_ref(b.as_str()));
        let page = UnitPage {
            unit: cx.unit_link(u),
            name: &u.name,
            category: CategoryRef {
                id: cat.id.as_str(),
                name: &cat.name,
            },
            parent: u.parent.as_deref(),
            leader: u.leader.as_deref(),
            external: u.external,
            benchmarks: Benchmarks {
                internal: bench(&u.benchmarks.internal),
                external: bench(&u.benchmarks.external),
            },
            pledge: self.md_html(&u.pledge),
            learn: self.md_html(&u.learn),
            measures: &u.measures,
            targets: year.map_or_else(Vec::new, |y| targets(u, cat, y)),
            year,
            month: latest.map(|mf| cx.month(mf.month)),
            rank,
            indicators,
            charts,
            rank_chart: self.rank_chart(u, year, ranked_count),
            reports: self.reports(u),
            quarterlies: self.quarterlies(u),
            reviews: self.unit_reviews(u),
            visits: cx
                .ix
                .unit_visits(id)
                .iter()
                .rev()
                .map(|&i| self.visit(&cx.model.visits[i]))
                .collect(),
        };
        self.put(files, &urls::unit(&u.id), "unit.html", &u.name, &page);
    }

    /// The rank history of `year`, when the unit was ranked in it.
    fn rank_chart(&self, u: &Unit, year: Option<i32>, ranked_count: u32) -> Option<RankChart> {
        let cx = &self.cx;
        let ranks: Vec<(u32, u32)> = cx
            .scores
            .months
            .iter()
            .enumerate()
            .filter(|(_, mf)| Some(mf.month.year) == year)
            .filter_map(|(i, mf)| Some((mf.month.month, cx.ix.rank(i, u.id.as_str())?.rank)))
            .collect();
        if ranks.is_empty() {
            return None;
        }
        let title = format!(
            "{} · {} {}",
            u.name,
            cx.t("rank_history"),
            year.unwrap_or_default()
        );
        let desc = ranks
            .iter()
            .map(|(m, r)| format!("{} {}", format::month_short(*m, cx.lang), r))
            .collect::<Vec<_>>()
            .join(", ");
        let svg = chart::ranks(
            self.caches.map(|c| &c.charts),
            urls::chart::RANK_HISTORY,
            &title,
            &desc,
            &cx.month_labels(),
            &ranks,
            ranked_count,
        );
        let rows = ranks
            .iter()
            .map(|&(m, rank)| RankRow {
                month: format::month_short(m, cx.lang),
                rank,
            })
            .collect();
        Some(RankChart {
            svg,
            title,
            desc,
            rows,
        })
    }

    /// Monthly reports with a summary, newest first.
    fn reports(&self, u: &Unit) -> Vec<Report> {
        let cx = &self.cx;
        cx.ix
            .reports(u.id.as_str())
            .iter()
            .rev()
            .map(|&i| &cx.model.reports[i])
            .filter(|r| !r.summary.text.trim().is_empty())
            .map(|r| Report {
                month: cx.month(r.month),
                period: r.month.to_string(),
                html: self.markdown(&r.summary, None).html,
            })
            .collect()
    }

    /// Quarterly reports, newest first.
    fn quarterlies(&self, u: &Unit) -> Vec<QuarterlyView<'a>> {
        let cx = &self.cx;
        cx.ix
            .quarterlies(u.id.as_str())
            .iter()
            .rev()
            .map(|&i| &cx.model.quarterlies[i])
            .map(|q| QuarterlyView {
                period: self.period_name(crate::model::ReviewPeriod::Quarter(q.year, q.quarter)),
                title: q.title.as_deref(),
                html: self.markdown(&q.body, None).html,
            })
            .collect()
    }

    /// Every review that says something of the unit, newest first.
    fn unit_reviews(&self, u: &Unit) -> Vec<UnitReview<'a>> {
        let cx = &self.cx;
        let id = u.id.as_str();
        let mut reviews = Vec::new();
        for (ri, r) in cx.model.reviews.iter().enumerate().rev() {
            let Some(named) = cx.ix.review(ri) else {
                continue;
            };
            let find = |at: &HashMap<&str, usize>, list: &[(UnitId, Markdown)]| {
                at.get(id).map(|&i| self.markdown(&list[i].1, None).html)
            };
            let review = UnitReview {
                period: self.period_name(r.period),
                url: cx.url(&urls::review(r.period)),
                commentary: find(&named.commentary, &r.commentary),
                rectification: find(&named.rectification, &r.rectification),
                pacesetter: named
                    .pacesetters
                    .get(id)
                    .map(|&i| self.md_html(&r.pacesetters[i].citation)),
                survey: r
                    .survey
                    .as_ref()
                    .and_then(|s| named.survey.get(id).map(|&i| &s.scores[i]))
                    .map(|(_, x)| format::number(*x, 1)),
                awards: named
                    .awards
                    .get(id)
                    .map_or(&[][..], Vec::as_slice)
                    .iter()
                    .map(|&i| r.awards[i].title.as_str())
                    .collect(),
            };
            if review.commentary.is_some()
                || review.rectification.is_some()
                || review.pacesetter.is_some()
                || review.survey.is_some()
                || !review.awards.is_empty()
            {
                reviews.push(review);
            }
        }
        reviews
    }
}

/// The unit's targets for `year`, in the order it gives them.
fn targets<'a>(u: &'a Unit, cat: &'a Category, year: i32) -> Vec<Target<'a>> {
    let Some(row) = u.targets.get(&year) else {
        return Vec::new();
    };
    row.iter()
        .filter_map(|(id, t)| {
            let ind = cat.indicators.iter().find(|i| &i.id == id)?;
            Some(Target {
                name: &ind.name,
                target: format::number(*t, ind.decimals),
                measure: ind.measure.as_deref(),
            })
        })
        .collect()
}
