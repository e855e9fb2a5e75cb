//! Numbers, dates, months and issue numbers written for the site's language.

use crate::model::{Language, Month};
use chrono::{Datelike, NaiveDate};

/// A figure with the indicator's number of decimals; "−" for negatives as typeset text.
pub fn number(x: f64, decimals: u32) -> String {
    let s = format!("{:.*}", decimals as usize, x);
    // "-0.0" reads as a sign error to residents.
    if s.starts_with('-') && s[1..].chars().all(|c| c == '0' || c == '.') {
        s[1..].to_owned()
    } else {
        s
    }
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
}
