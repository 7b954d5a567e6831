//! Throughput and latency of the default rule pack, native.
//!
//! `cargo bench -p composeguard --bench throughput` prints MB/s on mixed
//! multilingual text, p50/p99 latency for a 280-char post, a 2 KB message
//! and a 64 KB paste, and the time for 10 MB of adversarial input. Numbers,
//! not asserts: record them in docs/benchmarks.md.

use std::hint::black_box;
use std::time::{Duration, Instant};

use composeguard::{Policy, Scanner};

include!("common/corpus.rs");

fn percentiles(mut samples: Vec<Duration>) -> (Duration, Duration) {
    samples.sort();
    let at = |q: f64| samples[((samples.len() as f64 - 1.0) * q).round() as usize];
    (at(0.50), at(0.99))
}

fn latency(scanner: &Scanner, text: &str, runs: usize) -> (Duration, Duration) {
    for _ in 0..runs / 10 {
        black_box(scanner.scan(black_box(text)));
    }
    let samples = (0..runs)
        .map(|_| {
            let start = Instant::now();
            black_box(scanner.scan(black_box(text)));
            start.elapsed()
        })
        .collect();
    percentiles(samples)
}

fn main() {
    let scanner = Scanner::new(Policy::default());
    let big = corpus(4 << 20);
    let start = Instant::now();
    let mut rounds = 0;
    while start.elapsed() < Duration::from_secs(2) {
        black_box(scanner.scan(black_box(&big)));
        rounds += 1;
    }
    let mbps = (big.len() * rounds) as f64 / start.elapsed().as_secs_f64() / 1e6;
    println!("throughput, mixed multilingual text (4 MB): {mbps:.1} MB/s");
    for (name, size, runs) in [
        ("280-char post", 280, 20_000),
        ("2 KB message", 2048, 5_000),
        ("64 KB paste", 65_536, 300),
    ] {
        let text = corpus(size);
        let (p50, p99) = latency(&scanner, &text, runs);
        println!(
            "latency, {name}: p50 {:.1} µs, p99 {:.1} µs",
            p50.as_secs_f64() * 1e6,
            p99.as_secs_f64() * 1e6
        );
    }
    let ten_mb = 10 << 20;
    for (name, text) in [
        ("all digits", "7".repeat(ten_mb)),
        ("\"a@\" repeated", "a@".repeat(ten_mb / 2)),
        (
            "one line of base64",
            "QUtJQTEyMzQ1Njc4OTBBQkNERUZHSElKS0xNTk9QUVJTVFVWV1hZWg+/".repeat(ten_mb / 56),
        ),
        ("digits and spaces", "12 ".repeat(ten_mb / 3)),
    ] {
        let start = Instant::now();
        black_box(scanner.scan(&text));
        println!(
            "adversarial 10 MB, {name}: {:.0} ms",
            start.elapsed().as_secs_f64() * 1e3
        );
    }
}
