//! `de_tax_id`: German tax identification numbers (Steuer-ID) with valid digit rules and ISO 7064 check digit.
//!
//! A Steuer-ID has 11 digits: the first is not 0; in the first ten exactly
//! one digit occurs twice or three times and every other at most once; the
//! eleventh is the ISO 7064 MOD 11,10 check digit. About 0.35% of random
//! 11-digit numbers pass all of that, too many for a bare number to be
//! reported on structure alone, so a solid number needs a context word;
//! the official grouping `12 345 678 901` is itself a signal.

use std::ops::Range;

use super::ids_b_common::{each_number, Judgement};
use super::util::iso7064_mod11_10;
use super::{Candidate, Input, RuleSpec};
use crate::Category;

pub(crate) const RULES: &[RuleSpec] = &[RuleSpec {
    id: "de_tax_id",
    category: Category::Personal,
    description: describe!(
        "German tax identification numbers (Steuer-ID): 11 digits, first not 0, one digit \
                  repeated twice or thrice in the first ten, ISO 7064 MOD 11,10 check digit. A \
                  solid number needs a context word (Steuer-ID, IdNr, tax ID …); the grouped \
                  form 12 345 678 901 is reported on its own."
    ),
    priority: 85,
    matches: examples![
        (
            "Meine Steuer-ID ist 65388297184, brauchst du sie für die Lohnabrechnung?",
            "65388297184",
        ),
        (
            "Steueridentifikationsnummer: 77 620 983 519",
            "77 620 983 519",
        ),
        (
            "Hier nochmal meine IdNr 90536542158 für das Formular",
            "90536542158",
        ),
        (
            "Mon numéro fiscal allemand (Steuer-ID) : 12532072966",
            "12532072966",
        ),
        (
            "Il mio codice fiscale tedesco è 17 568 493 920",
            "17 568 493 920",
        ),
        (
            "My German tax ID is 47079527865, can you file it?",
            "47079527865",
        ),
        (
            "Mijn Duitse belastingnummer (Steuer-ID): 50664621899",
            "50664621899",
        ),
        (
            "Moje německé daňové identifikační číslo: 50437165589",
            "50437165589",
        ),
    ],
    ignores: examples![
        ("Meine Steuer-ID ist 65388297185", "wrong check digit"),
        (
            "Bestellnummer 65388297184 ist unterwegs",
            "an order number without a tax context word",
        ),
        (
            "Tracking: 77620983519, arrives Monday",
            "a bare 11-digit number, no context",
        ),
        (
            "Steuer-ID 11234567899 bitte prüfen",
            "digit rules hold but the check digit is wrong",
        ),
        ("Steuer-ID: 01234567899", "a Steuer-ID never starts with 0"),
        (
            "Identifiant fiscal 12345678901",
            "no repeated digit in the first ten",
        ),
        (
            "Chiamami al +49 65388297184",
            "the tail of an international phone number",
        ),
    ],
}];

/// Words that name the Steuer-ID, in the six languages.
const CONTEXT: &[&str] = &[
    "steuer-id",
    "steuerid",
    "steuer id",
    "steueridentifikationsnummer",
    "steuer-identifikationsnummer",
    "steuerliche identifikationsnummer",
    "identifikationsnummer",
    "steuerliche id",
    "steuernummer",
    "idnr",
    "id-nr",
    "tin",
    "tax id",
    "tax-id",
    "tax identification number",
    "numéro fiscal",
    "identifiant fiscal",
    "codice fiscale",
    "belastingnummer",
    "fiscaal nummer",
    "daňové identifikační číslo",
    "daňové číslo",
];

const WITH_CONTEXT: f32 = 0.92;
/// The official 2-3-3-3 grouping is how the number is printed on letters.
const GROUPED: f32 = 0.6;
/// Below the engine's threshold: 0.35% of random 11-digit numbers pass.
const BARE: f32 = 0.4;

pub(crate) fn detect(input: &Input<'_>, out: &mut Vec<Candidate>) {
    each_number::<11>(input, CONTEXT, out, |near, d, span, grouped| {
        if !valid(&d) {
            return None;
        }
        let official = grouped && is_official_grouping(input.text, &span);
        near.judge(&JUDGEMENT, span, (50, 25), || {
            if official {
                GROUPED
            } else {
                BARE
            }
        })
    });
}

const JUDGEMENT: Judgement = Judgement {
    rule: "de_tax_id",
    with_context: WITH_CONTEXT,
    near_reason: "Steuer-ID check digit valid",
    form_reason: "Steuer-ID digit rules and check digit valid",
};

/// True for the printed form `NN NNN NNN NNN`.
fn is_official_grouping(text: &str, span: &Range<usize>) -> bool {
    let lens: Vec<usize> = text[span.clone()].split(' ').map(str::len).collect();
    lens == [2, 3, 3, 3]
}

/// The Steuer-ID's structure: first digit not 0, one digit twice or thrice
/// among the first ten and the others at most once, check digit.
fn valid(d: &[u8; 11]) -> bool {
    d[0] != 0 && repetition_valid(&d[..10]) && iso7064_mod11_10(&d[..10]) == d[10]
}

fn repetition_valid(first_ten: &[u8]) -> bool {
    let mut counts = [0u8; 10];
    for &d in first_ten {
        counts[usize::from(d)] += 1;
    }
    let mut repeated = counts.iter().filter(|&&c| c > 1);
    matches!((repeated.next(), repeated.next()), (Some(2 | 3), None))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<String> {
        crate::detect::testing::found("de_tax_id", text)
    }

    fn ds(s: &str) -> [u8; 11] {
        let v: Vec<u8> = s.bytes().map(|b| b - b'0').collect();
        v.try_into().expect("11 digits")
    }

    #[test]
    fn structure_rules_accept_and_reject_as_the_bzst_defines_them() {
        for (number, ok, why) in [
            ("86095742719", true, "the BZSt's published example"),
            ("65929970489", true, "a digit three times"),
            ("12345678995", true, "a digit twice"),
            ("12345678996", false, "wrong check digit"),
            ("01234567899", false, "leading zero"),
            ("12345678901", false, "no repeated digit"),
            ("11223456784", false, "two digits repeated"),
            ("11114567890", false, "a digit four times"),
        ] {
            assert_eq!(valid(&ds(number)), ok, "{number}: {why}");
        }
    }

    #[test]
    fn a_context_word_reports_the_solid_number() {
        assert_eq!(found("Steuer-ID: 86095742719"), ["86095742719"]);
    }

    #[test]
    fn a_bare_solid_number_stays_below_the_threshold() {
        assert!(found("Nummer 86095742719 passt").is_empty());
    }

    #[test]
    fn the_printed_grouping_is_reported_without_context_but_not_after_an_order_word() {
        assert_eq!(found("siehe 86 095 742 719"), ["86 095 742 719"]);
        assert!(found("Bestellung 86 095 742 719").is_empty());
    }

    #[test]
    fn a_wrong_check_digit_stays_silent_next_to_its_context_word() {
        assert!(found("Steuer-ID 86095742718").is_empty());
    }
}
