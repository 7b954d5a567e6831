//! Unicode normalisation with offsets mapped back to the original text.
//!
//! Look-alike characters must not hide a number or a keyword: zero-width
//! characters are dropped, exotic spaces become a plain space, fullwidth and
//! other decimal digits become ASCII, dashes become `-`, and the Cyrillic and
//! Greek letters that look Latin become Latin. Detectors see the normalised
//! text; every span they report is mapped back to the original.

use std::borrow::Cow;

/// A text prepared for scanning: normalised, lowercased, with an offset map.
pub(crate) struct Prepared<'a> {
    /// The normalised text.
    pub norm: Cow<'a, str>,
    /// `norm`, lowercased without changing any byte offset.
    pub lower: String,
    /// Where the offset difference between original and normalised text
    /// changes: from normalised offset `.0` on, original = normalised + `.1`.
    /// Empty when `norm` is the original text unchanged.
    shifts: Vec<(usize, usize)>,
}

impl<'a> Prepared<'a> {
    /// Normalises and lowercases `text`; borrows it when nothing needs
    /// changing (text without look-alikes, the common case, costs one copy
    /// for the lowercase and nothing else).
    pub fn new(text: &'a str) -> Self {
        let changes = Changes::of(text, &mut CharCache::new());
        if changes.folds.is_empty() {
            return Prepared {
                lower: lowercase(text, changes.lowers.iter().copied()),
                norm: Cow::Borrowed(text),
                shifts: Vec::new(),
            };
        }
        let (norm, shifts) = normalise(text, &changes.folds);
        // Each lowered char moves left by the bytes that the folds before
        // it removed.
        let mut folds = changes.folds.iter().peekable();
        let mut removed = 0;
        let lowers = changes.lowers.iter().map(|&(at, low)| {
            while let Some(&&(_, len, to)) = folds.peek().filter(|f| f.0 < at) {
                removed += len - to.map_or(0, char::len_utf8);
                folds.next();
            }
            (at - removed, low)
        });
        let lower = lowercase(&norm, lowers);
        Prepared {
            norm: Cow::Owned(norm),
            lower,
            shifts,
        }
    }

    /// The original byte offset of normalised offset `at`.
    pub fn original(&self, at: usize) -> usize {
        match self.shifts.partition_point(|s| s.0 <= at).checked_sub(1) {
            None => at,
            Some(i) => at + self.shifts[i].1,
        }
    }
}

/// What preparing a text changes besides ASCII capitals, found in one walk
/// over its non-ASCII chars (the ASCII runs between them are skipped eight
/// bytes at a time): the chars that fold, as (offset, length, what they
/// become), and the other chars whose lowercase differs and has their
/// length, as (offset, lowercase). Both are few in any text.
struct Changes {
    folds: Vec<(usize, usize, Option<char>)>,
    lowers: Vec<(usize, char)>,
}

impl Changes {
    fn of(text: &str, cache: &mut CharCache) -> Changes {
        let bytes = text.as_bytes();
        let mut changes = Changes {
            folds: Vec::new(),
            lowers: Vec::new(),
        };
        let mut at = 0;
        loop {
            at = ascii_run_end(bytes, at);
            let Some(c) = text[at..].chars().next() else {
                return changes;
            };
            let (folded, low) = cache.get(c);
            if folded != Some(c) {
                // What a char folds to is ASCII: the ASCII pass lowercases it.
                changes.folds.push((at, c.len_utf8(), folded));
            } else if low != c {
                changes.lowers.push((at, low));
            }
            at += c.len_utf8();
        }
    }
}

/// `text` with its `folds` applied, and the offset shifts. The folds are
/// few, so the text is copied in the pieces between them.
fn normalise(text: &str, folds: &[(usize, usize, Option<char>)]) -> (String, Vec<(usize, usize)>) {
    let mut norm = String::with_capacity(text.len());
    let mut shifts: Vec<(usize, usize)> = Vec::new();
    let mut copied = 0;
    for &(at, len, to) in folds {
        norm.push_str(&text[copied..at]);
        if let Some(to) = to {
            norm.push(to);
        }
        copied = at + len;
        let shift = copied - norm.len();
        if shifts.last().map_or(0, |s| s.1) != shift {
            shifts.push((norm.len(), shift));
        }
    }
    norm.push_str(&text[copied..]);
    (norm, shifts)
}

/// `text` lowercased at the same byte offsets: a copy lowercased as ASCII
/// in one vectorised pass, then the non-ASCII chars of `lowers` (offset in
/// `text`, lowercase of the same length) replaced.
fn lowercase(text: &str, lowers: impl Iterator<Item = (usize, char)>) -> String {
    let mut lower = text.to_owned();
    lower.make_ascii_lowercase();
    for (at, low) in lowers {
        let len = low.len_utf8();
        lower.replace_range(at..at + len, low.encode_utf8(&mut [0; 4]));
    }
    lower
}

/// The end of the run of ASCII bytes starting at `at`, read eight bytes at
/// a time: even text in Czech or German is mostly ASCII between accents.
fn ascii_run_end(bytes: &[u8], mut at: usize) -> usize {
    const HIGHS: u64 = u64::from_ne_bytes([0x80; 8]);
    while let Some(chunk) = bytes.get(at..at + 8) {
        let highs = u64::from_le_bytes(chunk.try_into().unwrap_or([0x80; 8])) & HIGHS;
        if highs != 0 {
            // Little-endian: the lowest high bit is the first non-ASCII
            // byte, found without reading the chunk again byte by byte
            // (accents come every few words in Czech and French).
            return at + (highs.trailing_zeros() / 8) as usize;
        }
        at += 8;
    }
    bytes[at..]
        .iter()
        .position(|b| !b.is_ascii())
        .map_or(bytes.len(), |n| at + n)
}

/// What recent non-ASCII chars folded and lowercased to. A text uses few
/// distinct accented letters, and Unicode's lowercase table is a binary
/// search, so a direct-mapped cache halves the cost of preparing text in
/// Czech or French (issue 2). With 256 slots the letters of Latin-1 and
/// Latin Extended-A (U+00C0..U+017F: every accented letter of the six
/// languages) never evict each other; with 64, Czech 'š' and 'á' did.
struct CharCache {
    slots: [(char, Option<char>, char); CACHE_SLOTS],
}

const CACHE_SLOTS: usize = 256;

impl CharCache {
    fn new() -> Self {
        // '\0' is ASCII and never looked up, so it marks an empty slot.
        CharCache {
            slots: [('\0', None, '\0'); CACHE_SLOTS],
        }
    }

    /// What `c` folds to (`None` when dropped) and its same-length
    /// lowercase.
    fn get(&mut self, c: char) -> (Option<char>, char) {
        let slot = &mut self.slots[c as usize % CACHE_SLOTS];
        if slot.0 != c {
            let folded = match fold(c) {
                Fold::Keep => Some(c),
                Fold::Drop => None,
                Fold::To(to) => Some(to),
            };
            *slot = (c, folded, unicode_lowercase_same_len(c));
        }
        (slot.1, slot.2)
    }
}

/// What one original character becomes.
enum Fold {
    Keep,
    Drop,
    To(char),
}

fn fold(c: char) -> Fold {
    let cp = c as u32;
    match cp {
        0x00..=0x7F => Fold::Keep,
        // Zero-width and invisible formatting characters, soft hyphen.
        0x00AD | 0x180E | 0x200B..=0x200D | 0x2060..=0x2064 | 0xFEFF => Fold::Drop,
        // No-break, thin, narrow, ideographic and other spaces.
        0x00A0 | 0x1680 | 0x2000..=0x200A | 0x202F | 0x205F | 0x3000 => Fold::To(' '),
        0x2028 | 0x2029 => Fold::To('\n'),
        // Hyphens, dashes, minus signs.
        0x2010..=0x2015 | 0x2212 | 0xFE58 | 0xFE63 => Fold::To('-'),
        0x2024 => Fold::To('.'),
        0xFE6B => Fold::To('@'),
        // Fullwidth ASCII.
        0xFF01..=0xFF5E => char::from_u32(cp - 0xFF01 + 0x21).map_or(Fold::Keep, Fold::To),
        0x0370..=0x04FF => fold_letter(c).map_or(Fold::Keep, Fold::To),
        0x0660..=0x0669 | 0x06F0..=0x06F9 | 0x0966..=0x096F | 0x1D7CE..=0x1D7FF => {
            fold_digit(cp).map_or(Fold::Keep, Fold::To)
        }
        _ => Fold::Keep,
    }
}

/// Decimal digits of other scripts and the mathematical digit styles.
fn fold_digit(cp: u32) -> Option<char> {
    let zero = match cp {
        0x0660..=0x0669 => 0x0660,
        0x06F0..=0x06F9 => 0x06F0,
        0x0966..=0x096F => 0x0966,
        0x1D7CE..=0x1D7FF => 0x1D7CE + (cp - 0x1D7CE) / 10 * 10,
        _ => return None,
    };
    char::from_digit(cp - zero, 10)
}

/// Cyrillic and Greek letters that look exactly like Latin ones.
fn fold_letter(c: char) -> Option<char> {
    const PAIRS: &[(char, char)] = &[
        ('А', 'A'),
        ('В', 'B'),
        ('Е', 'E'),
        ('К', 'K'),
        ('М', 'M'),
        ('Н', 'H'),
        ('О', 'O'),
        ('Р', 'P'),
        ('С', 'C'),
        ('Т', 'T'),
        ('Х', 'X'),
        ('а', 'a'),
        ('е', 'e'),
        ('о', 'o'),
        ('р', 'p'),
        ('с', 'c'),
        ('у', 'y'),
        ('х', 'x'),
        ('і', 'i'),
        ('ј', 'j'),
        ('ѕ', 's'),
        ('І', 'I'),
        ('Ј', 'J'),
        ('Ѕ', 'S'),
        ('Α', 'A'),
        ('Β', 'B'),
        ('Ε', 'E'),
        ('Ζ', 'Z'),
        ('Η', 'H'),
        ('Ι', 'I'),
        ('Κ', 'K'),
        ('Μ', 'M'),
        ('Ν', 'N'),
        ('Ο', 'O'),
        ('Ρ', 'P'),
        ('Τ', 'T'),
        ('Υ', 'Y'),
        ('Χ', 'X'),
        ('ο', 'o'),
    ];
    PAIRS.iter().find(|(from, _)| *from == c).map(|(_, to)| *to)
}

/// The lowercase of `c` when it has the same UTF-8 length, else `c`, so
/// byte offsets stay valid in both strings.
fn unicode_lowercase_same_len(c: char) -> char {
    let mut lower = c.to_lowercase();
    match (lower.next(), lower.next()) {
        (Some(l), None) if l.len_utf8() == c.len_utf8() => l,
        _ => c,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_text_is_borrowed_and_maps_to_itself() {
        let p = Prepared::new("IBAN CH93");
        assert!(matches!(p.norm, Cow::Borrowed(_)));
        assert_eq!(p.original(5), 5);
    }

    #[test]
    fn zero_width_and_fullwidth_characters_are_folded_with_offsets_kept() {
        let text = "a\u{200B}７５６\u{00A0}x";
        let p = Prepared::new(text);
        assert_eq!(p.norm, "a756 x");
        assert_eq!(&text[p.original(1)..p.original(4)], "７５６");
        assert_eq!(p.original(p.norm.len()), text.len());
    }

    #[test]
    fn folds_and_accented_capitals_together_keep_offsets_and_lowercase() {
        // An em dash (3 bytes -> 1), a dropped zero-width space, and capitals
        // of two and three bytes on both sides of them.
        let text = "ŠKODA — Č\u{200B}Ř ÜBER ẞ Ǆ";
        let p = Prepared::new(text);
        assert_eq!(p.norm, "ŠKODA - ČŘ ÜBER ẞ Ǆ");
        // ẞ lowercases to ß, one byte shorter: it stays, so offsets hold.
        assert_eq!(p.lower, "škoda - čř über ẞ ǆ");
        let dash = p.norm.find('-').expect("the folded dash");
        assert_eq!(&text[p.original(dash)..p.original(dash + 1)], "—");
        let r = p.norm.find('Ř').expect("the capital R-caron");
        assert_eq!(&text[p.original(r)..p.original(r + 'Ř'.len_utf8())], "Ř");
        assert_eq!(p.original(p.norm.len()), text.len());
    }

    #[test]
    fn cyrillic_look_alikes_become_latin() {
        assert_eq!(Prepared::new("VЕRTRAULICH").norm, "VERTRAULICH");
    }

    #[test]
    fn lowercase_keeps_byte_offsets() {
        let p = Prepared::new("GEBÜHR İst");
        assert_eq!(p.lower.len(), p.norm.len());
        assert!(p.lower.starts_with("gebühr"));
    }

    #[test]
    fn cached_lowercase_agrees_with_unicode_for_chars_sharing_a_slot() {
        // 'É' (U+00C9) and 'ĉ' (U+0109) fall into the same cache slot, as do
        // 'Ř' (U+0158) and 'Ø' (U+00D8).
        let text = "ÉĉÉĉ ŘØŘØ Straße İ ǅ";
        let p = Prepared::new(text);
        let naive: String = text.chars().map(unicode_lowercase_same_len).collect();
        assert_eq!(p.lower, naive);
        assert_eq!(p.lower.len(), text.len());
    }
}
