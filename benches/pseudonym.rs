//! Pseudonyms per second, natively: `cargo bench --bench pseudonym`.
//! (In wasm: `node benches/pseudonym.mjs`.)

#![allow(clippy::unwrap_used)]

use std::time::Instant;

fn main() {
    let values: Vec<String> = (0..100_000)
        .map(|i| format!("user{i}@example.com"))
        .collect();
    let mut bf = blindfold::Blindfold::new(blindfold::Options {
        key: Some(blindfold::KeySpec::from_bytes("k1", &[7; 32])),
        ..Default::default()
    })
    .unwrap();
    let mut best = f64::MAX;
    for _ in 0..5 {
        let started = Instant::now();
        for value in &values {
            std::hint::black_box(bf.pseudonymize(value, "EMAIL").unwrap());
        }
        best = best.min(started.elapsed().as_secs_f64());
    }
    println!(
        "pseudonymize: {:.0} values/s ({} short emails, best of 5)",
        values.len() as f64 / best,
        values.len()
    );
}
