//! View models shared by several pages: the model and its figures in words for the templates.
//! Every number is formatted here, once, for the site's language.

use super::format;
use super::urls;
use crate::model::{Category, Direction, Indicator, Language, Model, Month, ReviewPeriod, Unit};
use crate::score::{BenchmarkFigures, IndicatorFigures, MonthFigures, Scores, Status, Trend};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::Mutex;

/// Everything a view needs to look things up and write text.
pub struct Ctx<'a> {
    pub model: &'a Model,
    pub scores: &'a Scores,
    pub t: &'a BTreeMap<String, String>,
    pub lang: Language,
    /// Links under the site's base URL.
    pub(crate) links: urls::Links,
    /// Each unit's records and ranks, found without scanning every list.
    pub ix: super::index::Index<'a>,
    /// Interface strings asked for that the theme does not have: errors once rendering ends.
    pub missing: Mutex<BTreeSet<String>>,
}

impl<'a> Ctx<'a> {
    /// The interface string `key`. One the theme lacks is recorded, and fails the render.
    pub fn t(&self, key: &str) -> String {
        match self.t.get(key) {
            Some(s) => s.clone(),
            None => {
                self.missing
                    .lock()
                    .unwrap_or_else(std::sync::PoisonError::into_inner)
                    .insert(key.to_owned());
                String::new()
            }
        }
    }

    pub fn url(&self, path: &str) -> String {
        self.links.to(path)
    }

    pub fn month(&self, m: Month) -> String {
        format::month(m, self.lang)
    }

    pub fn month_labels(&self) -> Vec<String> {
        (1..=12)
            .map(|m| format::month_short(m, self.lang))
            .collect()
    }

    pub fn unit_link(&self, u: &'a Unit) -> UnitLink<'a> {
        UnitLink {
            id: u.id.as_str(),
            name: &u.name,
            short: u.display_name(),
            url: self.url(&urls::unit(&u.id)),
            external: u.external,
        }
    }

    /// The link to the unit `id`; None for an id the model does not know.
    pub fn unit_ref(&self, id: &str) -> Option<UnitLink<'a>> {
        self.model.unit(id).map(|u| self.unit_link(u))
    }

    pub fn status(&self, s: Option<Status>) -> Option<StatusView> {
        let s = s?;
        let symbol = match s {
            Status::Ahead => "▲",
            Status::Near => "●",
            Status::Behind => "▼",
            Status::Missing => "○",
        };
        Some(StatusView {
            key: s.as_str(),
            label: self.t(&format!("status_{}", s.as_str())),
            symbol,
        })
    }

    pub fn trend(&self, tr: Option<Trend>) -> Option<TrendView> {
        let tr = tr?;
        Some(TrendView {
            key: tr.as_str(),
            label: self.t(&format!("trend_{}", tr.as_str())),
        })
    }

    pub fn movement(&self, m: Option<i64>) -> Movement {
        let class = match m {
            Some(x) if x > 0 => "up",
            Some(x) if x < 0 => "down",
            Some(_) => "same",
            None => "none",
        };
        Movement {
            text: format::movement(m),
            class,
        }
    }

    fn bench(&self, b: &Option<BenchmarkFigures>, ind: &Indicator) -> Option<Bench<'a>> {
        let b = b.as_ref()?;
        Some(Bench {
            unit: self.unit_ref(b.unit.as_str()),
            ytd: b.ytd.map(|x| format::number(x, ind.decimals)),
            gap: b.gap.map(|x| format::number(x, ind.decimals)),
            ahead: b.gap.map(|g| g <= 0.0),
            trend: self.trend(b.trend),
        })
    }

    /// One indicator row of a unit at a month.
    pub fn indicator_row(
        &self,
        ind: &'a Indicator,
        f: &IndicatorFigures,
        m: Month,
    ) -> IndicatorRow<'a> {
        let d = ind.decimals;
        let fmt = |x: Option<f64>| x.map(|v| format::number(v, d));
        IndicatorRow {
            id: ind.id.as_str(),
            name: &ind.name,
            measure: ind.measure.as_deref(),
            direction: ind.direction,
            value: fmt(f.value),
            ytd: fmt(f.ytd),
            target: fmt(f.target),
            expected: fmt(f.expected),
            completion: f.completion.map(format::percent),
            time_progress: format::percent(crate::score::time_progress(m.month)),
            pace: f.pace.map(|p| format::number(p, 3)),
            status: self.status(f.status),
            growth: f
                .growth
                .map(|g| format!("{}{}", if g > 0.0 { "+" } else { "" }, format::percent(g))),
            internal: self.bench(&f.internal, ind),
            external: self.bench(&f.external, ind),
        }
    }

    pub fn category_of(&self, u: &Unit) -> Option<&'a Category> {
        self.model.category(u.category.as_str())
    }

    pub fn latest(&self) -> Option<&'a MonthFigures> {
        self.scores.months.last()
    }

    /// Labels for the period a month closes: quarter at 3, 6, 9, 12; half at 6, 12; year at 12.
    pub fn period_labels(&self, m: Month) -> Vec<PeriodLabel> {
        let mut out = Vec::new();
        if m.month % 3 == 0 {
            let q = m.month / 3;
            let n = match self.lang {
                Language::En => q.to_string(),
                _ => format::chinese_numeral(q),
            };
            out.push(PeriodLabel {
                label: self.t("quarter_label").replace("{n}", &n),
                review: self.review_url(ReviewPeriod::Quarter(m.year, q)),
            });
        }
        if m.month == 6 {
            out.push(PeriodLabel {
                label: self.t("half_first"),
                review: self.review_url(ReviewPeriod::Half(m.year, 1)),
            });
        }
        if m.month == 12 {
            out.push(PeriodLabel {
                label: self.t("half_second"),
                review: self.review_url(ReviewPeriod::Half(m.year, 2)),
            });
            out.push(PeriodLabel {
                label: self.t("full_year"),
                review: self.review_url(ReviewPeriod::Year(m.year)),
            });
        }
        out
    }

    /// The link to the review of `period`, when there is one.
    fn review_url(&self, period: ReviewPeriod) -> Option<String> {
        self.model
            .reviews
            .iter()
            .any(|r| r.period == period)
            .then(|| self.url(&urls::review(period)))
    }

    /// A category's league table at a month.
    pub fn league(&self, cat: &'a Category, mf: &MonthFigures, top: Option<usize>) -> League<'a> {
        let dims: Vec<&'a crate::model::Dimension> = self
            .model
            .site
            .dimensions
            .iter()
            .filter(|d| cat.indicators.iter().any(|i| i.dimension == d.id))
            .collect();
        let entries: Vec<LeagueEntry> = mf
            .ranking(cat.id.as_str())
            .map(|r| r.entries.as_slice())
            .unwrap_or(&[])
            .iter()
            .take(top.unwrap_or(usize::MAX))
            .map(|e| LeagueEntry {
                rank: e.rank,
                movement: self.movement(e.movement),
                unit: self.unit_ref(e.unit.as_str()),
                score: format::score(e.score),
                score_value: e.score,
                dimensions: dims
                    .iter()
                    .map(|d| {
                        e.dimensions
                            .iter()
                            .find(|(id, _)| id == &d.id)
                            .map_or_else(String::new, |(_, s)| format::score(*s))
                    })
                    .collect(),
            })
            .collect();
        League {
            id: cat.id.as_str(),
            name: &cat.name,
            focus: cat.focus.as_deref(),
            dimensions: dims
                .iter()
                .map(|d| DimensionView {
                    id: d.id.as_str(),
                    name: &d.name,
                    look: &d.look,
                })
                .collect(),
            entries,
            month: self.month(mf.month),
            url: self.url(&urls::rankings(mf.month)),
        }
    }

    /// Every category's league table at a month, categories by id.
    pub fn leagues(&self, mf: &MonthFigures) -> Vec<League<'a>> {
        self.model
            .categories
            .iter()
            .map(|c| self.league(c, mf, None))
            .collect()
    }

    /// Every unit-indicator of a category behind pace at a month.
    pub fn behind(&self, cat: &'a Category, mf: &MonthFigures) -> Vec<Behind<'a>> {
        let mut out = Vec::new();
        for u in self
            .model
            .units
            .iter()
            .filter(|u| u.category == cat.id && !u.external)
        {
            let Some(uf) = mf.unit(u.id.as_str()) else {
                continue;
            };
            for (ind, f) in cat.indicators.iter().zip(&uf.indicators) {
                if f.status == Some(Status::Behind) {
                    out.push(Behind {
                        unit: self.unit_link(u),
                        indicator: &ind.name,
                        row: self.indicator_row(ind, f, mf.month),
                    });
                }
            }
        }
        out
    }
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
    pub gap: Option<String>,
    pub ahead: Option<bool>,
    pub trend: Option<TrendView>,
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
    pub expected: Option<String>,
    pub completion: Option<String>,
    pub time_progress: String,
    pub pace: Option<String>,
    pub status: Option<StatusView>,
    pub growth: Option<String>,
    pub internal: Option<Bench<'a>>,
    pub external: Option<Bench<'a>>,
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
    /// Dimension scores in the order of the league's `dimensions`; empty where not published.
    pub dimensions: Vec<String>,
}

/// A unit-indicator behind pace.
#[derive(Serialize)]
pub struct Behind<'a> {
    pub unit: UnitLink<'a>,
    pub indicator: &'a str,
    pub row: IndicatorRow<'a>,
}
