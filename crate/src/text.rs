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
    /// Normalises and lowercases `text` in one pass; borrows it when nothing
    /// needs changing (all ASCII text, the common case, costs one copy for
    /// the lowercase and nothing else).
    pub fn new(text: &'a str) -> Self {
        if text.is_ascii() {
            return Prepared {
                norm: Cow::Borrowed(text),
                lower: text.to_ascii_lowercase(),
                shifts: Vec::new(),
            };
        }
        let mut norm = String::with_capacity(text.len());
        let mut lower = String::with_capacity(text.len());
        let mut shifts = Vec::new();
        let mut changed = false;
        let bytes = text.as_bytes();
        let mut at = 0;
        while at < bytes.len() {
            // Copy the ASCII run in bulk.
            let run = bytes[at..]
                .iter()
                .position(|b| !b.is_ascii())
                .map_or(bytes.len(), |n| at + n);
            norm.push_str(&text[at..run]);
            let from = lower.len();
            lower.push_str(&text[at..run]);
            lower[from..].make_ascii_lowercase();
            at = run;
            let Some(c) = text[at..].chars().next() else {
                break;
            };
            let folded = match fold(c) {
                Fold::Keep => Some(c),
                Fold::Drop => None,
                Fold::To(to) => Some(to),
            };
            if folded != Some(c) {
                changed = true;
            }
            if let Some(f) = folded {
                norm.push(f);
                lower.push(lowercase_same_len(f));
            }
            at += c.len_utf8();
            let shift = at - norm.len();
            if shifts.last().map_or(0, |s: &(usize, usize)| s.1) != shift {
                shifts.push((norm.len(), shift));
            }
        }
        if !changed {
            return Prepared {
                norm: Cow::Borrowed(text),
                lower,
                shifts: Vec::new(),
            };
        }
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
fn lowercase_same_len(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
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
