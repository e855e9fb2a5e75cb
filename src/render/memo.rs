//! Reuse of expensive, pure renderings (charts, Markdown) across the rebuilds of one `serve`
//! session. The same inputs give the same bytes, so reuse never changes output. Entries unused
//! for a whole rebuild are dropped, so memory stays at about two builds' worth.

use std::collections::HashMap;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::sync::Mutex;

/// Values by the key of their inputs ([`key`]), kept over one rebuild and the next.
pub struct Memo<T> {
    /// (this rebuild's entries, the previous rebuild's).
    maps: Mutex<(HashMap<u64, T>, HashMap<u64, T>)>,
}

impl<T> Default for Memo<T> {
    fn default() -> Self {
        Memo {
            maps: Mutex::new((HashMap::new(), HashMap::new())),
        }
    }
}

impl<T: Clone> Memo<T> {
    /// The value for `key`, computed by `make` when neither this nor the last rebuild had it.
    pub fn get_or(&self, key: u64, make: impl FnOnce() -> T) -> T {
        if let Some(v) = self.get(key) {
            return v;
        }
        let v = make();
        self.insert(key, v.clone());
        v
    }

    /// The value for `key`, if this or the last rebuild kept one.
    pub fn get(&self, key: u64) -> Option<T> {
        let mut m = self.maps.lock().ok()?;
        if let Some(v) = m.0.get(&key) {
            return Some(v.clone());
        }
        let v = m.1.remove(&key)?;
        m.0.insert(key, v.clone());
        Some(v)
    }

    /// Keeps `value` for `key`.
    pub fn insert(&self, key: u64, value: T) {
        if let Ok(mut m) = self.maps.lock() {
            m.0.insert(key, value);
        }
    }

    /// Forgets everything.
    pub fn clear(&self) {
        if let Ok(mut m) = self.maps.lock() {
            m.0.clear();
            m.1.clear();
        }
    }

    /// Starts a rebuild: what the last one did not use is forgotten.
    pub fn next_generation(&self) {
        if let Ok(mut m) = self.maps.lock() {
            let current = std::mem::take(&mut m.0);
            m.1 = current;
        }
    }
}

/// `make()`, or the value `memo` keeps for the inputs `parts`; without a memo (a normal build)
/// the key is not even computed.
pub fn cached<T: Clone>(memo: Option<&Memo<T>>, parts: impl Hash, make: impl FnOnce() -> T) -> T {
    match memo {
        Some(m) => m.get_or(key(parts), make),
        None => make(),
    }
}

/// A key for any hashable inputs (floats hashed by their bits).
pub fn key(parts: impl Hash) -> u64 {
    let mut h = DefaultHasher::new();
    parts.hash(&mut h);
    h.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_entry_unused_for_a_whole_rebuild_is_forgotten() {
        let m: Memo<u32> = Memo::default();
        m.insert(1, 10);
        m.insert(2, 20);
        m.next_generation();
        assert_eq!(m.get(1), Some(10)); // used in this rebuild: kept for the next
        m.next_generation();
        assert_eq!(m.get(1), Some(10));
        assert_eq!(m.get(2), None);
        assert_eq!(m.get_or(3, || 30), 30);
        m.clear();
        assert_eq!(m.get(3), None);
    }
}
