//! Properties over generated texts mixing personal data, look-alikes and
//! arbitrary Unicode: nothing detected survives redaction, restore inverts
//! the reversible operators, redacting twice changes nothing more, the same
//! key and input give the same output, spans are ordered UTF-16 ranges,
//! pseudonyms are deterministic per key.

#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::indexing_slicing)]

use blindfold::{Blindfold, KeySpec, Operators, Options, ScanCall, Value};
use proptest::prelude::*;

const PII: &[&str] = &[
    "jane.doe@example.com",
    "+44 20 7946 0958",
    "4111 1111 1111 1111",
    "DE89 3704 0044 0532 0130 00",
    "123-45-6789",
    "8.8.4.4",
    "https://example.org/u/42",
    "ghp_1234567890abcdefghijklmnopqrstuvwxyzAB",
    "My name is Jana Novak",
    "born on 12.03.1985",
    "2a02:8108:1234::1",
    "password=hunter2",
];
const FILLER: &[&str] = &[
    "INV-2024-000123",
    "v1.2.3",
    "2026-08-12",
    "$1,299.99",
    "🦀",
    "日本語",
    "é",
    "\u{200b}",
    " ",
    ", ",
    "\n",
];

fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        proptest::sample::select(PII).prop_map(str::to_owned),
        proptest::sample::select(FILLER).prop_map(str::to_owned),
        "[a-zA-Z0-9 .,;:!?()\\-]{0,12}",
        any::<String>().prop_map(|s| s.chars().take(8).collect()),
    ]
}

fn text() -> impl Strategy<Value = String> {
    proptest::collection::vec(piece(), 0..12).prop_map(|pieces| pieces.join(" "))
}

fn redactor(operator: &str) -> Blindfold {
    let operators = Value::Object(vec![("default".into(), Value::String(operator.into()))]);
    Blindfold::new(Options {
        key: Some(KeySpec::from_bytes("k1", &[0x42; 32])),
        operators: Some(blindfold_operators(&operators)),
        ..Options::default()
    })
    .unwrap()
}

fn blindfold_operators(value: &Value) -> Operators {
    let options = Value::Object(vec![("operators".into(), value.clone())]);
    Options::from_value(&options).unwrap().operators.unwrap()
}

/// The operators that restore inverts.
const REVERSIBLE: [&str; 3] = ["placeholder", "pseudonym", "surrogate"];

proptest! {
    // 256 cases by default; more with PROPTEST_CASES=N.
    #![proptest_config(ProptestConfig::default())]

    #[test]
    fn spans_are_ordered_utf16_ranges(text in text()) {
        let bf = redactor("placeholder");
        let findings = bf.scan(&text).unwrap();
        let utf16_len = text.encode_utf16().count();
        let mut previous_end = 0;
        for finding in &findings {
            prop_assert!(finding.start < finding.end && finding.end <= utf16_len);
            prop_assert!(finding.start >= previous_end, "ordered, not overlapping");
            previous_end = finding.end;
            // The UTF-16 span and the byte span cover the same characters.
            let by_bytes = &text[finding.byte_range()];
            let units: Vec<u16> = text.encode_utf16().collect();
            prop_assert_eq!(String::from_utf16(&units[finding.start..finding.end]).unwrap(), by_bytes);
        }
    }

    #[test]
    fn redaction_leaves_no_detected_value_and_restore_inverts_it(text in text(), mode in 0..3usize) {
        let mut bf = redactor(REVERSIBLE[mode]);
        let redacted = bf.redact_text(&text, &ScanCall::default()).unwrap();
        for replacement in &redacted.replacements {
            let value = &text[replacement.finding.byte_range()];
            if value.chars().filter(|c| c.is_alphanumeric()).count() >= 4 {
                prop_assert!(!redacted.text.contains(value), "{value:?} survived in {:?}", redacted.text);
            }
        }
        prop_assert_eq!(bf.restore(&redacted.text).text, text);
    }

    #[test]
    fn the_same_key_and_input_give_the_same_output(text in text(), mode in 0..3usize) {
        let first = redactor(REVERSIBLE[mode]).redact_text(&text, &ScanCall::default()).unwrap();
        let second = redactor(REVERSIBLE[mode]).redact_text(&text, &ScanCall::default()).unwrap();
        prop_assert_eq!(first.text, second.text);
        prop_assert_eq!(first.replacements, second.replacements);
    }

    #[test]
    fn redacting_redacted_text_changes_nothing(text in text(), mode in 0..3usize) {
        let mut bf = redactor(REVERSIBLE[mode]);
        let once = bf.redact_text(&text, &ScanCall::default()).unwrap().text;
        let twice = bf.redact_text(&once, &ScanCall::default()).unwrap().text;
        prop_assert_eq!(twice, once);
    }

    #[test]
    fn restoring_text_without_tokens_changes_nothing(text in text()) {
        let bf = redactor("placeholder");
        let restored = bf.restore(&text);
        prop_assert_eq!(restored.text, text);
    }

    #[test]
    fn pseudonyms_are_deterministic_per_key(value in "\\PC{1,40}") {
        let mut a = redactor("pseudonym");
        let mut b = redactor("pseudonym");
        let mut other = Blindfold::new(Options { key: Some(KeySpec::from_bytes("k1", &[0x43; 32])), ..Options::default() }).unwrap();
        let token = a.pseudonymize(&value, "TICKET").unwrap();
        prop_assert_eq!(&token, &b.pseudonymize(&value, "TICKET").unwrap());
        prop_assert_ne!(&token, &other.pseudonymize(&value, "TICKET").unwrap());
    }
}
