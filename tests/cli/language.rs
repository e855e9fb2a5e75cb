//! What the tool says comes in the site's language (issue 15), unless `--lang` or
//! `PACESETTER_LANG` asks for another; the `path:line:column: error:` shape stays.

use crate::support::TestSite;

fn broken(lang: &str) -> TestSite {
    let site = TestSite::fixture("minimal").speaking(lang);
    site.write(
        "content/units/north/2026-03.md",
        "---\nvalues:\n  output: 9\n  complaints: 2\n---\n",
    )
    .write(
        "content/units/north/2026-3.md",
        "---\nvalues: {output: 1}\n---\n",
    );
    site
}

fn last_line(s: &str) -> &str {
    s.lines().last().unwrap_or("")
}

#[test]
fn the_sites_language_by_default() {
    // The minimal site is in Traditional Chinese.
    let run = broken("").build(&[]);
    assert_eq!(run.code, 1);
    assert_eq!(
        last_line(&run.stderr),
        "error: 1 個檔案中有 1 處錯誤；[ROOT]/output 保持不變"
    );
    assert!(
        run.stderr
            .starts_with("content/units/north/2026-3.md:1:1: error: "),
        "{}",
        run.stderr
    );
    let site = TestSite::fixture("minimal").speaking("");
    let run = site.run(&["check", "--root", site.root().to_str().expect("UTF-8")]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(run.stdout.starts_with("內容無誤："), "{}", run.stdout);
}

#[test]
fn lang_flag_and_environment_choose_another() {
    let site = broken("");
    let root = site.root().to_str().expect("UTF-8").to_owned();
    let run = site.run(&["build", "--root", &root, "--lang", "zh-Hans"]);
    assert_eq!(
        last_line(&run.stderr),
        "error: 1 个文件中有 1 处错误；[ROOT]/output 保持不变"
    );
    let run = site.run(&["--lang", "en", "build", "--root", &root]);
    assert_eq!(
        last_line(&run.stderr),
        "error: 1 error in 1 file; [ROOT]/output left as it was"
    );
    let run = broken("zh-Hans").build(&[]);
    assert_eq!(
        last_line(&run.stderr),
        "error: 1 个文件中有 1 处错误；[ROOT]/output 保持不变"
    );
    let bad = site.run(&["build", "--root", &root, "--lang", "fr"]);
    assert_eq!(bad.code, 2);
    assert!(
        bad.stderr
            .contains("`fr` is not one of zh-Hans, zh-Hant, en"),
        "{}",
        bad.stderr
    );
}

#[test]
fn a_built_site_is_summed_up_in_its_language() {
    let site = TestSite::fixture("minimal").speaking("");
    let run = site.build(&[]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(run.stdout.starts_with("已產生 "), "{}", run.stdout);
    assert!(
        run.stderr.starts_with("warning: base_url「/」只是路徑"),
        "{}",
        run.stderr
    );
}
