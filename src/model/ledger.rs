//! The publication ledger, `published.lock` (SPEC §17): every published figure, one line per
//! unit, month and indicator. A build writes it; every build, check and serve holds the content
//! to it, so a published figure changes only with a correction, in the open.

use super::Model;
use super::types::*;
use crate::diag::Diagnostic;
use crate::load::tree::Node;
use crate::load::{Documents, MdDoc, ReportDoc, SourceFile};
use rayon::prelude::*;
use std::collections::{BTreeSet, HashMap};
use std::fmt::Write as _;

/// The ledger's file name, in the site root beside content/.
pub const FILE: &str = "published.lock";

const HEADER: &str = "\
# published.lock: the publication ledger (SPEC §17), written by `pacesetter build`.
# Every published figure as `unit month indicator value`. Commit it with content/.
# A published figure may change only with a `corrections:` entry in its report;
# to withdraw a published report, delete its lines here.
";

/// One line of the ledger.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry<'a> {
    pub unit: &'a str,
    pub month: Month,
    pub indicator: &'a str,
    pub value: f64,
    /// 1-based line in published.lock.
    pub line: usize,
}

/// The ledger for a build's published reports (drafts left out): sorted by unit, month and
/// indicator id, values in Rust's shortest round-trip form, so the same figures always give
/// the same bytes. The reports are in unit and month order already: only each report's values
/// are sorted (sorting all 2.9 million lines of 10,000 units was most of a build's 0.5 s of
/// ledger, and 116 MB).
pub fn text(model: &Model) -> String {
    debug_assert!(
        (model.reports.windows(2)).all(|w| (&w[0].unit, w[0].month) <= (&w[1].unit, w[1].month))
    );
    // Reports a few thousand at a time side by side, joined in order: one thread took a
    // quarter of a second at 10,000 units, the last thing a build does.
    text_by(model, 4096)
}

/// [`text`], `chunk` reports at a time.
fn text_by(model: &Model, chunk: usize) -> String {
    let parts: Vec<String> = model.reports.par_chunks(chunk).map(report_lines).collect();
    let mut out =
        String::with_capacity(HEADER.len() + parts.iter().map(String::len).sum::<usize>());
    out.push_str(HEADER);
    for part in &parts {
        out.push_str(part);
    }
    out
}

/// The ledger's lines of these reports (drafts left out), in their order.
fn report_lines(reports: &[Report]) -> String {
    let lines: usize = reports.iter().map(|r| r.values.len()).sum();
    // Sized for the usual line (`wuzhen 2026-03 industrial-output 12.5`).
    let mut out = String::with_capacity(lines * 40);
    let mut values: Vec<(&str, f64)> = Vec::new();
    for r in reports.iter().filter(|r| !r.draft) {
        values.clear();
        values.extend(r.values.iter().map(|(i, v)| (i.as_str(), *v)));
        values.sort_by(|a, b| a.0.cmp(b.0));
        for (i, v) in &values {
            let _ = writeln!(out, "{} {} {i} {v}", r.unit.as_str(), r.month);
        }
    }
    out
}

/// The ledger's lines; a line that is not `unit YYYY-MM indicator number` is an error.
pub fn parse(file: &SourceFile) -> (Vec<Entry<'_>>, Vec<Diagnostic>) {
    split(lines(file, None))
}

/// The lines read, apart from the lines that are not of the ledger.
fn split<'a>(
    lines: impl Iterator<Item = Result<Entry<'a>, Diagnostic>>,
) -> (Vec<Entry<'a>>, Vec<Diagnostic>) {
    let mut entries = Vec::new();
    let mut diags = Vec::new();
    for line in lines {
        match line {
            Ok(e) => entries.push(e),
            Err(d) => diags.push(d),
        }
    }
    (entries, diags)
}

/// The ledger's lines one by one, skipping blank lines, comments, and the lines of units not
/// in `only` (when given).
fn lines<'a>(
    file: &'a SourceFile,
    only: Option<&BTreeSet<String>>,
) -> impl Iterator<Item = Result<Entry<'a>, Diagnostic>> {
    lines_of(file, &file.text, 1, only)
}

/// [`lines`] of `text`, a run of whole lines of `file` starting at line `first`.
fn lines_of<'a>(
    file: &'a SourceFile,
    text: &'a str,
    first: usize,
    only: Option<&BTreeSet<String>>,
) -> impl Iterator<Item = Result<Entry<'a>, Diagnostic>> {
    text.lines().enumerate().filter_map(move |(n, raw)| {
        let n = n + first - 1;
        let line = raw.trim_end_matches('\r');
        if line.trim().is_empty() || line.starts_with('#') {
            return None;
        }
        let mut parts = line.split_whitespace();
        let fields = [parts.next(), parts.next(), parts.next(), parts.next()];
        let unit = fields[0].unwrap_or_default();
        if only.is_some_and(|units| !units.contains(unit)) {
            return None;
        }
        let parsed = match (fields, parts.next()) {
            ([Some(u), Some(m), Some(i), Some(v)], None) => Month::parse(m)
                .zip(v.parse::<f64>().ok().filter(|x| x.is_finite()))
                .map(|(month, value)| Entry {
                    unit: u,
                    month,
                    indicator: i,
                    value,
                    line: n + 1,
                }),
            _ => None,
        };
        Some(parsed.ok_or_else(|| {
            file.error_at(
                n + 1,
                1,
                line.chars().count(),
                crate::tr!("ledger-bad-line"),
            )
            .with_help(crate::tr!("ledger-bad-line-help"))
        }))
    })
}

/// A line's first two fields: its report, in a line of the ledger.
fn key(line: &str) -> (Option<&str>, Option<&str>) {
    let mut f = line.split_whitespace();
    (f.next(), f.next())
}

/// `text` cut into about `parts` runs of whole lines, each starting where a report's lines
/// start (its first two fields differ from the line before), with the 1-based line each
/// starts at. A run may hold no line of a report that another run also holds.
fn runs(text: &str, parts: usize) -> Vec<(&str, usize)> {
    let step = text.len() / parts.max(1) + 1;
    let mut cuts = vec![0];
    let mut at = 0;
    while at + step < text.len() {
        // The start of the line after `at + step` (a byte that may be inside a character:
        // the header has `§`, a hand-edited line anything), then of the next line of another
        // report.
        let Some(nl) = memchr::memchr(b'\n', &text.as_bytes()[at + step..]) else {
            break;
        };
        let mut start = at + step + nl + 1;
        let mut prev = text[..start - 1].rsplit('\n').next().unwrap_or("");
        while start < text.len() {
            let end = text[start..]
                .find('\n')
                .map_or(text.len(), |e| start + e + 1);
            let line = &text[start..end];
            if key(line) != key(prev) {
                break;
            }
            prev = line;
            start = end;
        }
        if start >= text.len() {
            break;
        }
        cuts.push(start);
        at = start;
    }
    let mut line = 1;
    let mut out = Vec::with_capacity(cuts.len());
    for (i, &from) in cuts.iter().enumerate() {
        let to = cuts.get(i + 1).copied().unwrap_or(text.len());
        out.push((&text[from..to], line));
        line += memchr::memchr_iter(b'\n', &text.as_bytes()[from..to]).count();
    }
    out
}

/// Every published figure the content no longer holds: a changed or removed value without a
/// correction whose `was` gives the ledger's figure, and a published report that is gone.
pub fn check(ledger: &SourceFile, docs: &Documents, model: &Model) -> Vec<Diagnostic> {
    check_units(ledger, docs, model, None)
}

/// [`check`] for the figures of the units `only` (all when None): `serve`, after an edit of
/// some units' reports, holds only those to the ledger (the others' were held a rebuild ago),
/// which at 10,000 units is a tenth of a second less of each rebuild.
pub fn check_units(
    ledger: &SourceFile,
    docs: &Documents,
    model: &Model,
    only: Option<&BTreeSet<String>>,
) -> Vec<Diagnostic> {
    let doc_of = DocsOf::new(docs, only);
    let check = Check {
        ledger,
        doc_of,
        model,
        only,
    };
    // The file a build writes is in order: each report's lines are checked as they are read,
    // without holding the whole file's lines (2.4 million at 20,000 units, 130 MB beside the
    // model and the documents). A file edited out of order is read whole and sorted.
    check.in_order().unwrap_or_else(|| check.sorted())
}

/// The reports' documents by (unit, year, month). Read in path order they are in that order
/// already and are searched where they are: a map of them was 34 MB at a 20,000-unit
/// build's peak. Out of order (or twice the same), a map of those of the units checked.
enum DocsOf<'a> {
    Sorted(&'a [ReportDoc]),
    Map(HashMap<(&'a str, i32, u32), &'a MdDoc>),
}

impl<'a> DocsOf<'a> {
    fn new(docs: &'a Documents, only: Option<&BTreeSet<String>>) -> DocsOf<'a> {
        let reports = docs.reports.as_slice();
        if reports
            .windows(2)
            .all(|w| report_key(&w[0]) < report_key(&w[1]))
        {
            return DocsOf::Sorted(reports);
        }
        DocsOf::Map(
            (reports.iter())
                .filter(|r| only.is_none_or(|units| units.contains(&r.unit)))
                .map(|r| (report_key(r), r.doc.as_ref()))
                .collect(),
        )
    }

    fn get(&self, key: (&str, i32, u32)) -> Option<&'a MdDoc> {
        match self {
            DocsOf::Sorted(reports) => (reports.binary_search_by(|r| report_key(r).cmp(&key)))
                .ok()
                .map(|i| reports[i].doc.as_ref()),
            DocsOf::Map(map) => map.get(&key).copied(),
        }
    }
}

fn report_key(r: &ReportDoc) -> (&str, i32, u32) {
    (r.unit.as_str(), r.year, r.month)
}

/// A run of the ledger's lines checked: its diagnostics, and the first and last report
/// (unit, month) it holds lines of.
struct Run<'a> {
    diags: Vec<Diagnostic>,
    first: Option<(&'a str, Month)>,
    last: Option<(&'a str, Month)>,
}

/// What a report's lines in the ledger are checked against.
struct Check<'a> {
    ledger: &'a SourceFile,
    doc_of: DocsOf<'a>,
    model: &'a Model,
    only: Option<&'a BTreeSet<String>>,
}

impl<'a> Check<'a> {
    /// The diagnostics, when every report's lines come together and the reports in order;
    /// None as soon as one does not. The file is checked in runs, side by side: 2.9 million
    /// lines at 10,000 units took half a second on one thread.
    fn in_order(&self) -> Option<Vec<Diagnostic>> {
        let runs = runs(&self.ledger.text, 4 * rayon::current_num_threads());
        let checked: Vec<Option<Run>> = runs
            .par_iter()
            .map(|&(text, first)| self.run_in_order(lines_of(self.ledger, text, first, self.only)))
            .collect();
        let mut diags = Vec::new();
        let mut last: Option<(&str, Month)> = None;
        for run in checked {
            let run = run?;
            if let (Some(before), Some(first)) = (last, run.first)
                && first <= before
            {
                return None;
            }
            last = run.last.or(last);
            diags.extend(run.diags);
        }
        Some(diags)
    }

    /// [`Check::in_order`] of one run of lines.
    fn run_in_order(
        &self,
        lines: impl Iterator<Item = Result<Entry<'a>, Diagnostic>>,
    ) -> Option<Run<'a>> {
        let mut run = Run {
            diags: Vec::new(),
            first: None,
            last: None,
        };
        let mut group: Vec<Entry> = Vec::new();
        for line in lines {
            let e = match line {
                Ok(e) => e,
                Err(d) => {
                    run.diags.push(d);
                    continue;
                }
            };
            run.first.get_or_insert((e.unit, e.month));
            if let Some(first) = group.first() {
                let (key, now) = ((first.unit, first.month), (e.unit, e.month));
                if now < key {
                    return None;
                }
                if now != key {
                    self.report(&group, &mut run.diags);
                    group.clear();
                }
            }
            group.push(e);
        }
        if let Some(e) = group.first() {
            run.last = Some((e.unit, e.month));
            self.report(&group, &mut run.diags);
        }
        Some(run)
    }

    /// The diagnostics, with the lines sorted by report first.
    fn sorted(&self) -> Vec<Diagnostic> {
        let (mut entries, mut diags) = split(self.lines());
        // Stable: each report's lines stay in the file's order.
        entries.sort_by(|a, b| (a.unit, a.month).cmp(&(b.unit, b.month)));
        for lines in entries.chunk_by(|a, b| (a.unit, a.month) == (b.unit, b.month)) {
            self.report(lines, &mut diags);
        }
        diags
    }

    /// The ledger's lines, of the units checked: a line of another unit is not even parsed
    /// (its errors were reported a rebuild ago).
    fn lines(&self) -> impl Iterator<Item = Result<Entry<'a>, Diagnostic>> + use<'a, '_> {
        lines(self.ledger, self.only)
    }

    /// One report's lines, in the file's order.
    fn report(&self, lines: &[Entry], diags: &mut Vec<Diagnostic>) {
        let ledger = self.ledger;
        let (unit, month) = (lines[0].unit, lines[0].month);
        let path = format!("content/units/{unit}/{month}.md");
        let Some(doc) = self.doc_of.get((unit, month.year, month.month)) else {
            diags.push(
                ledger
                    .error_at(
                        lines[0].line,
                        1,
                        ledger_line_len(ledger, lines[0].line),
                        crate::tr!("ledger-report-gone", path = &path),
                    )
                    .with_help(crate::tr!(
                        "ledger-report-gone-help",
                        lines = lines.len(),
                        line = format!("{unit} {month} …")
                    )),
            );
            return;
        };
        let Some(report) = self.model.report(unit, month) else {
            diags.push(
                doc.file
                    .error_at(1, 1, 3, crate::tr!("ledger-report-draft", path = &path))
                    .with_help(crate::tr!("ledger-report-draft-help")),
            );
            return;
        };
        let changed: Vec<(&Entry, Option<f64>)> = lines
            .iter()
            .map(|e| (e, report.value(e.indicator)))
            .filter(|(e, now)| !held(report, e, *now))
            .collect();
        if changed.is_empty() {
            return;
        }
        let was = changed
            .iter()
            .map(|(e, _)| format!("{}: {}", e.indicator, e.value))
            .collect::<Vec<_>>()
            .join(", ");
        for (e, now) in &changed {
            diags.push(changed_figure(doc, report, e, *now, &was));
        }
    }
}

/// Whether the ledger's figure is the current value or the `was` of one of the report's
/// corrections of that indicator.
fn held(report: &Report, e: &Entry, now: Option<f64>) -> bool {
    now == Some(e.value)
        || report.corrections.iter().any(|c| {
            c.was
                .iter()
                .any(|(i, w)| i.as_str() == e.indicator && *w == Some(e.value))
        })
}

fn ledger_line_len(ledger: &SourceFile, line: usize) -> usize {
    ledger.line_text(line).map_or(1, |l| l.chars().count())
}

/// The error at the changed value (or at `values` when it was removed), with the correction
/// entry that would record the change.
fn changed_figure(
    doc: &MdDoc,
    report: &Report,
    e: &Entry,
    now: Option<f64>,
    was: &str,
) -> Diagnostic {
    let month = report.month;
    let values = doc.front.as_ref().and_then(|f| match f {
        Node::Mapping(m) => m.entry("values"),
        _ => None,
    });
    let value_node = values.and_then(|(_, v)| match v {
        Node::Mapping(m) => m
            .iter()
            .find(|(k, _)| k.as_str() == e.indicator)
            .map(|(_, v)| v),
        _ => None,
    });
    let d = match (now, value_node, values) {
        (Some(x), Some(Node::Scalar(s)), _) => {
            let msg = crate::tr!(
                "ledger-changed",
                id = e.indicator,
                month = month.to_string(),
                was = e.value.to_string(),
                now = x.to_string()
            );
            let len = super::fields::scalar_len(&doc.file, s);
            doc.file.error_span(s.span(), len, msg)
        }
        (_, _, Some((k, _))) => {
            let msg = crate::tr!(
                "ledger-removed",
                id = e.indicator,
                month = month.to_string(),
                was = e.value.to_string()
            );
            let len = super::fields::scalar_len(&doc.file, k);
            doc.file.error_span(k.span(), len, msg)
        }
        _ => doc.file.error_at(
            1,
            1,
            3,
            crate::tr!(
                "ledger-all-removed",
                id = e.indicator,
                month = month.to_string(),
                was = e.value.to_string()
            ),
        ),
    };
    let entry = format!(
        "  - date: YYYY-MM-DD   # {}\n    note: …            # {}\n    was: {{{was}}}",
        crate::tr!("ledger-comment-date"),
        crate::tr!("ledger-comment-note")
    );
    let add = if report.corrections.is_empty() {
        crate::tr!("ledger-add-front", entry = entry)
    } else {
        crate::tr!("ledger-add-end", entry = entry)
    };
    d.with_help(crate::tr!(
        "ledger-help",
        add = add,
        back = format!("{}: {}", e.indicator, e.value)
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;

    const TEXT: &str = "# header\nn 2026-01 a 1\nn 2026-01 b 2\nn 2026-02 a 3\n\ns 2026-01 a 4\ns 2026-01 b 5\ns 2026-02 a 6\n";

    #[test]
    fn runs_cut_only_between_reports_and_count_lines() {
        for parts in 1..=12 {
            let runs = runs(TEXT, parts);
            let joined: String = runs.iter().map(|(t, _)| *t).collect();
            assert_eq!(joined, TEXT, "{parts} parts");
            let mut line = 1;
            for (i, (text, first)) in runs.iter().enumerate() {
                assert_eq!(*first, line, "{parts} parts, run {i}");
                line += text.matches('\n').count();
                if i > 0 {
                    let before = runs[i - 1].0.lines().last().unwrap_or("");
                    let now = text.lines().next().unwrap_or("");
                    assert_ne!(key(before), key(now), "{parts} parts: cut inside a report");
                }
            }
            assert!(runs.len() <= parts.max(1), "{parts} parts: {runs:?}");
        }
        // Small enough cuts do cut: the file is not one run.
        assert!(runs(TEXT, 6).len() > 2);
    }

    /// Cut anywhere, even inside a character, and still at line starts.
    #[test]
    fn runs_of_text_not_ascii() {
        let text =
            format!("{HEADER}北 2026-01 a 1\n北 2026-01 b 2\n南 2026-02 a 3\n§ 2026-03 a 4\n");
        for parts in 1..=text.len() {
            let runs = runs(&text, parts);
            let joined: String = runs.iter().map(|(t, _)| *t).collect();
            assert_eq!(joined, text, "{parts} parts");
        }
    }

    /// The ledger made a few reports at a time is the ledger made in one go, drafts left out.
    #[test]
    fn the_ledger_in_parts_is_the_ledger_whole() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/conformance-years");
        let model = match crate::site::load(&root, true, None) {
            Ok(site) => site.model,
            Err(e) => panic!("the fixture loads: {e}"),
        };
        let Some(draft) = model.reports.iter().find(|r| r.draft) else {
            panic!("the fixture has drafts");
        };
        let (unit, month) = (&draft.unit, draft.month);
        let whole = format!("{HEADER}{}", report_lines(&model.reports));
        for chunk in [1, 3, 4096] {
            assert_eq!(text_by(&model, chunk), whole, "{chunk} at a time");
        }
        assert!(
            !whole.contains(&format!("{unit} {month} ")),
            "a draft's lines"
        );
    }

    #[test]
    fn a_file_of_one_report_is_one_run() {
        let text = "n 2026-01 a 1\nn 2026-01 b 2\nn 2026-01 c 3\n";
        assert_eq!(runs(text, 8), vec![(text, 1)]);
        assert_eq!(runs("", 8), vec![("", 1)]);
    }

    /// Reports read in path order are searched where they are; out of order they are mapped;
    /// either way each is found, and a month without a report is not.
    #[test]
    fn reports_found_sorted_or_not() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/conformance-years");
        let Ok((mut docs, _)) = crate::load::load(&root) else {
            panic!("the fixture loads");
        };
        assert!(docs.reports.len() > 10);
        let find_all = |docs: &Documents, of: &DocsOf| {
            for r in &docs.reports {
                let found = of.get(report_key(r)).map(|d| d as *const MdDoc);
                assert_eq!(found, Some(Arc::as_ptr(&r.doc)), "{}", r.doc.file.path);
            }
            assert!(of.get((docs.reports[0].unit.as_str(), 1999, 1)).is_none());
        };
        let sorted = DocsOf::new(&docs, None);
        assert!(matches!(sorted, DocsOf::Sorted(_)));
        find_all(&docs, &sorted);
        docs.reports.reverse();
        let mapped = DocsOf::new(&docs, None);
        assert!(matches!(mapped, DocsOf::Map(_)));
        find_all(&docs, &mapped);
    }
}
