//! The campaign status page (SPEC §16): each process of the plan, done, due or not yet due,
//! judged against the latest published month.

use super::Pages;
use crate::model::{Month, Review, ReviewPeriod, Unit, UnitId};
use crate::render::views::UnitLink;
use crate::render::{Out, urls};
use serde::Serialize;

#[derive(Clone, Copy)]
enum State {
    Done,
    Due,
    NotYet,
}

impl State {
    /// Done when it exists; otherwise due once its period has ended, else not yet due.
    fn judge(done: bool, ended: bool) -> State {
        if done {
            State::Done
        } else if ended {
            State::Due
        } else {
            State::NotYet
        }
    }
}

impl Pages<'_> {
    pub(super) fn status(&self, files: &Out) {
        let page = page(self);
        self.put(
            files,
            urls::STATUS,
            "status.html",
            &self.cx.t("status"),
            &page,
        );
    }
}

/// `page` of status.html; `year` is null before any month is published.
#[derive(Serialize)]
pub(crate) struct Status<'a> {
    year: Option<i32>,
    month: Option<String>,
    rows: Vec<Row<'a>>,
}

/// One process of the plan in one period.
#[derive(Serialize)]
pub(crate) struct Row<'a> {
    process: String,
    period: String,
    state: StateView,
    /// The units it waits for.
    units: Vec<Option<UnitLink<'a>>>,
    url: Option<String>,
}

#[derive(Serialize)]
pub(crate) struct StateView {
    key: &'static str,
    symbol: &'static str,
    label: String,
}

fn state(p: &Pages, s: State) -> StateView {
    let (key, symbol) = match s {
        State::Done => ("done", "✓"),
        State::Due => ("due", "!"),
        State::NotYet => ("not_yet", "…"),
    };
    StateView {
        key,
        symbol,
        label: p.cx.t(&format!("state_{key}")),
    }
}

fn page<'a>(p: &Pages<'a>) -> Status<'a> {
    let cx = &p.cx;
    let Some(latest) = cx.model.latest_published() else {
        return Status {
            year: None,
            month: None,
            rows: Vec::new(),
        };
    };
    let year = latest.year;
    let mut rows = Vec::new();
    for mf in cx.scores.months.iter().filter(|mf| mf.month.year == year) {
        let s = if mf.missing_reports.is_empty() {
            State::Done
        } else {
            State::Due
        };
        let missing = units(p, mf.missing_reports.iter().collect());
        let url = Some(cx.url(&urls::rankings(mf.month)));
        rows.push(row(
            p,
            "monthly_process",
            cx.month(mf.month),
            s,
            missing,
            url,
        ));
    }
    rows.extend(quarters(p, latest));
    rows.extend(halves(p, latest));
    let period = ReviewPeriod::Year(year);
    let ended = latest >= Month::new(year, 12);
    let done =
        review(p, period).is_some_and(|r| !r.awards.is_empty() && !r.rectification.is_empty());
    let s = State::judge(done, ended);
    rows.push(row(
        p,
        "year_end",
        period.to_string(),
        s,
        vec![],
        review_url(p, period),
    ));
    Status {
        year: Some(year),
        month: Some(cx.month(latest)),
        rows,
    }
}

/// Each quarter's review, and the quarterly reports of the units with targets.
fn quarters<'a>(p: &Pages<'a>, latest: Month) -> Vec<Row<'a>> {
    let cx = &p.cx;
    let year = latest.year;
    let ranked: Vec<&Unit> = cx
        .model
        .units
        .iter()
        .filter(|u| !u.external && u.targets.contains_key(&year))
        .collect();
    let mut rows = Vec::new();
    for q in 1..=4u32 {
        let ended = latest >= Month::new(year, q * 3);
        let period = ReviewPeriod::Quarter(year, q);
        let done = review(p, period)
            .is_some_and(|r| !r.commentary.is_empty() && !r.pacesetters.is_empty());
        let s = State::judge(done, ended);
        let url = review_url(p, period);
        rows.push(row(
            p,
            "quarterly_review",
            period.to_string(),
            s,
            vec![],
            url,
        ));
        let missing: Vec<&UnitId> = ranked
            .iter()
            .filter(|u| cx.ix.quarterly(u.id.as_str(), year, q).is_none())
            .map(|u| &u.id)
            .collect();
        let s = State::judge(missing.is_empty(), ended);
        let listed = if ended { units(p, missing) } else { vec![] };
        rows.push(row(
            p,
            "quarterly_progress",
            period.to_string(),
            s,
            listed,
            None,
        ));
    }
    rows
}

/// Each half's survey and bulletin.
fn halves<'a>(p: &Pages<'a>, latest: Month) -> Vec<Row<'a>> {
    let cx = &p.cx;
    let year = latest.year;
    let mut rows = Vec::new();
    for h in 1..=2u32 {
        let ended = latest >= Month::new(year, h * 6);
        let period = ReviewPeriod::Half(year, h);
        let s = State::judge(review(p, period).is_some_and(|r| r.survey.is_some()), ended);
        let url = review_url(p, period);
        rows.push(row(p, "half_survey", period.to_string(), s, vec![], url));
        let in_half = |m: Month| m.year == year && (m.month - 1) / 6 + 1 == h;
        let bulletin = cx
            .model
            .bulletins
            .iter()
            .find(|b| b.period.is_some_and(in_half));
        let s = State::judge(bulletin.is_some(), ended);
        let url = bulletin.map(|b| cx.url(&urls::bulletin(b)));
        rows.push(row(p, "half_bulletin", period.to_string(), s, vec![], url));
    }
    rows
}

fn row<'a>(
    p: &Pages<'a>,
    key: &str,
    period: String,
    s: State,
    units: Vec<Option<UnitLink<'a>>>,
    url: Option<String>,
) -> Row<'a> {
    Row {
        process: p.cx.t(key),
        period,
        state: state(p, s),
        units,
        url,
    }
}

fn units<'a>(p: &Pages<'a>, ids: Vec<&UnitId>) -> Vec<Option<UnitLink<'a>>> {
    ids.into_iter()
        .map(|id| p.cx.unit_ref(id.as_str()))
        .collect()
}

fn review<'a>(p: &Pages<'a>, period: ReviewPeriod) -> Option<&'a Review> {
    p.cx.model.reviews.iter().find(|r| r.period == period)
}

fn review_url(p: &Pages, period: ReviewPeriod) -> Option<String> {
    review(p, period).map(|_| p.cx.url(&urls::review(period)))
}
