//! Helpers shared by the integration test crates (`tests/cli/`, `tests/determinism.rs`,
//! `tests/serve_incremental.rs`, the browser tests); each crate uses some of them.
#![allow(dead_code)]

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

/// Headless Chromium for the browser tests: `/usr/bin/chromium`, else `chromium` on PATH. Without
/// it a test says so and passes (a fresh clone's `cargo test` works), unless
/// `PACESETTER_REQUIRE_BROWSER` is set (by `.ci/run`), which turns the skip into a failure.
pub fn chromium_or_skip(test: &str) -> Option<PathBuf> {
    let debian = PathBuf::from("/usr/bin/chromium");
    let found = if debian.is_file() {
        Some(debian)
    } else {
        std::env::var_os("PATH").and_then(|path| {
            std::env::split_paths(&path)
                .map(|dir| dir.join("chromium"))
                .find(|p| p.is_file())
        })
    };
    if found.is_none() {
        let required = std::env::var("PACESETTER_REQUIRE_BROWSER").unwrap_or_default();
        if !required.is_empty() && required != "0" {
            panic!(
                "PACESETTER_REQUIRE_BROWSER={required} but chromium is not installed \
                 (looked for /usr/bin/chromium and `chromium` on PATH)"
            );
        }
        // Straight to the process's standard error, past the test harness's capture, so that a
        // plain `cargo test` shows that the test did nothing.
        let _ = writeln!(std::io::stderr(), "{test} skipped: chromium not installed");
    }
    found
}

/// Copies a folder tree (files and folders only).
pub fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).expect("create folder");
    let mut entries: Vec<_> = fs::read_dir(from)
        .unwrap_or_else(|e| panic!("read {}: {e}", from.display()))
        .map(|e| e.expect("read folder entry"))
        .collect();
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        let target = to.join(entry.file_name());
        if entry.file_type().expect("file type").is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), &target).expect("copy file");
        }
    }
}

/// Every file under `dir` with its bytes, by relative path (for "nothing changed" checks).
pub fn snapshot(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    collect(dir, dir, &mut out);
    out.sort();
    out
}

fn collect(base: &Path, dir: &Path, out: &mut Vec<(String, Vec<u8>)>) {
    for entry in fs::read_dir(dir).expect("read folder") {
        let path = entry.expect("read folder entry").path();
        if path.is_dir() {
            collect(base, &path, out);
        } else {
            let rel = path.strip_prefix(base).expect("inside base");
            let rel = rel.to_string_lossy().replace('\\', "/");
            out.push((rel, fs::read(&path).expect("read file")));
        }
    }
}

/// Writes into `content` a campaign of `n` towns (`u001`, …), each paired with the next one
/// and reporting January 2026: more than 100 of them split /pairs/ into pages.
pub fn write_campaign(content: &Path, n: usize) {
    let write = |rel: &str, text: &str| {
        let path = content.join(rel);
        fs::create_dir_all(path.parent().expect("a file has a parent")).expect("create folders");
        fs::write(&path, text).unwrap_or_else(|e| panic!("write {}: {e}", path.display()));
    };
    write(
        "site.yaml",
        "title: 大縣比學趕超\noffice: 大縣比學趕超辦公室\nlanguage: zh-Hant\n",
    );
    write(
        "categories/town.yaml",
        "name: 鎮\nindicators:\n  - {id: output, name: 工業產值, dimension: results}\n",
    );
    for i in 1..=n {
        let next = i % n + 1;
        write(
            &format!("units/u{i:03}/unit.yaml"),
            &format!(
                "name: 第{i}鎮\ncategory: town\nbenchmarks:\n  internal: u{next:03}\n\
                 targets:\n  2026: {{output: 120}}\n"
            ),
        );
        write(
            &format!("units/u{i:03}/2026-01.md"),
            &format!("---\nvalues:\n  output: {i}\n---\n"),
        );
    }
}
