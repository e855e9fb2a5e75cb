//! Where things go on a chart: the plot area and its scales, the axes' ticks, and room for
//! labels measured (by estimate) so that none is clipped at the chart's edge.

use super::svg::{Path, Svg, Text};

/// Label size in the chart's own units; the stylesheet sets the same (`svg.chart text`). At
/// 360 units shown 310 px wide on a phone it is still ≥ 11 CSS px.
pub const TEXT: f64 = 13.7;

/// The plot area in pixels and the value ranges it shows. A range may run backwards (`ys.0 >
/// ys.1` puts the larger values at the bottom, as ranks are drawn).
pub struct Frame {
    pub left: f64,
    pub right: f64,
    pub top: f64,
    pub bottom: f64,
    pub xs: (f64, f64),
    pub ys: (f64, f64),
}

impl Frame {
    pub fn x(&self, v: f64) -> f64 {
        self.left + (v - self.xs.0) / (self.xs.1 - self.xs.0) * (self.right - self.left)
    }

    pub fn y(&self, v: f64) -> f64 {
        self.bottom - (v - self.ys.0) / (self.ys.1 - self.ys.0) * (self.bottom - self.top)
    }

    pub fn at(&self, (x, y): (f64, f64)) -> (f64, f64) {
        (self.x(x), self.y(y))
    }
}

/// Round numbers between `lo` and `hi`, as many as fit in `max`: plotters' key points (steps of
/// 1, 2 or 5 × 10ⁿ), with the floating-point noise of its steps taken off (97.60000000000001).
pub fn ticks(lo: f64, hi: f64, max: usize) -> Vec<f64> {
    use plotters::coord::ranged1d::Ranged;
    use plotters::coord::types::RangedCoordf64;
    let (lo, hi) = if lo <= hi { (lo, hi) } else { (hi, lo) };
    if !(hi - lo).is_finite() || hi - lo <= 0.0 || max == 0 {
        return Vec::new();
    }
    let axis: RangedCoordf64 = (lo..hi).into();
    axis.key_points(max)
        .into_iter()
        .map(|t| (t * 1e9).round() / 1e9)
        .collect()
}

/// A label's width in the chart's units, estimated on the wide side (fonts differ): Chinese
/// characters and other wide ones an em, digits 0.58, narrow punctuation 0.3, anything else 0.65.
pub fn text_width(s: &str) -> f64 {
    let ems: f64 = s
        .chars()
        .map(|c| match c {
            _ if is_wide(c) => 1.0,
            '0'..='9' => 0.58,
            ' ' | '.' | ',' | ':' | ';' | '\'' | '!' | '|' | 'i' | 'l' | 'j' => 0.3,
            _ => 0.65,
        })
        .sum();
    ems * TEXT
}

fn is_wide(c: char) -> bool {
    matches!(c as u32, 0x1100..=0x115f | 0x2e80..=0xa4cf | 0xac00..=0xd7a3 | 0xf900..=0xfaff
        | 0xfe30..=0xfe4f | 0xff00..=0xff60 | 0xffe0..=0xffe6 | 0x20000..=0x3fffd)
}

/// Moves labels at heights `ys` apart so that no two are closer than `gap`, keeping them
/// between `min` and `max` where there is room: first downwards, then back up from `max`.
/// Returns the new heights in the order given.
pub fn spread(ys: &[f64], gap: f64, min: f64, max: f64) -> Vec<f64> {
    let mut order: Vec<usize> = (0..ys.len()).collect();
    order.sort_by(|&a, &b| ys[a].total_cmp(&ys[b]).then(a.cmp(&b)));
    let mut placed: Vec<f64> = order.iter().map(|&i| ys[i].max(min)).collect();
    for i in 1..placed.len() {
        placed[i] = placed[i].max(placed[i - 1] + gap);
    }
    if let Some(last) = placed.last_mut() {
        *last = last.min(max);
    }
    for i in (0..placed.len().saturating_sub(1)).rev() {
        placed[i] = placed[i].min(placed[i + 1] - gap).max(min);
    }
    let mut out = vec![0.0; ys.len()];
    for (k, &i) in order.iter().enumerate() {
        out[i] = placed[k];
    }
    out
}

/// What gridlines and axes inherit where no stylesheet styles them (a feed reader, a theme
/// without the chart rules): thin and grey. The stylesheet's classes override it.
const FRAME: &str = " fill=\"none\" stroke=\"#808080\"";

/// What a chart's lines and markers inherit without the stylesheet: unfilled lines two units
/// wide in the text colour (the classes give each series its colour).
pub const SERIES: &str =
    " fill=\"none\" stroke=\"currentColor\" stroke-width=\"2\" stroke-linejoin=\"round\"";

/// Which gridlines a chart draws: across at the y ticks, or up at the x ticks.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Mesh {
    Across,
    Up,
}

/// Gridlines, the two axes with their tick marks, and the tick labels (empty ones left out).
/// Ticks are `(value, label)`.
pub fn axes(svg: &mut Svg, f: &Frame, xt: &[(f64, String)], yt: &[(f64, String)], mesh: Mesh) {
    let mut grid = Path::new();
    let mut axis = Path::new();
    axis.move_to((f.left, f.top)).v(f.bottom).h(f.right);
    for (v, _) in yt {
        let y = f.y(*v);
        if mesh == Mesh::Across {
            grid.move_to((f.left, y)).h(f.right);
        }
        axis.move_to((f.left - 5.0, y)).rel("h5");
    }
    for (v, _) in xt {
        let x = f.x(*v);
        if mesh == Mesh::Up {
            grid.move_to((x, f.top)).v(f.bottom);
        }
        axis.move_to((x, f.bottom)).rel("v5");
    }
    // Baselines: y labels centred on their tick, x labels hanging below the axis.
    svg.texts(
        " class=\"yl\" text-anchor=\"end\"",
        yt.iter()
            .map(|(v, s)| Text::new((f.left - 10.0, f.y(*v) + 5.0), s)),
    );
    svg.texts(
        " class=\"xl\" text-anchor=\"middle\"",
        xt.iter()
            .map(|(v, s)| Text::new((f.x(*v), f.bottom + 21.0), s)),
    );
    svg.open(FRAME);
    svg.path("mesh", &grid);
    svg.path("axis", &axis);
    svg.close();
}

/// The width of a label area holding `labels` right-aligned 10 units from the axis, at least
/// `min` and at most `max`.
pub fn label_area<'a>(labels: impl Iterator<Item = &'a str>, min: f64, max: f64) -> f64 {
    labels
        .map(|l| text_width(l) + 12.0)
        .fold(min, f64::max)
        .min(max)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticks_are_round_numbers_that_fit() {
        // 0–108 % with at most 4: steps of 100, 50 fit; 20 would give 6.
        assert_eq!(ticks(0.0, 108.0, 4), vec![0.0, 50.0, 100.0]);
        assert_eq!(
            ticks(0.5, 12.5, 12),
            (1..=12).map(f64::from).collect::<Vec<_>>()
        );
        // Ranks 1–143 with at most 5: 50 and 100 (20 would give 7).
        assert_eq!(ticks(0.5, 143.5, 5), vec![50.0, 100.0]);
        // A narrow zoomed axis: 97.54 to 98.06 in steps of 0.2, without the steps' noise
        // (plotters leaves 98.0 out: its last step lands a hair past the range).
        assert_eq!(ticks(97.54, 98.06, 4), vec![97.6, 97.8]);
        // Backwards ranges are the same; an empty one has no ticks.
        assert_eq!(ticks(108.0, 0.0, 4), vec![0.0, 50.0, 100.0]);
        assert!(ticks(1.0, 1.0, 4).is_empty());
        assert_eq!(ticks(87.0, 108.0, 5), vec![90.0, 95.0, 100.0, 105.0]);
    }

    #[test]
    fn a_frame_maps_values_to_pixels() {
        let f = Frame {
            left: 52.0,
            right: 316.0,
            top: 8.0,
            bottom: 188.0,
            xs: (0.5, 12.5),
            ys: (0.0, 90.0),
        };
        assert_eq!(f.at((0.5, 0.0)), (52.0, 188.0));
        assert_eq!(f.at((12.5, 90.0)), (316.0, 8.0));
        assert_eq!(f.x(1.0), 63.0);
        assert_eq!(f.y(45.0), 98.0);
        // Ranks: 1 at the top.
        let r = Frame {
            ys: (10.5, 0.5),
            ..f
        };
        assert_eq!(r.y(0.5), 8.0);
        assert_eq!(r.y(10.5), 188.0);
    }

    #[test]
    fn wide_characters_count_an_em() {
        assert_eq!(text_width("東竹"), 2.0 * TEXT);
        assert!((text_width("Ab 1.5") - (0.65 * 2.0 + 0.3 * 2.0 + 0.58 * 2.0) * TEXT).abs() < 1e-9);
        assert_eq!(text_width(""), 0.0);
    }

    #[test]
    fn labels_are_pushed_apart_within_bounds() {
        // 50 and 45 too close: 45 stays, 50 goes to 60; 100 is free.
        assert_eq!(
            spread(&[50.0, 45.0, 100.0], 15.0, 0.0, 200.0),
            vec![60.0, 45.0, 100.0]
        );
        // Three at the bottom edge are pushed back up from it.
        assert_eq!(
            spread(&[190.0, 185.0, 188.0], 15.0, 10.0, 190.0),
            vec![190.0, 160.0, 175.0]
        );
        // At the top edge they start at `min`.
        assert_eq!(spread(&[2.0, 5.0], 15.0, 10.0, 190.0), vec![10.0, 25.0]);
        assert!(spread(&[], 15.0, 0.0, 1.0).is_empty());
    }

    #[test]
    fn label_areas_fit_the_widest_label() {
        let area = label_area(["0%", "50%"].into_iter(), 44.0, 120.0);
        assert_eq!(area, 44.0);
        let area = label_area(["1234567.5"].into_iter(), 44.0, 120.0);
        assert!((area - ((8.0 * 0.58 + 0.3) * TEXT + 12.0)).abs() < 1e-9);
        assert_eq!(
            label_area(["x".repeat(40).as_str()].into_iter(), 44.0, 120.0),
            120.0
        );
    }
}
