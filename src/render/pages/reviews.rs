//! The reviews: their list (/reviews/) and each period's.

use super::Pages;
use crate::model::ReviewPeriod;
use crate::render::Out;
use crate::render::format;
use crate::render::urls;
use serde_json::{Value, json};

impl Pages<'_> {
    pub(super) fn reviews_index(&self, files: &Out) {
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
    pub(super) fn review(&self, files: &Out, i: usize) {
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

    pub(super) fn period_name(&self, p: ReviewPeriod) -> String {
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
}
