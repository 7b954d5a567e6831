//! Properties that hold for every input: no panic, spans on char
//! boundaries, sorted and disjoint, and a finding does not depend on
//! unrelated text around it.

use composeguard::{builtin_rules, Policy, Scanner};
use proptest::prelude::*;

fn scanner() -> Scanner {
    Scanner::new(Policy::default())
}

/// Text that looks like what people type: words, digits, separators and
/// the Unicode that trips offset arithmetic (emoji, combining marks, NBSP,
/// zero-width spaces, fullwidth digits).
fn messy_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        "[a-zA-Z]{1,8}",
        "[0-9]{1,12}",
        Just(" ".to_owned()),
        Just("\n".to_owned()),
        "[.,:;/@+#=_-]",
        Just("😀".to_owned()),
        Just("e\u{301}".to_owned()),
        Just("\u{a0}".to_owned()),
        Just("\u{200b}".to_owned()),
        Just("７５６".to_owned()),
        Just("Ä".to_owned()),
        Just("CH".to_owned()),
        Just("AKIA".to_owned()),
        Just("-----BEGIN ".to_owned()),
        Just("geboren".to_owned()),
        Just("IBAN".to_owned()),
    ];
    prop::collection::vec(piece, 0..80).prop_map(|v| v.concat())
}

/// Unrelated text: lowercase words only, which no rule reports.
fn filler() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop::sample::select(vec![
            "lorem", "ipsum", "dolor", "sit", "amet", "blue", "river", "table",
        ]),
        0..30,
    )
    .prop_map(|w| w.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn spans_lie_on_char_boundaries_sorted_and_disjoint(text in messy_text()) {
        let findings = scanner().scan(&text);
        let mut last_end = 0;
        for f in &findings {
            prop_assert!(text.is_char_boundary(f.span.start) && text.is_char_boundary(f.span.end));
            prop_assert!(f.span.start < f.span.end && f.span.end <= text.len());
            prop_assert!(f.span.start >= last_end, "overlap in {:?}", findings);
            prop_assert!((0.0..=1.0).contains(&f.confidence));
            last_end = f.span.end;
        }
    }

    #[test]
    fn arbitrary_unicode_never_panics(text in any::<String>()) {
        let _ = scanner().scan(&text);
    }

    #[test]
    fn a_finding_does_not_depend_on_unrelated_text_around_it(
        before in filler(),
        after in filler(),
        pick in any::<prop::sample::Index>(),
    ) {
        let samples: Vec<_> = builtin_rules()
            .flat_map(|r| r.matches.iter().map(move |(text, value)| (r.id, *text, *value)))
            .collect();
        prop_assume!(!samples.is_empty());
        let (rule, sample, value) = samples[pick.index(samples.len())];
        let text = format!("{before}\n\n{sample}\n\n{after}");
        let found = scanner()
            .scan(&text)
            .iter()
            .any(|f| f.rule == rule && &text[f.span.clone()] == value);
        prop_assert!(found, "{rule} lost {value:?} in {text:?}");
    }
}
