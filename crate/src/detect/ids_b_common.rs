//! Helpers the national-identifier detectors share: allocation-free digit
//! runs, the candidates a run offers, a cheap keyword prefilter and the
//! neighbourhoods that make a number something else (a phone, an order).

use std::cell::OnceCell;
use std::ops::Range;

use super::util::{is_word_byte, word_end, word_start};
use super::{Candidate, Input, Span};

/// A maximal run of digit groups joined by single separators, such as
/// `12 345 678 901`, starting and ending at a word boundary.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Run {
    /// Byte span from the first to the last digit.
    pub span: Range<usize>,
    /// How many digits the run holds.
    pub digits: usize,
    /// How many solid digit groups the run holds.
    pub groups: usize,
}

/// Every digit run of `text` whose groups are joined by one of `separators`;
/// `groups` are the text's digit groups ([`Input::digit_groups`]).
///
/// Costs per digit group, not per byte of text, because the groups were
/// found once per scan for every number detector (issue 2). Each group
/// belongs to one run, the longest that holds it, as when the text was read
/// byte by byte: a run that fails its word boundaries is dropped whole.
///
/// [`Input::digit_groups`]: super::Input::digit_groups
pub(crate) fn runs<'a>(
    text: &'a str,
    groups: &'a [Span],
    separators: &'a [u8],
) -> impl Iterator<Item = Run> + 'a {
    let bytes = text.as_bytes();
    chains(text, groups, separators).filter(move |run| {
        // After `+`, every group of the run belongs to a phone number.
        let phone = run.span.start > 0 && bytes[run.span.start - 1] == b'+';
        word_start(text, run.span.start) && word_end(text, run.span.end) && !phone
    })
}

/// Every maximal run of `groups` joined by single `separators`, whatever
/// stands around it.
pub(crate) fn chains<'a>(
    text: &'a str,
    groups: &'a [Span],
    separators: &'a [u8],
) -> impl Iterator<Item = Run> + 'a {
    let mut next = 0;
    std::iter::from_fn(move || read_run(text.as_bytes(), groups, &mut next, separators))
}

/// The run that starts with `groups[*next]`, joining the groups after it
/// while a single separator stands between two; moves `next` past them.
fn read_run(bytes: &[u8], groups: &[Span], next: &mut usize, separators: &[u8]) -> Option<Run> {
    let first = groups.get(*next)?;
    let mut run = Run {
        span: first.range(),
        digits: first.range().len(),
        groups: 1,
    };
    *next += 1;
    while let Some(group) = groups.get(*next) {
        let joined = group.start() == run.span.end + 1 && separators.contains(&bytes[run.span.end]);
        if !joined {
            break;
        }
        run.span.end = group.end();
        run.digits += group.range().len();
        run.groups += 1;
        *next += 1;
    }
    Some(run)
}

/// The separators [`long_numbers`] joins groups across; every number
/// detector's separators are among them.
const LONG_NUMBER_SEPARATORS: &[u8] = b" .-/";

/// The fact behind [`Input::long_numbers`]: the index ranges of `groups`
/// that form maximal numbers across [`LONG_NUMBER_SEPARATORS`] with at
/// least 8 digits or 4 groups.
///
/// Guarantees that a run of any detector with 8 or more digits (or 4 or
/// more groups) lies inside one of them, because its separators are among
/// these, so every run joined by them is part of one such number.
///
/// [`Input::long_numbers`]: super::Input::long_numbers
pub(crate) fn long_numbers(text: &str, groups: &[Span]) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let mut next = 0;
    while next < groups.len() {
        let first = next;
        let mut digits = groups[next].range().len();
        next += 1;
        while let Some(group) = groups.get(next) {
            let end = groups[next - 1].end();
            if group.start() != end + 1 || !LONG_NUMBER_SEPARATORS.contains(&bytes[end]) {
                break;
            }
            digits += group.range().len();
            next += 1;
        }
        if digits >= 8 || next - first >= 4 {
            found.push(first..next);
        }
    }
    found
}

/// The digit groups of each of the scan's long numbers
/// ([`Input::long_numbers`]) that span at least `min_digits` bytes, in
/// order: a number too short to hold a run of `min_digits` digits is
/// skipped at the cost of two loads.
///
/// [`Input::long_numbers`]: super::Input::long_numbers
pub(crate) fn long_number_groups<'a>(
    input: &'a Input<'_>,
    min_digits: usize,
) -> impl Iterator<Item = &'a [Span]> {
    let groups = input.digit_groups();
    input.long_numbers().iter().filter_map(move |number| {
        let groups = &groups[number.clone()];
        let (first, last) = (groups.first()?, groups.last()?);
        (last.end() - first.start() >= min_digits).then_some(groups)
    })
}

/// The [`runs`] of the scan's long numbers that may hold `min_digits`
/// digits: every run with at least that many (8 or more), and some
/// shorter ones, in order.
///
/// Collected in two plain loops: a `flat_map` of the numbers' runs, read
/// one `next` at a time by each detector, cost more than the runs
/// themselves (issue 2).
pub(crate) fn long_runs(
    input: &Input<'_>,
    separators: &[u8],
    min_digits: usize,
) -> std::vec::IntoIter<Run> {
    debug_assert!(min_digits >= 8, "shorter runs may lie outside long numbers");
    let mut found = Vec::new();
    for groups in long_number_groups(input, min_digits) {
        found.extend(runs(input.text, groups, separators));
    }
    found.into_iter()
}

/// The solid digit groups inside `span`.
pub(crate) fn groups(text: &str, span: Range<usize>) -> impl Iterator<Item = Range<usize>> + '_ {
    let bytes = &text.as_bytes()[..span.end];
    let mut at = span.start;
    std::iter::from_fn(move || {
        let start = at + bytes.get(at..)?.iter().position(u8::is_ascii_digit)?;
        let len = bytes[start..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count();
        at = start + len;
        Some(start..at)
    })
}

/// Calls `found` with each span of `run` that holds exactly `n` digits: the
/// whole run (grouped when it has several groups), or else each solid group
/// of `n` digits, so that "BSN 123456782 2 kinderen" still offers the BSN.
pub(crate) fn each_candidate(
    text: &str,
    run: &Run,
    n: usize,
    mut found: impl FnMut(Range<usize>, bool),
) {
    if run.digits == n {
        found(run.span.clone(), run.groups > 1);
    } else if run.groups > 1 {
        for group in groups(text, run.span.clone()).filter(|g| g.len() == n) {
            found(group, false);
        }
    }
}

/// Offers `judge` every standalone span of the scan that holds exactly `N`
/// digits (see `each_candidate`): its digits, its span, whether it is
/// grouped, and the rule's context lookups (`context`) for the scan.
///
/// Reads only the runs joined by spaces inside the scan's long numbers
/// ([`Input::long_space_runs`]): a run with fewer than `N` digits offers no
/// span, and every run with `N` (at least 8) or more lies in a long number. The
/// detectors used to share every space-joined run of the text, a fact that
/// cost more than all three of them (issue 2).
pub(crate) fn each_number<const N: usize>(
    input: &Input<'_>,
    context: &'static [&'static str],
    out: &mut Vec<Candidate>,
    mut judge: impl FnMut(&mut Near<'_>, [u8; N], Range<usize>, bool) -> Option<Candidate>,
) {
    let mut near = Near::new(input.lower, context);
    for run in input.long_space_runs() {
        each_candidate(input.text, run, N, |span, grouped| {
            let Some(d) = digits::<N>(input.text, &span) else {
                return;
            };
            if standalone(input.text, &span) {
                out.extend(judge(&mut near, d, span, grouped));
            }
        });
    }
}

/// The ASCII digits of `text[span]` as values, when there are exactly `N`.
pub(crate) fn digits<const N: usize>(text: &str, span: &Range<usize>) -> Option<[u8; N]> {
    let mut out = [0u8; N];
    let mut len = 0;
    for b in text.as_bytes()[span.clone()]
        .iter()
        .filter(|b| b.is_ascii_digit())
    {
        *out.get_mut(len)? = b - b'0';
        len += 1;
    }
    (len == N).then_some(out)
}

/// True when the number at `span` stands on its own: not the tail of an
/// international phone number (`+`), not a URL path or fraction (`/`), not
/// part of a decimal or thousands-separated number (`1,234567890`).
pub(crate) fn standalone(text: &str, span: &Range<usize>) -> bool {
    let bytes = text.as_bytes();
    let before = |i: usize| {
        span.start
            .checked_sub(i)
            .and_then(|at| bytes.get(at))
            .copied()
    };
    let after = |i: usize| bytes.get(span.end + i).copied();
    let digit = |b: Option<u8>| b.is_some_and(|b| b.is_ascii_digit());
    let joins = |b: Option<u8>| matches!(b, Some(b'.' | b',' | b'/' | b':'));
    !(matches!(before(1), Some(b'+' | b'/' | b'#'))
        || (joins(before(1)) && digit(before(2)))
        || (joins(after(0)) && digit(after(1))))
}

/// True when any of `words` occurs anywhere in `lower`; a cheap prefilter
/// (`str::contains` is vectorised) before looking at each candidate.
pub(crate) fn any_present(lower: &str, words: &[&str]) -> bool {
    words
        .iter()
        .any(|w| lower.contains(w.trim_end_matches('*')))
}

/// [`any_present`] for one scan, asked at most once and only when a
/// candidate has passed its checksum: the answer is the same whenever it is
/// asked, and most texts never hold such a candidate, so the search of the
/// whole text for each stem is mostly saved (issue 2).
pub(crate) struct Stems<'a> {
    lower: &'a str,
    stems: &'static [&'static str],
    present: OnceCell<bool>,
}

impl<'a> Stems<'a> {
    pub(crate) fn new(lower: &'a str, stems: &'static [&'static str]) -> Self {
        Stems {
            lower,
            stems,
            present: OnceCell::new(),
        }
    }

    /// True when any of the stems occurs anywhere in the text.
    pub(crate) fn present(&self) -> bool {
        *self
            .present
            .get_or_init(|| any_present(self.lower, self.stems))
    }
}

/// One rule's context words, looked up around candidates.
///
/// Only the candidate's small window is searched, in one pass that tries
/// the words at each word start whose first byte some word has. An earlier
/// version first checked which words occur in the whole text (one
/// `contains` per word and per detector) and then searched the window once
/// per word; that cost about a sixth of a scan on long texts (issue 2),
/// while the candidates that reach a context lookup are rare, because they
/// must pass their checksum first. A trailing `*` matches any word ending,
/// as in `util::find_word`.
pub(crate) struct Context<'a> {
    lower: &'a str,
    words: WordSet<'static>,
}

impl<'a> Context<'a> {
    pub(crate) fn new(lower: &'a str, words: &'static [&'static str]) -> Self {
        Context {
            lower,
            words: WordSet::new(words),
        }
    }

    /// The first word (in list order) that starts within `before` bytes
    /// before `span` (and ends before it) or within `after` bytes after it.
    pub(crate) fn near(
        &mut self,
        span: &Range<usize>,
        before: usize,
        after: usize,
    ) -> Option<&'static str> {
        let before = span.start.saturating_sub(before)..span.start;
        let after = span.end..(span.end + after).min(self.lower.len());
        let in_before = self.first_word(before, span.start);
        let in_after = self.first_word(after, usize::MAX);
        let best = match (in_before, in_after) {
            (Some(a), Some(b)) => a.min(b),
            (a, b) => a.or(b)?,
        };
        Some(self.words.word(best))
    }

    /// The lowest index of a word that starts in `starts` at a word start
    /// and ends at a word end no later than `limit`.
    fn first_word(&self, starts: Range<usize>, limit: usize) -> Option<usize> {
        let bytes = self.lower.as_bytes();
        let mut best: Option<usize> = None;
        for at in starts {
            let mut tried = self.words.starting_with(bytes[at]);
            if tried == 0 || !word_start(self.lower, at) {
                continue;
            }
            // Only words ranked before the best so far can improve on it.
            if let Some(best) = best {
                tried &= (1 << best) - 1;
            }
            best = WordSet::ranks(tried)
                .find(|&i| {
                    word_at(self.lower, at, self.words.word(i)).is_some_and(|end| end <= limit)
                })
                .or(best);
        }
        best
    }
}

/// Context words sorted by their first byte, so that a word start is
/// compared only with the words that begin with its byte. Comparing every
/// word at every start whose byte some word has showed up first in
/// profiles (issue 2).
pub(crate) struct WordSet<'w> {
    words: &'w [&'static str],
    /// For each byte: 0, or 1 + the index in `starting` of its words.
    class: [u8; 256],
    /// For each first byte of a word, the words (bit `i` for `words[i]`)
    /// that start with it.
    starting: [u64; 64],
}

impl<'w> WordSet<'w> {
    /// # Panics
    ///
    /// When `words` holds more than 64 words; the lists are constants, and
    /// a test runs every one of them.
    pub(crate) fn new(words: &'w [&'static str]) -> Self {
        assert!(
            words.len() <= 64,
            "a context word list holds at most 64 words"
        );
        let mut set = WordSet {
            words,
            class: [0; 256],
            starting: [0; 64],
        };
        let mut classes = 0;
        for (i, word) in words.iter().enumerate() {
            let Some(&first) = word.as_bytes().first() else {
                continue;
            };
            let class = &mut set.class[usize::from(first)];
            if *class == 0 {
                classes += 1;
                *class = classes;
            }
            set.starting[usize::from(*class - 1)] |= 1 << i;
        }
        set
    }

    /// The words that start with `b`, as a set of ranks (0 for none).
    pub(crate) fn starting_with(&self, b: u8) -> u64 {
        match self.class[usize::from(b)] {
            0 => 0,
            class => self.starting[usize::from(class - 1)],
        }
    }

    /// The ranks in `set`, lowest first.
    pub(crate) fn ranks(mut set: u64) -> impl Iterator<Item = usize> {
        std::iter::from_fn(move || {
            let rank = set.trailing_zeros() as usize;
            set &= set.wrapping_sub(1);
            (rank < 64).then_some(rank)
        })
    }

    /// The word of rank `i`.
    pub(crate) fn word(&self, i: usize) -> &'static str {
        self.words[i]
    }
}

/// The end of `word` when it occurs at `at` as a whole word; `at` must be a
/// word start.
fn word_at(lower: &str, at: usize, word: &str) -> Option<usize> {
    let (stem, open_end) = match word.strip_suffix('*') {
        Some(stem) => (stem.as_bytes(), true),
        None => (word.as_bytes(), false),
    };
    let bytes = lower.as_bytes();
    if stem.is_empty() || !stands_at(bytes, at, stem) {
        return None;
    }
    let mut end = at + stem.len();
    while open_end && end < bytes.len() && is_word_byte(bytes[end]) {
        end += 1;
    }
    word_end(lower, end).then_some(end)
}

/// True when `stem` stands in `bytes` at `at`. Compares byte by byte:
/// context words are short, and `starts_with` calls `memcmp`, whose call
/// costs more than the comparison.
pub(crate) fn stands_at(bytes: &[u8], at: usize, stem: &[u8]) -> bool {
    bytes
        .get(at..)
        .and_then(|rest| rest.get(..stem.len()))
        .is_some_and(|head| head.iter().zip(stem).all(|(a, b)| a == b))
}

/// A number detector's context lookups for one scan.
pub(crate) struct Near<'a> {
    own: Context<'a>,
    other: Context<'a>,
}

impl<'a> Near<'a> {
    pub(crate) fn new(lower: &'a str, own: &'static [&'static str]) -> Self {
        Near {
            own: Context::new(lower, own),
            other: Context::new(lower, OTHER_NUMBER_WORDS),
        }
    }

    /// The rule's own context word around `span`.
    pub(crate) fn word(
        &mut self,
        span: &Range<usize>,
        before: usize,
        after: usize,
    ) -> Option<&'static str> {
        self.own.near(span, before, after)
    }

    /// True when a word of another kind of number stands just before `span`.
    pub(crate) fn other_number(&mut self, span: &Range<usize>) -> bool {
        self.other.near(span, 30, 0).is_some()
    }

    /// The usual judgement of a number whose checks passed: with one of
    /// the rule's context words within `before`/`after` bytes, confident
    /// and naming the word; else silent when a word of another kind of
    /// number stands before it (an order or phone number that happens to
    /// pass); else the confidence its form alone earns (`form()`).
    pub(crate) fn judge(
        &mut self,
        how: &Judgement,
        span: Range<usize>,
        (before, after): (usize, usize),
        form: impl FnOnce() -> f32,
    ) -> Option<Candidate> {
        if let Some(word) = self.word(&span, before, after) {
            let reason = format!("{}, near '{word}'", how.near_reason);
            return Some(Candidate::new(how.rule, span, how.with_context, reason));
        }
        if self.other_number(&span) {
            return None;
        }
        Some(Candidate::new(how.rule, span, form(), how.form_reason))
    }
}

/// What `Near::judge` reports for one rule.
pub(crate) struct Judgement {
    pub rule: &'static str,
    /// Confidence with a context word.
    pub with_context: f32,
    /// The reason with a context word, before ", near '…'".
    pub near_reason: &'static str,
    /// The reason without one.
    pub form_reason: &'static str,
}

/// Words that make a nearby number an order, invoice, ticket, customer or
/// phone number, in the six languages; they veto findings that rest on
/// structure alone.
const OTHER_NUMBER_WORDS: &[&str] = &[
    "order",
    "invoice",
    "tracking",
    "ticket",
    "case",
    "ref",
    "reference",
    "customer",
    "phone",
    "tel",
    "mobile",
    "fax",
    "bestell*",
    "bestellung",
    "rechnung*",
    "auftrag*",
    "sendung*",
    "kundennummer",
    "kunden-nr",
    "telefon",
    "handy",
    "mobil",
    "commande",
    "facture",
    "colis",
    "dossier",
    "téléphone",
    "portable",
    "ordine",
    "fattura",
    "spedizione",
    "pratica",
    "cellulare",
    "telefono",
    "bestelling",
    "factuur",
    "zending",
    "klantnummer",
    "telefoonnummer",
    "objednávk*",
    "faktur*",
    "zásilk*",
    "telefonu",
];

/// Day-month validity of a calendar date; `leap` says whether February
/// has 29 days in that year.
pub(crate) fn valid_day(day: u32, month: u32, leap: bool) -> bool {
    let last = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=last).contains(&day)
}

/// True for a Gregorian leap year.
pub(crate) fn is_leap(year: u32) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

/// The number the digits spell.
pub(crate) fn number(digits: &[u8]) -> u32 {
    digits.iter().fold(0, |n, &d| n * 10 + u32::from(d))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn runs_of(text: &str, separators: &[u8]) -> Vec<Run> {
        let groups = super::super::facts::digit_groups(text.as_bytes());
        runs(text, &groups, separators).collect()
    }

    /// The runs as a byte-by-byte reading finds them, the way `runs` was
    /// written before the digit groups were shared.
    fn runs_read_byte_by_byte(text: &str, separators: &[u8]) -> Vec<Run> {
        let b = text.as_bytes();
        let mut found = Vec::new();
        let mut at = 0;
        while at < b.len() {
            if !b[at].is_ascii_digit() {
                at += 1;
                continue;
            }
            let start = at;
            let (mut digits, mut groups) = (0, 1);
            while at < b.len() {
                if b[at].is_ascii_digit() {
                    digits += 1;
                } else if separators.contains(&b[at])
                    && b.get(at + 1).is_some_and(u8::is_ascii_digit)
                {
                    groups += 1;
                } else {
                    break;
                }
                at += 1;
            }
            let phone = start > 0 && b[start - 1] == b'+';
            if word_start(text, start) && word_end(text, at) && !phone {
                found.push(Run {
                    span: start..at,
                    digits,
                    groups,
                });
            }
        }
        found
    }

    proptest::proptest! {
        #[test]
        fn runs_from_digit_groups_match_a_byte_by_byte_reading(
            text in "([0-9]{1,4}|[ ./a_é+-]){0,40}",
            separators in proptest::sample::select(vec![&b" "[..], b" .-", b"/ "]),
        ) {
            proptest::prop_assert_eq!(
                runs_of(&text, separators),
                runs_read_byte_by_byte(&text, separators)
            );
        }
    }

    proptest::proptest! {
        #[test]
        fn long_numbers_hold_every_run_of_eight_digits_or_more(
            text in "([0-9]{1,6}|[ ./a_+-]){0,40}",
            separators in proptest::sample::select(vec![&b" "[..], b" .-", b"/ ", b" -", b".-"]),
            min in 8usize..14,
        ) {
            let lower = text.to_lowercase();
            let input = Input::new(&text, &lower, &[]);
            let long = |digits: usize| digits >= min;
            let all: Vec<_> = runs_of(&text, separators).into_iter().filter(|r| long(r.digits)).collect();
            let from_long: Vec<_> = long_runs(&input, separators, min).filter(|r| long(r.digits)).collect();
            proptest::prop_assert_eq!(all, from_long);
            let all: Vec<_> = super::super::ids_a_common::runs(&text, input.digit_groups(), separators)
                .filter(|r| long(r.digits))
                .collect();
            let from_long: Vec<_> = super::super::ids_a_common::long_runs(&input, separators, min)
                .filter(|r| long(r.digits))
                .collect();
            proptest::prop_assert_eq!(all, from_long);
        }
    }

    #[test]
    fn runs_join_single_separators_and_count_groups() {
        let found = runs_of("ID 12 345 678 901, x 7", b" ");
        assert_eq!(
            found[0],
            Run {
                span: 3..17,
                digits: 11,
                groups: 4
            }
        );
        assert_eq!(found[1].span, 21..22);
    }

    #[test]
    fn runs_skip_digits_glued_to_letters() {
        let spans: Vec<_> = runs_of("abc123 456x 9", b" ")
            .into_iter()
            .map(|r| r.span)
            .collect();
        assert_eq!(spans, vec![12..13]);
        assert!(runs_of("+31 612345678", b" ").is_empty(), "a phone number");
    }

    #[test]
    fn a_long_run_offers_its_solid_groups_of_the_right_length() {
        let text = "123456782 2";
        let run = runs_of(text, b" ").remove(0);
        let mut spans = Vec::new();
        each_candidate(text, &run, 9, |s, grouped| spans.push((s, grouped)));
        assert_eq!(spans, vec![(0..9, false)]);
    }

    #[test]
    fn digits_demand_the_exact_count() {
        assert_eq!(digits::<3>("1 2 3", &(0..5)), Some([1, 2, 3]));
        assert_eq!(digits::<2>("1 2 3", &(0..5)), None);
        assert_eq!(digits::<4>("1 2 3", &(0..5)), None);
    }

    #[test]
    fn numbers_after_plus_slash_or_decimal_point_are_not_standalone() {
        assert!(standalone("x 123 y", &(2..5)));
        assert!(!standalone("+123", &(1..4)));
        assert!(!standalone("/123", &(1..4)));
        assert!(!standalone("1,123", &(2..5)));
        assert!(!standalone("123.5", &(0..3)));
        assert!(standalone("123.", &(0..3)));
    }

    #[test]
    fn context_words_are_found_whole_and_only_in_their_window() {
        let lower = "meine steuer-id: 123 und bestellnr 456";
        let mut cx = Context::new(lower, &["steuer-id", "bestell*", "id"]);
        assert_eq!(cx.near(&(17..20), 20, 0), Some("steuer-id"));
        assert_eq!(cx.near(&(35..38), 12, 0), Some("bestell*"));
        assert_eq!(cx.near(&(35..38), 5, 0), None);
        assert_eq!(cx.near(&(0..5), 0, 20), Some("steuer-id"));
    }

    #[test]
    fn february_has_29_days_only_in_leap_years() {
        assert!(valid_day(29, 2, is_leap(2000)));
        assert!(!valid_day(29, 2, is_leap(1900)));
        assert!(!valid_day(31, 4, true));
        assert!(!valid_day(1, 13, true));
    }
}
