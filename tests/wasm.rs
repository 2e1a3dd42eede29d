//! The core compiled to wasm32, run by wasm-bindgen-test in Node.js and
//! (with `WASM_BINDGEN_USE_BROWSER=1`) in headless Chromium.

#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used, clippy::indexing_slicing)]

mod common;

use wasm_bindgen_test::wasm_bindgen_test;

#[wasm_bindgen_test]
fn rfc4231_vectors() {
    common::check_rfc4231();
}

#[wasm_bindgen_test]
fn pseudonym_vectors() {
    common::check_pseudonyms();
}

#[wasm_bindgen_test]
fn bad_input_is_an_error_not_a_trap() {
    let error = blindfold::Blindfold::new(blindfold::Options {
        key: Some(blindfold::KeySpec::from_bytes("k1", &[1; 8])),
        ..Default::default()
    })
    .unwrap_err();
    assert_eq!(error.code(), "INVALID_KEY");
}

#[wasm_bindgen_test]
fn scan_reports_utf16_spans_in_wasm() {
    let text = "🦀 jane@example.com 👍🏽 +44 20 7946 0958";
    let findings = blindfold::Scanner::new(blindfold::ScanOptions::default())
        .unwrap()
        .scan(text)
        .unwrap();
    let units: Vec<u16> = text.encode_utf16().collect();
    let values: Vec<String> = findings
        .iter()
        .map(|f| String::from_utf16(&units[f.start..f.end]).unwrap())
        .collect();
    assert_eq!(values, ["jane@example.com", "+44 20 7946 0958"]);
}
