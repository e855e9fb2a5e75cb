//! What `serve` keeps of a build's scores to tell, after the next edit, which months, units and
//! rankings changed: a hash per month and per unit and month, and each ranking's size. At
//! 10,000 units that is 2 MB where the scores are 260 MB, so the previous scores can be dropped
//! before the new ones are made instead of being held beside them.

use super::{CategoryRanking, Fig, MonthFigures, RankEntry, StoredBenchmark, StoredFigures};
use super::{Scores, UnitFigures};
use crate::model::{CategoryId, FastMap, Month};
use foldhash::quality::{FixedState, FoldHasher};
use rayon::prelude::*;
use std::hash::{BuildHasher, Hash, Hasher};

/// A fixed seed: digests are compared across rebuilds of one process (and in tests, across
/// processes). A collision would keep one stale page in a preview, never touch a build.
static SEED: FixedState = FixedState::with_seed(0x6469_6765_7374);

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Digest {
    pub months: Vec<MonthDigest>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MonthDigest {
    pub month: Month,
    /// Everything in the month's figures: equal exactly when the figures are (up to a
    /// collision), except that -0.0 and 0.0 differ here, which only renders a page again.
    pub all: u64,
    /// The units listed, in order.
    pub ids: u64,
    /// Each unit's figures and rank entry, in the order of [`MonthFigures::units`].
    pub units: Vec<u64>,
    /// Rank entries of units not in [`MonthFigures::units`] (there should be none).
    pub stray: u64,
    /// Each category's ranking and its number of entries, in the rankings' order.
    pub sizes: Vec<(CategoryId, usize)>,
}

impl Digest {
    pub fn of(scores: &Scores) -> Digest {
        Digest {
            months: scores.months.par_iter().map(MonthDigest::of).collect(),
        }
    }

    /// This digest with the months `touched` made again from `scores`, whose other months'
    /// figures are those this digest was made of ([`super::rescore`] says which).
    pub fn updated(&self, scores: &Scores, touched: &[bool]) -> Digest {
        let months = (scores.months.par_iter().zip(&self.months).enumerate())
            .map(|(k, (m, was))| match touched.get(k) {
                Some(false) if was.month == m.month => was.clone(),
                _ => MonthDigest::of(m),
            })
            .collect();
        Digest { months }
    }
}

impl MonthDigest {
    fn of(m: &MonthFigures) -> MonthDigest {
        let mut ranks: FastMap<&str, &RankEntry> = m
            .rankings
            .iter()
            .flat_map(|c| &c.entries)
            .map(|e| (e.unit.as_str(), e))
            .collect();
        let units: Vec<u64> = m
            .units
            .iter()
            .map(|u| {
                let mut h = SEED.build_hasher();
                u.feed(&mut h);
                ranks.remove(u.unit.as_str()).feed(&mut h);
                h.finish()
            })
            .collect();
        let mut stray: Vec<&RankEntry> = ranks.into_values().collect();
        stray.sort_by(|a, b| a.unit.cmp(&b.unit));
        let ids = hash(|h| {
            h.write_usize(m.units.len());
            m.units.iter().for_each(|u| u.unit.hash(h));
        });
        let all = hash(|h| {
            m.month.hash(h);
            m.time_progress.feed(h);
            m.cap.feed(h);
            m.tolerance.feed(h);
            h.write_u64(ids);
            units.iter().for_each(|u| h.write_u64(*u));
            m.rankings.feed(h);
            m.missing_reports.hash(h);
        });
        MonthDigest {
            month: m.month,
            all,
            ids,
            units,
            stray: hash(|h| stray.feed(h)),
            sizes: m
                .rankings
                .iter()
                .map(|r| (r.category.clone(), r.entries.len()))
                .collect(),
        }
    }
}

fn hash(f: impl FnOnce(&mut FoldHasher<'static>)) -> u64 {
    let mut h = SEED.build_hasher();
    f(&mut h);
    h.finish()
}

/// Hashing by every field, floats by their bits (the score types hold `f64`, which has no
/// `Hash`).
trait Feed {
    fn feed(&self, h: &mut FoldHasher<'static>);
}

impl Feed for f64 {
    fn feed(&self, h: &mut FoldHasher<'static>) {
        h.write_u64(self.to_bits());
    }
}

impl Feed for Fig {
    fn feed(&self, h: &mut FoldHasher<'static>) {
        self.get().feed(h);
    }
}

impl<T: Feed> Feed for Option<T> {
    fn feed(&self, h: &mut FoldHasher<'static>) {
        match self {
            None => h.write_u8(0),
            Some(v) => {
                h.write_u8(1);
                v.feed(h);
            }
        }
    }
}

impl<T: Feed> Feed for [T] {
    fn feed(&self, h: &mut FoldHasher<'static>) {
        h.write_usize(self.len());
        self.iter().for_each(|v| v.feed(h));
    }
}

impl<T: Feed> Feed for Vec<T> {
    fn feed(&self, h: &mut FoldHasher<'static>) {
        self.as_slice().feed(h);
    }
}

impl<T: Feed + ?Sized> Feed for &T {
    fn feed(&self, h: &mut FoldHasher<'static>) {
        (**self).feed(h);
    }
}

impl Feed for UnitFigures {
    fn feed(&self, h: &mut FoldHasher<'static>) {
        self.unit.hash(h);
        self.score.feed(h);
        self.indicators.feed(h);
    }
}

/// The kept figures alone: the others follow from them, the indicator and the site's rules,
/// and a change of those (site.yaml, a category) is a `setup` change, after which `serve`
/// compares no digests.
impl Feed for StoredFigures {
    fn feed(&self, h: &mut FoldHasher<'static>) {
        for f in [self.value, self.ytd, self.target, self.growth] {
            f.feed(h);
        }
        self.internal.feed(h);
        self.external.feed(h);
    }
}

impl Feed for StoredBenchmark {
    fn feed(&self, h: &mut FoldHasher<'static>) {
        self.ytd.feed(h);
        self.trend.hash(h);
    }
}

impl Feed for RankEntry {
    fn feed(&self, h: &mut FoldHasher<'static>) {
        self.unit.hash(h);
        self.score.feed(h);
        self.rank.hash(h);
        self.movement.hash(h);
        h.write_usize(self.dimensions.len());
        for (d, v) in &self.dimensions {
            d.hash(h);
            v.feed(h);
        }
    }
}

impl Feed for CategoryRanking {
    fn feed(&self, h: &mut FoldHasher<'static>) {
        self.category.hash(h);
        self.entries.feed(h);
    }
}

#[cfg(test)]
mod tests {
    use super::Digest;
    use crate::score::{Fig, Scores};

    fn example() -> Scores {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let site = crate::site::load(root, false, None);
        site.unwrap_or_else(|_| panic!("the bundled example loads"))
            .scores
    }

    #[test]
    fn same_scores_same_digest() {
        let s = example();
        assert_eq!(Digest::of(&s), Digest::of(&s.clone()));
    }

    #[test]
    fn a_changed_figure_changes_its_unit_and_month_only() {
        let s = example();
        let mut t = s.clone();
        let last = t.months.len() - 1;
        let ind = &mut t.months[last].units[1].indicators[0];
        ind.ytd = Fig::from(ind.ytd.get().map_or(1.0, |v| v + 1.0));
        let (a, b) = (Digest::of(&s), Digest::of(&t));
        for (i, (x, y)) in a.months.iter().zip(&b.months).enumerate() {
            assert_eq!(x.all == y.all, i != last, "month {i}");
            assert_eq!(x.ids, y.ids);
            for (j, (p, q)) in x.units.iter().zip(&y.units).enumerate() {
                assert_eq!(p == q, i != last || j != 1, "month {i}, unit {j}");
            }
        }
    }

    #[test]
    fn a_changed_rank_changes_its_unit() {
        let s = example();
        let mut t = s.clone();
        let entry = &mut t.months[0].rankings[0].entries[0];
        entry.movement = Some(entry.movement.unwrap_or(0) + 1);
        let unit = entry.unit.clone();
        let (a, b) = (Digest::of(&s), Digest::of(&t));
        let j = s.months[0].units.iter().position(|u| u.unit == unit);
        let j = j.expect("a ranked unit is listed");
        assert_ne!(a.months[0].units[j], b.months[0].units[j]);
        assert_ne!(a.months[0].all, b.months[0].all);
        let others = (0..a.months[0].units.len()).filter(|&k| k != j);
        assert!(
            others
                .into_iter()
                .all(|k| a.months[0].units[k] == b.months[0].units[k])
        );
    }

    #[test]
    fn absent_and_zero_differ() {
        let s = example();
        let mut t = s.clone();
        let ind = &mut t.months[0].units[0].indicators[0];
        ind.growth = if ind.growth.is_some() {
            Fig::NONE
        } else {
            Fig::from(0.0)
        };
        assert_ne!(
            Digest::of(&s).months[0].units[0],
            Digest::of(&t).months[0].units[0]
        );
    }
}
