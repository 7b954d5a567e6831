//! `secret_generic_high_entropy`: random-looking tokens assigned to a key that names a secret, with charset and entropy checks.
//!
//! The scan stops only at `=` and `:` (rare in prose), reads the key name
//! before it and, when the name says secret (token, api_key, client_secret,
//! auth, credential…), the value after it. The value must be a random-looking
//! token: a token charset, at least 16 characters, Shannon entropy above a
//! threshold (lower for long hex), frequent changes between letter case and
//! digits; the filters below (UUIDs, templates, sequences, paths, hashes
//! named as such, placeholders) are separate functions so each can be tested
//! and explained on its own. In prose a secret may follow its name without
//! a separator ("Secret Key lD516Wojm…"): long word runs are checked for a
//! secret's name right before them.

use super::lexicon_common::WordSet;
use super::secrets_common::{
    is_placeholder, is_template, key_before, next_of, segments, value_at, Value,
};
use super::util::shannon_entropy;
use super::{Candidate, Input, RuleSpec};
use crate::Category;

pub(crate) const RULES: &[RuleSpec] = &[RuleSpec {
    id: "secret_generic_high_entropy",
    category: Category::Secret,
    description: describe!("Random-looking values (16+ characters of a token charset, Shannon entropy above \
                  3.5 bits, or 3 bits for hex of 32+) assigned with = or : to a key that names a \
                  secret (token, api_key, client_secret, auth, credential, private_key…), or \
                  written in prose right after 'secret', 'token' or 'secret/access/API key' (or after \
                  'is' with such a name a few words before) when it mixes cases and digits; the key is required; UUIDs, templates, sequences, paths, \
                  URLs and named hashes stay silent."),
    priority: 40,
    matches: examples![
        ("STRIPE_API_KEY=56TklDm4Qt78Atx8NI3RQTWMDfqriCdh", "56TklDm4Qt78Atx8NI3RQTWMDfqriCdh"),
        ("{\"client_secret\": \"fwDKAxx1uuhYdQFeagT6xy6fnBSFuXh1\"}", "fwDKAxx1uuhYdQFeagT6xy6fnBSFuXh1"),
        ("Hier der Token fürs Dashboard – token: 3QvUT9H3tvl2lkHWFL2yFWSOJ2evihrJ", "3QvUT9H3tvl2lkHWFL2yFWSOJ2evihrJ"),
        ("curl -H \"Authorization: Bearer TRPwLRHMIY6vfp8zIC8MqhdQIwSCFR1Q\" https://api.example.com",
         "TRPwLRHMIY6vfp8zIC8MqhdQIwSCFR1Q"),
        ("la clé api_key=1ff1d1559b41f5d62c8d6ad03138b3204be1ac27 est encore active", "1ff1d1559b41f5d62c8d6ad03138b3204be1ac27"),
        ("De access_token: 'fwDKAxx1uuhYdQFeagT6xy6fnBSFuXh1' werkt nog", "fwDKAxx1uuhYdQFeagT6xy6fnBSFuXh1"),
        ("Il tuo auth_token=56TklDm4Qt78Atx8NI3RQTWMDfqriCdh", "56TklDm4Qt78Atx8NI3RQTWMDfqriCdh"),
        ("Přístupový klíč: X-Api-Key: 3QvUT9H3tvl2lkHWFL2yFWSOJ2evihrJ", "3QvUT9H3tvl2lkHWFL2yFWSOJ2evihrJ"),
        // An AWS secret access key has no vendor prefix (PRODUCT.md).
        ("aws_secret_access_key = y+UcU3zr1ZtoLuCr64CxqlIOdNKhiFXiQ2hzT/pL",
         "y+UcU3zr1ZtoLuCr64CxqlIOdNKhiFXiQ2hzT/pL"),
        ("AWS_SECRET_ACCESS_KEY=\"jHX2JiCLhKcIhP6Br1iQFeOUhGXZnnal5WisCgEB\"",
         "jHX2JiCLhKcIhP6Br1iQFeOUhGXZnnal5WisCgEB"),
        // In prose, the name right before the value, without a separator.
        ("AWS-Zugang: Key AKIAZ7QW3RT5YUPLM2NB, Secret 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",
         "iJUp6z0Ml0yz4rqXEoN6UAm0IcYJn4q2AMjVyFBt"),
        ("Accès S3 : Secret Key t2TFvvRxVY2OT0eAcmczIdrYMY2de3ZQY9VAR2QY, à changer",
         "t2TFvvRxVY2OT0eAcmczIdrYMY2de3ZQY9VAR2QY"),
        ("Il token Mr5p5jayiIxQGB78nGtjGMJbwGYr6YJO scade domani", "Mr5p5jayiIxQGB78nGtjGMJbwGYr6YJO"),
        ("AWS key: AKIAZ7QW3RT5YUPLM2NB secret: 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",
         "iJUp6z0Ml0yz4rqXEoN6UAm0IcYJn4q2AMjVyFBt"),
        // A base64 value whose first run is short, after its name.
        ("access key AKIAZ7QW3RT5YUPLM2NB, secret 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 – au coffre",
         "o/+oOYyIeGx8ElcV9tuys3G38mG4KfyNE1VwKTWU"),
        // The name a few words before "is".
        ("Webhook signing secret for the sandbox is lRyolHme5pydVDudQ3EnjXHZdFi3oyqx, rotate it",
         "lRyolHme5pydVDudQ3EnjXHZdFi3oyqx"),
        ("Das Token für Staging ist Mr5p5jayiIxQGB78nGtjGMJbwGYr6YJO, bitte rotieren",
         "Mr5p5jayiIxQGB78nGtjGMJbwGYr6YJO"),
    ],
    ignores: examples![
        ("session_token = 550e8400-e29b-41d4-a716-446655440000", "a UUID"),
        ("api_key = ${STRIPE_API_KEY}", "a template"),
        ("sha256 = 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "a hash named as such"),
        ("Die Bestellnummer: 2024-000123-4567 ist unterwegs", "not a secret key"),
        ("token: abcdefghijklmnopqrstuvwxyz", "a sequence"),
        ("secret_file: /etc/ssl/private/server-key.pem", "a path"),
        ("auth_provider: oauth2-client-credentials", "words, not random"),
        ("commit: 1ff1d1559b41f5d62c8d6ad03138b3204be1ac27", "a commit hash"),
        ("token_url=https://login.example.com/oauth2/v2.0/token", "a URL"),
        ("Le token : XXXXXXXXXXXXXXXXXXXXXXXX", "placeholder"),
        ("aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "AWS's documented placeholder"),
        ("Token 0x1f9840a85d5af5bf1d1762f925bdaddc4201f984 ist gelistet", "a hex address after 'Token', one case"),
        ("Het geheime recept: secret SmokedPaprikaAndHoney", "words, not a generated secret"),
        ("Key 8f3kD92mXq7Lp0Zr4Tn6Wb1Yc5Vh", "a bare 'Key' names no secret"),
        ("The secret of our success is TeamworkAndPatience, really", "words after 'secret … is'"),
        ("Token fürs Staging. Das Passwort ist Mr5p5jayiIxQGB78nGtjGMJbwGYr6YJO", "the name in another sentence"),
    ],
}];

/// Shortest value that can be a generated secret.
const MIN_LEN: usize = 16;

pub(crate) fn detect(input: &Input<'_>, out: &mut Vec<Candidate>) {
    let bytes = input.text.as_bytes();
    let mut at = next_of(bytes, 0, *b"=:");
    while at < bytes.len() {
        let next = assignment(input.text, at, out);
        at = next_of(bytes, next.map_or(at + 1, |end| end.max(at + 1)), *b"=:");
    }
    prose_secrets(input, out);
}

/// Secrets written right after their name in prose, without `=` or `:`:
/// "AWS … Secret p7rbo6euUHOS…", "Secret Key lD516Wojm…", "Token
/// 3QvUT9H3…". Only long word runs are looked at, eight runs at a time
/// with one test for the eight (a branch per run cost as much as the rest
/// of this detector, issue 2). The word before must name a secret, and the
/// value must mix cases and digits, as generated secrets do: a hex hash or
/// address after "Token" stays silent.
fn prose_secrets(input: &Input<'_>, out: &mut Vec<Candidate>) {
    let runs = input.word_runs();
    let long = |r: &super::Span| r.end - r.start >= MIN_LEN as u32;
    for (c, chunk) in runs.chunks(8).enumerate() {
        if !chunk.iter().fold(false, |any, r| any | long(r)) {
            continue;
        }
        for (k, run) in chunk.iter().enumerate().filter(|(_, r)| long(r)) {
            let start = run.start();
            if c + k > 0 && &input.text[runs[8 * c + k - 1].end()..start] == " " {
                prose_secret_at(input, start, out);
            } else if let Some(token) = (start > 0
                && matches!(input.text.as_bytes()[start - 1], b'/' | b'+'))
            .then(|| token_start_before(input.text, start))
            .flatten()
            {
                // "secret o/+oOYyIeGx8…": a base64 value whose first word
                // run is short.
                prose_secret_at(input, token, out);
            }
        }
    }
}

/// The start of a base64 token ("o/+oOYy…", an AWS secret key) whose long
/// word run at `start` follows a '/' or '+': a few bytes back, after a
/// space; `None` when the token starts farther back (its first run is then
/// long and read on its own).
#[cold]
fn token_start_before(text: &str, start: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    if !matches!(bytes.get(start.checked_sub(1)?), Some(b'/' | b'+')) {
        return None;
    }
    let back = bytes[start.saturating_sub(12)..start]
        .iter()
        .rev()
        .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'/' | b'+'))
        .count();
    let token = start - back;
    (token > 0 && back < 12 && bytes[token - 1] == b' ').then_some(token)
}

/// Reports the secret starting at `start`, after a space, when the word
/// before names one and the value looks generated.
fn prose_secret_at(input: &Input<'_>, start: usize, out: &mut Vec<Candidate>) -> Option<()> {
    let name = prose_secret_name(input, start - 1)?;
    let (value, _) = value_at(input.text, start);
    let value = value.filter(|v| v.span.start == start && !v.quoted)?;
    let v = &input.text[value.span.clone()];
    let mixed = v.bytes().any(|b| b.is_ascii_uppercase())
        && v.bytes().any(|b| b.is_ascii_lowercase())
        && v.bytes().any(|b| b.is_ascii_digit());
    let entropy = random_token(v).filter(|_| mixed)?;
    let confidence = (0.65 + (entropy - 3.0) * 0.1).min(0.85);
    let reason = format!("random-looking value written after '{name}'");
    out.push(Candidate::new(
        "secret_generic_high_entropy",
        value.span,
        confidence,
        reason,
    ));
    Some(())
}

/// The secret's name that ends at the space `space`: "secret", "token", or
/// "key" after a word that makes it one ("Secret Key", "API key", "access
/// key"); `None` for any other word.
fn prose_secret_name<'a>(input: &Input<'a>, space: usize) -> Option<&'a str> {
    let word = word_before(input.lower, space)?;
    let lower = &input.lower[word.clone()];
    if matches!(lower, "is" | "ist" | "lautet" | "est" | "è" | "je" | "zní") {
        return named_before_copula(input, word.start);
    }
    if matches!(lower, "secret" | "token") {
        return Some(&input.text[word]);
    }
    if lower != "key" || word.start < 2 || input.lower.as_bytes()[word.start - 1] != b' ' {
        return None;
    }
    let qualifier = word_before(input.lower, word.start - 1)?;
    matches!(
        &input.lower[qualifier.clone()],
        "secret" | "access" | "api" | "private" | "client" | "signing" | "encryption"
    )
    .then(|| &input.text[qualifier.start..word.end])
}

/// How far back, in bytes, a secret's name may stand before "is".
const COPULA_REACH: usize = 64;

/// "Webhook signing secret for the payments sandbox is lRyol…", "Das Token
/// für Staging ist …": a secret's name a few words before the copula that
/// ends at `end`, in the same sentence.
#[cold]
fn named_before_copula<'a>(input: &Input<'a>, end: usize) -> Option<&'a str> {
    let from = end.saturating_sub(COPULA_REACH);
    let from = (from..end).find(|&i| input.lower.is_char_boundary(i))?;
    let head = &input.lower[from..end];
    let clause = head
        .rfind(['.', '!', '?', '\n', ',', ';'])
        .map_or(0, |i| i + 1);
    let found = head[clause..]
        .split(' ')
        .find(|w| matches!(*w, "secret" | "token" | "secrets" | "tokens" | "geheimnis"))?;
    let at = from + clause + head[clause..].find(found)?;
    Some(&input.text[at..at + found.len()])
}

/// The ASCII word that ends at `end`, at most 16 bytes long.
fn word_before(lower: &str, end: usize) -> Option<std::ops::Range<usize>> {
    let bytes = lower.as_bytes();
    let len = bytes[end.saturating_sub(16)..end]
        .iter()
        .rev()
        .take_while(|b| b.is_ascii_alphabetic())
        .count();
    (len > 0).then(|| end - len..end)
}

/// Judges the assignment whose separator is at `sep`; returns where to
/// resume when a secret key was found (past its value).
fn assignment(text: &str, sep: usize, out: &mut Vec<Candidate>) -> Option<usize> {
    let bytes = text.as_bytes();
    if sep > 0 && matches!(bytes[sep - 1], b'=' | b':' | b'!' | b'<' | b'>') {
        return None;
    }
    let key = key_before(text, sep)?;
    let strength = secret_key(&text[key.clone()])?;
    let value_start = sep
        + bytes[sep..]
            .iter()
            .take(3)
            .take_while(|b| matches!(b, b'=' | b':' | b'>'))
            .count();
    let (value, scanned) = value_after_scheme(text, value_start);
    let value = value?;
    if let Some(entropy) = random_token(&text[value.span.clone()]) {
        let confidence = (0.55 + strength + (entropy - 3.0) * 0.1).min(0.9);
        let reason = format!("random-looking value assigned to '{}'", &text[key]);
        out.push(Candidate::new(
            "secret_generic_high_entropy",
            value.span,
            confidence,
            reason,
        ));
    }
    Some(scanned)
}

/// The value at `at`, past an HTTP auth scheme (`Bearer`, `Basic`, `Token`)
/// when one stands first: the span is the credential, not the scheme.
fn value_after_scheme(text: &str, at: usize) -> (Option<Value>, usize) {
    const SCHEMES: &[&str] = &["bearer", "basic", "token", "digest", "apikey"];
    let (value, scanned) = value_at(text, at);
    let Some(v) = value else {
        return (None, scanned);
    };
    let word = &text[v.span.clone()];
    if !v.quoted && SCHEMES.iter().any(|s| word.eq_ignore_ascii_case(s)) {
        return value_at(text, v.span.end);
    }
    if let Some(space) = word.find(' ').filter(|_| v.quoted) {
        if SCHEMES
            .iter()
            .any(|s| word[..space].eq_ignore_ascii_case(s))
        {
            let start = v.span.start + space + 1;
            return (
                Some(Value {
                    span: start..v.span.end,
                    quoted: true,
                }),
                scanned,
            );
        }
    }
    (Some(v), scanned)
}

/// Extra confidence when the key names a secret, `None` when it does not
/// (or names something about the secret: its URL, type, hash, expiry…).
fn secret_key(key: &str) -> Option<f32> {
    if !has_secret_stem(key.as_bytes()) {
        return None;
    }
    let segments = segments(key);
    if segments
        .iter()
        .any(|s| NOT_A_SECRET_SET.contains(s.as_str()))
    {
        return None;
    }
    let joined = segments.concat();
    if STRONG.iter().any(|w| joined.contains(w)) {
        return Some(0.2);
    }
    let weak = segments
        .iter()
        .any(|s| WEAK.contains(&s.as_str()) || s.ends_with("key") || s.ends_with("token"));
    weak.then_some(0.1)
}

/// True when the key holds the stem of some secret word: a cheap test that
/// spares the full analysis at most separators (`14:30`, `https:`, `id=`).
fn has_secret_stem(key: &[u8]) -> bool {
    key.len() >= 3
        && (0..key.len() - 2).any(|i| {
            let rest = &key[i..];
            let starts = |stem: &[u8]| {
                rest.len() >= stem.len() && rest[..stem.len()].eq_ignore_ascii_case(stem)
            };
            match rest[0] | 0x20 {
                b'k' => starts(b"key"),
                b't' => starts(b"tok"),
                b's' => {
                    starts(b"secret") || starts(b"session") || starts(b"sig") || starts(b"salt")
                }
                b'a' => starts(b"auth"),
                b'c' => starts(b"cred") || starts(b"cookie"),
                b'b' => starts(b"bearer"),
                b'p' => starts(b"pat"),
                b'w' => starts(b"webhook"),
                _ => false,
            }
        })
}

/// Key words that name a secret outright.
const STRONG: &[&str] = &[
    "secret",
    "token",
    "apikey",
    "accesskey",
    "privatekey",
    "credential",
    "bearer",
    "signingkey",
    "encryptionkey",
    "masterkey",
    "sessionkey",
    "clientsecret",
    "webhook",
];

/// Key segments that name a secret in context: `auth`, `key`, `cookie`.
const WEAK: &[&str] = &[
    "auth",
    "authorization",
    "key",
    "cookie",
    "session",
    "sig",
    "signature",
    "salt",
    "pat",
];

/// Segments that make the key name something other than the secret itself.
const NOT_A_SECRET: &[&str] = &[
    "url",
    "uri",
    "endpoint",
    "type",
    "expires",
    "expiry",
    "ttl",
    "length",
    "name",
    "file",
    "path",
    "header",
    "id",
    "count",
    "limit",
    "author",
    "authors",
    "public",
    "publishable",
    "pub",
    "hash",
    "sha",
    "sha1",
    "sha256",
    "sha512",
    "md5",
    "checksum",
    "digest",
    "commit",
    "etag",
    "integrity",
    "fingerprint",
    "version",
    "provider",
    "method",
    "mode",
    "format",
    "policy",
    "password",
    "passwd",
    "pwd",
    "passwort",
];
/// [`NOT_A_SECRET`] as a set (see `word_set!`).
static NOT_A_SECRET_SET: WordSet = word_set!(NOT_A_SECRET);

/// The value's entropy when it looks like a generated secret, `None` when a
/// filter explains it away.
pub(crate) fn random_token(value: &str) -> Option<f32> {
    let v = value.trim_end_matches('=');
    let plain = v.len() >= MIN_LEN
        && v.len() <= 512
        && v.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"+/=_-.~".contains(&b));
    if !plain || is_filtered(v) {
        return None;
    }
    let entropy = shannon_entropy(v);
    let threshold = match () {
        _ if is_hex(v) && v.len() >= 32 => 3.0,
        _ if v.len() < 20 => 3.3,
        _ => 3.5,
    };
    (entropy >= threshold).then_some(entropy)
}

fn is_filtered(v: &str) -> bool {
    is_placeholder(v)
        || is_template(v)
        || is_uuid(v)
        || is_sequence(v)
        || is_path_or_url(v)
        || is_words(v)
        || is_named_hash(v)
        || is_jwt_shaped(v)
        || !class_changes_often(v)
}

/// `8-4-4-4-12` hex digits: identifiers, not secrets.
fn is_uuid(v: &str) -> bool {
    let groups: Vec<&str> = v.split('-').collect();
    groups.iter().map(|g| g.len()).eq([8, 4, 4, 4, 12])
        && groups
            .iter()
            .all(|g| g.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// Runs of neighbouring characters (`abcdef…`, `12345…`, `aaaa…`), or a short
/// unit repeated (`abcabcabc…`).
fn is_sequence(v: &str) -> bool {
    let b = v.as_bytes();
    let steps = b.windows(2).filter(|w| w[0].abs_diff(w[1]) <= 1).count();
    let periodic = (1..=4).any(|p| b.len() > 2 * p && b.iter().skip(p).zip(b).all(|(x, y)| x == y));
    steps * 5 >= (b.len() - 1) * 4 || periodic
}

/// File paths and URLs: a scheme, a leading `/`, `~/` or `./`, or slashes
/// between lower-case words.
fn is_path_or_url(v: &str) -> bool {
    let slashes = v.bytes().filter(|&b| b == b'/').count();
    let wordy_segments = v.split('/').filter(|s| !s.is_empty()).all(|s| {
        s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"-_.".contains(&b))
    });
    v.contains("://") || v.starts_with(['/', '~', '.']) || (slashes >= 1 && wordy_segments)
}

/// Letters of one case only, with or without separators (`some-config-name`,
/// `LOREM_IPSUM_DOLOR`): words, not a generated secret.
fn is_words(v: &str) -> bool {
    let no_digits = !v.bytes().any(|b| b.is_ascii_digit());
    let one_case =
        !v.bytes().any(|b| b.is_ascii_uppercase()) || !v.bytes().any(|b| b.is_ascii_lowercase());
    no_digits && one_case
}

/// Values that say they are a hash: `sha256-…`, `sha512-…` (subresource
/// integrity), `md5:…`.
fn is_named_hash(v: &str) -> bool {
    let lower = v.get(..7).unwrap_or(v).to_ascii_lowercase();
    ["sha1", "sha256", "sha384", "sha512", "md5"]
        .iter()
        .any(|h| {
            lower
                .strip_prefix(h)
                .is_some_and(|rest| rest.starts_with(['-', ':', '=']))
        })
}

/// A dotted token whose first segment is base64 JSON (`eyJ…`): the
/// `secret_jwt` rule decodes and judges it, including its sample tokens.
fn is_jwt_shaped(v: &str) -> bool {
    v.starts_with("eyJ") && v.contains('.')
}

fn is_hex(v: &str) -> bool {
    v.bytes().all(|b| b.is_ascii_hexdigit())
}

/// Generated tokens switch between upper case, lower case and digits often
/// (random base62 on about two of three characters, hex on about half);
/// names and words switch rarely. Asks for a switch on a quarter of them.
fn class_changes_often(v: &str) -> bool {
    let class = |b: u8| match b {
        b'a'..=b'z' => 0,
        b'A'..=b'Z' => 1,
        b'0'..=b'9' => 2,
        _ => 3,
    };
    let changes = v
        .as_bytes()
        .windows(2)
        .filter(|w| class(w[0]) != class(w[1]))
        .count();
    changes * 4 >= v.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(text: &str) -> Vec<&str> {
        crate::detect::testing::values(detect, text)
    }

    #[test]
    fn a_prose_secret_is_found_wherever_its_word_run_falls_in_a_chunk() {
        let secret = "iJUp6z0Ml0yz4rqXEoN6UAm0IcYJn4q2AMjVyFBt";
        for words in 0..20 {
            let text = format!("{}Secret {secret} ok", "w ".repeat(words));
            assert_eq!(values(&text), vec![secret], "after {words} words");
        }
        assert!(values(&format!("{secret} Secret")).is_empty());
        assert!(
            values(&format!("Secret  {secret}")).is_empty(),
            "two spaces"
        );
    }

    #[test]
    fn filters_each_explain_their_own_case() {
        assert!(is_uuid("550e8400-e29b-41d4-a716-446655440000"));
        assert!(!is_uuid("550e8400e29b41d4a716446655440000"));
        assert!(is_sequence("abcdefghijklmnop"));
        assert!(is_sequence("0123456789012345"));
        assert!(is_sequence("ab12ab12ab12ab12"));
        assert!(!is_sequence("56TklDm4Qt78Atx8"));
        assert!(is_path_or_url("config/secrets/prod.yaml"));
        assert!(!is_path_or_url("y+UcU3zr1ZtoLuCr64Cx/qlIOdNKhiFXiQ2hzT"));
        assert!(is_words("this-is-not-a-secret"));
        assert!(is_words("LOREM_IPSUM_DOLOR"));
        assert!(!is_words("aBcDeFgHiJkLmNoP"));
        assert!(is_named_hash("sha512-9f86d081884c7d659a2feaa0c55ad015"));
        assert!(is_jwt_shaped("eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIn0."));
    }

    #[test]
    fn long_hex_passes_with_less_entropy_than_base64() {
        assert!(random_token("8f14e45fceea167a5a36dedd4bea2543").is_some());
        assert!(random_token("8f14e45fceea167a").is_none());
    }

    #[test]
    fn keys_about_a_secret_are_not_secret_keys() {
        for key in [
            "token_url",
            "tokenType",
            "auth_provider",
            "public_key",
            "key_id",
            "integrity",
            "author",
        ] {
            assert_eq!(secret_key(key), None, "{key}");
        }
        for key in [
            "token",
            "apiKey",
            "X-Api-Key",
            "client_secret",
            "Authorization",
            "stripe_key",
        ] {
            assert!(secret_key(key).is_some(), "{key}");
        }
    }

    #[test]
    fn the_auth_scheme_is_outside_the_span() {
        let t = "TRPwLRHMIY6vfp8zIC8MqhdQIwSCFR1Q";
        assert_eq!(values(&format!("Authorization: Bearer {t}")), vec![t]);
        assert_eq!(
            values(&format!("\"authorization\": \"Bearer {t}\"")),
            vec![t]
        );
    }

    #[test]
    fn a_long_base64_line_with_separators_scans_quickly() {
        let text = "token=".to_owned() + &"aB3=".repeat(500_000);
        let _ = values(&text);
        let text = "a=".repeat(1_000_000);
        let _ = values(&text);
    }
}
