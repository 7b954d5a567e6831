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

#[cfg(test)]
mod tests {
    use super::*;

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
