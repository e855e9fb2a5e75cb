//! Times `serve`'s rebuilds after an edit (issue 6), through the same [`Session`] `serve` uses.
//!
//! ```text
//! cargo run --release --example synth -- campaign --units 1000 --months 24 --bulletins 24 --seed 1 --out /tmp/c1000
//! cargo run --release --example rebuild -- /tmp/c1000 5
//! ```
//!
//! Builds the site once into a folder of its own, then, `runs` times over: appends a sentence to
//! one monthly report's summary and rebuilds; changes one reported value and rebuilds; appends
//! a sentence to the latest bulletin and rebuilds; rebuilds with nothing changed. Each rebuild
//! is told the file edited, as `serve`'s file watcher tells it (`--walk` instead makes it walk
//! content/ and compare every file's size and time, as when the watcher loses track). Prints
//! the median, minimum and maximum of each, and puts every file back as it was.
//!
//! ```text
//! cargo run --release --example rebuild -- /tmp/c1000 5 [EDIT] [--walk]
//! ```
//!
//! EDIT keeps only the edits whose name contains it (`value`, `bulletin`, …), for profiling.

#![warn(clippy::too_many_lines)]

// As in the binary (src/main.rs).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use pacesetter::serve::Session;
use pacesetter::site::Options;
use std::fs;
use std::path::{Path, PathBuf};
use std::time::Instant;

fn main() {
    let mut args = std::env::args().skip(1);
    let root = PathBuf::from(args.next().unwrap_or_else(|| "/tmp/c1000".into()));
    let runs: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(5);
    let rest: Vec<String> = args.collect();
    let walk_content = rest.iter().any(|a| a == "--walk");
    // Only the edits whose name contains this (for profiling one kind).
    let only = rest
        .iter()
        .find(|a| !a.starts_with("--"))
        .cloned()
        .unwrap_or_default();
    let report = find(&root.join("content/units"), |p| {
        p.extension().is_some_and(|e| e == "md")
            && p.file_stem()
                .and_then(|s| s.to_str())
                .is_some_and(|s| s.len() == 7 && !s.contains('Q'))
    });
    let bulletin = find(&root.join("content/bulletins"), |p| {
        p.extension().is_some_and(|e| e == "md")
    });
    println!("report:   {}", report.display());
    println!("bulletin: {}", bulletin.display());
    let saved: Vec<(PathBuf, Vec<u8>)> = [&report, &bulletin]
        .iter()
        .map(|p| ((*p).clone(), fs::read(p).expect("read the file to edit")))
        .collect();

    let out = std::env::temp_dir().join(format!("pacesetter-rebuild-{}", std::process::id()));
    let mut session = Session::new(Options {
        root: root.clone(),
        output: out.clone(),
        base_url: None,
        theme: None,
        drafts: false,
    })
    .expect("a folder of its own");
    let t = Instant::now();
    let first = session
        .rebuild()
        .map_err(|_| "the site has errors")
        .unwrap();
    println!(
        "first build: {} ms, {} files",
        t.elapsed().as_millis(),
        first.files
    );

    let mut times: [(&str, Vec<f64>); 4] = [
        ("report summary edited", vec![]),
        ("report value edited", vec![]),
        ("bulletin edited", vec![]),
        ("nothing changed", vec![]),
    ];
    for run in 0..runs {
        let edits: [(&dyn Fn(), &[PathBuf]); 4] = [
            (
                &|| append(&report, &format!("\n補記第{run}次。\n")),
                std::slice::from_ref(&report),
            ),
            (&|| bump_value(&report, run), std::slice::from_ref(&report)),
            (
                &|| append(&bulletin, &format!("\n補記第{run}次。\n")),
                std::slice::from_ref(&bulletin),
            ),
            (&|| {}, &[]),
        ];
        for ((edit, changed), (name, samples)) in edits.iter().zip(times.iter_mut()) {
            if !name.contains(only.as_str()) {
                continue;
            }
            edit();
            let t = Instant::now();
            let r = session
                .rebuild_after((!walk_content).then_some(*changed))
                .map_err(|_| "the edit broke the site")
                .unwrap();
            samples.push(t.elapsed().as_secs_f64() * 1000.0);
            if run == 0 {
                println!("  {} files written", r.written);
            }
        }
    }
    for (path, bytes) in &saved {
        fs::write(path, bytes).expect("put the file back");
    }
    let _ = fs::remove_dir_all(&out);
    println!("\n| rebuild after | median | min–max |\n|---|---|---|");
    for (name, mut samples) in times {
        if samples.is_empty() {
            continue;
        }
        samples.sort_by(f64::total_cmp);
        println!(
            "| {name} | {:.0} ms | {:.0}–{:.0} ms |",
            samples[samples.len() / 2],
            samples[0],
            samples[samples.len() - 1]
        );
    }
}

/// The first file under `dir` (in name order) that `pick` accepts.
fn find(dir: &Path, pick: impl Fn(&Path) -> bool) -> PathBuf {
    let mut found: Vec<PathBuf> = walk(dir).into_iter().filter(|p| pick(p)).collect();
    found.sort();
    found.into_iter().last().expect("a file to edit")
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in fs::read_dir(dir).into_iter().flatten().flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else {
            out.push(p);
        }
    }
    out
}

fn append(path: &Path, text: &str) {
    let mut s = fs::read_to_string(path).expect("read");
    s.push_str(text);
    fs::write(path, s).expect("write");
}

/// Changes the first numeric value under `values:` by `run + 1`.
fn bump_value(path: &Path, run: usize) {
    let s = fs::read_to_string(path).expect("read");
    let mut out = String::new();
    let mut in_values = false;
    let mut done = false;
    for line in s.lines() {
        if line.starts_with("values:") {
            in_values = true;
        } else if !line.starts_with(' ') {
            in_values = false;
        }
        if in_values
            && !done
            && let Some((key, value)) = line.split_once(": ")
            && let Ok(v) = value.trim().parse::<f64>()
        {
            out.push_str(&format!("{key}: {}\n", v + run as f64 + 1.0));
            done = true;
            continue;
        }
        out.push_str(line);
        out.push('\n');
    }
    fs::write(path, out).expect("write");
}
