//! `nl_bsn`: Dutch citizen service numbers (BSN) passing the 11-test, near a context word.
//!
//! A BSN has 9 digits (written with 8 when the leading zero is dropped) and
//! passes the 11-test: 9·d1 + 8·d2 + … + 2·d8 − d9 is a multiple of 11. One
//! random 9-digit number in 11 passes, so a number is reported only near a
//! word that names it (BSN, burgerservicenummer, sofinummer …).

use std::ops::Range;

use super::ids_b_common::{digits, each_candidate, long_runs, standalone, Near, Stems};
use super::{Candidate, Input, RuleSpec};
use crate::Category;

pub(crate) const RULES: &[RuleSpec] = &[RuleSpec {
    id: "nl_bsn",
    category: Category::Personal,
    description: describe!(
        "Dutch citizen service numbers (BSN): 9 digits (or 8 without the leading zero) \
                  passing the 11-test; a context word (BSN, burgerservicenummer, sofinummer, \
                  citizen service number) is required because 1 in 11 random numbers pass."
    ),
    priority: 80,
    matches: examples![
        ("Mijn BSN is 260875089, kunt u dat aanpassen?", "260875089"),
        ("Burgerservicenummer: 7700.04.799", "7700.04.799"),
        (
            "Hier is mijn sofinummer 823 885 616 voor de loonstrook",
            "823 885 616",
        ),
        ("Meine niederländische BSN lautet 560705694", "560705694"),
        ("Mon numéro BSN néerlandais : 425015750", "425015750"),
        ("Il mio BSN olandese è 235182357", "235182357"),
        ("Moje nizozemské BSN: 987397047", "987397047"),
        ("My citizen service number (BSN) is 28065232", "28065232"),
        (
            "Ik heb nog het BSN van uw nieuwe medewerker nodig. Volgens het formulier: 823 885 616 – klopt dat?",
            "823 885 616",
        ),
    ],
    ignores: examples![
        ("Mijn BSN is 260875088", "fails the 11-test"),
        ("Ordernummer 260875089 is verzonden", "no BSN context word"),
        (
            "Bel me op 0612345678, BSN volgt later",
            "a mobile number, not 9 digits",
        ),
        (
            "Tracking number 770004799 arrives tomorrow",
            "no context word",
        ),
        ("BSN: 000000000", "zero is not a number"),
        ("Le colis 823885616 est en route", "a parcel number"),
        (
            "Ik heb nog het BSN van uw nieuwe medewerker nodig. Het ordernummer is 823885616 en komt later.",
            "far from its word and not written as a BSN",
        ),
        (
            "Date of birth 1984-09-25, BSN follows",
            "a date next to the BSN word, though its digits pass",
        ),
        (
            "Geboren op 01.10.1985, BSN volgt later",
            "a date next to the BSN word, though its digits pass",
        ),
    ],
}];

const CONTEXT: &[&str] = &[
    "bsn",
    "bsn-nummer",
    "burgerservicenummer",
    "burger service nummer",
    "burgerservice nummer",
    "sofinummer",
    "sofi-nummer",
    "sofi nummer",
    "citizen service number",
    "citizen's service number",
];

/// Cheap substrings, one of which every context word holds.
const STEMS: &[&str] = &["bsn", "burger", "sofi", "citizen"];

const CONFIDENCE: f32 = 0.9;

pub(crate) fn detect(input: &Input<'_>, out: &mut Vec<Candidate>) {
    let mut near = Near::new(input.lower, CONTEXT);
    let stems = Stems::new(input.lower, STEMS);
    for run in long_runs(input, b" .-", 8) {
        each_candidate(input.text, &run, 9, |span, _| {
            out.extend(candidate(input, &mut near, &stems, span))
        });
        // Eight digits only as a whole number: the tail of "06 12345678" is
        // a phone number, not a BSN without its zero.
        if run.digits == 8 {
            out.extend(candidate(input, &mut near, &stems, run.span.clone()));
        }
    }
}

fn candidate(
    input: &Input<'_>,
    near: &mut Near<'_>,
    stems: &Stems<'_>,
    span: Range<usize>,
) -> Option<Candidate> {
    let d = nine_digits(input.text, &span)?;
    if !standalone(input.text, &span)
        || !eleven_test(&d)
        || !stems.present()
        || date_shaped(&input.text[span.clone()])
    {
        return None;
    }
    // A number written the way a BSN is ("123 456 782", "1234.56.782") may
    // stand further from its word: "… het BSN van uw nieuwe medewerker
    // nodig. Volgens het formulier: 138 294 069".
    let word = near.word(&span, 50, 30).or_else(|| {
        bsn_grouped(&input.text[span.clone()])
            .then(|| near.word(&span, 160, 0))
            .flatten()
    })?;
    let reason = format!("passes the BSN 11-test, near '{word}'");
    Some(Candidate::new("nl_bsn", span, CONFIDENCE, reason))
}

/// The nine digits, restoring a dropped leading zero.
/// True when nine digits are grouped as a BSN is written: 3-3-3 with
/// spaces or dots, or 4-2-3 with dots.
fn bsn_grouped(value: &str) -> bool {
    let lens: Vec<usize> = value.split([' ', '.']).map(str::len).collect();
    let one_separator = !(value.contains(' ') && value.contains('.'));
    one_separator && (lens == [3, 3, 3] || value.contains('.') && lens == [4, 2, 3])
}

/// True when eight digits are written as a date ("1984-09-25",
/// "25.09.1984"): a BSN is grouped 4-2-3 or 3-3-3, never as a date, and a
/// date of birth often stands next to the BSN.
fn date_shaped(value: &str) -> bool {
    let mut groups = value.split(['-', '.', '/', ' ']);
    let (Some(a), Some(b), Some(c), None) =
        (groups.next(), groups.next(), groups.next(), groups.next())
    else {
        return false;
    };
    let num = |s: &str| s.parse::<u32>().ok();
    let day_month = |d: &str, m: &str| {
        d.len() == 2
            && m.len() == 2
            && num(d).is_some_and(|d| (1..=31).contains(&d))
            && num(m).is_some_and(|m| (1..=12).contains(&m))
    };
    a.len() == 4 && day_month(c, b) || c.len() == 4 && (day_month(a, b) || day_month(b, a))
}

fn nine_digits(text: &str, span: &Range<usize>) -> Option<[u8; 9]> {
    digits::<9>(text, span).or_else(|| {
        let eight = digits::<8>(text, span)?;
        let mut d = [0u8; 9];
        d[1..].copy_from_slice(&eight);
        Some(d)
    })
}

/// 9·d1 + 8·d2 + … + 2·d8 − d9 ≡ 0 (mod 11), and not all zeros.
fn eleven_test(d: &[u8; 9]) -> bool {
    let weighted: i32 = d[..8]
        .iter()
        .zip((2..=9).rev())
        .map(|(&d, w)| i32::from(d) * w)
        .sum();
    d.iter().any(|&x| x != 0) && (weighted - i32::from(d[8])) % 11 == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<String> {
        crate::detect::testing::found("nl_bsn", text)
    }

    #[test]
    fn the_eleven_test_accepts_valid_numbers_and_rejects_neighbours() {
        for (number, ok) in [
            ("111222333", true),
            ("123456782", true),
            ("123456783", false),
            ("260875089", true),
            ("260875080", false),
            ("000000000", false),
        ] {
            let d: [u8; 9] = digits::<9>(number, &(0..9)).expect("9 digits");
            assert_eq!(eleven_test(&d), ok, "{number}");
        }
    }

    #[test]
    fn eight_digits_are_read_with_the_leading_zero_restored() {
        assert_eq!(found("BSN 28065232"), ["28065232"]);
    }

    #[test]
    fn a_valid_number_needs_its_context_word() {
        assert!(found("nummer 123456782").is_empty());
        assert_eq!(found("BSN: 123456782"), ["123456782"]);
    }

    #[test]
    fn a_number_among_other_numbers_is_still_found() {
        assert_eq!(found("BSN 123456782 2 kinderen"), ["123456782"]);
    }
}
