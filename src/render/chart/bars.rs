//! A league's scores as horizontal bars from 100 (exactly on pace), one per unit, named on the
//! left; bars right of the line (ahead) and left of it (behind) differ in colour and direction.

use super::layout::{self, Frame, Mesh};
use super::svg::{Path, Svg};
use super::{MARGIN, WIDTH};

pub(super) fn draw(
    id: &str,
    title: &str,
    desc: &str,
    labels: &[String],
    values: &[f64],
    cap_score: f64,
) -> String {
    let n = values.len().max(1);
    let height = (22 * n + 36) as f64;
    // Around 100, zoomed to the scores: 87 and 106 must not look alike.
    let lo = values.iter().copied().fold(100.0f64, f64::min);
    let hi = values
        .iter()
        .copied()
        .fold(100.0f64, f64::max)
        .min(cap_score.max(100.0));
    let pad = ((hi - lo) * 0.1).max(2.0);
    let (lo, hi) = ((lo - pad).floor(), (hi + pad).ceil());
    let xt: Vec<(f64, String)> = layout::ticks(lo, hi, 5)
        .into_iter()
        .map(|x| (x, format!("{x:.0}")))
        .collect();
    let yt: Vec<(f64, String)> = (0..n)
        .map(|i| (i as f64, labels.get(i).cloned().unwrap_or_default()))
        .collect();
    let left = MARGIN + layout::label_area(yt.iter().map(|t| t.1.as_str()), 72.0, 150.0);
    let f = Frame {
        left,
        right: WIDTH - 14.0,
        top: MARGIN,
        bottom: height - MARGIN - 22.0,
        xs: (lo, hi),
        ys: (n as f64 - 0.5, -0.5),
    };
    let mut svg = Svg::new((WIDTH as u32, height as u32), id, title, desc);
    layout::axes(&mut svg, &f, &xt, &yt, Mesh::Up);
    let par = f.x(100.0);
    let mut line = Path::new();
    line.move_to((par, f.top)).v(f.bottom);
    svg.open(layout::SERIES);
    svg.path("line s-pace", &line);
    for (ahead, class) in [(true, "s-ahead"), (false, "s-behind")] {
        let (mut bars, mut heads) = (Path::new(), Path::new());
        for (i, v) in values
            .iter()
            .enumerate()
            .filter(|(_, v)| (**v >= 100.0) == ahead)
        {
            let (x, y) = f.at((*v, i as f64));
            bars.move_to((par, y)).h(x);
            // A zero-length stroke with round caps: a dot, all of a colour in one path.
            heads.move_to((x, y)).rel("h0");
        }
        svg.path(&format!("bar {class}"), &bars);
        svg.path(&format!("head {class}"), &heads);
    }
    svg.close();
    svg.finish()
}
