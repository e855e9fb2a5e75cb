//! Reuse of expensive, pure renderings (charts, Markdown without shortcodes) across the rebuilds
//! of one `serve` session. The same inputs give the same bytes, so reuse never changes output;
//! a normal build leaves it off. Entries unused for a whole rebuild are dropped, so memory stays
//! at about two builds' worth.

use std::collections::HashMap;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{LazyLock, Mutex};

static ENABLED: AtomicBool = AtomicBool::new(false);

/// Turns reuse on for the rest of the process (`serve` does, once).
pub fn enable() {
    ENABLED.store(true, Ordering::Relaxed);
}

pub struct Memo<T> {
    /// (this rebuild's entries, the previous rebuild's).
    maps: Mutex<(HashMap<u64, T>, HashMap<u64, T>)>,
}

impl<T: Clone> Memo<T> {
    fn new() -> Self {
        Memo {
            maps: Mutex::new((HashMap::new(), HashMap::new())),
        }
    }

    /// The value for `key`, computed by `make` when neither this nor the last rebuild had it.
    pub fn get_or(&self, key: u64, make: impl FnOnce() -> T) -> T {
        if !ENABLED.load(Ordering::Relaxed) {
            return make();
        }
        if let Ok(mut m) = self.maps.lock() {
            if let Some(v) = m.0.get(&key) {
                return v.clone();
            }
            if let Some(v) = m.1.remove(&key) {
                m.0.insert(key, v.clone());
                return v;
            }
        }
        let v = make();
        if let Ok(mut m) = self.maps.lock() {
            m.0.insert(key, v.clone());
        }
        v
    }

    /// The value for `key`, if this or the last rebuild kept one.
    pub fn get(&self, key: u64) -> Option<T> {
        if !ENABLED.load(Ordering::Relaxed) {
            return None;
        }
        let mut m = self.maps.lock().ok()?;
        if let Some(v) = m.0.get(&key) {
            return Some(v.clone());
        }
        let v = m.1.remove(&key)?;
        m.0.insert(key, v.clone());
        Some(v)
    }

    /// Keeps `value` for `key` (when reuse is on).
    pub fn insert(&self, key: u64, value: T) {
        if ENABLED.load(Ordering::Relaxed)
            && let Ok(mut m) = self.maps.lock()
        {
            m.0.insert(key, value);
        }
    }

    fn clear(&self) {
        if let Ok(mut m) = self.maps.lock() {
            m.0.clear();
            m.1.clear();
        }
    }

    /// Starts a rebuild: what the last one did not use is forgotten.
    fn next_generation(&self) {
        if let Ok(mut m) = self.maps.lock() {
            let current = std::mem::take(&mut m.0);
            m.1 = current;
        }
    }
}

pub static CHARTS: LazyLock<Memo<String>> = LazyLock::new(Memo::new);
pub static MARKDOWN: LazyLock<Memo<super::markdown::Rendered>> = LazyLock::new(Memo::new);
/// Markdown with shortcodes (bulletins, mostly), whose output depends on the figures and
/// records as well as on its text: valid only while none of those change.
pub static WITH_SHORTCODES: LazyLock<Memo<super::markdown::Rendered>> = LazyLock::new(Memo::new);

/// Called at the start of a render that builds every page's context: what the last such
/// render did not use is forgotten, and so is all Markdown with shortcodes.
pub fn next_generation() {
    if ENABLED.load(Ordering::Relaxed) {
        CHARTS.next_generation();
        MARKDOWN.next_generation();
        WITH_SHORTCODES.clear();
    }
}

/// A key for any hashable inputs (floats hashed by their bits).
pub fn key(parts: impl Hash) -> u64 {
    let mut h = DefaultHasher::new();
    parts.hash(&mut h);
    h.finish()
}
