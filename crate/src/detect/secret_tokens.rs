//! Vendor tokens with a known prefix: AWS, GitHub, Slack, Google.
//!
//! One pass over the bytes stops only where a prefix can start (`A`, `g`,
//! `x`, `h` at a word start); each stop reads a bounded window and the pass
//! resumes after it, so the scan is linear. An AWS secret access key has no
//! prefix: assigned to a key name it is `secret_generic_high_entropy`
//! (PRODUCT.md: only a token with a vendor prefix keeps its vendor rule). The prefixes are the vendors' documented ones;
//! the structure behind them (length, alphabet, GitHub's CRC32) decides.

use super::secrets_common::{at_word_start, is_placeholder, low_variety};
use super::{Candidate, Input, RuleSpec};
use crate::Category;

pub(crate) const RULES: &[RuleSpec] = &[
    RuleSpec {
        id: "secret_aws_key",
        category: Category::Secret,
        description: describe!("AWS access key ids (AKIA, ASIA, AGPA, AIDA, AROA… followed by 16 base32 \
                      characters). A secret access key has no vendor prefix: assigned to a key \
                      name it is secret_generic_high_entropy."),
        priority: 98,
        matches: examples![
            ("Hier der Key für das Deployment: AKIA2XUID5ZZZZG6ZDME", "AKIA2XUID5ZZZZG6ZDME"),
            ("temporary creds ASIAN4KHVDGAJGXBENYJ expire at noon", "ASIAN4KHVDGAJGXBENYJ"),
            ("Voici la clé : AKIAQWX6HH7566TFJGVQ, ne la partage pas", "AKIAQWX6HH7566TFJGVQ"),
            ("aws_access_key_id = AKIAZ7QW3RT5YUPLM2NB", "AKIAZ7QW3RT5YUPLM2NB"),
            ("De sleutel is AKIA2XUID5ZZZZG6ZDME, gebruik hem niet in productie.",
             "AKIA2XUID5ZZZZG6ZDME"),
            ("Klíč k AWS: ASIAN4KHVDGAJGXBENYJ", "ASIAN4KHVDGAJGXBENYJ"),
        ],
        ignores: examples![
            ("Use AKIAIOSFODNN7EXAMPLE as in the AWS docs", "AWS's documented placeholder"),
            ("la chiave è AKIA1234567890123456", "digits 0, 1, 8, 9 are not base32"),
            ("ID: XAKIA2XUID5ZZZZG6ZDME", "inside a longer word"),
            ("AKIA2XUID5ZZZZG6ZD is too short", "16 characters must follow the prefix"),
            ("secret_key = y+UcU3zr1ZtoLuCr64CxqlIOdNKhiFXiQ2hzT/pL", "no AWS key name"),
            ("aws_secret_access_key = y+UcU3zr1ZtoLuCr64CxqlIOdNKhiFXiQ2hzT/pL",
             "a secret access key has no vendor prefix: secret_generic_high_entropy"),
            ("Die Rechnungsnummer lautet AKTE-2024-0042.", "not an AWS prefix"),
        ],
    },
    RuleSpec {
        id: "secret_github_token",
        category: Category::Secret,
        description: describe!("GitHub tokens: ghp_, gho_, ghu_, ghs_, ghr_ with 36 base62 characters whose \
                      last 6 are the CRC32 of the rest, and fine-grained github_pat_ tokens."),
        priority: 98,
        matches: examples![
            ("my token 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 works now",
             "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"),
            ("Token: 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", "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"),
            ("GITHUB_TOKEN=ghs_JXVuLkSIc47WQAmL9xVQ2zg4mZaouq416qWT",
             "ghs_JXVuLkSIc47WQAmL9xVQ2zg4mZaouq416qWT"),
            ("Nimm einfach ghu_CN6Zj4a3dDVhYRnKTbxTNJFoBinF5a42GyMy für die API",
             "ghu_CN6Zj4a3dDVhYRnKTbxTNJFoBinF5a42GyMy"),
            ("le refresh token: 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",
             "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"),
            ("Il PAT è 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",
             "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"),
            ("Heslo do CI je 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, díky",
             "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"),
        ],
        ignores: examples![
            ("token ghp_8qRtZHjQMhuOzE95B9EgE0VrbBGI09A6rLzq", "CRC32 check fails"),
            ("Beispiel: gho_16C7e42F292c6912E7710c838347Ae178B4a", "GitHub's docs example, CRC32 fails"),
            ("ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "placeholder"),
            ("het token ghp_Ky9Pf34qY6Nb3wWD25RQ4F5ZR3qa7y3 is afgekapt", "too short"),
            ("github_pat_<your-token>", "placeholder"),
            ("le préfixe ghp_ désigne un token personnel", "prefix alone"),
        ],
    },
    RuleSpec {
        id: "secret_slack_token",
        category: Category::Secret,
        description: describe!("Slack tokens (xoxb-, xoxp-, xoxa-, xoxr-, xoxs-, xoxe-, xapp-) with their \
                      numeric ids and secret part, and hooks.slack.com webhook URLs."),
        priority: 98,
        matches: examples![
            ("bot token xoxb-2847569310-4729104857362-1kWZCWUFxS6gqfRgVYruPWJi",
             "xoxb-2847569310-4729104857362-1kWZCWUFxS6gqfRgVYruPWJi"),
            ("Webhook: https://hooks.slack.com/services/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",
             "https://hooks.slack.com/services/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"),
            ("SLACK_TOKEN=xoxp-2847569310-2847569311-4729104857362-8f14e45fceea167a5a36dedd4bea2543",
             "xoxp-2847569310-2847569311-4729104857362-8f14e45fceea167a5a36dedd4bea2543"),
            ("Der App-Token lautet xapp-1-A06CD9XYZ12-4729104857362-c9f0f895fb98ab9159f51fd0297e236d",
             "xapp-1-A06CD9XYZ12-4729104857362-c9f0f895fb98ab9159f51fd0297e236d"),
            ("le hook hooks.slack.com/services/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.",
             "hooks.slack.com/services/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"),
            ("Token voor de bot: xoxb-2847569310-4729104857362-1kWZCWUFxS6gqfRgVYruPWJi",
             "xoxb-2847569310-4729104857362-1kWZCWUFxS6gqfRgVYruPWJi"),
        ],
        ignores: examples![
            ("export SLACK_BOT_TOKEN=xoxb-your-token", "placeholder"),
            ("xoxb-XXXXXXXXXX-XXXXXXXXXXXXX-XXXXXXXXXXXXXXXXXXXXXXXX", "placeholder"),
            ("Tokens beginnen mit xoxb- oder xoxp-", "prefix alone"),
            ("https://hooks.slack.com/services/T000/B000/XXXX", "placeholder ids"),
            ("il canale è slack.com/help", "not a webhook"),
            ("xoxb-1234-abcd", "too short for a token"),
        ],
    },
    RuleSpec {
        id: "secret_google_api_key",
        category: Category::Secret,
        description: describe!("Google API keys: AIza followed by 35 characters of [0-9A-Za-z_-]."),
        priority: 98,
        matches: examples![
            ("Maps key AIza9UCauSDmLhuVtcqcYezdZ-tDDj8hYs5suKc for the site",
             "AIza9UCauSDmLhuVtcqcYezdZ-tDDj8hYs5suKc"),
            ("?key=AIzaNd8Zra9A9sKPxZ9W3qLy7zKUVQDT7S8sTQC&v=3", "AIzaNd8Zra9A9sKPxZ9W3qLy7zKUVQDT7S8sTQC"),
            ("Der Schlüssel ist AIzaBNR3YbDgbleph1QHt61QTC4XATWS8PHp9NH.",
             "AIzaBNR3YbDgbleph1QHt61QTC4XATWS8PHp9NH"),
            ("clé API : \"AIza9UCauSDmLhuVtcqcYezdZ-tDDj8hYs5suKc\"", "AIza9UCauSDmLhuVtcqcYezdZ-tDDj8hYs5suKc"),
            ("chiave AIzaNd8Zra9A9sKPxZ9W3qLy7zKUVQDT7S8sTQC", "AIzaNd8Zra9A9sKPxZ9W3qLy7zKUVQDT7S8sTQC"),
            ("API klíč je AIzaBNR3YbDgbleph1QHt61QTC4XATWS8PHp9NH", "AIzaBNR3YbDgbleph1QHt61QTC4XATWS8PHp9NH"),
        ],
        ignores: examples![
            ("AIzaSyXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "placeholder"),
            ("key=AIza9UCauSDmLhuVtcqcYezdZ-tDDj8hYs5su", "too short"),
            ("AIza9UCauSDmLhuVtcqcYezdZ-tDDj8hYs5suKcQQ", "too long"),
            ("De sleutel begint met AIza, dat is normaal", "prefix alone"),
            ("AIzaYourApiKeyGoesHereYourApiKeyGoesHe1", "placeholder"),
            ("Der Wert XAIza9UCauSDmLhuVtcqcYezdZ-tDDj8hYs5suKc", "inside a longer word"),
        ],
    },
];

/// The AWS key id prefixes of IAM's unique-id scheme (access keys, STS
/// temporary keys, groups, users, roles, …).
const AWS_PREFIXES: &[&[u8; 4]] = &[
    b"AKIA", b"ASIA", b"ABIA", b"ACCA", b"AGPA", b"AIDA", b"AIPA", b"ANPA", b"ANVA", b"AROA",
    b"APKA",
];

pub(crate) fn detect(input: &Input<'_>, out: &mut Vec<Candidate>) {
    // Each prefix holds a byte that is rare in prose: `A` of AKIA and AIza,
    // `_` of ghp_ and github_pat_, `-` of xoxb-, `/` after hooks.slack.com.
    let (text, bytes) = (input.text, input.text.as_bytes());
    let mut at = next_anchor(bytes, 0);
    while at < bytes.len() {
        let next = match bytes[at] {
            b'A' if at_word_start(bytes, at) => {
                aws_key_id(text, at, out).or_else(|| google_key(text, at, out))
            }
            b'_' => github(text, at, out),
            b'-' => slack_start(bytes, at).and_then(|s| slack_token(text, s, out)),
            b'/' => webhook_start(input.lower, at).and_then(|s| slack_webhook(input, s, out)),
            _ => None,
        };
        at = next_anchor(bytes, next.map_or(at + 1, |end| end.max(at + 1)));
    }
}

/// The first offset at or after `from` whose byte may anchor a token (one
/// of `A_-/`), or the length of `bytes`.
///
/// Eight bytes at a time, like [`super::secrets_common::next_of`], but with three tests instead of
/// four: `-` and `/` differ in one bit. Only
/// the lowest flagged byte is used, and it is always a real stop, because
/// the "has a zero byte" test can only flag bytes above a true zero and
/// the range test is exact (issue 2: this loop reads every byte).
fn next_anchor(bytes: &[u8], from: usize) -> usize {
    let from = from.min(bytes.len());
    let rest = &bytes[from..];
    // Sixteen bytes per step as two independent words, so the tests of
    // one overlap with those of the other.
    let pairs = rest.chunks_exact(16);
    let tail = pairs.remainder();
    for (i, pair) in pairs.enumerate() {
        let (low, high) = pair.split_at(8);
        let low = anchor_mask(u64::from_le_bytes(low.try_into().unwrap_or_default()));
        let high = anchor_mask(u64::from_le_bytes(high.try_into().unwrap_or_default()));
        if low | high != 0 {
            let lane = if low != 0 {
                low.trailing_zeros() / 8
            } else {
                8 + high.trailing_zeros() / 8
            };
            return from + 16 * i + lane as usize;
        }
    }
    let at = bytes.len() - tail.len();
    at + tail.iter().take_while(|b| !b"A_-/".contains(b)).count()
}

/// The high bit of the lowest byte of `x` that is one of `A_-/`, and maybe
/// of some bytes above it.
fn anchor_mask(x: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    let zero = |v: u64| v.wrapping_sub(ONES) & !v & HIGHS;
    let byte = |b: u8| ONES * u64::from(b);
    zero(x ^ byte(b'A')) | zero(x ^ byte(b'_')) | zero((x | byte(0x02)) ^ byte(b'/'))
}

/// A GitHub token whose first `_` is at `at`: `ghp_…` or `github_pat_…`.
fn github(text: &str, at: usize, out: &mut Vec<Candidate>) -> Option<usize> {
    let bytes = text.as_bytes();
    let start = [3, 6]
        .into_iter()
        .filter_map(|n| at.checked_sub(n))
        .find(|&s| at_word_start(bytes, s))?;
    github_classic(text, start, out).or_else(|| github_fine_grained(text, start, out))
}

/// Where a Slack token starts when the `-` after its prefix is at `dash`.
fn slack_start(bytes: &[u8], dash: usize) -> Option<usize> {
    dash.checked_sub(4).filter(|&s| at_word_start(bytes, s))
}

/// Where `hooks.slack.com/` starts when its `/` is at `slash`.
fn webhook_start(lower: &str, slash: usize) -> Option<usize> {
    const HOST: &str = "hooks.slack.com";
    let start = slash.checked_sub(HOST.len())?;
    let host = &lower.as_bytes()[start..slash];
    // Most slashes follow no `m`; testing it first spares a `memcmp`.
    (host[HOST.len() - 1] == b'm' && host == HOST.as_bytes()).then_some(start)
}

/// The end of the run of `is_byte` bytes from `at`, reading at most `max`.
fn run_end(bytes: &[u8], at: usize, max: usize, is_byte: impl Fn(u8) -> bool) -> usize {
    let limit = bytes.len().min(at + max + 1);
    at + bytes[at..limit].iter().take_while(|&&b| is_byte(b)).count()
}

fn is_base32(b: u8) -> bool {
    b.is_ascii_uppercase() || (b'2'..=b'7').contains(&b)
}

/// `AKIA` + 16 base32 characters, a whole word.
fn aws_key_id(text: &str, at: usize, out: &mut Vec<Candidate>) -> Option<usize> {
    let bytes = text.as_bytes();
    // As an array, each comparison is one integer compare, not a call.
    let prefix: &[u8; 4] = bytes.get(at..at + 4)?.try_into().ok()?;
    if !AWS_PREFIXES.contains(&prefix) {
        return None;
    }
    let end = run_end(bytes, at + 4, 16, is_base32);
    let whole = end == at + 20 && super::util::word_end(text, end);
    let value = &text[at..end];
    if whole && !is_placeholder(value) && !low_variety(&value[4..]) {
        out.push(Candidate::new(
            "secret_aws_key",
            at..end,
            0.95,
            "AWS access key id",
        ));
    }
    Some(end)
}

/// `AIza` + 35 characters of `[0-9A-Za-z_-]`, a whole token.
fn google_key(text: &str, at: usize, out: &mut Vec<Candidate>) -> Option<usize> {
    let bytes = text.as_bytes();
    if bytes.get(at..at + 4)? != b"AIza" {
        return None;
    }
    let end = run_end(bytes, at + 4, 35, super::secrets_common::is_token_byte);
    let value = &text[at..end];
    if end == at + 39 && !is_placeholder(value) && !low_variety(&value[4..]) {
        out.push(Candidate::new(
            "secret_google_api_key",
            at..end,
            0.9,
            "Google API key",
        ));
    }
    Some(end)
}

/// `gh[pousr]_` + 30 base62 characters + their CRC32 in 6 base62 digits, as
/// GitHub's token format documents: the checksum tells a real token from a
/// look-alike, so a failing one stays silent.
fn github_classic(text: &str, at: usize, out: &mut Vec<Candidate>) -> Option<usize> {
    let bytes = text.as_bytes();
    let head = bytes.get(at..at + 4)?;
    if !(head.starts_with(b"gh") && b"pousr".contains(&head[2]) && head[3] == b'_') {
        return None;
    }
    let end = run_end(bytes, at + 4, 36, |b| b.is_ascii_alphanumeric());
    if end != at + 40 || !super::util::word_end(text, end) {
        return Some(end);
    }
    let body = &text[at + 4..end];
    let (random, check) = body.split_at(30);
    if base62_value(check) == Some(u64::from(crc32(random.as_bytes()))) {
        out.push(Candidate::new(
            "secret_github_token",
            at..end,
            0.97,
            "GitHub token, checksum valid",
        ));
    }
    Some(end)
}

/// `github_pat_` + 22 base62 + `_` + 59 base62. GitHub documents no checksum
/// for these, so the exact shape decides.
fn github_fine_grained(text: &str, at: usize, out: &mut Vec<Candidate>) -> Option<usize> {
    let bytes = text.as_bytes();
    if bytes.get(at..at + 11)? != b"github_pat_" {
        return None;
    }
    let end = run_end(bytes, at + 11, 82, super::util::is_word_byte);
    let body = &bytes[at + 11..end];
    let shaped = body.len() == 82
        && body[22] == b'_'
        && body
            .iter()
            .enumerate()
            .all(|(i, b)| i == 22 || b.is_ascii_alphanumeric());
    let value = &text[at..end];
    if shaped && super::util::word_end(text, end) && !is_placeholder(value) && !low_variety(value) {
        out.push(Candidate::new(
            "secret_github_token",
            at..end,
            0.93,
            "GitHub fine-grained token",
        ));
    }
    Some(end)
}

/// The value of a base62 number in GitHub's alphabet (digits, A–Z, a–z).
fn base62_value(s: &str) -> Option<u64> {
    s.bytes().try_fold(0u64, |acc, b| {
        let digit = match b {
            b'0'..=b'9' => b - b'0',
            b'A'..=b'Z' => b - b'A' + 10,
            b'a'..=b'z' => b - b'a' + 36,
            _ => return None,
        };
        Some(acc * 62 + u64::from(digit))
    })
}

/// CRC-32 (IEEE 802.3, reflected, as zlib computes it), bit by bit: tokens
/// are 30 bytes, so a table would cost more than it saves.
fn crc32(data: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in data {
        crc ^= u32::from(b);
        for _ in 0..8 {
            let mask = (crc & 1).wrapping_neg();
            crc = (crc >> 1) ^ (0xEDB8_8320 & mask);
        }
    }
    !crc
}

/// `xox[abeprs]-` or `xapp-` followed by dash-separated ids and a secret part.
/// Real tokens carry long numeric workspace and user ids and a random tail
/// (or, rotated ones, a long base64 tail), so we ask for at least 8 digits,
/// or 2 digits in 40 characters, and 4 letters besides the prefix.
fn slack_token(text: &str, at: usize, out: &mut Vec<Candidate>) -> Option<usize> {
    let bytes = text.as_bytes();
    let head = bytes.get(at..at + 5)?;
    let prefixed = (head.starts_with(b"xox") && b"abeprs".contains(&head[3]) && head[4] == b'-')
        || head == b"xapp-";
    if !prefixed {
        return None;
    }
    let mut end = run_end(bytes, at + 5, 255, |b| {
        b.is_ascii_alphanumeric() || b == b'-'
    });
    while end > at + 5 && bytes[end - 1] == b'-' {
        end -= 1;
    }
    let start = if at >= 5 && &bytes[at - 5..at] == b"xoxe." {
        at - 5
    } else {
        at
    };
    if slack_body_valid(&text[at + 5..end]) && !is_placeholder(&text[start..end]) {
        out.push(Candidate::new(
            "secret_slack_token",
            start..end,
            0.93,
            "Slack API token",
        ));
    }
    Some(end)
}

fn slack_body_valid(body: &str) -> bool {
    let digits = body.bytes().filter(u8::is_ascii_digit).count();
    let letters = body.bytes().filter(u8::is_ascii_alphabetic).count();
    let segments = body.split('-').filter(|s| !s.is_empty()).count();
    let ids = digits >= 8 || (digits >= 2 && body.len() >= 40);
    body.len() >= 20 && segments >= 2 && ids && letters >= 4 && !low_variety(body)
}

/// `hooks.slack.com/services/T…/B…/secret` (and the `workflows` and
/// `triggers` forms); the span is the whole URL, scheme included.
fn slack_webhook(input: &Input<'_>, at: usize, out: &mut Vec<Candidate>) -> Option<usize> {
    const HOST: &str = "hooks.slack.com/";
    if !input.lower[at..].starts_with(HOST) {
        return None;
    }
    let bytes = input.text.as_bytes();
    let path_start = at + HOST.len();
    let mut end = run_end(bytes, path_start, 400, |b| {
        b.is_ascii_alphanumeric() || b"/_-".contains(&b)
    });
    while end > path_start && bytes[end - 1] == b'/' {
        end -= 1;
    }
    if webhook_path_valid(&input.text[path_start..end]) {
        let start = scheme_start(input.lower, at);
        out.push(Candidate::new(
            "secret_slack_token",
            start..end,
            0.95,
            "Slack webhook URL",
        ));
    }
    Some(end)
}

fn webhook_path_valid(path: &str) -> bool {
    let parts: Vec<&str> = path.split('/').collect();
    let kind_ok = matches!(
        parts.first(),
        Some(&("services" | "workflows" | "triggers"))
    );
    let team_ok = parts
        .get(1)
        .is_some_and(|t| t.starts_with('T') && t.len() >= 9);
    let secret_ok = parts
        .last()
        .is_some_and(|s| s.len() >= 16 && !low_variety(s));
    kind_ok && parts.len() >= 4 && team_ok && secret_ok && !is_placeholder(path)
}

/// Where the URL whose host starts at `host` begins: at `https://` or
/// `http://` right before it, else at the host.
fn scheme_start(lower: &str, host: usize) -> usize {
    ["https://", "http://"]
        .iter()
        .find(|s| host >= s.len() && lower[..host].ends_with(*s))
        .map_or(host, |s| host - s.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(&'static str, String)> {
        let out = crate::detect::testing::candidates(detect, text);
        out.into_iter()
            .map(|c| (c.rule, text[c.span].to_owned()))
            .collect()
    }

    #[test]
    fn crc32_matches_the_zlib_reference_values() {
        assert_eq!(crc32(b""), 0);
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
        assert_eq!(
            crc32(b"The quick brown fox jumps over the lazy dog"),
            0x414F_A339
        );
    }

    #[test]
    fn base62_uses_digits_then_upper_then_lower_case() {
        assert_eq!(base62_value("10"), Some(62));
        assert_eq!(base62_value("0z"), Some(61));
        assert_eq!(base62_value("0A"), Some(10));
        assert_eq!(base62_value("a_"), None);
    }

    #[test]
    fn a_github_token_with_one_changed_character_fails_its_checksum() {
        assert_eq!(found("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").len(), 1);
        assert!(found("ghp_Ky9Pf34qY6Nb3wWD25RQ4F5ZR3qa7y3gm1IM").is_empty());
        assert!(found("ghp_Ky8Pf34qY6Nb3wWD25RQ4F5ZR3qa7y3gm1IL").is_empty());
    }

    #[test]
    fn a_github_token_followed_by_more_characters_is_not_a_token() {
        assert!(found("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x").is_empty());
        assert!(found("x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").is_empty());
    }

    #[test]
    fn aws_key_ids_need_a_known_prefix_and_exactly_sixteen_base32_characters() {
        let cases: &[(&str, usize)] = &[
            ("AKIA2XUID5ZZZZG6ZDME", 1),
            ("AROA2XUID5ZZZZG6ZDME", 1),
            ("AXIA2XUID5ZZZZG6ZDME", 0),
            ("AKIA2XUID5ZZZZG6ZDMEE", 0),
            ("AKIA2XUID5ZZZZG6ZDM", 0),
            ("AKIA2XUID5ZZZZG6ZDM1", 0),
            ("AKIAAAAAAAAAAAAAAAAA", 0),
        ];
        for (text, n) in cases {
            assert_eq!(found(text).len(), *n, "{text}");
        }
    }

    #[test]
    fn an_aws_secret_access_key_is_no_vendor_token() {
        let secret = "y+UcU3zr1ZtoLuCr64CxqlIOdNKhiFXiQ2hzT/pL";
        assert!(found(&format!("aws_secret_access_key = {secret}")).is_empty());
        assert!(found(&format!("\"SecretAccessKey\": \"{secret}\"")).is_empty());
    }

    #[test]
    fn slack_tokens_report_the_rotated_xoxe_prefix_with_the_token() {
        let token = "xoxe.xoxp-1-Mi0yLTI4NDc1NjkzMTAtNDcyOTEwNDg1NzM2Mg";
        assert_eq!(found(token), vec![("secret_slack_token", token.to_owned())]);
    }

    #[test]
    fn slack_webhooks_need_team_bot_and_secret_parts() {
        assert!(found("https://hooks.slack.com/services/T04AB7QK2").is_empty());
        assert!(found("https://hooks.slack.com/").is_empty());
        let url = "http://hooks.slack.com/workflows/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";
        assert_eq!(found(url)[0].1, url);
    }

    #[test]
    fn prefixes_at_the_end_of_the_text_do_not_panic() {
        for text in [
            "A",
            "AK",
            "AKIA",
            "gh",
            "ghp_",
            "github_pa",
            "xox",
            "xoxb-",
            "hooks.slack.co",
            "AIza",
            "=",
            "é:",
        ] {
            let _ = found(text);
        }
    }

    #[test]
    fn next_anchor_stops_at_the_first_anchor_or_a_skipped_neighbour() {
        // Every byte value at every offset of a chunk, then an anchor.
        for b in 0..=255u8 {
            for pad in 0..9 {
                let mut bytes = vec![b'x'; pad];
                bytes.extend([b, b'x', b'x', b'x', b'x', b'x', b'x', b'x', b'x', b'/']);
                let got = next_anchor(&bytes, 0);
                let ok = match b {
                    b'A' | b'_' | b'-' | b'/' => got == pad,
                    _ => got == pad + 9,
                };
                assert!(ok, "byte {b:#x}, pad {pad}: stopped at {got}");
            }
        }
        assert_eq!(next_anchor(b"abc", 0), 3);
        assert_eq!(next_anchor(b"0123456789abcdefghijklmnopqrstuvw/", 3), 33);
        assert_eq!(next_anchor(b"abc", 7), 3);
    }
}
