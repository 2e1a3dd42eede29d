//! Surrogates: realistic fakes of the same shape as the value they replace,
//! drawn from the key so the same value always gets the same fake, and
//! chosen from ranges that are reserved for fiction or documentation so a
//! surrogate never reaches a real person:
//!
//! | type | surrogate |
//! |---|---|
//! | `EMAIL` | `user-7qx3m2a9@example.invalid` (RFC 2606 `.invalid`) |
//! | `PHONE` | North American numbers: `NPA-555-01XX` (reserved for fiction); all others: the UK's drama ranges `07700 900XXX`, `020 7946 0XXX`, `01632 960XXX` |
//! | `CREDIT_CARD` | `424242…` (`371449…`, `361111…` at 15 and 14 digits), drawn digits 1-9, a valid Luhn digit, same length and separators |
//! | `IBAN` | same country, length and grouping, letters and digits where the original has them, valid mod-97 check digits |
//! | `IP_ADDRESS` | IPv4 from TEST-NET-1/2/3 (RFC 5737), IPv6 from `2001:db8::/32` (RFC 3849) |
//! | `URL` | `https://example.invalid/…` |
//! | `PERSON` | a name from a fixed list of 32 × 32 fictional first/last names |
//! | `DATE_OF_BIRTH` | another day of the same year, `YYYY-MM-DD` |
//!
//! Other types have no surrogate shape; [`surrogate`] returns `None` and the
//! redactor uses the keyed pseudonym instead. The draw is
//! HMAC-SHA-256 over, byte for byte:
//!
//! ```text
//! "blindfold/surrogate/v1" 0x00 TYPE 0x00 SCOPE 0x00 normalize(TYPE, value) 0x00 attempt (u32 LE) counter (u32 LE)
//! ```
//!
//! The ranges are small (1,000 numbers for non-North-American phones, 1,024
//! names), so two values can draw the same surrogate; the vault then draws
//! again with the next `attempt`, and the pair stays restorable.

use crate::detect::{days_in_month, fold_value, luhn, mod97_remainder, read_date};
use crate::entity::EntityType;
use crate::keys::Key;
use crate::transform::normalize;

/// The domain-separation label at the start of every surrogate's MAC input.
pub const SURROGATE_DOMAIN: &str = "blindfold/surrogate/v1";

/// The surrogate of `value` as `entity`, or `None` for a type (or a value)
/// with no surrogate shape.
pub(crate) fn surrogate(
    key: &Key,
    entity: &EntityType,
    scope: &str,
    value: &str,
    attempt: u32,
) -> Option<String> {
    let mut draw = Draw::new(key, entity, scope, value, attempt);
    match entity.as_str() {
        "EMAIL" => Some(format!("user-{}@example.invalid", draw.code(8))),
        "URL" => Some(format!("https://example.invalid/{}", draw.code(10))),
        "PHONE" => Some(phone(value, &mut draw)),
        "CREDIT_CARD" => card(value, &mut draw),
        "IBAN" => iban(value, &mut draw),
        "IP_ADDRESS" => ip_address(value, &mut draw),
        "PERSON" => Some(person(value, &mut draw)),
        "DATE_OF_BIRTH" => date(value, &mut draw),
        _ => None,
    }
}

/// Numbers drawn from the MAC, a block of 32 bytes at a time.
struct Draw<'k> {
    key: &'k Key,
    seed: Vec<u8>,
    block: [u8; 32],
    used: usize,
    counter: u32,
}

impl<'k> Draw<'k> {
    fn new(key: &'k Key, entity: &EntityType, scope: &str, value: &str, attempt: u32) -> Draw<'k> {
        let normalized = normalize(entity, value);
        let mut seed = Vec::with_capacity(64 + normalized.len());
        for part in [
            SURROGATE_DOMAIN.as_bytes(),
            entity.as_str().as_bytes(),
            scope.as_bytes(),
            normalized.as_bytes(),
        ] {
            seed.extend_from_slice(part);
            seed.push(0);
        }
        seed.extend_from_slice(&attempt.to_le_bytes());
        Draw {
            key,
            seed,
            block: [0; 32],
            used: 32,
            counter: 0,
        }
    }

    /// A number in `0..n` (`n` ≤ 1,000 here, so the modulo bias of a 32-bit
    /// draw is below 10⁻⁶).
    fn below(&mut self, n: u32) -> u32 {
        if self.used + 4 > self.block.len() {
            self.block = self.key.mac(&[&self.seed, &self.counter.to_le_bytes()]);
            self.counter = self.counter.wrapping_add(1);
            self.used = 0;
        }
        let mut word = [0u8; 4];
        word.copy_from_slice(self.block.get(self.used..self.used + 4).unwrap_or(&[0; 4]));
        self.used += 4;
        u32::from_le_bytes(word) % n.max(1)
    }

    fn digit(&mut self) -> char {
        char::from(b'0' + self.below(10) as u8)
    }

    fn letter(&mut self) -> char {
        char::from(b'A' + self.below(26) as u8)
    }

    /// `length` lowercase Crockford base32 characters.
    fn code(&mut self, length: usize) -> String {
        const ALPHABET: &[u8; 32] = b"0123456789abcdefghjkmnpqrstvwxyz";
        (0..length)
            .map(|_| {
                let index = self.below(32) as usize;
                char::from(*ALPHABET.get(index).unwrap_or(&b'0'))
            })
            .collect()
    }

    fn digits(&mut self, count: usize) -> String {
        (0..count).map(|_| self.digit()).collect()
    }
}

/// A phone number reserved for fiction, North American if the original is.
fn phone(value: &str, draw: &mut Draw<'_>) -> String {
    let folded = fold_value(value);
    let normalized = normalize(&EntityType::PHONE, &folded);
    let international = normalized.starts_with('+');
    let national_digits = normalized.trim_start_matches('+');
    let north_american = normalized.starts_with("+1")
        || (!international
            && (national_digits.len() == 10
                || (national_digits.len() == 11 && national_digits.starts_with('1'))));
    if north_american {
        // An area code of the form [2-9][0-8][0-9], not an N11 service code.
        let first = 2 + draw.below(8);
        let second = draw.below(9);
        let third = match (second, draw.below(10)) {
            (1, 1) => 0,
            (_, third) => third,
        };
        let area = format!("{first}{second}{third}");
        let line = draw.digits(2);
        return if international {
            format!("+1 {area} 555 01{line}")
        } else if folded.contains('(') {
            format!("({area}) 555-01{line}")
        } else {
            format!("{area}-555-01{line}")
        };
    }
    const UK_DRAMA: [&str; 3] = ["7700 900", "20 7946 0", "1632 960"];
    let range = UK_DRAMA
        .get(draw.below(3) as usize)
        .copied()
        .unwrap_or("7700 900");
    let line = draw.digits(3);
    if international {
        format!("+44 {range}{line}")
    } else {
        format!("0{range}{line}")
    }
}

/// `folded` with each ASCII digit (or letter, with `letters`) replaced in
/// turn by the next character of `replacement`; separators kept.
fn in_layout(folded: &str, replacement: &str, letters: bool) -> String {
    let mut next = replacement.chars();
    folded
        .chars()
        .map(|c| {
            if c.is_ascii_digit() || (letters && c.is_ascii_alphabetic()) {
                next.next().unwrap_or(c)
            } else {
                c
            }
        })
        .collect()
}

/// A Luhn-valid test-range number (`424242…`, or `371449…`/`361111…` at
/// Amex and Diners lengths) with the original's length and grouping.
fn card(value: &str, draw: &mut Draw<'_>) -> Option<String> {
    let folded = fold_value(value);
    let count = folded.chars().filter(char::is_ascii_digit).count();
    if !(12..=19).contains(&count) {
        return None;
    }
    // Test-range issuer prefixes the detector accepts at each length (Amex
    // at 15, Diners at 14, Visa otherwise), and no 0 in the drawn digits:
    // a group starting "00" would read as an international phone number
    // (`4000 0016 …`), so redacting the output again would change it.
    let mut digits = String::from(match count {
        15 => "371449",
        14 => "361111",
        _ => "424242",
    });
    for _ in 0..count - 7 {
        digits.push(char::from(b'1' + draw.below(9) as u8));
    }
    let check = (b'0'..=b'9').find(|&check| {
        let mut candidate = digits.clone().into_bytes();
        candidate.push(check);
        luhn(&candidate)
    })?;
    digits.push(char::from(check));
    Some(in_layout(&folded, &digits, false))
}

/// An IBAN of the same country, length and grouping with valid check digits.
fn iban(value: &str, draw: &mut Draw<'_>) -> Option<String> {
    let folded = fold_value(value).to_ascii_uppercase();
    let compact: Vec<char> = folded.chars().filter(char::is_ascii_alphanumeric).collect();
    let country: String = compact.get(..2)?.iter().collect();
    if !country.chars().all(|c| c.is_ascii_uppercase()) {
        return None;
    }
    let bban: String = compact
        .get(4..)?
        .iter()
        .map(|c| {
            if c.is_ascii_digit() {
                draw.digit()
            } else {
                draw.letter()
            }
        })
        .collect();
    let rearranged = format!("{bban}{country}00");
    let check = 98 - mod97_remainder(rearranged.bytes())?;
    Some(in_layout(
        &folded,
        &format!("{country}{check:02}{bban}"),
        true,
    ))
}

/// An address from the documentation ranges.
fn ip_address(value: &str, draw: &mut Draw<'_>) -> Option<String> {
    let address = fold_value(value);
    let address = address.split('%').next().unwrap_or_default();
    if address.parse::<std::net::Ipv4Addr>().is_ok() {
        const TEST_NETS: [&str; 3] = ["192.0.2", "198.51.100", "203.0.113"];
        let net = TEST_NETS.get(draw.below(3) as usize)?;
        return Some(format!("{net}.{}", 1 + draw.below(254)));
    }
    if address.parse::<std::net::Ipv6Addr>().is_ok() {
        let mut segments = [0x2001, 0x0db8, 0, 0, 0, 0, 0, 0];
        for segment in segments.iter_mut().skip(2) {
            *segment = draw.below(0x1_0000) as u16;
        }
        let [a, b, c, d, e, f, g, h] = segments;
        return Some(std::net::Ipv6Addr::new(a, b, c, d, e, f, g, h).to_string());
    }
    None
}

const FIRST_NAMES: [&str; 32] = [
    "Alex", "Robin", "Sam", "Jordan", "Taylor", "Morgan", "Casey", "Jamie", "Avery", "Riley",
    "Quinn", "Rowan", "Sasha", "Noa", "Kim", "Luca", "Mika", "Eden", "Ari", "Dana", "Jules",
    "Remy", "Nico", "Toni", "Kai", "Lior", "Elia", "Yuki", "Ren", "Sol", "Andrea", "Charlie",
];
const LAST_NAMES: [&str; 32] = [
    "Rivera",
    "Lindqvist",
    "Moreau",
    "Okafor",
    "Novak",
    "Brandt",
    "Castell",
    "Adler",
    "Whitfield",
    "Marlow",
    "Fennick",
    "Halvorsen",
    "Okoro",
    "Duval",
    "Varga",
    "Romano",
    "Keller",
    "Sato",
    "Mendes",
    "Kowalski",
    "Haddad",
    "Pereira",
    "Larsen",
    "Quintero",
    "Vos",
    "Bianchi",
    "Nakamura",
    "Ferreira",
    "Dubois",
    "Jansen",
    "Eriksen",
    "Costa",
];

/// A first name for a one-word name, first and last name otherwise.
fn person(value: &str, draw: &mut Draw<'_>) -> String {
    let first = FIRST_NAMES
        .get(draw.below(32) as usize)
        .copied()
        .unwrap_or("Alex");
    let last = LAST_NAMES
        .get(draw.below(32) as usize)
        .copied()
        .unwrap_or("Rivera");
    if value.split_whitespace().count() <= 1 {
        first.to_owned()
    } else {
        format!("{first} {last}")
    }
}

/// Another day of the same year.
fn date(value: &str, draw: &mut Draw<'_>) -> Option<String> {
    let year = read_date(value)?.year;
    let month = 1 + draw.below(12);
    let day = 1 + draw.below(days_in_month(year, month));
    Some(format!("{year:04}-{month:02}-{day:02}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::detect::{ScanOptions, Scanner};

    fn key() -> Key {
        Key::new("k1", &[7; 32]).unwrap()
    }

    #[test]
    fn surrogates_have_the_shape_of_the_original_and_are_deterministic() {
        let rows = [
            (EntityType::EMAIL, "Jane.Doe@example.com"),
            (EntityType::PHONE, "+1 (415) 555-2671"),
            (EntityType::PHONE, "(415) 555-2671"),
            (EntityType::PHONE, "+49 30 1234567"),
            (EntityType::PHONE, "030 1234567"),
            (EntityType::CREDIT_CARD, "4111 1111 1111 1111"),
            (EntityType::CREDIT_CARD, "378282246310005"),
            (EntityType::IBAN, "DE89 3704 0044 0532 0130 00"),
            (EntityType::IBAN, "GB82WEST12345698765432"),
            (EntityType::IP_ADDRESS, "81.2.69.160"),
            (EntityType::IP_ADDRESS, "2a02:8108:1234::1"),
            (EntityType::URL, "https://jane.example.com/profile"),
            (EntityType::PERSON, "Jana Nováková"),
            (EntityType::PERSON, "Jana"),
            (EntityType::DATE_OF_BIRTH, "12 March 1985"),
        ];
        for (entity, value) in rows {
            let fake = surrogate(&key(), &entity, "", value, 0).unwrap();
            assert_ne!(fake, value);
            assert_eq!(
                surrogate(&key(), &entity, "", value, 0).as_deref(),
                Some(fake.as_str()),
                "deterministic"
            );
            let other_key = Key::new("k1", &[8; 32]).unwrap();
            let again = (0..4).map(|attempt| surrogate(&other_key, &entity, "", value, attempt));
            assert!(
                again
                    .into_iter()
                    .any(|s| s.as_deref() != Some(fake.as_str())),
                "the key changes the draw"
            );
            // The scanner still reads the fake as its type, so the model sees
            // the structure. (Names, dates and phones need context; the
            // documentation IP ranges are deliberately not reported.)
            let kind_found = match entity.as_str() {
                "PERSON" | "DATE_OF_BIRTH" | "PHONE" | "IP_ADDRESS" => true,
                _ => {
                    let findings = Scanner::new(ScanOptions::default())
                        .unwrap()
                        .scan(&fake)
                        .unwrap();
                    findings.iter().any(|f| f.entity == entity)
                }
            };
            assert!(kind_found, "{entity}: {fake}");
        }
    }

    #[test]
    fn surrogate_table() {
        let fake =
            |entity: EntityType, value: &str| surrogate(&key(), &entity, "", value, 0).unwrap();
        let email = fake(EntityType::EMAIL, "jane@example.com");
        assert!(
            email.starts_with("user-") && email.ends_with("@example.invalid"),
            "{email}"
        );
        let phone = fake(EntityType::PHONE, "+1 415 555 2671");
        assert!(
            phone.starts_with("+1 ") && phone.contains(" 555 01"),
            "{phone}"
        );
        let uk = fake(EntityType::PHONE, "+49 30 1234567");
        assert!(
            ["+44 7700 900", "+44 20 7946 0", "+44 1632 960"]
                .iter()
                .any(|p| uk.starts_with(p)),
            "{uk}"
        );
        let card = fake(EntityType::CREDIT_CARD, "4111-1111-1111-1111");
        assert_eq!(card.len(), 19);
        assert!(
            card.starts_with("4242-42") && card.matches('-').count() == 3,
            "{card}"
        );
        let digits: Vec<u8> = card.bytes().filter(u8::is_ascii_digit).collect();
        assert!(luhn(&digits), "{card}");
        let iban = fake(EntityType::IBAN, "GB82 WEST 1234 5698 7654 32");
        assert!(iban.starts_with("GB") && iban.len() == 27, "{iban}");
        assert!(
            iban.get(7..9)
                .unwrap()
                .bytes()
                .all(|b| b.is_ascii_uppercase()),
            "{iban}"
        );
        let compact: String = iban.chars().filter(|c| *c != ' ').collect();
        let rearranged = format!("{}{}", &compact[4..], &compact[..4]);
        assert_eq!(mod97_remainder(rearranged.bytes()), Some(1), "{iban}");
        let ip = fake(EntityType::IP_ADDRESS, "81.2.69.160");
        assert!(
            ["192.0.2.", "198.51.100.", "203.0.113."]
                .iter()
                .any(|p| ip.starts_with(p)),
            "{ip}"
        );
        assert!(fake(EntityType::IP_ADDRESS, "2a02:8108::1").starts_with("2001:db8:"));
        let dob = fake(EntityType::DATE_OF_BIRTH, "12.03.1985");
        assert!(dob.starts_with("1985-") && dob.len() == 10, "{dob}");
        assert!(surrogate(&key(), &EntityType::US_SSN, "", "123-45-6789", 0).is_none());
        assert!(surrogate(&key(), &EntityType::CREDIT_CARD, "", "12", 0).is_none());
    }
}
