//! `bic`: Bank identifier codes (BIC/SWIFT) with a valid structure and ISO country, near a banking word.
//!
//! A BIC has no check digit and looks like a shouted word ("CUSTOMER" is
//! bank CUST in Oman), so a banking word nearby is required. Candidates are
//! whole ASCII words of 8 or 11 letters and digits: four letters for the
//! bank, a real ISO 3166 country, two characters of location and an optional
//! branch (a branch starting with X is only ever XXX). BICs are written in
//! capitals; a lowercase one counts only right after "BIC" or "SWIFT" and
//! when it holds a digit (else it is as likely the next word). An
//! all-letter code other than a head office (…XXX) needs "BIC" or "SWIFT"
//! itself nearby, because a generic banking word next to a capitalised word
//! is not enough.

use std::ops::Range;

use super::ids_a_common::near;
use super::{Candidate, Input, RuleSpec};
use crate::Category;

pub(crate) const RULES: &[RuleSpec] = &[RuleSpec {
    id: "bic",
    category: Category::Personal,
    description: describe!(
        "Bank identifier codes (BIC/SWIFT, ISO 9362): 8 or 11 characters, bank \
                  letters, a valid ISO 3166 country, location and branch; no checksum exists, \
                  so a banking word nearby (BIC, SWIFT, Bank, banque, banca, IBAN …) is \
                  required, and an all-letter code (except a head office …XXX) needs BIC or \
                  SWIFT itself."
    ),
    priority: 70,
    matches: examples![
        (
            "IBAN CH93 0076 2011 6238 5295 7, BIC UBSWCHZH80A",
            "UBSWCHZH80A",
        ),
        ("Bankverbindung: Deutsche Bank, BIC DEUTDEFF", "DEUTDEFF"),
        ("Code SWIFT de la banque : BNPAFRPPXXX", "BNPAFRPPXXX"),
        ("Banca: Intesa Sanpaolo, codice BIC BCITITMM", "BCITITMM"),
        ("Onze bank: ING, bic ingbnl2a", "ingbnl2a"),
        ("Banka: Komerční banka, SWIFT: KOMBCZPP", "KOMBCZPP"),
        (
            "Bank account at Raiffeisen, code RAIFCH22E71",
            "RAIFCH22E71",
        ),
    ],
    ignores: examples![
        (
            "Das ist DRINGEND, die Bank wartet",
            "an all-letter word near a generic banking word",
        ),
        ("BIC: DEUTDEFF12", "ten characters, not 8 or 11"),
        ("SWIFT code ABCDXY12", "XY is not a country"),
        ("Merci pour la commande WELCOMEFR", "no banking word"),
        ("Bank transfer ref DEUTDEXA1 sent", "nine characters"),
        (
            "BIC placeholder DEUTDEFFX12",
            "a branch starting with X must be XXX",
        ),
        (
            "Commit 3f9a1c2e in the banking app",
            "a hash, bank letters must be letters",
        ),
    ],
}];

/// Words that name the code itself.
const STRONG: &[&str] = &[
    "bic",
    "swift",
    "bic/swift",
    "swift/bic",
    "swift-code",
    "bic-code",
];

/// Banking words in the six languages.
const BANKING: &[&str] = &[
    "bank",
    "banque",
    "banca",
    "banco",
    "banka",
    "banky",
    "bance",
    "bankverbindung",
    "iban",
    "clearing",
    "konto",
    "compte",
    "conto",
    "rekening",
    "účet",
    "účtu",
    "überweisung",
    "virement",
    "bonifico",
    "overboeking",
    "wire",
    "transfer",
];

/// ISO 3166-1 alpha-2, plus XK (Kosovo), which SWIFT uses.
const COUNTRIES: &str =
    "ADAEAFAGAIALAMAOAQARASATAUAWAXAZBABBBDBEBFBGBHBIBJBLBMBNBOBQBRBSBTBVBWBYBZ\
    CACCCDCFCGCHCICKCLCMCNCOCRCUCVCWCXCYCZDEDJDKDMDODZECEEEGEHERESETFIFJFKFMFOFRGAGBGDGEGFGG\
    GHGIGLGMGNGPGQGRGSGTGUGWGYHKHMHNHRHTHUIDIEILIMINIOIQIRISITJEJMJOJPKEKGKHKIKMKNKPKRKWKYKZ\
    LALBLCLILKLRLSLTLULVLYMAMCMDMEMFMGMHMKMLMMMNMOMPMQMRMSMTMUMVMWMXMYMZNANCNENFNGNINLNONPNR\
    NUNZOMPAPEPFPGPHPKPLPMPNPRPSPTPWPYQARERORSRURWSASBSCSDSESGSHSISJSKSLSMSNSOSRSSSTSVSXSYSZ\
    TCTDTFTGTHTJTKTLTMTNTOTRTTTVTWTZUAUGUMUSUYUZVAVCVEVGVIVNVUWFWSXKYEYTZAZMZW";

pub(crate) fn detect(input: &Input<'_>, out: &mut Vec<Candidate>) {
    let text = input.text.as_bytes();
    // Lowercase codes after "bic", then after "swift": reported after the
    // capitalised ones, in the order the detector always had.
    let mut labelled: [Vec<Range<usize>>; 2] = Default::default();
    // A code is a whole word of 8 or 11 ASCII letters and digits, so only
    // the shared word runs of that length are read; reading every capital
    // and searching the text for the labels cost most of this detector
    // (issue 2).
    for run in input.word_runs() {
        let span = run.range();
        if !matches!(span.len(), 8 | 11)
            || !text[span.clone()].iter().all(u8::is_ascii_alphanumeric)
        {
            continue;
        }
        if text[span.start].is_ascii_uppercase() {
            out.extend(candidate(input, span));
        } else if text[span.start].is_ascii_lowercase() {
            if let Some(label) = label_before(input.lower, span.start) {
                labelled[label].push(span);
            }
        }
    }
    for span in labelled.into_iter().flatten() {
        out.extend(candidate(input, span));
    }
}

/// Lowercase codes count only right after "bic" or "swift" ("bic: x",
/// "swift code x"): the label, at most 6 bytes of anything but ASCII
/// letters and digits, then the code at `start`. Returns the label's index
/// in [`LABELS`].
fn label_before(lower: &str, start: usize) -> Option<usize> {
    let bytes = lower.as_bytes();
    let floor = start.saturating_sub(7);
    let end = (floor..start)
        .rev()
        .find(|&i| bytes[i].is_ascii_alphanumeric())?
        + 1;
    LABELS
        .iter()
        .position(|label| bytes[..end].ends_with(label.as_bytes()))
}

/// The labels a lowercase code must follow, in the order they are reported.
const LABELS: [&str; 2] = ["bic", "swift"];

/// True when `code` (uppercase) has the ISO 9362 structure.
fn structure_ok(code: &[u8]) -> bool {
    let letters = code.len() >= 8 && code[..6].iter().all(u8::is_ascii_uppercase);
    let branch_ok = || code.len() == 8 || code[8] != b'X' || &code[8..] == b"XXX";
    let country_ok = || COUNTRIES.as_bytes().chunks(2).any(|c| c == &code[4..6]);
    letters && branch_ok() && country_ok()
}

fn candidate(input: &Input<'_>, span: Range<usize>) -> Option<Candidate> {
    let value = &input.text.as_bytes()[span.clone()];
    let upper = value.iter().all(|c| !c.is_ascii_lowercase());
    let lower = value.iter().all(|c| !c.is_ascii_uppercase());
    let mut buf = [0u8; 11];
    let code = buf.get_mut(..value.len())?;
    code.copy_from_slice(value);
    code.make_ascii_uppercase();
    let code = &*code;
    if !(upper || lower) || !structure_ok(code) || names_a_bank(&input.lower[span.clone()]) {
        return None;
    }
    let has_digit = code.iter().any(u8::is_ascii_digit);
    if !upper {
        // A lowercase code is only a BIC right after its own label, and an
        // all-letter lowercase one is just as likely the next word.
        near(input.lower, &span, 12, 0, STRONG)?;
        if !has_digit {
            return None;
        }
    }
    let strong = near(input.lower, &span, 40, 20, STRONG);
    let (confidence, word) = match strong {
        Some(word) => (0.95, word),
        None => (
            generic_confidence(code),
            near(input.lower, &span, 60, 30, BANKING)?,
        ),
    };
    Some(Candidate::new(
        "bic",
        span,
        confidence,
        format!("BIC structure and country valid, near '{word}'"),
    ))
}

/// Confidence next to a generic banking word only. A code with a digit or
/// the head-office branch XXX does not read as a word; an all-letter one
/// ("CUSTOMER", "INFORMATION") is as likely a shouted word, so it stays
/// below the threshold.
fn generic_confidence(code: &[u8]) -> f32 {
    if code.iter().any(u8::is_ascii_digit) || code.ends_with(b"XXX") {
        0.7
    } else {
        0.4
    }
}

/// A capitalised banking word ("POSTBANK") is a name, not a code.
fn names_a_bank(lower: &str) -> bool {
    // Four-byte windows, not `contains` per word: this runs per candidate.
    lower
        .as_bytes()
        .windows(4)
        .any(|w| matches!(w, b"bank" | b"banc" | b"banq" | b"swif" | b"iban"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<&str> {
        let out = crate::detect::testing::candidates(detect, text);
        out.iter()
            .filter(|c| c.confidence >= 0.5)
            .map(|c| &text[c.span.clone()])
            .collect()
    }

    #[test]
    fn a_bic_without_any_banking_word_is_ignored() {
        assert!(found("Please use DEUTDEFF").is_empty());
        assert_eq!(found("Please use BIC DEUTDEFF"), ["DEUTDEFF"]);
    }

    #[test]
    fn shouted_words_with_a_country_in_place_are_ignored() {
        // CUST+OM (Oman), BUSI+NE (Niger), POST+BA (Bosnia), TAGE+SA (Saudi Arabia).
        assert!(found("CUSTOMER BUSINESS at the bank").is_empty());
        assert!(found("Bank: KONTOAUSZUG und TAGESAUSZUG").is_empty());
        assert!(found("Send it via POSTBANK, BIC follows").is_empty());
    }

    #[test]
    fn the_country_table_is_aligned_in_pairs_of_capitals() {
        assert_eq!(COUNTRIES.len(), 2 * 250);
        assert!(COUNTRIES.bytes().all(|c| c.is_ascii_uppercase()));
        assert!(COUNTRIES.as_bytes().chunks(2).any(|c| c == b"XK"));
        assert!(!COUNTRIES.as_bytes().chunks(2).any(|c| c == b"XY"));
    }

    #[test]
    fn branch_codes_starting_with_x_must_be_xxx() {
        assert!(structure_ok(b"BNPAFRPPXXX"));
        assert!(!structure_ok(b"BNPAFRPPX12"));
        assert!(structure_ok(b"UBSWCHZH80A"));
    }

    #[test]
    fn mixed_case_and_lowercase_far_from_the_label_are_ignored() {
        assert!(found("BIC Deutdeff").is_empty());
        assert!(found("bic is listed below in the bank letter: deutdeff").is_empty());
        assert!(found("bic placeholder").is_empty());
        assert_eq!(found("swift: ingbnl2a"), ["ingbnl2a"]);
    }

    #[test]
    fn codes_glued_to_other_characters_are_ignored() {
        assert!(found("BIC DEUTDEFF_1").is_empty());
        assert!(found("BIC éDEUTDEFF").is_empty());
    }
}
