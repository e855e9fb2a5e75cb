//! The parts of unit.yaml that change with the years (SPEC §17): the plan (`benchmarks`,
//! `leader`, `pledge`, `learn`, `measures`, top level and under `years:`), `from`/`until`,
//! `merged_into`, `former_names` and `aliases`.

use super::fields::Reader;
use super::site::{markdown_value, value_error};
use super::types::*;
use crate::load::tree::Node;
use crate::load::tree::{Mapping, Scalar};
use std::collections::BTreeMap;

pub const YEAR_PLAN_KEYS: &[&str] = &["benchmarks", "leader", "pledge", "learn", "measures"];

/// The `internal`/`external` benchmark values of one plan, for errors about them; `year` None
/// is the top-level plan.
#[derive(Debug, Clone)]
pub struct BenchNodes {
    pub year: Option<i32>,
    pub nodes: [Option<Scalar>; 2],
}

/// A plan's fields as written in one mapping: None where the mapping does not give them.
#[derive(Default)]
struct PlanParts {
    benchmarks: Option<(Benchmarks, [Option<Scalar>; 2])>,
    leader: Option<String>,
    pledge: Option<Markdown>,
    learn: Option<Markdown>,
    measures: Option<Vec<String>>,
}

fn plan_parts(r: &mut Reader, map: &Mapping, id: &str) -> PlanParts {
    let mut parts = PlanParts::default();
    if let Some((_, node)) = r.get(map, "benchmarks")
        && let Some(b) = r.mapping(node, "`benchmarks`")
    {
        r.known_keys(b, &["internal", "external"], "`benchmarks`");
        let mut nodes: [Option<Scalar>; 2] = [None, None];
        let mut benchmarks = Benchmarks::default();
        for (slot, key) in ["internal", "external"].iter().enumerate() {
            let Some((_, v)) = r.get(b, key) else {
                continue;
            };
            let Node::Scalar(s) = v else {
                let d = r.at_node(v, crate::tr!("benchmarks-takes-id", key = *key));
                r.push(d);
                continue;
            };
            if s.as_str() == id {
                let d = r.at_scalar(s, crate::tr!("benchmark-self", kind = *key));
                r.push(d);
                continue;
            }
            nodes[slot] = Some(s.clone());
            let bid = Some(UnitId(s.as_str().into()));
            if slot == 0 {
                benchmarks.internal = bid
            } else {
                benchmarks.external = bid
            }
        }
        parts.benchmarks = Some((benchmarks, nodes));
    }
    parts.leader = r.string(map, "leader");
    parts.pledge = markdown_value(r, map, "pledge");
    parts.learn = markdown_value(r, map, "learn");
    parts.measures = r
        .strings(map, "measures")
        .map(|list| list.into_iter().map(|(s, _)| s).collect());
    parts
}

impl PlanParts {
    /// The plan these parts give, each missing part taken from `base`.
    fn over(self, base: &Plan) -> (Plan, [Option<Scalar>; 2], bool) {
        let given = self.benchmarks.is_some();
        let (benchmarks, nodes) = self
            .benchmarks
            .unwrap_or_else(|| (base.benchmarks.clone(), [None, None]));
        let plan = Plan {
            benchmarks,
            leader: self.leader.or_else(|| base.leader.clone()),
            pledge: self.pledge.or_else(|| base.pledge.clone()),
            learn: self.learn.or_else(|| base.learn.clone()),
            measures: self.measures.unwrap_or_else(|| base.measures.clone()),
        };
        (plan, nodes, given)
    }
}

/// The top-level plan and every `years.<Y>` plan, with the benchmark nodes of each plan that
/// names its own benchmarks.
pub fn plans(
    r: &mut Reader,
    map: &Mapping,
    id: &str,
) -> (Plan, BTreeMap<i32, Plan>, Vec<BenchNodes>) {
    let (base, nodes, _) = plan_parts(r, map, id).over(&Plan::default());
    let mut benches = vec![BenchNodes { year: None, nodes }];
    let mut years = BTreeMap::new();
    if let Some((_, node)) = r.get(map, "years")
        && let Some(ymap) = r.mapping(node, "`years`")
    {
        for (ykey, ynode) in ymap.iter() {
            let Some(y) = r.year_value(&Node::Scalar(ykey.clone()), &crate::tr!("what-years-key"))
            else {
                continue;
            };
            let Some(m) = r.mapping(ynode, &format!("`years.{y}`")) else {
                continue;
            };
            r.known_keys(m, YEAR_PLAN_KEYS, &format!("`years.{y}`"));
            let (plan, nodes, given) = plan_parts(r, m, id).over(&base);
            if given {
                benches.push(BenchNodes {
                    year: Some(y),
                    nodes,
                });
            }
            years.insert(y, plan);
        }
    }
    (base, years, benches)
}

/// `from`, `until`, `merged_into`, `former_names` and `aliases`, as read (cross-unit checks
/// come later).
pub struct Span {
    pub from: Option<i32>,
    pub until: Option<i32>,
    pub merged_into: Option<(UnitId, Scalar)>,
    pub former_names: Vec<FormerName>,
    pub aliases: Vec<(UnitId, Scalar)>,
}

/// `from` and `until` (SPEC §17), an indicator's or a unit's; `until` before `from` is an error
/// (with `help`), and then `until` comes back as None and the flag false.
pub fn from_until(r: &mut Reader, map: &Mapping, help: String) -> (Option<i32>, Option<i32>, bool) {
    let from = r.year(map, "from");
    let until = r.year(map, "until");
    if let (Some(f), Some(u)) = (from, until)
        && u < f
    {
        let d = value_error(
            r,
            map,
            "until",
            crate::tr!(
                "indicator-until",
                until = u.to_string(),
                from = f.to_string()
            ),
        )
        .with_help(help);
        r.push(d);
        return (from, None, false);
    }
    (from, until, true)
}

pub fn span(r: &mut Reader, map: &Mapping, id: &str) -> Span {
    // A bad `until` is left out, so that the unit's reports are not all reported as outside
    // its years too.
    let (from, until, _) = from_until(r, map, crate::tr!("unit-until-help"));
    let mut merged_into = None;
    if let Some((key, v)) = r.get(map, "merged_into") {
        match v {
            Node::Scalar(s) if until.is_none() => {
                let d = r
                    .at_scalar(key, crate::tr!("merged-into-needs-until"))
                    .with_help(crate::tr!(
                        "merged-into-needs-until-help",
                        id = id,
                        other = s.as_str()
                    ));
                r.push(d);
            }
            Node::Scalar(s) if s.as_str() == id => {
                let d = r
                    .at_scalar(s, crate::tr!("merged-into-self"))
                    .with_help(crate::tr!("merged-into-unknown-help"));
                r.push(d);
            }
            Node::Scalar(s) => merged_into = Some((UnitId(s.as_str().into()), s.clone())),
            _ => {
                let d = r.at_node(v, crate::tr!("merged-into-takes-id"));
                r.push(d);
            }
        }
    }
    let former_names = former_names(r, map);
    let aliases = r
        .strings(map, "aliases")
        .unwrap_or_default()
        .into_iter()
        .filter_map(|(a, node)| {
            if crate::load::is_id(&a) && a != id {
                return Some((UnitId(a.into()), node.clone()));
            }
            let d = r
                .at_scalar(node, crate::tr!("alias-bad", alias = &a, id = id))
                .with_help(crate::tr!("alias-bad-help"));
            r.push(d);
            None
        })
        .collect();
    Span {
        from,
        until,
        merged_into,
        former_names,
        aliases,
    }
}

fn former_names(r: &mut Reader, map: &Mapping) -> Vec<FormerName> {
    let Some((_, node)) = r.get(map, "former_names") else {
        return vec![];
    };
    let Some(seq) = r.sequence(node, "`former_names`") else {
        return vec![];
    };
    let mut out = Vec::new();
    for item in seq.iter() {
        let Some(m) = r.mapping(item, &crate::tr!("place-each-former-name")) else {
            continue;
        };
        r.known_keys(m, &["name", "until"], &crate::tr!("place-a-former-name"));
        let need = r
            .at_node(item, crate::tr!("former-name-needs-name"))
            .with_help(crate::tr!("former-name-help"));
        let name = r.required_string(m, "name", need);
        let until = r.year(m, "until");
        if r.get(m, "until").is_none() {
            let d = r
                .at_node(item, crate::tr!("former-name-needs-until"))
                .with_help(crate::tr!("former-name-help"));

            r.push(d);
        }
        if let (Some(name), Some(until)) = (name, until) {
            out.push(FormerName { name, until });
        }
    }
    out.sort_by_key(|f| f.until);
    out
}
