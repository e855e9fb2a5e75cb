//! The output folder: files a build did not write are kept, one build at a time, no output
//! folder inside content/.

use crate::support::{TestSite, binary, snapshot};
use std::process::{Command, Stdio};

const SPARE: &str = ".output.pacesetter-spare";

fn names(dir: &std::path::Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("read the folder")
        .map(|e| {
            e.expect("an entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    names.sort();
    names
}

/// `.git/` and `CNAME` put into a built folder by hand survive the next builds; what the
/// previous build wrote and this one does not is removed.
#[test]
fn files_a_build_did_not_write_are_kept() {
    let site = TestSite::fixture("minimal");
    site.build(&["--drafts"]).success();
    site.write("output/CNAME", "bxgc.example.cn\n");
    site.write("output/.git/HEAD", "ref: refs/heads/main\n");
    site.write("output/css/mine.css", "p {}\n");
    std::fs::create_dir(site.path("output/uploads")).expect("an empty folder");
    for _ in 0..2 {
        site.build(&[]).success();
        assert_eq!(site.read("output/CNAME"), "bxgc.example.cn\n");
        assert_eq!(site.read("output/.git/HEAD"), "ref: refs/heads/main\n");
        assert_eq!(site.read("output/css/mine.css"), "p {}\n");
        assert!(site.path("output/uploads").is_dir());
        assert!(!site.path("output/data/2026-04.json").exists());
        // A folder only the previous build had goes with it, not left empty.
        assert!(!site.path("output/rankings/2026-04").exists());
    }
    // Beside it: the build before last, which the next build brings up to date.
    assert_eq!(
        names(site.root()),
        [SPARE, "content", "output", "published.lock"]
    );
}

/// A kept file and a file the build now writes at the same path: refused, nothing lost.
#[test]
fn a_kept_file_the_build_would_replace_is_refused() {
    let site = TestSite::fixture("minimal");
    site.build(&[]).success();
    site.write("output/CNAME", "mine\n");
    site.write("content/static/CNAME", "theirs\n");
    let before = snapshot(&site.path("output"));
    let run = site.build(&[]);
    assert_eq!(run.code, 2, "{run:?}");
    assert_eq!(
        run.stderr,
        "error: refusing to replace [ROOT]/output/CNAME: pacesetter did not write it, and this build would; move it out of the output folder or remove the file of that name from content/static/\n"
    );
    assert_eq!(snapshot(&site.path("output")), before);
    assert_eq!(names(site.root()), ["content", "output", "published.lock"]);
}

#[test]
fn an_output_folder_inside_content_is_refused() {
    let site = TestSite::fixture("minimal");
    let run = site.build(&["--output", "content/static/site"]);
    assert_eq!(run.code, 2, "{run:?}");
    assert_eq!(
        run.stderr,
        "error: refusing to write the site to content/static/site: it is inside [ROOT]/content; choose an --output outside the content folder\n"
    );
    assert!(!site.path("content/static/site").exists());
}

/// Builds started together all succeed, one after another, and leave exactly the site a
/// single build makes, with nothing beside it.
#[test]
fn concurrent_builds_never_corrupt_the_output() {
    let site = TestSite::fixture("minimal");
    site.build(&[]).success();
    let expected = snapshot(&site.path("output"));
    for _ in 0..3 {
        let children: Vec<_> = (0..4)
            .map(|_| {
                Command::new(binary())
                    .args(["build", "--root"])
                    .arg(site.root())
                    .stdout(Stdio::null())
                    .stderr(Stdio::piped())
                    .spawn()
                    .expect("start a build")
            })
            .collect();
        for child in children {
            let out = child.wait_with_output().expect("wait for a build");
            assert!(
                out.status.success(),
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
        assert_eq!(snapshot(&site.path("output")), expected);
        assert_eq!(
            names(site.root()),
            [SPARE, "content", "output", "published.lock"]
        );
    }
}

/// A build finding the lock held says whose it is and waits for it.
#[test]
fn a_second_build_waits_and_names_the_holder() {
    let site = TestSite::fixture("minimal");
    let lock = std::fs::File::create(site.path(".output.pacesetter-lock")).expect("lock file");
    std::io::Write::write_all(&mut &lock, b"4242").expect("write the pid");
    lock.lock().expect("take the lock");
    let mut child = Command::new(binary())
        .args(["build", "--base-url", "https://bxgc.example.cn/", "--root"])
        .arg(site.root())
        .env("PACESETTER_LANG", "en")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start a build");
    std::thread::sleep(std::time::Duration::from_millis(1500));
    assert!(
        child.try_wait().expect("poll").is_none(),
        "the build did not wait"
    );
    assert!(!site.path("output").exists());
    std::fs::remove_file(site.path(".output.pacesetter-lock")).expect("remove the lock file");
    lock.unlock().expect("release the lock");
    let out = child.wait_with_output().expect("wait for the build");
    assert!(out.status.success());
    let root = site.root().to_str().expect("UTF-8");
    let stderr = String::from_utf8_lossy(&out.stderr).replace(root, "[ROOT]");
    assert!(
        stderr
            .starts_with("waiting for another build of [ROOT]/output (process 4242) to finish…\n"),
        "{stderr}"
    );
    assert!(site.path("output/index.html").is_file());
}
