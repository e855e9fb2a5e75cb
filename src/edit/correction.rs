//! `new correction <unit> <YYYY-MM>`: records a change to a published report as a
//! `corrections:` entry (SPEC §17), its `was` filled from the ledger, so the editor writes only
//! the note.

use crate::io_error::{Action, IoError};
use crate::load::SourceFile;
use crate::model::ledger;
use crate::model::{Model, Month, Report};
use chrono::NaiveDate;
use std::path::{Path, PathBuf};

/// The `was` of a new correction: every published figure of the report that its values no
/// longer hold and no correction records yet, then every figure reported since publication
/// (`null`: it was not reported). Empty when the report is as published.
pub fn changed_figures(ledger: &SourceFile, report: &Report) -> Vec<(String, Option<f64>)> {
    let (entries, _) = ledger::parse(ledger);
    let published: Vec<&ledger::Entry> = entries
        .iter()
        .filter(|e| e.unit == report.unit.as_str() && e.month == report.month)
        .collect();
    let recorded = |id: &str, v: Option<f64>| {
        report
            .corrections
            .iter()
            .any(|c| c.was.iter().any(|(i, w)| i.as_str() == id && *w == v))
    };
    let mut was: Vec<(String, Option<f64>)> = published
        .iter()
        .filter(|e| report.value(e.indicator) != Some(e.value))
        .filter(|e| !recorded(e.indicator, Some(e.value)))
        .map(|e| (e.indicator.to_owned(), Some(e.value)))
        .collect();
    for (id, _) in &report.values {
        if !published.iter().any(|e| e.indicator == id.as_str()) && !recorded(id.as_str(), None) {
            was.push((id.as_str().to_owned(), None));
        }
    }
    was
}

/// Appends the correction entry to the report of `unit` for `month`, dated `date`.
pub fn new_correction(
    root: &Path,
    model: &Model,
    ledger: Option<&SourceFile>,
    unit: &str,
    month: Month,
    date: NaiveDate,
) -> Result<PathBuf, super::EditError> {
    let rel = format!("content/units/{unit}/{month}.md");
    let report = model
        .report(unit, month)
        .ok_or_else(|| crate::tr!("correction-no-report", path = &rel))?;
    let ledger = ledger.ok_or_else(|| crate::tr!("correction-no-ledger"))?;
    if date <= month.last_day() {
        return Err(crate::tr!(
            "correction-date-after",
            month = month.to_string(),
            date = date.to_string()
        )
        .into());
    }
    let was = changed_figures(ledger, report);
    if was.is_empty() {
        return Err(crate::tr!("correction-unchanged", path = &rel).into());
    }
    let path = root.join(&rel);
    let text = std::fs::read_to_string(&path).map_err(IoError::at(Action::Read, &path))?;
    let was_text = was
        .iter()
        .map(|(i, v)| match v {
            Some(x) => format!("{i}: {x}"),
            None => format!("{i}: null"),
        })
        .collect::<Vec<_>>()
        .join(", ");
    let entry = format!(
        "  - date: {date}\n    note:    # {}\n    was: {{{was_text}}}\n",
        crate::tr!("comment-correction-note")
    );
    let new = insert_entry(&text, &entry)
        .ok_or_else(|| crate::tr!("correction-no-place", path = &rel, entry = &entry))?;
    std::fs::write(&path, new).map_err(IoError::at(Action::Write, &path))?;

    Ok(path)
}

/// The report's text with `entry` added as the last item of its block `corrections:` list (a
/// new list before the closing `---` when there is none). None when the front matter cannot
/// be found or `corrections:` is written inline.
pub fn insert_entry(text: &str, entry: &str) -> Option<String> {
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    if lines.first().map(|l| l.trim_end()) != Some("---") {
        return None;
    }
    let close = 1 + lines[1..].iter().position(|l| l.trim_end() == "---")?;
    let start = (1..close).find(|&i| lines[i].starts_with("corrections:"));
    let (at, head) = match start {
        None => (close, "corrections:\n"),
        Some(i) if lines[i].trim_end() == "corrections:" => {
            // The block lasts while lines are indented or list items.
            let end = (i + 1..close)
                .find(|&j| !(lines[j].starts_with([' ', '-', '\t']) || lines[j].trim().is_empty()))
                .unwrap_or(close);
            (end, "")
        }
        Some(_) => return None,
    };
    let mut out = String::with_capacity(text.len() + entry.len() + 16);
    for l in &lines[..at] {
        out.push_str(l);
        if !l.ends_with('\n') {
            out.push('\n');
        }
    }
    out.push_str(head);
    out.push_str(entry);
    for l in &lines[at..] {
        out.push_str(l);
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::insert_entry;

    const E: &str = "  - date: 2026-05-03\n    note:\n    was: {output: 12.6}\n";

    #[test]
    fn a_first_correction_opens_the_list_before_the_closing_fence() {
        let text = "---\nvalues:\n  output: 12.1\n---\n本月……\n";
        assert_eq!(
            insert_entry(text, E).unwrap(),
            format!("---\nvalues:\n  output: 12.1\ncorrections:\n{E}---\n本月……\n")
        );
    }

    #[test]
    fn a_later_correction_goes_at_the_end_of_the_list() {
        let text = "---\nvalues: {output: 12.1}\ncorrections:\n  - date: 2026-04-01\n    note: x\n    was: {output: 11}\ndraft: false\n---\n";
        assert_eq!(
            insert_entry(text, E).unwrap(),
            format!(
                "---\nvalues: {{output: 12.1}}\ncorrections:\n  - date: 2026-04-01\n    note: x\n    was: {{output: 11}}\n{E}draft: false\n---\n"
            )
        );
    }

    #[test]
    fn inline_lists_and_files_without_front_matter_are_left_alone() {
        assert_eq!(insert_entry("---\ncorrections: []\n---\n", E), None);
        assert_eq!(insert_entry("values: {}\n", E), None);
    }
}
