//! `ip_address`: IPv4 and IPv6 addresses, not versions or dates.
//!
//! IPv4 is exactly four dotted octets 0–255 without leading zeros, standing
//! alone: not glued to a word, not part of a longer dotted sequence (OIDs,
//! section numbers), not right after a version word. Four single-digit
//! octets (`1.2.3.4`) read as versions or section numbers more often than
//! as addresses, so they need an address word nearby. IPv6 is eight groups
//! of 1–4 hex digits, or fewer around one `::`, optionally ending in an
//! IPv4 address; times (`12:30:45`) and MAC addresses (six groups) fail that.
//! Private and loopback addresses are still addresses; inside a URL the
//! higher-priority `internal_url` rule takes over.

use std::ops::Range;

use super::ids_b_common::{chains, long_number_groups, Context};
use super::util::is_word_byte;
use super::{Candidate, Input, RuleSpec};
use crate::Category;

pub(crate) const RULES: &[RuleSpec] = &[RuleSpec {
    id: "ip_address",
    category: Category::Personal,
    description: describe!(
        "IPv4 addresses (four octets 0-255, no leading zeros, not a version or a longer \
                  dotted number) and IPv6 addresses (full or :: compressed). Single-digit quads \
                  like 1.2.3.4 need an address word (IP, server, host …)."
    ),
    priority: 62,
    matches: examples![
        (
            "Kannst du mal 192.168.10.25 anpingen? Der Drucker hängt.",
            "192.168.10.25",
        ),
        (
            "Tentatives de connexion répétées depuis 176.59.168.147 cette nuit",
            "176.59.168.147",
        ),
        (
            "Le serveur 81.22.143.7 ne répond plus depuis ce matin",
            "81.22.143.7",
        ),
        ("Il mio IP pubblico è 93.184.216.34", "93.184.216.34"),
        (
            "Kun je 2001:db8:85a3::8a2e:370:7334 whitelisten?",
            "2001:db8:85a3::8a2e:370:7334",
        ),
        (
            "Připojte se na 10.0.0.138, heslo pošlu zvlášť",
            "10.0.0.138",
        ),
        (
            "my home IP is 2a02:1210:5e0c:ab00:1c9e:3dff:fe42:8b11 lol",
            "2a02:1210:5e0c:ab00:1c9e:3dff:fe42:8b11",
        ),
        ("DNS auf 1.1.1.1 umgestellt", "1.1.1.1"),
        ("ssh root@172.16.254.1 and check the logs", "172.16.254.1"),
    ],
    ignores: examples![
        ("Update auf Version 1.2.3.4 ist raus", "a version number"),
        (
            "this option exists (since dpkg 1.15.5.4)",
            "a version after 'since' and a program"
        ),
        (
            "Die Netzmaske ist 255.255.255.0, das Gateway folgt",
            "a network mask is no host"
        ),
        (
            "Siehe Abschnitt 3.2.1.4 der Richtlinie",
            "a section number, single digits, no address word",
        ),
        (
            "La réunion est le 31.12.2024 à 12:30:45",
            "a date and a time",
        ),
        (
            "OID 1.3.6.1.4.1.311 im Zertifikat",
            "a longer dotted sequence",
        ),
        ("Versione 10.0.19041.1 installata", "octet out of range"),
        ("Adres 192.168.01.1 klopt niet", "leading zero"),
        (
            "MAC 00:1a:2b:3c:4d:5e am Switch",
            "a MAC address, six groups",
        ),
        ("build 4.18.0.240 deployed", "preceded by a build word"),
    ],
}];

/// Words after which a dotted quad is a version, not an address; "since"
/// as release notes and manuals write it: "(since dpkg 1.15.5.4)". Not the
/// French "depuis", which also means "from": "connexions depuis 10.0.0.7".
const VERSION_WORDS: &[&str] = &[
    "version", "ver", "v", "build", "release", "rel", "rev", "revision", "firmware", "fw",
    "versione", "versie", "verze", "verzi", "versión", "sdk", "kernel", "patch", "since", "sinds",
    "seit",
];

/// Words that make a small dotted quad an address.
const ADDRESS_WORDS: &[&str] = &[
    "ip",
    "ips",
    "ipv4",
    "ipv6",
    "ip-adresse",
    "adresse",
    "address",
    "addr",
    "indirizzo",
    "adres",
    "adresa",
    "server",
    "serveur",
    "host",
    "hosts",
    "ping",
    "ssh",
    "dns",
    "gateway",
    "router",
    "subnet",
    "netmask",
    "firewall",
    "proxy",
    "vpn",
    "nameserver",
];

const FULL: f32 = 0.8;
const WITH_WORD: f32 = 0.92;
/// Below the engine's threshold: reads as a version or section number.
const SMALL_QUAD: f32 = 0.4;
/// `::1`, `fe80::1`: short, but unmistakable notation.
const SHORT_V6: f32 = 0.65;

/// The longest IPv6 text form (with an IPv4 tail).
const MAX_V6: usize = 45;

/// The words looked up around candidates during one scan.
struct Words<'a> {
    version: Context<'a>,
    address: Context<'a>,
}

pub(crate) fn detect(input: &Input<'_>, out: &mut Vec<Candidate>) {
    let mut words = Words {
        version: Context::new(input.lower, VERSION_WORDS),
        address: Context::new(input.lower, ADDRESS_WORDS),
    };
    detect_v4(input, &mut words, out);
    detect_v6(input, &mut words, out);
}

fn detect_v4(input: &Input<'_>, words: &mut Words<'_>, out: &mut Vec<Candidate>) {
    // A dotted quad has four groups, so it lies in one of the long numbers,
    // and spans at least 7 bytes. Each maximal dotted sequence is judged
    // whole, as one reading of its bytes.
    for groups in long_number_groups(input, 7) {
        for dotted in chains(input.text, groups, b".").filter(|c| c.groups == 4) {
            if let Some(octets) = quad(input.text, dotted.span.clone()) {
                out.extend(v4_candidate(words, dotted.span, &octets));
            }
        }
    }
}

/// The four octets of `text[span]` when it is exactly a dotted quad that
/// stands alone.
fn quad(text: &str, span: Range<usize>) -> Option<[u8; 4]> {
    let bytes = text.as_bytes();
    // A dot before means a longer dotted number; a colon or slash before is
    // fine ("IP:10.0.0.1", a URL), an IPv6 tail is found whole by detect_v6.
    let glued_before =
        span.start > 0 && (bytes[span.start - 1] == b'.' || is_word_byte(bytes[span.start - 1]));
    let glued_after = bytes.get(span.end).is_some_and(|&b| is_word_byte(b));
    if glued_before || glued_after {
        return None;
    }
    let mut octets = [0u8; 4];
    let mut parts = text[span].split('.');
    for octet in &mut octets {
        *octet = parse_octet(parts.next()?)?;
    }
    parts.next().is_none().then_some(octets)
}

fn parse_octet(part: &str) -> Option<u8> {
    let leading_zero = part.len() > 1 && part.starts_with('0');
    if leading_zero || part.len() > 3 {
        return None;
    }
    part.parse().ok()
}

fn v4_candidate(words: &mut Words<'_>, span: Range<usize>, octets: &[u8; 4]) -> Option<Candidate> {
    if words.version.near(&span, 12, 0).is_some() || netmask(octets) {
        return None;
    }
    if let Some(word) = words.address.near(&span, 40, 20) {
        let reason = format!("IPv4 address near '{word}'");
        return Some(Candidate::new("ip_address", span, WITH_WORD, reason));
    }
    let small = octets.iter().all(|&o| o < 10);
    let confidence = if small { SMALL_QUAD } else { FULL };
    Some(Candidate::new(
        "ip_address",
        span,
        confidence,
        "four valid IPv4 octets",
    ))
}

/// True for a network mask ("255.255.255.0", "255.255.240.0"): ones from
/// the top, then zeros, with a first octet of 255. It names the size of a
/// network, not a host.
fn netmask(octets: &[u8; 4]) -> bool {
    let bits = u32::from_be_bytes(*octets);
    octets[0] == 255 && (!bits).wrapping_add(1) & !bits == 0
}

fn detect_v6(input: &Input<'_>, words: &mut Words<'_>, out: &mut Vec<Candidate>) {
    let bytes = input.text.as_bytes();
    let mut at = 0;
    // Colons are rare in prose: memchr skips to the next, many bytes at a
    // time (`str::find` read one word at a time: issue 2).
    while let Some(colon) = bytes.get(at..).and_then(|rest| memchr::memchr(b':', rest)) {
        let colon = at + colon;
        let start = token_start(bytes, colon);
        let end = token_end(bytes, colon);
        at = end.max(colon + 1);
        // "IPv6:2001:db8::1": the label glued before the first colon is not
        // part of the address.
        let glued = start > 0 && is_word_byte(bytes[start - 1]);
        let labelled = glued && bytes.get(colon + 1) != Some(&b':');
        let found = v6_span(input.text, start..end, false)
            .or_else(|| v6_span(input.text, (colon + 1)..end, labelled));
        if let Some((span, groups)) = found {
            out.extend(v6_candidate(words, span, groups));
        }
    }
}

fn is_v6_byte(b: u8) -> bool {
    b.is_ascii_hexdigit() || b == b':' || b == b'.'
}

/// Start of the hex-and-colon token around `colon`, looking back at most
/// `MAX_V6` bytes so that a long token costs no more than its length.
fn token_start(bytes: &[u8], colon: usize) -> usize {
    let floor = colon.saturating_sub(MAX_V6 + 1);
    let mut start = colon;
    while start > floor && is_v6_byte(bytes[start - 1]) && bytes[start - 1] != b'.' {
        start -= 1;
    }
    start
}

fn token_end(bytes: &[u8], colon: usize) -> usize {
    colon
        + bytes[colon..]
            .iter()
            .take_while(|&&b| is_v6_byte(b))
            .count()
}

/// The address inside `text[token]` and its group count, once a sentence
/// dot or colon at the end is trimmed and word boundaries hold; `labelled`
/// accepts the colon of a label ("IPv6:") right before the token.
fn v6_span(text: &str, token: Range<usize>, labelled: bool) -> Option<(Range<usize>, usize)> {
    let bytes = text.as_bytes();
    let mut span = token;
    while span.end > span.start && bytes[span.end - 1] == b'.' {
        span.end -= 1;
    }
    let value = &bytes[span.clone()];
    if value.ends_with(b":") && !value.ends_with(b"::") {
        span.end -= 1;
    }
    // A colon or dot before the start means the token was longer than any
    // address and was cut by `token_start`.
    let before = span.start.checked_sub(1).map(|at| bytes[at]);
    let label = labelled && before == Some(b':');
    let bounded = (label || before.is_none_or(|b| !is_v6_byte(b) && !is_word_byte(b)))
        && bytes.get(span.end).is_none_or(|&b| !is_word_byte(b));
    if !bounded || span.len() > MAX_V6 {
        return None;
    }
    let groups = v6_groups(&text[span.clone()])?;
    Some((span, groups))
}

/// The number of 16-bit groups the text spells out, when it is a valid
/// IPv6 address with at least one digit (so that `add::` or `dead:beef`
/// prose stays out).
fn v6_groups(s: &str) -> Option<usize> {
    if !s.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let (head, tail, compressed) = match s.split_once("::") {
        Some((head, tail)) => (head, tail, true),
        None => (s, "", false),
    };
    let count = groups_in(head, tail.is_empty() && !compressed)? + groups_in(tail, true)?;
    let fits = if compressed { count <= 7 } else { count == 8 };
    fits.then_some(count)
}

/// Groups in one side of `::`; an IPv4 tail counts as two groups and is
/// only allowed at the very end.
fn groups_in(side: &str, last: bool) -> Option<usize> {
    if side.is_empty() {
        return Some(0);
    }
    let mut parts = side.split(':').peekable();
    let mut count = 0;
    while let Some(part) = parts.next() {
        let is_tail = last && parts.peek().is_none();
        count += match part {
            _ if part.contains('.') => (is_tail && is_v4(part)).then_some(2)?,
            _ if (1..=4).contains(&part.len()) && part.bytes().all(|b| b.is_ascii_hexdigit()) => 1,
            _ => return None,
        };
    }
    Some(count)
}

fn is_v4(part: &str) -> bool {
    let mut octets = part.split('.');
    (0..4).all(|_| octets.next().and_then(parse_octet).is_some()) && octets.next().is_none()
}

fn v6_candidate(words: &mut Words<'_>, span: Range<usize>, groups: usize) -> Option<Candidate> {
    if let Some(word) = words.address.near(&span, 40, 20) {
        let reason = format!("IPv6 address near '{word}'");
        return Some(Candidate::new("ip_address", span, WITH_WORD, reason));
    }
    let confidence = if groups >= 3 { FULL } else { SHORT_V6 };
    Some(Candidate::new(
        "ip_address",
        span,
        confidence,
        "valid IPv6 address notation",
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<String> {
        crate::detect::testing::found("ip_address", text)
    }

    #[test]
    fn ipv4_octets_must_be_in_range_without_leading_zeros() {
        for (text, ok) in [
            ("0.0.0.0", true),
            ("255.255.255.255", true),
            ("256.1.1.1", false),
            ("10.01.1.1", false),
            ("10.1.1", false),
            ("10.1.1.1.1", false),
        ] {
            assert_eq!(quad(text, 0..text.len()).is_some(), ok, "{text}");
        }
    }

    #[test]
    fn ipv6_accepts_full_compressed_and_ipv4_tails() {
        for (text, ok) in [
            ("2001:0db8:0000:0000:0000:ff00:0042:8329", true),
            ("2001:db8::ff00:42:8329", true),
            ("::1", true),
            ("::ffff:192.0.2.128", true),
            ("fe80::", true),
            ("12:30:45", false),
            ("00:1a:2b:3c:4d:5e", false),
            ("1::2::3", false),
            ("2001:db8:0:0:0:0:0:0:1", false),
            ("12345::1", false),
            ("dead::beef", false),
        ] {
            assert_eq!(v6_groups(text).is_some(), ok, "{text}");
        }
    }

    #[test]
    fn sentence_punctuation_stays_outside_the_address() {
        assert_eq!(found("Server: 10.0.0.1."), ["10.0.0.1"]);
        assert_eq!(found("host fe80::1:"), ["fe80::1"]);
        assert_eq!(found("(2001:db8::1)"), ["2001:db8::1"]);
        assert_eq!(found("IPv6:2001:db8::1"), ["2001:db8::1"]);
        assert!(found("1:2:3:4:5:6:7:8:9").is_empty(), "nine groups");
    }

    #[test]
    fn versions_and_glued_numbers_stay_silent() {
        assert!(found("v1.22.3.4").is_empty());
        assert!(found("Version: 10.2.3.4").is_empty());
        assert!(found("ip-10-0-0-1 node 1.10.0.0.1 10.0.0.1x").is_empty());
        assert!(found("at 12:30:45 and 2024-01-01T10:20:30").is_empty());
    }

    #[test]
    fn adversarial_colon_and_dot_lines_scan_linearly() {
        let colons = "a:".repeat(200_000);
        let dots = "1.".repeat(200_000);
        assert!(found(&colons).is_empty());
        assert!(found(&dots).is_empty());
    }
}
