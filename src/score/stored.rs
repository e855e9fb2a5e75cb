//! What the scores keep of each unit, indicator and month, and the figures made from it.
//!
//! Of SPEC §10's figures only the year to date, the value, the target, growth and each
//! benchmark's year to date and trend need the reports of other months or other units. The rest
//! (expected, completion, pace, credited, status, points and the gaps) follow from those, the
//! indicator and the month, so they are made when read ([`StoredFigures::figures`]), by the same
//! functions in the same order as when the unit is scored. Kept, they made a row 128 bytes
//! where it is now 64: at 20,000 units over two years, some 120 MB held for a whole build.

use super::{BenchmarkFigures, Fig, IndicatorFigures, MonthFigures, UnitFigures};
use super::{completion, credited, expected, gap, pace, status};
use crate::model::{Category, Direction, Indicator};

/// One unit's kept figures for one indicator at one month. A unit's rows are its category's
/// indicators in order, so a row does not name its indicator.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredFigures {
    pub value: Fig,
    pub ytd: Fig,
    /// Absent when the unit has no target for the indicator that year, is external, or the
    /// indicator is not in force: then there are no expected, pace or status either.
    pub target: Fig,
    pub growth: Fig,
    pub internal: Option<StoredBenchmark>,
    pub external: Option<StoredBenchmark>,
}

/// A benchmark's year to date and the trend of the gap to it (which needs the month before).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct StoredBenchmark {
    pub ytd: Fig,
    pub trend: Option<super::Trend>,
}

/// What the derived figures need besides a row and its indicator: the month's time progress
/// and the site's cap and tolerance.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rules {
    pub time_progress: f64,
    pub cap: f64,
    pub tolerance: f64,
}

impl StoredFigures {
    /// Every figure of this row, the row of `ind`.
    pub fn figures(&self, ind: &Indicator, rules: Rules) -> IndicatorFigures {
        let bench = |b: &Option<StoredBenchmark>| b.map(|b| b.figures(ind.direction, self.ytd));
        let mut f = IndicatorFigures {
            value: self.value,
            ytd: self.ytd,
            target: self.target,
            expected: Fig::NONE,
            completion: Fig::NONE,
            pace: Fig::NONE,
            credited: Fig::NONE,
            status: None,
            points: Fig::NONE,
            growth: self.growth,
            internal: bench(&self.internal),
            external: bench(&self.external),
        };
        if let Some(target) = self.target.get() {
            let y = self.ytd.get();
            let e = expected(ind.aggregate, target, rules.time_progress);
            let r = pace(ind.direction, y, e, rules.cap);
            let c = credited(r, rules.cap);
            f.expected = e.into();
            f.completion = completion(y, target).into();
            f.pace = r.into();
            f.credited = c.into();
            f.status = Some(status(y, r, rules.tolerance));
            f.points = (ind.weight * c).into();
        }
        f
    }
}

impl StoredBenchmark {
    /// The benchmark's figures against a unit whose year to date is `unit_ytd`.
    fn figures(self, direction: Direction, unit_ytd: Fig) -> BenchmarkFigures {
        BenchmarkFigures {
            ytd: self.ytd,
            gap: gap(direction, unit_ytd.get(), self.ytd.get()).into(),
            trend: self.trend,
        }
    }
}

impl MonthFigures {
    pub fn rules(&self) -> Rules {
        Rules {
            time_progress: self.time_progress,
            cap: self.cap,
            tolerance: self.tolerance,
        }
    }

    /// Every indicator's figures of `uf`, a unit of category `cat`, in force or not.
    pub fn all<'c, 'f>(
        &self,
        uf: &'f UnitFigures,
        cat: &'c Category,
    ) -> impl Iterator<Item = (&'c Indicator, IndicatorFigures)> + use<'c, 'f> {
        let rules = self.rules();
        (cat.indicators.iter())
            .zip(&uf.indicators)
            .map(move |(ind, row)| (ind, row.figures(ind, rules)))
    }

    /// The figures of `uf`'s indicators in force this month's year.
    pub fn in_force<'c, 'f>(
        &self,
        uf: &'f UnitFigures,
        cat: &'c Category,
    ) -> impl Iterator<Item = (&'c Indicator, IndicatorFigures)> + use<'c, 'f> {
        let year = self.month.year;
        self.all(uf, cat).filter(move |(ind, _)| ind.in_force(year))
    }

    /// The figures of indicator `idx` of `uf`, a unit of category `cat`.
    pub fn figures(
        &self,
        uf: &UnitFigures,
        cat: &Category,
        idx: usize,
    ) -> Option<IndicatorFigures> {
        let (ind, row) = (cat.indicators.get(idx)?, uf.indicators.get(idx)?);
        Some(row.figures(ind, self.rules()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Aggregate, DimensionId, IndicatorId};

    fn indicator(aggregate: Aggregate, direction: Direction, weight: f64) -> Indicator {
        Indicator {
            id: IndicatorId("x".into()),
            name: "x".into(),
            dimension: DimensionId("results".into()),
            measure: None,
            direction,
            aggregate,
            weight,
            decimals: 2,
            note: None,
            from: None,
            until: None,
        }
    }

    fn row(ytd: Option<f64>, target: Option<f64>, bench: Option<f64>) -> StoredFigures {
        StoredFigures {
            value: Fig::from(5.0),
            ytd: ytd.into(),
            target: target.into(),
            growth: Fig::NONE,
            internal: Some(StoredBenchmark {
                ytd: bench.into(),
                trend: None,
            }),
            external: None,
        }
    }

    const RULES: Rules = Rules {
        time_progress: 0.25,
        cap: 1.2,
        tolerance: 0.05,
    };

    #[test]
    fn derives_the_figures_of_a_sum_in_march() {
        // T = 100, t = 3/12: E = 25; YTD 30 → completion 0.3, pace 1.2 (30/25, at the cap),
        // credited 1.2, points 2 × 1.2; the benchmark's 40 is 10 ahead.
        let f = row(Some(30.0), Some(100.0), Some(40.0))
            .figures(&indicator(Aggregate::Sum, Direction::Up, 2.0), RULES);
        assert_eq!(f.expected.get(), Some(25.0));
        assert_eq!(f.completion.get(), Some(0.3));
        assert_eq!(f.pace.get(), Some(1.2));
        assert_eq!(f.credited.get(), Some(1.2));
        assert_eq!(f.points.get(), Some(2.4));
        assert_eq!(f.status, Some(super::super::Status::Ahead));
        assert_eq!(f.internal.and_then(|b| b.gap.get()), Some(10.0));
        assert_eq!(f.value.get(), Some(5.0));
    }

    #[test]
    fn a_falling_indicator_is_behind_above_its_level() {
        // level: E = T = 10; YTD 12 on a "down" indicator: pace 10/12, behind; the gap to a
        // benchmark at 9 is 12 − 9 = 3.
        let f = row(Some(12.0), Some(10.0), Some(9.0))
            .figures(&indicator(Aggregate::Level, Direction::Down, 1.0), RULES);
        assert_eq!(f.expected.get(), Some(10.0));
        assert_eq!(f.pace.get(), Some(10.0 / 12.0));
        assert_eq!(f.status, Some(super::super::Status::Behind));
        assert_eq!(f.internal.and_then(|b| b.gap.get()), Some(3.0));
    }

    #[test]
    fn without_a_target_only_the_kept_figures() {
        let f = row(Some(12.0), None, None)
            .figures(&indicator(Aggregate::Sum, Direction::Up, 1.0), RULES);
        assert_eq!(f.ytd.get(), Some(12.0));
        for x in [f.expected, f.completion, f.pace, f.credited, f.points] {
            assert!(x.is_none());
        }
        assert_eq!(f.status, None);
        assert!(f.internal.is_some_and(|b| b.gap.is_none()));
    }

    #[test]
    fn a_row_is_sixty_four_bytes() {
        assert_eq!(std::mem::size_of::<StoredFigures>(), 64);
    }
}
