//! The caches a `serve` session owns and hands to each render: charts and Markdown whose inputs
//! did not change are reused. A normal build renders without them.

use super::markdown::Rendered;
use super::memo::Memo;

/// What the charts' memo may hold. A 1,000-unit campaign draws about 200 MB of chart SVG, a
/// 10,000-unit one about 2 GB: the small site stays whole in the memo, the large one keeps the
/// charts of the pages last rebuilt (a report edit renders a few pages, then rankings).
pub const CHARTS_BUDGET: usize = 256 << 20;
/// What each Markdown memo may hold: monthly summaries are short, bulletins a few KB each.
pub const MARKDOWN_BUDGET: usize = 96 << 20;

pub struct Caches {
    pub(crate) charts: Memo<String>,
    /// Markdown without shortcodes: its HTML depends on its text alone.
    pub(crate) markdown: Memo<Rendered>,
    /// Markdown with shortcodes (bulletins, mostly), whose output depends on the figures and
    /// records as well as on its text: valid only while none of those change.
    pub(crate) with_shortcodes: Memo<Rendered>,
    /// The search index's entries of the records.
    pub(crate) search: super::search::Kept,
}

impl Default for Caches {
    fn default() -> Self {
        Caches {
            charts: Memo::with_budget(CHARTS_BUDGET),
            markdown: Memo::with_budget(MARKDOWN_BUDGET),
            with_shortcodes: Memo::with_budget(MARKDOWN_BUDGET),
            search: super::search::Kept::default(),
        }
    }
}

impl Caches {
    /// Called at the start of a render that builds every page's context: what the last such
    /// render did not use is forgotten, and so is all Markdown with shortcodes.
    pub(crate) fn next_generation(&self) {
        self.charts.next_generation();
        self.markdown.next_generation();
        self.with_shortcodes.clear();
    }

    /// The bytes the memos and the search index's entries hold.
    pub fn bytes(&self) -> usize {
        self.charts.bytes()
            + self.markdown.bytes()
            + self.with_shortcodes.bytes()
            + self.search.bytes()
    }
}
