//! Native scanning speed: `cargo bench --bench scan`. Prints MB/s for the
//! whole engine and for each detector alone, on the same text.

#![allow(clippy::unwrap_used, clippy::indexing_slicing)]

mod support;

use std::time::Instant;

use blindfold::{ScanOptions, Scanner, BUILT_IN_ENTITIES};

fn measure(scanner: &Scanner, text: &str) -> (f64, usize) {
    let mut best = f64::MAX;
    let mut count = 0;
    for _ in 0..5 {
        let started = Instant::now();
        count = scanner.scan(text).unwrap().len();
        best = best.min(started.elapsed().as_secs_f64());
    }
    (text.len() as f64 / 1e6 / best, count)
}

fn main() {
    let text = support::mixed_text(8 << 20);
    let (speed, count) = measure(&Scanner::new(ScanOptions::default()).unwrap(), &text);
    println!(
        "all detectors      {speed:8.1} MB/s  ({count} findings in {} MB)",
        text.len() >> 20
    );
    let realistic = support::realistic_text(8 << 20);
    let (speed, count) = measure(&Scanner::new(ScanOptions::default()).unwrap(), &realistic);
    println!("all, realistic     {speed:8.1} MB/s  ({count} findings)");
    let plain = support::plain_text(8 << 20);
    let (speed, count) = measure(&Scanner::new(ScanOptions::default()).unwrap(), &plain);
    println!("all, PII-free text {speed:8.1} MB/s  ({count} findings)");
    for entity in BUILT_IN_ENTITIES {
        let scanner = Scanner::new(ScanOptions {
            entities: Some(vec![entity.clone()]),
            ..ScanOptions::default()
        })
        .unwrap();
        let (speed, count) = measure(&scanner, &text);
        println!(
            "{:<18} {speed:8.1} MB/s  ({count} findings)",
            entity.as_str()
        );
    }
}
