//! The caches a `serve` session owns and hands to each render: charts and Markdown whose inputs
//! did not change are reused. A normal build renders without them.

use super::markdown::Rendered;
use super::memo::Memo;

#[derive(Default)]
pub struct Caches {
    pub(crate) charts: Memo<String>,
    /// Markdown without shortcodes: its HTML depends on its text alone.
    pub(crate) markdown: Memo<Rendered>,
    /// Markdown with shortcodes (bulletins, mostly), whose output depends on the figures and
    /// records as well as on its text: valid only while none of those change.
    pub(crate) with_shortcodes: Memo<Rendered>,
}

impl Caches {
    /// Called at the start of a render that builds every page's context: what the last such
    /// render did not use is forgotten, and so is all Markdown with shortcodes.
    pub(crate) fn next_generation(&self) {
        self.charts.next_generation();
        self.markdown.next_generation();
        self.with_shortcodes.clear();
    }
}
