//! `date_of_birth`: Dates near a birth context word.
//!
//! A date alone is not personal data; a date next to "geboren", "né le",
//! "DOB" is. So the detector first finds the birth words (one vectorised
//! `contains` per word decides whether to look at all), then reads dates
//! only in the windows around them: up to about 40 characters after the
//! word ("geboren am 12. März 1985") or 20 before it ("am 12.3.1985
//! geboren"). Dates are numeric (31.12.1985, 31/12/1985, 1985-12-31,
//! 31. 12. 1985, 12.03.85) or written with a month name in German, French,
//! Italian, Dutch, Czech or English, and must be real calendar dates.
//! Birthday words ("Geburtstag", "birthday") are weaker: the date may be a
//! party's. A birth number holding a date is `cz_birth_number`'s.

use std::ops::Range;

use super::contact_common::{may_hold, second_bit, ShapeSet};
use super::ids_b_common::{is_leap, valid_day};
use super::util::{is_word_byte, word_end, word_start};
use super::{Candidate, Input, RuleSpec, Span};
use crate::Category;

pub(crate) const RULES: &[RuleSpec] = &[RuleSpec {
    id: "date_of_birth",
    category: Category::Personal,
    description: describe!(
        "Valid calendar dates, numeric or with month names in de, fr, it, nl, cs and en, \
                  reported only within about 40 characters after (or 20 before) a birth word: \
                  geboren, Geburtsdatum, né le, date de naissance, nato il, geboren op, narozen, \
                  born, date of birth, DOB, birthday."
    ),
    priority: 50,
    matches: examples![
        (
            "Der Kunde ist am 12. März 1985 geboren, bitte prüfen",
            "12. März 1985",
        ),
        ("Geburtsdatum: 31.12.1985, Wohnort Bern", "31.12.1985"),
        ("Elle est née le 3 mars 1990 à Lyon", "3 mars 1990"),
        (
            "Mario Rossi, nato il 5 maggio 1980 a Milano",
            "5 maggio 1980",
        ),
        ("Mijn geboortedatum is 12 januari 1975", "12 januari 1975"),
        (
            "Pan Novák, narozen 5. května 1980, bytem Brno",
            "5. května 1980",
        ),
        ("She was born on March 12, 1985 in Leeds", "March 12, 1985"),
        ("DOB 1985-12-31 per the form", "1985-12-31"),
        ("Datum narození: 7. 4. 1968", "7. 4. 1968"),
        ("Narodila jsem se 9. 11. 1991 v Olomouci", "9. 11. 1991"),
        ("geb. 03.07.62 in Graz", "03.07.62"),
        (
            "Can you confirm his date of birth? We have 24/10/1957 on file.",
            "24/10/1957",
        ),
        ("Datum narození? V systému je 3. 5. 1971.", "3. 5. 1971"),
    ],
    ignores: examples![
        (
            "Meeting am 12.03.2025 um 10 Uhr",
            "a date without a birth word",
        ),
        ("Invoice dated 31/12/2024, due in 30 days", "no birth word"),
        ("Geburtsdatum: 31.02.1985", "31 February is not a date"),
        (
            "Geboren 1985, seit 01.01.2020 bei uns",
            "the birth word goes with a year, the date is another",
        ),
        ("NATO summit on 11 July 2023 in Vilnius", "NATO is not nato"),
        (
            "born to run, released 1975; tour dates 12.08.2024 and more to come later",
            "a year and a sentence break stand between word and date",
        ),
        ("Score 3.2.1 and version 1.2.1985", "not near a birth word"),
        (
            "Date of birth? No idea. The meeting is on 12.03.2025.",
            "the question is not answered before the sentence ends",
        ),
    ],
}];

/// Birth words grouped under a prefix they share (its first two bytes feed
/// `BIRTH_PAIRS`); `true` marks a birthday word, which is weaker (the date
/// may be a party's).
const WORDS: &[(&str, &[(&str, bool)])] = &[
    (
        "geb",
        &[
            ("geboren", false),
            ("geb", false),
            ("geburtsdatum", false),
            ("geboortedatum", false),
            ("geburtstag", true),
        ],
    ),
    ("jahrgang", &[("jahrgang", false)]),
    ("né", &[("né", false), ("née", false)]),
    ("naissance", &[("naissance", false)]),
    ("nat", &[("nato", false), ("nata", false)]),
    ("nascita", &[("nascita", false)]),
    (
        "nar",
        &[
            ("narozen", false),
            ("narozena", false),
            ("narozený", false),
            ("narozená", false),
            // The past tense of "be born": "narodila jsem se 3. 5. 1990".
            ("narodil", false),
            ("narodila", false),
            ("narodili", false),
            ("narození", false),
            ("nar", false),
            ("narozeniny", true),
        ],
    ),
    ("born", &[("born", false)]),
    (
        "birth",
        &[("birth", false), ("birthdate", false), ("birthday", true)],
    ),
    ("dob", &[("dob", false)]),
    ("d.o.b", &[("d.o.b", false)]),
    ("verjaardag", &[("verjaardag", true)]),
    ("compleanno", &[("compleanno", true)]),
];

/// How far a date may start after the word, and end before it, in chars.
const AFTER: usize = 40;
const BEFORE: usize = 20;
/// Longest date text ("31. prosince 1985" is 18 bytes).
const MAX_DATE: usize = 32;

const STRONG: f32 = 0.85;
const WEAK: f32 = 0.65;

/// A birth word found in the text.
struct Word {
    span: Range<usize>,
    word: &'static str,
    weak: bool,
}

pub(crate) fn detect(input: &Input<'_>, out: &mut Vec<Candidate>) {
    let words = birth_words(input);
    if words.is_empty() {
        return;
    }
    let dates = dates_near(input, &words);
    let mut reported = vec![false; dates.len()];
    for word in &words {
        let Some(i) = date_for(input.text, word, &dates) else {
            continue;
        };
        if !std::mem::replace(&mut reported[i], true) {
            let confidence = if word.weak { WEAK } else { STRONG };
            let reason = format!("date near '{}'", word.word);
            out.push(Candidate::new(
                "date_of_birth",
                dates[i].clone(),
                confidence,
                reason,
            ));
        }
    }
}

/// Every birth word, sorted by position.
///
/// Visits only word starts (the shared word runs), and tries the words only
/// where the first two bytes begin some birth word; one `match_indices` pass
/// per word cost a tenth of a scan, and a test at every byte still cost more
/// than the rest of the detector (issue 2). No word is a prefix of another
/// that also ends at a word end, so at most one word matches at a start.
fn birth_words(input: &Input<'_>) -> Vec<Word> {
    let lower = input.lower;
    let mut words = Vec::new();
    for at in input.word_runs().iter().map(|run| run.start()) {
        let pair = lower.as_bytes().get(at..at + 2);
        if !pair.is_some_and(|pair| may_hold(&BIRTH_PAIRS, pair)) {
            continue;
        }
        let Some((word, weak)) = birth_word_at(lower, at) else {
            continue;
        };
        let span = at..at + word.len();
        // The alliance, not Italian "born".
        if &input.text[span.clone()] != "NATO" {
            words.push(Word { span, word, weak });
        }
    }
    words
}

/// The birth word that stands whole at `at`, with its weakness.
fn birth_word_at(lower: &str, at: usize) -> Option<(&'static str, bool)> {
    let rest = &lower.as_bytes()[at..];
    let (_, words) = WORDS.iter().find(|(prefix, _)| starts_with(rest, prefix))?;
    words
        .iter()
        .find(|(word, _)| starts_with(rest, word) && word_end(lower, at + word.len()))
        .copied()
}

/// `rest.starts_with(word)`, deciding most misses on the second byte
/// without a call to `memcmp`.
fn starts_with(rest: &[u8], word: &str) -> bool {
    let word = word.as_bytes();
    rest.get(1) == word.get(1) && rest.starts_with(word)
}

/// The first two bytes of the birth words, any length (every birth word
/// starts with its group's prefix).
const BIRTH_PAIRS: ShapeSet = {
    let mut set = [0u64; 256];
    let mut i = 0;
    while i < WORDS.len() {
        let prefix = WORDS[i].0.as_bytes();
        set[prefix[0] as usize] |= second_bit(prefix[1]) | !0 << 32;
        i += 1;
    }
    set
};

/// Every date in the windows around `words`, sorted, each read once:
/// `cursor` never moves back, so overlapping windows cost nothing extra.
///
/// A date starts at a word start ([`date_at`] asks for one), so only the
/// word runs inside a window are tried, not its bytes: the windows hold a
/// fifth of a chatty text and trying each byte cost most of the detector
/// (issue 2).
fn dates_near(input: &Input<'_>, words: &[Word]) -> Vec<Range<usize>> {
    let runs = input.word_runs();
    let mut dates: Vec<Range<usize>> = Vec::new();
    let mut cursor = 0;
    let mut first = 0;
    for word in words {
        let from = cursor.max(word.span.start.saturating_sub(4 * BEFORE + MAX_DATE));
        let to = (word.span.end + 4 * AFTER).min(input.text.len());
        first = first_run_from(runs, first, from);
        for run in runs[first..].iter().take_while(|run| run.start() < to) {
            if run.start() < cursor || !may_start_date(input.text.as_bytes(), *run) {
                continue;
            }
            if let Some(date) = date_at(input, run.start()) {
                cursor = date.end;
                dates.push(date);
            }
        }
        cursor = cursor.max(to);
    }
    dates
}

/// A cheap necessary condition for [`date_at`] at the start of `run`: a
/// digit, or a month name (3 to 9 letters, so the whole run) before a space
/// or an abbreviation's dot. Most words of a window fail it.
fn may_start_date(text: &[u8], run: Span) -> bool {
    let month_sized = (3..=9).contains(&(run.end() - run.start()));
    text[run.start()].is_ascii_digit()
        || (month_sized && matches!(text.get(run.end()), Some(b' ' | b'.')))
}

/// The index of the first run starting at or after `from`, given that none
/// before `hint` does. Gallops forward from `hint`: windows move forward by
/// a few hundred bytes, and a binary search over all runs missed the cache
/// at every step.
fn first_run_from(runs: &[Span], hint: usize, from: usize) -> usize {
    let mut low = hint;
    let mut step = 1;
    while low + step < runs.len() && runs[low + step].start() < from {
        low += step;
        step *= 2;
    }
    let high = (low + step).min(runs.len());
    low + runs[low..high].partition_point(|run| run.start() < from)
}

/// The date chosen for `word`: the first one starting within `AFTER` chars
/// after it, else the last one ending within `BEFORE` chars before it.
fn date_for(text: &str, word: &Word, dates: &[Range<usize>]) -> Option<usize> {
    let next = dates.partition_point(|d| d.start < word.span.end);
    let after = dates
        .get(next)
        .filter(|d| gap_ok(text, word.span.end..d.start, AFTER));
    if after.is_some() {
        return Some(next);
    }
    let prev = dates
        .partition_point(|d| d.end <= word.span.start)
        .checked_sub(1)?;
    gap_ok(text, dates[prev].end..word.span.start, BEFORE).then_some(prev)
}

/// True when the text between a word and a date is short and does not end
/// a sentence or hold a year of its own ("geboren 1985, seit 01.01.2020").
fn gap_ok(text: &str, gap: Range<usize>, max_chars: usize) -> bool {
    if gap.len() > 4 * max_chars
        || !text.is_char_boundary(gap.start)
        || !text.is_char_boundary(gap.end)
    {
        return false;
    }
    let gap = &text[gap];
    // A dot right after the word is an abbreviation ("geb.", "nar."); a
    // question mark closes a question about the birth date, which the
    // next words answer ("date of birth? We have 24/10/1957 on file").
    let body = gap
        .strip_prefix('.')
        .or_else(|| gap.strip_prefix("? "))
        .unwrap_or(gap);
    let has_year = body
        .as_bytes()
        .windows(4)
        .any(|w| w.iter().all(u8::is_ascii_digit));
    gap.chars().count() <= max_chars
        && !has_year
        && !body.contains(". ")
        && !body.contains(['!', '?', ';'])
        && !body.contains("\n\n")
}

/// A date starting at `at`, if one does.
fn date_at(input: &Input<'_>, at: usize) -> Option<Range<usize>> {
    let bytes = input.text.as_bytes();
    let first = *bytes.get(at)?;
    if !word_start(input.text, at) || joined_before(bytes, at) {
        return None;
    }
    let end = if first.is_ascii_digit() {
        iso(bytes, at)
            .or_else(|| numeric(bytes, at))
            .or_else(|| written(input, at))?
    } else if first.is_ascii_alphabetic() {
        month_first(input, at)?
    } else {
        return None;
    };
    (!joined_after(bytes, end)).then_some(at..end)
}

/// A digit and a date separator before `at`: the middle of a longer number.
fn joined_before(bytes: &[u8], at: usize) -> bool {
    at >= 2 && matches!(bytes[at - 1], b'.' | b'/' | b'-' | b',') && bytes[at - 2].is_ascii_digit()
}

/// A word or a digit group glued to the end; an ISO time (`T10:00`) is not.
fn joined_after(bytes: &[u8], end: usize) -> bool {
    let next = bytes.get(end).copied();
    let digit_after = bytes.get(end + 1).is_some_and(u8::is_ascii_digit);
    let iso_time = next == Some(b'T') && digit_after;
    (next.is_some_and(is_word_byte) && !iso_time)
        || matches!(next, Some(b'.' | b'/' | b'-' | b',')) && digit_after
}

/// A number of `min..=max` digits at `at`: its value and end.
fn num(bytes: &[u8], at: usize, min: usize, max: usize) -> Option<(u32, usize)> {
    let len = bytes
        .get(at..)?
        .iter()
        .take(max + 1)
        .take_while(|b| b.is_ascii_digit())
        .count();
    if len < min || len > max {
        return None;
    }
    let value = bytes[at..at + len]
        .iter()
        .fold(0, |n, &b| n * 10 + u32::from(b - b'0'));
    Some((value, at + len))
}

/// `1985-12-31`, also with `/` or `.`.
fn iso(bytes: &[u8], at: usize) -> Option<usize> {
    let (year, at) = num(bytes, at, 4, 4)?;
    let sep = *bytes.get(at).filter(|b| matches!(b, b'-' | b'/' | b'.'))?;
    let (month, at) = num(bytes, at + 1, 1, 2)?;
    (bytes.get(at) == Some(&sep)).then_some(())?;
    let (day, end) = num(bytes, at + 1, 1, 2)?;
    full_date(year, month, day).then_some(end)
}

/// `31.12.1985`, `31. 12. 1985`, `31/12/1985`, `31-12-1985`, `12.03.85`;
/// with slashes also the US order `12/31/1985`.
fn numeric(bytes: &[u8], at: usize) -> Option<usize> {
    let (day, at) = num(bytes, at, 1, 2)?;
    let sep = *bytes.get(at).filter(|b| matches!(b, b'.' | b'/' | b'-'))?;
    let at = skip_space_after(bytes, at + 1, sep);
    let (month, at) = num(bytes, at, 1, 2)?;
    (bytes.get(at) == Some(&sep)).then_some(())?;
    let at = skip_space_after(bytes, at + 1, sep);
    let (year, end) = num(bytes, at, 2, 4)?;
    let valid = match end - at {
        4 => full_date(year, month, day) || sep == b'/' && full_date(year, day, month),
        // Two-digit years only in the dotted and slashed forms people use
        // for their own birth date ("geb. 03.07.62").
        2 if sep != b'-' => valid_day(day, month, year % 4 == 0),
        _ => false,
    };
    valid.then_some(end)
}

/// After a dot, one space may follow ("31. 12. 1985").
fn skip_space_after(bytes: &[u8], at: usize, sep: u8) -> usize {
    if sep == b'.' && bytes.get(at) == Some(&b' ') {
        at + 1
    } else {
        at
    }
}

/// `12. März 1985`, `3 mars 1990`, `1er mai 1990`, `5º maggio 1980`,
/// `12th March, 1985`.
fn written(input: &Input<'_>, at: usize) -> Option<usize> {
    let bytes = input.lower.as_bytes();
    let (day, at) = num(bytes, at, 1, 2)?;
    let at = skip_day_suffix(bytes, at);
    let at = skip_spaces(bytes, at, 0, 2)?;
    // "the 4th of July, 1990"
    let at = if bytes[at..].starts_with(b"of ") {
        at + 3
    } else {
        at
    };
    let (month, at) = month_name(input.lower, at)?;
    let at = if matches!(bytes.get(at), Some(b',')) {
        at + 1
    } else {
        at
    };
    let at = skip_spaces(bytes, at, 1, 2)?;
    let (year, end) = num(bytes, at, 4, 4)?;
    full_date(year, month, day).then_some(end)
}

/// `March 12, 1985`, `March 12th 1985`, `Sept. 3, 1990`.
fn month_first(input: &Input<'_>, at: usize) -> Option<usize> {
    let bytes = input.lower.as_bytes();
    // Cheap test before the table: a short word, then a space and a digit.
    let len = bytes[at..]
        .iter()
        .take(10)
        .take_while(|b| b.is_ascii_alphabetic())
        .count();
    let after = bytes.get(at + len..).unwrap_or_default();
    let after = after.strip_prefix(b".").unwrap_or(after);
    let digit_follows = after
        .iter()
        .take(3)
        .find(|&&b| b != b' ')
        .is_some_and(u8::is_ascii_digit);
    if !(3..=9).contains(&len) || !after.starts_with(b" ") || !digit_follows {
        return None;
    }
    let (month, at) = month_name(input.lower, at)?;
    let at = skip_spaces(bytes, at, 1, 2)?;
    let (day, at) = num(bytes, at, 1, 2)?;
    let at = skip_day_suffix(bytes, at);
    let at = if matches!(bytes.get(at), Some(b',')) {
        at + 1
    } else {
        at
    };
    let at = skip_spaces(bytes, at, 1, 2)?;
    let (year, end) = num(bytes, at, 4, 4)?;
    full_date(year, month, day).then_some(end)
}

/// Skips `.`, `º` or `°`, or a letter suffix `er`, `st`, `nd`, `rd`, `th`
/// that ends the word, after a day number.
fn skip_day_suffix(bytes: &[u8], at: usize) -> usize {
    let rest = bytes.get(at..).unwrap_or_default();
    let mark = [".", "º", "°"]
        .iter()
        .find(|s| rest.starts_with(s.as_bytes()));
    let letters = ["er", "st", "nd", "rd", "th"].iter().find(|s| {
        rest.starts_with(s.as_bytes()) && !rest.get(s.len()).is_some_and(|&b| is_word_byte(b))
    });
    at + mark.or(letters).map_or(0, |s| s.len())
}

/// Skips `min..=max` spaces.
fn skip_spaces(bytes: &[u8], at: usize, min: usize, max: usize) -> Option<usize> {
    let n = bytes
        .get(at..)?
        .iter()
        .take(max + 1)
        .take_while(|&&b| b == b' ')
        .count();
    (min..=max).contains(&n).then_some(at + n)
}

/// The month named at `at` in `lower` and where the name (and an
/// abbreviation's dot) ends.
fn month_name(lower: &str, at: usize) -> Option<(u32, usize)> {
    let bytes = lower.as_bytes();
    if !bytes
        .get(at)
        .is_some_and(|b| b.is_ascii_alphabetic() || *b >= 0x80)
    {
        return None;
    }
    let len = bytes
        .get(at..)?
        .iter()
        .take(12)
        .take_while(|&&b| is_word_byte(b))
        .count();
    let end = at + len;
    let word = lower.get(at..end)?;
    // Length and first byte first: most words are no month at all.
    let first = *word.as_bytes().first()?;
    let same = |name: &&str| name.len() == len && name.as_bytes()[0] == first && *name == word;
    let month = MONTHS.iter().find_map(|row| row.iter().position(same))?;
    let month = month as u32 + 1;
    let end = if bytes.get(end) == Some(&b'.') {
        end + 1
    } else {
        end
    };
    Some((month, end))
}

/// A real date in a plausible birth year.
fn full_date(year: u32, month: u32, day: u32) -> bool {
    (1880..=2030).contains(&year) && valid_day(day, month, is_leap(year))
}

/// Month names in the six languages, one row per spelling, January first
/// (lowercase; rows repeat a name where a language has no variant).
#[rustfmt::skip]
const MONTHS: &[[&str; 12]] = &[
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"],
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"],
    ["januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"],
    ["jänner", "feber", "maerz", "apr", "mai", "jun", "jul", "aug", "sept", "okt", "nov", "dez"],
    ["jan", "feb", "mär", "apr", "mai", "jun", "jul", "aug", "sep", "okt", "nov", "dez"],
    ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre"],
    ["janv", "févr", "mars", "avr", "mai", "juin", "juil", "août", "sept", "oct", "nov", "déc"],
    ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
    ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"],
    ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
    ["ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října", "listopadu", "prosince"],
    ["leden", "únor", "březen", "duben", "květen", "červen", "červenec", "srpen", "září", "říjen", "listopad", "prosinec"],
];

#[cfg(test)]
mod tests {
    use crate::{Policy, Scanner};

    fn found(text: &str) -> Vec<String> {
        Scanner::new(Policy::default())
            .scan(text)
            .into_iter()
            .filter(|f| f.rule == "date_of_birth")
            .map(|f| text[f.span].to_owned())
            .collect()
    }

    #[test]
    fn every_date_form_is_read_near_a_birth_word() {
        for (text, date) in [
            ("geboren am 12.3.1985", "12.3.1985"),
            ("geboren am 31. 12. 1985", "31. 12. 1985"),
            ("born 12/31/1985", "12/31/1985"),
            ("DOB: 1985-12-31", "1985-12-31"),
            ("né le 1er mars 1990", "1er mars 1990"),
            ("nata il 1º maggio 1980", "1º maggio 1980"),
            ("born on the 12th March, 1985", "12th March, 1985"),
            ("born Sept. 3, 1990", "Sept. 3, 1990"),
            ("born on the 4th of July, 1990", "4th of July, 1990"),
            ("Date of birth: 1985-12-31T00:00:00Z", "1985-12-31"),
            ("narozena 3. září 1950", "3. září 1950"),
            ("Narodil se 14. 2. 1977 v Plzni", "14. 2. 1977"),
            ("syn se narodil 1. 6. 2015", "1. 6. 2015"),
            ("geboren op 29-02-2000", "29-02-2000"),
        ] {
            assert_eq!(found(text), [date], "{text}");
        }
    }

    #[test]
    fn impossible_dates_stay_silent() {
        for text in [
            "geboren 29.02.1900",
            "geboren 31.04.1985",
            "born 1985-13-01",
            "geboren 12.03.1700",
        ] {
            assert!(found(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn the_date_before_the_word_counts_when_close() {
        assert_eq!(found("Ich bin am 12.03.1985 geboren."), ["12.03.1985"]);
        assert!(
            found("Termin 12.03.1985, danach lange Pause und dann irgendwann geboren").is_empty()
        );
    }

    #[test]
    fn only_the_first_date_after_the_word_is_the_birth_date() {
        assert_eq!(
            found("geboren 12.03.1985, eingestellt 01.04.2010"),
            ["12.03.1985"]
        );
    }

    #[test]
    fn many_birth_words_and_dates_scan_linearly() {
        let text = "geboren 1.1.1 ".repeat(50_000);
        assert!(found(&text).is_empty());
        let text = "geb. 12.03.1985 ".repeat(20_000);
        assert_eq!(found(&text).len(), 20_000);
    }
}
