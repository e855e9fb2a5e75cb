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
    // A `--lang` that names no language cannot choose one: the site's own says what is wrong.
    assert!(
        bad.stderr.contains("`fr` 不是 zh-Hans、zh-Hant、en 之一"),
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

/// A content error in full, message and help, in the site's Traditional Chinese and in the
/// Simplified Chinese asked for: positions and the `path:line:column: error:` shape unchanged.
#[test]
fn a_content_error_in_full_in_chinese() {
    let site = TestSite::fixture("minimal").speaking("");
    site.write(
        "content/units/north/2026-03.md",
        "---\nvalues:\n  output: 十四\n  complaint: 2\n---\n",
    );
    let run = site.build(&[]);
    assert_eq!(run.code, 1);
    assert_eq!(
        run.stderr,
        "\
content/units/north/2026-03.md:3:11: error: `output` 的數值應填數字，而不是 `十四`
  |
3 |   output: 十四
  |           ^^^^
  |
  = help: 寫成 `14`，用阿拉伯數字
content/units/north/2026-03.md:4:3: error: 沒有指標 `complaint`
  |
4 |   complaint: 2
  |   ^^^^^^^^^
  |
  = help: 是不是想寫 `complaints`？類別 `town` 有：output, complaints
error: 1 個檔案中有 2 處錯誤；[ROOT]/output 保持不變
"
    );
    let root = site.root().to_str().expect("UTF-8").to_owned();
    let run = site.run(&["check", "--root", &root, "--lang", "zh-Hans"]);
    assert_eq!(run.code, 1);
    assert_eq!(
        run.stderr,
        "\
content/units/north/2026-03.md:3:11: error: `output` 的数值应填数字，而不是 `十四`
  |
3 |   output: 十四
  |           ^^^^
  |
  = help: 写成 `14`，用阿拉伯数字
content/units/north/2026-03.md:4:3: error: 没有指标 `complaint`
  |
4 |   complaint: 2
  |   ^^^^^^^^^
  |
  = help: 是不是想写 `complaints`？类别 `town` 有：output, complaints
error: 1 个文件中有 2 处错误
"
    );
}

/// The site that decides is the one `--root` names, wherever the command is run from and
/// wherever the flag stands (`--root DIR` or `--root=DIR`).
#[test]
fn the_language_of_the_site_root_names() {
    let here = TestSite::fixture("minimal").speaking(""); // zh-Hant
    let there = TestSite::fixture("minimal");
    let yaml = there.read("content/site.yaml");
    there.write(
        "content/site.yaml",
        &yaml.replace("language: zh-Hant", "language: zh-Hans"),
    );
    let root = there.root().to_str().expect("UTF-8").to_owned();
    let joined = format!("--root={root}");
    for args in [&["check", "--root", &root][..], &["check", &joined]] {
        let run = here.run(args);
        assert_eq!(run.code, 0, "{run:?}");
        assert!(
            run.stdout.starts_with("内容无误"),
            "{args:?}: {}",
            run.stdout
        );
    }
}
