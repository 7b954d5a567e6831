//! `secret_password_assignment`: Values assigned to a password-like key in any supported language.
//!
//! The scan is anchored on separators, not on keys: an assignment needs one
//! (`=`, `:`, `=>`, or a verb such as is/ist/est/è/je/lautet), and they are
//! rarer than the letters of key words. At each separator the words before
//! it are read back (a bounded window) looking for a password key, then the
//! value after it is read and judged. Every read is bounded and the scan
//! skips past a value it read, so the whole pass is linear.

use super::contact_common::second_bit;
use super::lexicon_common::WordSet;
use super::secret_entropy::random_token;
use super::secrets_common::{
    at_word_start, byte_set, is_placeholder, segments, value_at, ByteSet, Value,
};
use super::util::is_word_byte;
use super::{Candidate, Input, RuleSpec};
use crate::Category;

pub(crate) const RULES: &[RuleSpec] = &[RuleSpec {
    id: "secret_password_assignment",
    category: Category::Secret,
    description: describe!(
        "Values assigned to a password-like key (password, Passwort, Kennwort, mot de \
                  passe, mdp, parola d'ordine, wachtwoord, heslo, PIN, passphrase, db_password…) \
                  with = : => or a verb (is, ist, lautet, est, è, je…), or written right after the \
                  key when the value is quoted or mixes letters, digits and symbols ('mdp \
                  Praha2022#'); the key word is required, the span is the value only, with a \
                  closing '!' or '?' when the value already holds a digit or symbol; \
                  placeholders, templates and prose words stay silent."
    ),
    priority: 87,
    matches: examples![
        (
            "Das WLAN-Passwort ist Sommer2024! – bitte nicht weitergeben",
            "Sommer2024!",
        ),
        ("Alarmanlage: neuer Code = Zebra2001!. Gruss", "Zebra2001!",),
        (
            "Surveillance : nouveau code=X#7bzEesW8rauy.",
            "X#7bzEesW8rauy",
        ),
        (
            "Nachtdienst: nieuwe code: MX7Jy@SvFMK. Ploegleider",
            "MX7Jy@SvFMK",
        ),
        ("Allarme: nuovo codice: Lago#2024x, grazie", "Lago#2024x",),
        ("Door code: Kx7!mPq2 until Friday", "Kx7!mPq2",),
        (
            "Le mot de passe du wifi est Chamonix#74, à changer demain.",
            "Chamonix#74",
        ),
        ("La password dell'account è 'Girasole88'", "Girasole88"),
        ("Het wachtwoord is Tulp2023!", "Tulp2023!"),
        (
            "Password wifi sala riunioni: lB0ilWP6t! (cambia)",
            "lB0ilWP6t!"
        ),
        (
            "Hallo zusammen\nPasswort WLAN Gäste: Sommer2024!",
            "Sommer2024!"
        ),
        ("Wachtwoord wifi vergaderzaal: Tulp#2023", "Tulp#2023"),
        ("Heslo k wifi je Praha1234", "Praha1234"),
        ("DB_PASSWORD=changeme", "changeme"),
        (
            "{\"username\": \"admin\", \"password\": \"S3cr3t-Pa55\"}",
            "S3cr3t-Pa55",
        ),
        ("Deine PIN: 4711", "4711"),
        ("mdp : Bonjour2024", "Bonjour2024"),
        ("Das Passwort für den Router lautet: Kiwi-7788", "Kiwi-7788"),
        (
            "Gast-WLAN, Kennwort Soleil2005* (gilt bis Freitag)",
            "Soleil2005*"
        ),
        ("Wifi invités, mdp Praha2022#", "Praha2022#"),
        ("The secret is Sommer2024!", "Sommer2024!"),
        (
            "Passwort fürs Gäste-WLAN im Foyer: Kastanie77!",
            "Kastanie77!",
        ),
        ("Wifi vergaderzaal: wachtwoord Milano1992!", "Milano1992!"),
        ("Wi-Fi v zasedačce: heslo d9#jdPop8eo7S", "d9#jdPop8eo7S"),
        ("Guest wifi, password 'Basel2023'", "Basel2023"),
        ("La password del wifi è Soleil2004?", "Soleil2004?"),
        ("Přístup do testu: heslo: Kiwi2001?", "Kiwi2001?"),
        (
            "Laptop staat klaar, gebruiker jansen01 en ww: Tulp#8842",
            "Tulp#8842"
        ),
        (
            "Login fürs Testsystem: user anna, pw: Ahorn-4471",
            "Ahorn-4471"
        ),
        (
            "Accès au portail : identifiant jdupont, mdp: Lyon#2291",
            "Lyon#2291"
        ),
        ("MOT_DE_PASSE=Kiwi1996$\nSMTP_HOST=relay", "Kiwi1996$"),
        ("motDePasse: 'Tulipe2024'", "Tulipe2024"),
        ("db_pass = Lyon#2291", "Lyon#2291"),
        ("Heslo: \"Jaro2024!\"", "Jaro2024!"),
    ],
    ignores: examples![
        (
            "Password reset page: https://example.com/reset",
            "a page about passwords"
        ),
        (
            "Neuer Code: SOMMER2024 für alle",
            "a code without mixed case and symbols",
        ),
        ("Promo code: Save20%Now! at checkout", "a voucher code",),
        (
            "Code promo : Ete2024%Off! sur le site",
            "a voucher code, French order",
        ),
        ("error code: E_ACCESS(13)", "a program's error code",),
        ("Passwort vergessen: einfach anrufen", "prose after a label"),
        (
            "Neue Regeln für Passwort und PIN ab Montag: Länge 12",
            "the key not at the label's start"
        ),
        ("password=********", "masked"),
        ("Passwort: <dein Passwort>", "placeholder"),
        ("DB_PASSWORD=${DB_PASSWORD}", "template"),
        (
            "Le mot de passe est incorrect, réessayez.",
            "a prose word, not a password",
        ),
        (
            "Hai dimenticato la password? È facile reimpostarla.",
            "no assignment",
        ),
        (
            "Het wachtwoord moet minstens 12 tekens hebben",
            "a rule about passwords",
        ),
        ("Heslo je příliš krátké", "a prose word"),
        (
            "password_reset_url = https://example.com/reset",
            "not a password key",
        ),
        ("password: your_password", "placeholder"),
        (
            "Passwort geändert am: 12.03.2024",
            "a date after a verb, not a password",
        ),
        (
            "Passwort vergessen? Hier zurücksetzen.",
            "no separator and a plain word after the key",
        ),
        (
            "password reset-link v2 sent",
            "no separator and no symbol-and-digit value",
        ),
        (
            "Mot de passe 2024 : à changer",
            "no separator and digits alone",
        ),
        (
            "WW: shipping to all countries",
            "'WW' for worldwide and a plain word"
        ),
        ("Skipass: Tageskarte", "a ski pass, not a short form"),
        (
            "secret: iJUp6z0Ml0yz4rqXEoN6UAm0IcYJn4q2AMjVyFBt",
            "a generated secret: secret_generic_high_entropy",
        ),
        (
            "Pacini Battaglia ha cinque by-pass: attraverso i quali",
            "'pass' glued to a word by a hyphen is a word, no key",
        ),
        ("Ski-pass: Tageskarte 2024", "a ski pass, hyphenated"),
        (
            "wget --user=utilisateur --password=mot_de_passe http://example.com/",
            "the value names what goes there, in help text",
        ),
        (
            "curl --proxy-password=PASSWORD",
            "a word in capitals stands for the value"
        ),
        (
            "Le format est similaire à celui de /etc/passwd : lignes de texte",
            "'passwd' as the last part of a path is a file",
        ),
        (
            "adduser --disabled-password passwd(1) niet uitvoeren",
            "an option that disables the password",
        ),
        (
            "pro Delta Air Lines změnily heslo \"Delta je připravena, když jste připraveni vy\"",
            "the Czech 'heslo' as a slogan: a quoted sentence",
        ),
        (
            "nechat vytetovat toto heslo: \"Boží mlýny melou pomalu, ale jistě.\"",
            "the Czech 'heslo' as a motto: a quoted sentence",
        ),
    ],
}];

/// Longest stretch read back from a separator for the key.
const LOOKBACK: usize = 64;

/// Words read back from a separator: the key and up to four after it, a
/// preposition and what it governs ("Passwort für das WLAN ist …", "the
/// password for the test account is …").
const MAX_WORDS: usize = 6;

pub(crate) fn detect(input: &Input<'_>, out: &mut Vec<Candidate>) {
    let bytes = input.lower.as_bytes();
    let mut at = 0;
    // Separators are only examined within reach after a key stem ("pass",
    // "heslo"…), which keeps prose, full of "is", "est" and ":", cheap: far
    // from a stem the scan skips from anchor byte to anchor byte.
    while let Some(stem) = next_stem(bytes, at) {
        if let Some(skip_to) = direct_assignment(input, stem, out) {
            at = skip_to;
            continue;
        }
        at = stem + 1;
        let mut reach = bytes.len().min(stem + LOOKBACK);
        while at < reach {
            if let Some(stem) = stem_around(bytes, at) {
                if let Some(skip_to) = direct_assignment(input, stem, out) {
                    at = skip_to;
                    break;
                }
                reach = bytes.len().min(stem + LOOKBACK);
            }
            if let Some(skip_to) = separator_at(input, at, out) {
                at = skip_to.max(at + 1);
                break;
            }
            at += 1;
        }
    }
}

/// Examines a possible separator at `at`; returns where to resume when it
/// assigned to a key.
fn separator_at(input: &Input<'_>, at: usize, out: &mut Vec<Candidate>) -> Option<usize> {
    let bytes = input.lower.as_bytes();
    let sep = match bytes[at] {
        b'=' | b':' => code_separator(bytes, at),
        b if VERB_FIRST[usize::from(b)] && at_word_start(bytes, at) => {
            verb_separator(input.lower, at)
        }
        _ => None,
    }?;
    assignment(input, at, sep, out)
}

/// The start of the next key stem at or after `from`.
///
/// One rare-ish letter of each stem anchors it: p (pass, pw, pin, parola,
/// mdp), w (kennwort, wachtwoord), h (heslo), c (secret). They are one byte
/// in twenty of prose, so every flagged byte of an eight-byte chunk is
/// tried in place; stopping the chunk scan and restarting it after each
/// one cost more than the scan itself (issue 2).
fn next_stem(bytes: &[u8], from: usize) -> Option<usize> {
    let mut at = from;
    while at < bytes.len() {
        let mut lanes = match bytes.get(at..at + 8) {
            Some(chunk) => anchor_lanes(u64::from_le_bytes(chunk.try_into().unwrap_or_default())),
            // The last bytes: try each.
            None => HIGHS >> (8 * (8 - (bytes.len() - at))),
        };
        while lanes != 0 {
            let anchor = at + (lanes.trailing_zeros() / 8) as usize;
            if may_stem(bytes, anchor) {
                if let Some(stem) = stem_around(bytes, anchor) {
                    return Some(stem);
                }
            }
            lanes &= lanes - 1;
        }
        at += 8;
    }
    None
}

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGHS: u64 = 0x8080_8080_8080_8080;

/// The high bit of each byte of `chunk` that is `p`, `w`, `h` or `c`, and
/// maybe of a few other bytes above such a byte (the "has a zero byte"
/// test borrows upwards); [`stem_around`] rejects those.
fn anchor_lanes(chunk: u64) -> u64 {
    let zero = |v: u64| v.wrapping_sub(ONES) & !v & HIGHS;
    let byte = |b: u8| ONES * u64::from(b);
    zero(chunk ^ byte(b'p'))
        | zero(chunk ^ byte(b'w'))
        | zero(chunk ^ byte(b'h'))
        | zero(chunk ^ byte(b'c'))
}

/// A cheap necessary condition for [`stem_around`] at `at`: the anchor
/// with the byte after it (`pa`, `pw`, `pi`, `wa`, `ww`, `he`, `cr`) or before it
/// (`dp`, `nw`). Two table reads and no branch on the byte, where the
/// `match` of [`stem_around`] mispredicted at most anchors.
fn may_stem(bytes: &[u8], at: usize) -> bool {
    let next = bytes.get(at + 1).copied().unwrap_or(0);
    let prev = at.checked_sub(1).map_or(0, |i| bytes[i]);
    let anchor = usize::from(bytes[at]);
    (STEM_NEXT[anchor] & second_bit(next)) | (STEM_PREV[anchor] & second_bit(prev)) != 0
}

/// For each anchor byte, the bytes that may follow it in a stem, as
/// [`second_bit`]s.
const STEM_NEXT: [u64; 256] = {
    let mut table = [0; 256];
    table[b'p' as usize] = second_bit(b'a') | second_bit(b'w') | second_bit(b'i');
    table[b'w' as usize] = second_bit(b'a') | second_bit(b'w');
    table[b'h' as usize] = second_bit(b'e');
    table[b'c' as usize] = second_bit(b'r') | second_bit(b'o');
    table
};

/// For each anchor byte, the bytes that may precede it in a stem (`md|p`,
/// `kenn|w`).
const STEM_PREV: [u64; 256] = {
    let mut table = [0; 256];
    table[b'p' as usize] = second_bit(b'd');
    table[b'w' as usize] = second_bit(b'n');
    table
};

/// The start of the key stem that holds the anchor byte at `at`: `pass`,
/// `pw`, `pin`, `parola`, `kennw`, `wachtw`, `ww`, `hesl`, `mdp`, `secret`.
fn stem_around(bytes: &[u8], at: usize) -> Option<usize> {
    let rest = &bytes[at..];
    if rest.is_empty() {
        return None;
    }
    // Byte by byte, which the compiler unrolls for these short literals,
    // not a slice compare that calls `memcmp`: this runs at every `p` and
    // `w` of the text.
    let before = |s: &[u8]| {
        let start = at.checked_sub(s.len())?;
        s.iter()
            .zip(&bytes[start..at])
            .all(|(a, b)| a == b)
            .then_some(start)
    };
    match rest[0] {
        b'p' if rest.starts_with(b"pass")
            || rest.starts_with(b"pw")
            || rest.starts_with(b"pin") =>
        {
            Some(at)
        }
        b'p' if rest.starts_with(b"parola") => Some(at),
        b'p' => before(b"md"),
        b'w' if rest.starts_with(b"wachtw") => Some(at),
        b'w' if rest.starts_with(b"ww") => Some(at),
        b'w' => before(b"kenn"),
        b'h' if rest.starts_with(b"hesl") => Some(at),
        b'c' if rest.starts_with(b"cret") => before(b"se"),
        b'c' if rest.starts_with(b"cod") => Some(at),
        _ => None,
    }
}

/// How a separator reads: the code forms accept a bare word as the value,
/// the prose forms ask for something that looks like a password.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Sep {
    /// `=`, `:=`, `=>`, `==`: code.
    Equals { end: usize },
    /// `:` in prose or YAML/JSON.
    Colon { end: usize },
    /// A verb: is, ist, est, è, je, lautet…
    Verb { end: usize },
}

impl Sep {
    /// The same separator read as code: `"pass": x` assigns like `pass = x`.
    fn as_code(self) -> Sep {
        Sep::Equals { end: self.end() }
    }

    fn end(self) -> usize {
        match self {
            Sep::Equals { end } | Sep::Colon { end } | Sep::Verb { end } => end,
        }
    }
}

/// A run of `=`, `:`, `>` (at most three) that starts at `at`.
fn code_separator(bytes: &[u8], at: usize) -> Option<Sep> {
    if at > 0 && matches!(bytes[at - 1], b'=' | b':' | b'!' | b'<' | b'>') {
        return None;
    }
    let len = bytes[at..]
        .iter()
        .take(3)
        .take_while(|b| matches!(b, b'=' | b':' | b'>'))
        .count();
    let end = at + len;
    Some(if bytes[at..end].contains(&b'=') {
        Sep::Equals { end }
    } else {
        Sep::Colon { end }
    })
}

/// First bytes of the verbs below, for a cheap test at word starts.
const VERB_FIRST: ByteSet = byte_set(b"iejlszcwbu\xc3");

/// Verbs that assign in prose, in the six languages ("is now", "ist jetzt").
fn is_verb(word: &str) -> bool {
    matches!(
        word,
        "is" | "was"
            | "ist"
            | "war"
            | "lautet"
            | "sind"
            | "bleibt"
            | "est"
            | "était"
            | "c'est"
            | "sont"
            | "reste"
            | "è"
            | "e'"
            | "era"
            | "sono"
            | "resta"
            | "je"
            | "bylo"
            | "zní"
            | "jsou"
            | "zůstává"
            | "luidt"
            | "zijn"
            | "blijft"
    )
}

/// An adverb that may stand between the verb and the value.
const ADVERBS: &[&str] = &[
    "now",
    "jetzt",
    "nun",
    "neu",
    "neuerdings",
    "maintenant",
    "désormais",
    "ora",
    "adesso",
    "nu",
    "teď",
    "nyní",
    "still",
    "noch",
    "toujours",
    "ancora",
    "nog",
    "stále",
    "simply",
    "einfach",
    "juste",
    "solo",
    "gewoon",
    "prostě",
];
/// [`ADVERBS`] as a set (see `word_set!`).
static ADVERBS_SET: WordSet = word_set!(ADVERBS);

fn verb_separator(lower: &str, at: usize) -> Option<Sep> {
    let end = at + word_len(lower.as_bytes(), at);
    if !is_verb(&lower[at..end]) {
        return None;
    }
    let mut after = skip_blanks(lower.as_bytes(), end);
    if matches!(lower.as_bytes().get(after), Some(b':' | b'=')) {
        after = skip_blanks(lower.as_bytes(), after + 1);
    }
    let adverb_end = after + word_len(lower.as_bytes(), after);
    if ADVERBS_SET.contains(&lower[after..adverb_end]) {
        after = adverb_end;
    }
    Some(Sep::Verb { end: after })
}

/// Length of the word (word bytes and inner `'`) starting at `at`.
fn word_len(bytes: &[u8], at: usize) -> usize {
    let limit = bytes.len().min(at + 32);
    let n = bytes[at..limit]
        .iter()
        .take_while(|&&b| is_word_byte(b) || b == b'\'')
        .count();
    // Never end inside a multi-byte char when the limit cut it.
    let mut end = at + n;
    while end > at && end < bytes.len() && (bytes[end] & 0xC0) == 0x80 {
        end -= 1;
    }
    end - at
}

fn skip_blanks(bytes: &[u8], mut at: usize) -> usize {
    let limit = bytes.len().min(at + 8);
    while at < limit && matches!(bytes[at], b' ' | b'\t') {
        at += 1;
    }
    at
}

/// Reads the key before the separator at `at` and the value after it, and
/// reports the value when both qualify. Returns where to resume scanning
/// when a key was found (past the value read), `None` otherwise.
fn assignment(input: &Input<'_>, at: usize, sep: Sep, out: &mut Vec<Candidate>) -> Option<usize> {
    let key = find_key(input, at, sep)?;
    let (value, scanned) = value_at(input.text, value_start(input.text, sep));
    let value = value
        .map(|v| with_closing_marks(input.text, v, scanned))
        .filter(|v| !generated_secret(input, &key, v) && !slogan(input, &key, v));
    if let Some(value) = value {
        if let Some(confidence) = judge(input.text, &value, sep, key.kind) {
            let reason = format!("value assigned to '{}'", &input.text[key.span]);
            out.push(Candidate::new(
                "secret_password_assignment",
                value.span,
                confidence,
                reason,
            ));
        }
    }
    Some(scanned)
}

/// A key word followed by its value with no separator at all: "mdp
/// Praha2022#", "Kennwort tkOBv$u%O2Lhk", "wachtwoord 'Tulp'". Without a
/// separator, prose is full of "password reset" and "Passwort vergessen", so
/// only a value that is clearly a password counts: quoted, or letters, digits
/// and a symbol together. Returns where to resume when it reported one.
fn direct_assignment(input: &Input<'_>, stem: usize, out: &mut Vec<Candidate>) -> Option<usize> {
    let bytes = input.lower.as_bytes();
    let limit = bytes.len().min(stem + 32);
    let end = stem
        + bytes[stem..limit]
            .iter()
            .take_while(|&&b| is_word_byte(b))
            .count();
    if end == limit || !matches!(bytes.get(end), Some(b' ' | b'\t')) {
        return None;
    }
    let words = words_before(input.text, end);
    let key = prose_key(input.lower, words.as_slice(), 0)?;
    if key.kind == KeyKind::Pin {
        return None;
    }
    let (value, scanned) = value_at(input.text, end);
    let value = with_closing_marks(input.text, value?, scanned);
    if generated_secret(input, &key, &value) || slogan(input, &key, &value) {
        return None;
    }
    let confidence = direct_judge(input.text, &value)?;
    let reason = format!("value written right after '{}'", &input.text[key.span]);
    out.push(Candidate::new(
        "secret_password_assignment",
        value.span,
        confidence,
        reason,
    ));
    Some(scanned)
}

/// True when a "secret" holds a generated token ("AWS … Secret
/// p7rbo6euUHOS…"), which PRODUCT.md files under
/// `secret_generic_high_entropy`, as every other random value assigned to
/// a key that is no password: that detector reports it.
fn generated_secret(input: &Input<'_>, key: &Key, value: &Value) -> bool {
    input.lower[key.span.clone()].ends_with("secret")
        && random_token(&input.text[value.span.clone()]).is_some()
}

/// True when the Czech "heslo", which also means a motto or slogan, has a
/// quoted sentence of several words after it: 'heslo "Delta je
/// připravena, když jste připraveni vy"' is a slogan, not a password.
fn slogan(input: &Input<'_>, key: &Key, value: &Value) -> bool {
    let motto = input.lower[key.span.clone()].starts_with("hesl");
    motto && value.quoted && input.text[value.span.clone()].split(' ').count() >= 3
}

/// The confidence for a value written right after its key, or `None` when
/// it does not clearly look like a password.
fn direct_judge(text: &str, value: &Value) -> Option<f32> {
    if value.quoted {
        return judge(text, value, Sep::Verb { end: 0 }, KeyKind::Password);
    }
    let v = &text[value.span.clone()];
    if !(6..=64).contains(&v.chars().count()) || is_placeholder(v) || not_a_secret(v) {
        return None;
    }
    let letter = v.bytes().any(|b| b.is_ascii_alphabetic());
    let digit = v.bytes().any(|b| b.is_ascii_digit());
    let symbol = v.bytes().any(|b| b.is_ascii_punctuation());
    (letter && digit && symbol).then_some(0.8)
}

/// A bare value with the `!` and `?` that end it ("Tulpe1990?",
/// "Winter2007!") when the rest already holds a digit or another symbol, so
/// they are part of the password; without one they end the sentence
/// ("changeme!"). `scanned` is where the raw value ended.
fn with_closing_marks(text: &str, value: Value, scanned: usize) -> Value {
    if value.quoted {
        return value;
    }
    let bytes = text.as_bytes();
    let start = value.span.start;
    let mut raw_end = value.span.end;
    while raw_end < scanned && matches!(bytes[raw_end], b'!' | b'?') {
        raw_end += 1;
    }
    let mut core_end = raw_end;
    while core_end > start && matches!(bytes[core_end - 1], b'!' | b'?') {
        core_end -= 1;
    }
    let core = &bytes[start..core_end];
    let marked = core
        .iter()
        .any(|b| b.is_ascii_digit() || b.is_ascii_punctuation());
    let end = if marked { raw_end } else { core_end };
    Value {
        span: start..end,
        quoted: false,
    }
}

/// Where the value after `sep` starts: in chat a value often follows a
/// colon on the next line ("Passwort:⏎Sommer2024"), so one line break after
/// a colon is skipped.
fn value_start(text: &str, sep: Sep) -> usize {
    let bytes = text.as_bytes();
    let at = skip_blanks(bytes, sep.end());
    let after_break = match bytes.get(at..) {
        Some([b'\r', b'\n', ..]) => at + 2,
        Some([b'\n', ..]) => at + 1,
        _ => return sep.end(),
    };
    match sep {
        Sep::Colon { .. } => after_break,
        Sep::Equals { .. } | Sep::Verb { .. } => sep.end(),
    }
}

/// What kind of key was found: PINs take digits only.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum KeyKind {
    /// A password word that prose uses too ("Password: forgotten?"): a
    /// plain word after it is not taken for the password.
    Password,
    /// A code identifier or abbreviation (`DB_PASSWORD`, `pwd`, `mdp`):
    /// whatever is assigned is the password.
    CodePassword,
    /// A PIN: digits only.
    Pin,
    /// An access or alarm code ("neuer Code = …", "code alarme : …"): a
    /// word of many uses, so only a value with upper and lower case,
    /// digits and a symbol, as password rules demand, is taken.
    Code,
}

struct Key {
    span: std::ops::Range<usize>,
    kind: KeyKind,
}

/// The words before a separator, nearest first, without allocating: this
/// runs at every separator of the text.
struct Words {
    spans: [std::ops::Range<usize>; MAX_WORDS],
    len: usize,
}

impl Words {
    fn as_slice(&self) -> &[std::ops::Range<usize>] {
        &self.spans[..self.len]
    }
}

/// The words before `at`, nearest first: each a span of word bytes, `-` and
/// `'`. Reading stops at punctuation, a line break, or the window's end.
fn words_before(text: &str, at: usize) -> Words {
    let bytes = text.as_bytes();
    let floor = at.saturating_sub(LOOKBACK);
    let mut words = Words {
        spans: std::array::from_fn(|_| 0..0),
        len: 0,
    };
    let mut end = at;
    while words.len < MAX_WORDS {
        while end > floor && matches!(bytes[end - 1], b' ' | b'\t') {
            end -= 1;
        }
        // One closing quote may sit between a JSON key and its colon.
        if words.len == 0 && end > floor && matches!(bytes[end - 1], b'"' | b'\'') {
            end -= 1;
        }
        let mut start = end;
        while start > floor
            && (is_word_byte(bytes[start - 1]) || matches!(bytes[start - 1], b'-' | b'\''))
        {
            start -= 1;
        }
        if start == end || (start == floor && floor > 0) || !text.is_char_boundary(start) {
            break;
        }
        words.spans[words.len] = start..end;
        words.len += 1;
        end = start;
    }
    words
}

/// The password key that this separator assigns to, if any. The nearest word
/// may be a code identifier (`DB_PASSWORD`, `smtpPass`); farther words must
/// be a key in prose followed by a preposition ("Passwort für das WLAN").
fn find_key(input: &Input<'_>, at: usize, sep: Sep) -> Option<Key> {
    let words = words_before(input.text, at);
    let words = words.as_slice();
    let first = words.first()?;
    if is_file_name(input.text.as_bytes(), first.start) {
        return None;
    }
    // A key between quotes (`"pass": …`) is code, whatever its word.
    let quoted = matches!(input.text.as_bytes().get(first.end), Some(b'"' | b'\''));
    let sep = if quoted && matches!(sep, Sep::Colon { .. }) {
        sep.as_code()
    } else {
        sep
    };
    if let Some(kind) = code_key(&input.text[first.clone()], sep)
        .or_else(|| short_key(&input.lower[first.clone()], sep))
    {
        return Some(Key {
            span: first.clone(),
            kind,
        });
    }
    for k in 0..words.len().min(5) {
        // "Password wifi sala riunioni: …": a label that starts its line
        // with the key names what the key is for, in any words.
        let label = matches!(sep, Sep::Colon { .. })
            && k + 1 == words.len()
            && starts_line(input.text, words[k].start);
        let direct = k == 0 || label || is_preposition(&input.lower[words[k - 1].clone()]);
        if !direct {
            continue;
        }
        if let Some(key) = prose_key(input.lower, words, k) {
            return Some(key);
        }
    }
    code_word(input.lower, words, sep).then(|| Key {
        span: first.clone(),
        kind: KeyKind::Code,
    })
}

/// True when the word before a `=` or `:` is a code ("code", "codice",
/// "Alarmcode", "toegangscode") that no voucher, postal or program
/// word qualifies: an access or alarm code.
fn code_word(lower: &str, words: &[std::ops::Range<usize>], sep: Sep) -> bool {
    #[rustfmt::skip]
    const NOT_ACCESS: &[&str] = &[
        "promo", "coupon", "voucher", "discount", "gutschein", "rabatt", "aktions", "zip",
        "postal", "post", "postleit", "source", "error", "status", "qr", "sconto", "korting",
        "kortings", "réduction", "promotion", "postale", "slevový", "rabatu",
    ];
    // NOT_ACCESS as a set (see `word_set!`).
    static NOT_ACCESS_SET: WordSet = word_set!(NOT_ACCESS);
    let word = |i: usize| words.get(i).map_or("", |r| &lower[r.clone()]);
    let w = word(0);
    let stem = ["codice", "code"]
        .into_iter()
        .find_map(|c| w.strip_suffix(c));
    let Some(prefix) = stem else {
        return false;
    };
    let prefix = prefix.trim_end_matches(['-', 's']);
    !matches!(sep, Sep::Verb { .. })
        && !NOT_ACCESS_SET.contains(prefix)
        && !NOT_ACCESS_SET.contains(word(1))
        && !NOT_ACCESS_SET.contains(word(1).trim_end_matches('-'))
}

/// True for a value that mixes upper and lower case, digits and a symbol
/// other than a hyphen, in at least eight characters.
fn complex(v: &str) -> bool {
    let has = |f: fn(&char) -> bool| v.chars().any(|c| f(&c));
    v.chars().count() >= 8
        && has(char::is_ascii_uppercase)
        && has(char::is_ascii_lowercase)
        && has(char::is_ascii_digit)
        && has(|c| c.is_ascii_punctuation() && *c != '-')
}

/// True when only spaces stand between the line's start and `at`.
fn starts_line(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end_matches([' ', '\t']);
    before.is_empty() || before.ends_with('\n')
}

/// True when the word at `start` is the last part of a path: a file
/// ("/etc/passwd", "~/.pgpass", "C:\\pw"), not a key. A dot alone does not
/// make a path: `db.password=` is a key.
fn is_file_name(bytes: &[u8], start: usize) -> bool {
    match start.checked_sub(1).map(|i| bytes[i]) {
        Some(b'/' | b'\\') => true,
        Some(b'.') => start < 2 || matches!(bytes[start - 2], b'/' | b'\\' | b' ' | b'\n' | b'\t'),
        _ => false,
    }
}

/// Words that may follow a key before its verb: "Passwort für das WLAN ist".
const PREPOSITIONS: &[&str] = &[
    "für", "fuer", "fürs", "beim", "vom", "von", "zum", "zur", "des", "der", "for", "of", "to",
    "du", "de", "des", "pour", "del", "della", "dello", "per", "di", "van", "voor", "k", "ke",
    "pro", "na", "do", "od",
];
/// [`PREPOSITIONS`] as a set (see `word_set!`).
static PREPOSITIONS_SET: WordSet = word_set!(PREPOSITIONS);

/// A preposition, also Italian and French elided ones: "dell'account",
/// "de l'admin", "d'accès".
fn is_preposition(word: &str) -> bool {
    const ELIDED: &[&str] = &[
        "dell'", "dall'", "all'", "nell'", "d'", "dell’", "dall’", "d’",
    ];
    PREPOSITIONS_SET.contains(word) || ELIDED.iter().any(|e| word.starts_with(e))
}

/// Single prose words that name a password, and the German and Dutch
/// compounds that end in one ("WLAN-Passwort", "Routerpasswort").
const PROSE_KEYS: &[&str] = &[
    "password",
    "passwort",
    "passwd",
    "pwd",
    "passphrase",
    "passcode",
    "kennwort",
    "wachtwoord",
    "heslo",
    "mdp",
    "secret",
    "passwordu",
    "hesla",
];
/// [`PROSE_KEYS`] as a set (see `word_set!`).
static PROSE_KEYS_SET: WordSet = word_set!(PROSE_KEYS);
const COMPOUND_ENDS: &[&str] = &["passwort", "kennwort", "password", "wachtwoord"];
const PIN_KEYS: &[&str] = &["pin", "pincode", "pin-code"];

/// A key in prose at word `k` of `words` (nearest first), with the phrases
/// "mot de passe", "parola d'ordine" and "code PIN" read across words.
fn prose_key(lower: &str, words: &[std::ops::Range<usize>], k: usize) -> Option<Key> {
    let word = |i: usize| words.get(i).map_or("", |r| &lower[r.clone()]);
    let w = word(k);
    let one = |kind| {
        Some(Key {
            span: words[k].clone(),
            kind,
        })
    };
    let phrase = |n: usize, kind| {
        Some(Key {
            span: words[k + n].start..words[k].end,
            kind,
        })
    };
    if PROSE_KEYS_SET.contains(w) || (w.len() <= 30 && COMPOUND_ENDS.iter().any(|e| w.ends_with(e)))
    {
        return one(KeyKind::Password);
    }
    if w == "mot-de-passe" {
        return one(KeyKind::Password);
    }
    if w == "passe" && word(k + 1) == "de" && word(k + 2) == "mot" {
        return phrase(2, KeyKind::Password);
    }
    if (w == "d'ordine" || w == "d’ordine") && word(k + 1) == "parola" {
        return phrase(1, KeyKind::Password);
    }
    if w == "pin" && matches!(word(k + 1), "code" | "codice") {
        return phrase(1, KeyKind::Pin);
    }
    if w == "code" && word(k + 1) == "pin" {
        return phrase(1, KeyKind::Pin);
    }
    PIN_KEYS.contains(&w).then(|| Key {
        span: words[k].clone(),
        kind: KeyKind::Pin,
    })
}

/// A code identifier that names a password: one of its segments (split at
/// `_`, `-`, `.` and camelCase) is a password word, and none says the value
/// is something about the password rather than the password.
fn code_key(ident: &str, sep: Sep) -> Option<KeyKind> {
    if matches!(sep, Sep::Verb { .. }) {
        return None;
    }
    let segments = segments(ident);
    if segments
        .iter()
        .any(|s| NOT_THE_PASSWORD_SET.contains(s.as_str()))
    {
        return None;
    }
    let has = |words: &[&str]| segments.iter().any(|s| words.contains(&s.as_str()));
    // "MOT_DE_PASSE", "motDePasse": the French key in code.
    let french = segments
        .windows(3)
        .any(|w| w[0] == "mot" && w[1] == "de" && w[2] == "passe");
    if french || has(&["motdepasse"]) {
        return Some(KeyKind::CodePassword);
    }
    if has(&[
        "password",
        "passwort",
        "passwd",
        "pwd",
        "passphrase",
        "passcode",
        "kennwort",
        "wachtwoord",
        "heslo",
        "mdp",
    ]) || segments
        .iter()
        .any(|s| s.len() <= 30 && COMPOUND_ENDS.iter().any(|e| s.ends_with(e)))
    {
        // A compound identifier or an abbreviation is code, never prose.
        let code = segments.len() > 1 || has(&["pwd", "mdp", "passwd"]);
        return Some(if code {
            KeyKind::CodePassword
        } else {
            KeyKind::Password
        });
    }
    // "pass" and "pw" alone are too ambiguous in prose (a ski pass, a
    // passport in German): only as part of a compound, or with `=`; glued
    // to a word before it by a hyphen it is a word of its own ("by-pass",
    // "ski-pass", "boarding-pass"), never a key.
    let hyphenated = ident
        .to_ascii_lowercase()
        .split('-')
        .skip(1)
        .any(|part| matches!(part, "pass" | "pw"));
    if has(&["pass", "pw"])
        && !hyphenated
        && (segments.len() > 1 || matches!(sep, Sep::Equals { .. }))
    {
        return Some(KeyKind::CodePassword);
    }
    let pin_words = [
        "pin", "pincode", "code", "sim", "card", "karte", "carte", "number", "nummer",
    ];
    (has(&["pin", "pincode"]) && segments.iter().all(|s| pin_words.contains(&s.as_str())))
        .then_some(KeyKind::Pin)
}

/// Chat short forms of a password word: "pw" (password, Passwort), "ww"
/// (wachtwoord), "pwd", "psw", "mdp", "hesl". Alone they are ambiguous ("WW"
/// for worldwide), so only with `:` or `=` right after, and as
/// a prose key: the value must still look like a password, not a word.
fn short_key(word: &str, sep: Sep) -> Option<KeyKind> {
    const SHORT_KEYS: &[&str] = &["pw", "ww", "pwd", "psw", "passw", "mdp", "hesl"];
    (SHORT_KEYS.contains(&word) && !matches!(sep, Sep::Verb { .. })).then_some(KeyKind::Password)
}

/// Segments of a key that make it name something other than the password.
const NOT_THE_PASSWORD: &[&str] = &[
    "disable",
    "disabled",
    "hash",
    "hashed",
    "digest",
    "salt",
    "reset",
    "forgot",
    "forgotten",
    "policy",
    "length",
    "len",
    "min",
    "max",
    "expiry",
    "expires",
    "expired",
    "expiration",
    "field",
    "label",
    "hint",
    "placeholder",
    "type",
    "prompt",
    "file",
    "path",
    "url",
    "uri",
    "link",
    "strength",
    "rule",
    "rules",
    "regex",
    "pattern",
    "required",
    "changed",
    "last",
    "age",
    "count",
    "attempts",
    "enabled",
    "enable",
    "manager",
    "authentication",
    "auth",
    "visible",
    "show",
    "hidden",
    "toggle",
    "input",
    "form",
    "error",
    "message",
    "msg",
    "text",
    "title",
    "validator",
    "validation",
    "less",
    "score",
    "id",
    "protected",
    "store",
    "storage",
    "vergessen",
    "oublie",
    "oublié",
];
/// [`NOT_THE_PASSWORD`] as a set (see `word_set!`).
static NOT_THE_PASSWORD_SET: WordSet = word_set!(NOT_THE_PASSWORD);

/// The confidence for `value` as a password, or `None` when it is a
/// placeholder, a reference, a prose word or something other than a secret.
fn judge(text: &str, value: &Value, sep: Sep, kind: KeyKind) -> Option<f32> {
    let v = &text[value.span.clone()];
    let chars = v.chars().count();
    if !(4..=128).contains(&chars) || is_placeholder(v) || not_a_secret(v) {
        return None;
    }
    if kind == KeyKind::Pin {
        let pin = v.bytes().all(|b| b.is_ascii_digit()) && v.len() <= 8;
        return pin.then_some(0.8);
    }
    if kind == KeyKind::Code {
        return complex(v).then_some(0.75);
    }
    let lower = v.to_lowercase();
    if STOPWORDS_SET.contains(lower.as_str()) || names_a_value(v, &lower) {
        return None;
    }
    if looks_strong(v) {
        Some(if value.quoted { 0.9 } else { 0.85 })
    } else if WEAK_PASSWORDS_SET.contains(lower.as_str()) || value.quoted {
        Some(0.75)
    } else if matches!(sep, Sep::Equals { .. }) || kind == KeyKind::CodePassword {
        Some(0.65)
    } else {
        None
    }
}

/// True for a value that stands for one in documentation and help texts:
/// the name of what goes there ("mot_de_passe", "wachtwoord", "PASSWORD",
/// "FICHIER": a word in capitals, as `--password=PASSWORD` writes it) or a
/// metasyntactic word ("foobar", the French "truc" and "machin").
fn names_a_value(v: &str, lower: &str) -> bool {
    const NAMES: &[&str] = &[
        "bar",
        "baz",
        "bidule",
        "foo",
        "foobar",
        "heslo",
        "kennwort",
        "machin",
        "motdepasse",
        "parola",
        "paroladordine",
        "passwd",
        "passwort",
        "password",
        "truc",
        "wachtwoord",
    ];
    // NAMES as a set (see `word_set!`).
    static NAMES_SET: WordSet = word_set!(NAMES);
    let capitals = v.len() >= 3 && v.bytes().all(|b| b.is_ascii_uppercase() || b == b'_');
    let squeezed: String = lower
        .chars()
        .filter(|c| !matches!(c, '_' | '-' | ' ' | '\''))
        .collect();
    capitals || NAMES_SET.contains(squeezed.as_str())
}

/// Paths, URLs, e-mail addresses, dates and bracketed prose are values but
/// not passwords.
fn not_a_secret(v: &str) -> bool {
    let dateish = v
        .bytes()
        .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'/' | b'-'))
        && v.bytes()
            .filter(|b| matches!(b, b'.' | b'/' | b'-'))
            .count()
            == 2;
    let email = v
        .find('@')
        .is_some_and(|at| at > 0 && v[at..].contains('.'));
    v.starts_with(['/', '~', '(', '[', '{'])
        || v.starts_with("./")
        || v.contains("://")
        || v.get(1..3) == Some(":\\")
        || dateish
        || email
        || is_code_reference(v)
}

/// Code that reads the password from elsewhere: `os.getenv(`, `getpass(`,
/// `request.form[`, `self.password`, `config.db.pass`. A dotted name of
/// identifiers, or a name followed by a call or an index; or a reference to
/// a manual page.
fn is_code_reference(v: &str) -> bool {
    let head = v.split(['(', '[']).next().unwrap_or(v);
    let is_ident = |s: &str| {
        s.bytes()
            .next()
            .is_some_and(|b| b.is_ascii_alphabetic() || b == b'_')
            && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
    };
    let dotted = head.contains('.') && head.split('.').all(is_ident);
    let call_end = v.ends_with('(') || v.ends_with('[') || v.ends_with("()");
    let called = call_end && head.split('.').all(is_ident);
    // A manual page: "passwd(1)", "crypt(3)".
    let tail = &v.as_bytes()[head.len()..];
    let manual = is_ident(head) && tail.len() == 3 && tail[1].is_ascii_digit() && tail[2] == b')';
    dotted || called || manual
}

/// A digit, a symbol inside the value, or an upper-case letter after a
/// lower-case one: not a plain word. A symbol at either end does not count
/// ("incorrect!", "(siehe").
fn looks_strong(v: &str) -> bool {
    let mut prev_lower = false;
    let last = v.chars().count().saturating_sub(1);
    v.chars().enumerate().any(|(i, c)| {
        let inner_upper = c.is_uppercase() && prev_lower;
        prev_lower = c.is_lowercase();
        // Hyphens and apostrophes join words ("case-sensitive", "l'admin").
        let inner_symbol =
            i > 0 && i < last && c.is_ascii_punctuation() && !matches!(c, '-' | '\'');
        c.is_ascii_digit() || inner_upper || inner_symbol
    })
}

/// Words that follow a key but are not its value.
const STOPWORDS: &[&str] = &[
    "true",
    "false",
    "yes",
    "no",
    "null",
    "none",
    "nil",
    "undefined",
    "required",
    "optional",
    "hidden",
    "masked",
    "empty",
    "string",
    "text",
    "str",
    "int",
    "bool",
    "env",
    "n/a",
    "unknown",
    "same",
    "gleich",
    "identisch",
    "idem",
    "stejné",
    "hetzelfde",
    "uguale",
    "pareil",
    "wrong",
    "falsch",
    "incorrect",
    "faux",
    "errata",
    "sbagliata",
    "fout",
    "onjuist",
    "špatné",
    "špatně",
    "invalid",
    "ungültig",
    "invalide",
    "expired",
    "abgelaufen",
    "expiré",
    "scaduta",
    "verlopen",
];
/// [`STOPWORDS`] as a set (see `word_set!`).
static STOPWORDS_SET: WordSet = word_set!(STOPWORDS);

/// Common weak passwords that are words: reported even in prose, because
/// people do write "the password is changeme".
const WEAK_PASSWORDS: &[&str] = &[
    "changeme",
    "password",
    "passwort",
    "motdepasse",
    "wachtwoord",
    "heslo",
    "letmein",
    "qwerty",
    "qwertz",
    "azerty",
    "admin",
    "welcome",
    "willkommen",
    "bienvenue",
    "benvenuto",
    "welkom",
    "sunshine",
    "iloveyou",
    "monkey",
    "dragon",
    "master",
    "trustno1",
    "hallo",
    "bonjour",
    "ciao",
    "test",
    "guest",
];
/// [`WEAK_PASSWORDS`] as a set (see `word_set!`).
static WEAK_PASSWORDS_SET: WordSet = word_set!(WEAK_PASSWORDS);

#[cfg(test)]
mod tests {
    use super::*;

    fn values(text: &str) -> Vec<&str> {
        crate::detect::testing::values(detect, text)
    }

    #[test]
    fn assignments_in_code_and_prose_report_the_value_only() {
        let cases: &[(&str, &[&str])] = &[
            ("password=hunter2", &["hunter2"]),
            ("spring.datasource.password: Tr0ub4dor&3", &["Tr0ub4dor&3"]),
            ("$db_pass = 'p4ss!'", &["p4ss!"]),
            ("'password' => 'Geheim123'", &["Geheim123"]),
            ("smtpPass: \"M41lServer\"", &["M41lServer"]),
            ("Routerpasswort ist Blau2021", &["Blau2021"]),
            ("the admin password is changeme", &["changeme"]),
            ("parola d'ordine: Roma2024!", &["Roma2024!"]),
            ("Code PIN : 4821", &["4821"]),
            ("Mein Passwort ist jetzt Wolke7", &["Wolke7"]),
            ("password: Sommer(2024)", &["Sommer(2024)"]),
            ("pwd=getpass()x", &["getpass()x"]),
            ("mdp: soleil", &["soleil"]),
            ("Passwort:\nSommer2024", &["Sommer2024"]),
            ("Heslo:\r\n  Leto2024!", &["Leto2024!"]),
            (
                "{\"user\": \"anna\", \"pass\": \"Winter2023!\"}",
                &["Winter2023!"],
            ),
            ("smtp_password: letmein", &["letmein"]),
            (
                "Le mot de passe du compte admin est P@ris2024",
                &["P@ris2024"],
            ),
            (
                "The password for the staging database is Falcon#2291",
                &["Falcon#2291"],
            ),
            (
                "La password per il server nuovo è Gabbiano77!",
                &["Gabbiano77!"],
            ),
        ];
        for (text, want) in cases {
            assert_eq!(values(text), *want, "{text}");
        }
    }

    #[test]
    fn prose_about_passwords_stays_silent() {
        for text in [
            "Your password is incorrect.",
            "The password for the new test account is too short",
            "Das Passwort ist zu kurz",
            "password: see below",
            "Ski pass: 2024-01-15",
            "Pass: C01X00T47",
            "password_hash = $2b$12$abcdefghijk",
            "PasswordAuthentication yes",
            "led_pin = 13",
            "PIN: abcd",
            "The password I gave you is wrong",
            "pwd: /home/anna/projects",
            "le mot de passe est dans le coffre",
            "password = os.getenv(\"DB_PASSWORD\")",
            "password = request.form['password']",
            "pwd = self.password",
            "Mot de passe : incorrect !",
            "Le mot de passe: oublié!",
            "The password is case-sensitive",
            "Password expiry: 90 days",
            "Your PIN is sent by post",
            "password: N/A",
        ] {
            assert!(values(text).is_empty(), "{text}: {:?}", values(text));
        }
    }

    #[test]
    fn a_value_right_after_its_key_counts_when_it_looks_like_a_password() {
        let cases: &[(&str, &[&str])] = &[
            (
                "Kennwort tkOBv$u%O2Lhk (gilt bis Freitag)",
                &["tkOBv$u%O2Lhk"],
            ),
            ("WLAN-Passwort Sommer2024! danke", &["Sommer2024!"]),
            ("mdp bY0Ro?3*ATtjY", &["bY0Ro?3*ATtjY"]),
            ("le mot de passe Chamonix#74.", &["Chamonix#74"]),
            ("wachtwoord 3MkO7nax*&TwiqY0", &["3MkO7nax*&TwiqY0"]),
            ("heslo Falcon2016%", &["Falcon2016%"]),
            (
                "Password policy: 12 chars, e.g. password Tr0ub4dor&3",
                &["Tr0ub4dor&3"],
            ),
            ("password \"hunter2\"", &["hunter2"]),
            ("Passwort vergessen?", &[]),
            ("password reset required", &[]),
            ("Passwort 12345678", &[]),
            ("heslo Praha2024", &[]),
            ("password https://x.example/reset?a=1", &[]),
        ];
        for (text, want) in cases {
            assert_eq!(values(text), *want, "{text}");
        }
    }

    #[test]
    fn closing_marks_belong_to_a_password_like_value_only() {
        let cases: &[(&str, &[&str])] = &[
            ("Het wachtwoord: Tulpe1990?", &["Tulpe1990?"]),
            ("password = Basel2023?!", &["Basel2023?!"]),
            ("Passwort: Sommer2024.", &["Sommer2024"]),
            ("the password is changeme!", &["changeme"]),
            ("heslo: Kiwi2001?)", &["Kiwi2001?"]),
            ("Mot de passe : incorrect ?", &[]),
        ];
        for (text, want) in cases {
            assert_eq!(values(text), *want, "{text}");
        }
    }

    #[test]
    fn a_vendor_token_assigned_to_a_password_has_the_same_span() {
        let token = "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";
        assert_eq!(values(&format!("password={token}")), vec![token]);
    }

    #[test]
    fn repeated_separators_and_unicode_do_not_panic_or_stall() {
        let text = "password=".repeat(100_000);
        let _ = values(&text);
        let text = "é is ".repeat(100_000);
        assert!(values(&text).is_empty());
        for text in ["=", ":", "is", "è", "password:", "heslo je ž", "ü:=>x"] {
            let _ = values(text);
        }
    }
}
