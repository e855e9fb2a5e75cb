//! Turns the model and its scores into files in memory. Never reads the disk, never computes a figure.

pub mod chart;
pub mod data;
mod feed;
pub mod format;
pub mod markdown;
mod methodology;
mod pages;
pub mod search;
pub mod shortcode;
mod site_pages;
mod status;
mod views;

use crate::diag::Diagnostic;
use crate::model::Model;
use crate::score::Scores;
use crate::theme::Theme;
use serde_json::json;
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Mutex;

pub use views::bases;

/// A file of the built site.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Body {
    Bytes(Vec<u8>),
    /// Copied as it is from this path (static files).
    Copy(PathBuf),
}

/// Output path (relative, `/`-separated) → contents, in path order.
pub type Files = BTreeMap<String, Body>;

/// Renders the whole site. Errors are template problems or bad shortcodes, as diagnostics.
pub fn render(model: &Model, scores: &Scores, theme: &Theme) -> Result<Files, Vec<Diagnostic>> {
    let mut files = Files::new();
    for (rel, body) in &theme.statics {
        files.insert(rel.clone(), body.clone());
    }
    // A content/static file of the same path wins over the theme's.
    for s in &model.statics {
        files.insert(s.rel.clone(), Body::Copy(s.path.clone()));
    }

    let mut tera = tera::Tera::new();
    tera.autoescape_on([".html", ".xml"]);
    let sources: Vec<(&str, &str)> = theme
        .templates
        .iter()
        .map(|(n, (t, _))| (n.as_str(), t.as_str()))
        .collect();
    if let Err(e) = tera.add_raw_templates(sources) {
        return Err(vec![Diagnostic::file(
            "themes",
            format!("template error: {e}"),
        )]);
    }
    let (base, absolute) = bases(&model.site.base_url);
    let cx = views::Ctx {
        model,
        scores,
        t: &theme.strings,
        lang: model.site.language,
        base,
        absolute,
    };
    let global = json!({
        "site": {
            "title": model.site.title, "office": model.site.office, "description": model.site.description,
            "lang": model.site.language.code(), "base": cx.base,
            "nav": site_pages::nav(&cx),
            "css": cx.url("style.css"), "feed": cx.url("feed.xml"), "data": cx.url("data/index.json"),
            "search_js": cx.url("search.js"),
            "data_as_of": cx.latest().map(|m| cx.month(m.month)),
        },
        "t": theme.strings,
    });
    let pages = pages::Pages {
        cx,
        tera,
        global,
        diags: Mutex::new(Vec::new()),
        template_paths: theme
            .templates
            .iter()
            .map(|(n, (_, p))| (n.clone(), p.clone()))
            .collect(),
    };
    let out = Mutex::new(files);
    pages.all(&out);
    let mut files = out
        .into_inner()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let bodies: Vec<(String, String)> = model
        .bulletins
        .iter()
        .map(|b| (b.slug(), pages.markdown(&b.body, b.period).html))
        .collect();
    // Beside the search page that loads it (search.html's `data-index`).
    files.insert(
        "search/search-index.json".into(),
        Body::Bytes(search::index(&pages.cx)),
    );
    files.insert(
        "feed.xml".into(),
        Body::Bytes(feed::atom(&pages.cx, &bodies).into_bytes()),
    );
    let html_pages: Vec<String> = files
        .keys()
        .filter(|k| k.ends_with("index.html"))
        .cloned()
        .collect();
    files.insert(
        "sitemap.xml".into(),
        Body::Bytes(feed::sitemap(&pages.cx, &html_pages).into_bytes()),
    );
    for (path, bytes) in data::files(model, scores) {
        files.insert(path, Body::Bytes(bytes));
    }
    let mut diags = pages
        .diags
        .into_inner()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    if diags.is_empty() {
        Ok(files)
    } else {
        crate::diag::sort(&mut diags);
        Err(diags)
    }
}
