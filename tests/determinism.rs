//! Issue 6: pages, charts, open data and search index are built in parallel; the output must not
//! depend on how many threads did the work, nor on the order they finished in.

#![warn(clippy::too_many_lines)]

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// Every file under `dir` with its bytes, by relative path.
fn tree(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    common::snapshot(dir).into_iter().collect()
}

/// Builds the site at `root` with `threads` worker threads into `output`.
fn build(root: &Path, output: &Path, threads: &str, extra: &[&str]) {
    let status = Command::new(env!("CARGO_BIN_EXE_pacesetter"))
        .arg("build")
        .arg("--root")
        .arg(root)
        .arg("--output")
        .arg(output)
        .args(extra)
        .env("RAYON_NUM_THREADS", threads)
        .stdout(Stdio::null())
        .status()
        .expect("run pacesetter");
    assert!(status.success(), "build of {} failed", root.display());
}

fn same_with_one_and_two_threads(source: &Path, extra: &[&str]) {
    let tmp = tempfile::tempdir().expect("temp dir");
    // A copy: the public build writes published.lock beside content/, and the sources are the
    // repository's.
    let root = &tmp.path().join("site");
    for dir in ["content", "themes"] {
        if source.join(dir).is_dir() {
            common::copy_dir(&source.join(dir), &root.join(dir));
        }
    }
    let one = tmp.path().join("one");
    let two = tmp.path().join("two");
    build(root, &one, "1", extra);
    build(root, &two, "2", extra);
    let (a, b) = (tree(&one), tree(&two));
    assert!(a.len() > 40, "the build wrote only {} files", a.len());
    let names_a: Vec<&String> = a.keys().collect();
    let names_b: Vec<&String> = b.keys().collect();
    assert_eq!(names_a, names_b, "the two builds wrote different files");
    for (path, bytes) in &a {
        assert!(
            &b[path] == bytes,
            "{path} differs between 1 and 2 threads ({})",
            root.display()
        );
    }
    // Twice with two threads: the same bytes again (no hash order, no clock).
    let again = tmp.path().join("again");
    build(root, &again, "2", extra);
    assert!(tree(&again) == b, "two builds with 2 threads differ");
}

fn manifest_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn bundled_example_is_identical_with_one_and_two_threads() {
    same_with_one_and_two_threads(&manifest_dir(), &[]);
}

#[test]
fn bundled_example_with_drafts_is_identical_with_one_and_two_threads() {
    same_with_one_and_two_threads(&manifest_dir(), &["--drafts"]);
}

#[test]
fn conformance_site_is_identical_with_one_and_two_threads() {
    same_with_one_and_two_threads(&manifest_dir().join("tests/fixtures/conformance"), &[]);
}
