//! Names in a decorated list: a list whose every item carries a mark
//! besides the name, so that the list's shape, not a word before each
//! name, says what its items are. The marks are a slot label before the
//! name (an ordinal "2.", a time "09:15", a weekday "Di") or a decoration
//! after it (an emoji, "+1", "seul", a short bracket "(P3)", an amount
//! "860 €"); items are joined by a comma, a semicolon, a conjunction or,
//! in pairings, "with" ("X mit Y, Z mit W"). Once one item is a name the
//! detector found, its siblings are names too: "Ein Dankeschön an Hanife
//! Kunz 🙌 und Linh Le 🌟", "1. Stephen Grob, 2. Berra von Allmen",
//! "Droz, Clara (P3), Alexandre Bourquard-Vuille (P9)".
//!
//! Read only around names already found, so text without names costs
//! nothing.

use std::borrow::Cow;
use std::ops::Range;

use super::super::{Candidate, Input};
use super::{
    listed_first_name, not_a_person, ordinary_word, parse_name, surname_like, token_end,
    CONJUNCTIONS, NOT_NAME_SET, PARTICLE_SET, RULE, WEEKDAYS,
};

/// "with" in the six languages, joining the two people of a pair.
const WITH: &[&str] = &["avec", "con", "met", "mit", "s", "with"];

/// Words after a guest's name saying they come alone.
const ALONE: &[&str] = &[
    "alleen", "alone", "da sola", "da solo", "seul", "seule", "solo",
];

/// Most items one list holds.
const MAX_ITEMS: usize = 12;

/// Longest stretch from a list's colon to the first name found in it.
const HEAD_REACH: usize = 240;

/// One item of a list: the name, and whether a mark went with it.
struct Item {
    name: Range<usize>,
    marked: bool,
    /// The separator after the item was a "with" word.
    with: bool,
}

/// Adds the siblings of the names found from `out[from]` on in decorated
/// lists (see the module docs).
pub(super) fn decorated_lists(input: &Input<'_>, out: &mut Vec<Candidate>, from: usize) {
    let found = out.len();
    let sorted = out[from..].is_sorted_by_key(|c| c.span.start);
    let mut done = 0;
    for k in from..found {
        let seed = out[k].span.clone();
        if seed.start < done {
            continue;
        }
        let Some((items, end)) = list_around(input, seed.start) else {
            continue;
        };
        done = end;
        report_items(input, out, (from, found, sorted), items);
    }
    // A list after a colon with no name found in it: an item with a
    // listed first name is the seed ("Loyers impayés : Leleu, Antoine
    // 1 240 €, Reyes Gelabert 860 €").
    let bytes = input.text.as_bytes();
    for colon in memchr::memchr_iter(b':', bytes) {
        // An item starts with a capital or a slot's digit.
        let opens = |b: &u8| b.is_ascii_uppercase() || b.is_ascii_digit() || *b >= 0xC3;
        if bytes.get(colon + 1) != Some(&b' ') || !bytes.get(colon + 2).is_some_and(opens) {
            continue;
        }
        let head = colon + 2;
        let Some((items, _)) = read_list(input, head) else {
            continue;
        };
        if items.iter().any(|i| first_name_listed(input, &i.name)) {
            report_items(input, out, (from, found, sorted), items);
        }
    }
    // The passes after this one read the names in text order.
    if out.len() > found {
        in_text_order(&mut out[from..]);
    }
}

/// Reports the items of a list that its marks or pairings make a list of
/// names, each one its words vouch for.
fn report_items(
    input: &Input<'_>,
    out: &mut Vec<Candidate>,
    (from, found, sorted): (usize, usize, bool),
    items: Vec<Item>,
) {
    let marked = items.iter().all(|i| i.marked);
    let paired = items.iter().filter(|i| i.with).count() >= 2;
    if items.len() < 2 || !(marked || paired) {
        return;
    }
    for item in items {
        if covered(&out[from..found], sorted, &item.name)
            || out[found..].iter().any(|c| overlaps(&c.span, &item.name))
            || !vouched(input, &item.name)
        {
            continue;
        }
        out.push(Candidate::new(
            RULE,
            item.name,
            0.6,
            Cow::Borrowed("an item of a decorated list of names"),
        ));
    }
}

/// True when the first name of `span` ("Anna Meier" or "Meier, Anna") is
/// listed.
fn first_name_listed(input: &Input<'_>, span: &Range<usize>) -> bool {
    let lower = &input.lower[span.clone()];
    let first = match lower.split_once(", ") {
        Some((_, first)) => first,
        None => lower.split(' ').next().unwrap_or(""),
    };
    listed_first_name(first.split('-').next().unwrap_or(first))
}

/// True when a sibling's words bear out the list's shape: no word but a
/// particle is a common one, and its first name is listed, its surname
/// reads as one, or none of its words reads as an ordinary word ("Grand
/// Conseil", "Kaffee Crema" are none).
fn vouched(input: &Input<'_>, span: &Range<usize>) -> bool {
    let lower = &input.lower[span.clone()];
    let words = lower
        .split([' ', ','])
        .filter(|w| !w.is_empty() && !PARTICLE_SET.contains(w));
    if words.clone().any(|w| NOT_NAME_SET.contains(w)) {
        return false;
    }
    let (first, last) = match lower.split_once(", ") {
        Some((last, first)) => (first, last),
        None => (
            lower.split(' ').next().unwrap_or(""),
            lower.rsplit(' ').next().unwrap_or(""),
        ),
    };
    let first = first.split('-').next().unwrap_or(first);
    listed_first_name(first)
        || last.split('-').any(surname_like)
        || !words.flat_map(|w| w.split('-')).any(ordinary_word)
}

/// Puts `found` in text order. They mostly are already: one linear check,
/// and a stable sort (which merges the few runs) only when they are not.
fn in_text_order(found: &mut [Candidate]) {
    if !found.is_sorted_by_key(|c| c.span.start) {
        found.sort_by_key(|c| c.span.start);
    }
}

/// True when a name in `found` overlaps `span`: one binary search when
/// they are in text order (as they mostly are), else a linear look.
fn covered(found: &[Candidate], sorted: bool, span: &Range<usize>) -> bool {
    if !sorted {
        return found.iter().any(|c| overlaps(&c.span, span));
    }
    let i = found.partition_point(|c| c.span.start < span.end);
    found[..i]
        .iter()
        .rev()
        .take(2)
        .any(|c| overlaps(&c.span, span))
}

fn overlaps(a: &Range<usize>, b: &Range<usize>) -> bool {
    a.start < b.end && b.start < a.end
}

/// The items of the list that holds the name at `seed`, read from the
/// colon that opens it on the seed's line, or else from the seed itself,
/// and the end of the last; `None` when no reading holds the seed.
fn list_around(input: &Input<'_>, seed: usize) -> Option<(Vec<Item>, usize)> {
    let text = input.text;
    let line_start = text[..seed].rfind('\n').map_or(0, |i| i + 1);
    let floor = line_start.max(seed.saturating_sub(HEAD_REACH));
    if let Some(colon) = text[floor..seed].rfind(": ") {
        let head = floor + colon + 2;
        if let Some(read) = read_list(input, head).filter(|(items, _)| holds(items, seed)) {
            return Some(read);
        }
    }
    read_list(input, seed).filter(|(items, _)| holds(items, seed))
}

fn holds(items: &[Item], seed: usize) -> bool {
    items
        .iter()
        .any(|i| i.name.start <= seed && seed < i.name.end)
}

/// Reads items from `at` until a separator is missing or an item is no
/// name.
fn read_list(input: &Input<'_>, mut at: usize) -> Option<(Vec<Item>, usize)> {
    let mut items: Vec<Item> = Vec::new();
    let mut end = at;
    while items.len() < MAX_ITEMS {
        let Some((mut item, after)) = read_item(input, at) else {
            break;
        };
        end = item.name.end;
        match separator(input, after) {
            Some((next, with)) => {
                item.with = with;
                items.push(item);
                at = next;
            }
            None => {
                items.push(item);
                break;
            }
        }
    }
    (!items.is_empty()).then_some((items, end))
}

/// One item at `at`: a slot label, a name, decorations; and where the
/// item ends.
fn read_item(input: &Input<'_>, at: usize) -> Option<(Item, usize)> {
    let label = slot_label(input, at);
    let start = label.unwrap_or(at);
    let (name, after) = item_name(input, start)?;
    let decorated = decoration(input.text, after);
    let after = decorated.unwrap_or(after);
    let item = Item {
        name,
        marked: label.is_some() || decorated.is_some(),
        with: false,
    };
    Some((item, after))
}

/// A full name of two to four tokens, or "Last, First" when a mark
/// follows the first name or it is a listed one.
fn item_name(input: &Input<'_>, at: usize) -> Option<(Range<usize>, usize)> {
    let first_end = token_end(input, at, true)?;
    let parsed = parse_name(input, at, first_end)?;
    let span = match parsed.tokens {
        1 => last_first(input, parsed.span)?,
        2..=4 => parsed.span,
        _ => return None,
    };
    (!not_a_person(input, &span)).then_some((span.clone(), span.end))
}

/// "Sontag, Wolfhard" in a list: a single first-name token after the
/// comma, then neither another capitalised token nor the end of a full
/// name ("Hering, Lucia Diaconescu" is two items).
fn last_first(input: &Input<'_>, last: Range<usize>) -> Option<Range<usize>> {
    let text = input.text;
    let start = last.end + text[last.end..].strip_prefix(", ").map(|_| 2)?;
    let end = token_end(input, start, true)?;
    let next = text[end..].strip_prefix(' ').unwrap_or("");
    if next.starts_with(|c: char| c.is_uppercase()) {
        return None;
    }
    let first = &input.lower[start..end];
    let ok = listed_first_name(first)
        || surname_like(&input.lower[last.clone()])
        || decoration(text, end).is_some();
    ok.then_some(last.start..end)
}

/// The end of a slot label at `at` and the space after it: an ordinal
/// "2.", a time "09:15" or "9.30", or a capitalised weekday "Di", "Tue".
fn slot_label(input: &Input<'_>, at: usize) -> Option<usize> {
    let bytes = input.text.as_bytes();
    let word = bytes[at..].iter().position(|&b| b == b' ')?;
    if word == 0 || word > 9 {
        return None;
    }
    let w = &bytes[at..at + word];
    let ordinal =
        w.len() <= 3 && w.ends_with(b".") && w[..w.len() - 1].iter().all(u8::is_ascii_digit);
    let time = (4..=5).contains(&w.len())
        && w.iter().filter(|b| b.is_ascii_digit()).count() == w.len() - 1
        && matches!(w[w.len() - 3], b':' | b'.');
    let day = w[0].is_ascii_uppercase()
        && WEEKDAYS.contains(&input.lower[at..at + word].trim_end_matches(['.', ':']));
    (ordinal && w.len() > 1 || time || day).then_some(at + word + 1)
}

/// The end of the decorations after an item's name at `end`: emoji and
/// symbols, "+1", a short bracket, an amount, a word saying "alone".
fn decoration(text: &str, end: usize) -> Option<usize> {
    let mut at = end;
    let mut any = false;
    for _ in 0..3 {
        let rest = text[at..].strip_prefix(' ').unwrap_or(&text[at..]);
        let base = text.len() - rest.len();
        let len = symbol_len(rest)
            .or_else(|| rest.strip_prefix("+1").map(|_| 2))
            .or_else(|| bracket_len(rest))
            .or_else(|| amount_len(rest))
            .or_else(|| alone_len(rest));
        let Some(len) = len else { break };
        at = base + len;
        any = true;
    }
    any.then_some(at)
}

/// An emoji or a pictographic symbol: UTF-8 lead byte 0xF0, or 0xE2 past
/// the dashes and quotes (U+2600 on: dingbats, stars, signs).
fn symbol_len(rest: &str) -> Option<usize> {
    let c = rest.chars().next()?;
    let pictograph = c as u32 >= 0x2600 && !c.is_alphanumeric();
    if !pictograph {
        return None;
    }
    // A variation selector or joiner stays with the symbol.
    let tail = rest[c.len_utf8()..].trim_start_matches(['\u{fe0f}', '\u{200d}']);
    Some(rest.len() - tail.len())
}

/// "(P3)", "(Werkstatt)", "(no plus-one)": a bracket on one line of at
/// most 24 bytes.
fn bracket_len(rest: &str) -> Option<usize> {
    let inner = rest.strip_prefix('(')?;
    let close = inner.bytes().take(24).position(|b| b == b')')?;
    (close > 0 && !inner[..close].contains('\n')).then_some(close + 2)
}

/// An amount with its currency, before or after the digits, with an
/// optional dash before it: "1.240 €", "€ 860", "– £1,240", "12 400 Kč".
fn amount_len(rest: &str) -> Option<usize> {
    let mut s = rest;
    for dash in ["– ", "- "] {
        if let Some(r) = s.strip_prefix(dash) {
            s = r;
        }
    }
    let currency_first = currency_len(s);
    if let Some(len) = currency_first {
        s = s[len..].trim_start_matches(' ');
    }
    let digits = s
        .bytes()
        .take_while(|b| b.is_ascii_digit() || matches!(b, b'.' | b',' | b'\''))
        .count();
    let mut digits = digits;
    // "12 400": a group of three after a space.
    while s[digits..].len() > 3
        && s.as_bytes()[digits] == b' '
        && s.as_bytes()[digits + 1..digits + 4]
            .iter()
            .all(u8::is_ascii_digit)
        && s.as_bytes()
            .get(digits + 4)
            .is_none_or(|b| !b.is_ascii_digit())
    {
        digits += 4;
    }
    if digits == 0 || !s.as_bytes()[0].is_ascii_digit() {
        return None;
    }
    let mut after = &s[digits..];
    if currency_first.is_none() {
        let spaced = after.trim_start_matches(' ');
        let len = currency_len(spaced)?;
        after = &spaced[len..];
    }
    Some(rest.len() - after.len())
}

/// The length of a currency sign or code at the start of `s`.
fn currency_len(s: &str) -> Option<usize> {
    ["€", "£", "$", "Kč", "CHF", "Fr.", "EUR"]
        .iter()
        .find(|c| s.starts_with(**c))
        .map(|c| c.len())
}

/// "seul", "alleen", "da solo" ending the item.
fn alone_len(rest: &str) -> Option<usize> {
    ALONE.iter().find_map(|w| {
        let tail = rest.strip_prefix(w)?;
        (!tail.starts_with(char::is_alphanumeric)).then_some(w.len())
    })
}

/// The start of the next item after the separator at `at`, and whether
/// the separator was a "with" word: ", ", "; ", " und ", " mit ".
fn separator(input: &Input<'_>, at: usize) -> Option<(usize, bool)> {
    let text = input.text;
    let rest = &text[at..];
    if let Some(r) = rest.strip_prefix(", ").or_else(|| rest.strip_prefix("; ")) {
        return Some((text.len() - r.len(), false));
    }
    let r = rest.strip_prefix(' ')?;
    let (word, tail) = r.split_once(' ')?;
    let lower = &input.lower[at + 1..at + 1 + word.len()];
    let with = WITH.contains(&lower);
    (with || CONJUNCTIONS.contains(&lower)).then_some((text.len() - tail.len(), with))
}

/// How a transcript's line names its speaker.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Speaker {
    /// "[Urša Sever] io copro sabato".
    Bracket,
    /// "Dounia Nasser: I'll take Saturday".
    Colon,
}

/// The speakers of a transcript or chat log: two or more lines in a row
/// that start with a full name in brackets, or with a full name and a
/// colon, are lines someone said, when every name bears the shape out
/// ([`vouched`]) and one has a listed first name or a surname the model
/// reads as one. Headings in title case
/// ("Next Steps:", "[Offene Punkte]") hold common words. Reads line starts
/// only, and only in text of several lines.
pub(super) fn speaker_lines(input: &Input<'_>, out: &mut Vec<Candidate>, from: usize) {
    let text = input.text;
    if !text.contains('\n') {
        return;
    }
    let found = out.len();
    let sorted = out[from..].is_sorted_by_key(|c| c.span.start);
    let seen = (from, found, sorted);
    // Each shape's lines are found by a substring search, not by reading
    // every line: the colons, and the brackets that open a line.
    let bytes = text.as_bytes();
    let colons = memchr::memchr_iter(b':', bytes)
        .filter(|&colon| bytes.get(colon + 1) == Some(&b' '))
        .filter_map(|colon| {
            let reach = &text.as_bytes()[colon.saturating_sub(48)..colon];
            match reach.iter().rposition(|&b| b == b'\n') {
                Some(n) => Some(colon - reach.len() + n + 1),
                None => (colon <= 48).then_some(0),
            }
        });
    speaker_blocks(input, out, seen, colons);
    // The brackets that open a line: '[' is rare, so memchr finds them
    // faster than a substring search for "\n[" reads the text (issue 2).
    let brackets = memchr::memchr_iter(b'[', bytes).filter(|&at| at == 0 || bytes[at - 1] == b'\n');
    speaker_blocks(input, out, seen, brackets);
    if out.len() > found {
        in_text_order(&mut out[from..]);
    }
}

/// Reads the speakers at the line starts `lines` (in text order, maybe
/// repeated) and reports each block of two or more on lines in a row.
fn speaker_blocks(
    input: &Input<'_>,
    out: &mut Vec<Candidate>,
    seen: (usize, usize, bool),
    lines: impl Iterator<Item = usize>,
) {
    let text = input.text;
    let mut block: Vec<(Range<usize>, bool)> = Vec::new();
    let (mut last, mut expect) = (usize::MAX, usize::MAX);
    for line in lines {
        if line == last {
            continue;
        }
        let head = speaker_shaped(text, line)
            .then(|| speaker_at(input, line))
            .flatten();
        if line != expect || head.is_none() {
            report_speakers(input, out, seen, &mut block);
        }
        last = line;
        expect = text[line..].find('\n').map_or(usize::MAX, |n| line + n + 1);
        if let Some((span, _, listed)) = head {
            block.push((span, listed));
        }
    }
    report_speakers(input, out, seen, &mut block);
}

/// A cheap first look at the line at `line`: it opens a bracket, or starts
/// with two to five words before a colon and a space, the last of them
/// capitalised ("Dounia Nasser: …", not "Kontakt: …").
fn speaker_shaped(text: &str, line: usize) -> bool {
    let bytes = &text.as_bytes()[line..];
    match bytes.first() {
        Some(b'[') => true,
        Some(&b) if b.is_ascii_uppercase() || b >= 0xC3 => {
            let head = &bytes[..bytes.len().min(48)];
            let Some(colon) = head.iter().position(|&b| matches!(b, b':' | b'\n')) else {
                return false;
            };
            let spaces = head[..colon].iter().filter(|&&b| b == b' ').count();
            let last = head[..colon].iter().rposition(|&b| b == b' ');
            head[colon] == b':'
                && bytes.get(colon + 1) == Some(&b' ')
                && (1..=4).contains(&spaces)
                && last.is_some_and(|i| head[i + 1].is_ascii_uppercase() || head[i + 1] >= 0xC3)
        }
        _ => false,
    }
}

/// The speaker's name at the start of the line at `line`, its shape, and
/// whether its first name is listed.
fn speaker_at(input: &Input<'_>, line: usize) -> Option<(Range<usize>, Speaker, bool)> {
    let text = input.text;
    if let Some(rest) = text[line..].strip_prefix('[') {
        let start = text.len() - rest.len();
        let (span, end) = item_name(input, start)?;
        text[end..].starts_with("] ").then_some(())?;
        let listed = first_listed(input, &span);
        return Some((span, Speaker::Bracket, listed));
    }
    let (span, _) = super::head_name(input, line)?;
    // Narration quotes what was said ("Sagt der Arzt: \"…\""); a
    // transcript gives it plainly.
    let said = text[span.end..].trim_start_matches([':', ' ']);
    if said.starts_with(['"', '\'', '„', '“', '«', '»', '‚']) {
        return None;
    }
    let listed = first_listed(input, &span);
    Some((span, Speaker::Colon, listed))
}

/// True when the first name of `span` is listed or its surname reads as
/// one.
fn first_listed(input: &Input<'_>, span: &Range<usize>) -> bool {
    let lower = &input.lower[span.clone()];
    let first = lower.split([' ', ',']).next().unwrap_or("");
    let last = lower.rsplit(' ').next().unwrap_or("");
    listed_first_name(first.split('-').next().unwrap_or(first)) || last.split('-').any(surname_like)
}

/// True when the first word of `span` is no listed first name and reads as
/// an ordinary word or stands before a particle: a joke's "Fragt der
/// Arzt:" starts with a verb, not a name.
fn ordinary_first(input: &Input<'_>, span: &Range<usize>) -> bool {
    let lower = &input.lower[span.clone()];
    let mut words = lower.split([' ', ',']).filter(|w| !w.is_empty());
    let first = words.next().unwrap_or("");
    // "Fragt der Arzt": an unlisted first word before an article-like
    // particle is a verb before its subject.
    let particle_next = words.next().is_some_and(|w| PARTICLE_SET.contains(w));
    !listed_first_name(first) && (particle_next || first.split('-').any(ordinary_word))
}

/// Reports the speakers of `block` and empties it, when the block is a
/// transcript (see [`speaker_lines`]).
fn report_speakers(
    input: &Input<'_>,
    out: &mut Vec<Candidate>,
    (from, found, sorted): (usize, usize, bool),
    block: &mut Vec<(Range<usize>, bool)>,
) {
    let transcript = block.len() >= 2
        && block.iter().any(|(_, listed)| *listed)
        && block
            .iter()
            .all(|(span, _)| vouched(input, span) && !ordinary_first(input, span));
    if transcript {
        for (span, _) in block.iter() {
            if !covered(&out[from..found], sorted, span) {
                out.push(Candidate::new(
                    RULE,
                    span.clone(),
                    0.6,
                    Cow::Borrowed("a speaker's name starting lines of a transcript"),
                ));
            }
        }
    }
    block.clear();
}

#[cfg(test)]
mod tests {
    use super::super::tests::names;

    #[test]
    fn siblings_in_decorated_lists_are_names() {
        assert_eq!(
            names("Danke an Carina Vogt 🙌 und Pius Amrein 🌟 fürs Aufräumen!"),
            ["Carina Vogt", "Pius Amrein"]
        );
        assert_eq!(
            names("Gastenlijst: Sanne de Vries +1, Joost Mulder +1, Ruud Brink alleen"),
            ["Sanne de Vries", "Joost Mulder", "Ruud Brink"]
        );
    }

    #[test]
    fn institutions_and_brands_in_decorated_lists_stay_silent() {
        assert_eq!(
            names("Merci à Marie Dubois ✨ et Grand Conseil 🙏 pour le soutien"),
            ["Marie Dubois"]
        );
        assert_eq!(
            names("Thanks to Emily Clarke 🙌 and Google Cloud 🌟 for hosting!"),
            ["Emily Clarke"]
        );
    }

    #[test]
    fn plain_comma_lists_without_marks_are_left_to_other_passes() {
        assert_eq!(
            names("Anna Meier, Zürcher Kantonalbank, Grand Hotel"),
            ["Anna Meier"]
        );
    }
}
