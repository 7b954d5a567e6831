//! The word table the contact detectors (`phone`, `customer_relationship`)
//! share ([`WordMap`], built by `word_map!`): finds a word among a few
//! hundred with one hash and, nearly always, one string comparison.
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

/// A table of words with a value each, for lookups that cost one hash and
/// nearly always one comparison, built at compile time by [`word_map!`]
/// from a `&[(&str, T)]` list.
///
/// The list itself would cost 12 bytes of pointer, length and padded value
/// per word in the wasm module, and those tables compress badly; here a
/// word costs its bytes in one joined string, a `u16` end offset and its
/// value (issue 2: module size). The slots are those of [`word_slots!`].
pub(crate) struct WordMap<T: 'static> {
    /// The words, back to back.
    pub(crate) joined: &'static [u8],
    /// Where each word ends in `joined`; it starts where the one before
    /// ends.
    pub(crate) ends: &'static [u16],
    /// Each word's value.
    pub(crate) values: &'static [T],
    /// Index + 1 into `ends`, or 0 for an empty slot; a power of two long.
    pub(crate) slots: &'static [u16],
}

impl<T: Copy> WordMap<T> {
    /// The value of `word`, if the table holds it.
    pub(crate) fn get(&self, word: &str) -> Option<T> {
        self.index(word).map(|i| self.values[i])
    }

    /// The table's copy of `word` and its value, if the table holds it.
    pub(crate) fn entry(&self, word: &str) -> Option<(&'static str, T)> {
        let i = self.index(word)?;
        // The bytes of a whole `&str` of the list, so always UTF-8.
        let word = std::str::from_utf8(self.word(i)).ok()?;
        Some((word, self.values[i]))
    }

    /// The bytes of the word at `i`.
    fn word(&self, i: usize) -> &'static [u8] {
        let start = i.checked_sub(1).map_or(0, |before| self.ends[before]);
        &self.joined[usize::from(start)..usize::from(self.ends[i])]
    }

    /// The index of `word`, probing as `word_slots!` placed the words.
    fn index(&self, word: &str) -> Option<usize> {
        let mask = self.slots.len() - 1;
        let mut slot = hash(word.as_bytes()) & mask;
        // Bounded: the table always has empty slots, so the probe ends.
        for _ in 0..self.slots.len() {
            let i = usize::from(self.slots[slot]).checked_sub(1)?;
            if self.word(i) == word.as_bytes() {
                return Some(i);
            }
            slot = (slot + 1) & mask;
        }
        None
    }
}

/// Builds a [`WordMap`] over `$entries` (a `&[(&str, $value)]` constant,
/// fewer than 65,535 entries of 65,535 bytes in all) with `$slots` slots (a
/// power of two well above the number of entries), at compile time. The
/// list is then used only when compiling (and by tests), so it is not in
/// the module.
macro_rules! word_map {
    ($entries:expr, $value:ty, $slots:expr) => {{
        use $crate::detect::contact_common::{map_ends, map_joined, map_values, WordMap};
        // Named so as not to shadow a caller's list: `$entries` is
        // resolved inside this block, and item names are not hygienic.
        const WORD_MAP_ENTRIES: &[(&str, $value)] = $entries;
        const N: usize = WORD_MAP_ENTRIES.len();
        const ENDS: [u16; N] = map_ends(WORD_MAP_ENTRIES);
        const JOINED: [u8; ENDS[N - 1] as usize] = map_joined(WORD_MAP_ENTRIES);
        const VALUES: [$value; N] = map_values(WORD_MAP_ENTRIES);
        const SLOTS: [u16; $slots] =
            $crate::detect::contact_common::word_slots!(WORD_MAP_ENTRIES, $slots);
        WordMap {
            joined: &JOINED,
            ends: &ENDS,
            values: &VALUES,
            slots: &SLOTS,
        }
    }};
}
pub(crate) use word_map;

/// Where each word of `entries` ends when they are joined, for
/// `word_map!`. `N` must be the number of entries.
pub(crate) const fn map_ends<T, const N: usize>(entries: &[(&str, T)]) -> [u16; N] {
    let mut out = [0; N];
    let (mut end, mut i) = (0, 0);
    while i < N {
        end += entries[i].0.len();
        assert!(
            end <= u16::MAX as usize,
            "word_map!: the words are too long"
        );
        out[i] = end as u16;
        i += 1;
    }
    out
}

/// The words of `entries` back to back, for `word_map!`. `N` must be their
/// total length.
pub(crate) const fn map_joined<T, const N: usize>(entries: &[(&str, T)]) -> [u8; N] {
    let mut out = [0; N];
    let (mut at, mut i) = (0, 0);
    while i < entries.len() {
        let word = entries[i].0.as_bytes();
        let mut j = 0;
        while j < word.len() {
            out[at] = word[j];
            at += 1;
            j += 1;
        }
        i += 1;
    }
    out
}

/// The values of `entries`, for `word_map!`. `N` must be the number of
/// entries, at least one.
pub(crate) const fn map_values<T: Copy, const N: usize>(entries: &[(&str, T)]) -> [T; N] {
    let mut out = [entries[0].1; N];
    let mut i = 0;
    while i < N {
        out[i] = entries[i].1;
        i += 1;
    }
    out
}

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
