//! The reviews: their list (/reviews/) and each period's.

use super::Pages;
use super::home::Citation;
use crate::model::{Markdown, ReviewPeriod, UnitId};
use crate::render::views::{League, UnitLink};
use crate::render::{Out, format, urls};
use serde::Serialize;

/// `page` of reviews.html.
#[derive(Serialize)]
pub(crate) struct Reviews {
    reviews: Vec<ReviewLink>,
}

#[derive(Serialize)]
pub(crate) struct ReviewLink {
    period: String,
    label: String,
    url: String,
}

/// `page` of review.html.
#[derive(Serialize)]
pub(crate) struct ReviewPage<'a> {
    period: String,
    label: String,
    commentary: Vec<UnitText<'a>>,
    rectification: Vec<UnitText<'a>>,
    quarterly_reports: Vec<UnitReport<'a>>,
    pacesetters: Vec<Citation<'a>>,
    survey: Option<Survey<'a>>,
    awards: Vec<Award<'a>>,
    leagues: Vec<League<'a>>,
    end_month: String,
}

/// Commentary or rectification for one unit (HTML), with the unit's quarterly report.
#[derive(Serialize)]
pub(crate) struct UnitText<'a> {
    unit: Option<UnitLink<'a>>,
    html: String,
    quarterly: Option<String>,
}

/// A quarterly report of a unit without commentary (HTML).
#[derive(Serialize)]
pub(crate) struct UnitReport<'a> {
    unit: Option<UnitLink<'a>>,
    html: String,
}

#[derive(Serialize)]
pub(crate) struct Survey<'a> {
    respondents: Option<u64>,
    scores: Vec<SurveyScore<'a>>,
}

#[derive(Serialize)]
pub(crate) struct SurveyScore<'a> {
    unit: Option<UnitLink<'a>>,
    score: String,
}

#[derive(Serialize)]
pub(crate) struct Award<'a> {
    unit: Option<UnitLink<'a>>,
    title: &'a str,
}

impl Pages<'_> {
    pub(super) fn reviews_index(&self, files: &Out) {
        let cx = &self.cx;
        let reviews = cx
            .model
            .reviews
            .iter()
            .rev()
            .map(|r| ReviewLink {
                period: r.period.to_string(),
                label: self.period_name(r.period),
                url: cx.url(&urls::review(r.period)),
            })
            .collect();
        self.put(
            files,
            urls::REVIEWS,
            "reviews.html",
            &cx.t("reviews"),
            &Reviews { reviews },
        );
    }

    /// The review at position `i` of `model.reviews`.
    pub(super) fn review(&self, files: &Out, i: usize) {
        let cx = &self.cx;
        let r = &cx.model.reviews[i];
        let quarterly = |id: &str| match r.period {
            ReviewPeriod::Quarter(y, q) => {
                cx.ix.quarterly(id, y, q).map(|x| &cx.model.quarterlies[x])
            }
            _ => None,
        };
        let texts = |list: &[(UnitId, Markdown)]| -> Vec<UnitText> {
            list.iter()
                .map(|(id, m)| UnitText {
                    unit: cx.unit_ref(id.as_str()),
                    html: self.markdown(m, None).html,
                    quarterly: quarterly(id.as_str()).map(|x| self.markdown(&x.body, None).html),
                })
                .collect()
        };
        // Quarterly reports of units without commentary still belong beside the quarter.
        let commented = |unit: &str| {
            cx.ix
                .review(i)
                .is_some_and(|x| x.commentary.contains_key(unit))
        };
        let quarterly_reports = match r.period {
            ReviewPeriod::Quarter(y, q) => cx
                .model
                .quarterlies
                .iter()
                .filter(|x| x.year == y && x.quarter == q && !commented(x.unit.as_str()))
                .map(|x| UnitReport {
                    unit: cx.unit_ref(x.unit.as_str()),
                    html: self.markdown(&x.body, None).html,
                })
                .collect(),
            _ => vec![],
        };
        let end = r.period.end_month();
        let survey = r.survey.as_ref().map(|s| Survey {
            respondents: s.respondents,
            scores: s
                .scores
                .iter()
                .map(|(id, x)| SurveyScore {
                    unit: cx.unit_ref(id.as_str()),
                    score: format::number(*x, 1),
                })
                .collect(),
        });
        let page = ReviewPage {
            period: r.period.to_string(),
            label: self.period_name(r.period),
            commentary: texts(&r.commentary),
            rectification: texts(&r.rectification),
            quarterly_reports,
            pacesetters: self.citations(&r.pacesetters),
            survey,
            awards: r
                .awards
                .iter()
                .map(|a| Award {
                    unit: cx.unit_ref(a.unit.as_str()),
                    title: &a.title,
                })
                .collect(),
            leagues: cx
                .scores
                .month(end)
                .map(|mf| cx.leagues(mf))
                .unwrap_or_default(),
            end_month: cx.month(end),
        };
        let title = format!("{} · {}", cx.t("reviews"), self.period_name(r.period));
        self.put(files, &urls::review(r.period), "review.html", &title, &page);
    }

    pub(super) fn period_name(&self, p: ReviewPeriod) -> String {
        self.cx.period_name(p)
    }
}
