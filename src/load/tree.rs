//! The YAML tree the model reads: scalars, mappings and sequences with the position each starts
//! at, and nothing else. marked-yaml's own tree (a hash map and a boxed node per entry, two full
//! markers per node) took about 3 KB per four-value report, more than the file's text; a site of
//! 250,000 reports held 730 MB of it. Records have a handful of keys, so a mapping is a list in
//! document order searched from the front; a short scalar keeps its text in place.

/// Where a node starts in the YAML: the 1-based line and column the parser reported.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    line: u32,
    column: u32,
}

impl Span {
    /// Positions beyond `u32::MAX` cannot occur: files over 16 MiB are refused unread.
    pub fn new(line: usize, column: usize) -> Self {
        let clamp = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        Span {
            line: clamp(line),
            column: clamp(column),
        }
    }

    pub fn line(&self) -> usize {
        self.line as usize
    }

    pub fn column(&self) -> usize {
        self.column as usize
    }
}

/// A YAML node.
#[derive(Debug, Clone)]
pub enum Node {
    Scalar(Scalar),
    Mapping(Mapping),
    Sequence(Sequence),
}

impl Node {
    pub fn span(&self) -> Span {
        match self {
            Node::Scalar(s) => s.span(),
            Node::Mapping(m) => m.span,
            Node::Sequence(s) => s.span,
        }
    }

    pub fn as_scalar(&self) -> Option<&Scalar> {
        match self {
            Node::Scalar(s) => Some(s),
            _ => None,
        }
    }

    pub fn as_mapping(&self) -> Option<&Mapping> {
        match self {
            Node::Mapping(m) => Some(m),
            _ => None,
        }
    }

    pub fn as_sequence(&self) -> Option<&Sequence> {
        match self {
            Node::Sequence(s) => Some(s),
            _ => None,
        }
    }
}

/// A scalar's text, as the parser gave it (quotes and escapes resolved), and where it starts.
#[derive(Debug, Clone)]
pub struct Scalar {
    text: Text,
    line: u32,
    /// The column, with [`COERCE`] set for a plain scalar.
    column: u32,
}

/// The top bit of a scalar's column: it may be read as a number, boolean or null. Packed so that
/// a scalar takes 32 bytes, the size of a node.
const COERCE: u32 = 1 << 31;

impl Scalar {
    /// `may_coerce` is false for a quoted or block scalar: its text is text, never a number,
    /// boolean or null.
    pub fn new(text: &str, span: Span, may_coerce: bool) -> Self {
        let column = span.column.min(COERCE - 1);
        Scalar {
            text: Text::new(text),
            line: span.line,
            column: if may_coerce { column | COERCE } else { column },
        }
    }

    pub fn as_str(&self) -> &str {
        self.text.as_str()
    }

    pub fn span(&self) -> Span {
        Span {
            line: self.line,
            column: self.column & !COERCE,
        }
    }

    pub fn may_coerce(&self) -> bool {
        self.column & COERCE != 0
    }
}

/// The bytes a short text keeps in place: every key and figure of a report fits, so most
/// scalars need no allocation of their own.
const SHORT: usize = 22;

#[derive(Clone)]
enum Text {
    Short { len: u8, bytes: [u8; SHORT] },
    Long(Box<str>),
}

impl Text {
    fn new(text: &str) -> Self {
        match u8::try_from(text.len()) {
            Ok(len) if text.len() <= SHORT => {
                let mut bytes = [0; SHORT];
                bytes[..text.len()].copy_from_slice(text.as_bytes());
                Text::Short { len, bytes }
            }
            _ => Text::Long(text.into()),
        }
    }

    fn as_str(&self) -> &str {
        match self {
            // Copied from a `&str` whole, so always UTF-8.
            Text::Short { len, bytes } => {
                std::str::from_utf8(&bytes[..usize::from(*len)]).unwrap_or_default()
            }
            Text::Long(text) => text,
        }
    }
}

impl std::fmt::Debug for Text {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.as_str().fmt(f)
    }
}

/// A mapping's entries in document order; the parser has refused duplicate keys.
#[derive(Debug, Clone)]
pub struct Mapping {
    entries: Box<[(Scalar, Node)]>,
    span: Span,
}

impl Mapping {
    pub fn new(entries: Vec<(Scalar, Node)>, span: Span) -> Self {
        Mapping {
            entries: entries.into_boxed_slice(),
            span,
        }
    }

    pub fn span(&self) -> Span {
        self.span
    }

    pub fn iter(&self) -> impl DoubleEndedIterator<Item = (&Scalar, &Node)> {
        self.entries.iter().map(|(k, v)| (k, v))
    }

    pub fn keys(&self) -> impl DoubleEndedIterator<Item = &Scalar> {
        self.entries.iter().map(|(k, _)| k)
    }

    /// The entry whose key is `key`.
    pub fn entry(&self, key: &str) -> Option<(&Scalar, &Node)> {
        self.iter().find(|(k, _)| k.as_str() == key)
    }

    pub fn get_node(&self, key: &str) -> Option<&Node> {
        self.entry(key).map(|(_, v)| v)
    }

    pub fn get_scalar(&self, key: &str) -> Option<&Scalar> {
        self.get_node(key).and_then(Node::as_scalar)
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

/// A sequence's items in order.
#[derive(Debug, Clone)]
pub struct Sequence {
    items: Box<[Node]>,
    span: Span,
}

impl Sequence {
    pub fn new(items: Vec<Node>, span: Span) -> Self {
        Sequence {
            items: items.into_boxed_slice(),
            span,
        }
    }

    pub fn span(&self) -> Span {
        self.span
    }

    pub fn iter(&self) -> std::slice::Iter<'_, Node> {
        self.items.iter()
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nodes_stay_small() {
        // The point of this tree: a report's four values cost a few hundred bytes, not kilobytes.
        assert_eq!(std::mem::size_of::<Span>(), 8);
        assert_eq!(std::mem::size_of::<Scalar>(), 32);
        assert_eq!(std::mem::size_of::<Node>(), 32);
    }

    #[test]
    fn scalars_keep_text_position_and_plainness() {
        let long = "目標值按季度分解，逐月考核";
        for text in ["", "service-cases", "1234567890123456789012", long] {
            for coerce in [false, true] {
                let s = Scalar::new(text, Span::new(7, 12), coerce);
                assert_eq!(s.as_str(), text);
                assert_eq!(s.span(), Span::new(7, 12));
                assert_eq!(s.may_coerce(), coerce);
            }
        }
        assert!(matches!(
            Text::new("1234567890123456789012"),
            Text::Short { .. }
        ));
        assert!(matches!(Text::new(long), Text::Long(_)));
    }

    #[test]
    fn lookup_keeps_document_order() {
        let at = Span::new(1, 1);
        let entry = |k: &str, v: &str| {
            (
                Scalar::new(k, at, true),
                Node::Scalar(Scalar::new(v, at, true)),
            )
        };
        let m = Mapping::new(vec![entry("b", "1"), entry("a", "2")], at);
        let keys: Vec<&str> = m.keys().map(Scalar::as_str).collect();
        assert_eq!(keys, ["b", "a"]);
        assert_eq!(m.get_scalar("a").map(Scalar::as_str), Some("2"));
        assert!(m.get_node("c").is_none());
    }
}
