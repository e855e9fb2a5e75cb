//! A unit's rank by month, rank 1 at the top.

use super::layout::{self, Frame, Mesh};
use super::svg::{Path, Svg};
use super::{MARGIN, WIDTH, month_ticks, runs_in};

const HEIGHT: f64 = 180.0;

pub(super) fn draw(
    id: &str,
    title: &str,
    desc: &str,
    month_labels: &[String],
    points: &[(u32, u32)],
    units_ranked: u32,
) -> String {
    let last = f64::from(units_ranked.max(2)) + 0.5;
    // Whole ranks are named; a finer tick keeps its gridline only.
    let yt: Vec<(f64, String)> = layout::ticks(0.5, last, units_ranked.clamp(2, 5) as usize)
        .into_iter()
        .map(|y| {
            let whole = (y - y.round()).abs() < 0.01 && y >= 1.0;
            (
                y,
                if whole {
                    format!("{}", y.round())
                } else {
                    String::new()
                },
            )
        })
        .collect();
    let left = MARGIN + layout::label_area(yt.iter().map(|t| t.1.as_str()), 32.0, 80.0);
    let f = Frame {
        left,
        right: WIDTH - 14.0,
        top: MARGIN,
        bottom: HEIGHT - MARGIN - 24.0,
        xs: (0.5, 12.5),
        ys: (last, 0.5),
    };
    let mut svg = Svg::new((WIDTH as u32, HEIGHT as u32), id, title, desc);
    layout::axes(&mut svg, &f, &month_ticks(month_labels), &yt, Mesh::Across);
    let pts: Vec<(u32, f64)> = points.iter().map(|(m, r)| (*m, f64::from(*r))).collect();
    let runs = runs_in(&f, &pts);
    let mut line = Path::new();
    line.runs(&runs);
    svg.open(layout::SERIES);
    svg.path("line s-unit", &line);
    for p in runs.iter().filter_map(|r| r.last().copied()) {
        svg.circle("dot s-unit", p, 4);
    }
    svg.close();
    svg.finish()
}
