//! `at_svnr`: Austrian social insurance numbers with valid weights, check digit and birth date.
//!
//! The number is `NNNC DDMMYY`: a three-digit serial (not starting with 0),
//! the check digit C, and the birth date. C is the sum of all ten digits
//! times 3,7,9,0,5,8,4,2,1,6 modulo 11 (python-stdnum `at.vnr`); a remainder
//! of 10 is never issued. Numbers issued without a known birth date use the
//! months 13 to 15, so those pass with any day 1–31. About 1% of random
//! 10-digit numbers pass, so the solid form needs a context word; the
//! printed grouping `NNNN DDMMYY` is itself a signal.

use super::ids_b_common::{each_number, valid_day, Judgement};
use super::{Candidate, Input, RuleSpec};
use crate::Category;

pub(crate) const RULES: &[RuleSpec] = &[RuleSpec {
    id: "at_svnr",
    category: Category::Personal,
    description: describe!(
        "Austrian social insurance numbers (NNNC DDMMYY): check digit with weights \
                  3,7,9,0,5,8,4,2,1,6 mod 11 and a valid birth date. The solid form needs a \
                  context word (SVNR, Sozialversicherungsnummer, e-card …); the grouped form \
                  NNNN DDMMYY is reported on its own."
    ),
    priority: 86,
    matches: examples![
        (
            "Meine SVNR ist 1237010180, kannst du das eintragen?",
            "1237010180",
        ),
        ("Sozialversicherungsnummer: 7375 091262", "7375 091262"),
        ("Auf der e-card steht 9145231281", "9145231281"),
        (
            "Numéro de sécurité sociale autrichien : 6427 010889",
            "6427 010889",
        ),
        (
            "Il mio numero di assicurazione sociale austriaco: 3556210197",
            "3556210197",
        ),
        ("Mijn Oostenrijkse SV-Nummer is 2600040670", "2600040670"),
        (
            "Rakouské číslo sociálního pojištění 9899080774",
            "9899080774",
        ),
        (
            "Austrian social security number 2860 280750 attached",
            "2860 280750",
        ),
    ],
    ignores: examples![
        ("Meine SVNR ist 1238010180", "wrong check digit"),
        ("SVNR 1238320180", "check digit fits but day 32 is no date"),
        ("SVNR 0237010180", "the serial never starts with 0"),
        ("Ruf mich an: 0664 1234567", "an Austrian mobile number"),
        (
            "Bestellnummer 1237 010180 wurde versandt",
            "an order number",
        ),
        (
            "Rechnung 1237010180 bitte bezahlen",
            "bare number without a context word",
        ),
    ],
}];

const CONTEXT: &[&str] = &[
    "svnr",
    "sv-nr",
    "sv nr",
    "vsnr",
    "sozialversicherungsnummer",
    "sozialversicherung",
    "versicherungsnummer",
    "sv-nummer",
    "e-card",
    "ecard",
    "social security",
    "social insurance",
    "sécurité sociale",
    "assicurazione sociale",
    "previdenza sociale",
    "sociale verzekering*",
    "sociaal verzekeringsnummer",
    "sociálního pojištění",
    "pojištěnce",
];

const WITH_CONTEXT: f32 = 0.92;
/// `NNNN DDMMYY` is how the number is printed on the e-card.
const GROUPED: f32 = 0.6;
/// Below the engine's threshold: about 1% of random numbers pass.
const BARE: f32 = 0.35;

pub(crate) fn detect(input: &Input<'_>, out: &mut Vec<Candidate>) {
    each_number::<10>(input, CONTEXT, out, |near, d, span, grouped| {
        if !valid(&d) {
            return None;
        }
        let printed = grouped && input.text.as_bytes().get(span.start + 4) == Some(&b' ');
        near.judge(&JUDGEMENT, span, (50, 25), || {
            if printed {
                GROUPED
            } else {
                BARE
            }
        })
    });
}

const JUDGEMENT: Judgement = Judgement {
    rule: "at_svnr",
    with_context: WITH_CONTEXT,
    near_reason: "social insurance number check digit valid",
    form_reason: "social insurance number check digit and date valid",
};

/// Serial, check digit and birth date of the ten digits.
fn valid(d: &[u8; 10]) -> bool {
    const WEIGHTS: [u32; 10] = [3, 7, 9, 0, 5, 8, 4, 2, 1, 6];
    let sum: u32 = d.iter().zip(WEIGHTS).map(|(&d, w)| u32::from(d) * w).sum();
    d[0] != 0 && sum % 11 == u32::from(d[3]) && birth_date_valid(&d[4..])
}

/// `DDMMYY`; months 13–15 stand for an unknown or exhausted birth date.
fn birth_date_valid(d: &[u8]) -> bool {
    let n = |i: usize| u32::from(d[i]) * 10 + u32::from(d[i + 1]);
    let (day, month, year) = (n(0), n(2), n(4));
    match month {
        13..=15 => (1..=31).contains(&day),
        _ => valid_day(day, month, year % 4 == 0),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<String> {
        crate::detect::testing::found("at_svnr", text)
    }

    fn ds(s: &str) -> [u8; 10] {
        let v: Vec<u8> = s.bytes().map(|b| b - b'0').collect();
        v.try_into().expect("10 digits")
    }

    #[test]
    fn check_digit_and_date_decide_validity() {
        for (number, ok, why) in [
            ("1237010180", true, "the stdnum example"),
            ("1238010180", false, "wrong check digit"),
            ("0237010180", false, "leading zero"),
            ("1232310280", false, "31 February"),
            ("1231291380", true, "substitute month 13"),
            ("1237291680", false, "month 16"),
        ] {
            assert_eq!(valid(&ds(number)), ok, "{number}: {why}");
        }
    }

    #[test]
    fn a_remainder_of_ten_is_never_a_valid_check_digit() {
        // Serial 100 with birth date 01.01.80 leaves remainder 10.
        let d = ds("1000010180");
        let sum: u32 = d
            .iter()
            .zip([3, 7, 9, 0, 5, 8, 4, 2, 1, 6])
            .map(|(&d, w)| u32::from(d) * w)
            .sum();
        assert_eq!(sum % 11, 10);
        assert!((0..10).all(|c| {
            let mut x = d;
            x[3] = c;
            !valid(&x)
        }));
    }

    #[test]
    fn the_solid_form_needs_a_context_word_and_the_grouped_form_does_not() {
        assert!(found("Nummer 1237010180").is_empty());
        assert_eq!(found("SVNR: 1237010180"), ["1237010180"]);
        assert_eq!(found("steht 1237 010180 drauf"), ["1237 010180"]);
    }
}
