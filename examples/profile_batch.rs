//! Redacts the benchmark's ten-field form many times over, for profilers:
//! `cargo run --release --example profile_batch [ROUNDS]`.
#![allow(clippy::unwrap_used)]

use blindfold::{Blindfold, Options, ScanCall, Value};

fn main() {
    let records: Vec<Value> = (0..2000)
        .map(|i| {
            Value::from_json(
                &format!(
                    r#"{{"id":{},"name":"Jana Nováková {}","email":"jana.novakova{}@example.cz","phone":"+420 601 123 {:03}",
                    "country":"CZ","plan":"pro","amount":49.9,"consent":true,"subject":"Refund for order",
                    "message":"Hi, it's Jana again. My order {} arrived broken; please call me back on +420 601 123 456."}}"#,
                    100_000 + i,
                    i % 50,
                    i % 50,
                    i % 1000,
                    88_231 + i
                ),
                8,
            )
            .unwrap()
            .into_owned()
        })
        .collect();
    let mut bf = Blindfold::new(Options::default()).unwrap();
    let call = ScanCall::default();
    let started = std::time::Instant::now();
    let rounds = std::env::args()
        .nth(1)
        .and_then(|n| n.parse().ok())
        .unwrap_or(10);
    for _ in 0..rounds {
        for record in &records {
            bf.redact_record(record, &call).unwrap();
        }
    }
    let per = started.elapsed().as_secs_f64() * 1e6 / f64::from(rounds * 2000);
    println!("{per:.2} µs per record");
}
