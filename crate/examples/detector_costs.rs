//! Where a scan's time goes: nanoseconds per byte for the normalisation,
//! each built-in detector and the whole scan, on the mixed multilingual text
//! of the throughput benchmark.
//!
//! `cargo run --release -p composeguard --example detector_costs [BYTES]`

use composeguard::{detector_costs, Policy, Scanner};

include!("../benches/common/corpus.rs");

fn main() {
    let bytes: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(1 << 20);
    let text = corpus(bytes);
    let per_byte = |d: std::time::Duration| d.as_nanos() as f64 / text.len() as f64;
    let mut costs = detector_costs(&text, 5);
    let parts: f64 = costs.iter().map(|(_, d)| per_byte(*d)).sum();
    costs.sort_by_key(|c| std::cmp::Reverse(c.1));
    for (name, cost) in &costs {
        println!("{:>24}  {:6.2} ns/byte", name, per_byte(*cost));
    }
    let scanner = Scanner::new(Policy::default());
    let whole = (0..5)
        .map(|_| {
            let started = std::time::Instant::now();
            std::hint::black_box(scanner.scan(&text));
            started.elapsed()
        })
        .min()
        .unwrap_or_default();
    println!("{:>24}  {:6.2} ns/byte", "sum of parts", parts);
    println!(
        "{:>24}  {:6.2} ns/byte  ({:.1} MB/s)",
        "whole scan",
        per_byte(whole),
        text.len() as f64 / whole.as_secs_f64() / 1e6
    );
}
