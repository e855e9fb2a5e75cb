//! `--help` and command-line mistakes in the reader's language (issue 15): the texts come from
//! the catalogues, the usage line names the whole command, clap's suggestion becomes a help line.

use crate::support::TestSite;

/// The minimal site is in Traditional Chinese; its folder is the working directory of each run.
fn site() -> TestSite {
    TestSite::fixture("minimal").speaking("")
}

#[test]
fn help_is_in_the_sites_language() {
    let run = site().run(&["build", "--help"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(
        run.stdout
            .starts_with("建置網站，寫入輸出資料夾\n\n用法：pacesetter build [OPTIONS]\n"),
        "{}",
        run.stdout
    );
    for line in [
        "選項:",
        "      --root <DIR>        網站資料夾，其中有 content/ 和 themes/（預設：目前的資料夾）",
        "      --drafts            包括標有 `draft: true` 的記錄",
        "  -h, --help              顯示說明",
    ] {
        assert!(
            run.stdout.lines().any(|l| l == line),
            "no {line:?} in\n{}",
            run.stdout
        );
    }
    assert!(
        !run.stdout.contains("Print help") && !run.stdout.contains("[default"),
        "{}",
        run.stdout
    );
}

#[test]
fn help_lists_every_command_with_its_own_words() {
    let run = site().run(&["--lang", "zh-Hans", "--help"]);
    assert_eq!(run.code, 0, "{run:?}");
    for line in [
        "命令:",
        "  build   生成网站，写入输出文件夹",
        "  import  从电子表格（.xlsx、.xls、.ods 或 CSV）导入一个月的数值",
        "  help    显示本帮助，或某个命令的帮助",
    ] {
        assert!(
            run.stdout.lines().any(|l| l == line),
            "no {line:?} in\n{}",
            run.stdout
        );
    }
    // `help new report` is the help of `new report`, its arguments in the order they are typed.
    let run = site().run(&["--lang", "zh-Hans", "help", "new", "report"]);
    assert_eq!(run.code, 0, "{run:?}");
    let expected = "用法：pacesetter new report [OPTIONS] <UNIT> <YYYY-MM>\n\n参数:\n  <UNIT>     单位的 id\n  <YYYY-MM>  报送的月份\n";
    assert!(run.stdout.contains(expected), "{}", run.stdout);
}

#[test]
fn a_misspelt_command_or_flag_gets_the_fix_as_a_help_line() {
    let run = site().run(&["biuld"]);
    assert_eq!(run.code, 2);
    assert_eq!(
        run.stderr,
        "error: 沒有 `biuld` 這個命令\n  = help: 是不是想寫 `build`？\n  = help: 在命令後加 --help 可以查看用法\n"
    );
    let run = site().run(&["build", "--outptu", "x"]);
    assert_eq!(run.code, 2);
    assert_eq!(
        run.stderr,
        "error: 無法辨識的引數 `--outptu`\n  = help: 是不是想寫 `--output`？\n  = help: 在命令後加 --help 可以查看用法\n"
    );
    let run = site().run(&["--lang", "zh-Hans", "new", "report"]);
    assert_eq!(run.code, 2);
    assert_eq!(
        run.stderr,
        "error: 缺少必填的参数：<UNIT>、<YYYY-MM>\n  = help: 在命令后加 --help 可以查看用法\n"
    );
    let run = site().run(&["serve", "--port", "八八"]);
    assert_eq!(run.code, 2);
    assert_eq!(
        run.stderr,
        "error: `--port <PORT>` 的值 `八八` 不對：應填 1 到 65535 之間的整數\n  = help: 在命令後加 --help 可以查看用法\n"
    );
    let run = site().run(&["--lang", "fr", "build"]);
    assert_eq!(run.code, 2);
    assert_eq!(
        run.stderr,
        "error: `--lang <LANG>` 的值 `fr` 不對：`fr` 不是 zh-Hans、zh-Hant、en 之一\n  = help: 在命令後加 --help 可以查看用法\n"
    );
}

#[test]
fn english_keeps_claps_own_words() {
    let run = site().run_speaking("en", &["biuld"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr
            .starts_with("error: unrecognized subcommand 'biuld'"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("tip: a similar subcommand exists: 'build'"),
        "{}",
        run.stderr
    );
    let run = site().run_speaking("en", &["serve", "--help"]);
    assert_eq!(run.code, 0);
    assert!(run.stdout.contains("--port <PORT>"), "{}", run.stdout);
    assert!(
        run.stdout.contains("Port to listen on [default: 1111]"),
        "{}",
        run.stdout
    );
}
