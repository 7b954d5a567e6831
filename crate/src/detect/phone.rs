//! `phone`: phone numbers in international and national formats, checked
//! against numbering-plan lengths and grouping.
//!
//! How: one pass over the bytes finds where a number may start (`+`, `(` or
//! a digit at a word start), reads the grouped number there (digit groups
//! joined by one of ` . - /` or parentheses) and skips past it, so every
//! byte is read a bounded number of times. Only well-formed numbers are
//! judged: the country code and national number length for `+CC`/`00CC`, the
//! trunk prefix `0` and the grouping for national numbers. The few words
//! before the number decide the rest: a phone word raises confidence (and is
//! required for national formats without a leading `0`), an order, invoice,
//! tracking or price word silences the number.

use std::borrow::Cow;
use std::ops::Range;

use super::contact_common::{word_map, WordMap};
use super::util::is_word_byte;
use super::{Candidate, Input, RuleSpec};
use crate::Category;

pub(crate) const RULES: &[RuleSpec] = &[RuleSpec {
    id: "phone",
    category: Category::Personal,
    description: describe!("Phone numbers: international '+CC' or '00CC' numbers with a valid ITU country \
                  code and national-number length (CH 9, DE 6-13, AT 4-13, NL/FR/CZ 9, IT 6-11, \
                  GB 10, NANP 10, others 7-15 digits in all), and national numbers with trunk \
                  prefix 0 grouped like a phone number. Formats without a leading '+'/'0' (US \
                  xxx-xxx-xxxx, CZ xxx xxx xxx with a Czech numbering-plan prefix, IT mobile \
                  3xx) need a phone word such as 'Tel', 'WhatsApp' or a call verb ('anrufen', \
                  'rappeler', 'richiamare', 'terugbellen', 'zavoláme', 'call', 'ring', 'reach us \
                  at', 'Dotazy na', 'the number of <name>') before them, or a line of their own \
                  below an e-mail address (a signature), except the US '(xxx) xxx-xxxx', ten-digit \
                  Italian mobiles with an operator prefix (320-397) and mobiles written \
                  '6xx xxx xxx' or '7xx xxx xxx' (CZ, SK, PL, ES). A phone word \
                  raises confidence; numbers right after an order, invoice, ticket, tracking, customer \
                  number or price word, dates, decimals and digit runs glued to other tokens stay \
                  silent. The span is the whole grouped number with its leading '+'."),
    priority: 55,
    matches: examples![
        (
            "Ruf mich an unter +41 79 123 45 67, danke!",
            "+41 79 123 45 67",
        ),
        ("Mein Natel: 079 123 45 67", "079 123 45 67"),
        ("Appelez-moi au 06 12 34 56 78 après 18h", "06 12 34 56 78"),
        ("Chiamami al cellulare 333 123 4567 stasera", "333 123 4567"),
        ("Bel me gerust op 06-12345678", "06-12345678"),
        ("Zavolejte mi na tel. 777 123 456", "777 123 456"),
        ("Call us at (212) 555-0198 any time", "(212) 555-0198"),
        (
            "Erreichbar unter 0049 30 901820 oder per Mail",
            "0049 30 901820",
        ),
        ("Zentrale: +41 (0)44 668 18 00", "+41 (0)44 668 18 00"),
        ("Our UK office: 020 7946 0958", "020 7946 0958"),
        ("Tel.-Nr.: 030/12345678", "030/12345678"),
        ("Zavoláme vám zítra na 602 979 457.", "602 979 457"),
        ("Dotazy na 271 900 864.", "271 900 864"),
        ("La richiamiamo domani al 347 383 0035.", "347 383 0035"),
        ("We bellen je morgen op 02 728 81 39.", "02 728 81 39"),
        ("Ring us on 212-555-0198 after lunch.", "212-555-0198"),
        ("Sie erreichen uns unter 212-555-0198.", "212-555-0198"),
        ("Hotline Mo–Fr unter 030/5615045 erreichbar", "030/5615045"),
        ("Per urgenze: Marco, 348-2926690", "348-2926690"),
        ("Referente: Giulia Neri, diretto 02 8734 1190", "02 8734 1190"),
        ("Rappelez-moi au 0732131959 demain", "0732131959"),
        (
            "Saluti\nGiulia Neri\ngiulia.neri@example.it\n347 123 4567",
            "347 123 4567",
        ),
        (
            "Mi mandi il numero di Sara Bassi? Ho solo 3391234567",
            "3391234567",
        ),
        (
            "Do you have the number of Tom Hale? Mine says 212-555-0198",
            "212-555-0198",
        ),
        (
            "Referente: Anna Neri, a.neri@example.it, 3391234567",
            "3391234567",
        ),
        ("Pan Novák je k zastižení na 602 123 456.", "602 123 456"),
        ("Sono raggiungibile al 347 123 4567", "347 123 4567"),
        ("Servizio Clienti\n333 901 0431 · l.mancini@example.it", "333 901 0431"),
        ("Kdyby něco: 603 357 105. Matěj", "603 357 105"),
        ("sobota\tdopoledne\tArnošt Hruška\t605 740 704", "605 740 704"),
        ("Llámame al 612 345 678 mañana", "612 345 678"),
        ("Genitori: Simone Cuomo, 3353230944", "3353230944"),
        ("Ik ben bereikbaar op 784 542 878.", "784 542 878"),
        ("Joignable au 06 16 14 82 07 (9h-12h) en semaine", "06 16 14 82 07"),
        ("Erreichbar unter 044 123 45 67 (Mo-Fr)", "044 123 45 67"),
        ("Klíče má Božena Kočková (543 424 200).", "543 424 200"),
        ("Ansprechpartnerin Anne Wolf (0041 79 926 93 17).", "0041 79 926 93 17"),
        ("capogruppo Houda Ouazzani (+39 011 9575 088).", "+39 011 9575 088"),
        ("contactpersoon Ward Knockaert (09/2618989).", "09/2618989"),
        ("Les clés sont chez Céline Boucher (03 84 74 82 96).", "03 84 74 82 96"),
        ("Keys are with Kate Rose (+44 20 8195 0751).", "+44 20 8195 0751"),
        ("Ask Tom Hale (212-555-0198) about it", "212-555-0198"),
    ],
    ignores: examples![
        (
            "l'expression rationnelle [0123456789] concorde avec n'importe quel chiffre",
            "digits counting up are a character class, not a number",
        ),
        (
            "Free Software Foundation, 51 Franklin Street, Boston, MA 02110-1301 USA",
            "a US ZIP+4 code after the state",
        ),
        (
            "Ihre Bestellung 0441234567 wurde versandt",
            "an order number",
        ),
        ("Invoice no. 0791234567 is overdue", "an invoice number"),
        ("Numéro de suivi: tracking 0612345678", "a tracking number"),
        ("La riunione è il 01.02.2024 alle 10", "a date"),
        (
            "Betaal naar NL91 ABNA 0417 1643 00",
            "digits inside an IBAN",
        ),
        (
            "Karte 4111 1111 1111 1111 abgelaufen",
            "a card number has no phone structure",
        ),
        (
            "Update auf Version 0.10.123456 verfügbar",
            "a version number",
        ),
        ("Cena 0123 456 789 Kč", "a price"),
        (
            "Lottozahlen: 04 12 23 31 38 42",
            "two-digit groups that are not a phone layout",
        ),
        (
            "Meet me at 415-555-0134",
            "a US format without a phone word is too weak",
        ),
        ("Call +41 79 123 45", "too short for a Swiss number"),
        (
            "Zavolejte na 171 234 567",
            "171 is in no numbering plan's mobile or geographic range",
        ),
        (
            "Zavoláme kvůli objednávce 602 979 457",
            "an order number after the call verb",
        ),
        ("Ordine 348-2926690 spedito", "an order number in the mobile shape"),
        ("Prezzo Fr. 0441234567", "a price word before the number"),
        ("Vedi 412-1234567 nel registro", "412 is no Italian mobile prefix"),
        ("Totale pezzi 3101234567 in magazzino", "310 is no Italian mobile prefix"),
        ("Rozpočet stadionu: 750 000 000 korun", "a round amount"),
        ("Objednávka 603 357 105 byla odeslána", "an order number"),
        ("Kód 224 123 456 platí do pátku", "a 2xx number needs a phone word"),
        ("Codice 335 323 09448 errato", "groups too long for a mobile"),
        (
            "Kontakt: a.b@example.ch\nBestellung 0441234567",
            "an order number on the line after an e-mail address",
        ),
        (
            "Il numero di ordine è 3391234567",
            "a person's number, but an order word nearer",
        ),
        (
            "Das Stadion (543 424 200 Euro) wird teurer",
            "a bracket after one lowercase word, and more than the number in it",
        ),
        (
            "Zápis z porady vedení (543 424 200)",
            "a bracket after common nouns needs a phone word",
        ),
    ],
}];

/// Most digits a number may hold: `00` plus the 15 of E.164, plus slack for
/// a trunk `0` written after the country code.
const MAX_DIGITS: usize = 18;
/// How far before a number its context words are looked for, in bytes.
const CONTEXT_BYTES: usize = 64;
/// How many words before a number are looked at.
const CONTEXT_WORDS: usize = 6;

/// One digit group of a number and the separator before it.
#[derive(Clone, Copy, Default)]
struct Group {
    /// Index of the group's first digit in [`Token::digits`].
    start: u8,
    len: u8,
    /// Separator before the group: 0 for none, `b' '`, `b'-'`, `b'.'`,
    /// `b'/'`, or `b')'` right after a closing parenthesis.
    sep: u8,
    /// True when the separator had a space on both sides (" / ", " - ").
    spaced: bool,
    /// True when the group stands in parentheses.
    paren: bool,
}

/// A grouped number as written.
struct Token {
    span: Range<usize>,
    plus: bool,
    /// True when `(0)` stood after the country code (not in `digits`).
    trunk: bool,
    digits: [u8; MAX_DIGITS],
    n: usize,
    groups: [Group; MAX_DIGITS],
    ng: usize,
}

impl Token {
    fn new(start: usize) -> Self {
        Token {
            span: start..start,
            plus: false,
            trunk: false,
            digits: [0; MAX_DIGITS],
            n: 0,
            groups: [Group::default(); MAX_DIGITS],
            ng: 0,
        }
    }

    /// Makes this an empty number starting at `start`; the digits and
    /// groups beyond the counts are never read, so they stay as they are.
    fn reset(&mut self, start: usize) {
        self.span = start..start;
        self.plus = false;
        self.trunk = false;
        self.n = 0;
        self.ng = 0;
    }

    fn digits(&self) -> &[u8] {
        &self.digits[..self.n]
    }

    fn groups(&self) -> &[Group] {
        &self.groups[..self.ng]
    }

    /// True for `+CC` and `00CC` numbers.
    fn international(&self) -> bool {
        self.plus || self.digits().starts_with(&[0, 0])
    }

    /// Adds one group; false when the number grows too long or a `(0)`
    /// stands where no trunk prefix can.
    fn push_group(&mut self, digits: &[u8], sep: u8, spaced: bool, paren: bool) -> bool {
        if paren && digits == b"0" && self.ng == 1 && self.international() {
            self.trunk = true;
            return true;
        }
        if self.n + digits.len() > MAX_DIGITS || self.ng == MAX_DIGITS {
            return false;
        }
        self.groups[self.ng] = Group {
            start: self.n as u8,
            len: digits.len() as u8,
            sep,
            spaced,
            paren,
        };
        self.ng += 1;
        for &d in digits {
            self.digits[self.n] = d - b'0';
            self.n += 1;
        }
        true
    }
}

pub(crate) fn detect(input: &Input<'_>, out: &mut Vec<Candidate>) {
    let bytes = input.text.as_bytes();
    // Where the scan resumes: past every digit of the last number read.
    let mut at = 0;
    let mut token = Token::new(0);
    // Every possible start touches a digit group: the group's first digit,
    // or `+`, `(` or `(+` right before it (issue 2: the groups are found
    // once per scan instead of every detector testing every byte).
    for group in input.digit_groups() {
        for start in (0..=2)
            .rev()
            .filter_map(|back| group.start().checked_sub(back))
        {
            if start < at || !may_start(bytes, start) {
                continue;
            }
            let (ok, resume) = read_token(bytes, start, &mut token);
            // A bracket that closes nowhere near is no area code: the
            // number stands inside it ("Anna Wolf (0041 79 926 93 17)",
            // "(+39 011 9575 088)"), so it is read again from the next byte.
            let whole_in_bracket = !ok && bytes[start] == b'(' && token.ng == 1;
            at = if whole_in_bracket {
                start + 1
            } else {
                resume.max(start + 1)
            };
            if !ok {
                continue;
            }
            if let Some((confidence, reason)) = judge(&token, input) {
                out.push(Candidate::new(
                    "phone",
                    token.span.clone(),
                    confidence,
                    reason,
                ));
            }
        }
    }
}

/// True where a number may start: `+` or `(` before a digit, `(+`, or a
/// digit, not inside a word.
fn may_start(bytes: &[u8], at: usize) -> bool {
    let starter = match bytes[at] {
        b'+' => bytes.get(at + 1).is_some_and(u8::is_ascii_digit),
        b'(' => bytes
            .get(at + 1)
            .is_some_and(|&b| b.is_ascii_digit() || b == b'+'),
        b => b.is_ascii_digit(),
    };
    starter && (at == 0 || !is_word_byte(bytes[at - 1]))
}

/// Reads the grouped number starting at `start` into `tok`: whether it is
/// well formed (not too long), and where the scan resumes (past every digit
/// read, so a long run is never read twice). `tok` is reused from number to
/// number: copying a fresh one out for each cost more than reading it.
fn read_token(bytes: &[u8], start: usize, tok: &mut Token) -> (bool, usize) {
    tok.reset(start);
    let mut at = start;
    // "+41 …", "(044) …", "+1 (415) …" and "(+41) …".
    let mut open = bytes[at] == b'(';
    at += usize::from(open);
    tok.plus = bytes.get(at) == Some(&b'+');
    at += usize::from(tok.plus);
    if !open {
        open = bytes.get(at) == Some(&b'(');
        at += usize::from(open);
    }
    let (mut sep, mut spaced, mut ok) = (0, false, true);
    loop {
        let from = at;
        while bytes.get(at).is_some_and(u8::is_ascii_digit) {
            at += 1;
        }
        if at == from {
            return (false, at);
        }
        ok &= tok.push_group(&bytes[from..at], sep, spaced, open);
        tok.span.end = at;
        if open {
            if bytes.get(at) != Some(&b')') {
                return (false, at);
            }
            at += 1;
            open = false;
            tok.span.end = at;
            if bytes.get(at).is_some_and(u8::is_ascii_digit) {
                (sep, spaced) = (b')', false);
                continue;
            }
        }
        match read_separator(bytes, at) {
            // " / " and " - " only follow an area code: after more groups
            // they join two numbers ("044 123 45 67 / 079 …").
            Some((_, kind, gap, _)) if (kind == b'/' || gap) && tok.ng > 2 => break,
            // A bracket opens an area code or a trunk "(0)" only near the
            // start; after more groups it is a remark ("… 82 07 (9h-12h)").
            Some((_, _, _, true)) if tok.ng > 2 => break,
            Some(next) => (at, sep, spaced, open) = next,
            None => break,
        }
    }
    (ok, at)
}

/// The separator at `at` when a digit follows it: where the next group
/// starts, the separator kind, whether it was spaced, and whether a
/// parenthesis opens.
fn read_separator(bytes: &[u8], at: usize) -> Option<(usize, u8, bool, bool)> {
    let mut j = at;
    let mut kind = 0;
    let lead_space = bytes.get(j) == Some(&b' ');
    if lead_space {
        j += 1;
        kind = b' ';
    }
    let mut spaced = false;
    if let Some(&p @ (b'-' | b'.' | b'/')) = bytes.get(j) {
        j += 1;
        kind = p;
        if bytes.get(j) == Some(&b' ') {
            j += 1;
            spaced = lead_space;
        }
    }
    let opens = bytes.get(j) == Some(&b'(');
    j += usize::from(opens);
    (j > at && bytes.get(j).is_some_and(u8::is_ascii_digit)).then_some((j, kind, spaced, opens))
}

/// The confidence and reason for a well-formed token, or `None`.
fn judge(tok: &Token, input: &Input<'_>) -> Option<(f32, Cow<'static, str>)> {
    if tok.n < 6
        || glued_before(input.lower, tok.span.start)
        || glued_after(input.lower, tok.span.end)
    {
        return None;
    }
    if looks_like_date(tok)
        || looks_like_ip(tok)
        || counting(tok.digits())
        || zip_plus_four(tok, input.text)
        || price_after(input.lower, tok.span.end)
    {
        return None;
    }
    let word = match context_before(input.lower, tok.span.start, tok.plus) {
        Context::Negative => return None,
        Context::Phone(w) => Some(w),
        Context::None => contact_line(input.text, &tok.span)
            .then_some("e-mail")
            .or_else(|| bracket_after_name(input.text, &tok.span).then_some("a name")),
    };
    let (confidence, what) = if tok.international() {
        international(tok)?
    } else if tok.digits()[0] == 0 {
        national_trunk(tok, word.is_some())?
    } else {
        national_other(tok, word.is_some())
            .or_else(|| italian_mobile_alone(tok))
            .or_else(|| mobile_333_alone(tok))?
    };
    Some(match word {
        Some(w) => (
            (confidence + 0.1).min(0.97),
            format!("{what}, near '{w}'").into(),
        ),
        None => (confidence, what),
    })
}

/// True for digits that count up or down by one ("0123456789", "987654")
/// or repeat one digit ("000000"): examples, placeholders and character
/// classes, never a number someone gave out.
fn counting(digits: &[u8]) -> bool {
    let step = |w: &[u8]| i16::from(w[1]) - i16::from(w[0]);
    let Some(first) = digits.windows(2).next().map(step) else {
        return false;
    };
    matches!(first, -1..=1) && digits.windows(2).all(|w| step(w) == first)
}

/// True for a US ZIP+4 code after a state code: "Boston, MA 02110-1301", as
/// in the address every GPL licence header carries.
fn zip_plus_four(tok: &Token, text: &str) -> bool {
    let groups = tok.groups();
    if tok.plus
        || groups.len() != 2
        || groups[0].len != 5
        || groups[1].len != 4
        || groups[1].sep != b'-'
    {
        return false;
    }
    let head = text[..tok.span.start].trim_end_matches(' ');
    head.len() < tok.span.start
        && head.len() >= 2
        && head.is_char_boundary(head.len() - 2)
        && super::postal_address::is_us_state(&head[head.len() - 2..])
        && !head[..head.len() - 2].ends_with(|c: char| c.is_ascii_alphanumeric())
}

// ---------------------------------------------------------------------------
// International numbers
// ---------------------------------------------------------------------------

/// ITU-T E.164 country codes. They are prefix-free, so reading one, two or
/// three digits finds at most one.
const CC1: &[u32] = &[1, 7];
const CC2: &[u32] = &[
    20, 27, 30, 31, 32, 33, 34, 36, 39, 40, 41, 43, 44, 45, 46, 47, 48, 49, 51, 52, 53, 54, 55, 56,
    57, 58, 60, 61, 62, 63, 64, 65, 66, 81, 82, 84, 86, 90, 91, 92, 93, 94, 95, 98,
];
const CC3: &[u32] = &[
    211, 212, 213, 216, 218, 220, 221, 222, 223, 224, 225, 226, 227, 228, 229, 230, 231, 232, 233,
    234, 235, 236, 237, 238, 239, 240, 241, 242, 243, 244, 245, 246, 247, 248, 249, 250, 251, 252,
    253, 254, 255, 256, 257, 258, 260, 261, 262, 263, 264, 265, 266, 267, 268, 269, 290, 291, 297,
    298, 299, 350, 351, 352, 353, 354, 355, 356, 357, 358, 359, 370, 371, 372, 373, 374, 375, 376,
    377, 378, 379, 380, 381, 382, 383, 385, 386, 387, 389, 420, 421, 423, 500, 501, 502, 503, 504,
    505, 506, 507, 508, 509, 590, 591, 592, 593, 594, 595, 596, 597, 598, 599, 670, 672, 673, 674,
    675, 676, 677, 678, 679, 680, 681, 682, 683, 685, 686, 687, 688, 689, 690, 691, 692, 800, 808,
    850, 852, 853, 855, 856, 870, 878, 880, 881, 882, 883, 886, 888, 960, 961, 962, 963, 964, 965,
    966, 967, 968, 970, 971, 972, 973, 974, 975, 976, 977, 979, 992, 993, 994, 995, 996, 998,
];

/// Countries whose national numbers carry a trunk `0` that people also
/// (wrongly) keep after the country code: `+41 079 …`.
const TRUNK_ZERO: &[u32] = &[7, 31, 32, 33, 41, 43, 44, 46, 49, 353, 358, 421];

/// The number a few digits spell; saturates instead of overflowing.
fn value(digits: &[u8]) -> u32 {
    digits.iter().fold(0u32, |v, &d| {
        v.saturating_mul(10).saturating_add(u32::from(d))
    })
}

/// The country code at the start of `body` and its length.
fn country_code(body: &[u8]) -> Option<(u32, usize)> {
    [(CC1, 1), (CC2, 2), (CC3, 3)]
        .into_iter()
        .find_map(|(table, len)| {
            let cc = value(body.get(..len)?);
            table.contains(&cc).then_some((cc, len))
        })
}

/// A `+CC`/`00CC` number whose national part has the country's length.
fn international(tok: &Token) -> Option<(f32, Cow<'static, str>)> {
    let digits = tok.digits();
    let body = if tok.plus { digits } else { &digits[2..] };
    if body.first().is_none_or(|&d| d == 0) || !international_groups_ok(tok) {
        return None;
    }
    let (cc, cc_len) = country_code(body)?;
    let mut nsn = &body[cc_len..];
    if !tok.trunk && nsn.first() == Some(&0) && TRUNK_ZERO.contains(&cc) {
        nsn = &nsn[1..];
    }
    if !national_length_ok(cc, cc_len, nsn) || all_same(nsn) {
        return None;
    }
    let confidence = if tok.plus { 0.9 } else { 0.85 };
    Some((
        confidence,
        format!("international phone number with a valid length for +{cc}").into(),
    ))
}

/// The national significant number lengths of the numbering plans the
/// product names, and E.164's 7–15 digits in all for the others.
fn national_length_ok(cc: u32, cc_len: usize, nsn: &[u8]) -> bool {
    let len = nsn.len();
    let lead = nsn.first().copied().unwrap_or(0);
    match cc {
        1 => len == 10 && lead >= 2 && nsn[3] >= 2,
        41 | 31 | 33 | 420 => len == 9 && lead != 0,
        49 => (6..=13).contains(&len) && lead != 0,
        43 => (4..=13).contains(&len) && lead != 0,
        39 => (6..=11).contains(&len),
        44 => len == 10 && lead != 0,
        7 => len == 10,
        34 | 351 | 48 | 421 => len == 9,
        45 | 47 => len == 8,
        32 => (8..=9).contains(&len),
        _ => (7..=15).contains(&(cc_len + len)) && len >= 4,
    }
}

/// Grouping of an international number: one-digit groups and area-code
/// separators (`/`, ` - `) only right after the country code, parentheses
/// only around the country code, the trunk or the area code.
fn international_groups_ok(tok: &Token) -> bool {
    let groups = tok.groups();
    groups.iter().enumerate().skip(1).all(|(i, g)| {
        let early = i <= 2;
        early || g.len > 1 && !g.paren && !area_separator(g)
    }) && one_separator_kind(&groups[1..])
}

// ---------------------------------------------------------------------------
// National numbers
// ---------------------------------------------------------------------------

/// A national number with trunk prefix 0: CH/FR/NL 10 digits, GB 11,
/// DE/AT/IT 6–12. Without a phone word only 9–11 digits in phone grouping,
/// or an ungrouped 10–11 digits, count (12 for German mobiles, `015…`–`017…`).
fn national_trunk(tok: &Token, phone_word: bool) -> Option<(f32, Cow<'static, str>)> {
    let n = tok.n;
    // German mobiles (015x, 016x, 017x) reach 12 digits.
    let max = if matches!(tok.digits()[1..3], [1, 5..=7]) {
        12
    } else {
        11
    };
    let min = if tok.ng == 1 { 10 } else { 9 };
    let length_ok = (min..=max).contains(&n);
    if tok.trunk || tok.digits()[1] == 0 || !(length_ok || phone_word && (6..=12).contains(&n)) {
        return None;
    }
    if tok.ng > 1 && !national_groups_ok(tok) {
        return None;
    }
    let confidence = if tok.ng == 1 { 0.6 } else { 0.7 };
    Some((
        confidence,
        "national phone number with trunk prefix 0 and a valid length".into(),
    ))
}

/// Grouping of a national number: an area code of 2–5 digits (incl. the 0)
/// first, then groups of 2–4 digits or one subscriber group of up to 8; a
/// two-digit area code only in the French 5×2 layout or before long groups.
fn national_groups_ok(tok: &Token) -> bool {
    let groups = tok.groups();
    let (area, rest) = (groups[0], &groups[1..]);
    let french = tok.n == 10 && groups.iter().all(|g| g.len == 2);
    let rest_ok = if rest.len() == 1 {
        (2..=8).contains(&rest[0].len)
    } else {
        rest.iter().all(|g| (2..=4).contains(&g.len))
    };
    // Belgian landlines group a two-digit area code as `02 728 81 39`.
    let belgian = tok.n == 9 && rest.iter().map(|g| g.len).eq([3, 2, 2]);
    let area_ok = (3..=5).contains(&area.len)
        || area.len == 2 && (french || belgian || rest.iter().all(|g| g.len >= 3));
    let marks_ok = rest
        .iter()
        .enumerate()
        .all(|(i, g)| !g.paren && (i == 0 || !area_separator(g)));
    area_ok && rest_ok && marks_ok && one_separator_kind(rest)
}

/// National formats without a trunk 0: NANP (`(212) 555-0198` alone, else
/// only near a phone word), Czech 3-3-3 and Italian mobiles near a phone
/// word.
fn national_other(tok: &Token, phone_word: bool) -> Option<(f32, Cow<'static, str>)> {
    let lens: Vec<u8> = tok.groups().iter().map(|g| g.len).collect();
    let d = tok.digits();
    if nanp(tok, &lens) {
        let paren = tok.groups().iter().any(|g| g.paren);
        return (phone_word || paren).then(|| {
            (
                if phone_word { 0.75 } else { 0.6 },
                "North American phone number format".into(),
            )
        });
    }
    if !phone_word || tok.groups().iter().any(|g| g.paren) || !one_separator_kind(tok.groups()) {
        return None;
    }
    if (lens == [3, 3, 3] || lens == [9]) && czech_prefix(d) {
        return Some((0.75, "Czech phone number format".into()));
    }
    let italian = d.len() == 10
        && d[0] == 3
        && matches!(lens.as_slice(), [10] | [3, 7] | [3, 3, 4] | [3, 3, 2, 2]);
    italian.then(|| (0.75, "Italian mobile number format".into()))
}

/// An Italian mobile written `3xx-xxxxxxx`, `3xx/xxxxxxx`, `3xx xxx xxxx`
/// or `3xxxxxxxxx` without a phone word: ten digits after an operator
/// prefix of the mobile plan (320–329, 330–339, 340–351, 360–368, 370–373,
/// 377–393, 397) is how Italians write mobiles, and order numbers are
/// silenced by their own word before this runs. The dash or slash says a
/// little more than a space or no separator.
fn italian_mobile_alone(tok: &Token) -> Option<(f32, Cow<'static, str>)> {
    let (d, groups) = (tok.digits(), tok.groups());
    let shape = matches!(groups, [a, b] if a.len == 3 && b.len == 7 && matches!(b.sep, b'-' | b'/') && !b.spaced && !b.paren && !a.paren);
    // "333 901 0431" and "3353230944": the two other ways Italians write a
    // mobile, ten digits after an operator prefix.
    let plain = matches!(groups, [a] if a.len == 10)
        || matches!(groups, [a, b, c] if a.len == 3 && b.len == 3 && c.len == 4
            && b.sep == b' ' && c.sep == b' ' && !b.spaced && !c.spaced);
    let prefix = value(&d[..3.min(d.len())]);
    let mobile = matches!(prefix, 320..=339 | 340..=351 | 360..=368 | 370..=373 | 377..=393 | 397);
    match (shape || plain) && mobile && d.len() == 10 {
        true => Some((
            if shape { 0.6 } else { 0.55 },
            "Italian mobile number format".into(),
        )),
        false => None,
    }
}

/// A mobile written `6xx xxx xxx` or `7xx xxx xxx` without a phone word:
/// nine digits in three groups of three is how Czech, Slovak, Polish and
/// Spanish mobiles are written ("Kdyby něco: 603 357 105", a rota line
/// "dopoledne⇥Arnošt Hruška⇥605 740 704"); amounts and counts are round
/// ("750 000 000") or have their unit after them, which silences them
/// before this runs.
fn mobile_333_alone(tok: &Token) -> Option<(f32, Cow<'static, str>)> {
    let (d, groups) = (tok.digits(), tok.groups());
    let shape = matches!(groups, [a, b, c] if a.len == 3 && b.len == 3 && c.len == 3
        && b.sep == b' ' && c.sep == b' ' && !b.spaced && !c.spaced && !a.paren);
    let round = d[3..].iter().all(|&x| x == 0) || d[6..].iter().all(|&x| x == 0);
    (shape && matches!(d[0], 6 | 7) && !round).then(|| {
        (
            0.55,
            "mobile number format (three groups of three digits)".into(),
        )
    })
}

/// True when a 9-digit number starts like a Czech one: geographic 2xx–5xx,
/// mobile 60x and 702–799 (without 71x), free and shared-cost 800–849,
/// and VoIP 910 and 950–959. Other prefixes (1xx, 61x–69x, 700, 701, 71x,
/// 85x–89x, other 9xx) are not in the Czech numbering plan, so a look-alike
/// stays silent.
fn czech_prefix(d: &[u8]) -> bool {
    matches!(
        d,
        [2..=5, ..]
            | [6, 0, ..]
            | [7, 0, 2..=9, ..]
            | [7, 2..=9, ..]
            | [8, 0..=4, ..]
            | [9, 1, 0, ..]
            | [9, 5, ..]
    )
}

/// A NANP number: `(NXX) NXX-XXXX`, `NXX-NXX-XXXX`, with an optional
/// leading `1`; area code and exchange never start with 0 or 1.
fn nanp(tok: &Token, lens: &[u8]) -> bool {
    let (d, groups) = (tok.digits(), tok.groups());
    let (d, groups, lens) = match lens {
        [1, 3, 3, 4] if d[0] == 1 => (&d[1..], &groups[1..], &lens[1..]),
        _ => (d, groups, lens),
    };
    let shape = lens == [3, 3, 4] || lens == [10];
    let parens_ok = groups.iter().skip(1).all(|g| !g.paren);
    shape && parens_ok && d[0] >= 2 && d[3] >= 2 && one_separator_kind(&groups[1..])
}

// ---------------------------------------------------------------------------
// Shared shape checks
// ---------------------------------------------------------------------------

/// True for separators that only stand after an area code: `/` and a
/// spaced ` - `.
fn area_separator(g: &Group) -> bool {
    g.sep == b'/' || g.spaced
}

/// True when the groups use at most one punctuation separator besides
/// spaces and area-code separators: `079 123 45 67`, `079-123-45-67`, but not
/// `079.123-45`.
fn one_separator_kind(groups: &[Group]) -> bool {
    let mut kind = None;
    groups
        .iter()
        .filter(|g| matches!(g.sep, b'-' | b'.') && !area_separator(g))
        .all(|g| *kind.get_or_insert(g.sep) == g.sep)
}

fn all_same(digits: &[u8]) -> bool {
    digits.windows(2).all(|w| w[0] == w[1])
}

/// True for `dd.mm.yyyy`, `dd/mm/yy`, `yyyy-mm-dd` and the like, alone or
/// followed by more groups (a time).
fn looks_like_date(tok: &Token) -> bool {
    let groups = tok.groups();
    let [a, b, c, ..] = groups else { return false };
    if b.sep != c.sep || !matches!(b.sep, b'.' | b'/' | b'-') {
        return false;
    }
    let v = |g: &Group| value(&tok.digits()[usize::from(g.start)..usize::from(g.start + g.len)]);
    let day_month = |x: u32, y: u32| (1..=31).contains(&x) && (1..=12).contains(&y);
    let (va, vb, vc) = (v(a), v(b), v(c));
    let dmy = a.len <= 2 && b.len <= 2 && (c.len == 4 || c.len == 2 && groups.len() == 3);
    let ymd = a.len == 4 && b.len <= 2 && c.len <= 2 && (1900..=2099).contains(&va);
    dmy && (day_month(va, vb) || day_month(vb, va)) || ymd && day_month(vc, vb)
}

/// True for four dot-separated groups of three digits: a zero-padded IPv4
/// address (`010.001.002.003`), not a phone number. (Swiss numbers with dots
/// group 3-3-2-2: `079.123.45.67`; unpadded addresses never start with 0.)
fn looks_like_ip(tok: &Token) -> bool {
    let groups = tok.groups();
    groups.len() == 4
        && groups.iter().skip(1).all(|g| g.sep == b'.')
        && groups.iter().all(|g| g.len == 3)
}

/// True when the number is glued to a token before it: `CHE-123…`,
/// `a1b2-0123…`, `3.0791…`, or the next group of an IBAN (`CH93 0076 …`).
fn glued_before(lower: &str, start: usize) -> bool {
    let bytes = lower.as_bytes();
    let Some(&prev) = start.checked_sub(1).and_then(|i| bytes.get(i)) else {
        return false;
    };
    let before_prev = start.checked_sub(2).and_then(|i| bytes.get(i)).copied();
    let alnum_before = before_prev.is_some_and(|b| b.is_ascii_alphanumeric());
    match prev {
        b'-' | b'/' | b'_' | b'\\' | b'@' | b'\'' => alnum_before,
        b'.' | b',' => before_prev.is_some_and(|b| b.is_ascii_digit()),
        b' ' => alnum_before && continues_code(bytes, start - 1),
        _ => false,
    }
}

/// True when the number continues a code written before it, its groups
/// joined by single spaces: the word right before holds letters and digits
/// (`B12 0791…`), or an IBAN head (`NL91 ABNA 0417 …`) stands within 40 bytes.
fn continues_code(bytes: &[u8], space: usize) -> bool {
    let from = space.saturating_sub(40);
    let mut i = space;
    while i > from
        && (bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] == b' ' && bytes[i] != b' ')
    {
        i -= 1;
    }
    let mut words = bytes[i..space].split(|&b| b == b' ').rev();
    let mixed =
        |w: &[u8]| w.iter().any(u8::is_ascii_digit) && w.iter().any(u8::is_ascii_alphabetic);
    let iban_head = |w: &[u8]| {
        w.len() == 4
            && w[..2].iter().all(u8::is_ascii_alphabetic)
            && w[2..].iter().all(u8::is_ascii_digit)
    };
    words.next().is_some_and(mixed) || words.any(iban_head)
}

/// True when the number runs on into something else: a letter, a decimal
/// or time (`,50`, `:30`), another id (`-AB`), a percentage.
fn glued_after(lower: &str, end: usize) -> bool {
    let bytes = lower.as_bytes();
    let Some(&next) = bytes.get(end) else {
        return false;
    };
    let then = bytes.get(end + 1).copied();
    match next {
        b'%' | b'@' | b'_' => true,
        b'.' | b',' | b':' | b'\'' => then.is_some_and(|b| b.is_ascii_digit()),
        b'-' | b'/' => then.is_some_and(|b| b.is_ascii_alphanumeric()),
        // A letter, or a currency sign glued to the amount.
        b if b >= 0x80 => lower[end..]
            .chars()
            .next()
            .is_some_and(|c| c.is_alphanumeric() || c == '€' || c == '£'),
        b => b.is_ascii_alphanumeric(),
    }
}

/// True when a currency follows the number: `0123 456 789 Kč`, `… CHF`,
/// `1234.–`.
fn price_after(lower: &str, end: usize) -> bool {
    let rest = &lower.as_bytes()[end..(end + 6).min(lower.len())];
    let rest = rest.strip_prefix(b" ").unwrap_or(rest);
    [
        "€", "$", "£", "chf", "eur", "usd", "gbp", "kč", "czk", "fr.", ".-", ",-",
    ]
    .iter()
    .any(|c| rest.starts_with(c.as_bytes()))
}

// ---------------------------------------------------------------------------
// Context words
// ---------------------------------------------------------------------------

/// What the words before a number say about it.
enum Context {
    None,
    Phone(&'static str),
    Negative,
}

use Kind::{D, M, N, O, P, W};

/// What a context word says about the number after it.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
    /// A phone word.
    P,
    /// An order, invoice, tracking, account, article, price, date or
    /// version word: the number is not a phone number.
    N,
    /// "Nr.", "n°": a number of something, unless a phone word stands
    /// before it ("Tel.-Nr.").
    W,
    /// Like `W`, but only when a dot follows ("No.", "č."): English "no" and
    /// Czech "č" alone are other words.
    D,
    /// "number", "Nummer", "numéro": neutral alone, a phone word after a
    /// possessive ("my number", "il mio numero"), since order numbers carry
    /// their own word ("order number").
    M,
    /// A possessive or demonstrative that can stand before "number".
    O,
}

/// Reads up to [`CONTEXT_WORDS`] words before `start`, nearest first, within
/// one line: the nearest phone or negative word decides. For `+CC` numbers,
/// which carry their own proof, only a negative word right before counts.
fn context_before(lower: &str, start: usize, plus: bool) -> Context {
    let bytes = lower.as_bytes();
    let floor = start.saturating_sub(CONTEXT_BYTES);
    let mut at = start;
    let mut weak = false;
    let mut after_number = false;
    let mut after_of = false;
    for i in 0..CONTEXT_WORDS {
        while at > floor && !is_word_byte(bytes[at - 1]) {
            match bytes[at - 1] {
                b'\n' => return finish(weak),
                b'#' | b'$' if i == 0 && !plus => return Context::Negative,
                _ => at -= 1,
            }
        }
        let end = at;
        while at > floor && is_word_byte(bytes[at - 1]) {
            at -= 1;
        }
        if at == end || at == floor && floor > 0 {
            break;
        }
        let kind = word_kind(&lower[at..end], bytes.get(end) == Some(&b'.'));
        match kind {
            Some((P, w)) => return Context::Phone(w),
            Some((O, _)) if after_number => return Context::Phone("number"),
            // "il numero di Xuân Nguyễn? Ho solo 333…", "die Nummer von
            // Anna": a person's number, as "my number" is.
            Some((M, _)) if after_of => return Context::Phone("number"),
            Some((N, _)) if (!plus || i == 0) && !day_range_end(lower, at) => {
                return Context::Negative
            }
            Some((W | D, _)) if !plus => weak = true,
            _ => {}
        }
        after_number = matches!(kind, Some((M, _)));
        after_of = matches!(&lower[at..end], "di" | "de" | "of" | "von" | "van" | "od");
    }
    finish(weak)
}

/// True when the number stands in contact data next to an e-mail address:
/// alone on the line below one (a signature: "Barbara Anastasi\nb.anastasi@…
/// \n347 897 9410"), or right after one in a list ("Costantino Rapisardi,
/// c.rapisardi@example.it, 3475392417"). There a number is the person's
/// phone as surely as after "Tel".
fn contact_line(text: &str, span: &Range<usize>) -> bool {
    email_before(text, span.start) || below_email(text, span)
}

/// True when the number alone fills a bracket right after two capitalised
/// words: "Klíče má Božena Kočková (543 424 200)", "contact Tom Hale
/// (212-555-0198)", how a person's number is given after their name.
fn bracket_after_name(text: &str, span: &Range<usize>) -> bool {
    let Some(head) = text[..span.start].strip_suffix('(') else {
        return false;
    };
    if !text[span.end..].starts_with(')') {
        return false;
    }
    let mut words = head.strip_suffix(' ').unwrap_or("").rsplit(' ');
    let capitalised = |w: Option<&str>| {
        w.is_some_and(|w| {
            let mut chars = w.chars();
            chars.next().is_some_and(char::is_uppercase)
                && chars.all(|c| c.is_alphabetic() || c == '-' || c == '\'')
                && w.chars().any(char::is_lowercase)
        })
    };
    capitalised(words.next()) && capitalised(words.next())
}

/// True when an e-mail address and a comma or space end right before `start`.
fn email_before(text: &str, start: usize) -> bool {
    let head = text[..start].trim_end_matches(' ');
    let head = head.strip_suffix(',').unwrap_or(head);
    let word = &head[head.rfind([' ', '\n', '\t']).map_or(0, |i| i + 1)..];
    head.len() < start && is_email_like(word)
}

fn is_email_like(word: &str) -> bool {
    word.find('@')
        .is_some_and(|at| at > 0 && word[at..].contains('.'))
}

/// True when the number fills its line and the line above holds an e-mail
/// address.
fn below_email(text: &str, span: &Range<usize>) -> bool {
    let bytes = text.as_bytes();
    let line_start = bytes[..span.start]
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    let ends_line = bytes[span.end..]
        .iter()
        .find(|&&b| b != b' ' && b != b'\t')
        .is_none_or(|&b| b == b'\n' || b == b'\r');
    if line_start == 0 || !ends_line || !text[line_start..span.start].trim().is_empty() {
        return false;
    }
    let above = &text[..line_start - 1];
    let above = &above[above.rfind('\n').map_or(0, |i| i + 1)..];
    above.split_whitespace().any(is_email_like)
}

/// True when the word at `at` ends a range of weekdays ("Mo–Fr", "lu-ve"):
/// "Fr" is then Friday, not Swiss francs.
fn day_range_end(lower: &str, at: usize) -> bool {
    let head = &lower.as_bytes()[..at];
    let dash = if head.ends_with("–".as_bytes()) {
        3
    } else {
        usize::from(head.ends_with(b"-"))
    };
    dash > 0
        && head[..at - dash]
            .last()
            .is_some_and(u8::is_ascii_alphabetic)
}

fn finish(weak: bool) -> Context {
    if weak {
        Context::Negative
    } else {
        Context::None
    }
}

/// Context words.
const LEXICON: &[(&str, Kind)] = &[
    // P: phone; N: negative; W: "number" abbreviation; D: the same, dotted;
    // M: "number" in full; O: a possessive or demonstrative before it.
    ("account", N),
    ("accountnummer", N),
    ("ahv", N),
    ("akte", N),
    ("aktenzeichen", N),
    ("amount", N),
    ("anruf", P),
    // A contact person, like "Kontakt": "Referente: Anna Neri, 347…".
    ("ansprechpartner", P),
    ("ansprechpartnerin", P),
    ("appel", P),
    ("art", N),
    ("article", N),
    ("artikel", N),
    ("artikelnr", N),
    ("auftrag", N),
    ("avs", N),
    ("az", N),
    ("batch", N),
    ("bedrag", N),
    ("bel", P),
    ("bellen", P),
    ("belt", P),
    ("bestellt", N),
    ("bestelnummer", N),
    ("betrag", N),
    ("bic", N),
    ("blz", N),
    ("bsn", N),
    ("btw", N),
    ("build", N),
    ("call", P),
    ("card", N),
    ("carta", N),
    ("carte", N),
    ("case", N),
    ("caso", N),
    ("ce", O),
    ("cell", P),
    ("cellulaire", P),
    ("cellular", P),
    ("cellulare", P),
    ("cena", N),
    ("charge", N),
    ("chf", N),
    ("chiam", P),
    ("code", N),
    ("colis", N),
    ("commande", N),
    ("compte", N),
    ("contact", P),
    ("contatt", P),
    ("conto", N),
    ("contrat", N),
    ("contratto", N),
    ("czk", N),
    ("data", N),
    ("date", N),
    ("datum", N),
    ("dein", O),
    ("deine", O),
    ("delivery", N),
    ("deze", O),
    ("dial", P),
    ("direkt", P),
    ("diretto", P),
    ("diese", O),
    ("dieser", O),
    ("dič", N),
    ("dne", N),
    ("dollar", N),
    ("dollars", N),
    ("domande", P),
    ("dossier", N),
    ("dossiernummer", N),
    ("dotaz", P),
    ("dotazy", P),
    ("durchwahl", P),
    ("ean", N),
    ("eur", N),
    ("euro", N),
    ("euros", N),
    ("facture", N),
    ("factuur", N),
    ("faktura", N),
    ("faktury", N),
    ("fall", N),
    ("fattura", N),
    ("fax", P),
    ("festnetz", P),
    ("fr", N),
    ("fragen", P),
    ("franken", N),
    ("gbp", N),
    ("gläubiger", N),
    ("gsm", P),
    ("gtin", N),
    ("handy", P),
    ("hotline", P),
    ("iban", N),
    ("id", N),
    ("ihr", O),
    ("ihre", O),
    ("imei", N),
    ("importo", N),
    ("invoice", N),
    ("isbn", N),
    ("isin", N),
    ("item", N),
    ("iva", N),
    ("ičo", N),
    ("je", O),
    ("jednací", N),
    ("joindre", P),
    ("jouw", O),
    ("kaart", N),
    ("karta", N),
    ("karte", N),
    ("klantnummer", N),
    ("kontakt", P),
    ("konto", N),
    ("kontonummer", N),
    ("kreditkarte", N),
    ("kto", N),
    ("ktonr", N),
    ("kundennr", N),
    ("kundennummer", N),
    ("kč", N),
    ("lieferschein", N),
    ("lot", N),
    ("ma", O),
    ("mandat", N),
    ("mandate", N),
    ("matricule", N),
    ("mein", O),
    ("meine", O),
    ("meiner", O),
    ("member", N),
    ("membership", N),
    ("mia", O),
    ("mijn", O),
    ("mio", O),
    ("mitgliedsnummer", N),
    ("mob", P),
    ("mobiel", P),
    ("mobil", P),
    ("model", N),
    ("modell", N),
    ("moje", O),
    ("mon", O),
    ("montant", N),
    ("mwst", N),
    ("my", O),
    ("mé", O),
    ("mého", O),
    ("natel", P),
    ("naše", O),
    ("neue", O),
    ("neuer", O),
    ("new", O),
    ("nieuwe", O),
    ("no", D),
    ("nostro", O),
    ("notre", O),
    ("nouveau", O),
    ("nové", O),
    ("nr", W),
    ("nro", W),
    ("num", W),
    ("number", M),
    ("numero", M),
    ("nummer", M),
    ("numéro", M),
    ("nuovo", O),
    ("n°", W),
    ("nº", W),
    ("náš", O),
    ("objednávce", N),
    ("objednávka", N),
    ("objednávku", N),
    ("objednávky", N),
    ("ons", O),
    ("onze", O),
    ("order", N),
    ("ordered", N),
    ("ordernummer", N),
    ("orders", N),
    ("ordine", N),
    ("otp", N),
    ("our", O),
    ("pacco", N),
    ("package", N),
    ("paket", N),
    ("pakket", N),
    ("parcel", N),
    ("paspoort", N),
    ("passaporto", N),
    ("passeport", N),
    ("passport", N),
    ("phone", P),
    ("pin", N),
    ("plz", N),
    ("pojistka", N),
    ("police", N),
    ("policenummer", N),
    ("policy", N),
    ("polis", N),
    ("polisnummer", N),
    ("polizza", N),
    ("portable", P),
    ("postfach", N),
    ("preis", N),
    ("prezzo", N),
    ("price", N),
    ("prijs", N),
    ("prix", N),
    ("prodotto", N),
    ("productnummer", N),
    ("produit", N),
    ("produkt", N),
    ("produkts", N),
    ("puk", N),
    ("questions", P),
    ("questo", O),
    ("reach", P),
    ("ref", N),
    ("reference", N),
    ("referente", P),
    ("referentie", N),
    ("referentienummer", N),
    ("referenz", N),
    ("reisepass", N),
    ("rekening", N),
    ("rekeningnummer", N),
    ("release", N),
    ("riferimento", N),
    ("ring", P),
    ("rodné", N),
    ("ruf", P),
    ("rufen", P),
    ("référence", N),
    ("rückruf", P),
    ("sendung", N),
    ("serial", N),
    ("seriennummer", N),
    ("sfr", N),
    ("shipment", N),
    ("signal", P),
    ("sku", N),
    ("sms", P),
    ("spedizione", N),
    ("spis", N),
    ("steuer", N),
    ("steuernummer", N),
    ("sua", O),
    ("summe", N),
    ("suo", O),
    ("svnr", N),
    ("swift", N),
    ("tan", N),
    ("tel", P),
    ("telefon", P),
    ("telefoon", P),
    ("telegram", P),
    ("telephon", P),
    ("text", P),
    ("this", O),
    ("threema", P),
    ("ticket", N),
    ("ticketnummer", N),
    ("ton", O),
    ("total", N),
    ("toto", O),
    ("tracking", N),
    ("trackingnummer", N),
    ("tua", O),
    ("tuo", O),
    ("tva", N),
    ("tvoje", O),
    ("tvé", O),
    ("typ", N),
    ("type", N),
    ("tél", P),
    ("téléphon", P),
    ("uid", N),
    ("unser", O),
    ("unsere", O),
    ("usd", N),
    ("uw", O),
    ("v", N),
    ("valor", N),
    ("valoren", N),
    ("vat", N),
    ("vaše", O),
    ("ver", N),
    ("versicherungsnummer", N),
    ("versie", N),
    ("version", N),
    ("versione", N),
    ("vertrag", N),
    ("verze", N),
    ("volej", P),
    ("vorgang", N),
    ("vostro", O),
    ("votre", O),
    ("vragen", P),
    ("whatsapp", P),
    ("your", O),
    ("zaak", N),
    ("zavolej", P),
    ("zending", N),
    ("zendingnummer", N),
    ("zásilka", N),
    ("zásilky", N),
    ("£", N),
    ("účet", N),
    ("účtu", N),
    ("č", D),
    ("čj", N),
    ("částka", N),
    ("číslo", M),
    ("€", N),
];

/// [`LEXICON`] hashed.
static LEXICON_MAP: WordMap<Kind> = word_map!(LEXICON, Kind, 1024);

/// Stems of phone words: `telefon` also matches `telefonisch`,
/// `telefonnummer`, `telefonu`.
const PHONE_STEMS: &[&str] = &[
    "telefon",
    "telephon",
    "téléphon",
    "telefoon",
    "phone",
    "mobil",
    "handy",
    "natel",
    "whatsapp",
    "cellular",
    "mobiel",
    "anruf",
    "appel",
    "chiam",
    "zavolej",
    "volej",
    "fax",
    "hotline",
    "festnetz",
    "durchwahl",
    "rückruf",
    "kontakt",
    "contact",
    "contatt",
    "call",
    // Call-back and reach verbs: "zurückrufen", "rappeler", "richiamare",
    // "terugbellen", "zavoláme", "erreichen Sie uns unter", "joignable au".
    "zurückruf",
    "rappel",
    "richiam",
    "terugbel",
    "opbel",
    "zavol",
    "erreich",
    "joign",
    "bereikba",
    "raggiungib",
    "reachab",
    "zastiž",
    "dosažiteln",
];

/// Stems of compound order and invoice words (`Bestellnummer`,
/// `Rechnungsnr`, `Sendungsnummer`).
const NEGATIVE_STEMS: &[&str] = &[
    "bestell",
    "rechnung",
    "auftrags",
    "sendungs",
    "tracking",
    "ticket",
    "factur",
    "fattur",
    "faktur",
    "factuur",
    "objednáv",
    "bestelnummer",
    "ordernummer",
    "artikelnummer",
    "serien",
    "vertrags",
    "kundennummer",
    "referen",
    "konto",
    "bestelling",
    "zásilk",
    "spedizion",
];

/// What `word` says, and the word to name in the reason.
fn word_kind(word: &str, dotted: bool) -> Option<(Kind, &'static str)> {
    if let Some((w, kind)) = LEXICON_MAP.entry(word) {
        return (kind != D || dotted).then_some((kind, w));
    }
    if let Some(w) = PHONE_STEMS.iter().find(|s| stem_of(word, s)) {
        return Some((P, w));
    }
    NEGATIVE_STEMS
        .iter()
        .any(|s| stem_of(word, s))
        .then_some((N, ""))
}

/// True when `word` starts with `stem`. The first byte rules out nearly
/// every stem without calling `memcmp`, which each of the sixty stems did
/// for every word before every number (issue 2).
fn stem_of(word: &str, stem: &str) -> bool {
    word.as_bytes().first() == stem.as_bytes().first() && word.starts_with(stem)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<&str> {
        crate::detect::testing::values(detect, text)
    }

    // International numbers: country code and national length decide.
    finds!(
        a_swiss_number_with_plus_is_found,
        "+41 79 123 45 67",
        ["+41 79 123 45 67"]
    );
    finds!(
        a_swiss_number_with_00_is_found,
        "0041 79 123 45 67",
        ["0041 79 123 45 67"]
    );
    finds!(
        an_ungrouped_international_number_is_found,
        "+41791234567",
        ["+41791234567"]
    );
    finds!(
        a_trunk_zero_in_parentheses_is_skipped,
        "+49 (0)30 12345678",
        ["+49 (0)30 12345678"]
    );
    finds!(
        a_trunk_zero_kept_after_the_country_code_is_tolerated,
        "+41 079 123 45 67",
        ["+41 079 123 45 67"]
    );
    finds!(
        a_swiss_number_one_digit_short_is_silent,
        "+41 79 123 45 6",
        []
    );
    finds!(
        a_swiss_number_one_digit_long_is_silent,
        "+41 79 123 45 678",
        []
    );
    finds!(
        a_french_mobile_with_one_digit_area_is_found,
        "+33 6 12 34 56 78",
        ["+33 6 12 34 56 78"]
    );
    finds!(
        a_czech_number_is_found,
        "+420 777 123 456",
        ["+420 777 123 456"]
    );
    finds!(
        a_nanp_number_is_found,
        "+1 (415) 555-0134",
        ["+1 (415) 555-0134"]
    );
    finds!(
        a_nanp_area_code_starting_with_1_is_silent,
        "+1 115 555 0134",
        []
    );
    finds!(an_unassigned_country_code_is_silent, "+999 123 456 789", []);
    finds!(
        a_british_number_is_found,
        "+44 20 7946 0958",
        ["+44 20 7946 0958"]
    );
    finds!(
        an_austrian_short_number_is_found,
        "+43 1 234 5678",
        ["+43 1 234 5678"]
    );
    finds!(
        a_generic_country_uses_e164_lengths,
        "+386 1 234 56 78",
        ["+386 1 234 56 78"]
    );
    finds!(arithmetic_is_not_a_number, "2+41791234567", []);
    finds!(a_placeholder_of_one_digit_is_silent, "+41 00 000 00 00", []);

    // National numbers.
    finds!(
        a_swiss_national_number_is_found,
        "044 668 18 00",
        ["044 668 18 00"]
    );
    finds!(
        a_german_number_with_slash_is_found,
        "0171/1234567",
        ["0171/1234567"]
    );
    finds!(
        a_german_number_with_spaced_slash_is_found,
        "030 / 1234567",
        ["030 / 1234567"]
    );
    finds!(a_dutch_mobile_is_found, "06-12345678", ["06-12345678"]);
    finds!(
        a_czech_call_back_verb_is_a_phone_word,
        "Zavoláme vám zítra na 737 703 908.",
        ["737 703 908"]
    );
    finds!(
        a_czech_questions_line_is_a_phone_word,
        "Dotazy na 271 900 864.",
        ["271 900 864"]
    );
    finds!(
        a_czech_prefix_outside_the_numbering_plan_is_silent,
        "Volejte na 171 234 567 nebo 123 456 789.",
        []
    );
    finds!(
        an_italian_call_back_verb_is_a_phone_word,
        "La richiamiamo domani al 347 383 0035.",
        ["347 383 0035"]
    );
    finds!(
        an_italian_questions_line_is_a_phone_word,
        "Per domande: 347 481 5729.",
        ["347 481 5729"]
    );
    finds!(
        a_german_reach_verb_is_a_phone_word,
        "Sie erreichen uns unter 212-555-0198.",
        ["212-555-0198"]
    );
    finds!(
        a_french_call_back_verb_is_a_phone_word,
        "Vous pouvez nous rappeler au 212-555-0198.",
        ["212-555-0198"]
    );
    finds!(
        a_dutch_call_back_verb_is_a_phone_word,
        "Kunt u ons terugbellen op 333 123 4567?",
        ["333 123 4567"]
    );
    finds!(
        an_english_ring_is_a_phone_word,
        "Ring me on 212-555-0198 tonight.",
        ["212-555-0198"]
    );
    finds!(
        a_belgian_landline_is_found,
        "We bellen je morgen op 02 728 81 39.",
        ["02 728 81 39"]
    );
    finds!(
        a_belgian_landline_alone_is_found,
        "tel. 02 578 88 85",
        ["02 578 88 85"]
    );
    finds!(
        a_french_number_with_dots_is_found,
        "06.12.34.56.78",
        ["06.12.34.56.78"]
    );
    finds!(a_british_mobile_is_found, "07700 900123", ["07700 900123"]);
    finds!(
        an_italian_landline_is_found,
        "02 1234 5678",
        ["02 1234 5678"]
    );
    finds!(
        an_ungrouped_ten_digit_number_is_found,
        "0791234567",
        ["0791234567"]
    );
    finds!(
        an_ungrouped_nine_digit_number_needs_a_phone_word,
        "0791234567, 012345678",
        ["0791234567"]
    );
    finds!(
        a_short_number_counts_near_a_phone_word,
        "Tel. 07021 123",
        ["07021 123"]
    );
    finds!(a_short_number_alone_is_silent, "07021 123", []);
    finds!(
        a_us_number_in_parentheses_is_found,
        "(212) 555-0198",
        ["(212) 555-0198"]
    );
    finds!(
        a_us_number_with_dashes_needs_a_phone_word,
        "415-555-0134 call 415-555-0134",
        ["415-555-0134"]
    );
    finds!(
        an_ungrouped_czech_number_needs_a_phone_word,
        "777123456, tel. 777123456",
        ["777123456"]
    );
    finds!(
        a_czech_landline_in_three_groups_needs_a_phone_word,
        "224 123 456, telefon 224 123 456",
        ["224 123 456"]
    );
    finds!(
        a_mobile_in_three_groups_needs_no_phone_word,
        "777 123 456, telefon 777 123 456",
        ["777 123 456", "777 123 456"]
    );
    finds!(
        an_italian_mobile_needs_a_phone_word,
        "333 1234567; cell 333 1234567",
        ["333 1234567"]
    );
    finds!(
        two_numbers_split_by_a_spaced_slash_are_both_found,
        "044 123 45 67 / 079 123 45 67",
        ["044 123 45 67", "079 123 45 67"]
    );

    // Hard negatives.
    finds!(an_order_number_is_silent, "Bestellung 0441234567", []);
    finds!(
        an_order_number_compound_is_silent,
        "Bestellnummer: 044 123 45 67",
        []
    );
    finds!(a_number_after_nr_is_silent, "Nr. 044 123 45 67", []);
    finds!(
        a_number_after_tel_nr_is_a_phone,
        "Tel.-Nr. 044 123 45 67",
        ["044 123 45 67"]
    );
    finds!(a_number_after_hash_is_silent, "#0441234567", []);
    finds!(
        an_english_no_is_not_a_number_word,
        "No, call 044 123 45 67",
        ["044 123 45 67"]
    );
    finds!(a_date_is_silent, "01.02.2024", []);
    finds!(an_iso_date_is_silent, "2024-02-01", []);
    finds!(a_date_with_time_is_silent, "01.02.2024 10:30", []);
    finds!(a_decimal_is_silent, "3.0441234567", []);
    finds!(a_time_after_is_silent, "0441234567:30", []);
    finds!(an_iban_is_silent, "CH93 0076 2011 6238 5295 7", []);
    finds!(
        a_uuid_tail_is_silent,
        "123e4567-e89b-12d3-a456-042661417400",
        []
    );
    finds!(a_card_number_is_silent, "Tel 4111 1111 1111 1111", []);
    finds!(a_version_is_silent, "0.10.123456", []);
    finds!(an_ip_address_is_silent, "010.001.002.003", []);
    finds!(
        a_german_twelve_digit_mobile_is_found,
        "01512 3456789",
        ["01512 3456789"]
    );
    finds!(
        a_swiss_number_with_dots_is_found,
        "079.123.45.67",
        ["079.123.45.67"]
    );
    finds!(
        twelve_digits_in_groups_need_a_phone_word,
        "023 456 789 012, Tel. 0171 1234 5678",
        ["0171 1234 5678"]
    );
    finds!(
        my_number_is_a_phone_word,
        "Il mio numero è 347 123 4567",
        ["347 123 4567"]
    );
    finds!(
        an_order_number_stays_an_order_number,
        "Your order number 0441234567",
        []
    );
    finds!(
        a_dutch_invoice_number_is_silent,
        "factuurnummer 0201234567",
        []
    );
    finds!(a_price_is_silent, "0123 456 789 Kč", []);
    finds!(a_lottery_row_is_silent, "04 12 23 31 38 42", []);
    finds!(a_long_digit_run_is_silent, "00340434161094042557", []);
    finds!(a_birth_number_shape_is_silent, "015230/1234", []);
    finds!(digits_inside_a_word_are_silent, "abc0441234567", []);

    #[test]
    fn every_lexicon_word_is_found_in_the_table() {
        assert!(LEXICON
            .iter()
            .all(|&(w, k)| LEXICON_MAP.entry(w) == Some((w, k))));
    }

    #[test]
    fn adversarial_inputs_scan_in_linear_time() {
        for text in [
            "7".repeat(500_000),
            "0 ".repeat(200_000),
            "+1 ".repeat(200_000),
            "(0".repeat(200_000),
        ] {
            let _ = found(&text);
        }
    }

    #[test]
    fn any_unicode_around_digits_never_panics() {
        for text in [
            "é079 123 45 67é",
            "079 123 45 67€",
            "💥+41 79 123 45 67💥",
            "(",
            "+",
            "(0)",
            "+(",
            "ü0",
            "0ü",
        ] {
            let _ = found(text);
        }
    }

    proptest::proptest! {
        #[test]
        fn random_text_never_panics_and_spans_sit_on_char_boundaries(text in "[0-9 +().\\-/:#a-zé€💥\\n]{0,40}") {
            crate::detect::testing::check_spans(detect, &text)?;
        }
    }
}
