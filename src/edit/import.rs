//! `import FILE --month YYYY-MM`: values from a spreadsheet (CSV or workbook) into each unit's
//! monthly report.
//! Every row is checked before anything is written; an existing report keeps its summary byte for
//! byte and every front-matter line that is not a value it sets.

use super::sheet::{Row, Table};
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
    /// The report is (still) a draft after the import: its figures are not published.
    pub draft: bool,
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

/// Plans the import; Err holds every problem, positioned at the file's line and column (a
/// workbook's row and column).
pub fn plan(
    root: &Path,
    model: &Model,
    shown: &str,
    table: &Table,
    month: Month,
) -> Result<Vec<Change>, Vec<Diagnostic>> {
    let at = Place { shown, table };
    let (header_at, columns) = header(&at, model)?;
    let (rows, mut diags) = values(&at, model, &columns, header_at, month.year);
    if !diags.is_empty() {
        // A wrong column in a 100,000-row export is one mistake, not 100,000 messages.
        if diags.len() > MAX_ERRORS {
            let more = diags.len() - MAX_ERRORS;
            diags.truncate(MAX_ERRORS);
            diags.push(
                Diagnostic::file(shown, crate::tr!("import-more-errors", count = more))
                    .with_help(crate::tr!("import-more-errors-help")),
            );
        }
        return Err(diags);
    }
    changes(root, month, rows)
}

/// Where the rows come from, to make diagnostics that point into it.
struct Place<'a> {
    shown: &'a str,
    table: &'a Table,
}

impl Place<'_> {
    fn err(&self, row: &Row, column: usize, msg: String) -> Diagnostic {
        let message = match self.table.cell_name(row.line, column) {
            Some(cell) => crate::tr!("import-at-cell", cell = cell, message = msg),
            None => msg,
        };
        Diagnostic {
            path: self.shown.to_owned(),
            line: row.line,
            column,
            len: 1,
            message,
            help: None,
            source_line: row.source.clone(),
        }
    }
}

/// A column of the header: the indicator it holds, or None for a column to pass over (an
/// unknown indicator, already reported once, or an empty header over empty cells).
type Columns = Vec<Option<String>>;

/// Finds the header row (the first whose first cell is `unit`: rows above it, such as a
/// title merged across the sheet, are passed over) and checks its columns once each.
fn header<'t>(at: &Place<'t>, model: &Model) -> Result<(usize, Columns), Vec<Diagnostic>> {
    let table = at.table;
    let Some(first) = table.rows.first() else {
        return Err(vec![
            Diagnostic::file(at.shown, crate::tr!("import-empty"))
                .with_help(crate::tr!("import-empty-help")),
        ]);
    };
    let Some(h) = table.rows.iter().position(|r| first_text(r) == "unit") else {
        let d = at
            .err(
                first,
                1,
                crate::tr!("import-first-column", value = first_text(first)),
            )
            .with_help(crate::tr!("import-header-help"));
        return Err(vec![d]);
    };
    let head = &table.rows[h];
    let all: Vec<&str> = model
        .categories
        .iter()
        .flat_map(|cat| cat.indicators.iter().map(|i| i.id.as_str()))
        .collect();
    let mut diags = Vec::new();
    let mut columns: Columns = Vec::new();
    for (i, cell) in head.cells.iter().enumerate().skip(1) {
        let c = cell.text.as_str();
        let id = if c.is_empty() {
            let filled = table.rows[h + 1..]
                .iter()
                .find(|r| r.cells.get(i).is_some_and(|x| !x.text.is_empty()));
            if let Some(r) = filled {
                let d = at
                    .err(head, cell.column, crate::tr!("import-no-header"))
                    .with_help(crate::tr!(
                        "import-no-header-help",
                        line = r.line.to_string()
                    ));
                diags.push(d);
            }
            None
        } else if !all.contains(&c) {
            let mut d = at.err(
                head,
                cell.column,
                crate::tr!("import-unknown-indicator", id = c),
            );
            if let Some(s) = crate::diag::did_you_mean(c, all.iter().copied()) {
                d = d.with_help(crate::tr!("did-you-mean", suggestion = s));
            } else {
                d = d.with_help(crate::tr!("import-indicators-are", ids = all.join(", ")));
            }
            diags.push(d);
            None
        } else if columns.iter().any(|x| x.as_deref() == Some(c)) {
            let d = at
                .err(head, cell.column, crate::tr!("import-two-columns", id = c))
                .with_help(crate::tr!("import-two-columns-help"));
            diags.push(d);
            None
        } else {
            Some(c.to_owned())
        };
        columns.push(id);
    }
    if diags.is_empty() {
        Ok((h, columns))
    } else {
        Err(diags)
    }
}

fn first_text(row: &Row) -> &str {
    row.cells.first().map_or("", |c| c.text.as_str())
}

/// A unit's id and its (indicator, value text) pairs from one row.
type UnitValues = (String, Vec<(String, String)>);

/// Each unit's values from the rows under the header, with every problem found.
fn values(
    at: &Place<'_>,
    model: &Model,
    columns: &Columns,
    header_at: usize,
    year: i32,
) -> (Vec<UnitValues>, Vec<Diagnostic>) {
    let mut diags = Vec::new();
    let mut seen: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    let mut rows = Vec::new();
    for row in &at.table.rows[header_at + 1..] {
        let unit_id = first_text(row).to_owned();
        let Some(unit) = model.unit(&unit_id) else {
            let mut d = at.err(row, 1, crate::tr!("unknown-unit", unit = &unit_id));
            if let Some(s) =
                crate::diag::did_you_mean(&unit_id, model.units.iter().map(|u| u.id.as_str()))
            {
                d = d.with_help(crate::tr!("did-you-mean", suggestion = s));
            } else if let Some(u) = model.units.iter().find(|u| u.name == unit_id) {
                d = d.with_help(crate::tr!("import-unit-name", id = u.id.as_str()));
            }
            diags.push(d);
            continue;
        };
        if let Some(first) = seen.get(&unit_id) {
            diags.push(
                at.err(row, 1, crate::tr!("import-unit-twice", id = &unit_id))
                    .with_help(crate::tr!(
                        "import-unit-twice-help",
                        line = first.to_string()
                    )),
            );
            continue;
        }
        seen.insert(unit_id.clone(), row.line);
        if !unit.takes_part(year) {
            diags.push(
                at.err(
                    row,
                    1,
                    crate::tr!("unit-not-in-year", id = &unit_id, year = year.to_string()),
                )
                .with_help(crate::tr!("import-not-in-year-help", id = &unit_id)),
            );
            continue;
        }
        let cat = model.category(unit.category.as_str());
        let mut values = Vec::new();
        for (i, column) in columns.iter().enumerate() {
            let (Some(c), Some(cell)) = (column, row.cells.get(i + 1)) else {
                continue;
            };
            if cell.text.is_empty() {
                continue;
            }
            if let Some(msg) = column_problem(cat, c, &unit_id, year) {
                diags.push(at.err(row, cell.column, msg));
                continue;
            }
            match parse_number_text(&cell.text) {
                Ok(_) => values.push((c.clone(), cell.text.clone())),
                Err(crate::model::NumberError::OutOfRange) => diags.push(
                    at.err(
                        row,
                        cell.column,
                        crate::tr!(
                            "import-out-of-range",
                            value = &cell.text,
                            unit = &unit_id,
                            id = c
                        ),
                    )
                    .with_help(crate::model::range_help()),
                ),
                Err(_) => diags.push(
                    at.err(
                        row,
                        cell.column,
                        crate::tr!(
                            "import-not-a-number",
                            value = &cell.text,
                            unit = &unit_id,
                            id = c
                        ),
                    )
                    .with_help(
                        crate::slips::number_help(&cell.text)
                            .unwrap_or_else(|| crate::tr!("import-number-help")),
                    ),
                ),
            }
        }
        rows.push((unit_id, values));
    }
    (rows, diags)
}

/// The reports to write for the checked rows: each unit's report for `month`, created or with
/// its values set, left out when nothing in it changes.
fn changes(
    root: &Path,
    month: Month,
    rows: Vec<UnitValues>,
) -> Result<Vec<Change>, Vec<Diagnostic>> {
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
            Ok(b) => {
                Some(crate::load::check_text(&path.display().to_string(), b).map_err(|d| vec![d])?)
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
            Err(e) => {
                return Err(vec![Diagnostic::file(
                    path.display().to_string(),
                    crate::tr!("import-cannot-read", reason = e.to_string()),
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
        let draft = is_draft(&text);
        changes.push(Change {
            path,
            text,
            created: existing.is_none(),
            values: changed,
            draft,
        });
    }
    Ok(changes)
}

/// Whether a report's front matter has `draft: true`: the report then stays unpublished after
/// the import, which the editor must be told.
fn is_draft(text: &str) -> bool {
    crate::load::split(text)
        .ok()
        .and_then(|s| s.yaml)
        .is_some_and(|yaml| {
            yaml.lines().any(|l| {
                let l = l.split(" #").next().unwrap_or("").trim_end();
                l == "draft: true" || l == "draft: yes"
            })
        })
}

/// A front matter holding just `values`, put in front of `body`; every value is new.
fn fresh_front(values: &[(String, String)], body: &str) -> (String, Vec<ValueChange>) {
    let mut out = String::from("---\nvalues:\n");
    for (k, v) in values {
        out.push_str(&format!("  {k}: {v}\n"));
    }
    out.push_str("---\n");
    out.push_str(body);
    let changed = values
        .iter()
        .map(|(k, v)| (k.clone(), None, v.clone()))
        .collect();
    (out, changed)
}

/// `line` (`  key: old   # note`) with its value replaced by `v`, only the value's characters:
/// spacing and any comment stay as they were. None when the value is `v` already; else the new
/// line and the old value (None when it was empty).
fn replace_value(line: &str, v: &str) -> Option<(String, Option<String>)> {
    let colon = line.find(':').unwrap_or(0) + 1;
    let after = &line[colon..];
    let start = colon + (after.len() - after.trim_start_matches([' ', '\t']).len());
    let rest = &line[start..];
    let value_len = rest.find(" #").unwrap_or(rest.len());
    let old = rest[..value_len].trim_end().to_owned();
    if old == v {
        return None;
    }
    let gap = if line[..start].ends_with([' ', '\t']) {
        ""
    } else {
        " "
    };
    let new = format!("{}{gap}{v}{}", &line[..start], &line[start + old.len()..]);
    Some((new, (!old.is_empty()).then_some(old)))
}

/// `  # key:    # label` as `new report` writes it, filled in with `v`, keeping the label.
fn uncomment(line: &str, k: &str, v: &str, nl: &str) -> String {
    let uncommented = line.trim_start()[1..].trim_start();
    let after_key = uncommented[k.len()..].trim_start()[1..].trim_end();
    let comment = after_key
        .find('#')
        .map(|c| format!("    {}", &after_key[c..]))
        .unwrap_or_default();
    format!("  {k}: {v}{comment}{nl}")
}

/// Sets values inside a report's front matter, line by line, leaving every other byte alone.
pub fn set_values(
    text: &str,
    values: &[(String, String)],
) -> Result<(String, Vec<ValueChange>), String> {
    // A BOM stays first, before the fence (SPEC §1 allows it; the fence must follow it).
    if let Some(rest) = text.strip_prefix('\u{feff}') {
        return set_values(rest, values).map(|(t, c)| (format!("\u{feff}{t}"), c));
    }
    let split = crate::load::split(text).map_err(|e| format!("line {}: {}", e.line, e.message))?;
    let Some(yaml) = split.yaml else {
        // No front matter: put one in front of the summary.
        return Ok(fresh_front(values, text));
    };
    let Some(head_len) = text.find('\n').map(|i| i + 1) else {
        // The whole file is an opening fence (`---`): write the front matter anew, closed.
        return Ok(fresh_front(values, ""));
    };
    let mut lines: Vec<String> = yaml.split_inclusive('\n').map(str::to_owned).collect();
    let nl = if text.contains("\r\n") { "\r\n" } else { "\n" };
    if lines.last().is_some_and(|l| !l.ends_with('\n'))
        && let Some(l) = lines.last_mut()
    {
        l.push_str(nl);
    }
    let values_at = lines
        .iter()
        .position(|l| l.trim_end() == "values:" || l.starts_with("values:"));
    let values_at = match values_at {
        Some(i) => {
            let rest = lines[i]["values:".len()..].trim();
            if !rest.is_empty() && !rest.starts_with('#') && rest != "~" && rest != "null" {
                return Err(crate::tr!("import-values-inline"));
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
            if let Some((line, old)) = replace_value(&lines[i], v) {
                lines[i] = line;
                changed.push((k.clone(), old, v.clone()));
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
            Some(i) => lines[i] = uncomment(&lines[i], k, v, nl),
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
    fn a_file_of_one_fence_gets_a_closed_front_matter() {
        let (out, _) = set_values("---", &[("a".into(), "1".into())]).unwrap();
        assert_eq!(out, "---\nvalues:\n  a: 1\n---\n");
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

/// Why a value cannot go in column `c` for a unit of category `cat` in `year`, if it cannot.
fn column_problem(
    cat: Option<&crate::model::Category>,
    c: &str,
    unit_id: &str,
    year: i32,
) -> Option<String> {
    let ind = cat.and_then(|cat| cat.indicators.iter().find(|i| i.id.as_str() == c));
    match ind {
        None => Some(crate::tr!("import-not-in-category", id = c, unit = unit_id)),
        Some(i) if !i.in_force(year) => Some(crate::tr!(
            "import-not-in-force",
            id = c,
            year = year.to_string()
        )),

        Some(_) => None,
    }
}
