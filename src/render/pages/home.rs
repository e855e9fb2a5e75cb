//! The home page: the latest month at a glance, the latest bulletin and pacesetters.

use super::Pages;
use crate::render::Out;
use crate::render::format;
use crate::render::markdown::Rendered;
use crate::render::urls;
use serde_json::{Value, json};

impl Pages<'_> {
    pub(super) fn home(&self, files: &Out, bulletins: &[Rendered]) {
        let cx = &self.cx;
        let latest = cx.latest();
        let leagues: Vec<Value> = latest.map(|mf| cx.leagues(mf)).unwrap_or_default();
        let behind: Vec<Value> = latest
            .map(|mf| {
                cx.model
                    .categories
                    .iter()
                    .flat_map(|c| cx.behind(c, mf))
                    .collect()
            })
            .unwrap_or_default();
        let missing: Vec<Value> = latest
            .map(|mf| {
                mf.missing_reports
                    .iter()
                    .map(|u| cx.unit_ref(u.as_str()))
                    .collect()
            })
            .unwrap_or_default();
        let pacesetters = cx.model.reviews.iter().rev().find(|r| !r.pacesetters.is_empty()).map(|r| {
            json!({"period": r.period.to_string(), "url": cx.url(&urls::review(r.period)),
                   "list": r.pacesetters.iter().map(|p| json!({"unit": cx.unit_ref(p.unit.as_str()), "citation": self.md_html(&p.citation)})).collect::<Vec<_>>()})
        });
        let bulletin = cx.model.bulletins.last().map(|b| {
            let r = bulletins.last().cloned().unwrap_or_default();
            json!({"title": b.title, "issue": format::issue(b.year, b.issue, cx.lang), "overall": format::overall(b.number, cx.lang),
                   "date": format::date(b.date, cx.lang), "url": cx.url(&urls::bulletin(b)),
                   "contents": r.headings.iter().filter(|h| h.level == 2).map(|h| json!({"text": h.text, "url": cx.url(&urls::bulletin_section(b, &h.id))})).collect::<Vec<_>>()})
        });
        let page = json!({
            "month": latest.map(|mf| cx.month(mf.month)),
            "leagues": leagues, "behind": behind, "missing": missing,
            "pacesetters": pacesetters, "bulletin": bulletin,
            "rankings_url": latest.map(|mf| cx.url(&urls::rankings(mf.month))),
        });
        self.put(files, urls::HOME, "index.html", &cx.model.site.title, page);
    }
}
