//! Reuse of expensive, pure renderings (charts, Markdown) across the rebuilds of one `serve`
//! session. The same inputs give the same bytes, so reuse never changes output. Each memo has a
//! byte budget: past it, the least recently used entries go (a 10,000-unit site has gigabytes
//! of chart SVG, more than a session should hold). Entries unused for a whole rebuild go too.

use super::markdown::Rendered;
use std::collections::{BTreeMap, HashMap};
use std::hash::{DefaultHasher, Hash, Hasher};
use std::sync::Mutex;

/// What an entry costs besides its value's own bytes: the map's slot, the recency index, the
/// value's headers (an estimate; it only has to keep many tiny entries from looking free).
const ENTRY_OVERHEAD: usize = 96;

/// The bytes a value holds on the heap, roughly: what a memo's budget counts.
pub trait Weigh {
    fn weight(&self) -> usize;
}

impl Weigh for String {
    fn weight(&self) -> usize {
        self.capacity()
    }
}

impl Weigh for Rendered {
    fn weight(&self) -> usize {
        self.html.capacity()
            + self
                .headings
                .iter()
                .map(|h| h.id.capacity() + h.text.capacity() + 64)
                .sum::<usize>()
            + self.months.capacity() * std::mem::size_of::<crate::model::Month>()
    }
}

/// Values by the key of their inputs ([`key`]), least recently used first out.
pub struct Memo<T> {
    budget: usize,
    lru: Mutex<Lru<T>>,
}

struct Lru<T> {
    entries: HashMap<u64, Entry<T>>,
    /// Keys by the tick of their last use: the first is the least recently used.
    order: BTreeMap<u64, u64>,
    tick: u64,
    /// Bytes held, overhead included.
    bytes: usize,
    /// The rebuild under way ([`Memo::next_generation`] counts them).
    generation: u64,
}

struct Entry<T> {
    value: T,
    bytes: usize,
    /// The entry's key in `order`.
    tick: u64,
    /// The last rebuild that used it.
    generation: u64,
}

impl<T> Default for Memo<T> {
    /// A memo of 64 MiB.
    fn default() -> Self {
        Memo::with_budget(64 << 20)
    }
}

impl<T> Memo<T> {
    /// A memo holding at most about `budget` bytes.
    pub fn with_budget(budget: usize) -> Self {
        Memo {
            budget,
            lru: Mutex::new(Lru {
                entries: HashMap::new(),
                order: BTreeMap::new(),
                tick: 0,
                bytes: 0,
                generation: 0,
            }),
        }
    }

    /// The bytes held now, overhead included.
    pub fn bytes(&self) -> usize {
        self.lru.lock().map_or(0, |l| l.bytes)
    }

    /// Forgets everything.
    pub fn clear(&self) {
        if let Ok(mut l) = self.lru.lock() {
            l.entries.clear();
            l.order.clear();
            l.bytes = 0;
        }
    }

    /// Starts a rebuild: what the last one did not use is forgotten.
    pub fn next_generation(&self) {
        let Ok(mut l) = self.lru.lock() else { return };
        let last = l.generation;
        let Lru {
            entries,
            order,
            bytes,
            ..
        } = &mut *l;
        entries.retain(|_, e| {
            let kept = e.generation >= last;
            if !kept {
                order.remove(&e.tick);
                *bytes -= e.bytes;
            }
            kept
        });
        l.generation += 1;
    }
}

impl<T: Clone + Weigh> Memo<T> {
    /// The value for `key`, computed by `make` when the memo does not hold it.
    pub fn get_or(&self, key: u64, make: impl FnOnce() -> T) -> T {
        if let Some(v) = self.get(key) {
            return v;
        }
        let v = make();
        self.insert(key, v.clone());
        v
    }

    /// The value for `key`, if the memo holds one; it becomes the most recently used.
    pub fn get(&self, key: u64) -> Option<T> {
        let mut l = self.lru.lock().ok()?;
        l.tick += 1;
        let (tick, generation) = (l.tick, l.generation);
        let Lru { entries, order, .. } = &mut *l;
        let e = entries.get_mut(&key)?;
        order.remove(&e.tick);
        order.insert(tick, key);
        e.tick = tick;
        e.generation = generation;
        Some(e.value.clone())
    }

    /// Keeps `value` for `key`, forgetting the least recently used entries past the budget.
    /// A value larger than the whole budget is not kept.
    pub fn insert(&self, key: u64, value: T) {
        let bytes = value.weight() + ENTRY_OVERHEAD;
        if bytes > self.budget {
            return;
        }
        let Ok(mut l) = self.lru.lock() else { return };
        l.tick += 1;
        let entry = Entry {
            value,
            bytes,
            tick: l.tick,
            generation: l.generation,
        };
        l.order.insert(entry.tick, key);
        l.bytes += bytes;
        if let Some(old) = l.entries.insert(key, entry) {
            l.order.remove(&old.tick);
            l.bytes -= old.bytes;
        }
        while l.bytes > self.budget {
            let Some((_, oldest)) = l.order.pop_first() else {
                break;
            };
            if let Some(e) = l.entries.remove(&oldest) {
                l.bytes -= e.bytes;
            }
        }
    }
}

/// `make()`, or the value `memo` keeps for the inputs `parts`; without a memo (a normal build)
/// the key is not even computed.
pub fn cached<T: Clone + Weigh>(
    memo: Option<&Memo<T>>,
    parts: impl Hash,
    make: impl FnOnce() -> T,
) -> T {
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

    /// A string of `n` bytes (capacity `n`), weighing `n + ENTRY_OVERHEAD` in a memo.
    fn s(n: usize) -> String {
        let mut v = String::with_capacity(n);
        v.extend(std::iter::repeat_n('x', n));
        v
    }

    #[test]
    fn an_entry_unused_for_a_whole_rebuild_is_forgotten() {
        let m: Memo<String> = Memo::default();
        m.insert(1, "a".into());
        m.insert(2, "b".into());
        m.next_generation();
        assert_eq!(m.get(1).as_deref(), Some("a")); // used in this rebuild: kept for the next
        m.next_generation();
        assert_eq!(m.get(1).as_deref(), Some("a"));
        assert_eq!(m.get(2), None);
        assert_eq!(m.get_or(3, || "c".into()), "c");
        m.clear();
        assert_eq!(m.get(3), None);
        assert_eq!(m.bytes(), 0);
    }

    #[test]
    fn past_the_budget_the_least_recently_used_go_first() {
        // Room for three entries of 104 bytes (8 + 96 overhead) in 320, not four.
        let m: Memo<String> = Memo::with_budget(320);
        m.insert(1, s(8));
        m.insert(2, s(8));
        m.insert(3, s(8));
        assert_eq!(m.bytes(), 312);
        assert!(m.get(1).is_some()); // 2 is now the least recently used
        m.insert(4, s(8));
        assert_eq!(m.bytes(), 312);
        assert!(m.get(2).is_none());
        assert!(m.get(1).is_some() && m.get(3).is_some() && m.get(4).is_some());
        // One of 200 bytes (296 with overhead) leaves room for nothing else.
        m.insert(5, s(200));
        assert_eq!(m.bytes(), 296);
        assert!(m.get(5).is_some() && m.get(4).is_none());
        // Larger than the whole budget: not kept, nothing evicted for it.
        m.insert(6, s(300));
        assert!(m.get(6).is_none() && m.get(5).is_some());
    }

    #[test]
    fn replacing_an_entry_counts_its_bytes_once() {
        let m: Memo<String> = Memo::with_budget(1000);
        m.insert(1, s(100));
        m.insert(1, s(10));
        assert_eq!(m.bytes(), 106);
        m.next_generation();
        m.next_generation();
        assert_eq!(m.bytes(), 0);
    }
}
