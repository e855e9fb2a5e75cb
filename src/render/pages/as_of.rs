//! Figures as they stood on a date (SPEC §17): a bulletin shows those of its date, a review
//! those its judgements were made on, each with a notice of every later correction.

use super::Pages;
use crate::model::{Bulletin, CorrectedFigure, Model, Month};
use crate::render::markdown::Rendered;
use crate::render::{format, urls};
use crate::score::{Scores, score_as_of};
use chrono::NaiveDate;
use rayon::prelude::*;
use serde::Serialize;
use std::collections::BTreeMap;

/// The figures as of each date that needs them: a bulletin's date or the last day of a
/// review's period, when a correction was made after it. Other dates read the current figures.
pub(crate) type AsOf = BTreeMap<NaiveDate, Scores>;

pub(crate) fn figures(model: &Model) -> AsOf {
    let mut dates: Vec<NaiveDate> = model
        .bulletins
        .iter()
        .map(|b| b.date)
        .chain(
            model
                .reviews
                .iter()
                .map(|r| review_date(r.period.end_month())),
        )
        .filter(|d| model.corrected_after(*d))
        .collect();
    dates.sort();
    dates.dedup();
    dates
        .into_par_iter()
        .map(|d| (d, score_as_of(model, d)))
        .collect()
}

/// The day a review's figures are taken as of: the last day of its period, before any
/// correction of its months was made public (docs/choices.md).
pub(crate) fn review_date(end: Month) -> NaiveDate {
    end.last_day()
}

/// A correction as a notice lists it (on a bulletin or review: a later one; on a month's
/// rankings: one behind its figures).
#[derive(Serialize)]
pub(crate) struct CorrectionNote {
    date: String,
    unit: String,
    month: String,
    indicator: String,
    note: String,
    url: String,
}

impl<'a> Pages<'a> {
    /// The figures as they stood on `date`.
    pub(crate) fn figures_on(&self, date: NaiveDate) -> &'a Scores {
        self.as_of.get(&date).unwrap_or(self.cx.scores)
    }

    /// A bulletin's body, its shortcodes showing the figures as of its date.
    pub(crate) fn bulletin_body(&self, b: &Bulletin) -> Rendered {
        // A bulletin on a past year's month shows that year's names and links to its pages.
        if self.cx.past.is_none()
            && let Some(y) = b.period.map(|m| m.year)
            && super::past_years(self.cx.model).contains(&y)
        {
            return self.for_year(y).bulletin_body(b);
        }
        if self.as_of.contains_key(&b.date) && b.body.text.contains("{{") {
            self.markdown_with(&b.body, b.period, self.figures_on(b.date))
        } else {
            self.markdown(&b.body, b.period)
        }
    }

    /// The corrections made public after `date` that change figures of the `shown` months
    /// (any month of the same year up to one shown), newest first.
    pub(crate) fn later_corrections(
        &self,
        date: NaiveDate,
        shown: &[Month],
    ) -> Vec<CorrectionNote> {
        let cx = &self.cx;
        let affects = |c: &CorrectedFigure| {
            shown
                .iter()
                .any(|m| m.year == c.period.year && c.period <= *m)
        };
        self.correction_notes(
            cx.model
                .corrections_after(date)
                .iter()
                .filter(|c| affects(c)),
        )
    }

    /// The notes of `list`, in its order.
    pub(crate) fn correction_notes<'c>(
        &self,
        list: impl Iterator<Item = &'c CorrectedFigure>,
    ) -> Vec<CorrectionNote> {
        let cx = &self.cx;
        list.map(|c| CorrectionNote {
            date: format::date(c.date, cx.lang),
            unit: cx.model.unit(c.unit.as_str()).map_or_else(
                || c.unit.to_string(),
                |u| u.name_in(c.period.year).to_owned(),
            ),
            month: cx.month(c.period),
            indicator: self.indicator_name(c),
            note: c.note.clone(),
            url: cx.url(&urls::correction(c)),
        })
        .collect()
    }

    /// The name of a corrected figure's indicator (its id where the model has none).
    pub(crate) fn indicator_name(&self, c: &CorrectedFigure) -> String {
        let model = self.cx.model;
        model
            .unit(c.unit.as_str())
            .and_then(|u| model.category(u.category.as_str()))
            .and_then(|cat| cat.indicators.iter().find(|i| i.id == c.indicator))
            .map_or_else(|| c.indicator.to_string(), |i| i.name.clone())
    }
}
