//! Where a record's time goes (native): `cargo run --release --example profile_record`.
#![allow(clippy::unwrap_used)]
use std::time::Instant;

use blindfold::{Blindfold, Options, ScanCall, Value};

fn main() {
    let record = Value::from_json(
        r#"{"id":100001,"name":"Jana Nováková 1","email":"jana.novakova1@example.cz","phone":"+420 601 123 001",
        "country":"CZ","plan":"pro","amount":49.9,"consent":true,"subject":"Refund for order",
        "message":"Hi, it's Jana again. My order 88232 arrived broken; please call me back on +420 601 123 456."}"#,
        8,
    )
    .unwrap();
    let message = "Hi, it's Jana again. My order 88232 arrived broken; please call me back on +420 601 123 456.";
    let mut bf = Blindfold::new(Options::default()).unwrap();
    let call = ScanCall::default();
    let n = 20_000;
    let time = |label: &str, work: &mut dyn FnMut()| {
        let started = Instant::now();
        for _ in 0..n {
            work();
        }
        println!(
            "{label:30} {:8.2} µs",
            started.elapsed().as_secs_f64() * 1e6 / f64::from(n)
        );
    };
    time("redact_record", &mut || {
        bf.redact_record(&record, &call).unwrap();
    });
    let mut off = Blindfold::new(
        Options::from_value(&Value::from_json(r#"{"policy":{"propagate":"off"}}"#, 4).unwrap())
            .unwrap(),
    )
    .unwrap();
    time("redact_record propagate off", &mut || {
        off.redact_record(&record, &call).unwrap();
    });
    let mut nonames = Blindfold::new(
        Options::from_value(
            &Value::from_json(r#"{"policy":{"propagate":"off","keyNames":false}}"#, 4).unwrap(),
        )
        .unwrap(),
    )
    .unwrap();
    time("redact_record no key names", &mut || {
        nonames.redact_record(&record, &call).unwrap();
    });
    let mut keep = Blindfold::new(
        Options::from_value(
            &Value::from_json(r#"{"policy":{"rules":[{"path":"**","op":"keep"}]}}"#, 4).unwrap(),
        )
        .unwrap(),
    )
    .unwrap();
    time("redact_record keep all", &mut || {
        keep.redact_record(&record, &call).unwrap();
    });
    let mut text_bf = Blindfold::new(Options::default()).unwrap();
    time("redact_text message", &mut || {
        text_bf.redact_text(message, &call).unwrap();
    });
    let bf2 = Blindfold::new(Options::default()).unwrap();
    time("scan message", &mut || {
        bf2.scan(message).unwrap();
    });
    time("scan 'pro'", &mut || {
        bf2.scan("pro").unwrap();
    });
    time("scan 'Refund for order'", &mut || {
        bf2.scan("Refund for order").unwrap();
    });
    time("from_json", &mut || {
        Value::from_json(&record.to_json(), 8).unwrap();
    });
}
