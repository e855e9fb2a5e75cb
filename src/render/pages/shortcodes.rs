//! Shortcodes in Markdown (`{{ ranking(category="town") }}`), each drawn by its template.

use super::Pages;
use crate::model::{Month, ReviewPeriod, Unit};
use crate::render::shortcode::Shortcode;
use crate::render::urls;
use crate::score::MonthFigures;
use serde_json::{Value, json};

impl Pages<'_> {
    pub(super) fn shortcode(
        &self,
        sc: &Shortcode,
        default_period: Option<Month>,
        chart_id: &str,
    ) -> Result<String, String> {
        let cx = &self.cx;
        let month_arg = |sc: &Shortcode| -> Result<&MonthFigures, String> {
            let m = match sc.text("period")? {
                Some(p) => Month::parse(p)
                    .ok_or_else(|| format!("`period` takes a month YYYY-MM, not `{p}`"))?,
                None => default_period
                    .or(cx.model.latest_published())
                    .ok_or("no month is published yet")?,
            };
            cx.scores
                .month(m)
                .ok_or_else(|| format!("no data is published for {m}"))
        };
        let category_arg = |sc: &Shortcode| -> Result<&crate::model::Category, String> {
            let id = sc.text("category")?.unwrap_or_default();
            cx.model.category(id).ok_or_else(|| {
                let ids: Vec<&str> = cx.model.categories.iter().map(|c| c.id.as_str()).collect();
                format!(
                    "unknown category `{id}`; categories are: {}",
                    ids.join(", ")
                )
            })
        };
        let unit_arg = |sc: &Shortcode| -> Result<&Unit, String> {
            let id = sc.text("unit")?.unwrap_or_default();
            cx.model.unit(id).ok_or_else(|| {
                let hint =
                    crate::diag::did_you_mean(id, cx.model.units.iter().map(|u| u.id.as_str()))
                        .map(|s| format!(" (did you mean `{s}`?)"))
                        .unwrap_or_default();
                format!("unknown unit `{id}`{hint}")
            })
        };
        let (template, ctx) = match sc.name.as_str() {
            "ranking" => {
                sc.check_args(&["category", "period", "top"], &["category"])?;
                let cat = category_arg(sc)?;
                let mf = month_arg(sc)?;
                let top = match sc.number("top")? {
                    Some(n) if n >= 1.0 && n.fract() == 0.0 => Some(n as usize),
                    Some(n) => {
                        return Err(format!("`top` takes a whole number of at least 1, not {n}"));
                    }
                    None => None,
                };
                (
                    "shortcodes/ranking.html",
                    json!({"league": cx.league(cat, mf, top)}),
                )
            }
            "progress" => {
                sc.check_args(&["unit", "indicator", "period"], &["unit", "indicator"])?;
                let u = unit_arg(sc)?;
                let mf = month_arg(sc)?;
                let cat = cx.category_of(u).ok_or("unit has no category")?;
                let iid = sc.text("indicator")?.unwrap_or_default();
                let idx = cat
                    .indicators
                    .iter()
                    .position(|i| i.id.as_str() == iid)
                    .ok_or_else(|| {
                        let ids: Vec<&str> = cat.indicators.iter().map(|i| i.id.as_str()).collect();
                        format!(
                            "unknown indicator `{iid}` for `{}`; category `{}` has: {}",
                            u.id,
                            cat.id,
                            ids.join(", ")
                        )
                    })?;
                (
                    "shortcodes/progress.html",
                    json!({"chart": self.progress_chart(u, idx, mf.month, chart_id)}),
                )
            }
            "pair" => {
                sc.check_args(&["unit", "period"], &["unit"])?;
                let u = unit_arg(sc)?;
                let mf = month_arg(sc)?;
                ("shortcodes/pair.html", json!({"pair": self.pair(u, mf)}))
            }
            "behind" => {
                sc.check_args(&["category", "period"], &["category"])?;
                let cat = category_arg(sc)?;
                let mf = month_arg(sc)?;
                (
                    "shortcodes/behind.html",
                    json!({"rows": cx.behind(cat, mf), "month": cx.month(mf.month), "category": cat.name}),
                )
            }
            "pacesetters" => {
                sc.check_args(&["period"], &["period"])?;
                let p = sc.text("period")?.unwrap_or_default();
                let period = ReviewPeriod::parse(p).ok_or_else(|| {
                    format!("`period` takes a review period such as 2026-Q1, not `{p}`")
                })?;
                let review = cx
                    .model
                    .reviews
                    .iter()
                    .find(|r| r.period == period)
                    .ok_or_else(|| {
                        format!("there is no review for {p} (content/reviews/{p}.yaml)")
                    })?;
                let list: Vec<Value> = review
                    .pacesetters
                    .iter()
                    .map(|ps| json!({"unit": cx.unit_ref(ps.unit.as_str()), "citation": self.md_html(&ps.citation)}))
                    .collect();
                (
                    "shortcodes/pacesetters.html",
                    json!({"pacesetters": list, "period": p, "url": cx.url(&urls::review(p))}),
                )
            }
            other => {
                let hint = crate::diag::did_you_mean(
                    other,
                    ["ranking", "progress", "pair", "behind", "pacesetters"],
                )
                .map(|s| format!(" (did you mean `{s}`?)"))
                .unwrap_or_default();
                return Err(format!(
                    "unknown shortcode `{other}`{hint}; shortcodes are ranking, progress, pair, behind, pacesetters"
                ));
            }
        };
        let extra = match ctx {
            Value::Object(m) => m,
            _ => serde_json::Map::new(),
        };
        self.render_with(template, extra)
            .ok_or_else(|| format!("shortcode template {template} failed"))
    }
}
