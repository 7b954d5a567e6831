//! `cz_birth_number`: Czech and Slovak birth numbers (rodné číslo) with a valid date and mod-11 check.
//!
//! A birth number is `YYMMDD/XXXX`: the birth date, with 50 added to the
//! month for women and, since 2004, 20 more when a day's serials run out;
//! then a serial whose last digit makes the whole number divisible by 11
//! (or 0 when the first nine digits leave remainder 10). Numbers issued
//! before 1954 have nine digits and no check digit. The slash form with a
//! check digit is distinctive on its own; a solid 10-digit number passes by
//! chance about 1% of the time and the 9-digit form has no checksum, so
//! those need a context word (rodné číslo, RČ, birth number …). One finding
//! covers the whole number; the date inside it is not a separate finding.

use std::ops::Range;

use super::ids_b_common::{
    digits, each_candidate, is_leap, long_runs, number, standalone, valid_day, Judgement, Near,
};
use super::{Candidate, Input, RuleSpec};
use crate::Category;

pub(crate) const RULES: &[RuleSpec] = &[RuleSpec {
    id: "cz_birth_number",
    category: Category::Personal,
    description: describe!(
        "Czech and Slovak birth numbers (rodné číslo): YYMMDD/XXXX with a valid date \
                  (month +50 for women, +20 since 2004) and the whole number divisible by 11, or \
                  the 9-digit form before 1954. The slash form is reported on its own; the solid \
                  and 9-digit forms need a context word (rodné číslo, RČ, birth number)."
    ),
    priority: 89,
    matches: examples![
        (
            "Moje rodné číslo je 850312/1231, potřebujete ještě něco?",
            "850312/1231",
        ),
        ("Posílám RČ 9255170452 pro smlouvu", "9255170452"),
        ("Pojištěnec: Jan Novák, 781130/2015", "781130/2015"),
        ("Geburtsnummer meiner Tochter: 062104/0882", "062104/0882"),
        (
            "Son numéro de naissance tchèque est 996201/0070",
            "996201/0070",
        ),
        (
            "Il suo numero di nascita ceco: 8858236123 (rodné číslo)",
            "8858236123",
        ),
        (
            "Het Tsjechische geboortenummer van mijn opa is 480115/123",
            "480115/123",
        ),
        (
            "Birth number 800101/0040, remainder 10 gives check 0",
            "800101/0040",
        ),
    ],
    ignores: examples![
        ("Moje rodné číslo je 850312/1232", "wrong check digit"),
        (
            "Objednávka 8503121231 byla odeslána",
            "solid form without context",
        ),
        (
            "RČ 851332/1234",
            "check digit fits but month 13 does not exist",
        ),
        (
            "Rodné číslo 100229/3105",
            "check digit fits but 29 February 2010 did not exist",
        ),
        (
            "Ticket 850312/1231 closed",
            "an order or ticket word makes it another number",
        ),
        (
            "Rodné číslo 580115/123",
            "nine digits were only issued until 1953",
        ),
        ("Zlomek 12/03/1985 a 1/2", "dates and fractions"),
    ],
}];

const CONTEXT: &[&str] = &[
    "rodné číslo",
    "rodného čísla",
    "rodným číslem",
    "rodnému číslu",
    "rodne cislo",
    "rodneho cisla",
    "rč",
    "r.č.",
    "r. č.",
    "birth number",
    "personal number",
    "geburtsnummer",
    "numéro de naissance",
    "numero di nascita",
    "geboortenummer",
];

const WITH_CONTEXT: f32 = 0.95;
/// `YYMMDD/XXXX` with a valid date and check digit: distinctive alone.
const SLASH_FORM: f32 = 0.85;
/// Below the engine's threshold: solid and 9-digit numbers need context.
const WEAK_FORM: f32 = 0.35;

/// How the number is written.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Form {
    Slash,
    Solid,
}

pub(crate) fn detect(input: &Input<'_>, out: &mut Vec<Candidate>) {
    let mut near = Near::new(input.lower, CONTEXT);
    for run in long_runs(input, b"/ ", 9) {
        for len in [10, 9] {
            each_candidate(input.text, &run, len, |span, _| {
                out.extend(candidate(input, &mut near, span))
            });
        }
    }
}

fn candidate(input: &Input<'_>, near: &mut Near<'_>, span: Range<usize>) -> Option<Candidate> {
    let form = form(input.text, &span)?;
    let ten = digits::<10>(input.text, &span);
    let valid = match ten {
        Some(d) => valid_ten(&d),
        None => digits::<9>(input.text, &span).is_some_and(|d| valid_nine(&d)),
    };
    if !valid || !standalone(input.text, &span) {
        return None;
    }
    let strong = form == Form::Slash && ten.is_some();
    near.judge(&JUDGEMENT, span, (50, 30), || {
        if strong {
            SLASH_FORM
        } else {
            WEAK_FORM
        }
    })
}

const JUDGEMENT: Judgement = Judgement {
    rule: "cz_birth_number",
    with_context: WITH_CONTEXT,
    near_reason: "birth number date and check valid",
    form_reason: "birth number date and check digit valid",
};

/// Slash or space after the six date digits, or nothing at all.
fn form(text: &str, span: &Range<usize>) -> Option<Form> {
    let value = &text.as_bytes()[span.clone()];
    let mut separators = value
        .iter()
        .enumerate()
        .filter(|(_, b)| !b.is_ascii_digit());
    match (separators.next(), separators.next()) {
        (None, _) => Some(Form::Solid),
        (Some((6, b'/')), None) => Some(Form::Slash),
        (Some((6, b' ')), None) => Some(Form::Solid),
        _ => None,
    }
}

fn valid_ten(d: &[u8; 10]) -> bool {
    let yy = number(&d[..2]);
    let year = if yy >= 54 { 1900 + yy } else { 2000 + yy };
    let check = u64::from(number(&d[..9])) % 11 % 10;
    date_valid(year, number(&d[2..4]), number(&d[4..6])) && check == u64::from(d[9])
}

/// Nine digits: issued until the end of 1953, without a check digit.
fn valid_nine(d: &[u8; 9]) -> bool {
    let yy = number(&d[..2]);
    yy <= 53 && date_valid(1900 + yy, number(&d[2..4]), number(&d[4..6]))
}

/// The encoded month: +50 for women, +20 (men) or +70 (women) since 2004.
fn date_valid(year: u32, month: u32, day: u32) -> bool {
    let month = match month {
        1..=12 => month,
        51..=62 => month - 50,
        21..=32 if year >= 2004 => month - 20,
        71..=82 if year >= 2004 => month - 70,
        _ => return false,
    };
    valid_day(day, month, is_leap(year))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Policy, Scanner};

    fn found(text: &str) -> Vec<(String, &'static str)> {
        Scanner::new(Policy::default())
            .scan(text)
            .into_iter()
            .map(|f| {
                (
                    text[f.span.clone()].to_owned(),
                    if f.rule == "cz_birth_number" {
                        "rc"
                    } else {
                        "other"
                    },
                )
            })
            .collect()
    }

    #[test]
    fn ten_digit_numbers_follow_the_mod_eleven_rule() {
        for (number, ok, why) in [
            ("8503121231", true, "divisible by 11"),
            ("8503121232", false, "wrong check digit"),
            ("8001010040", true, "remainder 10 gives check digit 0"),
            ("9255170452", true, "a woman: month + 50"),
            ("0621040882", true, "month + 20 after 2004"),
            ("9821040889", false, "month + 20 before 2004"),
            ("1002293105", false, "29 February 2010"),
        ] {
            let d = digits::<10>(number, &(0..10)).expect("10 digits");
            assert_eq!(valid_ten(&d), ok, "{number}: {why}");
        }
    }

    #[test]
    fn nine_digit_numbers_end_in_1953() {
        let d = |s: &str| digits::<9>(s, &(0..9)).expect("9 digits");
        assert!(valid_nine(&d("480115123")));
        assert!(valid_nine(&d("520229123")), "1952 was a leap year");
        assert!(!valid_nine(&d("530229123")));
        assert!(!valid_nine(&d("580115123")));
    }

    #[test]
    fn the_slash_form_stands_alone_and_the_solid_form_needs_context() {
        assert_eq!(found("viz 850312/1231"), [("850312/1231".to_owned(), "rc")]);
        assert!(found("viz 8503121231").iter().all(|(_, r)| *r != "rc"));
        assert_eq!(found("RČ: 8503121231"), [("8503121231".to_owned(), "rc")]);
    }

    #[test]
    fn the_whole_number_is_one_finding_even_near_a_birth_word() {
        assert_eq!(
            found("narozen, rodné číslo 850312/1231"),
            [("850312/1231".to_owned(), "rc")]
        );
    }
}
