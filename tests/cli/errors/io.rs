//! What stops a command outside the content's own errors (exit status 2): a file that cannot be
//! read or written, an output path that is a file, an address already taken. One line each:
//! `error: `, the action in the run's language, the path as given, the system's reason.

use super::{matches_snapshot, snapshot_name};
use crate::support::{Run, TestSite};
use std::path::Path;

/// Asserts exit status 2, nothing on standard output and exactly `stderr` in English; then the
/// Simplified-Chinese run's standard error against its snapshot.
#[track_caller]
fn stops(en: &Run, stderr: &str, zh: &Run) {
    assert_eq!(en.code, 2, "{en:#?}");
    assert_eq!(
        en.stderr, stderr,
        "\n--- stderr as printed ---\n{}",
        en.stderr
    );
    assert_eq!(zh.code, 2, "{zh:#?}");
    matches_snapshot(&format!("{}.zh-Hans", snapshot_name()), &zh.stderr);
}

/// Takes every permission from `path`; false (with the reason printed) when this process can
/// read it all the same, as root with CAP_DAC_OVERRIDE can.
fn forbid(path: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o000)).expect("chmod 000");
    if std::fs::read(path).is_ok() {
        println!(
            "skipped: {} is readable after chmod 000 (running as root?); \
             run under `setpriv --bounding-set=-dac_override,-dac_read_search` to test it",
            path.display()
        );
        return false;
    }
    true
}

#[test]
fn unreadable_content_file() {
    let site = TestSite::fixture("minimal");
    if !forbid(&site.path("content/units/north/2026-02.md")) {
        return;
    }
    let en = site.build(&[]);
    assert_eq!(en.stdout, "");
    assert!(
        !site.path("output").exists(),
        "a failed build wrote output/"
    );
    stops(
        &en,
        "error: cannot read content/units/north/2026-02.md: Permission denied (os error 13)\n",
        &site.build_speaking("zh-Hans", &[]),
    );
}

#[test]
fn output_path_is_a_file() {
    let site = TestSite::fixture("minimal");
    site.write("notes", "not a folder\n");
    let args = ["--output", "notes"];
    stops(
        &site.build(&args),
        "error: refusing to write the site to notes: it is a file, not a folder; choose another --output\n",
        &site.build_speaking("zh-Hans", &args),
    );
    assert_eq!(site.read("notes"), "not a folder\n");
}

/// An output folder under a file: the system's own "not a directory", with the path as given.
#[test]
fn output_path_under_a_file() {
    let site = TestSite::fixture("minimal");
    site.write("notes", "not a folder\n");
    let args = ["--output", "notes/site"];
    stops(
        &site.build(&args),
        "error: cannot read notes/site: Not a directory (os error 20)\n",
        &site.build_speaking("zh-Hans", &args),
    );
}

/// `init` into a path that is a file: the edit stops at the first folder it cannot create.
#[test]
fn init_into_a_file() {
    let site = TestSite::empty();
    site.write("notes", "mine\n");
    let args = ["init", "notes"];
    stops(
        &site.run(&args),
        "error: cannot create notes/content: Not a directory (os error 20)\n",
        &site.run_speaking("zh-Hans", &args),
    );
    assert_eq!(site.read("notes"), "mine\n");
}

/// `serve` on a port another program holds: the address stands in for the path.
#[test]
fn serve_on_a_port_taken() {
    let site = TestSite::fixture("minimal");
    let taken = std::net::TcpListener::bind("127.0.0.1:0").expect("bind a free port");
    let port = taken.local_addr().expect("its address").port().to_string();
    let args = ["serve", "--root", ".", "--port", port.as_str()];
    let (mut en, mut zh) = (site.run(&args), site.run_speaking("zh-Hans", &args));
    for run in [&mut en, &mut zh] {
        run.stderr = run.stderr.replace(&format!(":{port}"), ":[PORT]");
    }
    stops(
        &en,
        "error: cannot listen on 127.0.0.1:[PORT]: Address already in use (os error 98)\n",
        &zh,
    );
}
