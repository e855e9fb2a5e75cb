//! A unit's progress chart for one indicator, with its legend and data table.

use super::Pages;
use crate::model::{Indicator, Language, Month, Unit};
use crate::render::chart::{self, Mark, Series};
use crate::render::format;
use crate::render::views::StatusView;
use crate::score::{MonthFigures, pace};
use serde::Serialize;

/// A progress chart (the unit page's, and the `progress` shortcode's).
#[derive(Serialize)]
pub(crate) struct ProgressChart<'a> {
    id: String,
    title: String,
    /// The chart said in words, for its `<desc>`.
    desc: String,
    svg: String,
    legend: Vec<LegendItem>,
    /// The figures drawn, month by month.
    rows: Vec<ChartRow>,
    has_pace: bool,
    bench_names: Vec<&'a str>,
    indicator: &'a str,
    measure: Option<&'a str>,
}

#[derive(Serialize)]
pub(crate) struct LegendItem {
    /// `circle`, `dashed`, `square` or `triangle`.
    mark: &'static str,
    label: String,
}

#[derive(Serialize)]
pub(crate) struct ChartRow {
    month: String,
    unit: Option<String>,
    pace: Option<String>,
    status: Option<StatusView>,
    benchmarks: Vec<Option<String>>,
}

impl<'a> Pages<'a> {
    /// One indicator's progress chart for a unit up to `upto`, with its data table.
    pub(super) fn progress_chart(
        &self,
        u: &'a Unit,
        idx: usize,
        upto: Month,
        id: &str,
    ) -> Option<ProgressChart<'a>> {
        let cx = &self.cx;
        let cat = cx.category_of(u)?;
        let ind = &cat.indicators[idx];
        let year_months: Vec<&MonthFigures> = cx
            .scores
            .months
            .iter()
            .filter(|m| m.month.year == upto.year && m.month <= upto)
            .collect();
        let ytd = |mf: &MonthFigures, unit: &str| mf.unit(unit)?.indicators.get(idx)?.ytd;
        let pick = |unit: &str| -> Vec<(u32, f64)> {
            year_months
                .iter()
                .filter_map(|mf| Some((mf.month.month, ytd(mf, unit)?)))
                .collect()
        };
        let mut series = vec![Series {
            points: pick(u.id.as_str()),
            mark: Mark::Circle,
        }];
        let label = |name: &str, key: &str| format!("{name} · {}", cx.t(key));
        let mut legend = vec![LegendItem {
            mark: "circle",
            label: label(u.display_name(), "legend_unit"),
        }];
        let target = u.target(upto.year, &ind.id);
        if let Some(t) = target {
            series.push(Series {
                points: pace::series(ind.aggregate, t),
                mark: Mark::Dashed,
            });
            legend.push(LegendItem {
                mark: "dashed",
                label: cx.t("legend_pace"),
            });
        }
        let benches = [
            (&u.benchmarks.internal, Mark::Square, "internal_benchmark"),
            (&u.benchmarks.external, Mark::Triangle, "external_benchmark"),
        ];
        let mut bench_cols = Vec::new();
        for (b, mark, key) in benches {
            if let Some(b) = b.as_ref().and_then(|b| cx.model.unit(b.as_str())) {
                series.push(Series {
                    points: pick(b.id.as_str()),
                    mark,
                });
                legend.push(LegendItem {
                    mark: if mark == Mark::Square {
                        "square"
                    } else {
                        "triangle"
                    },
                    label: label(b.display_name(), key),
                });
                bench_cols.push(b);
            }
        }
        let title = format!("{} · {} {}", u.name, ind.name, upto.year);
        let desc = self.progress_desc(ind, upto.year, series[0].points.last(), target);
        let number = |x: f64| format::number(x, ind.decimals);
        let rows = year_months
            .iter()
            .map(|mf| ChartRow {
                month: cx.month(mf.month),
                unit: ytd(mf, u.id.as_str()).map(number),
                pace: target.map(|t| number(pace::at(ind.aggregate, t, mf.month.month))),
                status: mf
                    .unit(u.id.as_str())
                    .and_then(|f| f.indicators.get(idx))
                    .and_then(|f| cx.status(f.status)),
                benchmarks: bench_cols
                    .iter()
                    .map(|b| ytd(mf, b.id.as_str()).map(number))
                    .collect(),
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
        Some(ProgressChart {
            id: id.to_owned(),
            title,
            desc,
            svg,
            legend,
            rows,
            has_pace: target.is_some(),
            bench_names: bench_cols.iter().map(|b| b.display_name()).collect(),
            indicator: &ind.name,
            measure: ind.measure.as_deref(),
        })
    }

    /// The chart in words for its `<desc>`: the latest figure against the pace and target.
    fn progress_desc(
        &self,
        ind: &Indicator,
        year: i32,
        latest: Option<&(u32, f64)>,
        target: Option<f64>,
    ) -> String {
        let cx = &self.cx;
        let en = cx.lang == Language::En;
        let (colon, comma, stop) = (cx.t("colon"), cx.t("comma"), cx.t("full_stop"));
        let unit_of = ind.measure.as_deref().map_or(String::new(), |m| {
            if en { format!(" {m}") } else { m.to_owned() }
        });
        let fig = |x: f64| format!("{}{unit_of}", format::number(x, ind.decimals));
        match (latest, target) {
            (Some(&(m, v)), Some(t)) => format!(
                "{}{colon}{} {}{comma}{} {}{comma}{} {}{stop}",
                cx.month(Month::new(year, m)),
                cx.t("ytd"),
                fig(v),
                cx.t("expected"),
                fig(pace::at(ind.aggregate, t, m)),
                cx.t("target"),
                fig(t)
            ),
            (Some(&(m, v)), None) => format!(
                "{}{colon}{} {}{stop}",
                cx.month(Month::new(year, m)),
                cx.t("ytd"),
                fig(v)
            ),
            _ => cx.t("no_data_yet"),
        }
    }
}
