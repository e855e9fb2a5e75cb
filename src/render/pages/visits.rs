//! Exchange visits by year (/visits/).

use super::{Pages, Year, by_year};
use crate::model::{Visit, VisitKind};
use crate::render::views::UnitLink;
use crate::render::{Out, format, urls};
use serde::Serialize;

/// `page` of visits.html.
#[derive(Serialize)]
pub(crate) struct Visits<'a> {
    years: Vec<Year<VisitsOfYear<'a>>>,
}

#[derive(Serialize)]
pub(crate) struct VisitsOfYear<'a> {
    visits: Vec<VisitView<'a>>,
}

/// One visit, also on its host's and visitors' unit pages.
#[derive(Serialize)]
pub(crate) struct VisitView<'a> {
    title: &'a str,
    date: String,
    host: Option<UnitLink<'a>>,
    visitors: Vec<Option<UnitLink<'a>>>,
    kind: String,
    html: String,
    id: String,
    url: String,
}

impl<'a> Pages<'a> {
    pub(super) fn visit(&self, v: &'a Visit) -> VisitView<'a> {
        let cx = &self.cx;
        let kind = match v.kind {
            VisitKind::Study => "kind_study",
            VisitKind::Forum => "kind_forum",
            VisitKind::Other => "kind_other",
        };
        VisitView {
            title: &v.title,
            date: format::date(v.date, cx.lang),
            host: cx.unit_ref(v.host.as_str()),
            visitors: v.visitors.iter().map(|x| cx.unit_ref(x.as_str())).collect(),
            kind: cx.t(kind),
            html: self.markdown(&v.body, None).html,
            id: urls::visit_anchor(v),
            url: cx.url(&urls::visit(v)),
        }
    }

    pub(super) fn visits(&self, files: &Out) {
        let cx = &self.cx;
        let years = by_year(
            cx.model
                .visits
                .iter()
                .rev()
                .map(|v| (chrono::Datelike::year(&v.date), self.visit(v))),
            |visits| VisitsOfYear { visits },
        );
        self.put(
            files,
            urls::VISITS,
            "visits.html",
            &cx.t("visits"),
            &Visits { years },
        );
    }
}
