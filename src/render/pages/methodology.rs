//! The methodology page: SPEC §10 in words for this site's settings and indicators, with one
//! worked example taken from the latest published figures.

use super::Pages;
use crate::model::{Aggregate, Direction};
use crate::render::views::Ctx;
use crate::render::views::{StatusView, UnitLink};
use crate::render::{Out, format, urls, wording};
use serde::Serialize;

impl Pages<'_> {
    pub(super) fn methodology(&self, files: &Out) {
        let page = page(&self.cx);
        self.put(
            files,
            urls::METHODOLOGY,
            "methodology.html",
            &self.cx.t("methodology"),
            &page,
        );
    }
}

/// `page` of methodology.html: SPEC §10 for this site's settings.
#[derive(Serialize)]
pub(crate) struct Methodology<'a> {
    cap: String,
    cap_percent: String,
    tolerance: String,
    near_from: String,
    /// §10 in the site's language, one HTML item per rule.
    formulas: Vec<String>,
    categories: Vec<CategoryRules<'a>>,
    dimensions: Vec<DimensionLook<'a>>,
    example: Option<Example<'a>>,
}

#[derive(Serialize)]
pub(crate) struct CategoryRules<'a> {
    name: &'a str,
    indicators: Vec<IndicatorRules<'a>>,
}

/// An indicator's settings in words.
#[derive(Serialize)]
pub(crate) struct IndicatorRules<'a> {
    name: &'a str,
    measure: Option<&'a str>,
    dimension: Option<&'a str>,
    direction: String,
    aggregate: String,
    weight: String,
    /// Its weight as a share of the category's.
    share: String,
    /// HTML.
    note: Option<String>,
}

#[derive(Serialize)]
pub(crate) struct DimensionLook<'a> {
    name: &'a str,
    look: &'a str,
}

/// One indicator of one unit at the latest month, every step of the score written out.
#[derive(Serialize)]
pub(crate) struct Example<'a> {
    unit: UnitLink<'a>,
    indicator: &'a str,
    measure: Option<&'a str>,
    month: String,
    m: u32,
    t: String,
    target: String,
    ytd: String,
    expected: String,
    completion: Option<String>,
    pace: String,
    credited: String,
    weight: String,
    points: String,
    status: Option<StatusView>,
    direction_up: bool,
    flow: bool,
    score: String,
    category: &'a str,
}

fn page<'a>(cx: &Ctx<'a>) -> Methodology<'a> {
    let site = &cx.model.site;
    let categories = cx
        .model
        .categories
        .iter()
        .map(|c| {
            let total: f64 = c.indicators.iter().map(|i| i.weight).sum();
            let indicators = c
                .indicators
                .iter()
                .map(|i| IndicatorRules {
                    name: &i.name,
                    measure: i.measure.as_deref(),
                    dimension: site
                        .dimensions
                        .iter()
                        .find(|d| d.id == i.dimension)
                        .map(|d| d.name.as_str()),
                    direction: cx.t(match i.direction {
                        Direction::Up => "direction_up",
                        Direction::Down => "direction_down",
                    }),
                    aggregate: cx.t(match i.aggregate {
                        Aggregate::Sum => "aggregate_sum",
                        Aggregate::Cumulative => "aggregate_cumulative",
                        Aggregate::Level => "aggregate_level",
                        Aggregate::Mean => "aggregate_mean",
                    }),
                    weight: format::number(i.weight, if i.weight.fract() == 0.0 { 0 } else { 2 }),
                    share: format::percent(i.weight / total),
                    note: i
                        .note
                        .as_ref()
                        .map(|n| crate::render::markdown::sanitize(&simple_md(&n.text))),
                })
                .collect();
            CategoryRules {
                name: &c.name,
                indicators,
            }
        })
        .collect();
    Methodology {
        cap: format::number(site.cap, 2),
        cap_percent: format::percent(site.cap),
        tolerance: format::percent(site.tolerance),
        near_from: format::percent(1.0 - site.tolerance),
        formulas: formulas(cx),
        categories,
        dimensions: site
            .dimensions
            .iter()
            .map(|d| DimensionLook {
                name: &d.name,
                look: &d.look,
            })
            .collect(),
        example: example(cx),
    }
}

/// The first ranked unit's first indicator at the latest month, every step written out.
fn example<'a>(cx: &Ctx<'a>) -> Option<Example<'a>> {
    let mf = cx.latest()?;
    for ranking in &mf.rankings {
        let Some(entry) = ranking.entries.first() else {
            continue;
        };
        let (Some(u), Some(cat)) = (
            cx.model.unit(entry.unit.as_str()),
            cx.model.category(ranking.category.as_str()),
        ) else {
            continue;
        };
        let Some(uf) = mf.unit(u.id.as_str()) else {
            continue;
        };
        for (ind, f) in mf.all(uf, cat) {
            let (Some(ytd), Some(target), Some(expected), Some(pace), Some(credited), Some(points)) = (
                f.ytd.get(),
                f.target.get(),
                f.expected.get(),
                f.pace.get(),
                f.credited.get(),
                f.points.get(),
            ) else {
                continue;
            };
            let d = ind.decimals.max(2);
            return Some(Example {
                unit: cx.unit_link(u),
                indicator: &ind.name,
                measure: ind.measure.as_deref(),
                month: cx.month(mf.month),
                m: mf.month.month,
                t: format::number(mf.time_progress, 4),
                target: format::number(target, d),
                ytd: format::number(ytd, d),
                expected: format::number(expected, d),
                completion: f.completion.get().map(format::percent),
                pace: format::number(pace, 4),
                credited: format::number(credited, 4),
                weight: format::number(ind.weight, 2),
                points: format::number(points, 4),
                status: cx.status(f.status, wording::against_time(ind.aggregate)),
                direction_up: ind.direction == Direction::Up,
                flow: matches!(ind.aggregate, Aggregate::Sum | Aggregate::Cumulative),
                score: format::score(entry.score),
                category: &cat.name,
            });
        }
    }
    None
}

/// Indicator notes are one-line Markdown; render without shortcodes.
fn simple_md(text: &str) -> String {
    let mut out = String::new();
    pulldown_cmark::html::push_html(&mut out, pulldown_cmark::Parser::new(text));
    out
}

/// The rules of §10 from the theme's strings (`formula_*`), with this site's cap, band and
/// status names put in.
fn formulas(cx: &Ctx) -> Vec<String> {
    let site = &cx.model.site;
    let fill = [
        ("{cap}", format::number(site.cap, 2)),
        ("{near_from}", format::percent(1.0 - site.tolerance)),
        ("{ahead}", cx.t("status_ahead")),
        ("{near}", cx.t("status_near")),
        ("{behind}", cx.t("status_behind")),
        ("{missing}", cx.t("status_missing")),
        ("{ahead_target}", cx.t("status_ahead_target")),
        ("{near_target}", cx.t("status_near_target")),
        ("{behind_target}", cx.t("status_behind_target")),
    ];
    [
        "formula_ytd",
        "formula_expected",
        "formula_completion",
        "formula_pace",
        "formula_status",
        "formula_score",
        "formula_rank",
        "formula_gap",
    ]
    .iter()
    .map(|key| {
        fill.iter()
            .fold(cx.t(key), |text, (from, to)| text.replace(from, to))
    })
    .collect()
}
