//! Properties over generated texts mixing personal data, look-alikes and
//! arbitrary Unicode: nothing detected survives redaction, restore inverts
//! the reversible operators, redacting twice changes nothing more, the same
//! key and input give the same output, spans are ordered UTF-16 ranges,
//! pseudonyms are deterministic per key; known values are found exactly
//! where they stand, checked against a naive search.

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

/// Words that collide across terms and text in case, accents (written
/// as one character, as a letter and a mark, or left out) and a final
/// sigma.
const TERM_WORDS: &[&str] = &[
    "jana",
    "JANA",
    "Nováková",
    "NOVÁKOVÁ",
    "Nova\u{301}kova\u{301}",
    "Novakova",
    "ab",
    "Ab",
    "x1",
    "ΟΔΟΣ",
    "οδος",
    "_id",
];
const SEPARATORS: &[&str] = &[" ", " ", ", ", "-", "\n", ". ", " (", ") "];

/// The byte offset of UTF-16 offset `utf16` in `text`.
fn byte_at(text: &str, utf16: usize) -> usize {
    let mut units = 0;
    for (at, c) in text.char_indices() {
        if units >= utf16 {
            return at;
        }
        units += c.len_utf16();
    }
    text.len()
}

/// The words of `text` lowercased word by word and without the accents
/// of TERM_WORDS, each with its byte span (a combining mark continues a
/// word).
fn lowered_words(text: &str) -> Vec<(String, usize, usize)> {
    let mut words = Vec::new();
    let mut start = None;
    for (at, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        let word_char = c.is_alphanumeric() || c == '_' || (c == '\u{301}' && start.is_some());
        match (word_char, start) {
            (true, None) => start = Some(at),
            (false, Some(from)) => {
                let word = text[from..at]
                    .to_lowercase()
                    .replace('\u{301}', "")
                    .replace('á', "a");
                words.push((word, from, at));
                start = None;
            }
            _ => {}
        }
    }
    words
}

proptest! {
    #![proptest_config(ProptestConfig::default())]

    /// Known values against a naive search: every word of every place a
    /// term (or a part of at most MAX_TERM_WORDS of a longer one) stands in
    /// the text as whole words is covered by findings, and every finding is
    /// made of such places.
    #[test]
    fn known_terms_are_found_where_they_stand_and_nowhere_else(
        terms in proptest::collection::vec(
            proptest::collection::vec(proptest::sample::select(TERM_WORDS), 1..40),
            1..4,
        ),
        text in proptest::collection::vec(
            (proptest::sample::select(TERM_WORDS), proptest::sample::select(SEPARATORS)),
            0..80,
        ),
    ) {
        let text: String = text.iter().map(|(word, separator)| format!("{word}{separator}")).collect();
        let terms: Vec<String> = terms.iter().map(|words| words.join(" ")).collect();
        let thing = blindfold::EntityType::new("THING").unwrap();
        let known = blindfold::KnownValues::new(terms.iter().map(|term| (thing.clone(), term.as_str())));
        let scanner = blindfold::Scanner::new(blindfold::ScanOptions {
            entities: Some(vec![]),
            ..Default::default()
        })
        .unwrap();
        let findings = scanner.scan_with(&text, &known).unwrap();

        let words = lowered_words(&text);
        let parts: Vec<Vec<String>> = terms
            .iter()
            .flat_map(|term| {
                let lowered: Vec<String> = lowered_words(term).into_iter().map(|(word, _, _)| word).collect();
                lowered
                    .chunks(blindfold::MAX_TERM_WORDS)
                    .map(<[String]>::to_vec)
                    .collect::<Vec<_>>()
            })
            .collect();
        // Where parts stand as whole words: (first word, last word).
        let mut places = Vec::new();
        for part in &parts {
            for (at, window) in words.windows(part.len()).enumerate() {
                if window.iter().map(|(word, _, _)| word).eq(part.iter()) {
                    places.push((at, at + part.len() - 1));
                }
            }
        }
        let mut covered = vec![false; text.len()];
        for finding in &findings {
            let (from, to) = (byte_at(&text, finding.start), byte_at(&text, finding.end));
            // Overlapping places merge into one finding: its words are those
            // of places inside it, and it starts and ends with one.
            let inside: Vec<&(usize, usize)> = places
                .iter()
                .filter(|&&(first, last)| words[first].1 >= from && words[last].2 <= to)
                .collect();
            let words_inside: Vec<usize> = (0..words.len())
                .filter(|&i| words[i].1 >= from && words[i].2 <= to)
                .collect();
            prop_assert!(
                words_inside.iter().all(|&i| inside.iter().any(|&&(first, last)| (first..=last).contains(&i)))
                    && inside.iter().any(|&&(first, _)| words[first].1 == from)
                    && inside.iter().any(|&&(_, last)| words[last].2 == to),
                "{:?} is not made of terms in {text:?}", &text[from..to]
            );
            covered[from..to].iter_mut().for_each(|byte| *byte = true);
        }
        // Every word of every place is replaced. (What stands between its
        // words may not be: a place straddling two findings whose words
        // cover all of its own is dropped, leaving the space between.)
        for &(first, last) in &places {
            let (from, to) = (words[first].1, words[last].2);
            prop_assert!(
                words[first..=last].iter().all(|&(_, start, end)| covered[start..end].iter().all(|&c| c)),
                "{:?} not covered in {text:?}", &text[from..to]
            );
        }
    }
}

/// Strings a batch's records repeat: fixed values, and some holding the
/// names other records carry in a typed field.
const FIELD_TEXTS: &[&str] = &[
    "CZ",
    "pro",
    "Refund for order",
    "waiting for Piet",
    "Jana called",
    "call +44 20 7946 0958",
    "Nováková",
    "",
];
const NAMES: &[&str] = &["Jana Nováková", "Piet de Vries", "Eva Malá", "Tomáš Dvořák"];

fn record() -> impl Strategy<Value = Value<'static>> {
    (
        proptest::sample::select(NAMES),
        proptest::collection::vec(
            prop_oneof![
                proptest::sample::select(FIELD_TEXTS).prop_map(str::to_owned),
                text(),
            ],
            1..4,
        ),
    )
        .prop_map(|(name, texts)| {
            let mut fields = vec![("name".into(), Value::String(name.to_owned().into()))];
            for (index, text) in texts.into_iter().enumerate() {
                fields.push((format!("note{index}").into(), Value::String(text.into())));
            }
            Value::Object(fields)
        })
}

proptest! {
    #![proptest_config(ProptestConfig::default())]

    /// A batch redacts each record as a batch of that record alone would,
    /// at the same point of the vault: what one record's scan left
    /// unchanged is not scanned again in the next, and must not be, where
    /// that record's own values stand in it.
    #[test]
    fn a_batch_equals_its_records_redacted_one_at_a_time(
        records in proptest::collection::vec(record(), 1..8),
    ) {
        let call = ScanCall::default();
        let none = blindfold::KnownValues::default();
        let mut whole = redactor("placeholder");
        let together = whole.redact_records_with(&records, &call, &none, 0).unwrap();
        let mut single = redactor("placeholder");
        for (index, record) in records.iter().enumerate() {
            let alone = single
                .redact_records_with(std::slice::from_ref(record), &call, &none, index)
                .unwrap();
            prop_assert_eq!(&alone[0], &together[index]);
        }
    }
}
