//! A month's rankings (/rankings/<YYYY-MM>/), the latest again at /rankings/.

use super::Pages;
use crate::render::views::{League, LeagueEntry, PeriodLabel};
use crate::render::{Out, chart, format, urls};
use crate::score::MonthFigures;
use serde::Serialize;

/// `page` of rankings.html. Before any month is published, `month` is null and the lists are
/// empty.
#[derive(Serialize, Default)]
pub(crate) struct Rankings<'a> {
    month: Option<String>,
    /// `2026-03`.
    period: Option<String>,
    time_progress: Option<String>,
    categories: Vec<RankedCategory<'a>>,
    prev: Option<MonthLink>,
    next: Option<MonthLink>,
    /// The quarter, half and year this month closes.
    periods: Vec<PeriodLabel>,
    /// Every month, newest first.
    all: Vec<MonthLink>,
    csv: Option<String>,
    json: Option<String>,
}

/// A category's league table and its score bars.
#[derive(Serialize)]
pub(crate) struct RankedCategory<'a> {
    #[serde(flatten)]
    league: League<'a>,
    /// SVG; empty when nobody is ranked.
    chart: String,
}

#[derive(Serialize)]
pub(crate) struct MonthLink {
    label: String,
    url: String,
}

impl Pages<'_> {
    /// The rankings of the month at position `i` of `scores.months`; the latest also at
    /// /rankings/.
    pub(super) fn rankings(&self, files: &Out, i: usize) {
        let cx = &self.cx;
        let mf = &cx.scores.months[i];
        let page = self.rankings_page(mf, i);
        let title = format!("{} · {}", cx.t("rankings"), cx.month(mf.month));
        let path = urls::rankings(mf.month);
        self.put(files, &path, "rankings.html", &title, &page);
        if i + 1 == cx.scores.months.len() {
            // The latest month again, at /rankings/ (its chart drawn once).
            self.put(
                files,
                urls::RANKINGS,
                "rankings.html",
                &cx.t("rankings"),
                &page,
            );
        }
    }

    /// /rankings/ before any month is published.
    pub(super) fn no_rankings(&self, files: &Out) {
        let title = self.cx.t("rankings");
        self.put(
            files,
            urls::RANKINGS,
            "rankings.html",
            &title,
            &Rankings::default(),
        );
    }

    fn rankings_page(&self, mf: &MonthFigures, i: usize) -> Rankings<'_> {
        let cx = &self.cx;
        let months = &cx.scores.months;
        let link = |m: &MonthFigures| MonthLink {
            label: cx.month(m.month),
            url: cx.url(&urls::rankings(m.month)),
        };
        let categories = cx
            .model
            .categories
            .iter()
            .map(|c| {
                let league = cx.league(c, mf, None);
                let chart = self.score_bars(&league, mf);
                RankedCategory { league, chart }
            })
            .collect();
        Rankings {
            month: Some(cx.month(mf.month)),
            period: Some(mf.month.to_string()),
            time_progress: Some(format::percent(mf.time_progress)),
            categories,
            prev: i.checked_sub(1).map(|p| link(&months[p])),
            next: months.get(i + 1).map(link),
            periods: cx.period_labels(mf.month),
            all: months.iter().rev().map(link).collect(),
            csv: Some(cx.url(&urls::data_csv(mf.month))),
            json: Some(cx.url(&urls::data_json(mf.month))),
        }
    }

    /// A league's scores as bars; empty when nobody is ranked.
    fn score_bars(&self, league: &League, mf: &MonthFigures) -> String {
        let cx = &self.cx;
        if league.entries.is_empty() {
            return String::new();
        }
        fn short<'e>(e: &'e LeagueEntry) -> &'e str {
            e.unit.as_ref().map_or("", |u| u.short)
        }
        let labels: Vec<String> = league.entries.iter().map(|e| short(e).to_owned()).collect();
        let values: Vec<f64> = league.entries.iter().map(|e| e.score_value).collect();
        let title = format!(
            "{} · {} · {}",
            league.name,
            cx.t("score"),
            cx.month(mf.month)
        );
        let desc = league
            .entries
            .iter()
            .map(|e| format!("{} {}", short(e), e.score))
            .collect::<Vec<_>>()
            .join(&cx.t("comma"));
        chart::bars(
            self.caches.map(|c| &c.charts),
            &urls::chart::bars(league.id),
            &title,
            &desc,
            &labels,
            &values,
            100.0 * cx.model.site.cap,
        )
    }
}
