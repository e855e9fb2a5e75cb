//! Every path of the built site and every link to it. A page kind's path is written once, here:
//! a new kind of page (a year's archive, a unit's feed) is one function in this file.
//!
//! A path is relative to the site's root and `/`-separated. A page's path ends in `/` and the
//! page is written to `<path>index.html` ([`file`]); other files' paths name the file. [`Links`]
//! turns a path into a link under the site's base URL.

use crate::model::{Bulletin, CorrectedFigure, Month, Visit};
use std::fmt::Display;

pub(crate) const HOME: &str = "";
pub(crate) const RANKINGS: &str = "rankings/";
pub(crate) const UNITS: &str = "units/";
pub(crate) const PAIRS: &str = "pairs/";
pub(crate) const BULLETINS: &str = "bulletins/";
pub(crate) const REVIEWS: &str = "reviews/";
pub(crate) const VISITS: &str = "visits/";
pub(crate) const STATUS: &str = "status/";
pub(crate) const METHODOLOGY: &str = "methodology/";
pub(crate) const PAGES: &str = "pages/";
pub(crate) const SEARCH: &str = "search/";
/// The list of past years (SPEC §17).
pub(crate) const YEARS: &str = "years/";
pub(crate) const CORRECTIONS: &str = "corrections/";
/// Where the methodology page lists the indicators.
pub(crate) const INDICATORS: &str = "methodology/#indicators";
pub(crate) const NOT_FOUND: &str = "404.html";

pub(crate) const FEED: &str = "feed.xml";
pub(crate) const SITEMAP: &str = "sitemap.xml";
pub(crate) const STYLE: &str = "style.css";
pub(crate) const SEARCH_JS: &str = "search.js";
/// The larger-text, higher-contrast switch (適老化) on every page.
pub(crate) const ELDER_JS: &str = "elder.js";
/// Beside the search page that loads it (search.html's `data-index`).
pub(crate) const SEARCH_INDEX: &str = "search/search-index.json";
/// The folder of the open data; every file in it is open data.
pub(crate) const DATA: &str = "data/";
pub(crate) const DATA_INDEX: &str = "data/index.json";
pub(crate) const DATA_CORRECTIONS: &str = "data/corrections.json";

/// A unit's page.
pub(crate) fn unit(id: impl Display) -> String {
    format!("{UNITS}{id}/")
}

/// A unit's page for a past year, as that year ended.
pub(crate) fn unit_year(id: impl Display, year: i32) -> String {
    format!("{UNITS}{id}/{year}/")
}

/// A past year's page.
pub(crate) fn year(year: i32) -> String {
    format!("{YEARS}{year}/")
}

/// The pairs of a past year.
pub(crate) fn pairs_year(year: i32) -> String {
    format!("{PAIRS}{year}/")
}

/// Page `n` (from 1) of a list split into pages whose first page is `first`: `first` itself,
/// then `<first>page/<n>/`, as Hugo and Zola name them.
pub(crate) fn paged(first: &str, n: usize) -> String {
    if n <= 1 {
        first.to_owned()
    } else {
        format!("{first}page/{n}/")
    }
}

/// The campaign status of a past year.
pub(crate) fn status_year(year: i32) -> String {
    format!("{STATUS}{year}/")
}

/// A corrected figure's entry on the corrections page.
pub(crate) fn correction(c: &CorrectedFigure) -> String {
    format!("{CORRECTIONS}#{}", correction_anchor(c))
}

/// The id of a corrected figure's entry on the corrections page.
pub(crate) fn correction_anchor(c: &CorrectedFigure) -> String {
    format!("fix-{}-{}-{}-{}", c.date, c.unit, c.period, c.indicator)
}

/// A unit's Atom feed (SPEC §18).
pub(crate) fn unit_feed(id: impl Display) -> String {
    format!("{UNITS}{id}/feed.xml")
}

/// The feed that belongs to the page at `path`: a unit page's own (`units/<unit>/`).
pub(crate) fn feed_of(path: &str) -> Option<String> {
    let id = path.strip_prefix(UNITS)?.strip_suffix('/')?;
    (!id.is_empty() && !id.contains('/')).then(|| unit_feed(id))
}

/// A month's rankings.
pub(crate) fn rankings(m: Month) -> String {
    format!("{RANKINGS}{m}/")
}

pub(crate) fn bulletin(b: &Bulletin) -> String {
    format!("{BULLETINS}{}/", b.slug())
}

/// A section of a bulletin, by its heading's id.
pub(crate) fn bulletin_section(b: &Bulletin, heading: &str) -> String {
    format!("{}#{heading}", bulletin(b))
}

/// A review, by its period (`2026-Q1`, `2026-H1`, `2026`).
pub(crate) fn review(period: impl Display) -> String {
    format!("{REVIEWS}{period}/")
}

/// A free page, by its slug.
pub(crate) fn page(slug: &str) -> String {
    format!("{PAGES}{slug}/")
}

/// A visit's place on the visits page.
pub(crate) fn visit(v: &Visit) -> String {
    format!("{VISITS}#{}", visit_anchor(v))
}

/// The id of a visit's entry on the visits page.
pub(crate) fn visit_anchor(v: &Visit) -> String {
    format!("{}-{}", v.date, v.slug)
}

/// A month's open data as JSON.
pub(crate) fn data_json(m: Month) -> String {
    format!("{DATA}{m}.json")
}

/// A month's indicator rows as CSV (SPEC §18).
pub(crate) fn data_indicators_csv(m: Month) -> String {
    format!("{DATA}{m}-indicators.csv")
}

/// Every published month's indicator rows in one CSV.
pub(crate) const DATA_INDICATORS: &str = "data/indicators.csv";
/// Each unit's annual targets, year by year.
pub(crate) const DATA_TARGETS: &str = "data/targets.csv";
/// The reviews' survey scores (群眾評議).
pub(crate) const DATA_SURVEYS: &str = "data/surveys.csv";
/// The reviews' pacesetters and awards.
pub(crate) const DATA_AWARDS: &str = "data/awards.csv";

/// A month's open data as CSV.
pub(crate) fn data_csv(m: Month) -> String {
    format!("{DATA}{m}.csv")
}

/// Ids of charts, unique on their page so that a link or a data table can point at one.
pub(crate) mod chart {
    /// The score bars of a category on a rankings page.
    pub(crate) fn bars(category: impl std::fmt::Display) -> String {
        format!("bars-{category}")
    }

    /// An indicator's progress chart on a unit page.
    pub(crate) fn progress(indicator: impl std::fmt::Display) -> String {
        format!("p-{indicator}")
    }

    /// The rank history on a unit page.
    pub(crate) const RANK_HISTORY: &str = "rank-history";

    /// The `n`th chart drawn by a shortcode of the document named `doc`.
    pub(crate) fn shortcode(doc: &str, n: usize) -> String {
        format!("sc-{doc}-{n}")
    }
}

/// The file a path is written to: `units/a/` → `units/a/index.html`; a file's path is itself.
pub(crate) fn file(path: &str) -> String {
    let path = path.trim_start_matches('/');
    if path.ends_with(".html") {
        path.to_owned()
    } else {
        format!("{path}index.html")
    }
}

/// The path of the page written to `file`, the inverse of [`file`] for pages.
pub(crate) fn page_of(file: &str) -> &str {
    file.trim_end_matches("index.html")
}

/// Whether the file at `file` is a page listed in the sitemap (every HTML page but 404).
pub(crate) fn is_page(file: &str) -> bool {
    file.ends_with("index.html")
}

/// Whether `path` is open data.
pub(crate) fn is_data(path: &str) -> bool {
    path.starts_with(DATA) && !is_page(path)
}

/// Links under the site's base URL.
#[derive(Debug, Clone)]
pub(crate) struct Links {
    /// Path prefix every link starts with, e.g. `/` or `/bxgc/`.
    base: String,
    /// Absolute prefix for the feed and sitemap (equal to `base` when base_url is a path).
    absolute: String,
}

impl Links {
    /// Splits base_url into the path prefix for links and the absolute prefix for the feed.
    pub(crate) fn new(base_url: &str) -> Links {
        let trimmed = base_url.trim();
        let (origin, path) = match trimmed.find("://") {
            Some(i) => {
                let after = &trimmed[i + 3..];
                let slash = after.find('/').map_or(trimmed.len(), |s| i + 3 + s);
                (&trimmed[..slash], &trimmed[slash..])
            }
            None => ("", trimmed),
        };
        let mut base = String::from("/");
        base.push_str(path.trim_matches('/'));
        if !base.ends_with('/') {
            base.push('/');
        }
        let absolute = format!("{origin}{base}");
        Links { base, absolute }
    }

    /// The path prefix every link starts with.
    pub(crate) fn base(&self) -> &str {
        &self.base
    }

    /// The link to `path`, from any page of the site.
    pub(crate) fn to(&self, path: &str) -> String {
        format!("{}{}", self.base, path.trim_start_matches('/'))
    }

    /// The absolute link to `path` (the feed's and the sitemap's).
    pub(crate) fn absolute(&self, path: &str) -> String {
        format!("{}{}", self.absolute, path.trim_start_matches('/'))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_url_gives_link_and_absolute_prefixes() {
        let l = Links::new("https://example.org/bxgc");
        assert_eq!(l.base(), "/bxgc/");
        assert_eq!(l.to("units/a/"), "/bxgc/units/a/");
        assert_eq!(l.absolute("feed.xml"), "https://example.org/bxgc/feed.xml");
        let l = Links::new("https://example.org");
        assert_eq!(
            (l.base(), l.absolute("")),
            ("/", "https://example.org/".into())
        );
        let l = Links::new("/");
        assert_eq!((l.base(), l.absolute("x")), ("/", "/x".into()));
    }

    #[test]
    fn a_page_path_is_written_to_its_index() {
        assert_eq!(file("units/a/"), "units/a/index.html");
        assert_eq!(file(HOME), "index.html");
        assert_eq!(file(NOT_FOUND), "404.html");
        assert_eq!(page_of("units/a/index.html"), "units/a/");
        assert_eq!(unit("a"), "units/a/");
        assert_eq!(rankings(Month::new(2026, 3)), "rankings/2026-03/");
        assert_eq!(data_csv(Month::new(2026, 3)), "data/2026-03.csv");
        assert_eq!(unit_year("a", 2025), "units/a/2025/");
        assert_eq!(file(&year(2025)), "years/2025/index.html");
        assert_eq!(pairs_year(2025), "pairs/2025/");
        assert_eq!(paged(PAIRS, 1), "pairs/");
        assert_eq!(paged(PAIRS, 2), "pairs/page/2/");
        assert_eq!(paged(&pairs_year(2025), 3), "pairs/2025/page/3/");
        assert_eq!(status_year(2025), "status/2025/");
        assert_eq!(feed_of("units/a/"), Some("units/a/feed.xml".into()));
        assert_eq!(feed_of("units/a/2025/"), None);
        assert_eq!(feed_of(UNITS), None);
    }
}
