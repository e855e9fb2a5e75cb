//! Finds the theme: templates, static files and interface strings. A user's theme folder overrides
//! the default theme built into the binary file by file, so `themes/<name>/templates/unit.html`
//! alone replaces just the unit page.

use crate::diag::Diagnostic;
use crate::files::Body;
use crate::model::Language;
use crate::tr;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The default theme, compiled in so that the binary alone can build a site.
const BUILTIN_TEMPLATES: &[(&str, &str)] = &[
    (
        "base.html",
        include_str!("../themes/default/templates/base.html"),
    ),
    (
        "index.html",
        include_str!("../themes/default/templates/index.html"),
    ),
    (
        "rankings.html",
        include_str!("../themes/default/templates/rankings.html"),
    ),
    (
        "units.html",
        include_str!("../themes/default/templates/units.html"),
    ),
    (
        "unit.html",
        include_str!("../themes/default/templates/unit.html"),
    ),
    (
        "pairs.html",
        include_str!("../themes/default/templates/pairs.html"),
    ),
    (
        "bulletins.html",
        include_str!("../themes/default/templates/bulletins.html"),
    ),
    (
        "bulletin.html",
        include_str!("../themes/default/templates/bulletin.html"),
    ),
    (
        "reviews.html",
        include_str!("../themes/default/templates/reviews.html"),
    ),
    (
        "review.html",
        include_str!("../themes/default/templates/review.html"),
    ),
    (
        "page.html",
        include_str!("../themes/default/templates/page.html"),
    ),
    (
        "visits.html",
        include_str!("../themes/default/templates/visits.html"),
    ),
    (
        "status.html",
        include_str!("../themes/default/templates/status.html"),
    ),
    (
        "methodology.html",
        include_str!("../themes/default/templates/methodology.html"),
    ),
    (
        "search.html",
        include_str!("../themes/default/templates/search.html"),
    ),
    (
        "data.html",
        include_str!("../themes/default/templates/data.html"),
    ),
    (
        "404.html",
        include_str!("../themes/default/templates/404.html"),
    ),
    (
        "years.html",
        include_str!("../themes/default/templates/years.html"),
    ),
    (
        "year.html",
        include_str!("../themes/default/templates/year.html"),
    ),
    (
        "alias.html",
        include_str!("../themes/default/templates/alias.html"),
    ),
    (
        "corrections.html",
        include_str!("../themes/default/templates/corrections.html"),
    ),
    (
        "partials/later.html",
        include_str!("../themes/default/templates/partials/later.html"),
    ),
    (
        "partials/years.html",
        include_str!("../themes/default/templates/partials/years.html"),
    ),
    (
        "partials/league.html",
        include_str!("../themes/default/templates/partials/league.html"),
    ),
    (
        "partials/indicators.html",
        include_str!("../themes/default/templates/partials/indicators.html"),
    ),
    (
        "partials/pair.html",
        include_str!("../themes/default/templates/partials/pair.html"),
    ),
    (
        "partials/pager.html",
        include_str!("../themes/default/templates/partials/pager.html"),
    ),
    (
        "partials/verdict.html",
        include_str!("../themes/default/templates/partials/verdict.html"),
    ),
    (
        "shortcodes/ranking.html",
        include_str!("../themes/default/templates/shortcodes/ranking.html"),
    ),
    (
        "shortcodes/progress.html",
        include_str!("../themes/default/templates/shortcodes/progress.html"),
    ),
    (
        "shortcodes/pair.html",
        include_str!("../themes/default/templates/shortcodes/pair.html"),
    ),
    (
        "shortcodes/behind.html",
        include_str!("../themes/default/templates/shortcodes/behind.html"),
    ),
    (
        "shortcodes/pacesetters.html",
        include_str!("../themes/default/templates/shortcodes/pacesetters.html"),
    ),
];

const BUILTIN_STATIC: &[(&str, &str)] = &[
    (
        "style.css",
        include_str!("../themes/default/static/style.css"),
    ),
    (
        "search.js",
        include_str!("../themes/default/static/search.js"),
    ),
    (
        "elder.js",
        include_str!("../themes/default/static/elder.js"),
    ),
];

const BUILTIN_I18N: &[(&str, &str)] = &[
    (
        "zh-Hant",
        include_str!("../themes/default/i18n/zh-Hant.yaml"),
    ),
    (
        "zh-Hans",
        include_str!("../themes/default/i18n/zh-Hans.yaml"),
    ),
    ("en", include_str!("../themes/default/i18n/en.yaml")),
];

/// A resolved theme.
#[derive(Debug, Clone)]
pub struct Theme {
    /// Template name → (source text, path shown in errors).
    pub templates: BTreeMap<String, (String, String)>,
    pub strings: BTreeMap<String, String>,
    /// Output path → file.
    pub statics: BTreeMap<String, Body>,
}

/// Why a theme cannot be used: a folder or file that cannot be read (like the content's, exit
/// 2), or a mistake in one of its files, at its place (exit 1, as a template's).
#[derive(Debug)]
pub enum Problem {
    Io(String),
    Content(Diagnostic),
}

impl From<Problem> for crate::site::Failure {
    fn from(p: Problem) -> Self {
        match p {
            Problem::Io(m) => crate::site::Failure::Refused(m),
            Problem::Content(d) => crate::site::Failure::Content(vec![d]),
        }
    }
}

/// Where the theme comes from: `--theme NAME|DIR`, default `default`.
pub fn resolve_dir(root: &Path, theme: Option<&str>) -> Result<Option<PathBuf>, String> {
    let name = theme.unwrap_or("default");
    let by_name = root.join("themes").join(name);
    if by_name.is_dir() {
        return Ok(Some(by_name));
    }
    let as_dir = PathBuf::from(name);
    if theme.is_some() && name.contains(['/', '\\']) && as_dir.is_dir() {
        return Ok(Some(as_dir));
    }
    if name == "default" {
        return Ok(None);
    }
    Err(tr!(
        "theme-missing",
        name = name,
        path = by_name.display().to_string()
    ))
}

/// Loads the theme: built-in files first, then the theme folder's files over them.
pub fn load(dir: Option<&Path>, language: Language) -> Result<Theme, Problem> {
    let mut templates: BTreeMap<String, (String, String)> = BUILTIN_TEMPLATES
        .iter()
        .map(|(n, t)| {
            (
                (*n).to_owned(),
                ((*t).to_owned(), format!("(built-in theme)/templates/{n}")),
            )
        })
        .collect();
    let mut statics: BTreeMap<String, Body> = BUILTIN_STATIC
        .iter()
        .map(|(n, t)| ((*n).to_owned(), Body::Bytes(t.as_bytes().to_vec())))
        .collect();
    let code = language.code();
    let builtin = BUILTIN_I18N
        .iter()
        .find(|(l, _)| *l == code)
        .map_or("", |(_, t)| t);
    let mut strings = strings(builtin, &format!("(built-in theme)/i18n/{code}.yaml"))?;
    if let Some(dir) = dir {
        // Errors name a site's own theme as `themes/<name>/…`, relative to the root like every
        // other path; a theme folder given from elsewhere keeps its full path.
        let shown = match (dir.parent().and_then(Path::file_name), dir.file_name()) {
            (Some(p), Some(name)) if p == "themes" => format!("themes/{}", name.to_string_lossy()),
            _ => dir.display().to_string(),
        };
        for (rel, path) in files_under(&dir.join("templates"))? {
            let at = format!("{shown}/templates/{rel}");
            templates.insert(rel, (read(&path, &at)?, at));
        }
        for (rel, path) in files_under(&dir.join("static"))? {
            statics.insert(rel, Body::Copy(path));
        }
        let i18n = dir.join("i18n").join(format!("{code}.yaml"));
        // Like the templates and static files (walked without following links), a link here
        // is not followed: it could lead to any file the builder can read.
        let plain = std::fs::symlink_metadata(&i18n).is_ok_and(|m| m.is_file());
        if i18n.is_file() && !plain {
            return Err(Problem::Io(tr!(
                "theme-link",
                path = i18n.display().to_string()
            )));
        }
        if plain {
            let at = format!("{shown}/i18n/{code}.yaml");
            strings.extend(self::strings(&read(&i18n, &at)?, &at)?);
        }
    }
    Ok(Theme {
        templates,
        strings,
        statics,
    })
}

/// A text file of the theme; `at` is its path as errors show it.
fn read(path: &Path, at: &str) -> Result<String, Problem> {
    match std::fs::read_to_string(path) {
        Ok(text) => Ok(text),
        Err(e) if e.kind() == std::io::ErrorKind::InvalidData => Err(Problem::Content(
            Diagnostic::file(at, tr!("read-not-utf8")).with_help(tr!("read-save-utf8")),
        )),
        Err(e) => Err(Problem::Io(tr!(
            "cannot-read",
            path = path.display().to_string(),
            reason = e.to_string()
        ))),
    }
}

/// Interface strings, `key: text` lines; a mistake is put at its line and column.
fn strings(text: &str, at: &str) -> Result<BTreeMap<String, String>, Problem> {
    serde_yaml::from_str(text).map_err(|e| {
        let (line, column) = e.location().map_or((0, 0), |l| (l.line(), l.column()));
        let words = e.to_string();
        let message = if words.contains("invalid type") {
            tr!("theme-strings-text")
        } else {
            let info = words.split(" at line ").next().unwrap_or(&words);
            tr!("yaml-invalid", info = crate::messages::yaml_reason(info))
        };
        let source_line = text.lines().nth(line.saturating_sub(1)).map(str::to_owned);
        Problem::Content(
            Diagnostic {
                path: at.to_owned(),
                line,
                column,
                len: 1,
                message,
                help: None,
                source_line,
            }
            .with_help(tr!("theme-strings-help")),
        )
    })
}

fn files_under(dir: &Path) -> Result<Vec<(String, PathBuf)>, Problem> {
    let mut out = Vec::new();
    if !dir.is_dir() {
        return Ok(out);
    }
    for entry in walkdir::WalkDir::new(dir).sort_by_file_name() {
        let entry = entry.map_err(|e| {
            Problem::Io(tr!(
                "cannot-read",
                path = dir.display().to_string(),
                reason = e.to_string()
            ))
        })?;
        if !entry.file_type().is_file() || entry.file_name().to_string_lossy().starts_with('.') {
            continue;
        }
        let rel = entry
            .path()
            .strip_prefix(dir)
            .unwrap_or(entry.path())
            .to_string_lossy()
            .replace('\\', "/");
        out.push((rel, entry.into_path()));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    /// Every file of `themes/default/` is compiled in. One left out of the lists still builds in
    /// this repository, whose `themes/default/` folder fills the gap, but fails everywhere else.
    #[test]
    fn builtin_theme_has_every_file_of_themes_default() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("themes/default");
        let on_disk = |sub: &str| -> BTreeSet<String> {
            files_under(&dir.join(sub))
                .expect("read themes/default")
                .into_iter()
                .map(|(rel, _)| rel)
                .collect()
        };
        let built_in = |list: &[(&str, &str)], suffix: &str| -> BTreeSet<String> {
            list.iter().map(|(n, _)| format!("{n}{suffix}")).collect()
        };
        assert_eq!(built_in(BUILTIN_TEMPLATES, ""), on_disk("templates"));
        assert_eq!(built_in(BUILTIN_STATIC, ""), on_disk("static"));
        assert_eq!(built_in(BUILTIN_I18N, ".yaml"), on_disk("i18n"));
    }

    /// The three languages of the default theme have the same interface strings, so a string
    /// added for one is added for all.
    #[test]
    fn every_language_has_the_same_keys() {
        let keys = |text: &str| -> BTreeSet<String> {
            serde_yaml::from_str::<BTreeMap<String, String>>(text)
                .expect("i18n yaml")
                .into_keys()
                .collect()
        };
        let (first, text) = BUILTIN_I18N[0];
        for (lang, other) in &BUILTIN_I18N[1..] {
            let (a, b) = (keys(text), keys(other));
            assert_eq!(
                a.symmetric_difference(&b).collect::<Vec<_>>(),
                Vec::<&String>::new(),
                "keys in only one of {first} and {lang}"
            );
        }
    }
}
