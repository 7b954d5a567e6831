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
    is_known_town, listed_first_name, surname_like, AMBIGUOUS_FIRST_NAME_SET, NOT_NAME_SET,
    PARTICLE_SET, PLACE_WORD_SET, RULE,
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
    /// The last token, for the spelling model.
    last: Range<usize>,
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
    // "1/2" is a quantity in a recipe, not a slot.
    rest.len() <= 8
        && rest.as_bytes().first().is_some_and(u8::is_ascii_digit)
        && !rest.contains('/')
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
            last: last.clone(),
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
    // A name's tokens stand one space apart ("2 Tl   Backpulver" is a
    // recipe's column).
    let single = || words[j..].windows(2).all(|w| w[1].start == w[0].end + 1);
    if j < s || j - k > LABEL_WORDS || words.len() - j > 5 || particle(&words[j]) || !single() {
        return None;
    }
    // "Mark", "Rosa": a first name that is also a common word vouches for
    // nobody.
    let listed = listed.filter(|&j| !AMBIGUOUS_FIRST_NAME_SET.contains(&lower[words[j].clone()]));
    let last = words[words.len() - 1].clone();
    Some(SlotItem {
        name: words[j].start..last.end,
        known: listed.is_some(),
        last,
        key: key(j),
    })
}

/// True when a token of `span` is a place word or a known town.
fn holds_place(input: &Input<'_>, span: &Range<usize>) -> bool {
    input.lower[span.clone()]
        .split([' ', '-'])
        .any(|w| PLACE_WORD_SET.contains(w) || is_known_town(w))
}

/// The spans of the names already found, sorted by start, read only when a
/// name of these passes is to be added: one sort per scan, then a binary
/// search per name, so that a long text with many names stays linear.
struct Taken(Option<Vec<(usize, usize)>>);

impl Taken {
    /// True when `span` overlaps a name in `out` (as it stood on the first
    /// call).
    fn holds(&mut self, out: &[Candidate], span: &Range<usize>) -> bool {
        let spans = self.0.get_or_insert_with(|| {
            let mut v: Vec<_> = out.iter().map(|c| (c.span.start, c.span.end)).collect();
            v.sort_unstable();
            v
        });
        let below = spans.partition_point(|&(start, _)| start < span.end);
        // Names are short and rarely nest: a few before are enough.
        spans[..below]
            .iter()
            .rev()
            .take(8)
            .any(|&(_, end)| end > span.start)
    }
}

/// Items of a slot list stand close: how many items and bytes apart two
/// may be to share a group.
const GROUP_ITEMS: usize = 8;
const GROUP_BYTES: usize = 400;

/// True when a separator of list items stands at `i`: a comma, semicolon
/// or colon before a space or the end, a line break, a full stop, '!' or
/// '?' after a word of three letters or more (not "nr.", "n."), before a
/// space or the end.
fn separator_at(bytes: &[u8], i: usize) -> bool {
    let spaced = || bytes.get(i + 1).is_none_or(|&c| c == b' ' || c == b'\n');
    match bytes[i] {
        b'\n' | b'\r' => true,
        b',' | b';' | b':' => spaced(),
        b'.' | b'!' | b'?' => {
            spaced()
                && i >= 3
                && bytes[i - 3..i]
                    .iter()
                    .all(|&c| c.is_ascii_alphabetic() || c >= 0x80)
        }
        _ => false,
    }
}

/// How far, in bytes, a slot item reaches before its slot and after it.
const BEFORE_SLOT: usize = 24;
const AFTER_SLOT: usize = 96;
/// How far after a slot the first capitalised word must start.
const NAME_REACH: usize = 40;

/// The item segment around the slot at `at`: from the separator or bracket
/// before it (within [`BEFORE_SLOT`] bytes) to the separator after it
/// (within [`AFTER_SLOT`] bytes) outside brackets, a bracketed remark and
/// what follows it left out. Returns the segment and where the next one
/// starts.
fn segment_at(text: &str, at: usize) -> Option<(Range<usize>, usize)> {
    let bytes = text.as_bytes();
    // Forward first: most numbers have no capitalised word after them
    // before the clause ends, or within [`NAME_REACH`] bytes.
    let (mut depth, mut cut, mut upper) = (0u32, None, false);
    let ceiling = (at + AFTER_SLOT).min(bytes.len());
    let mut end = None;
    for i in at..ceiling {
        let b = bytes[i];
        if !upper && depth == 0 && i > 0 && bytes[i - 1] == b' ' {
            upper = b.is_ascii_uppercase()
                || b >= 0xC3 && text[i..].chars().next().is_some_and(char::is_uppercase);
        }
        if !upper && i > at + NAME_REACH {
            return None;
        }
        match b {
            b'(' => {
                cut = cut.or(Some(i));
                depth += 1;
            }
            b')' if depth == 0 => {
                end = Some(i);
                break;
            }
            b')' => depth -= 1,
            _ if depth == 0 && separator_at(bytes, i) => {
                end = Some(i);
                break;
            }
            _ => {}
        }
    }
    let end = end.or((ceiling == bytes.len() && depth == 0).then_some(ceiling))?;
    if !upper {
        return None;
    }
    let floor = at.saturating_sub(BEFORE_SLOT);
    let mut start = at;
    while start > 0 {
        if start == floor {
            return None;
        }
        let b = bytes[start - 1];
        if b == b'(' || b == b')' || separator_at(bytes, start - 1) {
            break;
        }
        start -= 1;
    }
    Some((start..cut.unwrap_or(end), (end + 1).min(bytes.len())))
}

/// The lone capitalised word that makes up the segment from `at`, if any:
/// the first name of a "Last, First".
fn lone_word_at(text: &str, at: usize) -> Option<Range<usize>> {
    let bytes = text.as_bytes();
    let ceiling = (at + 32).min(bytes.len());
    let end = (at..ceiling)
        .find(|&i| separator_at(bytes, i))
        .or((ceiling == bytes.len()).then_some(ceiling))?;
    let (w, count) = words_of::<2>(text, at..end)?;
    (count == 1 && name_shaped(&text[w[0].clone()])).then(|| w[0].clone())
}

/// Slot lists and "Last, First" after a slot (see the module docs).
pub(super) fn slot_lists(input: &Input<'_>, out: &mut Vec<Candidate>, from: usize) {
    let text = input.text;
    let bytes = text.as_bytes();
    let mut items: Vec<SlotItem<'_>> = Vec::new();
    let mut done = 0;
    for g in input.digit_groups() {
        let at = g.start();
        // A slot starts its word ("17", "#31", "1st"); a group inside one
        // ("09:30", "9.30") belongs to the item already read.
        let head = at.checked_sub(usize::from(at > 0 && bytes[at - 1] == b'#'));
        // A slot starts after a space that no digit stands before (not a
        // phone number's group), or at the text's start.
        let Some(head) = head.filter(|&h| {
            h >= done
                && (h == 0 || bytes[h - 1] == b' ' && (h < 2 || !bytes[h - 2].is_ascii_digit()))
        }) else {
            continue;
        };
        // The slot is a short word before a space and a word that is no
        // number: most numbers (prices, phone groups, dates) fail here.
        let Some(gap) = bytes[g.end()..].iter().take(6).position(|&b| b == b' ') else {
            continue;
        };
        if bytes.get(g.end() + gap + 1).is_none_or(u8::is_ascii_digit) {
            continue;
        }
        let Some((seg, next)) = segment_at(text, head) else {
            continue;
        };
        done = seg.end.max(head + 1);
        let first = bytes.get(seg.end) == Some(&b',');
        let next = first.then(|| lone_word_at(text, next)).flatten();
        if let Some(item) = slot_item(input, seg, next) {
            items.push(item);
        }
    }
    if items.len() < 2 && items.iter().all(|i| i.key.1 != "last, first") {
        return;
    }
    // An item whose first token is a common word is none; the rest make
    // the groups.
    items.retain(|item| {
        let first = input.lower[item.name.start..]
            .split([' ', ','])
            .next()
            .unwrap_or("");
        item.known || !NOT_NAME_SET.contains(first) && !holds_place(input, &item.name)
    });
    let mut found = Vec::new();
    let mut taken = Taken(None);
    for (i, item) in items.iter().enumerate() {
        let near = &items[i.saturating_sub(GROUP_ITEMS)..(i + GROUP_ITEMS + 1).min(items.len())];
        let group = near
            .iter()
            .filter(|o| o.key == item.key && o.name.start.abs_diff(item.name.start) <= GROUP_BYTES);
        let standalone = item.key.1 == "last, first";
        // Two items of one shape, and a listed first name or two surnames
        // the spelling model reads as such vouch for all of them.
        let shared = group.clone().nth(1).is_some()
            && (group.clone().any(|o| o.known)
                || group
                    .clone()
                    .filter(|o| surname_like(&input.lower[o.last.clone()]))
                    .nth(1)
                    .is_some());
        // Past the group's vouching, an item without a listed first name
        // holds no common word, brand, club or place.
        let vouched = item.known
            || !input.lower[item.name.clone()]
                .split([' ', '-'])
                .any(|w| NOT_NAME_SET.contains(w))
                && !super::not_a_person(input, &item.name);
        // Items whose first token another item of the group repeats are
        // quantities or things ("1 Tasse Mehl, 2 Tasse Zucker"), not people.
        let head = |o: &SlotItem<'_>| input.lower[o.name.clone()].split(' ').next();
        let repeated = || {
            group
                .clone()
                .filter(|o| head(o) == head(item))
                .nth(1)
                .is_some()
        };
        if !(standalone || shared && vouched && !repeated())
            || taken.holds(&out[from..], &item.name)
        {
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

/// For each first letter (its low five bits), the byte lengths of the
/// words that [`opener_at`] knows starting with it, as bits.
const OPENER_LENGTHS: [u16; 32] = {
    let mut t = [0u16; 32];
    t[(b'v' & 31) as usize] = 1 << 1 | 1 << 3;
    t[(b'u' & 31) as usize] = 1 << 13 | 1 << 14;
    t[(b'f' & 31) as usize] = 1 << 4 | 1 << 7;
    t[(b'l' & 31) as usize] = 1 << 4;
    t[(b's' & 31) as usize] = 1 << 6 | 1 << 7 | 1 << 8;
    t[(b'd' & 31) as usize] = 1 << 2;
    t[(b'g' & 31) as usize] = 1 << 8;
    t[(b'o' & 31) as usize] = 1 << 11;
    t[(b'z' & 31) as usize] = 1 << 5;
    t[(b'p' & 31) as usize] = 1 << 9 | 1 << 10;
    t
};

/// The end of a phrase that opens a list of the people on a photo or
/// under a card ("v.l.n.r.", "from left", "signée par", "getekend
/// door"), starting with the word `word` at `at` of `lower`, if one does.
fn opener_at(lower: &str, at: usize, word: &str) -> Option<usize> {
    let phrases: &[&str] = match word {
        "v" => &["v.l.n.r.", "v. l. n. r."],
        "von" => &["von links nach rechts", "von links"],
        "unterschrieben" => &["unterschrieben von"],
        "unterzeichnet" => &["unterzeichnet von"],
        "from" => &["from left to right", "from left"],
        "left" => &["left to right"],
        "signed" => &["signed by"],
        "de" => &["de gauche à droite"],
        "signée" | "signé" | "signés" | "signées" => &[" par"],
        "da" => &["da sinistra a destra", "da sinistra"],
        "firmato" | "firmata" | "firmati" => &[" da"],
        "van" => &["van links naar rechts"],
        "getekend" | "ondertekend" => &[" door"],
        "zleva" => &["zleva doprava", "zleva"],
        "podepsáno" | "podepsali" => &[""],
        _ => return None,
    };
    let rest = &lower[at..];
    phrases
        .iter()
        .find_map(|p| {
            // A phrase that starts with a space goes on after the word.
            let (skip, p) = if p.starts_with(' ') || p.is_empty() {
                (word.len(), p)
            } else {
                (0, p)
            };
            rest[skip..].starts_with(p).then(|| at + skip + p.len())
        })
        .filter(|&end| !lower[end..].starts_with(|c: char| c.is_alphanumeric()))
}

/// A name's span, and whether its first token is a listed first name.
type KnownName = (Range<usize>, bool);

/// One name of a caption or signature list at `at`: at most one role word
/// ("Trainerin", "coach", "l'allenatrice"), then two to five name tokens.
/// Returns the name, whether its first token is a listed first name, and
/// where the item ends; `None` with the end for a lone listed first name.
fn caption_item(input: &Input<'_>, at: usize) -> Option<(Option<KnownName>, usize)> {
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
    let found = out.len();
    let mut taken = Taken(None);
    for run in runs {
        let at = run.start();
        // One table lookup turns away almost every word before the match.
        let len = run.end() - at;
        let first = lower.as_bytes()[at];
        if len > 14 || OPENER_LENGTHS[usize::from(first & 31)] & (1 << len) == 0 || at < resume {
            continue;
        }
        let Some(end) = opener_at(lower, at, &lower[at..run.end()]) else {
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
        // A listed first name vouches for a surname that is also a place
        // word ("Charlotte Quartier"); the others must hold none.
        for (span, known) in names {
            if (known || !holds_place(input, &span)) && !taken.holds(&out[from..found], &span) {
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

/// "ok passt, bis Freitag. thx alma dittrich", "top, akkoord. dankje
/// mathijs schwartsbach": in a lowercase chat post, two lowercase words
/// after a thanks word that end a line or the post are the name signed off
/// with, when the first is a listed first name (even one that is also a
/// common word) or the second reads as a surname to the spelling model.
pub(super) fn thanks_line_end(input: &Input<'_>, out: &mut Vec<Candidate>) {
    let (text, lower) = (input.text, input.lower);
    if !super::starts_lowercase(text) {
        return;
    }
    let runs = input.word_runs();
    for w in runs.windows(3) {
        let (thanks, first, last) = (w[0].range(), w[1].range(), w[2].range());
        if !super::thanks_word(&lower[thanks.clone()]) {
            continue;
        }
        let closes = text[last.end..]
            .trim_start_matches([' ', '.', '!', '🙏'])
            .starts_with(['\n', '\r'])
            || text[last.end..]
                .trim_end_matches([' ', '.', '!'])
                .is_empty();
        if !closes
            || text.get(thanks.end..first.start) != Some(" ")
            || text.get(first.end..last.start) != Some(" ")
        {
            continue;
        }
        let (f, l) = (&text[first.clone()], &text[last.clone()]);
        let plain = |w: &str, lo: usize, hi: usize| {
            (lo..=hi).contains(&w.len())
                && w.chars().all(|c| c.is_alphabetic() && c.is_lowercase())
                && !NOT_NAME_SET.contains(w)
                && !super::FUNCTION_WORDS.contains(&w)
                && !super::CONJUNCTIONS.contains(&w)
        };
        if !plain(f, 3, 12) || !plain(l, 4, 16) || listed_first_name(l) {
            continue;
        }
        if !(listed_first_name(f) || surname_like(l)) {
            continue;
        }
        let span = first.start..last.end;
        if out
            .iter()
            .all(|o| o.span.end <= span.start || o.span.start >= span.end)
        {
            out.push(Candidate::new(
                RULE,
                span,
                0.55,
                Cow::Borrowed("a lowercase name after thanks at the end of a line"),
            ));
        }
    }
}
