//! Typed reading of spanned YAML nodes: every wrong type, unknown key or missing key becomes a
//! diagnostic pointing at the key or value, and reading goes on so all problems are found at once.

use crate::diag::{Diagnostic, did_you_mean};
use crate::load::SourceFile;
use crate::load::tree::Node;
use crate::load::tree::{Mapping, Scalar, Sequence};
use crate::messages::lead;

/// Reads nodes of one file, collecting diagnostics.
pub struct Reader<'a> {
    pub file: &'a SourceFile,
    pub diags: &'a mut Vec<Diagnostic>,
}

/// Characters a scalar takes in the source, quotes included, for the caret.
pub fn scalar_len(file: &SourceFile, s: &Scalar) -> usize {
    let chars = s.as_str().chars().count();
    let at = s.span();
    let quoted = file
        .line_text(at.line() + file.yaml_line_offset)
        .and_then(|line| line.chars().nth(at.column().saturating_sub(1)));
    match quoted {
        Some('"' | '\'') => chars + 2,
        _ => chars.max(1),
    }
}

impl<'a> Reader<'a> {
    pub fn new(file: &'a SourceFile, diags: &'a mut Vec<Diagnostic>) -> Self {
        Reader { file, diags }
    }

    pub fn push(&mut self, d: Diagnostic) {
        self.diags.push(d);
    }

    /// A diagnostic underlining a scalar (a key or a value).
    pub fn at_scalar(&self, s: &Scalar, message: impl Into<String>) -> Diagnostic {
        self.file
            .error_span(s.span(), scalar_len(self.file, s), message)
    }

    /// A diagnostic at the start of any node.
    pub fn at_node(&self, node: &Node, message: impl Into<String>) -> Diagnostic {
        match node {
            Node::Scalar(s) => self.at_scalar(s, message),
            // marked-yaml starts a block mapping's span at its first `:`, not at its first key
            // (`- name: x` would point at the colon); the first key is where the mapping begins.
            Node::Mapping(m) => match m.keys().next() {
                Some(k) => self.file.error_span(k.span(), 1, message),
                None => self.file.error_span(node.span(), 1, message),
            },
            Node::Sequence(_) => self.file.error_span(node.span(), 1, message),
        }
    }

    /// A diagnostic at the top of the file's YAML (for a key missing at the top level).
    pub fn at_top(&self, message: impl Into<String>) -> Diagnostic {
        let line = self.file.yaml_line_offset.max(1);
        // In front matter that is the opening `---`; in a YAML file, just where it starts.
        let len = if self.file.yaml_line_offset > 0 { 3 } else { 1 };
        self.file.error_at(line, 1, len, message)
    }

    /// The node as a mapping, or a diagnostic naming what was expected.
    pub fn mapping<'n>(&mut self, node: &'n Node, what: &str) -> Option<&'n Mapping> {
        match node {
            Node::Mapping(m) => Some(m),
            Node::Scalar(s) if s.as_str().is_empty() && s.may_coerce() => None,
            _ => {
                let d = self.at_node(node, crate::tr!("field-takes-mapping", what = lead(what)));
                self.push(d);
                None
            }
        }
    }

    /// [`Self::mapping`], with `what` made only for an error: the checks of every monthly report
    /// run on each rebuild of `serve`, and formatting a message that is never shown, a few
    /// hundred thousand times, was a third of their cost.
    pub fn mapping_with<'n>(
        &mut self,
        node: &'n Node,
        what: impl FnOnce() -> String,
    ) -> Option<&'n Mapping> {
        match node {
            Node::Mapping(m) => Some(m),
            _ => self.mapping(node, &what()),
        }
    }

    pub fn sequence<'n>(&mut self, node: &'n Node, what: &str) -> Option<&'n Sequence> {
        match node {
            Node::Sequence(s) => Some(s),
            Node::Scalar(s) if s.as_str().is_empty() && s.may_coerce() => None,
            _ => {
                let d = self.at_node(node, crate::tr!("field-takes-list", what = lead(what)));
                self.push(d);
                None
            }
        }
    }

    /// Reports every key of `map` not in `allowed`, with a suggestion.
    pub fn known_keys(&mut self, map: &Mapping, allowed: &[&str], place: &str) {
        for key in map.keys() {
            if allowed.contains(&key.as_str()) {
                continue;
            }
            let mut d = self.at_scalar(
                key,
                crate::tr!("field-unknown-key", key = key.as_str(), place = lead(place)),
            );
            d = match did_you_mean(key.as_str(), allowed.iter().copied()) {
                Some(s) => d.with_help(crate::tr!("did-you-mean", suggestion = s)),
                None => d.with_help(crate::tr!(
                    "field-place-takes",
                    place = lead(place),
                    allowed = allowed.join(", ")
                )),
            };
            self.push(d);
        }
    }

    /// [`Self::known_keys`], with `place` made only when a key is unknown.
    pub fn known_keys_with(
        &mut self,
        map: &Mapping,
        allowed: &[&str],
        place: impl FnOnce() -> String,
    ) {
        if map.keys().any(|k| !allowed.contains(&k.as_str())) {
            self.known_keys(map, allowed, &place());
        }
    }

    /// The value of `key`, with the key node for positions. An empty value counts as absent.
    pub fn get<'n>(&self, map: &'n Mapping, key: &str) -> Option<(&'n Scalar, &'n Node)> {
        let (k, v) = map.entry(key)?;
        if is_null(v) { None } else { Some((k, v)) }
    }

    /// A text value; numbers and booleans written plainly are taken as their text.
    pub fn string(&mut self, map: &Mapping, key: &str) -> Option<String> {
        let (_, v) = self.get(map, key)?;
        self.scalar_text(v, key)
    }

    pub fn scalar_text(&mut self, v: &Node, key: &str) -> Option<String> {
        match v {
            Node::Scalar(s) => Some(s.as_str().to_owned()),
            _ => {
                let d = self.at_node(v, crate::tr!("field-takes-text", key = key));
                self.push(d);
                None
            }
        }
    }

    /// A required text value; a diagnostic at `missing_at` when absent.
    pub fn required_string(
        &mut self,
        map: &Mapping,
        key: &str,
        missing: Diagnostic,
    ) -> Option<String> {
        if self.get(map, key).is_none() {
            let present_but_empty = map.entry(key);
            let d = match present_but_empty {
                Some((k, _)) => self.at_scalar(k, crate::tr!("field-empty", key = key)),
                None => missing,
            };
            self.push(d);
            return None;
        }
        let value = self.string(map, key)?;
        if value.trim().is_empty() {
            if let Some((k, _)) = map.entry(key) {
                let d = self.at_scalar(k, crate::tr!("field-empty", key = key));
                self.push(d);
            }
            return None;
        }
        Some(value)
    }

    /// A finite number (integer or decimal).
    pub fn number(&mut self, map: &Mapping, key: &str) -> Option<f64> {
        let (_, v) = self.get(map, key)?;
        self.number_value(v, &format!("`{key}`"))
    }

    /// [`Self::number_value`], with `what` made only for an error.
    pub fn number_value_with(&mut self, v: &Node, what: impl FnOnce() -> String) -> Option<f64> {
        if let Node::Scalar(s) = v
            && let Ok(x) = parse_number(s)
        {
            return Some(x);
        }
        self.number_value(v, &what())
    }

    pub fn number_value(&mut self, v: &Node, what: &str) -> Option<f64> {
        let Node::Scalar(s) = v else {
            let d = self.at_node(v, crate::tr!("field-takes-number", what = lead(what)));
            self.push(d);
            return None;
        };
        match parse_number(s) {
            Ok(x) => Some(x),
            Err(NumberError::NotFinite) => {
                let d = self
                    .at_scalar(
                        s,
                        crate::tr!("field-not-finite", what = lead(what), value = s.as_str()),
                    )
                    .with_help(crate::tr!("field-not-finite-help"));
                self.push(d);
                None
            }
            Err(NumberError::OutOfRange) => {
                let d = self
                    .at_scalar(
                        s,
                        crate::tr!("field-out-of-range", what = lead(what), value = s.as_str()),
                    )
                    .with_help(range_help());
                self.push(d);
                None
            }
            Err(NumberError::NotANumber) => {
                let mut d = self.at_scalar(
                    s,
                    crate::tr!("field-not-a-number", what = lead(what), value = s.as_str()),
                );
                if !s.may_coerce() {
                    d = d.with_help(crate::tr!("field-unquote-number"));
                } else if let Some(help) = crate::slips::number_help(s.as_str()) {
                    d = d.with_help(help);
                } else if s.as_str().contains(',') || s.as_str().contains('，') {
                    d = d.with_help(crate::tr!("field-no-thousands"));
                }
                self.push(d);
                None
            }
        }
    }

    /// A whole number within `range`.
    pub fn integer(&mut self, map: &Mapping, key: &str, min: i64) -> Option<i64> {
        let (_, v) = self.get(map, key)?;
        let Node::Scalar(s) = v else {
            let d = self.at_node(v, crate::tr!("field-takes-whole", key = key));
            self.push(d);
            return None;
        };
        match s.as_str().trim().parse::<i64>() {
            Ok(n) if s.may_coerce() && n >= min => Some(n),
            Ok(n) if s.may_coerce() => {
                let d = self.at_scalar(
                    s,
                    crate::tr!(
                        "field-at-least",
                        key = key,
                        min = min.to_string(),
                        value = n.to_string()
                    ),
                );
                self.push(d);
                None
            }
            _ => {
                let d = self.at_scalar(
                    s,
                    crate::tr!("field-whole-not", key = key, value = s.as_str()),
                );
                self.push(d);
                None
            }
        }
    }

    /// A year written as four digits (SPEC §17 `from`, `until`).
    pub fn year(&mut self, map: &Mapping, key: &str) -> Option<i32> {
        let (_, v) = self.get(map, key)?;
        self.year_value(v, &format!("`{key}`"))
    }

    pub fn year_value(&mut self, v: &Node, what: &str) -> Option<i32> {
        if let Node::Scalar(s) = v {
            let t = s.as_str();
            if s.may_coerce() && t.len() == 4 && t.bytes().all(|b| b.is_ascii_digit()) {
                return t.parse().ok();
            }
        }
        let d = self
            .at_node(v, crate::tr!("field-takes-year", what = lead(what)))
            .with_help(crate::tr!("field-year-help"));
        self.push(d);
        None
    }

    pub fn boolean(&mut self, map: &Mapping, key: &str) -> Option<bool> {
        let (_, v) = self.get(map, key)?;
        let b = match v {
            Node::Scalar(s) if s.may_coerce() => match s.as_str() {
                "true" => Some(true),
                "false" => Some(false),
                _ => None,
            },
            _ => None,
        };
        if b.is_none() {
            let d = self.at_node(v, crate::tr!("field-takes-bool", key = key));
            self.push(d);
        }
        b
    }

    /// One of a fixed set of words.
    pub fn choice<T: Copy>(
        &mut self,
        map: &Mapping,
        key: &str,
        choices: &[(&str, T)],
    ) -> Option<T> {
        let (_, v) = self.get(map, key)?;
        let Node::Scalar(s) = v else {
            let d = self.at_node(
                v,
                crate::tr!("field-takes-one-of", key = key, choices = names(choices)),
            );
            self.push(d);
            return None;
        };
        if let Some((_, t)) = choices.iter().find(|(n, _)| *n == s.as_str()) {
            return Some(*t);
        }
        let mut d = self.at_scalar(
            s,
            crate::tr!(
                "field-one-of-not",
                key = key,
                choices = names(choices),
                value = s.as_str()
            ),
        );
        if let Some(m) = did_you_mean(s.as_str(), choices.iter().map(|(n, _)| *n)) {
            d = d.with_help(crate::tr!("did-you-mean", suggestion = m));
        }
        self.push(d);
        None
    }

    /// A list of texts.
    pub fn strings<'n>(
        &mut self,
        map: &'n Mapping,
        key: &str,
    ) -> Option<Vec<(String, &'n Scalar)>> {
        let (_, v) = self.get(map, key)?;
        let seq = self.sequence(v, &format!("`{key}`"))?;
        let mut out = Vec::new();
        for item in seq.iter() {
            match item {
                Node::Scalar(s) if !is_null(item) => out.push((s.as_str().to_owned(), s)),
                _ => {
                    let d = self.at_node(item, crate::tr!("field-item-text", key = key));
                    self.push(d);
                }
            }
        }
        Some(out)
    }
}

fn names<T>(choices: &[(&str, T)]) -> String {
    choices
        .iter()
        .map(|(n, _)| format!("`{n}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// An empty plain value (`key:` with nothing after it, or `~`, or `null`).
pub fn is_null(node: &Node) -> bool {
    matches!(node, Node::Scalar(s) if s.may_coerce() && matches!(s.as_str(), "" | "~" | "null" | "Null" | "NULL"))
}

#[derive(Debug, PartialEq, Eq)]
pub enum NumberError {
    NotANumber,
    NotFinite,
    /// Finite, but beyond [`MAX_NUMBER`] or nearer zero than [`MIN_NUMBER`].
    OutOfRange,
}

/// What to do about a number out of range.
pub fn range_help() -> String {
    crate::tr!("range-help")
}

/// The largest size of any number in the content: far above any campaign figure, far enough
/// below f64's limit that sums, ratios and chart ranges stay finite (1.7e308 hung the charts).
pub const MAX_NUMBER: f64 = 1e15;
/// The smallest size of a number other than 0 (a target of 1e-300 would make ratios infinite).
pub const MIN_NUMBER: f64 = 1e-12;

/// A YAML number: plain (unquoted), decimal, optionally with an exponent. `.inf` and `.nan`
/// are recognised so that they can be refused by name.
pub fn parse_number(s: &Scalar) -> Result<f64, NumberError> {
    if !s.may_coerce() {
        return Err(NumberError::NotANumber);
    }
    parse_number_text(s.as_str())
}

pub fn parse_number_text(text: &str) -> Result<f64, NumberError> {
    let t = text.trim();
    let unsigned = t.trim_start_matches(['+', '-']);
    let lower = unsigned.to_ascii_lowercase();
    if matches!(lower.as_str(), ".inf" | ".nan" | "inf" | "nan" | "infinity") {
        return Err(NumberError::NotFinite);
    }
    let ok_chars = !t.is_empty()
        && t.bytes()
            .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'-' | b'+' | b'e' | b'E'))
        && unsigned
            .bytes()
            .next()
            .is_some_and(|b| b.is_ascii_digit() || b == b'.');
    if !ok_chars {
        return Err(NumberError::NotANumber);
    }
    match t.parse::<f64>() {
        Ok(x) if x == 0.0 || (MIN_NUMBER..=MAX_NUMBER).contains(&x.abs()) => Ok(x),
        Ok(x) if x.is_finite() => Err(NumberError::OutOfRange),
        Ok(_) => Err(NumberError::NotFinite),
        Err(_) => Err(NumberError::NotANumber),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers() {
        assert_eq!(parse_number_text("12.6"), Ok(12.6));
        assert_eq!(parse_number_text("-0.44"), Ok(-0.44));
        assert_eq!(parse_number_text("3"), Ok(3.0));
        assert_eq!(parse_number_text("1e3"), Ok(1000.0));
        assert_eq!(parse_number_text(".inf"), Err(NumberError::NotFinite));
        assert_eq!(parse_number_text("-.INF"), Err(NumberError::NotFinite));
        assert_eq!(parse_number_text(".nan"), Err(NumberError::NotFinite));
        assert_eq!(parse_number_text("1e999"), Err(NumberError::NotFinite));
        assert_eq!(parse_number_text("1.7e308"), Err(NumberError::OutOfRange));
        assert_eq!(parse_number_text("-1e16"), Err(NumberError::OutOfRange));
        assert_eq!(parse_number_text("1e-300"), Err(NumberError::OutOfRange));
        assert_eq!(parse_number_text("-1e15"), Ok(-1e15));
        assert_eq!(parse_number_text("0.0"), Ok(0.0));
        assert_eq!(parse_number_text("12億"), Err(NumberError::NotANumber));
        assert_eq!(parse_number_text("1,200"), Err(NumberError::NotANumber));
        assert_eq!(parse_number_text("0x1F"), Err(NumberError::NotANumber));
        assert_eq!(parse_number_text(""), Err(NumberError::NotANumber));
    }
}
