//! `ch_ahv`: Swiss social security numbers (AHV/AVS, 756) with a valid EAN-13 check digit.
//!
//! The AHV number (AHVN13) is an EAN-13 code with the GS1 prefix 756, which
//! no product barcode uses (Swiss products are 760–769), so 756 plus a valid
//! check digit is strong enough alone. It is written solid or as
//! `756.1234.5678.97`; other groupings are some other number.

use super::ids_a_common::{digit_values, long_runs, near};
use super::{Candidate, Input, RuleSpec};
use crate::Category;

pub(crate) const RULES: &[RuleSpec] = &[RuleSpec {
    id: "ch_ahv",
    category: Category::Personal,
    description: describe!(
        "Swiss social security numbers (AHV/AVS/AVS13): 756 and ten digits, EAN-13 \
                  check digit valid, written 756.1234.5678.97 (dots, spaces or hyphens) or \
                  solid. Context words (AHV, AVS, Sozialversicherung) only raise confidence."
    ),
    priority: 96,
    matches: examples![
        (
            "Meine AHV-Nummer ist 756.1234.5678.97, bitte ändern",
            "756.1234.5678.97",
        ),
        ("Mon numéro AVS: 756.5260.1815.91", "756.5260.1815.91"),
        (
            "il numero AVS 7560830166138 è sulla tessera",
            "7560830166138",
        ),
        (
            "AHV 756 1860 9139 07 – kannst du das eintragen?",
            "756 1860 9139 07",
        ),
        (
            "Social security no. 756.9960.3082.41 for the form",
            "756.9960.3082.41",
        ),
        ("Mijn Zwitserse AHV is 756.6281.9482.17", "756.6281.9482.17"),
        (
            "Rodné číslo nemám, jen AHV 756.9935.1819.09",
            "756.9935.1819.09",
        ),
    ],
    ignores: examples![
        ("Meine AHV-Nummer ist 756.1234.5678.98", "wrong check digit"),
        ("Numéro AVS 756.1234.5678", "too short"),
        ("Order 7561234567897123 shipped", "part of a longer number"),
        (
            "Barcode 7612345678900 on the pack",
            "a Swiss product EAN starts with 76x, not 756",
        ),
        (
            "Version 756.12.3456.7897 released",
            "not grouped as an AHV number",
        ),
        ("Preis 756.00 CHF, Bestellung 12345", "a price"),
        ("Tel. 075 612 34 56", "a phone number"),
    ],
}];

/// Words that name the AHV number in the six languages.
const CONTEXT: &[&str] = &[
    "ahv",
    "avs",
    "ahv-nr",
    "ahv-nummer",
    "ahvn13",
    "avs13",
    "sozialversicherungsnummer",
    "sozialversicherung",
    "sv-nummer",
    "assurance",
    "assicurazione",
    "social security",
    "sociale verzekering",
    "sociální pojištění",
    "versichertennummer",
];

pub(crate) fn detect(input: &Input<'_>, out: &mut Vec<Candidate>) {
    // Dots and hyphens bind tighter than spaces: "756.1234.5678.97 2 Kinder"
    // is an AHV number and a count. Spaces join groups only in the second
    // pass, which takes the spaced form alone (solid ones were taken).
    for (separators, spaced) in [(&b".-"[..], false), (&b" "[..], true)] {
        for run in long_runs(input, separators, 13).filter(|r| r.digits == 13) {
            let value = &input.text[run.span.clone()];
            let form_ok = if spaced { value.len() == 16 } else { true };
            if form_ok && is_ahv(value) {
                out.push(candidate(input, run.span));
            }
        }
    }
}

/// 756, grouped as an AHV number, EAN-13 check digit valid.
fn is_ahv(value: &str) -> bool {
    value.starts_with("756") && grouped_like_ahv(value) && ean13_valid(&digit_values(value))
}

/// EAN-13: weights 1 and 3 from the left; the check digit makes the sum a
/// multiple of ten.
fn ean13_valid(digits: &[u8]) -> bool {
    let sum: u32 = digits[..12]
        .iter()
        .enumerate()
        .map(|(i, &d)| u32::from(d) * if i % 2 == 0 { 1 } else { 3 })
        .sum();
    (10 - sum % 10) % 10 == u32::from(digits[12])
}

/// Solid, or 3-4-4-2 with one kind of separator (dots as printed on the
/// card; spaces and hyphens as people retype it).
fn grouped_like_ahv(value: &str) -> bool {
    if value.len() == 13 {
        return true;
    }
    let b = value.as_bytes();
    value.len() == 16
        && b[3] == b[8]
        && b[8] == b[13]
        && [3, 8, 13].iter().all(|&i| !b[i].is_ascii_digit())
}

fn candidate(input: &Input<'_>, span: std::ops::Range<usize>) -> Candidate {
    match near(input.lower, &span, 40, 20, CONTEXT) {
        Some(word) => Candidate::new(
            "ch_ahv",
            span,
            0.99,
            format!("AHV number check digit valid, near '{word}'"),
        ),
        None => Candidate::new("ch_ahv", span, 0.9, "AHV number check digit valid"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<&str> {
        crate::detect::testing::values(detect, text)
    }

    #[test]
    fn every_wrong_check_digit_is_rejected() {
        for last in 0..10u8 {
            let mut digits = digit_values("756123456789");
            digits.push(last);
            assert_eq!(ean13_valid(&digits), last == 7, "check digit {last}");
        }
    }

    #[test]
    fn a_check_sum_that_is_a_multiple_of_ten_gives_check_digit_zero() {
        // 7 + 5·3 + 6 + 4·3 = 40, so the check digit is 0, not 10.
        assert!(ean13_valid(&digit_values("7560000000040")));
    }

    #[test]
    fn dots_spaces_and_solid_are_accepted_but_mixed_separators_are_not() {
        assert_eq!(found("756.1234.5678.97"), ["756.1234.5678.97"]);
        assert_eq!(found("756 1234 5678 97"), ["756 1234 5678 97"]);
        assert_eq!(found("7561234567897"), ["7561234567897"]);
        assert!(found("756.1234 5678.97").is_empty());
    }

    #[test]
    fn a_number_after_a_dotted_ahv_stays_outside() {
        assert_eq!(found("756.1234.5678.97 2 Kinder"), ["756.1234.5678.97"]);
        assert!(found("756 1234 5678 97 2 Kinder").is_empty());
        assert_eq!(found("7561234567897 2"), ["7561234567897"]);
    }

    #[test]
    fn a_valid_ean_without_the_756_prefix_is_ignored() {
        assert!(found("7612345678900").is_empty());
    }

    #[test]
    fn numbers_glued_to_letters_are_ignored() {
        assert!(found("x7561234567897").is_empty());
        assert!(found("7561234567897ü").is_empty());
    }
}
