//! A unit's progress chart for one indicator, with its legend and data table.

use super::Pages;
use crate::model::{Month, Unit};
use crate::render::chart::{self, Mark, Series};
use crate::render::format;
use crate::render::views::object;
use crate::score::MonthFigures;
use serde_json::{Value, json};

impl Pages<'_> {
    /// One indicator's progress chart for a unit, with its data table.
    pub(super) fn progress_chart(&self, u: &Unit, idx: usize, upto: Month, id: &str) -> Value {
        let cx = &self.cx;
        let Some(cat) = cx.category_of(u) else {
            return Value::Null;
        };
        let ind = &cat.indicators[idx];
        let year_months: Vec<&MonthFigures> = cx
            .scores
            .months
            .iter()
            .filter(|m| m.month.year == upto.year && m.month <= upto)
            .collect();
        let pick = |unit: &str| -> Vec<(u32, f64)> {
            year_months
                .iter()
                .filter_map(|mf| Some((mf.month.month, mf.unit(unit)?.indicators.get(idx)?.ytd?)))
                .collect()
        };
        let mut series = vec![Series {
            points: pick(u.id.as_str()),
            mark: Mark::Circle,
        }];
        let target = u.target(upto.year, &ind.id);
        if let Some(t) = target {
            let pts = (1..=12)
                .map(|m| {
                    (
                        m,
                        crate::score::expected(ind.aggregate, t, crate::score::time_progress(m)),
                    )
                })
                .collect();
            series.push(Series {
                points: pts,
                mark: Mark::Dashed,
            });
        }
        let benches = [
            (&u.benchmarks.internal, Mark::Square, "internal_benchmark"),
            (&u.benchmarks.external, Mark::Triangle, "external_benchmark"),
        ];
        let mut legend = vec![
            json!({"mark": "circle", "label": format!("{} · {}", u.display_name(), cx.t("legend_unit"))}),
        ];
        if target.is_some() {
            legend.push(json!({"mark": "dashed", "label": cx.t("legend_pace")}));
        }
        let mut bench_cols = Vec::new();
        for (b, mark, key) in benches {
            if let Some(b) = b.as_ref().and_then(|b| cx.model.unit(b.as_str())) {
                series.push(Series {
                    points: pick(b.id.as_str()),
                    mark,
                });
                legend.push(json!({"mark": if mark == Mark::Square { "square" } else { "triangle" }, "label": format!("{} · {}", b.display_name(), cx.t(key))}));
                bench_cols.push(b);
            }
        }
        let unit_pts = &series[0].points;
        let title = format!("{} · {} {}", u.name, ind.name, upto.year);
        // Said in words for the chart's <desc>: the latest figure against the pace and target.
        let en = cx.lang == crate::model::Language::En;
        let (colon, comma, stop) = if en {
            (": ", ", ", ".")
        } else {
            ("：", "，", "。")
        };
        let unit_of = ind.measure.as_deref().map_or(String::new(), |m| {
            if en { format!(" {m}") } else { m.to_owned() }
        });
        let fig = |x: f64| format!("{}{unit_of}", format::number(x, ind.decimals));
        let desc = match (unit_pts.last(), target) {
            (Some((m, v)), Some(t)) => {
                let e = crate::score::expected(ind.aggregate, t, crate::score::time_progress(*m));
                format!(
                    "{}{colon}{} {}{comma}{} {}{comma}{} {}{stop}",
                    cx.month(Month::new(upto.year, *m)),
                    cx.t("ytd"),
                    fig(*v),
                    cx.t("expected"),
                    fig(e),
                    cx.t("target"),
                    fig(t)
                )
            }
            (Some((m, v)), None) => format!(
                "{}{colon}{} {}{stop}",
                cx.month(Month::new(upto.year, *m)),
                cx.t("ytd"),
                fig(*v)
            ),
            _ => cx.t("no_data_yet"),
        };
        let rows: Vec<Value> = year_months
            .iter()
            .map(|mf| {
                let get = |unit: &str| mf.unit(unit).and_then(|f| f.indicators.get(idx)).and_then(|f| f.ytd).map(|x| format::number(x, ind.decimals));
                let pace = target.map(|t| format::number(crate::score::expected(ind.aggregate, t, crate::score::time_progress(mf.month.month)), ind.decimals));
                let status = mf.unit(u.id.as_str()).and_then(|f| f.indicators.get(idx)).map_or(Value::Null, |f| cx.status(f.status));
                json!({"month": cx.month(mf.month), "unit": get(u.id.as_str()), "pace": pace, "status": status,
                       "benchmarks": bench_cols.iter().map(|b| get(b.id.as_str())).collect::<Vec<_>>()})
            })
            .collect();
        let svg = chart::progress(
            self.caches.map(|c| &c.charts),
            id,
            &title,
            &desc,
            &cx.month_labels(),
            &series,
            ind.decimals,
        );
        object([
            ("id", json!(id)),
            ("title", Value::String(title)),
            ("desc", Value::String(desc)),
            ("svg", Value::String(svg)),
            ("legend", Value::Array(legend)),
            ("rows", Value::Array(rows)),
            ("has_pace", json!(target.is_some())),
            (
                "bench_names",
                bench_cols.iter().map(|b| json!(b.display_name())).collect(),
            ),
            ("indicator", json!(ind.name)),
            ("measure", json!(ind.measure)),
        ])
    }
}
