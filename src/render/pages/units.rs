//! The list of units by category (/units/).

use super::Pages;
use crate::render::Out;
use crate::render::format;
use crate::render::urls;
use serde_json::{Value, json};

impl Pages<'_> {
    pub(super) fn units_index(&self, files: &Out) {
        let cx = &self.cx;
        let latest_ix = cx.scores.months.len().checked_sub(1);
        let cats: Vec<Value> = cx
            .model
            .categories
            .iter()
            .map(|c| {
                let units: Vec<Value> = cx
                    .model
                    .units
                    .iter()
                    .filter(|u| u.category == c.id)
                    .map(|u| {
                        let rank = latest_ix.and_then(|m| cx.ix.rank(m, u.id.as_str()));
                        json!({"unit": cx.unit_link(u), "leader": u.leader, "rank": rank.map(|e| e.rank), "score": rank.map(|e| format::score(e.score))})
                    })
                    .collect();
                json!({"name": c.name, "id": c.id, "focus": c.focus, "units": units})
            })
            .collect();
        self.put(
            files,
            urls::UNITS,
            "units.html",
            &cx.t("units"),
            json!({"categories": cats}),
        );
    }
}
