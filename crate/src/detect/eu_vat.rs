//! `eu_vat`: EU VAT identification numbers with the country's format and checksum.
//!
//! Candidates are two capital letters at a word start that are a VAT prefix
//! (the 27 members with EL for Greece, XI for Northern Ireland, GB and CH).
//! The body is read solid or with single spaces, dots, hyphens or slashes
//! before digits, and must end at a word boundary; a body that runs on is
//! part of some longer code. Each country's length, format and check digits
//! are then verified the way python-stdnum does. A VAT number that contains
//! a company or personal number (SIREN, IČO, BSN, UID …) is reported once,
//! as `eu_vat`, which outranks those rules.

use std::ops::Range;

use super::ids_a_common::{near, skip_to_upper};
use super::util::{is_word_byte, iso7064_mod11_10, luhn_valid, mod97, word_end, word_start};
use super::{Candidate, Input, RuleSpec};
use crate::Category;

pub(crate) const RULES: &[RuleSpec] = &[RuleSpec {
    id: "eu_vat",
    category: Category::Personal,
    description: describe!("VAT identification numbers of every EU member (EL for Greece, XI) and GB \
                  (a Swiss CHE-… MWST is `ch_uid`): country format and check digits as python-stdnum \
                  validates them. The capital country prefix is required; VAT words (USt-IdNr., \
                  TVA, P.IVA, BTW, DIČ) raise confidence; Romanian CUIs and Bulgarian \
                  ten-digit numbers, whose checks pass by chance too often, need one."),
    priority: 94,
    matches: examples![
        (
            "Unsere USt-IdNr.: DE136695976, bitte auf der Rechnung.",
            "DE136695976",
        ),
        (
            "N° TVA intracommunautaire FR 40 303 265 045",
            "FR 40 303 265 045",
        ),
        ("P.IVA IT00743110157 – fattura elettronica", "IT00743110157"),
        ("Ons btw-nummer is NL004495445B01.", "NL004495445B01"),
        ("DIČ: CZ25123891, faktura do pátku", "CZ25123891"),
        (
            "Our UK VAT number GB 980 7806 84 is on the invoice",
            "GB 980 7806 84",
        ),
        ("UID ATU13585627 steht im Impressum", "ATU13585627"),
        ("Numéro de TVA belge BE0403.170.701", "BE0403.170.701"),
        ("NIF-IVA ESA13585625 para la factura", "ESA13585625"),
    ],
    ignores: examples![
        ("Unsere USt-IdNr.: DE136695977", "wrong check digit"),
        ("IBAN PL51 6230 9227 3654 4159 2124 2867 klopt niet", "the head of a grouped IBAN"),
        (
            "Artikel DE1366959761 ist ausverkauft",
            "the code runs on past a German VAT number",
        ),
        (
            "Flight IT1234 lands at 10:40",
            "too short for an Italian VAT number",
        ),
        (
            "Mijn BTW NL004495445B00 klopt niet",
            "the branch number 00 is not issued",
        ),
        (
            "Modèle FR 2023 12 01 sortie",
            "a model and a date, not a SIREN with key",
        ),
        ("Support ticket GB-2024-000123", "a ticket number"),
        (
            "Die UID CHE-116.281.710 ohne Zusatz",
            "a UID without VAT suffix is ch_uid, not VAT",
        ),
        (
            "MWST-Nr. CHE-116.281.710 MWST, danke",
            "Switzerland is no EU member: a Swiss VAT number is ch_uid",
        ),
    ],
}];

/// VAT words in the six languages.
const CONTEXT: &[&str] = &[
    "vat",
    "vat no",
    "vat number",
    "ust",
    "ust-id",
    "ust-idnr",
    "ust-id-nr",
    "umsatzsteuer*",
    "mwst",
    "mwst-nr",
    "uid",
    "tva",
    "iva",
    "p.iva",
    "partita iva",
    "btw",
    "btw-nummer",
    "btw-nr",
    "dič",
    "dph",
    "nif",
    "cif",
    "nip",
    "intracommunautaire",
    "intracom",
    "vies",
];

/// The prefixes [`country_valid`] knows, besides CH.
const PREFIXES: &[u8] = b"ATBEBGCYCZDEDKEEELGRESFIFRHRHUIEITLTLULVMTNLPLPTROSESISKGBXI";

/// The longest body read after the prefix: a Romanian CNP, 13 digits.
const MAX_BODY: usize = 13;

pub(crate) fn detect(input: &Input<'_>, out: &mut Vec<Candidate>) {
    let b = input.text.as_bytes();
    let mut at = 0;
    // Anchor on capitals, rare in prose; a word that does not start a VAT
    // number is skipped whole.
    loop {
        at = skip_to_upper(b, at);
        if at >= b.len() {
            return;
        }
        if let Some((span, weak)) = vat_at(input, at) {
            at = span.end;
            out.push(candidate(input, span, weak));
            continue;
        }
        at += 1;
        while at < b.len() && is_word_byte(b[at]) {
            at += 1;
        }
    }
}

/// A valid VAT number starting at `at`, and whether its check is weak.
fn vat_at(input: &Input<'_>, at: usize) -> Option<(Range<usize>, bool)> {
    let b = input.text.as_bytes();
    let cc = [b[at], *b.get(at + 1)?];
    let capitals = cc.iter().all(u8::is_ascii_uppercase);
    if !capitals || !word_start(input.text, at) {
        return None;
    }
    if !PREFIXES.chunks(2).any(|p| p == cc) {
        return None;
    }
    // The whole body, or without one or two trailing groups after a space
    // ("DE136695976 12 Stück"): a quantity or a year may follow the number.
    let mut end = read_body(b, at + 2)?;
    for _ in 0..3 {
        let body = compact(&b[at + 2..end])?;
        if word_end(input.text, end) && country_valid(&cc, &body) {
            if iban_groups_follow(b, end) {
                return None;
            }
            // A short Romanian CUI and a Bulgarian ten-digit number (three
            // alternative checks) pass by chance too often to stand alone.
            let weak = (&cc == b"RO" && body.len() < 13) || (&cc == b"BG" && body.len() == 10);
            return Some((at..end, weak));
        }
        end = at + 3 + b[at + 3..end].iter().rposition(|&c| c == b' ')?;
    }
    None
}

/// True when two groups of four letters or digits or more follow `end`,
/// each after one space: the number goes on as a grouped IBAN ("PL51 6230
/// 9227 3654 4159 …", whose own check failed), of which a VAT-valid head
/// is no VAT number. A quantity or a year after a number is no such run.
fn iban_groups_follow(b: &[u8], end: usize) -> bool {
    let mut at = end;
    let mut groups = 0;
    while b.get(at) == Some(&b' ') && groups < 2 {
        let group = b[at + 1..]
            .iter()
            .take_while(|c| c.is_ascii_alphanumeric())
            .count();
        if group != 4 {
            break;
        }
        groups += 1;
        at += 5;
    }
    groups == 2
}

/// A short byte string on the stack: a body or its digit values. Bodies
/// are at most [`MAX_BODY`] long, so candidates never allocate.
#[derive(Clone, Copy)]
struct Buf {
    bytes: [u8; MAX_BODY],
    len: usize,
}

impl Buf {
    fn new() -> Self {
        Buf {
            bytes: [0; MAX_BODY],
            len: 0,
        }
    }

    /// Appends `c`; `None` when full.
    fn push(&mut self, c: u8) -> Option<()> {
        *self.bytes.get_mut(self.len)? = c;
        self.len += 1;
        Some(())
    }
}

impl std::ops::Deref for Buf {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        &self.bytes[..self.len]
    }
}

/// Where the body after the prefix ends. One separator may follow the
/// prefix; inside, single separators stand before digits. A body longer
/// than any VAT number ends where it stops fitting, inside a word.
fn read_body(b: &[u8], start: usize) -> Option<usize> {
    let mut at = start;
    if b.get(at).is_some_and(|c| matches!(c, b' ' | b'-' | b'.')) {
        at += 1;
    }
    let mut len = 0;
    while let Some(&c) = b.get(at) {
        let sep_then_digit = matches!(c, b' ' | b'.' | b'-' | b'/')
            && len > 0
            && b.get(at + 1).is_some_and(u8::is_ascii_digit)
            && b.get(at - 1).is_some_and(u8::is_ascii_alphanumeric);
        if c.is_ascii_alphanumeric() {
            if len == MAX_BODY {
                break;
            }
            len += 1;
        } else if !sep_then_digit {
            break;
        }
        at += 1;
    }
    (len > 0).then_some(at)
}

/// The letters and digits of `value`, uppercased; `None` when empty or too
/// long for a body.
fn compact(value: &[u8]) -> Option<Buf> {
    let mut body = Buf::new();
    for c in value.iter().filter(|c| c.is_ascii_alphanumeric()) {
        body.push(c.to_ascii_uppercase())?;
    }
    (!body.is_empty()).then_some(body)
}

/// The country's format and checksum, as python-stdnum checks them.
fn country_valid(cc: &[u8; 2], body: &[u8]) -> bool {
    match cc {
        b"AT" => at(body),
        b"BE" => be(body),
        b"BG" => bg(body),
        b"CY" => cy(body),
        b"CZ" => cz(body),
        b"DE" => de(body),
        b"DK" => weighted_mod(body, 8, &[2, 7, 6, 5, 4, 3, 2, 1], 11) && body[0] != b'0',
        b"EE" => weighted_mod(body, 9, &[3, 7, 1, 3, 7, 1, 3, 7, 1], 10),
        b"EL" | b"GR" => gr(body),
        b"ES" => es(body),
        b"FI" => weighted_mod(body, 8, &[7, 9, 10, 5, 8, 4, 2, 1], 11),
        b"FR" => fr(body),
        b"HR" => digits(body, 11).is_some_and(|d| iso7064_mod11_10(&d[..10]) == d[10]),
        b"HU" => weighted_mod(body, 8, &[9, 7, 3, 1, 9, 7, 3, 1], 10),
        b"IE" => ie(body),
        b"IT" => it(body),
        b"LT" => lt(body),
        b"LU" => lu(body),
        b"LV" => lv(body),
        b"MT" => weighted_mod(body, 8, &[3, 4, 6, 7, 8, 9, 10, 1], 37) && body[0] != b'0',
        b"NL" => nl(body),
        b"PL" => pl(body),
        b"PT" => pt(body),
        b"RO" => ro(body),
        b"SE" => se(body),
        b"SI" => si(body),
        b"SK" => sk(body),
        b"GB" | b"XI" => gb(body),
        _ => false,
    }
}

/// The digit values of `body` when it is exactly `len` ASCII digits.
fn digits(body: &[u8], len: usize) -> Option<Buf> {
    if body.len() != len || len > MAX_BODY || !body.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let mut d = Buf::new();
    for &c in body {
        d.push(c - b'0')?;
    }
    Some(d)
}

fn dot(d: &[u8], weights: &[u32]) -> u32 {
    d.iter().zip(weights).map(|(&x, &w)| u32::from(x) * w).sum()
}

fn number(d: &[u8]) -> u64 {
    d.iter().fold(0, |n, &x| n * 10 + u64::from(x))
}

/// `len` digits whose weighted sum is a multiple of `modulus`.
fn weighted_mod(body: &[u8], len: usize, weights: &[u32], modulus: u32) -> bool {
    digits(body, len).is_some_and(|d| dot(&d, weights) % modulus == 0)
}

/// The Luhn sum as python-stdnum's `luhn.checksum` returns it.
fn luhn_sum(d: &[u8]) -> u32 {
    d.iter()
        .rev()
        .enumerate()
        .map(|(i, &x)| {
            if i % 2 == 1 {
                u32::from(x) * 2 / 10 + u32::from(x) * 2 % 10
            } else {
                u32::from(x)
            }
        })
        .sum::<u32>()
        % 10
}

fn at(body: &[u8]) -> bool {
    let Some((b'U', rest)) = body.split_first() else {
        return false;
    };
    digits(rest, 8).is_some_and(|d| (16 - luhn_sum(&d[..7])) % 10 == u32::from(d[7]))
}

fn be(body: &[u8]) -> bool {
    let padded: Vec<u8> = if body.len() == 9 {
        [b"0", body].concat()
    } else {
        body.to_vec()
    };
    digits(&padded, 10).is_some_and(|d| {
        d[0] <= 1 && number(&d) > 0 && (number(&d[..8]) + number(&d[8..])) % 97 == 0
    })
}

fn bg(body: &[u8]) -> bool {
    if let Some(d) = digits(body, 9) {
        let mut check = (1..)
            .zip(&d[..8])
            .map(|(w, &x)| w * u32::from(x))
            .sum::<u32>()
            % 11;
        if check == 10 {
            check = (3..)
                .zip(&d[..8])
                .map(|(w, &x)| w * u32::from(x))
                .sum::<u32>()
                % 11;
        }
        return check % 10 == u32::from(d[8]);
    }
    digits(body, 10).is_some_and(|d| {
        let last = u32::from(d[9]);
        (dot(&d, &[2, 4, 8, 5, 10, 9, 7, 3, 6]) % 11 % 10 == last
            && day_exists(pair(&d[2..]) % 20, pair(&d[4..])))
            || dot(&d, &[21, 19, 17, 13, 11, 9, 7, 3, 1]) % 10 == last
            || (11 - dot(&d, &[4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11) % 11 == last
    })
}

fn cy(body: &[u8]) -> bool {
    const ODD: [u32; 10] = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21];
    let Some((&letter, rest)) = body.split_last() else {
        return false;
    };
    let Some(d) = digits(rest, 8) else {
        return false;
    };
    let sum: u32 = d
        .iter()
        .enumerate()
        .map(|(i, &x)| {
            if i % 2 == 0 {
                ODD[usize::from(x)]
            } else {
                u32::from(x)
            }
        })
        .sum();
    d[..2] != [1, 2] && u32::from(letter) == u32::from(b'A') + sum % 26
}

fn cz(body: &[u8]) -> bool {
    if let Some(d) = digits(body, 8) {
        let check = (11 - dot(&d, &[8, 7, 6, 5, 4, 3, 2]) % 11) % 11;
        let check = if check == 0 { 1 } else { check };
        return d[0] != 9 && check % 10 == u32::from(d[7]);
    }
    match digits(body, 9) {
        Some(d) if d[0] == 6 => {
            let check = dot(&d[1..], &[8, 7, 6, 5, 4, 3, 2]) % 11;
            (8 - ((10 - check as i32) % 11)).rem_euclid(10) as u32 == u32::from(d[8])
        }
        _ => birth_number(body),
    }
}

/// Czech and Slovak birth number: a valid date, and for ten digits the
/// whole number divisible by 11 (remainder 10 written as 0).
fn birth_number(body: &[u8]) -> bool {
    let Some(d) = digits(body, body.len()).filter(|d| matches!(d.len(), 9 | 10)) else {
        return false;
    };
    let year = d[0] * 10 + d[1];
    // Women have 50 added to the month, overflow serials (since 2004) 20.
    let date_ok = day_exists(pair(&d[2..]) % 50 % 20, pair(&d[4..]));
    match d.len() {
        // Nine digits were issued until 1953 (years 80–99 read as 18xx).
        9 => date_ok && (year <= 53 || year >= 80),
        _ => date_ok && number(&d[..9]) % 11 % 10 == u64::from(d[9]),
    }
}

/// The two-digit number at the start of `d`.
fn pair(d: &[u8]) -> u8 {
    d[0] * 10 + d[1]
}

/// True when `day` exists in `month` of some year (29 February included).
fn day_exists(month: u8, day: u8) -> bool {
    const DAYS: [u8; 12] = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    (1..=12).contains(&month) && (1..=DAYS[usize::from(month - 1)]).contains(&day)
}

fn de(body: &[u8]) -> bool {
    digits(body, 9).is_some_and(|d| d[0] != 0 && iso7064_mod11_10(&d[..8]) == d[8])
}

fn gr(body: &[u8]) -> bool {
    let padded: Vec<u8> = if body.len() == 8 {
        [b"0", body].concat()
    } else {
        body.to_vec()
    };
    digits(&padded, 9).is_some_and(|d| {
        let sum = d[..8].iter().fold(0u32, |s, &x| s * 2 + u32::from(x));
        sum * 2 % 11 % 10 == u32::from(d[8])
    })
}

/// Spanish NIF: DNI (8 digits and a letter), NIE (X/Y/Z), the K/L/M
/// personal forms, or a company CIF with a digit or letter check.
fn es(body: &[u8]) -> bool {
    const LETTERS: &[u8; 23] = b"TRWAGMYFPDXBNJZSQVHLCKE";
    if body.len() != 9 || !body[1..8].iter().all(u8::is_ascii_digit) {
        return false;
    }
    let (first, last) = (body[0], body[8]);
    let mid = number(&body[1..8].iter().map(|c| c - b'0').collect::<Vec<_>>());
    let dni_letter = |n: u64| LETTERS[(n % 23) as usize];
    match first {
        b'0'..=b'9' => dni_letter(u64::from(first - b'0') * 10_000_000 + mid) == last,
        b'X' | b'Y' | b'Z' => dni_letter(u64::from(first - b'X') * 10_000_000 + mid) == last,
        b'K' | b'L' | b'M' => dni_letter(mid) == last,
        b'A'..=b'H' | b'J' | b'N' | b'P' | b'Q' | b'R' | b'S' | b'U' | b'V' | b'W' => {
            cif_check(&body[1..8], last)
        }
        _ => false,
    }
}

fn cif_check(mid: &[u8], last: u8) -> bool {
    let d: Vec<u8> = mid.iter().map(|c| c - b'0').collect();
    let check = (10 - luhn_sum(&[d.as_slice(), &[0]].concat())) % 10;
    last == b'0' + check as u8 || last == b"JABCDEFGHI"[check as usize]
}

/// French TVA: a two-character key and the nine-digit SIREN (Luhn, except
/// Monaco's 000…).
fn fr(body: &[u8]) -> bool {
    const ALPHABET: &[u8] = b"0123456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    let Some(siren) = digits(body.get(2..).unwrap_or_default(), 9) else {
        return false;
    };
    if siren[..3] != [0, 0, 0] && !luhn_valid(&siren) {
        return false;
    }
    let Some(k0) = ALPHABET.iter().position(|&c| c == body[0]) else {
        return false;
    };
    let Some(k1) = ALPHABET.iter().position(|&c| c == body[1]) else {
        return false;
    };
    let siren = number(&siren);
    if k0 < 10 && k1 < 10 {
        return (k0 * 10 + k1) as u64 == (siren * 100 + 12) % 97;
    }
    let check = if k0 < 10 {
        k0 * 24 + k1 - 10
    } else {
        k0 * 34 + k1 - 100
    };
    (siren + 1 + check as u64 / 11) % 11 == check as u64 % 11
}

/// Irish VAT: seven digits and one or two letters, or the old form with a
/// letter second.
fn ie(body: &[u8]) -> bool {
    const ALPHABET: &[u8] = b"WABCDEFGHIJKLMNOPQRSTUV";
    if !matches!(body.len(), 8 | 9)
        || !body[0].is_ascii_digit()
        || !body[2..7].iter().all(u8::is_ascii_digit)
    {
        return false;
    }
    if !body[7..].iter().all(|c| ALPHABET.contains(c)) {
        return false;
    }
    let (seven, extra): (Vec<u8>, Option<u8>) = if body[1].is_ascii_digit() {
        (body[..7].to_vec(), body.get(8).copied())
    } else if body[1].is_ascii_uppercase() || matches!(body[1], b'+' | b'*') {
        ([b"0", &body[2..7], &body[..1]].concat(), None)
    } else {
        return false;
    };
    let sum = (2..=8)
        .rev()
        .zip(&seven)
        .map(|(w, &c)| w * u32::from(c - b'0'))
        .sum::<u32>();
    let extra = extra
        .and_then(|e| ALPHABET.iter().position(|&c| c == e))
        .unwrap_or(0) as u32;
    body[7] == ALPHABET[((sum + 9 * extra) % 23) as usize]
}

fn it(body: &[u8]) -> bool {
    digits(body, 11).is_some_and(|d| {
        let province = number(&d[7..10]);
        number(&d[..7]) != 0
            && ((1..=100).contains(&province) || [120, 121, 888, 999].contains(&province))
            && luhn_valid(&d)
    })
}

fn lt(body: &[u8]) -> bool {
    let Some(d) = digits(body, body.len()).filter(|d| matches!(d.len(), 9 | 12)) else {
        return false;
    };
    if d[d.len() - 2] != 1 {
        return false;
    }
    let first = &d[..d.len() - 1];
    let weigh = |shift: usize| {
        first
            .iter()
            .enumerate()
            .map(|(i, &x)| (1 + (i + shift) % 9) as u32 * u32::from(x))
            .sum::<u32>()
    };
    let mut check = weigh(0) % 11;
    if check == 10 {
        check = weigh(2) % 11;
    }
    check % 10 == u32::from(d[d.len() - 1])
}

fn lu(body: &[u8]) -> bool {
    digits(body, 8).is_some_and(|d| number(&d[..6]) % 89 == number(&d[6..]))
}

fn lv(body: &[u8]) -> bool {
    let Some(d) = digits(body, 11) else {
        return false;
    };
    if d[0] > 3 {
        return dot(&d, &[9, 1, 4, 8, 3, 10, 2, 5, 7, 6, 1]) % 11 == 3;
    }
    let check = (1 + dot(&d, &[10, 5, 8, 4, 2, 1, 6, 3, 7, 9])) % 11 % 10;
    let date_ok = d[..2] == [3, 2] || day_exists(pair(&d[2..]), pair(&d));
    date_ok && check == u32::from(d[10])
}

/// Dutch BTW: nine digits, B, a branch number above zero; the nine digits
/// pass the BSN 11-test, or the whole number mod 97 (numbers since 2020).
fn nl(body: &[u8]) -> bool {
    if body.len() != 12 || body[9] != b'B' {
        return false;
    }
    let (Some(nine), Some(branch)) = (digits(&body[..9], 9), digits(&body[10..], 2)) else {
        return false;
    };
    if number(&nine) == 0 || number(&branch) == 0 {
        return false;
    }
    let bsn = (dot(&nine[..8], &[9, 8, 7, 6, 5, 4, 3, 2]) + 11 - u32::from(nine[8])) % 11 == 0;
    let text: String = "NL"
        .chars()
        .chain(body.iter().map(|&c| char::from(c)))
        .collect();
    bsn || mod97(&text) == Some(1)
}

fn pl(body: &[u8]) -> bool {
    digits(body, 10)
        .is_some_and(|d| dot(&d[..9], &[6, 5, 7, 2, 3, 4, 5, 6, 7]) % 11 == u32::from(d[9]))
}

fn pt(body: &[u8]) -> bool {
    digits(body, 9).is_some_and(|d| {
        d[0] != 0
            && (11 - dot(&d[..8], &[9, 8, 7, 6, 5, 4, 3, 2]) % 11) % 11 % 10 == u32::from(d[8])
    })
}

/// Romanian CUI (up to ten digits; shorter than six is too weak to tell
/// from a product code) or a personal CNP of 13 digits.
fn ro(body: &[u8]) -> bool {
    if let Some(d) = digits(body, 13) {
        let check = dot(&d, &[2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9]) % 11;
        let county = pair(&d[7..]);
        let county_ok = matches!(county, 1..=48 | 51 | 52 | 70 | 80..=83);
        return d[0] != 0
            && county_ok
            && day_exists(pair(&d[3..]), pair(&d[5..]))
            && (if check == 10 { 1 } else { check }) == u32::from(d[12]);
    }
    let Some(d) = digits(body, body.len()).filter(|d| (6..=10).contains(&d.len()) && d[0] != 0)
    else {
        return false;
    };
    let (check, first) = d.split_last().unwrap_or((&0, &[]));
    let weights = [7, 5, 3, 2, 1, 7, 5, 3, 2];
    let sum = dot(first, &weights[9 - first.len()..]);
    sum * 10 % 11 % 10 == u32::from(*check)
}

fn se(body: &[u8]) -> bool {
    digits(body, 12).is_some_and(|d| d[10..] == [0, 1] && luhn_valid(&d[..10]))
}

fn si(body: &[u8]) -> bool {
    digits(body, 8).is_some_and(|d| {
        let check = 11 - dot(&d[..7], &[8, 7, 6, 5, 4, 3, 2]) % 11;
        d[0] != 0 && check != 11 && check % 10 == u32::from(d[7])
    })
}

fn sk(body: &[u8]) -> bool {
    (body.len() == 10 && birth_number(body))
        || digits(body, 10).is_some_and(|d| {
            d[0] != 0 && [2, 3, 4, 7, 8, 9].contains(&d[2]) && number(&d) % 11 == 0
        })
}

/// UK VAT: nine digits (twelve with a branch) under the mod-97 test, or
/// the 9755 variant (remainders 42 and 55) used for numbers from 100.
fn gb(body: &[u8]) -> bool {
    let Some(d) = digits(body, body.len()).filter(|d| matches!(d.len(), 9 | 12)) else {
        return false;
    };
    let sum = dot(&d[..9], &[8, 7, 6, 5, 4, 3, 2, 10, 1]) % 97;
    if number(&d[..3]) >= 100 {
        matches!(sum, 0 | 42 | 55)
    } else {
        sum == 0
    }
}

fn candidate(input: &Input<'_>, span: Range<usize>, weak: bool) -> Candidate {
    let word = near(input.lower, &span, 40, 20, CONTEXT);
    let confidence = match (word, weak) {
        (Some(_), _) => 0.97,
        (None, false) => 0.85,
        (None, true) => 0.45,
    };
    match word {
        Some(word) => Candidate::new(
            "eu_vat",
            span,
            confidence,
            format!("VAT number format and checksum valid, near '{word}'"),
        ),
        None => Candidate::new(
            "eu_vat",
            span,
            confidence,
            "VAT number format and checksum valid",
        ),
    }
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

    /// Valid numbers from python-stdnum's test files, one per country.
    const VALID: &[&str] = &[
        "ATU13585627",
        "BE0403170701",
        "BG175074752",
        "CY10259033P",
        "CZ25123891",
        "DE136695976",
        "DK13585628",
        "EE100931558",
        "EL094259216",
        "ESA13585625",
        "FI20774740",
        "FR40303265045",
        "HR33392005961",
        "HU12892312",
        "IE6433435F",
        "IT00743110157",
        "LT119511515",
        "LU15027442",
        "LV40003521600",
        "MT11679112",
        "NL004495445B01",
        "PL8567346215",
        "PT501964843",
        "RO18547290",
        "SE556188840401",
        "SI50223054",
        "SK2022749619",
        "GB980780684",
        "XI980780684",
    ];

    #[test]
    fn one_valid_number_of_every_country_is_found() {
        for vat in VALID {
            assert_eq!(found(&format!("VAT {vat}.")), [*vat], "{vat}");
        }
    }

    #[test]
    fn changing_the_check_character_breaks_every_country() {
        for vat in VALID {
            let mut bytes = vat.as_bytes().to_vec();
            // The Dutch number ends in a branch number; its check digit is the ninth.
            let last = if vat.starts_with("NL") {
                bytes.len() - 4
            } else {
                bytes.len() - 1
            };
            bytes[last] = match bytes[last] {
                b'9' => b'0',
                b'Z' => b'A',
                c => c + 1,
            };
            let changed = String::from_utf8(bytes).unwrap_or_default();
            assert!(found(&changed).is_empty(), "{changed}");
        }
    }

    #[test]
    fn lowercase_prefixes_and_glued_words_are_ignored() {
        assert!(found("de136695976").is_empty());
        assert!(found("xDE136695976").is_empty());
        assert!(found("DE136695976x").is_empty());
    }

    #[test]
    fn grouped_bodies_are_read_across_single_separators() {
        assert_eq!(found("DE 136 695 976"), ["DE 136 695 976"]);
        assert_eq!(found("BE 0403.170.701"), ["BE 0403.170.701"]);
        assert!(found("DE 136  695 976").is_empty());
    }

    #[test]
    fn the_head_of_a_grouped_iban_is_no_vat_number() {
        assert!(found("IBAN PL51 6230 9227 3654 4159 2124 2867 klopt niet.").is_empty());
        assert!(found("IBAN DE44 5001 0517 5407 3249 31 ist falsch.").is_empty());
    }

    #[test]
    fn a_quantity_after_the_number_stays_outside() {
        assert_eq!(found("DE136695976 12 Stück"), ["DE136695976"]);
        assert_eq!(found("GB 980 7806 84 2024"), ["GB 980 7806 84"]);
        assert!(found("DE1366959761 Stück").is_empty());
        assert!(found("DE 136.695.976.12").is_empty());
    }

    #[test]
    fn a_swiss_vat_number_is_left_to_ch_uid() {
        assert!(found("CHE-116.281.710 TVA").is_empty());
        assert!(found("CHE-116.281.710").is_empty());
        assert!(found("CHE-116.281.710 HR").is_empty());
    }

    #[test]
    fn a_short_romanian_code_is_too_weak_without_a_vat_word() {
        let lower = "ro18547290";
        let input = Input::new("RO18547290", lower, &[]);
        let mut out = Vec::new();
        detect(&input, &mut out);
        assert!(out[0].confidence < 0.5);
    }

    #[test]
    fn truncated_and_multibyte_inputs_never_panic() {
        for text in [
            "DE",
            "DE1",
            "FR",
            "FRé1234",
            "IE1",
            "ES1234567",
            "NLB",
            "ATU",
            "CY1",
            "EL ü",
            "XI-",
        ] {
            let _ = found(text);
        }
    }
}
