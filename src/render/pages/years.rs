//! Past years as they ended (SPEC §17): /years/, /years/<YYYY>/, the year switcher of a unit's
//! pages, the notice of a unit that left, and the redirects of old unit ids.
//!
//! A past year's pages show only that year and earlier ones (links to later years would change
//! them each time a year is published); they reach later years through /years/ and the
//! current pages.

use super::Pages;
use super::bulletins::Summary;
use super::visits::VisitView;
use crate::model::{Model, ReviewPeriod, Unit};
use crate::render::views::{League, UnitLink};
use crate::render::{Out, urls};
use serde::Serialize;

/// Every published year before the latest, ascending.
pub(crate) fn past_years(model: &Model) -> Vec<i32> {
    let mut years = model.published_years();
    years.pop();
    years
}

/// A link to one year of a unit's pages (or of the site's).
#[derive(Serialize)]
pub(crate) struct YearLink {
    year: i32,
    url: String,
    /// The year of the page that shows the link.
    current: bool,
}

/// The unit left the campaign after `until`; `merged_into` took it over.
#[derive(Serialize)]
pub(crate) struct Left<'a> {
    until: i32,
    /// "took part until {until}", in the site's language.
    text: String,
    merged_into: Option<UnitLink<'a>>,
}

/// `page` of years.html.
#[derive(Serialize)]
pub(crate) struct Years {
    years: Vec<YearEntry>,
    /// The latest year, shown by the current pages.
    latest: Option<i32>,
}

#[derive(Serialize)]
pub(crate) struct YearEntry {
    year: i32,
    url: String,
    month: String,
    pairs: String,
    status: String,
}

/// `page` of year.html: a past year as it ended.
#[derive(Serialize)]
pub(crate) struct YearPage<'a> {
    year: i32,
    month: Option<String>,
    leagues: Vec<League<'a>>,
    units: Vec<UnitLink<'a>>,
    /// The year's reviews, newest first; the year-end one carries its awards.
    reviews: Vec<YearReview<'a>>,
    bulletins: Vec<Summary<'a>>,
    visits: Vec<VisitView<'a>>,
    /// The year's monthly rankings, newest first.
    months: Vec<MonthLink>,
    pairs: String,
    status: String,
    corrections: usize,
    corrections_url: String,
    /// This year and the earlier past years, newest first.
    years: Vec<YearLink>,
    all_years: String,
}

#[derive(Serialize)]
pub(crate) struct YearAward<'a> {
    unit: Option<UnitLink<'a>>,
    title: &'a str,
}

#[derive(Serialize)]
pub(crate) struct MonthLink {
    label: String,
    url: String,
}

#[derive(Serialize)]
pub(crate) struct YearReview<'a> {
    label: String,
    url: String,
    awards: Vec<YearAward<'a>>,
    rectification: Vec<Option<UnitLink<'a>>>,
}

/// `page` of alias.html: an old id's page, which sends the reader on.
#[derive(Serialize)]
pub(crate) struct Alias<'a> {
    alias: &'a str,
    unit: UnitLink<'a>,
    /// Absolute where base_url is, for `rel=canonical`.
    canonical: String,
}

impl<'a> Pages<'a> {
    pub(super) fn years_index(&self, files: &Out) {
        let cx = &self.cx;
        let years = past_years(cx.model)
            .into_iter()
            .rev()
            .map(|y| YearEntry {
                year: y,
                url: cx.url(&urls::year(y)),
                month: cx
                    .model
                    .last_published_in(y)
                    .map(|m| cx.month(m))
                    .unwrap_or_default(),
                pairs: cx.url(&urls::pairs_year(y)),
                status: cx.url(&urls::status_year(y)),
            })
            .collect();
        let page = Years {
            years,
            latest: cx.model.latest_published().map(|m| m.year),
        };
        self.put(files, urls::YEARS, "years.html", &cx.t("years"), &page);
    }

    /// /years/<YYYY>/, rendered with a context about that year.
    pub(super) fn year_page(&self, files: &Out) {
        let cx = &self.cx;
        let Some(year) = cx.past else { return };
        let m = cx.model;
        let reviews = m
            .reviews
            .iter()
            .rev()
            .filter(|r| r.period.year() == year)
            .map(|r| YearReview {
                label: self.period_name(r.period),
                url: cx.url(&urls::review(r.period)),
                awards: r
                    .awards
                    .iter()
                    .map(|a| YearAward {
                        unit: cx.unit_ref(a.unit.as_str()),
                        title: &a.title,
                    })
                    .collect(),
                rectification: r
                    .rectification
                    .iter()
                    .map(|(u, _)| cx.unit_ref(u.as_str()))
                    .filter(|_| r.period == ReviewPeriod::Year(year))
                    .collect(),
            })
            .collect();
        let page = YearPage {
            year,
            month: cx.latest().map(|mf| cx.month(mf.month)),
            leagues: cx.latest().map(|mf| cx.leagues(mf)).unwrap_or_default(),
            units: m.units_in(year).map(|u| cx.unit_link(u)).collect(),
            reviews,
            bulletins: m
                .bulletins
                .iter()
                .rev()
                .filter(|b| b.year == year)
                .map(|b| self.bulletin_summary(b))
                .collect(),
            visits: m
                .visits
                .iter()
                .rev()
                .filter(|v| chrono::Datelike::year(&v.date) == year)
                .map(|v| self.visit(v))
                .collect(),
            months: m
                .published
                .iter()
                .rev()
                .filter(|mo| mo.year == year)
                .map(|&mo| MonthLink {
                    label: cx.month(mo),
                    url: cx.url(&urls::rankings(mo)),
                })
                .collect(),
            pairs: cx.url(&urls::pairs_year(year)),
            status: cx.url(&urls::status_year(year)),
            corrections: m
                .corrections()
                .iter()
                .filter(|c| c.period.year == year)
                .count(),
            corrections_url: cx.url(urls::CORRECTIONS),
            years: self.site_years(year),
            all_years: cx.url(urls::YEARS),
        };
        let title = format!("{} · {year}", cx.t("years"));
        self.put(files, &urls::year(year), "year.html", &title, &page);
    }

    /// `year` and the past years before it, newest first.
    fn site_years(&self, year: i32) -> Vec<YearLink> {
        past_years(self.cx.model)
            .into_iter()
            .rev()
            .filter(|&y| y <= year)
            .map(|y| YearLink {
                year: y,
                url: self.cx.url(&urls::year(y)),
                current: y == year,
            })
            .collect()
    }

    /// The years of a page kind with a page per year (`latest` the current one's path, `past`
    /// a past year's), newest first: on the current page every year, on a past year's page
    /// that year and the earlier ones. Empty while there is only one year.
    pub(super) fn years_of(&self, latest: &str, past: fn(i32) -> String) -> Vec<YearLink> {
        let cx = &self.cx;
        let mut out = Vec::new();
        if cx.past.is_none()
            && let Some(y) = cx.year()
        {
            out.push(YearLink {
                year: y,
                url: cx.url(latest),
                current: true,
            });
        }
        for y in past_years(cx.model).into_iter().rev() {
            if cx.past.is_some_and(|p| y > p) {
                continue;
            }
            out.push(YearLink {
                year: y,
                url: cx.url(&past(y)),
                current: cx.past == Some(y),
            });
        }
        if out.len() < 2 && cx.past.is_none() {
            out.clear();
        }
        out
    }

    /// The years of a unit's pages, newest first: on the current page the latest year and
    /// every past year the unit took part in; on a past year's page that year and earlier.
    pub(super) fn year_switcher(&self, u: &Unit) -> Vec<YearLink> {
        let cx = &self.cx;
        let mut out = Vec::new();
        let past = past_years(cx.model);
        // A unit that has left has no current year: its page links to the years it had.
        let current = cx.past.is_none() && cx.year().is_some_and(|y| u.takes_part(y));
        if current && let Some(latest) = cx.year() {
            out.push(YearLink {
                year: latest,
                url: cx.url(&urls::unit(&u.id)),
                current: true,
            });
        }
        for &y in past.iter().rev() {
            if cx.past.is_some_and(|p| y > p) || !u.takes_part(y) {
                continue;
            }
            out.push(YearLink {
                year: y,
                url: cx.url(&urls::unit_year(&u.id, y)),
                current: cx.past == Some(y),
            });
        }
        // The current year alone is no choice.
        if current && out.len() < 2 {
            out.clear();
        }
        out
    }

    /// On the current page, when the unit has left; on a past year's page, when that year was
    /// its last.
    pub(super) fn left(&self, u: &'a Unit) -> Option<Left<'a>> {
        let cx = &self.cx;
        let until = u.until?;
        let shown = match cx.past {
            Some(y) => y == until,
            None => cx.year().is_some_and(|y| y > until),
        };
        shown.then(|| Left {
            until,
            text: cx.t("left_after").replace("{year}", &until.to_string()),
            merged_into: u
                .merged_into
                .as_ref()
                .and_then(|m| cx.model.unit(m.as_str()))
                .map(|m| crate::render::views::UnitLink {
                    url: cx.url(&urls::unit(&m.id)),
                    ..cx.unit_link(m)
                }),
        })
    }

    /// The page of an old id, sending the reader to the unit.
    pub(super) fn alias(&self, files: &Out, u: &'a Unit, alias: &'a str) {
        let cx = &self.cx;
        let path = urls::unit(&u.id);
        let page = Alias {
            alias,
            unit: cx.unit_link(u),
            canonical: cx.links.absolute(&path),
        };
        let title = page.unit.name.to_owned();
        self.put(files, &urls::unit(alias), "alias.html", &title, &page);
    }
}
