//! The fuzz targets' checks, one function each: the targets call them on
//! fuzz input, and `tests/fuzz_replay.rs` calls them on the kept corpus and
//! every crash reproducer, so `cargo test` replays what fuzzing found.
//! Oracle: no panic in the library, and the invariants asserted here.
#![allow(
    dead_code,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use blindfold::{Blindfold, KeySpec, Options, ScanCall, Value, OPERATOR_NAMES};

/// Operators that work on every type (generalize and dateShift are checked
/// per type at creation, so they are tried through `options` instead).
const ANY_TYPE: [&str; 7] = [
    "redact",
    "label",
    "placeholder",
    "pseudonym",
    "surrogate",
    "mask",
    "keep",
];

/// The operators that `restore` inverts.
pub const REVERSIBLE: [&str; 3] = ["placeholder", "pseudonym", "surrogate"];

/// A redactor whose default operator is picked by `selector`.
pub fn redactor(selector: u8) -> (Blindfold, &'static str) {
    let operator = ANY_TYPE[usize::from(selector) % ANY_TYPE.len()];
    let operators = Value::Object(vec![("default".into(), Value::String(operator.into()))]);
    let options = Value::Object(vec![("operators".into(), operators)]);
    let mut options = Options::from_value(&options).expect("fixed options are valid");
    options.key = Some(KeySpec::from_bytes("k1", &[0x5a; 32]));
    assert!(OPERATOR_NAMES.contains(&operator));
    (
        Blindfold::new(options).expect("fixed options are valid"),
        operator,
    )
}

/// A redactor (as [`redactor`]) whose vault holds what it issued for a
/// sample of every kind of value, and that redaction.
pub fn redactor_with_vault(selector: u8) -> (Blindfold, blindfold::RedactedText) {
    let (mut bf, _) = redactor(selector);
    let sent = bf
        .redact_text(
            "Jana Novak, jana@example.com, +1 415 555 0100, 4111 1111 1111 1111, DE89 3704 0044 0532 0130 00",
            &ScanCall::default(),
        )
        .unwrap();
    (bf, sent)
}

/// The first byte, and the rest read as text.
pub fn split(data: &[u8]) -> (u8, String) {
    match data.split_first() {
        Some((&first, rest)) => (first, String::from_utf8_lossy(rest).into_owned()),
        None => (0, String::new()),
    }
}

/// Findings are ordered, disjoint UTF-16 spans inside the text whose byte
/// ranges cover the same characters.
pub fn check_spans(text: &str, findings: &[blindfold::Finding]) {
    let units: Vec<u16> = text.encode_utf16().collect();
    let mut previous_end = 0;
    for finding in findings {
        assert!(finding.start < finding.end, "empty span");
        assert!(finding.end <= units.len(), "span past the end");
        assert!(finding.start >= previous_end, "overlapping or unordered");
        previous_end = finding.end;
        let by_bytes = &text[finding.byte_range()];
        let by_units = String::from_utf16(&units[finding.start..finding.end])
            .expect("span on a surrogate boundary");
        assert_eq!(by_units, by_bytes);
    }
}

/// scan: no panic on any text; spans are ordered UTF-16 ranges that agree
/// with their byte ranges; scanning is deterministic.
pub fn scan(data: &[u8]) {
    let (selector, text) = split(data);
    let (bf, _) = redactor(selector);
    let findings = bf.scan(&text).expect("no size limit is reached here");
    check_spans(&text, &findings);
    assert_eq!(bf.scan(&text).unwrap(), findings, "deterministic");
}

/// redactText: no detected value survives; restore inverts the reversible
/// operators; redacting the output again changes nothing; the same key and
/// input give the same output.
pub fn redact_text(data: &[u8]) {
    let (selector, text) = split(data);
    let (mut bf, operator) = redactor(selector);
    let call = ScanCall::default();
    let redacted = bf
        .redact_text(&text, &call)
        .expect("no size limit is reached here");
    let findings: Vec<_> = redacted
        .replacements
        .iter()
        .map(|r| r.finding.clone())
        .collect();
    check_spans(&text, &findings);
    if operator != "keep" {
        for replacement in &redacted.replacements {
            let value = &text[replacement.finding.byte_range()];
            let replaced_by = &redacted.text[replacement.output.clone()];
            assert_ne!(value, replaced_by, "a finding was replaced by itself");
        }
    }
    // An input that already holds a token its own redaction issues (the
    // fuzzer knows the fixed key, and placeholders need none) has it
    // restored like any other: only inputs without one must come back as
    // they were.
    let lowercase_text = text.to_ascii_lowercase();
    // (Restore takes a placeholder without its brackets too: `EMAIL_7`.)
    // Redaction may draw a surrogate in a round it then redoes, so a token
    // the input holds need not stand in the output: what restore changes in
    // the input itself counts too.
    let holds_its_tokens = redacted.replacements.iter().any(|replacement| {
        let token = redacted.text[replacement.output.clone()].to_ascii_lowercase();
        let bare = token
            .trim_start_matches(['<', '['])
            .trim_end_matches(['>', ']']);
        !bare.is_empty() && lowercase_text.contains(bare)
    }) || bf.restore(&text).text != text;
    if REVERSIBLE.contains(&operator) && !holds_its_tokens {
        // Values equal after normalization (`+20 601-123 456`, `+20 60.1-123
        // 456`) share one token, which restores to the form seen first: each
        // token must restore to a value it replaced, and the rest of the text
        // must come back as it was.
        let mut expected = String::new();
        let mut copied = 0;
        for replacement in &redacted.replacements {
            let range = replacement.finding.byte_range();
            let token = &redacted.text[replacement.output.clone()];
            let original = bf.restore(token).text;
            let replaced_it = redacted.replacements.iter().any(|other| {
                &redacted.text[other.output.clone()] == token
                    && text[other.finding.byte_range()] == original
            });
            assert!(replaced_it, "{token} restores to a value it never replaced");
            expected.push_str(&text[copied..range.start]);
            expected.push_str(&original);
            copied = range.end;
        }
        expected.push_str(&text[copied..]);
        assert_eq!(
            bf.restore(&redacted.text).text,
            expected,
            "restore(redact(x)) == x"
        );
    }
    if REVERSIBLE.contains(&operator) {
        let again = bf.redact_text(&redacted.text, &call).unwrap();
        assert_eq!(again.text, redacted.text, "idempotent");
    }
    let (mut fresh, _) = redactor(selector);
    assert_eq!(
        fresh.redact_text(&text, &call).unwrap().text,
        redacted.text,
        "deterministic"
    );
}

/// redactRecord over arbitrary JSON: no panic; the output is valid JSON of
/// the same kind at the top; a record with no strings comes back unchanged
/// unless a field name types it.
pub fn redact_record(data: &[u8]) {
    let (selector, json) = split(data);
    let Ok(record) = Value::from_json(&json, 64) else {
        return;
    };
    let (mut bf, _) = redactor(selector);
    let Ok(redacted) = bf.redact_record(&record, &ScanCall::default()) else {
        // Only a too-deep record may be refused; the reader already limits depth.
        return;
    };
    let text = redacted.value.to_json();
    let reread = Value::from_json(&text, 70).expect("the output is valid JSON");
    assert_eq!(reread, redacted.value);
    assert_eq!(
        std::mem::discriminant(&redacted.value),
        std::mem::discriminant(&record),
        "the top-level kind is kept"
    );
    let again = bf.redact_record(&record, &ScanCall::default()).unwrap();
    // A record that already holds something this vault issued (the fuzzer
    // knows the fixed key and learns surrogates) is read as holding our own
    // output the second time round; only the others must come out the same.
    let holds_its_tokens = bf.restore(&json).text != json;
    if !holds_its_tokens {
        assert_eq!(again.value, redacted.value, "the vault makes it stable");
    }
}

/// restore: no panic on any answer; text with nothing token-shaped and no
/// surrogate comes back unchanged.
pub fn restore(data: &[u8]) {
    let (selector, answer) = split(data);
    let (bf, sent) = redactor_with_vault(selector);
    let restored = bf.restore(&answer);
    // What was issued (placeholders, tokens, surrogates such as a fictional
    // name) may legitimately be restored; anything else must stay as it is.
    let lower = answer.to_lowercase();
    let holds_issued = sent.replacements.iter().any(|r| {
        let issued = sent.text[r.output.clone()].to_lowercase();
        !issued.is_empty() && lower.contains(&issued)
    });
    if !holds_issued && !answer.contains('_') {
        assert_eq!(restored.text, answer);
    }
}

/// Streaming restore with arbitrary chunking equals the one-shot restore,
/// and never holds back more than one token's span.
pub fn restore_stream(data: &[u8]) {
    let (selector, answer) = split(data);
    let (bf, sent) = redactor_with_vault(selector);
    // Mix the issued tokens into the answer so they get split.
    let answer = format!("{answer}{}{answer}", sent.text);
    let expected = bf.restore(&answer).text;
    let cuts: Vec<usize> = std::iter::once(0)
        .chain(data.iter().scan(0usize, |at, &b| {
            *at += usize::from(b % 17);
            Some(*at)
        }))
        .filter(|&at| at <= answer.len() && answer.is_char_boundary(at))
        .chain(std::iter::once(answer.len()))
        .collect();
    let mut out = String::new();
    let mut pending = String::new();
    let mut before = None;
    for (index, window) in cuts.windows(2).enumerate() {
        let (from, to) = (window[0], window[1]);
        if to < from {
            continue;
        }
        pending.push_str(&answer[from..to]);
        let last = index + 2 == cuts.len();
        let step = bf.restore_prefix(&pending, before, last);
        // A token's span and the byte after it, and an escaped bracket.
        assert!(
            step.rest.len() <= 131,
            "held back {} bytes",
            step.rest.len()
        );
        out.push_str(&step.restored.text);
        before = step.before;
        pending = step.rest.to_owned();
    }
    out.push_str(&bf.restore_prefix(&pending, before, true).restored.text);
    assert_eq!(out, expected);
}

/// importVault: no panic on any bytes; bytes that are not an export made
/// under the key are refused; tampering with a real export is refused.
pub fn vault_import(data: &[u8]) {
    let (mut bf, _) = redactor(2);
    bf.redact_text("jana@example.com and +1 415 555 0100", &ScanCall::default())
        .unwrap();
    let real = bf.export_vault().unwrap();
    if data != real.as_slice() {
        assert!(
            bf.import_vault(data).is_err(),
            "a forged vault was accepted"
        );
    }
    // The same bytes spliced into a real export.
    let mut tampered = real.clone();
    for (index, byte) in data.iter().enumerate().take(8) {
        let at = usize::from(*byte) % tampered.len();
        tampered[at] ^= 1 << (index % 8);
    }
    if tampered != real {
        assert!(
            bf.import_vault(&tampered).is_err(),
            "a tampered vault was accepted"
        );
    }
    bf.import_vault(&real).expect("the real export imports");
    assert_eq!(bf.restore("<EMAIL_1>").text, "jana@example.com");
}

/// Options and policies from arbitrary JSON: either a clear error or a
/// redactor that then works on a sample text and record.
pub fn options(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let Ok(value) = Value::from_json(&text, 16) else {
        return;
    };
    let Ok(options) = Options::from_value(&value) else {
        return;
    };
    let Ok(mut bf) = Blindfold::new(options) else {
        return;
    };
    let sample = "Mail jana@example.com, call +1 415 555 0100, born 12.03.1985, from 81.2.69.160.";
    let _ = bf.scan(sample);
    let _ = bf.redact_text(sample, &ScanCall::default());
    let record = Value::from_json(r#"{"name":"Jana","email":"jana@example.com","age":41,"items":[{"phone":"+1 415 555 0100"}]}"#, 8).unwrap();
    let _ = bf.redact_record(&record, &ScanCall::default());
}
