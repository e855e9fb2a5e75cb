//! Which way a figure points, for words and colours: the pace difference, a benchmark gap and
//! 同比, each read through the indicator's direction, so that no word contradicts its status.

use crate::model::{Aggregate, Direction};

/// Better, worse or level, as the reader of this indicator should take it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sense {
    Better,
    Even,
    Worse,
}

impl Sense {
    /// The CSS class of text in this sense.
    pub fn class(self) -> &'static str {
        match self {
            Sense::Better => "better",
            Sense::Even => "even",
            Sense::Worse => "worse",
        }
    }

    fn of(x: f64) -> Sense {
        if x > 0.0 {
            Sense::Better
        } else if x < 0.0 {
            Sense::Worse
        } else {
            Sense::Even
        }
    }
}

/// Whether an indicator is judged against the time elapsed (`sum`, `cumulative`: E = T·t) or
/// against the target itself (`level`, `mean`: E = T), SPEC §10.
pub fn against_time(a: Aggregate) -> bool {
    matches!(a, Aggregate::Sum | Aggregate::Cumulative)
}

/// The difference between actual and expected, signed so that positive is good: YTD − E when
/// more is better, E − YTD when less is. `r ≥ 1` (status ahead) exactly when this is ≥ 0.
pub fn pace_difference(ytd: f64, expected: f64, d: Direction) -> f64 {
    match d {
        Direction::Up => ytd - expected,
        Direction::Down => expected - ytd,
    }
}

/// How the pace difference reads: ≥ 0 is on or ahead of pace (the status is `ahead`), so zero
/// reads as even, never as behind.
pub fn pace_sense(difference: f64) -> Sense {
    Sense::of(difference)
}

/// A benchmark gap (SPEC §10: positive means the unit is behind its benchmark).
pub fn gap_sense(gap: f64) -> Sense {
    Sense::of(-gap)
}

/// 同比 growth: a rise is good news only when more is better.
pub fn growth_sense(growth: f64, d: Direction) -> Sense {
    match d {
        Direction::Up => Sense::of(growth),
        Direction::Down => Sense::of(-growth),
    }
}

/// The magnitude of `x` with `decimals`, adding decimals (up to three more) when it would
/// otherwise round to zero, so that a difference that exists never prints as 0.
pub fn magnitude(x: f64, decimals: u32) -> String {
    let a = x.abs();
    let mut d = decimals;
    while d < decimals + 3
        && a > 0.0
        && super::format::number(a, d)
            .trim_matches(['0', '.'])
            .is_empty()
    {
        d += 1;
    }
    super::format::number(a, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pace_difference_follows_direction() {
        // Up: 139.5 done against 130 expected is 9.5 ahead.
        assert_eq!(pace_difference(139.5, 130.0, Direction::Up), 9.5);
        // Down: 4.2 days against a target of 4.0 is 0.2 worse (as r = 4.0/4.2 < 1).
        let d = pace_difference(4.2, 4.0, Direction::Down);
        assert!((d + 0.2).abs() < 1e-9);
        assert_eq!(pace_sense(d), Sense::Worse);
        assert_eq!(pace_sense(0.0), Sense::Even);
        assert_eq!(pace_sense(0.5), Sense::Better);
    }

    #[test]
    fn gaps_and_growth_follow_direction() {
        assert_eq!(gap_sense(2.6), Sense::Worse);
        assert_eq!(gap_sense(-2.6), Sense::Better);
        assert_eq!(gap_sense(0.0), Sense::Even);
        // 信訪 −13.9 % is good news.
        assert_eq!(growth_sense(-0.139, Direction::Down), Sense::Better);
        assert_eq!(growth_sense(-0.139, Direction::Up), Sense::Worse);
        assert_eq!(growth_sense(0.043, Direction::Up), Sense::Better);
    }

    #[test]
    fn magnitude_never_rounds_a_difference_to_zero() {
        assert_eq!(magnitude(-9.54, 1), "9.5");
        assert_eq!(magnitude(-0.04, 1), "0.04");
        assert_eq!(magnitude(0.0, 1), "0.0");
        assert_eq!(magnitude(3.0, 0), "3");
    }

    #[test]
    fn against_time_is_sum_and_cumulative() {
        assert!(against_time(Aggregate::Sum));
        assert!(against_time(Aggregate::Cumulative));
        assert!(!against_time(Aggregate::Level));
        assert!(!against_time(Aggregate::Mean));
    }
}
