//! The open data's JSON layout: serde_json's pretty printing (two spaces a level), byte for
//! byte, with each line break and its indentation written at once.
//!
//! serde_json's `PrettyFormatter` writes a line's indentation two bytes at a time, one write per
//! level. The open data of 10,000 units is 24 months of a million lines six or seven levels
//! deep: writing each line's start at once took its user time from 7.2–8.5 s to 5.3–6.1 s.

use serde::Serialize;
use serde_json::ser::Formatter;
use std::io::{self, Write};

/// `,` then a line break then the deepest indentation written at once; a shallower line takes
/// a prefix of it. Deeper lines (none in the open data) add the rest two spaces at a time.
const LEVELS: usize = 32;
const BREAK: [u8; 2 + 2 * LEVELS] = {
    let mut b = [b' '; 2 + 2 * LEVELS];
    b[0] = b',';
    b[1] = b'\n';
    b
};

#[derive(Default)]
pub(crate) struct Pretty {
    level: usize,
    has_value: bool,
}

impl Pretty {
    /// A line break (after a comma unless `first`) and the indentation of the current level.
    fn line<W: ?Sized + Write>(&self, w: &mut W, first: bool) -> io::Result<()> {
        let from = usize::from(first);
        let depth = self.level.min(LEVELS);
        w.write_all(&BREAK[from..2 + 2 * depth])?;
        for _ in depth..self.level {
            w.write_all(b"  ")?;
        }
        Ok(())
    }

    /// The start of an array or object.
    fn open<W: ?Sized + Write>(&mut self, w: &mut W, bracket: &[u8]) -> io::Result<()> {
        self.level += 1;
        self.has_value = false;
        w.write_all(bracket)
    }

    /// The end of an array or object: its closing bracket on a line of its own when it holds
    /// anything, as serde_json writes it.
    fn close<W: ?Sized + Write>(&mut self, w: &mut W, bracket: &[u8]) -> io::Result<()> {
        self.level -= 1;
        if self.has_value {
            self.line(w, true)?;
        }
        w.write_all(bracket)
    }
}

impl Formatter for Pretty {
    fn begin_array<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.open(w, b"[")
    }

    fn end_array<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.close(w, b"]")
    }

    fn begin_array_value<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.line(w, first)
    }

    fn end_array_value<W: ?Sized + Write>(&mut self, _w: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }

    fn begin_object<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.open(w, b"{")
    }

    fn end_object<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.close(w, b"}")
    }

    fn begin_object_key<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.line(w, first)
    }

    fn begin_object_value<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        w.write_all(b": ")
    }

    fn end_object_value<W: ?Sized + Write>(&mut self, _w: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }
}

/// `v` as pretty JSON into `w`.
pub(crate) fn write<W: Write>(w: W, v: &impl Serialize) -> serde_json::Result<()> {
    v.serialize(&mut serde_json::Serializer::with_formatter(
        w,
        Pretty::default(),
    ))
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    #[test]
    fn the_same_bytes_as_serde_json_pretty() {
        // Empty and nested containers, strings to escape, numbers, nulls, and nesting deeper
        // than the indentation written at once.
        let mut deep = json!({"end": [1, {}]});
        for i in 0..40 {
            deep = json!({"level": i, "inner": [deep, [], {"k": null}]});
        }
        let samples = [
            json!({}),
            json!([]),
            json!({"a": [], "b": {}, "c": [[]], "d": [{}]}),
            json!({"period": "2026-03", "units": [{"unit": "烏鎮", "v": 12.5, "x": null}]}),
            json!(["quote \" and \\ and \n", -0.0, 1e300, true]),
            deep,
        ];
        for v in samples {
            let mut ours = Vec::new();
            super::write(&mut ours, &v).unwrap();
            assert_eq!(
                String::from_utf8(ours).unwrap(),
                serde_json::to_string_pretty(&v).unwrap()
            );
        }
    }
}
