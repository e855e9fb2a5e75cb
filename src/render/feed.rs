//! The Atom feed of bulletins and the sitemap, with absolute links from base_url.

use super::format;
use super::markdown::escape;
use super::urls;
use super::views::Ctx;

/// Atom: one entry per bulletin, newest first. Dates come from the content, never the clock.
/// `bodies` holds each bulletin's HTML, in the order of `model.bulletins`.
pub fn atom(cx: &Ctx, bodies: &[&str]) -> String {
    let site = &cx.model.site;
    let abs = |p: &str| cx.links.absolute(p);
    let updated = cx.model.bulletins.iter().map(|b| b.date).max();
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"",
    );
    out.push_str(site.language.code());
    out.push_str("\">\n");
    out.push_str(&format!("  <title>{}</title>\n", escape(&site.title)));
    if let Some(d) = &site.description {
        out.push_str(&format!("  <subtitle>{}</subtitle>\n", escape(d)));
    }
    out.push_str(&format!("  <id>{}</id>\n", escape(&abs(urls::HOME))));
    out.push_str(&format!(
        "  <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n",
        escape(&abs(urls::HOME))
    ));
    out.push_str(&format!(
        "  <link rel=\"self\" type=\"application/atom+xml\" href=\"{}\"/>\n",
        escape(&abs(urls::FEED))
    ));
    out.push_str(&format!(
        "  <author><name>{}</name></author>\n",
        escape(&site.office)
    ));
    out.push_str(&format!(
        "  <updated>{}T00:00:00Z</updated>\n",
        updated.map_or_else(|| "1970-01-01".to_owned(), |d| d.to_string())
    ));
    for (i, b) in cx.model.bulletins.iter().enumerate().rev() {
        let url = abs(&urls::bulletin(b));
        let title = format!(
            "{} {} {}",
            b.title,
            format::issue(b.year, b.issue, cx.lang),
            format::overall(b.number, cx.lang)
        );
        let html = bodies.get(i).copied().unwrap_or("");
        out.push_str("  <entry>\n");
        out.push_str(&format!("    <title>{}</title>\n", escape(&title)));
        out.push_str(&format!("    <id>{}</id>\n", escape(&url)));
        out.push_str(&format!(
            "    <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n",
            escape(&url)
        ));
        out.push_str(&format!("    <updated>{}T00:00:00Z</updated>\n", b.date));
        out.push_str(&format!(
            "    <author><name>{}</name></author>\n",
            escape(&b.office)
        ));
        out.push_str(&format!(
            "    <content type=\"html\">{}</content>\n",
            escape(html)
        ));
        out.push_str("  </entry>\n");
    }
    out.push_str("</feed>\n");
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
