//! The benchmark texts, built from `benches/corpus.json` (shared with the
//! Node benchmark): mixed prose, chat and log lines with personal data and
//! look-alikes, and PII-free prose and code.

#![allow(
    dead_code,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing
)]

const CORPUS: &str = include_str!("../corpus.json");

fn parts(kind: &str) -> Vec<String> {
    let corpus: serde_json::Value =
        serde_json::from_str(CORPUS).expect("benches/corpus.json is JSON");
    corpus[kind]
        .as_array()
        .expect("an array of strings")
        .iter()
        .map(|p| p.as_str().unwrap().to_owned())
        .collect()
}

/// About `bytes` of text cycling through the parts of `kind` with `stride`,
/// the same sequence as benches/scan.mjs builds.
fn build(kind: &str, stride: usize, bytes: usize) -> String {
    let parts = parts(kind);
    let mut text = String::with_capacity(bytes + 256);
    let mut index = 0usize;
    while text.len() < bytes {
        text.push_str(&parts[(index * stride) % parts.len()]);
        index += 1;
    }
    text
}

/// Mixed text, dense in personal data (about one finding per 100 bytes).
pub fn mixed_text(bytes: usize) -> String {
    build("mixed", 7, bytes)
}

/// PII-free prose and code.
pub fn plain_text(bytes: usize) -> String {
    build("plain", 3, bytes)
}

/// PII-free text with one mixed sentence in ten (about one finding per 1 KB).
pub fn realistic_text(bytes: usize) -> String {
    let mixed = parts("mixed");
    let plain = parts("plain");
    let mut text = String::with_capacity(bytes + 256);
    let mut index = 0usize;
    while text.len() < bytes {
        let part = if index % 10 == 0 {
            &mixed[(index / 10 * 7) % mixed.len()]
        } else {
            &plain[(index * 3) % plain.len()]
        };
        text.push_str(part);
        index += 1;
    }
    text
}
