//! The list of pages (SPEC §12) and what each one shows.

use super::Body;
use super::format;
use super::pages::Pages;
use super::views::Ctx;
use rayon::prelude::*;

/// The files rendered so far; a BTreeMap, so the order pages finish in never matters.
pub type Out = std::sync::Mutex<super::Files>;
use crate::model::{ReviewPeriod, VisitKind};
use crate::score::MonthFigures;
use serde_json::{Value, json};

impl Pages<'_> {
    fn put(&self, files: &Out, path: &str, template: &str, title: &str, page: Value) {
        if let Some(bytes) = self.page(template, path, title, page) {
            let file = if path.ends_with(".html") {
                path.to_owned()
            } else {
                format!("{}index.html", path.trim_start_matches('/'))
            };
            if let Ok(mut f) = files.lock() {
                f.insert(file.trim_start_matches('/').to_owned(), Body::Bytes(bytes));
            }
        }
    }

    pub fn all(&self, files: &Out) {
        let cx = &self.cx;
        self.home(files);
        cx.scores.months.par_iter().enumerate().for_each(|(i, mf)| {
            let page = self.rankings_page(mf, i);
            let title = format!("{} · {}", cx.t("rankings"), cx.month(mf.month));
            self.put(
                files,
                &format!("rankings/{}/", mf.month),
                "rankings.html",
                &title,
                page.clone(),
            );
            if i + 1 == cx.scores.months.len() {
                self.put(files, "rankings/", "rankings.html", &cx.t("rankings"), page);
            }
        });
        if cx.scores.months.is_empty() {
            self.put(files, "rankings/", "rankings.html", &cx.t("rankings"), json!({"categories": [], "month": null, "prev": null, "next": null, "periods": [], "all": []}));
        }
        self.units_index(files);
        cx.model
            .units
            .par_iter()
            .for_each(|u| self.unit_page(files, u));
        self.pairs(files);
        self.bulletins(files);
        self.reviews(files);
        for p in &cx.model.pages {
            let body = self.markdown(&p.body, None);
            self.put(
                files,
                &format!("pages/{}/", p.slug),
                "page.html",
                &p.title,
                json!({"title": p.title, "body": body.html, "headings": body.headings}),
            );
        }
        self.visits(files);
        self.status(files);
        self.methodology(files);
        self.put(files, "search/", "search.html", &cx.t("search"), json!({}));
        self.put(files, "404.html", "404.html", &cx.t("not_found"), json!({}));
    }

    fn home(&self, files: &Out) {
        let cx = &self.cx;
        let latest = cx.latest();
        let leagues: Vec<Value> = latest
            .map(|mf| {
                cx.model
                    .categories
                    .iter()
                    .map(|c| cx.league(c, mf, None))
                    .collect()
            })
            .unwrap_or_default();
        let behind: Vec<Value> = latest
            .map(|mf| {
                cx.model
                    .categories
                    .iter()
                    .flat_map(|c| cx.behind(c, mf))
                    .collect()
            })
            .unwrap_or_default();
        let missing: Vec<Value> = latest
            .map(|mf| {
                mf.missing_reports
                    .iter()
                    .map(|u| cx.unit_ref(u.as_str()))
                    .collect()
            })
            .unwrap_or_default();
        let pacesetters = cx.model.reviews.iter().rev().find(|r| !r.pacesetters.is_empty()).map(|r| {
            json!({"period": r.period.to_string(), "url": cx.url(&format!("reviews/{}/", r.period)),
                   "list": r.pacesetters.iter().map(|p| json!({"unit": cx.unit_ref(p.unit.as_str()), "citation": self.md_html(&p.citation)})).collect::<Vec<_>>()})
        });
        let bulletin = cx.model.bulletins.last().map(|b| {
            let r = self.markdown(&b.body, b.period);
            json!({"title": b.title, "issue": format::issue(b.year, b.issue, cx.lang), "overall": format::overall(b.number, cx.lang),
                   "date": format::date(b.date, cx.lang), "url": cx.url(&format!("bulletins/{}/", b.slug())),
                   "contents": r.headings.iter().filter(|h| h.level == 2).map(|h| json!({"text": h.text, "url": cx.url(&format!("bulletins/{}/#{}", b.slug(), h.id))})).collect::<Vec<_>>()})
        });
        let page = json!({
            "month": latest.map(|mf| cx.month(mf.month)),
            "leagues": leagues, "behind": behind, "missing": missing,
            "pacesetters": pacesetters, "bulletin": bulletin,
            "rankings_url": latest.map(|mf| cx.url(&format!("rankings/{}/", mf.month))),
        });
        self.put(files, "", "index.html", &cx.model.site.title, page);
    }

    fn rankings_page(&self, mf: &MonthFigures, i: usize) -> Value {
        let cx = &self.cx;
        let months = &cx.scores.months;
        let link = |m: &MonthFigures| json!({"label": cx.month(m.month), "url": cx.url(&format!("rankings/{}/", m.month))});
        let categories: Vec<Value> = cx
            .model
            .categories
            .iter()
            .map(|c| {
                let mut league = cx.league(c, mf, None);
                let entries = league["entries"].as_array().cloned().unwrap_or_default();
                let labels: Vec<String> = entries
                    .iter()
                    .map(|e| e["unit"]["short"].as_str().unwrap_or("").to_owned())
                    .collect();
                let values: Vec<f64> = entries
                    .iter()
                    .map(|e| e["score_value"].as_f64().unwrap_or(0.0))
                    .collect();
                let title = format!("{} · {} · {}", c.name, cx.t("score"), cx.month(mf.month));
                let desc = entries
                    .iter()
                    .map(|e| {
                        format!(
                            "{} {}",
                            e["unit"]["short"].as_str().unwrap_or(""),
                            e["score"].as_str().unwrap_or("")
                        )
                    })
                    .collect::<Vec<_>>()
                    .join(if cx.lang == crate::model::Language::En {
                        ", "
                    } else {
                        "，"
                    });
                let svg = if entries.is_empty() {
                    String::new()
                } else {
                    super::chart::bars(
                        &format!("bars-{}", c.id),
                        &title,
                        &desc,
                        &labels,
                        &values,
                        100.0 * cx.model.site.cap,
                    )
                };
                if let Value::Object(m) = &mut league {
                    m.insert("chart".into(), json!(svg));
                }
                league
            })
            .collect();
        json!({
            "month": cx.month(mf.month),
            "period": mf.month.to_string(),
            "time_progress": format::percent(mf.time_progress),
            "categories": categories,
            "prev": i.checked_sub(1).map(|p| link(&months[p])),
            "next": months.get(i + 1).map(link),
            "periods": cx.period_labels(mf.month),
            "all": months.iter().rev().map(link).collect::<Vec<_>>(),
            "csv": cx.url(&format!("data/{}.csv", mf.month)),
            "json": cx.url(&format!("data/{}.json", mf.month)),
        })
    }

    fn units_index(&self, files: &Out) {
        let cx = &self.cx;
        let latest = cx.latest();
        let cats: Vec<Value> = cx
            .model
            .categories
            .iter()
            .map(|c| {
                let units: Vec<Value> = cx
                    .model
                    .units
                    .iter()
                    .filter(|u| u.category == c.id)
                    .map(|u| {
                        let rank = latest.and_then(|mf| mf.ranking(c.id.as_str())).and_then(|r| r.entries.iter().find(|e| e.unit == u.id));
                        json!({"unit": cx.unit_link(u), "leader": u.leader, "rank": rank.map(|e| e.rank), "score": rank.map(|e| format::score(e.score))})
                    })
                    .collect();
                json!({"name": c.name, "id": c.id, "focus": c.focus, "units": units})
            })
            .collect();
        self.put(
            files,
            "units/",
            "units.html",
            &cx.t("units"),
            json!({"categories": cats}),
        );
    }

    fn unit_page(&self, files: &Out, u: &crate::model::Unit) {
        let cx = &self.cx;
        let Some(cat) = cx.category_of(u) else { return };
        let latest = cx.latest();
        let indicators: Vec<Value> = latest
            .and_then(|mf| mf.unit(u.id.as_str()).map(|uf| (mf, uf)))
            .map(|(mf, uf)| {
                cat.indicators
                    .iter()
                    .zip(&uf.indicators)
                    .map(|(i, f)| cx.indicator_row(i, f, mf.month))
                    .collect()
            })
            .unwrap_or_default();
        let charts: Vec<Value> = latest
            .map(|mf| {
                (0..cat.indicators.len())
                    .map(|i| {
                        self.progress_chart(u, i, mf.month, &format!("p-{}", cat.indicators[i].id))
                    })
                    .collect()
            })
            .unwrap_or_default();
        let year = latest.map(|mf| mf.month.year);
        let targets: Vec<Value> = year
            .and_then(|y| u.targets.get(&y).map(|row| (y, row)))
            .map(|(_, row)| {
                row.iter()
                    .filter_map(|(id, t)| {
                        let ind = cat.indicators.iter().find(|i| &i.id == id)?;
                        Some(json!({"name": ind.name, "target": format::number(*t, ind.decimals), "measure": ind.measure}))
                    })
                    .collect()
            })
            .unwrap_or_default();
        // Rank history for the latest year.
        let ranks: Vec<(u32, u32)> = cx
            .scores
            .months
            .iter()
            .filter(|mf| Some(mf.month.year) == year)
            .filter_map(|mf| {
                Some((
                    mf.month.month,
                    mf.ranking(cat.id.as_str())?
                        .entries
                        .iter()
                        .find(|e| e.unit == u.id)?
                        .rank,
                ))
            })
            .collect();
        let ranked_count = latest
            .and_then(|mf| mf.ranking(cat.id.as_str()))
            .map_or(0, |r| r.entries.len() as u32);
        let rank_chart = if ranks.is_empty() {
            Value::Null
        } else {
            let title = format!(
                "{} · {} {}",
                u.name,
                cx.t("rank_history"),
                year.unwrap_or_default()
            );
            let desc = ranks
                .iter()
                .map(|(m, r)| format!("{} {}", format::month_short(*m, cx.lang), r))
                .collect::<Vec<_>>()
                .join(", ");
            json!({"svg": super::chart::ranks("rank-history", &title, &desc, &cx.month_labels(), &ranks, ranked_count), "title": title, "desc": desc,
                   "rows": ranks.iter().map(|(m, r)| json!({"month": format::month_short(*m, cx.lang), "rank": r})).collect::<Vec<_>>()})
        };
        let reports: Vec<Value> = cx
            .model
            .reports
            .iter()
            .rev()
            .filter(|r| r.unit == u.id && !r.summary.text.trim().is_empty())
            .map(|r| json!({"month": cx.month(r.month), "period": r.month.to_string(), "html": self.markdown(&r.summary, None).html}))
            .collect();
        let quarterlies: Vec<Value> = cx
            .model
            .quarterlies
            .iter()
            .rev()
            .filter(|q| q.unit == u.id)
            .map(|q| json!({"period": format!("{}-Q{}", q.year, q.quarter), "title": q.title, "html": self.markdown(&q.body, None).html}))
            .collect();
        let mut reviews = Vec::new();
        for r in cx.model.reviews.iter().rev() {
            let find = |list: &[(crate::model::UnitId, crate::model::Markdown)]| {
                list.iter()
                    .find(|(id, _)| id == &u.id)
                    .map(|(_, m)| self.markdown(m, None).html)
            };
            let commentary = find(&r.commentary);
            let rectification = find(&r.rectification);
            let pacesetter = r
                .pacesetters
                .iter()
                .find(|p| p.unit == u.id)
                .map(|p| self.md_html(&p.citation));
            let survey = r
                .survey
                .as_ref()
                .and_then(|s| s.scores.iter().find(|(id, _)| id == &u.id))
                .map(|(_, x)| format::number(*x, 1));
            let awards: Vec<&str> = r
                .awards
                .iter()
                .filter(|a| a.unit == u.id)
                .map(|a| a.title.as_str())
                .collect();
            if commentary.is_some()
                || rectification.is_some()
                || pacesetter.is_some()
                || survey.is_some()
                || !awards.is_empty()
            {
                reviews.push(json!({"period": r.period.to_string(), "url": cx.url(&format!("reviews/{}/", r.period)), "commentary": commentary,
                    "rectification": rectification, "pacesetter": pacesetter, "survey": survey, "awards": awards}));
            }
        }
        let visits: Vec<Value> = cx
            .model
            .visits
            .iter()
            .rev()
            .filter(|v| v.host == u.id || v.visitors.contains(&u.id))
            .map(|v| self.visit(v))
            .collect();
        let benchmarks = json!({"internal": u.benchmarks.internal.as_ref().map(|b| cx.unit_ref(b.as_str())), "external": u.benchmarks.external.as_ref().map(|b| cx.unit_ref(b.as_str()))});
        let rank = latest.and_then(|mf| mf.ranking(cat.id.as_str())).and_then(|r| r.entries.iter().find(|e| e.unit == u.id)).map(|e| {
            json!({"rank": e.rank, "of": ranked_count, "score": format::score(e.score), "movement": cx.movement(e.movement)})
        });
        let page = json!({
            "unit": cx.unit_link(u), "name": u.name, "category": {"id": cat.id, "name": cat.name}, "parent": u.parent, "leader": u.leader,
            "external": u.external, "benchmarks": benchmarks, "pledge": self.md_html(&u.pledge), "learn": self.md_html(&u.learn),
            "measures": u.measures, "targets": targets, "year": year,
            "month": latest.map(|mf| cx.month(mf.month)), "rank": rank,
            "indicators": indicators, "charts": charts, "rank_chart": rank_chart,
            "reports": reports, "quarterlies": quarterlies, "reviews": reviews, "visits": visits,
        });
        self.put(
            files,
            &format!("units/{}/", u.id),
            "unit.html",
            &u.name,
            page,
        );
    }

    fn pairs(&self, files: &Out) {
        let cx = &self.cx;
        let pairs: Vec<Value> = match cx.latest() {
            Some(mf) => cx
                .model
                .units
                .iter()
                .filter(|u| {
                    !u.external
                        && (u.benchmarks.internal.is_some() || u.benchmarks.external.is_some())
                })
                .map(|u| self.pair(u, mf))
                .collect(),
            None => vec![],
        };
        self.put(
            files,
            "pairs/",
            "pairs.html",
            &cx.t("pairs"),
            json!({"pairs": pairs, "month": cx.latest().map(|mf| cx.month(mf.month))}),
        );
    }

    fn bulletins(&self, files: &Out) {
        let cx = &self.cx;
        let list = &cx.model.bulletins;
        let summary = |b: &crate::model::Bulletin| {
            json!({"title": b.title, "issue": format::issue(b.year, b.issue, cx.lang), "overall": format::overall(b.number, cx.lang),
                   "date": format::date(b.date, cx.lang), "url": cx.url(&format!("bulletins/{}/", b.slug())), "year": b.year})
        };
        let mut years: Vec<Value> = Vec::new();
        for b in list.iter().rev() {
            let needs_new = years.last().is_none_or(|y| y["year"] != json!(b.year));
            if needs_new {
                years.push(json!({"year": b.year, "issues": []}));
            }
            if let Some(Value::Array(issues)) = years.last_mut().map(|y| &mut y["issues"]) {
                issues.push(summary(b));
            }
        }
        self.put(
            files,
            "bulletins/",
            "bulletins.html",
            &cx.t("bulletins"),
            json!({"years": years}),
        );
        for (i, b) in list.iter().enumerate() {
            let r = self.markdown(&b.body, b.period);
            let contents: Vec<Value> = r
                .headings
                .iter()
                .filter(|h| h.level == 2)
                .map(|h| json!({"text": h.text, "id": h.id}))
                .collect();
            let page = json!({
                "bulletin": summary(b), "office": b.office, "body": r.html, "contents": contents,
                "period": b.period.map(|m| cx.month(m)),
                "prev": i.checked_sub(1).map(|p| summary(&list[p])), "next": list.get(i + 1).map(summary),
            });
            self.put(
                files,
                &format!("bulletins/{}/", b.slug()),
                "bulletin.html",
                &format!("{} {}", b.title, format::issue(b.year, b.issue, cx.lang)),
                page,
            );
        }
    }

    fn reviews(&self, files: &Out) {
        let cx = &self.cx;
        let index: Vec<Value> = cx.model.reviews.iter().rev().map(|r| json!({"period": r.period.to_string(), "label": self.period_name(r.period), "url": cx.url(&format!("reviews/{}/", r.period))})).collect();
        self.put(
            files,
            "reviews/",
            "reviews.html",
            &cx.t("reviews"),
            json!({"reviews": index}),
        );
        for r in &cx.model.reviews {
            let texts = |list: &[(crate::model::UnitId, crate::model::Markdown)]| -> Vec<Value> {
                list.iter().map(|(id, m)| {
                    let quarterly = match r.period {
                        ReviewPeriod::Quarter(y, q) => cx.model.quarterlies.iter().find(|x| &x.unit == id && x.year == y && x.quarter == q).map(|x| self.markdown(&x.body, None).html),
                        _ => None,
                    };
                    json!({"unit": cx.unit_ref(id.as_str()), "html": self.markdown(m, None).html, "quarterly": quarterly})
                }).collect()
            };
            // Quarterly reports of units without commentary still belong beside the quarter.
            let other_reports: Vec<Value> = match r.period {
                ReviewPeriod::Quarter(y, q) => cx.model.quarterlies.iter()
                    .filter(|x| x.year == y && x.quarter == q && !r.commentary.iter().any(|(id, _)| id == &x.unit))
                    .map(|x| json!({"unit": cx.unit_ref(x.unit.as_str()), "html": self.markdown(&x.body, None).html}))
                    .collect(),
                _ => vec![],
            };
            let end = r.period.end_month();
            let leagues: Vec<Value> = cx
                .scores
                .month(end)
                .map(|mf| {
                    cx.model
                        .categories
                        .iter()
                        .map(|c| cx.league(c, mf, None))
                        .collect()
                })
                .unwrap_or_default();
            let survey = r.survey.as_ref().map(|s| json!({"respondents": s.respondents,
                "scores": s.scores.iter().map(|(id, x)| json!({"unit": cx.unit_ref(id.as_str()), "score": format::number(*x, 1)})).collect::<Vec<_>>()}));
            let page = json!({
                "period": r.period.to_string(), "label": self.period_name(r.period),
                "commentary": texts(&r.commentary), "rectification": texts(&r.rectification), "quarterly_reports": other_reports,
                "pacesetters": r.pacesetters.iter().map(|p| json!({"unit": cx.unit_ref(p.unit.as_str()), "citation": self.md_html(&p.citation)})).collect::<Vec<_>>(),
                "survey": survey,
                "awards": r.awards.iter().map(|a| json!({"unit": cx.unit_ref(a.unit.as_str()), "title": a.title})).collect::<Vec<_>>(),
                "leagues": leagues, "end_month": cx.month(end),
            });
            self.put(
                files,
                &format!("reviews/{}/", r.period),
                "review.html",
                &format!("{} · {}", cx.t("reviews"), self.period_name(r.period)),
                page,
            );
        }
    }

    fn period_name(&self, p: ReviewPeriod) -> String {
        let cx = &self.cx;
        let en = cx.lang == crate::model::Language::En;
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

    fn visit(&self, v: &crate::model::Visit) -> Value {
        let cx = &self.cx;
        let kind = match v.kind {
            VisitKind::Study => "kind_study",
            VisitKind::Forum => "kind_forum",
            VisitKind::Other => "kind_other",
        };
        json!({"title": v.title, "date": format::date(v.date, cx.lang), "host": cx.unit_ref(v.host.as_str()),
               "visitors": v.visitors.iter().map(|x| cx.unit_ref(x.as_str())).collect::<Vec<_>>(),
               "kind": cx.t(kind), "html": self.markdown(&v.body, None).html, "id": format!("{}-{}", v.date, v.slug),
               "url": cx.url(&format!("visits/#{}-{}", v.date, v.slug))})
    }

    fn visits(&self, files: &Out) {
        let cx = &self.cx;
        let mut years: Vec<Value> = Vec::new();
        for v in cx.model.visits.iter().rev() {
            let y = v.date.format("%Y").to_string();
            if years.last().is_none_or(|x| x["year"] != json!(y)) {
                years.push(json!({"year": y, "visits": []}));
            }
            if let Some(Value::Array(list)) = years.last_mut().map(|x| &mut x["visits"]) {
                list.push(self.visit(v));
            }
        }
        self.put(
            files,
            "visits/",
            "visits.html",
            &cx.t("visits"),
            json!({"years": years}),
        );
    }

    fn status(&self, files: &Out) {
        let page = super::status::page(self);
        self.put(files, "status/", "status.html", &self.cx.t("status"), page);
    }

    fn methodology(&self, files: &Out) {
        let page = super::methodology::page(&self.cx);
        self.put(
            files,
            "methodology/",
            "methodology.html",
            &self.cx.t("methodology"),
            page,
        );
    }
}

/// The navigation bar.
pub fn nav(cx: &Ctx) -> Vec<Value> {
    let mut items: Vec<Value> = [
        ("", "home"),
        ("rankings/", "rankings"),
        ("units/", "units"),
        ("pairs/", "pairs"),
        ("bulletins/", "bulletins"),
        ("reviews/", "reviews"),
        ("visits/", "visits"),
        ("status/", "status"),
        ("methodology/", "methodology"),
    ]
    .iter()
    .map(|(p, k)| json!({"url": cx.url(p), "path": p, "label": cx.t(k)}))
    .collect();
    for p in &cx.model.pages {
        items.push(json!({"url": cx.url(&format!("pages/{}/", p.slug)), "path": format!("pages/{}/", p.slug), "label": p.title}));
    }
    items.push(json!({"url": cx.url("search/"), "path": "search/", "label": cx.t("search")}));
    items
}
