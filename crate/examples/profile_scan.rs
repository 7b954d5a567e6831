//! Profiling driver: scans a mixed multilingual text of N bytes, once.
//!
//! `valgrind --tool=callgrind target/release/examples/profile_scan 262144`

use composeguard::{Policy, Scanner};

include!("../benches/common/corpus.rs");

fn main() {
    let bytes: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(1 << 18);
    let text = corpus(bytes);
    // An optional repeat count times the scans, best of them, in MB/s.
    let repeats: usize = std::env::args()
        .nth(2)
        .and_then(|a| a.parse().ok())
        .unwrap_or(1);
    let scanner = Scanner::new(Policy::default());
    let mut best = f64::MAX;
    let mut findings = Vec::new();
    for _ in 0..repeats {
        let started = std::time::Instant::now();
        findings = scanner.scan(&text);
        best = best.min(started.elapsed().as_secs_f64());
    }
    println!(
        "{} bytes, {} findings, {:.1} MB/s",
        text.len(),
        findings.len(),
        text.len() as f64 / best / 1e6
    );
}
