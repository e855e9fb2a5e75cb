//! YAML with positions: the parse (refusing anchors, tags, duplicate keys and absurd nesting),
//! and its errors turned into diagnostics at the line the editor must fix.

use super::tree::{Mapping, Node, Scalar, Sequence, Span};
use super::{MdDoc, YamlDoc};
use super::{SourceFile, split};
use crate::diag::Diagnostic;
use marked_yaml::{LoadError, LoaderOptions};

pub fn yaml_doc(path: String, text: String, diags: &mut Vec<Diagnostic>) -> YamlDoc {
    let file = SourceFile {
        path,
        text,
        yaml_line_offset: 0,
    };
    let before = diags.len();
    let root = parse_yaml(&file, &file.text, diags);
    let failed = diags.len() > before;
    YamlDoc { file, root, failed }
}

pub fn md_doc(path: String, text: String, diags: &mut Vec<Diagnostic>) -> MdDoc {
    let mut file = SourceFile {
        path,
        text,
        yaml_line_offset: 1,
    };
    // The body is always the end of the text; keep where it starts rather than a copy.
    let (yaml, body_start, body_line) = match split(&file.text) {
        Ok(s) => (
            s.yaml.map(str::to_owned),
            file.text.len() - s.body.len(),
            s.body_line,
        ),
        Err(e) => {
            let mut d = file.error_at(e.line, e.column, e.len, e.message);
            if let Some(help) = e.help {
                d = d.with_help(help);
            }
            diags.push(d);
            let body_start = file.text.len();
            return MdDoc {
                file,
                front: None,
                failed: true,
                body_start,
                body_line: 1,
            };
        }
    };
    if yaml.is_none() {
        file.yaml_line_offset = 0;
    }
    let before = diags.len();
    let front = yaml.and_then(|y| parse_yaml(&file, &y, diags));
    let failed = diags.len() > before;
    MdDoc {
        file,
        front,
        failed,
        body_start,
        body_line,
    }
}

/// Deeper block nesting than this is refused before parsing: the parser and the tree it builds
/// recurse per level, and no campaign record needs more than a handful.
pub const MAX_INDENT: usize = 256;

/// The 1-based line of the first line nested beyond [`MAX_INDENT`]: its indentation plus every
/// block indicator on it (`- `, `? `, `: `, each opening a level), outside quotes.
fn too_deep(yaml: &str) -> Option<usize> {
    yaml.lines()
        .position(|l| {
            let b = l.as_bytes();
            let indent = b.iter().take_while(|c| **c == b' ').count();
            let mut levels = indent;
            let mut quote = None;
            for (i, &c) in b.iter().enumerate().skip(indent) {
                match (quote, c) {
                    (None, b'"' | b'\'') => quote = Some(c),
                    (Some(q), _) if c == q => quote = None,
                    (None, b'#') if i == 0 || b[i - 1] == b' ' => break,
                    (None, b'-' | b'?' | b':') if matches!(b.get(i + 1), None | Some(b' ')) => {
                        levels += 1;
                    }
                    _ => {}
                }
            }
            levels > MAX_INDENT
        })
        .map(|i| i + 1)
}

/// Parses YAML keeping positions. Anchors, aliases and tags are refused, which also
/// rules out alias bombs (a few lines that expand to gigabytes). marked-yaml's tree is turned
/// into our compact one at once and dropped.
pub fn parse_yaml(file: &SourceFile, yaml: &str, diags: &mut Vec<Diagnostic>) -> Option<Node> {
    if yaml.trim().is_empty() {
        return None;
    }
    // Without `prevent_coercion` marked-yaml marks every scalar coercible, quoted or not, so
    // `"120"` would pass as a number and `"true"` as a boolean; SPEC §5 wants plain numbers.
    if let Some(line) = too_deep(yaml) {
        diags.push(
            file.error_yaml(
                line,
                1,
                1,
                crate::tr!("yaml-too-deep", max = MAX_INDENT.to_string()),
            )
            .with_help(crate::tr!("yaml-too-deep-help")),
        );
        return None;
    }
    // An input method's slips (a full-width colon, a tab) make the parser fail lines later or
    // read the line as text; name them where they are, with the fix, instead.
    let slips = crate::slips::yaml_text(yaml);
    if !slips.is_empty() {
        for (line, s) in slips {
            diags.push(
                file.error_yaml(line, s.column, s.len, s.message)
                    .with_help(s.help),
            );
        }
        return None;
    }
    if let Some(node) = super::simple::parse(yaml) {
        return Some(node);
    }
    let options = LoaderOptions::default()
        .error_on_duplicate_keys(true)
        .prevent_coercion(true);
    match marked_yaml::parse_yaml_with_options(0, yaml, options) {
        Ok(node) => Some(compact(node)),
        Err(e) => {
            let mut d = load_error(file, e);
            // The parser stops where the structure broke, often a line after the slip: point
            // at a line whose indentation fits nothing above it, when there is one.
            if let Some((line, slip)) = crate::slips::indentation(yaml, file.yaml_line_offset)
                && line + file.yaml_line_offset <= d.line
            {
                d = file
                    .error_yaml(line, slip.column, slip.len, slip.message)
                    .with_help(slip.help);
            }
            diags.push(d);
            None
        }
    }
}

/// marked-yaml's tree as ours, taking it apart as it goes. Every node it parses has a start.
pub(super) fn compact(node: marked_yaml::Node) -> Node {
    let start = |s: &marked_yaml::Span| {
        s.start()
            .map_or(Span::new(1, 1), |m| Span::new(m.line(), m.column()))
    };
    let scalar = |s: &marked_yaml::types::MarkedScalarNode| {
        Scalar::new(s.as_str(), start(s.span()), s.may_coerce())
    };
    match node {
        marked_yaml::Node::Scalar(s) => Node::Scalar(scalar(&s)),
        marked_yaml::Node::Mapping(mut m) => {
            let entries = std::mem::take(&mut *m)
                .into_iter()
                .map(|(k, v)| (scalar(&k), compact(v)))
                .collect();
            Node::Mapping(Mapping::new(entries, start(m.span())))
        }
        marked_yaml::Node::Sequence(mut s) => {
            let items = std::mem::take(&mut *s).into_iter().map(compact).collect();
            Node::Sequence(Sequence::new(items, start(s.span())))
        }
    }
}

fn load_error(file: &SourceFile, e: LoadError) -> Diagnostic {
    let at = |m: &marked_yaml::Marker, msg: String| {
        let (line, column) = clamp_to_text(file, m.line() + file.yaml_line_offset, m.column());
        file.error_at(line, column, 1, msg)
    };
    match e {
        LoadError::TopLevelMustBeMapping(m) | LoadError::TopLevelMustBeSequence(m) => {
            at(&m, crate::tr!("yaml-expected-mapping"))
        }
        LoadError::UnexpectedAnchor(m) => {
            at(&m, crate::tr!("yaml-anchors")).with_help(crate::tr!("yaml-anchors-help"))
        }
        LoadError::MappingKeyMustBeScalar(m) => at(&m, crate::tr!("yaml-key-not-plain")),
        LoadError::UnexpectedTag(m) => {
            at(&m, crate::tr!("yaml-tags")).with_help(crate::tr!("yaml-tags-help"))
        }
        LoadError::ScanError(m, se) => {
            let info = se.info();
            let mut d = at(
                &m,
                crate::tr!("yaml-invalid", info = crate::messages::yaml_reason(info)),
            );
            if info.contains("unknown anchor") {
                d = d.with_help(crate::tr!("yaml-unknown-anchor-help"));
            } else if info.contains("mapping values are not allowed") {
                d = d.with_help(crate::tr!("yaml-colon-help"));
            } else if info.contains("did not find expected key") {
                d = d.with_help(crate::tr!("yaml-expected-key-help"));
            } else if info.contains("could not find expected ':'") {
                d = d.with_help(crate::tr!("yaml-expected-colon-help"));
            }
            d
        }
        LoadError::DuplicateKey(inner) => {
            let key = inner.key.as_str().to_owned();
            let first = inner
                .prev_key
                .span()
                .start()
                .map_or(0, |m| m.line() + file.yaml_line_offset);
            let len = key.chars().count();
            let message = crate::tr!("yaml-duplicate-key", key = &key);
            match inner.key.span().start() {
                Some(m) => file.error_yaml(m.line(), m.column(), len, message),
                None => file.error_file(message),
            }
            .with_help(crate::tr!(
                "yaml-duplicate-key-help",
                key = &key,
                line = first.to_string()
            ))
        }
    }
}

/// A parser that ran off the end of the text (an unclosed `{` or `[`) reports the line after the
/// last one; point just past the end of the last line instead, so the excerpt shows where the
/// text stops.
fn clamp_to_text(file: &SourceFile, line: usize, column: usize) -> (usize, usize) {
    if line > 1
        && file.line_text(line).is_none()
        && let Some(last) = file.line_text(line - 1)
    {
        return (line - 1, last.chars().count() + 1);
    }
    (line, column)
}
