//! Every page of SPEC §12, one file per page kind. This module lists the pages, renders
//! them in parallel and hands each to the sink; [`reuse`] says which a rebuild may keep.

pub(crate) mod as_of;
mod body;
mod bulletins;
mod charts;
mod corrections;
mod data;
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
mod verdict;
mod visits;
mod years;

#[cfg(test)]
pub(crate) mod fields_tests;

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
pub(crate) use years::past_years;

/// At most this many free pages go in the navigation bar, which is on every page: listing all
/// of a site's pages there would make the site quadratic in pages (5,000 pages × 5,000 links).
/// When there are more, the bar lists the first `NAV_PAGES - 1` by weight and links the rest
/// through /pages/, a list of every page.
pub const NAV_PAGES: usize = 8;

/// Renders pages through the template engine, collecting problems as diagnostics.
pub(crate) struct Pages<'a> {
    pub(crate) cx: Ctx<'a>,
    pub(crate) engine: &'a Engine,
    /// The serve session's caches; a normal build has none.
    pub(crate) caches: Option<&'a Caches>,
    pub(crate) diags: &'a Mutex<Vec<Diagnostic>>,
    /// The figures as of the dates bulletins and reviews show them.
    pub(crate) as_of: &'a as_of::AsOf,
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
    /// Home › section › this page, on pages below a section; empty elsewhere.
    crumbs: Vec<Crumb>,
    /// The path of the section the page sits below (`units/`), the navigation's active item.
    section: &'static str,
    /// On a past year's pages, the month their figures are as of (the footer shows it
    /// instead of the site's latest, so that those pages never change).
    page_as_of: Option<String>,
    /// The page's absolute address, printed at the foot of a printed page.
    page_address: String,
    /// The page's own feed, if it has one (a unit's).
    page_feed: Option<String>,
}

/// A step of the breadcrumb trail; the last, the page itself, has no link.
#[derive(Serialize)]
struct Crumb {
    label: String,
    url: Option<String>,
}

/// The section a detail page sits in, by its path's first segment, and the word for it.
const SECTIONS: &[(&str, &str)] = &[
    (urls::RANKINGS, "rankings"),
    (urls::UNITS, "units"),
    (urls::BULLETINS, "bulletins"),
    (urls::REVIEWS, "reviews"),
    (urls::VISITS, "visits"),
    (urls::PAGES, "all_pages"),
];

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
    Data,
    Search,
    NotFound,
    YearsIndex,
    Corrections,
    /// A redirect from an old id (SPEC §17 `aliases`).
    Alias(&'m Unit, &'m str),
    /// A page of the past year at this position of the past years.
    Past(usize, PastJob<'m>),
}

/// A page of a past year.
enum PastJob<'m> {
    Year,
    Unit(&'m Unit),
    Pairs,
    Status,
}

impl Job<'_> {
    /// Whether the page lists every unit (so its size grows with the campaign's).
    fn lists_units(&self) -> bool {
        matches!(
            self,
            Job::Home
                | Job::Rankings(_)
                | Job::UnitsIndex
                | Job::Status
                | Job::Past(_, PastJob::Year | PastJob::Status)
        )
    }
}

impl<'a> Pages<'a> {
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
            crumbs: self.crumbs(path, title),
            section: section_of(path).map_or("", |(s, _)| s),
            page_as_of: self
                .cx
                .past
                .and(self.cx.latest())
                .map(|mf| self.cx.month(mf.month)),
            page_address: self.cx.links.absolute(path),
            page_feed: urls::feed_of(path).map(|f| self.cx.url(&f)),
        };
        if let Some(fp) = self.fingerprint(template, &context)
            && files.unchanged(&file, fp)
        {
            return;
        }
        match self.engine.render_bytes(template, &context) {
            Ok(html) => files.put_page(file, html),
            Err(d) => self.report(d),
        }
    }

    /// The breadcrumb trail of a page below a section (`units/wuzhen/`).
    fn crumbs(&self, path: &str, title: &str) -> Vec<Crumb> {
        let cx = &self.cx;
        let Some((section, key)) = section_of(path) else {
            return Vec::new();
        };
        let mut trail = vec![Crumb {
            label: cx.t("home"),
            url: Some(cx.url(urls::HOME)),
        }];
        // /pages/ exists only when the bar cannot list every page.
        if *section != urls::PAGES || cx.model.pages.len() > NAV_PAGES {
            trail.push(Crumb {
                label: cx.t(key),
                url: Some(cx.url(section)),
            });
        }
        trail.push(Crumb {
            label: title.to_owned(),
            url: None,
        });
        trail
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
        let past_years = years::past_years(m);
        let past: Vec<Pages> = past_years.iter().map(|&y| self.for_year(y)).collect();
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
            Job::Data,
            Job::Search,
            Job::NotFound,
            Job::YearsIndex,
            Job::Corrections,
        ]);
        for u in &m.units {
            jobs.extend(u.aliases.iter().map(|a| Job::Alias(u, a.as_str())));
        }
        for (k, &y) in past_years.iter().enumerate() {
            jobs.extend([PastJob::Year, PastJob::Pairs, PastJob::Status].map(|p| Job::Past(k, p)));
            jobs.extend(
                m.units_in(y)
                    .filter(|u| cx.category_of(u).is_some())
                    .map(|u| Job::Past(k, PastJob::Unit(u))),
            );
        }
        // The pages that list every unit take 100–400 MB each at 10,000 units while rendered:
        // one at a time on one thread, while both threads share the rest.
        let (wide, narrow): (Vec<Job>, Vec<Job>) = jobs.into_iter().partition(Job::lists_units);
        rayon::join(
            || {
                for job in &wide {
                    self.job(files, job, bulletins, &past);
                }
            },
            || {
                narrow
                    .par_iter()
                    .with_max_len(1)
                    .for_each(|job| self.job(files, job, bulletins, &past));
            },
        );
    }

    /// The pages of a past year: this renderer with a context about that year. Of the reuse
    /// rules it carries only what tells an unchanged unit after report edits, for its pairs
    /// pages (kept a page at a time, as this year's); its other pages are kept or not by
    /// [`Pages::unchanged_past`], on this renderer.
    fn for_year(&self, year: i32) -> Pages<'a> {
        Pages {
            cx: Ctx {
                past: Some(year),
                ..self.cx.clone()
            },
            engine: self.engine,
            caches: self.caches,
            diags: self.diags,
            as_of: self.as_of,
            shared_fingerprint: self.shared_fingerprint,
            reuse: Reuse {
                generation: self.reuse.generation,
                reports: self.reuse.reports.clone(),
                quarterlies: self.reuse.quarterlies,
                ..Reuse::default()
            },
            changed_units: self.changed_units.clone(),
        }
    }

    fn job(&self, files: &Out, job: &Job, bulletins: &[Rendered], past: &[Pages]) {
        let cx = &self.cx;
        if let Some(paths) = self.unchanged_paths(job) {
            for path in paths {
                files.keep(urls::file(&path));
            }
            return;
        }
        if let Some(paths) = self.unchanged_past(job, past) {
            for path in paths {
                files.keep(urls::file(&path));
            }
            return;
        }
        match *job {
            Job::Home => self.home(files, bulletins),
            // A past year's month is about that year too: its names, links to its pages.
            Job::Rankings(i) => {
                let year = cx.scores.months[i].month.year;
                match past.iter().find(|p| p.cx.past == Some(year)) {
                    Some(p) => p.rankings(files, i),
                    None => self.rankings(files, i),
                }
            }
            Job::NoRankings => self.no_rankings(files),
            Job::UnitsIndex => self.units_index(files),
            Job::Unit(u) => self.unit_page(files, u),
            Job::Pairs => self.pairs(files),
            Job::BulletinsIndex => self.bulletins_index(files, bulletins),
            Job::Bulletin(i) => self.bulletin(files, i, bulletins),
            Job::ReviewsIndex => self.reviews_index(files),
            // A past year's review is about that year: its names, and links to its pages.
            Job::Review(r) => {
                let year = cx.model.reviews[r].period.year();
                match past.iter().find(|p| p.cx.past == Some(year)) {
                    Some(p) => p.review(files, r),
                    None => self.review(files, r),
                }
            }
            Job::Page(p) => self.page(files, p),
            Job::PagesIndex => self.pages_index(files),
            Job::Visits => self.visits(files),
            Job::Status => self.status(files),
            Job::Methodology => self.methodology(files),
            Job::Data => self.data_page(files),
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
            Job::YearsIndex => self.years_index(files),
            Job::Corrections => self.corrections(files),
            Job::Alias(u, alias) => self.alias(files, u, alias),
            Job::Past(k, ref pj) => {
                let Some(p) = past.get(k) else { return };
                match *pj {
                    PastJob::Year => p.year_page(files),
                    PastJob::Unit(u) => p.unit_page(files, u),
                    PastJob::Pairs => p.pairs(files),
                    PastJob::Status => p.status(files),
                }
            }
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
    /// The 適老化 switch (SPEC §18).
    elder_js: String,
    /// /data/, the open data for people.
    data_page: String,
    footer: FooterView<'a>,
    /// The latest published month in words.
    data_as_of: Option<String>,
}

/// site.yaml's `footer:` lines (SPEC §18), as text.
#[derive(Serialize)]
pub(crate) struct FooterView<'a> {
    organizer: Option<&'a str>,
    contact: Option<&'a str>,
    icp: Option<&'a str>,
    site_code: Option<&'a str>,
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
            elder_js: cx.url(urls::ELDER_JS),
            data_page: cx.url(urls::DATA),
            footer: FooterView {
                organizer: site.footer.organizer.as_deref(),
                contact: site.footer.contact.as_deref(),
                icp: site.footer.icp.as_deref(),
                site_code: site.footer.site_code.as_deref(),
            },
            data_as_of: cx.latest().map(|m| cx.month(m.month)),
        }
    }
}

/// The section `path` sits below, when it is a detail page.
fn section_of(path: &str) -> Option<&'static (&'static str, &'static str)> {
    SECTIONS
        .iter()
        .find(|(s, _)| path.starts_with(s) && path.len() > s.len())
}

/// An item of the navigation bar.
#[derive(Serialize)]
pub(crate) struct NavItem<'a> {
    url: String,
    /// Equal to `page_path` on the page it links to.
    path: String,
    label: Cow<'a, str>,
    /// In the bar itself; the others go under 更多, so the bar fits two lines on a phone.
    primary: bool,
}

/// How many of the fixed items stay in the bar (首頁 … 點評).
const NAV_PRIMARY: usize = 6;

/// The navigation bar.
fn nav<'a>(cx: &Ctx<'a>) -> Vec<NavItem<'a>> {
    let item = |path: &str, label: Cow<'a, str>| NavItem {
        url: cx.url(path),
        path: path.to_owned(),
        label,
        primary: false,
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
    .enumerate()
    .map(|(i, (p, k))| NavItem {
        primary: i < NAV_PRIMARY,
        ..item(p, Cow::Owned(cx.t(k)))
    })
    .collect();
    // Past years, once there is one (SPEC §17).
    if !years::past_years(cx.model).is_empty() {
        items.push(item(urls::YEARS, Cow::Owned(cx.t("years"))));
    }
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
