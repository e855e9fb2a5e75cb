//! A unit's page (/units/<id>/, and /units/<id>/<YYYY>/ for a past year): its plan, figures,
//! charts, records and reviews of one year.

use super::Pages;
use super::charts::ProgressChart;
use super::verdict::Verdict;
use super::visits::VisitView;
use super::years::{Left, YearLink};
use crate::model::{Category, FastMap, Markdown, Unit, UnitId, corrected_figures};
use crate::render::views::{CorrectionMark, IndicatorRow, Movement, NotReported, UnitLink};
use crate::render::{Out, chart, format, urls};
use crate::score::MonthFigures;
use serde::Serialize;

/// `page` of unit.html.
#[derive(Serialize)]
pub(crate) struct UnitPage<'a> {
    unit: UnitLink<'a>,
    /// The month in one line, at the top of the page.
    verdict: Option<Verdict<'a>>,
    /// Set when the unit did not report the latest month.
    missing: Option<NotReported>,
    methodology: String,
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
    /// The years of the unit's pages, newest first, and its current page.
    years: Vec<YearLink>,
    latest_url: String,
    /// Whether the unit takes part in the year shown (one that has left shows no plan).
    takes_part: bool,
    /// When the unit left the campaign, and into which unit it merged.
    left: Option<Left<'a>>,
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
    /// Its corrections (更正), oldest first.
    corrected: Vec<CorrectionMark>,
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
    /// The unit's page about the year of the context: the latest year's at /units/<id>/, a
    /// past year's at /units/<id>/<YYYY>/.
    pub(super) fn unit_page(&self, files: &Out, u: &'a Unit) {
        let cx = &self.cx;
        let Some(cat) = cx.category_of(u) else { return };
        let year = cx.year();
        // A year the unit took no part in (it left, or joins later) shows no figures.
        let latest = cx.latest().filter(|mf| u.takes_part(mf.month.year));
        let (indicators, charts) =
            latest.map_or_else(Default::default, |mf| self.figures(u, cat, mf));
        let ranked_count = latest
            .and_then(|mf| mf.ranking(cat.id.as_str()))
            .map_or(0, |r| r.entries.len() as u32);
        let id = u.id.as_str();
        let rank = cx
            .latest_ix()
            .and_then(|m| cx.ix.rank(m, id))
            .map(|e| Rank {
                rank: e.rank,
                of: ranked_count,
                score: format::score(e.score),
                movement: cx.movement(e.movement),
            });
        let plan = year.map_or(&u.base_plan, |y| u.plan(y));
        let bench = |b: &Option<UnitId>| b.as_ref().map(|b| cx.unit_ref(b.as_str()));
        let verdict = match (latest, cx.latest_ix()) {
            (Some(mf), Some(ix)) if !u.external => Some(cx.verdict(u, cat, mf, ix)),
            _ => None,
        };
        let link = cx.unit_link(u);
        let name = link.name;
        let in_year = |y: i32| year.is_none_or(|now| y == now);
        let page = UnitPage {
            unit: link,
            verdict,
            missing: latest.and_then(|mf| cx.not_reported(id, mf.month)),
            methodology: cx.url(urls::METHODOLOGY),
            name,
            category: CategoryRef {
                id: cat.id.as_str(),
                name: &cat.name,
            },
            parent: u.parent.as_deref(),
            leader: plan.leader.as_deref(),
            external: u.external,
            benchmarks: Benchmarks {
                internal: bench(&plan.benchmarks.internal),
                external: bench(&plan.benchmarks.external),
            },
            pledge: self.md_html(&plan.pledge),
            learn: self.md_html(&plan.learn),
            measures: &plan.measures,
            targets: year
                .filter(|&y| u.takes_part(y))
                .map_or_else(Vec::new, |y| targets(u, cat, y)),
            year,
            month: latest.map(|mf| cx.month(mf.month)),
            rank,
            indicators,
            charts,
            rank_chart: self.rank_chart(u, year, ranked_count),
            reports: self.reports(u, &in_year),
            quarterlies: self.quarterlies(u, &in_year),
            reviews: self.unit_reviews(u, &in_year),
            visits: cx
                .ix
                .unit_visits(id)
                .iter()
                .rev()
                .map(|&i| &cx.model.visits[i])
                .filter(|v| in_year(chrono::Datelike::year(&v.date)))
                .map(|v| self.visit(v))
                .collect(),
            years: self.year_switcher(u),
            latest_url: cx.url(&urls::unit(&u.id)),
            takes_part: year.is_none_or(|y| u.takes_part(y)),
            left: self.left(u),
        };
        let path = match cx.past {
            Some(y) => urls::unit_year(&u.id, y),
            None => urls::unit(&u.id),
        };
        let title = match cx.past {
            Some(y) => format!("{name} · {y}"),
            None => name.to_owned(),
        };
        self.put(files, &path, "unit.html", &title, &page);
    }

    /// The unit's indicators at `mf` (those in force that year, marked with their
    /// corrections) and their progress charts.
    fn figures(
        &self,
        u: &'a Unit,
        cat: &'a Category,
        mf: &MonthFigures,
    ) -> (Vec<IndicatorRow<'a>>, Vec<Option<ProgressChart<'a>>>) {
        let cx = &self.cx;
        let year = mf.month.year;
        let pair = &u.plan(year).benchmarks;
        let mut rows: Vec<IndicatorRow> = mf
            .unit(u.id.as_str())
            .map(|uf| {
                (mf.in_force(uf, cat))
                    .map(|(i, f)| cx.indicator_row(i, &f, pair))
                    .collect()
            })
            .unwrap_or_default();
        cx.mark_rows(&mut rows, &cx.corrections_upto(u.id.as_str(), mf.month));
        let charts = (0..cat.indicators.len())
            .filter(|&i| cat.indicators[i].in_force(year))
            .map(|i| {
                let id = urls::chart::progress(&cat.indicators[i].id);
                self.progress_chart(u, i, mf.month, &id, cx.scores)
            })
            .collect();
        (rows, charts)
    }

    /// The rank history of `year`, when the unit was ranked in it.
    fn rank_chart(&self, u: &'a Unit, year: Option<i32>, ranked_count: u32) -> Option<RankChart> {
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
            cx.unit_link(u).name,
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

    /// Monthly reports of the years `in_year` takes with a summary or a correction, newest
    /// first.
    fn reports(&self, u: &Unit, in_year: &dyn Fn(i32) -> bool) -> Vec<Report> {
        let cx = &self.cx;
        cx.ix
            .reports(u.id.as_str())
            .iter()
            .rev()
            .map(|&i| &cx.model.reports[i])
            .filter(|r| in_year(r.month.year))
            .filter(|r| !r.summary.text.trim().is_empty() || !r.corrections.is_empty())
            .map(|r| Report {
                month: cx.month(r.month),
                period: r.month.to_string(),
                html: self.markdown(&r.summary, None).html,
                corrected: corrected_figures(r)
                    .iter()
                    .map(|c| cx.correction_mark(c))
                    .collect(),
            })
            .collect()
    }

    /// Quarterly reports of the years `in_year` takes, newest first.
    fn quarterlies(&self, u: &Unit, in_year: &dyn Fn(i32) -> bool) -> Vec<QuarterlyView<'a>> {
        let cx = &self.cx;
        cx.ix
            .quarterlies(u.id.as_str())
            .iter()
            .rev()
            .map(|&i| &cx.model.quarterlies[i])
            .filter(|q| in_year(q.year))
            .map(|q| QuarterlyView {
                period: cx.period(crate::model::ReviewPeriod::Quarter(q.year, q.quarter)),
                title: q.title.as_deref(),
                html: self.markdown(&q.body, None).html,
            })
            .collect()
    }

    /// Every review of the years `in_year` takes that says something of the unit, newest
    /// first.
    fn unit_reviews(&self, u: &Unit, in_year: &dyn Fn(i32) -> bool) -> Vec<UnitReview<'a>> {
        let cx = &self.cx;
        let id = u.id.as_str();
        let mut reviews = Vec::new();
        for ri in cx.reviews_newest_first() {
            let r = &cx.model.reviews[ri];
            if !in_year(r.period.year()) {
                continue;
            }
            let Some(named) = cx.ix.review(ri) else {
                continue;
            };
            let find = |at: &FastMap<&str, usize>, list: &[(UnitId, Markdown)]| {
                at.get(id).map(|&i| self.markdown(&list[i].1, None).html)
            };
            let review = UnitReview {
                period: cx.period(r.period),
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
