//! Open data (SPEC §11, §18): data/index.json, data/<YYYY-MM>.json and data/<YYYY-MM>.csv; the
//! other CSVs are built in [`super::sheets`].

use super::{sheets, urls};
use crate::model::{Benchmarks, CategoryId, DimensionId, IndicatorId, Model, UnitId, VisitKind};
use crate::score::{
    BenchmarkFigures, CategoryRanking, IndicatorFigures, MonthFigures, RankEntry, Scores,
    UnitFigures,
};
use serde::Serialize;
use serde::ser::{SerializeMap, SerializeSeq, SerializeStruct, Serializer};

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

// `data/<YYYY-MM>.json` is written straight from the figures through these views, field by
// field in the order SPEC §11 shows: building a `serde_json::Value` first (with `json` macros, which
// copies every nested value again) took a quarter of a large build. Absent figures are `null`;
// a non-finite number would be `null` too, as it is in a `Value`.

struct MonthOut<'a>(&'a Model, &'a MonthFigures);
struct RankingOut<'a>(&'a CategoryRanking);
struct EntryOut<'a>(&'a RankEntry);
struct DimensionsOut<'a>(&'a [(DimensionId, f64)]);
/// A unit's figures with the indicators in force in the month's year (SPEC §17).
struct UnitOut<'a>(&'a UnitFigures, Vec<IndicatorOut<'a>>);
/// An indicator's figures, with its id and the unit's benchmarks that year.
struct IndicatorOut<'a>(&'a IndicatorId, IndicatorFigures, &'a Benchmarks);
struct BenchmarksOut<'a>(&'a IndicatorFigures, &'a Benchmarks);
struct BenchOut<'a>(&'a BenchmarkFigures, &'a UnitId);

/// Serialises a slice through a view of each element.
struct Each<'a, T, V>(&'a [T], fn(&'a T) -> V);

impl<'a, T, V: Serialize> Serialize for Each<'a, T, V> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut seq = s.serialize_seq(Some(self.0.len()))?;
        for x in self.0 {
            seq.serialize_element(&(self.1)(x))?;
        }
        seq.end()
    }
}

impl Serialize for MonthOut<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let (model, m) = (self.0, self.1);
        let year = m.month.year;
        // Only the units taking part and the indicators in force that year (SPEC §17).
        let units: Vec<UnitOut> = m
            .units
            .iter()
            .filter_map(|uf| {
                let u = model.unit(uf.unit.as_str())?;
                let cat = model.category(u.category.as_str())?;
                if !u.takes_part(year) {
                    return None;
                }
                let pair = &u.plan(year).benchmarks;
                let rows = (m.in_force(uf, cat))
                    .map(|(i, f)| IndicatorOut(&i.id, f, pair))
                    .collect();
                Some(UnitOut(uf, rows))
            })
            .collect();
        let mut o = s.serialize_struct("month", 5)?;
        o.serialize_field("period", &m.month.to_string())?;
        o.serialize_field("time_progress", &m.time_progress)?;
        o.serialize_field("rankings", &Each(&m.rankings, RankingOut))?;
        o.serialize_field("units", &units)?;
        o.serialize_field("missing_reports", &m.missing_reports)?;
        o.end()
    }
}

impl Serialize for RankingOut<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut o = s.serialize_struct("ranking", 2)?;
        o.serialize_field("category", &self.0.category)?;
        o.serialize_field("entries", &Each(&self.0.entries, EntryOut))?;
        o.end()
    }
}

impl Serialize for EntryOut<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let e = self.0;
        let mut o = s.serialize_struct("entry", 5)?;
        o.serialize_field("unit", &e.unit)?;
        o.serialize_field("score", &e.score)?;
        o.serialize_field("rank", &e.rank)?;
        o.serialize_field("movement", &e.movement)?;
        o.serialize_field("dimensions", &DimensionsOut(&e.dimensions))?;
        o.end()
    }
}

impl Serialize for DimensionsOut<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        // Dimension ids are unique (site.yaml is checked for that), so this is the object a
        // map from id to score would give.
        let mut map = s.serialize_map(Some(self.0.len()))?;
        for (d, score) in self.0 {
            map.serialize_entry(d, score)?;
        }
        map.end()
    }
}

impl Serialize for UnitOut<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut o = s.serialize_struct("unit", 2)?;
        o.serialize_field("unit", &self.0.unit)?;
        o.serialize_field("indicators", &self.1)?;
        o.end()
    }
}

impl Serialize for IndicatorOut<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let (id, i) = (self.0, &self.1);
        let mut o = s.serialize_struct("indicator", 12)?;
        o.serialize_field("id", id)?;
        o.serialize_field("value", &i.value)?;
        o.serialize_field("ytd", &i.ytd)?;
        o.serialize_field("target", &i.target)?;
        o.serialize_field("expected", &i.expected)?;
        o.serialize_field("completion", &i.completion)?;
        o.serialize_field("pace", &i.pace)?;
        o.serialize_field("credited", &i.credited)?;
        o.serialize_field("status", &i.status.map(|s| s.as_str()))?;
        o.serialize_field("points", &i.points)?;
        o.serialize_field("growth", &i.growth)?;
        o.serialize_field("benchmarks", &BenchmarksOut(i, self.2))?;
        o.end()
    }
}

impl Serialize for BenchmarksOut<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut o = s.serialize_struct("benchmarks", 2)?;
        // Figures against a benchmark exist only where the unit names one that year.
        fn out<'b>(
            b: &'b Option<BenchmarkFigures>,
            unit: &'b Option<UnitId>,
        ) -> Option<BenchOut<'b>> {
            b.as_ref().zip(unit.as_ref()).map(|(b, u)| BenchOut(b, u))
        }
        let (f, pair) = (self.0, self.1);
        o.serialize_field("internal", &out(&f.internal, &pair.internal))?;
        o.serialize_field("external", &out(&f.external, &pair.external))?;
        o.end()
    }
}

impl Serialize for BenchOut<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let b = self.0;
        let mut o = s.serialize_struct("benchmark", 4)?;
        o.serialize_field("unit", self.1)?;
        o.serialize_field("ytd", &b.ytd)?;
        o.serialize_field("gap", &b.gap)?;
        o.serialize_field("trend", &b.trend.map(|t| t.as_str()))?;
        o.end()
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
pub fn month_files<'a>(model: &Model, m: &MonthFigures, put: &mut dyn FnMut(String, File<'a>)) {
    let [json, csv, _indicators] = month_paths(m);
    put(json, File::Chunks(Box::new(to_parts(&MonthOut(model, m)))));
    put(csv, File::Whole(month_csv(model, m)));
}

/// The indicators file of month `m` from its rows in `data/indicators.csv`: the same rows
/// after the same mark and header, not made a second time. Copied a part at a time as they
/// are written, not whole (16 MB a month at 20,000 units, a copy on each thread).
pub fn month_indicators<'r>(m: &MonthFigures, rows: &'r [u8]) -> (String, File<'r>) {
    let parts = std::iter::once(sheets::indicators_head())
        .chain(rows.chunks(Parts::SIZE).map(<[u8]>::to_vec));
    (
        urls::data_indicators_csv(m.month),
        File::Chunks(Box::new(parts)),
    )
}

/// `to_bytes` in parts of about a megabyte. A month's JSON is 43 MB at 10,000 units: made in
/// one buffer, that buffer doubles as it grows and holds up to twice the file while it does,
/// two months at a time.
fn to_parts(v: &impl Serialize) -> std::vec::IntoIter<Vec<u8>> {
    let mut parts = Parts::default();
    let _ = super::pretty::write(&mut parts, v);
    parts.current.push(b'\n');
    parts.done.push(parts.current);
    parts.done.into_iter()
}

/// Bytes written, kept in parts of [`Parts::SIZE`] or a little more.
#[derive(Default)]
struct Parts {
    done: Vec<Vec<u8>>,
    current: Vec<u8>,
}

impl Parts {
    const SIZE: usize = 1 << 20;
}

impl std::io::Write for Parts {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if self.current.capacity() == 0 {
            self.current.reserve_exact(Self::SIZE + (64 << 10));
        }
        self.current.extend_from_slice(buf);
        if self.current.len() >= Self::SIZE {
            self.done.push(std::mem::take(&mut self.current));
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn to_bytes(v: &impl Serialize) -> Vec<u8> {
    let mut bytes = Vec::with_capacity(128);
    if super::pretty::write(&mut bytes, v).is_err() {
        bytes.clear();
    }
    bytes.push(b'\n');
    bytes
}

#[cfg(test)]
mod tests {
    use super::{Parts, to_bytes, to_parts};

    #[test]
    fn a_file_in_parts_is_the_file_made_whole() {
        // Over three parts' worth, with strings that cross the parts' edges.
        let rows: Vec<(String, f64, Option<u32>)> = (0..60_000)
            .map(|i| {
                (
                    format!("第{i}鎮 \"{i}\"\n"),
                    f64::from(i) / 7.0,
                    (i % 3 == 0).then_some(i),
                )
            })
            .collect();
        let parts: Vec<Vec<u8>> = to_parts(&rows).collect();
        assert!(parts.len() >= 3, "{} parts", parts.len());
        assert!(parts.iter().rev().skip(1).all(|p| p.len() >= Parts::SIZE));
        assert_eq!(parts.concat(), to_bytes(&rows));
        // A small file is one part.
        assert_eq!(
            to_parts(&[1, 2]).collect::<Vec<_>>(),
            vec![to_bytes(&[1, 2])]
        );
    }
}
