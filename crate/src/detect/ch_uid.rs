//! `ch_uid`: Swiss company identifiers (CHE-xxx.xxx.xxx) with a valid mod-11 check digit.
//!
//! Candidates start at the prefix `CHE`, found with a substring search on the
//! lowercased text, so the scan costs one pass. The nine digits follow solid
//! or as 123.456.789; the last one is the mod-11 check digit over the first
//! eight with weights 5,4,3,2,7,6,5,4 (a remainder giving 10 is never
//! issued). A register or VAT suffix (HR/RC/RI, MWST/TVA/IVA/TPV) is a
//! context word, not part of the value: "CHE-123.456.789 MWST" is still the
//! Swiss UID (Switzerland is no EU member, so it is no `eu_vat`), and the
//! span is the identifier alone, as for every other context word.

use std::ops::Range;

use super::ids_a_common::near;
use super::util::{word_end, word_start};
use super::{Candidate, Input, RuleSpec};
use crate::Category;

pub(crate) const RULES: &[RuleSpec] = &[RuleSpec {
    id: "ch_uid",
    category: Category::Personal,
    description: describe!("Swiss enterprise identification numbers (UID/IDE/IDI): CHE and nine digits, \
                  solid or CHE-123.456.789, mod-11 check digit valid; an HR/RC/RI or MWST/TVA/IVA \
                  suffix stays outside the span. Context words (UID, IDE, Handelsregister) raise confidence; \
                  a lowercase \"che\" (common in Italian) needs one to be reported."),
    priority: 93,
    matches: examples![
        (
            "Unsere UID lautet CHE-116.281.710, bitte auf der Rechnung angeben.",
            "CHE-116.281.710",
        ),
        ("Numéro IDE: CHE-757.491.188", "CHE-757.491.188"),
        ("IDI CHE625276018 come da registro", "CHE625276018"),
        (
            "Company ID CHE-895.559.793 HR for the contract",
            "CHE-895.559.793",
        ),
        (
            "Notre numéro TVA : CHE-116.281.710 TVA, merci",
            "CHE-116.281.710",
        ),
        (
            "UID-nummer van de Zwitserse klant: CHE 711.471.040",
            "CHE 711.471.040",
        ),
        ("Švýcarské IČ CHE-974.650.750, díky", "CHE-974.650.750"),
    ],
    ignores: examples![
        ("Unsere UID lautet CHE-116.281.711", "wrong check digit"),
        ("CHE-123.456.78 ist zu kurz", "eight digits only"),
        ("Ticket CHE-2024-0001 erledigt", "a ticket number"),
        (
            "Dimmi che 116 281 710 è giusto",
            "Italian 'che' before a phone-like number",
        ),
        (
            "CHE-116.281.7101 hat eine Ziffer zu viel",
            "part of a longer number",
        ),
        ("Flug CHE116 um 10:45", "a flight number"),
    ],
}];

/// Words that name the UID in the six languages.
const CONTEXT: &[&str] = &[
    "uid",
    "ide",
    "idi",
    "uid-nr",
    "unternehmens-identifikationsnummer",
    "handelsregister",
    "firmennummer",
    "registre du commerce",
    "registro di commercio",
    "company id",
    "ič",
    "ičo",
];

pub(crate) fn detect(input: &Input<'_>, out: &mut Vec<Candidate>) {
    for (at, _) in input.lower.match_indices("che") {
        if let Some(span) = uid_at(input, at) {
            out.push(candidate(input, span));
        }
    }
}

/// The span of a valid UID whose prefix starts at `at`, without suffix.
fn uid_at(input: &Input<'_>, at: usize) -> Option<Range<usize>> {
    if input.lower.get(at..at + 3) != Some("che") || !word_start(input.text, at) {
        return None;
    }
    let (end, digits) = read_digits(input.text.as_bytes(), at + 3)?;
    if !word_end(input.text, end) || !check_digit_ok(&digits) {
        return None;
    }
    Some(at..end)
}

/// The nine digits after the prefix and where they end: one optional
/// separator after `CHE`, then solid or grouped in threes with one kind of
/// separator.
fn read_digits(b: &[u8], start: usize) -> Option<(usize, [u8; 9])> {
    let mut at = start;
    if b.get(at).is_some_and(|c| matches!(c, b'-' | b' ' | b'.')) {
        at += 1;
    }
    let mut digits = [0u8; 9];
    let mut sep = None;
    for (i, slot) in digits.iter_mut().enumerate() {
        if i == 3 || i == 6 {
            at += group_separator(b, at, &mut sep)?;
        }
        let c = *b.get(at).filter(|c| c.is_ascii_digit())?;
        *slot = c - b'0';
        at += 1;
    }
    Some((at, digits))
}

/// 1 when a separator stands at `at` (and it matches the first one), 0
/// when the value is solid so far; `None` when the grouping is mixed.
fn group_separator(b: &[u8], at: usize, sep: &mut Option<Option<u8>>) -> Option<usize> {
    let here = b
        .get(at)
        .copied()
        .filter(|c| matches!(c, b'.' | b' ' | b'\''));
    match *sep {
        None => {
            *sep = Some(here);
            Some(usize::from(here.is_some()))
        }
        Some(first) if first == here => Some(usize::from(here.is_some())),
        Some(_) => None,
    }
}

/// Mod 11 with weights 5,4,3,2,7,6,5,4; remainder 0 gives check 0 and a
/// check of 10 is never issued.
pub(crate) fn check_digit_ok(digits: &[u8; 9]) -> bool {
    const WEIGHTS: [u32; 8] = [5, 4, 3, 2, 7, 6, 5, 4];
    let sum: u32 = digits
        .iter()
        .zip(WEIGHTS)
        .map(|(&d, w)| u32::from(d) * w)
        .sum();
    let check = (11 - sum % 11) % 11;
    check < 10 && check == u32::from(digits[8])
}

fn candidate(input: &Input<'_>, span: Range<usize>) -> Candidate {
    let upper = input.text.as_bytes()[span.start] == b'C';
    match near(input.lower, &span, 40, 20, CONTEXT) {
        Some(word) => Candidate::new(
            "ch_uid",
            span,
            0.99,
            format!("UID check digit valid, near '{word}'"),
        ),
        None if upper => Candidate::new("ch_uid", span, 0.95, "UID check digit valid"),
        // A lowercase "che" is often Italian; the checksum alone is 1 in 11.
        None => Candidate::new(
            "ch_uid",
            span,
            0.45,
            "UID check digit valid, prefix lowercase",
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::detect::ids_a_common::digit_values;

    fn found(text: &str) -> Vec<&str> {
        let out = crate::detect::testing::candidates(detect, text);
        out.iter()
            .filter(|c| c.confidence >= 0.5)
            .map(|c| &text[c.span.clone()])
            .collect()
    }

    fn nine(s: &str) -> [u8; 9] {
        let mut d = [0u8; 9];
        d.copy_from_slice(&digit_values(s));
        d
    }

    #[test]
    fn remainder_zero_gives_check_digit_zero() {
        // 1·5 + 2·3 = 11 ≡ 0, so the check digit is 0.
        assert!(check_digit_ok(&nine("102000000")));
        assert!(check_digit_ok(&nine("116281710")));
        assert!(!check_digit_ok(&nine("116281711")));
    }

    #[test]
    fn a_check_value_of_ten_is_never_valid() {
        // 9·5 = 45 ≡ 1, so 11 - 1 = 10: no digit can be right.
        for last in 0..10 {
            let mut digits = nine("900000000");
            digits[8] = last;
            assert!(!check_digit_ok(&digits), "last digit {last}");
        }
    }

    #[test]
    fn dots_spaces_and_solid_are_accepted_but_mixed_grouping_is_not() {
        assert_eq!(found("CHE-116.281.710"), ["CHE-116.281.710"]);
        assert_eq!(found("CHE116281710"), ["CHE116281710"]);
        assert_eq!(found("CHE 116 281 710"), ["CHE 116 281 710"]);
        assert!(found("CHE-116.281710").is_empty());
        assert!(found("CHE-116281.710").is_empty());
    }

    #[test]
    fn a_vat_or_register_suffix_stays_outside_the_value() {
        assert_eq!(found("UID ist CHE-116.281.710 MWST."), ["CHE-116.281.710"]);
        assert_eq!(found("IDI CHE116281710 IVA"), ["CHE116281710"]);
        assert_eq!(found("CHE-116.281.710 TVAX"), ["CHE-116.281.710"]);
    }

    #[test]
    fn truncated_and_multibyte_inputs_never_panic() {
        for text in [
            "CHE",
            "CHE-",
            "CHE-116.",
            "ché",
            "CHE-116.281.710 é",
            "xCHE116281710",
        ] {
            let _ = found(text);
        }
    }
}
