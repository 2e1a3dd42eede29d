//! Scans one short chat message many times, for profilers:
//! `cargo run --release --example profile_short [ROUNDS] [MESSAGE]`.

#![allow(clippy::unwrap_used)]

fn main() {
    let mut args = std::env::args().skip(1);
    let rounds: u32 = args.next().and_then(|n| n.parse().ok()).unwrap_or(200_000);
    let message = args.next().unwrap_or_else(|| {
        "Hi, I am Jana Nováková, reach me at jana.novakova@example.cz or +420 601 123 456 about order 88231.".into()
    });
    let message = message.as_str();
    let scanner = blindfold::Scanner::new(blindfold::ScanOptions::default()).unwrap();
    let started = std::time::Instant::now();
    let mut findings = 0;
    for _ in 0..rounds {
        findings += scanner.scan(message).unwrap().len();
    }
    let per_call = started.elapsed().as_secs_f64() / f64::from(rounds) * 1e6;
    println!("{findings} findings, {per_call:.2} µs per call");
}
