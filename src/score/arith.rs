//! SPEC §10 as pure functions of numbers. Every operation is in the order the spec writes it,
//! because the published figures must agree bit for bit with an independent implementation.

use crate::model::{Aggregate, Direction};

/// Year to date over months 1..=m. `values[k-1]` is month k's reported value.
pub fn ytd(aggregate: Aggregate, values: &[Option<f64>; 12], m: u32) -> Option<f64> {
    let upto = &values[..(m as usize).min(12)];
    match aggregate {
        Aggregate::Sum => {
            let mut any = false;
            let mut sum = 0.0;
            for v in upto.iter().flatten() {
                sum += v;
                any = true;
            }
            any.then_some(sum)
        }
        Aggregate::Cumulative | Aggregate::Level => upto.iter().rev().flatten().next().copied(),
        Aggregate::Mean => {
            let mut sum = 0.0;
            let mut count = 0u32;
            for v in upto.iter().flatten() {
                sum += v;
                count += 1;
            }
            (count > 0).then(|| sum / f64::from(count))
        }
    }
}

/// t = m / 12.
pub fn time_progress(m: u32) -> f64 {
    f64::from(m) / 12.0
}

/// E = T·t for `sum` and `cumulative`, E = T for `level` and `mean`.
pub fn expected(aggregate: Aggregate, target: f64, t: f64) -> f64 {
    match aggregate {
        Aggregate::Sum | Aggregate::Cumulative => target * t,
        Aggregate::Level | Aggregate::Mean => target,
    }
}

/// c = YTD / T, absent when T = 0 or YTD is absent.
pub fn completion(ytd: Option<f64>, target: f64) -> Option<f64> {
    let y = ytd?;
    (target != 0.0).then(|| y / target)
}

/// The pace ratio r.
pub fn pace(direction: Direction, ytd: Option<f64>, expected: f64, cap: f64) -> f64 {
    let Some(y) = ytd else { return 0.0 };
    match direction {
        Direction::Up => {
            if expected == 0.0 {
                if y >= 0.0 { cap } else { 0.0 }
            } else {
                y / expected
            }
        }
        Direction::Down => {
            if y > 0.0 {
                expected / y
            } else {
                cap
            }
        }
    }
}

/// min(max(r, 0), cap).
pub fn credited(r: f64, cap: f64) -> f64 {
    r.max(0.0).min(cap)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Ahead,
    Near,
    Behind,
    Missing,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Ahead => "ahead",
            Status::Near => "near",
            Status::Behind => "behind",
            Status::Missing => "missing",
        }
    }
}

pub fn status(ytd: Option<f64>, r: f64, tolerance: f64) -> Status {
    if ytd.is_none() {
        Status::Missing
    } else if r >= 1.0 {
        Status::Ahead
    } else if 1.0 - tolerance <= r {
        Status::Near
    } else {
        Status::Behind
    }
}

/// 100 · Σ points / Σ weight, both sums in the order given (the category's indicator order).
pub fn score(points_and_weights: impl IntoIterator<Item = (f64, f64)>) -> Option<f64> {
    let mut points = 0.0;
    let mut weights = 0.0;
    let mut any = false;
    for (p, w) in points_and_weights {
        points += p;
        weights += w;
        any = true;
    }
    (any && weights != 0.0).then(|| 100.0 * points / weights)
}

/// Half away from zero to 2 decimals, as `(x * 100.0).round() / 100.0`.
pub fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

/// Standard competition ranks (1, 2, 2, 4) for scores already sorted descending.
pub fn competition_ranks(sorted_scores: &[f64]) -> Vec<u32> {
    let mut ranks = Vec::with_capacity(sorted_scores.len());
    for (i, s) in sorted_scores.iter().enumerate() {
        let rank = if i > 0 && sorted_scores[i - 1] == *s {
            ranks[i - 1]
        } else {
            i as u32 + 1
        };
        ranks.push(rank);
    }
    ranks
}

/// Orders scored units for a league table (score descending, then key) and ranks them.
pub fn rank<K: Ord + Clone>(scored: &[(K, f64)]) -> Vec<(K, f64, u32)> {
    let mut sorted = scored.to_vec();
    sorted.sort_by(|a, b| b.1.total_cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    let ranks = competition_ranks(&sorted.iter().map(|s| s.1).collect::<Vec<_>>());
    sorted
        .into_iter()
        .zip(ranks)
        .map(|((k, s), r)| (k, s, r))
        .collect()
}

/// Rank at the previous month minus rank now: positive means moved up.
pub fn movement(previous: Option<u32>, now: Option<u32>) -> Option<i64> {
    Some(i64::from(previous?) - i64::from(now?))
}

/// Gap to a benchmark: positive means the unit is behind it.
pub fn gap(direction: Direction, ytd_unit: Option<f64>, ytd_bench: Option<f64>) -> Option<f64> {
    let (u, b) = (ytd_unit?, ytd_bench?);
    Some(match direction {
        Direction::Up => b - u,
        Direction::Down => u - b,
    })
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Trend {
    Surpassed,
    Closing,
    Widening,
    Steady,
    New,
}

impl Trend {
    pub fn as_str(self) -> &'static str {
        match self {
            Trend::Surpassed => "surpassed",
            Trend::Closing => "closing",
            Trend::Widening => "widening",
            Trend::Steady => "steady",
            Trend::New => "new",
        }
    }
}

pub fn trend(gap: Option<f64>, previous: Option<f64>) -> Option<Trend> {
    let g = gap?;
    Some(if g <= 0.0 {
        Trend::Surpassed
    } else {
        match previous {
            None => Trend::New,
            Some(p) if g < p => Trend::Closing,
            Some(p) if g > p => Trend::Widening,
            Some(_) => Trend::Steady,
        }
    })
}

/// 同比: YTD / YTD_prev − 1, absent when last year's figure is absent or not positive.
pub fn growth(ytd: Option<f64>, ytd_prev: Option<f64>) -> Option<f64> {
    let (y, p) = (ytd?, ytd_prev?);
    (p > 0.0).then(|| y / p - 1.0)
}

#[cfg(test)]
mod props;
#[cfg(test)]
mod tests;
