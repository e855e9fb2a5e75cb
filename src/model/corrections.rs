//! A monthly report's `corrections:` (SPEC §17) and the year rules a report's values follow.

use super::fields::{Reader, is_null};
use super::records::Units;
use super::types::*;
use super::units::{in_force_text, unknown_indicator};
use crate::load::parse_date;
use chrono::NaiveDate;
use marked_yaml::Node;
use marked_yaml::types::{MarkedMappingNode, MarkedScalarNode};

/// Help for a report or visit naming a unit in a year it does not take part in.
pub fn outside_years_help(unit: &Unit, year: i32) -> String {
    let file = format!("content/units/{}/unit.yaml", unit.id);
    match (unit.from, unit.until, &unit.merged_into) {
        (_, Some(t), Some(m)) if year > t => format!(
            "`{}` took part until {t} and merged into `{m}` (`until:` in {file})",
            unit.id
        ),
        (_, Some(t), None) if year > t => {
            format!("`{}` took part until {t} (`until:` in {file})", unit.id)
        }
        (Some(f), _, _) => format!("`{}` takes part from {f} (`from:` in {file})", unit.id),
        _ => format!("see `from:` and `until:` in {file}"),
    }
}

/// Whether the value's indicator is in force in `year`; reports an error when not.
pub fn in_force_or_report(
    r: &mut Reader,
    key: &MarkedScalarNode,
    cat: &Category,
    year: i32,
) -> bool {
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
        .at_scalar(key, format!("`{}` is not in force in {year}", ind.id))
        .with_help(format!(
            "category `{}` has `{}` {}; remove this line",
            cat.id,
            ind.id,
            in_force_text(ind)
        ));
    r.push(d);
    false
}

/// The `corrections:` list: each `{date, note, was}`, dated after the report's month, oldest
/// first.
pub fn corrections(
    r: &mut Reader,
    map: &MarkedMappingNode,
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
        let Some(m) = r.mapping(item, "each correction") else {
            continue;
        };
        r.known_keys(m, &["date", "note", "was"], "a correction");
        let need = |what: &str| format!("a correction needs `{what}`");
        let date = correction_date(r, m, item, month, &mut last);
        let missing = r
            .at_node(item, need("note"))
            .with_help("say why the figure changed: the note is shown to the public");
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
    m: &MarkedMappingNode,
    item: &Node,
    month: Month,
    last: &mut Option<chrono::NaiveDate>,
) -> Option<chrono::NaiveDate> {
    let Some((_, v)) = r.get(m, "date") else {
        let d = r
            .at_node(item, "a correction needs `date`")
            .with_help("the day the correction was made public, e.g. `date: 2026-05-03`");
        r.push(d);
        return None;
    };
    let Node::Scalar(s) = v else {
        let d = r.at_node(v, "`date` takes a date such as 2026-05-03");
        r.push(d);
        return None;
    };
    let Some(date) = parse_date(s.as_str()) else {
        let d = r
            .at_scalar(s, format!("`{}` is not a date", s.as_str()))
            .with_help("write the date as YYYY-MM-DD, e.g. 2026-05-03");
        r.push(d);
        return None;
    };
    if date <= month.last_day() {
        let d = r
            .at_scalar(
                s,
                format!("a correction of {month} is dated {date}, before the month ended"),
            )
            .with_help(
                "a correction is made after the report was published: date it after the month",
            );
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
                format!("correction dated {date} comes after one dated {prev}"),
            )
            .with_help("list corrections oldest first: add a new one at the end");
        r.push(d);
        return None;
    }
    Some(date)
}

fn was(
    r: &mut Reader,
    m: &MarkedMappingNode,
    item: &Node,
    month: Month,
    cat: &Category,
    judge_indicators: bool,
) -> Option<Vec<(IndicatorId, Option<f64>)>> {
    let Some((key, v)) = r.get(m, "was") else {
        let d = r
            .at_node(item, "a correction needs `was`")
            .with_help("give the figures as they stood before, e.g. `was: {output: 12.6}`");
        r.push(d);
        return None;
    };
    let w = r.mapping(v, "`was`")?;
    if w.is_empty() {
        let d = r
            .at_scalar(key, "`was` names no figure")
            .with_help("give each corrected figure as it stood before, e.g. `was: {output: 12.6}`");
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
        let id = IndicatorId(ikey.as_str().to_owned());
        if is_null(vnode) {
            out.push((id, None));
            continue;
        }
        match r.number_value(vnode, &format!("`was` of `{}`", ikey.as_str())) {
            Some(x) => out.push((id, Some(x))),
            None => ok = false,
        }
    }
    ok.then_some(out)
}

impl Units<'_> {
    /// Whether the unit named by `node` takes part in `date`'s year; reports an error when not.
    pub fn taking_part(&self, r: &mut Reader, node: &MarkedScalarNode, date: NaiveDate) -> bool {
        use chrono::Datelike;
        let Some(u) = self.get(node.as_str()) else {
            return true;
        };
        let year = date.year();
        if u.takes_part(year) {
            return true;
        }
        let d = r
            .at_scalar(node, format!("`{}` does not take part in {year}", u.id))
            .with_help(outside_years_help(u, year));
        r.push(d);
        false
    }
}
