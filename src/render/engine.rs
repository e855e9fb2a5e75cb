//! The template engine: the theme's templates in Tera, the context every page shares, and
//! Tera's errors, syntax or render-time, turned into diagnostics at the template's
//! file:line:column.

use crate::diag::Diagnostic;
use crate::theme::Theme;
use serde::Serialize;
use std::collections::BTreeMap;
use tera::{Context, Tera};

pub(crate) struct Engine {
    tera: Tera,
    /// What every page's context holds besides its own part (`site`, `t`), converted to Tera's
    /// values once: Tera shares arrays and maps behind `Arc`s, so each page clones pointers
    /// instead of re-serialising the navigation and every interface string.
    global: Vec<(String, tera::Value)>,
    /// Template name → (its text, the path shown in errors).
    templates: BTreeMap<String, (String, String)>,
}

impl Engine {
    /// Compiles the theme's templates; `global` is the shared context by name, each value made
    /// with [`value`].
    pub(crate) fn new(
        theme: &Theme,
        global: Vec<(String, tera::Value)>,
    ) -> Result<Engine, Diagnostic> {
        let mut tera = Tera::new();
        tera.autoescape_on([".html", ".xml"]);
        tera.set_escape_fn(escape);
        let sources: Vec<(&str, &str)> = theme
            .templates
            .iter()
            .map(|(n, (t, _))| (n.as_str(), t.as_str()))
            .collect();
        let templates = theme.templates.clone();
        if let Err(e) = tera.add_raw_templates(sources) {
            return Err(located(&error_chain(&e), &templates, "themes"));
        }
        Ok(Engine {
            tera,
            global,
            templates,
        })
    }

    /// Renders `template` with the shared context and the fields of `context` over it.
    pub(crate) fn render(
        &self,
        template: &str,
        context: &impl Serialize,
    ) -> Result<String, Diagnostic> {
        let bytes = self.render_bytes(template, context)?;
        // Tera writes only UTF-8: its template text, its values, its escapes.
        String::from_utf8(bytes).map_err(|e| {
            Diagnostic::file(
                template,
                crate::tr!("template-context", reason = e.to_string()),
            )
        })
    }

    /// [`Engine::render`] as the bytes of a file: a page needs no `String`, whose check of
    /// every byte took a twentieth of a large site's pages.
    pub(crate) fn render_bytes(
        &self,
        template: &str,
        context: &impl Serialize,
    ) -> Result<Vec<u8>, Diagnostic> {
        let mut cx = Context::from_serialize(context).map_err(|e| {
            Diagnostic::file(
                template,
                crate::tr!("template-context", reason = e.to_string()),
            )
        })?;
        for (k, v) in &self.global {
            if !cx.contains_key(k) {
                cx.insert_value(k.clone(), v.clone());
            }
        }
        // Most pages are tens of KB: room for one without growing from Tera's 1 KB by doubling.
        let mut out = Vec::with_capacity(32 << 10);
        self.tera.render_to(template, &cx, &mut out).map_err(|e| {
            let fallback = self
                .templates
                .get(template)
                .map_or(template, |(_, path)| path.as_str());
            located(&error_chain(&e), &self.templates, fallback)
        })?;
        Ok(out)
    }
}

/// Tera's HTML escaping (`&`, `<`, `>`, `"` and `'`, the last as `&#39;`), byte for byte, with
/// the text between escapes written at once: Tera's own writes each byte on its own, a call
/// through `dyn Write` for every byte of every page.
fn escape(input: &str, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    let bytes = input.as_bytes();
    let mut from = 0;
    for (i, b) in bytes.iter().enumerate() {
        let entity: &[u8] = match b {
            b'&' => b"&amp;",
            b'<' => b"&lt;",
            b'>' => b"&gt;",
            b'"' => b"&quot;",
            b'\'' => b"&#39;",
            _ => continue,
        };
        out.write_all(&bytes[from..i])?;
        out.write_all(entity)?;
        from = i + 1;
    }
    out.write_all(&bytes[from..])
}

/// A value of the shared context, converted for Tera once.
pub(crate) fn value(v: &impl Serialize) -> Result<tera::Value, Diagnostic> {
    tera::Value::try_from_serializable(v).map_err(|e| {
        Diagnostic::file(
            "themes",
            crate::tr!("template-context", reason = e.to_string()),
        )
    })
}

/// A template error at its file, line and column. Tera's message carries the position as
/// `--> name:line:col` and underlines the span with carets; the name is mapped back to the file
/// it came from. Without a position, the error is put on `fallback` as a whole.
fn located(
    message: &str,
    templates: &BTreeMap<String, (String, String)>,
    fallback: &str,
) -> Diagnostic {
    let headline = message
        .lines()
        .next()
        .unwrap_or(message)
        .trim_start_matches("error: ");
    let located = message.lines().find_map(|l| {
        let rest = l.trim().strip_prefix("--> ")?;
        let mut parts = rest.rsplitn(3, ':');
        let column: usize = parts.next()?.parse().ok()?;
        let line: usize = parts.next()?.parse().ok()?;
        let name = parts.next()?;
        let (text, path) = templates.get(name)?;
        Some((text, path, line, column))
    });
    // The underline under the excerpt, `  |   ^^^^`: as many characters as it has carets.
    let len = message
        .lines()
        .filter(|l| l.trim_start().starts_with('|'))
        .map(|l| l.matches('^').count())
        .find(|&n| n > 0)
        .unwrap_or(1);
    match located {
        Some((text, path, line, column)) => Diagnostic {
            path: path.clone(),
            line,
            column,
            len,
            message: crate::tr!("template-error", reason = reason(headline)),
            help: None,
            source_line: text.lines().nth(line.saturating_sub(1)).map(str::to_owned),
        },
        None => Diagnostic::file(
            fallback,
            crate::tr!(
                "template-error",
                reason = reason(message.trim_start_matches("error: "))
            ),
        ),
    }
}

/// Tera's reason for an error in the run's language: the common ones (a name misspelt) from
/// the catalogue, any other one as Tera words it, as [`crate::messages::yaml_reason`] does.
fn reason(tera: &str) -> String {
    use crate::{lang::Language, messages::language};
    const KNOWN: [(&str, &str, &str); 6] = [
        ("Unknown filter `", "`", "template-unknown-filter"),
        ("Unknown function `", "`", "template-unknown-function"),
        ("Unknown template `", "`", "template-unknown-template"),
        ("Template '", "' not found", "template-unknown-template"),
        ("Field `", "` is not defined", "template-unknown-field"),
        (
            "Variable `",
            "` is not defined",
            "template-unknown-variable",
        ),
    ];
    if language() == Language::En {
        return tera.to_owned();
    }
    // `{{ page.titel | upper }}`: the commonest mistake, a misspelt field, is reported so.
    if let Some((expected, got)) = tera
        .strip_prefix("Invalid type for the value, expected `")
        .and_then(|r| r.split_once("` but got `"))
    {
        let got = got.trim_end_matches('`');
        return crate::tr!("template-invalid-type", expected = expected, got = got);
    }
    for (before, after, key) in KNOWN {
        let Some((name, rest)) = tera.strip_prefix(before).and_then(|r| r.split_once(after)) else {
            continue;
        };
        let mut out = crate::messages::t(key, &[("name", name.into())]);
        // `Field `x` is not defined. Available fields: a, b`
        if let Some((_, names)) = rest.split_once(": ") {
            out.push_str(&crate::tr!("template-available", names = names.trim()));
        }
        return out;
    }
    tera.to_owned()
}

/// The error and its sources, one after another.
fn error_chain(e: &dyn std::error::Error) -> String {
    let mut s = e.to_string();
    let mut cur = e.source();
    while let Some(c) = cur {
        s.push_str(": ");
        s.push_str(&c.to_string());
        cur = c.source();
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn templates() -> BTreeMap<String, (String, String)> {
        BTreeMap::from([(
            "page.html".to_owned(),
            (
                "a\n<p>{{ page.nosuch.x }}</p>\n".to_owned(),
                "themes/default/templates/page.html".to_owned(),
            ),
        )])
    }

    #[test]
    fn a_render_error_is_put_at_its_line_and_column_once() {
        let message = "error: Field `nosuch` is not defined\n --> page.html:2:12\n  |\n2 | <p>{{ page.nosuch.x }}</p>\n  |            ^^^^^^";
        let d = located(message, &templates(), "x");
        assert_eq!(
            (d.path.as_str(), d.line, d.column, d.len),
            ("themes/default/templates/page.html", 2, 12, 6)
        );
        assert_eq!(d.message, "template error: Field `nosuch` is not defined");
        assert_eq!(d.source_line.as_deref(), Some("<p>{{ page.nosuch.x }}</p>"));
    }

    /// The hint about a misspelt name comes only with `undefined`.
    #[test]
    fn invalid_type_in_chinese() {
        use crate::{lang::Language, messages::text};
        let say = |got: &str| {
            text(
                Language::ZhHans,
                "template-invalid-type",
                &[("expected", "string".into()), ("got", got.into())],
            )
        };
        assert_eq!(
            say("undefined"),
            "值的类型应为 `string`，实际是 `undefined`（多半是名称写错了）"
        );
        assert_eq!(say("number"), "值的类型应为 `string`，实际是 `number`");
    }

    #[test]
    fn an_error_without_a_position_is_put_on_the_file() {
        let d = located("error: something", &templates(), "themes/t/page.html");
        assert_eq!((d.path.as_str(), d.line), ("themes/t/page.html", 0));
        assert_eq!(d.message, "template error: something");
    }

    /// The escaping is Tera's, byte for byte: the pages are the same as with Tera's own.
    #[test]
    fn escape_is_teras() {
        let check = |s: &str| {
            let (mut ours, mut teras) = (Vec::new(), Vec::new());
            escape(s, &mut ours).unwrap();
            tera::escape_html(s, &mut teras).unwrap();
            assert_eq!(String::from_utf8(ours), String::from_utf8(teras), "{s:?}");
        };
        for s in [
            "",
            "&",
            "<a href=\"x\">'它'</a>",
            "plain",
            "a&&b>>",
            "末尾&",
            "'",
        ] {
            check(s);
        }
        proptest::proptest!(|(s in "[&<>\"'a-z永寧 /=]{0,40}", t in ".{0,20}")| {
            check(&s);
            check(&t);
        });
    }
}
