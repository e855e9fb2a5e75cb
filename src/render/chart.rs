//! Inline SVG charts drawn with plotters' SVG backend (no fonts needed at build time).
//! Every chart carries role="img", a <title> and a <desc>; its numbers go beside it as a table
//! (the templates' job) and series differ by marker shape and dash, not colour alone.

use super::markdown::escape;
use super::memo::{self, Memo};
use plotters::prelude::*;

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

// Okabe–Ito colours, told apart under colour-blindness and with shapes besides; each is at
// least 3:1 against both the light (#fff) and the dark (#161616) page.
const UNIT: RGBColor = RGBColor(0xd5, 0x5e, 0x00);
const PACE: RGBColor = RGBColor(0x80, 0x80, 0x80);
const INTERNAL: RGBColor = RGBColor(0x00, 0x72, 0xb2);
const EXTERNAL: RGBColor = RGBColor(0x00, 0x9e, 0x73);
/// Gridlines and axes: a mid grey that reads on both backgrounds.
const GRID: RGBAColor = RGBAColor(0x80, 0x80, 0x80, 0.35);
const AXIS: RGBAColor = RGBAColor(0x80, 0x80, 0x80, 0.9);
/// Charts are drawn at a phone's width, so that 13.6-unit text stays ≥ 11 CSS px when the chart
/// is shown 330 px wide (plotters writes 0.8 of the size asked: 17 → 13.6); the stylesheet
/// caps their width on wide screens.
const WIDTH: u32 = 360;
const TEXT: u32 = 17;

/// Month labels on a narrow axis: January and the quarter ends.
fn month_tick(labels: &[String], x: f64) -> String {
    let m = x.round() as usize;
    if (x - m as f64).abs() < 0.01 && (m == 1 || m.is_multiple_of(3)) && m <= 12 {
        labels[m - 1].clone()
    } else {
        String::new()
    }
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

fn colour(mark: Mark) -> RGBColor {
    match mark {
        Mark::Circle => UNIT,
        Mark::Dashed => PACE,
        Mark::Square => INTERNAL,
        Mark::Triangle => EXTERNAL,
    }
}

/// Wraps plotters' output: accessible name and description, sized by CSS rather than pixels.
fn finish(svg: String, id: &str, title: &str, desc: &str) -> String {
    let head_end = svg.find('>').unwrap_or(0);
    let head = &svg[..head_end];
    let head = strip_attr(&strip_attr(head, "width"), "height");
    let body = unstyle_text(&svg[head_end + 1..]);
    format!(
        "{head} class=\"chart\" role=\"img\" aria-labelledby=\"{id}-t {id}-d\"><title id=\"{id}-t\">{}</title><desc id=\"{id}-d\">{}</desc>{}",
        escape(title),
        escape(desc),
        body
    )
}

/// What plotters writes on every label, here once in the stylesheet (`svg.chart text`): the
/// font, its size (TEXT as plotters scales it) and the colour, which the page sets for dark mode.
const TEXT_STYLE: (&str, &str) = (
    " font-family=\"sans-serif\" font-size=\"",
    "\" opacity=\"1\" fill=\"#000000\"",
);

fn unstyle_text(svg: &str) -> String {
    let (start, end) = TEXT_STYLE;
    let mut out = String::with_capacity(svg.len());
    let mut rest = svg;
    while let Some(at) = rest.find(start) {
        let after = &rest[at + start.len()..];
        let size_len = after.find('"').unwrap_or(0);
        if after[size_len..].starts_with(end) {
            out.push_str(&rest[..at]);
            rest = &after[size_len + end.len()..];
        } else {
            out.push_str(&rest[..at + start.len()]);
            rest = after;
        }
    }
    out.push_str(rest);
    out
}

fn strip_attr(tag: &str, name: &str) -> String {
    let pat = format!(" {name}=\"");
    match tag.find(&pat) {
        Some(start) => {
            let after = start + pat.len();
            let end = tag[after..].find('"').map_or(tag.len(), |e| after + e + 1);
            format!("{}{}", &tag[..start], &tag[end..])
        }
        None => tag.to_owned(),
    }
}

/// The y range: from zero for amounts (`zero`), zoomed to the values for rates and levels, so
/// that 97.6 against 98 does not look flat on a 0–100 axis.
fn y_range(values: impl Iterator<Item = f64>, zero: bool) -> (f64, f64) {
    let (mut lo, mut hi) = (f64::INFINITY, f64::NEG_INFINITY);
    for v in values {
        lo = lo.min(v);
        hi = hi.max(v);
    }
    if !lo.is_finite() {
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
    let zero = percent;
    let (lo, hi) = y_range(
        series.iter().flat_map(|s| s.points.iter().map(|p| p.1)),
        zero,
    );
    svg((WIDTH, 220), id, title, desc, |root| {
        let mut chart = ChartBuilder::on(root)
            .margin(8)
            .margin_right(LABEL_ROOM)
            .x_label_area_size(24)
            .y_label_area_size(44)
            .build_cartesian_2d(0.5f64..12.5f64, lo..hi)?;
        let labels = month_labels.to_vec();
        chart
            .configure_mesh()
            .disable_x_mesh()
            .x_labels(12)
            .y_labels(4)
            .x_label_formatter(&move |x| month_tick(&labels, *x))
            .y_label_formatter(&|y| {
                let n = format!("{:.*}", decimals.min(1) as usize, y);
                if zero { format!("{n}%") } else { n }
            })
            .label_style(("sans-serif", TEXT))
            .light_line_style(TRANSPARENT)
            .bold_line_style(GRID)
            .axis_style(AXIS)
            .draw()?;
        for s in series {
            let c = colour(s.mark);
            if s.mark == Mark::Dashed {
                let pts = s.points.iter().map(|(m, v)| (f64::from(*m), *v));
                chart.draw_series(DashedLineSeries::new(pts, 6, 4, c.stroke_width(2)))?;
                continue;
            }
            for run in runs(&s.points) {
                chart.draw_series(LineSeries::new(run.clone(), c.stroke_width(2)))?;
                // Markers only where they say something: the latest month of each run.
                let Some(&p) = run.last() else { continue };
                match s.mark {
                    Mark::Square => {
                        let r = Rectangle::new([(-4, -4), (4, 4)], c.filled());
                        chart.draw_series(std::iter::once(EmptyElement::at(p) + r))?;
                    }
                    Mark::Triangle => {
                        chart.draw_series(std::iter::once(TriangleMarker::new(
                            p,
                            6,
                            c.filled(),
                        )))?;
                    }
                    _ => {
                        chart.draw_series(std::iter::once(Circle::new(p, 4, c.filled())))?;
                    }
                }
            }
        }
        // Each line named at its end, nudged apart so that close lines keep readable names.
        let ends: Vec<(i32, i32, &str)> = series
            .iter()
            .filter_map(|s| {
                let &(m, v) = s.points.last()?;
                let (x, y) = chart.backend_coord(&(f64::from(m), v));
                Some((x, y, s.label.as_str()))
            })
            .collect();
        let style = ("sans-serif", TEXT).into_font().color(&BLACK);
        for (x, y, label) in spread(ends, 15) {
            root.draw(&Text::new(label.to_owned(), (x + 7, y - 8), style.clone()))?;
        }
        Ok(())
    })
}

/// Room on the right of a progress chart for the names at the lines' ends.
const LABEL_ROOM: u32 = 44;

/// Moves labels at `(x, y)` apart vertically so that no two are closer than `gap` pixels.
fn spread(mut ends: Vec<(i32, i32, &str)>, gap: i32) -> Vec<(i32, i32, &str)> {
    ends.sort_by_key(|e| e.1);
    for i in 1..ends.len() {
        if ends[i].1 - ends[i - 1].1 < gap {
            ends[i].1 = ends[i - 1].1 + gap;
        }
    }
    ends
}

type Drawn = Result<(), Box<dyn std::error::Error>>;

/// An SVG chart of `size` drawn by `draw`, given its id, title and description (empty when
/// drawing fails).
fn svg(
    size: (u32, u32),
    id: &str,
    title: &str,
    desc: &str,
    draw: impl FnOnce(&DrawingArea<SVGBackend<'_>, plotters::coord::Shift>) -> Drawn,
) -> String {
    let mut buf = String::new();
    let drawn = (|| -> Drawn {
        let root = SVGBackend::with_string(&mut buf, size).into_drawing_area();
        draw(&root)?;
        root.present()?;
        Ok(())
    })();
    if drawn.is_err() {
        return String::new();
    }
    finish(buf, id, title, desc)
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
        draw_ranks(id, title, desc, month_labels, points, units_ranked)
    })
}

fn draw_ranks(
    id: &str,
    title: &str,
    desc: &str,
    month_labels: &[String],
    points: &[(u32, u32)],
    units_ranked: u32,
) -> String {
    let bottom = f64::from(units_ranked.max(2)) + 0.5;
    svg((WIDTH, 180), id, title, desc, |root| {
        let mut chart = ChartBuilder::on(root)
            .margin(8)
            .margin_right(14)
            .x_label_area_size(24)
            .y_label_area_size(32)
            .build_cartesian_2d(0.5f64..12.5f64, bottom..0.5f64)?;
        let labels = month_labels.to_vec();
        chart
            .configure_mesh()
            .x_labels(12)
            .disable_x_mesh()
            .y_labels(units_ranked.clamp(2, 5) as usize)
            .x_label_formatter(&move |x| month_tick(&labels, *x))
            .y_label_formatter(&|y| {
                if (y - y.round()).abs() < 0.01 && *y >= 1.0 {
                    format!("{}", y.round())
                } else {
                    String::new()
                }
            })
            .label_style(("sans-serif", TEXT))
            .light_line_style(TRANSPARENT)
            .bold_line_style(GRID)
            .axis_style(AXIS)
            .draw()?;
        let pts: Vec<(u32, f64)> = points.iter().map(|(m, r)| (*m, f64::from(*r))).collect();
        for run in runs(&pts) {
            chart.draw_series(LineSeries::new(run.clone(), UNIT.stroke_width(2)))?;
            if let Some(&p) = run.last() {
                chart.draw_series(std::iter::once(Circle::new(p, 4, UNIT.filled())))?;
            }
        }
        Ok(())
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
        draw_bars(id, title, desc, labels, values, cap_score)
    })
}

fn draw_bars(
    id: &str,
    title: &str,
    desc: &str,
    labels: &[String],
    values: &[f64],
    cap_score: f64,
) -> String {
    let n = values.len().max(1);
    let height = (22 * n + 36) as u32;
    // Around 100 (exactly on pace), zoomed to the scores: 87 and 106 must not look alike.
    let lo = values.iter().copied().fold(100.0f64, f64::min);
    let hi = values
        .iter()
        .copied()
        .fold(100.0f64, f64::max)
        .min(cap_score.max(100.0));
    let pad = ((hi - lo) * 0.1).max(2.0);
    let (lo, hi) = ((lo - pad).floor(), (hi + pad).ceil());
    svg((WIDTH, height), id, title, desc, |root| {
        let mut chart = ChartBuilder::on(root)
            .margin(8)
            .margin_right(14)
            .x_label_area_size(22)
            .y_label_area_size(72)
            .build_cartesian_2d(lo..hi, (n as f64 - 0.5)..-0.5f64)?;
        let names = labels.to_vec();
        chart
            .configure_mesh()
            .disable_y_mesh()
            .y_labels(n)
            .x_labels(5)
            .y_label_formatter(&move |y| {
                let i = y.round();
                if (y - i).abs() < 0.01 && i >= 0.0 {
                    names.get(i as usize).cloned().unwrap_or_default()
                } else {
                    String::new()
                }
            })
            .x_label_formatter(&|x| format!("{x:.0}"))
            .label_style(("sans-serif", TEXT))
            .light_line_style(TRANSPARENT)
            .bold_line_style(GRID)
            .axis_style(AXIS)
            .draw()?;
        let top = -0.5;
        let bottom = n as f64 - 0.5;
        chart.draw_series(std::iter::once(PathElement::new(
            vec![(100.0, top), (100.0, bottom)],
            PACE.stroke_width(2),
        )))?;
        chart.draw_series(values.iter().enumerate().map(|(i, v)| {
            let y = i as f64;
            let c = if *v >= 100.0 { INTERNAL } else { UNIT };
            PathElement::new(vec![(100.0, y), (*v, y)], c.stroke_width(3))
        }))?;
        chart.draw_series(values.iter().enumerate().map(|(i, v)| {
            let c = if *v >= 100.0 { INTERNAL } else { UNIT };
            Circle::new((*v, i as f64), 5, c.filled())
        }))?;
        Ok(())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missed_month_splits_the_line() {
        let pts = [(1, 1.0), (2, 2.0), (4, 4.0), (5, 5.0)];
        let r = runs(&pts);
        assert_eq!(
            r,
            vec![vec![(1.0, 1.0), (2.0, 2.0)], vec![(4.0, 4.0), (5.0, 5.0)]]
        );
        assert!(runs(&[]).is_empty());
    }

    #[test]
    fn rates_get_a_zoomed_axis_and_amounts_start_at_zero() {
        // 97.6 to 98.0: padded by 15 % of the spread, not stretched down to 0.
        let (lo, hi) = y_range([97.6, 98.0].into_iter(), false);
        assert!(
            lo > 90.0 && lo < 97.6 && hi > 98.0 && hi < 100.0,
            "{lo}..{hi}"
        );
        let (lo, hi) = y_range([20.0, 80.0].into_iter(), true);
        assert_eq!(lo, 0.0);
        assert!((hi - 86.4).abs() < 1e-9);
    }

    #[test]
    fn end_labels_are_pushed_apart() {
        let ends = vec![(300, 50, "b"), (300, 45, "a"), (300, 100, "c")];
        let out = spread(ends, 15);
        assert_eq!(out, vec![(300, 45, "a"), (300, 60, "b"), (300, 100, "c")]);
    }

    #[test]
    fn label_styling_moves_to_the_stylesheet() {
        let svg = r##"<text x="1" font-family="sans-serif" font-size="13.7" opacity="1" fill="#000000">5</text><text font-family="sans-serif" font-size="9" fill="red">x</text>"##;
        assert_eq!(
            unstyle_text(svg),
            r##"<text x="1">5</text><text font-family="sans-serif" font-size="9" fill="red">x</text>"##
        );
    }
}
