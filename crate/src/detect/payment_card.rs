//! `payment_card`: Payment card numbers with a known issuer range and a valid Luhn digit.
//!
//! Candidates are whole digit runs (a card inside a longer run of digits is
//! some other number). A run is a card when it is written as cards are
//! printed (solid, 4-4-4-4 and its 13–19 digit kin, Amex 4-6-5, Diners
//! 4-6-4), its prefix and length belong to one issuer, and its Luhn digit is
//! right. A number labelled as an order, invoice or tracking number is taken
//! at its word unless a card word is also near.

use std::ops::Range;

use super::ids_a_common::{long_runs, near};
use super::util::luhn_valid;
use super::{Candidate, Input, RuleSpec};
use crate::Category;

pub(crate) const RULES: &[RuleSpec] = &[RuleSpec {
    id: "payment_card",
    category: Category::Personal,
    description: describe!(
        "Payment card numbers of Visa, Mastercard (incl. 2-series), Amex, Diners, \
                  Discover, JCB, Maestro and UnionPay: issuer prefix and length, Luhn check \
                  digit, written solid or grouped as printed, never part of a longer digit run. \
                  Card words raise confidence; an order, invoice or tracking label silences it."
    ),
    priority: 90,
    matches: examples![
        (
            "Meine Kreditkarte: 4111 1111 1111 1111, Ablauf 12/27",
            "4111 1111 1111 1111",
        ),
        (
            "Voici ma carte 5555-5555-5555-4444, merci",
            "5555-5555-5555-4444",
        ),
        (
            "la mia carta è 378282246310005 scade a marzo",
            "378282246310005",
        ),
        (
            "Amex 3782 822463 10005 please charge it",
            "3782 822463 10005",
        ),
        (
            "Mijn pas: 2223 0031 2200 3222 (Mastercard)",
            "2223 0031 2200 3222",
        ),
        (
            "Číslo karty 3530 1113 3330 0000, platnost 05/28",
            "3530 1113 3330 0000",
        ),
        (
            "Discover 6011 1111 1111 1117 exp 09/26",
            "6011 1111 1111 1117",
        ),
        (
            "Karte 5105 1051 0510 5100 09/28 CVC 123",
            "5105 1051 0510 5100",
        ),
        ("Diners Club 3622 720627 1667", "3622 720627 1667"),
    ],
    ignores: examples![
        ("Kreditkarte 4111 1111 1111 1112", "wrong Luhn check digit"),
        (
            "Konto ES80 3922 5530 9118 4058 8011 abgelehnt",
            "the groups of an IBAN whose checksum fails",
        ),
        (
            "Bestellnummer 4532 0151 1283 0366 ist unterwegs",
            "labelled as an order number",
        ),
        (
            "Tracking number 1234 5678 9012 3452",
            "no issuer starts with 1",
        ),
        (
            "Facture n° 4111111111111111222 du 3 mars",
            "a longer run than any card",
        ),
        (
            "Le colis 9400 1000 0000 0000 0000 00 arrive demain",
            "tracking number, no issuer range",
        ),
        (
            "Ordine 41111111 11111111 in consegna",
            "groups of eight are not how cards are printed",
        ),
        (
            "Score: 4111 - 1111, Zuschauer 1111 1111",
            "separate numbers, not one card",
        ),
        (
            "Codice articolo EAN 4207350468986, disponibile",
            "an EAN-13 product code, not a card",
        ),
        (
            "Artikelnummer 4012888888881 ist ausverkauft",
            "an article number, not a card",
        ),
        (
            "GTIN: 4000000000006 (product sheet attached)",
            "a GTIN, not a card",
        ),
    ],
}];

/// Words that say the number is a card, in the six languages.
const CARD_WORDS: &[&str] = &[
    "card",
    "credit",
    "kreditkarte",
    "karte",
    "carte",
    "cb",
    "carta",
    "kaart",
    "creditcard",
    "karta",
    "karty",
    "kartu",
    "visa",
    "mastercard",
    "amex",
    "maestro",
    "cvv",
    "cvc",
    "expiry",
    "exp",
    "ablauf",
    "gültig",
    "scadenza",
    "expiration",
    "platnost",
];

/// Labels of numbers that are not cards, in the six languages.
const OTHER_LABELS: &[&str] = &[
    "order",
    "invoice",
    "tracking",
    "shipment",
    "parcel",
    "ticket",
    "ref",
    "reference",
    "bestellung",
    "bestellnummer",
    "rechnung",
    "rechnungsnummer",
    "sendung",
    "sendungsnummer",
    "paket",
    "auftrag",
    "commande",
    "facture",
    "colis",
    "suivi",
    "référence",
    "ordine",
    "fattura",
    "spedizione",
    "pacco",
    "bestelling",
    "bestelnummer",
    "factuur",
    "zending",
    "objednávka",
    "objednávky",
    "faktura",
    "faktury",
    "zásilka",
    "zásilky",
    "referenz",
];

/// Words that label a product code (EAN, GTIN, article number): a solid
/// run of 8 to 14 digits after one is a barcode, even when it passes Luhn,
/// because EAN check digits and Visa's 13-digit range overlap.
const PRODUCT_WORDS: &[&str] = &[
    "ean",
    "gtin",
    "upc",
    "sku",
    "barcode",
    "artikel*",
    "art.-nr",
    "art.nr",
    "strichcode",
    "article",
    "articolo",
    "code-barres",
    "codice a barre",
    "streepjescode",
    "produit",
    "prodotto",
    "product",
    "produkt",
    "item",
    "čárový kód",
    "zboží",
];

/// An issuer range: prefixes from `low` to `high` (both with `digits`
/// digits) and the lengths its cards have.
struct Issuer {
    name: &'static str,
    digits: usize,
    low: u32,
    high: u32,
    lengths: Range<usize>,
}

const fn issuer(
    name: &'static str,
    digits: usize,
    low: u32,
    high: u32,
    lengths: Range<usize>,
) -> Issuer {
    Issuer {
        name,
        digits,
        low,
        high,
        lengths,
    }
}

/// Issuer ranges as the networks publish them; Visa's 13/16/19 and the
/// other gaps are checked in [`length_ok`].
const ISSUERS: &[Issuer] = &[
    issuer("Visa", 1, 4, 4, 13..20),
    issuer("Mastercard", 2, 51, 55, 16..17),
    issuer("Mastercard", 4, 2221, 2720, 16..17),
    issuer("American Express", 2, 34, 34, 15..16),
    issuer("American Express", 2, 37, 37, 15..16),
    issuer("Diners Club", 3, 300, 305, 14..20),
    issuer("Diners Club", 4, 3095, 3095, 14..20),
    issuer("Diners Club", 2, 36, 36, 14..20),
    issuer("Diners Club", 2, 38, 39, 14..20),
    issuer("JCB", 4, 3528, 3589, 16..20),
    issuer("Discover", 4, 6011, 6011, 16..20),
    issuer("Discover", 3, 644, 649, 16..20),
    issuer("Discover", 2, 65, 65, 16..20),
    issuer("UnionPay", 2, 62, 62, 16..20),
    issuer("Maestro", 4, 5018, 5018, 12..20),
    issuer("Maestro", 4, 5020, 5020, 12..20),
    issuer("Maestro", 4, 5038, 5038, 12..20),
    issuer("Maestro", 4, 5893, 5893, 12..20),
    issuer("Maestro", 4, 6304, 6304, 12..20),
    issuer("Maestro", 4, 6759, 6759, 12..20),
    issuer("Maestro", 4, 6761, 6763, 12..20),
];

/// The most digits a run may hold to be looked at: 19, and a trailing
/// group of four.
const MAX_RUN: usize = 23;

pub(crate) fn detect(input: &Input<'_>, out: &mut Vec<Candidate>) {
    // A card has 12 to 19 digits, plus at most four of a trailing group.
    for run in long_runs(input, b" -", 12).filter(|r| (12..=MAX_RUN).contains(&r.digits)) {
        let Some(len) = card_in(&input.text[run.span.clone()]) else {
            continue;
        };
        let span = run.span.start..run.span.start + len;
        let Some(name) = Digits::of(&input.text[span.clone()]).and_then(|d| issuer_of(d.get()))
        else {
            continue;
        };
        out.extend(candidate(input, span, name));
    }
}

/// The digit values of a run, on the stack: a run of many candidates then
/// costs no allocation (issue 2).
struct Digits {
    values: [u8; MAX_RUN],
    len: usize,
}

impl Digits {
    /// The digits of `value`; `None` when it holds more than [`MAX_RUN`].
    fn of(value: &str) -> Option<Digits> {
        let mut digits = Digits {
            values: [0; MAX_RUN],
            len: 0,
        };
        for b in value.bytes().filter(u8::is_ascii_digit) {
            *digits.values.get_mut(digits.len)? = b - b'0';
            digits.len += 1;
        }
        Some(digits)
    }

    fn get(&self) -> &[u8] {
        &self.values[..self.len]
    }
}

/// The length of the card number in a digit run: the whole run, or the run
/// without a last short group, which is the expiry or the security code
/// people write right after the number ("4111 1111 1111 1111 12/27").
fn card_in(value: &str) -> Option<usize> {
    if is_card(value) {
        return Some(value.len());
    }
    let cut = value.bytes().rposition(|b| b == b' ' || b == b'-')?;
    (value.len() - cut - 1 <= 4 && is_card(&value[..cut])).then_some(cut)
}

/// Printed like a card, a known issuer's prefix and length, Luhn valid.
fn is_card(value: &str) -> bool {
    let Some(digits) = Digits::of(value) else {
        return false;
    };
    let digits = digits.get();
    (12..=19).contains(&digits.len())
        && printed_like_a_card(value)
        && issuer_of(digits).is_some()
        && luhn_valid(digits)
}

/// The issuer whose prefix and length fit `digits`.
fn issuer_of(digits: &[u8]) -> Option<&'static str> {
    ISSUERS
        .iter()
        .find(|i| {
            let prefix = digits
                .iter()
                .take(i.digits)
                .fold(0u32, |acc, &d| acc * 10 + u32::from(d));
            (i.low..=i.high).contains(&prefix) && length_ok(i, digits.len())
        })
        .map(|i| i.name)
}

/// Visa issues 13, 16 and 19 digits only.
fn length_ok(issuer: &Issuer, len: usize) -> bool {
    issuer.lengths.contains(&len) && (issuer.name != "Visa" || matches!(len, 13 | 16 | 19))
}

/// True when the groups are solid, fours (the last one shorter), 4-6-5 or
/// 4-6-4, with one kind of separator throughout.
fn printed_like_a_card(value: &str) -> bool {
    let mut separators = value.bytes().filter(|b| !b.is_ascii_digit());
    let first = separators.next();
    if separators.any(|b| Some(b) != first) {
        return false;
    }
    // One kind of separator: the groups lie between any two non-digits.
    let mut groups = [0; MAX_RUN];
    let mut count = 0;
    for group in value.as_bytes().split(|b| !b.is_ascii_digit()) {
        let Some(slot) = groups.get_mut(count) else {
            return false;
        };
        *slot = group.len();
        count += 1;
    }
    match &groups[..count] {
        [_] | [4, 6, 5] | [4, 6, 4] => true,
        [init @ .., last] => {
            init.len() >= 2 && init.iter().all(|&g| g == 4) && (1..=4).contains(last)
        }
        [] => false,
    }
}

fn candidate(input: &Input<'_>, span: Range<usize>, issuer: &str) -> Option<Candidate> {
    if product_code(input, &span) || iban_head_before(input.text, span.start) {
        return None;
    }
    let card_word = near(input.lower, &span, 40, 30, CARD_WORDS);
    if card_word.is_none() && near(input.lower, &span, 30, 0, OTHER_LABELS).is_some() {
        return None;
    }
    let (confidence, reason) = match card_word {
        Some(word) => (
            0.97,
            format!("{issuer} card number with valid Luhn digit, near '{word}'"),
        ),
        None => (0.85, format!("{issuer} card number with valid Luhn digit")),
    };
    Some(Candidate::new("payment_card", span, confidence, reason))
}

/// True when the digits continue an IBAN's head: a country code and two
/// check digits, then a space ("ES80 3922 5530 9118 4058 8011"). An IBAN
/// whose checksum fails is no IBAN, and its groups are no card either.
fn iban_head_before(text: &str, start: usize) -> bool {
    let bytes = text.as_bytes();
    let Some(head) = start.checked_sub(5).map(|s| &bytes[s..start]) else {
        return false;
    };
    head[..2].iter().all(u8::is_ascii_uppercase)
        && head[2..4].iter().all(u8::is_ascii_digit)
        && head[4] == b' '
        && (start == 5 || !bytes[start - 6].is_ascii_alphanumeric())
}

/// True for a solid run of 8 to 14 digits (EAN-8, UPC-A, EAN-13, GTIN-14)
/// with a product-code word in the 30 bytes before it and no card word
/// around it: "Codice articolo EAN 4207350468986" is a barcode.
fn product_code(input: &Input<'_>, span: &Range<usize>) -> bool {
    let value = &input.text[span.clone()];
    value.bytes().all(|b| b.is_ascii_digit())
        && (8..=14).contains(&value.len())
        && near(input.lower, span, 30, 0, PRODUCT_WORDS).is_some()
        && near(input.lower, span, 40, 30, CARD_WORDS).is_none()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::detect::ids_a_common::digit_values;

    fn found(text: &str) -> Vec<&str> {
        crate::detect::testing::values(detect, text)
    }

    #[test]
    fn test_cards_of_every_network_are_found() {
        for card in [
            "4111111111111111",
            "4222222222222",
            "5105105105105100",
            "2223003122003222",
            "371449635398431",
            "30569309025904",
            "6011000990139424",
            "3566002020360505",
            "6759649826438453",
            "6200000000000005",
        ] {
            assert_eq!(found(card), [card], "{card}");
        }
    }

    #[test]
    fn luhn_valid_numbers_outside_issuer_ranges_are_ignored() {
        // 1…, 7…, 9… and Visa at 15 digits belong to no card network.
        for number in [
            "1234567812345670",
            "7992739871300008",
            "9000000000000001",
            "411111111111116",
        ] {
            assert!(luhn_valid(&digit_values(number)), "{number}");
            assert!(found(number).is_empty(), "{number}");
        }
    }

    #[test]
    fn mastercard_two_series_stops_at_2720() {
        assert_eq!(
            issuer_of(&digit_values("2720990000000007")),
            Some("Mastercard")
        );
        assert_eq!(issuer_of(&digit_values("2721000000000000")), None);
    }

    #[test]
    fn product_codes_are_not_cards_unless_a_card_word_is_near() {
        assert!(found("EAN 4207350468986").is_empty());
        assert!(found("artikelnr. 4012888888881").is_empty());
        assert!(found("Streepjescode: 4000000000006").is_empty());
        assert_eq!(found("Visa 4012888888881"), ["4012888888881"]);
        assert_eq!(
            found("item 4111 1111 1111 1111 paid by card"),
            ["4111 1111 1111 1111"]
        );
    }

    #[test]
    fn mixed_separators_and_odd_groups_are_not_cards() {
        assert!(!printed_like_a_card("4111 1111-1111 1111"));
        assert!(!printed_like_a_card("41 1111 1111 1111 11"));
        assert!(printed_like_a_card("3782 822463 10005"));
    }

    #[test]
    fn an_expiry_or_security_code_after_the_number_stays_outside() {
        assert_eq!(found("4111 1111 1111 1111 12/27"), ["4111 1111 1111 1111"]);
        assert_eq!(found("4111 1111 1111 1111 123"), ["4111 1111 1111 1111"]);
        assert!(found("4111 1111 1111 1111 12345").is_empty());
        assert!(found("12 4111 1111 1111 1111").is_empty());
    }

    #[test]
    fn a_card_inside_a_longer_digit_run_is_ignored() {
        assert!(found("04111111111111111").is_empty());
        assert!(found("12 4111 1111 1111 1111").is_empty());
    }

    #[test]
    fn an_order_label_silences_unless_a_card_word_is_near() {
        assert!(found("Order 4111 1111 1111 1111").is_empty());
        assert_eq!(found("Order paid by card 4111 1111 1111 1111").len(), 1);
    }
}
