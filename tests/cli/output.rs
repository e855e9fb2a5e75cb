//! What a build may do to the output folder (SPEC §13): nothing when the content has errors,
//! nothing to a folder pacesetter did not make, and a clean replacement of its own output.

use crate::support::{TestSite, snapshot};

/// The marker a built folder carries.
const MARKER: &str = ".pacesetter-output";

#[test]
fn a_build_with_errors_leaves_the_previous_output_byte_for_byte() {
    let site = TestSite::fixture("minimal");
    site.build(&[]).success();
    let before = snapshot(&site.path("output"));
    assert!(before.iter().any(|(p, _)| p == "data/2026-03.json"));
    assert!(before.iter().any(|(p, _)| p == MARKER));

    // A new month is entered with a typo: the build fails and the old site stays whole.
    site.write(
        "content/units/north/2026-05.md",
        "---\nvalues:\n  output: 12.5\n  complaints: .nan\n---\n",
    );
    let run = site.build(&[]);
    assert_eq!(run.code, 1, "{run:#?}");
    assert_eq!(run.stdout, "");
    assert!(
        run.stderr
            .ends_with("error: 1 error in 1 file; [ROOT]/output left as it was\n"),
        "{}",
        run.stderr
    );
    assert_eq!(snapshot(&site.path("output")), before);
    // Nothing was left beside it either (no half-written temporary folder); the ledger is
    // the first build's.
    assert_eq!(
        entries(site.root()),
        ["content", "output", "published.lock"]
    );
}

#[test]
fn refuses_a_folder_it_did_not_make() {
    let site = TestSite::fixture("minimal");
    site.write("output/index.html", "<p>someone's own site</p>\n");
    site.write("output/notes/todo.txt", "keep me\n");
    let before = snapshot(&site.path("output"));
    let run = site.build(&[]);
    assert_eq!(run.code, 2, "{run:#?}");
    assert_eq!(
        run.stderr,
        "error: refusing to replace [ROOT]/output: it is not empty and was not made by \
         pacesetter (no .pacesetter-output in it); choose another --output or empty it yourself\n"
    );
    assert_eq!(snapshot(&site.path("output")), before);
    assert_eq!(entries(site.root()), ["content", "output"]);
}

#[test]
fn refuses_a_file_in_place_of_the_output_folder() {
    let site = TestSite::fixture("minimal");
    site.write("output", "not a folder\n");
    let run = site.build(&[]);
    assert_eq!(run.code, 2, "{run:#?}");
    assert_eq!(
        run.stderr,
        "error: refusing to write the site to [ROOT]/output: it is a file, not a folder; choose another --output\n"
    );
    assert_eq!(site.read("output"), "not a folder\n");
}

#[test]
fn refuses_a_foreign_folder_even_when_the_content_has_errors() {
    // The folder check comes first: exit 2, and the content is not even read.
    let site = TestSite::fixture("minimal");
    site.write("output/keep.txt", "mine\n");
    site.remove("content/site.yaml");
    let run = site.build(&[]);
    assert_eq!(run.code, 2, "{run:#?}");
    assert_eq!(site.read("output/keep.txt"), "mine\n");
}

#[test]
fn an_empty_folder_is_fine() {
    let site = TestSite::fixture("minimal");
    std::fs::create_dir(site.path("output")).unwrap();
    site.build(&[]).success();
    assert!(site.path("output").join(MARKER).is_file());
    assert!(site.path("output/data/index.json").is_file());
}

#[test]
fn rebuilding_over_its_own_output_replaces_it() {
    let site = TestSite::fixture("minimal");
    site.build(&["--drafts"]).success();
    assert!(site.path("output/data/2026-04.json").is_file());
    // A file put there by hand is kept (issue 17); what the old build wrote goes with it.
    site.write("output/stale.html", "old\n");
    site.build(&[]).success();
    let after = snapshot(&site.path("output"));
    assert!(after.iter().any(|(p, _)| p == "data/2026-03.json"));
    assert!(!after.iter().any(|(p, _)| p == "data/2026-04.json"));
    assert!(after.iter().any(|(p, _)| p == "stale.html"));
    assert!(after.iter().any(|(p, _)| p == MARKER));
    // The public build wrote the ledger beside content/ (the one with drafts did not); the
    // build before last is kept beside the output, for the next build to bring up to date.
    assert_eq!(
        entries(site.root()),
        [
            ".output.pacesetter-spare",
            "content",
            "output",
            "published.lock"
        ]
    );
    // The same content builds the same bytes.
    site.build(&[]).success();
    assert_eq!(snapshot(&site.path("output")), after);
}

#[test]
fn output_can_be_anywhere() {
    let site = TestSite::fixture("minimal");
    let out = site.path("elsewhere/public");
    site.build(&["--output", out.to_str().unwrap()]).success();
    assert!(out.join("data/index.json").is_file());
    assert!(!site.path("output").exists());
}

#[test]
fn check_writes_nothing() {
    let site = TestSite::fixture("minimal");
    let before = snapshot(site.root());
    site.check().success();
    assert_eq!(snapshot(site.root()), before);
    // Nor with errors.
    site.write(
        "content/units/north/2026-05.md",
        "---\nvalues: {output: x}\n---\n",
    );
    let before = snapshot(site.root());
    let run = site.check();
    assert_eq!(run.code, 1, "{run:#?}");
    assert!(
        run.stderr.ends_with("error: 1 error in 1 file\n"),
        "{}",
        run.stderr
    );
    assert_eq!(snapshot(site.root()), before);
}

#[test]
fn a_missing_content_folder_is_exit_2() {
    let site = TestSite::empty();
    for run in [site.build(&[]), site.check()] {
        assert_eq!(run.code, 2, "{run:#?}");
        assert_eq!(
            run.stderr,
            "error: no content folder at [ROOT]/content: run `pacesetter init` or pass --root\n"
        );
    }
    assert_eq!(entries(site.root()), Vec::<String>::new());
}

/// The names in a folder, sorted (hidden ones too: a leftover temporary folder would show).
fn entries(dir: &std::path::Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// The spare tree beside the output: a rebuild brings it up to date and swaps it in. An
/// unchanged page is the same file as before (not written again); a changed one is written
/// anew, never through the file the live site shares; what is stale or foreign in the spare
/// (a stray file, a link out of it) never reaches the output, and nothing is written outside.
#[cfg(unix)]
#[test]
fn rebuilds_bring_the_spare_up_to_date_and_write_only_what_changed() {
    use std::os::unix::fs::MetadataExt;
    let site = TestSite::fixture("minimal");
    let ino = |rel: &str| std::fs::metadata(site.path(rel)).expect("built").ino();
    site.build(&["--drafts"]).success();
    site.build(&["--drafts"]).success();
    let first = snapshot(&site.path("output"));
    let page = "output/index.html";
    let page_ino = ino(page);
    // Written a month at a time, compared with the live file as it is made.
    let streamed = "output/data/indicators.csv";
    let streamed_ino = ino(streamed);
    site.build(&["--drafts"]).success();
    assert_eq!(snapshot(&site.path("output")), first);
    assert_eq!(
        ino(page),
        page_ino,
        "an unchanged page is not written again"
    );
    assert_eq!(
        ino(streamed),
        streamed_ino,
        "nor an unchanged streamed file"
    );
    // Junk in the spare: a stray file, and a link where the build writes a folder.
    let spare = site.path(".output.pacesetter-spare");
    std::fs::write(spare.join("stray.html"), "stray\n").expect("write");
    std::fs::remove_dir_all(spare.join("data")).expect("remove");
    let outside = site.path("outside");
    std::fs::create_dir(&outside).expect("mkdir");
    std::os::unix::fs::symlink(&outside, spare.join("data")).expect("symlink");
    // A change: the drafts are gone.
    site.build(&["--output", "fresh"]).success();
    let fresh = snapshot(&site.path("fresh"));
    site.build(&[]).success();
    assert_eq!(snapshot(&site.path("output")), fresh);
    assert_eq!(std::fs::read_dir(&outside).expect("list").count(), 0);
    // The previous site, now the spare, kept its bytes while the new one was written.
    assert_eq!(snapshot(&spare), first);
    site.build(&[]).success();
    assert_eq!(snapshot(&site.path("output")), fresh);
    assert_eq!(snapshot(&spare), fresh);
}
