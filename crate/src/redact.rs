//! Masking found values while keeping their shape visible.

use crate::{Category, Finding};

/// The mask character.
pub const MASK: char = '•';

/// Returns `text` with every finding's value masked.
///
/// Letters and digits become `•`; separators stay, so the shape of the value
/// remains readable: `CH93 •••• •••• •••• •••• 7`. Long identifiers keep
/// their first four and last character, medium ones their first, secrets
/// keep at most a vendor prefix. Spans that are out of range or not on char
/// boundaries are left alone.
pub fn redact(text: &str, findings: &[Finding]) -> String {
    let mut spans: Vec<_> = findings
        .iter()
        .filter(|f| f.span.start < f.span.end && text.get(f.span.clone()).is_some())
        .collect();
    crate::detect::util::sort_stable_by(&mut spans, |a, b| a.span.start.cmp(&b.span.start));
    let mut out = String::with_capacity(text.len() + 16);
    let mut at = 0;
    for f in spans {
        if f.span.start < at {
            continue;
        }
        out.push_str(&text[at..f.span.start]);
        out.push_str(&mask(&text[f.span.clone()], f.category));
        at = f.span.end;
    }
    out.push_str(&text[at..]);
    out
}

/// Masks one value.
pub fn mask(value: &str, category: Category) -> String {
    let total = value.chars().filter(|c| c.is_alphanumeric()).count();
    let (head, tail) = match (category, total) {
        (Category::Secret, n) if n >= 16 => (4, 0),
        (Category::Secret, _) => (0, 0),
        (_, n) if n >= 12 => (4, 1),
        (_, n) if n >= 6 => (1, 1),
        _ => (0, 0),
    };
    let mut seen = 0;
    value
        .chars()
        .map(|c| {
            if !c.is_alphanumeric() {
                return c;
            }
            seen += 1;
            if seen <= head || seen > total - tail {
                c
            } else {
                MASK
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_iban_keeps_country_check_digits_and_last_character() {
        assert_eq!(
            mask("CH93 0076 2011 6238 5295 7", Category::Personal),
            "CH93 •••• •••• •••• •••• 7"
        );
    }

    #[test]
    fn a_short_secret_is_masked_whole() {
        assert_eq!(mask("hunter2", Category::Secret), "•••••••");
    }
}
