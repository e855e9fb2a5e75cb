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

pub struct Series {
    pub points: Vec<(u32, f64)>,
    pub mark: Mark,
}

const UNIT: RGBColor = RGBColor(0xb0, 0x1e, 0x23);
const PACE: RGBColor = RGBColor(0x6b, 0x6b, 0x6b);
const INTERNAL: RGBColor = RGBColor(0x1f, 0x5f, 0xa8);
const EXTERNAL: RGBColor = RGBColor(0x2e, 0x7d, 0x32);

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
    format!(
        "{head} class=\"chart\" role=\"img\" aria-labelledby=\"{id}-t {id}-d\"><title id=\"{id}-t\">{}</title><desc id=\"{id}-d\">{}</desc>{}",
        escape(title),
        escape(desc),
        &svg[head_end + 1..]
    )
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

fn y_range(values: impl Iterator<Item = f64>) -> (f64, f64) {
    let (mut lo, mut hi) = (f64::INFINITY, f64::NEG_INFINITY);
    for v in values {
        lo = lo.min(v);
        hi = hi.max(v);
    }
    if !lo.is_finite() {
        return (0.0, 1.0);
    }
    let lo = lo.min(0.0);
    let span = (hi - lo).max(1e-9);
    (lo, hi + span * 0.08)
}

/// Year-to-date by month against the target pace and the benchmarks.
pub fn progress(
    memo: Option<&Memo<String>>,
    id: &str,
    title: &str,
    desc: &str,
    month_labels: &[String],
    series: &[Series],
    decimals: u32,
) -> String {
    let points: Vec<(u8, Vec<(u32, u64)>)> = series
        .iter()
        .map(|s| {
            (
                s.mark as u8,
                s.points.iter().map(|(m, v)| (*m, v.to_bits())).collect(),
            )
        })
        .collect();
    let key = ("progress", id, title, desc, month_labels, points, decimals);
    memo::cached(memo, key, || {
        draw_progress(id, title, desc, month_labels, series, decimals)
    })
}

fn draw_progress(
    id: &str,
    title: &str,
    desc: &str,
    month_labels: &[String],
    series: &[Series],
    decimals: u32,
) -> String {
    let (lo, hi) = y_range(series.iter().flat_map(|s| s.points.iter().map(|p| p.1)));
    svg((640, 300), id, title, desc, |root| {
        let mut chart = ChartBuilder::on(root)
            .margin(12)
            .x_label_area_size(28)
            .y_label_area_size(56)
            .build_cartesian_2d(0.5f64..12.5f64, lo..hi)?;
        let labels = month_labels.to_vec();
        chart
            .configure_mesh()
            .x_labels(12)
            .x_label_formatter(&move |x| {
                let m = x.round() as usize;
                if (x - m as f64).abs() < 0.01 && (1..=12).contains(&m) {
                    labels[m - 1].clone()
                } else {
                    String::new()
                }
            })
            .y_label_formatter(&|y| format!("{:.*}", decimals.min(2) as usize, y))
            .label_style(("sans-serif", 14))
            .light_line_style(RGBAColor(0x80, 0x80, 0x80, 0.15))
            .bold_line_style(RGBAColor(0x80, 0x80, 0x80, 0.3))
            .axis_style(RGBAColor(0x80, 0x80, 0x80, 0.8))
            .draw()?;
        for s in series {
            let c = colour(s.mark);
            let pts: Vec<(f64, f64)> = s.points.iter().map(|(m, v)| (f64::from(*m), *v)).collect();
            match s.mark {
                Mark::Dashed => {
                    chart.draw_series(DashedLineSeries::new(pts, 8, 6, c.stroke_width(2)))?;
                }
                Mark::Circle => {
                    chart.draw_series(LineSeries::new(pts.clone(), c.stroke_width(3)))?;
                    chart.draw_series(pts.iter().map(|p| Circle::new(*p, 5, c.filled())))?;
                }
                Mark::Square => {
                    chart.draw_series(LineSeries::new(pts.clone(), c.stroke_width(2)))?;
                    chart.draw_series(pts.iter().map(|p| {
                        EmptyElement::at(*p) + Rectangle::new([(-5, -5), (5, 5)], c.filled())
                    }))?;
                }
                Mark::Triangle => {
                    chart.draw_series(LineSeries::new(pts.clone(), c.stroke_width(2)))?;
                    chart
                        .draw_series(pts.iter().map(|p| TriangleMarker::new(*p, 7, c.filled())))?;
                }
            }
        }
        Ok(())
    })
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
    svg((640, 240), id, title, desc, |root| {
        let mut chart = ChartBuilder::on(root)
            .margin(12)
            .x_label_area_size(28)
            .y_label_area_size(40)
            .build_cartesian_2d(0.5f64..12.5f64, bottom..0.5f64)?;
        let labels = month_labels.to_vec();
        chart
            .configure_mesh()
            .x_labels(12)
            .y_labels(units_ranked.clamp(2, 12) as usize)
            .x_label_formatter(&move |x| {
                let m = x.round() as usize;
                if (x - m as f64).abs() < 0.01 && (1..=12).contains(&m) {
                    labels[m - 1].clone()
                } else {
                    String::new()
                }
            })
            .y_label_formatter(&|y| {
                if (y - y.round()).abs() < 0.01 && *y >= 1.0 {
                    format!("{}", y.round())
                } else {
                    String::new()
                }
            })
            .label_style(("sans-serif", 14))
            .light_line_style(RGBAColor(0x80, 0x80, 0x80, 0.15))
            .bold_line_style(RGBAColor(0x80, 0x80, 0x80, 0.3))
            .axis_style(RGBAColor(0x80, 0x80, 0x80, 0.8))
            .draw()?;
        let pts: Vec<(f64, f64)> = points
            .iter()
            .map(|(m, r)| (f64::from(*m), f64::from(*r)))
            .collect();
        chart.draw_series(LineSeries::new(pts.clone(), UNIT.stroke_width(3)))?;
        chart.draw_series(pts.iter().map(|p| Circle::new(*p, 5, UNIT.filled())))?;
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
    let height = (28 * n + 40) as u32;
    svg((640, height), id, title, desc, |root| {
        let mut chart = ChartBuilder::on(root)
            .margin(10)
            .x_label_area_size(24)
            .y_label_area_size(110)
            .build_cartesian_2d(0f64..cap_score.max(1.0), (n as f64 - 0.5)..-0.5f64)?;
        let names = labels.to_vec();
        chart
            .configure_mesh()
            .disable_y_mesh()
            .y_labels(n)
            .y_label_formatter(&move |y| {
                let i = y.round();
                if (y - i).abs() < 0.01 && i >= 0.0 {
                    names.get(i as usize).cloned().unwrap_or_default()
                } else {
                    String::new()
                }
            })
            .x_label_formatter(&|x| format!("{x:.0}"))
            .label_style(("sans-serif", 14))
            .light_line_style(RGBAColor(0x80, 0x80, 0x80, 0.15))
            .bold_line_style(RGBAColor(0x80, 0x80, 0x80, 0.3))
            .axis_style(RGBAColor(0x80, 0x80, 0x80, 0.8))
            .draw()?;
        chart.draw_series(values.iter().enumerate().map(|(i, v)| {
            let y = i as f64;
            Rectangle::new([(0.0, y - 0.35), (*v, y + 0.35)], INTERNAL.filled())
        }))?;
        Ok(())
    })
}
