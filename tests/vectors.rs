//! Known-answer tests of the HMAC primitive and the pseudonym construction.

mod common;

#[test]
fn rfc4231_vectors() {
    common::check_rfc4231();
}

#[test]
fn pseudonym_vectors() {
    common::check_pseudonyms();
}
