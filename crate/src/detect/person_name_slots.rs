//! Names that the shape of a list carries, where no word before each name
//! says it is one:
//!
//! - slot lists, whose items a number, a time or an ordinal opens, with the
//!   same words between the slot and the name in every item: "1. Preis
//!   Murat Scholz, 2. Preis Arun Thevarajah", "n° 41 Caroline Monnet, n° 42
//!   …", "9:00 Sache Jerzy Killer-Küng, 9:30 Sache Ilse Kaiser", "ore 9
//!   causa …, ore 9.30 causa …"; once two items hold a listed first name,
//!   every item of that shape holding a full name is a person, even one
//!   whose surname is an ordinary word ("Linda Winter");
//! - a "Last, First" after a slot, as on a door-bell or name-plate list
//!   ("2. OG links jetzt Maier, Angelina", "3e étage Bonvin, Mathilde");
//! - the list after a photo caption's "from left" or a card's "signed by"
//!   ("v.l.n.r. Laurin Hoffmann, …", "signée par : Luc, Charlotte Quartier,
//!   … et toute l'équipe"): its full names until an item is none.
//!
//! A child module of `person_name`, so that it shares its word lists.

use std::borrow::Cow;
use std::ops::Range;

use super::super::{Candidate, Input};
use super::{
    is_known_town, listed_first_name, surname_like, NOT_NAME_SET, PARTICLE_SET, PLACE_WORD_SET,
    RULE,
};

/// Most words a slot item may hold, slot and label included.
const ITEM_WORDS: usize = 9;

/// Most words between the slot and the name ("uur zaak", "OG links jetzt").
const LABEL_WORDS: usize = 3;

/// One item of a slot list.
struct SlotItem<'a> {
    name: Range<usize>,
    /// The first token is a listed first name.
    known: bool,
    /// The last token reads as a surname to the spelling model.
    surname: bool,
    /// What opens the item, the number left out: the word before the number
    /// and the head of the label after it, lowercase, and the label's length.
    key: (&'a str, &'a str, usize),
}

/// True when `word` is capitalised and made of letters, hyphens and
/// apostrophes only: a name token, whatever it means otherwise.
fn name_shaped(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase)
        && word.chars().any(char::is_lowercase)
        && chars.all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'))
}

/// True when `word` opens a slot: a number, a time or an ordinal ("17",
/// "09:30", "1.", "1°", "1st", "9am", "2-hoog", "#31").
fn slot_word(word: &str) -> bool {
    let rest = word.strip_prefix('#').unwrap_or(word);
    rest.len() <= 8 && rest.as_bytes().first().is_some_and(u8::is_ascii_digit)
}

/// The words of `seg`, spaces left out, trailing marks cut off the last; at
/// most `N`, else `None`.
fn words_of<const N: usize>(text: &str, seg: Range<usize>) -> Option<([Range<usize>; N], usize)> {
    let mut words: [Range<usize>; N] = std::array::from_fn(|_| 0..0);
    let mut n = 0;
    let mut at = seg.start;
    for w in text[seg.clone()].split(' ') {
        if !w.is_empty() {
            if n == N {
                return None;
            }
            words[n] = at..at + w.len();
            n += 1;
        }
        at += w.len() + 1;
    }
    if n > 0 {
        let last = &mut words[n - 1];
        let trimmed = text[last.clone()].trim_end_matches(['.', '!', '?', ')', '"']);
        last.end = last.start + trimmed.len();
        if last.start == last.end {
            n -= 1;
        }
    }
    Some((words, n))
}

/// The first `n` bytes of `word`, cut at a character boundary.
fn head(word: &str, n: usize) -> &str {
    let mut end = n.min(word.len());
    while !word.is_char_boundary(end) {
        end -= 1;
    }
    &word[..end]
}

/// The slot item in `seg`, if it is one: an optional short word, a slot, up
/// to [`LABEL_WORDS`] label words and a name of two to five tokens that ends
/// the item; or, when `next` is a lone listed first name, a surname after
/// the label ("3e étage Bonvin" then "Mathilde").
fn slot_item<'a>(
    input: &Input<'a>,
    seg: Range<usize>,
    next: Option<Range<usize>>,
) -> Option<SlotItem<'a>> {
    let (text, lower) = (input.text, input.lower);
    let (words, n) = words_of::<ITEM_WORDS>(text, seg)?;
    let words = &words[..n];
    let mut k = 0;
    let mut w0 = "";
    if words.len() > 1 && !slot_word(&text[words[0].clone()]) && slot_word(&text[words[1].clone()])
    {
        if words[0].len() > 12 {
            return None;
        }
        w0 = &lower[words[0].clone()];
        k = 1;
    }
    if !words.get(k).is_some_and(|w| slot_word(&text[w.clone()])) {
        return None;
    }
    k += 1;
    let particle = |w: &Range<usize>| PARTICLE_SET.contains(&lower[w.clone()]);
    let shaped = |w: &Range<usize>| name_shaped(&text[w.clone()]);
    // The longest run of name tokens (and particles inside it) that ends
    // the item.
    let mut s = words.len();
    while s > k && (shaped(&words[s - 1]) || s < words.len() && particle(&words[s - 1])) {
        s -= 1;
    }
    while s < words.len() && particle(&words[s]) {
        s += 1;
    }
    let key = |j: usize| {
        let label = words
            .get(k)
            .filter(|_| j > k)
            .map_or("", |w| head(&lower[w.clone()], 4));
        (w0, label, j - k)
    };
    if s + 1 == words.len() {
        // "Bonvin" then ", Mathilde": a "Last, First" on a name plate.
        let first = next?;
        let last = &words[s];
        let surname = &lower[last.clone()];
        if s - k > LABEL_WORDS
            || NOT_NAME_SET.contains(surname)
            || PLACE_WORD_SET.contains(surname)
            || is_known_town(surname)
            || !listed_first_name(&lower[first.clone()])
        {
            return None;
        }
        return Some(SlotItem {
            name: last.start..first.end,
            known: true,
            surname: true,
            key: ("", "last, first", 0),
        });
    }
    if words.len() < s + 2 {
        return None;
    }
    let hi = (words.len() - 2).min(k + LABEL_WORDS);
    let listed =
        (s..=hi).find(|&j| !particle(&words[j]) && listed_first_name(&lower[words[j].clone()]));
    let j = listed.unwrap_or(words.len() - 2);
    if j < s || j - k > LABEL_WORDS || words.len() - j > 5 || particle(&words[j]) {
        return None;
    }
    let last = words[words.len() - 1].clone();
    Some(SlotItem {
        name: words[j].start..last.end,
        known: listed.is_some(),
        surname: surname_like(&lower[last]),
        key: key(j),
    })
}

/// True when a token of `span` is a place word or a known town.
fn holds_place(input: &Input<'_>, span: &Range<usize>) -> bool {
    input.lower[span.clone()]
        .split([' ', '-'])
        .any(|w| PLACE_WORD_SET.contains(w) || is_known_town(w))
}

/// True when the name at `span` overlaps a name already in `out[from..]`.
fn taken(out: &[Candidate], span: &Range<usize>) -> bool {
    out.iter()
        .any(|c| c.span.start < span.end && span.start < c.span.end)
}

/// The segments of `text` between item separators: a comma, semicolon or
/// colon before a space or the end, a line break, a full stop, '!' or '?'
/// after a word of three letters or more (not "nr.", "n."); never inside
/// brackets.
/// A bracketed remark and what follows it in its segment are left out.
fn segments(text: &str) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    let mut segs = Vec::new();
    let (mut start, mut depth, mut cut) = (0, 0u32, None);
    for (i, &b) in bytes.iter().enumerate() {
        let spaced = || bytes.get(i + 1).is_none_or(|&c| c == b' ' || c == b'\n');
        match b {
            b'(' => {
                if depth == 0 && cut.is_none() {
                    cut = Some(i);
                }
                depth += 1;
            }
            b')' => depth = depth.saturating_sub(1),
            b'\n' | b'\r' => {
                segs.push(start..cut.unwrap_or(i));
                (start, depth, cut) = (i + 1, 0, None);
            }
            b'.' | b'!' | b'?'
                if depth == 0
                    && spaced()
                    && i >= 3
                    && bytes[i - 3..i]
                        .iter()
                        .all(|&c| c.is_ascii_alphabetic() || c >= 0x80) =>
            {
                segs.push(start..cut.unwrap_or(i));
                (start, cut) = (i + 1, None);
            }
            b',' | b';' | b':' if depth == 0 && spaced() => {
                segs.push(start..cut.unwrap_or(i));
                (start, cut) = (i + 1, None);
            }
            _ => {}
        }
    }
    segs.push(start..cut.unwrap_or(bytes.len()));
    segs
}

/// Slot lists and "Last, First" after a slot (see the module docs).
pub(super) fn slot_lists(input: &Input<'_>, out: &mut Vec<Candidate>, from: usize) {
    let text = input.text;
    let bytes = text.as_bytes();
    // Two slots and a separator at least; most texts have no digit.
    if bytes.iter().filter(|b| b.is_ascii_digit()).take(2).count() < 2
        || !bytes.iter().any(|&b| matches!(b, b',' | b';' | b'\n'))
    {
        return;
    }
    let segs = segments(text);
    let mut items: Vec<SlotItem<'_>> = Vec::new();
    for (i, seg) in segs.iter().enumerate() {
        if !text[seg.clone()].bytes().any(|b| b.is_ascii_digit()) {
            continue;
        }
        // A lone listed first name in the next segment, for "Last, First".
        let next = segs.get(i + 1).and_then(|n| {
            let (w, count) = words_of::<2>(text, n.clone())?;
            (count == 1 && name_shaped(&text[w[0].clone()])).then(|| w[0].clone())
        });
        if let Some(item) = slot_item(input, seg.clone(), next) {
            items.push(item);
        }
    }
    // An item whose first token is a common word is none; the rest make
    // the groups.
    items.retain(|item| {
        let first = input.lower[item.name.start..]
            .split([' ', ','])
            .next()
            .unwrap_or("");
        (item.known || !NOT_NAME_SET.contains(first)) && !holds_place(input, &item.name)
    });
    let mut found = Vec::new();
    for item in &items {
        let group = items.iter().filter(|o| o.key == item.key);
        let standalone = item.key.1 == "last, first";
        // Two items of one shape, and a listed first name or two surnames
        // the spelling model reads as such vouch for all of them.
        let shared = group.clone().nth(1).is_some()
            && (group.clone().any(|o| o.known) || group.filter(|o| o.surname).nth(1).is_some());
        // Past the group's vouching, an item without a listed first name
        // holds no common word, brand, club or place.
        let vouched = item.known
            || !input.lower[item.name.clone()]
                .split([' ', '-'])
                .any(|w| NOT_NAME_SET.contains(w))
                && !super::not_a_person(input, &item.name);
        if !(standalone || shared && vouched) || taken(&out[from..], &item.name) {
            continue;
        }
        found.push(Candidate::new(
            RULE,
            item.name.clone(),
            0.6,
            Cow::Borrowed(if standalone {
                "a 'Last, First' after a floor or slot number"
            } else {
                "a name in a list whose items a number or time opens"
            }),
        ));
    }
    out.extend(found);
}

/// Phrases that open a list of the people on a photo or under a card,
/// lowercase, by their first word.
const LIST_OPENERS: &[&str] = &[
    "v.l.n.r.",
    "v. l. n. r.",
    "von links nach rechts",
    "von links",
    "unterschrieben von",
    "unterzeichnet von",
    "from left to right",
    "from left",
    "left to right",
    "signed by",
    "de gauche à droite",
    "signée par",
    "signé par",
    "signés par",
    "signées par",
    "da sinistra a destra",
    "da sinistra",
    "firmato da",
    "firmata da",
    "firmati da",
    "van links naar rechts",
    "getekend door",
    "ondertekend door",
    "zleva doprava",
    "zleva",
    "podepsáno",
    "podepsali",
];

/// The end of a list opener starting at the word run `at`, if one does.
fn opener_at(lower: &str, at: usize) -> Option<usize> {
    let rest = &lower[at..];
    let b = *rest.as_bytes().first()?;
    if !matches!(
        b,
        b'v' | b'u' | b'f' | b'l' | b's' | b'd' | b'g' | b'o' | b'z' | b'p'
    ) {
        return None;
    }
    LIST_OPENERS
        .iter()
        .find(|p| rest.starts_with(*p))
        .map(|p| at + p.len())
        .filter(|&end| !lower[end..].starts_with(|c: char| c.is_alphanumeric()))
}

/// One name of a caption or signature list at `at`: at most one role word
/// ("Trainerin", "coach", "l'allenatrice"), then two to five name tokens.
/// Returns the name, whether its first token is a listed first name, and
/// where the item ends; `None` with the end for a lone listed first name.
fn caption_item(input: &Input<'_>, at: usize) -> Option<(Option<(Range<usize>, bool)>, usize)> {
    let (text, lower) = (input.text, input.lower);
    let mut words: [Range<usize>; 7] = std::array::from_fn(|_| 0..0);
    let mut n = 0;
    let mut i = at;
    while n < 7 {
        let end = text[i..]
            .find([' ', ',', ';', '.', '!', '?', ')', '(', '\n'])
            .map_or(text.len(), |e| i + e);
        if end == i {
            break;
        }
        words[n] = i..end;
        n += 1;
        if text.as_bytes().get(end) != Some(&b' ') {
            break;
        }
        i = end + 1;
    }
    let words = &words[..n];
    let word = |w: &Range<usize>| &text[w.clone()];
    let particle = |w: &Range<usize>| PARTICLE_SET.contains(&lower[w.clone()]);
    // A role word: lowercase ("coach", "l'allenatrice"), or capitalised and
    // no first name, before a capitalised listed first name.
    let role = words.len() > 2
        && (word(&words[0]).starts_with(char::is_lowercase) && !particle(&words[0])
            || !listed_first_name(&lower[words[0].clone()])
                && listed_first_name(&lower[words[1].clone()]))
        && name_shaped(word(&words[1]));
    let start = usize::from(role);
    let mut end = start;
    while end < words.len()
        && (name_shaped(word(&words[end]))
            || end > start && particle(&words[end]) && end + 1 < words.len())
    {
        end += 1;
    }
    while end > start && particle(&words[end - 1]) {
        end -= 1;
    }
    let tokens = end - start;
    if tokens == 0 || tokens > 5 {
        return None;
    }
    let first = &lower[words[start].clone()];
    let known = listed_first_name(first);
    let item_end = words[end - 1].end;
    if tokens == 1 {
        // A lone first name ("Luc, Charlotte Quartier, …") is skipped.
        return (!role && (known || !NOT_NAME_SET.contains(first))).then_some((None, item_end));
    }
    if NOT_NAME_SET.contains(first) && !known {
        return None;
    }
    Some((Some((words[start].start..item_end, known)), item_end))
}

/// Conjunctions that bring a list's last item.
const AND: &[&str] = &["a", "and", "e", "en", "et", "und", "&"];

/// Names after a caption's "from left" or a card's "signed by" (see the
/// module docs).
pub(super) fn caption_lists(input: &Input<'_>, out: &mut Vec<Candidate>, from: usize) {
    let (text, lower) = (input.text, input.lower);
    let runs = input.word_runs();
    let mut resume = 0;
    for run in runs {
        let at = run.start();
        if at < resume || !super::super::util::word_start(lower, at) {
            continue;
        }
        let Some(end) = opener_at(lower, at) else {
            continue;
        };
        let mut i = end;
        i += text[i..].len() - text[i..].trim_start_matches([' ', ':', ',']).len();
        let mut names = Vec::new();
        let mut last = false;
        while let Some((name, item_end)) = caption_item(input, i) {
            if let Some(name) = name {
                names.push(name);
            }
            let rest = &text[item_end..];
            if let Some(r) = rest.strip_prefix(", ") {
                i = item_end + rest.len() - r.len();
                continue;
            }
            let conj = rest.strip_prefix(' ').and_then(|r| r.split_once(' '));
            match conj {
                Some((c, r)) if !last && AND.contains(&c) => {
                    last = true;
                    i = item_end + rest.len() - r.len();
                }
                _ => break,
            }
        }
        resume = i;
        if !names.iter().any(|(_, known)| *known) {
            continue;
        }
        for (span, _) in names {
            if !holds_place(input, &span) && !taken(&out[from..], &span) {
                out.push(Candidate::new(
                    RULE,
                    span,
                    0.6,
                    Cow::Borrowed("a name in a photo caption's or a signature's list"),
                ));
            }
        }
    }
}
