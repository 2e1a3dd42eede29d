//! # Blindfold
//!
//! Finds personal data in text and records and replaces it *in the page*,
//! before anything is uploaded to an AI backend: keyed HMAC-SHA-256
//! pseudonyms, placeholders, masks, generalisations or removal, with a local
//! vault to restore the AI's answer.
//!
//! This crate is a pure-Rust core: it knows nothing of JavaScript and is tested
//! with plain `cargo test`. On `wasm32` one binding module converts values and
//! errors at the JavaScript boundary; the npm package `blindfold` wraps it.
//!
//! ```
//! use blindfold::{Blindfold, KeySpec, Options};
//!
//! let mut bf = Blindfold::new(Options {
//!     key: Some(KeySpec::from_bytes("k1", &[7; 32])),
//!     ..Options::default()
//! })?;
//! let token = bf.pseudonymize("Jane.Doe@example.com", "EMAIL")?;
//! assert!(token.starts_with("EMAIL_k1_"));
//! assert_eq!(token, bf.pseudonymize(" jane.doe@EXAMPLE.com", "EMAIL")?);
//! # Ok::<(), blindfold::Error>(())
//! ```
//!
//! Failing closed: every fallible call returns [`Error`], with a stable
//! [`code`](Error::code) and the option path or text offset it concerns.
//! Nothing in this crate panics on user input.

mod blindfold;
mod detect;
mod entity;
mod error;
mod json;
mod keys;
mod number;
mod options;
pub mod records;
mod sort;
mod transform;
mod value;
mod vault;

#[cfg(target_arch = "wasm32")]
mod bindings;

pub use crate::blindfold::{Blindfold, RedactedText, Replacement};
pub use crate::detect::{
    Finding, KnownValues, PatternSpec, ScanOptions, Scanner, BUILT_IN_ENTITIES,
    DEFAULT_MAX_INPUT_LENGTH, DEFAULT_THRESHOLD, MAX_PATTERN_LEN, MAX_TERM_WORDS,
};
pub use crate::entity::{EntityType, MAX_ENTITY_NAME_LEN};
pub use crate::error::{Error, ErrorKind, Result};
pub use crate::keys::{hmac_sha256, Key, KeyRing, MAX_KEY_ID_LEN, MIN_SECRET_LEN};
pub use crate::options::{KeySpec, Options, ReportDetail, ScanCall, Secret};
pub use crate::records::{FieldFinding, Policy, RedactedRecord};
pub use crate::transform::{
    normalize, Operator, Operators, DATE_SHIFT_DOMAIN, DEFAULT_TOKEN_LENGTH, MAX_TOKEN_LENGTH,
    MIN_TOKEN_LENGTH, OPERATOR_NAMES, PSEUDONYM_DOMAIN, SURROGATE_DOMAIN,
};
pub use crate::value::{Number, Value};
pub use crate::vault::{Restored, RestoredPrefix, Vault};

/// The crate version, as in `Cargo.toml`.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
