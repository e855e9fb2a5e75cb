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

/// Front matter is YAML between a first line `---` and the next line `---`.
/// Err carries the message when the opening fence is never closed.
pub fn split(text: &str) -> Result<Split<'_>, &'static str> {
    let Some(first_end) = text.find('\n') else {
        return Ok(if is_fence(text) {
            Split {
                yaml: Some(""),
                body: "",
                body_line: 2,
            }
        } else {
            Split {
                yaml: None,
                body: text,
                body_line: 1,
            }
        });
    };
    if !is_fence(&text[..first_end]) {
        return Ok(Split {
            yaml: None,
            body: text,
            body_line: 1,
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
    Err("front matter opened on line 1 is never closed: add a line `---` after it")
}

fn is_fence(line: &str) -> bool {
    line.trim_end() == "---"
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
    fn a_rule_in_the_body_is_not_a_fence() {
        let s = split("---\na: 1\n---\nx\n---\ny\n").unwrap();
        assert_eq!(s.body, "x\n---\ny\n");
    }
}
