//! The Atom feed of bulletins and the sitemap, with absolute links from base_url.

use super::format;
use super::markdown::escape;
use super::urls;
use super::views::Ctx;
use crate::model::Bulletin;
use chrono::NaiveDate;

/// Atom: one entry per bulletin and per correction (SPEC §17), newest first (on one day,
/// bulletins first). Dates come from the content, never the clock. `bodies` holds each
/// bulletin's HTML, in the order of `model.bulletins`.
pub fn atom(cx: &Ctx, bodies: &[&str]) -> String {
    let site = &cx.model.site;
    let abs = |p: &str| cx.links.absolute(p);
    let mut entries: Vec<(NaiveDate, String)> = cx
        .model
        .bulletins
        .iter()
        .enumerate()
        .rev()
        .map(|(i, b)| {
            (
                b.date,
                bulletin_entry(cx, b, bodies.get(i).copied().unwrap_or("")),
            )
        })
        .collect();
    entries.extend(correction_entries(cx));
    // Stable: bulletins keep their order, and come before the corrections of their day.
    entries.sort_by_key(|e| std::cmp::Reverse(e.0));
    let updated = entries.iter().map(|(d, _)| *d).max();
    let mut out = head(&Head {
        lang: site.language.code(),
        title: &site.title,
        subtitle: site.description.as_deref(),
        id: &abs(urls::HOME),
        page: &abs(urls::HOME),
        this: &abs(urls::FEED),
        author: &site.office,
        updated,
    });
    for (_, e) in &entries {
        out.push_str(e);
    }
    out.push_str("</feed>\n");
    out
}

/// What an Atom feed says of itself before its entries.
pub(super) struct Head<'a> {
    pub lang: &'a str,
    pub title: &'a str,
    pub subtitle: Option<&'a str>,
    pub id: &'a str,
    /// The HTML page the feed follows.
    pub page: &'a str,
    /// The feed's own address.
    pub this: &'a str,
    pub author: &'a str,
    /// The newest entry's date (1970-01-01 for a feed without entries).
    pub updated: Option<NaiveDate>,
}

/// The XML declaration, `<feed>` and the feed's own elements, for the site's feed and each
/// unit's alike.
pub(super) fn head(h: &Head) -> String {
    let mut out = format!(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{}\">\n",
        h.lang
    );
    out.push_str(&format!("  <title>{}</title>\n", escape(h.title)));
    if let Some(d) = h.subtitle {
        out.push_str(&format!("  <subtitle>{}</subtitle>\n", escape(d)));
    }
    out.push_str(&format!("  <id>{}</id>\n", escape(h.id)));
    out.push_str(&format!(
        "  <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n",
        escape(h.page)
    ));
    out.push_str(&format!(
        "  <link rel=\"self\" type=\"application/atom+xml\" href=\"{}\"/>\n",
        escape(h.this)
    ));
    out.push_str(&format!(
        "  <author><name>{}</name></author>\n",
        escape(h.author)
    ));
    out.push_str(&format!(
        "  <updated>{}T00:00:00Z</updated>\n",
        h.updated
            .map_or_else(|| "1970-01-01".to_owned(), |d| d.to_string())
    ));
    out
}

fn bulletin_entry(cx: &Ctx, b: &Bulletin, html: &str) -> String {
    let url = cx.links.absolute(&urls::bulletin(b));
    let title = format!(
        "{} {} {}",
        b.title,
        format::issue(b.year, b.issue, cx.lang),
        format::overall(b.number, cx.lang)
    );
    entry(&title, &url, b.date, &b.office, html)
}

fn entry(title: &str, url: &str, date: NaiveDate, author: &str, html: &str) -> String {
    format!(
        "  <entry>\n    <title>{}</title>\n    <id>{}</id>\n    <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n    <updated>{date}T00:00:00Z</updated>\n    <author><name>{}</name></author>\n    <content type=\"html\">{}</content>\n  </entry>\n",
        escape(title),
        escape(url),
        escape(url),
        escape(author),
        escape(html)
    )
}

/// One entry per correction (a date, unit and month), newest first: its figures before and
/// after, and its note.
fn correction_entries(cx: &Ctx) -> Vec<(NaiveDate, String)> {
    let model = cx.model;
    let all = model.corrections();
    let colon = if cx.lang == crate::model::Language::En {
        ": "
    } else {
        "："
    };
    let mut out = Vec::new();
    for group in all.chunk_by(|a, b| (a.date, &a.unit, a.period) == (b.date, &b.unit, b.period)) {
        let c = &group[0];
        let unit = model.unit(c.unit.as_str());
        let name = unit.map_or(c.unit.as_str(), |u| u.name_in(c.period.year));
        let cat = unit.and_then(|u| model.category(u.category.as_str()));
        let mut html = String::from("<ul>");
        for f in group {
            let ind = cat.and_then(|k| k.indicators.iter().find(|i| i.id == f.indicator));
            let d = ind.map_or(2, |i| i.decimals);
            let num = |x: Option<f64>| x.map_or_else(|| "—".to_owned(), |v| format::number(v, d));
            html.push_str(&format!(
                "<li>{}{colon}{} → {}</li>",
                escape(ind.map_or(f.indicator.as_str(), |i| i.name.as_str())),
                num(f.was),
                num(f.now)
            ));
        }
        html.push_str(&format!("</ul><p>{}</p>", escape(&c.note)));
        let title = format!("{} · {name} · {}", cx.t("correction"), cx.month(c.period));
        let url = cx.links.absolute(&urls::correction(c));
        out.push((
            c.date,
            entry(&title, &url, c.date, &model.site.office, &html),
        ));
    }
    out
}

/// Every HTML page but 404, absolute.
pub fn sitemap(cx: &Ctx, pages: &[String]) -> String {
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for p in pages {
        let loc = cx.links.absolute(urls::page_of(p));
        out.push_str(&format!("  <url><loc>{}</loc></url>\n", escape(&loc)));
    }
    out.push_str("</urlset>\n");
    out
}
