//! Facts about a text that several detectors share, each found in one pass.

use super::Span;

/// The high bit of every byte of `word` that is an ASCII digit, exactly:
/// XOR with '0' maps the digits to 0..=9, and each byte is then compared
/// with 10 in its own lane, so no borrow crosses into the next byte.
fn digit_lanes(word: u64) -> u64 {
    const ONES: u64 = u64::from_ne_bytes([0x01; 8]);
    const HIGHS: u64 = u64::from_ne_bytes([0x80; 8]);
    let shifted = word ^ (ONES * u64::from(b'0'));
    // For the low seven bits x of a byte, (x | 0x80) - 10 keeps bit 7 set
    // exactly when x >= 10; a byte with bit 7 set is no digit either.
    let low = shifted & !HIGHS;
    let not_small = ((low | HIGHS) - ONES * 10) & HIGHS;
    !not_small & !shifted & HIGHS
}

/// Every maximal run of ASCII digits of `bytes`, read eight bytes at a time.
///
/// Guarantees the same groups as a byte-by-byte reading, because the lanes
/// are exact per byte and a group's edges are where the lanes differ from
/// the lanes one byte earlier (as in `word_runs`). Finding each group's end
/// byte by byte cost most of the fact on number-dense text (issue 2).
pub(crate) fn digit_groups(bytes: &[u8]) -> Vec<Span> {
    let mut edges = Edges {
        groups: Vec::new(),
        carry: 0,
        start: 0,
    };
    let chunks = bytes.chunks_exact(8);
    let tail = chunks.remainder();
    for (i, chunk) in chunks.enumerate() {
        edges.read(i * 8, chunk.try_into().unwrap_or([0; 8]));
    }
    // The last bytes, padded with zeros, which are no digits: a group that
    // runs to the end of the text ends at the first pad byte.
    let mut last = [0; 8];
    last[..tail.len()].copy_from_slice(tail);
    edges.read(bytes.len() - tail.len(), last);
    if edges.carry != 0 {
        // The text is a multiple of eight bytes and ends with a digit.
        let end = bytes.len() as u32;
        edges.groups.push(Span {
            start: edges.start,
            end,
        });
    }
    edges.groups
}

/// The digit groups found so far, and the state at the last chunk's end.
struct Edges {
    groups: Vec<Span>,
    /// Bit 7 set when the byte before the next chunk is a digit.
    carry: u64,
    /// Where the group that is open at `carry` started.
    start: u32,
}

impl Edges {
    /// Reads the eight bytes `chunk` at offset `at`.
    fn read(&mut self, at: usize, chunk: [u8; 8]) {
        let lanes = digit_lanes(u64::from_le_bytes(chunk));
        let mut edges = lanes ^ ((lanes << 8) | self.carry);
        self.carry = lanes >> 56;
        while edges != 0 {
            let lane = edges.trailing_zeros() / 8;
            let offset = (at as u32) + lane;
            if lanes >> (lane * 8) & 0x80 != 0 {
                self.start = offset;
            } else {
                self.groups.push(Span {
                    start: self.start,
                    end: offset,
                });
            }
            edges &= edges - 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn naive_groups(text: &str) -> Vec<(usize, usize)> {
        let b = text.as_bytes();
        (0..b.len())
            .filter(|&i| b[i].is_ascii_digit() && (i == 0 || !b[i - 1].is_ascii_digit()))
            .map(|i| {
                (
                    i,
                    (i..b.len())
                        .find(|&j| !b[j].is_ascii_digit())
                        .unwrap_or(b.len()),
                )
            })
            .collect()
    }

    #[test]
    fn digit_groups_agree_with_a_byte_by_byte_reading() {
        for text in [
            "",
            "7",
            "abc",
            "IBAN CH93 0076 2011 6238 5295 7",
            "0123456789abcdefgh/:9",
            "no digit here at all, only prose that runs on!",
            "ٹ ١٢ 12",
            "12345678",
            "abcdefg1",
            "1234567890123456",
            "a23456789012345b",
            "        9",
            "99999999a",
            "9999999",
        ] {
            let got: Vec<_> = digit_groups(text.as_bytes())
                .iter()
                .map(|s| (s.start(), s.end()))
                .collect();
            assert_eq!(got, naive_groups(text), "{text:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn digit_groups_agree_with_a_byte_by_byte_reading_anywhere(text in "[0-9a /é]{0,40}") {
            let got: Vec<_> = digit_groups(text.as_bytes())
                .iter()
                .map(|s| (s.start(), s.end()))
                .collect();
            proptest::prop_assert_eq!(got, naive_groups(&text));
        }
    }

    #[test]
    fn digit_lanes_mark_exactly_the_digits_whatever_the_neighbours() {
        for b in 0..=255u8 {
            for fill in [b'0', b'9', b'/', b':', 0x00, 0x80, 0xFF, b'a'] {
                for lane in 0..8 {
                    let mut bytes = [fill; 8];
                    bytes[lane] = b;
                    let want = bytes
                        .iter()
                        .enumerate()
                        .filter(|(_, c)| c.is_ascii_digit())
                        .fold(0u64, |m, (i, _)| m | 0x80 << (8 * i));
                    assert_eq!(digit_lanes(u64::from_le_bytes(bytes)), want, "{bytes:?}");
                }
            }
        }
    }
}
