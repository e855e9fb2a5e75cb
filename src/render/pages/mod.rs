//! Every page of SPEC §12, one file per page kind. This module lists the pages, renders
//! them in parallel and hands each to the sink; [`reuse`] says which a rebuild may keep.

mod body;
mod bulletins;
mod charts;
mod free;
mod home;
mod methodology;
mod pairs;
mod rankings;
pub(crate) mod reuse;
mod reviews;
mod shortcodes;
mod status;
mod unit;
mod units;
mod visits;

#[cfg(test)]
mod fields_tests;

use super::caches::Caches;
use super::engine::Engine;
use super::markdown::Rendered;
use super::views::Ctx;
use super::{Out, urls};
use crate::diag::Diagnostic;
use crate::model::{Page, Unit};
use rayon::prelude::*;
use reuse::{ChangedUnits, Reuse};
use serde::Serialize;
use std::borrow::Cow;
use std::sync::Mutex;

/// At most this many free pages go in the navigation bar, which is on every page: listing all
/// of a site's pages there would make the site quadratic in pages (5,000 pages × 5,000 links).
/// When there are more, the bar lists the first `NAV_PAGES - 1` by weight and links the rest
/// through /pages/, a list of every page.
pub const NAV_PAGES: usize = 8;

/// Renders pages through the template engine, collecting problems as diagnostics.
pub(crate) struct Pages<'a> {
    pub(crate) cx: Ctx<'a>,
    pub(crate) engine: Engine,
    /// The serve session's caches; a normal build has none.
    pub(crate) caches: Option<&'a Caches>,
    pub(crate) diags: Mutex<Vec<Diagnostic>>,
    /// The fingerprint of the templates and the shared context, when the sink keeps pages.
    pub(crate) shared_fingerprint: Option<u64>,
    pub(crate) reuse: Reuse<'a>,
    /// What differs from the previous build's figures, when only reports changed.
    pub(crate) changed_units: Option<ChangedUnits<'a>>,
}

/// What a page template gets besides the shared `site` and `t`.
#[derive(Serialize)]
struct PageContext<'p, P> {
    /// The page's own values: a view model of its kind.
    page: &'p P,
    page_title: &'p str,
    /// The page's path without the base, e.g. `units/wuzhen/`.
    page_path: &'p str,
    /// The page's link, base included.
    page_url: String,
}

/// A template that shows nothing of its own (search, 404).
#[derive(Serialize)]
struct Nothing {}

/// One page (or a pair of pages sharing their context) to render.
enum Job<'m> {
    Home,
    /// The rankings of the month at this position of `scores.months`.
    Rankings(usize),
    /// /rankings/ before any month is published.
    NoRankings,
    UnitsIndex,
    Unit(&'m Unit),
    Pairs,
    BulletinsIndex,
    /// The bulletin at this position of `model.bulletins`.
    Bulletin(usize),
    ReviewsIndex,
    /// The review at this position of `model.reviews`.
    Review(usize),
    Page(&'m Page),
    PagesIndex,
    Visits,
    Status,
    Methodology,
    Search,
    NotFound,
}

impl Pages<'_> {
    /// Renders the page at `path` with `template`, unless the sink holds it already.
    fn put(&self, files: &Out, path: &str, template: &str, title: &str, page: &impl Serialize) {
        #[cfg(test)]
        fields_tests::record(template, page);
        let file = urls::file(path);
        let context = PageContext {
            page,
            page_title: title,
            page_path: path,
            page_url: self.cx.url(path),
        };
        if let Some(fp) = self.fingerprint(template, &context)
            && files.unchanged(&file, fp)
        {
            return;
        }
        if let Some(html) = self.render_with(template, &context) {
            files.put_page(file, html.into_bytes());
        }
    }

    /// The fingerprint of everything a page is rendered from, when the sink keeps pages.
    fn fingerprint(&self, template: &str, context: &impl Serialize) -> Option<u64> {
        let shared = self.shared_fingerprint?;
        let mut h = super::fingerprint::Fingerprint::new();
        h.u64(shared);
        h.str(template);
        h.serialized(context);
        Some(h.finish())
    }

    /// Renders `template` with the shared context and `context`'s fields over it; a failure is
    /// recorded as a diagnostic.
    pub(crate) fn render_with(&self, template: &str, context: &impl Serialize) -> Option<String> {
        match self.engine.render(template, context) {
            Ok(s) => Some(s),
            Err(d) => {
                self.report(d);
                None
            }
        }
    }

    fn report(&self, d: Diagnostic) {
        self.diags
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .push(d);
    }

    /// Renders every page. Each page is one job and the jobs run in parallel, so the two cores
    /// stay busy whatever the mix (a site of plain pages, a campaign of unit pages); the output
    /// is a map by path, so the order jobs finish in never shows. `bulletins` holds each
    /// bulletin's body, rendered once, in the order of `model.bulletins`.
    pub(crate) fn all(&self, files: &Out, bulletins: &[Rendered]) {
        let cx = &self.cx;
        let m = cx.model;
        let mut jobs = vec![Job::Home, Job::UnitsIndex, Job::Pairs, Job::BulletinsIndex];
        jobs.extend((0..cx.scores.months.len()).map(Job::Rankings));
        if cx.scores.months.is_empty() {
            jobs.push(Job::NoRankings);
        }
        jobs.extend(m.units.iter().map(Job::Unit));
        jobs.extend((0..m.bulletins.len()).map(Job::Bulletin));
        jobs.push(Job::ReviewsIndex);
        jobs.extend((0..m.reviews.len()).map(Job::Review));
        jobs.extend(m.pages.iter().map(Job::Page));
        if m.pages.len() > NAV_PAGES {
            jobs.push(Job::PagesIndex);
        }
        jobs.extend([
            Job::Visits,
            Job::Status,
            Job::Methodology,
            Job::Search,
            Job::NotFound,
        ]);
        jobs.par_iter()
            .with_max_len(1)
            .for_each(|job| self.job(files, job, bulletins));
    }

    fn job(&self, files: &Out, job: &Job, bulletins: &[Rendered]) {
        let cx = &self.cx;
        if let Some(paths) = self.unchanged_paths(job) {
            for path in paths {
                files.keep(urls::file(&path));
            }
            return;
        }
        match *job {
            Job::Home => self.home(files, bulletins),
            Job::Rankings(i) => self.rankings(files, i),
            Job::NoRankings => self.no_rankings(files),
            Job::UnitsIndex => self.units_index(files),
            Job::Unit(u) => self.unit_page(files, u),
            Job::Pairs => self.pairs(files),
            Job::BulletinsIndex => self.bulletins_index(files),
            Job::Bulletin(i) => self.bulletin(files, i, bulletins),
            Job::ReviewsIndex => self.reviews_index(files),
            Job::Review(r) => self.review(files, r),
            Job::Page(p) => self.page(files, p),
            Job::PagesIndex => self.pages_index(files),
            Job::Visits => self.visits(files),
            Job::Status => self.status(files),
            Job::Methodology => self.methodology(files),
            Job::Search => self.put(
                files,
                urls::SEARCH,
                "search.html",
                &cx.t("search"),
                &Nothing {},
            ),
            Job::NotFound => self.put(
                files,
                urls::NOT_FOUND,
                "404.html",
                &cx.t("not_found"),
                &Nothing {},
            ),
        }
    }
}

/// `site` in every template's context: what every page shows of the site.
#[derive(Serialize)]
pub(crate) struct SiteView<'a> {
    title: &'a str,
    office: &'a str,
    description: Option<&'a str>,
    lang: &'static str,
    /// The path every link starts with: `/` or `/bxgc/`.
    base: &'a str,
    nav: Vec<NavItem<'a>>,
    css: String,
    feed: String,
    data: String,
    search_js: String,
    /// The latest published month in words.
    data_as_of: Option<String>,
}

impl<'a> SiteView<'a> {
    pub(crate) fn new(cx: &'a Ctx<'a>) -> SiteView<'a> {
        let site = &cx.model.site;
        SiteView {
            title: &site.title,
            office: &site.office,
            description: site.description.as_deref(),
            lang: site.language.code(),
            base: cx.links.base(),
            nav: nav(cx),
            css: cx.url(urls::STYLE),
            feed: cx.url(urls::FEED),
            data: cx.url(urls::DATA_INDEX),
            search_js: cx.url(urls::SEARCH_JS),
            data_as_of: cx.latest().map(|m| cx.month(m.month)),
        }
    }
}

/// An item of the navigation bar.
#[derive(Serialize)]
pub(crate) struct NavItem<'a> {
    url: String,
    /// Equal to `page_path` on the page it links to.
    path: String,
    label: Cow<'a, str>,
}

/// The navigation bar.
fn nav<'a>(cx: &Ctx<'a>) -> Vec<NavItem<'a>> {
    let item = |path: &str, label: Cow<'a, str>| NavItem {
        url: cx.url(path),
        path: path.to_owned(),
        label,
    };
    let mut items: Vec<NavItem> = [
        (urls::HOME, "home"),
        (urls::RANKINGS, "rankings"),
        (urls::UNITS, "units"),
        (urls::PAIRS, "pairs"),
        (urls::BULLETINS, "bulletins"),
        (urls::REVIEWS, "reviews"),
        (urls::VISITS, "visits"),
        (urls::STATUS, "status"),
        (urls::METHODOLOGY, "methodology"),
    ]
    .iter()
    .map(|(p, k)| item(p, Cow::Owned(cx.t(k))))
    .collect();
    let pages = &cx.model.pages;
    let listed = if pages.len() > NAV_PAGES {
        NAV_PAGES - 1
    } else {
        pages.len()
    };
    for p in &pages[..listed] {
        items.push(item(&urls::page(&p.slug), Cow::Borrowed(&p.title)));
    }
    if listed < pages.len() {
        items.push(item(urls::PAGES, Cow::Owned(cx.t("more_pages"))));
    }
    items.push(item(urls::SEARCH, Cow::Owned(cx.t("search"))));
    items
}

/// Items of one year, newest first.
#[derive(Serialize)]
struct Year<T> {
    year: i32,
    #[serde(flatten)]
    items: T,
}

/// Items already in newest-first order, grouped under their year: `[{year: 2026, …}, …]`;
/// `wrap` names the list (`{issues: [...]}`).
fn by_year<I, T>(
    items: impl Iterator<Item = (i32, I)>,
    wrap: impl Fn(Vec<I>) -> T,
) -> Vec<Year<T>> {
    let mut years: Vec<(i32, Vec<I>)> = Vec::new();
    for (year, item) in items {
        match years.last_mut() {
            Some((y, list)) if *y == year => list.push(item),
            _ => years.push((year, vec![item])),
        }
    }
    years
        .into_iter()
        .map(|(year, list)| Year {
            year,
            items: wrap(list),
        })
        .collect()
}
