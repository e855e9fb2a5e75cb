//! Shortcodes in Markdown (`{{ ranking(category="town") }}`): each one's arguments checked,
//! its view built and drawn by its template, `shortcodes/<name>.html`.

use super::Pages;
use super::charts::ProgressChart;
use super::home::Citation;
use super::pairs::Pair;
use crate::model::{Category, Month, ReviewPeriod, Unit};
use crate::render::shortcode::{Problem, Shortcode};
use crate::render::urls;
use crate::render::views::{Behind, League};
use crate::score::{MonthFigures, Scores};
use crate::tr;
use serde::Serialize;

const NAMES: [&str; 5] = ["ranking", "progress", "pair", "behind", "pacesetters"];

/// What shortcodes/ranking.html gets.
#[derive(Serialize)]
struct RankingView<'a> {
    league: League<'a>,
}

/// What shortcodes/progress.html gets.
#[derive(Serialize)]
struct ProgressView<'a> {
    chart: Option<ProgressChart<'a>>,
}

/// What shortcodes/pair.html gets.
#[derive(Serialize)]
struct PairView<'a> {
    pair: Option<Pair<'a>>,
}

/// What shortcodes/behind.html gets.
#[derive(Serialize)]
struct BehindView<'a> {
    rows: Vec<Behind<'a>>,
    month: String,
    category: &'a str,
}

/// What shortcodes/pacesetters.html gets.
#[derive(Serialize)]
struct PacesettersView<'a> {
    pacesetters: Vec<Citation<'a>>,
    /// In words: 2026年第三季度.
    period: String,
    url: String,
}

impl<'a> Pages<'a> {
    /// The HTML of one shortcode, or the message of a diagnostic. `default_period` is the month
    /// of the document (a bulletin's), `chart_id` the id of a chart it draws.
    pub(super) fn shortcode(
        &self,
        sc: &Shortcode,
        default_period: Option<Month>,
        chart_id: &str,
        figures: &'a Scores,
    ) -> Result<String, Problem> {
        let cx = &self.cx;
        match sc.name.as_str() {
            "ranking" => {
                sc.check_args(&["category", "period", "top"], &["category"])?;
                let cat = self.category_arg(sc)?;
                let mf = self.month_arg(sc, default_period, figures)?;
                let top = match sc.number("top")? {
                    Some(n) if n >= 1.0 && n.fract() == 0.0 => Some(n as usize),
                    Some(n) => {
                        return Err(tr!("sc-top", value = n.to_string()).into());
                    }
                    None => None,
                };
                let league = cx.league(cat, mf, top);
                self.snippet("shortcodes/ranking.html", &RankingView { league })
            }
            "progress" => {
                sc.check_args(&["unit", "indicator", "period"], &["unit", "indicator"])?;
                let u = self.unit_arg(sc)?;
                let mf = self.month_arg(sc, default_period, figures)?;
                let idx = self.indicator_arg(sc, u)?;
                let chart = self.progress_chart(u, idx, mf.month, chart_id, figures);
                self.snippet("shortcodes/progress.html", &ProgressView { chart })
            }
            "pair" => {
                sc.check_args(&["unit", "period"], &["unit"])?;
                let u = self.unit_arg(sc)?;
                let mf = self.month_arg(sc, default_period, figures)?;
                let pair = self.pair(u, mf);
                self.snippet("shortcodes/pair.html", &PairView { pair })
            }
            "behind" => {
                sc.check_args(&["category", "period"], &["category"])?;
                let cat = self.category_arg(sc)?;
                let mf = self.month_arg(sc, default_period, figures)?;
                let view = BehindView {
                    rows: cx.behind(cat, mf),
                    month: cx.month(mf.month),
                    category: &cat.name,
                };
                self.snippet("shortcodes/behind.html", &view)
            }
            "pacesetters" => self.pacesetters(sc),
            other => {
                let names = NAMES.join(", ");
                Err(match crate::diag::did_you_mean(other, NAMES) {
                    Some(s) => tr!(
                        "sc-unknown-did-you-mean",
                        name = other,
                        suggestion = s,
                        names = names
                    ),
                    None => tr!("sc-unknown", name = other, names = names),
                }
                .into())
            }
        }
    }

    fn pacesetters(&self, sc: &Shortcode) -> Result<String, Problem> {
        sc.check_args(&["period"], &["period"])?;
        let p = sc.text("period")?.unwrap_or_default();
        let period = ReviewPeriod::parse(p).ok_or_else(|| tr!("sc-review-period", value = p))?;
        let review = self
            .cx
            .model
            .reviews
            .iter()
            .find(|r| r.period == period)
            .ok_or_else(|| tr!("sc-no-review", period = p))?;
        let view = PacesettersView {
            pacesetters: self.citations(&review.pacesetters),
            period: self.cx.period(period),
            url: self.cx.url(&urls::review(p)),
        };
        self.snippet("shortcodes/pacesetters.html", &view)
    }

    fn snippet(&self, template: &str, view: &impl Serialize) -> Result<String, Problem> {
        self.render_with(template, view)
            .ok_or_else(|| tr!("sc-template-failed", template = template).into())
    }

    /// The month of `period=`, else the document's, else the latest published (a past
    /// year's pages: that year's last), in `figures`.
    fn month_arg(
        &self,
        sc: &Shortcode,
        default_period: Option<Month>,
        figures: &'a Scores,
    ) -> Result<&'a MonthFigures, Problem> {
        let m = match sc.text("period")? {
            Some(p) => Month::parse(p).ok_or_else(|| tr!("sc-month", value = p))?,
            None => default_period
                .or(self.cx.latest().map(|mf| mf.month))
                .ok_or_else(|| Problem::with_help(tr!("sc-no-month"), tr!("sc-no-month-help")))?,
        };
        Ok(figures
            .month(m)
            .ok_or_else(|| tr!("sc-no-data", month = m.to_string()))?)
    }

    /// The month whose figures a shortcode shows, when it shows a month's.
    pub(super) fn shown_month(
        &self,
        sc: &Shortcode,
        default_period: Option<Month>,
    ) -> Option<Month> {
        if !["ranking", "progress", "pair", "behind"].contains(&sc.name.as_str()) {
            return None;
        }
        match sc.text("period").ok()? {
            Some(p) => Month::parse(p),
            None => default_period.or(self.cx.latest().map(|mf| mf.month)),
        }
    }

    fn category_arg(&self, sc: &Shortcode) -> Result<&'a Category, String> {
        let model = self.cx.model;
        let id = sc.text("category")?.unwrap_or_default();
        model.category(id).ok_or_else(|| {
            let ids: Vec<&str> = model.categories.iter().map(|c| c.id.as_str()).collect();
            tr!("sc-unknown-category", id = id, ids = ids.join(", "))
        })
    }

    fn unit_arg(&self, sc: &Shortcode) -> Result<&'a Unit, String> {
        let model = self.cx.model;
        let id = sc.text("unit")?.unwrap_or_default();
        model.unit(id).ok_or_else(|| {
            match crate::diag::did_you_mean(id, model.units.iter().map(|u| u.id.as_str())) {
                Some(s) => tr!("unknown-unit-did-you-mean", unit = id, suggestion = s),
                None => tr!("unknown-unit", unit = id),
            }
        })
    }

    /// The position of `indicator=` among the indicators of the unit's category.
    fn indicator_arg(&self, sc: &Shortcode, u: &Unit) -> Result<usize, String> {
        let cat = self
            .cx
            .category_of(u)
            .ok_or_else(|| tr!("new-report-no-category"))?;
        let iid = sc.text("indicator")?.unwrap_or_default();
        cat.indicators
            .iter()
            .position(|i| i.id.as_str() == iid)
            .ok_or_else(|| {
                let ids: Vec<&str> = cat.indicators.iter().map(|i| i.id.as_str()).collect();
                tr!(
                    "sc-unknown-indicator",
                    id = iid,
                    unit = u.id.as_str(),
                    category = cat.id.as_str(),
                    ids = ids.join(", ")
                )
            })
    }
}
