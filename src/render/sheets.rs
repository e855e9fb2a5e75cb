//! The open data as spreadsheets for people (SPEC §18): every CSV starts with a UTF-8 byte-order
//! mark, so that Excel on Chinese Windows reads it as UTF-8 rather than the local code page.
//! Beside each month's rankings: its indicator rows, all months' rows in one file, and the
//! targets, survey scores and awards that §11's JSON does not carry.

use crate::model::{Model, Unit};
use crate::score::{MonthFigures, Scores};

/// The UTF-8 byte-order mark every CSV starts with.
pub const BOM: &str = "\u{feff}";

pub const INDICATORS_HEADER: &str = "period,category,unit,name,indicator,indicator_name,measure,value,ytd,target,expected,completion,pace,status,points,growth";
pub const RANKINGS_HEADER: &str = "period,category,rank,unit,name,score,movement";
pub const TARGETS_HEADER: &str = "year,category,unit,name,indicator,indicator_name,measure,target";
pub const SURVEYS_HEADER: &str = "period,respondents,unit,name,satisfaction";
pub const AWARDS_HEADER: &str = "period,kind,unit,name,title";

/// A CSV file: the mark, the header, the rows (each ending in CRLF).
pub fn file(header: &str, rows: &str) -> Vec<u8> {
    let mut out = String::with_capacity(BOM.len() + header.len() + 2 + rows.len());
    out.push_str(BOM);
    out.push_str(header);
    out.push_str("\r\n");
    out.push_str(rows);
    out.into_bytes()
}

/// One CSV line from its cells, RFC 4180 quoting.
pub fn line(out: &mut String, cells: &[&str]) {
    for (i, c) in cells.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        push_field(out, c);
    }
    out.push_str("\r\n");
}

/// A number cell: Rust's shortest form, as the JSON has it; empty when there is none.
fn push_number(out: &mut String, x: Option<f64>) {
    out.push(',');
    if let Some(x) = x {
        super::format::push_shortest(out, x);
    }
}

/// The rows of `data/<YYYY-MM>-indicators.csv`: each unit taking part, each indicator in force
/// that year, in the order of the month's JSON.
fn indicator_rows(out: &mut String, model: &Model, m: &MonthFigures) {
    let year = m.month.year;
    let period = m.month.to_string();
    for uf in &m.units {
        let Some(u) = model.unit(uf.unit.as_str()).filter(|u| u.takes_part(year)) else {
            continue;
        };
        let Some(cat) = model.category(u.category.as_str()) else {
            continue;
        };
        // The cells before the figures, quoted once per unit and per indicator: this file has
        // a line per unit, indicator and month, millions on a large site.
        let mut head = String::new();
        line(
            &mut head,
            &[
                &period,
                cat.id.as_str(),
                u.id.as_str(),
                &text_cell(u.name_in(year)),
            ],
        );
        head.truncate(head.len() - 2);
        for (ind, f) in m.in_force(uf, cat) {
            out.push_str(&head);
            out.push(',');
            line(
                out,
                &[
                    ind.id.as_str(),
                    &text_cell(&ind.name),
                    &text_cell(ind.measure.as_deref().unwrap_or("")),
                ],
            );
            out.truncate(out.len() - 2);
            for x in [f.value, f.ytd, f.target, f.expected, f.completion, f.pace] {
                push_number(out, x.get());
            }
            out.push(',');
            out.push_str(f.status.map_or("", |s| s.as_str()));
            for x in [f.points, f.growth] {
                push_number(out, x.get());
            }
            out.push_str("\r\n");
        }
    }
}

/// The rows of month `i` of `data/indicators.csv`, when they are known to be the previous
/// build's (`serve`; they are part `i + 1` of its file).
pub type KeptMonths<'a> = dyn Fn(usize) -> Option<Vec<u8>> + Sync + 'a;

/// Told the rows of month `i` of `data/indicators.csv` when they were made (not kept): they are
/// also that month's own indicators file, after the mark and header ([`indicators_head`]).
pub type MadeMonth<'a> = dyn Fn(usize, &[u8]) + Sync + 'a;

/// The mark and header that start an indicators file.
pub fn indicators_head() -> Vec<u8> {
    format!("{BOM}{INDICATORS_HEADER}\r\n").into_bytes()
}

/// `data/indicators.csv`: every published month's indicator rows, oldest month first, made a
/// month at a time (the mark and header first): on a 10,000-unit site the file is 200 MB, and
/// the build writes each part as it comes; the months `kept` gives are not made again, and
/// `made` is told each month that is. The months are made as many at a time as there are
/// threads, in parallel, and handed over in order: made one at a time, this file was most of a
/// build's open data, on one core.
pub fn all_indicators<'a>(
    model: &'a Model,
    scores: &'a Scores,
    kept: &'a KeptMonths<'a>,
    made: &'a MadeMonth<'a>,
) -> impl Iterator<Item = Vec<u8>> + 'a {
    use rayon::prelude::*;
    let head = indicators_head();
    let batch = rayon::current_num_threads().max(1);
    let batches = scores.months.chunks(batch).enumerate();
    let parts = batches.flat_map(move |(b, chunk)| {
        let part = move |(j, m): (usize, &MonthFigures)| {
            let i = b * batch + j;
            kept(i).unwrap_or_else(|| {
                let mut out = String::new();
                indicator_rows(&mut out, model, m);
                made(i, out.as_bytes());
                out.into_bytes()
            })
        };
        let made: Vec<Vec<u8>> = chunk.par_iter().enumerate().map(part).collect();
        made
    });
    std::iter::once(head).chain(parts)
}

/// `data/targets.csv`: each unit's annual targets, by unit in site order, then year.
pub fn targets(model: &Model) -> Vec<u8> {
    let mut out = String::new();
    for u in &model.units {
        let Some(cat) = model.category(u.category.as_str()) else {
            continue;
        };
        for (year, list) in &u.targets {
            for (id, target) in list {
                let ind = cat.indicators.iter().find(|i| &i.id == id);
                let cells = [
                    year.to_string(),
                    cat.id.to_string(),
                    u.id.to_string(),
                    text_cell(u.name_in(*year)),
                    id.to_string(),
                    text_cell(ind.map_or("", |i| i.name.as_str())),
                    text_cell(ind.and_then(|i| i.measure.as_deref()).unwrap_or("")),
                    target.to_string(),
                ];
                let cells: Vec<&str> = cells.iter().map(String::as_str).collect();
                line(&mut out, &cells);
            }
        }
    }
    file(TARGETS_HEADER, &out)
}

fn unit_name(model: &Model, id: &str, year: i32) -> String {
    text_cell(model.unit(id).map_or("", |u: &Unit| u.name_in(year)))
}

/// `data/surveys.csv`: each review's survey (群眾評議), one row per unit scored.
pub fn surveys(model: &Model) -> Vec<u8> {
    let mut out = String::new();
    for r in &model.reviews {
        let Some(s) = &r.survey else { continue };
        let year = r.period.year();
        let respondents = s.respondents.map(|n| n.to_string()).unwrap_or_default();
        for (unit, score) in &s.scores {
            let cells = [
                r.period.to_string(),
                respondents.clone(),
                unit.to_string(),
                unit_name(model, unit.as_str(), year),
                score.to_string(),
            ];
            let cells: Vec<&str> = cells.iter().map(String::as_str).collect();
            line(&mut out, &cells);
        }
    }
    file(SURVEYS_HEADER, &out)
}

/// `data/awards.csv`: each review's pacesetters (kind `pacesetter`, no title) and awards.
pub fn awards(model: &Model) -> Vec<u8> {
    let mut out = String::new();
    for r in &model.reviews {
        let year = r.period.year();
        let period = r.period.to_string();
        let pacesetters = r.pacesetters.iter().map(|p| (&p.unit, "pacesetter", ""));
        let awards = r
            .awards
            .iter()
            .map(|a| (&a.unit, "award", a.title.as_str()));
        for (unit, kind, title) in pacesetters.chain(awards) {
            let cells = [
                period.clone(),
                kind.to_owned(),
                unit.to_string(),
                unit_name(model, unit.as_str(), year),
                text_cell(title),
            ];
            let cells: Vec<&str> = cells.iter().map(String::as_str).collect();
            line(&mut out, &cells);
        }
    }
    file(AWARDS_HEADER, &out)
}

/// A text cell that a spreadsheet will not run as a formula: one starting with `=`, `+`, `-`,
/// `@`, a tab or a carriage return gets a `'` in front, as OWASP advises for CSV injection.
/// Only text cells: numbers, negative ones included, stay numbers.
pub fn text_cell(s: &str) -> String {
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.to_owned()
    }
}

#[cfg(test)]
fn field(s: &str) -> String {
    let mut out = String::new();
    push_field(&mut out, s);
    out
}

fn push_field(out: &mut String, s: &str) {
    if s.contains([',', '"', '\n', '\r']) {
        out.push('"');
        out.push_str(&s.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(s);
    }
}

#[cfg(test)]
mod tests {
    use super::{field, file, line, text_cell};

    #[test]
    fn formulas_in_text_cells_are_defused() {
        assert_eq!(
            text_cell("=HYPERLINK(\"https://x.cn\",\"a\")"),
            "'=HYPERLINK(\"https://x.cn\",\"a\")"
        );
        assert_eq!(text_cell("+1"), "'+1");
        assert_eq!(text_cell("-1+2"), "'-1+2");
        assert_eq!(text_cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(text_cell("烏鎮=鎮"), "烏鎮=鎮");
    }

    #[test]
    fn csv_quotes_only_when_needed() {
        assert_eq!(field("烏鎮鎮"), "烏鎮鎮");
        assert_eq!(field("a,b"), "\"a,b\"");
        assert_eq!(field("say \"x\""), "\"say \"\"x\"\"\"");
    }

    #[test]
    fn a_file_starts_with_the_byte_order_mark() {
        let mut rows = String::new();
        line(&mut rows, &["2026-03", "烏鎮鎮"]);
        let bytes = file("period,name", &rows);
        assert_eq!(&bytes[..3], b"\xef\xbb\xbf");
        assert_eq!(&bytes[3..], "period,name\r\n2026-03,烏鎮鎮\r\n".as_bytes());
    }
}
