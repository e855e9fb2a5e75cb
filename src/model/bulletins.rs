//! Bulletins (SPEC §7): front matter, dates, and the overall numbers (總第N期).

use super::fields::Reader;
use super::publish::DISTRIBUTION_KEYS;
use super::records::{body, front};
use super::site::value_error;
use super::types::*;
use crate::diag::Diagnostic;
use crate::load::{MdDoc, parse_date};

/// The largest overall bulletin number (總第N期) a bulletin may give.
pub const MAX_BULLETIN_NUMBER: u32 = 999_999;

/// A bulletin as read; the overall number and default period are filled in later.
pub struct BulletinDraft {
    pub bulletin: Bulletin,
    pub explicit_number: Option<u32>,
    pub explicit_period: bool,
    /// Where to point a "duplicate overall number" error.
    pub number_at: Diagnostic,
}

pub fn bulletin(
    year: i32,
    issue: u32,
    doc: &MdDoc,
    site: &Site,
    diags: &mut Vec<Diagnostic>,
) -> Option<BulletinDraft> {
    let mut r = Reader::new(&doc.file, diags);
    let map = front(&mut r, doc, Some("`date:`"))?;
    let keys = ["date", "title", "office", "period", "number", "draft"];
    let keys: Vec<&str> = keys
        .into_iter()
        .chain(DISTRIBUTION_KEYS.iter().copied())
        .collect();
    r.known_keys(map, &keys, &crate::tr!("place-bulletin"));
    let need = r.at_top(crate::tr!("bulletin-needs-date"));
    let date_text = r.required_string(map, "date", need);
    let date = date_text.and_then(|t| match parse_date(&t) {
        Some(d) if d.format("%Y").to_string() == format!("{year:04}") => Some(d),
        Some(_) => {
            let d = value_error(
                &r,
                map,
                "date",
                crate::tr!("bulletin-date-year", date = &t, year = year.to_string()),
            )
            .with_help(crate::tr!(
                "bulletin-date-year-help",
                file = format!("{year}-{issue:02}.md")
            ));
            r.push(d);
            None
        }
        None => {
            let d = value_error(&r, map, "date", crate::tr!("not-a-date-value", value = &t))
                .with_help(crate::tr!("bulletin-date-help"));
            r.push(d);
            None
        }
    });
    let title = r
        .string(map, "title")
        .unwrap_or_else(|| default_bulletin_title(site));
    let office = r
        .string(map, "office")
        .unwrap_or_else(|| site.office.clone());
    let period = r
        .string(map, "period")
        .and_then(|p| match Month::parse(&p) {
            Some(m) => Some(m),
            None => {
                let d = value_error(&r, map, "period", crate::tr!("bulletin-period", value = &p));
                r.push(d);
                None
            }
        });
    let number_at = match map.entry("number") {
        Some((_, v)) => r.at_node(v, ""),
        None => r.at_top(""),
    };
    // Bounded here, so that counting on from it cannot overflow onto a later bulletin.
    let explicit_number = r
        .integer(map, "number", 1)
        .and_then(|n| match u32::try_from(n) {
            Ok(n) if n <= MAX_BULLETIN_NUMBER => Some(n),
            _ => {
                let mut d = number_at.clone();
                d.message = crate::tr!(
                    "bulletin-number-max",
                    max = MAX_BULLETIN_NUMBER.to_string(),
                    value = n.to_string()
                );
                r.push(d);
                None
            }
        });
    let draft = r.boolean(map, "draft").unwrap_or(false);
    let distribution = super::publish::distribution(&mut r, map);
    Some(BulletinDraft {
        bulletin: Bulletin {
            year,
            issue,
            number: 0,
            date: date?,
            title,
            office,
            period,
            draft,
            body: body(doc),
            distribution,
        },
        explicit_number,
        explicit_period: period.is_some(),
        number_at,
    })
}

pub fn default_bulletin_title(site: &Site) -> String {
    match site.language {
        Language::En => format!("{} Work Bulletin", site.title),
        Language::ZhHant => format!("{}工作簡報", site.title),
        Language::ZhHans => format!("{}工作简报", site.title),
    }
}

/// Overall numbers (總第N期): in (year, NN) order from `first`; an explicit `number` resets the
/// count. Two bulletins with the same number are an error.
pub fn number_bulletins(drafts: &mut [BulletinDraft], first: u32, diags: &mut Vec<Diagnostic>) {
    drafts.sort_by_key(|b| (b.bulletin.year, b.bulletin.issue));
    let mut next = first;
    for b in drafts.iter_mut() {
        let n = b.explicit_number.unwrap_or(next);
        b.bulletin.number = n;
        next = n.saturating_add(1);
    }
    for (i, b) in drafts.iter().enumerate() {
        if let Some(prev) = drafts[..i]
            .iter()
            .find(|p| p.bulletin.number == b.bulletin.number)
        {
            let mut d = b.number_at.clone();
            d.message = crate::tr!(
                "bulletin-number-twice",
                number = b.bulletin.number.to_string(),
                other = prev.bulletin.slug()
            );
            d.len = d.len.max(1);
            diags.push(d.with_help(crate::tr!("bulletin-number-twice-help")));
        }
    }
}
