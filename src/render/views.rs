//! View models: the model and its figures turned into text-ready JSON for the templates.
//! Every number is formatted here, once, for the site's language.

use super::format;
use super::urls;
use crate::model::{Category, Indicator, Language, Model, Month, Unit};
use crate::score::{BenchmarkFigures, IndicatorFigures, MonthFigures, Scores, Status, Trend};
use serde_json::{Value, json};
use std::collections::BTreeMap;

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
}

/// A JSON object from `(key, value)` pairs in order, each value moved in. `json!` serialises
/// every value it is given again, so a page built with it copied its charts, tables and
/// Markdown once per level of nesting; big pages are built with this instead.
pub fn object<const N: usize>(pairs: [(&str, Value); N]) -> Value {
    Value::Object(pairs.into_iter().map(|(k, v)| (k.to_owned(), v)).collect())
}

impl<'a> Ctx<'a> {
    pub fn t(&self, key: &str) -> String {
        self.t.get(key).cloned().unwrap_or_else(|| key.to_owned())
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

    pub fn unit_link(&self, u: &Unit) -> Value {
        json!({"id": u.id, "name": u.name, "short": u.display_name(), "url": self.url(&urls::unit(&u.id)), "external": u.external})
    }

    pub fn unit_ref(&self, id: &str) -> Value {
        self.model
            .unit(id)
            .map_or(Value::Null, |u| self.unit_link(u))
    }

    pub fn status(&self, s: Option<Status>) -> Value {
        let Some(s) = s else { return Value::Null };
        let symbol = match s {
            Status::Ahead => "▲",
            Status::Near => "●",
            Status::Behind => "▼",
            Status::Missing => "○",
        };
        json!({"key": s.as_str(), "label": self.t(&format!("status_{}", s.as_str())), "symbol": symbol})
    }

    pub fn trend(&self, tr: Option<Trend>) -> Value {
        tr.map_or(
            Value::Null,
            |tr| json!({"key": tr.as_str(), "label": self.t(&format!("trend_{}", tr.as_str()))}),
        )
    }

    pub fn movement(&self, m: Option<i64>) -> Value {
        let class = match m {
            Some(x) if x > 0 => "up",
            Some(x) if x < 0 => "down",
            Some(_) => "same",
            None => "none",
        };
        json!({"text": format::movement(m), "class": class})
    }

    fn bench(&self, b: &Option<BenchmarkFigures>, ind: &Indicator) -> Value {
        let Some(b) = b else { return Value::Null };
        json!({
            "unit": self.unit_ref(b.unit.as_str()),
            "ytd": b.ytd.map(|x| format::number(x, ind.decimals)),
            "gap": b.gap.map(|x| format::number(x, ind.decimals)),
            "ahead": b.gap.map(|g| g <= 0.0),
            "trend": self.trend(b.trend),
        })
    }

    /// One indicator row of a unit at a month.
    pub fn indicator_row(&self, ind: &Indicator, f: &IndicatorFigures, m: Month) -> Value {
        let d = ind.decimals;
        let fmt = |x: Option<f64>| x.map(|v| format::number(v, d));
        json!({
            "id": ind.id, "name": ind.name, "measure": ind.measure, "direction": ind.direction,
            "value": fmt(f.value), "ytd": fmt(f.ytd), "target": fmt(f.target), "expected": fmt(f.expected),
            "completion": f.completion.map(format::percent),
            "time_progress": format::percent(crate::score::time_progress(m.month)),
            "pace": f.pace.map(|p| format::number(p, 3)),
            "status": self.status(f.status),
            "growth": f.growth.map(|g| format!("{}{}", if g > 0.0 { "+" } else { "" }, format::percent(g))),
            "internal": self.bench(&f.internal, ind),
            "external": self.bench(&f.external, ind),
        })
    }

    pub fn category_of(&self, u: &Unit) -> Option<&'a Category> {
        self.model.category(u.category.as_str())
    }

    pub fn latest(&self) -> Option<&'a MonthFigures> {
        self.scores.months.last()
    }

    /// Labels for the period a month closes: quarter at 3, 6, 9, 12; half at 6, 12; year at 12.
    pub fn period_labels(&self, m: Month) -> Vec<Value> {
        let mut out = Vec::new();
        if m.month % 3 == 0 {
            let q = m.month / 3;
            let n = match self.lang {
                Language::En => q.to_string(),
                _ => format::chinese_numeral(q),
            };
            out.push(json!({"label": self.t("quarter_label").replace("{n}", &n), "review": self.review_url(&format!("{}-Q{q}", m.year))}));
        }
        if m.month == 6 {
            out.push(json!({"label": self.t("half_first"), "review": self.review_url(&format!("{}-H1", m.year))}));
        }
        if m.month == 12 {
            out.push(json!({"label": self.t("half_second"), "review": self.review_url(&format!("{}-H2", m.year))}));
            out.push(json!({"label": self.t("full_year"), "review": self.review_url(&m.year.to_string())}));
        }
        out
    }

    fn review_url(&self, period: &str) -> Value {
        if self
            .model
            .reviews
            .iter()
            .any(|r| r.period.to_string() == period)
        {
            json!(self.url(&urls::review(period)))
        } else {
            Value::Null
        }
    }

    /// A category's league table at a month.
    pub fn league(&self, cat: &Category, mf: &MonthFigures, top: Option<usize>) -> Value {
        let dims: Vec<&crate::model::Dimension> = self
            .model
            .site
            .dimensions
            .iter()
            .filter(|d| cat.indicators.iter().any(|i| i.dimension == d.id))
            .collect();
        let entries: Vec<Value> = mf
            .ranking(cat.id.as_str())
            .map(|r| r.entries.as_slice())
            .unwrap_or(&[])
            .iter()
            .take(top.unwrap_or(usize::MAX))
            .map(|e| {
                let scores: Vec<String> = dims
                    .iter()
                    .map(|d| e.dimensions.iter().find(|(id, _)| id == &d.id).map_or_else(String::new, |(_, s)| format::score(*s)))
                    .collect();
                json!({"rank": e.rank, "movement": self.movement(e.movement), "unit": self.unit_ref(e.unit.as_str()),
                       "score": format::score(e.score), "score_value": e.score, "dimensions": scores})
            })
            .collect();
        json!({
            "id": cat.id, "name": cat.name, "focus": cat.focus,
            "dimensions": dims.iter().map(|d| json!({"id": d.id, "name": d.name, "look": d.look})).collect::<Vec<_>>(),
            "entries": entries,
            "month": self.month(mf.month),
            "url": self.url(&urls::rankings(mf.month)),
        })
    }

    /// Every category's league table at a month, categories by id.
    pub fn leagues(&self, mf: &MonthFigures) -> Vec<Value> {
        self.model
            .categories
            .iter()
            .map(|c| self.league(c, mf, None))
            .collect()
    }

    /// Every unit-indicator of a category behind pace at a month.
    pub fn behind(&self, cat: &Category, mf: &MonthFigures) -> Vec<Value> {
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
                    out.push(json!({"unit": self.unit_link(u), "indicator": ind.name, "row": self.indicator_row(ind, f, mf.month)}));
                }
            }
        }
        out
    }
}
