//! Inline SVG charts, written directly: one `<path>` per series (a gap where a month was not
//! reported), coordinates to the half pixel, a marker only at the end of each run of months,
//! and colours, strokes and fonts from the stylesheet's classes (`svg.chart …`), so a unit page
//! with a dozen charts stays small. Every chart carries role="img", a <title> and a <desc>; its
//! numbers go beside it as a table (the templates' job) and series differ by marker shape and
//! dash, not colour alone (Okabe–Ito colours, set in the theme).

mod bars;
mod layout;
mod ranks;
mod svg;

use super::memo::{self, Memo};
use layout::{Frame, Mesh};
use svg::{Path, Svg, Text};

/// How a series is drawn: each has its own marker shape.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    /// The unit itself: solid line, round markers.
    Circle,
    /// The target pace: dashed line, no markers.
    Dashed,
    /// The internal benchmark: square markers.
    Square,
    /// The external benchmark: triangle markers.
    Triangle,
}

impl Mark {
    /// The class that gives the series its colour in the stylesheet.
    fn class(self) -> &'static str {
        match self {
            Mark::Circle => "s-unit",
            Mark::Dashed => "s-pace",
            Mark::Square => "s-internal",
            Mark::Triangle => "s-external",
        }
    }
}

/// A series as a cache key: its mark, its points (values by their bits) and its label.
type SeriesKey<'s> = (u8, Vec<(u32, u64)>, &'s str);

/// The y axis of a progress chart: the figures' decimals, or a percentage of the target from 0.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Axis {
    pub decimals: u32,
    pub percent: bool,
}

pub struct Series {
    pub points: Vec<(u32, f64)>,
    pub mark: Mark,
    /// Written at the end of the line, so the reader need not look up the legend.
    pub label: String,
}

/// Charts are drawn at a phone's width; the stylesheet caps their width on wide screens.
const WIDTH: f64 = 360.0;
const HEIGHT: f64 = 220.0;
/// Space around the plot and its labels.
const MARGIN: f64 = 8.0;
/// Room on the right of a progress chart for the names at the lines' ends: at least this…
const LABEL_ROOM: f64 = 44.0;
/// … and at most this (ten Chinese characters, about seventeen Latin letters): a longer name is
/// set flush right, over the plot. Less room would put names over the lines' end markers.
const MAX_LABEL_ROOM: f64 = 150.0;

/// Month ticks on a narrow axis: every month marked, January and the quarter ends named.
fn month_ticks(labels: &[String]) -> Vec<(f64, String)> {
    (1..=12usize)
        .map(|m| {
            let named = m == 1 || m.is_multiple_of(3);
            let label = labels.get(m - 1).filter(|_| named).cloned();
            (m as f64, label.unwrap_or_default())
        })
        .collect()
}

/// Runs of consecutive months, so that a month without a report leaves a gap in the line.
fn runs(points: &[(u32, f64)]) -> Vec<Vec<(f64, f64)>> {
    let mut out: Vec<Vec<(f64, f64)>> = Vec::new();
    let mut last = None;
    for &(m, v) in points {
        if last.is_none_or(|l| l + 1 != m) {
            out.push(Vec::new());
        }
        if let Some(run) = out.last_mut() {
            run.push((f64::from(m), v));
        }
        last = Some(m);
    }
    out
}

/// `runs` in pixels.
fn runs_in(f: &Frame, points: &[(u32, f64)]) -> Vec<Vec<(f64, f64)>> {
    runs(points)
        .into_iter()
        .map(|run| run.into_iter().map(|p| f.at(p)).collect())
        .collect()
}

/// The y range: from zero for amounts (`zero`), zoomed to the values for rates and levels, so
/// that 97.6 against 98 does not look flat on a 0–100 axis.
fn y_range(values: impl Iterator<Item = f64>, zero: bool) -> (f64, f64) {
    let (mut lo, mut hi) = (f64::INFINITY, f64::NEG_INFINITY);
    for v in values {
        lo = lo.min(v);
        hi = hi.max(v);
    }
    if !lo.is_finite() || !hi.is_finite() {
        return (0.0, 1.0);
    }
    if zero {
        let lo = lo.min(0.0);
        let span = (hi - lo).max(1e-9);
        return (lo, hi + span * 0.08);
    }
    let span = (hi - lo).max(hi.abs() * 0.02).max(1e-9);
    (lo - span * 0.15, hi + span * 0.15)
}

/// Year-to-date by month against the target pace and the benchmarks.
pub fn progress(
    memo: Option<&Memo<String>>,
    id: &str,
    title: &str,
    desc: &str,
    month_labels: &[String],
    series: &[Series],
    axis: Axis,
) -> String {
    let points: Vec<SeriesKey> = series
        .iter()
        .map(|s| {
            (
                s.mark as u8,
                s.points.iter().map(|(m, v)| (*m, v.to_bits())).collect(),
                s.label.as_str(),
            )
        })
        .collect();
    let key = (
        "progress",
        id,
        title,
        desc,
        month_labels,
        points,
        (axis.decimals, axis.percent),
    );
    memo::cached(memo, key, || {
        draw_progress(id, title, desc, month_labels, series, axis)
    })
}

fn draw_progress(
    id: &str,
    title: &str,
    desc: &str,
    month_labels: &[String],
    series: &[Series],
    axis: Axis,
) -> String {
    let Axis { decimals, percent } = axis;
    let (lo, hi) = y_range(
        series.iter().flat_map(|s| s.points.iter().map(|p| p.1)),
        percent,
    );
    let yt: Vec<(f64, String)> = layout::ticks(lo, hi, 4)
        .into_iter()
        .map(|y| {
            let n = format!("{:.*}", decimals.min(1) as usize, y);
            (y, if percent { format!("{n}%") } else { n })
        })
        .collect();
    let left = MARGIN + layout::label_area(yt.iter().map(|t| t.1.as_str()), 44.0, 120.0);
    let ends: Vec<(f64, &str)> = series
        .iter()
        .filter_map(|s| Some((f64::from(s.points.last()?.0), s.label.as_str())))
        .collect();
    let f = Frame {
        left,
        right: right_edge(left, &ends),
        top: MARGIN,
        bottom: HEIGHT - MARGIN - 24.0,
        xs: (0.5, 12.5),
        ys: (lo, hi),
    };
    let mut svg = Svg::new((WIDTH as u32, HEIGHT as u32), id, title, desc);
    layout::axes(&mut svg, &f, &month_ticks(month_labels), &yt, Mesh::Across);
    svg.open(layout::SERIES);
    for s in series {
        draw_series(&mut svg, &f, s);
    }
    svg.close();
    end_labels(&mut svg, &f, series);
    svg.finish()
}

/// One series: its line, and its marker at the end of each run of months (the dashed pace line
/// has none).
fn draw_series(svg: &mut Svg, f: &Frame, s: &Series) {
    let class = s.mark.class();
    let runs = runs_in(f, &s.points);
    let mut line = Path::new();
    line.runs(&runs);
    if s.mark == Mark::Dashed {
        svg.path_with(&format!("line {class}"), " stroke-dasharray=\"6 4\"", &line);
        return;
    }
    svg.path(&format!("line {class}"), &line);
    let ends = runs.iter().filter_map(|r| r.last().copied());
    if s.mark == Mark::Circle {
        for p in ends {
            svg.circle(&format!("dot {class}"), p, 4);
        }
        return;
    }
    let mut marks = Path::new();
    for (x, y) in ends {
        if s.mark == Mark::Square {
            marks.move_to((x - 4.0, y - 4.0)).rel("h8v8h-8z");
        } else {
            marks.move_to((x, y - 6.0)).rel("l5.5 9h-11z");
        }
    }
    svg.path(&format!("dot {class}"), &marks);
}

/// Each line named at its end, nudged apart so that close lines keep readable names, and kept
/// inside the chart.
fn end_labels(svg: &mut Svg, f: &Frame, series: &[Series]) {
    let ends: Vec<((f64, f64), &str)> = series
        .iter()
        .filter_map(|s| {
            let &(m, v) = s.points.last()?;
            Some((f.at((f64::from(m), v)), s.label.as_str()))
        })
        .collect();
    // Baselines a little below the point, so the name sits beside the line's end.
    let ys: Vec<f64> = ends.iter().map(|((_, y), _)| y + 2.0).collect();
    let ys = layout::spread(&ys, 15.0, 12.0, f.bottom);
    let texts = ends.iter().zip(ys).map(|(&((x, _), label), y)| {
        if x + 7.0 + layout::text_width(label) > WIDTH - 1.5 {
            Text {
                end: true,
                ..Text::new((WIDTH - 2.0, y), label)
            }
        } else {
            Text::new((x + 7.0, y), label)
        }
    });
    svg.texts(" class=\"ends\"", texts);
}

/// The plot's right edge: LABEL_ROOM for the names at the lines' ends, more where a name at
/// month `m` would otherwise run off the chart (up to MAX_LABEL_ROOM). `ends` are (month, name).
fn right_edge(left: f64, ends: &[(f64, &str)]) -> f64 {
    let limit = WIDTH - 2.0 - 7.0;
    let mut right = WIDTH - LABEL_ROOM;
    for &(m, label) in ends {
        // The name at x = left + share × (right − left) must end by `limit`.
        let share = (m - 0.5) / 12.0;
        if share > 0.0 {
            right = right.min(left + (limit - layout::text_width(label) - left) / share);
        }
    }
    right.max(WIDTH - MAX_LABEL_ROOM)
}

/// Rank by month, rank 1 at the top.
pub fn ranks(
    memo: Option<&Memo<String>>,
    id: &str,
    title: &str,
    desc: &str,
    month_labels: &[String],
    points: &[(u32, u32)],
    units_ranked: u32,
) -> String {
    let key = ("ranks", id, title, desc, month_labels, points, units_ranked);
    memo::cached(memo, key, || {
        ranks::draw(id, title, desc, month_labels, points, units_ranked)
    })
}

/// Horizontal bars of scores; labels are drawn by the page beside the chart's table.
pub fn bars(
    memo: Option<&Memo<String>>,
    id: &str,
    title: &str,
    desc: &str,
    labels: &[String],
    values: &[f64],
    cap_score: f64,
) -> String {
    let bits: Vec<u64> = values.iter().map(|v| v.to_bits()).collect();
    let key = ("bars", id, title, desc, labels, bits, cap_score.to_bits());
    memo::cached(memo, key, || {
        bars::draw(id, title, desc, labels, values, cap_score)
    })
}

#[cfg(test)]
mod tests;
