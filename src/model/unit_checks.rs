//! Checks across unit.yaml files: benchmarks per year, merges, aliases, and the targets each
//! year in play needs (SPEC §4, §17).

use super::fields::Reader;
use super::types::*;
use super::units::UnitDraft;
use crate::diag::{Diagnostic, did_you_mean};
use crate::load::YamlDoc;
use std::collections::{BTreeMap, HashMap};

/// The report that first put a year in play for a category (the earliest month, then path):
/// errors about that year name it, so a lone draft for a new year is easy to find.
#[derive(Debug, Clone)]
pub struct Opener {
    pub month: Month,
    pub path: String,
    pub draft: bool,
}

impl Opener {
    fn describe(&self) -> String {
        if self.draft {
            crate::tr!("opener-draft", path = &self.path)
        } else {
            self.path.clone()
        }
    }
}

/// Category → year → the report that opened it.
pub type ReportYears = BTreeMap<CategoryId, BTreeMap<i32, Opener>>;

/// Records the report at `path` as the one opening its year if it comes first.
pub fn note_year(years: &mut ReportYears, cat: &CategoryId, month: Month, path: &str, draft: bool) {
    let slot = years.entry(cat.clone()).or_default();
    match slot.get(&month.year) {
        Some(o) if (o.month, o.path.as_str()) <= (month, path) => {}
        _ => {
            let path = path.to_owned();
            slot.insert(month.year, Opener { month, path, draft });
        }
    }
}

/// "from 2026", "until 2025", "from 2025 until 2026" for a unit.
fn span_text(u: &Unit) -> String {
    match (u.from, u.until) {
        (Some(f), Some(t)) => crate::tr!(
            "part-from-until",
            from = f.to_string(),
            until = t.to_string()
        ),
        (Some(f), None) => crate::tr!("part-from", from = f.to_string()),
        (None, Some(t)) => crate::tr!("part-until", until = t.to_string()),
        (None, None) => crate::tr!("part-always"),
    }
}

/// Benchmarks must name units of the same category; the internal one must not be external;
/// each must take part in the years its plan covers.
pub fn check_benchmarks(
    drafts: &[UnitDraft],
    docs: &[(String, std::sync::Arc<YamlDoc>)],
    report_years: &ReportYears,
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
        for set in &draft.benches {
            // The years this plan covers among those in play.
            let years: Vec<i32> = match set.year {
                Some(y) => vec![y],
                None => report_years
                    .get(&u.category)
                    .into_iter()
                    .flat_map(|m| m.keys().copied())
                    .filter(|y| u.takes_part(*y) && !u.year_plans.contains_key(y))
                    .collect(),
            };
            for (slot, node) in set.nodes.iter().enumerate() {
                let Some(node) = node else {
                    continue;
                };
                let bid = node.as_str();
                let kind = if slot == 0 { "internal" } else { "external" };
                let Some(&b) = by_id.get(bid) else {
                    if docs.iter().any(|(id, _)| id == bid) {
                        // Its unit.yaml has errors of its own; it is not unknown.
                        continue;
                    }
                    let same: Vec<&str> = drafts
                        .iter()
                        .map(|d| &d.unit)
                        .filter(|b| b.category == u.category && b.id != u.id)
                        .map(|b| b.id.as_str())
                        .collect();
                    let d =
                        r.at_scalar(node, crate::tr!("benchmark-unknown", id = bid, kind = kind));
                    let d = match did_you_mean(bid, drafts.iter().map(|d| d.unit.id.as_str())) {
                        Some(s) => d.with_help(crate::tr!("did-you-mean", suggestion = s)),
                        None => d.with_help(crate::tr!(
                            "benchmark-same-category",
                            category = u.category.as_str(),
                            ids = same.join(", ")
                        )),
                    };
                    diags.push(d);
                    continue;
                };
                if b.category != u.category {
                    diags.push(
                        r.at_scalar(
                            node,
                            crate::tr!(
                                "benchmark-other-category",
                                id = bid,
                                category = b.category.as_str(),
                                own = u.category.as_str()
                            ),
                        )
                        .with_help(crate::tr!("benchmark-other-category-help")),
                    );
                } else if slot == 0 && b.external {
                    diags.push(
                        r.at_scalar(node, crate::tr!("benchmark-internal-external", id = bid))
                            .with_help(crate::tr!("benchmark-internal-external-help", id = bid)),
                    );
                } else if let Some(y) = years.iter().find(|y| !b.takes_part(**y)) {
                    let snippet = format!("  {y}:\n    benchmarks: {{{kind}: …}}");
                    diags.push(
                        r.at_scalar(
                            node,
                            crate::tr!("benchmark-not-in-year", id = bid, year = y.to_string()),
                        )
                        .with_help(crate::tr!(
                            "benchmark-not-in-year-help",
                            id = bid,
                            span = span_text(b),
                            opened = opened_by(report_years, &u.category, *y, set.year.is_none()),
                            year = y.to_string(),
                            snippet = snippet
                        )),
                    );
                }
            }
        }
    }
}

/// ", and content/units/x/2027-01.md opened 2027" for a year the top-level plan covers only
/// because a report put it in play; empty for a year a `years:` entry names.
fn opened_by(years: &ReportYears, cat: &CategoryId, year: i32, top_level: bool) -> String {
    match years.get(cat).and_then(|m| m.get(&year)) {
        Some(o) if top_level => {
            crate::tr!("opened-by", path = o.describe(), year = year.to_string())
        }
        _ => String::new(),
    }
}

/// `merged_into` names a unit; aliases collide with no unit id and no other alias.
pub fn check_merges_and_aliases(
    drafts: &[UnitDraft],
    docs: &[(String, std::sync::Arc<YamlDoc>)],
    diags: &mut Vec<Diagnostic>,
) {
    let ids: HashMap<&str, ()> = docs.iter().map(|(id, _)| (id.as_str(), ())).collect();
    let mut seen: HashMap<&str, &str> = HashMap::new();
    for draft in drafts {
        let u = &draft.unit;
        let file = &docs[draft.doc_index].1.file;
        let r = Reader {
            file,
            diags: &mut Vec::new(),
        };
        if let Some(node) = &draft.merged_node
            && !ids.contains_key(node.as_str())
        {
            let d = r.at_scalar(node, crate::tr!("merged-into-unknown", id = node.as_str()));
            let d = match did_you_mean(node.as_str(), ids.keys().copied()) {
                Some(s) => d.with_help(crate::tr!("did-you-mean", suggestion = s)),
                None => d.with_help(crate::tr!("merged-into-unknown-help")),
            };
            diags.push(d);
        }
        for node in &draft.alias_nodes {
            let a = node.as_str();
            if ids.contains_key(a) {
                diags.push(
                    r.at_scalar(node, crate::tr!("alias-is-unit", id = a))
                        .with_help(crate::tr!("alias-is-unit-help", id = a)),
                );
            } else if let Some(other) = seen.insert(a, u.id.as_str()) {
                diags.push(
                    r.at_scalar(node, crate::tr!("alias-twice", id = a, other = other))
                        .with_help(crate::tr!("alias-twice-help")),
                );
            }
        }
    }
}

/// A non-external unit needs a target for every indicator of its category in force in every
/// year in which any unit of its category has a report and the unit takes part.
pub fn check_targets(
    drafts: &[UnitDraft],
    docs: &[(String, std::sync::Arc<YamlDoc>)],
    categories: &[Category],
    report_years: &ReportYears,
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
        for (year, opener) in report_years.get(&u.category).into_iter().flatten() {
            if draft.flawed_years.contains(year) || !u.takes_part(*year) {
                continue;
            }
            let have = u.targets.get(year);
            let missing: Vec<&str> = cat
                .indicators
                .iter()
                .filter(|i| i.in_force(*year))
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
            let msg = crate::tr!("target-missing", year = year.to_string(), ids = list);
            let snippet = format!(
                "  {year}:\n{}",
                missing
                    .iter()
                    .map(|m| format!("    {m}: …"))
                    .collect::<Vec<_>>()
                    .join("\n")
            );
            let help = crate::tr!(
                "target-missing-help",
                category = cat.id.as_str(),
                year = year.to_string(),
                path = opener.describe(),
                snippet = snippet
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
