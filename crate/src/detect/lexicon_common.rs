//! Word helpers the lexicon rules (`person_name`, `postal_address`) share:
//! reading words of letters, telling capitalised words, looking words up in
//! sorted lists.
//!
//! Every reader stops after [`MAX_WORD`] bytes, so one call costs O(1) and a
//! detector that calls them a bounded number of times per position stays
//! linear in the text length.

/// The longest word, in bytes, a reader looks at.
pub(crate) const MAX_WORD: usize = 48;

/// The end of the word starting at `at`: letters (any script, with
/// diacritics), joined by single hyphens or apostrophes ("Hans-Peter",
/// "O'Brien", "Aix-en-Provence"). `None` when no letter starts at `at`, when
/// `at` is not a char boundary, or when the word is longer than [`MAX_WORD`].
pub(crate) fn letters_end(text: &str, at: usize) -> Option<usize> {
    let rest = text.get(at..)?;
    let mut end = at;
    let mut joiner = false;
    for (i, c) in rest.char_indices() {
        if i > MAX_WORD {
            return None;
        }
        if c.is_alphabetic() {
            end = at + i + c.len_utf8();
            joiner = false;
        } else if matches!(c, '-' | '\'' | '’') && end > at && !joiner {
            joiner = true;
        } else {
            break;
        }
    }
    (end > at).then_some(end)
}

/// The start of the word of letters that ends at `end` (see [`letters_end`]).
pub(crate) fn letters_start(text: &str, end: usize) -> Option<usize> {
    let head = text.get(..end)?;
    let mut start = end;
    let mut joiner = false;
    for (i, c) in head.char_indices().rev() {
        if end - i > MAX_WORD {
            return None;
        }
        if c.is_alphabetic() {
            start = i;
            joiner = false;
        } else if matches!(c, '-' | '\'' | '’') && start < end && !joiner {
            joiner = true;
        } else {
            break;
        }
    }
    (start < end).then_some(start)
}

/// True when `word` starts with an uppercase letter and has a lowercase one:
/// "Anna", "McDonald", "Müller-Lüdenscheid"; not "ANNA", "anna", "iPhone".
pub(crate) fn is_capitalised(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase) && chars.any(char::is_lowercase)
}

/// True when `word` has at least two letters and none is lowercase.
pub(crate) fn is_upper(word: &str) -> bool {
    word.chars().filter(|c| c.is_alphabetic()).nth(1).is_some()
        && !word.chars().any(char::is_lowercase)
}

/// True when `key` is in `list`, which must be sorted (byte order).
pub(crate) fn in_sorted(list: &[&str], key: &str) -> bool {
    list.binary_search(&key).is_ok()
}

/// The position after the spaces and tabs at `at`, at most `max` of them.
pub(crate) fn skip_spaces(text: &str, at: usize, max: usize) -> usize {
    let bytes = text.as_bytes();
    let mut i = at;
    while i < bytes.len() && i - at < max && matches!(bytes[i], b' ' | b'\t') {
        i += 1;
    }
    i
}

/// The position before the spaces and tabs that end at `at`, at most `max`.
pub(crate) fn skip_spaces_back(text: &str, at: usize, max: usize) -> usize {
    let bytes = text.as_bytes();
    let mut i = at.min(bytes.len());
    while i > 0 && at - i < max && matches!(bytes[i - 1], b' ' | b'\t') {
        i -= 1;
    }
    i
}

#[cfg(test)]
pub(crate) fn assert_sorted(name: &str, list: &[&str]) {
    for pair in list.windows(2) {
        assert!(
            pair[0] < pair[1],
            "{name} is not sorted or has a duplicate at {pair:?}"
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_join_hyphens_and_apostrophes_but_not_doubled_ones() {
        let text = "Hans-Peter O'Brien a--b Zürich";
        assert_eq!(letters_end(text, 0), Some(10));
        assert_eq!(letters_end(text, 11), Some(18));
        assert_eq!(letters_end(text, 19), Some(20));
        assert_eq!(letters_start(text, text.len()), Some(24));
        assert_eq!(letters_end(text, 5), Some(10));
    }

    #[test]
    fn readers_never_panic_inside_a_char_and_give_up_on_endless_words() {
        assert_eq!(letters_end("ü", 1), None);
        assert_eq!(letters_start("ü", 1), None);
        assert_eq!(letters_end(&"a".repeat(100), 0), None);
    }

    #[test]
    fn capitalised_means_upper_first_and_some_lower() {
        assert!(is_capitalised("McDonald"));
        assert!(is_capitalised("Řehoř"));
        assert!(!is_capitalised("ANNA"));
        assert!(!is_capitalised("iPhone"));
        assert!(is_upper("DUPONT"));
        assert!(!is_upper("A"));
    }
}
