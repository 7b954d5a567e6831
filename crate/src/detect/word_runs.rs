//! The runs of word bytes of a text, found eight bytes at a time.
//!
//! A word byte is what [`super::util::is_word_byte`] says: an ASCII letter
//! or digit, `_`, or any byte of a non-ASCII char. The keyword detectors
//! (`customer_relationship`, `date_of_birth`, `bic`,
//! `classification_marker`) look for words at exactly these boundaries
//! ([`super::util::word_start`]); each used to find them with its own pass
//! over every byte, the costliest part of their work (issue 2).

use super::Span;

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGHS: u64 = 0x8080_8080_8080_8080;

/// The high bit of each byte of `low` (bytes of at most 0x7F) in `lo..=hi`.
/// Exact per byte, because no sum leaves its byte: each addend keeps the
/// byte at most 0xFF.
fn in_range(low: u64, lo: u8, hi: u8) -> u64 {
    let at_least_lo = low.wrapping_add(ONES * u64::from(0x80 - lo));
    let above_hi = low.wrapping_add(ONES * u64::from(0x7F - hi));
    at_least_lo & !above_hi & HIGHS
}

/// The high bit of each byte of `chunk` that is a word byte.
fn word_mask(chunk: u64) -> u64 {
    let low = chunk & !HIGHS;
    // Setting bit 5 folds capitals onto small letters and keeps digits.
    let letter = in_range(low | (ONES * 0x20), b'a', b'z');
    let digit = in_range(low, b'0', b'9');
    let underscore = in_range(low, b'_', b'_');
    (chunk & HIGHS) | letter | digit | underscore
}

/// Every maximal run of word bytes of `bytes`, in order.
///
/// Guarantees the same runs as a byte-by-byte reading with
/// [`super::util::is_word_byte`], because the mask is exact per byte and a
/// run's edges are where the mask differs from the mask one byte earlier.
pub(crate) fn word_runs(bytes: &[u8]) -> Vec<Span> {
    let mut runs = Vec::with_capacity(bytes.len() / 5);
    // The mask bit of the byte before the current chunk, at bit 7.
    let mut carry = 0;
    let mut start = 0;
    let chunks = bytes.chunks_exact(8);
    let tail = chunks.remainder();
    for (i, chunk) in chunks.enumerate() {
        let word = word_mask(u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8])));
        let mut edges = word ^ ((word << 8) | carry);
        carry = word >> 56;
        while edges != 0 {
            let lane = edges.trailing_zeros() / 8;
            let at = (i * 8) as u32 + lane;
            if word >> (lane * 8) & 0x80 != 0 {
                start = at;
            } else {
                runs.push(Span { start, end: at });
            }
            edges &= edges - 1;
        }
    }
    let mut in_word = carry != 0;
    let mut at = (bytes.len() - tail.len()) as u32;
    for &b in tail {
        match (super::util::is_word_byte(b), in_word) {
            (true, false) => start = at,
            (false, true) => runs.push(Span { start, end: at }),
            _ => {}
        }
        in_word = super::util::is_word_byte(b);
        at += 1;
    }
    if in_word {
        runs.push(Span { start, end: at });
    }
    runs
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::detect::util::is_word_byte;

    fn naive(bytes: &[u8]) -> Vec<(usize, usize)> {
        let mut runs = Vec::new();
        let mut at = 0;
        while at < bytes.len() {
            let start = at;
            while at < bytes.len() && is_word_byte(bytes[at]) {
                at += 1;
            }
            if at > start {
                runs.push((start, at));
            }
            at += usize::from(at == start);
        }
        runs
    }

    fn runs(bytes: &[u8]) -> Vec<(usize, usize)> {
        word_runs(bytes)
            .iter()
            .map(|s| (s.start(), s.end()))
            .collect()
    }

    #[test]
    fn runs_agree_with_a_byte_by_byte_reading() {
        for text in [
            "",
            "a",
            "_",
            "abcdefgh",
            "abcdefg ",
            " bcdefgh",
            "Grüße—Jan O'Brien, č. 12a 🙂 Řehoř_x AKIA@@[]^`{}~\x7f/:09",
            "0123456789abcdefgh/:9@AZ[`az{_",
        ] {
            assert_eq!(runs(text.as_bytes()), naive(text.as_bytes()), "{text:?}");
        }
    }

    #[test]
    fn every_byte_value_is_classified_like_is_word_byte() {
        // Each byte between two spaces, at every offset within a chunk.
        for b in 0..=255u8 {
            for pad in 0..8 {
                let mut bytes = vec![b' '; pad];
                bytes.extend([b, b' ', b, b, b' ']);
                assert_eq!(runs(&bytes), naive(&bytes), "byte {b:#x}, pad {pad}");
            }
        }
    }
}
