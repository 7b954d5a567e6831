//! What the secret detectors share: reading a `key = value` assignment around
//! a separator, and the filters that tell a real secret from a placeholder.
//!
//! Every detector that uses these walks the text once, anchored on rare bytes
//! (`=`, `:`, a known prefix); the helpers here only look at a bounded window
//! around such an anchor, so a scan stays linear in the text length.

use std::ops::Range;

use super::contact_common::{prefix_set, second_bit, ShapeSet};

/// Longest key name read back from a separator; longer runs are not keys.
const MAX_KEY: usize = 64;

/// Longest value read after a separator; longer runs are blobs, not values.
pub(crate) const MAX_VALUE: usize = 512;

/// True for the bytes of a key name in code: `db.password`, `API-KEY`, `x_1`.
pub(crate) fn is_key_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.')
}

/// True for the bytes of vendor tokens and base64url: `[A-Za-z0-9_-]`.
pub(crate) fn is_token_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-')
}

fn is_quote(b: u8) -> bool {
    matches!(b, b'"' | b'\'' | b'`')
}

/// The key name that ends right before the separator at `sep`, skipping
/// blanks and one closing quote (`"api_key": …`). `None` when no key stands
/// there or the run is too long to be a key.
pub(crate) fn key_before(text: &str, sep: usize) -> Option<Range<usize>> {
    let bytes = text.as_bytes();
    let mut end = sep;
    while end > 0 && end + 4 > sep && matches!(bytes[end - 1], b' ' | b'\t') {
        end -= 1;
    }
    if end > 0 && is_quote(bytes[end - 1]) {
        end -= 1;
    }
    let mut start = end;
    while start > 0 && is_key_byte(bytes[start - 1]) {
        if end - start >= MAX_KEY {
            return None;
        }
        start -= 1;
    }
    (start < end).then_some(start..end)
}

/// A value read after a separator.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Value {
    /// The value itself, without quotes.
    pub span: Range<usize>,
    /// True when it stood between quotes.
    pub quoted: bool,
}

/// Reads the value that starts at `at` (right after a separator): a quoted
/// string on one line, or a bare run up to whitespace, a quote or `<>`.
/// Trailing sentence punctuation is not part of a bare value.
///
/// Returns the value, if any, and the offset up to which the text was read,
/// so that the caller can skip it and stay linear. Guarantees both on char
/// boundaries, because every stop is at an ASCII byte or the text's end.
pub(crate) fn value_at(text: &str, at: usize) -> (Option<Value>, usize) {
    let bytes = text.as_bytes();
    let mut start = at;
    while start < bytes.len() && start < at + 8 && matches!(bytes[start], b' ' | b'\t') {
        start += 1;
    }
    match bytes.get(start) {
        Some(&q) if is_quote(q) => quoted_value(bytes, start + 1, q),
        Some(_) => bare_value(bytes, start),
        None => (None, start),
    }
}

fn quoted_value(bytes: &[u8], start: usize, quote: u8) -> (Option<Value>, usize) {
    let limit = bytes.len().min(start + MAX_VALUE);
    let mut end = start;
    while end < limit && bytes[end] != quote && bytes[end] != b'\n' {
        end += 1;
    }
    if end < limit && bytes[end] == quote {
        return (
            Some(Value {
                span: start..end,
                quoted: true,
            }),
            end + 1,
        );
    }
    (None, end)
}

fn bare_value(bytes: &[u8], start: usize) -> (Option<Value>, usize) {
    let mut end = start;
    while end < bytes.len() && !ends_bare_value(bytes, end) {
        end += 1;
        if end - start > MAX_VALUE {
            while end < bytes.len() && !bytes[end].is_ascii_whitespace() {
                end += 1;
            }
            return (None, end);
        }
    }
    let scanned = end;
    while end > start && trailing_punctuation(&bytes[start..end]) {
        end -= 1;
    }
    (
        (end > start).then_some(Value {
            span: start..end,
            quoted: false,
        }),
        scanned,
    )
}

/// True when the last byte of `value` is sentence punctuation, or a closing
/// bracket that the value did not open: "(pw: abc)" ends before the `)`,
/// "Sommer(2024)" keeps it.
fn trailing_punctuation(value: &[u8]) -> bool {
    let count = |b: u8| value.iter().filter(|&&c| c == b).count();
    match value.last() {
        Some(b'.' | b',' | b';' | b':' | b'?') => true,
        Some(b')') => count(b'(') < count(b')'),
        Some(b']') => count(b'[') < count(b']'),
        Some(b'}') => count(b'{') < count(b'}'),
        _ => false,
    }
}

/// A bare value ends at whitespace, quotes, angle brackets, and at `&` when
/// a next `name=` follows, as in a query string.
fn ends_bare_value(bytes: &[u8], at: usize) -> bool {
    match bytes[at] {
        b if b.is_ascii_whitespace() || is_quote(b) => true,
        b'<' | b'>' => true,
        b'&' => {
            let rest = &bytes[at + 1..bytes.len().min(at + 1 + MAX_KEY)];
            let name = rest.iter().take_while(|&&b| is_key_byte(b)).count();
            name > 0 && rest.get(name) == Some(&b'=')
        }
        _ => false,
    }
}

/// True for values that stand for a secret instead of being one:
/// `AKIAIOSFODNN7EXAMPLE`, `xoxb-your-token`, `<password>`, `********`,
/// `xxxx`, `your_password`, `dein_passwort`.
pub(crate) fn is_placeholder(value: &str) -> bool {
    has_marker(value.as_bytes()) || is_one_char(value) || is_template(value)
}

/// Words and marks, lowercase, that only placeholders hold.
const MARKERS: &[&str] = &[
    "example",
    "your",
    "xxxx",
    "placeholder",
    "redacted",
    "dummy",
    "sample",
    "<",
    ">",
    "...",
    "…",
    "***",
    "•",
    "dein_",
    "deinpass",
    "votre",
    "ton_mot",
    "tuo_",
    "jouw",
    "vase_",
    "insert",
    "replace_me",
    "replaceme",
    "secret_here",
    "token_here",
];

/// The first two bytes of [`MARKERS`].
const MARKER_PAIRS: ShapeSet = prefix_set(MARKERS);

/// True when `value` holds one of [`MARKERS`], in any ASCII case. One pass
/// that tries the markers only where the first two bytes begin one,
/// instead of lowercasing a copy and searching it once per marker: every
/// candidate secret of every detector comes here, and that search was a
/// third of the cost of `secret_tokens` on chatty text (issue 2).
fn has_marker(value: &[u8]) -> bool {
    (0..value.len()).any(|at| {
        let pairs = MARKER_PAIRS[usize::from(value[at].to_ascii_lowercase())];
        let second = value.get(at + 1).map_or(0, u8::to_ascii_lowercase);
        pairs & second_bit(second) != 0
            && MARKERS.iter().any(|m| {
                value
                    .get(at..at + m.len())
                    .is_some_and(|s| s.eq_ignore_ascii_case(m.as_bytes()))
            })
    })
}

/// True when every alphanumeric char of `value` is the same one, in any
/// ASCII case: `aaaaaaaa`, `0000-0000`, `xXxX`.
fn is_one_char(value: &str) -> bool {
    let mut chars = value
        .chars()
        .filter(|c| c.is_alphanumeric())
        .map(|c| c.to_ascii_lowercase());
    match chars.next() {
        Some(first) => chars.all(|c| c == first),
        None => true,
    }
}

/// A shell, PHP or Perl variable read: `$DB_PASSWORD`, `$_ENV['pw']`,
/// `$(cat pw.txt)`, `$config->pass`. A `$` followed by a name and then a
/// symbol that no reference uses (`$xYLu%cKW8a8j`) is a password that
/// starts with `$`.
fn is_dollar_reference(v: &str) -> bool {
    let Some(rest) = v.strip_prefix('$') else {
        return false;
    };
    let name = rest
        .bytes()
        .take_while(|b| b.is_ascii_alphanumeric() || *b == b'_')
        .count();
    match rest.as_bytes().get(name) {
        None => true,
        Some(b'(' | b'{') => name == 0,
        Some(b'[' | b'.' | b'-' | b'/' | b':' | b')' | b'}' | b'"' | b'\'') => name > 0,
        Some(_) => false,
    }
}

/// True for references to a value kept elsewhere: `${DB_PASS}`, `{{ token }}`,
/// `%API_KEY%`, `$SECRET`, `process.env.X`, `os.environ[...]`.
pub(crate) fn is_template(value: &str) -> bool {
    let v = value.trim();
    is_dollar_reference(v)
        || (v.contains('{') && (v.contains("${") || v.contains("{{") || v.contains("{%")))
        || (v.len() > 2 && v.starts_with('%') && v.ends_with('%'))
        || v.starts_with("process.env")
        || v.starts_with("os.environ")
        || v.starts_with("env(")
        || v.starts_with("ENV[")
        || v.starts_with("secrets.")
}

/// True when a value has too few different characters to be random:
/// `AAAAAAAABBBBBBBB`, `abcabcabcabc`.
pub(crate) fn low_variety(value: &str) -> bool {
    let mut seen = [false; 128];
    let mut distinct = 0;
    for b in value.bytes().filter(u8::is_ascii_alphanumeric) {
        if !seen[usize::from(b)] {
            seen[usize::from(b)] = true;
            distinct += 1;
        }
    }
    distinct < 6.min(value.len() / 3 + 1)
}

/// Lowercase segments of a code identifier: `DB_PASSWORD` → db, password;
/// `smtpPass` → smtp, pass; `spring.datasource.password` → …, password.
pub(crate) fn segments(ident: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    let mut prev_lower = false;
    for c in ident.chars() {
        let split = matches!(c, '_' | '-' | '.' | '\'') || (c.is_uppercase() && prev_lower);
        if split && !current.is_empty() {
            out.push(std::mem::take(&mut current));
        }
        if c.is_alphanumeric() {
            current.extend(c.to_lowercase());
        }
        prev_lower = c.is_lowercase() || c.is_ascii_digit();
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

/// A set of bytes, for testing a byte against many at once.
pub(crate) type ByteSet = [bool; 256];

/// The set of `bytes`, built at compile time.
pub(crate) const fn byte_set(bytes: &[u8]) -> ByteSet {
    let mut set = [false; 256];
    let mut i = 0;
    while i < bytes.len() {
        set[bytes[i] as usize] = true;
        i += 1;
    }
    set
}

/// The first offset at or after `from` whose byte is one of `targets`, or
/// the length of `bytes`. Tests eight bytes at a time with the classic
/// "has a zero byte" bit trick (one XOR and three operations per target),
/// for detectors that anchor on a few rare bytes.
pub(crate) fn next_of<const N: usize>(bytes: &[u8], from: usize, targets: [u8; N]) -> usize {
    const LO: u64 = 0x0101_0101_0101_0101;
    const HI: u64 = 0x8080_8080_8080_8080;
    let patterns = targets.map(|t| u64::from(t) * LO);
    let mut at = from.min(bytes.len());
    while let Some(chunk) = bytes
        .get(at..at + 8)
        .and_then(|c| <[u8; 8]>::try_from(c).ok())
    {
        let word = u64::from_le_bytes(chunk);
        let hits = patterns.iter().fold(0, |hits, &p| {
            let v = word ^ p;
            hits | (v.wrapping_sub(LO) & !v & HI)
        });
        if hits != 0 {
            // The lowest flagged byte is always a real match; borrows can
            // only flag bytes above it.
            return at + (hits.trailing_zeros() / 8) as usize;
        }
        at += 8;
    }
    at + bytes[at..]
        .iter()
        .take_while(|b| !targets.contains(b))
        .count()
}

/// True for bytes that may start a word: the byte before is no word byte.
pub(crate) fn at_word_start(bytes: &[u8], at: usize) -> bool {
    at == 0 || !super::util::is_word_byte(bytes[at - 1])
}

#[cfg(test)]
mod tests {
    use super::super::{Candidate, Input};
    use super::*;

    #[test]
    fn a_key_is_read_back_over_blanks_and_a_closing_quote() {
        let text = r#"{"api_key": "abc"}"#;
        let sep = text.find(':').expect("colon");
        assert_eq!(key_before(text, sep).map(|r| &text[r]), Some("api_key"));
        assert_eq!(key_before("DB_PASSWORD = x", 12).map(|r| r.len()), Some(11));
        assert_eq!(key_before(" = x", 1), None);
    }

    #[test]
    fn values_are_read_quoted_or_bare_without_sentence_punctuation() {
        let cases: &[(&str, Option<&str>)] = &[
            ("= \"a b c\" rest", Some("a b c")),
            ("=hunter2.", Some("hunter2")),
            ("=Sommer2024!", Some("Sommer2024!")),
            ("=abc&next=1", Some("abc")),
            ("=a&b", Some("a&b")),
            ("= \"unterminated", None),
            ("=   ", None),
        ];
        for (text, want) in cases {
            let (value, _) = value_at(text, 1);
            assert_eq!(value.map(|v| &text[v.span]), *want, "{text}");
        }
    }

    #[test]
    fn an_overlong_bare_value_is_skipped_whole() {
        let text = format!("={} next", "a".repeat(MAX_VALUE * 2));
        let (value, end) = value_at(&text, 1);
        assert_eq!(value, None);
        assert_eq!(end, MAX_VALUE * 2 + 1);
    }

    #[test]
    fn placeholders_templates_and_repeats_are_recognised() {
        for v in [
            "AKIAIOSFODNN7EXAMPLE",
            "xoxb-your-token",
            "<password>",
            "********",
            "xxxx",
            "${DB_PASS}",
            "{{ token }}",
            "%API_KEY%",
            "$SECRET",
            "$_ENV['DB_PASS']",
            "$(cat pw.txt)",
            "$config->pass",
            "aaaaaaaa",
            "dein_passwort",
        ] {
            assert!(is_placeholder(v), "{v}");
        }
        for v in [
            "changeme",
            "Sommer2024!",
            "hunter2",
            "wJalrXUtnFEMI/K7MDENG",
            "$xYLu%cKW8a8j",
            "$7Kq!vR2#pLm",
        ] {
            assert!(!is_placeholder(v), "{v}");
        }
    }

    #[test]
    fn code_identifiers_split_into_segments() {
        assert_eq!(segments("DB_PASSWORD"), ["db", "password"]);
        assert_eq!(segments("smtpPass"), ["smtp", "pass"]);
        assert_eq!(
            segments("spring.datasource.password"),
            ["spring", "datasource", "password"]
        );
        assert_eq!(segments("X-Api-Key"), ["x", "api", "key"]);
    }

    #[test]
    fn next_of_finds_the_first_target_wherever_it_sits() {
        for len in 0..20 {
            for at in 0..len {
                for target in [b'=', b':'] {
                    let mut text = vec![b'a'; len];
                    text[at] = target;
                    if at + 1 < len {
                        text[at + 1] = b'=';
                    }
                    assert_eq!(next_of(&text, 0, [b'=', b':']), at);
                }
            }
            assert_eq!(next_of(&vec![0x3d ^ 0x01; len], 0, [b'=']), len);
        }
        assert_eq!(next_of("é=".as_bytes(), 0, [b'=']), 2);
        assert_eq!(next_of(b"abc", 9, [b'=']), 3);
    }

    #[test]
    fn low_variety_flags_repeats_but_not_random_strings() {
        assert!(low_variety("AAAAAAAABBBBBBBB"));
        assert!(!low_variety("IOSFODNN7QXAMPLE"));
    }

    /// Glues random fragments (anchors, multi-byte chars, partial prefixes)
    /// and checks that every secret detector returns spans on char
    /// boundaries without panicking.
    #[test]
    fn random_fragments_never_panic_and_spans_stay_on_char_boundaries() {
        const FRAGMENTS: &[&str] = &[
            "a",
            "A",
            "=",
            ":",
            "/",
            ".",
            "-",
            "_",
            " ",
            "\n",
            "é",
            "ž",
            "€",
            "😀",
            "://",
            "password",
            "Passwort",
            " ist ",
            " è ",
            "AKIA",
            "AIza",
            "ghp_",
            "github_pat_",
            "eyJ",
            "-----BEGIN PRIVATE KEY-----",
            "-----END ",
            "10.0.0.1",
            ":8080",
            "localhost",
            "\"",
            "'",
            "[",
            "]",
            "(",
            ")",
            "xoxb-",
            "hooks.slack.com/",
            "\\\\",
            "0",
            "9",
            ".corp",
            "token",
            "MC4CAQAwBQYDK2VwBCIEIBO4Pqgh",
            "http",
            "www.",
            "@",
        ];
        let detectors: &[fn(&Input<'_>, &mut Vec<Candidate>)] = &[
            super::super::secret_tokens::detect,
            super::super::private_key::detect,
            super::super::jwt::detect,
            super::super::password::detect,
            super::super::secret_entropy::detect,
            super::super::internal_url::detect,
        ];
        let mut seed = 0x9E37_79B9_7F4A_7C15u64;
        for _ in 0..3000 {
            let mut text = String::new();
            for _ in 0..(seed % 24) {
                seed = seed
                    .wrapping_mul(6_364_136_223_846_793_005)
                    .wrapping_add(1_442_695_040_888_963_407);
                text.push_str(FRAGMENTS[(seed >> 33) as usize % FRAGMENTS.len()]);
            }
            seed = seed.wrapping_add(7);
            let lower = text.to_lowercase();
            if lower.len() != text.len() {
                continue;
            }
            let domains = ["corp".to_owned()];
            let input = Input::new(&text, &lower, &domains);
            for detect in detectors {
                let mut out = Vec::new();
                detect(&input, &mut out);
                for c in out {
                    let ok = c.span.start < c.span.end
                        && text.is_char_boundary(c.span.start)
                        && text.is_char_boundary(c.span.end);
                    assert!(ok, "{} {:?} in {text:?}", c.rule, c.span);
                }
            }
        }
    }
}
