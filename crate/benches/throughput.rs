//! Throughput and latency of the default rule pack, native.
//!
//! `cargo bench -p composeguard --bench throughput` prints MB/s on mixed
//! multilingual text, p50/p99 latency for a 280-char post, a 2 KB message
//! and a 64 KB paste, and the time for 10 MB of adversarial input. Numbers,
//! not asserts: record them in docs/benchmarks.md.

use std::hint::black_box;
use std::time::{Duration, Instant};

use composeguard::{Policy, Scanner};

/// Posts in six languages, some clean, some with data; deterministic.
const POSTS: &[&str] = &[
    "Vielen Dank für Ihre Nachricht! Wir melden uns morgen bei Ihnen. Schönes Wochenende an alle 🙂",
    "Bitte überweisen Sie den Betrag auf CH93 0076 2011 6238 5295 7, Referenz Bestellung 4471-2291.",
    "Merci pour votre retour, notre équipe vous contacte au +41 22 345 67 89 dès lundi.",
    "Le rendez-vous est confirmé pour le 12 mars à 14h30, salle 3. Bonne journée !",
    "Grazie mille! Il nostro servizio clienti è disponibile dal lunedì al venerdì, 8-18.",
    "Ciao Marco, ecco il link: https://wiki.intranet.local/progetti/q3 — fammi sapere.",
    "Bedankt voor je bericht, we kijken ernaar en komen er zo snel mogelijk op terug.",
    "Mijn BSN is 111222333 en mijn geboortedatum 12-01-1980, kunnen jullie dat aanpassen?",
    "Dobrý den, děkujeme za zprávu. Objednávka č. 2024-55812 byla odeslána včera.",
    "Posílám číslo účtu, ozvěte se prosím na jan.novak@example.cz, díky.",
    "Great match yesterday, 3:1 at home! Version 2.14.7 of the app is out now.",
    "Hi team, the staging key is AKIAQ3EGRT7BXZ5LKJ2P — please rotate after the demo.",
    "Release notes: fixed crash in 1.2.3.4, sha 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b, uuid 123e4567-e89b-12d3-a456-426614174000.",
    "Order #88231 shipped, tracking 1Z999AA10123456784, total EUR 149.90.",
];

fn corpus(bytes: usize) -> String {
    let mut text = String::with_capacity(bytes + 256);
    let mut i = 0;
    while text.len() < bytes {
        text.push_str(POSTS[i % POSTS.len()]);
        text.push('\n');
        i += 1;
    }
    let cut = (0..=bytes.min(text.len()))
        .rev()
        .find(|&n| text.is_char_boundary(n))
        .unwrap_or(0);
    text.truncate(cut);
    text
}

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
