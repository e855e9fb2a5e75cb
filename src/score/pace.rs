//! The pace line of a progress chart: what a unit should have reached by each month of the year
//! to meet its target (SPEC §10's expected value, month by month).

use super::{expected, time_progress};
use crate::model::Aggregate;

/// The expected value at the end of `month` (1–12) for `target`.
pub fn at(aggregate: Aggregate, target: f64, month: u32) -> f64 {
    expected(aggregate, target, time_progress(month))
}

/// The expected value at the end of every month of the year, `(month, value)`.
pub fn series(aggregate: Aggregate, target: f64) -> Vec<(u32, f64)> {
    (1..=12).map(|m| (m, at(aggregate, target, m))).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_flow_grows_by_a_twelfth_a_month_and_a_level_stays() {
        // Sum, target 120: 10 a month, 30 by March, 120 by December.
        let s = series(Aggregate::Sum, 120.0);
        assert_eq!(s.len(), 12);
        assert_eq!(s[2], (3, 30.0));
        assert_eq!(s[11], (12, 120.0));
        // Level, target 5: 5 every month.
        assert!(series(Aggregate::Level, 5.0).iter().all(|&(_, v)| v == 5.0));
        assert_eq!(at(Aggregate::Mean, 7.5, 4), 7.5);
    }
}
