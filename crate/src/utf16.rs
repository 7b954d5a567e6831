//! UTF-8 byte offsets to UTF-16 code units and back, for the DOM.

/// Converts offsets of one text between UTF-8 bytes and UTF-16 code units.
///
/// Guarantees every converted offset lies on a char boundary, never inside a
/// surrogate pair, because only char boundaries are recorded.
pub struct Utf16Index {
    /// Each non-ASCII char: (byte start, utf16 start, utf8 len, utf16 len).
    /// Between them the text is ASCII, where both offsets advance together.
    wide: Vec<(usize, usize, usize, usize)>,
    len: usize,
    len16: usize,
}

impl Utf16Index {
    /// Indexes `text` in one pass.
    pub fn new(text: &str) -> Self {
        let mut wide = Vec::new();
        let mut u16_at = 0;
        if text.is_ascii() {
            u16_at = text.len();
        } else {
            for (at, c) in text.char_indices() {
                if !c.is_ascii() {
                    wide.push((at, u16_at, c.len_utf8(), c.len_utf16()));
                }
                u16_at += c.len_utf16();
            }
        }
        Utf16Index {
            wide,
            len: text.len(),
            len16: u16_at,
        }
    }

    /// The UTF-16 offset of byte offset `at` (clamped to the text); an
    /// offset inside a char maps to the char's start.
    pub fn to_utf16(&self, at: usize) -> usize {
        let at = at.min(self.len);
        match self.wide.partition_point(|w| w.0 <= at).checked_sub(1) {
            None => at,
            Some(i) => {
                let (b, u, l8, l16) = self.wide[i];
                if at < b + l8 {
                    u
                } else {
                    u + l16 + (at - b - l8)
                }
            }
        }
    }

    /// The byte offset of UTF-16 offset `at` (clamped to the text); an
    /// offset inside a surrogate pair maps to the char's start.
    pub fn to_utf8(&self, at: usize) -> usize {
        let at = at.min(self.len16);
        match self.wide.partition_point(|w| w.1 <= at).checked_sub(1) {
            None => at,
            Some(i) => {
                let (b, u, l8, l16) = self.wide[i];
                if at < u + l16 {
                    b
                } else {
                    b + l8 + (at - u - l16)
                }
            }
        }
    }
}

/// UTF-16 offsets of byte offsets of one text asked for in increasing
/// order, as a scan's sorted findings ask for them: each is counted on from
/// the last, and nothing after the last finding is read. Counting the code
/// units of a stretch of UTF-8 needs no decoding: every byte that starts a
/// char is one unit, and a four-byte char is two. For a megabyte of text
/// in six languages this costs a fifth of indexing every non-ASCII char
/// first ([`Utf16Index`]), which the wasm scan did on every call (issue 2).
pub struct Utf16Cursor<'a> {
    text: &'a str,
    at: usize,
    at16: usize,
}

impl<'a> Utf16Cursor<'a> {
    /// A cursor at the start of `text`.
    pub fn new(text: &'a str) -> Self {
        Utf16Cursor {
            text,
            at: 0,
            at16: 0,
        }
    }

    /// The UTF-16 offset of byte offset `at` (clamped to the text; an offset
    /// inside a char maps to the char's start). Fastest when offsets come in
    /// increasing order; an earlier one is counted again from the start.
    pub fn to_utf16(&mut self, at: usize) -> usize {
        let mut at = at.min(self.text.len());
        while !self.text.is_char_boundary(at) {
            at -= 1;
        }
        if at < self.at {
            (self.at, self.at16) = (0, 0);
        }
        self.at16 += utf16_units(&self.text.as_bytes()[self.at..at]);
        self.at = at;
        self.at16
    }
}

/// The UTF-16 length of whole chars of UTF-8: one unit per byte that starts
/// a char (not `0b10xx_xxxx`), one more per four-byte char (`0xF0..`).
fn utf16_units(bytes: &[u8]) -> usize {
    bytes
        .iter()
        .map(|&b| usize::from((b as i8) >= -0x40) + usize::from(b >= 0xF0))
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cursor_agrees_with_the_index_in_any_order() {
        let text = "Grüße 😀 an Zoë — IBAN CH93 0076 2011 6238 5295 7 ✓ 𝟕 done";
        let index = Utf16Index::new(text);
        let mut cursor = Utf16Cursor::new(text);
        let offsets: Vec<usize> = (0..=text.len() + 2).chain([40, 3, 0, 17, 9]).collect();
        for at in offsets {
            assert_eq!(cursor.to_utf16(at), index.to_utf16(at), "at {at}");
        }
    }

    #[test]
    fn offsets_round_trip_around_an_emoji() {
        let text = "a😀b IBAN";
        let idx = Utf16Index::new(text);
        assert_eq!(idx.to_utf16(5), 3); // after the emoji: 1 + 2 units
        assert_eq!(idx.to_utf8(3), 5);
        assert_eq!(idx.to_utf8(2), 1, "inside the surrogate pair rounds down");
        assert_eq!(idx.to_utf16(text.len()), 9);
    }
}
