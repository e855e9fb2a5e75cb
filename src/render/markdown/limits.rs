//! Limits on one Markdown text, checked before it is parsed: the parsers' time grows with
//! the square of the nesting depth, so a line of 40,000 `- ` would take seconds.

use crate::diag::Diagnostic;
use crate::model::Markdown;
use std::collections::{HashMap, HashSet};

/// Lists and block quotes nested deeper than this on one line, or raw HTML elements open
/// inside one another deeper than this, are refused.
pub const MAX_NESTING: usize = 64;
/// Leading spaces of a line beyond this are refused (each list level indents at least two).
const MAX_INDENT: usize = 4 * MAX_NESTING;
/// Headings in one text.
pub const MAX_HEADINGS: usize = 1000;
/// Shortcodes in one text.
pub const MAX_SHORTCODES: usize = 100;
/// HTML all the shortcodes of one text may generate together.
pub const MAX_SHORTCODE_BYTES: usize = 16 << 20;

/// The first limit `md` breaks, as an error at its line.
pub fn check(md: &Markdown) -> Option<Diagnostic> {
    let mut html_depth = 0usize;
    let mut headings = 0;
    for (n, line) in md.text.lines().enumerate() {
        let (markers, indent) = containers(line);
        let error = |column: usize, message: String| {
            Some(Diagnostic {
                path: md.path.clone(),
                line: md.line + n,
                column,
                len: 1,
                message,
                help: Some(crate::tr!("md-nesting-help")),
                source_line: Some(line.to_owned()),
            })
        };
        if markers > MAX_NESTING {
            return error(
                1,
                crate::tr!("md-nested-lists", max = MAX_NESTING.to_string()),
            );
        }
        if indent > MAX_INDENT {
            return error(1, crate::tr!("md-indented", max = MAX_INDENT.to_string()));
        }
        // Counted from the lines, before parsing: ATX headings, and the underlines of setext
        // ones (thematic breaks too; the limit is far above any real text).
        let body = line[line.len() - line.trim_start_matches([' ', '\t', '>']).len()..].trim_end();
        if body.starts_with('#')
            || (!body.is_empty()
                && (body.bytes().all(|c| c == b'=') || body.bytes().all(|c| c == b'-')))
        {
            headings += 1;
            if headings > MAX_HEADINGS {
                return error(1, crate::tr!("md-headings", max = MAX_HEADINGS.to_string()))
                    .map(|d| d.with_help(crate::tr!("md-split-help")));
            }
        }
        if let Some(col) = html_nesting(line, &mut html_depth) {
            return error(
                col,
                crate::tr!("md-nested-html", max = MAX_NESTING.to_string()),
            );
        }
    }
    None
}

/// List and quote markers at the start of a line, and its indentation in columns.
fn containers(line: &str) -> (usize, usize) {
    let b = line.as_bytes();
    let (mut i, mut markers, mut indent) = (0, 0, 0);
    while i < b.len() {
        match b[i] {
            b' ' => indent += 1,
            b'\t' => indent += 4,
            b'>' => markers += 1,
            b'-' | b'*' | b'+' if matches!(b.get(i + 1), None | Some(b' ' | b'\t')) => markers += 1,
            b'0'..=b'9' => {
                let digits = b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
                match (b.get(i + digits), b.get(i + digits + 1)) {
                    (Some(b'.' | b')'), None | Some(b' ' | b'\t')) => markers += 1,
                    _ => break,
                }
                i += digits;
            }
            _ => break,
        }
        i += 1;
    }
    (markers, indent)
}

/// Elements that have no end tag, or whose end tag may be left out.
const UNCLOSED: &[&str] = &[
    "area", "base", "br", "col", "dd", "dt", "embed", "hr", "img", "input", "li", "link", "meta",
    "option", "p", "param", "source", "td", "th", "tr", "track", "wbr",
];

/// Follows raw HTML tags through `line`, keeping the open depth; the 1-based column of the tag
/// that opens one level too many.
fn html_nesting(line: &str, depth: &mut usize) -> Option<usize> {
    let mut rest = line;
    while let Some(lt) = rest.find('<') {
        let after = &rest[lt + 1..];
        let closing = after.starts_with('/');
        let name_start = &after[usize::from(closing)..];
        let len = name_start
            .bytes()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == b'-')
            .count();
        let name = &name_start[..len];
        let ends = matches!(
            name_start.as_bytes().get(len),
            None | Some(b' ' | b'\t' | b'>' | b'/')
        );
        let is_tag = len > 0 && name.as_bytes()[0].is_ascii_alphabetic() && ends;
        if is_tag && !UNCLOSED.contains(&name.to_ascii_lowercase().as_str()) {
            if closing {
                *depth = depth.saturating_sub(1);
            } else if !name_start[len..]
                .split('>')
                .next()
                .unwrap_or("")
                .ends_with('/')
            {
                *depth += 1;
                if *depth > MAX_NESTING {
                    let at = line.len() - rest.len() + lt;
                    return Some(line[..at].chars().count() + 1);
                }
            }
        }
        rest = after;
    }
    None
}

/// Heading ids made unique by a number (`a`, `a-1`, `a-2`), in time linear in the headings.
#[derive(Default)]
pub struct Ids {
    taken: HashSet<String>,
    next: HashMap<String, usize>,
}

impl Ids {
    pub fn unique(&mut self, base: &str) -> String {
        if self.taken.insert(base.to_owned()) {
            return base.to_owned();
        }
        let n = self.next.entry(base.to_owned()).or_insert(1);
        loop {
            let id = format!("{base}-{n}");
            *n += 1;
            if self.taken.insert(id.clone()) {
                return id;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_numbered_past_taken_ones() {
        let mut ids = Ids::default();
        let got: Vec<String> = ["a", "a-1", "a", "a", "b"]
            .iter()
            .map(|b| ids.unique(b))
            .collect();
        assert_eq!(got, ["a", "a-1", "a-2", "a-3", "b"]);
    }

    #[test]
    fn container_markers_are_counted() {
        assert_eq!(containers("- > 1. * text"), (4, 4));
        assert_eq!(containers("-text"), (0, 0));
        assert_eq!(containers("2026. 年"), (1, 1));
        assert_eq!(containers("2026年"), (0, 0));
    }

    #[test]
    fn html_depth_follows_tags_not_autolinks() {
        let mut depth = 0;
        assert_eq!(
            html_nesting("<div><b>x</b><br><https://x.cn> <a@b.cn>", &mut depth),
            None
        );
        assert_eq!(depth, 1);
    }
}
