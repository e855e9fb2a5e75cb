//! The search index read by search.js: one entry per unit, bulletin, page, report, review and visit,
//! and [`query`], the same matching the script does, so tests can ask the index questions.
//!
//! Matching is by substring on lowercased text, every query word required: a Chinese query of
//! any length (「比學」) finds every text containing it, which is stricter and simpler than
//! bigram overlap; English words match as prefixes of longer words too. The index holds each
//! page's title and its plain text, so it grows linearly with the text of the site: bulletins,
//! pages, units' pledges and measures, monthly summaries, quarterly reports, reviews and visits.
//! Beside the entries, `fold` carries the Traditional→Simplified pairs a query may need
//! ([`fold::pairs_for`]), so that the script folds exactly as [`query`] does.

use super::views::Ctx;
use super::{fold, urls};
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
        let md = |x: &Option<crate::model::Markdown>| {
            x.as_ref().map(|p| words(&p.text)).unwrap_or_default()
        };
        let text = format!(
            "{} {} {} {} {} {}",
            u.short.as_deref().unwrap_or(""),
            cat,
            u.leader.as_deref().unwrap_or(""),
            md(&u.pledge),
            md(&u.learn),
            u.measures.join(" ")
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
    reports(cx, &mut entries);
    for r in &m.reviews {
        let mut text: String = r
            .commentary
            .iter()
            .chain(&r.rectification)
            .map(|(_, t)| words(&t.text))
            .collect();
        for p in &r.pacesetters {
            text.push_str(
                &p.citation
                    .as_ref()
                    .map(|c| words(&c.text))
                    .unwrap_or_default(),
            );
        }
        for a in &r.awards {
            text.push_str(&a.title);
            text.push(' ');
        }
        entries.push(json!({"title": format!("{} · {}", cx.t("reviews"), cx.period_name(r.period)), "url": cx.url(&urls::review(r.period)), "kind": cx.t("reviews"), "text": text}));
    }
    for v in &m.visits {
        entries.push(json!({"title": v.title, "url": cx.url(&urls::visit(v)), "kind": cx.t("visits"), "text": words(&v.body.text)}));
    }
    let pairs = fold::pairs_for(entries.iter().flat_map(|e| {
        [
            e["title"].as_str().unwrap_or(""),
            e["text"].as_str().unwrap_or(""),
        ]
    }));
    serde_json::to_vec(&json!({"fold": pairs, "entries": entries})).unwrap_or_default()
}

/// Monthly summaries and quarterly reports that say something, each its own entry.
fn reports(cx: &Ctx, entries: &mut Vec<Value>) {
    let m = cx.model;
    for r in &m.reports {
        let text = words(&r.summary.text);
        if text.trim().is_empty() {
            continue;
        }
        let name = m
            .unit(r.unit.as_str())
            .map_or("", |u| u.name_in(r.month.year));
        let url = format!("{}#report-{}", cx.url(&urls::unit(&r.unit)), r.month);
        entries.push(json!({"title": format!("{name} · {}", cx.month(r.month)), "url": url, "kind": cx.t("feed_report"), "text": text}));
    }
    for q in &m.quarterlies {
        let name = m.unit(q.unit.as_str()).map_or("", |u| u.name.as_str());
        let period = cx.period_name(crate::model::ReviewPeriod::Quarter(q.year, q.quarter));
        let text = format!(
            "{} {}",
            q.title.as_deref().unwrap_or(""),
            words(&q.body.text)
        );
        entries.push(json!({"title": format!("{name} · {period}"), "url": cx.url(&urls::unit(&q.unit)), "kind": cx.t("feed_quarterly"), "text": text}));
    }
}

/// One search hit: the entry's title, URL and an excerpt around the first match.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    pub title: String,
    pub url: String,
    pub excerpt: String,
}

/// The search script's algorithm: every whitespace-separated term must occur in title or text,
/// both folded ([`fold::fold`]: Simplified and Traditional alike, lower case); results in index
/// order; the excerpt is up to 30 characters either side of the first term.
pub fn query(index_json: &[u8], q: &str) -> Vec<Hit> {
    let Ok(index) = serde_json::from_slice::<Value>(index_json) else {
        return vec![];
    };
    let Some(entries) = index["entries"].as_array() else {
        return vec![];
    };
    let terms: Vec<String> = fold::fold(q)
        .split_whitespace()
        .map(str::to_owned)
        .collect();
    if terms.is_empty() {
        return vec![];
    }
    let mut hits = Vec::new();
    for e in entries {
        let title = e["title"].as_str().unwrap_or("");
        let text = e["text"].as_str().unwrap_or("");
        let hay = fold::fold(&format!("{title} {text}"));
        if !terms.iter().all(|t| hay.contains(t.as_str())) {
            continue;
        }
        // Folding keeps one character for one, so a match's place in characters is the same
        // in the text as written.
        let folded = fold::fold(text);
        let excerpt = match folded.find(terms[0].as_str()) {
            Some(byte) => {
                let at = folded[..byte].chars().count();
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
