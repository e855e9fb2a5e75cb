//! `import FILE.csv --month YYYY-MM`: values from a spreadsheet into each unit's monthly report.
//! Every row is checked before anything is written; an existing report keeps its summary byte for
//! byte and every front-matter line that is not a value it sets.

use crate::diag::Diagnostic;
use crate::model::{Model, Month, parse_number_text};
use std::path::{Path, PathBuf};

/// One report to write: its path, new text, and what changed, for the summary.
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    pub path: PathBuf,
    pub text: String,
    pub created: bool,
    pub values: Vec<ValueChange>,
}

/// (indicator, old value text, new value text).
pub type ValueChange = (String, Option<String>, String);

/// Errors listed before the rest are summarised.
pub const MAX_ERRORS: usize = 100;

/// Decodes a spreadsheet export: UTF-8 (with or without BOM), else GB18030.
pub fn decode(bytes: &[u8]) -> String {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(s) => s.to_owned(),
        Err(_) => encoding_rs::GB18030.decode(bytes).0.into_owned(),
    }
}

/// Plans the import; Err holds every problem, positioned at the CSV's line and column.
pub fn plan(
    root: &Path,
    model: &Model,
    csv_path: &str,
    text: &str,
    month: Month,
) -> Result<Vec<Change>, Vec<Diagnostic>> {
    let mut diags = Vec::new();
    let source_lines: Vec<&str> = text.lines().collect();
    let err = |line: usize, col: usize, msg: String| Diagnostic {
        path: csv_path.to_owned(),
        line,
        column: col,
        len: 1,
        message: msg,
        help: None,
        source_line: line
            .checked_sub(1)
            .and_then(|i| source_lines.get(i))
            .map(|l| (*l).to_owned()),
    };
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut records = Vec::new();
    for rec in reader.records() {
        match rec {
            Ok(r) => records.push(r),
            Err(e) => {
                let line = e.position().map_or(0, |p| p.line() as usize);
                diags.push(err(line, 1, format!("cannot read the CSV: {e}")));
                return Err(diags);
            }
        }
    }
    let Some(header) = records.first() else {
        return Err(vec![
            Diagnostic::file(csv_path, "the CSV is empty")
                .with_help("the first row is `unit,<indicator id>,…`"),
        ]);
    };
    if header.get(0).map(str::trim) != Some("unit") {
        diags.push(
            err(
                1,
                1,
                format!(
                    "the first column must be `unit`, not `{}`",
                    header.get(0).unwrap_or("")
                ),
            )
            .with_help("the header row is `unit,<indicator id>,…`"),
        );
        return Err(diags);
    }
    let columns: Vec<String> = header.iter().skip(1).map(|c| c.trim().to_owned()).collect();
    for (i, c) in columns.iter().enumerate() {
        let known = model
            .categories
            .iter()
            .any(|cat| cat.indicators.iter().any(|ind| ind.id.as_str() == c));
        if !known {
            let all: Vec<&str> = model
                .categories
                .iter()
                .flat_map(|cat| cat.indicators.iter().map(|i| i.id.as_str()))
                .collect();
            let mut d = err(
                1,
                col_of(header, i + 1),
                format!("unknown indicator `{c}` in the header"),
            );
            if let Some(s) = crate::diag::did_you_mean(c, all.iter().copied()) {
                d = d.with_help(format!("did you mean `{s}`?"));
            }
            diags.push(d);
        }
    }
    let mut seen: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    let mut rows = Vec::new();
    let mut lines = LineCursor::new(text);
    for rec in records.iter().skip(1) {
        // From the byte offset: the csv crate's own line count is off by one with CRLF endings.
        let line = rec
            .position()
            .map_or(0, |p| lines.line_at(p.byte() as usize));
        let unit_id = rec.get(0).unwrap_or("").trim().to_owned();
        if unit_id.is_empty() && rec.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let Some(unit) = model.unit(&unit_id) else {
            let mut d = err(line, 1, format!("unknown unit `{unit_id}`"));
            if let Some(s) =
                crate::diag::did_you_mean(&unit_id, model.units.iter().map(|u| u.id.as_str()))
            {
                d = d.with_help(format!("did you mean `{s}`?"));
            } else if let Some(u) = model.units.iter().find(|u| u.name == unit_id) {
                d = d.with_help(format!("write the unit's id `{}`, not its name", u.id));
            }
            diags.push(d);
            continue;
        };
        if let Some(first) = seen.get(&unit_id) {
            diags.push(
                err(line, 1, format!("unit `{unit_id}` appears twice")).with_help(format!(
                    "it is already on line {first}; keep one row per unit"
                )),
            );
            continue;
        }
        seen.insert(unit_id.clone(), line);
        if !unit.takes_part(month.year) {
            diags.push(not_taking_part(
                err(line, 1, String::new()),
                &unit_id,
                month.year,
            ));
            continue;
        }
        let cat = model.category(unit.category.as_str());
        let mut values = Vec::new();
        for (i, c) in columns.iter().enumerate() {
            let cell = rec.get(i + 1).unwrap_or("").trim();
            if cell.is_empty() {
                continue;
            }
            if let Some(msg) = column_problem(cat, c, &unit_id, month.year) {
                diags.push(err(line, col_of(rec, i + 1), msg));
                continue;
            }
            match parse_number_text(cell) {
                Ok(_) => values.push((c.clone(), cell.to_owned())),
                Err(_) => diags.push(
                    err(
                        line,
                        col_of(rec, i + 1),
                        format!("`{cell}` is not a number ({unit_id}, {c})"),
                    )
                    .with_help(
                        "write a plain number such as 12.6, without units or thousands separators",
                    ),
                ),
            }
        }
        rows.push((unit_id, values));
    }
    if !diags.is_empty() {
        // A wrong column in a 100,000-row export is one mistake, not 100,000 messages.
        if diags.len() > MAX_ERRORS {
            let more = diags.len() - MAX_ERRORS;
            diags.truncate(MAX_ERRORS);
            diags.push(
                Diagnostic::file(csv_path, format!("{more} more errors not shown"))
                    .with_help("fix the ones above and import again"),
            );
        }
        return Err(diags);
    }
    let mut changes = Vec::new();
    for (unit, values) in rows {
        if values.is_empty() {
            continue;
        }
        let path = root
            .join("content")
            .join("units")
            .join(&unit)
            .join(format!("{month}.md"));
        let existing = match std::fs::read(&path) {
            Ok(b) => Some(String::from_utf8(b).map_err(|_| {
                vec![Diagnostic::file(
                    path.display().to_string(),
                    "file is not valid UTF-8",
                )]
            })?),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
            Err(e) => {
                return Err(vec![Diagnostic::file(
                    path.display().to_string(),
                    format!("cannot read: {e}"),
                )]);
            }
        };
        let (text, changed) = match &existing {
            None => {
                let mut t = String::from("---\nvalues:\n");
                for (k, v) in &values {
                    t.push_str(&format!("  {k}: {v}\n"));
                }
                t.push_str("---\n\n");
                (
                    t,
                    values
                        .iter()
                        .map(|(k, v)| (k.clone(), None, v.clone()))
                        .collect(),
                )
            }
            Some(old) => set_values(old, &values)
                .map_err(|m| vec![Diagnostic::file(path.display().to_string(), m)])?,
        };
        if existing.as_deref() == Some(text.as_str()) {
            continue;
        }
        let changed: Vec<_> = changed
            .into_iter()
            .filter(|(_, old, new): &ValueChange| old.as_deref() != Some(new.as_str()))
            .collect();
        changes.push(Change {
            path,
            text,
            created: existing.is_none(),
            values: changed,
        });
    }
    Ok(changes)
}

/// Line numbers for records met in order, counting each newline once (linear overall).
struct LineCursor<'t> {
    text: &'t [u8],
    pos: usize,
    line: usize,
}

impl<'t> LineCursor<'t> {
    fn new(text: &'t str) -> Self {
        LineCursor {
            text: text.as_bytes(),
            pos: 0,
            line: 1,
        }
    }

    /// The 1-based line of the record starting at byte `offset`. After a CRLF the csv crate
    /// puts the record's start on the `\n`; that newline belongs to the line before.
    fn line_at(&mut self, offset: usize) -> usize {
        let end = if self.text.get(offset) == Some(&b'\n') {
            offset + 1
        } else {
            offset
        };
        let end = end.min(self.text.len());
        if end > self.pos {
            self.line += self.text[self.pos..end]
                .iter()
                .filter(|c| **c == b'\n')
                .count();
            self.pos = end;
        }
        self.line
    }
}

fn col_of(rec: &csv::StringRecord, field: usize) -> usize {
    // Characters before the field in the raw line: the fields before it and their commas.
    rec.iter()
        .take(field)
        .map(|f| f.chars().count() + 1)
        .sum::<usize>()
        + 1
}

/// Sets values inside a report's front matter, line by line, leaving every other byte alone.
pub fn set_values(
    text: &str,
    values: &[(String, String)],
) -> Result<(String, Vec<ValueChange>), String> {
    let split = crate::load::split(text).map_err(str::to_owned)?;
    let Some(yaml) = split.yaml else {
        // No front matter: put one in front of the summary.
        let mut out = String::from("---\nvalues:\n");
        for (k, v) in values {
            out.push_str(&format!("  {k}: {v}\n"));
        }
        out.push_str("---\n");
        out.push_str(text);
        return Ok((
            out,
            values
                .iter()
                .map(|(k, v)| (k.clone(), None, v.clone()))
                .collect(),
        ));
    };
    let head_len = text.find('\n').map_or(text.len(), |i| i + 1);
    let mut lines: Vec<String> = yaml.split_inclusive('\n').map(str::to_owned).collect();
    let nl = if text.contains("\r\n") { "\r\n" } else { "\n" };
    if lines.last().is_some_and(|l| !l.ends_with('\n')) {
        if let Some(l) = lines.last_mut() {
            l.push_str(nl);
        }
    }
    let values_at = lines
        .iter()
        .position(|l| l.trim_end() == "values:" || l.starts_with("values:"));
    let values_at = match values_at {
        Some(i) => {
            let rest = lines[i]["values:".len()..].trim();
            if !rest.is_empty() && !rest.starts_with('#') && rest != "~" && rest != "null" {
                return Err("`values` is written on one line (`{…}`); write one value per line to import into it".into());
            }
            i
        }
        None => {
            lines.push(format!("values:{nl}"));
            lines.len() - 1
        }
    };
    let mut end = values_at + 1;
    while end < lines.len()
        && (lines[end].starts_with(' ')
            || lines[end].starts_with('\t')
            || lines[end].trim().is_empty()
            || lines[end].trim_start().starts_with('#') && lines[end].starts_with(' '))
    {
        end += 1;
    }
    let mut changed = Vec::new();
    for (k, v) in values {
        let key_line = (values_at + 1..end).find(|&i| {
            let t = lines[i].trim_start();
            t.strip_prefix(k.as_str())
                .is_some_and(|r| r.trim_start().starts_with(':'))
        });
        if let Some(i) = key_line {
            // Replace only the value's characters: spacing and any comment stay as they were.
            let line = lines[i].clone();
            let colon = line.find(':').unwrap_or(0) + 1;
            let after = &line[colon..];
            let start = colon + (after.len() - after.trim_start_matches([' ', '\t']).len());
            let rest = &line[start..];
            let value_len = rest.find(" #").unwrap_or(rest.len());
            let old = rest[..value_len].trim_end().to_owned();
            if old != *v {
                let gap = if line[..start].ends_with([' ', '\t']) {
                    ""
                } else {
                    " "
                };
                lines[i] = format!("{}{gap}{v}{}", &line[..start], &line[start + old.len()..]);
                changed.push((k.clone(), (!old.is_empty()).then_some(old), v.clone()));
            }
            continue;
        }
        let commented = (values_at + 1..end).find(|&i| {
            let t = lines[i].trim_start();
            t.strip_prefix('#')
                .map(str::trim_start)
                .and_then(|r| r.strip_prefix(k.as_str()))
                .is_some_and(|r| r.trim_start().starts_with(':'))
        });
        match commented {
            Some(i) => {
                // `  # key:    # label` as `new report` writes it: keep the label.
                let uncommented = lines[i].trim_start()[1..].trim_start();
                let after_key = uncommented[k.len()..].trim_start()[1..].trim_end();
                let comment = after_key
                    .find('#')
                    .map(|c| format!("    {}", &after_key[c..]))
                    .unwrap_or_default();
                lines[i] = format!("  {k}: {v}{comment}{nl}");
            }
            None => {
                lines.insert(end, format!("  {k}: {v}{nl}"));
                end += 1;
            }
        }
        changed.push((k.clone(), None, v.clone()));
    }
    let body_start = text.len() - split.body.len();
    let fence_start = head_len + yaml.len();
    let mut out = String::with_capacity(text.len() + 64);
    out.push_str(&text[..head_len]);
    for l in &lines {
        out.push_str(l);
    }
    out.push_str(&text[fence_start..body_start]);
    out.push_str(split.body);
    Ok((out, changed))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn updates_values_and_keeps_everything_else() {
        let old = "---\nvalues:\n  revenue: 4.2   # 初步數\n  # projects:    # 招引項目\ndraft: false\n---\n本月**收入**增長。\n\n  縮進的文字。\n";
        let (new, changed) = set_values(
            old,
            &[
                ("revenue".into(), "4.5".into()),
                ("projects".into(), "3".into()),
                ("petitions".into(), "0".into()),
            ],
        )
        .unwrap();
        assert_eq!(
            new,
            "---\nvalues:\n  revenue: 4.5   # 初步數\n  projects: 3    # 招引項目\n  petitions: 0\ndraft: false\n---\n本月**收入**增長。\n\n  縮進的文字。\n"
        );
        assert_eq!(
            changed[0],
            ("revenue".into(), Some("4.2".into()), "4.5".into())
        );
        assert_eq!(changed[1], ("projects".into(), None, "3".into()));
    }

    #[test]
    fn adds_values_block_when_missing() {
        let (new, _) =
            set_values("---\ndraft: true\n---\n正文\n", &[("a".into(), "1".into())]).unwrap();
        assert_eq!(new, "---\ndraft: true\nvalues:\n  a: 1\n---\n正文\n");
    }

    #[test]
    fn flow_values_are_refused_not_mangled() {
        assert!(set_values("---\nvalues: {a: 1}\n---\n", &[("a".into(), "2".into())]).is_err());
    }

    #[test]
    fn decodes_bom_and_gb18030() {
        assert_eq!(decode(b"\xEF\xBB\xBFunit,a\n"), "unit,a\n");
        let (gb, _, _) = encoding_rs::GB18030.encode("unit,值\n烏鎮,1\n");
        assert_eq!(decode(&gb), "unit,值\n烏鎮,1\n");
    }
}

#[cfg(test)]
mod more_tests {
    use super::*;

    #[test]
    fn a_second_import_changes_nothing() {
        let old = "---\nvalues:\n  # a:    # 產值\n---\n正文\n";
        let (once, _) = set_values(old, &[("a".into(), "1".into())]).unwrap();
        let (twice, changed) = set_values(&once, &[("a".into(), "1".into())]).unwrap();
        assert_eq!(once, twice);
        assert!(changed.is_empty());
    }

    #[test]
    fn empty_value_is_filled_in_place() {
        let (new, changed) = set_values(
            "---\nvalues:\n  a:\n  b: 2\n---\n",
            &[("a".into(), "1".into())],
        )
        .unwrap();
        assert_eq!(new, "---\nvalues:\n  a: 1\n  b: 2\n---\n");
        assert_eq!(changed, vec![("a".to_owned(), None, "1".to_owned())]);
    }
}

#[cfg(test)]
mod line_tests {
    use super::*;

    #[test]
    fn lines_are_right_with_lf_and_crlf() {
        for text in ["unit,a\neast,1\nwest,x\n", "unit,a\r\neast,1\r\nwest,x\r\n"] {
            let mut r = csv::ReaderBuilder::new()
                .has_headers(false)
                .from_reader(text.as_bytes());
            let mut cursor = LineCursor::new(text);
            let lines: Vec<usize> = r
                .records()
                .map(|rec| cursor.line_at(rec.unwrap().position().unwrap().byte() as usize))
                .collect();
            assert_eq!(lines, [1, 2, 3], "{text:?}");
        }
    }
}

/// Why a value cannot go in column `c` for a unit of category `cat` in `year`, if it cannot.
fn column_problem(
    cat: Option<&crate::model::Category>,
    c: &str,
    unit_id: &str,
    year: i32,
) -> Option<String> {
    let ind = cat.and_then(|cat| cat.indicators.iter().find(|i| i.id.as_str() == c));
    match ind {
        None => Some(format!(
            "`{c}` is not an indicator of `{unit_id}`'s category; leave the cell empty"
        )),
        Some(i) if !i.in_force(year) => Some(format!(
            "`{c}` is not in force in {year}; leave the cell empty"
        )),
        Some(_) => None,
    }
}

/// The error for a row of a unit outside its years (SPEC §17), at the row's start.
fn not_taking_part(at: Diagnostic, unit_id: &str, year: i32) -> Diagnostic {
    Diagnostic {
        message: format!("`{unit_id}` does not take part in {year}"),
        ..at
    }
    .with_help(format!(
        "see `from:` and `until:` in content/units/{unit_id}/unit.yaml; leave its row out"
    ))
}
