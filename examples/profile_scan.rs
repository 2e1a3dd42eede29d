//! Scans one benchmark text repeatedly, for profilers:
//! `cargo run --release --example profile_scan -- plain|realistic|mixed|spaced-digits [MB] [ROUNDS]`.

#![allow(clippy::unwrap_used, clippy::indexing_slicing)]

#[path = "../benches/support/mod.rs"]
mod support;

fn main() {
    let mut args = std::env::args().skip(1);
    let kind = args.next().unwrap_or_else(|| "plain".into());
    let megabytes: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(8);
    let rounds: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(20);
    let text = match kind.as_str() {
        "mixed" => support::mixed_text(megabytes << 20),
        "realistic" => support::realistic_text(megabytes << 20),
        "spaced-digits" => "4 ".repeat(megabytes << 19),
        _ => support::plain_text(megabytes << 20),
    };
    let scanner = blindfold::Scanner::new(blindfold::ScanOptions::default()).unwrap();
    let mut findings = 0;
    for _ in 0..rounds {
        findings += scanner.scan(&text).unwrap().len();
    }
    println!("{kind}: {findings} findings");
}
