//! The list of units by category (/units/).

use super::Pages;
use crate::render::views::UnitLink;
use crate::render::{Out, format, urls};
use serde::Serialize;

/// `page` of units.html.
#[derive(Serialize)]
pub(crate) struct Units<'a> {
    categories: Vec<UnitsOfCategory<'a>>,
}

#[derive(Serialize)]
pub(crate) struct UnitsOfCategory<'a> {
    name: &'a str,
    id: &'a str,
    focus: Option<&'a str>,
    units: Vec<UnitEntry<'a>>,
}

/// A unit with its latest rank and score, if ranked.
#[derive(Serialize)]
pub(crate) struct UnitEntry<'a> {
    unit: UnitLink<'a>,
    leader: Option<&'a str>,
    rank: Option<u32>,
    score: Option<String>,
}

impl Pages<'_> {
    pub(super) fn units_index(&self, files: &Out) {
        let cx = &self.cx;
        let latest_ix = cx.scores.months.len().checked_sub(1);
        let categories = cx
            .categories()
            .into_iter()
            .map(|c| UnitsOfCategory {
                name: &c.name,
                id: c.id.as_str(),
                focus: c.focus.as_deref(),
                units: cx
                    .model
                    .units
                    .iter()
                    .filter(|u| u.category == c.id)
                    .map(|u| {
                        let rank = latest_ix.and_then(|m| cx.ix.rank(m, u.id.as_str()));
                        UnitEntry {
                            unit: cx.unit_link(u),
                            leader: u.leader.as_deref(),
                            rank: rank.map(|e| e.rank),
                            score: rank.map(|e| format::score(e.score)),
                        }
                    })
                    .collect(),
            })
            .collect();
        self.put(
            files,
            urls::UNITS,
            "units.html",
            &cx.t("units"),
            &Units { categories },
        );
    }
}
