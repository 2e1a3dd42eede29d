//! CN_RESIDENT_ID: the Chinese resident identity card number (居民身份证号码),
//! eighteen characters: a region code of six digits whose first two name a
//! province, the holder's birth date as `YYYYMMDD`, three digits, and an
//! ISO 7064 MOD 11-2 check character (a digit or `X`). A random number
//! passes all three checks about once in 15,000, so it needs no context
//! word.

use super::super::checksum::{digit_values, weighted_sum};
use crate::detect::date_of_birth::days_in_month;
use crate::detect::{Candidate, Sink};
use crate::entity::EntityType;

/// The weights of the first seventeen characters (2^(17 - i) mod 11).
const WEIGHTS: [u32; 17] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/// The provinces' two-digit codes (GB/T 2260), Taiwan, Hong Kong and
/// Macau among them, and 83 of the residence permits for their people.
const PROVINCES: [u8; 35] = [
    11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52,
    53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83,
];

/// Whether `number` (eighteen characters, the last possibly `x`) is one.
fn valid(number: &str) -> bool {
    let (Some(body), Some(&check)) = (number.get(..17), number.as_bytes().get(17)) else {
        return false;
    };
    let Some(d) = digit_values::<17>(body) else {
        return false;
    };
    let value = |range: std::ops::Range<usize>| {
        d.get(range)
            .unwrap_or_default()
            .iter()
            .fold(0, |n, &digit| n * 10 + digit)
    };
    let province = u8::try_from(value(0..2)).unwrap_or(0);
    let (year, month, day) = (value(6..10), value(10..12), value(12..14));
    if !PROVINCES.contains(&province)
        || !(1900..=2099).contains(&year)
        || day == 0
        || day > days_in_month(year, month)
    {
        return false;
    }
    let expected = (12 - weighted_sum(&d, &WEIGHTS) % 11) % 11;
    match check {
        b'X' | b'x' => expected == 10,
        b'0'..=b'9' => expected == u32::from(check - b'0'),
        _ => false,
    }
}

/// Checks the word at `start..end` (eighteen characters).
pub(crate) fn detect_word(view: &str, start: usize, end: usize, out: &mut Sink) {
    if view
        .get(start..end)
        .is_some_and(|word| word.len() == 18 && valid(word))
    {
        out.push(Candidate::new(EntityType::CN_RESIDENT_ID, start, end, 0.9));
    }
}

#[cfg(test)]
mod tests {
    use crate::detect::tests::found;

    #[test]
    fn table() {
        for (text, expected) in [
            ("身份证号：11010519491231002X", "11010519491231002X"),
            ("身份证号11010519491231002x谢谢", "11010519491231002x"),
            ("我是李娜，身份证号110101199003077774", "110101199003077774"),
            ("ID 440304198506123455.", "440304198506123455"),
            // A leap day.
            ("110101202402291238", "110101202402291238"),
        ] {
            assert_eq!(found(text, "CN_RESIDENT_ID"), [expected], "{text}");
        }
        for text in [
            // The check character.
            "110101199003077775",
            "11010519491231002Y",
            "110105194912310021",
            // The province, the date (each with its right check character).
            "990101199003077778",
            "110101199013077778",
            "110101189003077775",
            "110101199002300778",
            "110101210001011231",
            // Not eighteen characters of their own.
            "1101011990030777744",
            "A110101199003077774",
        ] {
            assert!(found(text, "CN_RESIDENT_ID").is_empty(), "{text}");
        }
    }
}
