//! The record across years (SPEC §17), for the pages and data that show it: the list of
//! corrections, the figures as they stood on a date, the years published.

use super::Model;
use super::types::*;
use chrono::NaiveDate;

/// One corrected figure: a correction of one indicator of one report (SPEC §17,
/// `data/corrections.json`).
#[derive(Debug, Clone, PartialEq)]
pub struct CorrectedFigure {
    pub date: NaiveDate,
    pub unit: UnitId,
    pub period: Month,
    pub indicator: IndicatorId,
    /// Before this correction (None: not reported).
    pub was: Option<f64>,
    /// Right after this correction: the `was` of the next correction of the same indicator,
    /// else the current value.
    pub now: Option<f64>,
    pub note: String,
}

/// Every corrected figure of one report, in the order its corrections are written.
pub fn corrected_figures(report: &Report) -> Vec<CorrectedFigure> {
    let mut out = Vec::new();
    for (i, c) in report.corrections.iter().enumerate() {
        for (id, was) in &c.was {
            let later = report.corrections[i + 1..]
                .iter()
                .find_map(|l| l.was.iter().find(|(k, _)| k == id).map(|(_, v)| *v));
            let now = match later {
                Some(v) => v,
                None => report.value(id.as_str()),
            };
            out.push(CorrectedFigure {
                date: c.date,
                unit: report.unit.clone(),
                period: report.month,
                indicator: id.clone(),
                was: *was,
                now,
                note: c.note.clone(),
            });
        }
    }
    out
}

/// Where `unit`'s reports are in `reports`, sorted by unit and month as `Model::reports` is.
pub(super) fn unit_span(reports: &[Report], unit: &str) -> std::ops::Range<usize> {
    let start = reports.partition_point(|r| r.unit.as_str() < unit);
    start..start + reports[start..].partition_point(|r| r.unit.as_str() == unit)
}

impl Model {
    /// Every corrected figure of the published reports, newest first; on one date by unit,
    /// month, then the order the correction names them.
    pub fn corrections(&self) -> Vec<CorrectedFigure> {
        let mut all: Vec<CorrectedFigure> =
            self.reports.iter().flat_map(corrected_figures).collect();
        // A stable sort keeps each correction's own order of indicators.
        all.sort_by(|a, b| {
            b.date
                .cmp(&a.date)
                .then_with(|| a.unit.cmp(&b.unit))
                .then_with(|| a.period.cmp(&b.period))
        });
        all
    }

    /// The corrections of a unit's report for a month (oldest first), empty when none.
    pub fn corrections_of(&self, unit: &str, month: Month) -> &[Correction] {
        self.report(unit, month)
            .map_or(&[], |r| r.corrections.as_slice())
    }

    /// A unit's report for a month.
    pub fn report(&self, unit: &str, month: Month) -> Option<&Report> {
        self.reports
            .binary_search_by(|r| (r.unit.as_str(), r.month).cmp(&(unit, month)))
            .ok()
            .map(|i| &self.reports[i])
    }

    /// A unit's reports, in month order.
    pub fn reports_of(&self, unit: &str) -> &[Report] {
        &self.reports[unit_span(&self.reports, unit)]
    }

    /// Whether any figure was corrected after `date` (a bulletin of that date then needs the
    /// figures as of its date, and a notice).
    pub fn corrected_after(&self, date: NaiveDate) -> bool {
        self.reports
            .iter()
            .any(|r| r.corrections.iter().any(|c| c.date > date))
    }

    /// The campaign as its figures stood on `date`: every report's values with the corrections
    /// made after `date` undone (SPEC §17). Score it for a bulletin's figures.
    pub fn as_of(&self, date: NaiveDate) -> Model {
        let mut m = self.clone();
        for r in &mut m.reports {
            if r.corrections.iter().any(|c| c.date > date) {
                r.values = r.values_as_of(date);
                r.corrections.retain(|c| c.date <= date);
            }
        }
        m
    }

    /// The corrected figures made public after `date`, newest first: the later corrections a
    /// bulletin of that date gives notice of.
    pub fn corrections_after(&self, date: NaiveDate) -> Vec<CorrectedFigure> {
        let mut all = self.corrections();
        all.retain(|c| c.date > date);
        all
    }

    /// The last published month of `year` (the month a past year's pages show).
    pub fn last_published_in(&self, year: i32) -> Option<Month> {
        self.published
            .iter()
            .rev()
            .find(|m| m.year == year)
            .copied()
    }

    /// The years with a published month, ascending.
    pub fn published_years(&self) -> Vec<i32> {
        let mut years: Vec<i32> = self.published.iter().map(|m| m.year).collect();
        years.dedup();
        years
    }

    /// The units taking part in `year`, in id order.
    pub fn units_in(&self, year: i32) -> impl Iterator<Item = &Unit> {
        self.units.iter().filter(move |u| u.takes_part(year))
    }

    /// The unit an old id (an alias) now points to.
    pub fn unit_by_alias(&self, alias: &str) -> Option<&Unit> {
        self.units
            .iter()
            .find(|u| u.aliases.iter().any(|a| a.as_str() == alias))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn model_with(reports: Vec<Report>) -> Model {
        let mut published: Vec<Month> = reports.iter().map(|r| r.month).collect();
        published.sort();
        published.dedup();
        Model {
            site: crate::model::default_site(),
            categories: vec![],
            units: vec![],
            reports,
            quarterlies: vec![],
            reviews: vec![],
            bulletins: vec![],
            pages: vec![],
            visits: vec![],
            statics: vec![],
            published,
            unit_positions: std::sync::OnceLock::new(),
        }
    }

    #[test]
    fn the_model_as_of_a_date_and_the_corrections_after_it() {
        let m = model_with(vec![twice()]);
        assert_eq!(m.corrections().len(), 3);
        let dates =
            |v: Vec<CorrectedFigure>| v.iter().map(|c| c.date.to_string()).collect::<Vec<_>>();
        assert_eq!(
            dates(m.corrections()),
            ["2026-07-01", "2026-07-01", "2026-05-06"]
        );
        assert_eq!(
            dates(m.corrections_after(day("2026-05-06"))),
            ["2026-07-01", "2026-07-01"]
        );
        assert!(m.corrections_after(day("2026-07-01")).is_empty());
        let old = m.as_of(day("2026-05-05"));
        assert_eq!(old.reports[0].value("revenue"), Some(0.34));
        assert_eq!(old.reports[0].value("output"), None);
        assert!(old.corrections().is_empty());
        let mid = m.as_of(day("2026-06-01"));
        assert_eq!(mid.reports[0].value("revenue"), Some(1.2));
        assert_eq!(mid.corrections().len(), 1);
        assert_eq!(m.corrections_of("beta", Month::new(2026, 2)).len(), 2);
        assert!(m.corrections_of("beta", Month::new(2026, 3)).is_empty());
        assert_eq!(m.last_published_in(2026), Some(Month::new(2026, 2)));
        assert_eq!(m.last_published_in(2025), None);
        assert_eq!(m.published_years(), [2026]);
    }

    fn report(values: &[(&str, f64)], corrections: Vec<Correction>) -> Report {
        Report {
            unit: UnitId("beta".into()),
            month: Month::new(2026, 2),
            values: values
                .iter()
                .map(|(i, v)| (IndicatorId((*i).into()), *v))
                .collect(),
            draft: false,
            summary: Markdown::default(),
            corrections,
        }
    }

    fn fix(date: &str, was: &[(&str, Option<f64>)]) -> Correction {
        Correction {
            date: NaiveDate::parse_from_str(date, "%Y-%m-%d").unwrap(),
            note: format!("note {date}"),
            was: was
                .iter()
                .map(|(i, v)| (IndicatorId((*i).into()), *v))
                .collect(),
        }
    }

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    /// 0.34 reported, corrected to 1.2 on 05-06, then to 1.59 on 07-01; `output` first left
    /// out and added by the second correction.
    fn twice() -> Report {
        report(
            &[("revenue", 1.59), ("output", 7.0)],
            vec![
                fix("2026-05-06", &[("revenue", Some(0.34))]),
                fix("2026-07-01", &[("revenue", Some(1.2)), ("output", None)]),
            ],
        )
    }

    #[test]
    fn values_as_of_undo_the_later_corrections_newest_first() {
        let r = twice();
        let id = |s: &str| IndicatorId(s.into());
        assert_eq!(
            r.values_as_of(day("2026-05-05")),
            vec![(id("revenue"), 0.34)]
        );
        assert_eq!(
            r.values_as_of(day("2026-05-06")),
            vec![(id("revenue"), 1.2)]
        );
        assert_eq!(
            r.values_as_of(day("2026-06-30")),
            vec![(id("revenue"), 1.2)]
        );
        assert_eq!(
            r.values_as_of(day("2026-07-01")),
            vec![(id("revenue"), 1.59), (id("output"), 7.0)]
        );
    }

    #[test]
    fn each_corrected_figure_says_what_it_became_right_after() {
        let got = corrected_figures(&twice());
        let row = |f: &CorrectedFigure| (f.date.to_string(), f.indicator.0.clone(), f.was, f.now);
        assert_eq!(
            got.iter().map(row).collect::<Vec<_>>(),
            [
                ("2026-05-06".into(), "revenue".into(), Some(0.34), Some(1.2)),
                ("2026-07-01".into(), "revenue".into(), Some(1.2), Some(1.59)),
                ("2026-07-01".into(), "output".into(), None, Some(7.0)),
            ]
        );
    }
}
