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

/// Every maximal run of ASCII digits of `bytes`. Skips eight bytes at a time
/// where none is a digit, which is most of prose.
pub(crate) fn digit_groups(bytes: &[u8]) -> Vec<Span> {
    let mut groups = Vec::new();
    let mut at = 0;
    while at < bytes.len() {
        let Some(chunk) = bytes.get(at..at + 8) else {
            // The last bytes, one by one.
            at = group_at(bytes, at, &mut groups);
            continue;
        };
        let lanes = digit_lanes(u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8])));
        if lanes == 0 {
            at += 8;
            continue;
        }
        // Jump to the first digit of the chunk and read its whole group.
        at += (lanes.trailing_zeros() / 8) as usize;
        at = group_at(bytes, at, &mut groups);
    }
    groups
}

/// Reads the digit group starting at `at`, if any, and returns where to go
/// on.
fn group_at(bytes: &[u8], at: usize, groups: &mut Vec<Span>) -> usize {
    if !bytes[at].is_ascii_digit() {
        return at + 1;
    }
    let end = bytes[at..]
        .iter()
        .position(|b| !b.is_ascii_digit())
        .map_or(bytes.len(), |n| at + n);
    groups.push(Span {
        start: at as u32,
        end: end as u32,
    });
    end
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
        ] {
            let got: Vec<_> = digit_groups(text.as_bytes())
                .iter()
                .map(|s| (s.start(), s.end()))
                .collect();
            assert_eq!(got, naive_groups(text), "{text:?}");
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
