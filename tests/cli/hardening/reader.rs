//! Reading content files: a BOM before the fence, NUL, lone CR, fences not on line 1, UTF-16;
//! symbolic links, folders, FIFOs and devices; the size limit on the bytes read.

use super::{fails_with, minimal_with};
use crate::support::TestSite;

const REPORT: &str = "content/units/north/2026-01.md";

/// A report saved with a BOM reads and imports like any other: `import` changes the value in
/// the front matter after the BOM instead of writing a second front matter above it.
#[test]
fn import_into_a_report_with_a_bom() {
    let site = minimal_with(&[(
        REPORT,
        "\u{feff}---\nvalues:\n  output: 12\n  complaints: 1\n---\n本月工作按計劃推進。\n",
    )]);
    site.write("v.csv", "unit,output\nnorth,13\n");
    let root = site.root().to_str().expect("UTF-8").to_owned();
    let run = site.run(&["import", "v.csv", "--month", "2026-01", "--root", &root]);
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(
        site.read(REPORT),
        "\u{feff}---\nvalues:\n  output: 13\n  complaints: 1\n---\n本月工作按計劃推進。\n"
    );
    site.check().success();
}

/// A CSV naming one indicator in two columns is refused; which value wins would be a guess.
#[test]
fn import_refuses_a_duplicated_column() {
    let site = TestSite::fixture("minimal");
    site.write("v.csv", "unit,output,output\nnorth,13,14\n");
    let root = site.root().to_str().expect("UTF-8").to_owned();
    let run = site.run(&["import", "v.csv", "--month", "2026-01", "--root", &root]);
    assert_eq!(
        run.stderr,
        "v.csv:1:13: error: indicator `output` has two columns
  |
1 | unit,output,output
  |             ^
  |
  = help: keep one column per indicator
error: 1 error in 1 file; nothing was written
"
    );
    assert_eq!(run.code, 1);
}

#[test]
fn a_nul_character_is_an_error_at_its_place() {
    let site = minimal_with(&[(REPORT, "---\nvalues:\n  output: 12\0\n  bogus: 1\n---\n")]);
    fails_with(
        &site.build(&[]),
        "content/units/north/2026-01.md:3:13: error: a NUL character in a text file
  |
3 |   output: 12\u{fffd}
  |             ^
  |
  = help: remove it; a file with NULs may have been saved in another encoding (UTF-16) or be binary
error: 1 error in 1 file; [ROOT]/output left as it was
",
    );
}

#[test]
fn lone_carriage_returns_are_an_error() {
    let site = minimal_with(&[(REPORT, "---\rvalues:\r  output: 12\r---\r")]);
    fails_with(
        &site.build(&[]),
        "content/units/north/2026-01.md:1:4: error: a carriage return on its own ends this line (old Mac line endings)
  |
1 | ---
  |    ^
  |
  = help: save the file with LF or CRLF line endings
error: 1 error in 1 file; [ROOT]/output left as it was
",
    );
}

#[test]
fn fences_not_on_line_one_are_errors() {
    let cases = [
        (
            "\n---\nvalues:\n  output: 12\n---\n",
            2,
            1,
            "front matter must start on line 1",
            "remove the blank lines above `---`",
        ),
        (
            " ---\nvalues:\n  output: 12\n---\n",
            1,
            2,
            "the front matter fence `---` must start at the beginning of the line",
            "remove the spaces before `---`",
        ),
        (
            "----\nvalues:\n  output: 12\n----\n",
            1,
            1,
            "a front matter fence is exactly three dashes, `---`",
            "write `---` on the first line and after the YAML",
        ),
    ];
    for (text, line, column, message, help) in cases {
        let site = minimal_with(&[(REPORT, text)]);
        let run = site.build(&[]);
        assert_eq!(run.code, 1, "{run:?}");
        let head = format!("content/units/north/2026-01.md:{line}:{column}: error: {message}\n");
        assert!(run.stderr.starts_with(&head), "{}", run.stderr);
        assert!(
            run.stderr.contains(&format!("= help: {help}\n")),
            "{}",
            run.stderr
        );
    }
}

#[test]
fn utf16_is_named() {
    let mut bytes = vec![0xff, 0xfe];
    for u in "---\nvalues:\n  output: 12\n---\n".encode_utf16() {
        bytes.extend(u.to_le_bytes());
    }
    let site = TestSite::fixture("minimal");
    site.write_bytes(REPORT, &bytes);
    let run = site.build(&[]);
    assert!(
        run.stderr
            .starts_with("content/units/north/2026-01.md:1:1: error: file is UTF-16\n"),
        "{}",
        run.stderr
    );
    site.write_bytes(REPORT, &bytes[2..]);
    let run = site.build(&[]);
    assert!(
        run.stderr.starts_with(
            "content/units/north/2026-01.md:1:2: error: file is UTF-16 without a byte order mark\n"
        ),
        "{}",
        run.stderr
    );
}

#[cfg(unix)]
mod links {
    use super::*;
    use std::os::unix::fs::symlink;

    /// Each special file alone in the minimal site, and the error it must give.
    #[track_caller]
    fn refused(make: impl Fn(&TestSite), stderr: &str) {
        let site = TestSite::fixture("minimal");
        make(&site);
        let started = std::time::Instant::now();
        fails_with(&site.build(&[]), stderr);
        assert!(
            started.elapsed().as_secs() < 30,
            "took {:?}",
            started.elapsed()
        );
    }

    #[test]
    fn a_static_link_out_of_content_is_refused() {
        refused(
            |s| symlink("/proc/self/environ", s.path("content/static/env.txt")).unwrap(),
            "content/static/env.txt:1:1: error: symbolic link that leads out of content/
  = help: copy the file into content/ instead of linking to it
error: 1 error in 1 file; [ROOT]/output left as it was
",
        );
    }

    #[test]
    fn a_page_linked_to_a_device_is_refused() {
        refused(
            |s| symlink("/dev/zero", s.path("content/pages/z.md")).unwrap(),
            "content/pages/z.md:1:1: error: symbolic link that leads out of content/
  = help: copy the file into content/ instead of linking to it
error: 1 error in 1 file; [ROOT]/output left as it was
",
        );
    }

    #[test]
    fn dangling_and_folder_links_are_errors_at_their_path() {
        refused(
            |s| {
                symlink(
                    s.path("content/nowhere.md"),
                    s.path("content/pages/gone.md"),
                )
                .unwrap();
                symlink(s.path("content/units"), s.path("content/static/units")).unwrap();
            },
            "content/pages/gone.md:1:1: error: symbolic link to a file that does not exist
  = help: remove the link, or restore the file it points to
content/static/units:1:1: error: symbolic link to a folder
  = help: link files one by one, or copy the folder into content/
error: 2 errors in 2 files; [ROOT]/output left as it was
",
        );
    }

    #[test]
    fn a_fifo_is_refused_not_waited_on() {
        refused(
            |s| {
                let path = s.path("content/pages/pipe.md");
                let made = std::process::Command::new("mkfifo").arg(&path).status();
                assert!(made.is_ok_and(|st| st.success()), "mkfifo");
            },
            "content/pages/pipe.md:1:1: error: not a regular file (a FIFO, socket or device)
  = help: content/ holds only ordinary files; remove it
error: 1 error in 1 file; [ROOT]/output left as it was
",
        );
    }

    /// A theme's links are not followed: a static file linked out is not published, and a
    /// linked interface-strings file is refused.
    #[test]
    fn a_theme_does_not_follow_links() {
        let site = TestSite::fixture("minimal");
        std::fs::create_dir_all(site.path("themes/mine/static")).unwrap();
        std::fs::create_dir_all(site.path("themes/mine/i18n")).unwrap();
        symlink(
            "/proc/self/environ",
            site.path("themes/mine/static/env.txt"),
        )
        .unwrap();
        site.build(&["--theme", "mine"]).success();
        assert!(!site.path("output/env.txt").exists());
        site.write("outside.yaml", "home: 首頁\n");
        symlink(
            site.path("outside.yaml"),
            site.path("themes/mine/i18n/zh-Hant.yaml"),
        )
        .unwrap();
        let run = site.build(&["--theme", "mine"]);
        assert_eq!(run.code, 2, "{run:?}");
        assert!(
            run.stderr
                .contains("i18n/zh-Hant.yaml is a symbolic link or not a regular file"),
            "{}",
            run.stderr
        );
    }

    /// A link inside content/ to another content file is fine.
    #[test]
    fn a_link_inside_content_is_followed() {
        let site = TestSite::fixture("minimal");
        symlink(
            site.path("content/static/extra.css"),
            site.path("content/static/copy.css"),
        )
        .unwrap();
        site.build(&[]).success();
        assert_eq!(
            site.read("output/copy.css"),
            site.read("content/static/extra.css")
        );
    }
}
