//! The bulletins: their list by year (/bulletins/) and each one.

use super::Pages;
use super::by_year;
use crate::render::Out;
use crate::render::format;
use crate::render::markdown::Rendered;
use crate::render::urls;
use serde_json::{Value, json};

impl Pages<'_> {
    pub(super) fn bulletin_summary(&self, b: &crate::model::Bulletin) -> Value {
        let cx = &self.cx;
        json!({"title": b.title, "issue": format::issue(b.year, b.issue, cx.lang), "overall": format::overall(b.number, cx.lang),
               "date": format::date(b.date, cx.lang), "url": cx.url(&urls::bulletin(b)), "year": b.year})
    }

    pub(super) fn bulletins_index(&self, files: &Out) {
        let cx = &self.cx;
        let list = &cx.model.bulletins;
        let years = by_year(
            list.iter()
                .rev()
                .map(|b| (b.year, self.bulletin_summary(b))),
            "issues",
        );
        self.put(
            files,
            urls::BULLETINS,
            "bulletins.html",
            &cx.t("bulletins"),
            json!({"years": years}),
        );
    }

    /// The bulletin at position `i` of `model.bulletins`; `bodies` in the same order.
    pub(super) fn bulletin(&self, files: &Out, i: usize, bodies: &[Rendered]) {
        let cx = &self.cx;
        let list = &cx.model.bulletins;
        let b = &list[i];
        let summary = |b| self.bulletin_summary(b);
        let empty = Rendered::default();
        let r = bodies.get(i).unwrap_or(&empty);
        let contents: Vec<Value> = r
            .headings
            .iter()
            .filter(|h| h.level == 2)
            .map(|h| json!({"text": h.text, "id": h.id}))
            .collect();
        let page = json!({
            "bulletin": summary(b), "office": b.office, "body": r.html, "contents": contents,
            "period": b.period.map(|m| cx.month(m)),
            "prev": i.checked_sub(1).map(|p| summary(&list[p])), "next": list.get(i + 1).map(summary),
        });
        self.put(
            files,
            &urls::bulletin(b),
            "bulletin.html",
            &format!("{} {}", b.title, format::issue(b.year, b.issue, cx.lang)),
            page,
        );
    }
}
