//! The batch path of the wasm binding, natively (JSON text in, JSON text
//! out), for profilers: `cargo run --release --example profile_json_batch -- [keep|off] [ROUNDS]`
//! (`keep`: a policy that keeps every field; `off`: no propagation).
#![allow(clippy::unwrap_used)]

use blindfold::{Blindfold, Options, ScanCall, Value};

fn main() {
    let mut args = std::env::args().skip(1);
    let policy = match args.next().as_deref() {
        Some("keep") => Some(r#"{"policy":{"rules":[{"path":"**","op":"keep"}]}}"#),
        Some("off") => Some(r#"{"policy":{"propagate":"off"}}"#),
        _ => None,
    };
    let rounds: u32 = args.next().and_then(|n| n.parse().ok()).unwrap_or(10);
    let records: Vec<String> = (0..2000)
        .map(|i| {
            format!(
                r#"{{"id":{},"name":"Jana Nováková {}","email":"jana.novakova{}@example.cz","phone":"+420 601 123 {:03}","country":"CZ","plan":"pro","amount":49.9,"consent":true,"subject":"Refund for order","message":"Hi, it's Jana again. My order {} arrived broken; please call me back on +420 601 123 456."}}"#,
                100_000 + i,
                i % 50,
                i % 50,
                i % 1000,
                88_231 + i
            )
        })
        .collect();
    let json = format!("[{}]", records.join(","));
    let options = match policy {
        Some(json) => Options::from_value(&Value::from_json(json, 4).unwrap()).unwrap(),
        None => Options::default(),
    };
    let mut bf = Blindfold::new(options).unwrap();
    let call = ScanCall::default();
    let known = blindfold::KnownValues::default();
    let started = std::time::Instant::now();
    let mut bytes = 0;
    for _ in 0..rounds {
        let Value::Array(batch) = Value::from_json(&json, 10).unwrap() else {
            unreachable!()
        };
        let encoded = bf.redact_records_encoded(&batch, &call, &known, 0).unwrap();
        bytes += encoded.json.len();
    }
    let per = started.elapsed().as_secs_f64() * 1e6 / f64::from(rounds * 2000);
    println!("{per:.2} µs per record ({bytes} bytes out)");
}
