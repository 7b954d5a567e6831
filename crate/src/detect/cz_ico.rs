//! `cz_ico`: Czech company identifiers (IČO) with a valid mod-11 check digit, near a context word.
//!
//! An IČO has 8 digits; the last is the check digit of the first seven with
//! weights 8 down to 2: (11 − sum mod 11) mod 11, where 10 becomes 0 and
//! 0 becomes 1 (python-stdnum `cz.dic`). Random 8-digit numbers pass about
//! 1 in 11 times, so a number is reported only near a word that names it
//! (IČO, IČ, identifikační číslo …). Slovak IČO share the algorithm.

use std::ops::Range;

use super::ids_b_common::{digits, each_candidate, standalone, Near, Stems};
use super::{Candidate, Input, RuleSpec};
use crate::Category;

pub(crate) const RULES: &[RuleSpec] = &[RuleSpec {
    id: "cz_ico",
    category: Category::Personal,
    description: describe!(
        "Czech and Slovak company identifiers (IČO): 8 digits with a mod-11 check digit \
                  (weights 8..2); a context word (IČO, IČ, ICO, identifikační číslo) is required \
                  because 1 in 11 random numbers pass."
    ),
    priority: 78,
    matches: examples![
        ("Fakturujte prosím na IČO 25596641, díky!", "25596641"),
        ("IČ: 169 52 758, sídlo Praha", "169 52 758"),
        (
            "Identifikační číslo osoby 10048448 najdete v rejstříku",
            "10048448",
        ),
        ("Die Firma hat die ICO 78003962 (Tschechien)", "78003962"),
        (
            "L'entreprise tchèque, IČO 81675399, nous a écrit",
            "81675399",
        ),
        ("Azienda ceca con IČO 29809444", "29809444"),
        (
            "Het Tsjechische bedrijf (IČO 93834152) factureert",
            "93834152",
        ),
        ("Company ID (IČO): 31605834", "31605834"),
        ("Dodavatel: Alfa s.r.o., i.č. 25596641", "25596641"),
    ],
    ignores: examples![
        ("Fakturujte prosím na IČO 25596642", "wrong check digit"),
        (
            "Číslo objednávky 25596641 je na cestě",
            "an order number, no IČO context",
        ),
        ("Volejte na +420 25596641", "a phone number"),
        ("Tracking 16952758 delivered", "no context word"),
        ("Medicoo 25596641", "no whole context word"),
        ("IČO 2559664", "seven digits"),
    ],
}];

const CONTEXT: &[&str] = &[
    "ičo",
    "ič",
    "ico",
    "i.č.",
    "ič.",
    "identifikační číslo",
    "identifikacni cislo",
    "identifikačné číslo",
    "company id",
    "company identification number",
];

/// Cheap substrings, one of which every context word holds ("i.č." holds
/// none of the others).
const STEMS: &[&str] = &["ič", "i.č", "ico", "identifika", "company id"];

const CONFIDENCE: f32 = 0.88;

pub(crate) fn detect(input: &Input<'_>, out: &mut Vec<Candidate>) {
    let mut near = Near::new(input.lower, CONTEXT);
    let stems = Stems::new(input.lower, STEMS);
    // Eight digits: every run that may offer one lies in a long number.
    for run in input.long_space_runs() {
        each_candidate(input.text, run, 8, |span, _| {
            out.extend(candidate(input, &mut near, &stems, span))
        });
    }
}

fn candidate(
    input: &Input<'_>,
    near: &mut Near<'_>,
    stems: &Stems<'_>,
    span: Range<usize>,
) -> Option<Candidate> {
    let d = digits::<8>(input.text, &span)?;
    let valid = standalone(input.text, &span) && check_digit(&d[..7]) == d[7];
    if !valid || !stems.present() {
        return None;
    }
    let word = near.word(&span, 40, 25)?;
    let reason = format!("IČO check digit valid, near '{word}'");
    Some(Candidate::new("cz_ico", span, CONFIDENCE, reason))
}

/// (11 − Σ wᵢ·dᵢ mod 11) mod 11 with weights 8..2; 10 → 0 and 0 → 1.
fn check_digit(first_seven: &[u8]) -> u8 {
    let sum: u32 = first_seven
        .iter()
        .zip((2..=8).rev())
        .map(|(&d, w)| u32::from(d) * w)
        .sum();
    match (11 - sum % 11) % 11 {
        0 => 1,
        10 => 0,
        c => c as u8,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<String> {
        crate::detect::testing::found("cz_ico", text)
    }

    #[test]
    fn check_digit_maps_remainders_zero_and_one_as_the_register_does() {
        for (number, ok, why) in [
            ("25596641", true, "a registered company"),
            ("00023230", true, "leading zeros are part of the number"),
            ("25596642", false, "wrong check digit"),
            ("01837940", true, "remainder 1 gives check digit 0"),
        ] {
            let d = digits::<8>(number, &(0..8)).expect("8 digits");
            assert_eq!(check_digit(&d[..7]) == d[7], ok, "{number}: {why}");
        }
    }

    #[test]
    fn a_valid_number_needs_its_context_word() {
        assert!(found("číslo 25596641").is_empty());
        assert_eq!(found("IČO: 25596641"), ["25596641"]);
        assert_eq!(found("i.č. 25596641"), ["25596641"]);
    }

    #[test]
    fn a_vat_number_prefix_is_not_a_context_word() {
        assert!(found("DIČ 25596641").is_empty());
    }
}
