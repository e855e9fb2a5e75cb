//! Unit tests of the loader's YAML handling; whole-site cases are in `tests/cli/errors/`.

use super::*;

fn file(text: &str) -> SourceFile {
    SourceFile {
        path: "content/x.yaml".into(),
        text: text.into(),
        yaml_line_offset: 0,
    }
}

fn parse(text: &str) -> (Option<Node>, Vec<Diagnostic>) {
    let f = file(text);
    let mut diags = Vec::new();
    let node = parse_yaml(&f, text, &mut diags);
    (node, diags)
}

#[test]
fn quoted_scalars_are_text_not_numbers() {
    // Without `prevent_coercion`, marked-yaml would let "12" pass as a number.
    let (node, diags) = parse("a: \"12\"\nb: 12\nc: 'true'\n");
    assert!(diags.is_empty());
    let map = node.unwrap();
    let map = map.as_mapping().unwrap();
    assert!(!map.get_scalar("a").unwrap().may_coerce());
    assert!(map.get_scalar("b").unwrap().may_coerce());
    assert!(!map.get_scalar("c").unwrap().may_coerce());
}

#[test]
fn an_error_past_the_end_points_at_the_end_of_the_last_line() {
    // The parser reports line 3 (after the text); the excerpt needs a line that exists.
    let (_, diags) = parse("a: 1\nb: {c: 2\n");
    assert_eq!(diags.len(), 1);
    assert_eq!((diags[0].line, diags[0].column), (2, 9));
    assert_eq!(diags[0].source_line.as_deref(), Some("b: {c: 2"));
}

#[test]
fn anchors_are_refused() {
    let (node, diags) = parse("a: &x 1\nb: *x\n");
    assert!(node.is_none());
    assert_eq!(diags.len(), 1);
    assert_eq!(
        diags[0].message,
        "YAML anchors and aliases (`&name`, `*name`) are not supported"
    );
}

#[test]
fn a_failed_parse_is_marked_so_it_is_not_called_empty() {
    let mut diags = Vec::new();
    let bad = yaml_doc("content/site.yaml".into(), "title: [x\n".into(), &mut diags);
    assert!(bad.root.is_none() && bad.failed);
    let empty = yaml_doc("content/site.yaml".into(), "\n".into(), &mut diags);
    assert!(empty.root.is_none() && !empty.failed);
    let unclosed = md_doc(
        "content/pages/a.md".into(),
        "---\ntitle: x\n".into(),
        &mut diags,
    );
    assert!(unclosed.front.is_none() && unclosed.failed);
}
