//! Numbers, dates, months and issue numbers written for the site's language.

use crate::model::{Language, Month};
use chrono::{Datelike, NaiveDate};
use std::fmt::Write as _;

/// A figure with the indicator's number of decimals; "−" for negatives as typeset text.
pub fn number(x: f64, decimals: u32) -> String {
    if let Some(s) = number_by_integers(x, decimals) {
        return s;
    }
    let s = format!("{:.*}", decimals as usize, x);
    // "-0.0" reads as a sign error to residents.
    if s.starts_with('-') && s[1..].chars().all(|c| c == '0' || c == '.') {
        s[1..].to_owned()
    } else {
        s
    }
}

/// [`number`] by rounding `x`·10^decimals to an integer, when that is certainly what exact
/// decimal rounding gives (a few million figures of a large site's pages took a second of
/// formatting): the product is within 1.2e-7 of the exact one below 10^9, so only a figure
/// within 1e-6 of a tie (…5 in the first dropped digit) could round the other way, and those
/// are left to `format!`.
fn number_by_integers(x: f64, decimals: u32) -> Option<String> {
    const POW: [u64; 7] = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000];
    let pow = *POW.get(decimals as usize)?;
    let y = x.abs() * pow as f64;
    if !x.is_finite() || y >= 1e9 {
        return None;
    }
    let whole = y.floor();
    let frac = y - whole;
    if (frac - 0.5).abs() < 1e-6 {
        return None;
    }
    // Below 10^9 the cast is exact.
    let n = whole as u64 + u64::from(frac > 0.5);
    let mut s = String::with_capacity(16);
    if n != 0 && x < 0.0 {
        s.push('-');
    }
    let _ = write!(s, "{}", n / pow);
    if decimals > 0 {
        let _ = write!(s, ".{:0width$}", n % pow, width = decimals as usize);
    }
    Some(s)
}

/// A ratio as a percentage with one decimal: 0.936 → "93.6%".
pub fn percent(ratio: f64) -> String {
    format!("{}%", number(ratio * 100.0, 1))
}

/// A published score: always two decimals.
pub fn score(x: f64) -> String {
    number(x, 2)
}

pub fn date(d: NaiveDate, lang: Language) -> String {
    match lang {
        Language::En => format!(
            "{} {} {}",
            d.day(),
            MONTHS_EN[d.month0() as usize],
            d.year()
        ),
        _ => format!("{}年{}月{}日", d.year(), d.month(), d.day()),
    }
}

pub fn month(m: Month, lang: Language) -> String {
    match lang {
        Language::En => format!("{} {}", MONTHS_EN[(m.month - 1) as usize], m.year),
        _ => format!("{}年{}月", m.year, m.month),
    }
}

/// Short month for chart axes: "3月" / "Mar".
pub fn month_short(m: u32, lang: Language) -> String {
    match lang {
        Language::En => MONTHS_EN[(m - 1) as usize][..3].to_owned(),
        _ => format!("{m}月"),
    }
}

const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Chinese numerals for issue numbers: 3 → 三, 10 → 十, 21 → 二十一, 105 → 一百零五.
pub fn chinese_numeral(n: u32) -> String {
    const D: [&str; 10] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    match n {
        0..=9 => D[n as usize].to_owned(),
        10..=19 => format!(
            "十{}",
            if n.is_multiple_of(10) {
                ""
            } else {
                D[(n % 10) as usize]
            }
        ),
        20..=99 => format!(
            "{}十{}",
            D[(n / 10) as usize],
            if n.is_multiple_of(10) {
                ""
            } else {
                D[(n % 10) as usize]
            }
        ),
        100..=999 => {
            let rest = n % 100;
            let tail = match rest {
                0 => String::new(),
                1..=9 => format!("零{}", D[rest as usize]),
                10..=19 => format!("一{}", chinese_numeral(rest)),
                _ => chinese_numeral(rest),
            };
            format!("{}百{tail}", D[(n / 100) as usize])
        }
        _ => n.to_string(),
    }
}

/// "2008年第三期" / "2008 No. 3".
pub fn issue(year: i32, issue: u32, lang: Language) -> String {
    match lang {
        Language::En => format!("{year} No. {issue}"),
        _ => format!("{year}年第{}期", chinese_numeral(issue)),
    }
}

/// "總第9期" / "总第9期" / "No. 9 overall".
pub fn overall(number: u32, lang: Language) -> String {
    match lang {
        Language::En => format!("No. {number} overall"),
        Language::ZhHant => format!("總第{number}期"),
        Language::ZhHans => format!("总第{number}期"),
    }
}

/// Rank movement in text as well as colour: "↑2", "↓1", "—".
pub fn movement(m: Option<i64>) -> String {
    match m {
        Some(x) if x > 0 => format!("↑{x}"),
        Some(x) if x < 0 => format!("↓{}", -x),
        Some(_) => "—".to_owned(),
        None => String::new(),
    }
}

/// `x` as `format!("{x}")` writes it (the shortest digits that read back as `x`, never an
/// exponent), appended to `out`. The open data's CSVs hold millions of figures; zmij finds the
/// digits about three times as fast, and gives Rust's whenever they are 15 significant digits
/// or fewer: two such decimals are further apart than any double's rounding interval is wide,
/// so only one of them reads back as `x`. Longer ones can tie (zmij then rounds to even, Rust
/// up), and go to `format!`, as do exponents, zero and what is not finite.
pub fn push_shortest(out: &mut String, x: f64) {
    if x.is_finite() && x != 0.0 {
        let mut buf = zmij::Buffer::new();
        let s = buf.format_finite(x);
        let s = s.strip_suffix(".0").unwrap_or(s);
        let significant = s
            .bytes()
            .filter(u8::is_ascii_digit)
            .skip_while(|&b| b == b'0')
            .count();
        if significant <= 15 && !s.contains(['e', 'E']) {
            out.push_str(s);
            return;
        }
    }
    let _ = write!(out, "{x}");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_numerals() {
        assert_eq!(chinese_numeral(3), "三");
        assert_eq!(chinese_numeral(10), "十");
        assert_eq!(chinese_numeral(12), "十二");
        assert_eq!(chinese_numeral(20), "二十");
        assert_eq!(chinese_numeral(21), "二十一");
        assert_eq!(chinese_numeral(105), "一百零五");
        assert_eq!(chinese_numeral(110), "一百一十");
    }

    #[test]
    fn issue_labels() {
        assert_eq!(issue(2008, 3, Language::ZhHant), "2008年第三期");
        assert_eq!(overall(9, Language::ZhHant), "總第9期");
        assert_eq!(issue(2008, 3, Language::En), "2008 No. 3");
    }

    /// The old way: exact decimal rounding by `format!`, "-0.0" written "0.0".
    fn number_exact(x: f64, decimals: u32) -> String {
        let s = format!("{:.*}", decimals as usize, x);
        if s.starts_with('-') && s[1..].chars().all(|c| c == '0' || c == '.') {
            s[1..].to_owned()
        } else {
            s
        }
    }

    #[test]
    fn numbers_by_integers_are_the_exact_ones() {
        // Ties and near-ties in binary (1.005 is 1.00499…, 0.125 and 2.5 are exact ties), signs,
        // zeros, and the bounds of the integer way.
        let cases = [
            0.0,
            -0.0,
            0.125,
            1.005,
            2.675,
            2.5,
            3.5,
            -2.5,
            0.045,
            1.0 / 3.0,
            99.95,
            -0.04,
            -0.05,
            1e-7,
            12.345,
            999_999.995,
            1e9,
            1e9 - 0.5,
            123_456_789.123,
            5e-324,
            1e300,
        ];
        for x in cases {
            for d in 0..=8 {
                assert_eq!(number(x, d), number_exact(x, d), "{x} with {d} decimals");
            }
        }
        // Near-ties of large figures, where the product's rounding error is largest.
        for d in 0..=6 {
            for k in 0..2_000 {
                let x = (1e8 * f64::from(k) + 0.5 + f64::from(k) * 1e-9) / 10f64.powi(d as i32);
                assert_eq!(number(x, d), number_exact(x, d), "{x} with {d} decimals");
            }
        }
        proptest::proptest!(|(m in -1_000_000_000i64..1_000_000_000, e in 0..10u32, d in 0..=6u32)| {
            let x = m as f64 / 10f64.powi(e as i32);
            proptest::prop_assert_eq!(number(x, d), number_exact(x, d));
        });
        proptest::proptest!(|(x in -2e9f64..2e9, d in 0..=6u32)| {
            proptest::prop_assert_eq!(number(x, d), number_exact(x, d));
        });
    }

    #[test]
    fn numbers() {
        assert_eq!(number(12.345, 1), "12.3");
        assert_eq!(number(-0.04, 1), "0.0");
        assert_eq!(number(-1.26, 1), "-1.3");
        assert_eq!(percent(0.936), "93.6%");
        assert_eq!(movement(Some(2)), "↑2");
        assert_eq!(movement(Some(-1)), "↓1");
        assert_eq!(movement(Some(0)), "—");
    }

    #[test]
    fn shortest_is_what_format_writes() {
        // Figures as reports have them, ratios of them, and doubles of every magnitude.
        let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        let mut short = 0;
        for i in 0..400_000u64 {
            let r = next();
            let x = match i % 4 {
                0 => f64::from_bits(r),
                1 => (r % 10_000_000) as f64 / 10f64.powi((r >> 40) as i32 % 7),
                2 => (r % 100_000) as f64 / 100.0 / ((r >> 32) % 1000 + 1) as f64,
                _ => ((r % 2_000_000) as f64 - 1e6) / 7.0 * 0.01,
            };
            let mut s = String::new();
            super::push_shortest(&mut s, x);
            assert_eq!(s, format!("{x}"), "{x:e}");
            let digits = s
                .bytes()
                .filter(u8::is_ascii_digit)
                .skip_while(|&b| b == b'0');
            short += usize::from(x.is_finite() && x != 0.0 && digits.count() <= 15);
        }
        for x in [
            0.0,
            -0.0,
            1.0,
            -1.0,
            60.0,
            0.1,
            0.3,
            1e15,
            1e16,
            1e21,
            1e-5,
            1e-7,
            123_456_789_012_345.0,
            15_895_005_758.351_563,
            0.497_692_814_765_985_54,
            f64::MAX,
            f64::MIN_POSITIVE,
            5e-324,
            f64::NAN,
            f64::INFINITY,
            f64::NEG_INFINITY,
        ] {
            let mut s = String::new();
            super::push_shortest(&mut s, x);
            assert_eq!(s, format!("{x}"), "{x:e}");
        }
        // Many take zmij's way, or this compares little.
        assert!(short > 100_000, "{short}");
    }
}
