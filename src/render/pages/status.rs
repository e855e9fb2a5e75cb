//! The campaign status page (SPEC §16): each process of the plan, done, due or not yet due,
//! judged against the latest published month.

use super::Pages;
use crate::model::{Month, ReviewPeriod};
use crate::render::{Out, urls};
use serde_json::{Value, json};

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
            page,
        );
    }
}

fn state(p: &Pages, s: State) -> Value {
    let (key, symbol) = match s {
        State::Done => ("done", "✓"),
        State::Due => ("due", "!"),
        State::NotYet => ("not_yet", "…"),
    };
    json!({"key": key, "symbol": symbol, "label": p.cx.t(&format!("state_{key}"))})
}

fn page(p: &Pages) -> Value {
    let cx = &p.cx;
    let Some(latest) = cx.model.latest_published() else {
        return json!({"year": null, "rows": []});
    };
    let year = latest.year;
    let mut rows = Vec::new();
    let units = |ids: Vec<&crate::model::UnitId>| {
        ids.into_iter()
            .map(|id| cx.unit_ref(id.as_str()))
            .collect::<Vec<_>>()
    };
    for mf in cx.scores.months.iter().filter(|mf| mf.month.year == year) {
        let s = if mf.missing_reports.is_empty() {
            State::Done
        } else {
            State::Due
        };
        rows.push(json!({"process": cx.t("monthly_process"), "period": cx.month(mf.month), "state": state(p, s),
                         "units": units(mf.missing_reports.iter().collect()), "url": cx.url(&urls::rankings(mf.month))}));
    }
    let review = |period: ReviewPeriod| cx.model.reviews.iter().find(|r| r.period == period);
    let ranked: Vec<&crate::model::Unit> = cx
        .model
        .units
        .iter()
        .filter(|u| !u.external && u.targets.contains_key(&year))
        .collect();
    for q in 1..=4u32 {
        let ended = latest >= Month::new(year, q * 3);
        let period = ReviewPeriod::Quarter(year, q);
        let r = review(period);
        let done = r.is_some_and(|r| !r.commentary.is_empty() && !r.pacesetters.is_empty());
        let s = State::judge(done, ended);
        let url = r.map(|_| cx.url(&urls::review(period)));
        rows.push(json!({"process": cx.t("quarterly_review"), "period": period.to_string(), "state": state(p, s), "units": [], "url": url}));
        let missing: Vec<&crate::model::UnitId> = ranked
            .iter()
            .filter(|u| cx.ix.quarterly(u.id.as_str(), year, q).is_none())
            .map(|u| &u.id)
            .collect();
        let s = State::judge(missing.is_empty(), ended);
        let listed = if ended { units(missing) } else { vec![] };
        rows.push(json!({"process": cx.t("quarterly_progress"), "period": period.to_string(), "state": state(p, s), "units": listed, "url": null}));
    }
    for h in 1..=2u32 {
        let ended = latest >= Month::new(year, h * 6);
        let period = ReviewPeriod::Half(year, h);
        let r = review(period);
        let s = State::judge(r.is_some_and(|r| r.survey.is_some()), ended);
        let url = r.map(|_| cx.url(&urls::review(period)));
        rows.push(json!({"process": cx.t("half_survey"), "period": period.to_string(), "state": state(p, s), "units": [], "url": url}));
        let in_half = |m: Month| m.year == year && (m.month - 1) / 6 + 1 == h;
        let bulletin = cx
            .model
            .bulletins
            .iter()
            .find(|b| b.period.is_some_and(in_half));
        let s = State::judge(bulletin.is_some(), ended);
        let url = bulletin.map(|b| cx.url(&urls::bulletin(b)));
        rows.push(json!({"process": cx.t("half_bulletin"), "period": period.to_string(), "state": state(p, s), "units": [], "url": url}));
    }
    let period = ReviewPeriod::Year(year);
    let r = review(period);
    let ended = latest >= Month::new(year, 12);
    let done = r.is_some_and(|r| !r.awards.is_empty() && !r.rectification.is_empty());
    let s = State::judge(done, ended);
    rows.push(json!({"process": cx.t("year_end"), "period": period.to_string(), "state": state(p, s), "units": [],
                     "url": r.map(|_| cx.url(&urls::review(period)))}));
    json!({"year": year, "month": cx.month(latest), "rows": rows})
}
