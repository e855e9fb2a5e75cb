//! SPEC §17 across a year end: what was published for a year stays as it was when a later
//! year changes the plan (re-pairing, a new indicator, a rename).

use crate::support::{TestSite, snapshot};

const STREET: [&str; 5] = ["alpha", "beta", "delta", "epsilon", "gamma"];

/// The open data of the years before 2027, path → bytes.
fn earlier_data(site: &TestSite, out: &str) -> Vec<(String, Vec<u8>)> {
    snapshot(&site.path(out))
        .into_iter()
        .filter(|(p, _)| p.starts_with("data/2025-") || p.starts_with("data/2026-"))
        .collect()
}

/// Opens 2027: every street unit gets 2027 targets (with the new indicator), alpha is paired
/// anew for 2027, gamma is renamed keeping its old name up to 2026, and alpha reports for
/// January.
pub(crate) fn open_2027(site: &TestSite) {
    let mut town = site.read("content/categories/street.yaml");
    town.push_str(
        "  - {id: green, name: 綠色項目, dimension: results, aggregate: sum, from: 2027}\n",
    );
    site.write("content/categories/street.yaml", &town);
    for u in STREET {
        let path = format!("content/units/{u}/unit.yaml");
        let text = site.read(&path).replacen(
            "targets:\n",
            "targets:\n  2027: {revenue: 60, projects: 15, satisfaction: 90, petitions: 30, digital: 6, green: 3}\n",
            1,
        );
        site.write(&path, &text);
    }
    let alpha = site.read("content/units/alpha/unit.yaml").replacen(
        "years:\n",
        "years:\n  2027:\n    benchmarks: {internal: delta, external: omega}\n",
        1,
    );
    site.write("content/units/alpha/unit.yaml", &alpha);
    let gamma = site.read("content/units/gamma/unit.yaml").replacen(
        "name: 丙街道\n",
        "name: 丙街道（新）\nformer_names:\n  - {name: 丙街道, until: 2026}\n",
        1,
    );
    site.write("content/units/gamma/unit.yaml", &gamma);
    site.write(
        "content/units/alpha/2027-01.md",
        "---\nvalues: {revenue: 5, projects: 1, satisfaction: 91, petitions: 2, digital: 1, green: 1}\n---\n",
    );
}

#[test]
fn a_later_years_plan_leaves_every_earlier_data_file_byte_identical() {
    let site = TestSite::fixture("conformance-years");
    site.build(&["--output", "before"]).success();
    let before = earlier_data(&site, "before");
    assert_eq!(before.len(), 60, "20 months, JSON and two CSVs");
    open_2027(&site);
    site.build(&["--output", "after"]).success();
    assert!(site.path("after/data/2027-01.json").is_file());
    let after = earlier_data(&site, "after");
    for ((p, a), (q, b)) in before.iter().zip(&after) {
        assert_eq!(p, q);
        assert!(a == b, "{p} changed");
    }
    assert_eq!(before.len(), after.len());
    // 2027 itself follows the new plan: alpha's benchmark is delta, the new indicator counts,
    // and gamma's new name is in the CSV.
    let jan = crate::support::read_json(&site.path("after/data/2027-01.json"));
    let alpha = jan["units"]
        .as_array()
        .unwrap()
        .iter()
        .find(|u| u["unit"] == "alpha")
        .unwrap();
    let ids: Vec<&str> = alpha["indicators"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        [
            "revenue",
            "projects",
            "satisfaction",
            "petitions",
            "digital",
            "green"
        ]
    );
    assert_eq!(
        alpha["indicators"][0]["benchmarks"]["internal"]["unit"],
        "delta"
    );
    assert!(
        site.read("after/data/2027-01.csv")
            .contains(",alpha,甲街道,")
    );
    let csv = site.read("after/data/2026-08.csv");
    assert!(csv.contains(",gamma,丙街道,"), "{csv}");
}

#[test]
fn new_report_for_a_year_without_targets_says_what_to_add_first() {
    let site = TestSite::fixture("minimal");
    let root = site.root().to_str().unwrap().to_owned();
    let run = site.run(&["new", "report", "north", "2027-01", "--root", &root]);
    assert_eq!(run.code, 2);
    assert_eq!(
        run.stderr,
        "error: 2027 has no targets yet: its first report makes every unit of category `town` need them; add first, under `targets:`\n  content/units/north/unit.yaml:  2027: {output: …, complaints: …}\n  content/units/south/unit.yaml:  2027: {output: …, complaints: …}\n"
    );
    assert!(!site.path("content/units/north/2027-01.md").exists());
    // A unit that has left takes no report.
    site.write(
        "content/units/east/unit.yaml",
        "name: 東鎮\ncategory: town\nuntil: 2025\n",
    );
    let run = site.run(&["new", "report", "east", "2026-05", "--root", &root]);
    assert_eq!(
        run.stderr,
        "error: `east` does not take part in 2026 (see `from:` and `until:` in content/units/east/unit.yaml)\n"
    );
    // With the targets in place, the report lists the indicators in force that year only.
    let mut town = site.read("content/categories/town.yaml");
    town.push_str("  - id: green\n    name: 綠色項目\n    dimension: results\n    from: 2027\n");
    site.write("content/categories/town.yaml", &town);
    for u in ["north", "south"] {
        let path = format!("content/units/{u}/unit.yaml");
        let text = site.read(&path).replacen(
            "targets:\n",
            "targets:\n  2027: {output: 130, complaints: 20, green: 4}\n",
            1,
        );
        site.write(&path, &text);
    }
    site.run(&["new", "report", "north", "2027-01", "--root", &root])
        .success();
    let report = site.read("content/units/north/2027-01.md");
    assert!(report.contains("  # green:    # 綠色項目\n"), "{report}");
    let run = site.run(&["new", "report", "north", "2026-05", "--root", &root]);
    run.success();
    assert!(
        !site
            .read("content/units/north/2026-05.md")
            .contains("green")
    );
}

#[test]
fn import_refuses_units_and_indicators_outside_the_year() {
    let site = TestSite::fixture("minimal");
    let mut town = site.read("content/categories/town.yaml");
    town.push_str("  - id: green\n    name: 綠色項目\n    dimension: results\n    until: 2025\n");
    site.write("content/categories/town.yaml", &town);
    site.write(
        "content/units/east/unit.yaml",
        "name: 東鎮\ncategory: town\nuntil: 2025\n",
    );
    site.write("v.csv", "unit,output,green\nnorth,12,3\neast,1,\n");
    let root = site.root().to_str().unwrap().to_owned();
    let run = site.run(&["import", "v.csv", "--month", "2026-05", "--root", &root]);
    assert_eq!(run.code, 1);
    assert_eq!(
        run.stderr,
        r#"v.csv:2:10: error: `green` is not in force in 2026; leave the cell empty
  |
2 | north,12,3
  |          ^
v.csv:3:1: error: `east` does not take part in 2026
  |
3 | east,1,
  | ^
  |
  = help: see `from:` and `until:` in content/units/east/unit.yaml; leave its row out
error: 2 errors in 1 file; nothing was written
"#
    );
    assert!(!site.path("content/units/north/2026-05.md").exists());
}
