//! Simplified and Traditional characters folded alike for search (SPEC §18): each character maps
//! to its Simplified form by OpenCC's character table (TSCharacters, as the `ferrous-opencc`
//! crate ships it), and letters to lower case. The index keeps the text as written; the few
//! pairs a query may need travel with it, so search.js folds exactly as [`fold`] does.

use foldhash::HashMap;
use std::collections::{BTreeMap, HashSet};
use std::sync::LazyLock;

/// Traditional → Simplified, one character to one, for every CJK character OpenCC converts.
/// Built once per process: it depends on nothing but the crate's table.
static TABLE: LazyLock<HashMap<char, char>> = LazyLock::new(|| {
    let Ok(cc) = ferrous_opencc::OpenCC::from_config(ferrous_opencc::config::BuiltinConfig::T2s)
    else {
        return HashMap::default();
    };
    let ranges = [
        0x3400..=0x4DBF_u32,
        0x4E00..=0x9FFF,
        0xF900..=0xFAFF,
        0x20000..=0x2A6DF,
    ];
    let mut table = HashMap::default();
    for c in ranges.into_iter().flatten().filter_map(char::from_u32) {
        let mut buf = [0; 4];
        let out = cc.convert(c.encode_utf8(&mut buf));
        let mut chars = out.chars();
        if let (Some(s), None) = (chars.next(), chars.next())
            && s != c
        {
            table.insert(c, s);
        }
    }
    table
});

/// One character folded: its Simplified form, or its lower case when that is one character.
pub fn fold_char(c: char) -> char {
    // Most characters of an index are ASCII (markup words, figures): no table lookup for them.
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    if let Some(&s) = TABLE.get(&c) {
        return s;
    }
    let mut lower = c.to_lowercase();
    match (lower.next(), lower.next()) {
        (Some(l), None) => l,
        _ => c,
    }
}

/// Text folded character by character (so positions in characters stay the same).
pub fn fold(s: &str) -> String {
    s.chars().map(fold_char).collect()
}

/// The table's pairs a search of `texts` can use, as one string `XSXS…`: every character that
/// folds to a character found in the folded texts. A query character whose folded form is in
/// no text cannot match anything, so its pair is left out and the index stays small. (The index
/// gathers its texts' characters as it serialises them, and calls [`pairs_of`].)
#[cfg(test)]
pub fn pairs_for<'a>(texts: impl Iterator<Item = &'a str>) -> String {
    let mut chars = Chars::default();
    for t in texts {
        chars.extend(t.chars());
    }
    pairs_of(&chars)
}

/// The distinct characters of some texts.
pub type Chars = HashSet<char, foldhash::fast::FixedState>;

/// [`pairs_for`] the texts whose characters are `chars`.
pub fn pairs_of(chars: &Chars) -> String {
    // Each distinct character is folded once (a site's texts repeat a few thousand of them).
    let seen: Chars = chars.iter().map(|&c| fold_char(c)).collect();
    let pairs: BTreeMap<char, char> = TABLE
        .iter()
        .filter(|(_, s)| seen.contains(s))
        .map(|(&t, &s)| (t, s))
        .collect();
    pairs.into_iter().flat_map(|(t, s)| [t, s]).collect()
}

#[cfg(test)]
mod tests {
    use super::{fold, pairs_for};

    #[test]
    fn traditional_and_simplified_fold_alike() {
        assert_eq!(fold("烏鎮"), fold("乌镇"));
        assert_eq!(fold("蘭溪"), fold("兰溪"));
        assert_eq!(fold("烏鎮"), "乌镇");
        assert_eq!(fold("Output 產值"), "output 产值");
    }

    #[test]
    fn pairs_cover_only_characters_in_the_texts() {
        let pairs = pairs_for(["烏鎮"].into_iter());
        assert!(pairs.contains("烏乌"), "{pairs}");
        assert!(pairs.contains("鎮镇"), "{pairs}");
        assert!(!pairs.contains('兰'), "{pairs}");
    }
}
