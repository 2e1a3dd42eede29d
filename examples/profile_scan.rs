//! Scans one benchmark text repeatedly, for profilers:
//! `cargo run --release --example profile_scan -- plain|realistic|mixed|spaced-digits`.

#![allow(clippy::unwrap_used, clippy::indexing_slicing)]

#[path = "../benches/support/mod.rs"]
mod support;

fn main() {
    let kind = std::env::args().nth(1).unwrap_or_else(|| "plain".into());
    let text = match kind.as_str() {
        "mixed" => support::mixed_text(8 << 20),
        "realistic" => support::realistic_text(8 << 20),
        "spaced-digits" => "4 ".repeat(1 << 19),
        _ => support::plain_text(8 << 20),
    };
    let scanner = blindfold::Scanner::new(blindfold::ScanOptions::default()).unwrap();
    let mut findings = 0;
    for _ in 0..20 {
        findings += scanner.scan(&text).unwrap().len();
    }
    println!("{kind}: {findings} findings");
}
