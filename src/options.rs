//! Options: the plain, serializable configuration of a [`Blindfold`](crate::Blindfold).
//!
//! Field names are camelCase when (de)serialized, and unknown fields are an
//! error, so that a typo in an option fails loudly instead of being ignored.

use std::collections::BTreeMap;
use std::fmt;

use serde::de::{self, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Deserializer};
use zeroize::Zeroizing;

use crate::detect::PatternSpec;
use crate::entity::EntityType;

/// Everything a [`Blindfold`](crate::Blindfold) can be configured with.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Options {
    /// The key for pseudonyms. Give this or `keys`, not both.
    #[serde(default)]
    pub key: Option<KeySpec>,
    /// Several keys for rotation: the first makes new tokens, all are
    /// recognised when restoring.
    #[serde(default)]
    pub keys: Option<Vec<KeySpec>>,
    /// Base32 characters in a pseudonym, 8 to 32 (default 12).
    #[serde(default)]
    pub token_length: Option<usize>,
    /// The entity types to detect (default: every built-in type).
    #[serde(default)]
    pub entities: Option<Vec<EntityType>>,
    /// The score from 0 to 1 a finding needs to be reported (default 0.5).
    #[serde(default)]
    pub threshold: Option<f32>,
    /// The longest text accepted, in UTF-16 code units (default 64 Mi);
    /// longer input is an `INPUT_TOO_LARGE` error, never a silent pass.
    #[serde(default)]
    pub max_input_length: Option<usize>,
    /// App-defined patterns: `[{ name: "TICKET", regex: "TCK-\\d{6}" }]`.
    #[serde(default)]
    pub patterns: Option<Vec<PatternSpec>>,
    /// Terms to find anywhere, by type: `{ PROJECT: ["Project Falcon"] }`.
    #[serde(default)]
    pub deny: Option<BTreeMap<EntityType, Vec<String>>>,
    /// Values never to report, e.g. the company's own support address.
    #[serde(default)]
    pub allow: Option<Vec<String>>,
}

/// A key as given in options: an id and a secret.
#[derive(Debug)]
pub struct KeySpec {
    /// 1–16 ASCII letters and digits; appears in every token.
    pub id: String,
    /// At least 32 bytes.
    pub secret: Secret,
}

impl KeySpec {
    /// A key spec from raw secret bytes (copied; the copy is wiped on drop).
    pub fn from_bytes(id: &str, secret: &[u8]) -> KeySpec {
        KeySpec {
            id: id.to_owned(),
            secret: Secret::Bytes(Zeroizing::new(secret.to_vec())),
        }
    }

    /// A key spec from a base64url secret (RFC 4648 §5, padding optional).
    pub fn from_base64url(id: &str, secret: &str) -> KeySpec {
        KeySpec {
            id: id.to_owned(),
            secret: Secret::Base64Url(Zeroizing::new(secret.to_owned())),
        }
    }
}

/// Secret key material as given: raw bytes or base64url text. Wiped on drop
/// and never shown by `Debug`.
pub enum Secret {
    /// Raw bytes (`Uint8Array` in JavaScript).
    Bytes(Zeroizing<Vec<u8>>),
    /// base64url text (RFC 4648 §5), padding optional.
    Base64Url(Zeroizing<String>),
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(<redacted>)")
    }
}

// Written by hand so that no error message can ever quote the secret: the
// derived impls echo a wrongly typed value ("invalid type: string \"…\"").
impl<'de> Deserialize<'de> for KeySpec {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct KeySpecVisitor;

        impl<'de> Visitor<'de> for KeySpecVisitor {
            type Value = KeySpec;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an object { id, secret }")
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<KeySpec, A::Error> {
                let mut id = None;
                let mut secret = None;
                while let Some(field) = map.next_key::<String>()? {
                    match field.as_str() {
                        "id" => id = Some(map.next_value::<KeyId>()?.0),
                        "secret" => secret = Some(map.next_value::<Secret>()?),
                        _ => {
                            return Err(de::Error::custom(format!(
                                "unknown field `{field}`, expected `id` or `secret`"
                            )))
                        }
                    }
                }
                Ok(KeySpec {
                    id: id.ok_or_else(|| de::Error::missing_field("id"))?,
                    secret: secret.ok_or_else(|| de::Error::missing_field("secret"))?,
                })
            }

            fn visit_str<E: de::Error>(self, _: &str) -> Result<KeySpec, E> {
                Err(E::custom(
                    "a key must be an object { id, secret }, not a string",
                ))
            }
        }

        deserializer.deserialize_any(KeySpecVisitor)
    }
}

struct KeyId(String);

impl<'de> Deserialize<'de> for KeyId {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct KeyIdVisitor;

        impl Visitor<'_> for KeyIdVisitor {
            type Value = KeyId;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a key id string")
            }

            fn visit_str<E: de::Error>(self, value: &str) -> Result<KeyId, E> {
                Ok(KeyId(value.to_owned()))
            }
        }

        deserializer.deserialize_str(KeyIdVisitor)
    }
}

impl<'de> Deserialize<'de> for Secret {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct SecretVisitor;

        impl<'de> Visitor<'de> for SecretVisitor {
            type Value = Secret;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a Uint8Array or a base64url string")
            }

            fn visit_bytes<E: de::Error>(self, value: &[u8]) -> Result<Secret, E> {
                Ok(Secret::Bytes(Zeroizing::new(value.to_vec())))
            }

            fn visit_byte_buf<E: de::Error>(self, value: Vec<u8>) -> Result<Secret, E> {
                Ok(Secret::Bytes(Zeroizing::new(value)))
            }

            fn visit_str<E: de::Error>(self, value: &str) -> Result<Secret, E> {
                Ok(Secret::Base64Url(Zeroizing::new(value.to_owned())))
            }

            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Secret, A::Error> {
                let mut bytes = Zeroizing::new(Vec::new());
                while let Some(byte) = seq.next_element::<u8>()? {
                    bytes.push(byte);
                }
                Ok(Secret::Bytes(bytes))
            }
        }

        deserializer.deserialize_any(SecretVisitor)
    }
}
