//! A unit's month in one line of plain words, for the top of its page and the home page's
//! picker: 「烏鎮鎮 · 10月 · 鎮（街道）第1/12名 · 6項指標中5項快於序時或達標 · 對標梧桐3項領先」.

use crate::model::{Category, Unit};
use crate::render::format;
use crate::render::views::{Ctx, Movement, NotReported, UnitLink};
use crate::score::{IndicatorFigures, MonthFigures, Status};
use serde::Serialize;

/// One unit's verdict at the latest month; every part already in words.
#[derive(Serialize)]
pub(crate) struct Verdict<'a> {
    pub(crate) unit: UnitLink<'a>,
    /// "10月".
    month: String,
    rank: Option<String>,
    /// Since the previous month (↑2), empty in January.
    movement: Option<Movement>,
    score: Option<String>,
    pace: Option<String>,
    bench: Option<String>,
    missing: Option<NotReported>,
}

/// A category's units with their verdicts, best ranked first.
#[derive(Serialize)]
pub(crate) struct CategoryVerdicts<'a> {
    name: &'a str,
    units: Vec<Verdict<'a>>,
}

impl<'a> Ctx<'a> {
    /// The verdict of `u` at `mf` (the month index `ix` in `scores.months`).
    pub(crate) fn verdict(
        &self,
        u: &'a Unit,
        cat: &'a Category,
        mf: &MonthFigures,
        ix: usize,
    ) -> Verdict<'a> {
        let id = u.id.as_str();
        let of = mf.ranking(cat.id.as_str()).map_or(0, |r| r.entries.len());
        let entry = self.ix.rank(ix, id);
        let rank = entry.map(|e| {
            self.t("verdict_rank")
                .replace("{category}", &cat.name)
                .replace("{rank}", &e.rank.to_string())
                .replace("{of}", &of.to_string())
        });
        let figures: Vec<IndicatorFigures> = mf
            .unit(id)
            .map_or_else(Vec::new, |uf| mf.all(uf, cat).map(|(_, f)| f).collect());
        let judged: Vec<Status> = figures.iter().filter_map(|f| f.status).collect();
        let pace = (!judged.is_empty()).then(|| {
            let ahead = judged.iter().filter(|s| **s == Status::Ahead).count();
            self.t("verdict_pace")
                .replace("{of}", &judged.len().to_string())
                .replace("{n}", &ahead.to_string())
        });
        let bench = self.bench_verdict(u, mf.month.year, &figures);
        Verdict {
            unit: self.unit_link(u),
            month: format::month_short(mf.month.month, self.lang),
            rank,
            movement: entry.map(|e| self.movement(e.movement)),
            score: entry.map(|e| format::score(e.score)),
            pace,
            bench,
            missing: self.not_reported(id, mf.month),
        }
    }

    /// 「對標梧桐3項領先」: on how many indicators the unit is level with or ahead of its internal
    /// benchmark (its external one when it names no internal one), by the year's pairs.
    fn bench_verdict(&self, u: &Unit, year: i32, figures: &[IndicatorFigures]) -> Option<String> {
        let benchmarks = &u.plan(year).benchmarks;
        let internal = benchmarks.internal.is_some();
        let gaps: Vec<f64> = figures
            .iter()
            .filter_map(|f| if internal { &f.internal } else { &f.external }.as_ref())
            .filter_map(|b| b.gap.get())
            .collect();
        let b = if internal {
            benchmarks.internal.as_ref()
        } else {
            benchmarks.external.as_ref()
        }?;
        if gaps.is_empty() {
            return None;
        }
        let name = self
            .model
            .unit(b.as_str())
            .map(|b| self.unit_link(b).short)?;
        let ahead = gaps.iter().filter(|g| **g <= 0.0).count();
        Some(
            self.t("verdict_bench")
                .replace("{name}", name)
                .replace("{n}", &ahead.to_string()),
        )
    }

    /// Every non-external unit's verdict at the latest month, by category in page order, best
    /// ranked first (unranked units after, by id).
    pub(crate) fn verdicts(&self) -> Vec<CategoryVerdicts<'a>> {
        let Some(ix) = self.scores.months.len().checked_sub(1) else {
            return Vec::new();
        };
        let mf = &self.scores.months[ix];
        self.categories()
            .into_iter()
            .map(|cat| {
                let mut units: Vec<&'a Unit> = self
                    .model
                    .units
                    .iter()
                    .filter(|u| u.category == cat.id && !u.external)
                    .collect();
                units.sort_by_key(|u| self.ix.rank(ix, u.id.as_str()).map_or(u32::MAX, |e| e.rank));
                CategoryVerdicts {
                    name: &cat.name,
                    units: units
                        .into_iter()
                        .map(|u| self.verdict(u, cat, mf, ix))
                        .collect(),
                }
            })
            .filter(|c| !c.units.is_empty())
            .collect()
    }
}
