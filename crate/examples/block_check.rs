//! Proves block scanning loses nothing (issue 2): scans the corpus texts
//! joined into one large text and compares with scanning them one by one.
//!
//! `cargo run --release --example block_check -- crate/tests/fixtures/corpus.jsonl 3000000`

use std::collections::HashSet;

use composeguard::{Policy, Scanner};

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args
        .next()
        .unwrap_or_else(|| "crate/tests/fixtures/corpus.jsonl".to_owned());
    let bytes: usize = args
        .next()
        .and_then(|a| a.parse().ok())
        .unwrap_or(3_000_000);
    let texts: Vec<String> = std::fs::read_to_string(&path)
        .expect("corpus")
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).expect("json")["text"]
                .as_str()
                .expect("text")
                .to_owned()
        })
        .collect();
    let scanner = Scanner::new(Policy::default());
    let (mut whole, mut expected) = (String::new(), Vec::new());
    for text in texts.iter().cycle() {
        if whole.len() >= bytes {
            break;
        }
        let at = whole.len();
        for f in scanner.scan(text) {
            expected.push(format!(
                "{} {} {} {}",
                f.rule,
                f.span.start + at,
                f.span.end + at,
                f.confidence
            ));
        }
        // Blank lines between posts, so that no post lends another context.
        whole.push_str(text);
        whole.push_str("\n\n\n");
    }
    let found: Vec<String> = scanner
        .scan(&whole)
        .iter()
        .map(|f| {
            format!(
                "{} {} {} {}",
                f.rule, f.span.start, f.span.end, f.confidence
            )
        })
        .collect();
    let (want, got): (HashSet<_>, HashSet<_>) = (expected.iter().collect(), found.iter().collect());
    let missing: Vec<_> = expected.iter().filter(|e| !got.contains(e)).collect();
    let extra: Vec<_> = found.iter().filter(|f| !want.contains(f)).collect();
    if let Some(out) = args.next() {
        std::fs::write(out, found.join("\n")).expect("write");
    }
    println!(
        "{} bytes, {} findings post by post, {} whole",
        whole.len(),
        expected.len(),
        found.len()
    );
    println!(
        "missing {}: {:?}",
        missing.len(),
        missing.iter().take(10).collect::<Vec<_>>()
    );
    println!(
        "extra {}: {:?}",
        extra.len(),
        extra.iter().take(10).collect::<Vec<_>>()
    );
}
