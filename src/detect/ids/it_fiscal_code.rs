//! IT_FISCAL_CODE: the Italian codice fiscale, sixteen characters
//! (`RSSMRA85T10A562S`) whose last letter checks the first fifteen.

use crate::detect::{Candidate, Sink};
use crate::entity::EntityType;

/// Values of characters in odd (1st, 3rd, …) positions.
const ODD: [u32; 26] = [
    1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23,
];
/// Letters that replace digits in homocode variants.
const OMOCODIA: &[u8] = b"LMNPQRSTUV";

fn digit_like(byte: u8) -> bool {
    byte.is_ascii_digit() || OMOCODIA.contains(&byte)
}

fn valid(code: &[u8; 16]) -> bool {
    let shape = code.iter().enumerate().all(|(index, &c)| match index {
        0..=5 | 8 | 11 | 15 => c.is_ascii_uppercase(),
        _ => digit_like(c),
    });
    if !shape || !b"ABCDEHLMPRST".contains(&code[8]) {
        return false;
    }
    let value = |c: u8| -> u32 {
        if c.is_ascii_digit() {
            u32::from(c - b'0')
        } else {
            u32::from(c - b'A')
        }
    };
    let mut sum = 0;
    for (index, &c) in code.iter().take(15).enumerate() {
        sum += if index % 2 == 0 {
            ODD.get(value(c) as usize).copied().unwrap_or(0)
        } else {
            value(c)
        };
    }
    u32::from(code[15] - b'A') == sum % 26
}

/// Checks the word at `start..end`.
pub(crate) fn detect_word(view: &str, start: usize, end: usize, out: &mut Sink) {
    let Some(word) = view.as_bytes().get(start..end) else {
        return;
    };
    let Ok(mut code) = <[u8; 16]>::try_from(word) else {
        return;
    };
    code.make_ascii_uppercase();
    if valid(&code) {
        out.push(Candidate::new(EntityType::IT_FISCAL_CODE, start, end, 0.9));
    }
}

#[cfg(test)]
mod tests {
    use crate::detect::tests::found;

    #[test]
    fn table() {
        assert_eq!(
            found("CF: RSSMRA85T10A562S", "IT_FISCAL_CODE"),
            ["RSSMRA85T10A562S"]
        );
        assert_eq!(
            found("rssmra85t10a562s", "IT_FISCAL_CODE"),
            ["rssmra85t10a562s"]
        );
        assert!(
            found("RSSMRA85T10A562T", "IT_FISCAL_CODE").is_empty(),
            "check letter"
        );
        assert!(
            found("ABCDEFGHIJKLMNOP", "IT_FISCAL_CODE").is_empty(),
            "shape"
        );
    }
}
