//! units/<unit>/unit.yaml (SPEC §4): identity, benchmarks, the four clarities, targets.

use super::fields::Reader;
use super::site::{markdown_value, value_error};
use super::types::*;
use crate::diag::{Diagnostic, did_you_mean};
use crate::load::YamlDoc;
use marked_yaml::types::MarkedScalarNode;
use std::collections::{BTreeMap, BTreeSet, HashMap};

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
];

/// A unit as read, with the positions later cross-file checks point at.
pub struct UnitDraft {
    pub unit: Unit,
    pub doc_index: usize,
    /// The `internal`/`external` benchmark values, for errors about them.
    pub bench_nodes: [Option<MarkedScalarNode>; 2],
    /// Year key of `targets`, for "missing target" errors.
    pub year_keys: BTreeMap<i32, MarkedScalarNode>,
    pub targets_key: Option<MarkedScalarNode>,
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
                .at_top("unit.yaml is empty")
                .with_help("give at least `name:` and `category:`");
            r.push(d);
        }
        return None;
    };
    r.known_keys(map, UNIT_KEYS, "unit.yaml");
    let m = r.at_top("unit.yaml needs `name`");
    let name = r.required_string(map, "name", m);
    let m = r.at_top("unit.yaml needs `category`");
    let category_text = r.required_string(map, "category", m);
    let external_given = r.boolean(map, "external");
    let external_in_doubt = external_given.is_none() && r.get(map, "external").is_some();
    let external = external_given.unwrap_or(false);
    let category = match category_text {
        None => None,
        Some(c) => match categories.iter().find(|k| k.id.as_str() == c) {
            Some(k) => Some(k),
            None => {
                let ids: Vec<&str> = categories.iter().map(|k| k.id.as_str()).collect();
                let by_name = categories.iter().find(|k| k.name == c);
                let d = match by_name {
                    Some(k) => value_error(
                        &r,
                        map,
                        "category",
                        "`category` takes a category id, not its name".into(),
                    )
                    .with_help(format!(
                        "write `category: {}` (content/categories/{}.yaml has this name)",
                        k.id, k.id
                    )),
                    None => {
                        let d = value_error(&r, map, "category", format!("unknown category `{c}`"));
                        match did_you_mean(&c, ids.iter().copied()) {
                            Some(s) => d.with_help(format!("did you mean `{s}`?")),
                            None if ids.is_empty() => {
                                d.with_help("add content/categories/<id>.yaml first")
                            }
                            None => d.with_help(format!("categories are: {}", ids.join(", "))),
                        }
                    }
                };
                r.push(d);
                None
            }
        },
    };
    let mut bench_nodes: [Option<MarkedScalarNode>; 2] = [None, None];
    let mut benchmarks = Benchmarks::default();
    if let Some((_, node)) = r.get(map, "benchmarks")
        && let Some(b) = r.mapping(node, "`benchmarks`")
    {
        r.known_keys(b, &["internal", "external"], "`benchmarks`");
        for (slot, key) in ["internal", "external"].iter().enumerate() {
            if let Some((_, v)) = r.get(b, key) {
                if let marked_yaml::Node::Scalar(s) = v {
                    if s.as_str() == id {
                        let d = r.at_scalar(s, format!("a unit cannot be its own {key} benchmark"));
                        r.push(d);
                        continue;
                    }
                    bench_nodes[slot] = Some(s.clone());
                    let bid = Some(UnitId(s.as_str().to_owned()));
                    if slot == 0 {
                        benchmarks.internal = bid
                    } else {
                        benchmarks.external = bid
                    }
                } else {
                    let d = r.at_node(v, format!("`benchmarks.{key}` takes a unit id"));
                    r.push(d);
                }
            }
        }
    }
    let pledge = markdown_value(&mut r, map, "pledge");
    let learn = markdown_value(&mut r, map, "learn");
    let measures = r
        .strings(map, "measures")
        .unwrap_or_default()
        .into_iter()
        .map(|(s, _)| s)
        .collect();
    let mut targets = BTreeMap::new();
    let mut year_keys = BTreeMap::new();
    let mut flawed_years = BTreeSet::new();
    let targets_key = map
        .iter()
        .find(|(k, _)| k.as_str() == "targets")
        .map(|(k, _)| k.clone());
    if let Some((tkey, node)) = r.get(map, "targets")
        && let Some(years) = r.mapping(node, "`targets`")
    {
        if external {
            let d = r
                .at_scalar(
                    tkey,
                    "an external unit takes no targets: it is shown, never ranked",
                )
                .with_help("remove `targets`, or set `external: false`");
            r.push(d);
        }
        for (ykey, ynode) in years.iter() {
            let year = ykey.as_str();
            let Some(y) = (year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit()))
                .then(|| year.parse::<i32>().ok())
                .flatten()
            else {
                let d = r
                    .at_scalar(ykey, format!("`targets` is keyed by year, not `{year}`"))
                    .with_help("write e.g. `2026:` and the indicators under it");
                r.push(d);
                continue;
            };
            year_keys.insert(y, ykey.clone());
            let Some(inds) = r.mapping(ynode, &format!("`targets.{y}`")) else {
                flawed_years.insert(y);
                continue;
            };
            let mut row: Vec<(IndicatorId, f64)> = Vec::new();
            for (ikey, vnode) in inds.iter() {
                let iid = ikey.as_str();
                if let Some(cat) = category
                    && !doubtful.contains(&cat.id)
                    && !cat.indicators.iter().any(|i| i.id.as_str() == iid)
                {
                    let d = unknown_indicator(&r, ikey, cat);
                    r.push(d);
                    continue;
                }
                if super::fields::is_null(vnode) {
                    let d = r
                        .at_scalar(ikey, format!("target for `{iid}` in {y} is empty"))
                        .with_help("write the number, or remove the line");
                    r.push(d);
                    flawed_years.insert(y);
                    continue;
                }
                match r.number_value(vnode, &format!("target `{iid}`")) {
                    Some(t) => row.push((IndicatorId(iid.to_owned()), t)),
                    None => {
                        flawed_years.insert(y);
                    }
                }
            }
            if let Some(cat) = category {
                row.sort_by_key(|(i, _)| cat.indicators.iter().position(|k| &k.id == i));
            }
            targets.insert(y, row);
        }
    }
    let unit = Unit {
        id: UnitId(id.to_owned()),
        name: name?,
        short: r.string(map, "short"),
        category: category?.id.clone(),
        external,
        parent: r.string(map, "parent"),
        leader: r.string(map, "leader"),
        benchmarks,
        pledge,
        learn,
        measures,
        targets,
    };
    Some(UnitDraft {
        unit,
        doc_index: index,
        bench_nodes,
        year_keys,
        targets_key,
        flawed_years,
        external_in_doubt,
    })
}

/// "unknown indicator" with a suggestion and the category's list.
pub fn unknown_indicator(r: &Reader, key: &MarkedScalarNode, cat: &Category) -> Diagnostic {
    let ids: Vec<&str> = cat.indicators.iter().map(|i| i.id.as_str()).collect();
    let d = r.at_scalar(key, format!("unknown indicator `{}`", key.as_str()));
    let list = format!("category `{}` has: {}", cat.id, ids.join(", "));
    match did_you_mean(key.as_str(), ids.iter().copied()) {
        Some(s) => d.with_help(format!("did you mean `{s}`? {list}")),
        None => d.with_help(list),
    }
}

/// Benchmarks must name units of the same category; the internal one must not be external.
pub fn check_benchmarks(
    drafts: &[UnitDraft],
    docs: &[(String, std::sync::Arc<YamlDoc>)],
    diags: &mut Vec<Diagnostic>,
) {
    // Id → unit, the first of an id as a `find` would give: a find per benchmark was
    // quadratic in units.
    let mut by_id: HashMap<&str, &Unit> = HashMap::with_capacity(drafts.len());
    for d in drafts {
        by_id.entry(d.unit.id.as_str()).or_insert(&d.unit);
    }
    for draft in drafts {
        let u = &draft.unit;
        let file = &docs[draft.doc_index].1.file;
        let r = Reader {
            file,
            diags: &mut Vec::new(),
        };
        for (slot, bid) in [&u.benchmarks.internal, &u.benchmarks.external]
            .into_iter()
            .enumerate()
        {
            let (Some(bid), Some(node)) = (bid, &draft.bench_nodes[slot]) else {
                continue;
            };
            let kind = if slot == 0 { "internal" } else { "external" };
            let Some(&b) = by_id.get(bid.as_str()) else {
                if docs.iter().any(|(id, _)| id == bid.as_str()) {
                    // Its unit.yaml has errors of its own; it is not unknown.
                    continue;
                }
                let same: Vec<&str> = drafts
                    .iter()
                    .map(|d| &d.unit)
                    .filter(|b| b.category == u.category && b.id != u.id)
                    .map(|b| b.id.as_str())
                    .collect();
                let d = r.at_scalar(node, format!("unknown unit `{bid}` as {kind} benchmark"));
                let d = match did_you_mean(bid.as_str(), drafts.iter().map(|d| d.unit.id.as_str()))
                {
                    Some(s) => d.with_help(format!("did you mean `{s}`?")),
                    None => d.with_help(format!(
                        "units of category `{}`: {}",
                        u.category,
                        same.join(", ")
                    )),
                };
                diags.push(d);
                continue;
            };
            if b.category != u.category {
                diags.push(
                    r.at_scalar(
                        node,
                        format!(
                            "benchmark `{bid}` is in category `{}`, not `{}`",
                            b.category, u.category
                        ),
                    )
                    .with_help("a unit is compared with units of its own category"),
                );
            } else if slot == 0 && b.external {
                diags.push(r.at_scalar(node, format!("internal benchmark `{bid}` is an external unit"))
                    .with_help(format!("name it under `external: {bid}`, and a unit inside the jurisdiction under `internal`")));
            }
        }
    }
}

/// A non-external unit needs a target for every indicator of its category in every year in which
/// any unit of its category has a report.
pub fn check_targets(
    drafts: &[UnitDraft],
    docs: &[(String, std::sync::Arc<YamlDoc>)],
    categories: &[Category],
    report_years: &BTreeMap<CategoryId, Vec<i32>>,
    diags: &mut Vec<Diagnostic>,
) {
    for draft in drafts {
        let u = &draft.unit;
        if u.external || draft.external_in_doubt {
            continue;
        }
        let Some(cat) = categories.iter().find(|c| c.id == u.category) else {
            continue;
        };
        let file = &docs[draft.doc_index].1.file;
        let r = Reader {
            file,
            diags: &mut Vec::new(),
        };
        for year in report_years.get(&u.category).into_iter().flatten() {
            if draft.flawed_years.contains(year) {
                continue;
            }
            let have = u.targets.get(year);
            let missing: Vec<&str> = cat
                .indicators
                .iter()
                .filter(|i| have.is_none_or(|row| !row.iter().any(|(id, _)| id == &i.id)))
                .map(|i| i.id.as_str())
                .collect();
            if missing.is_empty() {
                continue;
            }
            let list = missing
                .iter()
                .map(|m| format!("`{m}`"))
                .collect::<Vec<_>>()
                .join(", ");
            let msg = format!("missing {year} target for {list}");
            let help = format!(
                "units of category `{}` report in {year}; add under `targets:`\n  {year}:\n{}",
                cat.id,
                missing
                    .iter()
                    .map(|m| format!("    {m}: …"))
                    .collect::<Vec<_>>()
                    .join("\n")
            );
            let d = match (draft.year_keys.get(year), &draft.targets_key) {
                (Some(k), _) => r.at_scalar(k, msg),
                (None, Some(k)) => r.at_scalar(k, msg),
                (None, None) => r.at_top(msg),
            };
            diags.push(d.with_help(help));
        }
    }
}
