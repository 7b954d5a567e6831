//! `classification_marker`: Confidential, internal and official-use markings in all supported languages.
//!
//! A marking is a fixed phrase ("for internal use only", "nur für den
//! Dienstgebrauch"), a marking word in capitals ("VERTRAULICH"), or a marking
//! word where documents put markings: after a label ("Klassifizierung:
//! vertraulich"), in brackets ("[Confidential]"), or alone at the start of a
//! line before a separator ("Confidential – Q3 numbers"). The same words in
//! running prose ("Ich behandle das vertraulich", "summer intern") are casual
//! and stay silent.
//!
//! Only word starts are read (the shared word runs), and only those that
//! begin with one of a few stems; phrases are matched word by word around
//! each stem hit, in windows of bounded size, so the scan stays linear.

use std::sync::OnceLock;

use super::util::{is_word_byte, word_end, word_start};
use super::{Candidate, Input, RuleSpec};
use crate::Category;

pub(crate) const RULES: &[RuleSpec] = &[RuleSpec {
    id: "classification_marker",
    category: Category::Confidential,
    description: describe!("Confidential, internal and official-use markings in all supported languages: fixed \
                  marking phrases in any case, marking words in capitals, after a label, in brackets or \
                  alone at the start of a line; the same words in running prose stay silent."),
    priority: 52,
    matches: examples![
        ("VERTRAULICH – bitte nicht weiterleiten, Zahlen Q3 im Anhang", "VERTRAULICH"),
        ("Klassifizierung: vertraulich\nHier die Folien vom Workshop", "vertraulich"),
        ("Kann ich das Dokument posten? Oben steht NUR FÜR DEN DIENSTGEBRAUCH", "NUR FÜR DEN DIENSTGEBRAUCH"),
        ("[CONFIDENTIEL] Projet Lac: budget révisé", "CONFIDENTIEL"),
        ("Ecco le slide, sono STRETTAMENTE RISERVATO, non girarle", "STRETTAMENTE RISERVATO"),
        ("Vertrouwelijk: cijfers van de reorganisatie", "Vertrouwelijk"),
        ("Posílám přílohu, je to DŮVĚRNÉ", "DŮVĚRNÉ"),
        ("slides attached, for internal use only, don't forward", "for internal use only"),
        ("Incident report TLP:AMBER – please don't share outside", "TLP:AMBER"),
        ("Classification: Internal\nRoadmap 2025 attached", "Internal"),
        ("Ti mando il piano, è strettamente riservato.", "strettamente riservato"),
        ("DOCUMENTO RISERVATO - fasce retributive 2027 in allegato", "DOCUMENTO RISERVATO"),
        ("Nahoře je razítko VYHRAZENÉ, můžu to poslat?", "VYHRAZENÉ"),
        ("VERTRAULICHES DOKUMENT: Gehaltsbänder 2027", "VERTRAULICHES DOKUMENT"),
        ("Betreff: Budget neu\nVertraulich – bitte nicht weiterleiten", "Vertraulich"),
        ("Anbei die streng vertrauliche Liste der Kündigungen", "streng vertrauliche"),
        ("Le rapport est strictement confidentiel, merci de ne pas le diffuser", "strictement confidentiel"),
        ("Note à usage interne uniquement : ne pas publier", "à usage interne uniquement"),
        ("Marking: OFFICIAL-SENSITIVE, briefing for the minister", "OFFICIAL-SENSITIVE"),
        ("Nota is departementaal vertrouwelijk, niet delen", "departementaal vertrouwelijk"),
    ],
    ignores: examples![
        ("We will sort it out internally and get back to you", "adverb in prose, not a marking"),
        ("Looking for a summer intern in our Zurich office!", "a trainee, not a marking"),
        ("Ich behandle das vertraulich, versprochen", "lowercase adjective in running prose"),
        ("Die internationale Konferenz beginnt morgen", "'international' is not 'intern'"),
        ("bash --restricted\nL'interpréteur devient restreint", "a command-line option"),
        ("ignore it with allow-\ninternal. This helps", "a compound split at a line end"),
        ("Intern haben wir beschlossen, das Büro zu schliessen", "sentence-initial adverb, no separator"),
        ("Je vous donne un conseil confidentiel: reposez-vous", "lowercase adjective in running prose"),
        ("Il nostro stagista lavora con il team interno", "lowercase adjective in running prose"),
        ("hanno un mucchio di fumo pressato al loro\ninterno.  Quando esce", "prose wrapped across lines"),
        ("Parkování je vyhrazené pro zaměstnance.", "reserved parking, in lowercase"),
        ("HTTP 500 INTERNAL SERVER ERROR after the update", "capitalised error text, not a marking"),
        ("The official sensitive-data policy is on the intranet", "'official' in prose, not the UK marking"),
    ],
}];

/// How a marking phrase must appear to count.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
    /// A fixed marking phrase: a finding in any case.
    Fixed,
    /// A marking word: a finding in capitals, or where markings stand.
    Strong,
    /// A word with everyday meanings (intern, restricted): in capitals only
    /// when it stands out from its neighbours, else where markings stand.
    Weak,
}

/// Lowercase stems; every phrase holds a word that starts with one of them.
#[rustfmt::skip]
const STEMS: &[&str] = &[
    "confiden", "dienstgebrauch", "distribution", "důvěrn", "geheim", "intern", "official", "restr",
    "riservat", "secret", "tajn", "verschlusssache", "vertrau", "vertrouw", "vs-nfd", "vyhrazen",
];

/// Marking phrases, lowercase, word by word. An intensified marking word
/// ("strictly confidential", "strettamente riservato", "přísně tajné") is
/// a fixed phrase: nobody intensifies the word in passing, while the bare
/// word ("vertraulich") is also an everyday adjective.
const PHRASES: &[(&[&str], Kind)] = &[
    (&["for", "internal", "use", "only"], Kind::Fixed),
    (&["internal", "use", "only"], Kind::Fixed),
    (&["internal", "only"], Kind::Fixed),
    (&["not", "for", "distribution"], Kind::Fixed),
    (&["not", "for", "external", "distribution"], Kind::Fixed),
    (&["not", "for", "public", "distribution"], Kind::Fixed),
    (&["nur", "für", "den", "internen", "gebrauch"], Kind::Fixed),
    (&["nur", "zum", "internen", "gebrauch"], Kind::Fixed),
    (&["nur", "für", "internen", "gebrauch"], Kind::Fixed),
    (&["nur", "für", "den", "dienstgebrauch"], Kind::Fixed),
    (&["vs-nur", "für", "den", "dienstgebrauch"], Kind::Fixed),
    (&["vs-nfd"], Kind::Fixed),
    (&["verschlusssache"], Kind::Fixed),
    (&["usage", "interne", "uniquement"], Kind::Fixed),
    (&["à", "usage", "interne", "uniquement"], Kind::Fixed),
    // UK government markings ("OFFICIAL-SENSITIVE") and the Dutch state
    // marking "Departementaal Vertrouwelijk".
    (&["official-sensitive"], Kind::Fixed),
    (&["departementaal", "vertrouwelijk"], Kind::Fixed),
    (&["à", "usage", "interne"], Kind::Fixed),
    (&["pour", "usage", "interne"], Kind::Fixed),
    (&["diffusion", "restreinte"], Kind::Fixed),
    (&["solo", "per", "uso", "interno"], Kind::Fixed),
    (&["ad", "uso", "interno"], Kind::Fixed),
    (&["alleen", "voor", "intern", "gebruik"], Kind::Fixed),
    (&["uitsluitend", "voor", "intern", "gebruik"], Kind::Fixed),
    (&["voor", "intern", "gebruik"], Kind::Fixed),
    (&["pouze", "pro", "interní", "potřebu"], Kind::Fixed),
    (&["pouze", "pro", "interní", "použití"], Kind::Fixed),
    (&["vertraulich"], Kind::Strong),
    (&["streng", "vertraulich"], Kind::Fixed),
    (&["geheim"], Kind::Strong),
    (&["streng", "geheim"], Kind::Fixed),
    (&["confidentiel"], Kind::Strong),
    (&["strictement", "confidentiel"], Kind::Fixed),
    (&["usage", "interne"], Kind::Strong),
    (&["confidential"], Kind::Strong),
    (&["strictly", "confidential"], Kind::Fixed),
    (&["highly", "confidential"], Kind::Fixed),
    (&["internal", "use"], Kind::Strong),
    (&["top", "secret"], Kind::Strong),
    (&["strictement", "confidentielle"], Kind::Fixed),
    (&["strettamente", "riservata"], Kind::Fixed),
    (&["strettamente", "confidenziali"], Kind::Fixed),
    (&["streng", "vertrauliche"], Kind::Fixed),
    (&["riservato"], Kind::Strong),
    (&["strettamente", "riservato"], Kind::Fixed),
    (&["riservatissimo"], Kind::Strong),
    (&["confidenziale"], Kind::Strong),
    (&["strettamente", "confidenziale"], Kind::Fixed),
    (&["uso", "interno"], Kind::Strong),
    (&["vertrouwelijk"], Kind::Strong),
    (&["strikt", "vertrouwelijk"], Kind::Fixed),
    (&["intern", "gebruik"], Kind::Strong),
    (&["důvěrné"], Kind::Strong),
    (&["přísně", "důvěrné"], Kind::Fixed),
    (&["tajné"], Kind::Strong),
    (&["důvěrný"], Kind::Strong),
    (&["důvěrná"], Kind::Strong),
    (&["tajný"], Kind::Strong),
    (&["tajná"], Kind::Strong),
    (&["riservata"], Kind::Strong),
    (&["přísně", "tajné"], Kind::Fixed),
    (&["intern"], Kind::Weak),
    (&["internal"], Kind::Weak),
    (&["interne"], Kind::Weak),
    (&["interno"], Kind::Weak),
    (&["interní"], Kind::Weak),
    (&["restricted"], Kind::Weak),
    (&["restreint"], Kind::Weak),
    (&["restreinte"], Kind::Weak),
    // "Vyhrazené" is the lowest Czech level of classified information
    // (zákon 412/2005 Sb.); in lowercase it is "reserved" (a parking space).
    (&["vyhrazené"], Kind::Strong),
    (&["vyhrazený"], Kind::Strong),
    (&["vyhrazená"], Kind::Strong),
    // A document noun with its marking word, as a heading writes it:
    // "DOCUMENTO RISERVATO", "VERTRAULICHES DOKUMENT", "CONFIDENTIAL
    // DOCUMENT"; the noun belongs to the marking.
    (&["documento", "riservato"], Kind::Strong),
    (&["documento", "confidenziale"], Kind::Strong),
    (&["document", "confidentiel"], Kind::Strong),
    (&["vertrauliches", "dokument"], Kind::Strong),
    (&["confidential", "document"], Kind::Strong),
    (&["vertrouwelijk", "document"], Kind::Strong),
    (&["důvěrný", "dokument"], Kind::Strong),
];

/// The words of [`PHRASES`] that start with a stem ("vs" for "vs-nfd").
#[rustfmt::skip]
const ANCHORS: &[&str] = &[
    "confidential", "confidentiel", "confidentielle", "confidenziale", "confidenziali",
    "dienstgebrauch", "distribution", "důvěrná", "důvěrné", "důvěrný", "geheim", "intern",
    "internal", "interne", "internen", "interno", "interní", "official", "restreint", "restreinte",
    "restricted", "riservata", "riservatissimo", "riservato", "secret", "tajná", "tajné", "tajný",
    "verschlusssache", "vertraulich", "vertrauliche", "vertrauliches", "vertrouwelijk", "vs",
    "vyhrazená", "vyhrazené", "vyhrazený",
];

/// Labels that announce a classification: "Klassifizierung: vertraulich".
#[rustfmt::skip]
const LABELS: &[&str] = &[
    "classement", "classificatie", "classification", "classificazione", "confidentialité",
    "data classification", "důvěrnost", "einstufung", "geheimhaltungsstufe", "klasifikace",
    "klassifikation", "klassifizierung", "livello di riservatezza", "niveau de confidentialité",
    "riservatezza", "rubricering", "schutzklasse", "schutzstufe", "security classification",
    "sensibilité", "sensitivity", "sensitivity label", "stupeň důvěrnosti", "stupeň utajení",
    "utajení", "vertraulichkeit", "vertraulichkeitsstufe", "vertrouwelijkheid",
    "vertrouwelijkheidsniveau",
];

/// Longest run of spaces searched around a phrase; bounds every window.
const MAX_GAP: usize = 8;

pub(crate) fn detect(input: &Input<'_>, out: &mut Vec<Candidate>) {
    let lower = input.lower.as_bytes();
    // Per stem: hits inside a phrase it accepted are not tried again.
    let mut done = [0; STEMS.len()];
    let mut markings = Vec::new();
    let mut tlp = Vec::new();
    // Every stem and "tlp" must start a word, so only the shared word runs
    // are read, and only those whose first two bytes begin one; a substring
    // search per stem read the text fifteen times (issue 2).
    for at in input.word_runs().iter().map(|run| run.start()) {
        if !may_start(&lower[at..]) {
            continue;
        }
        for (k, stem) in STEMS.iter().enumerate() {
            if at < done[k] || !starts_with_stem(&lower[at..], stem.as_bytes()) {
                continue;
            }
            if let Some(c) = marking_at(input, at) {
                done[k] = c.span.end;
                markings.push((k, c));
            }
        }
        if let Some(end) = lower[at..]
            .starts_with(b"tlp")
            .then(|| tlp_end(input.lower, at))
            .flatten()
        {
            tlp.push(Candidate::new(
                "classification_marker",
                at..end,
                0.9,
                "Traffic Light Protocol marking",
            ));
        }
    }
    // Stem by stem, then TLP, as when each stem had its own pass.
    super::util::sort_stable_by(&mut markings, |a, b| a.0.cmp(&b.0));
    out.extend(markings.into_iter().map(|(_, c)| c));
    out.extend(tlp);
}

/// `rest.starts_with(stem)` for a stem of three bytes or more, deciding
/// nearly every miss on the first three bytes without a call to `memcmp`.
fn starts_with_stem(rest: &[u8], stem: &[u8]) -> bool {
    rest.len() >= stem.len() && rest[..3] == stem[..3] && rest[..stem.len()] == *stem
}

/// The first three bytes of the stems and of "tlp", hashed into 1024
/// bits: one multiply and one bit test reject nearly every word, where
/// the first two bytes ("co", "di", "in", "se", "ve") let a tenth through.
const START_TRIGRAMS: [u64; 16] = {
    let mut set = [0; 16];
    let mut i = 0;
    while i <= STEMS.len() {
        let word = if i < STEMS.len() { STEMS[i] } else { "tlp" };
        let bit = trigram_bit(word.as_bytes());
        set[bit / 64] |= 1 << (bit % 64);
        i += 1;
    }
    set
};

/// Where the first three bytes of `rest` (at least three) fall in
/// [`START_TRIGRAMS`].
const fn trigram_bit(rest: &[u8]) -> usize {
    let key = rest[0] as u32 | (rest[1] as u32) << 8 | (rest[2] as u32) << 16;
    (key.wrapping_mul(0x9E37_79B1) >> 22) as usize
}

/// True when a stem or "tlp" may start `rest` (never false when one does;
/// every one is three bytes or longer).
fn may_start(rest: &[u8]) -> bool {
    let bit = match rest.get(..3) {
        Some(head) => trigram_bit(head),
        None => return false,
    };
    START_TRIGRAMS[bit / 64] >> (bit % 64) & 1 != 0
}

/// The longest marking phrase whose stem word starts at `at`, if it counts.
fn marking_at(input: &Input<'_>, at: usize) -> Option<Candidate> {
    let (span, kind) = longest_phrase(input.lower, at)?;
    let (confidence, reason) = judge(input, &span, kind)?;
    Some(Candidate::new(
        "classification_marker",
        span,
        confidence,
        reason,
    ))
}

/// The longest phrase of [`PHRASES`] that holds the word starting at `at`.
fn longest_phrase(lower: &str, at: usize) -> Option<(std::ops::Range<usize>, Kind)> {
    // Most stem hits are other words ("international", "Vertrauen"): one
    // binary search rejects them before any phrase is tried.
    let end = at
        + lower.as_bytes()[at..]
            .iter()
            .take_while(|&&b| is_word_byte(b))
            .count();
    let phrases = phrases_with(&lower[at..end])?;
    phrases
        .iter()
        .map(|&i| PHRASES[i])
        .filter_map(|(phrase, kind)| phrase_around(lower, at, phrase).map(|span| (span, kind)))
        .max_by_key(|(span, _)| span.len())
}

/// The indices of the phrases that hold the anchor `word`.
fn phrases_with(word: &str) -> Option<&'static [usize]> {
    static INDEX: OnceLock<Vec<(&'static str, Vec<usize>)>> = OnceLock::new();
    let index = INDEX.get_or_init(|| {
        ANCHORS
            .iter()
            .map(|&a| {
                let holders = PHRASES
                    .iter()
                    .enumerate()
                    .filter(|(_, (p, _))| p.iter().any(|w| anchored_by(w, a)));
                (a, holders.map(|(i, _)| i).collect())
            })
            .collect()
    });
    let i = index.binary_search_by(|(a, _)| a.cmp(&word)).ok()?;
    Some(&index[i].1)
}

/// True when the phrase word `w` is `word`, or starts with it and a hyphen
/// ("vs-nfd" for the word "vs").
fn anchored_by(w: &str, word: &str) -> bool {
    w == word
        || w.strip_prefix(word)
            .is_some_and(|rest| rest.starts_with('-'))
}

/// Where `phrase` matches with one of its words starting at `at`.
fn phrase_around(lower: &str, at: usize, phrase: &[&str]) -> Option<std::ops::Range<usize>> {
    let k = phrase.iter().position(|w| word_here(lower, at, w))?;
    let mut end = at + phrase[k].len();
    for w in &phrase[k + 1..] {
        let next = skip_gap_forward(lower, end)?;
        end = word_here(lower, next, w).then(|| next + w.len())?;
    }
    let mut start = at;
    for w in phrase[..k].iter().rev() {
        let prev = skip_gap_back(lower, start)?;
        start = word_before(lower, prev, w)?;
    }
    Some(start..end)
}

/// True when the whole word `w` stands in `lower` at `at`.
fn word_here(lower: &str, at: usize, w: &str) -> bool {
    lower.get(at..).is_some_and(|s| s.starts_with(w)) && word_end(lower, at + w.len())
}

/// The start of the whole word `w` when it ends at `end`.
fn word_before(lower: &str, end: usize, w: &str) -> Option<usize> {
    let start = end.checked_sub(w.len())?;
    (lower.get(..end)?.ends_with(w) && word_start(lower, start)).then_some(start)
}

/// The next word's start after 1..=MAX_GAP spaces (one line break allowed).
fn skip_gap_forward(lower: &str, from: usize) -> Option<usize> {
    let bytes = lower.as_bytes();
    let mut at = from;
    while at < bytes.len()
        && at - from < MAX_GAP
        && matches!(bytes[at], b' ' | b'\t' | b'\n' | b'\r')
    {
        at += 1;
    }
    let breaks = bytes[from..at].iter().filter(|&&b| b == b'\n').count();
    (at > from && breaks <= 1).then_some(at)
}

/// The previous word's end before 1..=MAX_GAP spaces (one line break allowed).
fn skip_gap_back(lower: &str, from: usize) -> Option<usize> {
    let bytes = lower.as_bytes();
    let mut at = from;
    while at > 0 && from - at < MAX_GAP && matches!(bytes[at - 1], b' ' | b'\t' | b'\n' | b'\r') {
        at -= 1;
    }
    let breaks = bytes[at..from].iter().filter(|&&b| b == b'\n').count();
    (at < from && breaks <= 1).then_some(at)
}

/// The confidence and reason when the phrase at `span` is a marking.
fn judge(
    input: &Input<'_>,
    span: &std::ops::Range<usize>,
    kind: Kind,
) -> Option<(f32, &'static str)> {
    let caps = all_caps(&input.text[span.clone()]);
    if compound_or_option(input.lower.as_bytes(), span.start) {
        return None;
    }
    if kind == Kind::Fixed {
        return Some((0.9, "fixed classification marking"));
    }
    if after_label(input.lower, span.start) {
        return Some((0.85, "classification marking after a label"));
    }
    if bracketed(input.lower, span) {
        return Some((0.85, "bracketed classification marking"));
    }
    if line_start(input.lower, span.start)
        && separator_follows(input.lower, span.end)
        && !wrapped(input.text, span.start)
    {
        return Some((0.8, "classification marking heading a line"));
    }
    match kind {
        Kind::Strong if caps => Some((0.85, "classification marking in capitals")),
        // "Das ist INTERN." marks; "the INTERNAL audit" only stresses a word.
        Kind::Weak
            if caps && stands_out(input.text, span) && separator_follows(input.lower, span.end) =>
        {
            Some((0.7, "classification marking in capitals"))
        }
        _ => None,
    }
}

/// True when a hyphen glues the marking to a word or another hyphen before
/// it: a compound ("non-confidential", "allow-internal") or a command-line
/// option ("--restricted"), not a marking.
fn compound_or_option(lower: &[u8], start: usize) -> bool {
    // A compound may be split at a line end ("allow-⏎internal").
    let at = start - usize::from(start > 0 && lower[start - 1] == b'\n');
    at >= 2
        && lower[at - 1] == b'-'
        && (lower[at - 2] == b'-' || lower[at - 2].is_ascii_alphanumeric())
}

/// True when `s` has letters and none of them is lowercase.
fn all_caps(s: &str) -> bool {
    s.chars().any(char::is_alphabetic) && !s.chars().any(char::is_lowercase)
}

/// True when a label and a colon stand right before `start`.
fn after_label(lower: &str, start: usize) -> bool {
    let bytes = lower.as_bytes();
    let mut at = start;
    while at > 0 && start - at < MAX_GAP && matches!(bytes[at - 1], b' ' | b'\t' | b'"' | b'\'') {
        at -= 1;
    }
    if at == 0 || bytes[at - 1] != b':' {
        return false;
    }
    let end = at - 1;
    let end = (0..MAX_GAP)
        .find(|&i| end < i + 1 || bytes[end - i - 1] != b' ')
        .map_or(end, |i| end - i);
    LABELS
        .iter()
        .any(|label| word_before(lower, end, label).is_some())
}

/// True when `[` or `(` opens right before the phrase and closes after it.
fn bracketed(lower: &str, span: &std::ops::Range<usize>) -> bool {
    let bytes = lower.as_bytes();
    let open = span.start.checked_sub(1).map(|i| bytes[i]);
    let close = bytes.get(span.end).copied();
    matches!(
        (open, close),
        (Some(b'['), Some(b']')) | (Some(b'('), Some(b')'))
    )
}

/// True when only decoration (spaces, `*`, `#`, `>`, `-`, `_`) stands
/// between the line start and `start`.
fn line_start(lower: &str, start: usize) -> bool {
    let bytes = lower.as_bytes();
    let mut at = start;
    while at > 0 && start - at < MAX_GAP {
        match bytes[at - 1] {
            b'\n' => return true,
            b' ' | b'\t' | b'*' | b'#' | b'>' | b'-' | b'_' | b'[' | b'(' => at -= 1,
            _ => return false,
        }
    }
    at == 0
}

/// True when the word at `start` is lowercase and the line before ends in a
/// lowercase letter or a comma: a sentence wrapped across lines ("al
/// loro⏎interno."), not a marking heading its line.
fn wrapped(text: &str, start: usize) -> bool {
    let Some(line) = text[..start].rfind('\n') else {
        return false;
    };
    let before = text[..line].trim_end_matches([' ', '\t', '\r']);
    let lower_word = text[start..].starts_with(|c: char| c.is_lowercase());
    let open = before
        .chars()
        .next_back()
        .is_some_and(|c| c.is_lowercase() || c == ',');
    lower_word && open
}

/// True when the line ends after the phrase or a separator follows it:
/// `:`, `-`, `|`, `/`, `!`, `*`, a closing bracket, or a full stop.
fn separator_follows(lower: &str, end: usize) -> bool {
    let bytes = lower.as_bytes();
    let mut at = end;
    while at < bytes.len() && at - end < MAX_GAP && matches!(bytes[at], b' ' | b'\t') {
        at += 1;
    }
    match bytes.get(at) {
        None | Some(b'\n' | b'\r' | b':' | b'-' | b'|' | b'/' | b'!' | b'*' | b']' | b')') => true,
        Some(b'.') => bytes.get(at + 1).is_none_or(u8::is_ascii_whitespace),
        Some(_) => false,
    }
}

/// True when neither neighbouring word is in capitals too: a capitalised
/// marking stands out, a capitalised headline or error text does not.
fn stands_out(text: &str, span: &std::ops::Range<usize>) -> bool {
    !neighbour_caps(text, span.start, false) && !neighbour_caps(text, span.end, true)
}

/// True when the word next to `at` (on the same line) is in capitals.
fn neighbour_caps(text: &str, at: usize, forward: bool) -> bool {
    let bytes = text.as_bytes();
    let mut i = at;
    let mut steps = 0;
    let step_ok = |i: usize| if forward { i < bytes.len() } else { i > 0 };
    let byte = |i: usize| if forward { bytes[i] } else { bytes[i - 1] };
    // Skip the gap, then take the word (bounded, so each check is O(1)).
    while step_ok(i) && steps < MAX_GAP && matches!(byte(i), b' ' | b'\t' | b',' | b'/' | b'-') {
        i = if forward { i + 1 } else { i - 1 };
        steps += 1;
    }
    let first = i;
    while step_ok(i) && steps < 4 * MAX_GAP && is_word_byte(byte(i)) {
        i = if forward { i + 1 } else { i - 1 };
        steps += 1;
    }
    let word = if forward {
        text.get(first..i)
    } else {
        text.get(i..first)
    };
    word.is_some_and(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && all_caps(w))
}

/// The end of a `TLP:` marking of a restricted colour starting at `at`:
/// `TLP:RED`, `TLP:AMBER` and `TLP:AMBER+STRICT` (Traffic Light Protocol),
/// in any case; the protocol's own marking, so no other context is needed.
fn tlp_end(lower: &str, at: usize) -> Option<usize> {
    if !word_start(lower, at) {
        return None;
    }
    let rest = lower.get(at + 3..)?;
    let trimmed = rest.trim_start_matches(' ');
    let colour_at = trimmed
        .strip_prefix(':')
        .map(|s| s.trim_start_matches(' ').len())?;
    let colour_at = lower.len() - colour_at;
    ["amber+strict", "amber", "red"]
        .iter()
        .find(|c| word_here(lower, colour_at, c))
        .map(|c| colour_at + c.len())
}

#[cfg(test)]
mod tests {
    use crate::{Policy, Scanner};

    fn markings(text: &str) -> Vec<&str> {
        Scanner::new(Policy::default())
            .scan(text)
            .into_iter()
            .filter(|f| f.rule == "classification_marker")
            .map(|f| &text[f.span])
            .collect()
    }

    #[test]
    fn anchors_are_sorted_for_binary_search() {
        crate::detect::lexicon_common::assert_sorted("ANCHORS", super::ANCHORS);
    }

    #[test]
    fn every_phrase_has_an_anchor_word_that_starts_with_a_stem() {
        for (phrase, _) in super::PHRASES {
            let anchor = phrase
                .iter()
                .flat_map(|w| w.split('-'))
                .find(|w| super::ANCHORS.contains(w))
                .unwrap_or_else(|| panic!("{phrase:?} has no anchor"));
            let stem = if anchor == "vs" { "vs-nfd" } else { anchor };
            assert!(
                super::STEMS.iter().any(|s| stem.starts_with(s)),
                "{phrase:?}"
            );
        }
    }

    #[test]
    fn markings_are_found_in_every_form_and_language() {
        let cases: &[(&str, &str)] = &[
            (
                "STRENG VERTRAULICH\nAgenda Verwaltungsrat",
                "STRENG VERTRAULICH",
            ),
            ("Dokument VS-NfD, bitte löschen", "VS-NfD"),
            (
                "Het verslag is strikt vertrouwelijk.",
                "strikt vertrouwelijk",
            ),
            ("Posílám smlouvu, je přísně důvěrné", "přísně důvěrné"),
            (
                "these figures are strictly confidential",
                "strictly confidential",
            ),
            ("NUR FÜR DEN\nDIENSTGEBRAUCH", "NUR FÜR DEN\nDIENSTGEBRAUCH"),
            ("Vertraulichkeit: intern", "intern"),
            ("**Confidential** – draft", "Confidential"),
            ("Confidential – draft numbers", "Confidential"),
            ("Document à usage interne, merci", "à usage interne"),
            ("DIFFUSION RESTREINTE", "DIFFUSION RESTREINTE"),
            ("Uso interno: bozza del piano", "Uso interno"),
            ("Stupeň utajení: tajné", "tajné"),
            ("PŘÍSNĚ TAJNÉ – nezveřejňovat", "PŘÍSNĚ TAJNÉ"),
            ("Alleen voor intern gebruik!", "Alleen voor intern gebruik"),
            ("tlp: red", "tlp: red"),
            ("TLP:AMBER+STRICT report", "TLP:AMBER+STRICT"),
            ("Das Papier ist INTERN.", "INTERN"),
            ("Slides (INTERNAL ONLY) attached", "INTERNAL ONLY"),
        ];
        for (text, want) in cases {
            assert_eq!(markings(text), vec![*want], "in {text:?}");
        }
    }

    #[test]
    fn casual_words_and_look_alikes_stay_silent() {
        let cases = [
            "Unser Praktikant ist intern gut vernetzt",
            "I'd love a confidential chat about the role",
            "WE ARE HIRING A SUMMER INTERN IN BERN",
            "Winternacht in Zürich",
            "The secret is good coffee",
            "TLP:GREEN – share freely",
            "restricted parking zone",
            "Intern würde ich das anders lösen",
            "Confidentiality matters to us",
            "Die Internet-Verbindung ist weg",
            "Das Gespräch war vertraulich und streng genommen privat",
            "Il colloquio è confidenziale, strettamente personale",
            "He is strictly against a confidential vote",
        ];
        for text in cases {
            assert!(
                markings(text).is_empty(),
                "{text:?} gave {:?}",
                markings(text)
            );
        }
    }

    #[test]
    fn long_repetitive_input_scans_quickly_and_never_panics() {
        let text = "intern INTERN: [vertraulich ".repeat(10_000);
        let found = markings(&text).len();
        assert!(found > 0);
        for s in ["tlp", "tlp:", "[", "Ü", "intern\u{301}", "vs-", "TLP :"] {
            let _ = markings(s);
        }
    }
}
