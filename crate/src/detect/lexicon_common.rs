//! Word helpers the lexicon rules (`person_name`, `postal_address`) share:
//! reading words of letters, telling capitalised words, looking words up in
//! word lists.
//!
//! Every reader stops after [`MAX_WORD`] bytes, so one call costs O(1) and a
//! detector that calls them a bounded number of times per position stays
//! linear in the text length.

use std::sync::OnceLock;

/// The longest word, in bytes, a reader looks at.
pub(crate) const MAX_WORD: usize = 48;

/// The end of the word starting at `at`: letters (any script, with
/// diacritics), joined by single hyphens or apostrophes ("Hans-Peter",
/// "O'Brien", "Aix-en-Provence"). `None` when no letter starts at `at`, when
/// `at` is not a char boundary, or when the word is longer than [`MAX_WORD`].
pub(crate) fn letters_end(text: &str, at: usize) -> Option<usize> {
    let rest = text.get(at..)?;
    // Most letters are ASCII: they are skipped without decoding chars (the
    // readers were a twentieth of a scan, issue 2). A letter past
    // `MAX_WORD` makes the word too long, as in the loop below.
    let ascii = ascii_letters(rest.bytes());
    if ascii > MAX_WORD + 1 {
        return None;
    }
    let mut end = at + ascii;
    let mut joiner = false;
    for (i, c) in rest[ascii..].char_indices() {
        let i = ascii + i;
        if i > MAX_WORD {
            return None;
        }
        if is_letter(c) {
            end = at + i + c.len_utf8();
            joiner = false;
        } else if matches!(c, '-' | '\'' | '’') && end > at && !joiner {
            joiner = true;
        } else {
            break;
        }
    }
    (end > at).then_some(end)
}

/// How many ASCII letters `bytes` starts with, counted up to `MAX_WORD + 2`
/// (enough to tell a word too long from either end).
fn ascii_letters(bytes: impl Iterator<Item = u8>) -> usize {
    bytes
        .take(MAX_WORD + 2)
        .take_while(u8::is_ascii_alphabetic)
        .count()
}

/// `c.is_alphabetic()`, answered without a table search for ASCII and
/// Latin-1 and Latin Extended-A letters (the accents of de, fr, it, nl, cs),
/// where the search cost a tenth of the name scan (issue 2).
pub(crate) fn is_letter(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' => true,
        '\u{C0}'..='\u{17F}' => c != '\u{D7}' && c != '\u{F7}',
        _ => c > '\u{7F}' && c.is_alphabetic(),
    }
}

/// The start of the word of letters that ends at `end` (see [`letters_end`]).
pub(crate) fn letters_start(text: &str, end: usize) -> Option<usize> {
    let head = text.get(..end)?;
    // The ASCII letters first, as in `letters_end`.
    let ascii = ascii_letters(head.bytes().rev());
    if ascii > MAX_WORD {
        return None;
    }
    let mut start = end - ascii;
    let mut joiner = false;
    for (i, c) in head[..start].char_indices().rev() {
        if end - i > MAX_WORD {
            return None;
        }
        if is_letter(c) {
            start = i;
            joiner = false;
        } else if matches!(c, '-' | '\'' | '’') && start < end && !joiner {
            joiner = true;
        } else {
            break;
        }
    }
    (start < end).then_some(start)
}

/// True when `word` starts with an uppercase letter and has a lowercase one:
/// "Anna", "McDonald", "Müller-Lüdenscheid"; not "ANNA", "anna", "iPhone".
pub(crate) fn is_capitalised(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase) && chars.any(char::is_lowercase)
}

/// True when `word` has at least two letters and none is lowercase.
pub(crate) fn is_upper(word: &str) -> bool {
    word.chars().filter(|&c| is_letter(c)).nth(1).is_some() && !word.chars().any(char::is_lowercase)
}

/// A long word list packed into one string, one word per line, each line
/// ending in `\n` (written with `concat!` in the data modules).
///
/// A `&[&str]` costs 8 bytes of pointer and length per word in the wasm
/// module on top of the words themselves, and those tables compress badly:
/// for the 2,000 first names of the data modules, 16 KB (issue 2: module
/// size). Lookups go through a table built once ([`WordTable`]).
#[derive(Clone, Copy)]
pub(crate) struct PackedWords(pub(crate) &'static str);

impl PackedWords {
    /// The words in order.
    pub(crate) fn iter(self) -> impl Iterator<Item = &'static str> + Clone {
        self.0.split_terminator('\n')
    }
}

/// A long sorted word list front-coded in one string: each word is a digit,
/// how many of its leading characters it shares with the word before (at
/// most 9), then the rest of it. Words hold no digits.
///
/// For the 5,000 generated first names this costs 43 % fewer bytes in the
/// wasm module than [`PackedWords`] (22 % fewer gzipped), as sorted names
/// share their beginnings ("mar", "marie"). The words are decoded once, at
/// first use, into a table ([`WordTable`]): lookups cost the same.
#[derive(Clone, Copy)]
pub(crate) struct FrontCoded(pub(crate) &'static str);

impl FrontCoded {
    /// The words in order, decoded.
    pub(crate) fn iter(self) -> impl Iterator<Item = String> {
        let mut rest = self.0;
        let mut word = String::new();
        std::iter::from_fn(move || {
            let mut chars = rest.chars();
            let shared = usize::try_from(chars.next()?.to_digit(10)?).ok()?;
            let tail = chars.as_str();
            let end = tail
                .find(|c: char| c.is_ascii_digit())
                .unwrap_or(tail.len());
            let keep = word
                .char_indices()
                .nth(shared)
                .map_or(word.len(), |(i, _)| i);
            word.truncate(keep);
            word.push_str(&tail[..end]);
            rest = &tail[end..];
            Some(word.clone())
        })
    }
}

/// A word list for lookups that cost one hash and about one comparison,
/// built on the first lookup.
///
/// A binary search over a few hundred words made ten `memcmp` calls per
/// lookup and topped the profile of the lexicon detectors (issue 2).
pub(crate) struct WordSet {
    words: Words,
    table: OnceLock<(Vec<&'static str>, WordTable)>,
}

/// Where a [`WordSet`]'s words come from.
enum Words {
    List(&'static [&'static str]),
    Packed(PackedWords),
    /// Words each followed by a newline (see `word_set!`).
    Joined(&'static [u8]),
}

impl WordSet {
    /// The set of `words` (see [`WordTable::new`]).
    pub(crate) const fn new(words: &'static [&'static str]) -> WordSet {
        WordSet {
            words: Words::List(words),
            table: OnceLock::new(),
        }
    }

    /// The set of a packed list's words.
    pub(crate) const fn packed(words: PackedWords) -> WordSet {
        WordSet {
            words: Words::Packed(words),
            table: OnceLock::new(),
        }
    }

    /// The set of newline-joined words (see `word_set!`).
    pub(crate) const fn joined(words: &'static [u8]) -> WordSet {
        WordSet {
            words: Words::Joined(words),
            table: OnceLock::new(),
        }
    }

    /// True when `word` is one of the set's words.
    pub(crate) fn contains(&self, word: &str) -> bool {
        let (words, table) = self.table.get_or_init(|| {
            let words: Vec<&'static str> = match self.words {
                Words::List(list) => list.to_vec(),
                Words::Packed(packed) => packed.iter().collect(),
                // One piece per word, each ending in its newline; cut at
                // ASCII newlines out of whole `&str`s, so every word is
                // UTF-8 and `ok()` drops nothing.
                Words::Joined(joined) => joined
                    .split_inclusive(|&b| b == b'\n')
                    .filter_map(|w| std::str::from_utf8(&w[..w.len() - 1]).ok())
                    .collect(),
            };
            let table = WordTable::new(&words);
            (words, table)
        });
        table.find(words, word).is_some()
    }
}

/// The length of `words` joined by `word_set!`: each word and a newline.
pub(crate) const fn joined_len(words: &[&str]) -> usize {
    let mut len = 0;
    let mut i = 0;
    while i < words.len() {
        len += words[i].len() + 1;
        i += 1;
    }
    len
}

/// `words`, each followed by a newline, as bytes: evaluated when compiling,
/// for `word_set!`. `N` must be [`joined_len`] of `words`.
pub(crate) const fn joined<const N: usize>(words: &[&str]) -> [u8; N] {
    let mut out = [0; N];
    let (mut at, mut i) = (0, 0);
    while i < words.len() {
        let word = words[i].as_bytes();
        let mut j = 0;
        while j < word.len() {
            out[at] = word[j];
            at += 1;
            j += 1;
        }
        out[at] = b'\n';
        at += 1;
        i += 1;
    }
    out
}

/// A hash table of the indexes of a word list; a quarter full, so most
/// lookups compare at most one word.
pub(crate) struct WordTable {
    /// Index + 1 into the list, or 0 for an empty slot; a power of two long.
    slots: Vec<u16>,
}

impl WordTable {
    /// The table of `words`, which must not repeat and number below 65535.
    pub(crate) fn new(words: &[&str]) -> WordTable {
        let mut table = WordTable {
            slots: vec![0; (words.len() * 4).next_power_of_two().max(16)],
        };
        for (i, word) in words.iter().enumerate() {
            let slot = table.probe(words, word).unwrap_or_else(|free| free);
            table.slots[slot] = u16::try_from(i + 1).unwrap_or(0);
        }
        table
    }

    /// The index of `word` in `words`, the list the table was built from.
    pub(crate) fn find(&self, words: &[&str], word: &str) -> Option<usize> {
        let slot = self.probe(words, word).ok()?;
        Some(usize::from(self.slots[slot]) - 1)
    }

    /// The slot that holds `word`, or the free slot where it would go.
    fn probe(&self, words: &[&str], word: &str) -> Result<usize, usize> {
        let mask = self.slots.len() - 1;
        let mut slot = hash(word.as_bytes()) & mask;
        loop {
            match self.slots[slot] {
                0 => return Err(slot),
                i if words[usize::from(i) - 1] == word => return Ok(slot),
                _ => slot = (slot + 1) & mask,
            }
        }
    }
}

/// A hash of a word from its length and at most sixteen of its bytes (the
/// first and last eight, overlapping in short words): O(1) for any length,
/// with no copy, and words that share both ends are rare in a list.
fn hash(word: &[u8]) -> usize {
    let n = word.len();
    let ends = if n >= 8 {
        u64_at(word, 0) ^ u64_at(word, n - 8).rotate_left(23)
    } else if n >= 4 {
        u64::from(u32_at(word, 0)) << 32 | u64::from(u32_at(word, n - 4))
    } else if n > 0 {
        u64::from(word[0]) << 16 | u64::from(word[n / 2]) << 8 | u64::from(word[n - 1])
    } else {
        0
    };
    ((ends ^ n as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 32) as usize
}

fn u64_at(bytes: &[u8], at: usize) -> u64 {
    let chunk = bytes.get(at..at + 8).and_then(|c| c.try_into().ok());
    u64::from_le_bytes(chunk.unwrap_or([0; 8]))
}

fn u32_at(bytes: &[u8], at: usize) -> u32 {
    let chunk = bytes.get(at..at + 4).and_then(|c| c.try_into().ok());
    u32::from_le_bytes(chunk.unwrap_or([0; 4]))
}

/// Tests on eight bytes at once, one byte per lane of a `u64` (SWAR): a
/// scan that skips to the next interesting byte this way costs about a
/// fifth of a byte-by-byte loop (issue 2). Every test sets the high bit of
/// the lanes it holds for, and only those.
pub(crate) mod lanes {
    const ONES: u64 = u64::from_ne_bytes([0x01; 8]);
    const HIGHS: u64 = u64::from_ne_bytes([0x80; 8]);

    /// Lanes whose byte is in `lo..=hi`, both below 0x80. Exact, because
    /// with the high bits cleared no lane's sum carries into the next.
    fn in_range(word: u64, lo: u8, hi: u8) -> u64 {
        let low = word & !HIGHS;
        let at_least_lo = low + ONES * u64::from(0x80 - lo);
        let above_hi = low + ONES * u64::from(0x7F - hi);
        at_least_lo & !above_hi & !word & HIGHS
    }

    /// Lanes that hold a letter (either case) or a non-ASCII byte: most
    /// word bytes, in fewer steps than all of them.
    pub(crate) fn letters_and_non_ascii(word: u64) -> u64 {
        in_range(word | (ONES * 0x20), b'a', b'z') | (word & HIGHS)
    }

    /// `mask` moved up one lane, with `first` (0 or 0x80) in the first
    /// lane: a test of the byte before each lane.
    pub(crate) fn shift_in(mask: u64, first: u64) -> u64 {
        (mask << 8) | first
    }

    /// The first lane of the mask `shift_in` should take after `mask`.
    pub(crate) fn last_lane(mask: u64) -> u64 {
        mask >> 56
    }

    /// Lanes that hold an ASCII capital or a lead byte of 0xC3 and above
    /// (where capitals such as `Č` and `Ü` start).
    pub(crate) fn capitals_and_leads(word: u64) -> u64 {
        let leads = (word & !HIGHS) + ONES * (0x80 - 0x43);
        in_range(word, b'A', b'Z') | (leads & word & HIGHS)
    }

    /// The eight bytes at `at` (zeros past the end) as lanes.
    pub(crate) fn load(bytes: &[u8], at: usize) -> u64 {
        match bytes.get(at..at + 8) {
            Some(chunk) => u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8])),
            None => tail(bytes.get(at..).unwrap_or_default()),
        }
    }

    /// Fewer than eight bytes as lanes, zeros after them.
    fn tail(bytes: &[u8]) -> u64 {
        let mut buf = [0; 8];
        let n = bytes.len().min(8);
        buf[..n].copy_from_slice(&bytes[..n]);
        u64::from_le_bytes(buf)
    }

    /// The positions of the set lanes of `mask`, for a word loaded at `at`.
    pub(crate) fn positions(mask: u64, at: usize) -> impl Iterator<Item = usize> {
        let mut mask = mask;
        std::iter::from_fn(move || {
            let lane = (mask != 0).then(|| mask.trailing_zeros() as usize / 8)?;
            mask &= mask - 1;
            Some(at + lane)
        })
    }
}

/// The position after the spaces and tabs at `at`, at most `max` of them.
pub(crate) fn skip_spaces(text: &str, at: usize, max: usize) -> usize {
    let bytes = text.as_bytes();
    let mut i = at;
    while i < bytes.len() && i - at < max && matches!(bytes[i], b' ' | b'\t') {
        i += 1;
    }
    i
}

/// The word of letters (see [`letters_start`]) that ends one to `max`
/// spaces or tabs before `at`, if one does.
pub(crate) fn word_before(text: &str, at: usize, max: usize) -> Option<std::ops::Range<usize>> {
    let end = skip_spaces_back(text, at, max);
    let start = letters_start(text, end).filter(|_| end < at)?;
    Some(start..end)
}

/// The position before the spaces and tabs that end at `at`, at most `max`.
pub(crate) fn skip_spaces_back(text: &str, at: usize, max: usize) -> usize {
    let bytes = text.as_bytes();
    let mut i = at.min(bytes.len());
    while i > 0 && at - i < max && matches!(bytes[i - 1], b' ' | b'\t') {
        i -= 1;
    }
    i
}

#[cfg(test)]
pub(crate) fn assert_sorted(name: &str, list: &[&str]) {
    for pair in list.windows(2) {
        assert!(
            pair[0] < pair[1],
            "{name} is not sorted or has a duplicate at {pair:?}"
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `letters_end` as it read every char, before its ASCII fast path.
    fn letters_end_by_chars(text: &str, at: usize) -> Option<usize> {
        let rest = text.get(at..)?;
        let mut end = at;
        let mut joiner = false;
        for (i, c) in rest.char_indices() {
            if i > MAX_WORD {
                return None;
            }
            if is_letter(c) {
                end = at + i + c.len_utf8();
                joiner = false;
            } else if matches!(c, '-' | '\'' | '’') && end > at && !joiner {
                joiner = true;
            } else {
                break;
            }
        }
        (end > at).then_some(end)
    }

    /// `letters_start` as it read every char, before its ASCII fast path.
    fn letters_start_by_chars(text: &str, end: usize) -> Option<usize> {
        let head = text.get(..end)?;
        let mut start = end;
        let mut joiner = false;
        for (i, c) in head.char_indices().rev() {
            if end - i > MAX_WORD {
                return None;
            }
            if is_letter(c) {
                start = i;
                joiner = false;
            } else if matches!(c, '-' | '\'' | '’') && start < end && !joiner {
                joiner = true;
            } else {
                break;
            }
        }
        (start < end).then_some(start)
    }

    proptest::proptest! {
        #[test]
        fn letter_readers_agree_with_reading_every_char(
            text in "([a-zA-Z]{0,60}|[ '’.1éŘ-]){0,8}",
            cut in 0usize..200,
        ) {
            let at = cut % (text.len() + 1);
            proptest::prop_assert_eq!(letters_end(&text, at), letters_end_by_chars(&text, at));
            proptest::prop_assert_eq!(letters_start(&text, at), letters_start_by_chars(&text, at));
        }
    }

    #[test]
    fn letter_readers_stop_at_max_word_exactly() {
        for len in [
            MAX_WORD - 1,
            MAX_WORD,
            MAX_WORD + 1,
            MAX_WORD + 2,
            MAX_WORD + 3,
        ] {
            for tail in ["", " x", "é", "-a"] {
                let text = format!("{}{tail}", "a".repeat(len));
                assert_eq!(
                    letters_end(&text, 0),
                    letters_end_by_chars(&text, 0),
                    "{text}"
                );
                let text = format!(
                    "{}{}",
                    tail.chars().rev().collect::<String>(),
                    "a".repeat(len)
                );
                let end = text.len();
                assert_eq!(
                    letters_start(&text, end),
                    letters_start_by_chars(&text, end),
                    "{text}"
                );
            }
        }
    }

    #[test]
    fn front_coded_words_share_characters_not_bytes() {
        let words: Vec<String> = FrontCoded("0marc3ie4o0zoë2é1ö").iter().collect();
        assert_eq!(words, ["marc", "marie", "mario", "zoë", "zoé", "zö"]);
        assert_eq!(FrontCoded("").iter().count(), 0);
    }

    #[test]
    fn words_join_hyphens_and_apostrophes_but_not_doubled_ones() {
        let text = "Hans-Peter O'Brien a--b Zürich";
        assert_eq!(letters_end(text, 0), Some(10));
        assert_eq!(letters_end(text, 11), Some(18));
        assert_eq!(letters_end(text, 19), Some(20));
        assert_eq!(letters_start(text, text.len()), Some(24));
        assert_eq!(letters_end(text, 5), Some(10));
    }

    #[test]
    fn readers_never_panic_inside_a_char_and_give_up_on_endless_words() {
        assert_eq!(letters_end("ü", 1), None);
        assert_eq!(letters_start("ü", 1), None);
        assert_eq!(letters_end(&"a".repeat(100), 0), None);
    }

    #[test]
    fn is_letter_agrees_with_is_alphabetic() {
        for c in ('\0'..='\u{3000}').chain(['🙂', '—', '’', 'ª', 'º']) {
            assert_eq!(is_letter(c), c.is_alphabetic(), "{c:?}");
        }
    }

    #[test]
    fn word_sets_find_their_words_and_nothing_else() {
        static WORDS: &[&str] = &[
            "a",
            "ab",
            "abc",
            "abcd",
            "abcdefgh",
            "abcdefghijklmnopq",
            "ü",
        ];
        let set = WordSet::new(WORDS);
        for word in WORDS {
            assert!(set.contains(word), "{word}");
        }
        for other in [
            "",
            "b",
            "abcde",
            "abcdefghijklmnop",
            "abcdefghijklmnopqr",
            "u",
        ] {
            assert!(!set.contains(other), "{other}");
        }
    }

    #[test]
    fn lanes_agree_with_byte_tests() {
        let lane = |mask: u64, i: usize| mask >> (8 * i) & 0x80 != 0;
        for b in 0..=255u8 {
            let word = u64::from_le_bytes([b, b'x', 0, 0xC3, b'Q', b'-', 0xFF, b]);
            assert_eq!(
                lane(lanes::capitals_and_leads(word), 0),
                b.is_ascii_uppercase() || b >= 0xC3,
                "{b:#x}"
            );
            assert_eq!(
                lane(lanes::letters_and_non_ascii(word), 0),
                b.is_ascii_alphabetic() || b >= 0x80,
                "{b:#x}"
            );
            let shifted = lanes::shift_in(lanes::letters_and_non_ascii(word), 0x80);
            assert!(lane(shifted, 0) && lane(shifted, 2) && !lane(shifted, 3));
            assert_eq!(lane(shifted, 1), b.is_ascii_alphabetic() || b >= 0x80);
        }
        let bytes = b"Ab Cd\xC3\x9C e";
        let mask = lanes::capitals_and_leads(lanes::load(bytes, 0));
        assert_eq!(lanes::positions(mask, 0).collect::<Vec<_>>(), [0, 3, 5]);
        assert_eq!(
            lanes::load(bytes, 7),
            u64::from(b' ') | u64::from(b'e') << 8
        );
    }

    #[test]
    fn capitalised_means_upper_first_and_some_lower() {
        assert!(is_capitalised("McDonald"));
        assert!(is_capitalised("Řehoř"));
        assert!(!is_capitalised("ANNA"));
        assert!(!is_capitalised("iPhone"));
        assert!(is_upper("DUPONT"));
        assert!(!is_upper("A"));
    }
}
