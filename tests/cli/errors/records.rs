//! SPEC §6 (reviews), §7 (bulletins), §8 (pages), §14 (visits) and §15 (quarterly reports).

use super::fails;

const REVIEW: &str = "content/reviews/2026-Q1.yaml";
const BULLETIN: &str = "content/bulletins/2026-01.md";
const PAGE: &str = "content/pages/about.md";
const VISIT: &str = "content/visits/2026-03-12-south-to-north.md";

// ---- reviews ----

#[test]
fn review_unknown_unit_in_commentary() {
    fails(
        &[(
            REVIEW,
            "commentary:\n  nrth: 一季度完成序時進度。\n  南鎮: 需加快進度。\n",
        )],
        r#"content/reviews/2026-Q1.yaml:2:3: error: unknown unit `nrth` in `commentary`
  |
2 |   nrth: 一季度完成序時進度。
  |   ^^^^
  |
  = help: did you mean `north`?
content/reviews/2026-Q1.yaml:3:3: error: unknown unit `南鎮` in `commentary`
  |
3 |   南鎮: 需加快進度。
  |   ^^^^
  |
  = help: units are named by id: write `south`
error: 2 errors in 1 file; [ROOT]/output left as it was
"#,
    );
}

#[test]
fn review_unknown_unit_in_every_section() {
    let review = "\
pacesetters:
  - unit: east
    citation: 產值按序時推進。
survey:
  scores: {west: 90}
awards:
  - unit: east
    title: 先進單位
rectification:
  west: 加快進度。
";
    fails(
        &[(REVIEW, review)],
        r#"content/reviews/2026-Q1.yaml:2:11: error: unknown unit `east` as pacesetter
  |
2 |   - unit: east
  |           ^^^^
content/reviews/2026-Q1.yaml:5:12: error: unknown unit `west` in survey
  |
5 |   scores: {west: 90}
  |            ^^^^
content/reviews/2026-Q1.yaml:7:11: error: unknown unit `east` in award
  |
7 |   - unit: east
  |           ^^^^
content/reviews/2026-Q1.yaml:10:3: error: unknown unit `west` in `rectification`
   |
10 |   west: 加快進度。
   |   ^^^^
error: 4 errors in 1 file; [ROOT]/output left as it was
"#,
    );
}

#[test]
fn review_pacesetter_without_unit() {
    fails(
        &[(REVIEW, "pacesetters:\n  - citation: 產值按序時推進。\n")],
        r#"content/reviews/2026-Q1.yaml:2:5: error: `unit` is missing
  |
2 |   - citation: 產值按序時推進。
  |     ^
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

#[test]
fn review_award_without_title() {
    fails(
        &[("content/reviews/2026.yaml", "awards:\n  - unit: north\n")],
        r#"content/reviews/2026.yaml:2:5: error: an award needs `title`
  |
2 |   - unit: north
  |     ^
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

#[test]
fn review_survey_score_out_of_range() {
    fails(
        &[(
            REVIEW,
            "survey:\n  respondents: 300\n  scores: {north: 101, south: -0.5, audit: 100}\n",
        )],
        r#"content/reviews/2026-Q1.yaml:3:19: error: survey score 101 is outside 0–100
  |
3 |   scores: {north: 101, south: -0.5, audit: 100}
  |                   ^^^
content/reviews/2026-Q1.yaml:3:31: error: survey score -0.5 is outside 0–100
  |
3 |   scores: {north: 101, south: -0.5, audit: 100}
  |                               ^^^^
error: 2 errors in 1 file; [ROOT]/output left as it was
"#,
    );
}

#[test]
fn review_survey_respondents_not_whole() {
    fails(
        &[(
            REVIEW,
            "survey:\n  respondents: 三百\n  scores: {north: 91.5}\n",
        )],
        r#"content/reviews/2026-Q1.yaml:2:16: error: `respondents` takes a whole number, not `三百`
  |
2 |   respondents: 三百
  |                ^^^^
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

#[test]
fn review_unknown_key_with_did_you_mean() {
    fails(
        &[(REVIEW, "comentary:\n  north: 一季度完成序時進度。\n")],
        r#"content/reviews/2026-Q1.yaml:1:1: error: unknown key `comentary` in a review
  |
1 | comentary:
  | ^^^^^^^^^
  |
  = help: did you mean `commentary`?
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

#[test]
fn review_section_of_the_wrong_shape() {
    fails(
        &[(
            REVIEW,
            "commentary: 一季度完成序時進度。\npacesetters: north\n",
        )],
        r#"content/reviews/2026-Q1.yaml:1:13: error: `commentary` takes `unit: text` lines
  |
1 | commentary: 一季度完成序時進度。
  |             ^^^^^^^^^^^^^^^^^^^^
content/reviews/2026-Q1.yaml:2:14: error: `pacesetters` takes a list (lines starting with `- `)
  |
2 | pacesetters: north
  |              ^^^^^
error: 2 errors in 1 file; [ROOT]/output left as it was
"#,
    );
}

// ---- bulletins ----

#[test]
fn bulletin_date_outside_its_year() {
    fails(
        &[(BULLETIN, "---\ndate: 2025-12-30\n---\n")],
        r#"content/bulletins/2026-01.md:2:7: error: date 2025-12-30 is not in 2026
  |
2 | date: 2025-12-30
  |       ^^^^^^^^^^
  |
  = help: a bulletin's date is in the year of its file name (2026-01.md)
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

#[test]
fn bulletin_date_not_a_date() {
    fails(
        &[(BULLETIN, "---\ndate: 2026-04-31\n---\n")],
        r#"content/bulletins/2026-01.md:2:7: error: `2026-04-31` is not a date
  |
2 | date: 2026-04-31
  |       ^^^^^^^^^^
  |
  = help: write YYYY-MM-DD, e.g. 2026-04-15
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

#[test]
fn bulletin_missing_date() {
    fails(
        &[(BULLETIN, "---\ntitle: 一季度簡報\n---\n")],
        r#"content/bulletins/2026-01.md:1:1: error: a bulletin needs `date` (YYYY-MM-DD)
  |
1 | ---
  | ^^^
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

#[test]
fn bulletin_duplicate_overall_numbers() {
    fails(
        &[
            (
                "content/bulletins/2026-02.md",
                "---\ndate: 2026-05-08\n---\n",
            ),
            (
                "content/bulletins/2026-03.md",
                "---\ndate: 2026-06-08\nnumber: 2\n---\n",
            ),
        ],
        r#"content/bulletins/2026-03.md:3:9: error: overall number 2 (總第2期) is also 2026-02's
  |
3 | number: 2
  |         ^
  |
  = help: give `number:` only where the count restarts, and make each number unique
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

/// Numbers must be unique in the build with drafts as well: the draft 2026-02 counts as No. 2
/// there, so 2026-03's `number: 2` is refused even in a build without drafts, before the draft
/// is published and the clash appears.
#[test]
fn bulletin_duplicate_overall_numbers_with_a_draft() {
    fails(
        &[
            (
                "content/bulletins/2026-02.md",
                "---\ndate: 2026-05-08\ndraft: true\n---\n",
            ),
            (
                "content/bulletins/2026-03.md",
                "---\ndate: 2026-06-08\nnumber: 2\n---\n",
            ),
        ],
        r#"content/bulletins/2026-03.md:3:9: error: overall number 2 (總第2期) is also 2026-02's
  |
3 | number: 2
  |         ^
  |
  = help: give `number:` only where the count restarts, and make each number unique
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

#[test]
fn bulletin_number_below_one() {
    fails(
        &[(BULLETIN, "---\ndate: 2026-04-08\nnumber: 0\n---\n")],
        r#"content/bulletins/2026-01.md:3:9: error: `number` must be at least 1, not 0
  |
3 | number: 0
  |         ^
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

#[test]
fn bulletin_period_not_a_month() {
    fails(
        &[(BULLETIN, "---\ndate: 2026-04-08\nperiod: 2026-Q1\n---\n")],
        r#"content/bulletins/2026-01.md:3:9: error: `period` takes a month YYYY-MM, not `2026-Q1`
  |
3 | period: 2026-Q1
  |         ^^^^^^^
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

#[test]
fn bulletin_unknown_key_with_did_you_mean() {
    fails(
        &[(BULLETIN, "---\ndate: 2026-04-08\nofice: 辦公室\n---\n")],
        r#"content/bulletins/2026-01.md:3:1: error: unknown key `ofice` in a bulletin
  |
3 | ofice: 辦公室
  | ^^^^^
  |
  = help: did you mean `office`?
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

// ---- pages ----

/// The misspelt title and the bad weight are both reported in the one run.
#[test]
fn page_missing_title_and_bad_weight() {
    fails(
        &[(PAGE, "---\ntitel: 關於\nweight: heavy\n---\n")],
        r#"content/pages/about.md:1:1: error: a page needs `title`
  |
1 | ---
  | ^^^
content/pages/about.md:2:1: error: unknown key `titel` in a page
  |
2 | titel: 關於
  | ^^^^^
  |
  = help: did you mean `title`?
content/pages/about.md:3:9: error: `weight` takes a whole number
  |
3 | weight: heavy
  |         ^^^^^
error: 3 errors in 1 file; [ROOT]/output left as it was
"#,
    );
}

#[test]
fn page_draft_not_a_boolean() {
    fails(
        &[(PAGE, "---\ntitle: 關於\ndraft: no\n---\n")],
        r#"content/pages/about.md:3:8: error: `draft` takes `true` or `false`
  |
3 | draft: no
  |        ^^
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

// ---- visits ----

#[test]
fn visit_host_is_a_visitor() {
    fails(
        &[(
            VISIT,
            "---\ntitle: 南鎮赴北鎮考察學習\nhost: north\nvisitors: [south, north]\n---\n",
        )],
        r#"content/visits/2026-03-12-south-to-north.md:4:19: error: `north` is the host; it cannot also be a visitor
  |
4 | visitors: [south, north]
  |                   ^^^^^
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

#[test]
fn visit_unknown_host_and_visitor() {
    fails(
        &[(
            VISIT,
            "---\ntitle: 南鎮赴北鎮考察學習\nhost: nrth\nvisitors: [south, 北鎮]\n---\n",
        )],
        r#"content/visits/2026-03-12-south-to-north.md:3:7: error: unknown unit `nrth` as host
  |
3 | host: nrth
  |       ^^^^
  |
  = help: did you mean `north`?
content/visits/2026-03-12-south-to-north.md:4:19: error: unknown unit `北鎮` as visitor
  |
4 | visitors: [south, 北鎮]
  |                   ^^^^
  |
  = help: units are named by id: write `north`
error: 2 errors in 1 file; [ROOT]/output left as it was
"#,
    );
}

#[test]
fn visit_missing_title_host_and_visitors() {
    fails(
        &[(VISIT, "---\nkind: forum\n---\n")],
        r#"content/visits/2026-03-12-south-to-north.md:1:1: error: a visit needs `host` (the unit visited)
  |
1 | ---
  | ^^^
content/visits/2026-03-12-south-to-north.md:1:1: error: a visit needs `title`
  |
1 | ---
  | ^^^
content/visits/2026-03-12-south-to-north.md:1:1: error: a visit needs `visitors` (one or more unit ids)
  |
1 | ---
  | ^^^
error: 3 errors in 1 file; [ROOT]/output left as it was
"#,
    );
}

#[test]
fn visit_no_visitors() {
    fails(
        &[(
            VISIT,
            "---\ntitle: 南鎮赴北鎮考察學習\nhost: north\nvisitors: []\n---\n",
        )],
        r#"content/visits/2026-03-12-south-to-north.md:4:11: error: `visitors` lists no unit
  |
4 | visitors: []
  |           ^
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

#[test]
fn visit_kind_choice() {
    fails(
        &[(
            VISIT,
            "---\ntitle: 南鎮赴北鎮考察學習\nhost: north\nvisitors: [south]\nkind: studies\n---\n",
        )],
        r#"content/visits/2026-03-12-south-to-north.md:5:7: error: `kind` takes one of `study`, `forum`, `other`, not `studies`
  |
5 | kind: studies
  |       ^^^^^^^
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

#[test]
fn visit_external_host_is_fine() {
    let site = super::minimal_with(&[(
        VISIT,
        "---\ntitle: 北鎮赴外縣鎮考察\nhost: peer\nvisitors: [north, south]\nkind: forum\n---\n",
    )]);
    site.build(&[]).success();
}

// ---- quarterly reports ----

#[test]
fn quarterly_unknown_key_and_bad_draft() {
    fails(
        &[(
            "content/units/north/2026-Q1.md",
            "---\ntitel: 一季度\ndraft: 1\n---\n",
        )],
        r#"content/units/north/2026-Q1.md:2:1: error: unknown key `titel` in a quarterly report
  |
2 | titel: 一季度
  | ^^^^^
  |
  = help: did you mean `title`?
content/units/north/2026-Q1.md:3:8: error: `draft` takes `true` or `false`
  |
3 | draft: 1
  |        ^
error: 2 errors in 1 file; [ROOT]/output left as it was
"#,
    );
}
