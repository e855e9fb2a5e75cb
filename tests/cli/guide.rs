//! The getting-started guides run as written: their commands, in order, on a fresh site made by
//! `pacesetter init`, with the real binary.
//!
//! The convention, stated at the top of each guide as an HTML comment:
//! - a ```` ```sh ```` block is run line by line: `pacesetter …` runs the binary (except `serve`,
//!   which never ends), `cd DIR` changes folder, `export NAME=VALUE` sets a variable for the
//!   commands after it (`PACESETTER_LANG`), any other line (git) is shown but not run;
//! - a ```` ```text ```` block right after a `sh` block is what its last command prints: each of
//!   its lines must appear in the output, `…` standing for anything (a timing, say);
//! - a block right after a `<!-- write: PATH -->` line is written to PATH before going on.
//!
//! Every command that runs must exit 0: error examples are in plain ```` ``` ```` blocks.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

/// One thing the guide asks for, in order.
#[derive(Debug)]
enum Step {
    /// A `pacesetter` command line (the arguments after the program name), and its line.
    Run(Vec<String>, usize),
    /// `cd DIR`.
    Cd(String),
    /// `export NAME=VALUE`.
    Env(String, String),
    /// Output the previous `Run` must print.
    Expect(String),
    /// A file to write, relative to the current folder, and its text.
    Write(String, String),
}

/// The guide's steps, from its fenced blocks.
fn steps(guide: &str) -> Vec<Step> {
    let lines: Vec<&str> = guide.lines().collect();
    let mut out = Vec::new();
    let mut write_to: Option<String> = None;
    // Whether the last block was a `sh` block whose output a `text` block may show.
    let mut after_sh = false;
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i].trim_end();
        if let Some(path) = line
            .strip_prefix("<!-- write: ")
            .and_then(|r| r.strip_suffix(" -->"))
        {
            write_to = Some(path.trim().to_owned());
            i += 1;
            continue;
        }
        let Some(info) = line.strip_prefix("```") else {
            if !line.is_empty() {
                after_sh = false;
                write_to = None;
            }
            i += 1;
            continue;
        };
        let start = i + 1;
        let mut end = start;
        while end < lines.len() && !lines[end].starts_with("```") {
            end += 1;
        }
        let body = &lines[start..end.min(lines.len())];
        let text: String = body.iter().map(|l| format!("{l}\n")).collect();
        if let Some(path) = write_to.take() {
            out.push(Step::Write(path, text));
            after_sh = false;
        } else if info.trim() == "sh" {
            for (n, cmd) in body.iter().enumerate() {
                out.extend(command(cmd.trim(), start + n + 1));
            }
            after_sh = true;
        } else if info.trim() == "text" && after_sh {
            out.push(Step::Expect(text));
            after_sh = false;
        } else {
            after_sh = false;
        }
        i = end + 1;
    }
    out
}

/// The step for one line of a `sh` block, if it is one the runner runs.
fn command(line: &str, number: usize) -> Option<Step> {
    if let Some(dir) = line.strip_prefix("cd ") {
        return Some(Step::Cd(dir.trim().to_owned()));
    }
    if let Some((name, value)) = line.strip_prefix("export ").and_then(|v| v.split_once('=')) {
        return Some(Step::Env(name.trim().to_owned(), value.trim().to_owned()));
    }
    let args: Vec<String> = line
        .strip_prefix("pacesetter ")?
        .split_whitespace()
        .take_while(|w| !w.starts_with('#'))
        .map(str::to_owned)
        .collect();
    Some(Step::Run(args, number))
}

/// Whether `output` contains every line of `expected`, `…` matching anything.
fn shows(output: &str, expected: &str) -> bool {
    expected.lines().filter(|l| !l.trim().is_empty()).all(|l| {
        let mut rest = output;
        l.split('…').all(|piece| match rest.find(piece) {
            Some(at) => {
                rest = &rest[at + piece.len()..];
                true
            }
            None => false,
        })
    })
}

/// Runs every step of the guide at `rel` (from the repository root) in a fresh site made by
/// `init` (a guide that starts with its own `init` makes another inside it); returns how many
/// commands ran.
fn run_guide(rel: &str) -> usize {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(rel);
    let guide = fs::read_to_string(&path).unwrap_or_else(|e| panic!("read {rel}: {e}"));
    let dir = tempfile::tempdir().expect("create a temporary folder");
    let init = Command::new(env!("CARGO_BIN_EXE_pacesetter"))
        .args(["init", "site"])
        .current_dir(dir.path())
        .env_remove("PACESETTER_LANG")
        .output()
        .expect("run pacesetter init");
    assert!(init.status.success(), "init: {init:?}");
    let mut cwd: PathBuf = dir.path().join("site");
    let mut env: Vec<(String, String)> = Vec::new();
    let mut last: Option<(String, String)> = None;
    let mut ran = 0;
    for step in steps(&guide) {
        match step {
            Step::Cd(to) => cwd = cwd.join(to),
            Step::Env(name, value) => env.push((name, value)),
            Step::Write(file, text) => {
                let target = cwd.join(&file);
                fs::write(&target, text).unwrap_or_else(|e| panic!("{rel}: write {file}: {e}"));
            }
            Step::Run(args, _) if args.first().map(String::as_str) == Some("serve") => last = None,
            Step::Run(args, line) => {
                let out = Command::new(env!("CARGO_BIN_EXE_pacesetter"))
                    .args(&args)
                    .current_dir(&cwd)
                    .env("LC_ALL", "C")
                    .env_remove("PACESETTER_LANG")
                    .envs(env.iter().map(|(k, v)| (k, v)))
                    .output()
                    .expect("run the pacesetter binary");
                let printed = format!(
                    "{}{}",
                    String::from_utf8_lossy(&out.stdout),
                    String::from_utf8_lossy(&out.stderr)
                );
                let shown = format!("{rel}:{line}: pacesetter {}", args.join(" "));
                assert!(out.status.success(), "{shown} failed:\n{printed}");
                last = Some((shown, printed));
                ran += 1;
            }
            Step::Expect(text) => {
                if let Some((shown, printed)) = &last {
                    assert!(
                        shows(printed, &text),
                        "{shown} printed\n{printed}\nbut the guide shows\n{text}"
                    );
                }
            }
        }
    }
    ran
}

#[test]
fn the_english_getting_started_guide_runs_as_written() {
    assert!(run_guide("docs/guide/start-a-site.md") >= 3);
}

#[test]
fn the_simplified_chinese_getting_started_guide_runs_as_written() {
    assert!(run_guide("docs/zh-Hans/guide/start-a-site.md") >= 3);
}

#[test]
fn the_traditional_chinese_getting_started_guide_runs_as_written() {
    assert!(run_guide("docs/zh-Hant/guide/start-a-site.md") >= 3);
}

#[test]
fn the_monthly_report_and_import_guides_run_as_written() {
    for guide in [
        "docs/guide/monthly-report.md",
        "docs/guide/import-a-spreadsheet.md",
        "docs/zh-Hans/guide/monthly-report.md",
        "docs/zh-Hans/guide/import-a-spreadsheet.md",
        "docs/zh-Hant/guide/monthly-report.md",
        "docs/zh-Hant/guide/import-a-spreadsheet.md",
    ] {
        assert!(run_guide(guide) >= 2, "{guide}");
    }
}

#[test]
fn the_runner_reads_the_convention() {
    let guide = "<!-- write: a.yaml -->\n```yaml\nx: 1\n```\n\n```sh\ncd site\nexport PACESETTER_LANG=en\npacesetter check  # note\ngit add .\n```\n\n```text\nvalid: … units\n```\n\n```\npacesetter build\n```\n";
    let got = format!("{:?}", steps(guide));
    assert_eq!(
        got,
        r#"[Write("a.yaml", "x: 1\n"), Cd("site"), Env("PACESETTER_LANG", "en"), Run(["check"], 9), Expect("valid: … units\n")]"#
    );
    assert!(shows("content is valid: 4 units", "valid: … units"));
    assert!(!shows("content is valid: 4 units", "units … valid"));
}
