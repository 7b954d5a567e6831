//! `de_svnr`: German pension insurance numbers (Rentenversicherungsnummer) with a valid date and check digit.
//!
//! The number has 12 characters: a two-digit area number, the birth date
//! `DDMMYY`, the first letter of the birth name, a two-digit serial and a
//! check digit. The check digit is the sum of the cross sums of each digit
//! times 2,1,2,5,7,1,2,1,2,1,2,1, modulo 10, with the letter written as its
//! two-digit alphabet position (A = 01). The shape (digits, letter, digits)
//! plus a real date plus the check digit is rare enough in ordinary text to
//! report on its own; a context word raises the confidence.

use std::ops::Range;

use super::ids_b_common::{long_number_groups, standalone, valid_day, Near};
use super::util::{word_end, word_start};
use super::{Candidate, Input, RuleSpec};
use crate::Category;

pub(crate) const RULES: &[RuleSpec] = &[RuleSpec {
    id: "de_svnr",
    category: Category::Personal,
    description: describe!(
        "German pension insurance numbers (Rentenversicherungsnummer): area, birth date \
                  DDMMYY, initial letter, serial and a check digit with weights \
                  2,1,2,5,7,1,2,1,2,1,2,1; reported on structure, context words \
                  (Rentenversicherungsnummer, SV-Nummer …) raise confidence."
    ),
    priority: 88,
    matches: examples![
        (
            "Meine Rentenversicherungsnummer: 65 170839 J 00 3",
            "65 170839 J 00 3",
        ),
        (
            "SV-Nummer 04190948T776, bitte an die Personalabteilung",
            "04190948T776",
        ),
        (
            "Voici mon numéro de sécurité sociale allemand : 13211044A607",
            "13211044A607",
        ),
        (
            "Il numero di previdenza tedesco è 53 180452 Z 69 9",
            "53 180452 Z 69 9",
        ),
        (
            "Mijn Duitse sociaalverzekeringsnummer is 13131195K291",
            "13131195K291",
        ),
        (
            "Číslo důchodového pojištění v Německu: 65280964A855",
            "65280964A855",
        ),
        (
            "my social security number (Germany) is 15061042S996 fyi",
            "15061042S996",
        ),
    ],
    ignores: examples![
        (
            "Meine Rentenversicherungsnummer: 65 170839 J 00 4",
            "wrong check digit",
        ),
        (
            "Versicherungsnummer 65 173239 J 00 3",
            "month 32 does not exist",
        ),
        (
            "Artikel 12345678A123 ist ausverkauft",
            "product code, no valid date",
        ),
        ("Bestellung 04190948T776 versendet", "an order code"),
        ("Serial ABC04190948T776", "glued to letters"),
        (
            "Code 65170839-J-003",
            "hyphenated product code, not the number's layout",
        ),
    ],
}];

const CONTEXT: &[&str] = &[
    "rentenversicherungsnummer",
    "rentenversicherung",
    "sozialversicherungsnummer",
    "sozialversicherungsausweis",
    "versicherungsnummer",
    "sv-nummer",
    "sv-nr",
    "svnr",
    "rv-nummer",
    "rvnr",
    "vsnr",
    "social security",
    "social insurance",
    "pension insurance",
    "sécurité sociale",
    "previdenza",
    "sociaalverzekeringsnummer",
    "důchodového pojištění",
    "sociálního pojištění",
];

const WITH_CONTEXT: f32 = 0.95;
const STRUCTURE_ONLY: f32 = 0.75;

/// The letters and digits of the number, in order.
const LEN: usize = 12;

pub(crate) fn detect(input: &Input<'_>, out: &mut Vec<Candidate>) {
    let mut near = Near::new(input.lower, CONTEXT);
    // Where the last number ended: the next may not start before it.
    let mut at = 0;
    // The eight leading digits, joined by single spaces at most, lie in one
    // long number: the groups of other numbers start nothing.
    for group in long_number_groups(input, 8).flatten() {
        if group.start() < at {
            continue;
        }
        if let Some(span) = parse(input.text, group.start()) {
            at = span.end;
            out.extend(candidate(&mut near, span));
        }
    }
}

/// The span of a well-formed number starting at `start`: 8 digits, a
/// letter, 3 digits, with at most one space between any two of them.
fn parse(text: &str, start: usize) -> Option<Range<usize>> {
    if !word_start(text, start) {
        return None;
    }
    let bytes = text.as_bytes();
    let mut at = start;
    let mut chars = [0u8; LEN];
    for (i, slot) in chars.iter_mut().enumerate() {
        if i > 0 && bytes.get(at) == Some(&b' ') {
            at += 1;
        }
        let b = *bytes.get(at)?;
        let fits = if i == 8 {
            b.is_ascii_alphabetic()
        } else {
            b.is_ascii_digit()
        };
        if !fits {
            return None;
        }
        *slot = b.to_ascii_uppercase();
        at += 1;
    }
    let span = start..at;
    (word_end(text, at) && standalone(text, &span) && valid(&chars)).then_some(span)
}

/// Date and check digit of the 12 characters (letter upper case).
fn valid(chars: &[u8; LEN]) -> bool {
    let d = |i: usize| u32::from(chars[i] - b'0');
    let (day, month, year) = (d(2) * 10 + d(3), d(4) * 10 + d(5), d(6) * 10 + d(7));
    // Two-digit years: 00 stands for 1900 or 2000; accept 29 February when
    // either could be meant.
    valid_day(day, month, year % 4 == 0) && check_digit(chars) == d(11)
}

fn check_digit(chars: &[u8; LEN]) -> u32 {
    const WEIGHTS: [u32; 12] = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1];
    let letter = u32::from(chars[8] - b'A' + 1);
    let mut values = [0u32; 12];
    for (i, v) in values.iter_mut().enumerate().take(8) {
        *v = u32::from(chars[i] - b'0');
    }
    values[8] = letter / 10;
    values[9] = letter % 10;
    values[10] = u32::from(chars[9] - b'0');
    values[11] = u32::from(chars[10] - b'0');
    let cross_sum = |n: u32| n / 10 + n % 10;
    values
        .iter()
        .zip(WEIGHTS)
        .map(|(v, w)| cross_sum(v * w))
        .sum::<u32>()
        % 10
}

fn candidate(near: &mut Near<'_>, span: Range<usize>) -> Option<Candidate> {
    if let Some(word) = near.word(&span, 50, 25) {
        let reason = format!("pension insurance number check digit valid, near '{word}'");
        return Some(Candidate::new("de_svnr", span, WITH_CONTEXT, reason));
    }
    let reason = "pension insurance number date and check digit valid";
    (!near.other_number(&span)).then(|| Candidate::new("de_svnr", span, STRUCTURE_ONLY, reason))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<String> {
        crate::detect::testing::found("de_svnr", text)
    }

    #[test]
    fn the_check_digit_counts_the_letter_as_two_digits() {
        for (number, ok) in [
            ("65170839J003", true),
            ("65170839J004", false),
            ("04190948T776", true),
            ("04190948T775", false),
            ("65170839K003", false),
        ] {
            let chars: [u8; LEN] = number.as_bytes().try_into().expect("12 chars");
            assert_eq!(valid(&chars), ok, "{number}");
        }
    }

    #[test]
    fn spaced_solid_and_lowercase_forms_are_found() {
        assert_eq!(found("RVNR 65 170839 J 00 3."), ["65 170839 J 00 3"]);
        assert_eq!(found("RVNR 65170839j003"), ["65170839j003"]);
    }

    #[test]
    fn impossible_dates_and_glued_numbers_stay_silent() {
        assert!(found("RVNR 65 173239 J 00 3").is_empty());
        assert!(found("RVNR 65170839J0031").is_empty());
        assert!(found("RVNR 165170839J003").is_empty());
    }

    #[test]
    fn long_digit_lines_scan_quickly() {
        let text = "1234567890".repeat(100_000);
        assert!(found(&text).is_empty());
    }
}
