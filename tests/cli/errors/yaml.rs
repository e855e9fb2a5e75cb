//! YAML itself: syntax errors, duplicate keys, anchors and aliases, tags, the wrong top level,
//! and inputs made to exhaust the parser.

use super::{fails, minimal_with};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

#[test]
fn syntax_error_with_a_hint() {
    fails(
        &[(
            "content/pages/about.md",
            "---\ntitle: 關於: 本站\nweight: 1\n---\n",
        )],
        r#"content/pages/about.md:2:10: error: invalid YAML: mapping values are not allowed in this context
  |
2 | title: 關於: 本站
  |            ^
  |
  = help: quote a value that contains `: `
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

/// The parser gives up at the colon ("did not find expected key", 4:12); the slip is the
/// line's indentation, one space short (issue 15).
#[test]
fn syntax_error_bad_indentation() {
    fails(
        &[(
            "content/units/south/2026-03.md",
            "---\nvalues:\n  output: 14\n complaints: 5\n---\n",
        )],
        r#"content/units/south/2026-03.md:4:1: error: this line is indented by 1 space, which matches no line above
  |
4 |  complaints: 5
  | ^
  |
  = help: indent it by 2 spaces, like line 3: `  complaints: 5`
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

#[test]
fn syntax_error_unclosed_flow_mapping() {
    fails(
        &[(
            "content/units/south/unit.yaml",
            "name: 南鎮\ncategory: town\nbenchmarks:\n  internal: north\ntargets:\n  2026: {output: 60, complaints: 12\n",
        )],
        r#"content/units/south/unit.yaml:6:36: error: invalid YAML: while parsing a flow mapping, did not find expected ',' or '}'
  |
6 |   2026: {output: 60, complaints: 12
  |                                    ^
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

#[test]
fn duplicate_keys() {
    fails(
        &[(
            "content/units/north/2026-03.md",
            "---\nvalues:\n  output: 9\n  complaints: 2\n  output: 10\n---\n",
        )],
        r#"content/units/north/2026-03.md:5:3: error: duplicate key `output`
  |
5 |   output: 10
  |   ^^^^^^
  |
  = help: `output` is already given on line 3; keep one
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

#[test]
fn duplicate_top_level_keys() {
    fails(
        &[(
            "content/site.yaml",
            "title: 示例縣比學趕超\noffice: 示例縣比學趕超領導小組辦公室\ntitle: 另一個標題\n",
        )],
        r#"content/site.yaml:3:1: error: duplicate key `title`
  |
3 | title: 另一個標題
  | ^^^^^
  |
  = help: `title` is already given on line 1; keep one
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

#[test]
fn anchors_and_aliases() {
    fails(
        &[(
            "content/units/permits/unit.yaml",
            "name: 審批局\ncategory: dept\nbenchmarks:\n  internal: audit\ntargets:\n  2025: &base {approvals: 200, wait-days: 5}\n  2026: *base\n",
        )],
        r#"content/units/permits/unit.yaml:6:15: error: YAML anchors and aliases (`&name`, `*name`) are not supported
  |
6 |   2025: &base {approvals: 200, wait-days: 5}
  |               ^
  |
  = help: write the value out in full
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

#[test]
fn alias_without_anchor() {
    fails(
        &[(
            "content/units/permits/2026-03.md",
            "---\nvalues:\n  approvals: 66\n  wait-days: *two\n---\n",
        )],
        r#"content/units/permits/2026-03.md:4:14: error: invalid YAML: while parsing node, found unknown anchor
  |
4 |   wait-days: *two
  |              ^
  |
  = help: YAML aliases (`*name`) are not supported: write the value out in full
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

/// The "billion laughs": nine lines that would expand to 10⁹ strings. The first anchor is refused,
/// so nothing is expanded; the run must end promptly (it is killed after a minute otherwise).
#[test]
fn alias_bomb_is_refused_promptly() {
    let bomb = "\
a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
";
    let site = minimal_with(&[("content/reviews/2026-Q1.yaml", bomb)]);
    let (code, stderr) = run_with_deadline(&site, Duration::from_secs(60));
    assert_eq!(code, 1);
    assert_eq!(
        stderr.replace(site.root().to_str().unwrap(), "[ROOT]"),
        r#"content/reviews/2026-Q1.yaml:1:7: error: YAML anchors and aliases (`&name`, `*name`) are not supported
  |
1 | a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
  |       ^
  |
  = help: write the value out in full
error: 1 error in 1 file; [ROOT]/output left as it was
"#
    );
}

/// Deep nesting is refused by the parser's recursion limit instead of overflowing the stack.
#[test]
fn deep_nesting_is_refused() {
    let deep = format!(
        "commentary: {}{}\n",
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    let site = minimal_with(&[("content/reviews/2026-Q1.yaml", &deep)]);
    let (code, stderr) = run_with_deadline(&site, Duration::from_secs(60));
    assert_eq!(code, 1, "{stderr}");
    assert!(
        stderr.starts_with(
            "content/reviews/2026-Q1.yaml:1:268: error: invalid YAML: recursion limit exceeded\n"
        ),
        "{stderr}"
    );
}

/// Runs `build` and waits at most `deadline`: a hang fails the test rather than the suite.
fn run_with_deadline(site: &crate::support::TestSite, deadline: Duration) -> (i32, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_pacesetter"))
        .args(["build", "--root"])
        .arg(site.root())
        .env("PACESETTER_LANG", "en")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start pacesetter");
    // Read on another thread, so a long message cannot fill the pipe and stall the child.
    let mut pipe = child.stderr.take().expect("stderr is piped");
    let reader = std::thread::spawn(move || {
        let mut text = String::new();
        std::io::Read::read_to_string(&mut pipe, &mut text).expect("read stderr");
        text
    });
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait for pacesetter") {
            break status;
        }
        if start.elapsed() > deadline {
            let _ = child.kill();
            panic!("pacesetter did not finish within {deadline:?}");
        }
        std::thread::sleep(Duration::from_millis(10));
    };
    let stderr = reader.join().expect("stderr reader");
    (status.code().unwrap_or(-1), stderr)
}

#[test]
fn tags() {
    fails(
        &[(
            "content/units/south/2026-03.md",
            "---\nvalues:\n  output: !!float 14\n  complaints: 5\n---\n",
        )],
        r#"content/units/south/2026-03.md:3:19: error: YAML tags (`!name`) are not supported
  |
3 |   output: !!float 14
  |                   ^
  |
  = help: remove the tag; quote the value if it starts with `!`
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

#[test]
fn top_level_is_a_list() {
    fails(
        &[("content/categories/dept.yaml", "- approvals\n- wait-days\n")],
        r#"content/categories/dept.yaml:1:1: error: expected `key: value` lines
  |
1 | - approvals
  | ^
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

#[test]
fn top_level_is_a_plain_value() {
    fails(
        &[("content/reviews/2026-Q1.yaml", "一季度點評\n")],
        r#"content/reviews/2026-Q1.yaml:1:1: error: expected `key: value` lines
  |
1 | 一季度點評
  | ^^
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

#[test]
fn key_that_is_not_plain_text() {
    fails(
        &[(
            "content/units/south/2026-03.md",
            "---\nvalues:\n  [output]: 14\n  complaints: 5\n---\n",
        )],
        r#"content/units/south/2026-03.md:3:3: error: a key must be plain text
  |
3 |   [output]: 14
  |   ^
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}
