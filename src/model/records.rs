//! Monthly and quarterly reports, reviews, bulletins, pages and visits (SPEC §5–§8, §14, §15).

use super::fields::{Reader, is_null};
use super::site::{markdown_value, value_error};
use super::types::*;
use super::units::unknown_indicator;
use crate::diag::{Diagnostic, did_you_mean};
use crate::load::tree::Node;
use crate::load::tree::{Mapping, Scalar};
use crate::load::{MdDoc, YamlDoc};
use std::collections::HashMap;

/// Known units, for references from other files.
pub struct Units<'m> {
    pub units: Vec<&'m Unit>,
    /// Ids of units whose unit.yaml has errors: they exist, so naming them is not an error.
    pub failed: &'m [&'m str],
    /// Id → position in `units`: every report looks its unit up, so a linear find here made
    /// validation quadratic in units.
    index: HashMap<&'m str, usize>,
}

impl<'m> Units<'m> {
    pub fn new(units: impl IntoIterator<Item = &'m Unit>, failed: &'m [&'m str]) -> Units<'m> {
        let units: Vec<&Unit> = units.into_iter().collect();
        let mut index = HashMap::with_capacity(units.len());
        for (i, u) in units.iter().enumerate() {
            index.entry(u.id.as_str()).or_insert(i);
        }
        Units {
            units,
            failed,
            index,
        }
    }

    pub fn get(&self, id: &str) -> Option<&'m Unit> {
        self.index.get(id).map(|&i| self.units[i])
    }

    /// A unit reference: Some(id) when it exists, else a diagnostic with a suggestion.
    pub fn reference(&self, r: &mut Reader, node: &Scalar, what: &str) -> Option<UnitId> {
        let id = node.as_str();
        if let Some(u) = self.get(id) {
            return Some(u.id.clone());
        }
        if self.failed.contains(&id) {
            return None;
        }
        let mut d = r.at_scalar(node, crate::tr!("unit-ref-unknown", id = id, what = what));
        if let Some(s) = did_you_mean(id, self.units.iter().map(|u| u.id.as_str())) {
            d = d.with_help(crate::tr!("did-you-mean", suggestion = s));
        } else if let Some(u) = self
            .units
            .iter()
            .find(|u| u.name == id || u.short.as_deref() == Some(id))
        {
            d = d.with_help(crate::tr!("unit-ref-by-name", id = u.id.as_str()));
        }
        r.push(d);
        None
    }
}

pub(super) fn body(doc: &MdDoc) -> Markdown {
    Markdown {
        text: doc.body().to_owned(),
        path: doc.file.path.clone(),
        line: doc.body_line,
    }
}

/// Front matter as a mapping, or None (with a diagnostic when it is required).
pub(super) fn front<'a>(
    r: &mut Reader<'a>,
    doc: &'a MdDoc,
    required: Option<&str>,
) -> Option<&'a Mapping> {
    match &doc.front {
        Some(n) => r.mapping_with(n, || crate::tr!("place-front-matter")),
        // The fence or the YAML is broken and already reported; "empty" would be a second error.
        None if doc.failed => None,
        None => {
            if let Some(need) = required
                && !doc.file.text.starts_with("---")
            {
                let d = r
                    .file
                    .error_at(1, 1, 1, crate::tr!("front-missing", need = need))
                    .with_help(crate::tr!("front-missing-help"));
                r.push(d);
            } else if let Some(need) = required {
                let d = r
                    .file
                    .error_at(1, 1, 3, crate::tr!("front-empty", need = need));
                r.push(d);
            }
            None
        }
    }
}

pub fn report(
    unit: &Unit,
    month: Month,
    doc: &MdDoc,
    cat: &Category,
    judge_indicators: bool,
    diags: &mut Vec<Diagnostic>,
) -> Report {
    let mut r = Reader::new(&doc.file, diags);
    let mut values = Vec::new();
    let mut draft = false;
    let mut corrections = Vec::new();
    if !unit.takes_part(month.year) {
        let d = r
            .file
            .error_at(
                1,
                1,
                3,
                crate::tr!(
                    "unit-not-in-year",
                    id = unit.id.as_str(),
                    year = month.year.to_string()
                ),
            )
            .with_help(super::corrections::outside_years_help(unit, month.year));
        r.push(d);
    }
    if let Some(map) = front(&mut r, doc, None) {
        r.known_keys_with(map, &["values", "draft", "corrections"], || {
            crate::tr!("place-monthly-report")
        });
        draft = r.boolean(map, "draft").unwrap_or(false);
        if let Some((_, node)) = r.get(map, "values")
            && let Some(vals) = r.mapping(node, "`values`")
        {
            for (key, v) in vals.iter() {
                // The category's id is shared rather than a copy made per report.
                let Some(known) = cat
                    .indicators
                    .iter()
                    .find(|i| i.id.as_str() == key.as_str())
                else {
                    if judge_indicators {
                        let d = unknown_indicator(&r, key, cat);
                        r.push(d);
                    } else if !is_null(v) {
                        // Still check that the value is a number.
                        let _ =
                            r.number_value_with(v, || crate::tr!("what-value", id = key.as_str()));
                    }
                    continue;
                };
                // An empty value is the "not reported" a fresh `new report` file leaves.
                if is_null(v) {
                    continue;
                }
                if judge_indicators
                    && !super::corrections::in_force_or_report(&mut r, key, cat, month.year)
                {
                    continue;
                }
                if let Some(x) =
                    r.number_value_with(v, || crate::tr!("what-value", id = key.as_str()))
                {
                    values.push((known.id.clone(), x));
                }
            }
        }
        corrections = super::corrections::corrections(&mut r, map, month, cat, judge_indicators);
    }
    values.sort_by_key(|(i, _)| cat.indicators.iter().position(|k| &k.id == i));
    Report {
        unit: unit.id.clone(),
        month,
        values,
        draft,
        summary: body(doc),
        corrections,
    }
}

pub fn quarterly(
    unit: &UnitId,
    year: i32,
    quarter: u32,
    doc: &MdDoc,
    diags: &mut Vec<Diagnostic>,
) -> Quarterly {
    let mut r = Reader::new(&doc.file, diags);
    let (mut title, mut draft) = (None, false);
    if let Some(map) = front(&mut r, doc, None) {
        r.known_keys_with(map, &["title", "draft"], || crate::tr!("place-quarterly"));
        title = r.string(map, "title");
        draft = r.boolean(map, "draft").unwrap_or(false);
    }
    Quarterly {
        unit: unit.clone(),
        year,
        quarter,
        title,
        draft,
        body: body(doc),
    }
}

const REVIEW_KEYS: &[&str] = &[
    "commentary",
    "pacesetters",
    "survey",
    "awards",
    "rectification",
];

pub fn review(
    period: ReviewPeriod,
    doc: &YamlDoc,
    units: &Units,
    diags: &mut Vec<Diagnostic>,
) -> Review {
    let mut review = Review {
        period,
        commentary: vec![],
        pacesetters: vec![],
        survey: None,
        awards: vec![],
        rectification: vec![],
    };
    let mut r = Reader::new(&doc.file, diags);
    let place = crate::tr!("place-review");
    let Some(map) = doc.root.as_ref().and_then(|n| r.mapping(n, &place)) else {
        return review;
    };
    r.known_keys(map, REVIEW_KEYS, &place);
    review.commentary = unit_texts(&mut r, map, "commentary", units);
    review.rectification = unit_texts(&mut r, map, "rectification", units);
    if let Some((_, node)) = r.get(map, "pacesetters")
        && let Some(seq) = r.sequence(node, "`pacesetters`")
    {
        for item in seq.iter() {
            let Some(m) = r.mapping(item, &crate::tr!("place-each-pacesetter")) else {
                continue;
            };
            r.known_keys(m, &["unit", "citation"], &crate::tr!("place-a-pacesetter"));
            let what = crate::tr!("what-as-pacesetter");
            if let Some(unit) = unit_field(&mut r, m, item, units, &what) {
                let citation = markdown_value(&mut r, m, "citation");
                review.pacesetters.push(Pacesetter { unit, citation });
            }
        }
    }
    if let Some((_, node)) = r.get(map, "awards")
        && let Some(seq) = r.sequence(node, "`awards`")
    {
        for item in seq.iter() {
            let Some(m) = r.mapping(item, &crate::tr!("place-each-award")) else {
                continue;
            };
            r.known_keys(m, &["unit", "title"], &crate::tr!("place-an-award"));
            let need = r.at_node(item, crate::tr!("award-needs-title"));
            let title = r.required_string(m, "title", need);
            let what = crate::tr!("what-in-award");
            if let (Some(unit), Some(title)) = (unit_field(&mut r, m, item, units, &what), title) {
                review.awards.push(Award { unit, title });
            }
        }
    }
    if let Some((_, node)) = r.get(map, "survey")
        && let Some(m) = r.mapping(node, "`survey`")
    {
        r.known_keys(m, &["respondents", "scores"], "`survey`");
        let respondents = r.integer(m, "respondents", 0).map(|n| n as u64);
        let mut scores = Vec::new();
        if let Some((_, sn)) = r.get(m, "scores")
            && let Some(sm) = r.mapping(sn, "`survey.scores`")
        {
            for (k, v) in sm.iter() {
                let unit = units.reference(&mut r, k, &crate::tr!("what-in-survey"));
                let Some(x) = r.number_value(v, &crate::tr!("what-survey-score", id = k.as_str()))
                else {
                    continue;
                };
                if !(0.0..=100.0).contains(&x) {
                    let d = r.at_node(v, crate::tr!("survey-out-of-range", score = x.to_string()));
                    r.push(d);
                    continue;
                }
                if let Some(u) = unit {
                    scores.push((u, x));
                }
            }
        }
        review.survey = Some(Survey {
            respondents,
            scores,
        });
    }
    review
}

fn unit_field(
    r: &mut Reader,
    m: &Mapping,
    item: &Node,
    units: &Units,
    what: &str,
) -> Option<UnitId> {
    match m.entry("unit") {
        Some((_, Node::Scalar(s))) if !s.as_str().is_empty() => units.reference(r, s, what),
        Some((_, v)) => {
            let d = r.at_node(v, crate::tr!("unit-takes-id", key = "unit"));
            r.push(d);
            None
        }
        None => {
            let d = r.at_node(item, crate::tr!("unit-missing"));
            r.push(d);
            None
        }
    }
}

fn unit_texts(r: &mut Reader, map: &Mapping, key: &str, units: &Units) -> Vec<(UnitId, Markdown)> {
    let mut out = Vec::new();
    let Some((_, node)) = map.entry(key) else {
        return out;
    };
    if is_null(node) {
        return out;
    }
    let Some(m) = (match node {
        Node::Mapping(m) => Some(m),
        _ => {
            let d = r.at_node(node, crate::tr!("unit-texts-mapping", key = key));
            r.push(d);
            None
        }
    }) else {
        return out;
    };
    for (k, v) in m.iter() {
        let unit = units.reference(r, k, &crate::tr!("what-in-key", key = key));
        let Node::Scalar(s) = v else {
            let d = r.at_node(
                v,
                crate::tr!("unit-text-takes-text", key = key, id = k.as_str()),
            );
            r.push(d);
            continue;
        };
        let line = s.span().line() + r.file.yaml_line_offset;
        if let Some(u) = unit {
            out.push((
                u,
                Markdown {
                    text: s.as_str().to_owned(),
                    path: r.file.path.clone(),
                    line,
                },
            ));
        }
    }
    out
}

pub fn visit(
    date: chrono::NaiveDate,
    slug: &str,
    doc: &MdDoc,
    units: &Units,
    diags: &mut Vec<Diagnostic>,
) -> Option<Visit> {
    let mut r = Reader::new(&doc.file, diags);
    let map = front(&mut r, doc, Some(&crate::tr!("visit-front-needs")))?;
    r.known_keys(
        map,
        &["title", "host", "visitors", "kind", "draft"],
        &crate::tr!("place-visit"),
    );
    let need = r.at_top(crate::tr!("visit-needs-title"));
    let title = r.required_string(map, "title", need);
    let host = match r.get(map, "host") {
        Some((_, Node::Scalar(s))) => units
            .reference(&mut r, s, &crate::tr!("what-as-host"))
            .filter(|_| units.taking_part(&mut r, s, date)),
        Some((_, v)) => {
            let d = r.at_node(v, crate::tr!("unit-takes-id", key = "host"));
            r.push(d);
            None
        }
        None => {
            let d = r.at_top(crate::tr!("visit-needs-host"));
            r.push(d);
            None
        }
    };
    let mut visitors = Vec::new();
    match r.strings(map, "visitors") {
        None => {
            let d = r.at_top(crate::tr!("visit-needs-visitors"));
            r.push(d);
        }
        Some(list) => {
            if list.is_empty() {
                let d = value_error(&r, map, "visitors", crate::tr!("visit-no-visitors"));
                r.push(d);
            }
            for (id, node) in list {
                if host.as_ref().is_some_and(|h| h.as_str() == id) {
                    let d = r.at_scalar(node, crate::tr!("visit-host-visitor", id = &id));
                    r.push(d);
                    continue;
                }
                if let Some(u) = units.reference(&mut r, node, &crate::tr!("what-as-visitor"))
                    && units.taking_part(&mut r, node, date)
                {
                    visitors.push(u);
                }
            }
        }
    }
    let kinds = [
        ("study", VisitKind::Study),
        ("forum", VisitKind::Forum),
        ("other", VisitKind::Other),
    ];
    let kind = r.choice(map, "kind", &kinds).unwrap_or(VisitKind::Study);
    let draft = r.boolean(map, "draft").unwrap_or(false);
    Some(Visit {
        date,
        slug: slug.to_owned(),
        title: title?,
        host: host?,
        visitors,
        kind,
        draft,
        body: body(doc),
    })
}
