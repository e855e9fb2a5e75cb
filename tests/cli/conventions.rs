//! SPEC §18: the site's footer, page dates and sources, the bulletin's distribution, the CSVs
//! for people, /data/, unit feeds, search across scripts, and the per-language font stacks.

use crate::support::TestSite;

/// The `site` fixture with every §18 field given.
fn site() -> TestSite {
    let site = TestSite::fixture("site");
    let yaml = site.read("content/site.yaml");
    site.write(
        "content/site.yaml",
        &format!(
            "{yaml}footer:\n  organizer: 測試市人民政府辦公室\n  contact: 電話 0573-88888888\n  icp: 浙ICP備12345678號\n  site_code: \"3304830001\"\nlicence: 知識共享署名 4.0\n"
        ),
    );
    let plan = site.read("content/pages/plan.md");
    site.write(
        "content/pages/plan.md",
        &plan.replacen(
            "weight: 1\n",
            "weight: 1\ndate: 2026-02-10\nsource: 市委辦公室\n",
            1,
        ),
    );
    let b = site.read("content/bulletins/2026-02.md");
    site.write(
        "content/bulletins/2026-02.md",
        &b.replacen(
            "date: 2026-04-08\n",
            "date: 2026-04-08\ncopies: 60\nissue_to: 各鎮（街道）\nreport_to: 市委主要領導\nsend_to: 市人大辦公室\n",
            1,
        ),
    );
    let run = site.build(&[]);
    assert_eq!(run.code, 0, "{run:?}");
    site
}

#[test]
fn footer_page_dates_and_bulletin_distribution() {
    let site = site();
    for page in [
        "output/index.html",
        "output/units/dongcheng/index.html",
        "output/404.html",
    ] {
        let html = site.read(page);
        for text in [
            "主辦單位：測試市人民政府辦公室",
            "聯繫方式：電話 0573-88888888",
            "浙ICP備12345678號",
            "網站標識碼：3304830001",
        ] {
            assert!(html.contains(text), "{page} lacks {text}");
        }
    }
    let plan = site.read("output/pages/plan/index.html");
    assert!(
        plan.contains("發布日期：<time>2026年2月10日</time>"),
        "{plan}"
    );
    assert!(plan.contains("資料來源：市委辦公室"), "{plan}");
    let b = site.read("output/bulletins/2026-02/index.html");
    let at = |s: &str| b.find(s).unwrap_or_else(|| panic!("no {s} in {b}"));
    // 報、送、發 in that order whatever the order in the front matter, then the copies.
    assert!(at("報</span>：市委主要領導") < at("送</span>：市人大辦公室"));
    assert!(at("送</span>：市人大辦公室") < at("發</span>：各鎮（街道）"));
    assert!(at("發</span>：各鎮（街道）") < at("共印60份"));
    assert!(at("bulletin-body") < at("bulletin-distribution"));
    // The list names each issue by its number and previews its contents (本期要目).
    let list = site.read("output/bulletins/index.html");
    assert!(list.contains("<strong>2026年第二期</strong></a>"), "{list}");
    assert!(list.contains("一季度排名揭曉、標兵風采"), "{list}");
}

#[test]
fn every_csv_starts_with_a_bom_and_the_indicator_csvs_have_the_spec_header() {
    let site = site();
    let header = "period,category,unit,name,indicator,indicator_name,measure,value,ytd,target,expected,completion,pace,status,points,growth\r\n";
    let mut csvs = 0;
    for e in std::fs::read_dir(site.path("output/data")).expect("data/") {
        let path = e.expect("entry").path();
        if path.extension().is_some_and(|x| x == "csv") {
            csvs += 1;
            let bytes = std::fs::read(&path).expect("read");
            assert!(bytes.starts_with(b"\xef\xbb\xbf"), "{path:?}");
        }
    }
    // Three months of two CSVs each, the indicators of all months, targets, surveys, awards.
    assert_eq!(csvs, 10);
    let all = site.read("output/data/indicators.csv");
    assert!(all.starts_with(&format!("\u{feff}{header}")), "{all}");
    let march = site.read("output/data/2026-03-indicators.csv");
    assert!(march.starts_with(&format!("\u{feff}{header}")));
    // A row with the month's own value, the year to date, target and status.
    assert!(
        march.contains("2026-03,town,dongcheng,東城鎮,output,"),
        "{march}"
    );
    assert!(march.lines().skip(1).all(|l| l.starts_with("2026-03,")));
    let months: usize = ["01", "02", "03"]
        .iter()
        .map(|m| {
            site.read(&format!("output/data/2026-{m}-indicators.csv"))
                .lines()
                .count()
                - 1
        })
        .sum();
    assert_eq!(all.lines().count() - 1, months);
    let data = site.read("output/data/index.html");
    for f in [
        "data/indicators.csv",
        "data/targets.csv",
        "data/surveys.csv",
        "data/awards.csv",
        "data/index.json",
        "data/YYYY-MM-indicators.csv",
        "知識共享署名 4.0",
        "<code>indicator_name</code>",
    ] {
        assert!(data.contains(f), "/data/ lacks {f}");
    }
}

/// Every CSV converts in LibreOffice with the Chinese intact; skipped when soffice is missing.
#[test]
fn csvs_open_in_libreoffice_with_the_chinese_intact() {
    let Ok(out) = std::process::Command::new("soffice")
        .arg("--version")
        .output()
    else {
        eprintln!("libreoffice test skipped: soffice not installed");
        return;
    };
    assert!(out.status.success());
    let site = site();
    let dir = site.path("converted");
    // Headless, LibreOffice takes the charset from the filter options rather than from the
    // import dialog (which sees the BOM): UTF-8, as the dialog would choose.
    let run = std::process::Command::new("soffice")
        .arg(format!(
            "-env:UserInstallation=file://{}",
            site.path("lo-profile").display()
        ))
        .args(["--headless", "--infilter=CSV:44,34,UTF8"])
        .args([
            "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76",
            "--outdir",
        ])
        .arg(&dir)
        .arg(site.path("output/data/2026-03-indicators.csv"))
        .output()
        .expect("run soffice");
    assert!(run.status.success(), "{run:?}");
    let back = std::fs::read_to_string(dir.join("2026-03-indicators.csv")).expect("converted");
    // The mark is read as the mark, not as part of the first cell.
    assert!(back.starts_with("period,category,"), "{back}");
    assert!(back.contains("東城鎮"), "{back}");
}

#[test]
fn a_unit_feed_lists_its_reports_reviews_and_visits() {
    let site = site();
    let xml = site.read("output/units/dongcheng/feed.xml");
    let doc = roxmltree::Document::parse(&xml).expect("well-formed Atom");
    let titles: Vec<&str> = doc
        .descendants()
        .filter(|n| n.has_tag_name("entry"))
        .filter_map(|e| e.children().find(|c| c.has_tag_name("title")))
        .filter_map(|t| t.text())
        .collect();
    assert!(titles.contains(&"月報 · 2026年3月 · 東城鎮"), "{titles:?}");
    assert!(
        titles
            .iter()
            .any(|t| t.starts_with("點評 · 2026年第一季度")),
        "{titles:?}"
    );
    assert!(
        titles.iter().any(|t| t.starts_with("互訪交流 · ")),
        "{titles:?}"
    );
    let unit = site.read("output/units/dongcheng/index.html");
    assert!(unit.contains("href=\"/units/dongcheng/feed.xml\""));
}

#[test]
fn search_folds_simplified_and_traditional() {
    let site = site();
    let index = std::fs::read(site.path("output/search/search-index.json")).expect("index");
    let q = |s: &str| pacesetter::render::search::query(&index, s);
    let hits = q("东城镇");
    assert!(
        hits.iter().any(|h| h.url == "/units/dongcheng/"),
        "{hits:?}"
    );
    assert_eq!(q("东城镇").len(), q("東城鎮").len());
    // A monthly summary is its own entry, found by a phrase typed in either script.
    let hits = q("快于序时进度");
    assert!(
        hits.iter()
            .any(|h| h.url == "/units/dongcheng/#report-2026-03"),
        "{hits:?}"
    );
}

/// A zh-Hans page names a Simplified font before any Traditional one; zh-Hant the reverse.
#[test]
fn font_stacks_follow_the_language() {
    let site = site();
    let css = site.read("output/style.css");
    let stack = |lang: &str| {
        let rule = format!(":root:lang({lang}) {{");
        let at = css.find(&rule).unwrap_or_else(|| panic!("no {rule}"));
        let body = &css[at..];
        body[..body.find('}').expect("rule end")].to_owned()
    };
    let first = |s: &str, marks: &[&str]| marks.iter().filter_map(|m| s.find(m)).min();
    let sc = ["PingFang SC", "Microsoft YaHei", "CJK SC"];
    let tc = ["PingFang TC", "Microsoft JhengHei", "CJK TC"];
    let hans = stack("zh-Hans");
    assert!(first(&hans, &sc).expect("an SC font") < first(&hans, &tc).unwrap_or(usize::MAX));
    let hant = stack("zh-Hant");
    assert!(first(&hant, &tc).expect("a TC font") < first(&hant, &sc).unwrap_or(usize::MAX));
    assert!(
        site.read("output/index.html")
            .starts_with("<!DOCTYPE html>\n<html lang=\"zh-Hant\">")
    );
}
