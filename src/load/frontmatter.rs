//! Splits a Markdown file into its YAML front matter and its body, by hand (SPEC §1).

/// The parts of a Markdown file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Split<'a> {
    /// The YAML between the fences, or None when the file has no front matter.
    pub yaml: Option<&'a str>,
    pub body: &'a str,
    /// 1-based line of the body's first line.
    pub body_line: usize,
}

/// Why a file's front matter cannot be read, and where (1-based line and column).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FenceError {
    pub line: usize,
    pub column: usize,
    pub len: usize,
    pub message: String,
    pub help: Option<String>,
}

/// Front matter is YAML between a first line `---` and the next line `---` (after a BOM, if
/// any). A fence that is almost right — `---` below blank lines, indented, or with more dashes
/// — is an error: read as body text it would publish the YAML and no values.
pub fn split(text: &str) -> Result<Split<'_>, FenceError> {
    let start = if text.starts_with('\u{feff}') { 3 } else { 0 };
    let first_end = text[start..].find('\n').map_or(text.len(), |i| start + i);
    if !is_fence(&text[start..first_end]) {
        misplaced(&text[start..])?;
        return Ok(Split {
            yaml: None,
            body: text,
            body_line: 1,
        });
    }
    if first_end == text.len() {
        return Ok(Split {
            yaml: Some(""),
            body: "",
            body_line: 2,
        });
    }
    let yaml_start = first_end + 1;
    let mut pos = yaml_start;
    let mut line = 2;
    while pos <= text.len() {
        let end = text[pos..].find('\n').map_or(text.len(), |i| pos + i);
        if is_fence(&text[pos..end]) {
            let body_start = (end + 1).min(text.len());
            return Ok(Split {
                yaml: Some(&text[yaml_start..pos]),
                body: &text[body_start..],
                body_line: line + 1,
            });
        }
        if end == text.len() {
            break;
        }
        pos = end + 1;
        line += 1;
    }
    Err(FenceError {
        line: 1,
        column: 1,
        len: 3,
        message: crate::tr!("fence-unclosed"),
        help: None,
    })
}

fn is_fence(line: &str) -> bool {
    line.trim_end() == "---"
}

/// A file whose first non-blank line looks like a fence but is not one on line 1.
fn misplaced(text: &str) -> Result<(), FenceError> {
    for (i, l) in text.lines().enumerate() {
        let t = l.trim();
        if t.is_empty() {
            continue;
        }
        if t.len() < 3 || !t.bytes().all(|b| b == b'-') {
            return Ok(());
        }
        let indent = l.len() - l.trim_start().len();
        let (message, help) = if i > 0 {
            ("fence-not-first", "fence-not-first-help")
        } else if indent > 0 {
            ("fence-indented", "fence-indented-help")
        } else {
            ("fence-dashes", "fence-dashes-help")
        };
        return Err(FenceError {
            line: i + 1,
            column: indent + 1,
            len: t.len(),
            message: crate::messages::t(message, &[]),
            help: Some(crate::messages::t(help, &[])),
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_yaml_and_body() {
        let s = split("---\nvalues:\n  a: 1\n---\n本月……\n").unwrap();
        assert_eq!(s.yaml, Some("values:\n  a: 1\n"));
        assert_eq!(s.body, "本月……\n");
        assert_eq!(s.body_line, 5);
    }

    #[test]
    fn crlf_and_empty_body() {
        let s = split("---\r\ntitle: x\r\n---\r\n").unwrap();
        assert_eq!(s.yaml, Some("title: x\r\n"));
        assert_eq!(s.body, "");
    }

    #[test]
    fn no_front_matter() {
        let s = split("# 標題\n正文").unwrap();
        assert_eq!(s.yaml, None);
        assert_eq!(s.body_line, 1);
    }

    #[test]
    fn unclosed_is_an_error() {
        assert!(split("---\ntitle: x\nbody").is_err());
    }

    #[test]
    fn a_bom_comes_before_the_fence() {
        let s = split("\u{feff}---\na: 1\n---\nx\n").unwrap();
        assert_eq!(s.yaml, Some("a: 1\n"));
        assert_eq!(s.body, "x\n");
    }

    #[test]
    fn misplaced_fences_are_errors() {
        let at = |t: &str| split(t).map(|_| ()).map_err(|e| (e.line, e.column, e.len));
        assert_eq!(at("\n---\na: 1\n---\n"), Err((2, 1, 3)));
        assert_eq!(at(" ---\na: 1\n---\n"), Err((1, 2, 3)));
        assert_eq!(at("----\na: 1\n----\n"), Err((1, 1, 4)));
        assert_eq!(at("正文\n\n---\n"), Ok(()));
    }

    #[test]
    fn a_rule_in_the_body_is_not_a_fence() {
        let s = split("---\na: 1\n---\nx\n---\ny\n").unwrap();
        assert_eq!(s.body, "x\n---\ny\n");
    }
}
