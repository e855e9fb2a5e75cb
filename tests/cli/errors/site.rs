//! SPEC §2 (content/site.yaml) and §3 (content/categories/<category>.yaml).

use super::fails;

const SITE: &str = "content/site.yaml";
const TOWN: &str = "content/categories/town.yaml";

// ---- site.yaml ----

#[test]
fn site_unknown_key_with_did_you_mean() {
    fails(
        &[(
            SITE,
            "title: 示例縣比學趕超\noffice: 示例縣比學趕超領導小組辦公室\nbase_ulr: /campaign/\n",
        )],
        r#"content/site.yaml:3:1: error: unknown key `base_ulr` in site.yaml
  |
3 | base_ulr: /campaign/
  | ^^^^^^^^
  |
  = help: did you mean `base_url`?
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

/// A host name without its scheme (issue 15): every link would break, so it is an error.
#[test]
fn site_base_url_without_scheme() {
    fails(
        &[(
            SITE,
            "title: 示例縣比學趕超\noffice: 示例縣比學趕超領導小組辦公室\nbase_url: bxgc.example.gov.cn\n",
        )],
        r#"content/site.yaml:3:11: error: `base_url` must be a full address (https://…) or a path starting with `/`, not `bxgc.example.gov.cn`
  |
3 | base_url: bxgc.example.gov.cn
  |           ^^^^^^^^^^^^^^^^^^^
  |
  = help: write `base_url: https://bxgc.example.gov.cn/` for the site's address, or `base_url: /` to serve it from the root of any host
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

/// A misspelt required key: the key is unknown and the required one missing.
#[test]
fn site_missing_title() {
    fails(
        &[(
            SITE,
            "titel: 示例縣比學趕超\noffice: 示例縣比學趕超領導小組辦公室\n",
        )],
        r#"content/site.yaml:1:1: error: site.yaml needs `title`
  |
1 | titel: 示例縣比學趕超
  | ^
content/site.yaml:1:1: error: unknown key `titel` in site.yaml
  |
1 | titel: 示例縣比學趕超
  | ^^^^^
  |
  = help: did you mean `title`?
error: 2 errors in 1 file; [ROOT]/output left as it was
"#,
    );
}

#[test]
fn site_missing_office() {
    fails(
        &[(SITE, "title: 示例縣比學趕超\n")],
        r#"content/site.yaml:1:1: error: site.yaml needs `office`
  |
1 | title: 示例縣比學趕超
  | ^
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

#[test]
fn site_empty_title() {
    fails(
        &[(SITE, "title:\noffice: 示例縣比學趕超領導小組辦公室\n")],
        r#"content/site.yaml:1:1: error: `title` is empty
  |
1 | title:
  | ^^^^^
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

#[test]
fn site_title_not_text() {
    fails(
        &[(SITE, "title: [示例, 縣]\noffice: 辦公室\n")],
        r#"content/site.yaml:1:8: error: `title` takes text
  |
1 | title: [示例, 縣]
  |        ^
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

#[test]
fn site_language_not_one_of_the_three() {
    fails(
        &[(
            SITE,
            "title: 示例縣比學趕超\noffice: 示例縣比學趕超領導小組辦公室\nlanguage: zh-TW\n",
        )],
        r#"content/site.yaml:3:11: error: `language` takes one of `zh-Hans`, `zh-Hant`, `en`, not `zh-TW`
  |
3 | language: zh-TW
  |           ^^^^^
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

#[test]
fn site_scoring_cap_not_positive() {
    fails(
        &[(
            SITE,
            "title: 示例縣比學趕超\noffice: 示例縣比學趕超領導小組辦公室\nscoring:\n  cap: 0\n",
        )],
        r#"content/site.yaml:4:8: error: `scoring.cap` must be greater than 0, not 0
  |
4 |   cap: 0
  |        ^
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

#[test]
fn site_scoring_tolerance_out_of_range() {
    fails(
        &[(
            SITE,
            "title: 示例縣比學趕超\noffice: 示例縣比學趕超領導小組辦公室\nscoring:\n  tolerance: 1\n",
        )],
        r#"content/site.yaml:4:14: error: `scoring.tolerance` must be at least 0 and below 1, not 1
  |
4 |   tolerance: 1
  |              ^
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

#[test]
fn site_scoring_not_a_mapping() {
    fails(
        &[(
            SITE,
            "title: 示例縣比學趕超\noffice: 示例縣比學趕超領導小組辦公室\nscoring: 1.2\n",
        )],
        r#"content/site.yaml:3:10: error: `scoring` takes `key: value` lines
  |
3 | scoring: 1.2
  |          ^^^
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

#[test]
fn site_scoring_cap_quoted() {
    fails(
        &[(
            SITE,
            "title: 示例縣比學趕超\noffice: 示例縣比學趕超領導小組辦公室\nscoring:\n  cap: \"1.5\"\n",
        )],
        r#"content/site.yaml:4:8: error: `cap` takes a number, not `1.5`
  |
4 |   cap: "1.5"
  |        ^^^^^
  |
  = help: remove the quotes around the number
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

#[test]
fn site_dimensions_not_a_list() {
    fails(
        &[(
            SITE,
            "title: 示例縣比學趕超\noffice: 示例縣比學趕超領導小組辦公室\ndimensions: results\n",
        )],
        r#"content/site.yaml:3:13: error: `dimensions` takes a list (lines starting with `- `)
  |
3 | dimensions: results
  |             ^^^^^^^
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

#[test]
fn site_dimension_bad_id_duplicate_and_incomplete() {
    let site = "\
title: 示例縣比學趕超
office: 示例縣比學趕超領導小組辦公室
dimensions:
  - {id: results, name: 比實績, look: 看工作進位爭先}
  - {id: results, name: 比實績, look: 看工作進位爭先}
  - {id: Service, name: 比服務, look: 看群眾認可程度}
  - id: conduct
    name: 比作風
";
    fails(
        &[(SITE, site)],
        r#"content/categories/dept.yaml:6:16: error: unknown dimension `service`
  |
6 |     dimension: service
  |                ^^^^^^^
  |
  = help: site.yaml has: results, conduct
content/site.yaml:5:10: error: dimension `results` is listed twice
  |
5 |   - {id: results, name: 比實績, look: 看工作進位爭先}
  |          ^^^^^^^
content/site.yaml:6:10: error: `Service` is not a valid dimension id
  |
6 |   - {id: Service, name: 比服務, look: 看群眾認可程度}
  |          ^^^^^^^
  |
  = help: ids are lowercase letters, digits and `-`
content/site.yaml:7:5: error: a dimension needs `id`, `name` and `look`
  |
7 |   - id: conduct
  |     ^
error: 4 errors in 2 files; [ROOT]/output left as it was
"#,
    );
}

#[test]
fn site_markdown_raw_html_choice() {
    fails(
        &[(
            SITE,
            "title: 示例縣比學趕超\noffice: 示例縣比學趕超領導小組辦公室\nmarkdown:\n  raw_html: sanitise\n",
        )],
        r#"content/site.yaml:4:13: error: `raw_html` takes one of `sanitize`, `escape`, `allow`, not `sanitise`
  |
4 |   raw_html: sanitise
  |             ^^^^^^^^
  |
  = help: did you mean `sanitize`?
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

#[test]
fn site_bulletins_first_number_below_one() {
    fails(
        &[(
            SITE,
            "title: 示例縣比學趕超\noffice: 示例縣比學趕超領導小組辦公室\nbulletins:\n  first_number: 0\n",
        )],
        r#"content/site.yaml:4:17: error: `first_number` must be at least 1, not 0
  |
4 |   first_number: 0
  |                 ^
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

#[test]
fn site_bulletins_first_number_not_whole() {
    fails(
        &[(
            SITE,
            "title: 示例縣比學趕超\noffice: 示例縣比學趕超領導小組辦公室\nbulletins:\n  first_number: 1.5\n",
        )],
        r#"content/site.yaml:4:17: error: `first_number` takes a whole number, not `1.5`
  |
4 |   first_number: 1.5
  |                 ^^^
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

// ---- categories ----

/// A broken category is reported once; its units and their reports are not then reported as
/// naming an unknown category or unknown indicators.
#[test]
fn category_missing_name() {
    fails(
        &[(
            TOWN,
            "nmae: 鎮\nindicators:\n  - {id: output, name: 工業產值, dimension: results, weight: 3}\n  - {id: complaints, name: 信訪件數, dimension: conduct, direction: down}\n",
        )],
        r#"content/categories/town.yaml:1:1: error: a category needs `name`
  |
1 | nmae: 鎮
  | ^
content/categories/town.yaml:1:1: error: unknown key `nmae` in a category
  |
1 | nmae: 鎮
  | ^^^^
  |
  = help: did you mean `name`?
error: 2 errors in 1 file; [ROOT]/output left as it was
"#,
    );
}

#[test]
fn category_without_indicators() {
    fails(
        &[(TOWN, "name: 鎮\n")],
        r#"content/categories/town.yaml:1:1: error: a category needs at least one indicator under `indicators`
  |
1 | name: 鎮
  | ^
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

#[test]
fn category_with_an_empty_indicator_list() {
    fails(
        &[(TOWN, "name: 鎮\nindicators: []\n")],
        r#"content/categories/town.yaml:2:1: error: a category needs at least one indicator under `indicators`
  |
2 | indicators: []
  | ^^^^^^^^^^
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

#[test]
fn category_indicators_not_a_list() {
    fails(
        &[(TOWN, "name: 鎮\nindicators:\n  output: 工業產值\n")],
        r#"content/categories/town.yaml:3:3: error: `indicators` takes a list (lines starting with `- `)
  |
3 |   output: 工業產值
  |   ^
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

const TOWN_HEAD: &str = "name: 鎮\nindicators:\n";
const COMPLAINTS: &str =
    "  - id: complaints\n    name: 信訪件數\n    dimension: conduct\n    direction: down\n";

fn town_with_output(output: &str) -> String {
    format!("{TOWN_HEAD}{output}{COMPLAINTS}")
}

#[test]
fn indicator_missing_id() {
    fails(
        &[(
            TOWN,
            &town_with_output("  - name: 工業產值\n    dimension: results\n"),
        )],
        r#"content/categories/town.yaml:3:5: error: an indicator needs `id`
  |
3 |   - name: 工業產值
  |     ^
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

#[test]
fn indicator_missing_name() {
    fails(
        &[(
            TOWN,
            &town_with_output("  - id: output\n    dimension: results\n"),
        )],
        r#"content/categories/town.yaml:3:5: error: an indicator needs `name`
  |
3 |   - id: output
  |     ^
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

#[test]
fn indicator_missing_dimension() {
    fails(
        &[(
            TOWN,
            &town_with_output("  - id: output\n    name: 工業產值\n"),
        )],
        r#"content/categories/town.yaml:3:5: error: an indicator needs `dimension`
  |
3 |   - id: output
  |     ^
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

#[test]
fn indicator_bad_id() {
    fails(
        &[(
            TOWN,
            &town_with_output("  - id: Output_Value\n    name: 工業產值\n    dimension: results\n"),
        )],
        r#"content/categories/town.yaml:3:9: error: `Output_Value` is not a valid indicator id
  |
3 |   - id: Output_Value
  |         ^^^^^^^^^^^^
  |
  = help: ids are lowercase letters, digits and `-`, starting with a letter or digit
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

#[test]
fn indicator_listed_twice() {
    let town = format!(
        "{TOWN_HEAD}  - id: output\n    name: 工業產值\n    dimension: results\n{COMPLAINTS}  - id: output\n    name: 產值\n    dimension: results\n"
    );
    fails(
        &[(TOWN, &town)],
        r#"content/categories/town.yaml:10:9: error: indicator `output` is listed twice in this category
   |
10 |   - id: output
   |         ^^^^^^
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

#[test]
fn indicator_unknown_dimension_with_did_you_mean() {
    fails(
        &[(
            TOWN,
            &town_with_output("  - id: output\n    name: 工業產值\n    dimension: result\n"),
        )],
        r#"content/categories/town.yaml:5:16: error: unknown dimension `result`
  |
5 |     dimension: result
  |                ^^^^^^
  |
  = help: did you mean `results`? site.yaml has: results, innovation, service, conduct, competence
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

#[test]
fn indicator_unknown_key_with_did_you_mean() {
    fails(
        &[(
            TOWN,
            &town_with_output(
                "  - id: output\n    name: 工業產值\n    dimension: results\n    weigth: 3\n",
            ),
        )],
        r#"content/categories/town.yaml:6:5: error: unknown key `weigth` in an indicator
  |
6 |     weigth: 3
  |     ^^^^^^
  |
  = help: did you mean `weight`?
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

#[test]
fn indicator_direction_and_aggregate_choices() {
    fails(
        &[(
            TOWN,
            &town_with_output(
                "  - id: output\n    name: 工業產值\n    dimension: results\n    direction: upward\n    aggregate: total\n",
            ),
        )],
        r#"content/categories/town.yaml:6:16: error: `direction` takes one of `up`, `down`, not `upward`
  |
6 |     direction: upward
  |                ^^^^^^
content/categories/town.yaml:7:16: error: `aggregate` takes one of `sum`, `cumulative`, `level`, `mean`, not `total`
  |
7 |     aggregate: total
  |                ^^^^^
error: 2 errors in 1 file; [ROOT]/output left as it was
"#,
    );
}

#[test]
fn indicator_weight_not_positive() {
    fails(
        &[(
            TOWN,
            &town_with_output(
                "  - id: output\n    name: 工業產值\n    dimension: results\n    weight: -3\n",
            ),
        )],
        r#"content/categories/town.yaml:6:13: error: `weight` must be greater than 0, not -3
  |
6 |     weight: -3
  |             ^^
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

#[test]
fn indicator_weight_not_a_number() {
    fails(
        &[(
            TOWN,
            &town_with_output(
                "  - id: output\n    name: 工業產值\n    dimension: results\n    weight: 三\n",
            ),
        )],
        r#"content/categories/town.yaml:6:13: error: `weight` takes a number, not `三`
  |
6 |     weight: 三
  |             ^^
  |
  = help: write `3`, in digits
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}

#[test]
fn indicator_decimals_out_of_range_and_not_whole() {
    fails(
        &[(
            TOWN,
            &format!(
                "{TOWN_HEAD}  - id: output\n    name: 工業產值\n    dimension: results\n    decimals: 12\n  - id: complaints\n    name: 信訪件數\n    dimension: conduct\n    decimals: 0.5\n"
            ),
        )],
        r#"content/categories/town.yaml:6:15: error: `decimals` must be at most 10, not 12
  |
6 |     decimals: 12
  |               ^^
content/categories/town.yaml:10:15: error: `decimals` takes a whole number, not `0.5`
   |
10 |     decimals: 0.5
   |               ^^^
error: 2 errors in 1 file; [ROOT]/output left as it was
"#,
    );
}

#[test]
fn category_unknown_key() {
    fails(
        &[(
            "content/categories/dept.yaml",
            "name: 部門\nfocuss: 提升服務效能\nindicators:\n  - {id: approvals, name: 辦結審批, dimension: service, aggregate: cumulative}\n  - {id: wait-days, name: 平均等候天數, dimension: conduct, direction: down, aggregate: mean}\n",
        )],
        r#"content/categories/dept.yaml:2:1: error: unknown key `focuss` in a category
  |
2 | focuss: 提升服務效能
  | ^^^^^^
  |
  = help: did you mean `focus`?
error: 1 error in 1 file; [ROOT]/output left as it was
"#,
    );
}
