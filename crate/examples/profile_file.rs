//! Scans a file once (profiling driver).
use composeguard::{Policy, Scanner};
fn main() {
    let path = std::env::args().nth(1).expect("file");
    let text = std::fs::read_to_string(path).expect("read");
    let scanner = Scanner::new(Policy::default());
    let f = scanner.scan(&text);
    println!("{} bytes, {} findings", text.len(), f.len());
}
