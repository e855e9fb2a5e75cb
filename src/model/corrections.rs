//! A monthly report's `corrections:` (SPEC §17) and the year rules a report's values follow.

use super::fields::{Reader, is_null};
use super::records::Units;
use super::types::*;
use super::units::{in_force_text, unknown_indicator};
use crate::load::parse_date;
use crate::load::tree::Node;
use crate::load::tree::{Mapping, Scalar};
use chrono::NaiveDate;

/// Help for a report or visit naming a unit in a year it does not take part in.
pub fn outside_years_help(unit: &Unit, year: i32) -> String {
    let file = format!("content/units/{}/unit.yaml", unit.id);
    match (unit.from, unit.until, &unit.merged_into) {
        (_, Some(t), Some(m)) if year > t => crate::tr!(
            "outside-merged",
            id = unit.id.as_str(),
            until = t.to_string(),
            other = m.as_str(),
            file = file
        ),
        (_, Some(t), None) if year > t => crate::tr!(
            "outside-until",
            id = unit.id.as_str(),
            until = t.to_string(),
            file = file
        ),
        (Some(f), _, _) => crate::tr!(
            "outside-from",
            id = unit.id.as_str(),
            from = f.to_string(),
            file = file
        ),
        _ => crate::tr!("outside-see", file = file),
    }
}

/// Whether the value's indicator is in force in `year`; reports an error when not.
pub fn in_force_or_report(r: &mut Reader, key: &Scalar, cat: &Category, year: i32) -> bool {
    let Some(ind) = cat
        .indicators
        .iter()
        .find(|i| i.id.as_str() == key.as_str())
    else {
        return true;
    };
    if ind.in_force(year) {
        return true;
    }
    let d = r
        .at_scalar(
            key,
            crate::tr!(
                "target-not-in-force",
                id = ind.id.as_str(),
                year = year.to_string()
            ),
        )
        .with_help(crate::tr!(
            "value-not-in-force-help",
            category = cat.id.as_str(),
            id = ind.id.as_str(),
            range = in_force_text(ind)
        ));
    r.push(d);
    false
}

/// The `corrections:` list: each `{date, note, was}`, dated after the report's month, oldest
/// first.
pub fn corrections(
    r: &mut Reader,
    map: &Mapping,
    month: Month,
    cat: &Category,
    judge_indicators: bool,
) -> Vec<Correction> {
    let Some((_, node)) = r.get(map, "corrections") else {
        return vec![];
    };
    let Some(seq) = r.sequence(node, "`corrections`") else {
        return vec![];
    };
    let mut out: Vec<Correction> = Vec::new();
    // The latest well-formed date so far: order is checked against it even when the
    // correction carrying it has other errors.
    let mut last: Option<chrono::NaiveDate> = None;
    for item in seq.iter() {
        let Some(m) = r.mapping(item, &crate::tr!("place-each-correction")) else {
            continue;
        };
        r.known_keys(
            m,
            &["date", "note", "was"],
            &crate::tr!("place-a-correction"),
        );
        let date = correction_date(r, m, item, month, &mut last);
        let missing = r
            .at_node(item, crate::tr!("correction-needs", key = "note"))
            .with_help(crate::tr!("correction-note-help"));
        let note = r.required_string(m, "note", missing);
        let was = was(r, m, item, month, cat, judge_indicators);
        if let (Some(date), Some(note), Some(was)) = (date, note, was) {
            out.push(Correction { date, note, was });
        }
    }
    out
}

fn correction_date(
    r: &mut Reader,
    m: &Mapping,
    item: &Node,
    month: Month,
    last: &mut Option<chrono::NaiveDate>,
) -> Option<chrono::NaiveDate> {
    let Some((_, v)) = r.get(m, "date") else {
        let d = r
            .at_node(item, crate::tr!("correction-needs", key = "date"))
            .with_help(crate::tr!("correction-date-help"));
        r.push(d);
        return None;
    };
    let Node::Scalar(s) = v else {
        let d = r.at_node(v, crate::tr!("correction-date-takes"));
        r.push(d);
        return None;
    };
    let Some(date) = parse_date(s.as_str()) else {
        let d = r
            .at_scalar(s, crate::tr!("not-a-date-value", value = s.as_str()))
            .with_help(crate::tr!("correction-date-format-help"));
        r.push(d);
        return None;
    };
    if date <= month.last_day() {
        let d = r
            .at_scalar(
                s,
                crate::tr!(
                    "correction-too-early",
                    month = month.to_string(),
                    date = date.to_string()
                ),
            )
            .with_help(crate::tr!("correction-too-early-help"));
        r.push(d);
        return None;
    }
    let before = last.replace(date);
    if let Some(prev) = before
        && date < prev
    {
        let d = r
            .at_scalar(
                s,
                crate::tr!(
                    "correction-order",
                    date = date.to_string(),
                    prev = prev.to_string()
                ),
            )
            .with_help(crate::tr!("correction-order-help"));
        r.push(d);
        return None;
    }
    Some(date)
}

fn was(
    r: &mut Reader,
    m: &Mapping,
    item: &Node,
    month: Month,
    cat: &Category,
    judge_indicators: bool,
) -> Option<Vec<(IndicatorId, Option<f64>)>> {
    let Some((key, v)) = r.get(m, "was") else {
        let d = r
            .at_node(item, crate::tr!("correction-needs", key = "was"))
            .with_help(crate::tr!("correction-was-help"));
        r.push(d);
        return None;
    };
    let w = r.mapping(v, "`was`")?;
    if w.is_empty() {
        let d = r
            .at_scalar(key, crate::tr!("correction-was-empty"))
            .with_help(crate::tr!("correction-was-empty-help"));
        r.push(d);
        return None;
    }
    let mut out = Vec::new();
    let mut ok = true;
    for (ikey, vnode) in w.iter() {
        if judge_indicators {
            if !cat
                .indicators
                .iter()
                .any(|i| i.id.as_str() == ikey.as_str())
            {
                let d = unknown_indicator(r, ikey, cat);
                r.push(d);
                ok = false;
                continue;
            }
            if !in_force_or_report(r, ikey, cat, month.year) {
                ok = false;
                continue;
            }
        }
        let id = IndicatorId(ikey.as_str().into());
        if is_null(vnode) {
            out.push((id, None));
            continue;
        }
        match r.number_value(vnode, &crate::tr!("what-was", id = ikey.as_str())) {
            Some(x) => out.push((id, Some(x))),
            None => ok = false,
        }
    }
    ok.then_some(out)
}

impl Units<'_> {
    /// Whether the unit named by `node` takes part in `date`'s year; reports an error when not.
    pub fn taking_part(&self, r: &mut Reader, node: &Scalar, date: NaiveDate) -> bool {
        use chrono::Datelike;
        let Some(u) = self.get(node.as_str()) else {
            return true;
        };
        let year = date.year();
        if u.takes_part(year) {
            return true;
        }
        let d = r
            .at_scalar(
                node,
                crate::tr!(
                    "unit-not-in-year",
                    id = u.id.as_str(),
                    year = year.to_string()
                ),
            )
            .with_help(outside_years_help(u, year));
        r.push(d);
        false
    }
}
