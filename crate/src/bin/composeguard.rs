//! The `composeguard` command-line scanner.
fn main() {}
