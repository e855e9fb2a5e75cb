//! One content file's text and the helpers that turn parser positions into diagnostics.

use super::tree::Span;
use crate::diag::Diagnostic;

/// A content file held in memory, with the line its YAML starts on.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// Relative to the site root, `/`-separated, e.g. `content/site.yaml`.
    pub path: String,
    pub text: String,
    /// Lines before the YAML (1 for front matter, after the opening `---`).
    pub yaml_line_offset: usize,
}

impl SourceFile {
    pub fn line_text(&self, line: usize) -> Option<&str> {
        line.checked_sub(1)
            .and_then(|i| self.text.lines().nth(i))
            .map(|l| l.strip_suffix('\r').unwrap_or(l))
    }

    /// A diagnostic at a 1-based file line and column, underlining `len` characters.
    pub fn error_at(
        &self,
        line: usize,
        column: usize,
        len: usize,
        message: impl Into<String>,
    ) -> Diagnostic {
        Diagnostic {
            path: self.path.clone(),
            line,
            column,
            len: len.max(1),
            message: message.into(),
            help: None,
            source_line: self.line_text(line).map(str::to_owned),
        }
    }

    /// A diagnostic at a position inside the YAML, as marked-yaml reports it.
    pub fn error_yaml(
        &self,
        yaml_line: usize,
        yaml_column: usize,
        len: usize,
        message: impl Into<String>,
    ) -> Diagnostic {
        self.error_at(yaml_line + self.yaml_line_offset, yaml_column, len, message)
    }

    /// A diagnostic underlining the node whose span this is; `len` is the text length to mark.
    pub fn error_span(&self, span: Span, len: usize, message: impl Into<String>) -> Diagnostic {
        self.error_yaml(span.line(), span.column(), len, message)
    }

    /// A diagnostic about the file as a whole.
    pub fn error_file(&self, message: impl Into<String>) -> Diagnostic {
        Diagnostic::file(self.path.clone(), message)
    }
}
