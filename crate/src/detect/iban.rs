//! `iban`: International bank account numbers of every IBAN country, length and mod-97 checked.
//!
//! Candidates are two letters at a word start followed by two digits, found
//! by skipping to digits (rare in prose); only those whose country is in the
//! SWIFT IBAN registry are read further, exactly as many letters and digits
//! as the country's length, across single spaces or hyphens. A candidate is
//! reported when it ends there (no letter or digit follows), its BBAN has
//! the registry's structure (digits where the registry says digits, letters
//! where it says letters) and the whole number passes ISO 7064 mod 97-10.
//! The structure check is what keeps a lucky 1-in-97 mod-97 hit on an
//! arbitrary code from being reported.

use super::ids_a_common::near;
use super::util::{mod97, word_end, word_start};
use super::{Candidate, Input, RuleSpec};
use crate::Category;

pub(crate) const RULES: &[RuleSpec] = &[RuleSpec {
    id: "iban",
    category: Category::Personal,
    description: describe!(
        "International bank account numbers of every IBAN country: exact country length, \
                  BBAN structure and mod-97 check; solid or grouped by single spaces or hyphens \
                  (fours or the national grouping), any case. Context words (IBAN, Konto, \
                  compte, conto, rekening, účet) only raise confidence."
    ),
    priority: 95,
    matches: examples![
        (
            "Bitte überweisen Sie auf CH93 0076 2011 6238 5295 7, danke!",
            "CH93 0076 2011 6238 5295 7",
        ),
        (
            "Mein IBAN ist DE89370400440532013000",
            "DE89370400440532013000",
        ),
        (
            "Vous pouvez faire le virement sur FR14 2004 1010 0505 0001 3M02 606 svp",
            "FR14 2004 1010 0505 0001 3M02 606",
        ),
        (
            "Il mio conto: IT60 X054 2811 1010 0000 0123 456",
            "IT60 X054 2811 1010 0000 0123 456",
        ),
        (
            "Stort het maar op nl91abna0417164300 :)",
            "nl91abna0417164300",
        ),
        (
            "Číslo účtu CZ65 0800 0000 1920 0014 5399, díky",
            "CZ65 0800 0000 1920 0014 5399",
        ),
        (
            "pay me back at GB29 NWBK 6016 1331 9268 19 when you can",
            "GB29 NWBK 6016 1331 9268 19",
        ),
        ("AT61 1904 3002 3457 3201", "AT61 1904 3002 3457 3201"),
    ],
    ignores: examples![
        (
            "Bitte überweisen Sie auf CH93 0076 2011 6238 5295 8",
            "wrong check digits",
        ),
        (
            "IBAN DE89 3704 0044 0532 0130",
            "too short for a German IBAN",
        ),
        (
            "Tracking: DE12345678901234567890XY",
            "order code that only looks like a German IBAN",
        ),
        (
            "Ref. XX12 3456 7890 1234 5678 90",
            "XX is not an IBAN country",
        ),
        (
            "La commande FR76 3000 6000 0112 3456 7890 188 est partie",
            "fails mod-97",
        ),
        (
            "Il modello IT2023 è uscito nel 2023",
            "a product code, far too short",
        ),
        (
            "Sendung DE12 3456 7890 1234 5678 90 ist unterwegs",
            "a tracking code that fails mod-97",
        ),
        (
            "Versie NL91ABNA0417164300X is uit",
            "the run continues past the IBAN length",
        ),
    ],
}];

/// Words that make an IBAN more certain: "IBAN" and "account" in the six
/// languages.
const CONTEXT: &[&str] = &[
    "iban",
    "konto",
    "kontonummer",
    "bankverbindung",
    "compte",
    "conto",
    "rekening",
    "rekeningnummer",
    "účet",
    "účtu",
    "account",
    "überweisen",
    "virement",
    "bonifico",
];

/// SWIFT IBAN registry (release 101, as python-stdnum ships it): country,
/// total length, and BBAN structure as runs of `n` digits, `a` letters and
/// `c` letters or digits, adjacent runs of one kind merged.
const COUNTRIES: &[(&[u8; 2], usize, &str)] = &[
    (b"AD", 24, "8n12c"),
    (b"AE", 23, "19n"),
    (b"AL", 28, "8n16c"),
    (b"AT", 20, "16n"),
    (b"AZ", 28, "4a20c"),
    (b"BA", 20, "16n"),
    (b"BE", 16, "12n"),
    (b"BG", 22, "4a6n8c"),
    (b"BH", 22, "4a14c"),
    (b"BI", 27, "23n"),
    (b"BR", 29, "23n1a1c"),
    (b"BY", 28, "4c4n16c"),
    (b"CH", 21, "5n12c"),
    (b"CR", 22, "18n"),
    (b"CY", 28, "8n16c"),
    (b"CZ", 24, "20n"),
    (b"DE", 22, "18n"),
    (b"DJ", 27, "23n"),
    (b"DK", 18, "14n"),
    (b"DO", 28, "4c20n"),
    (b"EE", 20, "16n"),
    (b"EG", 29, "25n"),
    (b"ES", 24, "20n"),
    (b"FI", 18, "14n"),
    (b"FK", 18, "2a12n"),
    (b"FO", 18, "14n"),
    (b"FR", 27, "10n11c2n"),
    (b"GB", 22, "4a14n"),
    (b"GE", 22, "2a16n"),
    (b"GI", 23, "4a15c"),
    (b"GL", 18, "14n"),
    (b"GR", 27, "7n16c"),
    (b"GT", 28, "24c"),
    (b"HN", 28, "4a20n"),
    (b"HR", 21, "17n"),
    (b"HU", 28, "24n"),
    (b"IE", 22, "4a14n"),
    (b"IL", 23, "19n"),
    (b"IQ", 23, "4a15n"),
    (b"IS", 26, "22n"),
    (b"IT", 27, "1a10n12c"),
    (b"JO", 30, "4a4n18c"),
    (b"KW", 30, "4a22c"),
    (b"KZ", 20, "3n13c"),
    (b"LB", 28, "4n20c"),
    (b"LC", 32, "4a24c"),
    (b"LI", 21, "5n12c"),
    (b"LT", 20, "16n"),
    (b"LU", 20, "3n13c"),
    (b"LV", 21, "4a13c"),
    (b"LY", 25, "21n"),
    (b"MC", 27, "10n11c2n"),
    (b"MD", 24, "20c"),
    (b"ME", 22, "18n"),
    (b"MK", 19, "3n10c2n"),
    (b"MN", 20, "16n"),
    (b"MR", 27, "23n"),
    (b"MT", 31, "4a5n18c"),
    (b"MU", 30, "4a19n3a"),
    (b"NI", 28, "4a20n"),
    (b"NL", 18, "4a10n"),
    (b"NO", 15, "11n"),
    (b"OM", 23, "3n16c"),
    (b"PK", 24, "4a16c"),
    (b"PL", 28, "24n"),
    (b"PS", 29, "4a21c"),
    (b"PT", 25, "21n"),
    (b"QA", 29, "4a21c"),
    (b"RO", 24, "4a16c"),
    (b"RS", 22, "18n"),
    (b"RU", 33, "14n15c"),
    (b"SA", 24, "2n18c"),
    (b"SC", 31, "4a20n3a"),
    (b"SD", 18, "14n"),
    (b"SE", 24, "20n"),
    (b"SI", 19, "15n"),
    (b"SK", 24, "20n"),
    (b"SM", 27, "1a10n12c"),
    (b"SO", 23, "19n"),
    (b"ST", 25, "21n"),
    (b"SV", 28, "4a20n"),
    (b"TL", 23, "19n"),
    (b"TN", 24, "20n"),
    (b"TR", 26, "6n16c"),
    (b"UA", 29, "6n19c"),
    (b"VA", 22, "18n"),
    (b"VG", 24, "4a16n"),
    (b"XK", 20, "16n"),
    (b"YE", 30, "4a4n18c"),
];

/// The longest IBAN of the registry (Russia, 33) with room to spare.
const MAX_LEN: usize = 34;

pub(crate) fn detect(input: &Input<'_>, out: &mut Vec<Candidate>) {
    // Where the last IBAN ended: the next may not start before it.
    let mut at = 0;
    // Anchor on digit groups, found once per scan: an IBAN's first digit
    // starts a group and has the two country letters right before it.
    for group in input.digit_groups() {
        if group.start() < at {
            continue;
        }
        let found = group
            .start()
            .checked_sub(2)
            .and_then(|start| iban_at(input.text, start).map(|end| start..end));
        if let Some(span) = found {
            at = span.end;
            out.push(candidate(input, span));
        }
    }
}

/// The end of a valid IBAN starting at `at`, if one does.
fn iban_at(text: &str, at: usize) -> Option<usize> {
    let b = text.as_bytes();
    if at + 4 > b.len() {
        return None;
    }
    let head = [b[at].to_ascii_uppercase(), b[at + 1].to_ascii_uppercase()];
    let shape =
        head.iter().all(u8::is_ascii_uppercase) && b[at + 2..at + 4].iter().all(u8::is_ascii_digit);
    if !shape || !word_start(text, at) {
        return None;
    }
    let &(_, len, bban) = COUNTRIES.iter().find(|(cc, _, _)| **cc == head)?;
    let (end, compact) = read_grouped(b, at, len)?;
    let valid =
        word_end(text, end) && bban_fits(bban, &compact[4..len]) && checksum_ok(&compact[..len]);
    valid.then_some(end)
}

/// Reads `len` letters and digits from `start`, uppercased, allowing one
/// space or hyphen between two of them. IBANs are printed in fours, but
/// people also copy the national grouping (French RIB, Swiss clearing), and
/// a separator cannot make a wrong number pass: the count stops the read at
/// the country's length, and structure and checksum still decide.
fn read_grouped(b: &[u8], start: usize, len: usize) -> Option<(usize, [u8; MAX_LEN])> {
    let mut compact = [0u8; MAX_LEN];
    let mut n = 0;
    let mut at = start;
    while n < len {
        let c = *b.get(at)?;
        if c.is_ascii_alphanumeric() {
            *compact.get_mut(n)? = c.to_ascii_uppercase();
            n += 1;
        } else if !(matches!(c, b' ' | b'-')
            && n >= 4
            && b.get(at + 1).is_some_and(u8::is_ascii_alphanumeric))
        {
            return None;
        }
        at += 1;
    }
    Some((at, compact))
}

/// True when `bban` follows the registry structure such as `"5n12c"`.
fn bban_fits(structure: &str, bban: &[u8]) -> bool {
    let mut at = 0;
    let mut count = 0;
    for c in structure.bytes() {
        if c.is_ascii_digit() {
            count = count * 10 + usize::from(c - b'0');
            continue;
        }
        let Some(run) = bban.get(at..at + count) else {
            return false;
        };
        let fits = match c {
            b'n' => run.iter().all(u8::is_ascii_digit),
            b'a' => run.iter().all(u8::is_ascii_uppercase),
            _ => run.iter().all(u8::is_ascii_alphanumeric),
        };
        if !fits {
            return false;
        }
        at += count;
        count = 0;
    }
    at == bban.len()
}

/// ISO 7064 mod 97-10 over the BBAN followed by country and check digits.
fn checksum_ok(iban: &[u8]) -> bool {
    let mut rearranged = [0u8; MAX_LEN];
    let len = iban.len().min(MAX_LEN);
    for (slot, &c) in rearranged
        .iter_mut()
        .zip(iban[4..len].iter().chain(&iban[..4]))
    {
        *slot = c;
    }
    std::str::from_utf8(&rearranged[..len]).ok().and_then(mod97) == Some(1)
}

fn candidate(input: &Input<'_>, span: std::ops::Range<usize>) -> Candidate {
    match near(input.lower, &span, 40, 20, CONTEXT) {
        Some(word) => Candidate::new(
            "iban",
            span,
            0.99,
            format!("IBAN checksum valid, near '{word}'"),
        ),
        None => Candidate::new("iban", span, 0.95, "IBAN checksum valid"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<&str> {
        crate::detect::testing::values(detect, text)
    }

    #[test]
    fn valid_ibans_of_several_countries_are_found_solid_and_grouped() {
        for iban in [
            "CH9300762011623852957",
            "BE68 5390 0754 7034",
            "NO93 8601 1117 947",
            "MT84MALT011000012345MTLCAST001S",
            "LC55HEMM000100010012001200023015",
            "ES91 2100 0418 4502 0005 1332",
            "PL61 1090 1014 0000 0712 1981 2874",
        ] {
            assert_eq!(found(&format!("x {iban} y")), [iban], "{iban}");
        }
    }

    #[test]
    fn a_changed_digit_or_a_swapped_pair_is_rejected() {
        assert!(found("CH9300762011623852958").is_empty());
        assert!(found("CH9300762011623859257").is_empty());
    }

    #[test]
    fn letters_where_the_registry_wants_digits_are_rejected() {
        // DE is 18 digits; this string is made to pass mod-97 with a letter.
        assert!(!bban_fits("18n", b"37040044053201300A"));
        assert!(bban_fits("4a14n", b"NWBK60161331926819"));
    }

    #[test]
    fn an_iban_glued_to_more_letters_or_digits_is_rejected() {
        assert!(found("xCH9300762011623852957").is_empty());
        assert!(found("CH93007620116238529571").is_empty());
    }

    #[test]
    fn two_separators_in_a_row_break_the_value_but_national_grouping_does_not() {
        assert!(found("CH93  0076 2011 6238 5295 7").is_empty());
        assert!(found("C H93 0076 2011 6238 5295 7").is_empty());
        assert_eq!(
            found("FR76 30006 00001 12345678901 89"),
            ["FR76 30006 00001 12345678901 89"]
        );
    }

    #[test]
    fn multibyte_text_and_truncated_prefixes_never_panic() {
        for text in [
            "CH9",
            "ü CH93 00",
            "CH93 0076 2011 6238 5295 ü",
            "ßß12",
            "CH93\u{0}",
        ] {
            let _ = found(text);
        }
    }

    #[test]
    fn context_word_raises_confidence() {
        let text = "IBAN: CH9300762011623852957";
        let out = crate::detect::testing::candidates(detect, text);
        assert!(out[0].confidence > 0.98, "{:?}", out[0]);
    }
}
