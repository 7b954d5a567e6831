//! `secret_private_key`: PEM private key blocks, from the BEGIN line to the END line.
//!
//! The BEGIN line is searched with one `find` over the text; from there the
//! body is walked token by token (base64 runs, PEM/PGP header lines) until
//! the END line or the first thing that is not key material. The next search
//! starts after what the walk consumed, so the scan is linear. Messengers
//! often turn line breaks into spaces, so blanks and line breaks are treated
//! alike inside the body.

use std::ops::Range;

use super::{Candidate, Input, RuleSpec};
use crate::Category;

pub(crate) const RULES: &[RuleSpec] = &[RuleSpec {
    id: "secret_private_key",
    category: Category::Secret,
    description: describe!("PEM and PGP private key blocks (-----BEGIN … PRIVATE KEY----- with a base64 \
                  body), from the BEGIN line to the END line, or to the end of the body when the \
                  END line is missing; a BEGIN line without a body is not reported."),
    priority: 100,
    matches: examples![
        (
            "Kannst du das auf dem Server einspielen?\n-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIBO4PqghSNf0lTGh0BEUr6jqjA9mC5kuPw1wlJxJTm2e\n-----END PRIVATE KEY-----\nDanke!",
            "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIBO4PqghSNf0lTGh0BEUr6jqjA9mC5kuPw1wlJxJTm2e\n-----END PRIVATE KEY-----",
        ),
        (
            "voici la clé -----BEGIN EC PRIVATE KEY----- MHcCAQEEIEc/s8Pm7Qd2UELQRgbLO1Pn6jRC8j8zgE/fDN2NxhUZoAoGCCqGSM49 AwEHoUQDQgAEFo7O/7ENPql2AuujWjZ7ELvMY7e0jqlq8+mwRuET7TEan0JTHRwl bsCkumGS9wPbMhihUWFQgFCTQIYJsL54tA== -----END EC PRIVATE KEY----- merci",
            "-----BEGIN EC PRIVATE KEY----- MHcCAQEEIEc/s8Pm7Qd2UELQRgbLO1Pn6jRC8j8zgE/fDN2NxhUZoAoGCCqGSM49 AwEHoUQDQgAEFo7O/7ENPql2AuujWjZ7ELvMY7e0jqlq8+mwRuET7TEan0JTHRwl bsCkumGS9wPbMhihUWFQgFCTQIYJsL54tA== -----END EC PRIVATE KEY-----",
        ),
        (
            "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\nQyNTUxOQAAACDFz/IKIx1KRLiP6W2g8gUDhUDYEeVgQ+DuiAmYU3fohgAAAIhRaj9AUWo/\n-----END OPENSSH PRIVATE KEY-----",
            "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\nQyNTUxOQAAACDFz/IKIx1KRLiP6W2g8gUDhUDYEeVgQ+DuiAmYU3fohgAAAIhRaj9AUWo/\n-----END OPENSSH PRIVATE KEY-----",
        ),
        (
            "ecco la chiave, manca la fine:\n-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gunVTLw7onLRnrq0/IzW7yWR7QkrmBL7jTKEn5u\nAKCAQEAu1SU1LfVLPHCozMxH2Mo\n\nsent from my phone",
            "-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gunVTLw7onLRnrq0/IzW7yWR7QkrmBL7jTKEn5u\nAKCAQEAu1SU1LfVLPHCozMxH2Mo",
        ),
        (
            "Hier de sleutel:\n-----BEGIN ENCRYPTED PRIVATE KEY-----\nMIGbMFcGCSqGSIb3DQEFDTBKMCkGCSqGSIb3DQEFDDAcBAiB6QIsf0Ec2QICCAAw\nDAYIKoZIhvcNAgkFADAdBglghkgBZQMEASoEEPpNDTsZRYs1NCSz1n6pXxE=\n-----END ENCRYPTED PRIVATE KEY-----",
            "-----BEGIN ENCRYPTED PRIVATE KEY-----\nMIGbMFcGCSqGSIb3DQEFDTBKMCkGCSqGSIb3DQEFDDAcBAiB6QIsf0Ec2QICCAAw\nDAYIKoZIhvcNAgkFADAdBglghkgBZQMEASoEEPpNDTsZRYs1NCSz1n6pXxE=\n-----END ENCRYPTED PRIVATE KEY-----",
        ),
        (
            "Klíč:\n-----BEGIN PGP PRIVATE KEY BLOCK-----\nVersion: GnuPG v2\n\nlQOYBGRb9hIBCADQ7q3XgVb1vYz0wK5p8n2mJ4cR6tLs9eHfUa3iOdPkWxCy7Bz\n=a1B2\n-----END PGP PRIVATE KEY BLOCK-----",
            "-----BEGIN PGP PRIVATE KEY BLOCK-----\nVersion: GnuPG v2\n\nlQOYBGRb9hIBCADQ7q3XgVb1vYz0wK5p8n2mJ4cR6tLs9eHfUa3iOdPkWxCy7Bz\n=a1B2\n-----END PGP PRIVATE KEY BLOCK-----",
        ),
    ],
    ignores: examples![
        ("The file must start with -----BEGIN PRIVATE KEY----- and nothing else.", "BEGIN line without a body"),
        ("-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEFo7O/7ENPql2AuujWjZ7ELvMY7e0\n-----END PUBLIC KEY-----", "a public key is no secret"),
        ("-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----", "placeholder body"),
        ("-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUEc/s8Pm7Qd2UELQRgbLO1Pn6jRC8j8zgE/fDN2Nxh\n-----END CERTIFICATE-----", "certificates are public"),
        ("Der Schlüssel liegt unter ~/.ssh/id_rsa (BEGIN RSA PRIVATE KEY)", "no PEM armour"),
        ("Le bloc -----BEGIN PRIVATE KEY----- <ta clé ici> -----END PRIVATE KEY-----", "placeholder body"),
    ],
}];

/// Fewest base64 characters that make a body: below this it is an example
/// or a truncated sketch, not key material (the shortest real key, Ed25519
/// PKCS#8, has 64).
const MIN_BODY: usize = 40;

/// Longest label between `BEGIN ` and `-----`.
const MAX_LABEL: usize = 48;

pub(crate) fn detect(input: &Input<'_>, out: &mut Vec<Candidate>) {
    const BEGIN: &str = "-----BEGIN ";
    let text = input.text;
    let mut from = 0;
    while let Some(found) = text[from..].find(BEGIN) {
        let start = from + found;
        let Some(header_end) = private_key_label(text, start + BEGIN.len()) else {
            from = start + BEGIN.len();
            continue;
        };
        let body = walk_body(text, header_end);
        if body.base64 >= MIN_BODY {
            let (end, confidence, reason) = match &body.end_line {
                Some(end_line) => (end_line.end, 0.97, "PEM private key block"),
                None => (body.last, 0.85, "PEM private key without its END line"),
            };
            out.push(Candidate::new(
                "secret_private_key",
                start..end,
                confidence,
                reason,
            ));
        }
        from = body.end_line.map_or(body.last, |r| r.end).max(header_end);
    }
}

/// Reads the label that starts at `at` and returns where its closing `-----`
/// ends, when the label names a private key: upper-case words ending in
/// `PRIVATE KEY` or `PRIVATE KEY BLOCK` (RSA, EC, DSA, OPENSSH, ENCRYPTED,
/// PGP and whatever algorithm comes next).
fn private_key_label(text: &str, at: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let limit = bytes.len().min(at + MAX_LABEL);
    let len = bytes[at..limit]
        .iter()
        .take_while(|&&b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b' ')
        .count();
    let label = &text[at..at + len];
    let private = label.ends_with("PRIVATE KEY") || label.ends_with("PRIVATE KEY BLOCK");
    (private && text[at + len..].starts_with("-----")).then_some(at + len + 5)
}

/// What follows a BEGIN line.
struct Body {
    /// Base64 characters seen.
    base64: usize,
    /// End of the last base64 token.
    last: usize,
    /// The END line, when one closes the body.
    end_line: Option<Range<usize>>,
}

/// Walks the tokens after the BEGIN line: base64 runs count, header lines
/// (`Proc-Type:`, `DEK-Info:`, `Version:`, `Comment:`) are skipped, an END
/// line closes the body, anything else ends it.
fn walk_body(text: &str, from: usize) -> Body {
    let bytes = text.as_bytes();
    let mut body = Body {
        base64: 0,
        last: from,
        end_line: None,
    };
    let mut at = from;
    loop {
        while at < bytes.len() && bytes[at].is_ascii_whitespace() {
            at += 1;
        }
        let token_end = at
            + bytes[at..]
                .iter()
                .take_while(|b| !b.is_ascii_whitespace())
                .count();
        if at == token_end {
            return body;
        }
        if text[at..].starts_with("-----END ") {
            body.end_line = end_line(text, at);
            return body;
        }
        if body_token(text, at, token_end) {
            body.base64 += token_end - at;
            body.last = token_end;
            at = token_end;
        } else if is_header_name(&bytes[at..token_end]) {
            at += bytes[at..].iter().take_while(|&&b| b != b'\n').count();
        } else {
            return body;
        }
    }
}

/// The END line starting at `at`, through its closing `-----`.
fn end_line(text: &str, at: usize) -> Option<Range<usize>> {
    let label = at + "-----END ".len();
    let limit = text.len().min(label + MAX_LABEL + 5);
    let bytes = text.as_bytes();
    let close = (label..limit.saturating_sub(4)).find(|&i| &bytes[i..i + 5] == b"-----")?;
    Some(at..close + 5)
}

/// True when the token at `at..end` is key material: base64 of a full
/// line's length, or a short last line (padded, or right before END). A
/// short word after the body ("sent from my phone") ends it.
fn body_token(text: &str, at: usize, end: usize) -> bool {
    let token = &text.as_bytes()[at..end];
    let base64 = token.iter().all(|&b| is_base64(b));
    let next = text[end..].trim_start();
    base64 && (token.len() >= 16 || token.contains(&b'=') || next.starts_with("-----END "))
}

fn is_base64(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'=')
}

/// `Proc-Type:`, `DEK-Info:`, `Version:`, `Comment:`, `Hash:`: the armour
/// headers of encrypted PEM and PGP blocks.
fn is_header_name(token: &[u8]) -> bool {
    token.len() > 1
        && token.len() <= 24
        && token.ends_with(b":")
        && token[..token.len() - 1]
            .iter()
            .all(|&b| b.is_ascii_alphabetic() || b == b'-')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(text: &str) -> Vec<&str> {
        crate::detect::testing::values(detect, text)
    }

    const BODY: &str = "MC4CAQAwBQYDK2VwBCIEIBO4PqghSNf0lTGh0BEUr6jqjA9mC5kuPw1wlJxJTm2e";

    #[test]
    fn an_encrypted_pem_key_keeps_its_header_lines_inside_the_span() {
        let key = format!(
            "-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,3F1A\n\n{BODY}\n-----END RSA PRIVATE KEY-----"
        );
        assert_eq!(spans(&format!("x {key} y")), vec![key.as_str()]);
    }

    #[test]
    fn two_keys_in_one_text_are_two_findings() {
        let key = format!("-----BEGIN PRIVATE KEY-----\n{BODY}\n-----END PRIVATE KEY-----");
        assert_eq!(spans(&format!("{key}\nund\n{key}")).len(), 2);
    }

    #[test]
    fn a_begin_without_end_reports_through_the_last_base64_line() {
        let text = format!("-----BEGIN PRIVATE KEY-----\n{BODY}\nthanks, bye");
        assert_eq!(
            spans(&text),
            vec![&text[..text.len() - "\nthanks, bye".len()]]
        );
    }

    #[test]
    fn public_keys_certificates_and_empty_bodies_stay_silent() {
        let cases = [
            format!("-----BEGIN PUBLIC KEY-----\n{BODY}\n-----END PUBLIC KEY-----"),
            "-----BEGIN PRIVATE KEY-----\n-----END PRIVATE KEY-----".to_owned(),
            "-----BEGIN PRIVATE KEY-----\nabc\n-----END PRIVATE KEY-----".to_owned(),
            "-----BEGIN PRIVATE KEY".to_owned(),
        ];
        for text in &cases {
            assert!(spans(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn unicode_and_truncated_input_do_not_panic() {
        for text in [
            "-----BEGIN PRIVATE KEY-----é",
            "-----BEGIN PRIVATE KEY----- ééé -----END ",
            "-----BEGIN ",
            "-----BEGIN PRIVATE KEY-----\nMC4C -----END PRIVATE KEY---",
        ] {
            let _ = spans(text);
        }
    }
}
