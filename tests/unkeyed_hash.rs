//! Why Blindfold offers no unkeyed hash: the space of phone numbers is small
//! enough to enumerate, so an unkeyed SHA-256 of one is reversed at once,
//! while the keyed pseudonym gives an attacker without the key nothing to
//! compare against.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use sha2::{Digest, Sha256};

/// Every number +1 415 555 XXXX: the ten thousand candidates an attacker who
/// knows the area and exchange would try.
fn candidates() -> impl Iterator<Item = String> {
    (0..10_000).map(|line| format!("+1415555{line:04}"))
}

#[test]
fn an_unkeyed_sha256_of_a_phone_number_is_reversed_by_enumeration() {
    let secret_phone = "+14155550123";
    let leaked: [u8; 32] = Sha256::digest(secret_phone.as_bytes()).into();
    let recovered = candidates()
        .find(|candidate| <[u8; 32]>::from(Sha256::digest(candidate.as_bytes())) == leaked);
    assert_eq!(
        recovered.as_deref(),
        Some(secret_phone),
        "ten thousand hashes recover it"
    );
}

#[test]
fn the_keyed_pseudonym_is_not_reversed_without_the_key() {
    let mut bf = blindfold::Blindfold::new(blindfold::Options {
        key: Some(blindfold::KeySpec::from_bytes("k1", &[0x5a; 32])),
        ..Default::default()
    })
    .unwrap();
    let token = bf.pseudonymize("+1 415 555 0123", "PHONE").unwrap();
    // The attacker enumerates the same candidates with every key they can
    // guess; without the real 256-bit key no candidate produces the token.
    for guessed_key in [[0u8; 32], [1; 32], [0x5b; 32]] {
        let mut attacker = blindfold::Blindfold::new(blindfold::Options {
            key: Some(blindfold::KeySpec::from_bytes("k1", &guessed_key)),
            ..Default::default()
        })
        .unwrap();
        assert!(!candidates()
            .any(|candidate| attacker.pseudonymize(&candidate, "PHONE").unwrap() == token));
    }
    // With the key, the same enumeration finds it: the key is the secret.
    assert!(candidates().any(|candidate| bf.pseudonymize(&candidate, "PHONE").unwrap() == token));
}
