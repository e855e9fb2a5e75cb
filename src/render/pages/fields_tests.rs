//! docs/guide/theming.md lists what each page template gets in `page` and in `site`; this checks
//! the list against the view models, field by field, on the bundled example (which shows every
//! page kind). Also: an interface string missing from the theme fails the render.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::sync::Mutex;

/// Template → the fields of `page` it was given.
static SEEN: Mutex<BTreeMap<String, BTreeSet<String>>> = Mutex::new(BTreeMap::new());

/// Called for every page rendered in a test build.
pub(super) fn record(template: &str, page: &impl serde::Serialize) {
    let keys: BTreeSet<String> = match serde_json::to_value(page) {
        Ok(serde_json::Value::Object(map)) => map.keys().cloned().collect(),
        _ => BTreeSet::new(),
    };
    if let Ok(mut seen) = SEEN.lock() {
        seen.entry(template.to_owned()).or_default().extend(keys);
    }
}

/// The code spans of `cell` outside parentheses, each cut to its leading name.
fn top_level_names(cell: &str) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    let (mut depth, mut in_code, mut span) = (0i32, false, String::new());
    for c in cell.chars() {
        match c {
            '`' if in_code => {
                in_code = false;
                if depth == 0 {
                    let name: String = span
                        .chars()
                        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '.')
                        .collect();
                    names.insert(name);
                }
                span.clear();
            }
            '`' => in_code = true,
            _ if in_code => span.push(c),
            '(' => depth += 1,
            ')' => depth -= 1,
            _ => {}
        }
    }
    names
}

/// The rows of the table under `heading`: first cell → second cell.
fn table<'d>(doc: &'d str, heading: &str) -> Vec<(&'d str, &'d str)> {
    let Some(start) = doc.find(heading) else {
        return Vec::new();
    };
    doc[start..]
        .lines()
        .skip_while(|l| !l.starts_with('|'))
        .take_while(|l| l.starts_with('|'))
        .skip(2)
        .filter_map(|l| {
            let mut cells = l.split(" | ");
            Some((cells.next()?.trim_start_matches("| "), cells.next()?))
        })
        .collect()
}

pub(crate) fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("create a folder");
    for entry in std::fs::read_dir(from).expect("read a folder").flatten() {
        let path = entry.path();
        if path.is_dir() {
            copy_dir(&path, &to.join(entry.file_name()));
        } else {
            std::fs::copy(&path, to.join(entry.file_name())).expect("copy a file");
        }
    }
}

#[test]
fn theming_guide_lists_the_fields_of_every_view_model() {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let tmp = tempfile::tempdir().expect("a temp dir");
    copy_dir(&repo.join("content"), &tmp.path().join("content"));
    let site = crate::site::load(tmp.path(), false, None)
        .unwrap_or_else(|_| panic!("the bundled example loads"));
    let theme = crate::site::load_theme(&site, tmp.path(), None)
        .unwrap_or_else(|_| panic!("the default theme loads"));
    let ix = crate::render::index::Index::new(&site.model, &site.scores);
    let missing = Mutex::default();
    let cx = crate::render::views::Ctx {
        model: &site.model,
        scores: &site.scores,
        t: &theme.strings,
        lang: site.model.site.language,
        links: crate::render::urls::Links::new(&site.model.site.base_url),
        ix: &ix,
        past: None,
        missing: &missing,
    };
    let site_fields = match serde_json::to_value(super::SiteView::new(&cx)) {
        Ok(serde_json::Value::Object(map)) => map.keys().map(|k| format!("site.{k}")).collect(),
        _ => BTreeSet::new(),
    };
    assert!(crate::render::render(&site.model, &site.scores, &theme).is_ok());
    let seen = SEEN.lock().expect("the record").clone();

    let doc = std::fs::read_to_string(repo.join("docs/guide/theming.md")).expect("the guide");
    let documented_site: BTreeSet<String> = table(&doc, "### What every page template gets")
        .into_iter()
        .flat_map(|(names, _)| top_level_names(names))
        .filter(|n| n.starts_with("site."))
        .collect();
    assert_eq!(
        documented_site, site_fields,
        "`site` in the guide and in SiteView"
    );

    let rows = table(&doc, "### What each page gets in `page`");
    assert!(rows.len() > 10, "the table of pages: {rows:?}");
    for (templates, fields) in rows {
        let documented = if fields.trim() == "nothing" {
            BTreeSet::new()
        } else {
            top_level_names(fields)
        };
        for template in top_level_names(templates) {
            let Some(actual) = seen.get(&template) else {
                panic!("{template} is in the guide but was never rendered");
            };
            assert_eq!(&documented, actual, "the fields of `page` in {template}");
        }
    }
}

#[test]
fn a_missing_interface_string_is_an_error() {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let tmp = tempfile::tempdir().expect("a temp dir");
    copy_dir(&repo.join("content"), &tmp.path().join("content"));
    let site = crate::site::load(tmp.path(), false, None)
        .unwrap_or_else(|_| panic!("the bundled example loads"));
    let mut theme = crate::site::load_theme(&site, tmp.path(), None)
        .unwrap_or_else(|_| panic!("the default theme loads"));
    theme.strings.remove("comma");
    let Err(diags) = crate::render::render(&site.model, &site.scores, &theme) else {
        panic!("rendered without `comma`");
    };
    let messages: Vec<&str> = diags.iter().map(|d| d.message.as_str()).collect();
    assert_eq!(messages, ["interface string `comma` is missing"]);
    assert_eq!(diags[0].path, "themes/default/i18n/zh-Hant.yaml");
}

#[test]
fn names_are_read_outside_parentheses_only() {
    let names = top_level_names("`a`, `b [{x}]` (`c`), `d: [..]`");
    assert_eq!(names, BTreeSet::from(["a".into(), "b".into(), "d".into()]));
}
