//! `data/<YYYY-MM>.json` (SPEC §11), written by hand in serde_json's pretty layout, byte for
//! byte (`month_json_tests` holds the serde views it replaced and compares the two).
//!
//! A month is 40 MB of JSON at 10,000 units, 24 months a build. Through serde every key was
//! scanned for escapes and every token was its own `write` call, five or six per figure: a
//! tenth of a large build's CPU. Here a key and its line's start are one copy, and a string is
//! copied whole unless it has something to escape.

use crate::model::{Benchmarks, Model, UnitId};
use crate::score::{BenchmarkFigures, IndicatorFigures, MonthFigures, RankEntry, UnitFigures};
use std::io::Write;

/// About how many bytes each part holds (a part is closed after the unit that passes it).
pub(super) const PART: usize = 1 << 20;

/// `,` then a line break then the deepest indentation written at once; a shallower line takes
/// a prefix of it.
const LEVELS: usize = 16;
const BREAK: [u8; 2 + 2 * LEVELS] = {
    let mut b = [b' '; 2 + 2 * LEVELS];
    b[0] = b',';
    b[1] = b'\n';
    b
};

/// Month `m`'s JSON in parts of about [`PART`] bytes, ending with a line break, each made
/// when asked for: a month is 80 MB at 20,000 units, and two are written at a time.
pub(super) fn month_json<'a>(
    model: &'a Model,
    m: &'a MonthFigures,
) -> impl Iterator<Item = Vec<u8>> + 'a {
    parts_of(model, m, PART)
}

/// [`month_json`] in parts of about `part` bytes.
pub(super) fn parts_of<'a>(
    model: &'a Model,
    m: &'a MonthFigures,
    part: usize,
) -> impl Iterator<Item = Vec<u8>> + 'a {
    MonthParts {
        model,
        m,
        part,
        j: Json::default(),
        next: None,
    }
}

struct MonthParts<'a> {
    model: &'a Model,
    m: &'a MonthFigures,
    part: usize,
    j: Json,
    /// The next unit to write; None before the head is written.
    next: Option<usize>,
}

impl Iterator for MonthParts<'_> {
    type Item = Vec<u8>;

    fn next(&mut self) -> Option<Vec<u8>> {
        let units = &self.m.units;
        let mut next = match self.next {
            None => {
                self.j.buf.reserve_exact(self.room());
                head(&mut self.j, self.m);
                0
            }
            Some(n) if n > units.len() => return None,
            Some(n) => n,
        };
        while let Some(uf) = units.get(next) {
            unit(&mut self.j, self.model, self.m, uf);
            next += 1;
            if self.j.buf.len() >= self.part {
                self.next = Some(next);
                let room = self.room();
                return Some(std::mem::replace(&mut self.j.buf, Vec::with_capacity(room)));
            }
        }
        tail(&mut self.j, self.m);
        self.next = Some(units.len() + 1);
        Some(std::mem::take(&mut self.j.buf))
    }
}

impl MonthParts<'_> {
    /// A part's room: its size and a unit more, so it is not copied as it grows.
    fn room(&self) -> usize {
        self.part + (64 << 10)
    }
}

/// From the opening brace to the start of the units.
fn head(j: &mut Json, m: &MonthFigures) {
    j.open(b'{');
    j.key("period");
    j.str(&m.month.to_string());
    j.key("time_progress");
    j.num(m.time_progress);
    j.key("rankings");
    j.open(b'[');
    for r in &m.rankings {
        j.item();
        j.open(b'{');
        j.key("category");
        j.str(r.category.as_str());
        j.key("entries");
        j.open(b'[');
        for e in &r.entries {
            entry(j, e);
        }
        j.close(b']');
        j.close(b'}');
    }
    j.close(b']');
    j.key("units");
    j.open(b'[');
}

fn unit(j: &mut Json, model: &Model, m: &MonthFigures, uf: &UnitFigures) {
    // Only the units taking part and the indicators in force that year (SPEC §17).
    let year = m.month.year;
    let Some(u) = model.unit(uf.unit.as_str()) else {
        return;
    };
    let Some(cat) = model.category(u.category.as_str()) else {
        return;
    };
    if !u.takes_part(year) {
        return;
    }
    let pair = &u.plan(year).benchmarks;
    j.item();
    j.open(b'{');
    j.key("unit");
    j.str(uf.unit.as_str());
    j.key("indicators");
    j.open(b'[');
    for (ind, f) in m.in_force(uf, cat) {
        indicator(j, ind.id.as_str(), &f, pair);
    }
    j.close(b']');
    j.close(b'}');
}

/// From the end of the units to the closing brace and line break.
fn tail(j: &mut Json, m: &MonthFigures) {
    j.close(b']');
    j.key("missing_reports");
    j.open(b'[');
    for id in &m.missing_reports {
        j.item();
        j.str(id.as_str());
    }
    j.close(b']');
    j.close(b'}');
    j.buf.push(b'\n');
}

fn entry(j: &mut Json, e: &RankEntry) {
    j.item();
    j.open(b'{');
    j.key("unit");
    j.str(e.unit.as_str());
    j.key("score");
    j.num(e.score);
    j.key("rank");
    j.int(i64::from(e.rank));
    j.key("movement");
    match e.movement {
        Some(n) => j.int(n),
        None => j.null(),
    }
    j.key("dimensions");
    // Dimension ids are unique (site.yaml is checked for that), so this is the object a map
    // from id to score would give.
    j.open(b'{');
    for (d, score) in &e.dimensions {
        j.item();
        j.str(d.as_str());
        j.buf.extend_from_slice(b": ");
        j.num(*score);
    }
    j.close(b'}');
    j.close(b'}');
}

fn indicator(j: &mut Json, id: &str, f: &IndicatorFigures, pair: &Benchmarks) {
    j.item();
    j.open(b'{');
    j.key("id");
    j.str(id);
    let figures = [
        ("value", f.value),
        ("ytd", f.ytd),
        ("target", f.target),
        ("expected", f.expected),
        ("completion", f.completion),
        ("pace", f.pace),
        ("credited", f.credited),
    ];
    for (key, fig) in figures {
        j.key(key);
        j.opt(fig.get());
    }
    j.key("status");
    j.opt_str(f.status.map(|s| s.as_str()));
    j.key("points");
    j.opt(f.points.get());
    j.key("growth");
    j.opt(f.growth.get());
    j.key("benchmarks");
    j.open(b'{');
    // Figures against a benchmark exist only where the unit names one that year.
    j.key("internal");
    bench(j, f.internal.as_ref(), pair.internal.as_ref());
    j.key("external");
    bench(j, f.external.as_ref(), pair.external.as_ref());
    j.close(b'}');
    j.close(b'}');
}

fn bench(j: &mut Json, b: Option<&BenchmarkFigures>, unit: Option<&UnitId>) {
    let Some((b, unit)) = b.zip(unit) else {
        return j.null();
    };
    j.open(b'{');
    j.key("unit");
    j.str(unit.as_str());
    j.key("ytd");
    j.opt(b.ytd.get());
    j.key("gap");
    j.opt(b.gap.get());
    j.key("trend");
    j.opt_str(b.trend.map(|t| t.as_str()));
    j.close(b'}');
}

/// A JSON writer with serde_json's pretty layout: two spaces a level, a container's closing
/// bracket on a line of its own when it holds anything, `[]` and `{}` when it does not.
#[derive(Default)]
pub(super) struct Json {
    pub(super) buf: Vec<u8>,
    level: usize,
    /// Nothing written yet in the innermost open container.
    first: bool,
}

impl Json {
    fn open(&mut self, bracket: u8) {
        self.buf.push(bracket);
        self.level += 1;
        self.first = true;
    }

    fn close(&mut self, bracket: u8) {
        self.level = self.level.saturating_sub(1);
        if !self.first {
            self.line(true);
        }
        self.buf.push(bracket);
        // The container just closed is a value of the one around it.
        self.first = false;
    }

    /// The line break (after a comma unless first) and indentation before a value.
    fn item(&mut self) {
        let first = std::mem::replace(&mut self.first, false);
        self.line(first);
    }

    fn line(&mut self, first: bool) {
        let from = usize::from(first);
        let depth = self.level.min(LEVELS);
        self.buf.extend_from_slice(&BREAK[from..2 + 2 * depth]);
        for _ in depth..self.level {
            self.buf.extend_from_slice(b"  ");
        }
    }

    /// An object's key, which is ASCII with nothing to escape.
    fn key(&mut self, key: &'static str) {
        self.item();
        self.buf.push(b'"');
        self.buf.extend_from_slice(key.as_bytes());
        self.buf.extend_from_slice(b"\": ");
    }

    pub(super) fn str(&mut self, s: &str) {
        let plain = !s.bytes().any(|b| b < 0x20 || b == b'"' || b == b'\\');
        if plain {
            self.buf.push(b'"');
            self.buf.extend_from_slice(s.as_bytes());
            self.buf.push(b'"');
        } else if serde_json::to_writer(&mut self.buf, s).is_err() {
            // Writing to a Vec does not fail; were it to, the value is still valid JSON.
            self.null();
        }
    }

    fn opt_str(&mut self, s: Option<&str>) {
        match s {
            Some(s) => self.str(s),
            None => self.null(),
        }
    }

    /// A number as serde_json writes an `f64`: shortest round trip, `null` if not finite.
    pub(super) fn num(&mut self, x: f64) {
        if x.is_finite() {
            let mut b = zmij::Buffer::new();
            self.buf.extend_from_slice(b.format_finite(x).as_bytes());
        } else {
            self.null();
        }
    }

    fn opt(&mut self, x: Option<f64>) {
        match x {
            Some(x) => self.num(x),
            None => self.null(),
        }
    }

    fn int(&mut self, n: i64) {
        let _ = write!(self.buf, "{n}");
    }

    fn null(&mut self) {
        self.buf.extend_from_slice(b"null");
    }
}
