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
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

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

/// An entry of the search index.
#[derive(Serialize, Deserialize)]
struct Entry<'a> {
    #[serde(borrow)]
    title: Cow<'a, str>,
    url: String,
    /// What it is (`unit`, `bulletin`, …) in words; empty for free pages.
    #[serde(default)]
    kind: String,
    #[serde(borrow, default)]
    text: Cow<'a, str>,
}

pub fn index(cx: &Ctx) -> Vec<u8> {
    let m = cx.model;
    let mut entries: Vec<Entry> = Vec::new();
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
        entries.push(Entry {
            title: Cow::Borrowed(&u.name),
            url: cx.url(&urls::unit(&u.id)),
            kind: cx.t("unit"),
            text: Cow::Owned(text),
        });
    }
    for c in &m.categories {
        for i in &c.indicators {
            entries.push(Entry {
                title: Cow::Owned(format!("{} · {}", i.name, c.name)),
                url: cx.url(urls::INDICATORS),
                kind: cx.t("indicator"),
                text: Cow::Borrowed(i.id.as_str()),
            });
        }
    }
    for b in &m.bulletins {
        let title = format!(
            "{} {}",
            b.title,
            super::format::issue(b.year, b.issue, cx.lang)
        );
        entries.push(Entry {
            title: Cow::Owned(title),
            url: cx.url(&urls::bulletin(b)),
            kind: cx.t("bulletins"),
            text: Cow::Owned(words(&b.body.text)),
        });
    }
    for p in &m.pages {
        entries.push(Entry {
            title: Cow::Borrowed(&p.title),
            url: cx.url(&urls::page(&p.slug)),
            kind: String::new(),
            text: Cow::Owned(words(&p.body.text)),
        });
    }
    for r in &m.reviews {
        let text: String = r
            .commentary
            .iter()
            .chain(&r.rectification)
            .map(|(_, t)| words(&t.text))
            .collect();
        entries.push(Entry {
            title: Cow::Owned(format!("{} {}", cx.t("reviews"), r.period)),
            url: cx.url(&urls::review(r.period)),
            kind: cx.t("reviews"),
            text: Cow::Owned(text),
        });
    }
    for v in &m.visits {
        entries.push(Entry {
            title: Cow::Borrowed(&v.title),
            url: cx.url(&urls::visit(v)),
            kind: cx.t("visits"),
            text: Cow::Owned(words(&v.body.text)),
        });
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
    let Ok(entries) = serde_json::from_slice::<Vec<Entry>>(index_json) else {
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
        let (title, text) = (e.title.as_ref(), e.text.as_ref());
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
            url: e.url.clone(),
            excerpt,
        });
    }
    hits
}
