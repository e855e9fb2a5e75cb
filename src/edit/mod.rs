//! Writing content files for editors: `new bulletin`, `new report`, `new visit`, `import` and
//! `init`. These never overwrite a file they did not mean to, and never touch a report's prose.

pub mod correction;
pub mod import;
pub mod init;
pub mod sheet;

use crate::io_error::{Action, IoError};
use crate::model::{Language, Model, Month};
use crate::tr;
use chrono::NaiveDate;
use std::path::{Path, PathBuf};

/// Why an edit was not made (exit status 2): a file that cannot be read or written, or a
/// refusal in words (no such unit, the file already exists).
#[derive(Debug)]
pub enum EditError {
    Io(IoError),
    Refused(String),
}

impl std::fmt::Display for EditError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            EditError::Io(e) => e.fmt(f),
            EditError::Refused(text) => f.write_str(text),
        }
    }
}

impl From<IoError> for EditError {
    fn from(e: IoError) -> EditError {
        EditError::Io(e)
    }
}

impl From<String> for EditError {
    fn from(text: String) -> EditError {
        EditError::Refused(text)
    }
}

fn unknown_unit(model: &Model, unit: &str) -> String {
    match crate::diag::did_you_mean(unit, model.units.iter().map(|u| u.id.as_str())) {
        Some(s) => tr!("unknown-unit-did-you-mean", unit = unit, suggestion = s),
        None => tr!("unknown-unit", unit = unit),
    }
}

/// `draft: true` with a comment saying when to delete it; new files start as drafts so that
/// placeholder text never reaches the public site by the next build.
fn draft_line(why: &str) -> String {
    format!("draft: true   # {why}\n")
}

/// Writes `text` to a new file, refusing to replace one that exists.
pub fn create_new(path: &Path, text: &str) -> Result<(), EditError> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(IoError::at(Action::Create, parent))?;
    }
    use std::io::Write;
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
        .map_err(|e| {
            if e.kind() == std::io::ErrorKind::AlreadyExists {
                let shown = path.display().to_string();
                EditError::Refused(tr!("already-exists", path = shown))
            } else {
                EditError::Io(IoError::new(Action::Write, path, e))
            }
        })?;
    f.write_all(text.as_bytes())
        .map_err(|e| EditError::Io(IoError::new(Action::Write, path, e)))
}

/// The next bulletin of `date`'s year: NN one above the year's highest (drafts included).
pub fn new_bulletin(
    root: &Path,
    model: &Model,
    all_issues: &[(i32, u32)],
    date: NaiveDate,
) -> Result<PathBuf, EditError> {
    let year: i32 = date.format("%Y").to_string().parse().unwrap_or(0);
    let nn = all_issues
        .iter()
        .filter(|(y, _)| *y == year)
        .map(|(_, n)| *n)
        .max()
        .unwrap_or(0)
        + 1;
    if nn > 99 {
        return Err(tr!("bulletins-full", year = year.to_string()).into());
    }
    let path = root
        .join("content")
        .join("bulletins")
        .join(format!("{year}-{nn:02}.md"));
    let period = model.published.iter().rev().find(|m| m.last_day() < date);
    let (heading, body) = match model.site.language {
        Language::En => ("First item", "Text of the item…"),
        Language::ZhHant => ("第一條要目", "正文……"),
        Language::ZhHans => ("第一条要目", "正文……"),
    };
    let text = format!(
        "---\ndate: {date}\n# title: {}\n# period: {}   # {}\n{}---\n\n## {heading}\n\n{body}\n",
        crate::model::default_bulletin_title(&model.site),
        period.map_or_else(|| "YYYY-MM".to_owned(), Month::to_string),
        tr!("comment-period"),
        draft_line(&tr!("draft-bulletin")),
    );
    create_new(&path, &text)?;
    Ok(path)
}

/// A report for `unit` and `month`, every indicator of its category listed with its value commented out.
pub fn new_report(
    root: &Path,
    model: &Model,
    unit: &str,
    month: Month,
) -> Result<PathBuf, EditError> {
    let u = model.unit(unit).ok_or_else(|| unknown_unit(model, unit))?;
    let cat = model
        .category(u.category.as_str())
        .ok_or_else(|| tr!("new-report-no-category"))?;
    let year = month.year;
    if !u.takes_part(year) {
        return Err(tr!("new-report-not-in-year", id = unit, year = year.to_string()).into());
    }
    let missing = missing_targets(model, cat, year);
    if !missing.is_empty() {
        return Err(tr!(
            "new-report-no-targets",
            year = year.to_string(),
            category = cat.id.as_str(),
            lines = missing.join("\n")
        )
        .into());
    }
    let mut text = String::from("---\nvalues:\n");
    for i in cat.indicators.iter().filter(|i| i.in_force(year)) {
        let label = match &i.measure {
            Some(m) => format!("{}（{m}）", i.name),
            None => i.name.clone(),
        };
        text.push_str(&format!("  # {}:    # {label}\n", i.id));
    }
    // A draft until the values are in: an empty report would publish the month for everyone.
    text.push_str(&draft_line(&tr!("draft-report")));
    text.push_str("---\n\n");
    let path = root
        .join("content")
        .join("units")
        .join(unit)
        .join(format!("{month}.md"));
    create_new(&path, &text)?;
    Ok(path)
}

/// For each unit of `cat` taking part in `year` that lacks a target for an indicator in force
/// then: the line to add, e.g. `  content/units/north/unit.yaml:  2027: {output: …, complaints: …}`.
fn missing_targets(model: &Model, cat: &crate::model::Category, year: i32) -> Vec<String> {
    model
        .units_in(year)
        .filter(|u| u.category == cat.id && !u.external)
        .filter_map(|u| {
            let need: Vec<String> = cat
                .indicators
                .iter()
                .filter(|i| i.in_force(year) && u.target(year, &i.id).is_none())
                .map(|i| format!("{}: …", i.id))
                .collect();
            (!need.is_empty()).then(|| {
                format!(
                    "  content/units/{}/unit.yaml:  {year}: {{{}}}",
                    u.id,
                    need.join(", ")
                )
            })
        })
        .collect()
}

/// A visit hosted by `host` on `date`; visitors are the units that name the host as a benchmark.
pub fn new_visit(
    root: &Path,
    model: &Model,
    host: &str,
    date: NaiveDate,
) -> Result<PathBuf, EditError> {
    let h = model.unit(host).ok_or_else(|| unknown_unit(model, host))?;
    let visitors: Vec<&crate::model::Unit> = model
        .units
        .iter()
        .filter(|u| {
            u.id != h.id
                && (u.benchmarks.internal.as_ref() == Some(&h.id)
                    || u.benchmarks.external.as_ref() == Some(&h.id))
        })
        .collect();
    let names: Vec<&str> = visitors.iter().map(|u| u.name.as_str()).collect();
    let title = match model.site.language {
        Language::En => format!("{} visits {}", names.join(", "), h.name),
        Language::ZhHant => format!("{}赴{}考察學習", names.join("、"), h.name),
        Language::ZhHans => format!("{}赴{}考察学习", names.join("、"), h.name),
    };
    let ids: Vec<&str> = visitors.iter().map(|u| u.id.as_str()).collect();
    let dir = root.join("content").join("visits");
    let mut path = dir.join(format!("{date}-{host}.md"));
    let mut n = 2;
    while path.exists() {
        path = dir.join(format!("{date}-{host}-{n}.md"));
        n += 1;
    }
    // A draft until it is written up: placeholder text must not reach the public site.
    let text = format!(
        "---\ntitle: {title}\nhost: {host}\nvisitors: [{}]   # {}\nkind: study        # study | forum | other\n{}---\n\n",
        ids.join(", "),
        tr!("comment-visitors"),
        draft_line(&tr!("draft-visit")),
    );
    create_new(&path, &text)?;
    Ok(path)
}
