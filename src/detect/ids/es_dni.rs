//! ES_DNI and ES_NIE: Spanish identity numbers, eight digits (DNI) or X/Y/Z
//! and seven digits (NIE), then the control letter for the number mod 23.

use crate::detect::keywords::{context, Context};
use crate::detect::{Candidate, Sink};
use crate::entity::EntityType;

const LETTERS: &[u8; 23] = b"TRWAGMYFPDXBNJZSQVHLCKE";

/// The entity for a word `digits`+letter, if the letter checks.
fn check(word: &[u8]) -> Option<EntityType> {
    let (&letter, body) = word.split_last()?;
    let (prefix, entity) = match body.first()? {
        b'X' | b'x' => (0, EntityType::ES_NIE),
        b'Y' | b'y' => (1, EntityType::ES_NIE),
        b'Z' | b'z' => (2, EntityType::ES_NIE),
        _ => (0, EntityType::ES_DNI),
    };
    let digits = if entity == EntityType::ES_NIE {
        body.get(1..)?
    } else {
        body
    };
    let expected_len = if entity == EntityType::ES_NIE { 7 } else { 8 };
    if digits.len() != expected_len || !digits.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let number = digits
        .iter()
        .fold(prefix, |n: u32, &d| n * 10 + u32::from(d - b'0'));
    // Zero is no one's number, but a blank field or an address in a
    // symbol table (`nm`: `00000000 T main`).
    if number == 0 {
        return None;
    }
    let expected = *LETTERS.get((number % 23) as usize)?;
    (letter.to_ascii_uppercase() == expected).then_some(entity)
}

/// Checks the word at `start..end` (and a letter after a dash or space).
pub(crate) fn detect_word(
    view: &str,
    start: usize,
    end: usize,
    context: &Context<'_>,
    out: &mut Sink,
) {
    let bytes = view.as_bytes();
    let Some(word) = bytes.get(start..end) else {
        return;
    };
    // A time's fraction of a second in UTC: `03:04:05.12345678Z`.
    if start >= 2
        && bytes.get(start - 1) == Some(&b'.')
        && bytes.get(start - 2).is_some_and(u8::is_ascii_digit)
    {
        return;
    }
    let found = match word.len() {
        9 => check(word).map(|entity| (entity, end)),
        7 | 8 => {
            // `12345678-Z` / `12345678 Z`
            let letter_end = end + 2;
            let separated = matches!(bytes.get(end), Some(b'-' | b' '))
                && bytes.get(end + 1).is_some_and(u8::is_ascii_alphabetic)
                && !bytes.get(letter_end).is_some_and(u8::is_ascii_alphanumeric);
            let mut joined = word.to_vec();
            joined.extend(bytes.get(end + 1));
            separated
                .then(|| check(&joined))
                .flatten()
                .map(|entity| (entity, letter_end))
        }
        _ => None,
    };
    if let Some((entity, end)) = found {
        let boost = if context.before(start, 30, context::DNI) {
            0.1
        } else {
            0.0
        };
        out.push(Candidate::new(entity, start, end, 0.85 + boost));
    }
}

#[cfg(test)]
mod tests {
    use crate::detect::tests::found;

    #[test]
    fn table() {
        assert_eq!(found("DNI 12345678Z.", "ES_DNI"), ["12345678Z"]);
        assert_eq!(found("dni: 12345678-z", "ES_DNI"), ["12345678-z"]);
        assert_eq!(found("NIE X1234567L", "ES_NIE"), ["X1234567L"]);
        assert!(found("12345678A", "ES_DNI").is_empty(), "control letter");
        assert!(found("X1234567T", "ES_NIE").is_empty(), "control letter");
        assert!(
            found("c-lang.o:00000000 T main", "ES_DNI").is_empty(),
            "zero"
        );
        assert!(found("DNI 00000000T", "ES_DNI").is_empty(), "zero");
        assert!(
            found("\"2021-01-02T03:04:05.12345678Z\"", "ES_DNI").is_empty(),
            "a fraction of a second"
        );
        assert_eq!(found("NIE Y0000000Z", "ES_NIE"), ["Y0000000Z"]);
    }
}
