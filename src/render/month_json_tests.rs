//! The serde views `data/<YYYY-MM>.json` was written through before [`super::month_json`],
//! kept as the oracle it is compared with: serde_json's own pretty printing of the same fields.

use super::month_json::{month_json, parts_of};
use crate::model::{Benchmarks, DimensionId, IndicatorId, Model, UnitId};
use crate::score::{
    BenchmarkFigures, CategoryRanking, IndicatorFigures, MonthFigures, RankEntry, UnitFigures,
};
use serde::Serialize;
use serde::ser::{SerializeMap, SerializeSeq, SerializeStruct, Serializer};
use std::path::Path;

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

/// The month as the serde views wrote it.
fn by_serde(model: &Model, m: &MonthFigures) -> Vec<u8> {
    let mut bytes = Vec::new();
    super::pretty::write(&mut bytes, &MonthOut(model, m)).expect("JSON into a Vec");
    bytes.push(b'\n');
    bytes
}

/// Every published month of a site, written both ways, whole and in small parts.
fn compare_site(root: &Path) -> usize {
    let site =
        crate::site::load(root, false, None).unwrap_or_else(|_| panic!("{} loads", root.display()));
    for m in &site.scores.months {
        let theirs = by_serde(&site.model, m);
        let ours: Vec<Vec<u8>> = month_json(&site.model, m).collect();
        assert_eq!(ours.len(), 1, "a small month is one part");
        same(root, m, &ours.concat(), &theirs);
        // In small parts: each but the last at least that size, the same bytes together.
        for size in [1, 700, 5000] {
            let parts: Vec<Vec<u8>> = parts_of(&site.model, m, size).collect();
            assert!(parts.len() > 1, "{size}-byte parts");
            assert!(parts.iter().rev().skip(1).all(|p| p.len() >= size));
            same(root, m, &parts.concat(), &theirs);
        }
    }
    site.scores.months.len()
}

fn same(root: &Path, m: &MonthFigures, ours: &[u8], theirs: &[u8]) {
    if ours != theirs {
        let at = ours.iter().zip(theirs).take_while(|(a, b)| a == b).count();
        let from = at.saturating_sub(200);
        panic!(
            "{} {}: differs at byte {at}:\nours:   {}\nserde: {}",
            root.display(),
            m.month,
            String::from_utf8_lossy(&ours[from..(at + 100).min(ours.len())]),
            String::from_utf8_lossy(&theirs[from..(at + 100).min(theirs.len())]),
        );
    }
}

#[test]
fn the_months_are_serde_jsons_bytes() {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut months = 0;
    for site in [
        "tests/fixtures/conformance",
        "tests/fixtures/conformance-years",
        ".",
    ] {
        months += compare_site(&repo.join(site));
    }
    assert!(months > 20, "{months} months compared");
}

#[test]
fn numbers_and_strings_are_written_as_serde_json_writes_them() {
    let numbers = [
        0.0,
        -0.0,
        1.0,
        0.1,
        1.0 / 3.0,
        2.0 / 3.0 * 100.0,
        1e15,
        1e16,
        1e17,
        1.5e300,
        -2.5e-8,
        5e-324,
        f64::MAX,
        f64::MIN_POSITIVE,
        f64::NAN,
        f64::INFINITY,
        f64::NEG_INFINITY,
    ];
    let strings = [
        "",
        "u1",
        "東城街道",
        "a\"b",
        "back\\slash",
        "tab\there",
        "\u{1}\u{1f}\u{7f}",
    ];
    for x in numbers {
        let mut j = super::month_json::Json::default();
        j.num(x);
        assert_eq!(j.buf, serde_json::to_vec(&x).expect("a number"), "{x}");
    }
    for s in strings {
        let mut j = super::month_json::Json::default();
        j.str(s);
        assert_eq!(j.buf, serde_json::to_vec(s).expect("a string"), "{s:?}");
    }
}
