//! The built-in detectors, one file each, and what they share.
//!
//! A detector reads the normalised text once and pushes [`Candidate`]s; the
//! engine then applies the policy, resolves overlaps and maps spans back.
//! Structured identifiers are only reported when their checksum or structure
//! validates; context words raise confidence, they never replace a checksum.

use std::borrow::Cow;
use std::cell::OnceCell;
use std::ops::Range;

use crate::Category;

/// A rule's examples: compiled into native builds, where the tests and
/// `composeguard rules test` run them, and left out of the wasm module, where
/// they would only add weight (about a fifth of its size).
#[cfg(not(target_arch = "wasm32"))]
macro_rules! examples {
    ($($example:tt)*) => { &[$($example)*] };
}
#[cfg(target_arch = "wasm32")]
macro_rules! examples {
    ($($example:tt)*) => {
        &[]
    };
}

/// A rule's description, for `composeguard rules list` and the options
/// page's fallback: left out of the wasm module too (12 KB), where the
/// extension names every built-in rule from its `_locales` (`rule_<id>`).
#[cfg(not(target_arch = "wasm32"))]
macro_rules! describe {
    ($text:literal) => {
        $text
    };
}
#[cfg(target_arch = "wasm32")]
macro_rules! describe {
    ($text:literal) => {
        ""
    };
}

/// A [`lexicon_common::WordSet`] of a `&[&str]` list constant, with the
/// list joined by newlines at compile time: the module then holds the
/// words' bytes and one newline each, not also a table of 8-byte pointers
/// and lengths (issue 2: size). The list itself stays a plain `&[&str]`,
/// readable and sorted-checked in tests, and is only read when compiling.
macro_rules! word_set {
    ($list:expr) => {{
        const JOINED: [u8; $crate::detect::lexicon_common::joined_len($list)] =
            $crate::detect::lexicon_common::joined($list);
        $crate::detect::lexicon_common::WordSet::joined(&JOINED)
    }};
}

/// A table test for a detector's unit tests: `finds!(name, text, [values])`
/// checks that the module's `found(text)` gives exactly these values.
#[cfg(test)]
macro_rules! finds {
    ($name:ident, $text:expr, [$($want:expr),*]) => {
        #[test]
        fn $name() {
            let want: Vec<&str> = vec![$($want),*];
            assert_eq!(found($text), want, "in {:?}", $text);
        }
    };
}

pub(crate) mod util;

mod at_svnr;
mod bic;
mod ch_ahv;
mod ch_uid;
mod classification_marker;
mod contact_common;
mod customer_relationship;
mod cz_birth_number;
mod cz_ico;
mod date_of_birth;
mod de_svnr;
mod de_tax_id;
mod email;
mod eu_vat;
mod iban;
mod ids_a_common;
mod ids_b_common;
mod internal_url;
mod ip_address;
mod jwt;
mod lexicon_common;
mod nl_bsn;
mod passport_mrz;
mod password;
mod payment_card;
mod person_name;
mod person_name_dict;
mod person_name_lists;
mod person_name_model;
mod phone;
mod postal_address;
mod private_key;
mod secret_entropy;
mod secret_tokens;
mod secrets_common;
mod word_runs;

/// A built-in rule: its identity, and the examples that prove it.
#[derive(Debug)]
pub struct RuleSpec {
    /// Stable snake_case id; policies and allowlists refer to it.
    pub id: &'static str,
    /// The kind of data it protects.
    pub category: Category,
    /// One sentence on what it finds and how it validates (empty in the
    /// wasm module, see `describe!`).
    pub description: &'static str,
    /// Wins over overlapping findings of lower priority; outer identifiers
    /// rank above the ones they may contain.
    pub priority: u8,
    /// Texts that must produce this rule, each with the exact value reported.
    pub matches: &'static [(&'static str, &'static str)],
    /// Texts that must not produce this rule, each with the reason.
    pub ignores: &'static [(&'static str, &'static str)],
}

/// What a detector sees: the normalised text, the scan's settings, and
/// facts about the text that several detectors want, each read once per
/// scan by the first detector that asks (issue 2: 27 detectors each reading
/// every byte cost more than all their matching).
pub(crate) struct Input<'a> {
    /// The normalised text.
    pub text: &'a str,
    /// `text` lowercased, byte for byte at the same offsets.
    pub lower: &'a str,
    /// The organisation's internal domains, lowercase, without leading dot.
    pub internal_domains: &'a [String],
    digit_groups: OnceCell<Vec<Span>>,
    long_numbers: OnceCell<Vec<Range<usize>>>,
    long_space_runs: OnceCell<Vec<ids_b_common::Run>>,
    word_runs: OnceCell<Vec<Span>>,
}

/// A byte span of the normalised text, half open; `u32` halves the memory
/// of the shared lists; the engine scans texts over 4 GiB in pieces.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Span {
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn start(self) -> usize {
        self.start as usize
    }
    pub fn end(self) -> usize {
        self.end as usize
    }
    pub fn range(self) -> Range<usize> {
        self.start()..self.end()
    }
}

impl<'a> Input<'a> {
    pub fn new(text: &'a str, lower: &'a str, internal_domains: &'a [String]) -> Input<'a> {
        Input {
            text,
            lower,
            internal_domains,
            digit_groups: OnceCell::new(),
            long_numbers: OnceCell::new(),
            long_space_runs: OnceCell::new(),
            word_runs: OnceCell::new(),
        }
    }

    /// Every maximal run of ASCII digits, in order. A detector that wants
    /// numbers with separators joins neighbouring groups itself; that costs
    /// per group, not per byte of text.
    pub fn digit_groups(&self) -> &[Span] {
        self.digit_groups
            .get_or_init(|| facts::digit_groups(self.text.as_bytes()))
    }

    /// The numbers that may hold an identifier or an address: each maximal
    /// sequence of [`Self::digit_groups`] joined by single spaces, dots,
    /// hyphens or slashes, with at least 8 digits or 4 groups, as a range of
    /// indices into the groups. Most groups (times, prices, counts) stand
    /// alone and short, so the id and IP detectors look at a few groups per
    /// post instead of every one (issue 2); each splits these by its own
    /// separators, a subset of these four.
    pub fn long_numbers(&self) -> &[Range<usize>] {
        self.long_numbers
            .get_or_init(|| ids_b_common::long_numbers(self.text, self.digit_groups()))
    }

    /// The runs joined by single spaces inside the long numbers that may
    /// hold 8 digits or more ([`ids_b_common::long_runs`]): the AT, DE and
    /// CZ id detectors (8, 10 and 11 digits) all read these, collected once
    /// instead of three times (issue 2). A run shorter than a detector's
    /// length offers it nothing.
    pub fn long_space_runs(&self) -> &[ids_b_common::Run] {
        self.long_space_runs
            .get_or_init(|| ids_b_common::long_runs(self, b" ", 8).collect())
    }

    /// Every maximal run of word bytes ([`util::is_word_byte`]: ASCII
    /// letters and digits, `_`, every byte of a non-ASCII char), in order.
    /// Its starts are exactly the [`util::word_start`]s, so the keyword
    /// detectors visit these instead of every byte. Eight bytes are read at a
    /// time (issue 2).
    pub fn word_runs(&self) -> &[Span] {
        self.word_runs
            .get_or_init(|| word_runs::word_runs(self.text.as_bytes()))
    }
}

mod facts;

/// What the detectors' unit tests share: running one detector on a text,
/// and the span checks of the no-panic property tests.
#[cfg(test)]
pub(crate) mod testing {
    use super::{Candidate, Input};

    type Detect = fn(&Input<'_>, &mut Vec<Candidate>);

    /// The candidates `detect` finds in `text`, with the engine's own
    /// same-length lowercase, so that spans slice `text` itself.
    ///
    /// # Panics
    /// When `text` would be normalised: its spans would not slice it.
    pub(crate) fn candidates(detect: Detect, text: &str) -> Vec<Candidate> {
        let prepared = crate::text::Prepared::new(text);
        assert_eq!(prepared.norm, text, "test texts need no normalisation");
        let input = Input::new(text, &prepared.lower, &[]);
        let mut out = Vec::new();
        detect(&input, &mut out);
        out
    }

    /// The values the engine reports for `rule` in `text`, default policy.
    pub(crate) fn found(rule: &str, text: &str) -> Vec<String> {
        crate::Scanner::new(crate::Policy::default())
            .scan(text)
            .into_iter()
            .filter(|f| f.rule == rule)
            .map(|f| text[f.span].to_owned())
            .collect()
    }

    /// The values `detect` finds in `text`.
    pub(crate) fn values(detect: Detect, text: &str) -> Vec<&str> {
        candidates(detect, text)
            .into_iter()
            .map(|c| &text[c.span])
            .collect()
    }

    /// Fails unless every span `detect` reports in normalised `text` is
    /// non-empty, inside the text and on char boundaries.
    pub(crate) fn check_spans(
        detect: Detect,
        text: &str,
    ) -> Result<(), proptest::test_runner::TestCaseError> {
        let prepared = crate::text::Prepared::new(text);
        let input = Input::new(&prepared.norm, &prepared.lower, &[]);
        let mut out = Vec::new();
        detect(&input, &mut out);
        for c in out {
            proptest::prop_assert!(c.span.start < c.span.end && c.span.end <= input.text.len());
            proptest::prop_assert!(
                input.text.is_char_boundary(c.span.start)
                    && input.text.is_char_boundary(c.span.end)
            );
        }
        Ok(())
    }
}

/// A value a detector found, before the policy is applied.
#[derive(Clone, Debug)]
pub(crate) struct Candidate {
    pub rule: &'static str,
    pub span: Range<usize>,
    pub confidence: f32,
    pub reason: Cow<'static, str>,
}

impl Candidate {
    pub fn new(
        rule: &'static str,
        span: Range<usize>,
        confidence: f32,
        reason: impl Into<Cow<'static, str>>,
    ) -> Self {
        Candidate {
            rule,
            span,
            confidence,
            reason: reason.into(),
        }
    }
}

/// One detector: the rules it reports, the function that finds them, and
/// what a text must hold for it to find anything.
pub(crate) struct Detector {
    pub rules: &'static [RuleSpec],
    pub detect: fn(&Input<'_>, &mut Vec<Candidate>),
    pub trigger: Trigger,
}

/// What a text must contain for a detector to find anything; the engine
/// skips the detector otherwise. Guarantees no finding is lost, because
/// every value a `Digit` detector reports holds an ASCII digit of the
/// normalised text (checksums and check digits are digits). A text without
/// digits then costs one pass instead of thirteen (issue 2).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Trigger {
    /// Always run.
    Any,
    /// Run only when the text holds an ASCII digit.
    Digit,
}

macro_rules! detectors {
    ($($module:ident => $trigger:ident),* $(,)?) => {
        /// Every built-in detector.
        pub(crate) const DETECTORS: &[Detector] = &[
            $(Detector { rules: $module::RULES, detect: $module::detect, trigger: Trigger::$trigger },)*
        ];
    };
}

detectors![
    iban => Digit,
    payment_card => Digit,
    bic => Any,
    ch_ahv => Digit,
    ch_uid => Digit,
    de_tax_id => Digit,
    de_svnr => Digit,
    at_svnr => Digit,
    nl_bsn => Digit,
    cz_birth_number => Digit,
    cz_ico => Digit,
    eu_vat => Digit,
    passport_mrz => Digit,
    email => Any,
    phone => Digit,
    ip_address => Any,
    date_of_birth => Any,
    postal_address => Any,
    person_name => Any,
    secret_tokens => Any,
    private_key => Any,
    jwt => Any,
    password => Any,
    secret_entropy => Any,
    classification_marker => Any,
    customer_relationship => Any,
    internal_url => Any,
];

/// Every built-in rule, in a stable order.
pub fn builtin_rules() -> impl Iterator<Item = &'static RuleSpec> {
    DETECTORS.iter().flat_map(|d| d.rules.iter())
}

/// The built-in rule with this id.
pub fn builtin_rule(id: &str) -> Option<&'static RuleSpec> {
    builtin_rules().find(|r| r.id == id)
}
