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
    let mut remainder = 0u32;
    for c in chars {
        let value = match c {
            b'0'..=b'9' => u32::from(c - b'0'),
            b'A'..=b'Z' => u32::from(c - b'A') + 10,
            b'a'..=b'z' => u32::from(c - b'a') + 10,
            _ => return false,
        };
        remainder = if value >= 10 {
            (remainder * 100 + value) % 97
        } else {
            (remainder * 10 + value) % 97
        };
    }
    remainder == 1
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
