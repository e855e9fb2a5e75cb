//! The shapes several pages share (a unit's link, an indicator row, a league table…), as the
//! templates receive them: every figure already in words.

use crate::model::Direction;
use serde::Serialize;

/// A month a unit did not report: which, and its last report before it.
#[derive(Serialize)]
pub struct NotReported {
    pub month: String,
    pub last: String,
    /// The sentence that says so.
    pub note: String,
}

/// A link to a unit, with the names to show.
#[derive(Serialize, Clone)]
pub struct UnitLink<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub short: &'a str,
    pub url: String,
    pub external: bool,
}

/// An indicator's status against pace, in words and as a symbol.
#[derive(Serialize)]
pub struct StatusView {
    pub key: &'static str,
    pub label: String,
    pub symbol: &'static str,
}

#[derive(Serialize)]
pub struct TrendView {
    pub key: &'static str,
    pub label: String,
}

/// A change of rank since the previous month (`↑2`), and its class for colour.
#[derive(Serialize)]
pub struct Movement {
    pub text: String,
    pub class: &'static str,
}

/// A unit's benchmark on one indicator.
#[derive(Serialize)]
pub struct Bench<'a> {
    pub unit: Option<UnitLink<'a>>,
    pub ytd: Option<String>,
    /// 領先/落後 by how much, from the unit's side.
    pub lead: Option<Worded>,
    pub trend: Option<TrendView>,
}

/// Words and the class that colours them: `better`, `even` or `worse` for this indicator.
#[derive(Serialize)]
pub struct Worded {
    pub text: String,
    pub class: &'static str,
}

/// The one pace figure of an indicator: what was expected by now, what was done, and the verdict.
#[derive(Serialize)]
pub struct Progress {
    pub expected_label: String,
    pub expected: String,
    pub actual_label: String,
    pub actual: String,
    pub verdict: Worded,
}

/// One indicator of a unit at a month, every figure in words.
#[derive(Serialize)]
pub struct IndicatorRow<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub measure: Option<&'a str>,
    pub direction: Direction,
    pub value: Option<String>,
    pub ytd: Option<String>,
    pub target: Option<String>,
    pub progress: Option<Progress>,
    pub status: Option<StatusView>,
    pub growth: Option<Worded>,
    pub internal: Option<Bench<'a>>,
    pub external: Option<Bench<'a>>,
    /// The corrections (更正) behind these figures.
    pub corrected: Vec<CorrectionMark>,
}

/// A correction (更正) shown beside a figure it changed, linked to its entry on /corrections/.
#[derive(Serialize, Clone)]
pub struct CorrectionMark {
    pub indicator: String,
    pub date: String,
    /// The corrected month.
    pub month: String,
    pub note: String,
    pub url: String,
}

/// A review period a month closes, and the link to its review when there is one.
#[derive(Serialize)]
pub struct PeriodLabel {
    pub label: String,
    pub review: Option<String>,
}

/// A category's league table at a month.
#[derive(Serialize)]
pub struct League<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub focus: Option<&'a str>,
    pub dimensions: Vec<DimensionView<'a>>,
    pub entries: Vec<LeagueEntry<'a>>,
    pub month: String,
    pub url: String,
}

#[derive(Serialize)]
pub struct DimensionView<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub look: &'a str,
}

#[derive(Serialize)]
pub struct LeagueEntry<'a> {
    pub rank: u32,
    pub movement: Movement,
    pub unit: Option<UnitLink<'a>>,
    pub score: String,
    pub score_value: f64,
    /// The unit did not report this month: its score stands on earlier reports.
    pub missing: bool,
    /// Dimension scores in the order of the league's `dimensions`; empty where not published.
    pub dimensions: Vec<String>,
}

/// A unit-indicator behind pace: the unit, the indicator, and of its row the status and the
/// pace figure, which is what the list says of it.
#[derive(Serialize)]
pub struct Behind<'a> {
    pub unit: UnitLink<'a>,
    pub indicator: &'a str,
    pub row: BehindRow,
}

/// The part of an indicator row a list of indicators behind pace shows. Not a whole row: the
/// home page lists every late indicator of every unit (16,000 at 20,000 units), and whole rows,
/// with benchmarks, growth and figures the list does not show, were 170 MB of the build's
/// peak memory (measured).
#[derive(Serialize)]
pub struct BehindRow {
    pub status: Option<StatusView>,
    pub progress: Option<Progress>,
}
