//! SPEC §1: what may be in content/, file names, encodings, sizes and front-matter fences.

use super::{assert_build_fails, fails, minimal_with};
use crate::support::TestSite;

/// The example from SPEC §1: a stray `units/wuzhen/2026-3.md` is an error, not ignored.
#[test]
fn stray_monthly_report_name() {
    fails(
        &[(
            "content/units/north/2026-4.md",
            "---\nvalues: {output: 1}\n---\n",
        )],
        r#"content/units/north/2026-4.md:1:1: error: unexpected file in content/
  = help: monthly reports are named `<YYYY-MM>.md`: rename it to `2026-04.md`
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

#[test]
fn stray_file_in_a_unit_folder() {
    fails(
        &[("content/units/north/photo.jpg", "JPEG")],
        r#"content/units/north/photo.jpg:1:1: error: unexpected file in content/
  = help: a unit folder holds unit.yaml, monthly reports `<YYYY-MM>.md` and quarterly reports `<YYYY>-Q<n>.md`
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

#[test]
fn stray_quarterly_report_name() {
    fails(
        &[("content/units/north/2026-Q5.md", "第五季度\n")],
        r#"content/units/north/2026-Q5.md:1:1: error: unexpected file in content/
  = help: a unit folder holds unit.yaml, monthly reports `<YYYY-MM>.md` and quarterly reports `<YYYY>-Q<n>.md`
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

#[test]
fn stray_file_at_the_top_of_content() {
    fails(
        &[("content/notes.txt", "to do\n")],
        r#"content/notes.txt:1:1: error: unexpected file in content/
  = help: content/ holds site.yaml and the folders categories/, units/, visits/, reviews/, bulletins/, pages/ and static/; other files belong in static/
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

#[test]
fn stray_file_directly_in_units() {
    fails(
        &[("content/units/north.yaml", "name: 北鎮\n")],
        r#"content/units/north.yaml:1:1: error: unexpected file in content/
  = help: content/ holds site.yaml and the folders categories/, units/, visits/, reviews/, bulletins/, pages/ and static/; other files belong in static/
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

/// A unit folder named against the id rule is reported through its files, once each; it does
/// not also get a "no unit.yaml" error.
#[test]
fn unit_folder_with_a_bad_id() {
    fails(
        &[(
            "content/units/West_Town/unit.yaml",
            "name: 西鎮\ncategory: town\n",
        )],
        r#"content/units/West_Town/unit.yaml:1:1: error: unexpected file in content/
  = help: a unit folder is named by the unit's id: ids are lowercase letters, digits and `-`, starting with a letter or digit, at most 64 characters
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

#[test]
fn category_file_with_a_bad_id() {
    fails(
        &[(
            "content/categories/Village.yaml",
            "name: 村\nindicators:\n  - {id: income, name: 收入, dimension: results}\n",
        )],
        r#"content/categories/Village.yaml:1:1: error: unexpected file in content/
  = help: a category file is named by its id: ids are lowercase letters, digits and `-`, starting with a letter or digit, at most 64 characters
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

#[test]
fn category_file_not_yaml() {
    fails(
        &[("content/categories/village.yml", "name: 村\n")],
        r#"content/categories/village.yml:1:1: error: unexpected file in content/
  = help: content/categories/ holds `<category>.yaml` files
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

#[test]
fn page_with_a_bad_slug() {
    fails(
        &[("content/pages/About_Us.md", "---\ntitle: 關於\n---\n")],
        r#"content/pages/About_Us.md:1:1: error: unexpected file in content/
  = help: a page is named by its slug: ids are lowercase letters, digits and `-`, starting with a letter or digit, at most 64 characters
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

#[test]
fn page_not_markdown() {
    fails(
        &[("content/pages/about.html", "<p>關於</p>\n")],
        r#"content/pages/about.html:1:1: error: unexpected file in content/
  = help: content/pages/ holds `<slug>.md` files
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

#[test]
fn bulletin_file_name() {
    fails(
        &[(
            "content/bulletins/2026-2.md",
            "---\ndate: 2026-05-08\n---\n",
        )],
        r#"content/bulletins/2026-2.md:1:1: error: unexpected file in content/
  = help: bulletins are named `<YYYY>-<NN>.md`, e.g. `2026-03.md` for issue 3 of 2026
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

/// SPEC §6: a review is named by its period, `YYYY-Q1`…`Q4`, `YYYY-H1`, `YYYY-H2` or `YYYY`.
#[test]
fn review_period_file_names() {
    fails(
        &[
            ("content/reviews/2026-Q5.yaml", "commentary: {}\n"),
            ("content/reviews/2026-h1.yaml", "commentary: {}\n"),
            ("content/reviews/2026-03.yaml", "commentary: {}\n"),
        ],
        r#"content/reviews/2026-03.yaml:1:1: error: unexpected file in content/
  = help: reviews are named by period: `2026-Q1.yaml`…`2026-Q4.yaml`, `2026-H1.yaml`, `2026-H2.yaml` or `2026.yaml`
content/reviews/2026-Q5.yaml:1:1: error: unexpected file in content/
  = help: reviews are named by period: `2026-Q1.yaml`…`2026-Q4.yaml`, `2026-H1.yaml`, `2026-H2.yaml` or `2026.yaml`
content/reviews/2026-h1.yaml:1:1: error: unexpected file in content/
  = help: reviews are named by period: `2026-Q1.yaml`…`2026-Q4.yaml`, `2026-H1.yaml`, `2026-H2.yaml` or `2026.yaml`
error: 3 errors in 3 files; [ROOT]/output left as it was
"#,
    );
}

/// SPEC §14: the date comes from the file name and must be a real date.
#[test]
fn visit_date_in_file_name_is_not_a_real_date() {
    fails(
        &[(
            "content/visits/2026-02-30-north-to-south.md",
            "---\ntitle: 回訪\nhost: south\nvisitors: [north]\n---\n",
        )],
        r#"content/visits/2026-02-30-north-to-south.md:1:1: error: unexpected file in content/
  = help: `2026-02-30` is not a real date; visits are named `<YYYY-MM-DD>-<slug>.md`, e.g. `2026-03-12-puyuan-to-wuzhen.md`
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

#[test]
fn visit_file_name_without_a_slug() {
    fails(
        &[(
            "content/visits/2026-03-20.md",
            "---\ntitle: 回訪\nhost: south\nvisitors: [north]\n---\n",
        )],
        r#"content/visits/2026-03-20.md:1:1: error: unexpected file in content/
  = help: visits are named `<YYYY-MM-DD>-<slug>.md`, e.g. `2026-03-12-puyuan-to-wuzhen.md`
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

#[test]
fn visit_file_name_with_a_bad_slug() {
    fails(
        &[(
            "content/visits/2026-03-20-North.md",
            "---\ntitle: 回訪\nhost: south\nvisitors: [north]\n---\n",
        )],
        r#"content/visits/2026-03-20-North.md:1:1: error: unexpected file in content/
  = help: the part after the date is a slug: ids are lowercase letters, digits and `-`, starting with a letter or digit, at most 64 characters
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

#[test]
fn missing_site_yaml() {
    let site = TestSite::fixture("minimal");
    site.remove("content/site.yaml");
    assert_build_fails(
        &site,
        r#"content/site.yaml:1:1: error: missing site.yaml
  = help: create content/site.yaml with at least `title:` and `office:`
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

#[test]
fn unit_folder_without_unit_yaml() {
    fails(
        &[(
            "content/units/west/2026-01.md",
            "---\nvalues: {output: 3}\n---\n",
        )],
        r#"content/units/west:1:1: error: unit folder has no unit.yaml
  = help: create content/units/west/unit.yaml with `name:` and `category:`
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

#[test]
fn empty_site_yaml() {
    fails(
        &[("content/site.yaml", "")],
        r#"content/site.yaml:1:1: error: site.yaml is empty
  = help: give at least `title:` and `office:`
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

#[test]
fn empty_unit_yaml() {
    fails(
        &[("content/units/south/unit.yaml", "# 待補\n")],
        r#"content/units/south/unit.yaml:1:1: error: unit.yaml needs `category`
  |
1 | # 待補
  | ^
content/units/south/unit.yaml:1:1: error: unit.yaml needs `name`
  |
1 | # 待補
  | ^
error: 2 errors in 1 file; [ROOT]/output left as it was
"#,
    );
}

#[test]
fn empty_category_file() {
    fails(
        &[("content/categories/dept.yaml", "\n")],
        r#"content/categories/dept.yaml:1:1: error: category file is empty
  |
1 |
  | ^
  |
  = help: give `name:` and a list of `indicators:`
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

/// Files over 16 MiB are refused unread (the file is sparse: no 16 MiB is written to disk).
#[test]
fn file_over_16_mib() {
    let site = TestSite::fixture("minimal");
    let path = site.path("content/pages/big.md");
    std::fs::File::create(&path)
        .and_then(|f| f.set_len(16 * 1024 * 1024 + 1))
        .expect("create a sparse file");
    assert_build_fails(
        &site,
        r#"content/pages/big.md:1:1: error: file is 16777217 bytes; the limit is 16 MiB (16777216 bytes)
  = help: split it, or move large downloads into content/static/
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

/// A file of exactly 16 MiB is within the limit (it is then judged on its content).
#[test]
fn file_of_exactly_16_mib_is_read() {
    let site = TestSite::fixture("minimal");
    let mut text = b"---\ntitle: big\n---\n".to_vec();
    text.resize(16 * 1024 * 1024, b'a');
    site.write_bytes("content/pages/big.md", &text);
    site.build(&[]).success();
}

#[test]
fn non_utf8_file() {
    let site = TestSite::fixture("minimal");
    // "本月" in GBK, as a spreadsheet export might save it.
    site.write_bytes(
        "content/units/north/2026-03.md",
        b"---\nvalues:\n  output: 9\n  complaints: 2\n---\n\xb1\xbe\xd4\xc2\n",
    );
    assert_build_fails(
        &site,
        r#"content/units/north/2026-03.md:6:1: error: file is not valid UTF-8
  = help: save it as UTF-8
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

#[cfg(unix)]
#[test]
fn non_utf8_file_name() {
    use std::os::unix::ffi::OsStrExt;
    let site = TestSite::fixture("minimal");
    let name = std::ffi::OsStr::from_bytes(b"\xb9\xd8\xd3\xda.md");
    std::fs::write(
        site.path("content/pages").join(name),
        "---\ntitle: x\n---\n",
    )
    .unwrap();
    assert_build_fails(
        &site,
        r#"content/pages/����.md:1:1: error: file name is not valid UTF-8: rename it
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

#[test]
fn front_matter_never_closed() {
    fails(
        &[(
            "content/units/north/2026-03.md",
            "---\nvalues:\n  output: 9\n  complaints: 2\n本月工作按計劃推進。\n",
        )],
        r#"content/units/north/2026-03.md:1:1: error: front matter opened on line 1 is never closed: add a line `---` after it
  |
1 | ---
  | ^^^
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

/// An unclosed fence in a file that needs front matter is one error, not two.
#[test]
fn front_matter_never_closed_in_a_bulletin() {
    fails(
        &[(
            "content/bulletins/2026-01.md",
            "---\ndate: 2026-04-08\n\n## 一季度進展\n",
        )],
        r#"content/bulletins/2026-01.md:1:1: error: front matter opened on line 1 is never closed: add a line `---` after it
  |
1 | ---
  | ^^^
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

#[test]
fn bulletin_without_front_matter() {
    fails(
        &[("content/bulletins/2026-01.md", "## 一季度進展\n")],
        r#"content/bulletins/2026-01.md:1:1: error: missing front matter with `date:`
  |
1 | ## 一季度進展
  | ^
  |
  = help: start the file with a line `---`, the YAML, and another line `---`
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

#[test]
fn page_with_empty_front_matter() {
    fails(
        &[(
            "content/pages/about.md",
            "---\n---\n本站公布比學趕超進展。\n",
        )],
        r#"content/pages/about.md:1:1: error: front matter is empty; it needs `title:`
  |
1 | ---
  | ^^^
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

/// Hidden files and folders are skipped; a byte-order mark and CRLF line ends are fine.
#[test]
fn hidden_files_bom_and_crlf_are_accepted() {
    let site = minimal_with(&[
        ("content/.DS_Store", "\0\0"),
        ("content/units/.archive/old.txt", "x"),
        ("content/units/north/.2026-03.md.swp", "x"),
        (
            "content/units/south/unit.yaml",
            "\u{feff}name: 南鎮\r\ncategory: town\r\nbenchmarks:\r\n  internal: north\r\ntargets:\r\n  2026: {output: 60, complaints: 12}\r\n",
        ),
        (
            "content/units/south/2026-03.md",
            "\u{feff}---\r\nvalues:\r\n  output: 14\r\n  complaints: 5\r\n---\r\n本月工作按計劃推進。\r\n",
        ),
    ]);
    site.build(&[]).success();
}

/// What Windows Explorer and Office leave in a folder (issue 15): skipped like hidden files, so
/// that an editor who opened a report in Word or browsed the folder can still build.
#[test]
fn windows_and_office_leftovers_are_skipped() {
    let site = minimal_with(&[
        ("content/units/north/Thumbs.db", "\0\0"),
        ("content/units/north/desktop.ini", "[.ShellClassInfo]\r\n"),
        ("content/Desktop.ini", "[.ShellClassInfo]\r\n"),
        ("content/bulletins/~$2026-01.md", "\0lock"),
        ("content/units/~$unit.yaml", "\0lock"),
        ("content/pages/ehthumbs.db", "\0"),
    ]);
    site.build(&[]).success();
    // Only those names: a file that merely contains them is still an unexpected file.
    let stray = minimal_with(&[("content/units/north/my-thumbs.db", "x")]);
    let run = stray.build(&[]);
    assert_eq!(run.code, 1, "{run:?}");
    assert!(
        run.stderr
            .contains("my-thumbs.db:1:1: error: unexpected file"),
        "{}",
        run.stderr
    );
}
