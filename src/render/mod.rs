//! Turns the model and its scores into files, handed to a [`Sink`] as they are made (a map in
//! memory, or the build's folder). Never reads the disk, never computes a figure.

mod caches;
pub(crate) mod chart;
pub(crate) mod data;
mod engine;
mod feed;
mod fingerprint;
pub(crate) mod fold;
pub(crate) mod format;
pub(crate) mod index;
pub(crate) mod markdown;
pub(crate) mod memo;
mod month_json;
#[cfg(test)]
mod month_json_tests;
mod pages;
mod pretty;
pub mod search;
mod shapes;
pub(crate) mod sheets;
pub(crate) mod shortcode;
mod unit_feed;
pub(crate) mod urls;
pub(crate) mod views;
mod wording;

#[cfg(test)]
mod open_data_tests;

pub use crate::files::{Body, Files};
pub use caches::Caches;
pub(crate) use pages::reuse::{ReportsOnly, Reuse};

use crate::diag::Diagnostic;
use crate::model::Model;
use crate::score::Scores;
use crate::theme::Theme;
use rayon::prelude::*;
use std::collections::BTreeSet;
use std::sync::Mutex;

/// Where rendered files go, as they are rendered (from several threads at once): a map in
/// memory for [`render`], or a folder being filled (the build's, in `output/`), so that a large
/// site never has to sit in memory whole. Each path is put once.
pub trait Sink: Sync {
    fn put(&self, path: String, body: Body);

    /// A page rendered from a template, after [`Sink::unchanged`] said the sink does not hold
    /// it already (only for a sink that [`Sink::keeps`] files).
    fn put_page(&self, path: String, html: Vec<u8>) {
        self.put(path, Body::Bytes(html));
    }

    /// A file made of `chunks` one after another. A sink that writes to disk writes them as
    /// they come, so that a file of hundreds of megabytes is never held whole; this one joins
    /// them and puts the file.
    fn put_chunks(&self, path: String, chunks: &mut dyn Iterator<Item = Vec<u8>>) {
        let mut all = Vec::new();
        for c in chunks {
            all.extend_from_slice(&c);
        }
        self.put(path, Body::Bytes(all));
    }

    /// Whether this sink keeps the previous build's files (`serve`'s does), so that pages need
    /// fingerprints. A normal build's does not, and pays nothing for them.
    fn keeps(&self) -> bool {
        false
    }

    /// Whether the page at `path` was rendered by the previous build from inputs with this
    /// fingerprint, and so is in place already. A sink that keeps files records it for the next.
    fn unchanged(&self, _path: &str, _fingerprint: u64) -> bool {
        false
    }

    /// Keeps the previous build's file at `path` as it is, without it being rendered again.
    fn keep(&self, _path: &str) {}

    /// Part `index` of the previous build's file at `path`, when it was put in parts and the
    /// sink keeps files: a file whose parts are known to be unchanged need not make them again.
    fn previous_part(&self, _path: &str, _index: usize) -> Option<Vec<u8>> {
        None
    }

    /// Whether the previous build had the same templates and site-wide context (`fingerprint`
    /// of both); recorded for the next.
    fn same_shared(&self, _fingerprint: u64) -> bool {
        false
    }
}

impl Sink for Mutex<Files> {
    fn put(&self, path: String, body: Body) {
        self.lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .insert(path, body);
    }
}

/// The sink as the page renderers see it: it also keeps the paths put, for the sitemap and so
/// that a static file never replaces a generated one.
pub struct Out<'s> {
    sink: &'s dyn Sink,
    paths: Mutex<Vec<String>>,
}

impl Out<'_> {
    pub fn put(&self, path: String, body: Body) {
        self.record(&path);
        self.sink.put(path, body);
    }

    /// A file made of `chunks` (see [`Sink::put_chunks`]).
    pub fn put_chunks(&self, path: String, chunks: &mut dyn Iterator<Item = Vec<u8>>) {
        self.record(&path);
        self.sink.put_chunks(path, chunks);
    }

    /// An open-data file, whole or in parts as [`data::File`] hands it over.
    pub fn put_data(&self, path: String, file: data::File) {
        match file {
            data::File::Whole(bytes) => self.put(path, Body::Bytes(bytes)),
            data::File::Chunks(mut chunks) => self.put_chunks(path, &mut chunks),
        }
    }

    /// A page rendered from a template (see [`Sink::put_page`]).
    pub fn put_page(&self, path: String, html: Vec<u8>) {
        self.record(&path);
        self.sink.put_page(path, html);
    }

    fn record(&self, path: &str) {
        self.paths
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .push(path.to_owned());
    }

    /// Whether the sink already holds this page as rendered from inputs with `fingerprint`;
    /// then it is part of the site without being rendered.
    pub fn unchanged(&self, path: &str, fingerprint: u64) -> bool {
        let same = self.sink.unchanged(path, fingerprint);
        if same {
            self.record(path);
        }
        same
    }

    /// Part `index` of the previous build's file at `path` (see [`Sink::previous_part`]).
    pub fn previous_part(&self, path: &str, index: usize) -> Option<Vec<u8>> {
        self.sink.previous_part(path, index)
    }

    /// Keeps the previous build's page at `path` (see [`Reuse`]).
    pub fn keep(&self, path: String) {
        self.sink.keep(&path);
        self.record(&path);
    }
}

/// Renders the whole site and keeps nothing: what `check` needs is the errors (template problems,
/// bad shortcodes), and holding every page of a 10,000-unit site would take gigabytes.
pub fn check(model: &Model, scores: &Scores, theme: &Theme) -> Result<(), Vec<Diagnostic>> {
    render_into(model, scores, theme, &Discard, Reuse::default(), None)
}

/// The sink of [`check`]: every file dropped as it is made.
struct Discard;

impl Sink for Discard {
    fn put(&self, _path: String, _body: Body) {}

    /// Each part made and dropped: joined, `data/indicators.csv` and the search index were
    /// 300 MB of `check`'s peak at 10,000 units.
    fn put_chunks(&self, _path: String, chunks: &mut dyn Iterator<Item = Vec<u8>>) {
        chunks.for_each(drop);
    }
}

/// Renders the whole site into memory. Errors are template problems or bad shortcodes, as
/// diagnostics.
pub fn render(model: &Model, scores: &Scores, theme: &Theme) -> Result<Files, Vec<Diagnostic>> {
    let files = Mutex::new(Files::new());
    render_into(model, scores, theme, &files, Reuse::default(), None)?;
    Ok(files
        .into_inner()
        .unwrap_or_else(std::sync::PoisonError::into_inner))
}

/// Renders the whole site into `sink`. On errors some files may already have been put: the
/// caller discards them (the build's folder is only swapped in when this succeeds). `serve`
/// passes what it may reuse from its previous render and its caches; a build neither.
pub(crate) fn render_into(
    model: &Model,
    scores: &Scores,
    theme: &Theme,
    sink: &dyn Sink,
    reuse: Reuse<'_>,
    caches: Option<&Caches>,
) -> Result<(), Vec<Diagnostic>> {
    let statics = statics(model, theme);
    let ix = index::Index::new(model, scores);
    let missing = Mutex::default();
    let cx = views::Ctx {
        model,
        scores,
        t: &theme.strings,
        lang: model.site.language,
        links: urls::Links::new(&model.site.base_url),
        ix: &ix,
        past: None,
        missing: &missing,
    };
    let site = pages::SiteView::new(&cx);
    let engine = engine::Engine::new(
        theme,
        vec![
            (
                "site".to_owned(),
                engine::value(&site).map_err(|d| vec![d])?,
            ),
            (
                "t".to_owned(),
                engine::value(&theme.strings).map_err(|d| vec![d])?,
            ),
        ],
    )
    .map_err(|d| vec![d])?;
    // What every page shares: the templates and the site-wide context. A page's fingerprint
    // starts from it, so a change to either renders every page again.
    let shared_fingerprint = sink.keeps().then(|| shared_fingerprint(theme, &site));
    // Pages whose inputs did not change may be kept only when the shared part is the same too.
    let same_shared = shared_fingerprint.is_some_and(|fp| sink.same_shared(fp));
    let reuse = if same_shared {
        reuse
    } else {
        Reuse {
            generation: reuse.generation,
            ..Reuse::default()
        }
    };
    // Charts and Markdown unused by a rebuild are forgotten, except by one that skips the
    // pages that use most of them.
    if !reuse.figures
        && let Some(c) = caches
    {
        c.next_generation();
    }
    let changed_units = reuse
        .reports
        .as_ref()
        .and_then(|r| pages::reuse::ChangedUnits::between(r.previous, r.now, scores));
    let diags = Mutex::new(Vec::new());
    let as_of = pages::as_of::figures(model);
    let pages = pages::Pages {
        cx,
        engine: &engine,
        caches,
        shared_fingerprint,
        reuse,
        changed_units,
        diags: &diags,
        as_of: &as_of,
    };
    // Each bulletin's body once: its page, the home page and the feed all show it, and its
    // shortcodes draw charts, with the figures as of its date (SPEC §17).
    let bulletins: Vec<markdown::Rendered> = model
        .bulletins
        .par_iter()
        .map(|b| pages.bulletin_body(b))
        .collect();
    let out = Out {
        sink,
        paths: Mutex::new(Vec::new()),
    };
    pages_search_and_data(&pages, &out, &bulletins);
    finish(&pages, &out, &bulletins, statics);
    let lang = model.site.language.code();
    drop(pages);
    let mut diags = diagnostics(lang, diags, missing);
    if diags.is_empty() {
        Ok(())
    } else {
        crate::diag::sort(&mut diags);
        Err(diags)
    }
}

/// Static files: the theme's, and content/static's, which win over the theme's of the same
/// path. Generated files win over both: they are put last, where nothing generated is.
fn statics(model: &Model, theme: &Theme) -> Files {
    let mut statics: Files = theme.statics.clone();
    for s in &model.statics {
        statics.insert(s.rel.clone(), Body::Copy(s.path.clone()));
    }
    statics
}

/// The fingerprint of what every page shares: the templates, `site` and the strings.
fn shared_fingerprint(theme: &Theme, site: &pages::SiteView) -> u64 {
    let mut h = fingerprint::Fingerprint::new();
    for (name, (text, _)) in &theme.templates {
        h.str(name);
        h.str(text);
    }
    h.serialized(site);
    h.serialized(&theme.strings);
    h.finish()
}

/// The pages, the search index and the open data.
fn pages_search_and_data(pages: &pages::Pages, out: &Out, bulletins: &[markdown::Rendered]) {
    // The pages, then the search index (one thread's work), then the open data (parallel on
    // its own), each phase's freed memory handed back before the next (`memory::release`).
    // Side by side they add up: the search index beside the pages held its 100 MB of entries
    // while the largest pages' contexts were; beside the open data, 50 MB more at a
    // 10,000-unit build's peak; the open data beside the pages, 110 MB more.
    // Not in `serve`'s rebuilds, where what is released is faulted in again by the next one;
    // and there the search index is made beside the open data: one after the other, a bulletin
    // edit at 1,000 units took 200–230 ms instead of 180–200, and serve's peak (1,715 MiB at
    // 10,000 units) has room for the 50 MB.
    let keeps = out.sink.keeps();
    let release = || {
        if !keeps {
            crate::memory::release();
        }
    };
    release();
    pages.all(out, bulletins);
    release();
    let search = || {
        out.put_chunks(
            urls::SEARCH_INDEX.into(),
            &mut search::index_parts(
                &pages.cx,
                pages.caches.map(|c| &c.search),
                pages.reuse.texts,
            ),
        );
    };
    if keeps {
        rayon::join(search, || open_data(pages, out));
    } else {
        search();
        release();
        open_data(pages, out);
    }
}

/// data/index.json and each month's JSON and CSV, kept where their figures did not change.
fn open_data(pages: &pages::Pages, out: &Out) {
    let (model, scores) = (pages.cx.model, pages.cx.scores);
    let same: Vec<bool> = (0..scores.months.len())
        .into_par_iter()
        .map(|i| pages.same_month(i))
        .collect();
    if pages.reuse.figures {
        for path in data::site_paths() {
            out.keep(path.into());
        }
    } else {
        // indicators.csv is every month's figures under the units' and indicators' names: when
        // only reports changed (so names did not) and no month's figures did, it is the same
        // file, 200 MB at 10,000 units, and a report's summary edited need not make it again.
        // Otherwise the months whose figures did not change are the previous file's parts.
        // (`same` comes from reports-only reuse here: with no figure changed, all is kept above.)
        let indicators = !(pages.reuse.reports.is_some() && same.iter().all(|&s| s));
        let kept = |i: usize| {
            (same.get(i) == Some(&true))
                .then(|| out.previous_part(urls::DATA_INDICATORS, i + 1))
                .flatten()
        };
        // A month made again is also its own indicators file: the rows are made once. Every
        // such month comes through here: `kept` gives nothing for it, and `indicators` is
        // false only when no month changed.
        let made = |i: usize, rows: &[u8]| {
            if let (Some(false), Some(m)) = (same.get(i), scores.months.get(i)) {
                let (path, file) = data::month_indicators(m, rows);
                out.put_data(path, file);
            }
        };
        let months: Option<(&sheets::KeptMonths<'_>, &sheets::MadeMonth<'_>)> =
            indicators.then_some((&kept, &made));
        data::site_files(model, scores, months, &mut |path, file| {
            out.put_data(path, file)
        });
        if !indicators {
            out.keep(urls::DATA_INDICATORS.into());
        }
    }
    scores.months.par_iter().enumerate().for_each(|(i, m)| {
        if same[i] {
            for path in data::month_paths(m) {
                out.keep(path);
            }
        } else {
            data::month_files(model, m, &mut |path, file| out.put_data(path, file));
        }
    });
}

/// The feed, the sitemap of every page put, and the static files nothing generated replaced.
fn finish(pages: &pages::Pages, out: &Out, bulletins: &[markdown::Rendered], mut statics: Files) {
    let bodies: Vec<&str> = bulletins.iter().map(|r| r.html.as_str()).collect();
    out.put(
        urls::FEED.into(),
        Body::Bytes(feed::atom(&pages.cx, &bodies).into_bytes()),
    );
    unit_feed::all(&pages.cx, out, &|u| pages.same_feed(u));
    let mut generated: BTreeSet<String> = out
        .paths
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
        .drain(..)
        .collect();
    generated.insert(urls::SITEMAP.into());
    // A content/static file at a generated page's path would be dropped without a word.
    let shadowed = pages
        .cx
        .model
        .statics
        .iter()
        .filter(|s| generated.contains(&s.rel))
        .map(|s| {
            Diagnostic::file(
                format!("content/static/{}", s.rel),
                crate::tr!("static-shadowed"),
            )
            .with_help(crate::tr!("static-shadowed-help", path = &s.rel))
        });
    pages
        .diags
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
        .extend(shadowed);
    statics.retain(|path, _| !generated.contains(path));
    // An old id's page only sends the reader on: not a page of its own to list.
    let aliases: BTreeSet<String> = pages
        .cx
        .model
        .units
        .iter()
        .flat_map(|u| &u.aliases)
        .map(|a| urls::file(&urls::unit(a)))
        .collect();
    let html_pages: Vec<String> = generated
        .iter()
        .chain(statics.keys())
        .filter(|k| urls::is_page(k) && !aliases.contains(*k))
        .cloned()
        .collect::<BTreeSet<String>>()
        .into_iter()
        .collect();
    out.put(
        urls::SITEMAP.into(),
        Body::Bytes(feed::sitemap(&pages.cx, &html_pages).into_bytes()),
    );
    for (path, body) in statics {
        out.put(path, body);
    }
}

/// The problems of a render: template and shortcode errors, and interface strings missing.
fn diagnostics(
    lang: &str,
    diags: Mutex<Vec<Diagnostic>>,
    missing: Mutex<BTreeSet<String>>,
) -> Vec<Diagnostic> {
    let mut diags = diags
        .into_inner()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let missing = missing
        .into_inner()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    diags.extend(missing.into_iter().map(|key| {
        Diagnostic::file(
            format!("themes/default/i18n/{lang}.yaml"),
            crate::tr!("i18n-missing", key = &key),
        )
        .with_help(crate::tr!("i18n-missing-help", key = &key, lang = lang))
    }));
    diags
}
