//! Which open-data files a rebuild makes again and which it keeps (`serve`, SPEC §14).

use super::{ReportsOnly, Reuse, Sink, render_into};
use crate::files::Body;
use crate::render::urls;
use crate::score::Digest;
use std::collections::BTreeSet;
use std::path::Path;
use std::sync::Mutex;

/// A sink that keeps the previous files, recording what it was given and what it kept; the
/// previous file's parts are `<part N>`.
#[derive(Default)]
struct Record {
    put: Mutex<BTreeSet<String>>,
    kept: Mutex<BTreeSet<String>>,
    indicators: Mutex<Vec<u8>>,
}

impl Sink for Record {
    fn put(&self, path: String, body: Body) {
        if path == urls::DATA_INDICATORS
            && let Body::Bytes(b) = body
        {
            *self.indicators.lock().unwrap_or_else(|e| e.into_inner()) = b;
        }
        self.put
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(path);
    }
    fn previous_part(&self, path: &str, index: usize) -> Option<Vec<u8>> {
        (path == urls::DATA_INDICATORS).then(|| format!("<part {index}>").into_bytes())
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
    let (put, kept, _) = after_reports_indicators(change);
    (put, kept)
}

/// [`after_reports`], with the bytes of `data/indicators.csv` when it was made again.
fn after_reports_indicators(
    change: impl FnOnce(&mut crate::score::Scores),
) -> (BTreeSet<String>, BTreeSet<String>, String) {
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
    let months = BTreeSet::from([(2026, 10)]);
    let reuse = Reuse {
        figures: false,
        texts: false,
        reports: Some(ReportsOnly {
            previous: &previous,
            now: &now,
            units: &units,
            months: &months,
        }),
        quarterlies: None,
        generation: 2,
    };
    let sink = Record::default();
    render_into(&site.model, &site.scores, &theme, &sink, reuse, None)
        .unwrap_or_else(|d| panic!("the example renders: {d:?}"));
    let indicators = sink.indicators.into_inner().unwrap_or_default();
    (
        sink.put.into_inner().unwrap_or_default(),
        sink.kept.into_inner().unwrap_or_default(),
        String::from_utf8_lossy(&indicators).into_owned(),
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

/// Months whose figures did not change are the previous file's parts (month `i` is part
/// `i + 1`, after the header); the changed month is made again.
#[test]
fn indicators_csv_reuses_the_months_that_did_not_change() {
    let (put, _, csv) = after_reports_indicators(|previous| {
        let first = previous.months.first_mut().expect("the example has months");
        first.time_progress += 0.01;
    });
    assert!(put.contains(urls::DATA_INDICATORS), "put: {put:?}");
    assert!(!csv.contains("<part 0>"), "the header is made: {csv:.200}");
    assert!(
        !csv.contains("<part 1>"),
        "the changed month is made: {csv:.200}"
    );
    assert!(
        csv.contains("<part 2>") && csv.contains("<part 3>"),
        "{csv:.300}"
    );
    assert!(csv.contains(crate::render::sheets::INDICATORS_HEADER));
}
