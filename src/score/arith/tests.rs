//! Hand-computed expectations for every branch of SPEC §10. Each figure is worked in a comment.

use super::*;
use crate::model::{Aggregate::*, Direction::*};

fn months(v: &[(u32, f64)]) -> [Option<f64>; 12] {
    let mut out = [None; 12];
    for (m, x) in v {
        out[(*m - 1) as usize] = Some(*x);
    }
    out
}

#[test]
fn ytd_sum_adds_reported_months_up_to_m() {
    // months 1, 2, 4 reported: at m = 3 → 10 + 20 = 30; at m = 4 → 30 + 5 = 35.
    let v = months(&[(1, 10.0), (2, 20.0), (4, 5.0)]);
    assert_eq!(ytd(Sum, &v, 3), Some(30.0));
    assert_eq!(ytd(Sum, &v, 4), Some(35.0));
}

#[test]
fn ytd_absent_without_any_value_up_to_m() {
    // Only month 4 reported: nothing at m = 3 for any aggregate.
    let v = months(&[(4, 5.0)]);
    for agg in [Sum, Cumulative, Level, Mean] {
        assert_eq!(ytd(agg, &v, 3), None, "{agg:?}");
    }
    // A unit that reported nothing at all.
    assert_eq!(ytd(Sum, &[None; 12], 12), None);
}

#[test]
fn ytd_sum_of_zeroes_is_zero_not_absent() {
    let v = months(&[(1, 0.0), (2, 0.0)]);
    assert_eq!(ytd(Sum, &v, 2), Some(0.0));
}

#[test]
fn ytd_cumulative_and_level_take_the_latest_value() {
    // Month 3 missing: at m = 3 the latest is month 2's 25.
    let v = months(&[(1, 12.0), (2, 25.0), (4, 40.0)]);
    assert_eq!(ytd(Cumulative, &v, 3), Some(25.0));
    assert_eq!(ytd(Level, &v, 3), Some(25.0));
    assert_eq!(ytd(Level, &v, 4), Some(40.0));
}

#[test]
fn ytd_mean_divides_by_reported_months_only() {
    // (8 + 10) / 2 = 9 at m = 3 (month 2 missing); (8 + 10 + 12) / 3 = 10 at m = 4.
    let v = months(&[(1, 8.0), (3, 10.0), (4, 12.0)]);
    assert_eq!(ytd(Mean, &v, 3), Some(9.0));
    assert_eq!(ytd(Mean, &v, 4), Some(10.0));
}

#[test]
fn january_uses_one_month() {
    // t = 1/12; E = 120 · 1/12 = 10; YTD = 12 → r = 1.2.
    let v = months(&[(1, 12.0)]);
    let t = time_progress(1);
    assert_eq!(t, 1.0 / 12.0);
    let e = expected(Sum, 120.0, t);
    assert_eq!(e, 120.0 * (1.0 / 12.0));
    assert_eq!(pace(Up, ytd(Sum, &v, 1), e, 1.2), 12.0 / e);
}

#[test]
fn expected_follows_time_for_flows_and_not_for_levels() {
    // T = 150, m = 3: t = 0.25; sum and cumulative E = 37.5; level and mean E = 150.
    let t = time_progress(3);
    assert_eq!(t, 0.25);
    assert_eq!(expected(Sum, 150.0, t), 37.5);
    assert_eq!(expected(Cumulative, 150.0, t), 37.5);
    assert_eq!(expected(Level, 150.0, t), 150.0);
    assert_eq!(expected(Mean, 150.0, t), 150.0);
}

#[test]
fn completion_is_absent_for_target_zero_or_no_ytd() {
    // 35.1 / 150 = 0.234.
    assert_eq!(completion(Some(35.1), 150.0), Some(35.1 / 150.0));
    assert_eq!(completion(Some(3.0), 0.0), None);
    assert_eq!(completion(None, 150.0), None);
}

#[test]
fn pace_up() {
    // 35.1 / 37.5 = 0.936.
    assert_eq!(pace(Up, Some(35.1), 37.5, 1.2), 35.1 / 37.5);
    // E = 0 (target 0): cap when YTD ≥ 0, else 0.
    assert_eq!(pace(Up, Some(0.0), 0.0, 1.2), 1.2);
    assert_eq!(pace(Up, Some(4.0), 0.0, 1.2), 1.2);
    assert_eq!(pace(Up, Some(-1.0), 0.0, 1.2), 0.0);
    // Absent YTD: 0.
    assert_eq!(pace(Up, None, 37.5, 1.2), 0.0);
}

#[test]
fn pace_down() {
    // Petitions: E = 36 · 0.25 = 9, YTD = 12 → r = 9 / 12 = 0.75 (worse than pace).
    assert_eq!(pace(Down, Some(12.0), 9.0, 1.2), 0.75);
    // YTD 6 → 9 / 6 = 1.5 (better than pace; credited later at the cap).
    assert_eq!(pace(Down, Some(6.0), 9.0, 1.2), 1.5);
    // YTD ≤ 0: the cap.
    assert_eq!(pace(Down, Some(0.0), 9.0, 1.2), 1.2);
    assert_eq!(pace(Down, Some(-2.0), 9.0, 1.2), 1.2);
    assert_eq!(pace(Down, None, 9.0, 1.2), 0.0);
}

#[test]
fn credited_is_clamped_to_zero_and_cap() {
    assert_eq!(credited(1.5, 1.2), 1.2);
    assert_eq!(credited(-0.3, 1.2), 0.0);
    assert_eq!(credited(0.936, 1.2), 0.936);
}

#[test]
fn status_bands() {
    // tolerance 0.05: r ≥ 1 ahead; 0.95 ≤ r < 1 near; below behind; no YTD missing.
    assert_eq!(status(Some(1.0), 1.0, 0.05), Status::Ahead);
    assert_eq!(status(Some(1.0), 0.95, 0.05), Status::Near);
    assert_eq!(status(Some(1.0), 0.999, 0.05), Status::Near);
    assert_eq!(status(Some(1.0), 0.9499, 0.05), Status::Behind);
    assert_eq!(status(None, 0.0, 0.05), Status::Missing);
    // tolerance 0: there is no near band.
    assert_eq!(status(Some(1.0), 0.99, 0.0), Status::Behind);
}

#[test]
fn score_is_weighted_points_over_weights() {
    // points 18.72 (w 20) + 10 (w 10) = 28.72 over weight 30 → 100 · 28.72 / 30 = 95.7333…
    let s = score([(18.72, 20.0), (10.0, 10.0)]).unwrap();
    assert_eq!(s, 100.0 * (18.72 + 10.0) / 30.0);
    assert_eq!(round2(s), 95.73);
    assert_eq!(score(std::iter::empty()), None);
}

#[test]
fn rounding_is_half_away_from_zero_in_f64() {
    assert_eq!(round2(84.905), (84.905f64 * 100.0).round() / 100.0);
    assert_eq!(round2(0.125), 0.13);
    assert_eq!(round2(-0.125), -0.13);
    assert_eq!(round2(120.0), 120.0);
}

#[test]
fn competition_ranking_shares_ties_and_skips() {
    // 90, 87.81, 87.81, 62 → 1, 2, 2, 4.
    assert_eq!(
        competition_ranks(&[90.0, 87.81, 87.81, 62.0]),
        vec![1, 2, 2, 4]
    );
    assert_eq!(competition_ranks(&[50.0, 50.0, 50.0]), vec![1, 1, 1]);
    assert_eq!(competition_ranks(&[]), Vec::<u32>::new());
}

#[test]
fn movement_is_previous_minus_now() {
    assert_eq!(movement(Some(3), Some(1)), Some(2)); // moved up two places
    assert_eq!(movement(Some(1), Some(2)), Some(-1));
    assert_eq!(movement(None, Some(2)), None); // January, or not ranked before
    assert_eq!(movement(Some(2), None), None);
}

#[test]
fn gap_is_positive_when_behind_in_either_direction() {
    // Up: benchmark 40.2, unit 35.1 → 5.1 behind.
    assert_eq!(gap(Up, Some(35.1), Some(40.2)), Some(40.2 - 35.1));
    // Down: unit 12 petitions, benchmark 9 → 3 behind.
    assert_eq!(gap(Down, Some(12.0), Some(9.0)), Some(3.0));
    assert_eq!(gap(Up, None, Some(1.0)), None);
    assert_eq!(gap(Up, Some(1.0), None), None);
}

#[test]
fn trend_against_last_month() {
    assert_eq!(trend(Some(-0.5), Some(3.0)), Some(Trend::Surpassed));
    assert_eq!(trend(Some(0.0), None), Some(Trend::Surpassed));
    assert_eq!(trend(Some(2.0), Some(3.0)), Some(Trend::Closing));
    assert_eq!(trend(Some(4.0), Some(3.0)), Some(Trend::Widening));
    assert_eq!(trend(Some(3.0), Some(3.0)), Some(Trend::Steady));
    assert_eq!(trend(Some(3.0), None), Some(Trend::New));
    assert_eq!(trend(None, Some(3.0)), None);
}

#[test]
fn growth_needs_a_positive_last_year() {
    // 6.15 / 4.87 − 1.
    assert_eq!(growth(Some(6.15), Some(4.87)), Some(6.15 / 4.87 - 1.0));
    assert_eq!(growth(Some(6.0), Some(0.0)), None);
    assert_eq!(growth(Some(6.0), Some(-2.0)), None);
    assert_eq!(growth(Some(6.0), None), None);
    assert_eq!(growth(None, Some(2.0)), None);
}
