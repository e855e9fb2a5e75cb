//! Issue 17: what an attacker or a careless editor tried, one test per class of input. Each
//! starts from the valid minimal site and checks the error (whole stderr) or the output.

mod markdown;
mod numbers;
mod output;
mod reader;
mod serve;
mod text;

use crate::support::{Run, TestSite};

/// The minimal site, with `files` written over it.
fn minimal_with(files: &[(&str, &str)]) -> TestSite {
    let site = TestSite::fixture("minimal");
    for (path, text) in files {
        site.write(path, text);
    }
    site
}

/// Asserts a build that fails with status 1 and exactly `stderr`.
#[track_caller]
fn fails_with(run: &Run, stderr: &str) {
    assert_eq!(
        run.stderr, stderr,
        "\n--- stderr as printed ---\n{}--- end ---",
        run.stderr
    );
    assert_eq!(run.code, 1, "exit status");
}
