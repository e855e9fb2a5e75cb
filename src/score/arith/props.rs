//! Properties of the ranking and scoring arithmetic that must hold for any input.

use super::*;
use proptest::prelude::*;

/// Scores as the site publishes them: two decimals, many ties likely.
fn scores() -> impl Strategy<Value = Vec<f64>> {
    prop::collection::vec((0u32..=12000).prop_map(|x| f64::from(x) / 100.0), 0..40)
}

proptest! {
    #[test]
    fn ranks_do_not_depend_on_input_order(s in scores(), seed in any::<u64>()) {
        let keyed: Vec<(usize, f64)> = s.iter().copied().enumerate().collect();
        let mut shuffled = keyed.clone();
        // A deterministic shuffle from the seed.
        let mut x = seed | 1;
        for i in (1..shuffled.len()).rev() {
            x ^= x << 13; x ^= x >> 7; x ^= x << 17;
            shuffled.swap(i, (x % (i as u64 + 1)) as usize);
        }
        prop_assert_eq!(rank(&keyed), rank(&shuffled));
    }

    #[test]
    fn rank_is_one_plus_the_number_of_higher_scores(s in scores()) {
        let keyed: Vec<(usize, f64)> = s.iter().copied().enumerate().collect();
        for (k, score, r) in rank(&keyed) {
            let higher = s.iter().filter(|x| **x > score).count() as u32;
            prop_assert_eq!(r, higher + 1, "unit {} score {}", k, score);
        }
    }

    #[test]
    fn ties_share_a_rank_and_the_next_rank_skips(s in scores()) {
        let keyed: Vec<(usize, f64)> = s.iter().copied().enumerate().collect();
        let ranked = rank(&keyed);
        for w in ranked.windows(2) {
            let (a, b) = (&w[0], &w[1]);
            prop_assert!(a.1 >= b.1);
            if a.1 == b.1 { prop_assert_eq!(a.2, b.2); } else { prop_assert!(b.2 > a.2); }
        }
        for (i, (_, _, r)) in ranked.iter().enumerate() {
            prop_assert!(*r as usize <= i + 1);
        }
    }

    #[test]
    fn scores_stay_within_zero_and_100_cap(
        rows in prop::collection::vec((-1e6f64..1e6, -1e6f64..1e6, 0.01f64..100.0), 1..12),
        cap in 0.5f64..3.0,
        down in any::<bool>(),
    ) {
        // Any YTD and expected value: the credited ratio is clamped, so the score is bounded.
        let dir = if down { crate::model::Direction::Down } else { crate::model::Direction::Up };
        let pw: Vec<(f64, f64)> = rows.iter().map(|(ytd, e, w)| (w * credited(pace(dir, Some(*ytd), *e, cap), cap), *w)).collect();
        let s = score(pw).unwrap();
        prop_assert!(s >= 0.0 && s <= 100.0 * cap + 1e-9, "score {}", s);
    }

    #[test]
    fn movement_sums_to_zero_without_ties(perm in Just((0..20usize).collect::<Vec<_>>()).prop_shuffle()) {
        // The same units ranked two months running, all scores distinct: places are only traded.
        let before: Vec<(usize, f64)> = (0..20).map(|i| (i, 100.0 - i as f64)).collect();
        let after: Vec<(usize, f64)> = perm.iter().enumerate().map(|(i, u)| (*u, 100.0 - i as f64)).collect();
        let rb = rank(&before);
        let ra = rank(&after);
        let total: i64 = ra.iter().map(|(u, _, now)| {
            let prev = rb.iter().find(|(v, _, _)| v == u).map(|(_, _, r)| *r);
            movement(prev, Some(*now)).unwrap()
        }).sum();
        prop_assert_eq!(total, 0);
    }
}
