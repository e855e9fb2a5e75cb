//! Every page of SPEC §12: builds each page's context and renders its template.

use super::chart::{self, Mark, Series};
use super::format;
use super::index;
use super::markdown::{self, Rendered};
use super::shortcode::Shortcode;
use super::urls;
use super::views::{Ctx, object};
use crate::diag::Diagnostic;
use crate::model::{Markdown, Month, ReviewPeriod, Unit};
use crate::score::{MonthFigures, Scores};
use serde_json::{Value, json};
use std::collections::{HashMap, HashSet};
use std::sync::Mutex;
use tera::{Context, Tera};

/// Renders pages through Tera, collecting problems as diagnostics.
pub struct Pages<'a> {
    pub cx: Ctx<'a>,
    pub tera: Tera,
    /// What every page's context holds besides its own part (`site`, `t`), converted to Tera's
    /// values once: Tera shares arrays and maps behind `Arc`s, so each page clones pointers
    /// instead of re-serialising the navigation and every interface string.
    pub global: Vec<(String, tera::Value)>,
    pub diags: Mutex<Vec<Diagnostic>>,
    /// Template name → path shown in errors.
    pub template_paths: std::collections::BTreeMap<String, String>,
    /// The fingerprint of the templates and the shared context, when the sink keeps pages.
    pub shared_fingerprint: Option<u64>,
    pub reuse: super::Reuse<'a>,
    /// What differs from the previous build's figures, when only reports changed.
    pub changed_units: Option<ChangedUnits<'a>>,
}

/// Units and categories whose figures differ between two builds' scores in at least one month.
#[derive(Default)]
pub struct ChangedUnits<'a> {
    /// Units whose figures or rank entry differ.
    pub units: HashSet<&'a str>,
    /// Categories whose ranking has a different number of units.
    pub sizes: HashSet<&'a str>,
}

impl<'a> ChangedUnits<'a> {
    /// Compares month by month; None when the months themselves differ.
    pub fn between(previous: &'a Scores, now: &'a Scores) -> Option<ChangedUnits<'a>> {
        use rayon::prelude::*;
        if previous.months.len() != now.months.len()
            || previous
                .months
                .iter()
                .zip(&now.months)
                .any(|(p, m)| p.month != m.month)
        {
            return None;
        }
        let per_month: Vec<ChangedUnits> = previous
            .months
            .par_iter()
            .zip(&now.months)
            .map(|(p, m)| Self::in_month(p, m))
            .collect();
        let mut all = ChangedUnits::default();
        for c in per_month {
            all.units.extend(c.units);
            all.sizes.extend(c.sizes);
        }
        Some(all)
    }

    fn in_month(p: &'a MonthFigures, m: &'a MonthFigures) -> ChangedUnits<'a> {
        let mut c = ChangedUnits::default();
        // Figures are listed by unit in the model's order, the same in both builds when only
        // reports changed; lists that differ otherwise count as a change of every unit in them.
        let same_list = p.units.len() == m.units.len()
            && p.units.iter().zip(&m.units).all(|(a, b)| a.unit == b.unit);
        if same_list {
            for (a, b) in p.units.iter().zip(&m.units) {
                if a != b {
                    c.units.insert(b.unit.as_str());
                }
            }
        } else {
            c.units
                .extend(p.units.iter().chain(&m.units).map(|f| f.unit.as_str()));
        }
        let (before, after) = (index::rank_map(p), index::rank_map(m));
        for (unit, entry) in &after {
            if before.get(unit) != Some(entry) {
                c.units.insert(unit);
            }
        }
        for unit in before.keys() {
            if !after.contains_key(unit) {
                c.units.insert(unit);
            }
        }
        let sizes = |f: &'a MonthFigures| -> HashMap<&'a str, usize> {
            f.rankings
                .iter()
                .map(|r| (r.category.as_str(), r.entries.len()))
                .collect()
        };
        let (sp, sm) = (sizes(p), sizes(m));
        for (cat, n) in sp.iter().chain(&sm) {
            if sp.get(cat) != Some(n) || sm.get(cat) != Some(n) {
                c.sizes.insert(cat);
            }
        }
        c
    }
}

impl<'a> Pages<'a> {
    /// Converts the shared context (a JSON object) for [`Pages::global`].
    pub fn global_context(global: &Value) -> Result<Vec<(String, tera::Value)>, String> {
        let Value::Object(map) = global else {
            return Err("the shared page context is not an object".into());
        };
        map.iter()
            .map(|(k, v)| {
                tera::Value::try_from_serializable(v)
                    .map(|v| (k.clone(), v))
                    .map_err(|e| e.to_string())
            })
            .collect()
    }

    /// Renders `template` with the page's own context merged over the global one.
    pub fn page(&self, template: &str, path: &str, title: &str, page: Value) -> Option<Vec<u8>> {
        let extra = [
            ("page", page),
            ("page_title", json!(title)),
            ("page_path", json!(path)),
            ("page_url", json!(self.cx.url(path))),
        ];
        self.render_with(template, extra).map(String::into_bytes)
    }

    /// Whether the month at position `i` of the scores is known to be unchanged: everything
    /// the same as in the previous build but monthly reports, and this month's figures equal.
    pub fn same_month(&self, i: usize) -> bool {
        self.reuse.figures
            || self
                .reuse
                .reports
                .as_ref()
                .is_some_and(|r| r.previous.months.get(i) == self.cx.scores.months.get(i))
    }

    /// Whether a unit page is known to be unchanged: everything the same as in the previous
    /// build but monthly reports, none of this unit's, and in every month the unit's figures,
    /// its benchmarks' figures, its rank and the size of its category's ranking equal.
    pub fn same_unit(&self, u: &Unit) -> bool {
        if self.reuse.figures {
            return true;
        }
        let (Some(r), Some(changed)) = (&self.reuse.reports, &self.changed_units) else {
            return false;
        };
        let id = u.id.as_str();
        !r.units.contains(id)
            && !changed.units.contains(id)
            && !changed.sizes.contains(u.category.as_str())
            && [&u.benchmarks.internal, &u.benchmarks.external]
                .into_iter()
                .flatten()
                .all(|b| !changed.units.contains(b.as_str()))
    }

    /// The fingerprint of everything a page is rendered from, when the sink keeps pages.
    pub fn fingerprint(
        &self,
        template: &str,
        path: &str,
        title: &str,
        page: &Value,
    ) -> Option<u64> {
        let shared = self.shared_fingerprint?;
        let mut h = super::fingerprint::Fingerprint::new();
        h.u64(shared);
        h.str(template);
        h.str(path);
        h.str(title);
        h.value(page);
        Some(h.finish())
    }

    /// Renders `template` with the global context and `extra` entries over it.
    pub fn render_with<K: Into<String>>(
        &self,
        template: &str,
        extra: impl IntoIterator<Item = (K, Value)>,
    ) -> Option<String> {
        let mut context = Context::new();
        for (k, v) in &self.global {
            context.insert_value(k.clone(), v.clone());
        }
        for (k, v) in extra {
            match tera::Value::try_from_serializable(&v) {
                Ok(v) => context.insert_value(k.into(), v),
                Err(e) => {
                    self.diags
                        .lock()
                        .unwrap_or_else(std::sync::PoisonError::into_inner)
                        .push(Diagnostic::file(
                            template,
                            format!("cannot build the page context: {e}"),
                        ));
                    return None;
                }
            }
        }
        match self.tera.render(template, &context) {
            Ok(s) => Some(s),
            Err(e) => {
                let path = self
                    .template_paths
                    .get(template)
                    .cloned()
                    .unwrap_or_else(|| template.to_owned());
                self.diags
                    .lock()
                    .unwrap_or_else(std::sync::PoisonError::into_inner)
                    .push(Diagnostic::file(
                        path,
                        format!("template error: {}", error_chain(&e)),
                    ));
                None
            }
        }
    }

    /// Markdown of a content file, shortcodes expanded against `period`. In a rebuild where no
    /// figure or record changed, the previous rebuild's rendering is reused: the key holds the
    /// number that names the figures' state ([`super::Reuse::generation`]).
    pub fn markdown(&self, md: &Markdown, period: Option<Month>) -> Rendered {
        let Some(shared) = self.shared_fingerprint.filter(|_| md.text.contains("{{")) else {
            return self.markdown_uncached(md, period);
        };
        let key = super::memo::key((
            &md.text,
            &md.path,
            md.line,
            period,
            shared,
            self.reuse.generation,
        ));
        if self.reuse.figures
            && let Some(r) = super::memo::WITH_SHORTCODES.get(key)
        {
            return r;
        }
        let before = self.diag_count();
        let r = self.markdown_uncached(md, period);
        // Only a clean rendering: one with errors must report them again.
        if self.diag_count() == before {
            super::memo::WITH_SHORTCODES.insert(key, r.clone());
        }
        r
    }

    fn diag_count(&self) -> usize {
        self.diags
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .len()
    }

    fn markdown_uncached(&self, md: &Markdown, period: Option<Month>) -> Rendered {
        // Chart ids must be unique on the page: number the shortcodes of this document, and
        // name the document by where it starts.
        let doc = format!("{:x}-{}", fnv(md.path.as_bytes()), md.line);
        let mut n = 0;
        let mut expand = |sc: &Shortcode| {
            n += 1;
            self.shortcode(sc, period, &urls::chart::shortcode(&doc, n))
        };
        match markdown::render(
            md,
            self.cx.model.site.raw_html,
            self.cx.links.base(),
            &mut expand,
        ) {
            Ok(r) => r,
            Err(d) => {
                self.diags
                    .lock()
                    .unwrap_or_else(std::sync::PoisonError::into_inner)
                    .extend(d);
                Rendered::default()
            }
        }
    }

    pub fn md_html(&self, md: &Option<Markdown>) -> Value {
        md.as_ref()
            .map_or(Value::Null, |m| json!(self.markdown(m, None).html))
    }

    fn shortcode(
        &self,
        sc: &Shortcode,
        default_period: Option<Month>,
        chart_id: &str,
    ) -> Result<String, String> {
        let cx = &self.cx;
        let month_arg = |sc: &Shortcode| -> Result<&MonthFigures, String> {
            let m = match sc.text("period")? {
                Some(p) => Month::parse(p)
                    .ok_or_else(|| format!("`period` takes a month YYYY-MM, not `{p}`"))?,
                None => default_period
                    .or(cx.model.latest_published())
                    .ok_or("no month is published yet")?,
            };
            cx.scores
                .month(m)
                .ok_or_else(|| format!("no data is published for {m}"))
        };
        let category_arg = |sc: &Shortcode| -> Result<&crate::model::Category, String> {
            let id = sc.text("category")?.unwrap_or_default();
            cx.model.category(id).ok_or_else(|| {
                let ids: Vec<&str> = cx.model.categories.iter().map(|c| c.id.as_str()).collect();
                format!(
                    "unknown category `{id}`; categories are: {}",
                    ids.join(", ")
                )
            })
        };
        let unit_arg = |sc: &Shortcode| -> Result<&Unit, String> {
            let id = sc.text("unit")?.unwrap_or_default();
            cx.model.unit(id).ok_or_else(|| {
                let hint =
                    crate::diag::did_you_mean(id, cx.model.units.iter().map(|u| u.id.as_str()))
                        .map(|s| format!(" (did you mean `{s}`?)"))
                        .unwrap_or_default();
                format!("unknown unit `{id}`{hint}")
            })
        };
        let (template, ctx) = match sc.name.as_str() {
            "ranking" => {
                sc.check_args(&["category", "period", "top"], &["category"])?;
                let cat = category_arg(sc)?;
                let mf = month_arg(sc)?;
                let top = match sc.number("top")? {
                    Some(n) if n >= 1.0 && n.fract() == 0.0 => Some(n as usize),
                    Some(n) => {
                        return Err(format!("`top` takes a whole number of at least 1, not {n}"));
                    }
                    None => None,
                };
                (
                    "shortcodes/ranking.html",
                    json!({"league": cx.league(cat, mf, top)}),
                )
            }
            "progress" => {
                sc.check_args(&["unit", "indicator", "period"], &["unit", "indicator"])?;
                let u = unit_arg(sc)?;
                let mf = month_arg(sc)?;
                let cat = cx.category_of(u).ok_or("unit has no category")?;
                let iid = sc.text("indicator")?.unwrap_or_default();
                let idx = cat
                    .indicators
                    .iter()
                    .position(|i| i.id.as_str() == iid)
                    .ok_or_else(|| {
                        let ids: Vec<&str> = cat.indicators.iter().map(|i| i.id.as_str()).collect();
                        format!(
                            "unknown indicator `{iid}` for `{}`; category `{}` has: {}",
                            u.id,
                            cat.id,
                            ids.join(", ")
                        )
                    })?;
                (
                    "shortcodes/progress.html",
                    json!({"chart": self.progress_chart(u, idx, mf.month, chart_id)}),
                )
            }
            "pair" => {
                sc.check_args(&["unit", "period"], &["unit"])?;
                let u = unit_arg(sc)?;
                let mf = month_arg(sc)?;
                ("shortcodes/pair.html", json!({"pair": self.pair(u, mf)}))
            }
            "behind" => {
                sc.check_args(&["category", "period"], &["category"])?;
                let cat = category_arg(sc)?;
                let mf = month_arg(sc)?;
                (
                    "shortcodes/behind.html",
                    json!({"rows": cx.behind(cat, mf), "month": cx.month(mf.month), "category": cat.name}),
                )
            }
            "pacesetters" => {
                sc.check_args(&["period"], &["period"])?;
                let p = sc.text("period")?.unwrap_or_default();
                let period = ReviewPeriod::parse(p).ok_or_else(|| {
                    format!("`period` takes a review period such as 2026-Q1, not `{p}`")
                })?;
                let review = cx
                    .model
                    .reviews
                    .iter()
                    .find(|r| r.period == period)
                    .ok_or_else(|| {
                        format!("there is no review for {p} (content/reviews/{p}.yaml)")
                    })?;
                let list: Vec<Value> = review
                    .pacesetters
                    .iter()
                    .map(|ps| json!({"unit": cx.unit_ref(ps.unit.as_str()), "citation": self.md_html(&ps.citation)}))
                    .collect();
                (
                    "shortcodes/pacesetters.html",
                    json!({"pacesetters": list, "period": p, "url": cx.url(&urls::review(p))}),
                )
            }
            other => {
                let hint = crate::diag::did_you_mean(
                    other,
                    ["ranking", "progress", "pair", "behind", "pacesetters"],
                )
                .map(|s| format!(" (did you mean `{s}`?)"))
                .unwrap_or_default();
                return Err(format!(
                    "unknown shortcode `{other}`{hint}; shortcodes are ranking, progress, pair, behind, pacesetters"
                ));
            }
        };
        let extra = match ctx {
            Value::Object(m) => m,
            _ => serde_json::Map::new(),
        };
        self.render_with(template, extra)
            .ok_or_else(|| format!("shortcode template {template} failed"))
    }

    /// One indicator's progress chart for a unit, with its data table.
    pub fn progress_chart(&self, u: &Unit, idx: usize, upto: Month, id: &str) -> Value {
        let cx = &self.cx;
        let Some(cat) = cx.category_of(u) else {
            return Value::Null;
        };
        let ind = &cat.indicators[idx];
        let year_months: Vec<&MonthFigures> = cx
            .scores
            .months
            .iter()
            .filter(|m| m.month.year == upto.year && m.month <= upto)
            .collect();
        let pick = |unit: &str| -> Vec<(u32, f64)> {
            year_months
                .iter()
                .filter_map(|mf| Some((mf.month.month, mf.unit(unit)?.indicators.get(idx)?.ytd?)))
                .collect()
        };
        let mut series = vec![Series {
            points: pick(u.id.as_str()),
            mark: Mark::Circle,
        }];
        let target = u.target(upto.year, &ind.id);
        if let Some(t) = target {
            let pts = (1..=12)
                .map(|m| {
                    (
                        m,
                        crate::score::expected(ind.aggregate, t, crate::score::time_progress(m)),
                    )
                })
                .collect();
            series.push(Series {
                points: pts,
                mark: Mark::Dashed,
            });
        }
        let benches = [
            (&u.benchmarks.internal, Mark::Square, "internal_benchmark"),
            (&u.benchmarks.external, Mark::Triangle, "external_benchmark"),
        ];
        let mut legend = vec![
            json!({"mark": "circle", "label": format!("{} · {}", u.display_name(), cx.t("legend_unit"))}),
        ];
        if target.is_some() {
            legend.push(json!({"mark": "dashed", "label": cx.t("legend_pace")}));
        }
        let mut bench_cols = Vec::new();
        for (b, mark, key) in benches {
            if let Some(b) = b.as_ref().and_then(|b| cx.model.unit(b.as_str())) {
                series.push(Series {
                    points: pick(b.id.as_str()),
                    mark,
                });
                legend.push(json!({"mark": if mark == Mark::Square { "square" } else { "triangle" }, "label": format!("{} · {}", b.display_name(), cx.t(key))}));
                bench_cols.push(b);
            }
        }
        let unit_pts = &series[0].points;
        let title = format!("{} · {} {}", u.name, ind.name, upto.year);
        // Said in words for the chart's <desc>: the latest figure against the pace and target.
        let en = cx.lang == crate::model::Language::En;
        let (colon, comma, stop) = if en {
            (": ", ", ", ".")
        } else {
            ("：", "，", "。")
        };
        let unit_of = ind.measure.as_deref().map_or(String::new(), |m| {
            if en { format!(" {m}") } else { m.to_owned() }
        });
        let fig = |x: f64| format!("{}{unit_of}", format::number(x, ind.decimals));
        let desc = match (unit_pts.last(), target) {
            (Some((m, v)), Some(t)) => {
                let e = crate::score::expected(ind.aggregate, t, crate::score::time_progress(*m));
                format!(
                    "{}{colon}{} {}{comma}{} {}{comma}{} {}{stop}",
                    cx.month(Month::new(upto.year, *m)),
                    cx.t("ytd"),
                    fig(*v),
                    cx.t("expected"),
                    fig(e),
                    cx.t("target"),
                    fig(t)
                )
            }
            (Some((m, v)), None) => format!(
                "{}{colon}{} {}{stop}",
                cx.month(Month::new(upto.year, *m)),
                cx.t("ytd"),
                fig(*v)
            ),
            _ => cx.t("no_data_yet"),
        };
        let rows: Vec<Value> = year_months
            .iter()
            .map(|mf| {
                let get = |unit: &str| mf.unit(unit).and_then(|f| f.indicators.get(idx)).and_then(|f| f.ytd).map(|x| format::number(x, ind.decimals));
                let pace = target.map(|t| format::number(crate::score::expected(ind.aggregate, t, crate::score::time_progress(mf.month.month)), ind.decimals));
                let status = mf.unit(u.id.as_str()).and_then(|f| f.indicators.get(idx)).map_or(Value::Null, |f| cx.status(f.status));
                json!({"month": cx.month(mf.month), "unit": get(u.id.as_str()), "pace": pace, "status": status,
                       "benchmarks": bench_cols.iter().map(|b| get(b.id.as_str())).collect::<Vec<_>>()})
            })
            .collect();
        let svg = chart::progress(id, &title, &desc, &cx.month_labels(), &series, ind.decimals);
        object([
            ("id", json!(id)),
            ("title", Value::String(title)),
            ("desc", Value::String(desc)),
            ("svg", Value::String(svg)),
            ("legend", Value::Array(legend)),
            ("rows", Value::Array(rows)),
            ("has_pace", json!(target.is_some())),
            (
                "bench_names",
                bench_cols.iter().map(|b| json!(b.display_name())).collect(),
            ),
            ("indicator", json!(ind.name)),
            ("measure", json!(ind.measure)),
        ])
    }

    /// A unit against its two benchmarks, indicator by indicator, at a month.
    pub fn pair(&self, u: &Unit, mf: &MonthFigures) -> Value {
        let cx = &self.cx;
        let Some(cat) = cx.category_of(u) else {
            return Value::Null;
        };
        let Some(uf) = mf.unit(u.id.as_str()) else {
            return Value::Null;
        };
        let rows: Vec<Value> = cat
            .indicators
            .iter()
            .zip(&uf.indicators)
            .map(|(ind, f)| cx.indicator_row(ind, f, mf.month))
            .collect();
        let year = mf.month.year;
        // Visits either way between the unit and a benchmark: this year's count and the latest.
        let visits = |b: &crate::model::UnitId| {
            let between: Vec<&crate::model::Visit> = cx
                .ix
                .pair_visits(u.id.as_str(), b.as_str())
                .iter()
                .map(|&i| &cx.model.visits[i])
                .collect();
            let this_year = between
                .iter()
                .filter(|v| chrono::Datelike::year(&v.date) == year)
                .count();
            let latest = between.last().map(|v| {
                json!({"title": v.title, "date": format::date(v.date, cx.lang), "url": cx.url(&urls::visit(v))})
            });
            json!({"count": this_year, "latest": latest})
        };
        json!({
            "unit": cx.unit_link(u),
            "month": cx.month(mf.month),
            "internal": u.benchmarks.internal.as_ref().map(|b| json!({"unit": cx.unit_ref(b.as_str()), "visits": visits(b)})),
            "external": u.benchmarks.external.as_ref().map(|b| json!({"unit": cx.unit_ref(b.as_str()), "visits": visits(b)})),
            "rows": rows,
        })
    }
}

/// A small stable hash (FNV-1a) for ids derived from file paths.
fn fnv(bytes: &[u8]) -> u32 {
    bytes.iter().fold(0x811c_9dc5u32, |h, b| {
        (h ^ u32::from(*b)).wrapping_mul(0x0100_0193)
    })
}

fn error_chain(e: &dyn std::error::Error) -> String {
    let mut s = e.to_string();
    let mut cur = e.source();
    while let Some(c) = cur {
        s.push_str(": ");
        s.push_str(&c.to_string());
        cur = c.source();
    }
    s
}
