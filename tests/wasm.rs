//! The core compiled to wasm32, run by wasm-bindgen-test in Node.js and
//! (with `WASM_BINDGEN_USE_BROWSER=1`) in headless Chromium.

#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used)]

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
