//! The catalogues parse, hold the same keys with the same variables, and hold every key the
//! code asks for.

use super::*;
use fluent_syntax::ast;
use std::collections::{BTreeMap, BTreeSet};

/// Key → the variables its pattern uses, for one catalogue.
fn keys(source: &str) -> BTreeMap<String, BTreeSet<String>> {
    let resource = match fluent_syntax::parser::parse(source) {
        Ok(r) => r,
        Err((_, errors)) => panic!("catalogue does not parse: {errors:?}"),
    };
    let mut out = BTreeMap::new();
    for entry in resource.body {
        if let ast::Entry::Message(m) = entry {
            let mut vars = BTreeSet::new();
            if let Some(p) = &m.value {
                pattern_vars(p, &mut vars);
            }
            out.insert(m.id.name.to_owned(), vars);
        }
    }
    out
}

fn pattern_vars(p: &ast::Pattern<&str>, vars: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            expression_vars(expression, vars);
        }
    }
}

fn expression_vars(e: &ast::Expression<&str>, vars: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, vars);
            for v in variants {
                pattern_vars(&v.value, vars);
            }
        }
        ast::Expression::Inline(i) => inline_vars(i, vars),
    }
}

fn inline_vars(i: &ast::InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_owned());
        }
        ast::InlineExpression::Placeable { expression } => expression_vars(expression, vars),
        _ => {}
    }
}

#[test]
fn catalogues_parse_and_agree() {
    let en = keys(SOURCES[2].1);
    assert!(en.len() > 10, "the English catalogue looks empty");
    for (lang, source) in SOURCES {
        let these = keys(source);
        let missing: Vec<&String> = en.keys().filter(|k| !these.contains_key(*k)).collect();
        let extra: Vec<&String> = these.keys().filter(|k| !en.contains_key(*k)).collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "{lang:?}: missing {missing:?}, extra {extra:?}"
        );
        for (k, vars) in &these {
            assert_eq!(vars, &en[k], "{lang:?}: `{k}` uses other variables than en");
        }
    }
}

/// Every `tr!("key"` in the source is in the catalogues: a typo in a key would otherwise print
/// the key itself to the user.
#[test]
fn every_key_the_code_uses_exists() {
    let en = keys(SOURCES[2].1);
    let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut missing = Vec::new();
    for entry in walkdir::WalkDir::new(&src) {
        let entry = entry.expect("walk src/");
        if entry.path().extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let text = std::fs::read_to_string(entry.path()).expect("read a source file");
        if entry.path().starts_with(src.join("messages")) {
            continue;
        }
        for (i, _) in text.match_indices("tr!(\"") {
            // `include_str!("…")` and the like are not ours.
            let before = text[..i].chars().next_back();
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                continue;
            }
            let rest = &text[i + 5..];
            let key = &rest[..rest.find('"').unwrap_or(0)];
            if !en.contains_key(key) {
                missing.push(format!("{}: {key}", entry.path().display()));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "keys missing from the catalogues: {missing:?}"
    );
}

#[test]
fn messages_in_each_language_with_plurals() {
    let n = |lang, e: usize, f: usize| {
        text(
            lang,
            "summary-errors",
            &[("errors", Arg::from(e)), ("files", Arg::from(f))],
        )
    };
    assert_eq!(n(Language::En, 1, 1), "1 error in 1 file");
    assert_eq!(n(Language::En, 3, 2), "3 errors in 2 files");
    assert_eq!(n(Language::ZhHans, 3, 2), "2 个文件中有 3 处错误");
    assert_eq!(n(Language::ZhHant, 3, 2), "2 個檔案中有 3 處錯誤");
    assert_eq!(text(Language::En, "no-such-key", &[]), "no-such-key");
}
