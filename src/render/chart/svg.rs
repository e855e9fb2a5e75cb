//! A small SVG writer for the charts: few elements, coordinates rounded to the half pixel, and
//! every colour, stroke and font left to the stylesheet's classes (`svg.chart …` in the theme).

use crate::render::markdown::escape;
use std::fmt::Write;

/// Writes `v` rounded to the nearest half unit: `12`, `12.5`, `-3.5` (never `-0`).
pub fn num(out: &mut String, v: f64) {
    let halves = if v.is_finite() {
        (v * 2.0).round() as i64
    } else {
        0
    };
    if halves < 0 {
        out.push('-');
    }
    let abs = halves.unsigned_abs();
    let _ = write!(out, "{}", abs / 2);
    if abs % 2 == 1 {
        out.push_str(".5");
    }
}

/// Path data (`d`) built command by command.
#[derive(Default)]
pub struct Path {
    d: String,
}

impl Path {
    pub fn new() -> Self {
        Self::default()
    }

    fn point(&mut self, cmd: char, (x, y): (f64, f64)) {
        self.d.push(cmd);
        num(&mut self.d, x);
        self.d.push(' ');
        num(&mut self.d, y);
    }

    /// Starts a subpath at `p`.
    pub fn move_to(&mut self, p: (f64, f64)) -> &mut Self {
        self.point('M', p);
        self
    }

    pub fn line_to(&mut self, p: (f64, f64)) -> &mut Self {
        self.point('L', p);
        self
    }

    /// A horizontal line to `x`.
    pub fn h(&mut self, x: f64) -> &mut Self {
        self.d.push('H');
        num(&mut self.d, x);
        self
    }

    /// A vertical line to `y`.
    pub fn v(&mut self, y: f64) -> &mut Self {
        self.d.push('V');
        num(&mut self.d, y);
        self
    }

    /// Relative commands written as they are (a marker's outline, a tick's length).
    pub fn rel(&mut self, cmds: &str) -> &mut Self {
        self.d.push_str(cmds);
        self
    }

    /// One subpath per run of points: a break between runs is a gap in the line. A run of one
    /// point draws nothing (its marker shows it).
    pub fn runs(&mut self, runs: &[Vec<(f64, f64)>]) -> &mut Self {
        for run in runs.iter().filter(|r| r.len() > 1) {
            self.move_to(run[0]);
            for &p in &run[1..] {
                self.line_to(p);
            }
        }
        self
    }

    pub fn is_empty(&self) -> bool {
        self.d.is_empty()
    }

    pub fn as_str(&self) -> &str {
        &self.d
    }
}

/// An inline SVG chart being written: `<svg class="chart" role="img">` with its accessible name
/// (`<title>`) and description (`<desc>`), sized by the stylesheet rather than in pixels.
pub struct Svg {
    out: String,
}

impl Svg {
    pub fn new(size: (u32, u32), id: &str, title: &str, desc: &str) -> Self {
        let mut out = String::with_capacity(2048);
        let _ = write!(
            out,
            "<svg viewBox=\"0 0 {} {}\" xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" aria-labelledby=\"{id}-t {id}-d\"><title id=\"{id}-t\">{}</title><desc id=\"{id}-d\">{}</desc>",
            size.0,
            size.1,
            escape(title),
            escape(desc)
        );
        Self { out }
    }

    /// A `<path>` of `class`; nothing when the path is empty.
    pub fn path(&mut self, class: &str, d: &Path) {
        self.path_with(class, "", d);
    }

    /// A `<path>` of `class` with attributes of its own (`extra` starts with a space).
    pub fn path_with(&mut self, class: &str, extra: &str, d: &Path) {
        if d.is_empty() {
            return;
        }
        let _ = write!(
            self.out,
            "<path class=\"{class}\"{extra} d=\"{}\"/>",
            d.as_str()
        );
    }

    /// Opens a `<g>` with `attrs` (starting with a space), for what its children inherit.
    pub fn open(&mut self, attrs: &str) {
        let _ = write!(self.out, "<g{attrs}>");
    }

    pub fn close(&mut self) {
        self.out.push_str("</g>");
    }

    pub fn circle(&mut self, class: &str, (x, y): (f64, f64), r: u32) {
        let _ = write!(self.out, "<circle class=\"{class}\" cx=\"");
        num(&mut self.out, x);
        self.out.push_str("\" cy=\"");
        num(&mut self.out, y);
        let _ = write!(self.out, "\" r=\"{r}\"/>");
    }

    /// Texts in one `<g>` with `attrs` (starting with a space: their class, their alignment);
    /// empty texts are left out, and the group when all are.
    pub fn texts<'t>(&mut self, attrs: &str, texts: impl IntoIterator<Item = Text<'t>>) {
        let start = self.out.len();
        self.open(attrs);
        let open = self.out.len();
        for t in texts.into_iter().filter(|t| !t.text.is_empty()) {
            self.out.push_str("<text");
            if t.end {
                self.out.push_str(" text-anchor=\"end\"");
            }
            self.out.push_str(" x=\"");
            num(&mut self.out, t.at.0);
            self.out.push_str("\" y=\"");
            num(&mut self.out, t.at.1);
            let _ = write!(self.out, "\">{}</text>", escape(t.text));
        }
        if self.out.len() == open {
            self.out.truncate(start);
        } else {
            self.close();
        }
    }

    pub fn finish(mut self) -> String {
        self.out.push_str("</svg>");
        self.out
    }
}

/// A label at `at` (its baseline's anchor point); `end` sets it to end there, whatever its
/// group's alignment.
pub struct Text<'t> {
    pub at: (f64, f64),
    pub text: &'t str,
    pub end: bool,
}

impl<'t> Text<'t> {
    pub fn new(at: (f64, f64), text: &'t str) -> Self {
        Self {
            at,
            text,
            end: false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn n(v: f64) -> String {
        let mut s = String::new();
        num(&mut s, v);
        s
    }

    #[test]
    fn numbers_are_rounded_to_the_half_pixel() {
        assert_eq!(n(12.0), "12");
        assert_eq!(n(12.24), "12");
        assert_eq!(n(12.26), "12.5");
        assert_eq!(n(12.74), "12.5");
        assert_eq!(n(12.76), "13");
        assert_eq!(n(-3.4), "-3.5");
        assert_eq!(n(-0.1), "0");
        assert_eq!(n(f64::NAN), "0");
    }

    #[test]
    fn a_gap_splits_the_path_into_subpaths() {
        let runs = vec![
            vec![(62.0, 187.2), (84.4, 182.0)],
            vec![(150.0, 151.0)],
            vec![(172.0, 133.0), (194.0, 120.6), (216.0, 121.0)],
        ];
        let mut p = Path::new();
        p.runs(&runs);
        // The lone month between two gaps is left to its marker.
        assert_eq!(p.as_str(), "M62 187L84.5 182M172 133L194 120.5L216 121");
        assert!(Path::new().runs(&[]).is_empty());
    }

    #[test]
    fn the_chart_carries_its_name_and_description() {
        let mut svg = Svg::new((360, 220), "p-x", "A & B", "<desc>");
        let mut d = Path::new();
        d.move_to((1.0, 2.0)).h(10.0).v(5.5).rel("h5z");
        svg.open(" fill=\"none\"");
        svg.path("mesh", &d);
        svg.path("empty", &Path::new());
        svg.path_with("line", " stroke-dasharray=\"6 4\"", &d);
        svg.circle("dot s-unit", (3.0, 4.2), 4);
        svg.close();
        let end = Text {
            end: true,
            ..Text::new((5.0, 6.0), "x")
        };
        let xl = [Text::new((1.0, 2.0), "1月"), Text::new((3.0, 2.0), ""), end];
        svg.texts(" class=\"xl\"", xl);
        svg.texts(" class=\"yl\"", [Text::new((1.0, 2.0), "")]);
        assert_eq!(
            svg.finish(),
            "<svg viewBox=\"0 0 360 220\" xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" \
             role=\"img\" aria-labelledby=\"p-x-t p-x-d\"><title id=\"p-x-t\">A &amp; B</title>\
             <desc id=\"p-x-d\">&lt;desc&gt;</desc><g fill=\"none\">\
             <path class=\"mesh\" d=\"M1 2H10V5.5h5z\"/>\
             <path class=\"line\" stroke-dasharray=\"6 4\" d=\"M1 2H10V5.5h5z\"/>\
             <circle class=\"dot s-unit\" cx=\"3\" cy=\"4\" r=\"4\"/></g>\
             <g class=\"xl\"><text x=\"1\" y=\"2\">1月</text>\
             <text text-anchor=\"end\" x=\"5\" y=\"6\">x</text></g></svg>"
        );
    }
}
