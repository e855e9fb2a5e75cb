//! Which open-data files a rebuild makes again and which it keeps (`serve`, SPEC §14).

use super::{ReportsOnly, Reuse, Sink, render_into};
use crate::files::Body;
use crate::render::urls;
use crate::score::Digest;
use std::collections::BTreeSet;
use std::path::Path;
use std::sync::Mutex;

/// A sink that keeps the previous files, recording what it was given and what it kept.
#[derive(Default)]
struct Record {
    put: Mutex<BTreeSet<String>>,
    kept: Mutex<BTreeSet<String>>,
}

impl Sink for Record {
    fn put(&self, path: String, _: Body) {
        self.put
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(path);
    }
    fn keeps(&self) -> bool {
        true
    }
    /// The templates and the site-wide context are the previous build's.
    fn same_shared(&self, _: u64) -> bool {
        true
    }
    fn keep(&self, path: &str) {
        let mut kept = self.kept.lock().unwrap_or_else(|e| e.into_inner());
        kept.insert(path.to_owned());
    }
}

/// Renders the bundled example as a rebuild after report edits, the previous build's scores
/// being its own as `change` leaves them; gives what was made again and what was kept.
fn after_reports(
    change: impl FnOnce(&mut crate::score::Scores),
) -> (BTreeSet<String>, BTreeSet<String>) {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let tmp = tempfile::tempdir().expect("a temp dir");
    super::pages::fields_tests::copy_dir(&repo.join("content"), &tmp.path().join("content"));
    let site = crate::site::load(tmp.path(), false, None)
        .unwrap_or_else(|_| panic!("the bundled example loads"));
    let theme = crate::site::load_theme(&site, tmp.path(), None)
        .unwrap_or_else(|_| panic!("the default theme loads"));
    let mut previous = site.scores.clone();
    change(&mut previous);
    let (previous, now) = (Digest::of(&previous), Digest::of(&site.scores));
    let units = BTreeSet::from(["wuzhen".to_owned()]);
    let reuse = Reuse {
        figures: false,
        texts: false,
        reports: Some(ReportsOnly {
            previous: &previous,
            now: &now,
            units: &units,
        }),
        generation: 2,
    };
    let sink = Record::default();
    render_into(&site.model, &site.scores, &theme, &sink, reuse, None)
        .unwrap_or_else(|d| panic!("the example renders: {d:?}"));
    (
        sink.put.into_inner().unwrap_or_default(),
        sink.kept.into_inner().unwrap_or_default(),
    )
}

#[test]
fn indicators_csv_is_kept_when_no_month_changed() {
    let (put, kept) = after_reports(|_| {});
    assert!(kept.contains(urls::DATA_INDICATORS), "kept: {kept:?}");
    assert!(!put.contains(urls::DATA_INDICATORS));
    // A report's corrections may have changed: that file is made again.
    assert!(put.contains(urls::DATA_CORRECTIONS));
}

#[test]
fn indicators_csv_is_made_again_when_a_month_changed() {
    let (put, kept) = after_reports(|previous| {
        let first = previous.months.first_mut().expect("the example has months");
        first.time_progress += 0.01;
    });
    assert!(put.contains(urls::DATA_INDICATORS), "put: {put:?}");
    assert!(!kept.contains(urls::DATA_INDICATORS));
}
