//! The validated campaign: typed records built from the loaded documents, applying every rule of
//! SPEC §1–§8, §14 and §15 and collecting every diagnostic before giving up.

mod bulletins;
mod corrections;
mod fields;
mod history;
pub mod ledger;
mod publish;
mod records;
mod revalidate;
mod site;
mod types;
mod unit_checks;
mod units;
mod years;

pub use bulletins::default_bulletin_title;
pub use fields::{MAX_NUMBER, MIN_NUMBER, NumberError, parse_number_text, range_help};
pub use history::{CorrectedFigure, corrected_figures};
pub use revalidate::{with_reports, with_rest};
pub use site::{base_url_problem, default_dimensions, default_site};
pub use types::*;

use crate::diag::Diagnostic;
use crate::load::{Documents, ReportDoc, StaticFile};
use rayon::prelude::*;
use std::collections::{BTreeSet, HashSet};

/// A map for lookups never iterated into the output: foldhash with a fixed seed rather than
/// SipHash, which cost several percent of a 10,000-unit build.
pub type FastMap<K, V> = std::collections::HashMap<K, V, foldhash::fast::FixedState>;
pub type FastSet<K> = std::collections::HashSet<K, foldhash::fast::FixedState>;

/// Unit id → position in a list in `Model::units` order (`Model::units`, `MonthFigures::units`).
pub type Positions = FastMap<UnitId, usize>;

/// Each unit's position in `units`.
pub fn positions(units: &[Unit]) -> Positions {
    (units.iter().enumerate())
        .map(|(i, u)| (u.id.clone(), i))
        .collect()
}

/// The whole campaign, validated, with drafts already left out (unless built with --drafts).
#[derive(Debug, Clone)]
pub struct Model {
    pub site: Site,
    /// By id.
    pub categories: Vec<Category>,
    /// By id.
    pub units: Vec<Unit>,
    /// By unit, then month.
    pub reports: Vec<Report>,
    /// By unit, year, quarter.
    pub quarterlies: Vec<Quarterly>,
    /// By period.
    pub reviews: Vec<Review>,
    /// By year and issue, with overall numbers.
    pub bulletins: Vec<Bulletin>,
    /// By weight, then slug.
    pub pages: Vec<Page>,
    /// By date, then slug.
    pub visits: Vec<Visit>,
    pub statics: Vec<StaticFile>,
    /// Months with at least one report in the build, ascending (SPEC §10 "published").
    pub published: Vec<Month>,
    /// Unit id → position in `units`, made on the first lookup: pages look units up by id
    /// millions of times on a large site, where a binary search cost several percent of a build.
    pub unit_positions: std::sync::OnceLock<Positions>,
}

impl Model {
    pub fn unit(&self, id: &str) -> Option<&Unit> {
        self.unit_index(id).map(|i| &self.units[i])
    }

    /// The unit's position in `units` (which is in id order).
    pub fn unit_index(&self, id: &str) -> Option<usize> {
        let positions = self.unit_positions.get_or_init(|| positions(&self.units));
        match positions.get(id) {
            Some(&i) if self.units.get(i).is_some_and(|u| u.id.as_str() == id) => Some(i),
            // Units changed after the first lookup (a test editing a model): search them.
            _ => self.units.binary_search_by(|u| u.id.as_str().cmp(id)).ok(),
        }
    }

    pub fn category(&self, id: &str) -> Option<&Category> {
        self.category_index(id).map(|i| &self.categories[i])
    }

    /// The category's position in `categories`: a binary search, as they are in id order (a
    /// model built by hand out of order is still answered, by a linear find).
    pub fn category_index(&self, id: &str) -> Option<usize> {
        match self.categories.binary_search_by(|c| c.id.as_str().cmp(id)) {
            Ok(i) => Some(i),
            Err(_) => self.categories.iter().position(|c| c.id.as_str() == id),
        }
    }

    /// Whether any record is a draft (only a model validated with drafts has one).
    pub fn has_drafts(&self) -> bool {
        self.reports.iter().any(|r| r.draft)
            || self.quarterlies.iter().any(|q| q.draft)
            || self.bulletins.iter().any(|b| b.draft)
            || self.pages.iter().any(|p| p.draft)
            || self.visits.iter().any(|v| v.draft)
    }

    pub fn latest_published(&self) -> Option<Month> {
        self.published.last().copied()
    }
}

/// The categories, and those whose file has errors (or did not parse): their indicator lists are
/// in doubt, so report values and targets are not checked against them until the file is fixed;
/// one typo in a category must not turn every report of its units into "unknown indicator"
/// errors.
fn check_categories(
    docs: &Documents,
    site: &Site,
    diags: &mut Vec<Diagnostic>,
) -> (Vec<Category>, BTreeSet<CategoryId>) {
    let mut categories = Vec::new();
    let mut doubtful: BTreeSet<CategoryId> = BTreeSet::new();
    for (id, doc) in &docs.categories {
        let before = diags.len();
        let c = site::category(id, doc, site, diags);
        if doc.failed || diags.len() > before {
            doubtful.insert(c.id.clone());
        }
        categories.push(c);
    }
    (categories, doubtful)
}

/// Every monthly report checked, and the years reports open per category (for the targets
/// those years need). Reports are most of a campaign's files (units × months): checked in
/// parallel, then gathered in path order so the diagnostics come out as a sequential pass gives
/// them.
///
/// Each report's diagnostics come back beside it, not in a list of (report, diagnostics, path)
/// later copied into the reports: at 20,000 units that list and its paths were 70 MB more at
/// validation's peak. (Dropping each report's YAML tree as its record is made was tried: the
/// records then filled the trees' freed pages, which could no longer be handed back, and every
/// later phase grew by 16-38 MB.)
fn check_reports(
    docs: &[ReportDoc],
    known: &records::Units,
    categories: &[Category],
    doubtful: &BTreeSet<CategoryId>,
    diags: &mut Vec<Diagnostic>,
) -> (Vec<Report>, unit_checks::ReportYears) {
    // Beside each report, its category (for the year it may open) and its diagnostics.
    type Found<'c> = (Option<&'c CategoryId>, Vec<Diagnostic>);
    let (checked, found): (Vec<Option<Report>>, Vec<Found>) = docs
        .par_iter()
        .map(|rd| {
            // A unit whose unit.yaml failed has its own diagnostic; its reports wait for the fix.
            let Some((unit, cat)) = known.get(&rd.unit).and_then(|unit| {
                let cat = categories.iter().find(|c| c.id == unit.category)?;
                Some((unit, cat))
            }) else {
                return (None, (None, Vec::new()));
            };
            let mut found = Vec::new();
            let report = records::report(
                unit,
                Month::new(rd.year, rd.month),
                &rd.doc,
                cat,
                !doubtful.contains(&cat.id),
                &mut found,
            );
            (Some(report), (Some(&cat.id), found))
        })
        .unzip();
    let mut report_years = unit_checks::ReportYears::new();
    for ((rd, report), (cat, found)) in docs.iter().zip(&checked).zip(found) {
        diags.extend(found);
        if let (Some(r), Some(cat)) = (report, cat) {
            let path = rd.doc.file.path.as_str();
            unit_checks::note_year(&mut report_years, cat, r.month, path, r.draft);
        }
    }
    // `filter_map`, not `flatten`: it collects in place, into the vector the options were in.
    // `flatten` made a second one, grown by doubling: 127 MB more at 20,000 units, the peak
    // of validation (measured).
    #[expect(
        clippy::filter_map_identity,
        reason = "flatten does not collect in place"
    )]
    let reports: Vec<Report> = checked.into_iter().filter_map(|r| r).collect();
    (reports, report_years)
}

/// Every bulletin checked and numbered, with drafts and without: numbers must be unique both in
/// a normal build and in a build with drafts.
fn check_bulletins(
    docs: &Documents,
    site: &Site,
    diags: &mut Vec<Diagnostic>,
) -> (Vec<bulletins::BulletinDraft>, Vec<bulletins::BulletinDraft>) {
    let mut all = Vec::new();
    for b in &docs.bulletins {
        if let Some(d) = bulletins::bulletin(b.year, b.issue, &b.doc, site, diags) {
            all.push(d);
        }
    }
    let mut published_only: Vec<_> = all
        .iter()
        .filter(|b| !b.bulletin.draft)
        .map(clone_draft)
        .collect();
    bulletins::number_bulletins(&mut published_only, site.first_number, diags);
    bulletins::number_bulletins(&mut all, site.first_number, diags);
    (all, published_only)
}

/// The bulletins, each without a `period` of its own given the latest published month that ends
/// before its date.
fn with_periods(drafts: Vec<bulletins::BulletinDraft>, published: &[Month]) -> Vec<Bulletin> {
    drafts
        .into_iter()
        .map(|mut b| {
            if !b.explicit_period {
                b.bulletin.period = published
                    .iter()
                    .rev()
                    .find(|m| m.last_day() < b.bulletin.date)
                    .copied();
            }
            b.bulletin
        })
        .collect()
}

/// Validates everything read from content/. With `drafts` false, draft records are checked but
/// left out of the model.
pub fn validate(docs: &Documents, drafts: bool) -> Result<Model, Vec<Diagnostic>> {
    let mut diags = Vec::new();
    let site = site::site(docs.site.as_deref(), &mut diags);

    let (mut categories, doubtful) = check_categories(docs, &site, &mut diags);

    let unit_drafts = check_units(docs, &categories, &doubtful, &mut diags);
    unit_checks::check_merges_and_aliases(&unit_drafts, &docs.units, &mut diags);
    // Units whose unit.yaml exists but has errors: references to them are not "unknown".
    let valid: HashSet<&str> = unit_drafts.iter().map(|d| d.unit.id.as_str()).collect();
    let failed_units: Vec<&str> = docs
        .units
        .iter()
        .map(|(id, _)| id.as_str())
        .filter(|id| !valid.contains(id))
        .collect();
    // The drafts' units, borrowed until the checks are done and then moved into the model: a
    // copy of them was 43 MB at 20,000 units, at validation's peak.
    let known = records::Units::new(unit_drafts.iter().map(|d| &d.unit), &failed_units);

    let (mut reports, report_years) =
        check_reports(&docs.reports, &known, &categories, &doubtful, &mut diags);
    unit_checks::check_benchmarks(&unit_drafts, &docs.units, &report_years, &mut diags);
    unit_checks::check_targets(
        &unit_drafts,
        &docs.units,
        &categories,
        &report_years,
        &mut diags,
    );

    let rest = check_rest(docs, &site, &known, &mut diags);

    if !diags.is_empty() {
        crate::diag::sort(&mut diags);
        return Err(diags);
    }

    let keep = |draft: bool| drafts || !draft;
    reports.retain(|r| keep(r.draft));
    reports.sort_by(|a, b| (&a.unit, a.month).cmp(&(&b.unit, b.month)));
    let published: Vec<Month> = reports
        .iter()
        .map(|r| r.month)
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let mut units: Vec<Unit> = unit_drafts.into_iter().map(|d| d.unit).collect();
    units.sort_by(|a, b| a.id.cmp(&b.id));
    // Pages about the current year read the plain plan fields: make them the latest year's.
    if let Some(latest) = published.last() {
        for u in &mut units {
            u.show_plan_of(latest.year);
        }
    }
    categories.sort_by(|a, b| a.id.cmp(&b.id));

    let mut model = Model {
        site,
        categories,
        units,
        reports,
        quarterlies: Vec::new(),
        reviews: Vec::new(),
        bulletins: Vec::new(),
        pages: Vec::new(),
        visits: Vec::new(),
        statics: docs.statics.clone(),
        published,
        unit_positions: std::sync::OnceLock::new(),
    };
    rest.place(&mut model, drafts);
    Ok(model)
}

/// What is checked after the units and monthly reports, against them: quarterly reports,
/// reviews, visits, bulletins and free pages, drafts still in.
struct Rest {
    quarterlies: Vec<Quarterly>,
    reviews: Vec<Review>,
    visits: Vec<Visit>,
    bulletins: Vec<bulletins::BulletinDraft>,
    published_bulletins: Vec<bulletins::BulletinDraft>,
    pages: Vec<Page>,
}

fn check_rest(
    docs: &Documents,
    site: &Site,
    known: &records::Units,
    diags: &mut Vec<Diagnostic>,
) -> Rest {
    let mut quarterlies = Vec::new();
    for q in &docs.quarterlies {
        if let Some(unit) = known.get(&q.unit) {
            quarterlies.push(records::quarterly(
                &unit.id, q.year, q.quarter, &q.doc, diags,
            ));
        }
    }
    let mut reviews = Vec::new();
    for (period, doc) in &docs.reviews {
        if let Some(p) = ReviewPeriod::parse(period) {
            reviews.push(records::review(p, doc, known, diags));
        }
    }
    let (bulletins, published_bulletins) = check_bulletins(docs, site, diags);
    let pages = (docs.pages.iter())
        .filter_map(|(slug, doc)| publish::page(slug, doc, diags))
        .collect();
    let visits = (docs.visits.iter())
        .filter_map(|v| records::visit(v.date, &v.slug, &v.doc, known, diags))
        .collect();
    Rest {
        quarterlies,
        reviews,
        visits,
        bulletins,
        published_bulletins,
        pages,
    }
}

impl Rest {
    /// Into `model`, in its order, drafts left out unless `drafts`; bulletins without a period
    /// of their own take one from `model.published`.
    fn place(self, model: &mut Model, drafts: bool) {
        let keep = |draft: bool| drafts || !draft;
        let mut quarterlies = self.quarterlies;
        quarterlies.retain(|q| keep(q.draft));
        quarterlies.sort_by(|a, b| (&a.unit, a.year, a.quarter).cmp(&(&b.unit, b.year, b.quarter)));
        let mut reviews = self.reviews;
        reviews.sort_by_key(|r| r.period);
        let bulletins = if drafts {
            self.bulletins
        } else {
            self.published_bulletins
        };
        let mut pages = self.pages;
        pages.retain(|p| keep(p.draft));
        pages.sort_by(|a, b| (a.weight, &a.slug).cmp(&(b.weight, &b.slug)));
        let mut visits = self.visits;
        visits.retain(|v| keep(v.draft));
        visits.sort_by(|a, b| (a.date, &a.slug).cmp(&(b.date, &b.slug)));
        model.quarterlies = quarterlies;
        model.reviews = reviews;
        model.bulletins = with_periods(bulletins, &model.published);
        model.pages = pages;
        model.visits = visits;
    }
}

/// Every unit.yaml read, and a unit folder without one reported.
fn check_units(
    docs: &Documents,
    categories: &[Category],
    doubtful: &BTreeSet<CategoryId>,
    diags: &mut Vec<Diagnostic>,
) -> Vec<units::UnitDraft> {
    let mut unit_drafts = Vec::new();
    for (i, (id, doc)) in docs.units.iter().enumerate() {
        if let Some(u) = units::unit(id, i, doc, categories, doubtful, diags) {
            unit_drafts.push(u);
        }
    }
    let with_yaml: HashSet<&str> = docs.units.iter().map(|(id, _)| id.as_str()).collect();
    for dir in &docs.unit_dirs {
        if !with_yaml.contains(dir.as_str()) {
            diags.push(
                Diagnostic::file(
                    format!("content/units/{dir}"),
                    crate::tr!("unit-folder-no-yaml"),
                )
                .with_help(crate::tr!("unit-folder-no-yaml-help", dir = dir)),
            );
        }
    }
    unit_drafts
}

fn clone_draft(b: &bulletins::BulletinDraft) -> bulletins::BulletinDraft {
    bulletins::BulletinDraft {
        bulletin: b.bulletin.clone(),
        explicit_number: b.explicit_number,
        explicit_period: b.explicit_period,
        number_at: b.number_at.clone(),
    }
}
