//! SPEC §18: site.yaml's `footer:` and `licence:`, a page's `date:`, a bulletin's `copies:`.

use super::fails;

const SITE: &str = "content/site.yaml";

#[test]
fn site_footer_unknown_key() {
    fails(
        &[(
            SITE,
            "title: 示例縣比學趕超\noffice: 示例縣比學趕超領導小組辦公室\nfooter:\n  organiser: 示例縣人民政府\n",
        )],
        r#"content/site.yaml:4:3: error: unknown key `organiser` in `footer`
  |
4 |   organiser: 示例縣人民政府
  |   ^^^^^^^^^
  |
  = help: did you mean `organizer`?
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

#[test]
fn site_licence_spelt_both_ways() {
    fails(
        &[(
            SITE,
            "title: 示例縣比學趕超\noffice: 示例縣比學趕超領導小組辦公室\nlicence: CC BY 4.0\nlicense: CC BY 4.0\n",
        )],
        r#"content/site.yaml:4:10: error: `licence` and `license` are the same key, given twice
  |
4 | license: CC BY 4.0
  |          ^^^^^^^^^
  |
  = help: keep one of them
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

#[test]
fn page_date_not_a_date() {
    fails(
        &[(
            "content/pages/plan.md",
            "---\ntitle: 實施方案\ndate: 2026年2月10日\nsource: 市委辦\n---\n正文\n",
        )],
        r#"content/pages/plan.md:3:7: error: `2026年2月10日` is not a date
  |
3 | date: 2026年2月10日
  |       ^^^^^^^^^^^^^
  |
  = help: write the page's date of issue as YYYY-MM-DD, e.g. 2026-02-10
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

#[test]
fn bulletin_copies_not_a_whole_number() {
    fails(
        &[(
            "content/bulletins/2026-01.md",
            "---\ndate: 2026-04-08\nreport_to: 市委\ncopies: 六十\n---\n## 一\n",
        )],
        r#"content/bulletins/2026-01.md:4:9: error: `copies` takes a whole number, not `六十`
  |
4 | copies: 六十
  |         ^^^^
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}
