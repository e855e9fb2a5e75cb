//! Every correction (更正) in the open (SPEC §17): /corrections/, newest first.

use super::Pages;
use crate::model::CorrectedFigure;
use crate::render::views::UnitLink;
use crate::render::{Out, format, urls};
use serde::Serialize;

/// `page` of corrections.html.
#[derive(Serialize)]
pub(crate) struct Corrections<'a> {
    entries: Vec<Entry<'a>>,
    data: String,
}

/// One corrected figure.
#[derive(Serialize)]
pub(crate) struct Entry<'a> {
    id: String,
    date: String,
    unit: Option<UnitLink<'a>>,
    month: String,
    /// The month's rankings.
    month_url: String,
    indicator: &'a str,
    /// Before and after, in words; None: not reported.
    was: Option<String>,
    now: Option<String>,
    measure: Option<&'a str>,
    note: String,
}

impl<'a> Pages<'a> {
    pub(super) fn corrections(&self, files: &Out) {
        let cx = &self.cx;
        let entries = cx
            .model
            .corrections()
            .iter()
            .map(|c| self.correction_entry(c))
            .collect();
        let page = Corrections {
            entries,
            data: cx.url(urls::DATA_CORRECTIONS),
        };
        self.put(
            files,
            urls::CORRECTIONS,
            "corrections.html",
            &cx.t("corrections"),
            &page,
        );
    }

    fn correction_entry(&self, c: &CorrectedFigure) -> Entry<'a> {
        let cx = &self.cx;
        let model = cx.model;
        let unit = model.unit(c.unit.as_str());
        let ind = unit
            .and_then(|u| model.category(u.category.as_str()))
            .and_then(|cat| cat.indicators.iter().find(|i| i.id == c.indicator));
        let number = |x: Option<f64>| x.map(|v| format::number(v, ind.map_or(2, |i| i.decimals)));
        Entry {
            id: urls::correction_anchor(c),
            date: format::date(c.date, cx.lang),
            // The name the unit had in the corrected month's year.
            unit: unit.map(|u| UnitLink {
                name: u.name_in(c.period.year),
                ..cx.unit_link(u)
            }),
            month: cx.month(c.period),
            month_url: cx.url(&urls::rankings(c.period)),
            indicator: ind.map_or("", |i| i.name.as_str()),
            was: number(c.was),
            now: number(c.now),
            measure: ind.and_then(|i| i.measure.as_deref()),
            note: c.note.clone(),
        }
    }
}
