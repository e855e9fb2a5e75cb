//! units/<unit>/unit.yaml (SPEC §4): identity, benchmarks, the four clarities, targets.

use super::fields::Reader;
use super::site::value_error;
use super::types::*;
use super::years::{self, BenchNodes};
use crate::diag::{Diagnostic, did_you_mean};
use crate::load::YamlDoc;
use crate::load::tree::{Mapping, Scalar};
use std::collections::{BTreeMap, BTreeSet};

const UNIT_KEYS: &[&str] = &[
    "name",
    "short",
    "category",
    "external",
    "parent",
    "leader",
    "benchmarks",
    "pledge",
    "learn",
    "measures",
    "targets",
    "years",
    "from",
    "until",
    "merged_into",
    "former_names",
    "aliases",
];

/// A unit as read, with the positions later cross-file checks point at.
pub struct UnitDraft {
    pub unit: Unit,
    pub doc_index: usize,
    /// The `internal`/`external` benchmark values of each plan, for errors about them.
    pub benches: Vec<BenchNodes>,
    /// `merged_into`'s value and each alias, for errors about them.
    pub merged_node: Option<Scalar>,
    pub alias_nodes: Vec<Scalar>,
    /// Year key of `targets`, for "missing target" errors.
    pub year_keys: BTreeMap<i32, Scalar>,
    pub targets_key: Option<Scalar>,
    /// Years whose targets already have an error (an empty or non-numeric value, a year that is
    /// not a mapping): `check_targets` does not report the same target again as missing.
    pub flawed_years: BTreeSet<i32>,
    /// `external` is not a boolean, so whether targets are needed at all is unknown.
    pub external_in_doubt: bool,
}

pub fn unit(
    id: &str,
    index: usize,
    doc: &YamlDoc,
    categories: &[Category],
    doubtful: &BTreeSet<CategoryId>,
    diags: &mut Vec<Diagnostic>,
) -> Option<UnitDraft> {
    let mut r = Reader::new(&doc.file, diags);
    let Some(map) = doc.root.as_ref().and_then(|n| r.mapping(n, "unit.yaml")) else {
        if doc.root.is_none() && !doc.failed {
            let d = r
                .at_top(crate::tr!("unit-empty"))
                .with_help(crate::tr!("unit-empty-help"));
            r.push(d);
        }
        return None;
    };
    r.known_keys(map, UNIT_KEYS, "unit.yaml");
    let m = r.at_top(crate::tr!("unit-needs", key = "name"));
    let name = r.required_string(map, "name", m);
    let m = r.at_top(crate::tr!("unit-needs", key = "category"));
    let category_text = r.required_string(map, "category", m);
    let external_given = r.boolean(map, "external");
    let external_in_doubt = external_given.is_none() && r.get(map, "external").is_some();
    let external = external_given.unwrap_or(false);
    let category = category_text.and_then(|c| category(&mut r, map, &c, categories));
    let (base_plan, year_plans, benches) = years::plans(&mut r, map, id);
    let span = years::span(&mut r, map, id);
    let targets_key = map
        .iter()
        .find(|(k, _)| k.as_str() == "targets")
        .map(|(k, _)| k.clone());
    let Targets {
        targets,
        year_keys,
        flawed_years,
    } = targets(&mut r, map, external, category, doubtful);
    let unit = Unit {
        id: UnitId(id.into()),
        name: name?,
        short: r.string(map, "short"),
        category: category?.id.clone(),
        external,
        parent: r.string(map, "parent"),
        leader: base_plan.leader.clone(),
        benchmarks: base_plan.benchmarks.clone(),
        pledge: base_plan.pledge.clone(),
        learn: base_plan.learn.clone(),
        measures: base_plan.measures.clone(),
        targets,
        from: span.from,
        until: span.until,
        merged_into: span.merged_into.as_ref().map(|(u, _)| u.clone()),
        former_names: span.former_names,
        aliases: span.aliases.iter().map(|(a, _)| a.clone()).collect(),
        base_plan,
        year_plans,
    };
    Some(UnitDraft {
        unit,
        doc_index: index,
        benches,
        merged_node: span.merged_into.map(|(_, n)| n),
        alias_nodes: span.aliases.into_iter().map(|(_, n)| n).collect(),
        year_keys,
        targets_key,
        flawed_years,
        external_in_doubt,
    })
}

/// The category `c` names, or None with the error reported: a category's name written for its
/// id, or an unknown id with the likely one.
fn category<'c>(
    r: &mut Reader,
    map: &Mapping,
    c: &str,
    categories: &'c [Category],
) -> Option<&'c Category> {
    if let Some(k) = categories.iter().find(|k| k.id.as_str() == c) {
        return Some(k);
    }
    let ids: Vec<&str> = categories.iter().map(|k| k.id.as_str()).collect();
    let by_name = categories.iter().find(|k| k.name == c);
    let d = match by_name {
        Some(k) => value_error(r, map, "category", crate::tr!("unit-category-name"))
            .with_help(crate::tr!("unit-category-name-help", id = k.id.as_str())),
        None => {
            let d = value_error(
                r,
                map,
                "category",
                crate::tr!("unit-unknown-category", id = c),
            );
            match did_you_mean(c, ids.iter().copied()) {
                Some(s) => d.with_help(crate::tr!("did-you-mean", suggestion = s)),
                None if ids.is_empty() => d.with_help(crate::tr!("unit-no-categories-help")),
                None => d.with_help(crate::tr!("unit-categories-are", ids = ids.join(", "))),
            }
        }
    };
    r.push(d);
    None
}

/// A unit's `targets:` as read.
#[derive(Default)]
struct Targets {
    targets: BTreeMap<i32, Vec<(IndicatorId, f64)>>,
    /// Year key of each year given, for "missing target" errors.
    year_keys: BTreeMap<i32, Scalar>,
    /// Years with an error in their targets already.
    flawed_years: BTreeSet<i32>,
}

/// Reads `targets:` by year, each year's row in the order of the category's indicators.
fn targets(
    r: &mut Reader,
    map: &Mapping,
    external: bool,
    category: Option<&Category>,
    doubtful: &BTreeSet<CategoryId>,
) -> Targets {
    let mut out = Targets::default();
    let Some((tkey, node)) = r.get(map, "targets") else {
        return out;
    };
    let Some(years) = r.mapping(node, "`targets`") else {
        return out;
    };
    if external {
        let d = r
            .at_scalar(tkey, crate::tr!("unit-external-targets"))
            .with_help(crate::tr!("unit-external-targets-help"));
        r.push(d);
    }
    for (ykey, ynode) in years.iter() {
        let year = ykey.as_str();
        let Some(y) = (year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit()))
            .then(|| year.parse::<i32>().ok())
            .flatten()
        else {
            let d = r
                .at_scalar(ykey, crate::tr!("targets-not-year", key = year))
                .with_help(crate::tr!("targets-not-year-help"));
            r.push(d);
            continue;
        };
        out.year_keys.insert(y, ykey.clone());
        let Some(inds) = r.mapping(ynode, &format!("`targets.{y}`")) else {
            out.flawed_years.insert(y);
            continue;
        };
        let sure = category.filter(|cat| !doubtful.contains(&cat.id));
        let (mut row, flawed) = target_row(r, y, inds, sure);
        if flawed {
            out.flawed_years.insert(y);
        }
        if let Some(cat) = category {
            row.sort_by_key(|(i, _)| cat.indicators.iter().position(|k| &k.id == i));
        }
        out.targets.insert(y, row);
    }
    out
}

/// One year's targets, checked against `category`'s indicators in force that year when it is
/// known for sure; and whether a value was empty or not a number.
fn target_row(
    r: &mut Reader,
    y: i32,
    inds: &Mapping,
    category: Option<&Category>,
) -> (Vec<(IndicatorId, f64)>, bool) {
    let mut row: Vec<(IndicatorId, f64)> = Vec::new();
    let mut flawed = false;
    for (ikey, vnode) in inds.iter() {
        let iid = ikey.as_str();
        if let Some(cat) = category
            && !target_in_force(r, y, ikey, cat)
        {
            continue;
        }
        if super::fields::is_null(vnode) {
            let d = r
                .at_scalar(
                    ikey,
                    crate::tr!("target-empty", id = iid, year = y.to_string()),
                )
                .with_help(crate::tr!("target-empty-help"));
            r.push(d);
            flawed = true;
            continue;
        }
        match r.number_value(vnode, &crate::tr!("what-target", id = iid)) {
            Some(t) => row.push((IndicatorId(iid.into()), t)),
            None => flawed = true,
        }
    }
    (row, flawed)
}

/// Whether `ikey` names an indicator of `cat` in force in year `y`; if not, reports why.
fn target_in_force(r: &mut Reader, y: i32, ikey: &Scalar, cat: &Category) -> bool {
    let iid = ikey.as_str();
    match cat.indicators.iter().find(|i| i.id.as_str() == iid) {
        None => {
            let d = unknown_indicator(r, ikey, cat);
            r.push(d);
            false
        }
        Some(ind) if !ind.in_force(y) => {
            let d = r
                .at_scalar(
                    ikey,
                    crate::tr!("target-not-in-force", id = iid, year = y.to_string()),
                )
                .with_help(crate::tr!(
                    "target-not-in-force-help",
                    category = cat.id.as_str(),
                    id = iid,
                    range = in_force_text(ind)
                ));
            r.push(d);
            false
        }
        Some(_) => true,
    }
}

/// "from 2026", "until 2025", "from 2025 until 2026".
pub fn in_force_text(ind: &Indicator) -> String {
    match (ind.from, ind.until) {
        (Some(f), Some(u)) => crate::tr!(
            "in-force-from-until",
            from = f.to_string(),
            until = u.to_string()
        ),
        (Some(f), None) => crate::tr!("in-force-from", from = f.to_string()),
        (None, Some(u)) => crate::tr!("in-force-until", until = u.to_string()),
        (None, None) => crate::tr!("in-force-always"),
    }
}

/// "unknown indicator" with a suggestion and the category's list.
pub fn unknown_indicator(r: &Reader, key: &Scalar, cat: &Category) -> Diagnostic {
    let ids: Vec<&str> = cat.indicators.iter().map(|i| i.id.as_str()).collect();
    let d = r.at_scalar(key, crate::tr!("unknown-indicator", id = key.as_str()));
    let list = crate::tr!(
        "category-has",
        category = cat.id.as_str(),
        ids = ids.join(", ")
    );
    match did_you_mean(key.as_str(), ids.iter().copied()) {
        Some(s) => d.with_help(crate::tr!("did-you-mean-list", suggestion = s, list = list)),

        None => d.with_help(list),
    }
}
