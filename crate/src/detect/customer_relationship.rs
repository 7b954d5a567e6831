//! `customer_relationship`: phrases by which a bank, insurer, post office,
//! public office or company confirms that the reader is its client.
//!
//! Built as a small phrase grammar, not a list of sentences, so that it
//! covers the phrasings nobody listed:
//!
//! - a possessive addressed to the reader (`Ihr`, `votre`, `il suo`, `uw`,
//!   `váš`, `your` …), up to two modifiers (`neues`, `credit`, `persoonlijke`),
//!   then a banking or contract noun (`Konto`, `hypothèque`, `mutuo`,
//!   `rekening`, `účet`, `mortgage` …), an adviser (`Kundenberater`,
//!   `account manager`) or loyalty (`Treue`, `fidélité`, `loyalty` …);
//! - tenure: a client noun with a tenure adjective (`langjährige Kundin`,
//!   `long-standing client`) or a "since" phrase (`client depuis 2012`).
//!
//! Possessive and noun must be of the same language, so that the Dutch `je`
//! before the French `compte` ("je compte sur vous") is nothing.
//!
//! The words around the phrase, within its sentence, silence it when it is
//! marketing (`open your account`, `eröffnen Sie Ihr Konto`), a how-to with a
//! UI word (`your account settings`, `in der App`), a conditional (`if your
//! card is lost`), a security warning (`we never ask for …`), a request to
//! write in private, or thanks to everyone (`thank you all for your loyalty`).
//!
//! Why scan words rather than search phrases: one pass over the bytes with a
//! `match` on each short word costs about as much as one substring search,
//! and the grammar looks at the neighbours of the few words that match.

use super::contact_common::{lookup, word_slots};
use super::util::is_word_byte;
use super::{Candidate, Input, RuleSpec};
use crate::Category;

pub(crate) const RULES: &[RuleSpec] = &[RuleSpec {
    id: "customer_relationship",
    category: Category::Confidential,
    description: "Phrases that confirm the reader is a client (bank-client, insurance and postal \
                  secrecy), in de, fr, it, nl, cs and en: a possessive addressed to the reader \
                  followed within two words by a banking or contract noun ('Ihr Konto', 'votre \
                  hypothèque', 'il suo mutuo', 'uw rekening', 'váš účet', 'your mortgage'), an \
                  adviser ('your account manager') or loyalty ('Ihre Treue'), and tenure phrases \
                  ('langjährige Kundin', 'client depuis 2012', 'long-standing client'). The span \
                  is that phrase: possessive + noun, or the tenure phrase, never the thanks \
                  around it. Ambiguous nouns (card, contract, policy) need a banking modifier \
                  or a confirming verb. Silent for marketing verbs ('open your account'), how-to \
                  phrasing with a UI word (settings, login, app, password), conditionals ('if \
                  your card is lost'), 'we never ask', private-message invitations, thanks to \
                  everyone and 'our' accounts.",
    priority: 51,
    matches: examples![
        ("Vielen Dank für Ihre Treue! Wir melden uns.", "Ihre Treue"),
        (
            "Wir haben Ihr Konto geprüft und die Gebühr erstattet.",
            "Ihr Konto",
        ),
        (
            "Als langjährige Kundin wissen Sie ja, wie das läuft.",
            "langjährige Kundin",
        ),
        (
            "Merci pour votre fidélité, Madame Dubois !",
            "votre fidélité",
        ),
        (
            "Nous avons bloqué votre carte bancaire par précaution.",
            "votre carte bancaire",
        ),
        (
            "Gentile cliente, il suo mutuo scade a fine mese.",
            "il suo mutuo",
        ),
        ("Bedankt voor uw trouw, we lossen het snel op.", "uw trouw"),
        ("Děkujeme za Vaši věrnost, pane Nováku.", "Vaši věrnost"),
        ("Vaše hypotéka byla schválena.", "Vaše hypotéka"),
        (
            "Hi Sam, we have looked into your account and fixed the fee.",
            "your account",
        ),
        (
            "As a long-standing client you get priority support.",
            "long-standing client",
        ),
        (
            "Your account manager will call you tomorrow.",
            "Your account manager",
        ),
        (
            "Sie sind ja Kundin seit 2009, das sehen wir.",
            "Kundin seit 2009",
        ),
    ],
    ignores: examples![
        (
            "Schreiben Sie uns eine PN, dann schauen wir es an.",
            "an invitation to write in private",
        ),
        (
            "Eröffnen Sie jetzt Ihr Konto online!",
            "marketing to everyone",
        ),
        (
            "Danke an alle unsere Kundinnen und Kunden!",
            "thanks addressed to everyone",
        ),
        (
            "Log in to your account settings to change the language.",
            "a how-to with a UI word",
        ),
        (
            "Devenez client et ouvrez votre compte en 5 minutes.",
            "marketing to everyone",
        ),
        (
            "Unser Konto bei der Post ist für Spenden offen.",
            "our own account, not the reader's",
        ),
        (
            "Je compte sur vous pour demain !",
            "French 'je', not the Dutch possessive",
        ),
        (
            "Kun je rekening houden met de drukte?",
            "the Dutch idiom 'rekening houden met'",
        ),
        (
            "If your card is lost, call the hotline at once.",
            "generic advice, a conditional",
        ),
        (
            "Thank you all for your loyalty this year!",
            "thanks addressed to everyone",
        ),
        (
            "Nikdy vás nebudeme žádat o heslo k vašemu účtu.",
            "a security warning with a UI word",
        ),
        (
            "Love your portfolio, the colours are great!",
            "an ambiguous noun with nothing confirming",
        ),
    ],
}];

const DE: u8 = 1;
const FR: u8 = 2;
const IT: u8 = 4;
const NL: u8 = 8;
const CS: u8 = 16;
const EN: u8 = 32;

/// Longest word that can start a phrase, in bytes.
const MAX_TRIGGER: usize = 12;
/// How far the grammar looks around a phrase, in bytes.
const REACH: usize = 96;

/// A word of `lower` by byte offsets.
#[derive(Clone, Copy, Debug)]
struct Word {
    start: usize,
    end: usize,
}

impl Word {
    fn of(self, lower: &str) -> &str {
        &lower[self.start..self.end]
    }
}

/// What the noun of a phrase names.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Class {
    /// An account, mortgage, loan, deposit: the reader's own.
    Strong,
    /// A card, contract, policy, portfolio: ambiguous alone.
    Weak,
    /// The reader's own bank adviser.
    Adviser,
    /// The reader's loyalty as a client.
    Loyalty,
}

use Trigger::{Client, Possessive};

/// A word that may start a phrase.
#[derive(Clone, Copy)]
enum Trigger {
    /// A possessive addressed to the reader, with its language.
    Possessive(u8),
    /// A singular client noun, with its language.
    Client(u8),
}

pub(crate) fn detect(input: &Input<'_>, out: &mut Vec<Candidate>) {
    let bytes = input.lower.as_bytes();
    let mut consumed = 0;
    // One table read per byte finds the words that start like a trigger;
    // only those are measured and looked up.
    let mut in_word = false;
    for (at, &b) in bytes.iter().enumerate() {
        let starts = !in_word && TRIGGER_FIRST[usize::from(b)];
        in_word = is_word_byte(b);
        if !starts || at < consumed {
            continue;
        }
        let end = word_end(bytes, at);
        if let Some(c) = phrase_at(input, Word { start: at, end }) {
            consumed = c.span.end;
            out.push(c);
        }
    }
}

/// The end of the word starting at `start`, or `start + MAX_TRIGGER + 1`
/// when it is longer than any trigger.
fn word_end(bytes: &[u8], start: usize) -> usize {
    let limit = (start + MAX_TRIGGER + 1).min(bytes.len());
    bytes[start..limit]
        .iter()
        .position(|&b| !is_word_byte(b))
        .map_or(limit, |n| start + n)
}

fn phrase_at(input: &Input<'_>, word: Word) -> Option<Candidate> {
    if word.end - word.start > MAX_TRIGGER {
        return None;
    }
    match trigger(word.of(input.lower))? {
        Trigger::Possessive(lang) => possessive_phrase(input, word, lang),
        Trigger::Client(lang) => tenure_phrase(input, word, lang),
    }
}

/// Words that may start a phrase.
const TRIGGERS: &[(&str, Trigger)] = &[
    ("client", Client(FR | IT | EN)),
    ("cliente", Client(FR | IT | EN)),
    ("customer", Client(EN)),
    ("dein", Possessive(DE)),
    ("deine", Possessive(DE)),
    ("deinem", Possessive(DE)),
    ("deinen", Possessive(DE)),
    ("deiner", Possessive(DE)),
    ("deines", Possessive(DE)),
    ("euer", Possessive(DE)),
    ("eure", Possessive(DE)),
    ("eurem", Possessive(DE)),
    ("euren", Possessive(DE)),
    ("ihr", Possessive(DE)),
    ("ihre", Possessive(DE)),
    ("ihrem", Possessive(DE)),
    ("ihren", Possessive(DE)),
    ("ihrer", Possessive(DE)),
    ("ihres", Possessive(DE)),
    ("je", Possessive(NL)),
    ("jouw", Possessive(NL)),
    ("klant", Client(NL)),
    ("klient", Client(CS)),
    ("klienta", Client(CS)),
    ("klientka", Client(CS)),
    ("klientem", Client(CS)),
    ("klientkou", Client(CS)),
    ("klientku", Client(CS)),
    ("kunde", Client(DE)),
    ("kunden", Client(DE)),
    ("kundin", Client(DE)),
    ("sua", Possessive(IT)),
    ("sue", Possessive(IT)),
    ("suo", Possessive(IT)),
    ("suoi", Possessive(IT)),
    ("ta", Possessive(FR)),
    ("tes", Possessive(FR)),
    ("ton", Possessive(FR)),
    ("tua", Possessive(IT)),
    ("tue", Possessive(IT)),
    ("tuo", Possessive(IT)),
    ("tuoi", Possessive(IT)),
    ("tvoje", Possessive(CS)),
    ("tvojí", Possessive(CS)),
    ("tvou", Possessive(CS)),
    ("tvá", Possessive(CS)),
    ("tvé", Possessive(CS)),
    ("tvého", Possessive(CS)),
    ("tvému", Possessive(CS)),
    ("tvým", Possessive(CS)),
    ("tvůj", Possessive(CS)),
    ("uw", Possessive(NL)),
    ("vaše", Possessive(CS)),
    ("vašeho", Possessive(CS)),
    ("vašemu", Possessive(CS)),
    ("vaši", Possessive(CS)),
    ("vašich", Possessive(CS)),
    ("vašim", Possessive(CS)),
    ("vašimi", Possessive(CS)),
    ("vaší", Possessive(CS)),
    ("vaším", Possessive(CS)),
    ("vos", Possessive(FR)),
    ("vostra", Possessive(IT)),
    ("vostre", Possessive(IT)),
    ("vostri", Possessive(IT)),
    ("vostro", Possessive(IT)),
    ("votre", Possessive(FR)),
    ("váš", Possessive(CS)),
    ("your", Possessive(EN)),
    ("zákaznice", Client(CS)),
    ("zákazník", Client(CS)),
    ("zákazníka", Client(CS)),
    ("zákazníkem", Client(CS)),
];

/// [`TRIGGERS`] hashed: the main loop looks every word up here.
const TRIGGER_SLOTS: [u16; 512] = word_slots!(TRIGGERS, 512);

/// The first bytes of [`TRIGGERS`]: most words start otherwise and are
/// skipped before hashing.
const TRIGGER_FIRST: [bool; 256] = {
    let mut first = [false; 256];
    let mut i = 0;
    while i < TRIGGERS.len() {
        first[TRIGGERS[i].0.as_bytes()[0] as usize] = true;
        i += 1;
    }
    first
};

fn trigger(word: &str) -> Option<Trigger> {
    if !TRIGGER_FIRST[usize::from(*word.as_bytes().first()?)] {
        return None;
    }
    lookup(&TRIGGER_SLOTS, TRIGGERS, word).map(|(_, t)| t)
}

// ---------------------------------------------------------------------------
// Possessive + noun
// ---------------------------------------------------------------------------

/// A possessive, up to two modifiers, and a noun of the same language.
fn possessive_phrase(input: &Input<'_>, poss: Word, lang: u8) -> Option<Candidate> {
    let lower = input.lower;
    // German "ihr" in lower case is "her"/"their"; the polite "Ihr" is the
    // reader.
    if lang == DE
        && lower.as_bytes()[poss.start] == b'i'
        && input.text.as_bytes()[poss.start] != b'I'
    {
        return None;
    }
    let limit = (poss.end + REACH).min(lower.len());
    let mut cur = poss;
    let mut banking = false;
    for _ in 0..3 {
        let next = next_word(lower, cur.end, limit)?;
        let word = next.of(lower);
        if let Some(end) = two_word_adviser(lower, next, lang, limit) {
            return judge_possessive(
                input,
                poss,
                Word {
                    start: next.start,
                    end,
                },
                Class::Adviser,
                lang,
            );
        }
        if let Some(class) = noun(word, lang) {
            let (class, noun) = refine(lower, next, class, banking, lang, limit)?;
            return judge_possessive(input, poss, noun, class, lang);
        }
        banking |= modifier(word, lang)?;
        cur = next;
    }
    None
}

/// `account manager`, `relationship manager`, `financial adviser`: the end
/// of the two-word adviser starting at `first`.
fn two_word_adviser(lower: &str, first: Word, lang: u8, limit: usize) -> Option<usize> {
    let head = matches!(
        first.of(lower),
        "account" | "relationship" | "client" | "wealth" | "financial"
    );
    if lang != EN || !head {
        return None;
    }
    let second = next_word(lower, first.end, limit)?;
    matches!(second.of(lower), "manager" | "advisor" | "adviser").then_some(second.end)
}

/// Applies what follows the noun: a compound that makes it a UI thing or a
/// request (`account settings`, `account number`), an idiom (`rekening
/// houden`, `compte rendu`), or a banking modifier after it (`carte
/// bancaire`, `carta di credito`) that makes an ambiguous noun clear.
fn refine(
    lower: &str,
    noun: Word,
    class: Class,
    banking: bool,
    lang: u8,
    limit: usize,
) -> Option<(Class, Word)> {
    let Some(next) = next_word(lower, noun.end, limit) else {
        return Some((strengthen(class, banking), noun));
    };
    let after = next.of(lower);
    if is_compound_tail(after) || idiom(noun.of(lower), after) {
        return None;
    }
    if class == Class::Weak && lang & (FR | IT) != 0 {
        if let Some(end) = banking_tail(lower, next, limit) {
            return Some((
                Class::Strong,
                Word {
                    start: noun.start,
                    end,
                },
            ));
        }
    }
    Some((strengthen(class, banking), noun))
}

fn strengthen(class: Class, banking: bool) -> Class {
    if class == Class::Weak && banking {
        Class::Strong
    } else {
        class
    }
}

/// Words after a noun that make it the name of a field, a setting or a
/// request for data rather than the reader's own account.
fn is_compound_tail(word: &str) -> bool {
    matches!(
        word,
        "number"
            | "numbers"
            | "details"
            | "settings"
            | "setting"
            | "name"
            | "login"
            | "password"
            | "nummer"
            | "daten"
            | "einstellungen"
            | "numéro"
            | "détails"
            | "paramètres"
            | "numero"
            | "dettagli"
            | "impostazioni"
            | "gegevens"
            | "instellingen"
            | "číslo"
            | "údaje"
            | "nastavení"
            | "id"
            | "iban"
    )
}

/// Idioms in which the noun is not the reader's account or loyalty:
/// "rekening houden met" (take into account), "compte rendu" (report),
/// "your account of events", "your loyalty card" (a shop's scheme).
fn idiom(noun: &str, after: &str) -> bool {
    matches!(
        (noun, after),
        ("rekening", "houden" | "hield" | "gehouden")
            | ("compte", "rendu")
            | ("account", "of")
            | (
                "loyalty",
                "card"
                    | "cards"
                    | "program"
                    | "programme"
                    | "points"
                    | "scheme"
                    | "club"
                    | "rewards"
            )
    )
}

/// A banking modifier written after a French or Italian noun: `bancaire`,
/// `de crédit`, `di credito`, `courant`, `corrente`. Returns its end.
fn banking_tail(lower: &str, next: Word, limit: usize) -> Option<usize> {
    match next.of(lower) {
        "bancaire" | "bancaria" | "bancario" | "courant" | "corrente" | "épargne"
        | "immobilier" | "hypothécaire" | "ipotecario" | "prépayée" | "prepagata" => {
            Some(next.end)
        }
        "de" | "di" | "du" => {
            let second = next_word(lower, next.end, limit)?;
            let w = second.of(lower);
            matches!(
                w,
                "crédit" | "débit" | "credito" | "debito" | "paiement" | "pagamento" | "prévoyance"
            )
            .then_some(second.end)
        }
        _ => None,
    }
}

/// Weighs the sentence around a possessive phrase.
fn judge_possessive(
    input: &Input<'_>,
    poss: Word,
    noun: Word,
    class: Class,
    lang: u8,
) -> Option<Candidate> {
    let lower = input.lower;
    let start = italian_article(lower, poss, lang).unwrap_or(poss.start);
    let around = Around::of(lower, start, noun.end);
    let not_a_client = around.before(8, EVERYONE) || around.before(8, FAN) || around.after(4, FAN);
    if around.silences(lang) || class == Class::Loyalty && not_a_client {
        return None;
    }
    let verbs = if class == Class::Weak {
        STATE
    } else {
        CONFIRM | STATE
    };
    let confirmed = around.before(8, WE) || around.after(3, verbs);
    let (confidence, reason) = match class {
        Class::Strong => (0.75, "refers to the reader's own account, loan or contract"),
        Class::Weak => (0.45, "refers to the reader's card, contract or policy"),
        Class::Adviser => (0.75, "refers to the reader's own bank adviser"),
        Class::Loyalty => (0.85, "thanks the reader for their loyalty as a client"),
    };
    let boost = match (confirmed, class) {
        (true, Class::Weak) => 0.25,
        (true, _) => 0.1,
        (false, _) => 0.0,
    };
    let thanked = class == Class::Loyalty && around.before(6, THANKS);
    let confidence = (confidence + boost + if thanked { 0.05 } else { 0.0 }) as f32;
    Some(Candidate::new(
        "customer_relationship",
        start..noun.end,
        confidence.min(0.9),
        reason,
    ))
}

/// The Italian article before `il suo`, `la sua`: part of the phrase.
fn italian_article(lower: &str, poss: Word, lang: u8) -> Option<usize> {
    if lang != IT {
        return None;
    }
    let prev = prev_word(lower, poss.start, poss.start.saturating_sub(8))?;
    matches!(prev.of(lower), "il" | "la" | "i" | "le").then_some(prev.start)
}

// ---------------------------------------------------------------------------
// Tenure: "langjährige Kundin", "client depuis 2012"
// ---------------------------------------------------------------------------

/// A client noun with a tenure adjective before it or a "since" phrase or
/// tenure adjective after it.
fn tenure_phrase(input: &Input<'_>, noun: Word, lang: u8) -> Option<Candidate> {
    let lower = input.lower;
    let floor = noun.start.saturating_sub(REACH);
    let limit = (noun.end + REACH).min(lower.len());
    let before = tenure_before(lower, noun, lang, floor);
    // "Kunden" is plural as often as singular: only "langjährigem Kunden".
    if noun.of(lower) == "kunden"
        && !before.is_some_and(|b| lower[b..noun.start].trim_end().ends_with("em"))
    {
        return None;
    }
    let after = tenure_after(lower, noun, lang, limit);
    if before.is_none() && after.is_none() {
        return None;
    }
    let span = before.unwrap_or(noun.start)..after.unwrap_or(noun.end);
    let around = Around::of(lower, span.start, span.end);
    if around.before(4, MARKETING) || around.before(8, GENERIC) {
        return None;
    }
    Some(Candidate::new(
        "customer_relationship",
        span,
        0.8,
        "calls the reader a long-standing client",
    ))
}

/// Start of a tenure adjective right before the client noun.
fn tenure_before(lower: &str, noun: Word, lang: u8, floor: usize) -> Option<usize> {
    let prev = prev_word(lower, noun.start, floor)?;
    let w = prev.of(lower);
    if lang & EN != 0 && matches!(w, "standing" | "time" | "term") {
        let long = prev_word(lower, prev.start, floor)?;
        return (long.of(lower) == "long").then_some(long.start);
    }
    if tenure_adjective(w, lang) {
        return Some(prev.start);
    }
    since_before(lower, prev, lang, floor)
}

/// Start of a "since" phrase written before the noun: "seit 2010 Kunde",
/// "sinds vele jaren klant", "od roku 2005 klientem".
fn since_before(lower: &str, last: Word, lang: u8, floor: usize) -> Option<usize> {
    let mut cur = last;
    for _ in 0..3 {
        let w = cur.of(lower);
        if !(w.bytes().all(|b| b.is_ascii_digit()) || is_time_word(w)) {
            return None;
        }
        let prev = prev_word(lower, cur.start, floor)?;
        if is_since(prev.of(lower), lang) {
            return Some(prev.start);
        }
        cur = prev;
    }
    None
}

/// "since" in the noun's language.
fn is_since(w: &str, lang: u8) -> bool {
    match w {
        "seit" => lang & DE != 0,
        "depuis" => lang & FR != 0,
        "da" => lang & IT != 0,
        "sinds" => lang & NL != 0,
        "od" => lang & CS != 0,
        "since" | "for" => lang & EN != 0,
        _ => false,
    }
}

fn tenure_adjective(w: &str, lang: u8) -> bool {
    let de = lang & DE != 0
        && (w.starts_with("langjährig")
            || w.starts_with("geschätzt")
            || matches!(w, "treue" | "treuer" | "treuem" | "treuen"));
    let en = lang & EN != 0
        && matches!(
            w,
            "valued" | "loyal" | "longstanding" | "longtime" | "faithful"
        );
    let fr = lang & FR != 0 && matches!(w, "fidèle" | "ancien" | "ancienne");
    let it = lang & IT != 0
        && matches!(
            w,
            "storico" | "storica" | "affezionato" | "affezionata" | "fedele"
        );
    let nl = lang & NL != 0
        && matches!(
            w,
            "trouwe" | "jarenlange" | "vaste" | "gewaardeerde" | "langjarige"
        );
    let cs = lang & CS != 0
        && (w.starts_with("dlouholet") || w.starts_with("věrn") || w.starts_with("stál"));
    de || en || fr || it || nl || cs
}

/// End of a "since" phrase or tenure adjective right after the client noun:
/// `seit 2009`, `depuis longtemps`, `da molti anni`, `de longue date`.
fn tenure_after(lower: &str, noun: Word, lang: u8, limit: usize) -> Option<usize> {
    let next = next_word(lower, noun.end, limit)?;
    let w = next.of(lower);
    let post_adjective = match lang {
        l if l & (FR | IT) != 0 => matches!(
            w,
            "fidèle" | "fedele" | "storico" | "storica" | "affezionato" | "affezionata"
        ),
        _ => false,
    };
    if post_adjective {
        return Some(next.end);
    }
    if matches!(w, "de" | "di") {
        return long_date(lower, next, limit);
    }
    if is_since(w, lang) {
        time_span(lower, next, limit)
    } else {
        None
    }
}

/// `de longue date`, `di lunga data`: the end of the phrase.
fn long_date(lower: &str, prep: Word, limit: usize) -> Option<usize> {
    let first = next_word(lower, prep.end, limit)?;
    let second = next_word(lower, first.end, limit)?;
    matches!(
        (first.of(lower), second.of(lower)),
        ("longue", "date") | ("lunga", "data")
    )
    .then_some(second.end)
}

/// The time expression after a "since" word: a year or a number, or words
/// such as "vielen Jahren", "longtemps", "molti anni". Returns its end.
fn time_span(lower: &str, prep: Word, limit: usize) -> Option<usize> {
    let mut end = None;
    let mut cur = prep;
    for i in 0..3 {
        let Some(next) = next_word(lower, cur.end, limit) else {
            break;
        };
        let w = next.of(lower);
        let numeric = w.bytes().all(|b| b.is_ascii_digit());
        if !(numeric || is_time_word(w)) || i == 0 && !numeric && !is_time_start(w) {
            break;
        }
        end = Some(next.end);
        cur = next;
    }
    end
}

fn is_time_start(w: &str) -> bool {
    matches!(
        w,
        "vielen"
            | "langem"
            | "längerem"
            | "jahren"
            | "jahrzehnten"
            | "über"
            | "many"
            | "several"
            | "years"
            | "decades"
            | "over"
            | "longtemps"
            | "plusieurs"
            | "des"
            | "molti"
            | "tanti"
            | "anni"
            | "oltre"
            | "jaren"
            | "vele"
            | "lange"
            | "roku"
            | "let"
            | "mnoha"
            | "více"
            | "the"
    )
}

fn is_time_word(w: &str) -> bool {
    is_time_start(w)
        || matches!(
            w,
            "jahre"
                | "jahr"
                | "ans"
                | "années"
                | "décennies"
                | "decenni"
                | "tijd"
                | "decennia"
                | "lety"
                | "let"
                | "year"
                | "decade"
                | "90s"
                | "80s"
        )
}

// ---------------------------------------------------------------------------
// Nouns and modifiers, per language
// ---------------------------------------------------------------------------

fn noun(w: &str, lang: u8) -> Option<Class> {
    match lang {
        DE => de_noun(w),
        FR => fr_noun(w),
        IT => it_noun(w),
        NL => nl_noun(w),
        CS => cs_noun(w),
        _ => en_noun(w),
    }
}

/// True when `w` starts or ends with one of `parts`: German compounds put
/// the noun at either end (`Kontostand`, `Sparkonto`).
fn compound_of(w: &str, parts: &[&str]) -> bool {
    parts.iter().any(|p| w.starts_with(p) || w.ends_with(p))
}

fn de_noun(w: &str) -> Option<Class> {
    if w.ends_with("treue") {
        return Some(Class::Loyalty);
    }
    if compound_of(
        w,
        &[
            "konto", "konten", "depot", "hypothek", "kredit", "darlehen", "guthaben",
        ],
    ) || w == "saldo"
        || w.ends_with("karte")
            && [
                "debit", "bank", "maestro", "visa", "master", "kunden", "post", "giro", "ec",
            ]
            .iter()
            .any(|p| w.starts_with(p))
    {
        return Some(Class::Strong);
    }
    if w.contains("berater") || w.starts_with("kundenbetreuer") {
        return Some(Class::Adviser);
    }
    let weak = matches!(
        w,
        "karte" | "karten" | "portfolio" | "vermögen" | "überweisung" | "zahlung"
    ) || compound_of(w, &["vertrag", "verträge", "police", "policen"]);
    weak.then_some(Class::Weak)
}

fn fr_noun(w: &str) -> Option<Class> {
    Some(match w {
        "fidélité" => Class::Loyalty,
        "compte" | "comptes" | "hypothèque" | "hypothèques" | "prêt" | "prêts" | "crédit"
        | "crédits" | "solde" => Class::Strong,
        "conseiller" | "conseillère" | "conseillers" | "gestionnaire" => Class::Adviser,
        "contrat" | "contrats" | "carte" | "cartes" | "police" | "portefeuille" | "patrimoine"
        | "dépôt" | "dépôts" | "épargne" => Class::Weak,
        _ => return None,
    })
}

fn it_noun(w: &str) -> Option<Class> {
    Some(match w {
        "fedeltà" => Class::Loyalty,
        "conto" | "conti" | "mutuo" | "mutui" | "prestito" | "prestiti" | "finanziamento"
        | "deposito" | "depositi" | "saldo" | "fido" => Class::Strong,
        "consulente" | "consulenti" | "gestore" => Class::Adviser,
        "contratto" | "contratti" | "carta" | "carte" | "polizza" | "polizze" | "portafoglio"
        | "patrimonio" => Class::Weak,
        _ => return None,
    })
}

fn nl_noun(w: &str) -> Option<Class> {
    if w == "trouw" {
        return Some(Class::Loyalty);
    }
    let rekening =
        (w.ends_with("rekening") || w.ends_with("rekeningen")) && !w.starts_with("berekening");
    let strong = rekening
        || w.ends_with("hypotheek")
        || w.ends_with("hypotheken")
        || matches!(
            w,
            "lening"
                | "leningen"
                | "krediet"
                | "deposito"
                | "saldo"
                | "bankpas"
                | "betaalpas"
                | "creditcard"
        );
    if strong {
        return Some(Class::Strong);
    }
    if w.ends_with("adviseur") || matches!(w, "accountmanager" | "relatiebeheerder") {
        return Some(Class::Adviser);
    }
    let weak = matches!(
        w,
        "contract"
            | "overeenkomst"
            | "polis"
            | "kaart"
            | "portefeuille"
            | "vermogen"
            | "beleggingen"
    );
    weak.then_some(Class::Weak)
}

fn cs_noun(w: &str) -> Option<Class> {
    if w.starts_with("věrnost") {
        return Some(Class::Loyalty);
    }
    let strong = [
        "účet", "účt", "hypoték", "hypotéc", "úvěr", "půjčk", "půjčc", "vklad", "zůstat",
    ];
    if strong.iter().any(|p| w.starts_with(p)) {
        return Some(Class::Strong);
    }
    if matches!(
        w,
        "poradce" | "poradkyně" | "poradci" | "bankéř" | "bankéřka"
    ) {
        return Some(Class::Adviser);
    }
    let weak = ["smlouv", "pojistk"].iter().any(|p| w.starts_with(p))
        || matches!(
            w,
            "karta" | "karty" | "kartu" | "kartou" | "kartě" | "portfolio" | "majetek" | "majetku"
        );
    weak.then_some(Class::Weak)
}

fn en_noun(w: &str) -> Option<Class> {
    Some(match w {
        "loyalty" => Class::Loyalty,
        "account" | "accounts" | "mortgage" | "mortgages" | "loan" | "loans" => Class::Strong,
        "advisor" | "adviser" | "banker" => Class::Adviser,
        "card" | "cards" | "policy" | "policies" | "contract" | "contracts" | "portfolio"
        | "deposit" | "deposits" | "balance" | "savings" | "investments" | "pension" => Class::Weak,
        _ => return None,
    })
}

/// A word allowed between possessive and noun: `Some(true)` for a banking
/// modifier that makes an ambiguous noun clear (`credit card`), `Some(false)`
/// for a neutral one (`new`, `persönlicher`), `None` for any other word,
/// which ends the phrase.
fn modifier(w: &str, lang: u8) -> Option<bool> {
    let banking = match lang {
        EN => matches!(
            w,
            "credit"
                | "debit"
                | "bank"
                | "savings"
                | "checking"
                | "current"
                | "joint"
                | "mortgage"
                | "home"
                | "car"
                | "student"
                | "personal"
                | "business"
                | "investment"
                | "pension"
                | "retirement"
                | "brokerage"
                | "insurance"
                | "life"
                | "loan"
                | "visa"
                | "mastercard"
        ),
        CS => matches!(
            w,
            "kreditní"
                | "platební"
                | "bankovní"
                | "spořicí"
                | "běžný"
                | "běžného"
                | "běžném"
                | "hypoteční"
                | "debetní"
                | "termínovaný"
        ),
        NL => matches!(w, "gezamenlijke" | "zakelijke"),
        DE => w.starts_with("gemeinsam") || w.starts_with("privat"),
        _ => false,
    };
    if banking {
        return Some(true);
    }
    let neutral = match lang {
        EN => matches!(
            w,
            "new"
                | "existing"
                | "dedicated"
                | "previous"
                | "former"
                | "old"
                | "continued"
                | "ongoing"
                | "whole"
                | "entire"
                | "recent"
                | "monthly"
                | "outstanding"
                | "own"
                | "long"
                | "standing"
        ),
        DE => [
            "neu",
            "bestehend",
            "aktuell",
            "persönlich",
            "zuständig",
            "bisherig",
            "langjährig",
            "jahrelang",
            "laufend",
            "gesamt",
            "alt",
            "jetzig",
            "treu",
        ]
        .iter()
        .any(|p| w.starts_with(p)),
        FR => matches!(
            w,
            "nouveau"
                | "nouvel"
                | "nouvelle"
                | "ancien"
                | "ancienne"
                | "actuel"
                | "actuelle"
                | "fidèle"
                | "longue"
        ),
        IT => matches!(
            w,
            "nuovo" | "nuova" | "attuale" | "vecchio" | "vecchia" | "costante" | "lunga"
        ),
        NL => matches!(
            w,
            "nieuwe"
                | "nieuw"
                | "huidige"
                | "persoonlijke"
                | "vaste"
                | "jarenlange"
                | "oude"
                | "langdurige"
        ),
        _ => {
            w.starts_with("nov")
                || matches!(w, "stávající" | "osobní" | "dosavadní")
                || w.starts_with("dlouholet")
        }
    };
    neutral.then_some(false)
}

// ---------------------------------------------------------------------------
// Sentence context
// ---------------------------------------------------------------------------

const MARKETING: u16 = 1;
const GENERIC: u16 = 2;
const WE: u16 = 4;
const CONFIRM: u16 = 8;
const THANKS: u16 = 16;
const EVERYONE: u16 = 32;
const STATE: u16 = 1 << 12;
const FAN: u16 = 1 << 13;

/// The flag of a conditional ("if") in language `lang`.
const fn cond(lang: u8) -> u16 {
    (lang as u16) << 6
}

/// Context words and what they say:
///
/// - `MARKETING`: acquisition and self-service verbs, imperative or
///   infinitive ("open your account", "Konto eröffnen"), and "today"/"jetzt".
///   Past participles ("opened", "eröffnet") are not here: they report a
///   fact.
/// - `GENERIC`: UI, security and private-message words: a how-to, a warning
///   or an invitation, not a confirmation.
/// - `WE`: the writer as actor ("we have looked into your account").
/// - `CONFIRM`: auxiliaries after the noun that report a fact about it
///   ("wurde", "has been", "a été", "è stato", "byla").
/// - `STATE`: what happened to the reader's card or contract ("gesperrt",
///   "renewed", "résilié", "scade", "zablokována"): enough to confirm even
///   an ambiguous noun, where "is" alone is not ("your card is lovely").
/// - `FAN`: a team or club: loyalty to it is a fan's, not a client's.
/// - `THANKS`, `EVERYONE` ("thank you all"), and `cond(lang)` for "if".
const LEXICON: &[(&str, u16)] = &[
    ("a", CONFIRM),
    ("aanvragen", MARKETING),
    ("abbiamo", WE),
    ("abgelaufen", STATE),
    ("accedere", GENERIC),
    ("accedi", GENERIC),
    ("accesso", GENERIC),
    ("accreditato", STATE),
    ("activated", STATE),
    ("activé", STATE),
    ("activée", STATE),
    ("addebitato", STATE),
    ("afgeschreven", STATE),
    ("afsluiten", MARKETING),
    ("aktiviert", STATE),
    ("aktivován", STATE),
    ("aktivována", STATE),
    ("all", EVERYONE),
    ("alle", EVERYONE),
    ("allemaal", EVERYONE),
    ("allen", EVERYONE),
    ("als", cond(NL)),
    ("anlegen", MARKETING),
    ("anmelden", GENERIC),
    ("annullata", STATE),
    ("annullato", STATE),
    ("annulé", STATE),
    ("annulée", STATE),
    ("aplikace", GENERIC),
    ("aplikaci", GENERIC),
    ("app", GENERIC),
    ("application", GENERIC),
    ("applicazione", GENERIC),
    ("apply", MARKETING),
    ("approvato", STATE),
    ("approved", STATE),
    ("apps", GENERIC),
    ("appuyez", GENERIC),
    ("apra", MARKETING),
    ("apri", MARKETING),
    ("aprire", MARKETING),
    ("arrive", STATE),
    ("attivata", STATE),
    ("attivato", STATE),
    ("aujourd", MARKETING),
    ("ausgestellt", STATE),
    ("banking", GENERIC),
    ("beantrage", MARKETING),
    ("beantragen", MARKETING),
    ("become", MARKETING),
    ("bedankt", THANKS),
    ("been", CONFIRM),
    ("beheer", MARKETING),
    ("beheren", MARKETING),
    ("belastet", STATE),
    ("benutzername", GENERIC),
    ("berechne", MARKETING),
    ("berechnen", MARKETING),
    ("bereken", MARKETING),
    ("berekenen", MARKETING),
    ("bescherm", MARKETING),
    ("beschermen", MARKETING),
    ("bestelle", MARKETING),
    ("bestellen", MARKETING),
    ("bijgeschreven", STATE),
    ("bloccata", STATE),
    ("bloccato", STATE),
    ("blocked", STATE),
    ("blockiert", STATE),
    ("blog", MARKETING),
    ("bloqué", STATE),
    ("bloquée", STATE),
    ("boost", MARKETING),
    ("bude", CONFIRM),
    ("build", MARKETING),
    ("byl", CONFIRM),
    ("byla", CONFIRM),
    ("bylo", CONFIRM),
    ("calcola", MARKETING),
    ("calcolare", MARKETING),
    ("calculate", MARKETING),
    ("calculer", MARKETING),
    ("calculez", MARKETING),
    ("canceled", STATE),
    ("cancelled", STATE),
    ("charged", STATE),
    ("choisir", MARKETING),
    ("choisissez", MARKETING),
    ("choose", MARKETING),
    ("chraňte", MARKETING),
    ("chránit", MARKETING),
    ("clicca", GENERIC),
    ("click", GENERIC),
    ("cliquez", GENERIC),
    ("club", FAN),
    ("clubs", FAN),
    ("commander", MARKETING),
    ("commandez", MARKETING),
    ("community", FAN),
    ("compare", MARKETING),
    ("comparer", MARKETING),
    ("comparez", MARKETING),
    ("compromised", STATE),
    ("confronta", MARKETING),
    ("connecter", GENERIC),
    ("connectez", GENERIC),
    ("connexion", GENERIC),
    ("conseils", MARKETING),
    ("consigli", MARKETING),
    ("crea", MARKETING),
    ("creare", MARKETING),
    ("create", MARKETING),
    ("credited", STATE),
    ("crédité", STATE),
    ("créer", MARKETING),
    ("créez", MARKETING),
    ("dank", THANKS),
    ("danke", THANKS),
    ("dashboard", GENERIC),
    ("debited", STATE),
    ("declined", STATE),
    ("demandez", MARKETING),
    ("devenez", MARKETING),
    ("devenir", MARKETING),
    ("direktnachricht", GENERIC),
    ("discover", MARKETING),
    ("disdetta", STATE),
    ("disdetto", STATE),
    ("diventa", MARKETING),
    ("diventare", MARKETING),
    ("dm", GENERIC),
    ("dnes", MARKETING),
    ("download", MARKETING),
    ("débité", STATE),
    ("découvrez", MARKETING),
    ("découvrir", MARKETING),
    ("díky", THANKS),
    ("děkujeme", THANKS),
    ("děkuji", THANKS),
    ("einloggen", GENERIC),
    ("einstellungen", GENERIC),
    ("emessa", STATE),
    ("ended", STATE),
    ("endet", STATE),
    ("endete", STATE),
    ("ends", STATE),
    ("enjoy", MARKETING),
    ("entdecke", MARKETING),
    ("entdecken", MARKETING),
    ("erfahren", MARKETING),
    ("erneuert", STATE),
    ("erstellen", MARKETING),
    ("eröffne", MARKETING),
    ("eröffnen", MARKETING),
    ("est", CONFIRM),
    ("everybody", EVERYONE),
    ("everyone", EVERYONE),
    ("expire", STATE),
    ("expired", STATE),
    ("expires", STATE),
    ("expirée", STATE),
    ("explore", MARKETING),
    ("facebook", GENERIC),
    ("falls", cond(DE)),
    ("fan", FAN),
    ("fanclub", FAN),
    ("fans", FAN),
    ("finance", MARKETING),
    ("financer", MARKETING),
    ("financez", MARKETING),
    ("finanzia", MARKETING),
    ("finanzieren", MARKETING),
    ("find", MARKETING),
    ("finde", MARKETING),
    ("finden", MARKETING),
    ("freigeschaltet", STATE),
    ("frozen", STATE),
    ("geactiveerd", STATE),
    ("geblokkeerd", STATE),
    ("gekündigt", STATE),
    ("gesperrt", STATE),
    ("gestire", MARKETING),
    ("gestisci", MARKETING),
    ("get", MARKETING),
    ("gids", MARKETING),
    ("goedgekeurd", STATE),
    ("grazie", THANKS),
    ("grow", MARKETING),
    ("guida", MARKETING),
    ("guide", MARKETING),
    ("gutgeschrieben", STATE),
    ("gérer", MARKETING),
    ("gérez", MARKETING),
    ("ha", CONFIRM),
    ("had", CONFIRM),
    ("has", CONFIRM),
    ("have", CONFIRM),
    ("heeft", CONFIRM),
    ("heslo", GENERIC),
    ("heute", MARKETING),
    ("hol", MARKETING),
    ("hole", MARKETING),
    ("holen", MARKETING),
    ("identifiant", GENERIC),
    ("iedereen", EVERYONE),
    ("if", cond(EN)),
    ("impostazioni", GENERIC),
    ("inbox", GENERIC),
    ("indien", cond(NL)),
    ("inloggen", GENERIC),
    ("instagram", GENERIC),
    ("instellingen", GENERIC),
    ("is", CONFIRM),
    ("issued", STATE),
    ("ist", CONFIRM),
    ("jamais", GENERIC),
    ("je", CONFIRM),
    ("jestli", cond(CS)),
    ("jestliže", cond(CS)),
    ("jetzt", MARKETING),
    ("join", MARKETING),
    ("jsme", WE),
    ("kdyby", cond(CS)),
    ("když", cond(CS)),
    ("kies", MARKETING),
    ("kiezen", MARKETING),
    ("klicken", GENERIC),
    ("klik", GENERIC),
    ("klikněte", GENERIC),
    ("klub", FAN),
    ("končí", STATE),
    ("krijg", MARKETING),
    ("learn", MARKETING),
    ("lees", MARKETING),
    ("leggi", MARKETING),
    ("lesen", MARKETING),
    ("lief", STATE),
    ("liep", STATE),
    ("linkedin", GENERIC),
    ("lisez", MARKETING),
    ("log", GENERIC),
    ("logged", GENERIC),
    ("login", GENERIC),
    ("loopt", STATE),
    ("lorsque", cond(FR)),
    ("läuft", STATE),
    ("manage", MARKETING),
    ("mannschaft", FAN),
    ("matures", STATE),
    ("menu", GENERIC),
    ("menü", GENERIC),
    ("merci", THANKS),
    ("mocht", cond(NL)),
    ("mp", GENERIC),
    ("my", WE),
    ("má", CONFIRM),
    ("nastavení", GENERIC),
    ("never", GENERIC),
    ("newsletter", MARKETING),
    ("nie", GENERIC),
    ("niemals", GENERIC),
    ("nikdy", GENERIC),
    ("noi", WE),
    ("nooit", GENERIC),
    ("nous", WE),
    ("ob", cond(DE)),
    ("objevte", MARKETING),
    ("obtenez", MARKETING),
    ("obtenir", MARKETING),
    ("oggi", MARKETING),
    ("ontdek", MARKETING),
    ("ontdekken", MARKETING),
    ("open", MARKETING),
    ("openen", MARKETING),
    ("opgeschort", STATE),
    ("opgezegd", STATE),
    ("order", MARKETING),
    ("ordina", MARKETING),
    ("otevřete", MARKETING),
    ("otevřít", MARKETING),
    ("ottenere", MARKETING),
    ("ottieni", MARKETING),
    ("ouvre", MARKETING),
    ("ouvrez", MARKETING),
    ("ouvrir", MARKETING),
    ("paramètres", GENERIC),
    ("password", GENERIC),
    ("passwords", GENERIC),
    ("passwort", GENERIC),
    ("ploeg", FAN),
    ("pm", GENERIC),
    ("pn", GENERIC),
    ("podcast", MARKETING),
    ("pokud", cond(CS)),
    ("porovnejte", MARKETING),
    ("pozastaven", STATE),
    ("pozastavena", STATE),
    ("požádejte", MARKETING),
    ("privatnachricht", GENERIC),
    ("privato", GENERIC),
    ("prodloužen", STATE),
    ("prodloužena", STATE),
    ("profiel", GENERIC),
    ("profil", GENERIC),
    ("profile", GENERIC),
    ("profilo", GENERIC),
    ("profitez", MARKETING),
    ("profitieren", MARKETING),
    ("protect", MARKETING),
    ("proteggere", MARKETING),
    ("proteggi", MARKETING),
    ("protéger", MARKETING),
    ("protégez", MARKETING),
    ("průvodce", MARKETING),
    ("přečtěte", MARKETING),
    ("přihlaste", GENERIC),
    ("přihlásit", GENERIC),
    ("přihlášení", GENERIC),
    ("připsána", STATE),
    ("qualora", cond(IT)),
    ("rady", MARKETING),
    ("ratgeber", MARKETING),
    ("read", MARKETING),
    ("refinance", MARKETING),
    ("regel", MARKETING),
    ("regelen", MARKETING),
    ("register", MARKETING),
    ("registrieren", MARKETING),
    ("renewed", STATE),
    ("renews", STATE),
    ("renouvelé", STATE),
    ("renouvelée", STATE),
    ("request", MARKETING),
    ("reset", GENERIC),
    ("richieda", MARKETING),
    ("richiedere", MARKETING),
    ("richiedi", MARKETING),
    ("rinnovata", STATE),
    ("rinnovato", STATE),
    ("réglages", GENERIC),
    ("résilié", STATE),
    ("résiliée", STATE),
    ("sarà", CONFIRM),
    ("scade", STATE),
    ("scaduta", STATE),
    ("scaduto", STATE),
    ("scegli", MARKETING),
    ("scegliere", MARKETING),
    ("schválen", STATE),
    ("schválena", STATE),
    ("schütze", MARKETING),
    ("schützen", MARKETING),
    ("scopri", MARKETING),
    ("scoprire", MARKETING),
    ("se", cond(IT)),
    ("secure", MARKETING),
    ("sera", CONFIRM),
    ("setting", GENERIC),
    ("settings", GENERIC),
    ("si", cond(FR)),
    ("sichere", MARKETING),
    ("sichern", MARKETING),
    ("sign", GENERIC),
    ("signin", GENERIC),
    ("simplify", MARKETING),
    ("simula", MARKETING),
    ("simuler", MARKETING),
    ("simulez", MARKETING),
    ("sjednat", MARKETING),
    ("sjednejte", MARKETING),
    ("skončil", STATE),
    ("skončila", STATE),
    ("skončí", STATE),
    ("sluit", MARKETING),
    ("sollte", cond(DE)),
    ("sollten", cond(DE)),
    ("sospesa", STATE),
    ("sospeso", STATE),
    ("spočítat", MARKETING),
    ("spočítejte", MARKETING),
    ("spravovat", MARKETING),
    ("spravujte", MARKETING),
    ("squadra", FAN),
    ("start", MARKETING),
    ("starte", MARKETING),
    ("starten", MARKETING),
    ("stata", CONFIRM),
    ("stato", CONFIRM),
    ("staňte", MARKETING),
    ("stržena", STATE),
    ("suspended", STATE),
    ("suspendu", STATE),
    ("suspendue", STATE),
    ("switch", MARKETING),
    ("sécurisez", MARKETING),
    ("tap", GENERIC),
    ("team", FAN),
    ("termina", STATE),
    ("terminated", STATE),
    ("termine", STATE),
    ("thank", THANKS),
    ("thanks", THANKS),
    ("tik", GENERIC),
    ("tiktok", GENERIC),
    ("tip", MARKETING),
    ("tippen", GENERIC),
    ("tipps", MARKETING),
    ("tips", MARKETING),
    ("tipy", MARKETING),
    ("tocca", GENERIC),
    ("today", MARKETING),
    ("tous", EVERYONE),
    ("toutes", EVERYONE),
    ("tutte", EVERYONE),
    ("tutti", EVERYONE),
    ("twitter", GENERIC),
    ("tým", FAN),
    ("unlock", MARKETING),
    ("upgrade", MARKETING),
    ("username", GENERIC),
    ("vandaag", MARKETING),
    ("verein", FAN),
    ("vereins", FAN),
    ("vergelijk", MARKETING),
    ("vergelijken", MARKETING),
    ("vergleiche", MARKETING),
    ("vergleichen", MARKETING),
    ("verlengd", STATE),
    ("verloopt", STATE),
    ("verlopen", STATE),
    ("verlängert", STATE),
    ("versandt", STATE),
    ("verschickt", STATE),
    ("verwalte", MARKETING),
    ("verwalten", MARKETING),
    ("video", MARKETING),
    ("vyberte", MARKETING),
    ("vybrat", MARKETING),
    ("vydána", STATE),
    ("vypršela", STATE),
    ("vyprší", STATE),
    ("všem", EVERYONE),
    ("všichni", EVERYONE),
    ("wachtwoord", GENERIC),
    ("war", CONFIRM),
    ("was", CONFIRM),
    ("we", WE),
    ("webinar", MARKETING),
    ("website", GENERIC),
    ("wechseln", MARKETING),
    ("wechsle", MARKETING),
    ("wenn", cond(DE)),
    ("werd", CONFIRM),
    ("werden", MARKETING),
    ("whether", cond(EN)),
    ("wij", WE),
    ("will", CONFIRM),
    ("wir", WE),
    ("wird", CONFIRM),
    ("wordt", CONFIRM),
    ("wurde", CONFIRM),
    ("wurden", CONFIRM),
    ("wähle", MARKETING),
    ("wählen", MARKETING),
    ("zablokovaná", STATE),
    ("zablokován", STATE),
    ("zablokována", STATE),
    ("založit", MARKETING),
    ("založte", MARKETING),
    ("zjistěte", MARKETING),
    ("zrušen", STATE),
    ("zrušena", STATE),
    ("získat", MARKETING),
    ("získejte", MARKETING),
    ("zřiďte", MARKETING),
    ("zřídit", MARKETING),
    ("è", CONFIRM),
    ("échoit", STATE),
    ("émise", STATE),
    ("équipe", FAN),
    ("été", CONFIRM),
];

/// [`LEXICON`] hashed.
const LEXICON_SLOTS: [u16; 2048] = word_slots!(LEXICON, 2048);

fn flags(w: &str) -> u16 {
    lookup(&LEXICON_SLOTS, LEXICON, w).map_or(0, |(_, f)| f)
}

/// The flags of up to 8 words before and after a phrase in its sentence,
/// nearest first; missing words have no flags.
struct Around {
    before: [u16; 8],
    after: [u16; 8],
}

impl Around {
    fn of(lower: &str, start: usize, end: usize) -> Self {
        let mut around = Around {
            before: [0; 8],
            after: [0; 8],
        };
        let floor = start.saturating_sub(REACH);
        let mut cur = start;
        for slot in around.before.iter_mut() {
            let Some(w) = prev_word(lower, cur, floor) else {
                break;
            };
            *slot = flags(w.of(lower));
            cur = w.start;
        }
        let limit = (end + REACH).min(lower.len());
        let mut cur = end;
        for slot in around.after.iter_mut() {
            let Some(w) = next_word(lower, cur, limit) else {
                break;
            };
            *slot = flags(w.of(lower));
            cur = w.end;
        }
        around
    }

    /// True when one of the `n` words before has `flag`.
    fn before(&self, n: usize, flag: u16) -> bool {
        self.before[..n].iter().any(|f| f & flag != 0)
    }

    /// True when one of the `n` words after has `flag`.
    fn after(&self, n: usize, flag: u16) -> bool {
        self.after[..n].iter().any(|f| f & flag != 0)
    }

    /// True when the sentence makes the phrase marketing, a how-to, a
    /// conditional, a security warning or an invitation to write in private.
    fn silences(&self, lang: u8) -> bool {
        self.before(4, MARKETING)
            || self.after(4, MARKETING)
            || self.before(8, GENERIC)
            || self.after(8, GENERIC)
            || self.before(3, cond(lang))
    }
}

/// True for bytes that end a sentence: the grammar never looks past them.
fn is_break(b: u8) -> bool {
    matches!(b, b'.' | b'!' | b'?' | b'\n' | b';')
}

/// The next word after `from` in the same sentence, ending by `limit`.
fn next_word(lower: &str, from: usize, limit: usize) -> Option<Word> {
    let bytes = lower.as_bytes();
    let mut at = from;
    while at < limit && !is_word_byte(bytes[at]) {
        if is_break(bytes[at]) {
            return None;
        }
        at += 1;
    }
    let start = at;
    while at < bytes.len() && is_word_byte(bytes[at]) {
        at += 1;
    }
    (start < at && at <= limit).then_some(Word { start, end: at })
}

/// The word before `before` in the same sentence, starting after `floor`.
fn prev_word(lower: &str, before: usize, floor: usize) -> Option<Word> {
    let bytes = lower.as_bytes();
    let mut at = before;
    while at > floor && !is_word_byte(bytes[at - 1]) {
        if is_break(bytes[at - 1]) {
            return None;
        }
        at -= 1;
    }
    let end = at;
    while at > floor && is_word_byte(bytes[at - 1]) {
        at -= 1;
    }
    // A word cut by the floor is no word (and may not start on a char
    // boundary).
    let cut = at == floor && at > 0 && is_word_byte(bytes[at - 1]);
    (at < end && !cut).then_some(Word { start: at, end })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Prepared;

    /// Values the detector reports at or above the engine's threshold.
    fn found(text: &str) -> Vec<&str> {
        let prepared = Prepared::new(text);
        assert_eq!(prepared.norm, text, "test texts need no normalisation");
        let input = Input {
            text,
            lower: &prepared.lower,
            internal_domains: &[],
        };
        let mut out = Vec::new();
        detect(&input, &mut out);
        out.iter()
            .filter(|c| c.confidence >= 0.5)
            .map(|c| &text[c.span.clone()])
            .collect()
    }

    /// Generous, for debug builds on a busy machine: a quadratic scan of these
    /// inputs would take hours, a linear one takes milliseconds.
    const LINEAR_BOUND_SECS: f32 = 20.0;

    macro_rules! t {
        ($name:ident, $text:expr, [$($want:expr),*]) => {
            #[test]
            fn $name() {
                let want: Vec<&str> = vec![$($want),*];
                assert_eq!(found($text), want, "in {:?}", $text);
            }
        };
    }

    // Possessive + noun.
    t!(
        a_german_account_is_found,
        "Ihr Konto ist wieder frei.",
        ["Ihr Konto"]
    );
    t!(
        a_german_compound_is_found,
        "Ihr Kontoauszug liegt bei.",
        ["Ihr Kontoauszug"]
    );
    t!(
        a_german_compound_ending_in_the_noun_is_found,
        "Ihr Sparkonto wurde eröffnet.",
        ["Ihr Sparkonto"]
    );
    t!(
        a_lowercase_german_ihr_is_her_not_the_reader,
        "Sie hat ihr Konto gekündigt.",
        []
    );
    t!(
        modifiers_between_possessive_and_noun_are_allowed,
        "Ihr zuständiger Kundenberater meldet sich.",
        ["Ihr zuständiger Kundenberater"]
    );
    t!(
        an_unknown_word_between_ends_the_phrase,
        "Your Twitter account is great",
        []
    );
    t!(
        a_credit_card_is_clear_without_a_verb,
        "Your credit card is on its way.",
        ["Your credit card"]
    );
    t!(
        a_bare_card_needs_a_confirming_verb,
        "Love your card design",
        []
    );
    t!(
        a_bare_card_with_a_verb_is_found,
        "Your card has been blocked.",
        ["Your card"]
    );
    t!(
        a_greeting_card_is_no_bank_card,
        "Deine Karte ist so schön geworden!",
        []
    );
    t!(
        an_italian_article_joins_the_span,
        "Il suo conto è stato sbloccato.",
        ["Il suo conto"]
    );
    t!(
        a_french_weak_noun_with_banking_tail_is_found,
        "Votre carte de crédit arrive.",
        ["Votre carte de crédit"]
    );
    t!(
        an_english_two_word_adviser_is_found,
        "your relationship manager",
        ["your relationship manager"]
    );
    t!(
        a_czech_case_form_is_found,
        "K vašemu účtu jsme přidali poznámku.",
        ["vašemu účtu"]
    );
    t!(
        a_dutch_compound_is_found,
        "Uw spaarrekening is geopend.",
        ["Uw spaarrekening"]
    );
    t!(
        a_dutch_calculation_is_no_account,
        "Uw berekening klopt.",
        []
    );
    t!(
        the_sentence_ends_the_phrase,
        "Danke für Ihre. Treue ist wichtig.",
        []
    );

    // Loyalty and tenure.
    t!(
        german_loyalty_thanks_are_found,
        "Danke für Ihre langjährige Treue!",
        ["Ihre langjährige Treue"]
    );
    t!(
        english_loyalty_thanks_are_found,
        "Thank you for your continued loyalty.",
        ["your continued loyalty"]
    );
    t!(
        a_long_standing_customer_is_found,
        "as a long-time customer",
        ["long-time customer"]
    );
    t!(
        a_french_since_phrase_takes_the_time,
        "Cliente depuis 15 ans, vous savez.",
        ["Cliente depuis 15 ans"]
    );
    t!(
        an_italian_since_phrase_takes_the_time,
        "cliente da molti anni",
        ["cliente da molti anni"]
    );
    t!(
        a_french_long_date_phrase_is_found,
        "en tant que client de longue date",
        ["client de longue date"]
    );
    t!(
        a_czech_tenure_adjective_is_found,
        "jako dlouholetá klientka",
        ["dlouholetá klientka"]
    );
    t!(
        a_dutch_since_phrase_is_found,
        "U bent klant sinds 2010.",
        ["klant sinds 2010"]
    );
    t!(a_client_noun_alone_is_nothing, "Der Kunde ist König.", []);
    t!(
        plural_customers_are_nothing,
        "Wir danken unseren langjährigen Kunden.",
        []
    );
    t!(
        a_dative_singular_customer_is_found,
        "Als langjährigem Kunden bieten wir Ihnen",
        ["langjährigem Kunden"]
    );
    t!(
        a_since_word_without_time_is_nothing,
        "customer since when?",
        []
    );
    t!(
        a_since_phrase_before_the_noun_is_found,
        "Sie sind seit 2010 Kunde bei uns.",
        ["seit 2010 Kunde"]
    );
    t!(
        a_czech_since_phrase_before_the_noun_is_found,
        "Jste od roku 2005 klientem.",
        ["od roku 2005 klientem"]
    );
    t!(
        an_ending_contract_is_confirmed,
        "Ihr Vertrag endet im Juni.",
        ["Ihr Vertrag"]
    );
    t!(
        content_marketing_is_silent,
        "5 tips for your mortgage renewal",
        []
    );

    // What stays silent.
    t!(marketing_before_is_silent, "Open your account today!", []);
    t!(
        marketing_after_is_silent,
        "Ihr neues Konto jetzt online eröffnen",
        []
    );
    t!(
        a_how_to_with_settings_is_silent,
        "Change your account settings here",
        []
    );
    t!(
        a_how_to_with_app_is_silent,
        "In der App sehen Sie Ihr Konto.",
        []
    );
    t!(
        a_conditional_is_silent,
        "Wenn Ihre Karte verloren geht, sperren Sie sie.",
        []
    );
    t!(
        a_security_warning_is_silent,
        "We will never ask for your account details.",
        []
    );
    t!(
        a_request_for_an_account_number_is_silent,
        "Send us your account number",
        []
    );
    t!(
        thanks_to_everyone_are_silent,
        "Danke euch allen für eure Treue!",
        []
    );
    t!(our_account_is_silent, "our account at the bank", []);
    t!(french_je_before_compte_is_silent, "je compte partir", []);
    t!(a_french_report_is_silent, "votre compte rendu est prêt", []);
    t!(
        an_account_of_events_is_silent,
        "Thanks for your account of what happened.",
        []
    );
    t!(
        a_shop_loyalty_card_is_silent,
        "Show your loyalty card at the till.",
        []
    );
    t!(
        an_italian_login_is_silent,
        "Accedi al tuo conto dall'app.",
        []
    );
    t!(
        a_french_login_is_silent,
        "Connectez-vous à votre compte.",
        []
    );
    t!(
        becoming_a_valued_customer_is_silent,
        "Become a valued customer today",
        []
    );

    #[test]
    fn the_writer_acting_on_the_account_raises_confidence() {
        let prepared = Prepared::new("We have checked your account.");
        let input = Input {
            text: "We have checked your account.",
            lower: &prepared.lower,
            internal_domains: &[],
        };
        let mut out = Vec::new();
        detect(&input, &mut out);
        assert!(out[0].confidence > 0.8, "{out:?}");
    }

    #[test]
    fn every_listed_word_is_found_in_its_table() {
        assert!(TRIGGERS.iter().all(|(w, _)| trigger(w).is_some()));
        assert!(LEXICON.iter().all(|&(w, f)| flags(w) == f));
    }

    #[test]
    fn repeated_triggers_scan_in_linear_time() {
        for text in [
            "your ".repeat(100_000),
            "Ihr Konto ".repeat(50_000),
            "client ".repeat(100_000),
        ] {
            let start = std::time::Instant::now();
            let _ = found(&text);
            assert!(
                start.elapsed().as_secs_f32() < LINEAR_BOUND_SECS,
                "took {:?}",
                start.elapsed()
            );
        }
    }

    #[test]
    fn any_unicode_around_triggers_never_panics() {
        for text in [
            "your 💥",
            "💥 your",
            "Ihr",
            "váš účet💥",
            "ü your účet",
            "cliente da",
            "long-",
        ] {
            let _ = found(text);
        }
    }

    proptest::proptest! {
        #[test]
        fn random_text_never_panics_and_spans_sit_on_char_boundaries(text in "(Ihr|your|votre|il suo|uw|váš|je|Konto|account|compte|conto|rekening|účet|card|client|seit|2010|since|Treue|loyalty|open|app|we|is|[.!?\\n ]|é|💥| ){0,12}") {
            let prepared = crate::text::Prepared::new(&text);
            let input = Input { text: &prepared.norm, lower: &prepared.lower, internal_domains: &[] };
            let mut out = Vec::new();
            detect(&input, &mut out);
            for c in out {
                proptest::prop_assert!(c.span.start < c.span.end && c.span.end <= input.text.len());
                proptest::prop_assert!(input.text.is_char_boundary(c.span.start) && input.text.is_char_boundary(c.span.end));
            }
        }
    }
}
