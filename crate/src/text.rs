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
    /// For each byte offset of `norm` (and its end), the original offset.
    /// Empty when `norm` is the original text unchanged.
    map: Vec<u32>,
}

impl<'a> Prepared<'a> {
    /// Normalises `text`; borrows it when nothing needs changing.
    pub fn new(text: &'a str) -> Self {
        let norm = normalize(text);
        let map = match &norm {
            Cow::Borrowed(_) => Vec::new(),
            Cow::Owned(_) => offset_map(text),
        };
        let lower = lowercase_same_len(&norm);
        Prepared { norm, lower, map }
    }

    /// The original byte offset of normalised offset `at`.
    pub fn original(&self, at: usize) -> usize {
        if self.map.is_empty() {
            at
        } else {
            self.map[at.min(self.map.len() - 1)] as usize
        }
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
        _ => fold_digit(cp).or_else(|| fold_letter(c)).map_or(Fold::Keep, Fold::To),
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
        ('А', 'A'), ('В', 'B'), ('Е', 'E'), ('К', 'K'), ('М', 'M'), ('Н', 'H'),
        ('О', 'O'), ('Р', 'P'), ('С', 'C'), ('Т', 'T'), ('Х', 'X'), ('а', 'a'),
        ('е', 'e'), ('о', 'o'), ('р', 'p'), ('с', 'c'), ('у', 'y'), ('х', 'x'),
        ('і', 'i'), ('ј', 'j'), ('ѕ', 's'), ('І', 'I'), ('Ј', 'J'), ('Ѕ', 'S'),
        ('Α', 'A'), ('Β', 'B'), ('Ε', 'E'), ('Ζ', 'Z'), ('Η', 'H'), ('Ι', 'I'),
        ('Κ', 'K'), ('Μ', 'M'), ('Ν', 'N'), ('Ο', 'O'), ('Ρ', 'P'), ('Τ', 'T'),
        ('Υ', 'Y'), ('Χ', 'X'), ('ο', 'o'),
    ];
    PAIRS.iter().find(|(from, _)| *from == c).map(|(_, to)| *to)
}

fn normalize(text: &str) -> Cow<'_, str> {
    if text.is_ascii() || text.chars().all(|c| matches!(fold(c), Fold::Keep)) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match fold(c) {
            Fold::Keep => out.push(c),
            Fold::Drop => {}
            Fold::To(to) => out.push(to),
        }
    }
    Cow::Owned(out)
}

/// Maps each byte of the normalised text to the original offset of its char.
fn offset_map(text: &str) -> Vec<u32> {
    let mut map = Vec::with_capacity(text.len() + 1);
    for (at, c) in text.char_indices() {
        let len = match fold(c) {
            Fold::Keep => c.len_utf8(),
            Fold::Drop => 0,
            Fold::To(to) => to.len_utf8(),
        };
        map.extend(std::iter::repeat_n(at as u32, len));
    }
    map.push(text.len() as u32);
    map
}

/// Lowercases every char whose lowercase has the same UTF-8 length, so byte
/// offsets stay valid in both strings.
fn lowercase_same_len(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let mut lower = c.to_lowercase();
        match (lower.next(), lower.next()) {
            (Some(l), None) if l.len_utf8() == c.len_utf8() => out.push(l),
            _ => out.push(c),
        }
    }
    out
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
    fn cyrillic_look_alikes_become_latin() {
        assert_eq!(Prepared::new("VЕRTRAULICH").norm, "VERTRAULICH");
    }

    #[test]
    fn lowercase_keeps_byte_offsets() {
        let p = Prepared::new("GEBÜHR İst");
        assert_eq!(p.lower.len(), p.norm.len());
        assert!(p.lower.starts_with("gebühr"));
    }
}
