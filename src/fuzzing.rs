//! Entry points shared by the fuzz targets (fuzz/) and their regression tests (tests/fuzz_regressions.rs):
//! each takes arbitrary text and must return, never panic or hang.

use crate::load::{self, Documents, ReportDoc};
use crate::model::{self, Model, Month, RawHtml};
use std::sync::Arc;

const SITE: &str = "title: 示範\noffice: 辦公室\n";
const CATEGORY: &str = "name: 鎮\nindicators:\n  - {id: output, name: 產值, dimension: results}\n  - {id: petitions, name: 信訪, dimension: conduct, direction: down, aggregate: mean}\n";
const UNIT: &str = "name: 甲鎮\ncategory: town\ntargets:\n  2026: {output: 10, petitions: 3}\n";

fn base_docs(diags: &mut Vec<crate::diag::Diagnostic>) -> Documents {
    Documents {
        site: Some(Arc::new(load::yaml_doc(
            "content/site.yaml".into(),
            SITE.into(),
            diags,
        ))),
        categories: vec![(
            "town".into(),
            Arc::new(load::yaml_doc(
                "content/categories/town.yaml".into(),
                CATEGORY.into(),
                diags,
            )),
        )],
        units: vec![(
            "jia".into(),
            Arc::new(load::yaml_doc(
                "content/units/jia/unit.yaml".into(),
                UNIT.into(),
                diags,
            )),
        )],
        ..Documents::default()
    }
}

/// A small valid campaign to check fuzzed input against.
pub fn model() -> Option<Model> {
    let mut diags = Vec::new();
    let docs = base_docs(&mut diags);
    model::validate(&docs, false).ok()
}

/// Arbitrary text as a monthly report (front matter, YAML, values), validated and scored.
pub fn front_matter(text: &str) {
    let mut diags = Vec::new();
    let mut docs = base_docs(&mut diags);
    let doc = load::md_doc(
        "content/units/jia/2026-03.md".into(),
        text.to_owned(),
        &mut diags,
    );
    docs.reports.push(ReportDoc {
        unit: "jia".into(),
        year: 2026,
        month: 3,
        doc: Arc::new(doc),
    });
    // Arbitrary text as unit.yaml too: the richest YAML file.
    let unit = load::yaml_doc(
        "content/units/yi/unit.yaml".into(),
        text.to_owned(),
        &mut diags,
    );
    docs.units.push(("yi".into(), Arc::new(unit)));
    for d in &diags {
        let _ = d.render();
    }
    match model::validate(&docs, true) {
        Ok(m) => {
            let _ = crate::score::score_model(&m);
        }
        Err(ds) => {
            for d in &ds {
                let _ = d.render();
            }
        }
    }
}

/// Arbitrary text as a Markdown body with shortcodes.
pub fn shortcode(text: &str) {
    let _ = crate::render::shortcode::parse(text.trim());
    let md = model::Markdown {
        text: text.to_owned(),
        path: "content/pages/x.md".into(),
        line: 1,
    };
    // What the fake shortcodes make: an attribute the sanitizer removes and `escape` shows as
    // text, so the author cannot write it into the HTML.
    const MADE: &str = "<i data-fuzz-made=\"1\"></i>";
    for raw in [RawHtml::Sanitize, RawHtml::Escape] {
        let mut made = 0;
        let rendered = crate::render::markdown::render(&md, raw, "/sub/", &mut |sc| {
            let _ = sc.check_args(&["category", "period", "top"], &["category"]);
            let _ = sc.text("category");
            let _ = sc.number("top");
            made += 1;
            Ok(MADE.to_owned())
        });
        // Every slot is filled exactly once, or the text is refused.
        if let Ok(r) = rendered {
            assert_eq!(r.html.matches(MADE).count(), made, "{}", r.html);
        }
    }
}

/// Arbitrary bytes as a spreadsheet export, planned against the small campaign.
pub fn csv_import(bytes: &[u8]) {
    let Some(model) = model() else { return };
    let Ok(table) = crate::edit::sheet::read(bytes, None) else {
        return;
    };
    let root = std::path::Path::new("/nonexistent-pacesetter-fuzz-root");
    if let Err(ds) =
        crate::edit::import::plan(root, &model, "values.csv", &table, Month::new(2026, 3))
    {
        for d in &ds {
            let _ = d.render();
        }
    }
}

/// Arbitrary bytes as a content file through the reader: the text checks (encoding, NUL,
/// lone CR), the front-matter split, the YAML, and `import`'s edit of the front matter, which
/// must leave the body as it was.
pub fn reader(bytes: &[u8]) {
    let text = match load::check_text("content/units/jia/2026-03.md", bytes.to_vec()) {
        Ok(text) => text,
        Err(d) => {
            let _ = d.render();
            return;
        }
    };
    assert!(!text.contains('\0'));
    let mut diags = Vec::new();
    let _ = load::md_doc(
        "content/units/jia/2026-03.md".into(),
        text.clone(),
        &mut diags,
    );
    for d in &diags {
        let _ = d.render();
    }
    let Ok(before) = load::split(&text) else {
        return;
    };
    let values = [("output".to_owned(), "12".to_owned())];
    if let Ok((after, _)) = crate::edit::import::set_values(&text, &values) {
        let split = load::split(&after);
        assert!(
            split.is_ok(),
            "import wrote front matter it cannot read: {after:?}"
        );
        if before.yaml.is_some()
            && let Ok(split) = split
        {
            assert_eq!(
                split.body, before.body,
                "import changed the body: {after:?}"
            );
        }
    }
}
