//! Pacesetter's command-line test suite: one binary, a module per area. Every test copies a
//! fixture site from `tests/fixtures/` into a temporary folder and runs the real binary on it.
//!
//! - `commands`: init, new, import, serve and the search index;
//! - `crash`: builds killed at any moment leave the previous output whole;
//! - `conformance`: the shared conformance site against the independently computed figures;
//! - `minimal`: a small hand-made site whose every figure is worked out by hand;
//! - `english`: the minimal site in English, with English punctuation;
//! - `errors`: one bad input per validation rule, with the whole error output;
//! - `guide`: the getting-started guides' commands run as written on a site made by `init`;
//! - `import`: spreadsheets and workbooks as offices keep them;
//! - `language`: messages in the site's language, `--lang`, `PACESETTER_LANG`;
//! - `ledger`: published.lock, written by the public build, refusing silent changes;
//! - `methodology`: the methodology page's rules in each language;
//! - `hardening`: issue 17's hostile and careless inputs, one test per class (sanitizer slots,
//!   reader, limits, output folder, serve, text written out);
//! - `output`: what a build may and may not do to the output folder.
//! - `pairs_pages`: /pairs/ of a campaign larger than a page, split into pages with a pager;
//! - `resident`: issue 14's words agree with the figures (direction × aggregate), 未報送 shown;
//! - `search_page`: the search page's form submits, with a labelled button;
//! - `status`: the campaign status page at months 2, 3, 6 and 12, and visits per pairing;
//! - `years`: a later year's plan leaves earlier years' data as published;
//! - `past_years`: the pages of past years as they ended, and their byte-identity;
//! - `corrections`: 更正 marks, /corrections/, feed entries, bulletins and reviews as of their date;
//! - `aliases`: old ids' redirects and the notice of a unit that left;
//! - `site`: the public HTML site built from `tests/fixtures/site/` (pages, links, feed, charts).
//!
//! Nothing here depends on the clock, the locale, the network, thread count or hash order.

#![warn(clippy::too_many_lines)]

mod aliases;
mod commands;
#[path = "../common/mod.rs"]
mod common;
mod conformance;
mod conventions;
mod corrections;
mod crash;
mod english;
mod errors;
mod guide;
mod hardening;
mod help;
mod import;
mod language;
mod ledger;
mod methodology;
mod minimal;
mod output;
mod pairs_pages;
mod past_years;
mod resident;
mod search_page;
mod site;
mod status;
mod support;
mod years;
