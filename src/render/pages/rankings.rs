//! A month's rankings (/rankings/<YYYY-MM>/), the latest again at /rankings/.

use super::Pages;
use crate::render::Out;
use crate::render::format;
use crate::render::urls;
use crate::render::views::object;
use crate::score::MonthFigures;
use serde_json::{Value, json};

impl Pages<'_> {
    /// The rankings of the month at position `i` of `scores.months`; the latest also at
    /// /rankings/.
    pub(super) fn rankings(&self, files: &Out, i: usize) {
        let cx = &self.cx;
        let mf = &cx.scores.months[i];
        let page = self.rankings_page(mf, i);
        let title = format!("{} · {}", cx.t("rankings"), cx.month(mf.month));
        let path = urls::rankings(mf.month);
        if i + 1 == cx.scores.months.len() {
            self.put(files, &path, "rankings.html", &title, page.clone());
            // The latest month again, at /rankings/ (its chart drawn once).
            self.put(
                files,
                urls::RANKINGS,
                "rankings.html",
                &cx.t("rankings"),
                page,
            );
        } else {
            self.put(files, &path, "rankings.html", &title, page);
        }
    }

    /// /rankings/ before any month is published.
    pub(super) fn no_rankings(&self, files: &Out) {
        let cx = &self.cx;
        self.put(files, urls::RANKINGS, "rankings.html", &cx.t("rankings"), json!({"categories": [], "month": null, "prev": null, "next": null, "periods": [], "all": []}));
    }

    fn rankings_page(&self, mf: &MonthFigures, i: usize) -> Value {
        let cx = &self.cx;
        let months = &cx.scores.months;
        let link = |m: &MonthFigures| json!({"label": cx.month(m.month), "url": cx.url(&urls::rankings(m.month))});
        let categories: Vec<Value> = cx
            .model
            .categories
            .iter()
            .map(|c| {
                let mut league = cx.league(c, mf, None);
                let entries = league["entries"].as_array().cloned().unwrap_or_default();
                let labels: Vec<String> = entries
                    .iter()
                    .map(|e| e["unit"]["short"].as_str().unwrap_or("").to_owned())
                    .collect();
                let values: Vec<f64> = entries
                    .iter()
                    .map(|e| e["score_value"].as_f64().unwrap_or(0.0))
                    .collect();
                let title = format!("{} · {} · {}", c.name, cx.t("score"), cx.month(mf.month));
                let desc = entries
                    .iter()
                    .map(|e| {
                        format!(
                            "{} {}",
                            e["unit"]["short"].as_str().unwrap_or(""),
                            e["score"].as_str().unwrap_or("")
                        )
                    })
                    .collect::<Vec<_>>()
                    .join(if cx.lang == crate::model::Language::En {
                        ", "
                    } else {
                        "，"
                    });
                let svg = if entries.is_empty() {
                    String::new()
                } else {
                    crate::render::chart::bars(
                        self.caches.map(|c| &c.charts),
                        &urls::chart::bars(&c.id),
                        &title,
                        &desc,
                        &labels,
                        &values,
                        100.0 * cx.model.site.cap,
                    )
                };
                if let Value::Object(m) = &mut league {
                    m.insert("chart".into(), Value::String(svg));
                }
                league
            })
            .collect();
        object([
            ("month", json!(cx.month(mf.month))),
            ("period", json!(mf.month.to_string())),
            ("time_progress", json!(format::percent(mf.time_progress))),
            ("categories", Value::Array(categories)),
            ("prev", json!(i.checked_sub(1).map(|p| link(&months[p])))),
            ("next", json!(months.get(i + 1).map(link))),
            ("periods", Value::Array(cx.period_labels(mf.month))),
            ("all", Value::Array(months.iter().rev().map(link).collect())),
            ("csv", json!(cx.url(&urls::data_csv(mf.month)))),
            ("json", json!(cx.url(&urls::data_json(mf.month)))),
        ])
    }
}
