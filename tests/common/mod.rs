//! Known-answer vectors shared by the native and the wasm test suites.

#![allow(dead_code, clippy::expect_used, clippy::indexing_slicing)]

/// RFC 4231 §4.2–4.8: (key, data, expected HMAC-SHA-256 hex; case 5 is
/// truncated to 128 bits).
pub fn rfc4231() -> Vec<(Vec<u8>, Vec<u8>, &'static str)> {
    vec![
        (vec![0x0b; 20], b"Hi There".to_vec(), "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"),
        (b"Jefe".to_vec(), b"what do ya want for nothing?".to_vec(), "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"),
        (vec![0xaa; 20], vec![0xdd; 50], "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe"),
        ((1..=25).collect(), vec![0xcd; 50], "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b"),
        (vec![0x0c; 20], b"Test With Truncation".to_vec(), "a3b6167473100ee06e0c796c2955552b"),
        (vec![0xaa; 131], b"Test Using Larger Than Block-Size Key - Hash Key First".to_vec(), "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54"),
        (vec![0xaa; 131], b"This is a test using a larger than block-size key and a larger than block-size data. The key needs to be hashed before being used by the HMAC algorithm.".to_vec(), "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2"),
    ]
}

/// Pseudonym vectors under the key 0x00..=0x1f with id `k1`, computed with an
/// independent implementation (Python's hmac) from the construction in the
/// README: (entity type, value, token length, token).
pub const PSEUDONYMS: &[(&str, &str, usize, &str)] = &[
    (
        "EMAIL",
        " Jane.Doe@Example.com",
        12,
        "EMAIL_k1_F3Y98KZJQVQM",
    ),
    ("PHONE", "+1 (415) 555-0100", 12, "PHONE_k1_XG93QRX0B9GM"),
    (
        "CREDIT_CARD",
        "4111 1111 1111 1111",
        20,
        "CREDIT_CARD_k1_MH62KSH6A4DY2HQG2G9H",
    ),
];

pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

pub fn check_rfc4231() {
    for (index, (key, data, expected)) in rfc4231().into_iter().enumerate() {
        let mac = blindfold::hmac_sha256(&key, &data).expect("HMAC takes any key");
        assert_eq!(
            hex(&mac)[..expected.len()],
            *expected,
            "RFC 4231 test case {}",
            index + 1
        );
    }
}

pub fn check_pseudonyms() {
    for &(entity, value, length, expected) in PSEUDONYMS {
        let mut bf = blindfold::Blindfold::new(blindfold::Options {
            key: Some(blindfold::KeySpec::from_bytes(
                "k1",
                &(0u8..32).collect::<Vec<_>>(),
            )),
            token_length: Some(length),
            ..Default::default()
        })
        .expect("valid options");
        assert_eq!(
            bf.pseudonymize(value, entity).expect("valid call"),
            expected
        );
    }
}
