//! Helpers the checksummed-identifier detectors share (iban, payment_card,
//! bic, ch_ahv, ch_uid, eu_vat, passport_mrz): a context-word lookup and a
//! digit-run scanner that cost little per candidate, so that a text packed
//! with candidates still scans in linear time without large constants.

use std::ops::Range;

use super::ids_b_common::{long_number_groups, stands_at, WordSet};
use super::util::{ceil_boundary, floor_boundary, word_end, word_start};
use super::{Input, Span};

/// The first of `words` that starts a word within `before` bytes before or
/// `after` bytes after `span` in `lower`.
///
/// Same words as [`super::util::context_word`] (phrases, and a trailing `*`
/// for any ending), but each word start of the window is compared once
/// against the list instead of searching the window once per word: about
/// ten times cheaper, which matters when a text holds a million candidates.
/// Words cut by the window edge do not count, because boundaries are
/// judged on the whole text.
pub(crate) fn near(
    lower: &str,
    span: &Range<usize>,
    before: usize,
    after: usize,
    words: &[&'static str],
) -> Option<&'static str> {
    let left = floor_boundary(lower, span.start.saturating_sub(before))..span.start;
    let right = span.end..ceil_boundary(lower, span.end.saturating_add(after));
    let words = WordSet::new(words);
    word_in(lower, left, &words).or_else(|| word_in(lower, right, &words))
}

/// The first of `words` starting at a word start inside `window`.
fn word_in(lower: &str, window: Range<usize>, words: &WordSet<'_>) -> Option<&'static str> {
    let b = lower.as_bytes();
    let mut found: Option<usize> = None;
    for at in window {
        // Most word starts are rejected by one lookup of their byte.
        let mut tried = words.starting_with(b[at]);
        if tried == 0 || !word_start(lower, at) {
            continue;
        }
        if let Some(found) = found {
            tried &= (1 << found) - 1;
        }
        found = WordSet::ranks(tried)
            .find(|&rank| word_at(lower, at, words.word(rank)))
            .or(found);
    }
    found.map(|rank| words.word(rank))
}

/// True when `word` (with an optional trailing `*`) stands whole at `at`.
fn word_at(lower: &str, at: usize, word: &str) -> bool {
    let (stem, open_end) = match word.strip_suffix('*') {
        Some(stem) => (stem, true),
        None => (word, false),
    };
    stands_at(lower.as_bytes(), at, stem.as_bytes())
        && (open_end || word_end(lower, at + stem.len()))
}

/// A run of digits with single separators between groups, whole-word, as
/// [`super::util::digit_runs`] finds them, but without collecting digits.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Run {
    /// From the first to the last digit.
    pub span: Range<usize>,
    /// How many digits it holds.
    pub digits: usize,
}

/// Every maximal digit run of `text` at word boundaries; `separators` may
/// stand, one at a time, between digits; `groups` are the text's digit
/// groups ([`Input::digit_groups`]).
///
/// Costs per digit group, not per byte (issue 2). A run starts at a group
/// that starts a word; a group glued to a word before it starts nothing,
/// but the group after it may. A run that does not end a word is dropped
/// whole. Guarantees linear time, because each group is read once.
///
/// [`Input::digit_groups`]: super::Input::digit_groups
pub(crate) fn runs<'a>(
    text: &'a str,
    groups: &'a [Span],
    separators: &'a [u8],
) -> impl Iterator<Item = Run> + 'a {
    let b = text.as_bytes();
    let mut next = 0;
    std::iter::from_fn(move || loop {
        let first = groups.get(next)?;
        next += 1;
        if !word_start(text, first.start()) {
            continue;
        }
        let mut run = Run {
            span: first.range(),
            digits: first.range().len(),
        };
        while let Some(group) = groups.get(next) {
            if group.start() != run.span.end + 1 || !separators.contains(&b[run.span.end]) {
                break;
            }
            run.span.end = group.end();
            run.digits += group.range().len();
            next += 1;
        }
        if word_end(text, run.span.end) {
            return Some(run);
        }
    })
}

/// The [`runs`] inside the scan's long numbers ([`Input::long_numbers`])
/// that may hold `min_digits` digits: every run with at least that many
/// (8 or more), and some shorter ones, in order. Collected in two plain
/// loops, as [`super::ids_b_common::long_runs`].
///
/// [`Input::long_numbers`]: super::Input::long_numbers
pub(crate) fn long_runs(
    input: &Input<'_>,
    separators: &[u8],
    min_digits: usize,
) -> std::vec::IntoIter<Run> {
    debug_assert!(min_digits >= 8, "shorter runs may lie outside long numbers");
    let mut found = Vec::new();
    for groups in long_number_groups(input, min_digits) {
        found.extend(runs(input.text, groups, separators));
    }
    found.into_iter()
}

/// The digit values in `s`, skipping separators.
pub(crate) fn digit_values(s: &str) -> Vec<u8> {
    s.bytes()
        .filter(u8::is_ascii_digit)
        .map(|b| b - b'0')
        .collect()
}

/// The next position at or after `at` where `hit` holds, or the end.
/// A tight loop the compiler keeps branch-light; detectors use it to skip
/// the prose between candidates.
pub(crate) fn skip_to(b: &[u8], mut at: usize, hit: impl Fn(u8) -> bool) -> usize {
    while at < b.len() && !hit(b[at]) {
        at += 1;
    }
    at
}

/// The next position at or after `at` holding an ASCII byte in
/// `lo..=hi` (digits, capitals), or the end.
///
/// Tests eight bytes at a time ("hasbetween" from Bit Twiddling Hacks), as
/// memchr does for one byte: prose between candidates is skipped several
/// times faster than byte by byte. Guarantees the first such byte, because
/// the word test is exact and the last bytes are checked one by one.
pub(crate) fn skip_to_range(b: &[u8], mut at: usize, lo: u8, hi: u8) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    debug_assert!(0 < lo && lo <= hi && hi < 127);
    // A byte c with m < c < n, for m = lo - 1 and n = hi + 1.
    let (m, n) = (u64::from(lo - 1), u64::from(hi + 1));
    while let Some(chunk) = b.get(at..at + 8) {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let x = u64::from_le_bytes(word);
        let low7 = x & (ONES * 127);
        let hit =
            (ONES * (127 + n)).wrapping_sub(low7) & !x & low7.wrapping_add(ONES * (127 - m)) & HIGH;
        if hit != 0 {
            break;
        }
        at += 8;
    }
    skip_to(b, at, |c| (lo..=hi).contains(&c))
}

/// [`skip_to_range`] for ASCII capitals.
pub(crate) fn skip_to_upper(b: &[u8], at: usize) -> usize {
    skip_to_range(b, at, b'A', b'Z')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn near_finds_words_phrases_and_stems_on_either_side() {
        let lower = "ihre ust-idnr. lautet de136695976 (umsatzsteuerpflichtig)";
        let span = 22..33;
        assert_eq!(
            near(lower, &span, 40, 0, &["vat", "ust-idnr"]),
            Some("ust-idnr")
        );
        assert_eq!(
            near(lower, &span, 0, 30, &["umsatzsteuer*"]),
            Some("umsatzsteuer*")
        );
        assert_eq!(near(lower, &span, 0, 30, &["umsatzsteuer"]), None);
    }

    #[test]
    fn near_prefers_the_earlier_word_of_the_list() {
        let lower = "bank x bic 123";
        assert_eq!(near(lower, &(11..14), 11, 0, &["bic", "bank"]), Some("bic"));
        assert_eq!(
            near(lower, &(11..14), 11, 0, &["iban", "bank"]),
            Some("bank")
        );
    }

    #[test]
    fn near_ignores_words_inside_longer_words_and_cut_by_the_window() {
        let lower = "abankx 123 mybank";
        assert_eq!(near(lower, &(7..10), 7, 0, &["bank"]), None);
        assert_eq!(near(lower, &(7..10), 3, 0, &["bank"]), None);
        assert_eq!(near(lower, &(7..10), 0, 7, &["bank"]), None);
    }

    #[test]
    fn near_handles_windows_that_cut_multibyte_chars() {
        let lower = "účet 12 účet";
        for before in 0..8 {
            let _ = near(lower, &(6..8), before, before, &["účet"]);
        }
        assert_eq!(near(lower, &(6..8), 6, 0, &["účet"]), Some("účet"));
    }

    #[test]
    fn skipping_eight_bytes_at_a_time_finds_the_same_byte_as_one_at_a_time() {
        let text = "abc déf@ {}[]`~ 0/:9;?@AZ[ xyz ÄÖÜ 1234567 ghijklmnopqrstuv Q".repeat(3);
        let b = text.as_bytes();
        for at in 0..b.len() {
            assert_eq!(
                skip_to_range(b, at, b'0', b'9'),
                skip_to(b, at, |c| c.is_ascii_digit()),
                "digit from {at}"
            );
            assert_eq!(
                skip_to_upper(b, at),
                skip_to(b, at, |c| c.is_ascii_uppercase()),
                "capital from {at}"
            );
        }
        let all: Vec<u8> = (0..=255).collect();
        for at in 0..all.len() {
            assert_eq!(
                skip_to_range(&all, at, b'0', b'9'),
                skip_to(&all, at, |c| c.is_ascii_digit())
            );
            assert_eq!(
                skip_to_upper(&all, at),
                skip_to(&all, at, |c| c.is_ascii_uppercase())
            );
        }
    }

    /// Pieces of identifiers, separators and multibyte text, glued at random.
    const PIECES: &[&str] = &[
        "CH93",
        " 0076",
        "2011",
        "6238 ",
        "5295 7",
        "DE",
        "89",
        "370400440532013000",
        "4111",
        " ",
        "-",
        ".",
        "1111",
        "756",
        ".1234",
        ".5678",
        ".97",
        "CHE",
        "-116",
        ".281",
        ".710",
        " MWST",
        "ATU",
        "13585627",
        "NL004495445B01",
        "BIC",
        "DEUTDEFF",
        "XXX",
        "P<UTO",
        "<<",
        "<",
        "\n",
        "\r\n",
        "L898902C36UTO7408122F1204159ZE184226B<<<<<10",
        "ERIKSSON",
        "é",
        "ü",
        "č",
        "€",
        "\u{200b}",
        "🙂",
        "Bank",
        "iban",
        "AHV",
        "0",
        "9",
        "Z",
        "a",
        "IE",
        "ES",
        "X",
        "FR",
        "40",
    ];

    #[test]
    fn random_texts_never_panic_and_spans_lie_on_char_boundaries() {
        use crate::detect::{bic, ch_ahv, ch_uid, eu_vat, iban, passport_mrz, payment_card, Input};
        let detectors = [
            iban::detect,
            payment_card::detect,
            bic::detect,
            ch_ahv::detect,
            ch_uid::detect,
            eu_vat::detect,
            passport_mrz::detect,
        ];
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for _ in 0..10_000 {
            let len = next() % 24;
            let text: String = (0..len)
                .map(|_| PIECES[(next() % PIECES.len() as u64) as usize])
                .collect();
            let lower = text.to_lowercase();
            if lower.len() != text.len() {
                continue;
            }
            let input = Input::new(&text, &lower, &[]);
            for detect in detectors {
                let mut out = Vec::new();
                detect(&input, &mut out);
                for c in out {
                    assert!(
                        c.span.start < c.span.end && text.get(c.span.clone()).is_some(),
                        "{text:?} {c:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn hard_negatives_stay_silent_in_every_identifier_rule() {
        use crate::detect::{bic, ch_ahv, ch_uid, eu_vat, iban, passport_mrz, payment_card, Input};
        let detectors = [
            iban::detect,
            payment_card::detect,
            bic::detect,
            ch_ahv::detect,
            ch_uid::detect,
            eu_vat::detect,
            passport_mrz::detect,
        ];
        for text in [
            "Version 1.2.3.4 und 10.0.19045.3803 sind draußen",
            "sha256 e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
            "UUID 123e4567-e89b-12d3-a456-426614174000 / 550E8400-E29B-41D4-A716-446655440000",
            "Preis CHF 1'234.50, Rabatt 15 %, Total 1049.33 EUR",
            "Endstand 3:1, Saison 2023/2024, Jahrgang 1985",
            "Termin am 12.03.1985 und am 2024-11-22",
            "Ruf an: +41 79 123 45 67 oder 0049 30 1234567",
            "Bestellnummer 100234987654, Rechnung RE-2024-000123",
            "Tracking 1Z999AA10123456784 et colis 6A12345678901",
            "Commit 9fceb02d0ae598e95dc970b74767f19372d61af8 auf main",
            "Objednávka č. 2024001234 byla odeslána, faktura 20240815",
            "IBAN: CH93 0076 2011 6238 5295 8 (falsch abgetippt)",
        ] {
            let lower = text.to_lowercase();
            let input = Input::new(text, &lower, &[]);
            for detect in detectors {
                let mut out = Vec::new();
                detect(&input, &mut out);
                out.retain(|c| c.confidence >= 0.5);
                assert!(out.is_empty(), "{text:?}: {out:?}");
            }
        }
    }

    fn runs_of(text: &str, separators: &[u8]) -> Vec<Run> {
        let groups = super::super::facts::digit_groups(text.as_bytes());
        runs(text, &groups, separators).collect()
    }

    #[test]
    fn runs_match_util_digit_runs() {
        let text = "AHV 756.1234.5678.97, Tel 044 123 x9 12ab 7 x12 34 5é6 7";
        let mine: Vec<_> = runs_of(text, b" .").into_iter().map(|r| r.span).collect();
        let theirs: Vec<_> = super::super::util::digit_runs(text, b" .")
            .map(|r| r.span)
            .collect();
        assert_eq!(mine, theirs);
        assert_eq!(runs_of(text, b" .").first().map(|r| r.digits), Some(13));
    }

    proptest::proptest! {
        #[test]
        fn runs_from_digit_groups_match_util_digit_runs(
            text in "([0-9]{1,4}|[ .a_é+-]){0,40}",
            separators in proptest::sample::select(vec![&b" ."[..], b" -", b".-", b" "]),
        ) {
            let mine: Vec<_> = runs_of(&text, separators)
                .into_iter()
                .map(|r| (r.span, r.digits))
                .collect();
            let theirs: Vec<_> = super::super::util::digit_runs(&text, separators)
                .map(|r| (r.span, r.digits.len()))
                .collect();
            proptest::prop_assert_eq!(mine, theirs);
        }
    }
}
