//! The editor's commands (SPEC §13): init, new, import, serve, and the search index they read.

use crate::support::TestSite;
use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

fn root(site: &TestSite) -> String {
    site.root().to_str().expect("UTF-8 temp path").to_owned()
}

#[test]
fn init_makes_a_site_that_builds_and_checks() {
    // In the new site's language, Simplified Chinese.
    let site = TestSite::empty().speaking("");
    // A folder name with a space: the printed next steps must quote it.
    let dir = site.path("new site");
    let run = site.run(&["init", dir.to_str().expect("UTF-8")]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(run.stdout.contains("（19 个文件）"), "{}", run.stdout);
    assert!(
        run.stdout.contains("  cd '[ROOT]/new site'\n"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("  pacesetter serve "), "{}", run.stdout);
    // Beside content/: a .gitignore for output/, and CI workflows for GitHub and Gitea/Forgejo
    // that check every pull request and build on main.
    let ignore = std::fs::read_to_string(dir.join(".gitignore")).expect(".gitignore");
    assert!(ignore.lines().any(|l| l == "/output/"), "{ignore}");
    assert!(
        ignore.lines().any(|l| l == "/.output.pacesetter-spare/"),
        "{ignore}"
    );
    for wf in [".github/workflows/site.yml", ".gitea/workflows/site.yml"] {
        let text = std::fs::read_to_string(dir.join(wf)).expect("workflow");
        let yaml: serde_yaml::Value = serde_yaml::from_str(&text).expect("workflow is YAML");
        let jobs = &yaml["jobs"];
        let steps = |job: &str| -> Vec<String> {
            jobs[job]["steps"]
                .as_sequence()
                .expect("steps")
                .iter()
                .filter_map(|s| s["run"].as_str().map(str::to_owned))
                .collect()
        };
        assert!(
            steps("check").iter().any(|r| r == "pacesetter check"),
            "{wf}"
        );
        assert!(
            steps("publish")
                .iter()
                .any(|r| r.starts_with("pacesetter build")),
            "{wf}"
        );
        assert_eq!(
            jobs["publish"]["if"].as_str(),
            Some("github.event_name == 'push' && github.ref == 'refs/heads/main'"),
            "{wf}"
        );
        assert!(yaml["on"]["pull_request"].is_null() && yaml["on"].get("pull_request").is_some());
    }
    let built = site.run(&["build", "--root", dir.to_str().expect("UTF-8")]);
    assert_eq!(built.code, 0, "{built:?}");
    assert!(dir.join("output/units/east/index.html").is_file());
    assert!(dir.join("output/bulletins/2026-01/index.html").is_file());
    assert_eq!(
        site.run(&["check", "--root", dir.to_str().expect("UTF-8")])
            .code,
        0
    );
    // A second init into the same folder refuses and changes nothing.
    let before = std::fs::read_to_string(dir.join("content/site.yaml")).expect("site.yaml");
    let again = site.run(&["init", dir.to_str().expect("UTF-8")]);
    assert_eq!(again.code, 2);
    assert!(
        again
            .stderr
            .contains("中已有 content 文件夹；请选择一个空文件夹"),
        "{}",
        again.stderr
    );
    assert_eq!(
        std::fs::read_to_string(dir.join("content/site.yaml")).expect("site.yaml"),
        before
    );
}

#[test]
fn new_bulletin_numbers_within_the_dates_year() {
    let site = TestSite::fixture("site").speaking("");
    let r = root(&site);
    // The fixture has 2026-01, 2026-02 and 2026-11: the next 2026 issue is 12.
    let run = site.run(&["new", "bulletin", "--root", &r, "--date", "2026-12-20"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(
        run.stdout.trim().ends_with("content/bulletins/2026-12.md"),
        "{}",
        run.stdout
    );
    let text = site.read("content/bulletins/2026-12.md");
    assert!(text.starts_with("---\ndate: 2026-12-20\n"), "{text}");
    // A draft, its comment in the site's language: the placeholder is not published.
    assert!(
        text.contains("draft: true   # 簡報定稿後刪除這一行\n---\n"),
        "{text}"
    );
    assert_eq!(site.build(&[]).code, 0);
    assert!(!site.root().join("output/bulletins/2026-12").exists());
    assert!(site.root().join("output/bulletins/2026-11").exists());
    // Across the year boundary the count starts again at 01.
    let run = site.run(&["new", "bulletin", "--root", &r, "--date", "2027-01-08"]);
    assert!(
        run.stdout.trim().ends_with("content/bulletins/2027-01.md"),
        "{}",
        run.stdout
    );
    let run = site.run(&["new", "bulletin", "--root", &r, "--date", "2027-02-08"]);
    assert!(
        run.stdout.trim().ends_with("content/bulletins/2027-02.md"),
        "{}",
        run.stdout
    );
    // Every new file is valid content at once.
    assert_eq!(site.check().code, 0, "{:?}", site.check());
    let bad = site.run(&["new", "bulletin", "--root", &r, "--date", "2027-02-30"]);
    assert_eq!(bad.code, 2);
    assert!(
        bad.stderr
            .contains("「2027-02-30」不是日期：請寫成 YYYY-MM-DD"),
        "{}",
        bad.stderr
    );
}

#[test]
fn new_report_lists_every_indicator_and_never_overwrites() {
    let site = TestSite::fixture("site");
    let r = root(&site);
    let run = site.run(&["new", "report", "dongcheng", "2026-04", "--root", &r]);
    assert_eq!(run.code, 0, "{run:?}");
    let text = site.read("content/units/dongcheng/2026-04.md");
    assert!(
        text.starts_with(
            "---\nvalues:\n  # output:    # 工業產值（億元）\n  # petitions:    # 信訪件數（件）\n"
        ),
        "{text}"
    );
    assert!(text.contains("  # satisfaction:"), "{text}");
    assert_eq!(site.check().code, 0);
    // The same month again: refused, the file untouched.
    let again = site.run(&["new", "report", "dongcheng", "2026-04", "--root", &r]);
    assert_eq!(again.code, 2);
    assert!(again.stderr.contains("already exists"), "{}", again.stderr);
    assert_eq!(site.read("content/units/dongcheng/2026-04.md"), text);
    let unknown = site.run(&["new", "report", "dongchen", "2026-04", "--root", &r]);
    assert!(
        unknown.stderr.contains("did you mean `dongcheng`?"),
        "{}",
        unknown.stderr
    );
}

#[test]
fn new_visit_names_the_units_paired_with_the_host() {
    let site = TestSite::fixture("site").speaking("");
    let r = root(&site);
    let run = site.run(&[
        "new",
        "visit",
        "waiguo",
        "--root",
        &r,
        "--date",
        "2026-05-06",
    ]);
    assert_eq!(run.code, 0, "{run:?}");
    let rel = run.stdout.trim().trim_start_matches("[ROOT]/").to_owned();
    let text = site.read(&rel);
    assert!(text.contains("host: waiguo\n"), "{text}");
    assert!(
        text.contains("draft: true   # 寫好交流情況後刪除這一行\n"),
        "{text}"
    );
    assert_eq!(site.check().code, 0, "{:?}", site.check());
    assert_eq!(site.build(&[]).code, 0);
    let visits =
        std::fs::read_to_string(site.root().join("output/visits/index.html")).expect("visits page");
    let title = text
        .lines()
        .find_map(|l| l.strip_prefix("title: "))
        .expect("a title line");
    assert!(!visits.contains(title), "the draft visit is published");
}

#[test]
fn import_creates_updates_and_keeps_the_summary() {
    let site = TestSite::fixture("site");
    let r = root(&site);
    let before = site.read("content/units/dongcheng/2026-03.md");
    let body = before.splitn(3, "---\n").nth(2).expect("a body").to_owned();
    // UTF-8 with the BOM Excel writes, CRLF line ends, an empty cell (left as it is).
    site.write_bytes(
        "values.csv",
        "\u{feff}unit,output,petitions,satisfaction\r\ndongcheng,13.25,1,\r\nxicheng,9.5,0,97\r\n"
            .as_bytes(),
    );
    let run = site.run(&["import", "values.csv", "--month", "2026-03", "--root", &r]);
    assert_eq!(run.code, 0, "{run:?}");
    let after = site.read("content/units/dongcheng/2026-03.md");
    assert!(
        after.contains("  output: 13.25\n") && after.contains("  petitions: 1\n"),
        "{after}"
    );
    assert!(
        after.ends_with(&body),
        "the summary must stay byte for byte:\n{after}"
    );
    assert!(
        run.stdout.contains("updated") && run.stdout.contains("output"),
        "{}",
        run.stdout
    );
    assert_eq!(site.check().code, 0, "{:?}", site.check());
    // A month nobody reported yet: files are created.
    let run = site.run(&["import", "values.csv", "--month", "2026-04", "--root", &r]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(run.stdout.contains("created"), "{}", run.stdout);
    assert!(
        site.read("content/units/xicheng/2026-04.md")
            .contains("  satisfaction: 97\n")
    );
    // Importing the same values again changes nothing.
    let run = site.run(&["import", "values.csv", "--month", "2026-04", "--root", &r]);
    assert!(run.stdout.contains("nothing to change"), "{}", run.stdout);
}

#[test]
fn import_reads_gb18030() {
    let site = TestSite::fixture("site");
    let r = root(&site);
    let (bytes, _, _) = encoding_rs::GB18030.encode("unit,output\ndongcheng,11\n");
    site.write_bytes("gb.csv", &bytes);
    let run = site.run(&["import", "gb.csv", "--month", "2026-03", "--root", &r]);
    assert_eq!(run.code, 0, "{run:?}");
    // A unit given by its Chinese name is an error that names the id to write instead.
    let (bytes, _, _) = encoding_rs::GB18030.encode("unit,output\n東城鎮,11\n");
    site.write_bytes("gb.csv", &bytes);
    let run = site.run(&["import", "gb.csv", "--month", "2026-03", "--root", &r]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr
            .contains("gb.csv:2:1: error: unknown unit `東城鎮`"),
        "{}",
        run.stderr
    );
}

#[test]
fn import_rejects_every_bad_row_and_writes_nothing() {
    let site = TestSite::fixture("site");
    let r = root(&site);
    let before = site.read("content/units/dongcheng/2026-03.md");
    site.write("bad.csv", "unit,output,petitions\ndongcheng,12.0,1\nxicheng,十二,0\nnowhere,1,1\ndongcheng,1,1\ncaizheng,3,\n");
    let run = site.run(&["import", "bad.csv", "--month", "2026-03", "--root", &r]);
    assert_eq!(run.code, 1, "{run:?}");
    let lines: Vec<&str> = run
        .stderr
        .lines()
        .filter(|l| l.contains(": error: "))
        .collect();
    assert_eq!(
        lines,
        [
            "bad.csv:3:9: error: `十二` is not a number (xicheng, output)",
            "bad.csv:4:1: error: unknown unit `nowhere`",
            "bad.csv:5:1: error: unit `dongcheng` appears twice",
            "bad.csv:6:10: error: `output` is not an indicator of `caizheng`'s category; leave the cell empty",
        ],
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .ends_with("error: 4 errors in 1 file; nothing was written\n"),
        "{}",
        run.stderr
    );
    assert_eq!(site.read("content/units/dongcheng/2026-03.md"), before);
    assert!(
        !site.path("content/units/caizheng/2026-03.md").exists()
            || site
                .read("content/units/caizheng/2026-03.md")
                .contains("approvals")
    );
}

/// A raw GET, so that paths like `/../x` reach the server as written. (status, body)
fn get(port: u16, path: &str) -> Option<(u16, String)> {
    let mut s = TcpStream::connect(("127.0.0.1", port)).ok()?;
    s.set_read_timeout(Some(Duration::from_secs(5))).ok()?;
    write!(
        s,
        "GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
    )
    .ok()?;
    let mut buf = Vec::new();
    s.read_to_end(&mut buf).ok()?;
    let text = String::from_utf8_lossy(&buf).into_owned();
    let status = text.split_whitespace().nth(1)?.parse().ok()?;
    Some((status, text))
}

fn wait_for(port: u16, path: &str, what: &str, within: Duration) -> Duration {
    let started = Instant::now();
    loop {
        if get(port, path).is_some_and(|(_, body)| body.contains(what)) {
            return started.elapsed();
        }
        assert!(
            started.elapsed() < within,
            "{path} did not show {what:?} within {within:?}"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// Ctrl-C stops serve cleanly and takes its folder with it: gigabytes on a large site, which
/// would otherwise pile up in the temporary folder with every session.
#[cfg(unix)]
#[test]
fn serve_stopped_with_ctrl_c_removes_its_folder() {
    let site = TestSite::fixture("site");
    let server = site.serve();
    let folder = server.folder();
    assert!(
        folder.join("index.html").is_file(),
        "{} built",
        folder.display()
    );
    let status = server.interrupt();
    assert!(status.success(), "serve ended with {status}");
    assert!(!folder.exists(), "{} left behind", folder.display());
}

#[test]
fn serve_answers_rebuilds_survives_errors_and_stays_in_its_folder() {
    let site = TestSite::fixture("site");
    let server = site.serve();
    let (status, home) = get(server.port, "/").expect("home page");
    assert_eq!(status, 200);
    assert!(
        home.contains("/__pacesetter/events"),
        "the reload script is injected when serving"
    );
    assert!(
        !site.path("output").exists(),
        "serve never writes over the site's output/"
    );

    // An edit is live within a second.
    let report = site.read("content/units/dongcheng/2026-03.md");
    site.write(
        "content/units/dongcheng/2026-03.md",
        &format!("{report}\n本月新增一句話作為測試。\n"),
    );
    wait_for(
        server.port,
        "/units/dongcheng/",
        "本月新增一句話作為測試",
        Duration::from_secs(1),
    );

    // Saved the way many editors save: a new file beside it, renamed over it.
    let tmp = site.path("content/units/dongcheng/2026-03.md.tmp");
    std::fs::write(&tmp, format!("{report}\n換一種方式保存。\n")).expect("write");
    std::fs::rename(&tmp, site.path("content/units/dongcheng/2026-03.md")).expect("rename");
    wait_for(
        server.port,
        "/units/dongcheng/",
        "換一種方式保存",
        Duration::from_secs(2),
    );
    site.write(
        "content/units/dongcheng/2026-03.md",
        &format!("{report}\n本月新增一句話作為測試。\n"),
    );
    wait_for(
        server.port,
        "/units/dongcheng/",
        "本月新增一句話作為測試",
        Duration::from_secs(2),
    );

    // An error: the overlay names it, the last good page is still served.
    site.write(
        "content/units/dongcheng/2026-03.md",
        &report.replace("output: ", "output: x"),
    );
    wait_for(
        server.port,
        "/units/dongcheng/",
        "takes a number",
        Duration::from_secs(2),
    );
    let (status, page) = get(server.port, "/units/dongcheng/").expect("page");
    assert_eq!(status, 200);
    assert!(
        page.contains("本月新增一句話作為測試"),
        "the last good page is served"
    );
    assert!(
        page.contains("takes a number"),
        "the overlay names the error: {}",
        &page[page.len().saturating_sub(1500)..]
    );
    // Fixed again: the overlay goes.
    site.write("content/units/dongcheng/2026-03.md", &report);
    let started = Instant::now();
    while get(server.port, "/units/dongcheng/").is_some_and(|(_, b)| b.contains("takes a number")) {
        assert!(
            started.elapsed() < Duration::from_secs(2),
            "the error overlay stayed after the fix"
        );
        std::thread::sleep(Duration::from_millis(20));
    }

    for path in [
        "/../../../etc/passwd",
        "/%2e%2e/%2e%2e/etc/passwd",
        "/units/..%2f..%2f..%2fetc/passwd",
        "//etc/passwd",
        "/.pacesetter-output",
    ] {
        let (status, body) = get(server.port, path).expect("an answer");
        assert_eq!(status, 404, "{path}: {body}");
        assert!(!body.contains("root:"), "{path} leaked a file");
    }
    let mut s = TcpStream::connect(("127.0.0.1", server.port)).expect("connect");
    write!(s, "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n").expect("write");
    let mut answer = String::new();
    let _ = s.read_to_string(&mut answer);
    assert!(answer.starts_with("HTTP/1.1 405"), "{answer}");
}

#[test]
fn search_index_finds_chinese_and_english_in_the_bundled_example() {
    let site = TestSite::empty();
    crate::support::copy_dir(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("content"),
        &site.path("content"),
    );
    let run = site.build(&[]);
    assert_eq!(run.code, 0, "{run:?}");
    let index = std::fs::read(site.path("output/search/search-index.json")).expect("the index");
    // Two characters of a longer word: 「比學」 finds 比學趕超.
    let hits = pacesetter::render::search::query(&index, "比學");
    assert!(hits.iter().any(|h| h.url == "/pages/plan/"), "{hits:?}");
    assert!(
        hits.iter()
            .all(|h| h.excerpt.contains("比學") || h.title.contains("比學")),
        "{hits:?}"
    );
    let wuzhen = pacesetter::render::search::query(&index, "烏鎮 協會");
    assert!(
        wuzhen.iter().any(|h| h.url.starts_with("/bulletins/")),
        "{wuzhen:?}"
    );
    let english = pacesetter::render::search::query(&index, "Output");
    assert!(
        english.iter().any(|h| h.url == "/methodology/#indicators"),
        "{english:?}"
    );
    assert!(pacesetter::render::search::query(&index, "不存在的詞語xyz").is_empty());
    // Typed on a mainland input method, on this Traditional site (SPEC §18).
    let simplified = pacesetter::render::search::query(&index, "乌镇");
    assert!(
        simplified.iter().any(|h| h.url == "/units/wuzhen/"),
        "{simplified:?}"
    );
    // A phrase of a monthly summary finds that report.
    let report = pacesetter::render::search::query(&index, "古镇消防安全大排查");
    assert!(
        report
            .iter()
            .any(|h| h.url == "/units/wuzhen/#report-2026-02"),
        "{report:?}"
    );
}

#[test]
fn a_hundred_thousand_bad_rows_give_a_bounded_report() {
    let site = TestSite::fixture("site");
    let r = root(&site);
    let mut csv = String::from("unit,output\n");
    for i in 0..100_000 {
        csv.push_str(&format!("nowhere{i},1\n"));
    }
    site.write("big.csv", &csv);
    let run = site.run(&["import", "big.csv", "--month", "2026-03", "--root", &r]);
    assert_eq!(run.code, 1);
    assert_eq!(
        run.stderr.matches(": error: unknown unit").count(),
        100,
        "only the first hundred are listed"
    );
    assert!(
        run.stderr
            .contains("big.csv:1:1: error: 99900 more errors not shown"),
        "{}",
        &run.stderr[run.stderr.len() - 300..]
    );
}

/// `check --theme` renders with the theme a build would use (issue 12: one set of site flags for
/// every command), so a template mistake is caught before publishing.
#[test]
fn check_takes_the_theme_a_build_would_use() {
    let site = TestSite::fixture("minimal");
    site.write(
        "themes/bad/templates/page.html",
        "{% extends \"base.html\" %}\n{% block content %}{{ page.title | nosuchfilter }}{% endblock %}\n",
    );
    let r = root(&site);
    assert_eq!(site.run(&["check", "--root", &r]).code, 0);
    let run = site.run(&["check", "--root", &r, "--theme", "bad"]);
    assert_eq!(run.code, 1, "{run:?}");
    assert!(
        run.stderr.starts_with(
            "themes/bad/templates/page.html:2:36: error: template error: Unknown filter `nosuchfilter`\n"
        ),
        "{}",
        run.stderr
    );
}
