//! Exchange visits by year (/visits/).

use super::Pages;
use super::by_year;
use crate::model::VisitKind;
use crate::render::Out;
use crate::render::format;
use crate::render::urls;
use serde_json::{Value, json};

impl Pages<'_> {
    pub(super) fn visit(&self, v: &crate::model::Visit) -> Value {
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

    pub(super) fn visits(&self, files: &Out) {
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
}
