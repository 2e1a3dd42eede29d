//! Check-digit algorithms shared by the detectors.

/// Luhn (ISO/IEC 7812-1) over ASCII digits.
pub(crate) fn luhn(digits: &[u8]) -> bool {
    let mut sum = 0u32;
    for (index, &digit) in digits.iter().rev().enumerate() {
        let mut value = u32::from(digit.wrapping_sub(b'0'));
        if value > 9 {
            return false;
        }
        if index % 2 == 1 {
            value *= 2;
            if value > 9 {
                value -= 9;
            }
        }
        sum += value;
    }
    !digits.is_empty() && sum % 10 == 0
}

/// ISO 7064 mod 97-10 as used by IBAN: `chars` already rearranged, letters
/// count as 10..35. True when the remainder is 1.
pub(crate) fn mod97(chars: impl Iterator<Item = u8>) -> bool {
    mod97_remainder(chars) == Some(1)
}

/// The remainder mod 97 of `chars` read as one number, letters counting as
/// 10..35; `None` for any other character.
pub(crate) fn mod97_remainder(chars: impl Iterator<Item = u8>) -> Option<u32> {
    let mut remainder = 0u32;
    for c in chars {
        let value = match c {
            b'0'..=b'9' => u32::from(c - b'0'),
            b'A'..=b'Z' => u32::from(c - b'A') + 10,
            b'a'..=b'z' => u32::from(c - b'a') + 10,
            _ => return None,
        };
        remainder = if value >= 10 {
            (remainder * 100 + value) % 97
        } else {
            (remainder * 10 + value) % 97
        };
    }
    Some(remainder)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn luhn_table() {
        for good in ["4111111111111111", "79927398713", "378282246310005", "0"] {
            assert!(luhn(good.as_bytes()), "{good}");
        }
        for bad in ["4111111111111112", "79927398710", "", "12a4"] {
            assert!(!luhn(bad.as_bytes()), "{bad}");
        }
    }

    #[test]
    fn mod97_table() {
        // GB82 WEST 1234 5698 7654 32 rearranged: WEST12345698765432GB82
        assert!(mod97(b"WEST12345698765432GB82".iter().copied()));
        assert!(!mod97(b"WEST12345698765432GB83".iter().copied()));
        assert!(!mod97(b"WEST-1234".iter().copied()));
    }
}

/// Digits of `text` as numbers 0–9; `None` if any byte is not an ASCII digit.
pub(crate) fn digit_values<const N: usize>(text: &str) -> Option<[u32; N]> {
    let mut out = [0; N];
    if text.len() != N {
        return None;
    }
    for (slot, byte) in out.iter_mut().zip(text.bytes()) {
        if !byte.is_ascii_digit() {
            return None;
        }
        *slot = u32::from(byte - b'0');
    }
    Some(out)
}

/// Σ digit × weight.
pub(crate) fn weighted_sum(digits: &[u32], weights: &[u32]) -> u32 {
    digits.iter().zip(weights).map(|(d, w)| d * w).sum()
}

/// Verhoeff (as used by Aadhaar): true when the check digit is right.
pub(crate) fn verhoeff(digits: &[u32]) -> bool {
    const D: [[u8; 10]; 10] = [
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
        [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
        [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
        [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
        [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
        [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
        [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
        [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
        [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
        [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
    ];
    const P: [[u8; 10]; 8] = [
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
        [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
        [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
        [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
        [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
        [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
        [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
        [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
    ];
    let mut check = 0u8;
    for (index, &digit) in digits.iter().rev().enumerate() {
        let permuted = P
            .get(index % 8)
            .and_then(|row| row.get(digit as usize))
            .copied();
        let Some(permuted) = permuted else {
            return false;
        };
        let Some(&next) = D
            .get(usize::from(check))
            .and_then(|row| row.get(usize::from(permuted)))
        else {
            return false;
        };
        check = next;
    }
    !digits.is_empty() && check == 0
}

/// ISO 7064 MOD 11,10 (German tax id): true when the last digit checks.
pub(crate) fn iso7064_mod11_10(digits: &[u32]) -> bool {
    let Some((&check, body)) = digits.split_last() else {
        return false;
    };
    let mut product = 10;
    for &digit in body {
        let mut sum = (digit + product) % 10;
        if sum == 0 {
            sum = 10;
        }
        product = (sum * 2) % 11;
    }
    let expected = (11 - product) % 10;
    expected == check
}

#[cfg(test)]
mod more_tests {
    use super::*;

    #[test]
    fn verhoeff_and_iso7064() {
        assert!(verhoeff(&digit_values::<4>("2363").unwrap()));
        assert!(!verhoeff(&digit_values::<4>("2364").unwrap()));
        // Longer numbers use every row of the permutation table (row 4 was
        // once wrong, which only numbers of five or more digits show).
        assert!(verhoeff(&digit_values::<6>("123451").unwrap()));
        assert!(verhoeff(&digit_values::<11>("12345678902").unwrap()));
        assert!(verhoeff(&digit_values::<12>("848422180688").unwrap()));
        assert!(!verhoeff(&digit_values::<12>("848422180683").unwrap()));
        assert!(iso7064_mod11_10(
            &digit_values::<11>("86095742719").unwrap()
        ));
        assert!(!iso7064_mod11_10(
            &digit_values::<11>("86095742718").unwrap()
        ));
        assert_eq!(digit_values::<3>("12a"), None);
        assert_eq!(weighted_sum(&[1, 2, 3], &[3, 2, 1]), 10);
    }
}
