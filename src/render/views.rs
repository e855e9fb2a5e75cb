//! View models shared by several pages: the model and its figures in words for the templates.
//! Every number is formatted here, once, for the site's language. The shapes themselves are in
//! [`super::shapes`].

pub use super::shapes::*;

use super::format;
use super::urls;
use super::wording::{self, Sense};
use crate::model::{
    Aggregate, Benchmarks, Category, CorrectedFigure, Indicator, Language, Model, Month,
    ReviewPeriod, Unit, UnitId, corrected_figures,
};
use crate::score::{BenchmarkFigures, IndicatorFigures, MonthFigures, Scores, Status, Trend};
use std::collections::{BTreeMap, BTreeSet};
use std::sync::Mutex;

/// Everything a view needs to look things up and write text. A context is about the latest
/// published year, or about a past year (SPEC §17): then its names, plans, links and figures
/// are that year's, as the year ended.
#[derive(Clone)]
pub struct Ctx<'a> {
    pub model: &'a Model,
    pub scores: &'a Scores,
    pub t: &'a BTreeMap<String, String>,
    pub lang: Language,
    /// Links under the site's base URL.
    pub(crate) links: urls::Links,
    /// Each unit's records and ranks, found without scanning every list.
    pub ix: &'a super::index::Index<'a>,
    /// The past year the pages are about; None: the latest published year.
    pub past: Option<i32>,
    /// Interface strings asked for that the theme does not have: errors once rendering ends.
    pub missing: &'a Mutex<BTreeSet<String>>,
}

/// The months of one year a unit reported, as bits 1–12 ([`Ctx::reported_months`]).
#[derive(Clone, Copy)]
pub struct ReportedMonths(u16);

impl ReportedMonths {
    /// Whether the unit reported for `m` (a month of the year asked about).
    pub fn has(self, m: Month) -> bool {
        self.0 & 1 << m.month != 0
    }
}

impl<'a> Ctx<'a> {
    /// A review period in words; the same as [`Ctx::period`].
    pub fn period_name(&self, p: ReviewPeriod) -> String {
        self.period(p)
    }

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

    /// A review period in words: 2026年第三季度, 2026年上半年, 2025年全年 (never 2026-Q3).
    pub fn period(&self, p: ReviewPeriod) -> String {
        let cx = self;
        let en = cx.lang == Language::En;
        match p {
            ReviewPeriod::Quarter(y, q) => {
                let n = if en {
                    q.to_string()
                } else {
                    format::chinese_numeral(q)
                };
                format!(
                    "{y}{}{}",
                    if en { " " } else { "年" },
                    cx.t("quarter_label").replace("{n}", &n)
                )
            }
            ReviewPeriod::Half(y, h) => format!(
                "{y}{}{}",
                if en { " " } else { "年" },
                cx.t(if h == 1 { "half_first" } else { "half_second" })
            ),
            ReviewPeriod::Year(y) => {
                format!("{y}{}{}", if en { " " } else { "年" }, cx.t("full_year"))
            }
        }
    }

    /// Positions in `model.reviews`, newest first by the month the period ends; of periods
    /// ending together, the longer first (the year, then the half, then the quarter).
    pub fn reviews_newest_first(&self) -> Vec<usize> {
        let span = |p: ReviewPeriod| match p {
            ReviewPeriod::Quarter(..) => 0,
            ReviewPeriod::Half(..) => 1,
            ReviewPeriod::Year(_) => 2,
        };
        let mut ix: Vec<usize> = (0..self.model.reviews.len()).collect();
        ix.sort_by_key(|&i| {
            let p = self.model.reviews[i].period;
            std::cmp::Reverse((p.end_month(), span(p)))
        });
        ix
    }

    pub fn month_labels(&self) -> Vec<String> {
        (1..=12)
            .map(|m| format::month_short(m, self.lang))
            .collect()
    }

    /// The year the pages are about: the past year, else the latest published.
    pub fn year(&self) -> Option<i32> {
        self.past
            .or_else(|| self.model.latest_published().map(|m| m.year))
    }

    /// A unit's link: its name in the year the pages are about, and its page for that year.
    pub fn unit_link(&self, u: &'a Unit) -> UnitLink<'a> {
        let (name, short) = match self.year().map(|y| u.name_in(y)) {
            Some(old) if old != u.name => (old, old),
            _ => (u.name.as_str(), u.display_name()),
        };
        UnitLink {
            id: u.id.as_str(),
            name,
            short,
            url: self.unit_url(u),
            external: u.external,
        }
    }

    /// A unit's page: in a past year's pages, its page for that year where it took part.
    pub fn unit_url(&self, u: &Unit) -> String {
        match self.past {
            Some(y) if u.takes_part(y) => self.url(&urls::unit_year(&u.id, y)),
            _ => self.url(&urls::unit(&u.id)),
        }
    }

    /// The link to the unit `id`; None for an id the model does not know.
    pub fn unit_ref(&self, id: &str) -> Option<UnitLink<'a>> {
        self.model.unit(id).map(|u| self.unit_link(u))
    }

    /// A status in words: against pace for `sum`/`cumulative` (`timed`), against the target for
    /// `level`/`mean`, where "ahead of schedule" would not mean anything.
    pub fn status(&self, s: Option<Status>, timed: bool) -> Option<StatusView> {
        let s = s?;
        let symbol = match s {
            Status::Ahead => "▲",
            Status::Near => "●",
            Status::Behind => "▼",
            Status::Missing => "○",
        };
        // The strings' keys spelt out: a chart's every month asks for one.
        let label = match (s, timed) {
            (Status::Ahead, true) => "status_ahead",
            (Status::Near, true) => "status_near",
            (Status::Behind, true) => "status_behind",
            (Status::Missing, _) => "status_missing",
            (Status::Ahead, false) => "status_ahead_target",
            (Status::Near, false) => "status_near_target",
            (Status::Behind, false) => "status_behind_target",
        };
        Some(StatusView {
            key: s.as_str(),
            label: self.t(label),
            symbol,
        })
    }

    pub fn trend(&self, tr: Option<Trend>) -> Option<TrendView> {
        let tr = tr?;
        Some(TrendView {
            key: tr.as_str(),
            label: self.t(match tr {
                Trend::Surpassed => "trend_surpassed",
                Trend::Closing => "trend_closing",
                Trend::Widening => "trend_widening",
                Trend::Steady => "trend_steady",
                Trend::New => "trend_new",
            }),
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

    /// A row's figures against one benchmark: `unit`, the unit's benchmark that year, is set
    /// whenever `b` is.
    fn bench(
        &self,
        b: &Option<BenchmarkFigures>,
        unit: Option<&UnitId>,
        ind: &Indicator,
    ) -> Option<Bench<'a>> {
        let (b, unit) = (b.as_ref()?, unit?);
        let lead = b.gap.get().map(|g| {
            let sense = wording::gap_sense(g);
            let key = match sense {
                Sense::Better => "lead_by",
                Sense::Even => "level_with",
                Sense::Worse => "lag_by",
            };
            self.worded(key, sense, &self.amount(g, ind))
        });
        Some(Bench {
            unit: self.unit_ref(unit.as_str()),
            ytd: b.ytd.get().map(|x| format::number(x, ind.decimals)),
            lead,
            // 領先 already says "surpassed"; the trend adds news only while behind.
            trend: self.trend(b.trend.filter(|t| *t != Trend::Surpassed)),
        })
    }

    /// `x`'s magnitude in the indicator's measure: "9.5億元", "0.4個百分點".
    fn amount(&self, x: f64, ind: &Indicator) -> String {
        let n = wording::magnitude(x, ind.decimals);
        if ind.measure.as_deref() == Some("%") {
            format!("{n}{}", self.t("percentage_points"))
        } else {
            self.measured(n, ind)
        }
    }

    /// The number `n` in the indicator's measure: "36 cases" in English, "36件" in Chinese.
    fn measured(&self, n: String, ind: &Indicator) -> String {
        match ind.measure.as_deref() {
            Some(m) => format!("{n}{}{m}", self.t("word_gap")),
            None => n,
        }
    }

    fn worded(&self, key: &str, sense: Sense, amount: &str) -> Worded {
        Worded {
            text: self.t(key).replace("{x}", amount),
            class: sense.class(),
        }
    }

    /// The one pace figure of an indicator: against the time elapsed for `sum` and `cumulative`
    /// (序時目標 E, actual, 快/慢 by how much), against the target for `level` and `mean`. The
    /// word follows the status, so the two never disagree.
    fn progress(&self, ind: &Indicator, f: &IndicatorFigures) -> Option<Progress> {
        let (ytd, expected) = (f.ytd.get()?, f.expected.get()?);
        let timed = wording::against_time(ind.aggregate);
        let diff = wording::pace_difference(ytd, expected, ind.direction);
        let sense = match f.status {
            Some(Status::Ahead) if diff > 0.0 => Sense::Better,
            Some(Status::Ahead) => Sense::Even,
            Some(Status::Near | Status::Behind) => Sense::Worse,
            _ => wording::pace_sense(diff),
        };
        let key = match (timed, sense) {
            (true, Sense::Better) => "pace_faster",
            (true, Sense::Worse) => "pace_slower",
            (true, Sense::Even) => "pace_even",
            (false, Sense::Better) => "target_better",
            (false, Sense::Worse) => "target_worse",
            (false, Sense::Even) => "target_even",
        };
        let actual_key = match ind.aggregate {
            Aggregate::Sum | Aggregate::Cumulative => "ytd",
            Aggregate::Level => "latest_value",
            Aggregate::Mean => "mean_value",
        };
        let with_measure = |x: f64| self.measured(format::number(x, ind.decimals), ind);
        Some(Progress {
            expected_label: self.t(if timed { "expected" } else { "target" }),
            expected: with_measure(expected),
            actual_label: self.t(actual_key),
            actual: with_measure(ytd),
            verdict: self.worded(key, sense, &self.amount(diff, ind)),
        })
    }

    /// One indicator row of a unit at a month, whose benchmarks that year are `pair`.
    pub fn indicator_row(
        &self,
        ind: &'a Indicator,
        f: &IndicatorFigures,
        pair: &Benchmarks,
    ) -> IndicatorRow<'a> {
        let d = ind.decimals;
        let fmt = |x: Option<f64>| x.map(|v| format::number(v, d));
        let timed = wording::against_time(ind.aggregate);
        IndicatorRow {
            id: ind.id.as_str(),
            name: &ind.name,
            measure: ind.measure.as_deref(),
            direction: ind.direction,
            value: fmt(f.value.get()),
            ytd: fmt(f.ytd.get()),
            target: fmt(f.target.get()),
            progress: self.progress(ind, f),
            status: self.status(f.status, timed),
            growth: f.growth.get().map(|g| {
                let sense = wording::growth_sense(g, ind.direction);
                let sign = if g > 0.0 { "+" } else { "" };
                let key = match sense {
                    Sense::Better => "growth_better",
                    Sense::Even => "growth_even",
                    Sense::Worse => "growth_worse",
                };
                self.worded(key, sense, &format!("{sign}{}", format::percent(g)))
            }),
            internal: self.bench(&f.internal, pair.internal.as_ref(), ind),
            external: self.bench(&f.external, pair.external.as_ref(), ind),
            corrected: Vec::new(),
        }
    }

    /// The corrections of a unit's reports that change its figures at `upto`: those of the
    /// months of `upto`'s year up to it, oldest month first.
    pub fn corrections_upto(&self, unit: &str, upto: Month) -> Vec<CorrectedFigure> {
        self.ix
            .reports(unit)
            .iter()
            .map(|&i| &self.model.reports[i])
            .filter(|r| r.month.year == upto.year && r.month <= upto && !r.corrections.is_empty())
            .flat_map(corrected_figures)
            .collect()
    }

    /// A correction as a mark beside the figure it changed.
    pub fn correction_mark(&self, c: &CorrectedFigure) -> CorrectionMark {
        CorrectionMark {
            indicator: c.indicator.as_str().to_owned(),
            date: format::date(c.date, self.lang),
            month: self.month(c.period),
            note: c.note.clone(),
            url: self.url(&urls::correction(c)),
        }
    }

    /// Marks each row with the corrections of its indicator in `fixes`.
    pub fn mark_rows(&self, rows: &mut [IndicatorRow], fixes: &[CorrectedFigure]) {
        for c in fixes {
            if let Some(row) = rows.iter_mut().find(|r| r.id == c.indicator.as_str()) {
                row.corrected.push(self.correction_mark(c));
            }
        }
    }

    /// Whether `unit` sent no report for `m` (a non-draft one, or any with --drafts), and the
    /// month of its last report before then.
    pub fn not_reported(&self, unit: &str, m: Month) -> Option<NotReported> {
        let reports = self.ix.reports(unit);
        let months = reports.iter().map(|&i| self.model.reports[i].month);
        if months.clone().any(|r| r == m) {
            return None;
        }
        let last = months.filter(|r| *r < m).max();
        let last = last.map_or_else(|| self.t("never_reported"), |l| self.month(l));
        let month = self.month(m);
        Some(NotReported {
            note: self
                .t("not_reported_note")
                .replace("{month}", &month)
                .replace("{last}", &last),
            month,
            last,
        })
    }

    /// The months of `year` `unit` sent a report for (those [`Ctx::not_reported`] is None
    /// for): a chart asks this of every month of three units, once each.
    pub fn reported_months(&self, unit: &str, year: i32) -> ReportedMonths {
        let reports = self.ix.reports(unit).iter();
        let months = reports.map(|&i| self.model.reports[i].month);
        ReportedMonths(
            months
                .filter(|m| m.year == year)
                .fold(0, |bits, m| bits | 1 << m.month),
        )
    }

    pub fn category_of(&self, u: &Unit) -> Option<&'a Category> {
        self.model.category(u.category.as_str())
    }

    /// The month the pages show: the latest published, or a past year's last.
    pub fn latest(&self) -> Option<&'a MonthFigures> {
        self.latest_ix().map(|i| &self.scores.months[i])
    }

    /// The position of [`Ctx::latest`] in `scores.months`.
    pub fn latest_ix(&self) -> Option<usize> {
        match self.past {
            Some(y) => self.scores.months.iter().rposition(|m| m.month.year == y),
            None => self.scores.months.len().checked_sub(1),
        }
    }

    /// Labels for the period a month closes: quarter at 3, 6, 9, 12; half at 6, 12; year at 12.
    pub fn period_labels(&self, m: Month) -> Vec<PeriodLabel> {
        let mut out = Vec::new();
        if m.month.is_multiple_of(3) {
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
                missing: self.not_reported(e.unit.as_str(), mf.month).is_some(),
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

    /// Categories in the order pages list them: by `order`, then id (towns before departments
    /// when the site says so); data files keep id order.
    pub fn categories(&self) -> Vec<&'a Category> {
        let mut list: Vec<&'a Category> = self.model.categories.iter().collect();
        list.sort_by_key(|c| c.order);
        list
    }

    /// Every category's league table at a month, in page order.
    pub fn leagues(&self, mf: &MonthFigures) -> Vec<League<'a>> {
        self.categories()
            .into_iter()
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
            for (ind, f) in mf.all(uf, cat) {
                if f.status == Some(Status::Behind) {
                    out.push(Behind {
                        unit: self.unit_link(u),
                        indicator: &ind.name,
                        row: BehindRow {
                            status: self.status(f.status, wording::against_time(ind.aggregate)),
                            progress: self.progress(ind, &f),
                        },
                    });
                }
            }
        }
        out
    }
}
