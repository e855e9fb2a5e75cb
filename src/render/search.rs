//! The search index read by search.js: one entry per unit, bulletin, page, review and visit.

use super::views::Ctx;
use serde_json::{Value, json};

/// Markdown reduced to its words, for matching.
fn words(md: &str) -> String {
    let mut out = String::new();
    for ev in pulldown_cmark::Parser::new(md) {
        if let pulldown_cmark::Event::Text(t) | pulldown_cmark::Event::Code(t) = ev {
            out.push_str(&t);
            out.push(' ');
        }
    }
    out
}

pub fn index(cx: &Ctx) -> Vec<u8> {
    let m = cx.model;
    let mut entries: Vec<Value> = Vec::new();
    for u in &m.units {
        let cat = cx.category_of(u).map_or("", |c| c.name.as_str());
        let text = format!(
            "{} {} {} {}",
            u.short.as_deref().unwrap_or(""),
            cat,
            u.leader.as_deref().unwrap_or(""),
            u.pledge
                .as_ref()
                .map(|p| words(&p.text))
                .unwrap_or_default()
        );
        entries.push(json!({"title": u.name, "url": cx.url(&format!("units/{}/", u.id)), "kind": cx.t("unit"), "text": text}));
    }
    for c in &m.categories {
        for i in &c.indicators {
            entries.push(json!({"title": format!("{} · {}", i.name, c.name), "url": cx.url("methodology/#indicators"), "kind": cx.t("indicator"), "text": i.id.as_str()}));
        }
    }
    for b in &m.bulletins {
        let title = format!(
            "{} {}",
            b.title,
            super::format::issue(b.year, b.issue, cx.lang)
        );
        entries.push(json!({"title": title, "url": cx.url(&format!("bulletins/{}/", b.slug())), "kind": cx.t("bulletins"), "text": words(&b.body.text)}));
    }
    for p in &m.pages {
        entries.push(json!({"title": p.title, "url": cx.url(&format!("pages/{}/", p.slug)), "kind": "", "text": words(&p.body.text)}));
    }
    for r in &m.reviews {
        let text: String = r
            .commentary
            .iter()
            .chain(&r.rectification)
            .map(|(_, t)| words(&t.text))
            .collect();
        entries.push(json!({"title": format!("{} {}", cx.t("reviews"), r.period), "url": cx.url(&format!("reviews/{}/", r.period)), "kind": cx.t("reviews"), "text": text}));
    }
    for v in &m.visits {
        entries.push(json!({"title": v.title, "url": cx.url(&format!("visits/#{}-{}", v.date, v.slug)), "kind": cx.t("visits"), "text": words(&v.body.text)}));
    }
    serde_json::to_vec(&entries).unwrap_or_default()
}
