//! `passport_mrz`: Machine-readable zones of passports and ID cards with valid ICAO 9303 check digits.
//!
//! An MRZ is two or three lines of capitals, digits and `<`. The scan finds
//! the fillers `<` with memchr and widens each to its run; a run of 30, 36
//! or 44 bytes that stands alone is a possible line, and it and its
//! neighbours across a little whitespace (a line break, or spaces where a
//! messenger joined the lines) are tried as TD1 (3×30), TD2 (2×36) or TD3
//! (2×44). A
//! zone is reported when the document code fits, the name line holds only
//! letters and `<`, the dates are real, and the check digits of document
//! number, birth date, expiry date and the composite all hold. The span
//! covers every line and the breaks between them.

use std::ops::Range;

use super::util::is_word_byte;
use super::{Candidate, Input, RuleSpec};
use crate::Category;

pub(crate) const RULES: &[RuleSpec] = &[RuleSpec {
    id: "passport_mrz",
    category: Category::Personal,
    description: describe!("Machine-readable zones (ICAO 9303) of passports (TD3, 2×44), ID cards and \
                  other travel documents (TD1 3×30, TD2 2×36): document code, name line, real \
                  dates and the check digits of document number, birth date, expiry date and \
                  composite; lines joined by line breaks or spaces. Structure alone decides, \
                  no context word."),
    priority: 99,
    matches: examples![
        (
            "Hier die Passdaten:\nP<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10\nDanke!",
            "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10",
        ),
        (
            "Voici ma carte :\nIDFRAX4RTBPFW46<<<<<<<<<<<<<<<\n9001011F3301018FRA<<<<<<<<<<<4\nMARTIN<<MAELYS<GAELLE<MARIE<<<",
            "IDFRAX4RTBPFW46<<<<<<<<<<<<<<<\n9001011F3301018FRA<<<<<<<<<<<4\nMARTIN<<MAELYS<GAELLE<MARIE<<<",
        ),
        (
            "passaporto: P<ITAROSSI<<MARIO<<<<<<<<<<<<<<<<<<<<<<<<<<< YA12345676ITA7512249M2801050<<<<<<<<<<<<<<<8",
            "P<ITAROSSI<<MARIO<<<<<<<<<<<<<<<<<<<<<<<<<<< YA12345676ITA7512249M2801050<<<<<<<<<<<<<<<8",
        ),
        (
            "Mijn ID:\r\nI<NLDDE<JONG<<PIETER<<<<<<<<<<<<<<<<\r\nSPECI20212NLD6503101M3103108<<<<<<<0\r\n",
            "I<NLDDE<JONG<<PIETER<<<<<<<<<<<<<<<<\r\nSPECI20212NLD6503101M3103108<<<<<<<0",
        ),
        (
            "Občanka:\nIDCZE1234567897<<<<<<<<<<<<<<<\n8503150M2907011CZE<<<<<<<<<<<6\nNOVAK<<JAN<<<<<<<<<<<<<<<<<<<<",
            "IDCZE1234567897<<<<<<<<<<<<<<<\n8503150M2907011CZE<<<<<<<<<<<6\nNOVAK<<JAN<<<<<<<<<<<<<<<<<<<<",
        ),
        (
            "Scan of the Swiss passport\nP<CHEMUSTER<<HANS<<<<<<<<<<<<<<<<<<<<<<<<<<<\nX1234567<7CHE8001014M3012316<<<<<<<<<<<<<<<0",
            "P<CHEMUSTER<<HANS<<<<<<<<<<<<<<<<<<<<<<<<<<<\nX1234567<7CHE8001014M3012316<<<<<<<<<<<<<<<0",
        ),
    ],
    ignores: examples![
        (
            "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C37UTO7408122F1204159ZE184226B<<<<<10",
            "wrong document number check digit",
        ),
        (
            "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<11",
            "wrong composite check digit",
        ),
        ("L898902C36UTO7408122F1204159ZE184226B<<<<<10", "a second line alone is not a zone"),
        ("Das Muster sieht so aus: P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "a name line alone"),
        (
            "Logs:\nAAAABBBBCCCCDDDDEEEEFFFFGGGGHHHHIIIIJJJJKKKK\nAAAABBBBCCCCDDDDEEEEFFFFGGGGHHHHIIIIJJJJKKKK",
            "capitals of the right length but no MRZ structure",
        ),
        (
            "Version 4.2.1, Build 7408122F1204159 <<<<<<<<<<<<<<<<<<<<<<<<<<<< done",
            "fragments, not zone lines",
        ),
    ],
}];

/// True for the bytes an MRZ is written with.
fn is_mrz_byte(b: u8) -> bool {
    b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'<'
}

pub(crate) fn detect(input: &Input<'_>, out: &mut Vec<Candidate>) {
    let b = input.text.as_bytes();
    // Where the last zone ended: no zone may reach back before it.
    let mut floor = 0;
    let mut at = 0;
    // Some line of every zone holds a filler `<`, rare in prose: find the
    // fillers with memchr and widen each to its run. The zone may start at
    // that run or one or two lines before it (a line 1 without filler).
    while let Some(found) = b.get(at..).and_then(|rest| memchr::memchr(b'<', rest)) {
        let run = run_around(b, at, at + found);
        at = run.end;
        if !is_line(b, &run) {
            continue;
        }
        let before = prev_line(b, floor, &run);
        let before2 = before.as_ref().and_then(|l| prev_line(b, floor, l));
        let starts = [before2, before, Some(run)];
        if let Some(span) = starts.into_iter().flatten().find_map(|s| zone_from(b, s)) {
            floor = span.end;
            at = span.end;
            out.push(Candidate::new(
                "passport_mrz",
                span,
                0.99,
                "MRZ check digits valid",
            ));
        }
    }
}

/// The maximal run of MRZ bytes around `inside`, not reaching before `floor`.
fn run_around(b: &[u8], floor: usize, inside: usize) -> Range<usize> {
    let mut start = inside;
    while start > floor && is_mrz_byte(b[start - 1]) {
        start -= 1;
    }
    let mut end = inside;
    while end < b.len() && is_mrz_byte(b[end]) {
        end += 1;
    }
    start..end
}

/// A standalone run of 30, 36 or 44 MRZ bytes.
fn is_line(b: &[u8], run: &Range<usize>) -> bool {
    let alone = (run.start == 0 || !is_word_byte(b[run.start - 1]))
        && b.get(run.end).is_none_or(|&c| !is_word_byte(c));
    alone && matches!(run.len(), 30 | 36 | 44)
}

/// The line after `line`, across a short gap of whitespace: a line break,
/// or the spaces of lines a messenger joined into one.
fn next_line(b: &[u8], line: &Range<usize>) -> Option<Range<usize>> {
    let start = (line.end..b.len().min(line.end + GAP + 1)).find(|&i| !is_blank(b[i]))?;
    let run = run_around(b, start, start);
    (start > line.end && is_line(b, &run)).then_some(run)
}

/// The line before `line`, not reaching before `floor`.
fn prev_line(b: &[u8], floor: usize, line: &Range<usize>) -> Option<Range<usize>> {
    let low = floor.max(line.start.saturating_sub(GAP + 1));
    let end = (low..line.start).rev().find(|&i| !is_blank(b[i]))? + 1;
    let run = run_around(b, floor, end - 1);
    (end < line.start && is_line(b, &run) && run.end == end).then_some(run)
}

/// The most whitespace allowed between two lines of a zone.
const GAP: usize = 8;

fn is_blank(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\r' | b'\n')
}

/// The span of a valid zone whose first line is `first`.
fn zone_from(b: &[u8], first: Range<usize>) -> Option<Range<usize>> {
    let second = next_line(b, &first)?;
    let line = |r: &Range<usize>| &b[r.clone()];
    let last = match first.len() {
        44 => td3(line(&first), line(&second)).then_some(second),
        36 => td2(line(&first), line(&second)).then_some(second),
        _ => {
            let third = next_line(b, &second)?;
            td1(line(&first), line(&second), line(&third)).then_some(third)
        }
    }?;
    Some(first.start..last.end)
}

/// TD3, the passport: `P`, issuing state and name; then the data line.
fn td3(l1: &[u8], l2: &[u8]) -> bool {
    l1.len() == 44
        && l2.len() == 44
        && l1[0] == b'P'
        && header_ok(l1)
        && names_ok(&l1[5..])
        && data_ok(l2)
        && optional_check_ok(&l2[28..42], l2[42])
        && check_ok(&[&l2[0..10], &l2[13..20], &l2[21..43]].concat(), l2[43])
}

/// TD2: like TD3 on 36 columns, with a seven-character optional field.
fn td2(l1: &[u8], l2: &[u8]) -> bool {
    l1.len() == 36
        && l2.len() == 36
        && matches!(l1[0], b'A' | b'C' | b'I')
        && header_ok(l1)
        && names_ok(&l1[5..])
        && data_ok(l2)
        && check_ok(&[&l2[0..10], &l2[13..20], &l2[21..35]].concat(), l2[35])
}

/// TD1, the ID card: document number on line one, dates on line two,
/// name on line three.
fn td1(l1: &[u8], l2: &[u8], l3: &[u8]) -> bool {
    [l1.len(), l2.len(), l3.len()] == [30; 3]
        && matches!(l1[0], b'A' | b'C' | b'I')
        && header_ok(l1)
        && check_ok(&l1[5..14], l1[14])
        && date_check_ok(&l2[0..6], l2[6])
        && sex_ok(l2[7])
        && date_check_ok(&l2[8..14], l2[14])
        && letters(&l2[15..18])
        && check_ok(
            &[&l1[5..30], &l2[0..7], &l2[8..15], &l2[18..29]].concat(),
            l2[29],
        )
        && names_ok(l3)
}

/// Document code letter or filler second, issuing state letters or fillers.
fn header_ok(l1: &[u8]) -> bool {
    (l1[1].is_ascii_uppercase() || l1[1] == b'<') && letters(&l1[2..5])
}

/// TD2 and TD3 data line: document number, nationality, birth date, sex
/// and expiry, each with its check digit.
fn data_ok(l2: &[u8]) -> bool {
    check_ok(&l2[0..9], l2[9])
        && letters(&l2[10..13])
        && date_check_ok(&l2[13..19], l2[19])
        && sex_ok(l2[20])
        && date_check_ok(&l2[21..27], l2[27])
}

/// Male, female, unspecified (X) or not given.
fn sex_ok(c: u8) -> bool {
    matches!(c, b'M' | b'F' | b'X' | b'<')
}

/// A real YYMMDD date (any year) with its check digit.
fn date_check_ok(date: &[u8], check: u8) -> bool {
    let num = |i: usize| (date[i] - b'0') * 10 + (date[i + 1] - b'0');
    date.iter().all(u8::is_ascii_digit)
        && (1..=12).contains(&num(2))
        && (1..=31).contains(&num(4))
        && check_ok(date, check)
}

/// Letters or fillers only, as in a country code or a name.
fn letters(field: &[u8]) -> bool {
    field.iter().all(|&c| c.is_ascii_uppercase() || c == b'<')
}

/// A name field: letters and fillers, starting with a letter.
fn names_ok(field: &[u8]) -> bool {
    field.first().is_some_and(u8::is_ascii_uppercase) && letters(field)
}

/// The check of an optional field: an empty one (all `<`) may carry `<`.
fn optional_check_ok(field: &[u8], check: u8) -> bool {
    if check == b'<' {
        return field.iter().all(|&c| c == b'<');
    }
    check_ok(field, check)
}

/// ICAO 9303 check digit: weights 7, 3, 1 over digit values, letters as
/// 10–35 and `<` as 0.
fn check_ok(field: &[u8], check: u8) -> bool {
    let value = |c: u8| match c {
        b'0'..=b'9' => u32::from(c - b'0'),
        b'A'..=b'Z' => u32::from(c - b'A') + 10,
        _ => 0,
    };
    let sum: u32 = field
        .iter()
        .zip([7, 3, 1].iter().cycle())
        .map(|(&c, w)| value(c) * w)
        .sum();
    check.is_ascii_digit() && sum % 10 == u32::from(check - b'0')
}

#[cfg(test)]
mod tests {
    use super::*;

    const TD3: &str = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10";
    const TD1: &str = "I<UTOD231458907<<<<<<<<<<<<<<<\n7408122F1204159UTO<<<<<<<<<<<6\nERIKSSON<<ANNA<MARIA<<<<<<<<<<";
    const TD2: &str = "I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<\nD231458907UTO7408122F1204159<<<<<<<6";

    fn found(text: &str) -> Vec<&str> {
        crate::detect::testing::values(detect, text)
    }

    #[test]
    fn the_icao_specimens_of_all_three_formats_are_found() {
        for zone in [TD3, TD1, TD2] {
            assert_eq!(found(&format!("see:\n{zone}\nthanks")), [zone]);
        }
    }

    #[test]
    fn every_single_changed_digit_in_the_data_line_is_caught() {
        let line2 = TD3.find('\n').map_or(0, |i| i + 1);
        for i in line2..TD3.len() {
            let mut bytes = TD3.as_bytes().to_vec();
            if !bytes[i].is_ascii_digit() {
                continue;
            }
            bytes[i] = if bytes[i] == b'9' { b'0' } else { bytes[i] + 1 };
            let changed = String::from_utf8(bytes).unwrap_or_default();
            assert!(found(&changed).is_empty(), "digit at {i}");
        }
    }

    #[test]
    fn check_digit_weights_are_seven_three_one_with_letters_from_ten() {
        assert!(check_ok(b"L898902C3", b'6'));
        assert!(check_ok(b"740812", b'2'));
        assert!(check_ok(b"<<<<<<<<<<<<<<", b'0'));
        assert!(optional_check_ok(b"<<<<<<<<<<<<<<", b'<'));
        assert!(!optional_check_ok(b"ZE184226B<<<<<", b'<'));
        assert!(!check_ok(b"<<<<<<<<<", b'<'));
    }

    #[test]
    fn lines_glued_to_other_text_or_far_apart_are_not_a_zone() {
        let (l1, l2) = TD3.split_once('\n').unwrap_or_default();
        assert!(found(&format!("{l1}x\n{l2}")).is_empty());
        assert!(found(&format!("{l1}\nand then\n{l2}")).is_empty());
        assert_eq!(found(&format!("{l1}  {l2}")).len(), 1);
    }

    #[test]
    fn lines_without_any_filler_are_still_part_of_the_zone() {
        // TD1 with a full optional field: the search lands on line 2 and
        // looks back. TD3 with a full personal number: line 2 has no `<`.
        let td1 = "IDUTOD231458907ABCDEFGHIJKLMNO\n7408122F1204159UTO<<<<<<<<<<<1\nERIKSSON<<ANNA<MARIA<<<<<<<<<<";
        let td3 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B1234X46";
        assert_eq!(found(&format!("ID: {td1}.")), [td1]);
        assert_eq!(found(&format!("PP: {td3}.")), [td3]);
    }

    #[test]
    fn an_impossible_date_or_sex_is_rejected() {
        assert!(
            !date_check_ok(b"741312", b'8'),
            "month 13 with a matching check digit"
        );
        assert!(date_check_ok(b"740812", b'2'));
        assert!(!sex_ok(b'Q'));
    }

    #[test]
    fn long_runs_of_mrz_bytes_and_multibyte_text_never_panic() {
        let long = "<".repeat(100_000);
        assert!(found(&long).is_empty());
        let _ = found("Ü<<<<<<<<<<<<<<<<<<<<<<<<<<<<<\nÉ");
    }
}
