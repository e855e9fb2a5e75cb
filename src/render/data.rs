//! Open data (SPEC §11, §18): data/index.json, data/<YYYY-MM>.json and data/<YYYY-MM>.csv; the
//! other CSVs are built in [`super::sheets`].

use super::{sheets, urls};
use crate::model::{CategoryId, IndicatorId, Model, UnitId, VisitKind};
use crate::score::{MonthFigures, Scores};
use serde::Serialize;

/// `data/index.json`: the site, its published months, categories, units and visits.
#[derive(Serialize)]
pub struct IndexOut<'a> {
    title: &'a str,
    periods: Vec<String>,
    categories: Vec<CategoryOut<'a>>,
    units: Vec<IndexUnit<'a>>,
    visits: Vec<VisitOut<'a>>,
}

#[derive(Serialize)]
struct CategoryOut<'a> {
    id: &'a CategoryId,
    name: &'a str,
    indicators: Vec<&'a IndicatorId>,
}

#[derive(Serialize)]
struct IndexUnit<'a> {
    id: &'a UnitId,
    name: &'a str,
    category: &'a CategoryId,
    external: bool,
    from: Option<i32>,
    until: Option<i32>,
    merged_into: Option<&'a UnitId>,
}

#[derive(Serialize)]
struct VisitOut<'a> {
    date: String,
    host: &'a UnitId,
    visitors: &'a [UnitId],
    kind: VisitKind,
    title: &'a str,
}

pub fn index_json(model: &Model) -> IndexOut<'_> {
    IndexOut {
        title: &model.site.title,
        periods: model.published.iter().map(|m| m.to_string()).collect(),
        categories: model
            .categories
            .iter()
            .map(|c| CategoryOut {
                id: &c.id,
                name: &c.name,
                indicators: c.indicators.iter().map(|i| &i.id).collect(),
            })
            .collect(),
        units: model
            .units
            .iter()
            .map(|u| IndexUnit {
                id: &u.id,
                name: &u.name,
                category: &u.category,
                external: u.external,
                from: u.from,
                until: u.until,
                merged_into: u.merged_into.as_ref(),
            })
            .collect(),
        visits: model
            .visits
            .iter()
            .map(|v| VisitOut {
                date: v.date.format("%Y-%m-%d").to_string(),
                host: &v.host,
                visitors: &v.visitors,
                kind: v.kind,
                title: &v.title,
            })
            .collect(),
    }
}

/// One row per ranked unit: categories by id, then rank order. RFC 4180 quoting.
pub fn month_csv(model: &Model, month: &MonthFigures) -> Vec<u8> {
    let mut out = String::new();
    for r in &month.rankings {
        for e in &r.entries {
            let name = model
                .unit(e.unit.as_str())
                .map_or("", |u| u.name_in(month.month.year));
            let movement = e.movement.map(|m| m.to_string()).unwrap_or_default();
            let cells = [
                month.month.to_string(),
                r.category.to_string(),
                e.rank.to_string(),
                e.unit.to_string(),
                sheets::text_cell(name),
                e.score.to_string(),
                movement,
            ];
            let cells: Vec<&str> = cells.iter().map(String::as_str).collect();
            sheets::line(&mut out, &cells);
        }
    }
    sheets::file(sheets::RANKINGS_HEADER, &out)
}

/// The files that depend on more than one month: `data/index.json`, `data/corrections.json`,
/// and the CSVs of every month's indicators, the targets, the surveys and the awards.
/// `indicators` None leaves out `indicators.csv`, for a caller that knows it is unchanged.
pub fn site_files<'a>(
    model: &'a Model,
    scores: &'a Scores,
    indicators: Option<(&'a sheets::KeptMonths<'a>, &'a sheets::MadeMonth<'a>)>,
    put: &mut dyn FnMut(String, File<'a>),
) {
    // One at a time, each handed over as made; `indicators.csv` (200 MB at 10,000 units) a
    // month at a time, and only with `indicators` (which gives the months known unchanged, see
    // [`sheets::all_indicators`]).
    let (path, bytes) = index_file(model);
    put(path, File::Whole(bytes));
    let (path, bytes) = corrections_file(model);
    put(path, File::Whole(bytes));
    if let Some((kept, made)) = indicators {
        put(
            urls::DATA_INDICATORS.to_owned(),
            File::Chunks(Box::new(sheets::all_indicators(model, scores, kept, made))),
        );
    }
    put(
        urls::DATA_TARGETS.to_owned(),
        File::Whole(sheets::targets(model)),
    );
    put(
        urls::DATA_SURVEYS.to_owned(),
        File::Whole(sheets::surveys(model)),
    );
    put(
        urls::DATA_AWARDS.to_owned(),
        File::Whole(sheets::awards(model)),
    );
}

/// An open-data file as [`site_files`] hands it over: whole, or in parts made one at a time.
pub enum File<'a> {
    Whole(Vec<u8>),
    Chunks(Box<dyn Iterator<Item = Vec<u8>> + 'a>),
}

/// The paths of [`site_files`].
pub fn site_paths() -> [&'static str; 6] {
    [
        urls::DATA_INDEX,
        urls::DATA_CORRECTIONS,
        urls::DATA_INDICATORS,
        urls::DATA_TARGETS,
        urls::DATA_SURVEYS,
        urls::DATA_AWARDS,
    ]
}

/// `data/index.json`.
pub fn index_file(model: &Model) -> (String, Vec<u8>) {
    (urls::DATA_INDEX.to_owned(), to_bytes(&index_json(model)))
}

/// One corrected figure in `data/corrections.json`.
#[derive(Serialize)]
struct CorrectionOut<'a> {
    date: String,
    unit: &'a UnitId,
    period: String,
    indicator: &'a IndicatorId,
    was: Option<f64>,
    now: Option<f64>,
    note: &'a str,
}

/// `data/corrections.json` (SPEC §17): every corrected figure, newest first.
pub fn corrections_file(model: &Model) -> (String, Vec<u8>) {
    let list = model.corrections();
    let rows: Vec<CorrectionOut> = list
        .iter()
        .map(|c| CorrectionOut {
            date: c.date.format("%Y-%m-%d").to_string(),
            unit: &c.unit,
            period: c.period.to_string(),
            indicator: &c.indicator,
            was: c.was,
            now: c.now,
            note: &c.note,
        })
        .collect();
    (urls::DATA_CORRECTIONS.to_owned(), to_bytes(&rows))
}

/// The paths of one month's files: `data/<YYYY-MM>.json`, `data/<YYYY-MM>.csv` and
/// `data/<YYYY-MM>-indicators.csv`.
pub fn month_paths(m: &MonthFigures) -> [String; 3] {
    [
        urls::data_json(m.month),
        urls::data_csv(m.month),
        urls::data_indicators_csv(m.month),
    ]
}

/// One month's JSON and CSV, at [`month_paths`], each handed over as made (the JSON is 40 MB
/// at 10,000 units). Its indicators file is made with `data/indicators.csv`, from the same
/// rows ([`month_indicators`]).
pub fn month_files<'a>(
    model: &'a Model,
    m: &'a MonthFigures,
    put: &mut dyn FnMut(String, File<'a>),
) {
    let [json, csv, _indicators] = month_paths(m);
    let parts = super::month_json::month_json(model, m);
    put(json, File::Chunks(Box::new(parts)));
    put(csv, File::Whole(month_csv(model, m)));
}

/// The indicators file of month `m` from its rows in `data/indicators.csv`: the same rows
/// after the same mark and header, not made a second time. Copied a part at a time as they
/// are written, not whole (16 MB a month at 20,000 units, a copy on each thread).
pub fn month_indicators<'r>(m: &MonthFigures, rows: &'r [u8]) -> (String, File<'r>) {
    let parts = std::iter::once(sheets::indicators_head())
        .chain(rows.chunks(super::month_json::PART).map(<[u8]>::to_vec));
    (
        urls::data_indicators_csv(m.month),
        File::Chunks(Box::new(parts)),
    )
}

fn to_bytes(v: &impl Serialize) -> Vec<u8> {
    let mut bytes = Vec::with_capacity(128);
    if super::pretty::write(&mut bytes, v).is_err() {
        bytes.clear();
    }
    bytes.push(b'\n');
    bytes
}
