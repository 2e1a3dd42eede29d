//! Options: the plain configuration of a [`Blindfold`](crate::Blindfold).
//!
//! In JavaScript they are a plain object with camelCase names, read by
//! [`Options::from_value`]: unknown fields are an error naming their path, so
//! that a typo fails loudly instead of being ignored, and no error message
//! ever quotes a value (a misplaced secret must not end up in a log).

use std::collections::BTreeMap;
use std::fmt;

use zeroize::Zeroizing;

use crate::detect::PatternSpec;
use crate::entity::EntityType;
use crate::error::Result;
use crate::records::Policy;
use crate::transform::Operators;
use crate::value::{as_str, invalid, Fields, Value};

/// Everything a [`Blindfold`](crate::Blindfold) can be configured with.
#[derive(Debug, Default)]
pub struct Options {
    /// The key for pseudonyms. Give this or `keys`, not both.
    pub key: Option<KeySpec>,
    /// Several keys for rotation: the first makes new tokens, all are
    /// recognised when restoring.
    pub keys: Option<Vec<KeySpec>>,
    /// Base32 characters in a pseudonym, 8 to 32 (default 12).
    pub token_length: Option<usize>,
    /// The entity types to detect (default: every built-in type).
    pub entities: Option<Vec<EntityType>>,
    /// The score from 0 to 1 a finding needs to be reported (default 0.5).
    pub threshold: Option<f32>,
    /// The longest text accepted, in UTF-16 code units (default 64 Mi);
    /// longer input is an `INPUT_TOO_LARGE` error, never a silent pass.
    pub max_input_length: Option<usize>,
    /// App-defined patterns: `[{ name: "TICKET", regex: "TCK-\\d{6}" }]`.
    pub patterns: Option<Vec<PatternSpec>>,
    /// Terms to find anywhere, by type: `{ PROJECT: ["Project Falcon"] }`.
    pub deny: Option<BTreeMap<EntityType, Vec<String>>>,
    /// Values never to report, e.g. the company's own support address.
    pub allow: Option<Vec<String>>,
    /// What replaces each type: `{ default: "placeholder", EMAIL: "pseudonym" }`.
    pub operators: Option<Operators>,
    /// How records are treated: rules by field path, mode, limits.
    pub policy: Option<Policy>,
}

const OPTION_NAMES: &[&str] = &[
    "key",
    "keys",
    "tokenLength",
    "entities",
    "threshold",
    "maxInputLength",
    "patterns",
    "deny",
    "allow",
    "operators",
    "policy",
];

impl Options {
    /// Reads options from a plain object (camelCase names).
    ///
    /// # Errors
    /// [`ErrorKind::InvalidOptions`](crate::ErrorKind::InvalidOptions) with
    /// the path of the first unknown or malformed field.
    pub fn from_value(value: &Value) -> Result<Options> {
        let fields = Fields::new(value, "", OPTION_NAMES)?;
        let strings = |value: &Value, path: &str| as_str(value, path).map(str::to_owned);
        Ok(Options {
            key: fields
                .get("key")
                .map(|v| KeySpec::from_value(v, "key"))
                .transpose()?,
            keys: fields.array("keys", KeySpec::from_value)?,
            token_length: fields.integer("tokenLength")?,
            entities: fields.array("entities", entity_from_value)?,
            threshold: fields.number("threshold")?.map(|t| t as f32),
            max_input_length: fields.integer("maxInputLength")?,
            patterns: fields.array("patterns", PatternSpec::from_value)?,
            deny: terms_by_type(&fields, "deny")?,
            allow: fields.array("allow", strings)?,
            operators: fields
                .get("operators")
                .map(|value| Operators::from_value(value, "operators"))
                .transpose()?,
            policy: fields
                .get("policy")
                .map(|value| Policy::from_value(value, "policy"))
                .transpose()?,
        })
    }
}

/// Options of one scan call: `{ known: { PERSON: ["Jana Nováková"] } }`.
#[derive(Debug, Default)]
pub struct ScanCall {
    /// Values the app knows, by type, to find anywhere in the text.
    pub known: BTreeMap<EntityType, Vec<String>>,
    /// Whose data this is (a user or record id), for `dateShift`: every
    /// date of one subject moves by the same days. Empty by default.
    pub subject: String,
    /// What reports include besides types, paths and spans.
    pub report: ReportDetail,
}

/// What a report includes besides types, operators, paths and spans
/// (nothing more by default).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ReportDetail {
    /// The replacement written for each finding (token, surrogate, mask…).
    pub tokens: bool,
    /// The original value of each finding. It stays in the page, but a
    /// report that holds it must be treated like the input.
    pub values: bool,
}

impl ScanCall {
    /// Reads the options of one call.
    ///
    /// # Errors
    /// [`ErrorKind::InvalidOptions`](crate::ErrorKind::InvalidOptions) with
    /// the path of the first unknown or malformed field.
    pub fn from_value(value: &Value) -> Result<ScanCall> {
        let fields = Fields::new(value, "", &["known", "subject", "report"])?;
        let report = match fields.get("report") {
            None => ReportDetail::default(),
            Some(value) => {
                let report = Fields::new(value, &fields.path("report"), &["tokens", "values"])?;
                ReportDetail {
                    tokens: report.boolean("tokens")?.unwrap_or(false),
                    values: report.boolean("values")?.unwrap_or(false),
                }
            }
        };
        Ok(ScanCall {
            known: terms_by_type(&fields, "known")?.unwrap_or_default(),
            subject: fields.string("subject")?.unwrap_or_default().to_owned(),
            report,
        })
    }
}

/// Reads `{ TYPE: ["term", …] }` at `field`.
fn terms_by_type(
    fields: &Fields<'_>,
    field: &str,
) -> Result<Option<BTreeMap<EntityType, Vec<String>>>> {
    let entries = fields.map(field, |name, terms, path| {
        let entity = EntityType::new(name).map_err(|error| invalid(path, error.message()))?;
        let Value::Array(items) = terms else {
            return Err(invalid(
                path,
                format!("expected an array of strings, got {}", terms.kind()),
            ));
        };
        let terms = items
            .iter()
            .enumerate()
            .map(|(index, term)| as_str(term, &format!("{path}[{index}]")).map(str::to_owned))
            .collect::<Result<Vec<_>>>()?;
        Ok((entity, terms))
    })?;
    Ok(entries.map(|entries| entries.into_iter().collect()))
}

/// Reads an entity type name at `path`.
pub(crate) fn entity_from_value(value: &Value, path: &str) -> Result<EntityType> {
    EntityType::new(as_str(value, path)?).map_err(|error| invalid(path, error.message()))
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

    /// Reads `{ id, secret }` at `path`; the secret is a `Uint8Array`, an
    /// array of bytes or base64url text.
    fn from_value(value: &Value, path: &str) -> Result<KeySpec> {
        let fields = Fields::new(value, path, &["id", "secret"])?;
        let id = fields
            .string("id")?
            .ok_or_else(|| invalid(&fields.path("id"), "a key needs an id"))?;
        let secret_path = fields.path("secret");
        let secret = match fields.get("secret") {
            Some(Value::Bytes(bytes)) => Secret::Bytes(Zeroizing::new(bytes.clone())),
            Some(Value::String(text)) => Secret::Base64Url(Zeroizing::new(text.to_string())),
            Some(Value::Array(items)) => {
                let mut bytes = Zeroizing::new(Vec::with_capacity(items.len()));
                for item in items {
                    match item {
                        Value::Number(n)
                            if n.value().fract() == 0.0 && (0.0..=255.0).contains(&n.value()) =>
                        {
                            bytes.push(n.value() as u8)
                        }
                        _ => {
                            return Err(invalid(
                                &secret_path,
                                "a secret array must hold bytes (0 to 255)",
                            ))
                        }
                    }
                }
                Secret::Bytes(bytes)
            }
            Some(other) => {
                return Err(invalid(
                    &secret_path,
                    format!(
                        "expected a Uint8Array or a base64url string, got {}",
                        other.kind()
                    ),
                ))
            }
            None => return Err(invalid(&secret_path, "a key needs a secret")),
        };
        Ok(KeySpec {
            id: id.to_owned(),
            secret,
        })
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

#[cfg(test)]
mod tests {
    use super::*;

    fn object(entries: Vec<(&str, Value<'static>)>) -> Value<'static> {
        Value::Object(
            entries
                .into_iter()
                .map(|(k, v)| (k.to_owned().into(), v))
                .collect(),
        )
    }

    #[test]
    fn reads_every_option() {
        let value = object(vec![
            (
                "keys",
                Value::Array(vec![object(vec![
                    ("id", Value::String("k1".into())),
                    ("secret", Value::Bytes(vec![1; 32])),
                ])]),
            ),
            ("tokenLength", Value::Number(16.0.into())),
            (
                "entities",
                Value::Array(vec![Value::String("EMAIL".into())]),
            ),
            ("threshold", Value::Number(0.7.into())),
            (
                "deny",
                object(vec![(
                    "PROJECT",
                    Value::Array(vec![Value::String("Falcon".into())]),
                )]),
            ),
            ("allow", Value::Array(vec![Value::String("a@b.co".into())])),
        ]);
        let options = Options::from_value(&value).unwrap();
        assert_eq!(options.keys.unwrap()[0].id, "k1");
        assert_eq!(options.token_length, Some(16));
        assert_eq!(options.entities, Some(vec![EntityType::EMAIL]));
        assert_eq!(options.deny.unwrap().len(), 1);
    }

    #[test]
    fn errors_name_paths_and_never_quote_values() {
        let secret = "c2VjcmV0LXNlY3JldC1zZWNyZXQ";
        let rows = [
            (object(vec![("key", Value::String(secret.into()))]), "key"),
            (
                object(vec![(
                    "key",
                    object(vec![
                        ("id", Value::String("k".into())),
                        ("secret", Value::Number(5.0.into())),
                    ]),
                )]),
                "key.secret",
            ),
            (
                object(vec![("tokenLenght", Value::Number(12.0.into()))]),
                "tokenLenght",
            ),
            (
                object(vec![(
                    "deny",
                    object(vec![("lower", Value::Array(vec![]))]),
                )]),
                "deny.lower",
            ),
            (
                object(vec![(
                    "entities",
                    Value::Array(vec![Value::String(secret.into())]),
                )]),
                "entities[0]",
            ),
        ];
        for (value, path) in rows {
            let error = Options::from_value(&value).unwrap_err();
            assert_eq!(
                (error.code(), error.path()),
                ("INVALID_OPTIONS", Some(path)),
                "{error}"
            );
            assert!(!error.to_string().contains(secret), "{error}");
        }
    }
}
