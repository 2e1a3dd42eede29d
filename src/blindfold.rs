//! The engine object that holds the configuration and keys.

use crate::detect::{Finding, KnownValues, ScanOptions, Scanner};
use crate::entity::EntityType;
use crate::error::{Error, ErrorKind, Result};
use crate::keys::{Key, KeyRing};
use crate::options::{KeySpec, Options, ScanCall, Secret};
use crate::transform::{pseudonym_token, DEFAULT_TOKEN_LENGTH, MAX_TOKEN_LENGTH, MIN_TOKEN_LENGTH};

/// A configured redactor. Create it once, use it for many calls.
#[derive(Debug)]
pub struct Blindfold {
    keys: Option<KeyRing>,
    token_length: usize,
    scanner: Scanner,
}

impl Blindfold {
    /// Checks the options and builds the redactor.
    ///
    /// # Errors
    /// [`ErrorKind::InvalidKey`] for a malformed key,
    /// [`ErrorKind::InvalidOptions`] for contradicting or out-of-range
    /// options; the error's path names the option.
    pub fn new(options: Options) -> Result<Blindfold> {
        let keys = match (options.key, options.keys) {
            (Some(_), Some(_)) => {
                return Err(
                    Error::new(ErrorKind::InvalidOptions, "give `key` or `keys`, not both")
                        .at_path("keys"),
                )
            }
            (Some(spec), None) => Some(KeyRing::new(vec![key_from_spec(spec, "key")?])?),
            (None, Some(specs)) => {
                let keys = specs
                    .into_iter()
                    .enumerate()
                    .map(|(index, spec)| key_from_spec(spec, &format!("keys[{index}]")))
                    .collect::<Result<Vec<_>>>()?;
                Some(KeyRing::new(keys).map_err(|error| match error.path() {
                    Some(_) => error,
                    None => error.at_path("keys"),
                })?)
            }
            (None, None) => None,
        };
        let token_length = options.token_length.unwrap_or(DEFAULT_TOKEN_LENGTH);
        if !(MIN_TOKEN_LENGTH..=MAX_TOKEN_LENGTH).contains(&token_length) {
            return Err(Error::new(
                ErrorKind::InvalidOptions,
                format!(
                    "tokenLength is {token_length}; it must lie between {MIN_TOKEN_LENGTH} and {MAX_TOKEN_LENGTH}"
                ),
            )
            .at_path("tokenLength"));
        }
        let scanner = Scanner::new(ScanOptions {
            entities: options.entities,
            threshold: options.threshold,
            max_input_length: options.max_input_length,
            patterns: options.patterns.unwrap_or_default(),
            deny: options.deny.unwrap_or_default(),
            allow: options.allow.unwrap_or_default(),
        })?;
        Ok(Blindfold {
            keys,
            token_length,
            scanner,
        })
    }

    /// Finds personal data in `text`: findings in order, with UTF-16 offsets
    /// and no raw values.
    ///
    /// # Errors
    /// [`ErrorKind::InputTooLarge`] when `text` exceeds `maxInputLength`.
    pub fn scan(&self, text: &str) -> Result<Vec<Finding>> {
        self.scanner.scan(text)
    }

    /// [`Blindfold::scan`] with the options of one call: values the app
    /// knows (`call.known`) are found anywhere in the text.
    ///
    /// # Errors
    /// As [`Blindfold::scan`]; [`ErrorKind::InvalidArgument`] (path
    /// `known.TYPE`) for known values of a type this instance does not report.
    pub fn scan_with(&self, text: &str, call: &ScanCall) -> Result<Vec<Finding>> {
        for entity in call.known.keys() {
            if !self.scanner.entities().contains(entity) {
                return Err(Error::new(
                    ErrorKind::InvalidArgument,
                    format!("known values of type {entity}, which this instance does not report"),
                )
                .at_path(format!("known.{entity}")));
            }
        }
        let known = KnownValues::new(call.known.iter().flat_map(|(entity, values)| {
            values
                .iter()
                .map(move |value| (entity.clone(), value.as_str()))
        }));
        self.scanner.scan_with(text, &known)
    }

    /// The entity types this instance detects.
    pub fn entities(&self) -> &[EntityType] {
        self.scanner.entities()
    }

    /// The keyed pseudonym of one value of type `entity`, e.g.
    /// `EMAIL_k1_7QX3M2A9BC4D`. The same value (after
    /// [normalization](crate::normalize)), type and key always give the same
    /// token.
    ///
    /// # Errors
    /// [`ErrorKind::InvalidArgument`] for a malformed entity name;
    /// [`ErrorKind::InvalidKey`] (path `key`) when the redactor has no key.
    pub fn pseudonymize(&self, value: &str, entity: &str) -> Result<String> {
        let entity = EntityType::new(entity)?;
        let key = self.current_key()?;
        Ok(pseudonym_token(key, &entity, "", value, self.token_length))
    }

    fn current_key(&self) -> Result<&Key> {
        self.keys.as_ref().map(KeyRing::current).ok_or_else(|| {
            Error::new(
                ErrorKind::InvalidKey,
                "pseudonyms need a key: pass `key: { id, secret }` when creating Blindfold",
            )
            .at_path("key")
        })
    }
}

fn key_from_spec(spec: KeySpec, path: &str) -> Result<Key> {
    let key = match &spec.secret {
        Secret::Bytes(bytes) => Key::new(&spec.id, bytes),
        Secret::Base64Url(text) => Key::from_base64url(&spec.id, text),
    };
    key.map_err(|error| error.at_path(path))
}

#[cfg(test)]
mod tests {
    use super::*;
    use zeroize::Zeroizing;

    fn spec(id: &str, byte: u8, len: usize) -> KeySpec {
        KeySpec {
            id: id.into(),
            secret: Secret::Bytes(Zeroizing::new(vec![byte; len])),
        }
    }

    #[test]
    fn option_errors_name_the_option() {
        let both = Options {
            key: Some(spec("a", 1, 32)),
            keys: Some(vec![spec("b", 1, 32)]),
            ..Options::default()
        };
        assert_eq!(Blindfold::new(both).unwrap_err().path(), Some("keys"));

        let short = Options {
            keys: Some(vec![spec("a", 1, 32), spec("b", 1, 8)]),
            ..Options::default()
        };
        let error = Blindfold::new(short).unwrap_err();
        assert_eq!(
            (error.code(), error.path()),
            ("INVALID_KEY", Some("keys[1]"))
        );

        let empty = Options {
            keys: Some(vec![]),
            ..Options::default()
        };
        assert_eq!(Blindfold::new(empty).unwrap_err().path(), Some("keys"));

        for length in [0, 7, 33, usize::MAX] {
            let options = Options {
                token_length: Some(length),
                ..Options::default()
            };
            let error = Blindfold::new(options).unwrap_err();
            assert_eq!(
                (error.code(), error.path()),
                ("INVALID_OPTIONS", Some("tokenLength"))
            );
        }
    }

    #[test]
    fn pseudonym_needs_a_key_and_a_valid_type() {
        let keyless = Blindfold::new(Options::default()).unwrap();
        let error = keyless.pseudonymize("a@b.co", "EMAIL").unwrap_err();
        assert_eq!((error.code(), error.path()), ("INVALID_KEY", Some("key")));

        let keyed = Blindfold::new(Options {
            key: Some(spec("k1", 3, 32)),
            ..Options::default()
        })
        .unwrap();
        assert_eq!(
            keyed.pseudonymize("a@b.co", "email").unwrap_err().code(),
            "INVALID_ARGUMENT"
        );
    }

    #[test]
    fn rotation_uses_the_first_key_and_token_length_applies() {
        let bf = Blindfold::new(Options {
            keys: Some(vec![spec("new", 1, 32), spec("old", 2, 32)]),
            token_length: Some(20),
            ..Options::default()
        })
        .unwrap();
        let token = bf.pseudonymize("a@b.co", "EMAIL").unwrap();
        assert!(token.starts_with("EMAIL_new_"), "{token}");
        assert_eq!(token.len(), "EMAIL_new_".len() + 20);
    }
}
