//! PASSPORT: a passport number, found only after a passport word in one of
//! the supported languages: six to nine capital letters and digits, at least
//! three of them digits.

use crate::detect::{Candidate, Sink};
use crate::entity::EntityType;

const KEYWORDS: &[&str] = &[
    "passport",
    "reisepass",
    "passeport",
    "pasaporte",
    "passaporto",
    "paspoort",
    "passaporte",
];

/// How far after the keyword the number may start, in bytes.
const REACH: usize = 32;

/// Checks whether the word at `start..end` is a passport keyword, and if so
/// looks for the number after it.
pub(crate) fn detect_word(view: &str, start: usize, end: usize, out: &mut Sink) {
    let bytes = view.as_bytes();
    let Some(word) = bytes.get(start..end) else {
        return;
    };
    // A type name inside a token (`PASSPORT_k1_…`) is no keyword, or each
    // replaced number would make the next one a passport number.
    if !KEYWORDS
        .iter()
        .any(|k| k.as_bytes().eq_ignore_ascii_case(word))
        || crate::detect::keywords::inside_token(bytes, start, end)
    {
        return;
    }
    let mut pos = end;
    while pos < end + REACH {
        let Some(&byte) = bytes.get(pos) else { return };
        if !byte.is_ascii_alphanumeric() {
            pos += 1;
            continue;
        }
        let len = bytes
            .get(pos..)
            .unwrap_or_default()
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric())
            .count();
        let candidate = bytes.get(pos..pos + len).unwrap_or_default();
        let digits = candidate.iter().filter(|b| b.is_ascii_digit()).count();
        let shape = (6..=9).contains(&len)
            && digits >= 3
            && candidate
                .iter()
                .all(|b| b.is_ascii_digit() || b.is_ascii_uppercase());
        if shape {
            out.push(Candidate::new(EntityType::PASSPORT, pos, pos + len, 0.8));
            return;
        }
        pos += len;
    }
}

#[cfg(test)]
mod tests {
    use crate::detect::tests::found;

    #[test]
    fn table() {
        assert_eq!(
            found("Passport no. 123456789, valid", "PASSPORT"),
            ["123456789"]
        );
        assert_eq!(found("Reisepass: C01X00T47", "PASSPORT"), ["C01X00T47"]);
        assert_eq!(found("passeport n° 09AB12345", "PASSPORT"), ["09AB12345"]);
        assert!(
            found("ticket 123456789", "PASSPORT").is_empty(),
            "no keyword"
        );
        assert!(
            found("passport photo size", "PASSPORT").is_empty(),
            "no number"
        );
        assert!(
            found("PASSPORT_k1_KZG57FWJCN7J] 00 1234567", "PASSPORT").is_empty(),
            "a type name inside a token is no keyword"
        );
    }
}
