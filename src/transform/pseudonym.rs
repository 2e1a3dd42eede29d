//! Keyed pseudonyms: `TYPE_keyid_CODE`, where CODE is HMAC-SHA-256 in base32.
//!
//! The MAC input is, byte for byte (`0x00` separates the fields, none of which
//! can contain it):
//!
//! ```text
//! "blindfold/pseudonym/v1" 0x00 TYPE 0x00 SCOPE 0x00 normalize(TYPE, value)
//! ```
//!
//! SCOPE is empty unless a policy asks for per-field tokens. CODE is the MAC
//! written in Crockford base32 (`0-9 A-Z` without `I L O U`, 5 bits a
//! character), cut to the token length. With the default 12 characters (60
//! bits), a set of one million values of one type has a collision
//! probability of about 4.3 × 10⁻⁷ (n² / 2⁶¹).

use crate::entity::EntityType;
use crate::keys::Key;
use crate::transform::normalize;

/// The domain-separation label at the start of every pseudonym's MAC input.
pub const PSEUDONYM_DOMAIN: &str = "blindfold/pseudonym/v1";

/// Characters of base32 in a pseudonym by default (60 bits).
pub const DEFAULT_TOKEN_LENGTH: usize = 12;
/// The fewest characters allowed (40 bits).
pub const MIN_TOKEN_LENGTH: usize = 8;
/// The most characters allowed (160 bits).
pub const MAX_TOKEN_LENGTH: usize = 32;

const CROCKFORD: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// The token for `value`; `length` must lie in the allowed range (checked
/// when options are read).
pub(crate) fn pseudonym_token(
    key: &Key,
    entity: &EntityType,
    scope: &str,
    value: &str,
    length: usize,
) -> String {
    let normalized = normalize(entity, value);
    let mac = key.mac(&[
        PSEUDONYM_DOMAIN.as_bytes(),
        b"\0",
        entity.as_str().as_bytes(),
        b"\0",
        scope.as_bytes(),
        b"\0",
        normalized.as_bytes(),
    ]);
    let mut token = String::with_capacity(entity.as_str().len() + key.id().len() + length + 2);
    token.push_str(entity.as_str());
    token.push('_');
    token.push_str(key.id());
    token.push('_');
    push_base32(&mut token, &mac, length);
    token
}

/// Appends the first `length` base32 characters of `bytes`, most significant
/// bits first.
fn push_base32(out: &mut String, bytes: &[u8], length: usize) {
    let mut buffer: u64 = 0;
    let mut bits = 0u32;
    let mut written = 0;
    for &byte in bytes {
        buffer = (buffer << 8) | u64::from(byte);
        bits += 8;
        while bits >= 5 && written < length {
            bits -= 5;
            let index = ((buffer >> bits) & 0x1F) as usize;
            out.extend(CROCKFORD.get(index).map(|&c| char::from(c)));
            written += 1;
        }
        buffer &= (1 << bits) - 1;
        if written == length {
            break;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::keys::hmac_sha256;

    #[test]
    fn base32_matches_crockford() {
        let mut out = String::new();
        // 0x00 0x44 0x32 0x14 0xC7 = 00000 00001 00010 00011 00100 00101 00110 00111
        push_base32(&mut out, &[0x00, 0x44, 0x32, 0x14, 0xC7], 8);
        assert_eq!(out, "01234567");
        let mut out = String::new();
        push_base32(&mut out, &[0xFF; 32], 32);
        assert_eq!(out, "Z".repeat(32));
    }

    #[test]
    fn token_is_documented_construction() {
        let secret = [0x0B; 32];
        let key = Key::new("k1", &secret).unwrap();
        let token = pseudonym_token(&key, &EntityType::EMAIL, "", " Jane@Example.com", 12);
        let mac = hmac_sha256(
            &secret,
            b"blindfold/pseudonym/v1\0EMAIL\0\0jane@example.com",
        )
        .unwrap();
        let mut code = String::new();
        push_base32(&mut code, &mac, 12);
        assert_eq!(token, format!("EMAIL_k1_{code}"));
    }

    #[test]
    fn domain_separated_by_type_scope_and_key() {
        let k1 = Key::new("k1", &[1; 32]).unwrap();
        let k2 = Key::new("k1", &[2; 32]).unwrap();
        let phone = EntityType::PHONE;
        let base = pseudonym_token(&k1, &phone, "", "+14155550100", 12);
        assert_eq!(
            base,
            pseudonym_token(&k1, &phone, "", "+1 415 555 0100", 12)
        );
        assert_ne!(base, pseudonym_token(&k2, &phone, "", "+14155550100", 12));
        assert_ne!(
            base,
            pseudonym_token(&k1, &phone, "user.phone", "+14155550100", 12)
        );
        let other = EntityType::new("FAX").unwrap();
        assert_ne!(
            base.rsplit('_').next(),
            pseudonym_token(&k1, &other, "", "+14155550100", 12)
                .rsplit('_')
                .next()
        );
    }
}
