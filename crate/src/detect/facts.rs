//! Facts about a text that several detectors share, each found in one pass.

use super::Span;

/// True when some byte of `word` is an ASCII digit. Exact: the borrow trick
/// ("has a byte less than 10" after shifting digits to 0..=9) may set extra
/// high bits only above a byte that is a digit.
fn has_digit(word: u64) -> bool {
    const ONES: u64 = u64::from_ne_bytes([0x01; 8]);
    const HIGHS: u64 = u64::from_ne_bytes([0x80; 8]);
    let shifted = word ^ (ONES * u64::from(b'0'));
    shifted.wrapping_sub(ONES * 10) & !shifted & HIGHS != 0
}

/// Every maximal run of ASCII digits of `bytes`. Skips eight bytes at a time
/// where none is a digit, which is most of prose.
pub(crate) fn digit_groups(bytes: &[u8]) -> Vec<Span> {
    let mut groups = Vec::new();
    let mut at = 0;
    while at < bytes.len() {
        if let Some(chunk) = bytes.get(at..at + 8) {
            let word = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]));
            if !has_digit(word) {
                at += 8;
                continue;
            }
        }
        if !bytes[at].is_ascii_digit() {
            at += 1;
            continue;
        }
        let start = at;
        while at < bytes.len() && bytes[at].is_ascii_digit() {
            at += 1;
        }
        groups.push(Span {
            start: start as u32,
            end: at as u32,
        });
    }
    groups
}

/// Every maximal run of alphanumeric chars of `text`. ASCII bytes are told
/// by one table read; other chars are decoded.
pub(crate) fn words(text: &str) -> Vec<Span> {
    let bytes = text.as_bytes();
    let mut words = Vec::with_capacity(bytes.len() / 6);
    let mut at = 0;
    let mut start = None;
    while at < bytes.len() {
        let b = bytes[at];
        let (alnum, len) = if b < 0x80 {
            (b.is_ascii_alphanumeric(), 1)
        } else {
            let c = text[at..].chars().next().unwrap_or(' ');
            (c.is_alphanumeric(), c.len_utf8())
        };
        match (alnum, start) {
            (true, None) => start = Some(at),
            (false, Some(s)) => {
                words.push(Span {
                    start: s as u32,
                    end: at as u32,
                });
                start = None;
            }
            _ => {}
        }
        at += len;
    }
    if let Some(s) = start {
        words.push(Span {
            start: s as u32,
            end: at as u32,
        });
    }
    words
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
    fn words_are_alphanumeric_runs_in_any_script() {
        let text = "Grüße—Jan O'Brien, č. 12a 🙂 Řehoř";
        let got: Vec<&str> = words(text).iter().map(|s| &text[s.range()]).collect();
        assert_eq!(got, ["Grüße", "Jan", "O", "Brien", "č", "12a", "Řehoř"]);
    }
}
