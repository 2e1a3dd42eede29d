//! Scans one short chat message many times, for profilers:
//! `cargo run --release --example profile_short`.

#![allow(clippy::unwrap_used)]

fn main() {
    let message = "Hi, I am Jana Nováková, reach me at jana.novakova@example.cz or +420 601 123 456 about order 88231.";
    let scanner = blindfold::Scanner::new(blindfold::ScanOptions::default()).unwrap();
    let started = std::time::Instant::now();
    let rounds = 200_000;
    let mut findings = 0;
    for _ in 0..rounds {
        findings += scanner.scan(message).unwrap().len();
    }
    let per_call = started.elapsed().as_secs_f64() / f64::from(rounds) * 1e6;
    println!("{findings} findings, {per_call:.2} µs per call");
}
