//! The search index's entries of monthly summaries and quarterly reports. `serve` keeps each
//! unit's run of monthly summaries serialised ([`Blocks`]), under a key of everything they are
//! made from, so that a summary edited makes one unit's entries again rather than every unit's
//! (at 10,000 units the summaries' entries were most of a summary edit's 0.8 s of search index).

use super::{Block, Entry, SectionWriter, words};
use crate::model::Report;
use crate::render::fingerprint::Fingerprint;
use crate::render::urls;
use crate::render::views::Ctx;
use rayon::prelude::*;
use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

/// Each unit's run of monthly summaries ([`Block`]) in the last index made, by key ([`key`]);
/// each index made keeps only the blocks it used, so they never outgrow one index's summaries.
#[derive(Default)]
pub struct Blocks(Mutex<HashMap<u64, Arc<Block>>>);

impl Blocks {
    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<u64, Arc<Block>>> {
        self.0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Bytes held, roughly.
    pub fn bytes(&self) -> usize {
        (self.lock().values())
            .map(|b| b.bytes.capacity() + 4 * b.chars.capacity())
            .sum()
    }
}

/// Monthly summaries and quarterly reports that say something, each its own entry; with
/// `blocks`, a unit's summaries whose key is kept are that block's bytes.
pub(super) fn reports(cx: &Ctx, entries: &mut SectionWriter, blocks: Option<&Blocks>) {
    let m = cx.model;
    match blocks {
        // Each unit's summaries made side by side (reading 240,000 summaries' Markdown for
        // words was most of a 10,000-unit index's time on one thread), then put in order: the
        // bytes are those of one pass.
        None => {
            let runs: Vec<&[Report]> = m.reports.chunk_by(|a, b| a.unit == b.unit).collect();
            let made: Vec<Block> = runs.par_iter().map(|run| block(cx, run)).collect();
            made.iter().for_each(|b| entries.push_block(b));
        }
        Some(blocks) => {
            let mut was = std::mem::take(&mut *blocks.lock());
            let mut now = HashMap::with_capacity(was.len());
            for run in m.reports.chunk_by(|a, b| a.unit == b.unit) {
                let key = key(cx, run);
                let block = was.remove(&key).unwrap_or_else(|| Arc::new(block(cx, run)));
                entries.push_block(&block);
                now.insert(key, block);
            }
            *blocks.lock() = now;
        }
    }
    entries.push_each(&m.quarterlies, |q| {
        let name = m.unit(q.unit.as_str()).map_or("", |u| u.name.as_str());
        let period = cx.period_name(crate::model::ReviewPeriod::Quarter(q.year, q.quarter));
        Entry {
            title: Cow::Owned(format!("{name} · {period}")),
            url: cx.url(&urls::unit(&q.unit)),
            kind: cx.t("feed_quarterly"),
            text: Cow::Owned(format!(
                "{} {}",
                q.title.as_deref().unwrap_or(""),
                words(&q.body.text)
            )),
        }
    });
}

/// A monthly summary's entry, when it says something.
fn push_report(cx: &Ctx, entries: &mut SectionWriter, r: &Report) {
    let text = words(&r.summary.text);
    if text.trim().is_empty() {
        return;
    }
    let name = (cx.model.unit(r.unit.as_str())).map_or("", |u| u.name_in(r.month.year));
    entries.push(Entry {
        title: Cow::Owned(format!("{name} · {}", cx.month(r.month))),
        url: format!("{}#report-{}", cx.url(&urls::unit(&r.unit)), r.month),
        kind: cx.t("feed_report"),
        text: Cow::Owned(text),
    });
}

/// Everything a run of one unit's summaries' entries are made from: the language (month
/// names), the word for a report, the unit's address, and each report's month, unit name that
/// year and summary.
fn key(cx: &Ctx, run: &[Report]) -> u64 {
    let mut h = Fingerprint::new();
    h.str(cx.lang.code());
    h.str(&cx.t("feed_report"));
    if let Some(r) = run.first() {
        h.str(&cx.url(&urls::unit(&r.unit)));
    }
    for r in run {
        let name = (cx.model.unit(r.unit.as_str())).map_or("", |u| u.name_in(r.month.year));
        h.str(name);
        h.u64((r.month.year as u64) << 4 | u64::from(r.month.month));
        h.str(&r.summary.text);
    }
    h.finish()
}

fn block(cx: &Ctx, run: &[Report]) -> Block {
    let mut w = SectionWriter::new(usize::MAX);
    for r in run {
        push_report(cx, &mut w, r);
    }
    w.into_block()
}

#[cfg(test)]
mod tests {
    use super::super::{Kept, index_parts};
    use crate::render::views::Ctx;
    use std::sync::Mutex;

    /// The index of `site` with `serve`'s kept entries (`kept`) and without.
    fn both(site: &crate::site::Site, kept: &Kept) -> (Vec<u8>, Vec<u8>) {
        let theme = crate::theme::load(None, site.model.site.language)
            .unwrap_or_else(|_| panic!("the default theme loads"));
        let ix = crate::render::index::Index::new(&site.model, &site.scores);
        let missing = Mutex::default();
        let cx = Ctx {
            model: &site.model,
            scores: &site.scores,
            t: &theme.strings,
            lang: site.model.site.language,
            links: crate::render::urls::Links::new(&site.model.site.base_url),
            ix: &ix,
            past: None,
            missing: &missing,
        };
        let with: Vec<u8> = index_parts(&cx, Some(kept), false).flatten().collect();
        let without: Vec<u8> = index_parts(&cx, None, false).flatten().collect();
        (with, without)
    }

    /// Kept summaries' entries make the bytes made afresh, and an edited summary's unit's
    /// entries are made again (its new words are found) while the other units' are kept.
    #[test]
    fn kept_summaries_give_the_index_made_afresh() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut site = crate::site::load_content(root, false)
            .unwrap_or_else(|_| panic!("the bundled example loads"));
        let kept = Kept::default();
        let (first, fresh) = both(&site, &kept);
        assert!(first == fresh, "first index");
        let blocks = kept.reports.lock().len();
        assert!(blocks > 3, "{blocks} units' summaries kept");
        let (again, _) = both(&site, &kept);
        assert!(again == fresh, "the index made from kept entries");

        let report = (site.model.reports.iter_mut())
            .rfind(|r| !r.summary.text.trim().is_empty())
            .unwrap_or_else(|| panic!("a report with a summary"));
        report
            .summary
            .text
            .push_str("\n補記一句：鎮上新開了圖書館。\n");
        let unit = report.unit.to_string();
        let before: Vec<u64> = kept.reports.lock().keys().copied().collect();
        let (edited, fresh) = both(&site, &kept);
        assert!(edited == fresh, "the index after a summary edit");
        assert!(edited != first, "the edit is in the index");
        let hits = super::super::query(&edited, "圖書館");
        assert_eq!(hits.len(), 1, "{hits:?}");
        assert!(hits[0].url.contains(&unit), "{hits:?}");
        let after = kept.reports.lock();
        let remade = after.keys().filter(|k| !before.contains(k)).count();
        assert_eq!(
            (remade, after.len()),
            (1, before.len()),
            "blocks made again"
        );
    }
}
