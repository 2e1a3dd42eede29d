//! A deterministic mixed text for the speed benchmarks: prose, chat and log
//! lines with personal data and look-alikes, in several languages and scripts.

#![allow(dead_code, clippy::indexing_slicing)]

/// Sentences mixed into the benchmark text.
pub const PARTS: &[&str] = &[
    "Hello, my name is Jana and I need help with order INV-2024-000123 placed on 2026-08-12. ",
    "Please email jane.doe@example.com or call +1 (415) 555-0100 after 5pm. ",
    "The build 20260812-09 failed at 12:30:05 with error 0x1F; version 1.2.3 costs $1,299.99. ",
    "My card 4111 1111 1111 1111 was charged twice, IBAN DE89 3704 0044 0532 0130 00. ",
    "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore. ",
    "2026-08-12T10:30:00Z INFO request from 203.0.113.42 took 35 ms, user agent Mozilla/5.0. ",
    "Bitte rufen Sie mich unter 030 1234567 an, meine Adresse ist Hauptstraße 5, 10115 Berlin. ",
    "日本語のテキストと絵文字 🦀👍🏽 があります。連絡先: taro@example.jp ",
    "See https://docs.example.com/guide?ref=abc#section-2 for the release notes of 3.14.159. ",
    "Le client a payé 49,90 € le 12/08/2026; téléphone 06 12 34 56 78. ",
];

/// About `bytes` of text, cycling through the parts in a fixed order.
pub fn mixed_text(bytes: usize) -> String {
    let mut text = String::with_capacity(bytes + 128);
    let mut index = 0usize;
    while text.len() < bytes {
        text.push_str(PARTS[(index * 7) % PARTS.len()]);
        index += 1;
    }
    text
}

/// PII-free prose and code, for the speed of the passes alone.
pub const PLAIN_PARTS: &[&str] = &[
    "The quick brown fox jumps over the lazy dog while the committee reviews the annual report. ",
    "fn main() { let total: u64 = items.iter().map(|item| item.price * 3).sum(); println!(\"{total}\"); } ",
    "Release 4.2 adds faster builds, smaller bundles and a new configuration format for plugins. ",
    "Die Lieferung kommt am Montag; bitte prüfen Sie die Rechnung und die Bestellnummer sorgfältig. ",
    "Le rapport annuel présente les résultats de l'année et les objectifs pour la prochaine période. ",
];

/// About `bytes` of PII-free text.
pub fn plain_text(bytes: usize) -> String {
    let mut text = String::with_capacity(bytes + 128);
    let mut index = 0usize;
    while text.len() < bytes {
        text.push_str(PLAIN_PARTS[(index * 3) % PLAIN_PARTS.len()]);
        index += 1;
    }
    text
}
