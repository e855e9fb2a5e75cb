//! `/units/<unit>/feed.xml` (SPEC §18): an Atom feed for following one unit — its monthly and
//! quarterly reports, the visits it hosted or made, the reviews that name it and the
//! corrections to its figures. Dates come from the content (a report's is the last day of its
//! month), never from the clock.

use super::markdown::escape;
use super::search::words;
use super::urls;
use super::views::Ctx;
use super::{Body, Out};
use crate::model::{CorrectedFigure, Month, ReviewPeriod, Unit};
use chrono::NaiveDate;
use rayon::prelude::*;
use std::collections::HashMap;

struct Entry {
    date: NaiveDate,
    title: String,
    /// The entry's page, absolute.
    link: String,
    /// Unique among the site's entries.
    id: String,
    /// Plain text.
    summary: String,
}

/// The last day of month `m` (a report's date in the feed).
fn last_day(m: Month) -> NaiveDate {
    let (y, mo) = if m.month == 12 {
        (m.year + 1, 1)
    } else {
        (m.year, m.month + 1)
    };
    NaiveDate::from_ymd_opt(y, mo, 1)
        .and_then(|d| d.pred_opt())
        .unwrap_or(NaiveDate::MIN)
}

/// Every unit's feed, put into `out`; the previous build's is kept for a unit `unchanged` says
/// is.
pub fn all(cx: &Ctx, out: &Out, unchanged: &(dyn Fn(&Unit) -> bool + Sync)) {
    let (kept, made): (Vec<&Unit>, Vec<&Unit>) = cx.model.units.iter().partition(|u| unchanged(u));
    for u in kept {
        out.keep(urls::unit_feed(&u.id));
    }
    if made.is_empty() {
        return;
    }
    let corrections = cx.model.corrections();
    let mut by_unit: HashMap<&str, Vec<&CorrectedFigure>> = HashMap::new();
    for c in &corrections {
        by_unit.entry(c.unit.as_str()).or_default().push(c);
    }
    made.par_iter().for_each(|u| {
        let mine = by_unit.get(u.id.as_str()).map_or(&[][..], Vec::as_slice);
        let feed = atom(cx, u, mine);
        // A feed is cheap to make but a thousand of them are costly to write: serve keeps the
        // ones whose bytes did not change (a build's sink says no, and writes them all).
        let path = urls::unit_feed(&u.id);
        let mut print = super::fingerprint::Fingerprint::new();
        print.str(&feed);
        if !out.unchanged(&path, print.finish()) {
            out.put(path, Body::Bytes(feed.into_bytes()));
        }
    });
}

/// The feed of unit `u`; `corrections` are the site's corrections to this unit's figures.
pub fn atom(cx: &Ctx, u: &Unit, corrections: &[&CorrectedFigure]) -> String {
    let mut entries = reports(cx, u);
    entries.extend(visits_and_reviews(cx, u));
    let page = cx.links.absolute(&urls::unit(&u.id));
    for c in corrections {
        let indicator = cx
            .category_of(u)
            .and_then(|cat| cat.indicators.iter().find(|i| i.id == c.indicator))
            .map_or(c.indicator.as_str(), |i| i.name.as_str());
        entries.push(Entry {
            date: c.date,
            title: format!(
                "{} · {} {} · {}",
                cx.t("feed_correction"),
                cx.month(c.period),
                indicator,
                u.name
            ),
            link: format!("{page}#report-{}", c.period),
            id: format!("{page}#correction-{}-{}-{}", c.date, c.period, c.indicator),
            summary: c.note.clone(),
        });
    }
    // Newest first; on the same day in the order gathered, for the same bytes every build.
    entries.sort_by_key(|e| std::cmp::Reverse(e.date));
    write(cx, u, &entries)
}

fn reports(cx: &Ctx, u: &Unit) -> Vec<Entry> {
    let page = cx.links.absolute(&urls::unit(&u.id));
    let mut out = Vec::new();
    for &i in cx.ix.reports(u.id.as_str()) {
        let r = &cx.model.reports[i];
        out.push(Entry {
            date: last_day(r.month),
            title: format!(
                "{} · {} · {}",
                cx.t("feed_report"),
                cx.month(r.month),
                u.name_in(r.month.year)
            ),
            link: format!("{page}#report-{}", r.month),
            id: format!("{page}#report-{}", r.month),
            summary: words(&r.summary.text).trim().to_owned(),
        });
    }
    for &i in cx.ix.quarterlies(u.id.as_str()) {
        let q = &cx.model.quarterlies[i];
        let period = ReviewPeriod::Quarter(q.year, q.quarter);
        let label = cx.period_name(period);
        out.push(Entry {
            date: last_day(period.end_month()),
            title: format!(
                "{} · {}{} · {}",
                cx.t("feed_quarterly"),
                label,
                q.title
                    .as_deref()
                    .map(|t| format!(" {t}"))
                    .unwrap_or_default(),
                u.name
            ),
            link: page.clone(),
            id: format!("{page}#quarterly-{period}"),
            summary: words(&q.body.text).trim().to_owned(),
        });
    }
    out
}

fn visits_and_reviews(cx: &Ctx, u: &Unit) -> Vec<Entry> {
    let mut out = Vec::new();
    let id = u.id.as_str();
    for v in &cx.model.visits {
        if v.host != u.id && !v.visitors.contains(&u.id) {
            continue;
        }
        let link = cx.links.absolute(&urls::visit(v));
        out.push(Entry {
            date: v.date,
            title: format!("{} · {}", cx.t("feed_visit"), v.title),
            id: link.clone(),
            link,
            summary: words(&v.body.text).trim().to_owned(),
        });
    }
    for (ri, r) in cx.model.reviews.iter().enumerate() {
        let Some(named) = cx.ix.review(ri) else {
            continue;
        };
        let names = named.commentary.contains_key(id)
            || named.rectification.contains_key(id)
            || named.pacesetters.contains_key(id)
            || named.survey.contains_key(id)
            || named.awards.contains_key(id);
        if !names {
            continue;
        }
        let link = cx.links.absolute(&urls::review(r.period));
        let summary = named
            .commentary
            .get(id)
            .map(|&i| words(&r.commentary[i].1.text).trim().to_owned())
            .unwrap_or_default();
        out.push(Entry {
            date: last_day(r.period.end_month()),
            title: format!(
                "{} · {} · {}",
                cx.t("feed_review"),
                cx.period_name(r.period),
                u.name
            ),
            id: format!("{link}#{id}"),
            link,
            summary,
        });
    }
    out
}

fn write(cx: &Ctx, u: &Unit, entries: &[Entry]) -> String {
    let site = &cx.model.site;
    let this = cx.links.absolute(&urls::unit_feed(&u.id));
    let page = cx.links.absolute(&urls::unit(&u.id));
    let updated = entries.iter().map(|e| e.date).max();
    let mut out = super::feed::head(&super::feed::Head {
        lang: site.language.code(),
        title: &format!("{} · {}", u.name, site.title),
        subtitle: None,
        id: &this,
        page: &page,
        this: &this,
        author: &site.office,
        updated,
    });
    for e in entries {
        out.push_str("  <entry>\n");
        out.push_str(&format!("    <title>{}</title>\n", escape(&e.title)));
        out.push_str(&format!("    <id>{}</id>\n", escape(&e.id)));
        out.push_str(&format!(
            "    <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n",
            escape(&e.link)
        ));
        out.push_str(&format!("    <updated>{}T00:00:00Z</updated>\n", e.date));
        if !e.summary.is_empty() {
            out.push_str(&format!("    <summary>{}</summary>\n", escape(&e.summary)));
        }
        out.push_str("  </entry>\n");
    }
    out.push_str("</feed>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::last_day;
    use crate::model::Month;

    #[test]
    fn a_report_is_dated_the_last_day_of_its_month() {
        assert_eq!(last_day(Month::new(2026, 2)).to_string(), "2026-02-28");
        assert_eq!(last_day(Month::new(2024, 2)).to_string(), "2024-02-29");
        assert_eq!(last_day(Month::new(2026, 12)).to_string(), "2026-12-31");
    }
}
