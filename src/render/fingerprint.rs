//! Fingerprints of what a page is rendered from (its template, the shared context and its own
//! context), so that `serve` can tell a page that would come out the same without rendering it.

use std::hash::{BuildHasher, Hasher};

/// A fixed-seed hasher: the same inputs give the same fingerprint in every rebuild. foldhash
/// rather than SipHash because unit pages carry hundreds of kilobytes of chart SVG each, and a
/// fingerprint is only ever compared with the same page's previous one (a collision would keep
/// one stale page in a preview, never touch a build).
pub struct Fingerprint(foldhash::quality::FoldHasher<'static>);

static SEED: foldhash::quality::FixedState = foldhash::quality::FixedState::with_seed(0x7061_6365);

impl Fingerprint {
    pub fn new() -> Self {
        Fingerprint(SEED.build_hasher())
    }

    pub fn str(&mut self, s: &str) {
        self.0.write_usize(s.len());
        self.0.write(s.as_bytes());
    }

    /// A value by its JSON text, written straight into the hash (no copy is made).
    pub fn serialized(&mut self, v: &impl serde::Serialize) {
        struct Into<'h>(&'h mut foldhash::quality::FoldHasher<'static>);
        impl std::io::Write for Into<'_> {
            fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
                self.0.write(buf);
                Ok(buf.len())
            }
            fn flush(&mut self) -> std::io::Result<()> {
                Ok(())
            }
        }
        // A value that cannot be serialised cannot be rendered either: that page fails anyway.
        let ok = serde_json::to_writer(Into(&mut self.0), v).is_ok();
        self.0.write_u8(u8::from(ok));
    }

    pub fn u64(&mut self, n: u64) {
        self.0.write_u64(n);
    }

    pub fn finish(&self) -> u64 {
        self.0.finish()
    }
}

#[cfg(test)]
mod tests {
    use super::Fingerprint;
    use std::collections::BTreeMap;

    fn of(v: &impl serde::Serialize) -> u64 {
        let mut h = Fingerprint::new();
        h.serialized(v);
        h.finish()
    }

    #[test]
    fn same_value_same_fingerprint() {
        assert_eq!(of(&("a", [1, 2])), of(&("a", [1, 2])));
    }

    #[test]
    fn structure_counts() {
        assert_ne!(of(&["a", "b"]), of(&["ab"]));
        assert_ne!(of(&["ab", ""]), of(&["a", "b"]));
        assert_ne!(of(&1), of(&"1"));
        let map = |k: &str, v: &str| BTreeMap::from([(k.to_owned(), v.to_owned())]);
        assert_ne!(of(&map("a", "b")), of(&map("ab", "")));
        assert_ne!(of(&None::<bool>), of(&false));
        assert_ne!(of(&[Vec::<u8>::new()]), of(&Vec::<u8>::new()));
    }
}
