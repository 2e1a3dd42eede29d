//! Scans 1 MiB of the benchmark's PII-free text with one entity type
//! selected, for callgrind, to see what each detector adds to a scan:
//! `profile_entities TYPE[,TYPE…]|all|none|build [plain|realistic|mixed|message]` (`none`
//! is the shared passes alone, `build` only builds the text; `message` scans
//! the records benchmark's 99-character message 10,000 times).
#![allow(clippy::unwrap_used)]

#[path = "../benches/support/mod.rs"]
mod support;

fn main() {
    let kind = std::env::args().nth(1).unwrap_or_else(|| "all".into());
    let input = std::env::args().nth(2);
    let (text, rounds) = match input.as_deref() {
        Some("realistic") => (support::realistic_text(1 << 20), 1),
        Some("mixed") => (support::mixed_text(1 << 20), 1),
        Some("message") => (
            "Hi, it's Jana again. My order 88231 arrived broken; please call me back on +420 601 123 456.".to_string(),
            10_000,
        ),
        _ => (support::plain_text(1 << 20), 1),
    };
    let entities = match kind.as_str() {
        "all" => None,
        "none" | "build" => Some(vec![]),
        names => Some(
            names
                .split(',')
                .map(|name| blindfold::EntityType::new(name).unwrap())
                .collect(),
        ),
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
    let findings: usize = (0..rounds)
        .map(|_| scanner.scan(&text).unwrap().len())
        .sum();
    println!("{findings}");
}
