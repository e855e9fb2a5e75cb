//! The typed campaign records, validated. Nothing here refers back to YAML.

use serde::Serialize;
use std::fmt;

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        ///
        /// Shared, not copied: every month's figures name their unit and indicators, millions
        /// of times in a large campaign.
        #[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct $name(pub std::sync::Arc<str>);

        impl Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(&self.0)
            }
        }

        impl $name {
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl std::borrow::Borrow<str> for $name {
            fn borrow(&self) -> &str {
                &self.0
            }
        }
    };
}

id_type!(
    /// A unit's id: its folder name under units/.
    UnitId
);
id_type!(
    /// A category's id: its file name under categories/.
    CategoryId
);
id_type!(
    /// An indicator's id, unique within its category.
    IndicatorId
);
id_type!(
    /// A comparison dimension's id (results, innovation, …).
    DimensionId
);

/// A calendar month, the unit of reporting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Month {
    pub year: i32,
    /// 1–12.
    pub month: u32,
}

impl Month {
    pub fn new(year: i32, month: u32) -> Self {
        Month { year, month }
    }

    /// The month before, within the same year (None in January).
    pub fn prev_in_year(self) -> Option<Month> {
        (self.month > 1).then(|| Month::new(self.year, self.month - 1))
    }

    pub fn parse(s: &str) -> Option<Month> {
        crate::load::parse_month(s).map(|(y, m)| Month::new(y, m))
    }

    /// The last day of the month.
    pub fn last_day(self) -> chrono::NaiveDate {
        let (y, m) = if self.month == 12 {
            (self.year + 1, 1)
        } else {
            (self.year, self.month + 1)
        };
        chrono::NaiveDate::from_ymd_opt(y, m, 1)
            .and_then(|d| d.pred_opt())
            .unwrap_or(chrono::NaiveDate::MIN)
    }
}

impl fmt::Display for Month {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

/// Markdown from a content file, with where it starts (for errors found while rendering it).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Markdown {
    pub text: String,
    pub path: String,
    /// 1-based line of the text's first line in `path`.
    pub line: usize,
}

pub use crate::lang::Language;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RawHtml {
    Sanitize,
    Escape,
    Allow,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Dimension {
    pub id: DimensionId,
    pub name: String,
    pub look: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Site {
    pub title: String,
    pub office: String,
    pub language: Language,
    pub base_url: String,
    pub description: Option<String>,
    pub cap: f64,
    pub tolerance: f64,
    pub dimensions: Vec<Dimension>,
    pub raw_html: RawHtml,
    pub first_number: u32,
    /// `footer:` (SPEC §18): who runs the site, shown in every page's footer.
    pub footer: Footer,
    /// `licence:` (or `license:`): the terms of the open data, shown on /data/.
    pub licence: Option<String>,
}

/// The site's identity lines of §18, each optional text.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Footer {
    /// 主辦單位.
    pub organizer: Option<String>,
    /// A phone or e-mail line.
    pub contact: Option<String>,
    /// ICP備案號.
    pub icp: Option<String>,
    /// 政府網站標識碼.
    pub site_code: Option<String>,
}

/// Who a bulletin goes to (報、送、發) and how many copies were printed (SPEC §18).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Distribution {
    pub report_to: Option<String>,
    pub send_to: Option<String>,
    pub issue_to: Option<String>,
    pub copies: Option<u32>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    Up,
    Down,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Aggregate {
    Sum,
    Cumulative,
    Level,
    Mean,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Indicator {
    pub id: IndicatorId,
    pub name: String,
    pub dimension: DimensionId,
    pub measure: Option<String>,
    pub direction: Direction,
    pub aggregate: Aggregate,
    pub weight: f64,
    pub decimals: u32,
    pub note: Option<Markdown>,
    /// First and last year in force, inclusive (SPEC §17); None: open-ended.
    pub from: Option<i32>,
    pub until: Option<i32>,
}

impl Indicator {
    /// Whether the indicator counts in `year` (SPEC §17).
    pub fn in_force(&self, year: i32) -> bool {
        self.from.is_none_or(|f| year >= f) && self.until.is_none_or(|u| year <= u)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Category {
    pub id: CategoryId,
    pub name: String,
    pub focus: Option<String>,
    /// Where the category comes in pages that list categories (lower first, then by id); data
    /// files keep id order.
    pub order: i64,
    pub indicators: Vec<Indicator>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Benchmarks {
    pub internal: Option<UnitId>,
    pub external: Option<UnitId>,
}

/// What a unit commits to for a year (SPEC §4, §17 `years:`).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Plan {
    pub benchmarks: Benchmarks,
    pub leader: Option<String>,
    pub pledge: Option<Markdown>,
    pub learn: Option<Markdown>,
    pub measures: Vec<String>,
}

/// A name a unit used up to and including a year (SPEC §17 `former_names`).
#[derive(Debug, Clone, PartialEq)]
pub struct FormerName {
    pub name: String,
    pub until: i32,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Unit {
    pub id: UnitId,
    pub name: String,
    pub short: Option<String>,
    pub category: CategoryId,
    pub external: bool,
    pub parent: Option<String>,
    pub leader: Option<String>,
    pub benchmarks: Benchmarks,
    pub pledge: Option<Markdown>,
    pub learn: Option<Markdown>,
    pub measures: Vec<String>,
    /// year → (indicator → target), indicators in the category's order.
    pub targets: std::collections::BTreeMap<i32, Vec<(IndicatorId, f64)>>,
    /// The years the unit takes part, inclusive (SPEC §17); None: open-ended.
    pub from: Option<i32>,
    pub until: Option<i32>,
    pub merged_into: Option<UnitId>,
    /// Oldest `until` first.
    pub former_names: Vec<FormerName>,
    /// Old ids that redirect here.
    pub aliases: Vec<UnitId>,
    /// The top-level plan (every year that `years:` does not name). The fields `benchmarks`,
    /// `leader`, `pledge`, `learn` and `measures` above are the latest published year's plan.
    pub base_plan: Plan,
    /// Years with their own plan under `years:`, already completed from the top level.
    pub year_plans: std::collections::BTreeMap<i32, Plan>,
}

impl Unit {
    pub fn target(&self, year: i32, indicator: &IndicatorId) -> Option<f64> {
        self.targets
            .get(&year)?
            .iter()
            .find(|(i, _)| i == indicator)
            .map(|(_, t)| *t)
    }

    pub fn display_name(&self) -> &str {
        self.short.as_deref().unwrap_or(&self.name)
    }

    /// Whether the unit takes part in `year` (SPEC §17 `from`/`until`).
    pub fn takes_part(&self, year: i32) -> bool {
        self.from.is_none_or(|f| year >= f) && self.until.is_none_or(|u| year <= u)
    }

    /// The unit's name in `year`: the earliest former name still in use then, else `name`.
    pub fn name_in(&self, year: i32) -> &str {
        self.former_names
            .iter()
            .filter(|f| f.until >= year)
            .min_by_key(|f| f.until)
            .map_or(&self.name, |f| &f.name)
    }

    /// The unit's plan for `year`: `years.<year>` where given, else the top level.
    pub fn plan(&self, year: i32) -> &Plan {
        self.year_plans.get(&year).unwrap_or(&self.base_plan)
    }

    /// Sets the plain plan fields to `year`'s plan (the latest published year's, for pages
    /// about the current year).
    pub fn show_plan_of(&mut self, year: i32) {
        let p = self.plan(year).clone();
        self.benchmarks = p.benchmarks;
        self.leader = p.leader;
        self.pledge = p.pledge;
        self.learn = p.learn;
        self.measures = p.measures;
    }
}

/// A correction of a published report (SPEC §17), in file order (oldest first).
#[derive(Debug, Clone, PartialEq)]
pub struct Correction {
    pub date: chrono::NaiveDate,
    pub note: String,
    /// The figures as they stood before this correction; None: not reported.
    pub was: Vec<(IndicatorId, Option<f64>)>,
}

/// A monthly report (SPEC §5).
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    pub unit: UnitId,
    pub month: Month,
    pub values: Vec<(IndicatorId, f64)>,
    pub draft: bool,
    pub summary: Markdown,
    /// Oldest first.
    pub corrections: Vec<Correction>,
}

impl Report {
    pub fn value(&self, indicator: &str) -> Option<f64> {
        self.values
            .iter()
            .find(|(i, _)| i.as_str() == indicator)
            .map(|(_, v)| *v)
    }

    /// The values as they stood on `date`: the current ones with every correction dated after
    /// `date` undone, newest first (SPEC §17). Keeps the order of `values`, then any
    /// indicator that only an undone correction reported.
    pub fn values_as_of(&self, date: chrono::NaiveDate) -> Vec<(IndicatorId, f64)> {
        let mut vals: Vec<(IndicatorId, Option<f64>)> = self
            .values
            .iter()
            .map(|(i, v)| (i.clone(), Some(*v)))
            .collect();
        for c in self.corrections.iter().rev().filter(|c| c.date > date) {
            for (id, was) in &c.was {
                match vals.iter_mut().find(|(i, _)| i == id) {
                    Some(slot) => slot.1 = *was,
                    None => vals.push((id.clone(), *was)),
                }
            }
        }
        vals.into_iter()
            .filter_map(|(i, v)| Some((i, v?)))
            .collect()
    }
}

/// A quarterly progress report to the upper level (SPEC §15).
#[derive(Debug, Clone, PartialEq)]
pub struct Quarterly {
    pub unit: UnitId,
    pub year: i32,
    pub quarter: u32,
    pub title: Option<String>,
    pub draft: bool,
    pub body: Markdown,
}

/// A review period (SPEC §6).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ReviewPeriod {
    Quarter(i32, u32),
    Half(i32, u32),
    Year(i32),
}

impl ReviewPeriod {
    pub fn parse(s: &str) -> Option<ReviewPeriod> {
        let year = |y: &str| {
            (y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()))
                .then(|| y.parse().ok())
                .flatten()
        };
        match s.split_once('-') {
            None => year(s).map(ReviewPeriod::Year),
            Some((y, p)) => {
                let y = year(y)?;
                match p {
                    "Q1" => Some(ReviewPeriod::Quarter(y, 1)),
                    "Q2" => Some(ReviewPeriod::Quarter(y, 2)),
                    "Q3" => Some(ReviewPeriod::Quarter(y, 3)),
                    "Q4" => Some(ReviewPeriod::Quarter(y, 4)),
                    "H1" => Some(ReviewPeriod::Half(y, 1)),
                    "H2" => Some(ReviewPeriod::Half(y, 2)),
                    _ => None,
                }
            }
        }
    }

    pub fn year(self) -> i32 {
        match self {
            ReviewPeriod::Quarter(y, _) | ReviewPeriod::Half(y, _) | ReviewPeriod::Year(y) => y,
        }
    }

    /// The month whose ranking closes the period (quarter: 3, 6, 9, 12; half: 6, 12; year: 12).
    pub fn end_month(self) -> Month {
        match self {
            ReviewPeriod::Quarter(y, q) => Month::new(y, q * 3),
            ReviewPeriod::Half(y, h) => Month::new(y, h * 6),
            ReviewPeriod::Year(y) => Month::new(y, 12),
        }
    }
}

impl fmt::Display for ReviewPeriod {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReviewPeriod::Quarter(y, q) => write!(f, "{y}-Q{q}"),
            ReviewPeriod::Half(y, h) => write!(f, "{y}-H{h}"),
            ReviewPeriod::Year(y) => write!(f, "{y}"),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Pacesetter {
    pub unit: UnitId,
    pub citation: Option<Markdown>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Survey {
    pub respondents: Option<u64>,
    /// unit → satisfaction 0–100, in file order.
    pub scores: Vec<(UnitId, f64)>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Award {
    pub unit: UnitId,
    pub title: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Review {
    pub period: ReviewPeriod,
    pub commentary: Vec<(UnitId, Markdown)>,
    pub pacesetters: Vec<Pacesetter>,
    pub survey: Option<Survey>,
    pub awards: Vec<Award>,
    pub rectification: Vec<(UnitId, Markdown)>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Bulletin {
    pub year: i32,
    /// NN: the issue within the year.
    pub issue: u32,
    /// 總第N期.
    pub number: u32,
    pub date: chrono::NaiveDate,
    pub title: String,
    pub office: String,
    /// The month whose data shortcodes show (None when no month was published before the date).
    pub period: Option<Month>,
    pub draft: bool,
    pub body: Markdown,
    pub distribution: Distribution,
}

impl Bulletin {
    pub fn slug(&self) -> String {
        format!("{}-{:02}", self.year, self.issue)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    pub slug: String,
    pub title: String,
    pub weight: i64,
    /// 發布日期 (SPEC §18).
    pub date: Option<chrono::NaiveDate>,
    /// 信息來源.
    pub source: Option<String>,
    pub draft: bool,
    pub body: Markdown,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum VisitKind {
    Study,
    Forum,
    Other,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Visit {
    pub date: chrono::NaiveDate,
    pub slug: String,
    pub title: String,
    pub host: UnitId,
    pub visitors: Vec<UnitId>,
    pub kind: VisitKind,
    pub draft: bool,
    pub body: Markdown,
}
