//! Scans 1 MiB of the benchmark's PII-free text with one entity type
//! selected, for callgrind, to see what each detector adds to a scan:
//! `profile_entities TYPE|all|none|build [plain|realistic]` (`none` is the
//! shared passes alone, `build` only builds the text).
#![allow(clippy::unwrap_used)]

#[path = "../benches/support/mod.rs"]
mod support;

fn main() {
    let kind = std::env::args().nth(1).unwrap_or_else(|| "all".into());
    let text = match std::env::args().nth(2).as_deref() {
        Some("realistic") => support::realistic_text(1 << 20),
        _ => support::plain_text(1 << 20),
    };
    let entities = match kind.as_str() {
        "all" => None,
        "none" | "build" => Some(vec![]),
        name => Some(vec![blindfold::EntityType::new(name).unwrap()]),
    };
    let scanner = blindfold::Scanner::new(blindfold::ScanOptions {
        entities,
        ..Default::default()
    })
    .unwrap();
    if kind == "build" {
        println!("{}", text.len());
        return;
    }
    println!("{}", scanner.scan(&text).unwrap().len());
}
