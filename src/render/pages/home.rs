//! The home page: the latest month at a glance, the latest bulletin and pacesetters.

use super::Pages;
use super::verdict::CategoryVerdicts;
use crate::render::markdown::Rendered;
use crate::render::views::{Behind, League, UnitLink};
use crate::render::{Out, format, urls};
use serde::Serialize;

/// `page` of index.html.
#[derive(Serialize)]
pub(crate) struct Home<'a> {
    month: Option<String>,
    /// Every unit's month in a line, towns first: the picker.
    verdicts: Vec<CategoryVerdicts<'a>>,
    methodology: String,
    leagues: Vec<League<'a>>,
    behind: Vec<Behind<'a>>,
    missing: Vec<Option<UnitLink<'a>>>,
    pacesetters: Option<Pacesetters<'a>>,
    bulletin: Option<LatestBulletin<'a>>,
    rankings_url: Option<String>,
}

/// The latest review's pacesetters.
#[derive(Serialize)]
pub(crate) struct Pacesetters<'a> {
    period: String,
    url: String,
    list: Vec<Citation<'a>>,
}

/// A pacesetter and the words that name it one.
#[derive(Serialize)]
pub(crate) struct Citation<'a> {
    pub(crate) unit: Option<UnitLink<'a>>,
    pub(crate) citation: Option<String>,
}

/// The latest bulletin, with its table of contents.
#[derive(Serialize)]
pub(crate) struct LatestBulletin<'a> {
    title: &'a str,
    issue: String,
    overall: String,
    date: String,
    url: String,
    contents: Vec<ContentsLink<'a>>,
}

#[derive(Serialize)]
pub(crate) struct ContentsLink<'a> {
    text: &'a str,
    url: String,
}

impl Pages<'_> {
    pub(super) fn home(&self, files: &Out, bulletins: &[Rendered]) {
        let cx = &self.cx;
        let latest = cx.latest();
        let behind = latest
            .map(|mf| {
                cx.categories()
                    .into_iter()
                    .flat_map(|c| cx.behind(c, mf))
                    .collect()
            })
            .unwrap_or_default();
        let missing = latest
            .map(|mf| {
                mf.missing_reports
                    .iter()
                    .map(|u| cx.unit_ref(u.as_str()))
                    .collect()
            })
            .unwrap_or_default();
        let pacesetters = cx
            .model
            .reviews
            .iter()
            .rev()
            .find(|r| !r.pacesetters.is_empty())
            .map(|r| Pacesetters {
                period: cx.period(r.period),
                url: cx.url(&urls::review(r.period)),
                list: self.citations(&r.pacesetters),
            });
        let empty = Rendered::default();
        let bulletin = cx.model.bulletins.last().map(|b| {
            let r = bulletins.last().unwrap_or(&empty);
            LatestBulletin {
                title: &b.title,
                issue: format::issue(b.year, b.issue, cx.lang),
                overall: format::overall(b.number, cx.lang),
                date: format::date(b.date, cx.lang),
                url: cx.url(&urls::bulletin(b)),
                contents: r
                    .headings
                    .iter()
                    .filter(|h| h.level == 2)
                    .map(|h| ContentsLink {
                        text: &h.text,
                        url: cx.url(&urls::bulletin_section(b, &h.id)),
                    })
                    .collect(),
            }
        });
        let page = Home {
            month: latest.map(|mf| cx.month(mf.month)),
            verdicts: cx.verdicts(),
            methodology: cx.url(urls::METHODOLOGY),
            leagues: latest.map(|mf| cx.leagues(mf)).unwrap_or_default(),
            behind,
            missing,
            pacesetters,
            bulletin,
            rankings_url: latest.map(|mf| cx.url(&urls::rankings(mf.month))),
        };
        self.put(files, urls::HOME, "index.html", &cx.model.site.title, &page);
    }

    /// A review's pacesetters with their citations.
    pub(super) fn citations(&self, list: &[crate::model::Pacesetter]) -> Vec<Citation<'_>> {
        list.iter()
            .map(|p| Citation {
                unit: self.cx.unit_ref(p.unit.as_str()),
                citation: self.md_html(&p.citation),
            })
            .collect()
    }
}
