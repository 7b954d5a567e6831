//! Helpers every detector shares: word boundaries, context words, digit runs
//! and checksums.

use std::cmp::Ordering;
use std::ops::Range;

/// True for bytes that belong to a word: ASCII letters and digits, `_`, and
/// every byte of a non-ASCII char (letters such as `ü` or `č`).
pub(crate) fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b >= 0x80
}

/// True when no word byte stands right before `at`.
pub(crate) fn word_start(text: &str, at: usize) -> bool {
    at == 0 || !is_word_byte(text.as_bytes()[at - 1])
}

/// True when no word byte stands right at `at`.
pub(crate) fn word_end(text: &str, at: usize) -> bool {
    at >= text.len() || !is_word_byte(text.as_bytes()[at])
}

/// Sorts `items` stably by `compare`, as `items.sort_by(compare)` would.
///
/// Every caller shares one copy of the standard stable sort, run on
/// indices with a `dyn` comparison: five `sort_by`/`sort_by_key` calls on
/// five element types each compiled their own copy (about 5 KB of wasm
/// each, issue 2: size). The callers sort a few dozen items per scan, so
/// the indirect call costs nothing measurable. Guarantees the same order as
/// `sort_by`, because a stable sort of indices by their items' order keeps
/// equal items in their original order too.
pub(crate) fn sort_stable_by<T>(items: &mut Vec<T>, compare: impl Fn(&T, &T) -> Ordering) {
    let order = stable_order(items.len(), &|a, b| compare(&items[a], &items[b]));
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(order.into_iter().filter_map(|i| slots[i].take()));
}

/// The indices `0..len` stably sorted by `compare`: the one place the
/// stable sort is instantiated (see [`sort_stable_by`]).
fn stable_order(len: usize, compare: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    order.sort_by(|&a, &b| compare(a, b));
    order
}

/// The largest char boundary of `text` at or below `at`.
pub(crate) fn floor_boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// The smallest char boundary of `text` at or above `at`.
pub(crate) fn ceil_boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at += 1;
    }
    at
}

/// Every position where `word` (lowercase) occurs in `lower` as a whole word.
/// `word` may hold spaces (a phrase); a trailing `*` matches any word ending.
#[cfg(test)]
pub(crate) fn find_word<'a>(
    lower: &'a str,
    word: &'a str,
) -> impl Iterator<Item = Range<usize>> + 'a {
    let (stem, open_end) = match word.strip_suffix('*') {
        Some(stem) => (stem, true),
        None => (word, false),
    };
    lower.match_indices(stem).filter_map(move |(at, _)| {
        let mut end = at + stem.len();
        if open_end {
            while end < lower.len() && is_word_byte(lower.as_bytes()[end]) {
                end += 1;
            }
        }
        (word_start(lower, at) && word_end(lower, end)).then_some(at..end)
    })
}

/// A run of digits with single separators between groups, such as
/// `756.1234.5678.97` or `0041 79 123 45 67`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct DigitRun {
    /// Byte span from the first to the last digit.
    pub span: Range<usize>,
    /// The digits, as values 0–9.
    pub digits: Vec<u8>,
}

/// Every maximal digit run in `text` that starts and ends at a word boundary.
/// `separators` lists the bytes allowed, one at a time, between digit groups.
pub(crate) fn digit_runs<'a>(
    text: &'a str,
    separators: &'a [u8],
) -> impl Iterator<Item = DigitRun> + 'a {
    let bytes = text.as_bytes();
    let mut at = 0;
    std::iter::from_fn(move || {
        while at < bytes.len() {
            if !bytes[at].is_ascii_digit() || (at > 0 && is_word_byte(bytes[at - 1])) {
                at += 1;
                continue;
            }
            let run = read_run(bytes, at, separators);
            at = run.span.end;
            if word_end(text, run.span.end) {
                return Some(run);
            }
        }
        None
    })
}

fn read_run(bytes: &[u8], start: usize, separators: &[u8]) -> DigitRun {
    let mut digits = Vec::new();
    let mut at = start;
    let mut end = start;
    while at < bytes.len() {
        let b = bytes[at];
        if b.is_ascii_digit() {
            digits.push(b - b'0');
            at += 1;
            end = at;
        } else if separators.contains(&b)
            && at + 1 < bytes.len()
            && bytes[at + 1].is_ascii_digit()
            && at == end
        {
            at += 1;
        } else {
            break;
        }
    }
    DigitRun {
        span: start..end,
        digits,
    }
}

/// True when the last digit is the Luhn check digit of the others.
pub(crate) fn luhn_valid(digits: &[u8]) -> bool {
    let sum: u32 = digits
        .iter()
        .rev()
        .enumerate()
        .map(|(i, &d)| {
            let d = u32::from(d);
            if i % 2 == 1 {
                let dd = d * 2;
                if dd > 9 {
                    dd - 9
                } else {
                    dd
                }
            } else {
                d
            }
        })
        .sum();
    !digits.is_empty() && sum % 10 == 0
}

/// ISO 7064 MOD 97-10 remainder of an alphanumeric string (letters count as
/// 10–35), as IBAN and some VAT numbers use. `None` for other characters.
pub(crate) fn mod97(s: &str) -> Option<u32> {
    let mut rem = 0u32;
    for b in s.bytes() {
        let v = match b {
            b'0'..=b'9' => u32::from(b - b'0'),
            b'A'..=b'Z' => u32::from(b - b'A') + 10,
            b'a'..=b'z' => u32::from(b - b'a') + 10,
            _ => return None,
        };
        rem = if v >= 10 {
            (rem * 100 + v) % 97
        } else {
            (rem * 10 + v) % 97
        };
    }
    Some(rem)
}

/// ISO 7064 MOD 11,10 check digit over `digits`.
pub(crate) fn iso7064_mod11_10(digits: &[u8]) -> u8 {
    let mut product = 10u32;
    for &d in digits {
        let mut sum = (u32::from(d) + product) % 10;
        if sum == 0 {
            sum = 10;
        }
        product = (sum * 2) % 11;
    }
    ((11 - product) % 10) as u8
}

/// Shannon entropy of `s` in bits per byte.
pub(crate) fn shannon_entropy(s: &str) -> f32 {
    let mut counts = [0u32; 256];
    for b in s.bytes() {
        counts[usize::from(b)] += 1;
    }
    let len = s.len() as f32;
    counts
        .iter()
        .filter(|&&c| c > 0)
        .map(|&c| {
            let p = c as f32 / len;
            -p * p.log2()
        })
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digit_runs_join_groups_across_single_separators() {
        let runs: Vec<_> = digit_runs("AHV 756.1234.5678.97, Tel 044 123", b" .").collect();
        assert_eq!(runs[0].span, 4..20);
        assert_eq!(runs[0].digits.len(), 13);
        assert_eq!(runs[1].span, 26..33, "', ' ends a run: {runs:?}");
    }

    #[test]
    fn digit_runs_skip_digits_inside_words() {
        assert_eq!(digit_runs("abc123 x9", b" ").count(), 0);
    }

    #[test]
    fn luhn_accepts_a_test_card_and_rejects_a_changed_digit() {
        assert!(luhn_valid(&[
            4, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1
        ]));
        assert!(!luhn_valid(&[
            4, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2
        ]));
    }

    #[test]
    fn mod97_of_a_valid_iban_rearranged_is_one() {
        assert_eq!(mod97("00762011623852957CH93"), Some(1));
    }

    #[test]
    fn find_word_respects_boundaries_and_stems() {
        assert_eq!(find_word("geboren am", "geboren").count(), 1);
        assert_eq!(find_word("ungeboren", "geboren").count(), 0);
        assert_eq!(find_word("passwörter: x", "passw*").next(), Some(0..11));
    }
}
