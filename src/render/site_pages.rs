//! The list of pages (SPEC §12) and what each one shows.

use super::Body;
use super::format;
use super::pages::Pages;
use super::urls;
use super::views::{Ctx, object};
use rayon::prelude::*;

/// Where finished pages go; a map by path or a folder, so the order pages finish in never
/// matters.
use super::Out;
use super::markdown::{Rendered, escape};
use crate::model::{Page, ReviewPeriod, Unit, VisitKind};
use crate::score::MonthFigures;
use serde_json::{Value, json};

/// At most this many free pages go in the navigation bar, which is on every page: listing all
/// of a site's pages there would make the site quadratic in pages (5,000 pages × 5,000 links).
/// When there are more, the bar lists the first `NAV_PAGES - 1` by weight and links the rest
/// through /pages/, a list of every page.
pub const NAV_PAGES: usize = 8;

/// One page (or a pair of pages sharing their context) to render.
enum Job<'m> {
    Home,
    /// The rankings of the month at this position of `scores.months`.
    Rankings(usize),
    /// /rankings/ before any month is published.
    NoRankings,
    UnitsIndex,
    Unit(&'m Unit),
    Pairs,
    BulletinsIndex,
    /// The bulletin at this position of `model.bulletins`.
    Bulletin(usize),
    ReviewsIndex,
    /// The review at this position of `model.reviews`.
    Review(usize),
    Page(&'m Page),
    PagesIndex,
    Visits,
    Status,
    Methodology,
    Search,
    NotFound,
}

impl Pages<'_> {
    fn put(&self, files: &Out, path: &str, template: &str, title: &str, page: Value) {
        let file = urls::file(path);
        if let Some(fp) = self.fingerprint(template, path, title, &page)
            && files.unchanged(&file, fp)
        {
            return;
        }
        if let Some(bytes) = self.page(template, path, title, page) {
            files.put(file, Body::Bytes(bytes));
        }
    }

    /// Renders every page. Each page is one job and the jobs run in parallel, so the two cores
    /// stay busy whatever the mix (a site of plain pages, a campaign of unit pages); the output
    /// is a map by path, so the order jobs finish in never shows. `bulletins` holds each
    /// bulletin's body, rendered once, in the order of `model.bulletins`.
    pub fn all(&self, files: &Out, bulletins: &[Rendered]) {
        let cx = &self.cx;
        let m = cx.model;
        let mut jobs = vec![Job::Home, Job::UnitsIndex, Job::Pairs, Job::BulletinsIndex];
        jobs.extend((0..cx.scores.months.len()).map(Job::Rankings));
        if cx.scores.months.is_empty() {
            jobs.push(Job::NoRankings);
        }
        jobs.extend(m.units.iter().map(Job::Unit));
        jobs.extend((0..m.bulletins.len()).map(Job::Bulletin));
        jobs.push(Job::ReviewsIndex);
        jobs.extend((0..m.reviews.len()).map(Job::Review));
        jobs.extend(m.pages.iter().map(Job::Page));
        if m.pages.len() > NAV_PAGES {
            jobs.push(Job::PagesIndex);
        }
        jobs.extend([
            Job::Visits,
            Job::Status,
            Job::Methodology,
            Job::Search,
            Job::NotFound,
        ]);
        jobs.par_iter()
            .with_max_len(1)
            .for_each(|job| self.job(files, job, bulletins));
    }

    /// The pages a job writes, when they are known to be unchanged (see [`super::Reuse`]):
    /// pages built only from figures and records (SPEC §10's scores, units, reports, quarterly
    /// reports, reviews and visits) when none of those changed, and rankings and unit pages whose
    /// own figures did not. A path here that the job does not write is harmless: the session
    /// finds the page missing and renders everything.
    fn unchanged_paths(&self, job: &Job) -> Option<Vec<String>> {
        let cx = &self.cx;
        let figures = self.reuse.figures;
        Some(match *job {
            Job::Rankings(i) if self.same_month(i) => {
                let mut paths = vec![urls::rankings(cx.scores.months[i].month)];
                if i + 1 == cx.scores.months.len() {
                    paths.push(urls::RANKINGS.into());
                }
                paths
            }
            Job::Unit(u) if self.same_unit(u) => vec![urls::unit(&u.id)],
            Job::NoRankings if figures => vec![urls::RANKINGS.into()],
            Job::UnitsIndex if figures => vec![urls::UNITS.into()],
            Job::Pairs if figures => vec![urls::PAIRS.into()],
            Job::ReviewsIndex if figures => vec![urls::REVIEWS.into()],
            Job::Review(i) if figures => vec![urls::review(cx.model.reviews[i].period)],
            Job::Visits if figures => vec![urls::VISITS.into()],
            Job::Methodology if figures => vec![urls::METHODOLOGY.into()],
            // The status page shows bulletins too; the rest show bulletins or free pages.
            _ => return None,
        })
    }

    fn job(&self, files: &Out, job: &Job, bulletins: &[Rendered]) {
        let cx = &self.cx;
        if let Some(paths) = self.unchanged_paths(job) {
            for path in paths {
                files.keep(urls::file(&path));
            }
            return;
        }
        match *job {
            Job::Home => self.home(files, bulletins),
            Job::Rankings(i) => {
                let mf = &cx.scores.months[i];
                let page = self.rankings_page(mf, i);
                let title = format!("{} · {}", cx.t("rankings"), cx.month(mf.month));
                let path = urls::rankings(mf.month);
                if i + 1 == cx.scores.months.len() {
                    self.put(files, &path, "rankings.html", &title, page.clone());
                    // The latest month again, at /rankings/ (its chart drawn once).
                    self.put(files, urls::RANKINGS, "rankings.html", &cx.t("rankings"), page);
                } else {
                    self.put(files, &path, "rankings.html", &title, page);
                }
            }
            Job::NoRankings => self.put(files, urls::RANKINGS, "rankings.html", &cx.t("rankings"), json!({"categories": [], "month": null, "prev": null, "next": null, "periods": [], "all": []})),
            Job::UnitsIndex => self.units_index(files),
            Job::Unit(u) => self.unit_page(files, u),
            Job::Pairs => self.pairs(files),
            Job::BulletinsIndex => self.bulletins_index(files),
            Job::Bulletin(i) => self.bulletin(files, i, bulletins),
            Job::ReviewsIndex => self.reviews_index(files),
            Job::Review(r) => self.review(files, r),
            Job::Page(p) => {
                let body = self.markdown(&p.body, None);
                self.put(
                    files,
                    &urls::page(&p.slug),
                    "page.html",
                    &p.title,
                    json!({"title": p.title, "body": body.html, "headings": body.headings}),
                );
            }
            Job::PagesIndex => self.pages_index(files),
            Job::Visits => self.visits(files),
            Job::Status => self.status(files),
            Job::Methodology => self.methodology(files),
            Job::Search => self.put(files, urls::SEARCH, "search.html", &cx.t("search"), json!({})),
            Job::NotFound => self.put(files, urls::NOT_FOUND, "404.html", &cx.t("not_found"), json!({})),
        }
    }

    /// /pages/, when there are more pages than the navigation bar lists: every page by weight.
    fn pages_index(&self, files: &Out) {
        let cx = &self.cx;
        let mut body = String::from("<ul class=\"page-list\">\n");
        for p in &cx.model.pages {
            body.push_str(&format!(
                "<li><a href=\"{}\">{}</a></li>\n",
                escape(&cx.url(&urls::page(&p.slug))),
                escape(&p.title)
            ));
        }
        body.push_str("</ul>\n");
        let title = cx.t("all_pages");
        self.put(
            files,
            urls::PAGES,
            "page.html",
            &title,
            json!({"title": title, "body": body, "headings": []}),
        );
    }

    fn home(&self, files: &Out, bulletins: &[Rendered]) {
        let cx = &self.cx;
        let latest = cx.latest();
        let leagues: Vec<Value> = latest.map(|mf| cx.leagues(mf)).unwrap_or_default();
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
            json!({"period": r.period.to_string(), "url": cx.url(&urls::review(r.period)),
                   "list": r.pacesetters.iter().map(|p| json!({"unit": cx.unit_ref(p.unit.as_str()), "citation": self.md_html(&p.citation)})).collect::<Vec<_>>()})
        });
        let bulletin = cx.model.bulletins.last().map(|b| {
            let r = bulletins.last().cloned().unwrap_or_default();
            json!({"title": b.title, "issue": format::issue(b.year, b.issue, cx.lang), "overall": format::overall(b.number, cx.lang),
                   "date": format::date(b.date, cx.lang), "url": cx.url(&urls::bulletin(b)),
                   "contents": r.headings.iter().filter(|h| h.level == 2).map(|h| json!({"text": h.text, "url": cx.url(&urls::bulletin_section(b, &h.id))})).collect::<Vec<_>>()})
        });
        let page = json!({
            "month": latest.map(|mf| cx.month(mf.month)),
            "leagues": leagues, "behind": behind, "missing": missing,
            "pacesetters": pacesetters, "bulletin": bulletin,
            "rankings_url": latest.map(|mf| cx.url(&urls::rankings(mf.month))),
        });
        self.put(files, urls::HOME, "index.html", &cx.model.site.title, page);
    }

    fn rankings_page(&self, mf: &MonthFigures, i: usize) -> Value {
        let cx = &self.cx;
        let months = &cx.scores.months;
        let link = |m: &MonthFigures| json!({"label": cx.month(m.month), "url": cx.url(&urls::rankings(m.month))});
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
                        &urls::chart::bars(&c.id),
                        &title,
                        &desc,
                        &labels,
                        &values,
                        100.0 * cx.model.site.cap,
                    )
                };
                if let Value::Object(m) = &mut league {
                    m.insert("chart".into(), Value::String(svg));
                }
                league
            })
            .collect();
        object([
            ("month", json!(cx.month(mf.month))),
            ("period", json!(mf.month.to_string())),
            ("time_progress", json!(format::percent(mf.time_progress))),
            ("categories", Value::Array(categories)),
            ("prev", json!(i.checked_sub(1).map(|p| link(&months[p])))),
            ("next", json!(months.get(i + 1).map(link))),
            ("periods", Value::Array(cx.period_labels(mf.month))),
            ("all", Value::Array(months.iter().rev().map(link).collect())),
            ("csv", json!(cx.url(&urls::data_csv(mf.month)))),
            ("json", json!(cx.url(&urls::data_json(mf.month)))),
        ])
    }

    fn units_index(&self, files: &Out) {
        let cx = &self.cx;
        let latest_ix = cx.scores.months.len().checked_sub(1);
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
                        let rank = latest_ix.and_then(|m| cx.ix.rank(m, u.id.as_str()));
                        json!({"unit": cx.unit_link(u), "leader": u.leader, "rank": rank.map(|e| e.rank), "score": rank.map(|e| format::score(e.score))})
                    })
                    .collect();
                json!({"name": c.name, "id": c.id, "focus": c.focus, "units": units})
            })
            .collect();
        self.put(
            files,
            urls::UNITS,
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
                        self.progress_chart(
                            u,
                            i,
                            mf.month,
                            &urls::chart::progress(&cat.indicators[i].id),
                        )
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
            .enumerate()
            .filter(|(_, mf)| Some(mf.month.year) == year)
            .filter_map(|(i, mf)| Some((mf.month.month, cx.ix.rank(i, u.id.as_str())?.rank)))
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
            let svg = super::chart::ranks(
                urls::chart::RANK_HISTORY,
                &title,
                &desc,
                &cx.month_labels(),
                &ranks,
                ranked_count,
            );
            object([
                ("svg", Value::String(svg)),
                ("title", Value::String(title)),
                ("desc", Value::String(desc)),
                (
                    "rows",
                    ranks
                        .iter()
                        .map(|(m, r)| json!({"month": format::month_short(*m, cx.lang), "rank": r}))
                        .collect(),
                ),
            ])
        };
        let reports: Vec<Value> = cx
            .ix
            .reports(u.id.as_str())
            .iter()
            .rev()
            .map(|&i| &cx.model.reports[i])
            .filter(|r| !r.summary.text.trim().is_empty())
            .map(|r| json!({"month": cx.month(r.month), "period": r.month.to_string(), "html": self.markdown(&r.summary, None).html}))
            .collect();
        let quarterlies: Vec<Value> = cx
            .ix
            .quarterlies(u.id.as_str())
            .iter()
            .rev()
            .map(|&i| &cx.model.quarterlies[i])
            .map(|q| json!({"period": format!("{}-Q{}", q.year, q.quarter), "title": q.title, "html": self.markdown(&q.body, None).html}))
            .collect();
        let mut reviews = Vec::new();
        let id = u.id.as_str();
        for (ri, r) in cx.model.reviews.iter().enumerate().rev() {
            let Some(named) = cx.ix.review(ri) else {
                continue;
            };
            let find =
                |at: &std::collections::HashMap<&str, usize>,
                 list: &[(crate::model::UnitId, crate::model::Markdown)]| {
                    at.get(id).map(|&i| self.markdown(&list[i].1, None).html)
                };
            let commentary = find(&named.commentary, &r.commentary);
            let rectification = find(&named.rectification, &r.rectification);
            let pacesetter = named
                .pacesetters
                .get(id)
                .map(|&i| self.md_html(&r.pacesetters[i].citation));
            let survey = r
                .survey
                .as_ref()
                .and_then(|s| named.survey.get(id).map(|&i| &s.scores[i]))
                .map(|(_, x)| format::number(*x, 1));
            let awards: Vec<&str> = named
                .awards
                .get(id)
                .map_or(&[][..], Vec::as_slice)
                .iter()
                .map(|&i| r.awards[i].title.as_str())
                .collect();
            if commentary.is_some()
                || rectification.is_some()
                || pacesetter.is_some()
                || survey.is_some()
                || !awards.is_empty()
            {
                reviews.push(json!({"period": r.period.to_string(), "url": cx.url(&urls::review(r.period)), "commentary": commentary,
                    "rectification": rectification, "pacesetter": pacesetter, "survey": survey, "awards": awards}));
            }
        }
        let visits: Vec<Value> = cx
            .ix
            .unit_visits(id)
            .iter()
            .rev()
            .map(|&i| self.visit(&cx.model.visits[i]))
            .collect();
        let benchmarks = json!({"internal": u.benchmarks.internal.as_ref().map(|b| cx.unit_ref(b.as_str())), "external": u.benchmarks.external.as_ref().map(|b| cx.unit_ref(b.as_str()))});
        let latest_ix = cx.scores.months.len().checked_sub(1);
        let rank = latest_ix.and_then(|m| cx.ix.rank(m, id)).map(|e| {
            json!({"rank": e.rank, "of": ranked_count, "score": format::score(e.score), "movement": cx.movement(e.movement)})
        });
        let page = object([
            ("unit", cx.unit_link(u)),
            ("name", json!(u.name)),
            ("category", json!({"id": cat.id, "name": cat.name})),
            ("parent", json!(u.parent)),
            ("leader", json!(u.leader)),
            ("external", json!(u.external)),
            ("benchmarks", benchmarks),
            ("pledge", self.md_html(&u.pledge)),
            ("learn", self.md_html(&u.learn)),
            ("measures", json!(u.measures)),
            ("targets", Value::Array(targets)),
            ("year", json!(year)),
            ("month", json!(latest.map(|mf| cx.month(mf.month)))),
            ("rank", rank.unwrap_or(Value::Null)),
            ("indicators", Value::Array(indicators)),
            ("charts", Value::Array(charts)),
            ("rank_chart", rank_chart),
            ("reports", Value::Array(reports)),
            ("quarterlies", Value::Array(quarterlies)),
            ("reviews", Value::Array(reviews)),
            ("visits", Value::Array(visits)),
        ]);
        self.put(files, &urls::unit(&u.id), "unit.html", &u.name, page);
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
                .collect::<Vec<_>>()
                .par_iter()
                .map(|u| self.pair(u, mf))
                .collect(),
            None => vec![],
        };
        self.put(
            files,
            urls::PAIRS,
            "pairs.html",
            &cx.t("pairs"),
            object([
                ("pairs", Value::Array(pairs)),
                ("month", json!(cx.latest().map(|mf| cx.month(mf.month)))),
            ]),
        );
    }

    fn bulletin_summary(&self, b: &crate::model::Bulletin) -> Value {
        let cx = &self.cx;
        json!({"title": b.title, "issue": format::issue(b.year, b.issue, cx.lang), "overall": format::overall(b.number, cx.lang),
               "date": format::date(b.date, cx.lang), "url": cx.url(&urls::bulletin(b)), "year": b.year})
    }

    fn bulletins_index(&self, files: &Out) {
        let cx = &self.cx;
        let list = &cx.model.bulletins;
        let years = by_year(
            list.iter()
                .rev()
                .map(|b| (b.year, self.bulletin_summary(b))),
            "issues",
        );
        self.put(
            files,
            urls::BULLETINS,
            "bulletins.html",
            &cx.t("bulletins"),
            json!({"years": years}),
        );
    }

    /// The bulletin at position `i` of `model.bulletins`; `bodies` in the same order.
    fn bulletin(&self, files: &Out, i: usize, bodies: &[Rendered]) {
        let cx = &self.cx;
        let list = &cx.model.bulletins;
        let b = &list[i];
        let summary = |b| self.bulletin_summary(b);
        let empty = Rendered::default();
        let r = bodies.get(i).unwrap_or(&empty);
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
            &urls::bulletin(b),
            "bulletin.html",
            &format!("{} {}", b.title, format::issue(b.year, b.issue, cx.lang)),
            page,
        );
    }

    fn reviews_index(&self, files: &Out) {
        let cx = &self.cx;
        let index: Vec<Value> = cx.model.reviews.iter().rev().map(|r| json!({"period": r.period.to_string(), "label": self.period_name(r.period), "url": cx.url(&urls::review(r.period))})).collect();
        self.put(
            files,
            urls::REVIEWS,
            "reviews.html",
            &cx.t("reviews"),
            json!({"reviews": index}),
        );
    }

    /// The review at position `i` of `model.reviews`.
    fn review(&self, files: &Out, i: usize) {
        let cx = &self.cx;
        let r = &cx.model.reviews[i];
        let quarterly = |id: &str| match r.period {
            ReviewPeriod::Quarter(y, q) => {
                cx.ix.quarterly(id, y, q).map(|x| &cx.model.quarterlies[x])
            }
            _ => None,
        };
        let texts = |list: &[(crate::model::UnitId, crate::model::Markdown)]| -> Vec<Value> {
            list.iter().map(|(id, m)| {
                let quarterly = quarterly(id.as_str()).map(|x| self.markdown(&x.body, None).html);
                json!({"unit": cx.unit_ref(id.as_str()), "html": self.markdown(m, None).html, "quarterly": quarterly})
            }).collect()
        };
        // Quarterly reports of units without commentary still belong beside the quarter.
        let commented = |unit: &str| {
            cx.ix
                .review(i)
                .is_some_and(|x| x.commentary.contains_key(unit))
        };
        let other_reports: Vec<Value> = match r.period {
            ReviewPeriod::Quarter(y, q) => cx.model.quarterlies.iter()
                .filter(|x| x.year == y && x.quarter == q && !commented(x.unit.as_str()))
                .map(|x| json!({"unit": cx.unit_ref(x.unit.as_str()), "html": self.markdown(&x.body, None).html}))
                .collect(),
            _ => vec![],
        };
        let end = r.period.end_month();
        let leagues: Vec<Value> = cx
            .scores
            .month(end)
            .map(|mf| cx.leagues(mf))
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
            &urls::review(r.period),
            "review.html",
            &format!("{} · {}", cx.t("reviews"), self.period_name(r.period)),
            page,
        );
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
               "kind": cx.t(kind), "html": self.markdown(&v.body, None).html, "id": urls::visit_anchor(v),
               "url": cx.url(&urls::visit(v))})
    }

    fn visits(&self, files: &Out) {
        let cx = &self.cx;
        let years = by_year(
            cx.model
                .visits
                .iter()
                .rev()
                .map(|v| (chrono::Datelike::year(&v.date), self.visit(v))),
            "visits",
        );
        self.put(
            files,
            urls::VISITS,
            "visits.html",
            &cx.t("visits"),
            json!({"years": years}),
        );
    }

    fn status(&self, files: &Out) {
        let page = super::status::page(self);
        self.put(
            files,
            urls::STATUS,
            "status.html",
            &self.cx.t("status"),
            page,
        );
    }

    fn methodology(&self, files: &Out) {
        let page = super::methodology::page(&self.cx);
        self.put(
            files,
            urls::METHODOLOGY,
            "methodology.html",
            &self.cx.t("methodology"),
            page,
        );
    }
}

/// The navigation bar.
pub fn nav(cx: &Ctx) -> Vec<Value> {
    let mut items: Vec<Value> = [
        (urls::HOME, "home"),
        (urls::RANKINGS, "rankings"),
        (urls::UNITS, "units"),
        (urls::PAIRS, "pairs"),
        (urls::BULLETINS, "bulletins"),
        (urls::REVIEWS, "reviews"),
        (urls::VISITS, "visits"),
        (urls::STATUS, "status"),
        (urls::METHODOLOGY, "methodology"),
    ]
    .iter()
    .map(|(p, k)| json!({"url": cx.url(p), "path": p, "label": cx.t(k)}))
    .collect();
    let pages = &cx.model.pages;
    let listed = if pages.len() > NAV_PAGES {
        NAV_PAGES - 1
    } else {
        pages.len()
    };
    for p in &pages[..listed] {
        let path = urls::page(&p.slug);
        items.push(json!({"url": cx.url(&path), "path": path, "label": p.title}));
    }
    if listed < pages.len() {
        items.push(
            json!({"url": cx.url(urls::PAGES), "path": urls::PAGES, "label": cx.t("more_pages")}),
        );
    }
    items.push(json!({"url": cx.url(urls::SEARCH), "path": urls::SEARCH, "label": cx.t("search")}));
    items
}

/// Items already in newest-first order, grouped under their year: `[{"year": 2026, key: [...]}, …]`.
fn by_year(items: impl Iterator<Item = (i32, Value)>, key: &str) -> Vec<Value> {
    let mut years: Vec<(i32, Vec<Value>)> = Vec::new();
    for (year, item) in items {
        match years.last_mut() {
            Some((y, list)) if *y == year => list.push(item),
            _ => years.push((year, vec![item])),
        }
    }
    years
        .into_iter()
        .map(|(year, list)| json!({"year": year, key: list}))
        .collect()
}
