//! Monthly and quarterly reports, reviews, bulletins, pages and visits (SPEC §5–§8, §14, §15).

use super::fields::{Reader, is_null};
use super::publish::DISTRIBUTION_KEYS;
use super::site::{markdown_value, value_error};
use super::types::*;
use super::units::unknown_indicator;
use crate::diag::{Diagnostic, did_you_mean};
use crate::load::{MdDoc, YamlDoc, parse_date};
use marked_yaml::Node;
use marked_yaml::types::{MarkedMappingNode, MarkedScalarNode};
use std::collections::HashMap;

/// Known units, for references from other files.
pub struct Units<'m> {
    pub units: &'m [Unit],
    /// Ids of units whose unit.yaml has errors: they exist, so naming them is not an error.
    pub failed: &'m [&'m str],
    /// Id → position in `units`: every report looks its unit up, so a linear find here made
    /// validation quadratic in units.
    index: HashMap<&'m str, usize>,
}

impl<'m> Units<'m> {
    pub fn new(units: &'m [Unit], failed: &'m [&'m str]) -> Units<'m> {
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
        self.index.get(id).map(|&i| &self.units[i])
    }

    /// A unit reference: Some(id) when it exists, else a diagnostic with a suggestion.
    pub fn reference(&self, r: &mut Reader, node: &MarkedScalarNode, what: &str) -> Option<UnitId> {
        let id = node.as_str();
        if self.get(id).is_some() {
            return Some(UnitId(id.to_owned()));
        }
        if self.failed.contains(&id) {
            return None;
        }
        let mut d = r.at_scalar(node, format!("unknown unit `{id}` {what}"));
        if let Some(s) = did_you_mean(id, self.units.iter().map(|u| u.id.as_str())) {
            d = d.with_help(format!("did you mean `{s}`?"));
        } else if let Some(u) = self
            .units
            .iter()
            .find(|u| u.name == id || u.short.as_deref() == Some(id))
        {
            d = d.with_help(format!("units are named by id: write `{}`", u.id));
        }
        r.push(d);
        None
    }
}

pub(super) fn body(doc: &MdDoc) -> Markdown {
    Markdown {
        text: doc.body.clone(),
        path: doc.file.path.clone(),
        line: doc.body_line,
    }
}

/// Front matter as a mapping, or None (with a diagnostic when it is required).
pub(super) fn front<'a>(
    r: &mut Reader<'a>,
    doc: &'a MdDoc,
    required: Option<&str>,
) -> Option<&'a MarkedMappingNode> {
    match &doc.front {
        Some(n) => r.mapping(n, "front matter"),
        // The fence or the YAML is broken and already reported; "empty" would be a second error.
        None if doc.failed => None,
        None => {
            if let Some(need) = required
                && !doc.file.text.starts_with("---")
            {
                let d = r
                    .file
                    .error_at(1, 1, 1, format!("missing front matter with {need}"))
                    .with_help(
                        "start the file with a line `---`, the YAML, and another line `---`",
                    );
                r.push(d);
            } else if let Some(need) = required {
                let d = r
                    .file
                    .error_at(1, 1, 3, format!("front matter is empty; it needs {need}"));
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
                format!("`{}` does not take part in {}", unit.id, month.year),
            )
            .with_help(super::corrections::outside_years_help(unit, month.year));
        r.push(d);
    }
    if let Some(map) = front(&mut r, doc, None) {
        r.known_keys(map, &["values", "draft", "corrections"], "a monthly report");
        draft = r.boolean(map, "draft").unwrap_or(false);
        if let Some((_, node)) = r.get(map, "values")
            && let Some(vals) = r.mapping(node, "`values`")
        {
            for (key, v) in vals.iter() {
                if !cat.indicators.iter().any(|i| i.id.as_str() == key.as_str()) {
                    if judge_indicators {
                        let d = unknown_indicator(&r, key, cat);
                        r.push(d);
                    } else if !is_null(v) {
                        // Still check that the value is a number.
                        let _ = r.number_value(v, &format!("value of `{}`", key.as_str()));
                    }
                    continue;
                }
                // An empty value is the "not reported" a fresh `new report` file leaves.
                if is_null(v) {
                    continue;
                }
                if judge_indicators
                    && !super::corrections::in_force_or_report(&mut r, key, cat, month.year)
                {
                    continue;
                }
                if let Some(x) = r.number_value(v, &format!("value of `{}`", key.as_str())) {
                    values.push((IndicatorId(key.as_str().to_owned()), x));
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
        r.known_keys(map, &["title", "draft"], "a quarterly report");
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
    let Some(map) = doc.root.as_ref().and_then(|n| r.mapping(n, "a review")) else {
        return review;
    };
    r.known_keys(map, REVIEW_KEYS, "a review");
    review.commentary = unit_texts(&mut r, map, "commentary", units);
    review.rectification = unit_texts(&mut r, map, "rectification", units);
    if let Some((_, node)) = r.get(map, "pacesetters")
        && let Some(seq) = r.sequence(node, "`pacesetters`")
    {
        for item in seq.iter() {
            let Some(m) = r.mapping(item, "each pacesetter") else {
                continue;
            };
            r.known_keys(m, &["unit", "citation"], "a pacesetter");
            if let Some(unit) = unit_field(&mut r, m, item, units, "as pacesetter") {
                let citation = markdown_value(&mut r, m, "citation");
                review.pacesetters.push(Pacesetter { unit, citation });
            }
        }
    }
    if let Some((_, node)) = r.get(map, "awards")
        && let Some(seq) = r.sequence(node, "`awards`")
    {
        for item in seq.iter() {
            let Some(m) = r.mapping(item, "each award") else {
                continue;
            };
            r.known_keys(m, &["unit", "title"], "an award");
            let need = r.at_node(item, "an award needs `title`");
            let title = r.required_string(m, "title", need);
            if let (Some(unit), Some(title)) =
                (unit_field(&mut r, m, item, units, "in award"), title)
            {
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
                let unit = units.reference(&mut r, k, "in survey");
                let Some(x) = r.number_value(v, &format!("survey score of `{}`", k.as_str()))
                else {
                    continue;
                };
                if !(0.0..=100.0).contains(&x) {
                    let d = r.at_node(v, format!("survey score {x} is outside 0–100"));
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
    m: &MarkedMappingNode,
    item: &Node,
    units: &Units,
    what: &str,
) -> Option<UnitId> {
    match m.iter().find(|(k, _)| k.as_str() == "unit") {
        Some((_, Node::Scalar(s))) if !s.as_str().is_empty() => units.reference(r, s, what),
        Some((_, v)) => {
            let d = r.at_node(v, "`unit` takes a unit id");
            r.push(d);
            None
        }
        None => {
            let d = r.at_node(item, "`unit` is missing");
            r.push(d);
            None
        }
    }
}

fn unit_texts(
    r: &mut Reader,
    map: &MarkedMappingNode,
    key: &str,
    units: &Units,
) -> Vec<(UnitId, Markdown)> {
    let mut out = Vec::new();
    let Some((_, node)) = map.iter().find(|(k, _)| k.as_str() == key) else {
        return out;
    };
    if is_null(node) {
        return out;
    }
    let Some(m) = (match node {
        Node::Mapping(m) => Some(m),
        _ => {
            let d = r.at_node(node, format!("`{key}` takes `unit: text` lines"));
            r.push(d);
            None
        }
    }) else {
        return out;
    };
    for (k, v) in m.iter() {
        let unit = units.reference(r, k, &format!("in `{key}`"));
        let Node::Scalar(s) = v else {
            let d = r.at_node(v, format!("`{key}` of `{}` takes text", k.as_str()));
            r.push(d);
            continue;
        };
        let line = s
            .span()
            .start()
            .map_or(1, |p| p.line() + r.file.yaml_line_offset);
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

/// The largest overall bulletin number (總第N期) a bulletin may give.
pub const MAX_BULLETIN_NUMBER: u32 = 999_999;

/// A bulletin as read; the overall number and default period are filled in later.
pub struct BulletinDraft {
    pub bulletin: Bulletin,
    pub explicit_number: Option<u32>,
    pub explicit_period: bool,
    /// Where to point a "duplicate overall number" error.
    pub number_at: Diagnostic,
}

pub fn bulletin(
    year: i32,
    issue: u32,
    doc: &MdDoc,
    site: &Site,
    diags: &mut Vec<Diagnostic>,
) -> Option<BulletinDraft> {
    let mut r = Reader::new(&doc.file, diags);
    let map = front(&mut r, doc, Some("`date:`"))?;
    let keys = ["date", "title", "office", "period", "number", "draft"];
    let keys: Vec<&str> = keys
        .into_iter()
        .chain(DISTRIBUTION_KEYS.iter().copied())
        .collect();
    r.known_keys(map, &keys, "a bulletin");
    let need = r.at_top("a bulletin needs `date` (YYYY-MM-DD)");
    let date_text = r.required_string(map, "date", need);
    let date = date_text.and_then(|t| match parse_date(&t) {
        Some(d) if d.format("%Y").to_string() == format!("{year:04}") => Some(d),
        Some(_) => {
            let d = value_error(&r, map, "date", format!("date {t} is not in {year}")).with_help(
                format!("a bulletin's date is in the year of its file name ({year}-{issue:02}.md)"),
            );
            r.push(d);
            None
        }
        None => {
            let d = value_error(&r, map, "date", format!("`{t}` is not a date"))
                .with_help("write YYYY-MM-DD, e.g. 2026-04-15");
            r.push(d);
            None
        }
    });
    let title = r
        .string(map, "title")
        .unwrap_or_else(|| default_bulletin_title(site));
    let office = r
        .string(map, "office")
        .unwrap_or_else(|| site.office.clone());
    let period = r
        .string(map, "period")
        .and_then(|p| match Month::parse(&p) {
            Some(m) => Some(m),
            None => {
                let d = value_error(
                    &r,
                    map,
                    "period",
                    format!("`period` takes a month YYYY-MM, not `{p}`"),
                );
                r.push(d);
                None
            }
        });
    let number_at = match map.iter().find(|(k, _)| k.as_str() == "number") {
        Some((_, v)) => r.at_node(v, ""),
        None => r.at_top(""),
    };
    // Bounded here, so that counting on from it cannot overflow onto a later bulletin.
    let explicit_number = r
        .integer(map, "number", 1)
        .and_then(|n| match u32::try_from(n) {
            Ok(n) if n <= MAX_BULLETIN_NUMBER => Some(n),
            _ => {
                let mut d = number_at.clone();
                d.message = format!("`number` must be at most {MAX_BULLETIN_NUMBER}, not {n}");
                r.push(d);
                None
            }
        });
    let draft = r.boolean(map, "draft").unwrap_or(false);
    let distribution = super::publish::distribution(&mut r, map);
    Some(BulletinDraft {
        bulletin: Bulletin {
            year,
            issue,
            number: 0,
            date: date?,
            title,
            office,
            period,
            draft,
            body: body(doc),
            distribution,
        },
        explicit_number,
        explicit_period: period.is_some(),
        number_at,
    })
}

pub fn default_bulletin_title(site: &Site) -> String {
    match site.language {
        Language::En => format!("{} Work Bulletin", site.title),
        Language::ZhHant => format!("{}工作簡報", site.title),
        Language::ZhHans => format!("{}工作简报", site.title),
    }
}

/// Overall numbers (總第N期): in (year, NN) order from `first`; an explicit `number` resets the
/// count. Two bulletins with the same number are an error.
pub fn number_bulletins(drafts: &mut [BulletinDraft], first: u32, diags: &mut Vec<Diagnostic>) {
    drafts.sort_by_key(|b| (b.bulletin.year, b.bulletin.issue));
    let mut next = first;
    for b in drafts.iter_mut() {
        let n = b.explicit_number.unwrap_or(next);
        b.bulletin.number = n;
        next = n.saturating_add(1);
    }
    for (i, b) in drafts.iter().enumerate() {
        if let Some(prev) = drafts[..i]
            .iter()
            .find(|p| p.bulletin.number == b.bulletin.number)
        {
            let mut d = b.number_at.clone();
            d.message = format!(
                "overall number {} (總第{}期) is also {}'s",
                b.bulletin.number,
                b.bulletin.number,
                prev.bulletin.slug()
            );
            d.len = d.len.max(1);
            diags.push(d.with_help(
                "give `number:` only where the count restarts, and make each number unique",
            ));
        }
    }
}

pub fn visit(
    date: chrono::NaiveDate,
    slug: &str,
    doc: &MdDoc,
    units: &Units,
    diags: &mut Vec<Diagnostic>,
) -> Option<Visit> {
    let mut r = Reader::new(&doc.file, diags);
    let map = front(&mut r, doc, Some("`title:`, `host:` and `visitors:`"))?;
    r.known_keys(
        map,
        &["title", "host", "visitors", "kind", "draft"],
        "a visit",
    );
    let need = r.at_top("a visit needs `title`");
    let title = r.required_string(map, "title", need);
    let host = match r.get(map, "host") {
        Some((_, Node::Scalar(s))) => units
            .reference(&mut r, s, "as host")
            .filter(|_| units.taking_part(&mut r, s, date)),
        Some((_, v)) => {
            let d = r.at_node(v, "`host` takes a unit id");
            r.push(d);
            None
        }
        None => {
            let d = r.at_top("a visit needs `host` (the unit visited)");
            r.push(d);
            None
        }
    };
    let mut visitors = Vec::new();
    match r.strings(map, "visitors") {
        None => {
            let d = r.at_top("a visit needs `visitors` (one or more unit ids)");
            r.push(d);
        }
        Some(list) => {
            if list.is_empty() {
                let d = value_error(&r, map, "visitors", "`visitors` lists no unit".into());
                r.push(d);
            }
            for (id, node) in list {
                if host.as_ref().is_some_and(|h| h.as_str() == id) {
                    let d = r.at_scalar(
                        node,
                        format!("`{id}` is the host; it cannot also be a visitor"),
                    );
                    r.push(d);
                    continue;
                }
                if let Some(u) = units.reference(&mut r, node, "as visitor")
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
