//! Units against their benchmarks (/pairs/), and one such pair (also the `pair` shortcode).

use super::Pages;
use crate::model::Unit;
use crate::render::Out;
use crate::render::format;
use crate::render::urls;
use crate::render::views::object;
use crate::score::MonthFigures;
use rayon::prelude::*;
use serde_json::{Value, json};

impl Pages<'_> {
    pub(super) fn pairs(&self, files: &Out) {
        let cx = &self.cx;
        let pairs: Vec<Value> = match cx.latest() {
            Some(mf) => cx
                .model
                .units
                .iter()
                .filter(|u| {
                    !u.external
                        && (u.benchmarks.internal.is_some() || u.benchmarks.external.is_some())
                })
                .collect::<Vec<_>>()
                .par_iter()
                .map(|u| self.pair(u, mf))
                .collect(),
            None => vec![],
        };
        self.put(
            files,
            urls::PAIRS,
            "pairs.html",
            &cx.t("pairs"),
            object([
                ("pairs", Value::Array(pairs)),
                ("month", json!(cx.latest().map(|mf| cx.month(mf.month)))),
            ]),
        );
    }

    /// A unit against its two benchmarks, indicator by indicator, at a month.
    pub(super) fn pair(&self, u: &Unit, mf: &MonthFigures) -> Value {
        let cx = &self.cx;
        let Some(cat) = cx.category_of(u) else {
            return Value::Null;
        };
        let Some(uf) = mf.unit(u.id.as_str()) else {
            return Value::Null;
        };
        let rows: Vec<Value> = cat
            .indicators
            .iter()
            .zip(&uf.indicators)
            .map(|(ind, f)| cx.indicator_row(ind, f, mf.month))
            .collect();
        let year = mf.month.year;
        // Visits either way between the unit and a benchmark: this year's count and the latest.
        let visits = |b: &crate::model::UnitId| {
            let between: Vec<&crate::model::Visit> = cx
                .ix
                .pair_visits(u.id.as_str(), b.as_str())
                .iter()
                .map(|&i| &cx.model.visits[i])
                .collect();
            let this_year = between
                .iter()
                .filter(|v| chrono::Datelike::year(&v.date) == year)
                .count();
            let latest = between.last().map(|v| {
                json!({"title": v.title, "date": format::date(v.date, cx.lang), "url": cx.url(&urls::visit(v))})
            });
            json!({"count": this_year, "latest": latest})
        };
        json!({
            "unit": cx.unit_link(u),
            "month": cx.month(mf.month),
            "internal": u.benchmarks.internal.as_ref().map(|b| json!({"unit": cx.unit_ref(b.as_str()), "visits": visits(b)})),
            "external": u.benchmarks.external.as_ref().map(|b| json!({"unit": cx.unit_ref(b.as_str()), "visits": visits(b)})),
            "rows": rows,
        })
    }
}
