//! /data/: the open data for people (SPEC §18), each file with what it holds and its fields.

use super::Pages;
use crate::render::{Out, sheets, urls};
use serde::Serialize;

/// `page` of data.html.
#[derive(Serialize)]
pub(crate) struct DataPage<'a> {
    licence: Option<&'a str>,
    /// Files covering the whole site.
    files: Vec<DataFile>,
    /// Files written once per published month, with each month's link.
    monthly: Vec<DataFile>,
}

#[derive(Serialize)]
pub(crate) struct DataFile {
    /// The path as people see it: `data/indicators.csv`, `data/YYYY-MM.csv`.
    name: String,
    /// The link, for a file of the whole site.
    url: Option<String>,
    holds: String,
    fields: Vec<Field>,
    /// For a monthly file: each month's link, newest first.
    months: Vec<MonthLink>,
}

#[derive(Serialize)]
pub(crate) struct Field {
    name: &'static str,
    /// What it means, in words; empty for JSON keys (their meaning is in §11 of the docs).
    meaning: String,
}

#[derive(Serialize)]
pub(crate) struct MonthLink {
    label: String,
    url: String,
}

impl Pages<'_> {
    pub(super) fn data_page(&self, files: &Out) {
        let cx = &self.cx;
        let site_file = |path: &str, holds: &str, fields: Vec<Field>| DataFile {
            name: path.to_owned(),
            url: Some(cx.url(path)),
            holds: cx.t(holds),
            fields,
            months: Vec::new(),
        };
        let monthly_file =
            |name: &str, holds: &str, fields: Vec<Field>, path: fn(_) -> String| DataFile {
                name: name.to_owned(),
                url: None,
                holds: cx.t(holds),
                fields,
                months: cx
                    .scores
                    .months
                    .iter()
                    .rev()
                    .map(|m| MonthLink {
                        label: cx.month(m.month),
                        url: cx.url(&path(m.month)),
                    })
                    .collect(),
            };
        let page = DataPage {
            licence: cx.model.site.licence.as_deref(),
            files: vec![
                site_file(
                    urls::DATA_INDICATORS,
                    "data_indicators_csv",
                    self.csv_fields(sheets::INDICATORS_HEADER),
                ),
                site_file(
                    urls::DATA_TARGETS,
                    "data_targets_csv",
                    self.csv_fields(sheets::TARGETS_HEADER),
                ),
                site_file(
                    urls::DATA_SURVEYS,
                    "data_surveys_csv",
                    self.csv_fields(sheets::SURVEYS_HEADER),
                ),
                site_file(
                    urls::DATA_AWARDS,
                    "data_awards_csv",
                    self.csv_fields(sheets::AWARDS_HEADER),
                ),
                site_file(
                    urls::DATA_INDEX,
                    "data_index_json",
                    keys(&["title", "periods", "categories", "units", "visits"]),
                ),
                site_file(
                    urls::DATA_CORRECTIONS,
                    "data_corrections_json",
                    keys(&["date", "unit", "period", "indicator", "was", "now", "note"]),
                ),
            ],
            monthly: vec![
                monthly_file(
                    "data/YYYY-MM-indicators.csv",
                    "data_month_indicators_csv",
                    self.csv_fields(sheets::INDICATORS_HEADER),
                    urls::data_indicators_csv,
                ),
                monthly_file(
                    "data/YYYY-MM.csv",
                    "data_month_csv",
                    self.csv_fields(sheets::RANKINGS_HEADER),
                    urls::data_csv,
                ),
                monthly_file(
                    "data/YYYY-MM.json",
                    "data_month_json",
                    keys(&["period", "time_progress", "rankings", "units"]),
                    urls::data_json,
                ),
            ],
        };
        self.put(files, urls::DATA, "data.html", &cx.t("data_title"), &page);
    }

    /// A CSV header's fields, each with its meaning (`field_<name>` in the theme's strings).
    fn csv_fields(&self, header: &'static str) -> Vec<Field> {
        header
            .split(',')
            .map(|name| Field {
                name,
                meaning: self.cx.t(&format!("field_{name}")),
            })
            .collect()
    }
}

fn keys(names: &[&'static str]) -> Vec<Field> {
    names
        .iter()
        .map(|name| Field {
            name,
            meaning: String::new(),
        })
        .collect()
}
