//! The word-table hashing the contact detectors (`phone`,
//! `customer_relationship`) share, through `word_map!` in `lexicon_common`:
//! finds a word among a few hundred with one hash and, nearly always, one
//! string comparison.
//!
//! Why not a `match` or a binary search: both compare strings, a dozen times
//! per word, and these detectors look up every word of the text
//! (`customer_relationship`) or every word near a number (`phone`). The
//! table is built at compile time, so a scan allocates nothing.

/// FNV-1a over the word's bytes: cheap for short words, and it spreads
/// words that share their first and last letters (`vaším`, `vašim`).
pub(crate) const fn hash(word: &[u8]) -> usize {
    let mut h: u32 = 0x811C_9DC5;
    let mut i = 0;
    while i < word.len() {
        h ^= word[i] as u32;
        h = h.wrapping_mul(0x0100_0193);
        i += 1;
    }
    h as usize
}

/// Builds the slots of a word table over `$entries` (a slice of
/// `(&str, value)`): `[u16; $slots]`, each slot 0 or 1 + an entry index,
/// with linear probing. `$slots` must be a power of two well above the
/// number of entries, so that probes stay short.
macro_rules! word_slots {
    ($entries:expr, $slots:expr) => {{
        let entries = $entries;
        let mut slots = [0u16; $slots];
        let mut i = 0;
        while i < entries.len() {
            let mut slot =
                $crate::detect::contact_common::hash(entries[i].0.as_bytes()) & ($slots - 1);
            while slots[slot] != 0 {
                slot = (slot + 1) & ($slots - 1);
            }
            slots[slot] = i as u16 + 1;
            i += 1;
        }
        slots
    }};
}
pub(crate) use word_slots;

/// A set of word shapes: first byte, second byte (its low five bits, which
/// tell the letters apart) and length (up to 31), one `u64` per first byte.
/// Testing a word costs one table read and two shifts, so a detector that
/// meets every word of the text rejects nearly all of them before hashing
/// the whole word and comparing strings (issue 2). False positives are
/// possible, false negatives are not.
pub(crate) type ShapeSet = [u64; 256];

/// Bit of a [`ShapeSet`] entry for the second byte `second`.
pub(crate) const fn second_bit(second: u8) -> u64 {
    1 << (second & 31)
}

/// Bit of a [`ShapeSet`] entry for a word of `len` bytes.
pub(crate) const fn length_bit(len: usize) -> u64 {
    1 << (32 + if len < 31 { len } else { 31 })
}

/// Builds the [`ShapeSet`] of the words of `$entries` (a slice of
/// `(&str, value)`, no word empty), at compile time.
macro_rules! shape_set {
    ($entries:expr) => {{
        use $crate::detect::contact_common::{length_bit, second_bit};
        let entries = $entries;
        let mut set = [0u64; 256];
        let mut i = 0;
        while i < entries.len() {
            let word = entries[i].0.as_bytes();
            let second = if word.len() > 1 { word[1] } else { 0 };
            set[word[0] as usize] |= second_bit(second) | length_bit(word.len());
            i += 1;
        }
        set
    }};
}
pub(crate) use shape_set;

/// A [`ShapeSet`] of the first two bytes of `words`, whatever their length;
/// a one-byte word admits any second byte. For word lists matched as
/// prefixes or inside longer text.
pub(crate) const fn prefix_set(words: &[&str]) -> ShapeSet {
    let mut set = [0u64; 256];
    let mut i = 0;
    while i < words.len() {
        let word = words[i].as_bytes();
        let seconds = if word.len() > 1 {
            second_bit(word[1])
        } else {
            !0 >> 32
        };
        set[word[0] as usize] |= seconds | !0 << 32;
        i += 1;
    }
    set
}

/// True when `set` may hold `word` (never false for a word it holds).
pub(crate) fn may_hold(set: &ShapeSet, word: &[u8]) -> bool {
    let Some(&first) = word.first() else {
        return false;
    };
    let entry = set[usize::from(first)];
    let second = word.get(1).map_or(0, |&b| b);
    entry & second_bit(second) != 0 && entry & length_bit(word.len()) != 0
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::detect::lexicon_common::{word_map, WordMap};

    const ENTRIES: &[(&str, u8)] = &[("vaším", 1), ("vašim", 2), ("your", 3), ("ihr", 4)];
    static MAP: WordMap<u8> = word_map!(ENTRIES, u8, 16);

    #[test]
    fn every_entry_is_found_with_its_value() {
        for &(w, v) in ENTRIES {
            assert_eq!(MAP.entry(w), Some((w, v)));
            assert_eq!(MAP.get(w), Some(v));
        }
    }

    #[test]
    fn other_words_are_not_found() {
        for w in ["", "vaši", "yours", "Ihr", "ihre", "💥"] {
            assert_eq!(MAP.get(w), None, "{w}");
        }
    }

    #[test]
    fn a_shape_set_holds_its_words_and_rejects_most_others() {
        const SHAPES: ShapeSet = shape_set!(ENTRIES);
        for &(w, _) in ENTRIES {
            assert!(may_hold(&SHAPES, w.as_bytes()), "{w}");
        }
        let others = ["", "the", "vous", "yours", "ih", "über", "a"];
        assert!(others.iter().all(|w| !may_hold(&SHAPES, w.as_bytes())));
    }
}
