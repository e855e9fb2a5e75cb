//! Markdown bodies of content files, their shortcodes expanded against the figures.

use super::Pages;
use crate::model::{Markdown, Month};
use crate::render::markdown::{self, Rendered};
use crate::render::memo;
use crate::render::shortcode::Shortcode;
use crate::render::urls;
use crate::score::Scores;

impl<'a> Pages<'a> {
    /// Markdown of a content file, shortcodes expanded against `period`. In a rebuild where no
    /// figure or record changed, the previous rebuild's rendering is reused: the key holds the
    /// number that names the figures' state ([`super::reuse::Reuse::generation`]), new whenever
    /// they changed. So a past year's pages, which reuse no page, reuse these too: a past year's
    /// bulletins were rendered again on every rebuild (12 of 24 at 1,000 units, 20 ms).
    pub(crate) fn markdown(&self, md: &Markdown, period: Option<Month>) -> Rendered {
        let (Some(shared), Some(caches)) = (self.shared_fingerprint, self.caches) else {
            return self.markdown_uncached(md, period);
        };
        if !md.text.contains("{{") {
            return self.markdown_uncached(md, period);
        }
        let key = memo::key((
            &md.text,
            &md.path,
            md.line,
            period,
            shared,
            self.reuse.generation,
            self.cx.past,
        ));
        if let Some(r) = caches.with_shortcodes.get(key) {
            return r;
        }
        let before = self.diag_count();
        let r = self.markdown_uncached(md, period);
        // Only a clean rendering: one with errors must report them again.
        if self.diag_count() == before {
            caches.with_shortcodes.insert(key, r.clone());
        }
        r
    }

    pub(super) fn diag_count(&self) -> usize {
        self.diags
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .len()
    }

    pub(super) fn markdown_uncached(&self, md: &Markdown, period: Option<Month>) -> Rendered {
        self.markdown_with(md, period, self.cx.scores)
    }

    /// Markdown with its shortcodes drawn from `figures` (the current ones, or those as of a
    /// bulletin's date); the result names the months they show.
    pub(super) fn markdown_with(
        &self,
        md: &Markdown,
        period: Option<Month>,
        figures: &'a Scores,
    ) -> Rendered {
        // Chart ids must be unique on the page: number the shortcodes of this document, and
        // name the document by where it starts.
        let doc = format!("{:x}-{}", fnv(md.path.as_bytes()), md.line);
        let mut n = 0;
        let mut months = Vec::new();
        let mut expand = |sc: &Shortcode| {
            n += 1;
            if let Some(m) = self.shown_month(sc, period) {
                months.push(m);
            }
            self.shortcode(sc, period, &urls::chart::shortcode(&doc, n), figures)
        };
        let rendered = markdown::render_cached(
            md,
            self.cx.model.site.raw_html,
            self.cx.links.base(),
            &mut expand,
            self.caches.map(|c| &c.markdown),
        );
        match rendered {
            Ok(mut r) => {
                months.sort();
                months.dedup();
                r.months = months;
                r
            }
            Err(d) => {
                self.diags
                    .lock()
                    .unwrap_or_else(std::sync::PoisonError::into_inner)
                    .extend(d);
                Rendered::default()
            }
        }
    }

    /// The HTML of optional Markdown (a pledge, a citation).
    pub(super) fn md_html(&self, md: &Option<Markdown>) -> Option<String> {
        md.as_ref().map(|m| self.markdown(m, None).html)
    }
}

/// A small stable hash (FNV-1a) for ids derived from file paths.
fn fnv(bytes: &[u8]) -> u32 {
    bytes.iter().fold(0x811c_9dc5u32, |h, b| {
        (h ^ u32::from(*b)).wrapping_mul(0x0100_0193)
    })
}
