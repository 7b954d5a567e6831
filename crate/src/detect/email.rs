//! `email`: e-mail addresses, found from each `@` outwards.
//!
//! Why anchored on `@`: an address always holds one, and most text holds few,
//! so the scan costs one byte search plus a bounded look on both sides of each
//! `@`. Each side stops at the next `@`, so the looks never overlap and even
//! `a@a@a@…` stays linear.

use std::ops::Range;

use super::{Candidate, Input, RuleSpec};
use crate::Category;

pub(crate) const RULES: &[RuleSpec] = &[RuleSpec {
    id: "email",
    category: Category::Personal,
    description:
        describe!("E-mail addresses: an RFC 5322-style local part (at most 64 bytes) and a domain of \
                  at most 253 bytes with valid labels and a top-level domain of two or more \
                  letters (internationalised letters allowed); 'mailto:' and trailing punctuation \
                  stay outside the span, and the user or token part of a 'https://user:TOKEN@host' \
                  URL is left to the secret rules. Structure alone decides; no context word needed."),
    priority: 60,
    matches: examples![
        (
            "Schreib mir an anna.muster@example.ch, danke!",
            "anna.muster@example.ch",
        ),
        (
            "Écrivez à jean-luc.dupont+promo@orange.fr.",
            "jean-luc.dupont+promo@orange.fr",
        ),
        (
            "Mandami una mail: <giulia_rossi@libero.it>",
            "giulia_rossi@libero.it",
        ),
        (
            "Stuur je cv naar mailto:hr@bedrijf.nl vóór vrijdag",
            "hr@bedrijf.nl",
        ),
        ("Napište mi na jan.novak@seznam.cz", "jan.novak@seznam.cz"),
        (
            "Reach our support at help@support.example.co.uk!",
            "help@support.example.co.uk",
        ),
        (
            "Kontakt: jürgen.müller@bücher.de",
            "jürgen.müller@bücher.de",
        ),
    ],
    ignores: examples![
        (
            "Thanks @anna.muster for the tip!",
            "a social-media handle, no local part",
        ),
        (
            "Meld je aan via admin@localhost voor de test",
            "no dot in the domain: not a public address",
        ),
        (
            "Install lodash@4.17.21 and retry",
            "a package version: the top-level domain is not letters",
        ),
        (
            "Le logo est dans icon@2x.png",
            "an image file name, not a domain",
        ),
        (
            "Clone https://deploy:ghp_abc123XYZ@github.com/org/repo.git",
            "the credential part of a URL belongs to the secret rules",
        ),
        (
            "git clone git@github.com:acme/tools.git",
            "an SSH remote, not a mailbox",
        ),
        ("Scrivimi a mario@rossi per favore", "no top-level domain"),
    ],
}];

/// Longest local part RFC 5321 allows.
const MAX_LOCAL: usize = 64;
/// Longest domain RFC 1035 allows.
const MAX_DOMAIN: usize = 253;
/// Longest label of a domain.
const MAX_LABEL: usize = 63;

/// File extensions that follow an `@` in names such as `icon@2x.png` and are
/// not top-level domains.
const FILE_EXTENSIONS: &[&str] = &[
    "png", "jpg", "jpeg", "gif", "svg", "webp", "bmp", "tif", "tiff", "pdf", "txt", "json", "xml",
    "html", "htm", "css", "js", "mjs", "tsx", "jsx", "exe", "dll", "lock", "yml", "yaml", "toml",
    "ico", "avif", "heic", "mp3", "mp4", "wav", "csv",
];

pub(crate) fn detect(input: &Input<'_>, out: &mut Vec<Candidate>) {
    let text = input.text;
    let mut consumed = 0;
    // memchr finds the rare `@` many bytes at a time (issue 2).
    for at in memchr::memchr_iter(b'@', text.as_bytes()) {
        if at < consumed {
            continue;
        }
        if let Some(span) = address_at(text, at) {
            consumed = span.end;
            out.push(Candidate::new(
                "email",
                span,
                0.95,
                "e-mail address with a valid domain",
            ));
        }
    }
}

/// The address whose `@` is at `at`, if both sides are valid.
fn address_at(text: &str, at: usize) -> Option<Range<usize>> {
    if !has_dotted_domain(text.as_bytes(), at + 1) {
        return None;
    }
    let start = local_start(text, at)?;
    if is_url_credential(text, start) {
        return None;
    }
    let end = domain_end(text, at + 1)?;
    if is_scp_remote(text, end) {
        return None;
    }
    Some(start..end)
}

/// A cheap byte test before the char-level checks: true when a run of
/// domain bytes with a dot follows `from`. Rejects most `@`s (handles,
/// `a@a@a…`) in a few byte reads.
fn has_dotted_domain(bytes: &[u8], from: usize) -> bool {
    let mut dot = false;
    for &b in bytes[from..].iter().take(MAX_DOMAIN + 2) {
        match b {
            b'.' => dot = true,
            b'-' => {}
            b if b.is_ascii_alphanumeric() || b >= 0x80 => {}
            _ => break,
        }
    }
    dot
}

/// True for chars a local part may hold. The rarer RFC 5322 specials
/// (`!#$&'*/=?^{|}~`) are left out on purpose: in running text they are
/// punctuation (`email=anna@x.ch`, `'anna@x.ch'`), not part of the address.
fn is_local_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '.' | '_' | '%' | '+' | '-')
}

/// Start of the local part before the `@` at `at`, or `None` when it is
/// empty, too long or malformed.
fn local_start(text: &str, at: usize) -> Option<usize> {
    let mut start = at;
    for (i, c) in text[..at].char_indices().rev() {
        if !is_local_char(c) {
            break;
        }
        if at - i > MAX_LOCAL {
            return None;
        }
        start = i;
    }
    // Leading punctuation such as "-" or "." belongs to the sentence.
    let local = text[start..at].trim_start_matches(|c: char| !c.is_alphanumeric() && c != '_');
    let start = at - local.len();
    let valid = !local.is_empty() && !local.ends_with('.') && !local.contains("..");
    valid.then_some(start)
}

/// True when the local part starting at `start` is the user or token of a
/// URL (`https://TOKEN@host`, `https://user:TOKEN@host`): the secret rules
/// report those, and reporting an address there would hide the token.
fn is_url_credential(text: &str, start: usize) -> bool {
    let before = &text[..start];
    if before.ends_with("//") {
        return true;
    }
    let Some(user_part) = before.strip_suffix(':') else {
        return false;
    };
    // Bounded: a URL user name is short, and the look stops at the "//".
    let from =
        super::util::floor_boundary(user_part, user_part.len().saturating_sub(MAX_LOCAL + 2));
    let tail = &user_part[from..];
    tail.rfind("//")
        .is_some_and(|i| !tail[i + 2..].contains(['/', ' ', '@', '\n']))
}

/// True for chars a domain label may hold (IDN letters included).
fn is_domain_char(c: char) -> bool {
    c.is_alphanumeric() || c == '-' || c == '.'
}

/// End of a valid domain starting at `from`, trailing dots and hyphens left
/// out, or `None` when there is no valid domain.
fn domain_end(text: &str, from: usize) -> Option<usize> {
    let mut end = from;
    for (i, c) in text[from..].char_indices() {
        if !is_domain_char(c) {
            break;
        }
        end = from + i + c.len_utf8();
        if end - from > MAX_DOMAIN + 1 {
            return None;
        }
    }
    let domain = text[from..end].trim_end_matches(['.', '-']);
    let end = from + domain.len();
    if domain.len() > MAX_DOMAIN || !valid_domain(domain) || glued_to_word(text, end) {
        return None;
    }
    Some(end)
}

/// True when `domain` has two or more valid labels and a letter TLD.
fn valid_domain(domain: &str) -> bool {
    let mut labels = domain.split('.');
    let Some(tld) = labels.next_back() else {
        return false;
    };
    labels.clone().next().is_some() && labels.all(valid_label) && valid_label(tld) && valid_tld(tld)
}

fn valid_label(label: &str) -> bool {
    !label.is_empty()
        && label.len() <= MAX_LABEL
        && !label.starts_with('-')
        && !label.ends_with('-')
}

/// A top-level domain: two or more letters, or an ASCII `xn--` punycode
/// label, and not a file extension.
fn valid_tld(tld: &str) -> bool {
    if tld.starts_with("xn--") {
        return tld.len() > 4 && tld.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-');
    }
    let letters = tld.chars().count() >= 2 && tld.chars().all(char::is_alphabetic);
    letters && !FILE_EXTENSIONS.iter().any(|e| tld.eq_ignore_ascii_case(e))
}

/// True when the domain runs straight into `_` or another `@`: then it is
/// part of some longer token, not an address.
fn glued_to_word(text: &str, end: usize) -> bool {
    matches!(text.as_bytes().get(end), Some(b'_' | b'@'))
}

/// True for `git@github.com:org/repo`: an SSH remote (host followed by `:`
/// and a path), not a mailbox.
fn is_scp_remote(text: &str, end: usize) -> bool {
    let rest = &text.as_bytes()[end..];
    rest.first() == Some(&b':')
        && rest
            .get(1)
            .is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'~')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<&str> {
        crate::detect::testing::values(detect, text)
    }

    finds!(
        a_plain_address_is_found,
        "mail anna@example.ch",
        ["anna@example.ch"]
    );
    finds!(
        trailing_sentence_dots_stay_outside,
        "at bob@x.org...",
        ["bob@x.org"]
    );
    finds!(
        mailto_stays_outside_the_span,
        "mailto:bob@x.org",
        ["bob@x.org"]
    );
    finds!(
        quotes_and_brackets_stay_outside,
        "'bob@x.org' (eva@y.de)",
        ["bob@x.org", "eva@y.de"]
    );
    finds!(
        a_key_before_equals_stays_outside,
        "email=bob@x.org",
        ["bob@x.org"]
    );
    finds!(
        idn_domains_and_local_parts_are_found,
        "čeněk@příklad.cz",
        ["čeněk@příklad.cz"]
    );
    finds!(
        punycode_tlds_are_accepted,
        "ivan@example.xn--p1ai",
        ["ivan@example.xn--p1ai"]
    );
    finds!(
        two_addresses_in_a_row_are_both_found,
        "a@b.ch,c@d.ch",
        ["a@b.ch", "c@d.ch"]
    );
    finds!(a_handle_is_not_an_address, "hi @anna and @bob.ch", []);
    finds!(a_domain_without_dot_is_not_an_address, "root@localhost", []);
    finds!(a_numeric_tld_is_not_an_address, "pkg@1.2.3", []);
    finds!(a_one_letter_tld_is_not_an_address, "a@b.c", []);
    finds!(consecutive_dots_in_the_domain_are_invalid, "a@b..ch", []);
    finds!(
        consecutive_dots_in_the_local_part_are_invalid,
        "a..b@c.ch",
        []
    );
    finds!(a_label_starting_with_a_hyphen_is_invalid, "a@-b.ch", []);
    finds!(image_names_are_not_addresses, "logo@2x.png", []);
    finds!(
        url_tokens_are_left_to_the_secret_rules,
        "https://TOKEN123@gitlab.com/x",
        []
    );
    finds!(
        url_passwords_are_left_to_the_secret_rules,
        "https://user:s3cr3t@host.com/",
        []
    );
    finds!(
        ssh_remotes_are_not_addresses,
        "git@github.com:org/repo.git",
        []
    );
    finds!(
        an_address_followed_by_a_colon_and_space_is_found,
        "to a@b.ch: hi",
        ["a@b.ch"]
    );

    #[test]
    fn a_local_part_longer_than_64_bytes_is_rejected() {
        let text = format!("{}@example.com", "a".repeat(65));
        assert!(found(&text).is_empty());
        let text = format!("{}@example.com", "a".repeat(64));
        assert_eq!(found(&text).len(), 1);
    }

    #[test]
    fn a_domain_longer_than_253_bytes_is_rejected() {
        let label = format!("{}.", "b".repeat(60));
        let text = format!("a@{}com", label.repeat(5));
        assert!(found(&text).is_empty());
    }

    #[test]
    fn repeated_at_signs_scan_in_linear_time() {
        let text = "a@".repeat(500_000);
        assert!(found(&text).is_empty());
    }

    #[test]
    fn any_unicode_around_an_at_sign_never_panics() {
        for text in [
            "é@ü.ñ",
            "@",
            "@@",
            "x@",
            "@x",
            "💥@💥.💥",
            "a@b.çç",
            "\u{301}@a.bc",
        ] {
            let _ = found(text);
        }
    }

    proptest::proptest! {
        #[test]
        fn random_text_never_panics_and_spans_sit_on_char_boundaries(text in "[a-z0-9@.\\-_:/+é💥ü ]{0,40}") {
            crate::detect::testing::check_spans(detect, &text)?;
        }
    }
}
