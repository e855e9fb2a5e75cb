//! A unit's page (/units/<id>/): its figures, charts, records and reviews.

use super::Pages;
use crate::render::Out;
use crate::render::format;
use crate::render::urls;
use crate::render::views::object;
use serde_json::{Value, json};

impl Pages<'_> {
    pub(super) fn unit_page(&self, files: &Out, u: &crate::model::Unit) {
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
            let svg = crate::render::chart::ranks(
                self.caches.map(|c| &c.charts),
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
}
