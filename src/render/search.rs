//! The search index read by search.js: one entry per unit, bulletin, page, review and visit,
//! and [`query`], the same matching the script does, so tests can ask the index questions.
//!
//! Matching is by substring on lowercased text, every query word required: a Chinese query of
//! any length (「比學」) finds every text containing it, which is stricter and simpler than
//! bigram overlap; English words match as prefixes of longer words too. The index holds each
//! page's title and its plain text, so it grows linearly with the text of the site's bulletins,
//! pages, reviews and visits (monthly summaries are left out: they are many and short).

use super::urls;
use super::views::Ctx;
use serde_json::{Value, json};

/// Markdown reduced to its words, for matching.
pub(crate) fn words(md: &str) -> String {
    let mut out = String::new();
    for ev in pulldown_cmark::Parser::new(md) {
        if let pulldown_cmark::Event::Text(t) | pulldown_cmark::Event::Code(t) = ev {
            // A shortcode's call is not words of the text.
            if t.trim_start().starts_with("{{") && t.trim_end().ends_with("}}") {
                continue;
            }
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
        entries.push(json!({"title": u.name, "url": cx.url(&urls::unit(&u.id)), "kind": cx.t("unit"), "text": text}));
    }
    for c in &m.categories {
        for i in &c.indicators {
            entries.push(json!({"title": format!("{} · {}", i.name, c.name), "url": cx.url(urls::INDICATORS), "kind": cx.t("indicator"), "text": i.id.as_str()}));
        }
    }
    for b in &m.bulletins {
        let title = format!(
            "{} {}",
            b.title,
            super::format::issue(b.year, b.issue, cx.lang)
        );
        entries.push(json!({"title": title, "url": cx.url(&urls::bulletin(b)), "kind": cx.t("bulletins"), "text": words(&b.body.text)}));
    }
    for p in &m.pages {
        entries.push(json!({"title": p.title, "url": cx.url(&urls::page(&p.slug)), "kind": "", "text": words(&p.body.text)}));
    }
    for r in &m.reviews {
        let text: String = r
            .commentary
            .iter()
            .chain(&r.rectification)
            .map(|(_, t)| words(&t.text))
            .collect();
        entries.push(json!({"title": format!("{} {}", cx.t("reviews"), r.period), "url": cx.url(&urls::review(r.period)), "kind": cx.t("reviews"), "text": text}));
    }
    for v in &m.visits {
        entries.push(json!({"title": v.title, "url": cx.url(&urls::visit(v)), "kind": cx.t("visits"), "text": words(&v.body.text)}));
    }
    serde_json::to_vec(&entries).unwrap_or_default()
}

/// One search hit: the entry's title, URL and an excerpt around the first match.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    pub title: String,
    pub url: String,
    pub excerpt: String,
}

/// The search script's algorithm: every whitespace-separated term must occur in title or text
/// (case-insensitive); results in index order; the excerpt is up to 30 characters either side.
pub fn query(index_json: &[u8], q: &str) -> Vec<Hit> {
    let Ok(entries) = serde_json::from_slice::<Vec<Value>>(index_json) else {
        return vec![];
    };
    let terms: Vec<String> = q
        .to_lowercase()
        .split_whitespace()
        .map(str::to_owned)
        .collect();
    if terms.is_empty() {
        return vec![];
    }
    let mut hits = Vec::new();
    for e in &entries {
        let title = e["title"].as_str().unwrap_or("");
        let text = e["text"].as_str().unwrap_or("");
        let hay = format!("{title} {text}").to_lowercase();
        if !terms.iter().all(|t| hay.contains(t.as_str())) {
            continue;
        }
        let lower_text = text.to_lowercase();
        let excerpt = match lower_text.find(terms[0].as_str()) {
            Some(byte) => {
                // Lowercasing can change byte lengths; work in characters of the original.
                let at = lower_text[..byte].chars().count();
                let chars: Vec<char> = text.chars().collect();
                let from = at.saturating_sub(30);
                let to = (at + terms[0].chars().count() + 30).min(chars.len());
                chars[from..to].iter().collect::<String>()
            }
            None => text.chars().take(60).collect(),
        };
        hits.push(Hit {
            title: title.to_owned(),
            url: e["url"].as_str().unwrap_or("").to_owned(),
            excerpt,
        });
    }
    hits
}
