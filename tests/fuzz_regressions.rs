//! Replays every input kept under fuzz/regressions/<target>/ through the fuzz entry points:
//! seeds, and every input a fuzzing run ever found a problem with. None may panic.

#![warn(clippy::too_many_lines)]

use std::path::Path;

fn replay(target: &str, run: impl Fn(&[u8])) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz/regressions")
        .join(target);
    let mut count = 0;
    for entry in std::fs::read_dir(&dir).expect("fuzz/regressions is in the repository") {
        let path = entry.expect("readable entry").path();
        let bytes = std::fs::read(&path).expect("readable input");
        run(&bytes);
        count += 1;
    }
    assert!(count > 0, "no inputs in {}", dir.display());
}

#[test]
fn front_matter_inputs() {
    replay("front_matter", |b| {
        if let Ok(s) = std::str::from_utf8(b) {
            pacesetter::fuzzing::front_matter(s);
        }
    });
}

#[test]
fn shortcode_inputs() {
    replay("shortcode", |b| {
        if let Ok(s) = std::str::from_utf8(b) {
            pacesetter::fuzzing::shortcode(s);
        }
    });
}

#[test]
fn csv_import_inputs() {
    replay("csv_import", pacesetter::fuzzing::csv_import);
}

#[test]
fn reader_inputs() {
    replay("reader", pacesetter::fuzzing::reader);
}

#[test]
fn the_fuzzing_model_is_valid() {
    assert!(pacesetter::fuzzing::model().is_some());
}
