//! Where shortcode HTML goes. The cleaned HTML holds, for each shortcode, a marker naming a
//! secret drawn afresh for every text, so no author can write one; the generated HTML is put in
//! only where the whole marker element survives as markup (not inside an attribute or text), and
//! a marker that did not is an error rather than a hole in the cleaned page.

use super::super::shortcode::{Problem, Shortcode};
use super::limits::{MAX_SHORTCODE_BYTES, MAX_SHORTCODES};
use std::fmt::Write as _;

pub struct Slots {
    secret: String,
    /// Generated HTML, and the byte offset of its shortcode in the Markdown text.
    html: Vec<(String, usize)>,
    bytes: usize,
}

impl Slots {
    pub fn new() -> Slots {
        Slots {
            secret: secret(),
            html: Vec::new(),
            bytes: 0,
        }
    }

    /// Expands one shortcode (at byte `at` of the text) into the next slot, within the limits
    /// on how many a text may hold and how much HTML they may make.
    pub fn expand(
        &mut self,
        sc: &Shortcode,
        at: usize,
        expand: &mut dyn FnMut(&Shortcode) -> Result<String, Problem>,
    ) -> Result<(), Problem> {
        if self.html.len() >= MAX_SHORTCODES {
            return Err(Problem::with_help(
                crate::tr!("sc-too-many", max = MAX_SHORTCODES.to_string()),
                crate::tr!("md-split-help"),
            ));
        }
        let html = expand(sc)?;
        self.bytes += html.len();
        if self.bytes > MAX_SHORTCODE_BYTES {
            return Err(Problem::with_help(
                crate::tr!(
                    "sc-too-much-html",
                    mib = (MAX_SHORTCODE_BYTES >> 20).to_string()
                ),
                crate::tr!("md-split-help"),
            ));
        }
        self.html.push((html, at));
        Ok(())
    }

    /// The marker element of the slot filled last.
    pub fn marker(&self) -> String {
        format!("{}\n", self.element(self.html.len().saturating_sub(1)))
    }

    fn element(&self, i: usize) -> String {
        format!(
            "<div class=\"shortcode\">pacesetter-slot-{}-{i}</div>",
            self.secret
        )
    }

    /// Puts the generated HTML in place of the markers. Err is the text offset of a shortcode
    /// whose marker is no longer a whole element of its own.
    pub fn fill(self, html: String) -> Result<String, usize> {
        if self.html.is_empty() {
            return Ok(html);
        }
        let mut places = Vec::with_capacity(self.html.len());
        for (i, (_, at)) in self.html.iter().enumerate() {
            let element = self.element(i);
            let mut found = html.match_indices(&element);
            match (found.next(), found.next()) {
                (Some((pos, _)), None) => places.push((pos, element.len(), i)),
                _ => return Err(*at),
            }
        }
        places.sort_unstable();
        let mut out = String::with_capacity(html.len() + self.bytes);
        let mut from = 0;
        for (pos, len, i) in places {
            out.push_str(&html[from..pos]);
            out.push_str("<div class=\"shortcode\">");
            out.push_str(&self.html[i].0);
            out.push_str("</div>");
            from = pos + len;
        }
        out.push_str(&html[from..]);
        Ok(out)
    }
}

/// 128 bits no author can know: the keys of two freshly seeded hashers.
fn secret() -> String {
    use std::hash::{BuildHasher, Hasher};
    let mut out = String::with_capacity(32);
    for _ in 0..2 {
        let h = std::collections::hash_map::RandomState::new()
            .build_hasher()
            .finish();
        let _ = write!(out, "{h:016x}");
    }
    out
}
