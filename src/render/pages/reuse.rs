//! Serve's reuse rules, in one place: which pages a rebuild keeps from the previous build
//! without building their context, and what it compares to decide. A normal build reuses
//! nothing; every rule here is checked against a full build by tests/serve_incremental.rs.

use super::{Job, Pages, PastJob};
use crate::model::{Benchmarks, Month, ReviewPeriod, Unit};
use crate::render::urls;
use crate::score::{Digest, MonthDigest, MonthFigures, Scores};
use std::collections::{BTreeSet, HashSet};

/// Pages a rebuild may keep from the previous build without building their context at all,
/// because nothing they show changed. Only `serve` passes anything but the default; either
/// kind of reuse also needs the theme and the site-wide context to be those of the previous
/// build.
#[derive(Debug, Clone, Default)]
pub(crate) struct Reuse<'p> {
    /// None of the figures and records changed (only bulletins, free pages or monthly reports'
    /// summaries did): the pages built from them alone (units, rankings, pairs, reviews, visits,
    /// methodology) and the open data are kept, but for the pages and feeds of the units in
    /// [`ReportsOnly::units`], which show those summaries.
    pub(crate) figures: bool,
    /// Only monthly reports changed, and the published months are the same: a month's rankings
    /// and data whose figures equal the previous build's are kept, and so is a unit page whose
    /// unit's reports did not change and whose figures, benchmarks' figures and ranks are the
    /// previous build's in every month.
    pub(crate) reports: Option<ReportsOnly<'p>>,
    /// None of the texts the search index shows of units, reports, quarterly reports, reviews,
    /// visits and past years changed (figures, bulletins or free pages may have): the index's
    /// entries for them are kept (see [`crate::render::search::Kept`]).
    pub(crate) texts: bool,
    /// Quarterly reports changed since the previous build (by unit, year and quarter): the
    /// pages kept by the rules above are still made again where they show one of them (their
    /// unit's pages and feed, their quarter's review).
    pub(crate) quarterlies: Option<&'p BTreeSet<(String, i32, u32)>>,
    /// Names the state of the figures and records this render shows: a number new whenever
    /// they changed (and unique in the process), the same while they did not. Markdown with
    /// shortcodes is reused only under the same number.
    pub(crate) generation: u64,
}

#[derive(Debug, Clone)]
pub(crate) struct ReportsOnly<'p> {
    /// The digest of the previous build's scores.
    pub(crate) previous: &'p Digest,
    /// The digest of this build's.
    pub(crate) now: &'p Digest,
    /// Units whose reports changed.
    pub(crate) units: &'p BTreeSet<String>,
    /// The months (year, month) of the reports changed.
    pub(crate) months: &'p BTreeSet<(i32, u32)>,
}

/// Units and categories whose figures differ between two builds' scores in at least one month.
#[derive(Default, Clone)]
pub(crate) struct ChangedUnits<'a> {
    /// Units whose figures or rank entry differ.
    pub(crate) units: HashSet<&'a str>,
    /// Categories whose ranking has a different number of units.
    pub(crate) sizes: HashSet<&'a str>,
}

impl<'a> ChangedUnits<'a> {
    /// Compares the digests of the previous build's scores and of `now`'s month by month; None
    /// when the months, the units listed or the categories differ (nothing is then reused).
    pub(crate) fn between(
        previous: &Digest,
        digest: &Digest,
        now: &'a Scores,
    ) -> Option<ChangedUnits<'a>> {
        use rayon::prelude::*;
        let months = |d: &Digest| d.months.iter().map(|m| m.month).collect::<Vec<_>>();
        if months(previous) != months(digest) || digest.months.len() != now.months.len() {
            return None;
        }
        let per_month: Vec<Option<ChangedUnits>> = previous
            .months
            .par_iter()
            .zip(&digest.months)
            .zip(&now.months)
            .map(|((p, d), m)| Self::in_month(p, d, m))
            .collect();
        let mut all = ChangedUnits::default();
        for c in per_month {
            let c = c?;
            all.units.extend(c.units);
            all.sizes.extend(c.sizes);
        }
        Some(all)
    }

    fn in_month(p: &MonthDigest, d: &MonthDigest, m: &'a MonthFigures) -> Option<Self> {
        let same_categories =
            p.sizes.len() == d.sizes.len() && p.sizes.iter().zip(&d.sizes).all(|(a, b)| a.0 == b.0);
        if p.ids != d.ids || p.stray != d.stray || !same_categories {
            return None;
        }
        let mut c = ChangedUnits::default();
        for ((a, b), f) in p.units.iter().zip(&d.units).zip(&m.units) {
            if a != b {
                c.units.insert(f.unit.as_str());
            }
        }
        for ((a, b), r) in p.sizes.iter().zip(&d.sizes).zip(&m.rankings) {
            if a.1 != b.1 {
                c.sizes.insert(r.category.as_str());
            }
        }
        Some(c)
    }
}

impl Pages<'_> {
    /// Whether the month at position `i` of the scores is known to be unchanged: everything
    /// the same as in the previous build but monthly reports, and this month's figures equal.
    pub(crate) fn same_month(&self, i: usize) -> bool {
        self.reuse.figures
            || self
                .reuse
                .reports
                .as_ref()
                .is_some_and(|r| r.previous.months.get(i) == r.now.months.get(i))
    }

    /// Whether a unit's feed is known to be unchanged. A feed is made of reports, quarterly
    /// reports, visits, reviews and corrections (which are in reports): when none of them
    /// changed, or only other units' monthly reports did. A report edit at 10,000 units made
    /// every feed again: 0.6 s of serve's 6.7 s rebuild.
    pub(crate) fn same_feed(&self, u: &Unit) -> bool {
        !self.quarterly_changed(u)
            && !self.report_changed(u)
            && (self.reuse.figures || self.reuse.reports.is_some())
    }

    /// Whether one of the unit's monthly reports changed since the previous build (its figures,
    /// or only its summary, which its pages and feed show).
    fn report_changed(&self, u: &Unit) -> bool {
        (self.reuse.reports.as_ref()).is_some_and(|r| r.units.contains(u.id.as_str()))
    }

    /// The quarterly reports changed since the previous build: (unit, year, quarter).
    fn changed_quarterlies(&self) -> impl Iterator<Item = &(String, i32, u32)> {
        self.reuse.quarterlies.into_iter().flatten()
    }

    /// Whether one of the unit's quarterly reports changed since the previous build.
    fn quarterly_changed(&self, u: &Unit) -> bool {
        self.changed_quarterlies()
            .any(|(unit, ..)| unit == u.id.as_str())
    }

    /// Whether a review shows no quarterly report changed since the previous build (only a
    /// quarter's review shows them).
    fn same_quarterlies(&self, period: ReviewPeriod) -> bool {
        let ReviewPeriod::Quarter(year, quarter) = period else {
            return true;
        };
        !self
            .changed_quarterlies()
            .any(|&(_, y, q)| (y, q) == (year, quarter))
    }

    /// Whether a review is known to be unchanged: no quarterly report it shows changed, and no
    /// figure, or only monthly reports of months after its period. It shows the figures at its
    /// period's end as of that day, and the corrections made later to that year's months up to
    /// its end: both read only reports of months up to its end. (At 10,000 units a value edit
    /// made every review again: 0.2 s of its rebuild.)
    fn same_review(&self, period: ReviewPeriod) -> bool {
        let end = period.end_month();
        let later = |&(year, month): &(i32, u32)| Month::new(year, month) > end;
        self.same_quarterlies(period)
            && (self.reuse.figures
                || (self.reuse.reports.as_ref()).is_some_and(|r| r.months.iter().all(later)))
    }

    /// Whether a unit page is known to be unchanged: everything the same as in the previous
    /// build but monthly reports, none of this unit's, and in every month the unit's figures,
    /// its benchmarks' figures, its rank and the size of its category's ranking equal.
    pub(super) fn same_unit(&self, u: &Unit) -> bool {
        self.same_unit_paired(u, &u.benchmarks)
    }

    /// [`Self::same_unit`] for the unit's page of a past year, which shows that year's pairs.
    pub(super) fn same_unit_in(&self, u: &Unit, year: i32) -> bool {
        self.same_unit_paired(u, &u.plan(year).benchmarks)
    }

    fn same_unit_paired(&self, u: &Unit, pairs: &Benchmarks) -> bool {
        if self.quarterly_changed(u) || self.report_changed(u) {
            return false;
        }
        if self.reuse.figures {
            return true;
        }
        let Some(changed) = &self.changed_units else {
            return false;
        };
        let id = u.id.as_str();
        !changed.units.contains(id)
            && !changed.sizes.contains(u.category.as_str())
            && [&pairs.internal, &pairs.external]
                .into_iter()
                .flatten()
                .all(|b| !changed.units.contains(b.as_str()))
    }

    /// The page a past year's job writes, when it is known to be unchanged: its unit pages on
    /// the same terms as this year's, with that year's pairs, and its pairs pages when no figure
    /// or record changed (after report edits the past year's renderer keeps them a page at a
    /// time, as this year's are kept).
    pub(super) fn unchanged_past(&self, job: &Job, past: &[Pages]) -> Option<Vec<String>> {
        let Job::Past(k, ref pj) = *job else {
            return None;
        };
        let p = past.get(k)?;
        let year = p.cx.past?;
        match *pj {
            PastJob::Unit(u) if self.same_unit_in(u, year) => {
                Some(vec![urls::unit_year(&u.id, year)])
            }
            PastJob::Pairs if self.reuse.figures => Some(p.pairs_pages()),
            _ => None,
        }
    }

    /// The pages a job writes, when they are known to be unchanged (see [`super::Reuse`]):
    /// pages built only from figures and records (SPEC §10's scores, units, reports, quarterly
    /// reports, reviews and visits) when none of those changed, and rankings and unit pages whose
    /// own figures did not. A path here that the job does not write is harmless: the session
    /// finds the page missing and renders everything.
    pub(super) fn unchanged_paths(&self, job: &Job) -> Option<Vec<String>> {
        let cx = &self.cx;
        let figures = self.reuse.figures;
        Some(match *job {
            Job::Rankings(i) if self.same_month(i) => {
                let mut paths = vec![urls::rankings(cx.scores.months[i].month)];
                if i + 1 == cx.scores.months.len() {
                    paths.push(urls::RANKINGS.into());
                }
                paths
            }
            Job::Unit(u) if self.same_unit(u) => vec![urls::unit(&u.id)],
            Job::NoRankings if figures => vec![urls::RANKINGS.into()],
            Job::UnitsIndex if figures => vec![urls::UNITS.into()],
            Job::Pairs if figures => self.pairs_pages(),
            Job::ReviewsIndex if figures => vec![urls::REVIEWS.into()],
            Job::Review(i) if self.same_review(cx.model.reviews[i].period) => {
                vec![urls::review(cx.model.reviews[i].period)]
            }
            Job::Visits if figures => vec![urls::VISITS.into()],
            Job::Methodology if figures => vec![urls::METHODOLOGY.into()],
            // The status page shows bulletins too; the rest show bulletins or free pages.
            _ => return None,
        })
    }
}
