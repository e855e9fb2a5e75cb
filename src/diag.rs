//! Diagnostics: a problem in the content, where it is, and how to fix it, with the one renderer.

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};
use std::fmt::Write as _;

/// A problem found in a content file. Content problems are data, collected and reported together.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Path relative to the site root, `/`-separated.
    pub path: String,
    /// 1-based line; 0 when the problem concerns the file as a whole.
    pub line: usize,
    /// 1-based column, counted in characters.
    pub column: usize,
    /// Characters to underline, at least 1.
    pub len: usize,
    pub message: String,
    pub help: Option<String>,
    /// The text of `line`, for the excerpt.
    pub source_line: Option<String>,
}

impl Diagnostic {
    /// A problem with a file as a whole (no position inside it).
    pub fn file(path: impl Into<String>, message: impl Into<String>) -> Self {
        Diagnostic {
            path: path.into(),
            line: 0,
            column: 0,
            len: 0,
            message: message.into(),
            help: None,
            source_line: None,
        }
    }

    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// The first line, exactly as SPEC §13 fixes it. A problem with a whole file (a stray
    /// name, a missing file) is placed at 1:1 so that every line has the same shape for tools.
    pub fn headline(&self) -> String {
        let (line, column) = if self.line == 0 {
            (1, 1)
        } else {
            (self.line, self.column)
        };
        format!(
            "{}:{line}:{column}: error: {}",
            printable(&self.path),
            printable(&self.message)
        )
    }

    /// The headline, then the source line with a caret under the span, then the hint.
    pub fn render(&self) -> String {
        let mut out = self.headline();
        out.push('\n');
        let mut elements = Vec::new();
        // One character for one, so the caret stays under its column.
        let source: String = self
            .source_line
            .as_deref()
            .unwrap_or("")
            .chars()
            .map(|c| {
                if c.is_control() && c != '\t' {
                    '\u{fffd}'
                } else {
                    c
                }
            })
            .collect();
        let source = source.as_str();
        let has_excerpt = self.line > 0 && self.source_line.is_some();
        if has_excerpt {
            let start = byte_offset(source, self.column.saturating_sub(1));
            let end = byte_offset(source, self.column.saturating_sub(1) + self.len.max(1));
            let end = end.max(start + source[start..].chars().next().map_or(0, char::len_utf8));
            let end = end.min(source.len());
            let start = start.min(end);
            let snippet = Snippet::source(source)
                .line_start(self.line)
                .annotation(AnnotationKind::Primary.span(start..end));
            elements.push(Group::with_level(Level::ERROR).element(snippet));
        }
        let help = self.help.as_deref().map(printable);
        if let Some(help) = &help {
            if let Some(group) = elements.pop() {
                elements.push(group.element(Level::HELP.message(help.as_ref())));
            } else {
                let _ = writeln!(out, "  = help: {help}");
                return out;
            }
        }
        if !elements.is_empty() {
            out.push_str(&Renderer::plain().render(&elements));
            out.push('\n');
        }
        out
    }
}

/// Text safe to print on a terminal: control characters from file names, keys and values
/// (an ESC starts a terminal command, a CR overwrites the line) written as escapes (`\u{1b}`).
pub fn printable(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.chars().any(|c| c.is_control() && c != '\n' && c != '\t') {
        return s.into();
    }
    s.chars()
        .map(|c| {
            if c.is_control() && c != '\n' && c != '\t' {
                c.escape_default().to_string()
            } else {
                c.to_string()
            }
        })
        .collect::<String>()
        .into()
}

fn byte_offset(s: &str, chars: usize) -> usize {
    s.char_indices().nth(chars).map_or(s.len(), |(i, _)| i)
}

/// Sorts diagnostics by path, line and column, dropping exact repeats.
pub fn sort(diags: &mut Vec<Diagnostic>) {
    diags.sort_by(|a, b| {
        (&a.path, a.line, a.column, &a.message).cmp(&(&b.path, b.line, b.column, &b.message))
    });
    diags.dedup();
}

/// The closing count: "2 errors in 2 files".
pub fn summary(diags: &[Diagnostic]) -> String {
    let mut files: Vec<&str> = diags.iter().map(|d| d.path.as_str()).collect();
    files.sort_unstable();
    files.dedup();
    crate::tr!("summary-errors", errors = diags.len(), files = files.len())
}

/// "Did you mean" for a misspelt word: the closest candidate within a small edit distance.
pub fn did_you_mean<'a>(
    word: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    let cap = (word.chars().count() / 3).clamp(1, 3);
    candidates
        .into_iter()
        .map(|c| (edit_distance(word, c), c))
        .filter(|(d, _)| *d <= cap)
        .min_by_key(|(d, c)| (*d, *c))
        .map(|(_, c)| c)
}

/// Levenshtein distance with adjacent transpositions counted as one edit ("titel" → "title").
fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let w = b.len() + 1;
    let mut d = vec![0usize; (a.len() + 1) * w];
    for (i, row) in d.chunks_mut(w).enumerate() {
        row[0] = i;
    }
    for (j, cell) in d.iter_mut().take(w).enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (d[(i - 1) * w + j] + 1)
                .min(d[i * w + j - 1] + 1)
                .min(d[(i - 1) * w + j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(d[(i - 2) * w + j - 2] + 1);
            }
            d[i * w + j] = best;
        }
    }
    d[a.len() * w + b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_close_words_only() {
        let keys = ["output", "title", "office"];
        assert_eq!(did_you_mean("ouput", keys), Some("output"));
        assert_eq!(did_you_mean("titel", keys), Some("title"));
        assert_eq!(did_you_mean("language", keys), None);
    }

    #[test]
    fn renders_headline_excerpt_and_help() {
        let d = Diagnostic {
            path: "content/units/wuzhen/2026-03.md".into(),
            line: 4,
            column: 3,
            len: 10,
            message: "unknown indicator `investmnet`".into(),
            help: Some("did you mean `investment`?".into()),
            source_line: Some("  investmnet: 9.8".into()),
        };
        let text = d.render();
        assert!(text.starts_with(
            "content/units/wuzhen/2026-03.md:4:3: error: unknown indicator `investmnet`\n"
        ));
        assert!(text.contains("4 |   investmnet: 9.8"), "{text}");
        assert!(text.contains("  ^^^^^^^^^^"), "{text}");
        assert!(
            text.contains("= help: did you mean `investment`?"),
            "{text}"
        );
    }

    #[test]
    fn carets_follow_cjk_width() {
        let d = Diagnostic {
            path: "a.yaml".into(),
            line: 3,
            column: 11,
            len: 5,
            message: "m".into(),
            help: None,
            source_line: Some("category: 鎮（街道）".into()),
        };
        let text = d.render();
        assert!(text.contains("^^^^^^^^^^"), "{text}");
    }

    #[test]
    fn summary_counts_files() {
        let a = Diagnostic::file("a", "x");
        let b = Diagnostic::file("b", "y");
        assert_eq!(summary(std::slice::from_ref(&a)), "1 error in 1 file");
        assert_eq!(summary(&[a.clone(), a, b]), "3 errors in 2 files");
    }
}
