//! Unit tests of the loader's YAML handling; whole-site cases are in `tests/cli/errors/`.

use super::*;
use tree::Node;

fn file(text: &str) -> SourceFile {
    SourceFile {
        path: "content/x.yaml".into(),
        text: text.into(),
        yaml_line_offset: 0,
    }
}

fn parse(text: &str) -> (Option<Node>, Vec<Diagnostic>) {
    let f = file(text);
    let mut diags = Vec::new();
    let node = parse_yaml(&f, text, &mut diags);
    (node, diags)
}

#[test]
fn quoted_scalars_are_text_not_numbers() {
    // Without `prevent_coercion`, marked-yaml would let "12" pass as a number.
    let (node, diags) = parse("a: \"12\"\nb: 12\nc: 'true'\n");
    assert!(diags.is_empty());
    let map = node.unwrap();
    let map = map.as_mapping().unwrap();
    assert!(!map.get_scalar("a").unwrap().may_coerce());
    assert!(map.get_scalar("b").unwrap().may_coerce());
    assert!(!map.get_scalar("c").unwrap().may_coerce());
}

#[test]
fn an_error_past_the_end_points_at_the_end_of_the_last_line() {
    // The parser reports line 3 (after the text); the excerpt needs a line that exists.
    let (_, diags) = parse("a: 1\nb: {c: 2\n");
    assert_eq!(diags.len(), 1);
    assert_eq!((diags[0].line, diags[0].column), (2, 9));
    assert_eq!(diags[0].source_line.as_deref(), Some("b: {c: 2"));
}

#[test]
fn anchors_are_refused() {
    let (node, diags) = parse("a: &x 1\nb: *x\n");
    assert!(node.is_none());
    assert_eq!(diags.len(), 1);
    assert_eq!(
        diags[0].message,
        "YAML anchors and aliases (`&name`, `*name`) are not supported"
    );
}

#[test]
fn a_failed_parse_is_marked_so_it_is_not_called_empty() {
    let mut diags = Vec::new();
    let bad = yaml_doc("content/site.yaml".into(), "title: [x\n".into(), &mut diags);
    assert!(bad.root.is_none() && bad.failed);
    let empty = yaml_doc("content/site.yaml".into(), "\n".into(), &mut diags);
    assert!(empty.root.is_none() && !empty.failed);
    let unclosed = md_doc(
        "content/pages/a.md".into(),
        "---\ntitle: x\n".into(),
        &mut diags,
    );
    assert!(unclosed.front.is_none() && unclosed.failed);
}

/// A site of a few files in a temporary folder, for the cache's tests.
fn small_site() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let files = [
        ("content/site.yaml", "title: t\noffice: o\n"),
        ("content/units/jia/unit.yaml", "name: 甲\ncategory: town\n"),
        (
            "content/units/jia/2026-01.md",
            "---\nvalues: {}\n---\n一月。\n",
        ),
        (
            "content/units/yi/2026-01.md",
            "---\nvalues: {}\n---\n一月。\n",
        ),
        (
            "content/bulletins/2026-01.md",
            "---\ndate: 2026-02-01\n---\n正文。\n",
        ),
    ];
    for (rel, text) in files {
        let path = dir.path().join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    dir
}

/// Loads with the cache, told the changed paths or not, and returns what it found changed
/// with the number of reports loaded.
fn reload(root: &Path, cache: &mut Cache, changed: Option<&[PathBuf]>) -> (Changed, usize) {
    let (docs, _) = load_with(root, Some(cache), changed).unwrap();
    (cache.changed.clone(), docs.reports.len())
}

#[test]
fn the_cache_tells_what_changed_by_kind() {
    let site = small_site();
    let root = site.path();
    for hinted in [false, true] {
        let mut cache = Cache::default();
        let (first, _) = reload(root, &mut cache, None);
        assert!(
            first.setup && first.records && first.writing,
            "first load: everything"
        );
        assert_eq!(reload(root, &mut cache, None).0, Changed::default());

        let report = root.join("content/units/yi/2026-01.md");
        std::fs::write(&report, "---\nvalues: {}\n---\n一月，改。\n").unwrap();
        let paths = [report.clone()];
        let (changed, reports) = reload(root, &mut cache, hinted.then_some(&paths[..]));
        assert_eq!(changed.reports.iter().collect::<Vec<_>>(), ["yi"]);
        assert!(!changed.setup && !changed.writing && !changed.records);
        // The summary alone was edited: the figures stand.
        assert!(!changed.figures(), "a summary edited");
        assert!(changed.report_bodies, "a summary edited");
        assert_eq!(reports, 2);

        std::fs::write(&report, "---\nvalues: {a: 1}\n---\n一月，改。\n").unwrap();
        let (changed, _) = reload(root, &mut cache, hinted.then_some(&paths[..]));
        assert_eq!(changed.reports.iter().collect::<Vec<_>>(), ["yi"]);
        assert!(changed.figures(), "a value edited");
        // The summary stands.
        assert!(!changed.report_bodies, "a value edited");
        std::fs::write(&report, "---\nvalues: {}\n---\n一月，改。\n").unwrap();
        let (changed, _) = reload(root, &mut cache, hinted.then_some(&paths[..]));
        assert!(changed.figures(), "a value removed");

        let bulletin = root.join("content/bulletins/2026-01.md");
        std::fs::write(&bulletin, "---\ndate: 2026-02-01\n---\n正文，改。\n").unwrap();
        let paths = [bulletin];
        let (changed, _) = reload(root, &mut cache, hinted.then_some(&paths[..]));
        assert!(changed.writing && !changed.figures() && !changed.records);

        std::fs::remove_file(&report).unwrap();
        let paths = [report.clone()];
        let (changed, reports) = reload(root, &mut cache, hinted.then_some(&paths[..]));
        assert_eq!(
            changed.reports.iter().collect::<Vec<_>>(),
            ["yi"],
            "removed"
        );
        assert!(changed.report_bodies, "removed");
        assert_eq!(reports, 1);

        std::fs::write(&report, "---\nvalues: {}\n---\n一月。\n").unwrap();
        let (changed, reports) = reload(root, &mut cache, hinted.then_some(&paths[..]));
        assert_eq!(changed.reports.iter().collect::<Vec<_>>(), ["yi"], "added");
        assert!(changed.report_bodies, "added");
        assert_eq!(reports, 2);

        let unit = root.join("content/units/jia/unit.yaml");
        std::fs::write(&unit, "name: 甲鎮\ncategory: town\n").unwrap();
        let paths = [unit];
        let (changed, _) = reload(root, &mut cache, hinted.then_some(&paths[..]));
        assert!(changed.setup && changed.figures());
    }
}

#[test]
fn unreported_files_are_trusted_and_a_folder_means_a_walk() {
    let site = small_site();
    let root = site.path();
    let mut cache = Cache::default();
    reload(root, &mut cache, None);
    // Changed without the watcher saying so: a load told of nothing keeps the cached document.
    let report = root.join("content/units/jia/2026-01.md");
    std::fs::write(&report, "---\nvalues: {}\n---\n一月，悄悄改。\n").unwrap();
    assert_eq!(reload(root, &mut cache, Some(&[])).0, Changed::default());
    // A folder reported: content/ is walked and every file compared, so the change is found.
    let (changed, _) = reload(root, &mut cache, Some(&[root.join("content/units")]));
    assert_eq!(changed.reports.iter().collect::<Vec<_>>(), ["jia"]);
}
