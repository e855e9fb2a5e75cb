//! What the tool says to people (errors, help lines, summaries, the comments it writes into new
//! files) in the language they read: Fluent catalogues `zh-Hans.ftl`, `zh-Hant.ftl` and `en.ftl`
//! beside this file, compiled into the binary. The shape `path:line:column: error: message`
//! stays the same in every language, so that tools can read it.

use crate::lang::Language;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU8, Ordering};

/// The catalogues, by language.
const SOURCES: [(Language, &str); 3] = [
    (Language::ZhHans, include_str!("zh-Hans.ftl")),
    (Language::ZhHant, include_str!("zh-Hant.ftl")),
    (Language::En, include_str!("en.ftl")),
];

/// The language messages are given in: chosen once by the command line (`--lang`, the locale,
/// else the site's own language) before any work, like a process's locale. English until then,
/// so that the library's own tests read the same everywhere.
static LANGUAGE: AtomicU8 = AtomicU8::new(2);

pub fn set_language(lang: Language) {
    let i = Language::ALL.iter().position(|l| *l == lang).unwrap_or(2);
    LANGUAGE.store(i as u8, Ordering::Relaxed);
}

pub fn language() -> Language {
    Language::ALL
        .get(usize::from(LANGUAGE.load(Ordering::Relaxed)))
        .copied()
        .unwrap_or(Language::En)
}

/// The language for this run's messages: `--lang`, else `PACESETTER_LANG`, else the site's
/// `language:` in `<root>/content/site.yaml`, else the locale (`LC_ALL`, `LC_MESSAGES`, `LANG`),
/// else Simplified Chinese. The site comes before the locale on purpose: Git Bash and many
/// terminals set `LANG=en_US.UTF-8` on Chinese Windows, and a clerk who keeps a Chinese site
/// should not get English for it.
pub fn choose(flag: Option<Language>, root: Option<&std::path::Path>) -> Language {
    let env = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
    explicit(flag)
        .or_else(|| root.and_then(site_language))
        .or_else(|| {
            ["LC_ALL", "LC_MESSAGES", "LANG"]
                .into_iter()
                .find_map(env)
                .and_then(|v| Language::from_locale(&v))
        })
        .unwrap_or(Language::ZhHans)
}

/// The language asked for in so many words: `--lang`, else `PACESETTER_LANG`.
pub fn explicit(flag: Option<Language>) -> Option<Language> {
    flag.or_else(|| {
        std::env::var("PACESETTER_LANG")
            .ok()
            .and_then(|v| Language::from_code(&v))
    })
}

/// The `language:` of a site, read from the top level of its site.yaml without validating it:
/// messages about a broken site must still come in its language.
fn site_language(root: &std::path::Path) -> Option<Language> {
    let text = std::fs::read_to_string(root.join("content").join("site.yaml")).ok()?;
    text.lines().find_map(|l| {
        let value = l.strip_prefix("language:")?;
        let value = value.split(" #").next().unwrap_or("").trim();
        Language::from_code(value.trim_matches(['"', '\'']))
    })
}

/// A value put into a message: text, or a number (which plural forms select on).
pub enum Arg {
    Text(String),
    Number(f64),
}

macro_rules! number_args {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Arg {
                Arg::Number(n as f64)
            }
        }
    )*};
}
number_args!(usize, u32, i32, i64, u64);

impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Text(s.to_owned())
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Text(s)
    }
}

impl From<&String> for Arg {
    fn from(s: &String) -> Arg {
        Arg::Text(s.clone())
    }
}

fn bundle(lang: Language) -> &'static FluentBundle<FluentResource> {
    static BUNDLES: [OnceLock<FluentBundle<FluentResource>>; 3] =
        [OnceLock::new(), OnceLock::new(), OnceLock::new()];
    let i = Language::ALL.iter().position(|l| *l == lang).unwrap_or(2);
    BUNDLES[i].get_or_init(|| {
        let (_, source) = SOURCES[i];
        let id: unic_langid::LanguageIdentifier = lang.code().parse().unwrap_or_default();
        let mut b = FluentBundle::new_concurrent(vec![id]);
        // Unicode isolation marks around every value would end up in terminals and files.
        b.set_use_isolating(false);
        // The catalogues are ours and tested (`catalogues_parse_and_agree`); a bad entry is
        // skipped here rather than taking the whole language down.
        let resource = FluentResource::try_new(source.to_owned()).unwrap_or_else(|(r, _)| r);
        let _ = b.add_resource(resource);
        b
    })
}

/// Message `key` in `lang`, with `args` put in. A key missing from a catalogue falls back to
/// English (the parity test keeps that from happening); one missing everywhere gives the key.
pub fn text(lang: Language, key: &str, args: &[(&str, Arg)]) -> String {
    let mut fargs = FluentArgs::new();
    for (name, value) in args {
        match value {
            Arg::Text(s) => fargs.set(*name, FluentValue::from(s.as_str())),
            Arg::Number(n) => fargs.set(*name, FluentValue::from(*n)),
        }
    }
    for l in [lang, Language::En] {
        let b = bundle(l);
        if let Some(pattern) = b.get_message(key).and_then(|m| m.value()) {
            let mut errors = Vec::new();
            return b
                .format_pattern(pattern, Some(&fargs), &mut errors)
                .into_owned();
        }
    }
    key.to_owned()
}

/// Message `key` in the language chosen for this run.
pub fn t(key: &str, args: &[(&str, Arg)]) -> String {
    text(language(), key, args)
}

/// `s` as the start of a Chinese message that runs straight on (`{ $what }应填数字`): with a
/// space after it when it ends in Latin text or code, as Chinese typesetting spaces the two
/// apart (`` `weight` 应填数字 ``, but `每个指标应填数字`). English messages carry their spaces.
pub fn lead(s: &str) -> String {
    let latin_end = s.chars().last().is_some_and(|c| c.is_ascii_graphic());
    if language() != Language::En && latin_end {
        format!("{s} ")
    } else {
        s.to_owned()
    }
}

/// The YAML parser's reason for an error (`did not find expected key`), in the run's language:
/// the common ones from the catalogue, any other one (and all of them in English) as the parser
/// words it.
pub fn yaml_reason(info: &str) -> String {
    const KNOWN: [(&str, &str); 11] = [
        ("unknown anchor", "yaml-reason-anchor"),
        (
            "mapping values are not allowed",
            "yaml-reason-mapping-values",
        ),
        ("did not find expected key", "yaml-reason-key"),
        ("could not find expected ':'", "yaml-reason-colon"),
        (
            "did not find expected ',' or '}'",
            "yaml-reason-flow-mapping",
        ),
        (
            "did not find expected ',' or ']'",
            "yaml-reason-flow-sequence",
        ),
        ("did not find expected node content", "yaml-reason-node"),
        ("cannot start any token", "yaml-reason-token"),
        ("tab character", "yaml-reason-tab"),
        ("quoted scalar", "yaml-reason-quote"),
        ("unexpected end of stream", "yaml-reason-end"),
    ];
    match KNOWN.iter().find(|(words, _)| info.contains(words)) {
        Some((_, key)) if language() != Language::En => t(key, &[]),
        _ => info.to_owned(),
    }
}

/// `tr!("key", name = value, …)`: a message in the language chosen for this run.
#[macro_export]
macro_rules! tr {
    ($key:literal) => {
        $crate::messages::t($key, &[])
    };
    ($key:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::messages::t(
            $key,
            &[$((stringify!($name), $crate::messages::Arg::from($value))),+],
        )
    };
}

#[cfg(test)]
mod tests;
