//! `secret_jwt`: JSON Web Tokens whose header decodes to JSON with an alg.
//!
//! Every JWT header is a JSON object, so its base64url starts with `eyJ`
//! (`{"`). The scan jumps from `J` to `J` with memchr (vectorised, where
//! `str::find` read a word at a time), validates the segments at each `eyJ`
//! that starts a token, decodes the header and asks for an `"alg"` member,
//! then resumes after the token.

use std::ops::Range;

use super::secrets_common::is_token_byte;
use super::{Candidate, Input, RuleSpec};
use crate::Category;

pub(crate) const RULES: &[RuleSpec] = &[RuleSpec {
    id: "secret_jwt",
    category: Category::Secret,
    description: describe!("JSON Web Tokens: three (or, encrypted, five) base64url segments whose header \
                  decodes to a JSON object with an \"alg\" member; the span is the token without \
                  the Bearer scheme."),
    priority: 97,
    matches: examples![
        (
            "Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI0NzExIiwibmFtZSI6IkFubmEgTXVzdGVyIiwiaWF0IjoxNzMyMjAwMDAwfQ.q8SDFYtQ8dGJeWo6bPGPJIbD_X-_NgRgfzZ61ntTPh8",
            "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI0NzExIiwibmFtZSI6IkFubmEgTXVzdGVyIiwiaWF0IjoxNzMyMjAwMDAwfQ.q8SDFYtQ8dGJeWo6bPGPJIbD_X-_NgRgfzZ61ntTPh8",
        ),
        (
            "Mit diesem Token geht's: eyJhbGciOiJSUzI1NiIsImtpZCI6ImsxIn0.eyJzdWIiOiJ1LTg4IiwiYXVkIjoiY3JtIiwiZXhwIjoxNzMyMjkwMDAwfQ.qq9pu2H09Ag0oZqAIbPQP1WNsDCxs6UBOAQTlWBN8S8.",
            "eyJhbGciOiJSUzI1NiIsImtpZCI6ImsxIn0.eyJzdWIiOiJ1LTg4IiwiYXVkIjoiY3JtIiwiZXhwIjoxNzMyMjkwMDAwfQ.qq9pu2H09Ag0oZqAIbPQP1WNsDCxs6UBOAQTlWBN8S8",
        ),
        (
            "le jeton \"eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzUxMiJ9.eyJ1c2VyIjoiamR1cG9udCIsInJvbGUiOiJhZG1pbiJ9.SxTRq5UKkIZTJjaNsN95HQSKP5Hd3G26NMKGfqQOa6Q\" a expiré",
            "eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzUxMiJ9.eyJ1c2VyIjoiamR1cG9udCIsInJvbGUiOiJhZG1pbiJ9.SxTRq5UKkIZTJjaNsN95HQSKP5Hd3G26NMKGfqQOa6Q",
        ),
        (
            "https://app.example.com/login?token=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI0NzExIiwibmFtZSI6IkFubmEgTXVzdGVyIiwiaWF0IjoxNzMyMjAwMDAwfQ.q8SDFYtQ8dGJeWo6bPGPJIbD_X-_NgRgfzZ61ntTPh8&x=1",
            "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI0NzExIiwibmFtZSI6IkFubmEgTXVzdGVyIiwiaWF0IjoxNzMyMjAwMDAwfQ.q8SDFYtQ8dGJeWo6bPGPJIbD_X-_NgRgfzZ61ntTPh8",
        ),
        (
            "Il token di sessione è eyJhbGciOiJSUzI1NiIsImtpZCI6ImsxIn0.eyJzdWIiOiJ1LTg4IiwiYXVkIjoiY3JtIiwiZXhwIjoxNzMyMjkwMDAwfQ.qq9pu2H09Ag0oZqAIbPQP1WNsDCxs6UBOAQTlWBN8S8",
            "eyJhbGciOiJSUzI1NiIsImtpZCI6ImsxIn0.eyJzdWIiOiJ1LTg4IiwiYXVkIjoiY3JtIiwiZXhwIjoxNzMyMjkwMDAwfQ.qq9pu2H09Ag0oZqAIbPQP1WNsDCxs6UBOAQTlWBN8S8",
        ),
        (
            "Token (platnost 1 h): eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzUxMiJ9.eyJ1c2VyIjoiamR1cG9udCIsInJvbGUiOiJhZG1pbiJ9.SxTRq5UKkIZTJjaNsN95HQSKP5Hd3G26NMKGfqQOa6Q",
            "eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzUxMiJ9.eyJ1c2VyIjoiamR1cG9udCIsInJvbGUiOiJhZG1pbiJ9.SxTRq5UKkIZTJjaNsN95HQSKP5Hd3G26NMKGfqQOa6Q",
        ),
    ],
    ignores: examples![
        ("eyJ0eXAiOiAiSldUIn0.eyJzdWIiOiIxIn0.abc", "header has no alg"),
        ("Der Wert eyJoZWxsbyI6IndvcmxkIiwiYSI6MX0 ist nur Base64-JSON", "one segment is no token"),
        ("eyJhbGciOiJIUzI1NiJ9x.eyJzdWIiOiIxIn0.abc", "header is not valid base64url JSON"),
        ("Tokens look like eyJhbGciOi…", "truncated"),
        ("het formaat is header.payload.signature", "no base64 JSON header"),
        ("version 1.2.3 of eyJ-parser", "not a token"),
        (
            "Exemple : eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
            "jwt.io's published sample token",
        ),
    ],
}];

/// Longest header decoded; real headers are well under this.
const MAX_HEADER: usize = 2048;

pub(crate) fn detect(input: &Input<'_>, out: &mut Vec<Candidate>) {
    let text = input.text;
    let bytes = text.as_bytes();
    let mut from = 0;
    while let Some(found) = bytes
        .get(from..)
        .and_then(|rest| memchr::memchr(b'J', rest))
    {
        let j = from + found;
        from = j + 1;
        if j < 2 || &bytes[j - 2..j] != b"ey" || !token_starts_at(bytes, j - 2) {
            continue;
        }
        let (token, read) = read_token(bytes, j - 2);
        from = from.max(read);
        if let Some((span, confidence, reason)) = token.and_then(|t| validate(text, t)) {
            out.push(Candidate::new("secret_jwt", span, confidence, reason));
        }
    }
}

fn token_starts_at(bytes: &[u8], at: usize) -> bool {
    at == 0 || !(is_token_byte(bytes[at - 1]) || bytes[at - 1] == b'.')
}

/// The segments of a dotted token starting at `at`, and where reading ended.
fn read_token(bytes: &[u8], at: usize) -> (Option<Vec<Range<usize>>>, usize) {
    let mut segments = Vec::with_capacity(3);
    let mut start = at;
    loop {
        let end = start
            + bytes[start..]
                .iter()
                .take_while(|&&b| is_token_byte(b))
                .count();
        segments.push(start..end);
        let dot_then_more = bytes.get(end) == Some(&b'.') && segments.len() < 5;
        if !dot_then_more {
            // A sentence's full stop after a signed token is not a segment.
            if end == start && matches!(segments.len(), 4 | 6) {
                segments.pop();
            }
            return (shape_ok(&segments).then_some(segments), end);
        }
        start = end + 1;
    }
}

/// Three segments (signed; the signature may be empty for `alg: none`) or
/// five (encrypted), header and payload never empty.
fn shape_ok(segments: &[Range<usize>]) -> bool {
    let n = segments.len();
    (n == 3 || n == 5) && segments[..2].iter().all(|s| s.len() >= 4)
}

/// The token's span, confidence and reason when its header is a JSON object
/// with an `alg` string.
fn validate(text: &str, segments: Vec<Range<usize>>) -> Option<(Range<usize>, f32, &'static str)> {
    let header = &segments[0];
    if header.len() > MAX_HEADER {
        return None;
    }
    let json = base64url_decode(&text.as_bytes()[header.clone()])?;
    let value: serde_json::Value = serde_json::from_slice(&json).ok()?;
    let alg = value.as_object()?.get("alg")?.as_str()?;
    if is_sample(text, &segments) {
        return None;
    }
    let last = segments.last()?;
    // An unsigned token ends with its dot: that dot belongs to the token.
    let end = if last.is_empty() {
        last.start
    } else {
        last.end
    };
    let (confidence, reason) = if alg.eq_ignore_ascii_case("none") {
        (0.75, "unsigned JSON Web Token")
    } else if segments.len() == 5 {
        (0.9, "encrypted JSON Web Token, header names its algorithm")
    } else {
        (0.95, "JSON Web Token, header names its algorithm")
    };
    (!last.is_empty() || alg.eq_ignore_ascii_case("none")).then_some((
        header.start..end,
        confidence,
        reason,
    ))
}

/// True for the sample token that jwt.io and countless tutorials show:
/// quoting it leaks nothing, as AKIAIOSFODNN7EXAMPLE does not.
fn is_sample(text: &str, segments: &[Range<usize>]) -> bool {
    const SAMPLE_SIGNATURE: &str = "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c";
    segments
        .last()
        .is_some_and(|s| &text[s.clone()] == SAMPLE_SIGNATURE)
}

/// Decodes unpadded base64url (RFC 4648 §5); `None` on any other byte or an
/// impossible length.
fn base64url_decode(input: &[u8]) -> Option<Vec<u8>> {
    if input.len() % 4 == 1 {
        return None;
    }
    let mut out = Vec::with_capacity(input.len() * 3 / 4);
    let mut acc = 0u32;
    let mut bits = 0;
    for &b in input {
        acc = (acc << 6) | u32::from(sextet(b)?);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
        }
    }
    Some(out)
}

fn sextet(b: u8) -> Option<u8> {
    match b {
        b'A'..=b'Z' => Some(b - b'A'),
        b'a'..=b'z' => Some(b - b'a' + 26),
        b'0'..=b'9' => Some(b - b'0' + 52),
        b'-' => Some(62),
        b'_' => Some(63),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(text: &str) -> Vec<&str> {
        crate::detect::testing::values(detect, text)
    }

    #[test]
    fn base64url_decodes_every_tail_length_and_rejects_bad_bytes() {
        let cases: &[(&str, Option<&[u8]>)] = &[
            ("", Some(b"")),
            ("eyJ9", Some(b"{\"}")),
            ("YQ", Some(b"a")),
            ("YWI", Some(b"ab")),
            ("YWJj", Some(b"abc")),
            ("_-8", Some(&[0xff, 0xef])),
            ("Y", None),
            ("YW+j", None),
            ("YW=j", None),
        ];
        for (input, want) in cases {
            assert_eq!(
                base64url_decode(input.as_bytes()).as_deref(),
                *want,
                "{input}"
            );
        }
    }

    #[test]
    fn an_unsigned_token_keeps_its_final_dot() {
        let token = "eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIn0.";
        assert_eq!(spans(&format!("t={token} ok")), vec![token]);
    }

    #[test]
    fn a_signed_token_with_an_empty_signature_is_not_reported() {
        assert!(spans("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.").is_empty());
    }

    #[test]
    fn a_token_glued_to_a_word_is_not_read() {
        assert!(spans("xeyJhbGciOiJub25lIn0.eyJzdWIiOiIxIn0.").is_empty());
    }

    #[test]
    fn a_long_run_of_ey_j_stays_linear_and_silent() {
        let text = "eyJ.".repeat(200_000);
        assert!(spans(&text).is_empty());
        let text = "eyJeyJeyJ".repeat(100_000);
        assert!(spans(&text).is_empty());
    }
}
