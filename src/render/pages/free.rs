//! Free pages (content/pages/) and, when the navigation bar cannot list them all, /pages/.

use super::Pages;
use crate::model::Page;
use crate::render::markdown::{Heading, escape};
use crate::render::{Out, format, urls};
use serde::Serialize;

/// `page` of page.html.
#[derive(Serialize)]
pub(crate) struct FreePage<'a> {
    title: &'a str,
    /// HTML.
    body: String,
    headings: Vec<Heading>,
    /// 發布日期, in words (SPEC §18).
    date: Option<String>,
    /// 信息來源.
    source: Option<&'a str>,
}

impl Pages<'_> {
    /// A free page.
    pub(super) fn page(&self, files: &Out, p: &Page) {
        let body = self.markdown(&p.body, None);
        let page = FreePage {
            title: &p.title,
            body: body.html,
            headings: body.headings,
            date: p.date.map(|d| format::date(d, self.cx.lang)),
            source: p.source.as_deref(),
        };
        self.put(files, &urls::page(&p.slug), "page.html", &p.title, &page);
    }

    /// /pages/, when there are more pages than the navigation bar lists: every page by weight.
    pub(super) fn pages_index(&self, files: &Out) {
        let cx = &self.cx;
        let mut body = String::from("<ul class=\"page-list\">\n");
        for p in &cx.model.pages {
            body.push_str(&format!(
                "<li><a href=\"{}\">{}</a></li>\n",
                escape(&cx.url(&urls::page(&p.slug))),
                escape(&p.title)
            ));
        }
        body.push_str("</ul>\n");
        let title = cx.t("all_pages");
        let page = FreePage {
            title: &title,
            body,
            headings: Vec::new(),
            date: None,
            source: None,
        };
        self.put(files, urls::PAGES, "page.html", &title, &page);
    }
}
