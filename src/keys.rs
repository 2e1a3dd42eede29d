//! Secret keys: validation, rotation and the HMAC-SHA-256 primitive.
//!
//! A [`Key`] never keeps its raw secret: it keeps only the HMAC state derived
//! from it (wiped on drop), so there is nothing to print, serialize or leak.

use std::fmt;

use hmac::{Hmac, KeyInit, Mac};
use sha2::Sha256;
use zeroize::Zeroizing;

use crate::error::{Error, ErrorKind, Result};

type HmacSha256 = Hmac<Sha256>;

/// The shortest secret accepted, in bytes: HMAC-SHA-256 gains nothing from a
/// longer key, and a shorter one could be guessed.
pub const MIN_SECRET_LEN: usize = 32;

/// The longest key id, in characters. Ids appear in every token.
pub const MAX_KEY_ID_LEN: usize = 16;

/// HMAC-SHA-256 (RFC 2104 / RFC 4231) of `message` under `key`.
///
/// This is the primitive under every pseudonym, exposed so that other
/// implementations can be checked against it. It accepts any key length, as
/// the RFC does; [`Key`] enforces [`MIN_SECRET_LEN`].
///
/// # Errors
/// [`ErrorKind::InvalidKey`] if the HMAC implementation refuses the key
/// (HMAC accepts every length, so this does not happen in practice).
pub fn hmac_sha256(key: &[u8], message: &[u8]) -> Result<[u8; 32]> {
    let mut mac = <HmacSha256 as KeyInit>::new_from_slice(key)
        .map_err(|_| Error::new(ErrorKind::InvalidKey, "the key was refused by HMAC"))?;
    mac.update(message);
    Ok(mac.finalize().into_bytes().into())
}

/// A named secret key.
///
/// The id (1–16 ASCII letters and digits) goes into every token so that
/// [`KeyRing`] can tell which key made it after a rotation.
#[derive(Clone)]
pub struct Key {
    id: String,
    mac: HmacSha256,
}

impl Key {
    /// Makes a key from raw secret bytes.
    ///
    /// # Errors
    /// [`ErrorKind::InvalidKey`] when the id is not 1–16 ASCII letters or
    /// digits, or the secret is shorter than [`MIN_SECRET_LEN`] bytes.
    pub fn new(id: &str, secret: &[u8]) -> Result<Key> {
        validate_key_id(id)?;
        if secret.len() < MIN_SECRET_LEN {
            return Err(Error::new(
                ErrorKind::InvalidKey,
                format!(
                    "key \"{id}\" has a {}-byte secret; at least {MIN_SECRET_LEN} bytes are required",
                    secret.len()
                ),
            ));
        }
        // HMAC accepts every key length, so this branch cannot fail; it is
        // still handled rather than unwrapped.
        let mac = <HmacSha256 as KeyInit>::new_from_slice(secret).map_err(|_| {
            Error::new(
                ErrorKind::InvalidKey,
                format!("key \"{id}\" was refused by HMAC"),
            )
        })?;
        Ok(Key {
            id: id.to_owned(),
            mac,
        })
    }

    /// Makes a key from a base64url secret (RFC 4648 §5, padding optional).
    ///
    /// # Errors
    /// [`ErrorKind::InvalidKey`] when the text is not base64url or the decoded
    /// secret is too short (see [`Key::new`]).
    pub fn from_base64url(id: &str, secret: &str) -> Result<Key> {
        let bytes = decode_base64url(secret).ok_or_else(|| {
            Error::new(
                ErrorKind::InvalidKey,
                format!("key \"{id}\": the secret string is not valid base64url"),
            )
        })?;
        Key::new(id, &bytes)
    }

    /// The key id.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// HMAC-SHA-256 over the concatenation of `parts`.
    pub(crate) fn mac(&self, parts: &[&[u8]]) -> [u8; 32] {
        let mut mac = self.mac.clone();
        for part in parts {
            mac.update(part);
        }
        mac.finalize().into_bytes().into()
    }
}

impl fmt::Debug for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Key")
            .field("id", &self.id)
            .field("secret", &"<redacted>")
            .finish()
    }
}

/// One current key, used for new tokens, and older keys still recognised.
#[derive(Clone, Debug)]
pub struct KeyRing {
    current: Key,
    previous: Vec<Key>,
}

impl KeyRing {
    /// A ring whose first key is the current one.
    ///
    /// # Errors
    /// [`ErrorKind::InvalidKey`] when `keys` is empty or two keys share an id.
    pub fn new(keys: Vec<Key>) -> Result<KeyRing> {
        for (index, key) in keys.iter().enumerate() {
            if keys.iter().take(index).any(|other| other.id == key.id) {
                return Err(Error::new(
                    ErrorKind::InvalidKey,
                    format!("two keys share the id \"{}\"", key.id),
                )
                .at_path(format!("keys[{index}].id")));
            }
        }
        let mut keys = keys.into_iter();
        let current = keys
            .next()
            .ok_or_else(|| Error::new(ErrorKind::InvalidKey, "no key was given"))?;
        Ok(KeyRing {
            current,
            previous: keys.collect(),
        })
    }

    /// The key that makes new tokens.
    pub fn current(&self) -> &Key {
        &self.current
    }

    /// The key with this id, current or older.
    pub fn get(&self, id: &str) -> Option<&Key> {
        std::iter::once(&self.current)
            .chain(&self.previous)
            .find(|key| key.id == id)
    }
}

fn validate_key_id(id: &str) -> Result<()> {
    let valid = !id.is_empty()
        && id.len() <= MAX_KEY_ID_LEN
        && id.bytes().all(|b| b.is_ascii_alphanumeric());
    if valid {
        Ok(())
    } else {
        Err(Error::new(
            ErrorKind::InvalidKey,
            format!("a key id must be 1 to {MAX_KEY_ID_LEN} ASCII letters or digits"),
        ))
    }
}

/// Decodes base64url (also accepting the standard alphabet's `+` and `/`),
/// with or without `=` padding. Returns `None` on any malformed input.
fn decode_base64url(text: &str) -> Option<Zeroizing<Vec<u8>>> {
    let text = text.trim_end_matches('=');
    if text.len() % 4 == 1 {
        return None;
    }
    let mut out = Zeroizing::new(Vec::with_capacity(text.len() * 3 / 4));
    let mut buffer: u32 = 0;
    let mut bits = 0u32;
    for byte in text.bytes() {
        let value = match byte {
            b'A'..=b'Z' => byte - b'A',
            b'a'..=b'z' => byte - b'a' + 26,
            b'0'..=b'9' => byte - b'0' + 52,
            b'-' | b'+' => 62,
            b'_' | b'/' => 63,
            _ => return None,
        };
        buffer = (buffer << 6) | u32::from(value);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((buffer >> bits) as u8);
            buffer &= (1 << bits) - 1;
        }
    }
    // Leftover bits must be zero, so that one secret has one spelling.
    if buffer != 0 {
        return None;
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hex(bytes: &[u8]) -> String {
        bytes.iter().map(|b| format!("{b:02x}")).collect()
    }

    #[test]
    fn key_rejects_short_secret_and_bad_ids() {
        assert_eq!(
            Key::new("k1", &[7; 31]).unwrap_err().kind(),
            ErrorKind::InvalidKey
        );
        assert!(Key::new("k1", &[7; 32]).is_ok());
        for id in ["", "k_1", "k-1", "ключ", "abcdefghijklmnopq"] {
            assert_eq!(
                Key::new(id, &[7; 32]).unwrap_err().kind(),
                ErrorKind::InvalidKey,
                "{id}"
            );
        }
    }

    #[test]
    fn debug_never_shows_the_secret() {
        let key = Key::new("k1", &[0xAB; 32]).unwrap();
        let shown = format!("{key:?}");
        assert!(shown.contains("<redacted>"));
        assert!(!shown.to_lowercase().contains("ab, ") && !shown.contains("171"));
    }

    #[test]
    fn base64url_round_trips_and_rejects_garbage() {
        let cases: &[(&str, Option<&[u8]>)] = &[
            ("", Some(b"")),
            ("Zg", Some(b"f")),
            ("Zg==", Some(b"f")),
            ("Zm8", Some(b"fo")),
            ("Zm9v", Some(b"foo")),
            ("-_-_", Some(&[0xfb, 0xff, 0xbf])),
            ("+/+/", Some(&[0xfb, 0xff, 0xbf])),
            ("Z", None),
            ("Zh", None), // non-zero leftover bits
            ("Zm9v!", None),
            ("Zm 9v", None),
        ];
        for (text, expected) in cases {
            assert_eq!(
                decode_base64url(text).as_deref().map(|v| v.as_slice()),
                *expected,
                "{text}"
            );
        }
    }

    #[test]
    fn ring_needs_keys_with_distinct_ids() {
        assert!(KeyRing::new(vec![]).is_err());
        let a = Key::new("a", &[1; 32]).unwrap();
        let err = KeyRing::new(vec![a.clone(), a.clone()]).unwrap_err();
        assert_eq!(err.path(), Some("keys[1].id"));
        let ring = KeyRing::new(vec![a, Key::new("b", &[2; 32]).unwrap()]).unwrap();
        assert_eq!(ring.current().id(), "a");
        assert!(ring.get("b").is_some() && ring.get("c").is_none());
    }

    /// Keyed MAC over parts equals the one-shot primitive over their concatenation.
    #[test]
    fn key_mac_matches_primitive() {
        let secret = [0x42; 40];
        let key = Key::new("k", &secret).unwrap();
        assert_eq!(
            hex(&key.mac(&[b"ab", b"", b"c"])),
            hex(&hmac_sha256(&secret, b"abc").unwrap())
        );
    }
}
