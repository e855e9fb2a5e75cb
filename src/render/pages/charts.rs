//! A unit's progress chart for one indicator, with its legend and data table.

use super::Pages;
use crate::model::{Aggregate, Indicator, Language, Month, Unit};
use crate::render::chart::{self, Mark, Series};
use crate::render::views::StatusView;
use crate::render::{format, wording};
use crate::score::{MonthFigures, Scores, pace};
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

/// The series a progress chart draws and how.
struct Drawn<'a> {
    series: Vec<Series>,
    legend: Vec<LegendItem>,
    /// The benchmarks, drawn or not, for the data table's columns.
    bench_cols: Vec<&'a Unit>,
    /// Drawn as a percentage of the annual target.
    percent: bool,
}

/// The legend's name of a benchmark's marker.
fn mark_name(mark: Mark) -> &'static str {
    if mark == Mark::Square {
        "square"
    } else {
        "triangle"
    }
}

/// A unit's year to date for indicator `idx` at a month.
fn ytd(mf: &MonthFigures, unit: &str, idx: usize) -> Option<f64> {
    mf.unit(unit)?.indicators.get(idx)?.ytd.get()
}

impl<'a> Pages<'a> {
    /// One indicator's progress chart for a unit up to `upto`, with its data table.
    pub(super) fn progress_chart(
        &self,
        u: &'a Unit,
        idx: usize,
        upto: Month,
        id: &str,
        figures: &Scores,
    ) -> Option<ProgressChart<'a>> {
        let cx = &self.cx;
        let cat = cx.category_of(u)?;
        let ind = &cat.indicators[idx];
        let year_months: Vec<&MonthFigures> = figures
            .months
            .iter()
            .filter(|m| m.month.year == upto.year && m.month <= upto)
            .collect();
        let ytd = |mf: &MonthFigures, unit: &str| ytd(mf, unit, idx);
        let target = u.target(upto.year, &ind.id);
        let Drawn {
            series,
            legend,
            bench_cols,
            percent,
        } = self.drawn(u, ind, idx, &year_months, upto.year);
        let title = format!("{} · {} {}", cx.unit_link(u).name, ind.name, upto.year);
        let reported = cx.reported_months(u.id.as_str(), upto.year);
        let sent = |m: Month| reported.has(m);
        // Said of the latest month the unit reported.
        let latest = year_months
            .iter()
            .rev()
            .filter(|mf| sent(mf.month))
            .find_map(|mf| Some((mf.month.month, ytd(mf, u.id.as_str())?)));
        let desc = self.progress_desc(ind, upto.year, latest.as_ref(), target);
        let number = |x: f64| format::number(x, ind.decimals);
        let rows = year_months
            .iter()
            .map(|mf| ChartRow {
                month: cx.month(mf.month),
                unit: if sent(mf.month) {
                    ytd(mf, u.id.as_str()).map(number)
                } else {
                    Some(cx.t("not_reported"))
                },
                pace: target.map(|t| number(pace::at(ind.aggregate, t, mf.month.month))),
                status: mf
                    .unit(u.id.as_str())
                    .and_then(|uf| mf.figures(uf, cat, idx))
                    .and_then(|f| cx.status(f.status, wording::against_time(ind.aggregate))),
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
            chart::Axis {
                decimals: if percent { 0 } else { ind.decimals },
                percent,
            },
        );
        Some(ProgressChart {
            id: id.to_owned(),
            title,
            desc,
            svg,
            legend,
            rows,
            has_pace: target.is_some(),
            bench_names: bench_cols.iter().map(|b| cx.unit_link(b).short).collect(),
            indicator: &ind.name,
            measure: ind.measure.as_deref(),
        })
    }

    /// What a progress chart draws: the unit, its pace line and its benchmarks, with the legend.
    fn drawn(
        &self,
        u: &'a Unit,
        ind: &Indicator,
        idx: usize,
        year_months: &[&MonthFigures],
        year: i32,
    ) -> Drawn<'a> {
        let cx = &self.cx;
        // Sums and cumulative totals are drawn as a percentage of the annual target against the
        // time elapsed (the 100 % diagonal), so a benchmark of another size is comparable;
        // rates and levels as they are, on a zoomed axis.
        let timed = wording::against_time(ind.aggregate);
        let target = u.target(year, &ind.id);
        let scale = |t: Option<f64>| -> Option<f64> {
            match (timed, t) {
                (false, _) => Some(1.0),
                (true, Some(t)) if t > 0.0 => Some(100.0 / t),
                _ => None,
            }
        };
        // Only months the unit reported: a missed month is a gap, not a flat line.
        let pick = |unit: &str, k: f64| -> Vec<(u32, f64)> {
            let reported = cx.reported_months(unit, year);
            year_months
                .iter()
                .filter(|mf| reported.has(mf.month))
                .filter_map(|mf| Some((mf.month.month, ytd(mf, unit, idx)? * k)))
                .collect()
        };
        let own = scale(target);
        let mut series = vec![Series {
            points: pick(u.id.as_str(), own.unwrap_or(1.0)),
            mark: Mark::Circle,
            label: cx.unit_link(u).short.to_owned(),
        }];
        let percent = timed && own.is_some();
        let label = |name: &str, key: &str| format!("{name} · {}", cx.t(key));
        let unit_key = if percent {
            "legend_unit_percent"
        } else if timed {
            "legend_unit"
        } else {
            "legend_unit_value"
        };
        let mut legend = vec![LegendItem {
            mark: "circle",
            label: label(cx.unit_link(u).short, unit_key),
        }];
        if let (Some(t), Some(k)) = (target, own) {
            series.push(Series {
                points: pace::series(ind.aggregate, t)
                    .into_iter()
                    .map(|(m, v)| (m, v * k))
                    .collect(),
                mark: Mark::Dashed,
                label: cx.t(if timed { "chart_pace" } else { "chart_target" }),
            });
            legend.push(LegendItem {
                mark: "dashed",
                label: cx.t(if percent {
                    "legend_pace_percent"
                } else {
                    "legend_pace"
                }),
            });
        }
        // The pairs of the chart's year (SPEC §17).
        let plan = u.plan(year);
        let benches = [
            (
                &plan.benchmarks.internal,
                Mark::Square,
                "internal_benchmark",
            ),
            (
                &plan.benchmarks.external,
                Mark::Triangle,
                "external_benchmark",
            ),
        ];
        let mut bench_cols = Vec::new();
        for (b, mark, key) in benches {
            if let Some(b) = b.as_ref().and_then(|b| cx.model.unit(b.as_str())) {
                // A benchmark without a target of its own cannot be drawn as a percentage; it
                // stays in the table.
                let k = if percent {
                    scale(b.target(year, &ind.id))
                } else {
                    Some(1.0)
                };
                if let Some(k) = k {
                    series.push(Series {
                        points: pick(b.id.as_str(), k),
                        mark,
                        label: cx.unit_link(b).short.to_owned(),
                    });
                    legend.push(LegendItem {
                        mark: mark_name(mark),
                        label: label(cx.unit_link(b).short, key),
                    });
                }
                bench_cols.push(b);
            }
        }
        Drawn {
            series,
            legend,
            bench_cols,
            percent,
        }
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
        let actual = cx.t(match ind.aggregate {
            Aggregate::Sum | Aggregate::Cumulative => "ytd",
            Aggregate::Level => "latest_value",
            Aggregate::Mean => "mean_value",
        });
        match (latest, target) {
            // Levels and means are judged against the target itself: no separate 序時目標.
            (Some(&(m, v)), Some(t)) if !wording::against_time(ind.aggregate) => format!(
                "{}{colon}{actual} {}{comma}{} {}{stop}",
                cx.month(Month::new(year, m)),
                fig(v),
                cx.t("target"),
                fig(t)
            ),
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
                "{}{colon}{actual} {}{stop}",
                cx.month(Month::new(year, m)),
                fig(v)
            ),
            _ => cx.t("no_data_yet"),
        }
    }
}
