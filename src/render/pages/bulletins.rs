//! The bulletins: their list by year (/bulletins/) and each one.

use super::as_of::CorrectionNote;
use super::{Pages, Year, by_year};
use crate::model::{Bulletin, Distribution};
use crate::render::markdown::Rendered;
use crate::render::{Out, format, urls};
use serde::Serialize;

/// `page` of bulletins.html.
#[derive(Serialize)]
pub(crate) struct Bulletins<'a> {
    years: Vec<Year<Issues<'a>>>,
}

#[derive(Serialize)]
pub(crate) struct Issues<'a> {
    issues: Vec<Listed<'a>>,
}

/// A bulletin on the list: its number as the heading, with the title only where it is not the
/// site's usual one, and its contents (本期要目) as a preview.
#[derive(Serialize)]
pub(crate) struct Listed<'a> {
    #[serde(flatten)]
    summary: Summary<'a>,
    /// The title when it differs from the default 「…工作簡報」.
    own_title: Option<&'a str>,
    contents: Vec<&'a str>,
}

/// A bulletin as lists show it.
#[derive(Serialize)]
pub(crate) struct Summary<'a> {
    title: &'a str,
    issue: String,
    overall: String,
    date: String,
    url: String,
    year: i32,
}

/// `page` of bulletin.html.
#[derive(Serialize)]
pub(crate) struct BulletinPage<'a> {
    bulletin: Summary<'a>,
    office: &'a str,
    /// HTML.
    body: &'a str,
    contents: Vec<Section<'a>>,
    period: Option<String>,
    prev: Option<Summary<'a>>,
    next: Option<Summary<'a>>,
    /// Corrections made after the bulletin's date to figures it shows (it keeps the figures
    /// of its date, SPEC §17).
    later: Vec<CorrectionNote>,
    /// The lines under the rule at the foot (報、送、發, then the copies), in that order.
    distribution: Vec<Line<'a>>,
    /// 共印N份, in words.
    copies: Option<String>,
    /// The date of issue as the distribution block ends it (2026年4月15日印發).
    printed: String,
}

/// One line of a bulletin's distribution: its label (報) and who.
#[derive(Serialize)]
pub(crate) struct Line<'a> {
    label: String,
    to: &'a str,
}

/// A level-2 heading of a bulletin, for its table of contents.
#[derive(Serialize)]
pub(crate) struct Section<'a> {
    text: &'a str,
    id: &'a str,
}

impl<'a> Pages<'a> {
    pub(super) fn bulletin_summary(&self, b: &'a Bulletin) -> Summary<'a> {
        let cx = &self.cx;
        Summary {
            title: &b.title,
            issue: format::issue(b.year, b.issue, cx.lang),
            overall: format::overall(b.number, cx.lang),
            date: format::date(b.date, cx.lang),
            url: cx.url(&urls::bulletin(b)),
            year: b.year,
        }
    }

    /// `bodies` in the order of `model.bulletins`, for each issue's contents.
    pub(super) fn bulletins_index(&self, files: &Out, bodies: &'a [Rendered]) {
        let cx = &self.cx;
        let usual = crate::model::default_bulletin_title(&cx.model.site);
        let years = by_year(
            cx.model.bulletins.iter().enumerate().rev().map(|(i, b)| {
                let contents = bodies
                    .get(i)
                    .map(|r| {
                        r.headings
                            .iter()
                            .filter(|h| h.level == 2)
                            .map(|h| h.text.as_str())
                            .collect()
                    })
                    .unwrap_or_default();
                let listed = Listed {
                    summary: self.bulletin_summary(b),
                    own_title: (b.title != usual).then_some(b.title.as_str()),
                    contents,
                };
                (b.year, listed)
            }),
            |issues| Issues { issues },
        );
        let page = Bulletins { years };
        self.put(
            files,
            urls::BULLETINS,
            "bulletins.html",
            &cx.t("bulletins"),
            &page,
        );
    }

    /// The bulletin at position `i` of `model.bulletins`; `bodies` in the same order.
    pub(super) fn bulletin(&self, files: &Out, i: usize, bodies: &[Rendered]) {
        let cx = &self.cx;
        let list = &cx.model.bulletins;
        let b = &list[i];
        let empty = Rendered::default();
        let r = bodies.get(i).unwrap_or(&empty);
        let page = BulletinPage {
            bulletin: self.bulletin_summary(b),
            office: &b.office,
            body: &r.html,
            contents: r
                .headings
                .iter()
                .filter(|h| h.level == 2)
                .map(|h| Section {
                    text: &h.text,
                    id: &h.id,
                })
                .collect(),
            period: b.period.map(|m| cx.month(m)),
            prev: i.checked_sub(1).map(|p| self.bulletin_summary(&list[p])),
            next: list.get(i + 1).map(|n| self.bulletin_summary(n)),
            later: self.later_corrections(b.date, &r.months),
            distribution: self.distribution(&b.distribution),
            printed: cx
                .t("printed_on")
                .replace("{date}", &format::date(b.date, cx.lang)),
            copies: b
                .distribution
                .copies
                .map(|n| cx.t("copies").replace("{n}", &n.to_string())),
        };
        let title = format!("{} {}", b.title, format::issue(b.year, b.issue, cx.lang));
        self.put(files, &urls::bulletin(b), "bulletin.html", &title, &page);
    }

    fn distribution(&self, d: &'a Distribution) -> Vec<Line<'a>> {
        [
            ("report_to", &d.report_to),
            ("send_to", &d.send_to),
            ("issue_to", &d.issue_to),
        ]
        .into_iter()
        .filter_map(|(key, to)| {
            to.as_deref().map(|to| Line {
                label: self.cx.t(key),
                to,
            })
        })
        .collect()
    }
}
