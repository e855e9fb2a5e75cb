//! Crash safety: a build killed at any moment leaves the previous output whole, and the next
//! build clears what the killed one left beside it.

use crate::support::TestSite;
use std::collections::BTreeMap;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

fn tree(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut out = BTreeMap::new();
    for entry in walkdir::WalkDir::new(dir).sort_by_file_name() {
        let entry = entry.expect("readable");
        if entry.file_type().is_file() {
            let rel = entry
                .path()
                .strip_prefix(dir)
                .expect("inside")
                .to_string_lossy()
                .into_owned();
            out.insert(rel, std::fs::read(entry.path()).expect("readable file"));
        }
    }
    out
}

#[test]
fn killed_builds_leave_the_previous_output_whole() {
    let site = TestSite::empty();
    crate::support::copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("content"),
        &site.path("content"),
    );
    assert_eq!(site.build(&[]).code, 0);
    let before = tree(&site.path("output"));
    // Change the content so a finished build would change the output.
    let bulletin = site.read("content/bulletins/2026-01.md");
    site.write(
        "content/bulletins/2026-01.md",
        &format!("{bulletin}\n\n## 補充\n\n新增一段。\n"),
    );
    let root = site.root().to_str().expect("UTF-8").to_owned();
    // What a build that ran to the end produces: a kill after the swap leaves exactly this.
    let complete_dir = site.path("complete");
    assert_eq!(
        site.build(&["--output", complete_dir.to_str().expect("UTF-8")])
            .code,
        0
    );
    let complete = tree(&complete_dir);
    assert!(complete != before);
    let mut finished_early = 0;
    for delay_ms in [
        0u64, 5, 20, 80, 200, 350, 500, 600, 650, 700, 750, 800, 850, 900, 1000,
    ] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_pacesetter"))
            .args(["build", "--root", &root])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start a build");
        std::thread::sleep(Duration::from_millis(delay_ms));
        if child.try_wait().expect("poll").is_some() {
            // It finished before the kill: put the old output back and go on.
            finished_early += 1;
            std::fs::remove_dir_all(site.path("output")).expect("remove");
            assert_eq!(site.build(&[]).code, 0);
            site.write("content/bulletins/2026-01.md", &bulletin);
            assert_eq!(site.build(&[]).code, 0);
            site.write(
                "content/bulletins/2026-01.md",
                &format!("{bulletin}\n\n## 補充\n\n新增一段。\n"),
            );
            continue;
        }
        child.kill().expect("kill -9");
        child.wait().expect("reap");
        let now = tree(&site.path("output"));
        assert!(
            now == before || now == complete,
            "after a kill at {delay_ms} ms the output is neither the previous build nor the new one"
        );
        if now == complete {
            // Killed after the swap, while clearing the old copy: start again from the old one.
            site.write("content/bulletins/2026-01.md", &bulletin);
            assert_eq!(site.build(&[]).code, 0);
            site.write(
                "content/bulletins/2026-01.md",
                &format!("{bulletin}\n\n## 補充\n\n新增一段。\n"),
            );
        }
    }
    assert!(
        finished_early < 15,
        "no build was ever interrupted; the test proved nothing"
    );
    // The next build finishes, and no temporary folder is left beside the output (only the
    // spare tree, the build before last).
    assert_eq!(site.build(&[]).code, 0);
    let leftovers: Vec<String> = std::fs::read_dir(site.root())
        .expect("list")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.contains("pacesetter-") && n != ".output.pacesetter-spare")
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
    assert!(
        tree(&site.path("output")) != before,
        "the finished build has the new bulletin text"
    );
}
