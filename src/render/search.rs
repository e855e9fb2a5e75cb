//! The search index read by search.js: one entry per unit, bulletin, page, review and visit,
//! and [`query`], the same matching the script does, so tests can ask the index questions.
//!
//! Matching is by substring on lowercased text, every query word required: a Chinese query of
//! any length (「比學」) finds every text containing it, which is stricter and simpler than
//! bigram overlap; English words match as prefixes of longer words too. The index holds each
//! page's title and its plain text, so it grows linearly with the text of the site: bulletins,
//! pages, units' pledges and measures, monthly summaries, quarterly reports, reviews and visits.
//! Beside the entries, `fold` carries the Traditional→Simplified pairs a query may need
//! ([`fold::pairs_of`]), so that the script folds exactly as [`query`] does.

use super::views::Ctx;
use super::{fold, urls};
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::sync::{Arc, Mutex};

mod reports;

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

/// Entries a part: the parts are written as they come, and one part is small.
const PER: usize = 1000;

/// Entries serialised, [`PER`] a part (a part's entries joined by commas), with the characters
/// of their titles and texts, which the folding pairs are chosen by.
#[derive(Default)]
struct Section {
    /// Shared with `serve`'s kept summaries ([`reports::Blocks`]) where they are one's bytes.
    parts: Vec<Arc<Vec<u8>>>,
    chars: fold::Chars,
}

impl Section {
    /// `entries`, `per` to a part.
    #[cfg(test)]
    fn of<'a>(entries: Vec<Entry<'a>>, per: usize) -> Section {
        let mut s = SectionWriter::new(per);
        for e in entries {
            s.push(e);
        }
        s.finish()
    }
}

/// A section made as its entries come: each entry is serialised and dropped at once, so that
/// the entries (a 10,000-unit site's hold 75 MB of text) are never all held.
struct SectionWriter {
    per: usize,
    in_part: usize,
    part: Vec<u8>,
    done: Section,
}

impl SectionWriter {
    fn new(per: usize) -> SectionWriter {
        SectionWriter {
            per,
            in_part: 0,
            part: Vec::new(),
            done: Section::default(),
        }
    }

    fn push(&mut self, e: Entry) {
        if self.in_part > 0 {
            self.part.push(b',');
        }
        self.done
            .chars
            .extend(e.title.chars().chain(e.text.chars()));
        // Serialising into a Vec cannot fail.
        let _ = serde_json::to_writer(&mut self.part, &e);
        self.in_part += 1;
        if self.in_part == self.per {
            self.end_part();
        }
    }

    /// An entry for each of `items`, made [`PER`] at a time side by side and put in order: the
    /// bytes are those of pushing them one by one (a 5,000-page site's Markdown read again for
    /// its words took a third of its build on one thread while the other waited).
    fn push_each<'t, T: Sync>(
        &mut self,
        items: &'t [T],
        entry: impl Fn(&'t T) -> Entry<'t> + Sync,
    ) {
        let blocks: Vec<Block> = items
            .par_chunks(PER)
            .map(|chunk| {
                let mut w = SectionWriter::new(usize::MAX);
                chunk.iter().for_each(|item| w.push(entry(item)));
                w.into_block()
            })
            .collect();
        blocks.iter().for_each(|b| self.push_block(b));
    }

    /// The entries pushed, as one block (a writer that never ends a part).
    fn into_block(self) -> Block {
        let mut bytes = self.part;
        bytes.shrink_to_fit();
        Block {
            bytes: Arc::new(bytes),
            count: self.in_part,
            chars: self.done.chars.into_iter().collect(),
        }
    }

    /// Entries serialised already: a part of their own, shared rather than copied.
    fn push_block(&mut self, block: &Block) {
        if block.count == 0 {
            return;
        }
        if self.in_part > 0 {
            self.end_part();
        }
        self.done.parts.push(Arc::clone(&block.bytes));
        self.done.chars.extend(block.chars.iter().copied());
    }

    fn end_part(&mut self) {
        let mut part = std::mem::take(&mut self.part);
        // `serve` keeps the parts: not the half of them a growing buffer leaves spare.
        part.shrink_to_fit();
        self.done.parts.push(Arc::new(part));
        self.in_part = 0;
    }

    fn finish(mut self) -> Section {
        if self.in_part > 0 {
            self.end_part();
        }
        self.done
    }
}

/// A run of entries serialised: joined by commas, how many, and the distinct characters of
/// their titles and texts (which the folding pairs are chosen by).
struct Block {
    bytes: Arc<Vec<u8>>,
    count: usize,
    chars: Vec<char>,
}

/// The entries of everything but bulletins and free pages, serialised: units and indicators
/// come before those in the file; reports, reviews, past years and visits after.
struct Records {
    before: Section,
    after: Section,
}

/// What `serve` keeps of the search index between rebuilds: the records' entries, which a
/// rebuild after a bulletin, page or value edit need not make again (at 1,000 units, reading
/// 24,000 summaries' Markdown was a fifth of a bulletin edit's rebuild), and the key of the
/// reports they were made from ([`reports_key`]); and each unit's summaries' entries, which a
/// summary edited need not make again for the other units ([`reports::Blocks`]).
#[derive(Default)]
pub struct Kept {
    records: Mutex<Option<(u64, Arc<Records>)>>,
    reports: reports::Blocks,
}

impl Kept {
    fn lock(&self) -> std::sync::MutexGuard<'_, Option<(u64, Arc<Records>)>> {
        self.records
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Bytes held, roughly (a part shared with the kept summaries counted once, there).
    pub fn bytes(&self) -> usize {
        let records = self.lock().as_ref().map_or(0, |(_, r)| {
            [&r.before, &r.after]
                .iter()
                .flat_map(|s| &s.parts)
                .filter(|p| Arc::strong_count(p) == 1)
                .map(|p| p.capacity())
                .sum()
        });
        records + self.reports.bytes()
    }
}

/// Which reports the index lists (drafts are left out of a build) and whether any has
/// corrections (the index then lists the corrections page): a value edit may change either.
fn reports_key(cx: &Ctx) -> u64 {
    let mut h = super::fingerprint::Fingerprint::new();
    for r in &cx.model.reports {
        h.str(r.unit.as_str());
        h.u64((r.month.year as u64) << 4 | u64::from(r.month.month));
    }
    h.u64(u64::from(
        cx.model.reports.iter().any(|r| !r.corrections.is_empty()),
    ));
    h.finish()
}

/// The index file in parts, made a section at a time and written as it comes: on a
/// 10,000-unit site it is 75 MB, and made whole (with its buffer's doublings) it took 200 MB
/// beside the pages being rendered. The bytes are `serde_json::to_vec(&Index)`'s. With
/// `same_texts` (none of the records' texts changed since `kept` was filled, and the site-wide
/// context is the same: [`super::Reuse::texts`]) and the same reports listed, the records'
/// entries are `kept`'s.
pub fn index_parts(
    cx: &Ctx,
    kept: Option<&Kept>,
    same_texts: bool,
) -> impl Iterator<Item = Vec<u8>> + use<> {
    let key = kept.map(|_| reports_key(cx));
    let held = kept
        .filter(|_| same_texts)
        .and_then(|k| k.lock().clone())
        .filter(|(was, _)| Some(*was) == key);
    let records = held.map_or_else(
        || {
            let r = Arc::new(Records {
                before: before(cx),
                after: after(cx, kept.map(|k| &k.reports)),
            });
            if let (Some(k), Some(key)) = (kept, key) {
                *k.lock() = Some((key, Arc::clone(&r)));
            }
            r
        },
        |(_, r)| r,
    );
    assemble(records, writing(cx))
}

/// `{"fold":…,"entries":[…]}`: the records' entries before, then `writing`'s, then the
/// records' after.
fn assemble(records: Arc<Records>, writing: Section) -> impl Iterator<Item = Vec<u8>> {
    let mut chars = writing.chars.clone();
    chars.extend(&records.before.chars);
    chars.extend(&records.after.chars);
    let mut head = b"{\"fold\":".to_vec();
    let _ = serde_json::to_writer(&mut head, &fold::pairs_of(&chars));
    head.extend_from_slice(b",\"entries\":[");
    let mut next = 0;
    let body = std::iter::from_fn(move || {
        let (b, w, a) = (&records.before.parts, &writing.parts, &records.after.parts);
        let part = b.iter().chain(w).chain(a).nth(next)?;
        let mut out = Vec::with_capacity(part.len() + 1);
        if next > 0 {
            out.push(b',');
        }
        out.extend_from_slice(part);
        next += 1;
        Some(out)
    });
    std::iter::once(head)
        .chain(body)
        .chain(std::iter::once(b"]}".to_vec()))
}

/// Units, then indicators: the entries before the bulletins.
fn before(cx: &Ctx) -> Section {
    let m = cx.model;
    let mut entries = SectionWriter::new(PER);
    entries.push_each(&m.units, |u| {
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
        Entry {
            title: Cow::Borrowed(&u.name),
            url: cx.url(&urls::unit(&u.id)),
            kind: cx.t("unit"),
            text: Cow::Owned(text),
        }
    });
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
    entries.finish()
}

/// Bulletins, then free pages.
fn writing(cx: &Ctx) -> Section {
    let m = cx.model;
    let mut entries = SectionWriter::new(PER);
    entries.push_each(&m.bulletins, |b| {
        let title = format!(
            "{} {}",
            b.title,
            super::format::issue(b.year, b.issue, cx.lang)
        );
        Entry {
            title: Cow::Owned(title),
            url: cx.url(&urls::bulletin(b)),
            kind: cx.t("bulletins"),
            text: Cow::Owned(words(&b.body.text)),
        }
    });
    entries.push_each(&m.pages, |p| Entry {
        title: Cow::Borrowed(&p.title),
        url: cx.url(&urls::page(&p.slug)),
        kind: String::new(),
        text: Cow::Owned(words(&p.body.text)),
    });
    entries.finish()
}

/// Reports, reviews, past years, the corrections page and visits: the entries after the
/// free pages. `blocks` are `serve`'s summaries' entries of the last index made.
fn after(cx: &Ctx, blocks: Option<&reports::Blocks>) -> Section {
    let m = cx.model;
    let mut entries = SectionWriter::new(PER);
    reports::reports(cx, &mut entries, blocks);
    reviews(cx, &mut entries);
    past_years(cx, &mut entries);
    if m.reports.iter().any(|r| !r.corrections.is_empty()) {
        entries.push(Entry {
            title: Cow::Owned(cx.t("corrections")),
            url: cx.url(urls::CORRECTIONS),
            kind: String::new(),
            text: Cow::Owned(cx.t("correction")),
        });
    }
    entries.push_each(&m.visits, |v| Entry {
        title: Cow::Borrowed(&v.title),
        url: cx.url(&urls::visit(v)),
        kind: cx.t("visits"),
        text: Cow::Owned(words(&v.body.text)),
    });
    entries.finish()
}

/// Each review: its commentary, rectification, citations and awards.
fn reviews(cx: &Ctx, entries: &mut SectionWriter) {
    for r in &cx.model.reviews {
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
        entries.push(Entry {
            title: Cow::Owned(format!(
                "{} · {}",
                cx.t("reviews"),
                cx.period_name(r.period)
            )),
            url: cx.url(&urls::review(r.period)),
            kind: cx.t("reviews"),
            text: Cow::Owned(text),
        });
    }
}

/// Past years as they ended (SPEC §17): each year, and each unit's page for it.
fn past_years(cx: &Ctx, entries: &mut SectionWriter) {
    let m = cx.model;
    for y in super::pages::past_years(m) {
        entries.push(Entry {
            title: Cow::Owned(format!("{} {y}", cx.t("years"))),
            url: cx.url(&urls::year(y)),
            kind: cx.t("years"),
            text: Cow::Borrowed(""),
        });
        for u in m.units_in(y) {
            entries.push(Entry {
                title: Cow::Owned(format!("{} · {y}", u.name_in(y))),
                url: cx.url(&urls::unit_year(&u.id, y)),
                kind: cx.t("unit"),
                text: Cow::Borrowed(u.short.as_deref().unwrap_or("")),
            });
        }
    }
}

/// The index file: the folding pairs and the entries.
#[derive(Serialize, Deserialize)]
struct Index<'a> {
    #[serde(borrow)]
    fold: Cow<'a, str>,
    #[serde(borrow)]
    entries: Vec<Entry<'a>>,
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
    let Ok(Index { entries, .. }) = serde_json::from_slice::<Index>(index_json) else {
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
    for e in &entries {
        let (title, text) = (e.title.as_ref(), e.text.as_ref());
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
            url: e.url.clone(),
            excerpt,
        });
    }
    hits
}

#[cfg(test)]
mod tests {
    use super::{Entry, Index, PER, Records, Section, SectionWriter, assemble};
    use crate::render::fold;
    use std::borrow::Cow;
    use std::sync::Arc;

    fn entry(i: usize) -> Entry<'static> {
        Entry {
            title: Cow::Owned(format!("單位 \"{i}\"")),
            url: format!("/units/u{i}/"),
            kind: "單位".into(),
            text: Cow::Borrowed(if i.is_multiple_of(2) {
                "比學趕超 \\ 一諾"
            } else {
                "點評"
            }),
        }
    }

    /// The sections, however the entries fall into them and at any part size, make the bytes
    /// serde_json makes of the whole index, folding pairs included.
    #[test]
    fn sections_join_into_the_whole_index() {
        for n in [0, 1, 2, 5, 7] {
            let all: Vec<Entry> = (0..n).map(entry).collect();
            let texts = all.iter().flat_map(|e| [e.title.as_ref(), e.text.as_ref()]);
            let whole = serde_json::to_vec(&Index {
                fold: Cow::Owned(fold::pairs_for(texts)),
                entries: (0..n).map(entry).collect(),
            })
            .expect("serialises");
            for (k, m) in [(0, 0), (0, n), (n, n), (n / 2, n), (1.min(n), n - n / 3)] {
                for per in [1, 2, 3, 1000] {
                    let section =
                        |r: std::ops::Range<usize>| Section::of(r.map(entry).collect(), per);
                    let records = Records {
                        before: section(0..k),
                        after: section(m..n),
                    };
                    let parts: Vec<Vec<u8>> = assemble(Arc::new(records), section(k..m)).collect();
                    let label = format!("{n} entries split at {k} and {m}, {per} a part");
                    assert_eq!(
                        String::from_utf8_lossy(&parts.concat()),
                        String::from_utf8_lossy(&whole),
                        "{label}"
                    );
                    let sizes = [k, m - k, n - m].map(|x| x.div_ceil(per));
                    assert_eq!(parts.len(), 2 + sizes.iter().sum::<usize>(), "{label}");
                }
            }
        }
    }

    /// Entries made [`PER`] at a time side by side, after one pushed alone, are the bytes and
    /// characters of pushing each in turn.
    #[test]
    fn entries_made_side_by_side_are_those_made_in_turn() {
        let items: Vec<usize> = (0..PER * 2 + 7).collect();
        let made = |i: &usize| entry(*i);
        let joined = |s: Section| {
            let parts: Vec<&[u8]> = s.parts.iter().map(|p| p.as_slice()).collect();
            let mut chars: Vec<char> = s.chars.into_iter().collect();
            chars.sort_unstable();
            (
                String::from_utf8_lossy(&parts.join(&b","[..])).into_owned(),
                chars,
            )
        };
        let mut in_turn = SectionWriter::new(PER);
        in_turn.push(entry(9999));
        items.iter().map(made).for_each(|e| in_turn.push(e));
        let mut side_by_side = SectionWriter::new(PER);
        side_by_side.push(entry(9999));
        side_by_side.push_each(&items, made);
        let (a, b) = (joined(in_turn.finish()), joined(side_by_side.finish()));
        assert_eq!(a, b);
        assert!(a.0.contains("/u9999/") && a.0.contains("/u2006/"));
        assert_eq!(a.0.matches("\"url\"").count(), 1 + items.len());
    }
}
