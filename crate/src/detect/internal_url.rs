//! `internal_url`: URLs and hosts on the organisation's internal domains, private networks and internal TLDs.
//!
//! The scan skips from `.` to `:` (the bytes every host or URL holds), reads
//! the URL or host around each and then jumps past it, so each byte is read
//! a bounded number of times. A host is internal when it is on one of the
//! policy's internal domains, a private or loopback address, `localhost`, a
//! name under an internal-only suffix (`.local`, `.corp`, `.internal`…), or a
//! single-label name after a scheme (`http://wiki/`), which public DNS never
//! serves. A bare private IPv4 address without port or path is left to
//! `ip_address`: without them it is an address, not a link.

use std::borrow::Cow;
use std::ops::Range;

use super::secrets_common::next_of;
use super::util::{floor_boundary, is_word_byte};
use super::{Candidate, Input, RuleSpec};
use crate::Category;

pub(crate) const RULES: &[RuleSpec] = &[RuleSpec {
    id: "internal_url",
    category: Category::Confidential,
    description: describe!(
        "URLs (with a scheme or www.) and bare hosts on the policy's internal domains, \
                  private and loopback networks (10/8, 172.16/12, 192.168/16, 127/8, 169.254/16, \
                  fc00::/7, localhost) and internal suffixes (.local, .corp, .internal, .lan, \
                  .intranet, .intra, .home.arpa, .localdomain); the span is the whole URL with \
                  path, query and fragment; a bare private IP needs a port or path."
    ),
    priority: 84,
    matches: examples![
        (
            "Die Liste liegt auf https://intranet.müller.local/hr/liste, bitte nicht teilen",
            "https://intranet.müller.local/hr/liste",
        ),
        (
            "Le lien «http://wiki.corp/projets/q3» est interne",
            "http://wiki.corp/projets/q3",
        ),
        (
            "Schau mal hier: https://wiki.acme.corp/display/HR/Gehaelter?x=1#top – vertraulich!",
            "https://wiki.acme.corp/display/HR/Gehaelter?x=1#top",
        ),
        (
            "Le tableau de bord est sur http://10.12.0.5:8080/grafana/d/abc.",
            "http://10.12.0.5:8080/grafana/d/abc",
        ),
        (
            "Il file è su \\\\fileserver.corp\\progetti\\bilancio.xlsx",
            "\\\\fileserver.corp\\progetti\\bilancio.xlsx",
        ),
        (
            "De printer staat op 192.168.1.20:631, probeer het nog eens",
            "192.168.1.20:631",
        ),
        (
            "Test it at localhost:3000/api/users before merging",
            "localhost:3000/api/users",
        ),
        (
            "Odkaz: jira.intranet/browse/PRJ-42 (jen pro tým)",
            "jira.intranet/browse/PRJ-42",
        ),
        (
            "check (http://grafana.monitoring.internal/d/xyz) please",
            "http://grafana.monitoring.internal/d/xyz",
        ),
        (
            "Router-Login: http://[fd12:3456::1]:8443/admin",
            "http://[fd12:3456::1]:8443/admin",
        ),
        (
            "Die Doku liegt unter http://confluence/spaces/OPS",
            "http://confluence/spaces/OPS",
        ),
    ],
    ignores: examples![
        (
            "Mehr Infos auf https://www.example.com/produkte",
            "a public host",
        ),
        (
            "Die Version 10.0.0.1 ist draussen",
            "a bare private IP is left to ip_address",
        ),
        (
            "Schreib an anna@team.corp",
            "an e-mail address is left to email",
        ),
        ("Der Preis ist 12.50 CHF", "a price"),
        (
            "Notre réseau est 192.168.0.0/16",
            "a network range, not a link",
        ),
        ("Hier ist die Datei .env.local", "a file name"),
        ("Il server pubblico è 8.8.8.8:53", "a public address"),
        (
            "Zie https://example.org/page.corp voor meer",
            "internal suffix only in the path",
        ),
    ],
}];

/// Longest host name (RFC 1035) and URL read.
const MAX_HOST: usize = 253;
const MAX_URL: usize = 2048;

pub(crate) fn detect(input: &Input<'_>, out: &mut Vec<Candidate>) {
    let bytes = input.lower.as_bytes();
    let mut at = next_of(bytes, 0, *b".:");
    let mut consumed = 0;
    while at < bytes.len() {
        let next = match bytes[at] {
            b':' if bytes[at..].starts_with(b"://") => scheme_url(input, at, out),
            b':' => localhost_port(input, at, out),
            _ => bare_host(input, at, consumed, out),
        };
        if let Some(end) = next {
            consumed = end;
        }
        at = next_of(bytes, next.map_or(at + 1, |end| end.max(at + 1)), *b".:");
    }
}

/// Why a host is internal, and how sure that makes us. Runs at every dotted
/// token of the text, so the cheap tests on the last label come first.
fn classify(host: &str, domains: &[String]) -> Option<(f32, Cow<'static, str>)> {
    if let Some(d) = domains.iter().find(|d| on_domain(host, d)) {
        return Some((0.9, format!("host on the internal domain '{d}'").into()));
    }
    if host == "localhost" {
        return Some((0.8, "link to this computer (localhost)".into()));
    }
    let last = host.rsplit('.').next().unwrap_or(host);
    if let Some(reason) = internal_suffix(host, last).filter(|_| last.len() < host.len()) {
        return Some((0.85, reason.into()));
    }
    let private = match last.bytes().last() {
        Some(b'0'..=b'9') => private_ipv4(host) == Some(true),
        Some(b']') => private_ipv6(host),
        _ => false,
    };
    private.then_some((0.85, "address on a private network".into()))
}

/// Suffixes that public DNS does not serve, so a name under one is internal;
/// the reason names the suffix.
fn internal_suffix(host: &str, last: &str) -> Option<&'static str> {
    Some(match last {
        "local" => "host under '.local', which only local networks use",
        "internal" => "host under '.internal', which only internal networks use",
        "corp" => "host under '.corp', which only company networks use",
        "lan" => "host under '.lan', which only local networks use",
        "intranet" | "intra" => "host on an intranet suffix",
        "localdomain" | "localhost" => "host on this computer's local domain",
        "arpa" if host.ends_with(".home.arpa") => "host under '.home.arpa', a home network",
        _ => return None,
    })
}

/// True when `host` is `domain` or a name under it.
fn on_domain(host: &str, domain: &str) -> bool {
    host == domain
        || (host.len() > domain.len()
            && host.ends_with(domain)
            && host.as_bytes()[host.len() - domain.len() - 1] == b'.')
}

/// `Some(private)` when `host` is a dotted IPv4 address: private, loopback
/// and link-local ranges are private.
fn private_ipv4(host: &str) -> Option<bool> {
    if host.len() > 15 || host.bytes().filter(|&b| b == b'.').count() != 3 {
        return None;
    }
    let mut octets = [0u8; 4];
    let mut parts = host.split('.');
    for octet in &mut octets {
        let part = parts.next()?;
        let valid =
            !part.is_empty() && part.len() <= 3 && !(part.len() > 1 && part.starts_with('0'));
        *octet = part.parse().ok().filter(|_| valid)?;
    }
    if parts.next().is_some() {
        return None;
    }
    Some(match octets {
        [10, ..] | [127, ..] | [192, 168, ..] | [169, 254, ..] => true,
        [172, b, ..] => (16..=31).contains(&b),
        _ => false,
    })
}

/// True for a bracketed IPv6 address in fc00::/7 (unique local), fe80::/10
/// (link-local) or `::1`.
fn private_ipv6(bracketed: &str) -> bool {
    let inner = bracketed.trim_start_matches('[').trim_end_matches(']');
    if inner == "::1" {
        return true;
    }
    let first = inner.split(':').next().unwrap_or("");
    match u16::from_str_radix(first, 16) {
        Ok(h) if first.len() == 4 => (h & 0xfe00) == 0xfc00 || (h & 0xffc0) == 0xfe80,
        _ => false,
    }
}

fn is_host_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'-' || b == b'.'
}

/// The length of the host name in `bytes[start..end]` (whole chars of a
/// `str`): ASCII letters, digits, `-` and `.`, and the letters and digits
/// of other scripts, which internationalised names hold
/// ("intranet.müller.local", "http://hôte/").
fn host_len(bytes: &[u8], start: usize, end: usize) -> usize {
    let mut at = start;
    while at < end {
        if is_host_byte(bytes[at]) {
            at += 1;
            continue;
        }
        let len = match bytes[at] {
            0xC0..=0xDF => 2,
            0xE0..=0xEF => 3,
            0xF0..=0xF7 => 4,
            _ => break,
        };
        let letter = bytes
            .get(at..at + len)
            .filter(|_| at + len <= end)
            .and_then(|c| std::str::from_utf8(c).ok())
            .and_then(|c| c.chars().next())
            .is_some_and(char::is_alphanumeric);
        if !letter {
            break;
        }
        at += len;
    }
    at - start
}

/// A URL whose `://` is at `colon`: reads scheme, user info, host, port and
/// path, reports it when the host is internal, and returns where it ends.
fn scheme_url(input: &Input<'_>, colon: usize, out: &mut Vec<Candidate>) -> Option<usize> {
    let bytes = input.lower.as_bytes();
    let start = scheme_start(input.lower, colon)?;
    let authority = colon + 3;
    let auth_end = authority
        + bytes[authority..]
            .iter()
            .take(MAX_HOST + 64)
            .take_while(|&&b| !ends_authority(b))
            .count();
    let host_start = bytes[authority..auth_end]
        .iter()
        .rposition(|&b| b == b'@')
        .map_or(authority, |i| authority + i + 1);
    let host = host_at(bytes, host_start, auth_end);
    let end = trim_punctuation(input.text, authority, url_end(input.text, auth_end, true));
    let host_text = &input.lower[host.clone()];
    let single_label =
        !host_text.is_empty() && !host_text.contains('.') && !host_text.starts_with('[');
    let verdict = classify(host_text, input.internal_domains).or_else(|| {
        single_label.then(|| {
            (
                0.8,
                "single-label host, only reachable inside a network".into(),
            )
        })
    });
    if let Some((confidence, reason)) = verdict {
        out.push(Candidate::new(
            "internal_url",
            start..end,
            confidence,
            reason,
        ));
    }
    Some(end)
}

/// Where the scheme before `://` at `colon` starts: letters, digits, `+-.`,
/// at a word start. `None` without a scheme.
fn scheme_start(lower: &str, colon: usize) -> Option<usize> {
    let bytes = lower.as_bytes();
    let floor = colon.saturating_sub(32);
    let mut start = colon;
    while start > floor
        && (bytes[start - 1].is_ascii_alphanumeric() || b"+-.".contains(&bytes[start - 1]))
    {
        start -= 1;
    }
    // Quotes and guillemets of any script may stand before: «http://…».
    let glued = lower[..start]
        .chars()
        .next_back()
        .is_some_and(|c| c.is_alphanumeric() || c == '_');
    let ok = start < colon && bytes[start].is_ascii_alphabetic() && !glued;
    ok.then_some(start)
}

fn ends_authority(b: u8) -> bool {
    matches!(b, b'/' | b'?' | b'#' | b'\\')
        || b.is_ascii_whitespace()
        // Non-ASCII goes on: an internationalised host name ("müller").
        || (b.is_ascii() && !b.is_ascii_graphic())
        || matches!(
            b,
            b'"' | b'\'' | b'<' | b'>' | b'`' | b',' | b';' | b')' | b'('
        )
}

/// The host inside `start..end`: a bracketed IPv6 address or a name, without
/// the port.
fn host_at(bytes: &[u8], start: usize, end: usize) -> Range<usize> {
    if bytes.get(start) == Some(&b'[') {
        let close = bytes[start..end].iter().position(|&b| b == b']');
        return start..close.map_or(start, |c| start + c + 1);
    }
    let mut host_end = start + host_len(bytes, start, end);
    while host_end > start && matches!(bytes[host_end - 1], b'.' | b'-') {
        host_end -= 1;
    }
    start..host_end
}

/// Where a URL whose host and port end at `at` ends: through its path,
/// query and fragment when one starts there (`\` too for UNC paths), minus
/// trailing punctuation.
fn url_end(text: &str, at: usize, unc_too: bool) -> usize {
    let bytes = text.as_bytes();
    let starts_path = matches!(bytes.get(at), Some(b'/' | b'?' | b'#'))
        || (unc_too && bytes.get(at) == Some(&b'\\'));
    if !starts_path {
        return at;
    }
    let limit = bytes.len().min(at + MAX_URL);
    let mut end = at
        + bytes[at..limit]
            .iter()
            .take_while(|&&b| !ends_path(b))
            .count();
    end = floor_boundary(text, end);
    trim_punctuation(text, at, end)
}

fn ends_path(b: u8) -> bool {
    b.is_ascii_whitespace() || matches!(b, b'"' | b'<' | b'>' | b'`') || b.is_ascii_control()
}

/// Drops sentence punctuation after a URL, and a closing bracket that the
/// URL did not open.
fn trim_punctuation(text: &str, start: usize, mut end: usize) -> usize {
    let bytes = text.as_bytes();
    while end > start {
        let b = bytes[end - 1];
        let unbalanced = |open: u8, close: u8| {
            b == close && {
                let span = &bytes[start..end];
                span.iter().filter(|&&c| c == open).count()
                    < span.iter().filter(|&&c| c == close).count()
            }
        };
        // Closing quotes, guillemets and an ellipsis of any script too.
        let mark = (b >= 0x80)
            .then(|| text[start..end].chars().next_back())
            .flatten()
            .filter(|c| !c.is_alphanumeric());
        if let Some(c) = mark {
            end -= c.len_utf8();
        } else if matches!(b, b'.' | b',' | b';' | b':' | b'!' | b'?' | b'\'')
            || unbalanced(b'(', b')')
            || unbalanced(b'[', b']')
        {
            end -= 1;
        } else {
            break;
        }
    }
    end
}

/// A bare host around the `.` at `dot`: reported when internal (a private
/// IPv4 address only with a port or a path). Returns where the host, port
/// and path end.
fn bare_host(
    input: &Input<'_>,
    dot: usize,
    consumed: usize,
    out: &mut Vec<Candidate>,
) -> Option<usize> {
    let bytes = input.lower.as_bytes();
    // Most dots end a sentence; a host's dot is followed by its next label.
    if !bytes.get(dot + 1).is_some_and(u8::is_ascii_alphanumeric) {
        return None;
    }
    let floor = consumed.max(dot.saturating_sub(63));
    let mut start = dot;
    while start > floor && (bytes[start - 1].is_ascii_alphanumeric() || bytes[start - 1] == b'-') {
        start -= 1;
    }
    let before = start.checked_sub(1).map(|i| bytes[i]);
    if start == dot
        || matches!(before, Some(b'@' | b'.'))
        || before.is_some_and(|b| is_word_byte(b) || b == b'/')
    {
        return None;
    }
    let run = start + host_len(bytes, start, bytes.len().min(start + MAX_HOST + 1));
    if run - start > MAX_HOST {
        return Some(run + host_len(bytes, run, bytes.len()));
    }
    let host = host_at(bytes, start, run);
    let unc = start >= 2 && &bytes[start - 2..start] == b"\\\\";
    let after_port = port_end(bytes, host.end);
    let end = url_end(input.text, after_port, unc);
    let host_text = &input.lower[host.clone()];
    let has_port_or_path =
        after_port > host.end || (end > after_port && !is_cidr(&input.lower[after_port..end]));
    let verdict = classify(host_text, input.internal_domains)
        .filter(|_| private_ipv4(host_text).is_none() || has_port_or_path)
        .filter(|_| {
            host_text
                .bytes()
                .last()
                .is_some_and(|b| b.is_ascii_alphanumeric())
        });
    if let Some((confidence, reason)) = verdict {
        let span_start = if unc { start - 2 } else { start };
        let span_end = if has_port_or_path { end } else { host.end };
        out.push(Candidate::new(
            "internal_url",
            span_start..span_end,
            confidence,
            reason,
        ));
    }
    Some(end.max(run))
}

/// Where `:port` after a host ends (the host's end when there is none).
fn port_end(bytes: &[u8], host_end: usize) -> usize {
    if bytes.get(host_end) != Some(&b':') {
        return host_end;
    }
    let digits = bytes[host_end + 1..]
        .iter()
        .take(6)
        .take_while(|b| b.is_ascii_digit())
        .count();
    if (1..=5).contains(&digits) {
        host_end + 1 + digits
    } else {
        host_end
    }
}

/// `/16`, `/24`: a network prefix length, not a path.
fn is_cidr(path: &str) -> bool {
    path.strip_prefix('/')
        .is_some_and(|n| !n.is_empty() && n.len() <= 3 && n.bytes().all(|b| b.is_ascii_digit()))
}

/// `localhost:3000/…` without a scheme: the `:` at `colon` follows the word
/// localhost and a port follows it.
fn localhost_port(input: &Input<'_>, colon: usize, out: &mut Vec<Candidate>) -> Option<usize> {
    const HOST: &str = "localhost";
    let start = colon.checked_sub(HOST.len())?;
    let bytes = input.lower.as_bytes();
    let at_word = start == 0 || !(is_word_byte(bytes[start - 1]) || bytes[start - 1] == b'.');
    if &bytes[start..colon] != HOST.as_bytes() || !at_word {
        return None;
    }
    let after_port = port_end(bytes, colon);
    if after_port == colon {
        return None;
    }
    let end = url_end(input.text, after_port, false);
    out.push(Candidate::new(
        "internal_url",
        start..end,
        0.8,
        "link to this computer (localhost)",
    ));
    Some(end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans_with(text: &str, domains: &[String]) -> Vec<String> {
        let lower = text.to_lowercase();
        let input = Input::new(text, &lower, domains);
        let mut out = Vec::new();
        detect(&input, &mut out);
        out.into_iter().map(|c| text[c.span].to_owned()).collect()
    }

    fn spans(text: &str) -> Vec<String> {
        spans_with(text, &[])
    }

    #[test]
    fn hosts_on_the_policys_internal_domains_are_internal_and_others_are_not() {
        let domains = vec!["acme.com".to_owned(), "intra.example.ch".to_owned()];
        let cases: &[(&str, &[&str])] = &[
            (
                "see https://hr.acme.com/payroll?id=7.",
                &["https://hr.acme.com/payroll?id=7"],
            ),
            ("acme.com/roadmap", &["acme.com/roadmap"]),
            ("wiki.intra.example.ch", &["wiki.intra.example.ch"]),
            ("https://notacme.com/x", &[]),
            ("https://acme.com.evil.net/x", &[]),
            ("www.example.ch", &[]),
        ];
        for (text, want) in cases {
            assert_eq!(spans_with(text, &domains), *want, "{text}");
        }
    }

    #[test]
    fn private_ranges_have_exact_borders() {
        let cases: &[(&str, Option<bool>)] = &[
            ("10.0.0.1", Some(true)),
            ("172.15.0.1", Some(false)),
            ("172.16.0.1", Some(true)),
            ("172.31.255.255", Some(true)),
            ("172.32.0.1", Some(false)),
            ("192.168.0.1", Some(true)),
            ("169.254.1.1", Some(true)),
            ("127.0.0.1", Some(true)),
            ("8.8.8.8", Some(false)),
            ("10.0.0.256", None),
            ("10.0.0", None),
            ("10.00.0.1", None),
            ("1.2.3.4.5", None),
        ];
        for (host, want) in cases {
            assert_eq!(private_ipv4(host), *want, "{host}");
        }
        assert!(private_ipv6("[fc00::1]"));
        assert!(private_ipv6("[fe80::1]"));
        assert!(private_ipv6("[::1]"));
        assert!(!private_ipv6("[2001:db8::1]"));
    }

    #[test]
    fn bare_private_addresses_need_a_port_or_path() {
        assert!(spans("ping 10.1.2.3 now").is_empty());
        assert_eq!(spans("ssh 10.1.2.3:22 now"), ["10.1.2.3:22"]);
        assert_eq!(spans("http://10.1.2.3 now"), ["http://10.1.2.3"]);
        assert_eq!(spans("go to 10.1.2.3/admin."), ["10.1.2.3/admin"]);
    }

    #[test]
    fn trailing_punctuation_and_unopened_brackets_are_not_part_of_the_url() {
        assert_eq!(
            spans("(see http://wiki.corp/a_(b))."),
            ["http://wiki.corp/a_(b)"]
        );
        assert_eq!(spans("nas.local!"), ["nas.local"]);
    }

    #[test]
    fn user_info_does_not_hide_the_host() {
        assert_eq!(
            spans("https://bob:pw@db.internal:5432/x"),
            ["https://bob:pw@db.internal:5432/x"]
        );
        assert!(spans("https://db.internal@evil.com/").is_empty());
    }

    #[test]
    fn adversarial_input_stays_linear() {
        for text in [
            "a.".repeat(500_000),
            "1.".repeat(500_000),
            "http://".repeat(100_000),
            "a:".repeat(500_000),
        ] {
            let _ = spans(&text);
        }
        let long = format!("http://{}", "a".repeat(1_000_000));
        let _ = spans(&long);
    }

    #[test]
    fn unicode_around_hosts_does_not_panic() {
        for text in [
            "ü.corp",
            "wiki.corp/ü",
            "http://ü.corp",
            "é:",
            "localhost:",
            "[fe80::1",
            "http://[fe80::1",
        ] {
            let _ = spans(text);
        }
    }
}
