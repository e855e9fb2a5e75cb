//! The YAML of a plain monthly report read without the full parser.
//!
//! Nearly every report's front matter is a `values:` mapping of plain keys and numbers, perhaps
//! with `draft: true`. marked-yaml reads those through its whole scanner and event machinery,
//! a few microseconds each, and at 10,000 units there are 240,000 of them. [`parse`] reads that
//! shape alone (ASCII, no comments, quotes, blank lines or carriage returns) into the tree the
//! full parser gives, positions included, and returns None for anything else, which then goes
//! to the full parser as before. A test compares the two trees.

use super::tree::{Mapping, Node, Scalar, Span};

/// The tree of `yaml` when it is a mapping of plain scalars and mappings of plain scalars, one
/// entry per line; None otherwise.
pub fn parse(yaml: &str) -> Option<Node> {
    if !yaml.is_ascii() {
        return None;
    }
    let mut lines = yaml
        .strip_suffix('\n')
        .unwrap_or(yaml)
        .split('\n')
        .enumerate()
        .peekable();
    // Each mapping's entries made at their size: the tree outlives loading, and a vector grown
    // and then cut to size leaves its larger block behind.
    let mut top: Vec<(Scalar, Node)> =
        Vec::with_capacity(yaml.lines().filter(|l| !l.starts_with(' ')).count());
    while let Some((i, line)) = lines.next() {
        let (key, value) = entry(line, 0)?;
        let at = Span::new(i + 1, 1);
        let key = Scalar::new(key, at, true);
        let node = match value {
            Some(v) => Node::Scalar(Scalar::new(
                v,
                Span::new(i + 1, line.len() - v.len() + 1),
                true,
            )),
            None => {
                // A block mapping: the lines indented as the first one below the key.
                let indent = lines.peek().map(|(_, l)| indentation(l))?;
                if indent == 0 {
                    return None;
                }
                let below = lines
                    .clone()
                    .take_while(|(_, l)| indentation(l) > 0)
                    .count();
                let mut inner: Vec<(Scalar, Node)> = Vec::with_capacity(below);
                let mut start = None;
                while let Some((j, l)) = lines.next_if(|(_, l)| indentation(l) > 0) {
                    if indentation(l) != indent {
                        return None;
                    }
                    let (k, v) = entry(l, indent)?;
                    let v = v?;
                    let span = Span::new(j + 1, indent + 1);
                    start.get_or_insert(colon_of(j, indent, k));
                    let value = Scalar::new(v, Span::new(j + 1, l.len() - v.len() + 1), true);
                    push(&mut inner, Scalar::new(k, span, true), Node::Scalar(value))?;
                }
                Node::Mapping(Mapping::new(inner, start?))
            }
        };
        push(&mut top, key, node)?;
    }
    let first = colon_of(0, 0, top.first()?.0.as_str());
    Some(Node::Mapping(Mapping::new(top, first)))
}

/// Where the full parser starts a block mapping: at its first key's colon (line `i`, 0-based).
fn colon_of(i: usize, indent: usize, key: &str) -> Span {
    Span::new(i + 1, indent + key.len() + 1)
}

/// Adds an entry, or None for a key already there (the full parser reports it).
fn push(entries: &mut Vec<(Scalar, Node)>, key: Scalar, value: Node) -> Option<()> {
    if entries.iter().any(|(k, _)| k.as_str() == key.as_str()) {
        return None;
    }
    entries.push((key, value));
    Some(())
}

fn indentation(line: &str) -> usize {
    line.bytes().take_while(|b| *b == b' ').count()
}

/// `key:` or `key: value` at `indent` spaces: the key and the value, if any.
fn entry(line: &str, indent: usize) -> Option<(&str, Option<&str>)> {
    let rest = line.get(indent..)?;
    let colon = rest.find(':')?;
    let (key, after) = (&rest[..colon], &rest[colon + 1..]);
    if !plain_key(key) {
        return None;
    }
    if after.is_empty() {
        return Some((key, None));
    }
    let value = after.strip_prefix(' ')?;
    plain_value(value).then_some((key, Some(value)))
}

fn plain_key(key: &str) -> bool {
    key.bytes()
        .next()
        .is_some_and(|b| b.is_ascii_alphanumeric())
        && key
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// A number or a word: `64.8`, `-3`, `1e3`, `true`. Nothing YAML would read as anything but
/// a plain scalar of exactly this text.
fn plain_value(value: &str) -> bool {
    let b = value.as_bytes();
    let first_ok = match b.first() {
        Some(c) if c.is_ascii_alphanumeric() => true,
        Some(b'-' | b'.') => b.get(1).is_some_and(u8::is_ascii_digit),
        _ => false,
    };
    first_ok
        && b.iter()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'.' | b'-' | b'+' | b'_'))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The full parser's tree of `yaml`, as `parse_yaml` makes it without this fast path.
    fn full(yaml: &str) -> Option<String> {
        let options = marked_yaml::LoaderOptions::default()
            .error_on_duplicate_keys(true)
            .prevent_coercion(true);
        let node = marked_yaml::parse_yaml_with_options(0, yaml, options).ok()?;
        Some(format!("{:?}", super::super::yaml::compact(node)))
    }

    /// The fast tree is the full parser's, when there is one. Returns whether there was.
    fn same(yaml: &str) -> bool {
        let fast = parse(yaml).map(|n| format!("{n:?}"));
        let read = fast.is_some();
        if let Some(fast) = fast {
            assert_eq!(Some(fast), full(yaml), "{yaml:?}");
        }
        read
    }

    #[test]
    fn a_report_reads_as_the_full_parser_reads_it() {
        let yaml = "values:\n  service-cases: 64.8\n  satisfaction: 93.5\n  disputes: 3\n";
        assert!(same(yaml));
        assert!(same("draft: true\nvalues:\n    a: -1.5\n    b_2: 1e3\n"));
        assert!(same("values:\n  a: 1\ndraft: false"));
        assert!(same("x: 1\n"));
    }

    #[test]
    fn anything_else_goes_to_the_full_parser() {
        for yaml in [
            "values:\n  a: 1 # note\n",
            "values:\n  a: \"1\"\n",
            "values:\n  a: 1\n   b: 2\n",
            "values:\n  a: 1\n  a: 2\n",
            "values:\n\n  a: 1\n",
            "values:\r\n  a: 1\r\n",
            "values:\n  a: 1 \n",
            "values:\n  a:\n",
            "values:\n",
            "values: [1, 2]\n",
            "values:\n  - 1\n",
            "值:\n  a: 1\n",
            "values:\n  a: -\n",
            "values:\n  a: 1:2\n",
            "",
        ] {
            assert!(parse(yaml).is_none(), "{yaml:?}");
        }
    }

    #[test]
    fn generated_reports_agree_with_the_full_parser() {
        // Keys, values and layouts drawn from the accepted shape and just outside it.
        let keys = ["a", "output", "service-cases", "b_2", "x1", "9"];
        let values = [
            "1", "-3", "64.8", ".5", "-.5", "1e3", "true", "null", "0x1F", "1_000",
        ];
        let mut seed = 7u64;
        let mut next = |n: usize| {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 33) as usize % n
        };
        let mut read = 0;
        for _ in 0..2000 {
            let mut yaml = String::new();
            if next(3) == 0 {
                yaml.push_str("draft: true\n");
            }
            yaml.push_str("values:\n");
            let indent = " ".repeat(1 + next(4));
            for _ in 0..1 + next(5) {
                yaml.push_str(&format!(
                    "{indent}{}: {}\n",
                    keys[next(keys.len())],
                    values[next(values.len())]
                ));
            }
            if next(4) == 0 {
                yaml.push_str(&format!(
                    "{}: {}\n",
                    keys[next(keys.len())],
                    values[next(values.len())]
                ));
            }
            read += usize::from(same(&yaml));
        }
        // 865 of the 2,000 are read by the fast path; the rest repeat a key.
        assert!(read > 500, "{read}");
    }
}
