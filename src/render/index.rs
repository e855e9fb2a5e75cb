//! Lookups built once per build, so that no page scans a whole list for its unit: a unit page
//! finding its reports, visits, reviews and ranks by filtering every record would make the site
//! quadratic in units (1,000 unit pages × 24,000 reports). Each list keeps the model's order,
//! so a page shows exactly what the filter it replaces would have found.

use crate::model::{FastMap, Model, Review};
use crate::score::{MonthFigures, RankEntry, Scores};

/// Where to find each unit's records.
#[derive(Default)]
pub struct Index<'a> {
    /// Unit → positions in `model.reports`, ascending.
    reports: FastMap<&'a str, Vec<usize>>,
    /// Unit → positions in `model.quarterlies`, ascending.
    quarterlies: FastMap<&'a str, Vec<usize>>,
    /// (unit, year, quarter) → the first quarterly report with them.
    quarterly: FastMap<(&'a str, i32, u32), usize>,
    /// Unit → positions in `model.visits` where it is host or a visitor, ascending.
    unit_visits: FastMap<&'a str, Vec<usize>>,
    /// Unit → other unit → positions in `model.visits` where one hosts the other, ascending.
    pair_visits: FastMap<&'a str, FastMap<&'a str, Vec<usize>>>,
    /// By position in `model.reviews`: who is named where in that review.
    reviews: Vec<ReviewIndex<'a>>,
    /// By position in `scores.months`: unit → its entry in its category's ranking.
    ranks: Vec<FastMap<&'a str, &'a RankEntry>>,
}

/// One review's sections by unit: the first entry naming the unit, as a `find` would return.
#[derive(Default)]
pub struct ReviewIndex<'a> {
    pub commentary: FastMap<&'a str, usize>,
    pub rectification: FastMap<&'a str, usize>,
    pub pacesetters: FastMap<&'a str, usize>,
    pub survey: FastMap<&'a str, usize>,
    /// Every award of the unit, in file order.
    pub awards: FastMap<&'a str, Vec<usize>>,
}

fn first<'a>(map: &mut FastMap<&'a str, usize>, key: &'a str, i: usize) {
    map.entry(key).or_insert(i);
}

fn push<K: std::hash::Hash + Eq>(map: &mut FastMap<K, Vec<usize>>, key: K, i: usize) {
    let list = map.entry(key).or_default();
    // A visit naming a unit twice (host and visitor, or twice among visitors) is listed once,
    // as a filter would list it: every push for record i comes before any for record i + 1.
    if list.last() != Some(&i) {
        list.push(i);
    }
}

fn review_index(r: &Review) -> ReviewIndex<'_> {
    let mut ix = ReviewIndex::default();
    for (i, (id, _)) in r.commentary.iter().enumerate() {
        first(&mut ix.commentary, id.as_str(), i);
    }
    for (i, (id, _)) in r.rectification.iter().enumerate() {
        first(&mut ix.rectification, id.as_str(), i);
    }
    for (i, p) in r.pacesetters.iter().enumerate() {
        first(&mut ix.pacesetters, p.unit.as_str(), i);
    }
    if let Some(s) = &r.survey {
        for (i, (id, _)) in s.scores.iter().enumerate() {
            first(&mut ix.survey, id.as_str(), i);
        }
    }
    for (i, a) in r.awards.iter().enumerate() {
        push(&mut ix.awards, a.unit.as_str(), i);
    }
    ix
}

/// Unit → its entry in its category's ranking, in one month.
pub fn rank_map(mf: &MonthFigures) -> FastMap<&str, &RankEntry> {
    mf.rankings
        .iter()
        .flat_map(|c| &c.entries)
        .map(|e| (e.unit.as_str(), e))
        .collect()
}

impl<'a> Index<'a> {
    pub fn new(model: &'a Model, scores: &'a Scores) -> Index<'a> {
        let mut ix = Index::default();
        for (i, r) in model.reports.iter().enumerate() {
            push(&mut ix.reports, r.unit.as_str(), i);
        }
        for (i, q) in model.quarterlies.iter().enumerate() {
            push(&mut ix.quarterlies, q.unit.as_str(), i);
            ix.quarterly
                .entry((q.unit.as_str(), q.year, q.quarter))
                .or_insert(i);
        }
        for (i, v) in model.visits.iter().enumerate() {
            push(&mut ix.unit_visits, v.host.as_str(), i);
            for w in &v.visitors {
                push(&mut ix.unit_visits, w.as_str(), i);
                let (h, w) = (v.host.as_str(), w.as_str());
                push(ix.pair_visits.entry(h).or_default(), w, i);
                push(ix.pair_visits.entry(w).or_default(), h, i);
            }
        }
        ix.reviews = model.reviews.iter().map(review_index).collect();
        ix.ranks = scores.months.iter().map(rank_map).collect();
        ix
    }

    /// Positions in `model.reports` of the unit's reports, ascending.
    pub fn reports(&self, unit: &str) -> &[usize] {
        self.reports.get(unit).map_or(&[], Vec::as_slice)
    }

    /// Positions in `model.quarterlies` of the unit's quarterly reports, ascending.
    pub fn quarterlies(&self, unit: &str) -> &[usize] {
        self.quarterlies.get(unit).map_or(&[], Vec::as_slice)
    }

    /// Position in `model.quarterlies` of the unit's report for a quarter.
    pub fn quarterly(&self, unit: &str, year: i32, quarter: u32) -> Option<usize> {
        self.quarterly.get(&(unit, year, quarter)).copied()
    }

    /// Positions in `model.visits` of the visits the unit hosted or made, ascending.
    pub fn unit_visits(&self, unit: &str) -> &[usize] {
        self.unit_visits.get(unit).map_or(&[], Vec::as_slice)
    }

    /// Positions in `model.visits` of the visits between two units either way, ascending.
    pub fn pair_visits(&self, a: &str, b: &str) -> &[usize] {
        self.pair_visits
            .get(a)
            .and_then(|m| m.get(b))
            .map_or(&[], Vec::as_slice)
    }

    /// Who is named where in the review at this position of `model.reviews`.
    pub fn review(&self, i: usize) -> Option<&ReviewIndex<'a>> {
        self.reviews.get(i)
    }

    /// The unit's ranking entry at the month at this position of `scores.months`.
    pub fn rank(&self, month: usize, unit: &str) -> Option<&'a RankEntry> {
        self.ranks.get(month)?.get(unit).copied()
    }
}
