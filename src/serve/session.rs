//! Incremental rebuilds for `serve`. A session keeps, between rebuilds, the parsed documents
//! (re-reading only the files the watcher reports, or whose size or modification time changed),
//! the scores (recomputed only when a file they are computed from changed) and a fingerprint of
//! every file in its folder. A page whose fingerprint — template, shared context and the page's
//! own context — is the same as last time is not rendered or written again, and pages known
//! unchanged are not even looked at ([`render::Reuse`]). The folder ends up exactly as a full
//! build would leave it (`tests/serve_incremental.rs` checks this after every kind of edit).
//!
//! Changed files are written into a hidden folder inside the session's folder first and moved
//! into place only when the whole rebuild succeeded, so a rebuild with errors leaves the last
//! good site as it was, and a page being served is replaced in one step.

use crate::diag::Diagnostic;
use crate::load::{self, Changed};
use crate::model::Model;
use crate::output;
use crate::render::{self, Body};
use crate::score::{self, Digest, Scores};
use crate::site::{self, Failure, Options, Site};
use std::collections::HashMap;
use std::fs;
use std::hash::{BuildHasher, Hasher};
use std::path::PathBuf;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

/// What one rebuild did, for the line `serve` prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rebuilt {
    /// Files in the site.
    pub files: usize,
    /// Files written (new or changed) and removed.
    pub written: usize,
    pub removed: usize,
    /// Files kept from the previous build without being made again (serve's reuse rules).
    pub kept: usize,
}

pub struct Session {
    options: Options,
    live: output::live::LiveFolder,
    cache: load::Cache,
    /// What changed since the last successful rebuild (a failed one does not count).
    pending: Changed,
    /// The last successful rebuild's model and the unit folders it was validated with: while
    /// the setup and the monthly reports stay the same, what it holds of them is kept rather
    /// than checked again (a third of a bulletin edit's rebuild at 1,000 units).
    model: Option<(Model, Vec<String>)>,
    /// The last successful rebuild's scores and their digest (None after a failed one).
    scores: Option<Scores>,
    digest: Option<Digest>,
    folder: Folder,
    /// Names the state of the figures and records in the folder ([`render::Reuse::generation`]).
    generation: u64,
    /// Charts and Markdown of this session's renders, reused while their inputs stay the same.
    caches: render::Caches,
}

/// What is in the session's folder now.
#[derive(Default)]
struct Folder {
    /// Output path → fingerprint of the file.
    files: HashMap<String, u64>,
    /// Files put in parts (`data/indicators.csv`, the search index): each part's length.
    parts: HashMap<String, Vec<u64>>,
    /// Fingerprint of the templates and site-wide context the pages were rendered with.
    shared: Option<u64>,
}

impl Session {
    /// A session building into `options.output`, a folder of its own: it must be absent,
    /// empty or made by pacesetter (and is then emptied).
    pub fn new(options: Options) -> Result<Session, Failure> {
        let live = output::live::LiveFolder::claim(&options.output)?;
        Ok(Session {
            options,
            live,
            cache: load::Cache::default(),
            pending: Changed::ALL,
            model: None,
            scores: None,
            digest: None,
            folder: Folder::default(),
            generation: 0,
            caches: render::Caches::default(),
        })
    }

    /// Brings the folder up to date with the content. On errors it is left as it was.
    pub fn rebuild(&mut self) -> Result<Rebuilt, Failure> {
        self.rebuild_after(None)
    }

    /// [`Session::rebuild`], told by a file watcher which paths changed since the last one (None:
    /// it does not know, and content/ is walked). A path that is a folder, or lies outside
    /// content/ (a theme's file), makes it walk content/ all the same.
    pub fn rebuild_after(&mut self, changed: Option<&[PathBuf]>) -> Result<Rebuilt, Failure> {
        let opts = &self.options;
        let loaded = load::load_with(&opts.root, Some(&mut self.cache), changed);
        self.pending.merge(&self.cache.changed);
        let (docs, diags) = loaded?;
        let unit_dirs = docs.unit_dirs.clone();
        let model = self.validate(docs, diags, &unit_dirs)?;
        let (scores, digest, previous) = self.scores_of(&model);
        let site = Site { model, scores };
        // Reports whose summaries alone were edited leave every figure as it was: the scores
        // are the previous build's, and the render compares them with themselves, keeping what
        // they alone decide and rendering those units' pages again.
        let previous = match &previous {
            Some(p) => Some(p),
            None => Some(&digest).filter(|_| !self.pending.reports.is_empty()),
        };
        let result = self.render(&site, previous, &digest);
        // Kept only from a rebuild whose pages are in the folder: reuse compares with them.
        if result.is_ok() {
            self.model = Some((site.model, unit_dirs));
            self.scores = Some(site.scores);
            self.digest = Some(digest);
            self.pending = Changed::default();
        }
        result
    }

    /// The model of `docs` (whose loading gave `diags`), from the last successful rebuild's
    /// as far as the content it was validated from is the same.
    fn validate(
        &mut self,
        docs: load::Documents,
        diags: Vec<Diagnostic>,
        unit_dirs: &[String],
    ) -> Result<Model, Failure> {
        let (p, opts) = (&self.pending, &self.options);
        // A new unit folder without unit.yaml changes no file, but is an error all the same.
        let kept = (self.model.take()).filter(|(_, dirs)| !p.setup && dirs == unit_dirs);
        match kept {
            Some((model, _)) if p.setup_and_reports_same() => {
                return site::with_rest(model, docs, diags, opts.drafts);
            }
            Some((model, _)) => {
                let (drafts, root) = (opts.drafts, &opts.root);
                if let Some(result) =
                    site::with_reports(model, &docs, &diags, drafts, &p.reports, root)
                {
                    return result;
                }
            }
            None => {}
        }
        let base_url = opts.base_url.as_deref();
        site::validate(docs, diags, opts.drafts, base_url, Some(&opts.root))
    }

    /// The scores of `model`, their digest, and the previous scores' digest when they were
    /// made again. After an edit of monthly reports alone, the previous scores are brought up
    /// to date ([`score::rescore`]: a fifth of a value edit's rebuild at 10,000 units was
    /// scoring every unit again). Otherwise they are dropped before new ones are made: only
    /// their digest is compared, and at 10,000 units the scores are 260 MB.
    fn scores_of(&mut self, model: &Model) -> (Scores, Digest, Option<Digest>) {
        let p = &self.pending;
        let previous = match (self.scores.take(), self.digest.take()) {
            (Some(s), Some(d)) if !p.figures() => return (s, d, None),
            (Some(mut s), Some(d)) if !p.setup => {
                let units: Vec<&str> = p.reports.iter().map(String::as_str).collect();
                if let Some(touched) = score::rescore(model, &mut s, &units) {
                    let digest = d.updated(&s, &touched);
                    return (s, digest, Some(d));
                }
                Some(d)
            }
            (_, previous) => previous,
        };
        let scores = score::score_model(model);
        let digest = Digest::of(&scores);
        (scores, digest, previous)
    }

    /// Renders `site`, whose scores' digest is `digest`; `previous` is the digest of the last
    /// successful rebuild's scores, when there was one and only reports may have changed since.
    fn render(
        &mut self,
        site: &Site,
        previous: Option<&Digest>,
        digest: &Digest,
    ) -> Result<Rebuilt, Failure> {
        let theme = site::load_theme(site, &self.options.root, self.options.theme.as_deref())?;
        let p = &self.pending;
        let built = !self.folder.files.is_empty();
        let same_months = |prev: &Digest| {
            prev.months.len() == digest.months.len()
                && prev
                    .months
                    .iter()
                    .zip(&digest.months)
                    .all(|(a, b)| a.month == b.month)
        };
        // Reports whose summaries alone changed leave every figure and record as it was: their
        // units' pages and feeds are made again (`reuse::same_unit`), not every page.
        let figures = built && !p.figures() && !p.records;
        if !figures {
            self.generation += 1;
        }
        let reuse = render::Reuse {
            generation: self.generation,
            figures,
            texts: built && !p.setup && !p.records && !p.report_bodies && p.quarterlies.is_empty(),
            quarterlies: Some(&p.quarterlies),
            reports: previous
                .filter(|prev| built && !p.setup && !p.records && same_months(prev))
                .map(|previous| render::ReportsOnly {
                    previous,
                    now: digest,
                    units: &p.reports,
                    months: &p.report_months,
                }),
        };
        let mut sink = Incremental::new(&self.live, &self.folder)?;
        let mut rendered = render::render_into(
            &site.model,
            &site.scores,
            &theme,
            &sink,
            reuse,
            Some(&self.caches),
        );
        if rendered.is_ok() && sink.lost.load(Ordering::Relaxed) {
            // A page to keep was not in the folder (it should always be): render it all.
            drop(sink);
            sink = Incremental::new(&self.live, &self.folder)?;
            rendered = render::render_into(
                &site.model,
                &site.scores,
                &theme,
                &sink,
                render::Reuse::default(),
                Some(&self.caches),
            );
        }
        if let Err(diags) = rendered {
            return Err(Failure::Content(diags));
        }
        let (folder, rebuilt) = sink.commit()?;
        self.folder = folder;
        Ok(rebuilt)
    }
}

/// The sink of a session's rebuild: fingerprints every file, writes only those that changed
/// (through [`output::live`]), and on [`Incremental::commit`] moves them into place.
struct Incremental<'a> {
    pending: output::live::Pending<'a>,
    previous: &'a Folder,
    next: Mutex<HashMap<String, u64>>,
    next_parts: Mutex<HashMap<String, Vec<u64>>>,
    shared: Mutex<Option<u64>>,
    /// A page was to be kept that the folder does not have.
    lost: AtomicBool,
    kept: AtomicUsize,
}

impl<'a> Incremental<'a> {
    fn new(live: &'a output::live::LiveFolder, previous: &'a Folder) -> Result<Self, Failure> {
        Ok(Incremental {
            pending: live.begin()?,
            previous,
            next: Mutex::new(HashMap::with_capacity(previous.files.len())),
            next_parts: Mutex::default(),
            shared: Mutex::new(None),
            lost: AtomicBool::new(false),
            kept: AtomicUsize::new(0),
        })
    }

    fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
        m.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Moves the changed files into place and removes those the site no longer has. Returns
    /// the fingerprints of the folder's files now.
    fn commit(self) -> Result<(Folder, Rebuilt), Failure> {
        let next = std::mem::take(&mut *Self::lock(&self.next));
        let parts = std::mem::take(&mut *Self::lock(&self.next_parts));
        let shared = *Self::lock(&self.shared);
        let stale = self
            .previous
            .files
            .keys()
            .filter(|rel| !next.contains_key(*rel))
            .map(String::as_str);
        let (written, removed) = self.pending.commit(stale)?;
        let rebuilt = Rebuilt {
            files: next.len(),
            written,
            removed,
            kept: self.kept.into_inner(),
        };
        Ok((
            Folder {
                files: next,
                parts,
                shared,
            },
            rebuilt,
        ))
    }
}

/// A fingerprint of a file's bytes (generated files other than pages, and static files).
fn bytes_fingerprint(bytes: &[u8]) -> u64 {
    let mut h = foldhash::quality::FixedState::with_seed(0x6279_7465).build_hasher();
    h.write(bytes);
    h.finish()
}

impl render::Sink for Incremental<'_> {
    fn put(&self, path: String, body: Body) {
        let fp = match &body {
            Body::Bytes(b) => Some(bytes_fingerprint(b)),
            // Static files are few and small. One that cannot be read is copied all the
            // same, and fails as in a full build.
            Body::Copy(src) => fs::read(src).ok().map(|b| bytes_fingerprint(&b)),
        };
        let Some(fp) = fp else {
            return self.pending.write(&path, &body);
        };
        Self::lock(&self.next).insert(path.clone(), fp);
        if self.previous.files.get(&path) != Some(&fp) {
            self.pending.write(&path, &body);
        }
    }

    /// Written as the parts come and fingerprinted on the way, kept only when the fingerprint
    /// differs: joined, `data/indicators.csv` and the search index were 275 MB at 10,000 units.
    /// A file's parts are cut the same way for the same bytes, so the same file gives the same
    /// fingerprint (not [`bytes_fingerprint`]'s: a path is always put one way).
    fn put_chunks(&self, path: String, parts: &mut dyn Iterator<Item = Vec<u8>>) {
        let mut h = foldhash::quality::FixedState::with_seed(0x6368_756e).build_hasher();
        let mut lengths = Vec::new();
        self.pending.write_parts(&path, parts, &mut |p| {
            h.write(p);
            lengths.push(p.len() as u64);
        });
        let fp = h.finish();
        self.pending
            .settle(&path, self.previous.files.get(&path) != Some(&fp));
        Self::lock(&self.next_parts).insert(path.clone(), lengths);
        Self::lock(&self.next).insert(path, fp);
    }

    /// Read back from the folder, where the previous rebuild's file is until this one commits.
    /// The lengths recorded describe those bytes even when that rebuild kept an older file:
    /// it kept it because the bytes were the same.
    fn previous_part(&self, path: &str, index: usize) -> Option<Vec<u8>> {
        use std::io::{Read, Seek, SeekFrom};
        let lengths = self.previous.parts.get(path)?;
        let len = usize::try_from(*lengths.get(index)?).ok()?;
        let offset: u64 = lengths.get(..index)?.iter().sum();
        let mut file = fs::File::open(self.pending.live(path)).ok()?;
        file.seek(SeekFrom::Start(offset)).ok()?;
        let mut part = vec![0; len];
        file.read_exact(&mut part).ok()?;
        Some(part)
    }

    /// A page is put only when its fingerprint, recorded by `unchanged`, differs.
    fn put_page(&self, path: String, html: Vec<u8>) {
        self.pending.write(&path, &Body::Bytes(html));
    }

    fn keeps(&self) -> bool {
        true
    }

    fn unchanged(&self, path: &str, fingerprint: u64) -> bool {
        Self::lock(&self.next).insert(path.to_owned(), fingerprint);
        self.previous.files.get(path) == Some(&fingerprint)
    }

    fn keep(&self, path: &str) {
        match self.previous.files.get(path) {
            Some(&fp) => {
                self.kept.fetch_add(1, Ordering::Relaxed);
                Self::lock(&self.next).insert(path.to_owned(), fp);
                if let Some(lengths) = self.previous.parts.get(path) {
                    Self::lock(&self.next_parts).insert(path.to_owned(), lengths.clone());
                }
            }
            None => self.lost.store(true, Ordering::Relaxed),
        }
    }

    fn same_shared(&self, fingerprint: u64) -> bool {
        *Self::lock(&self.shared) = Some(fingerprint);
        self.previous.shared == Some(fingerprint)
    }
}
