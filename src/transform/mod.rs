//! Transformations: what replaces a piece of personal data.

mod date_shift;
mod normalize;
mod operator;
mod pseudonym;
mod surrogate;

pub use date_shift::DATE_SHIFT_DOMAIN;
pub(crate) use date_shift::{shift_date, shift_days};
pub(crate) use normalize::ascii_digit;
pub use normalize::normalize;
pub(crate) use operator::{generalize, mask, Generalization};
pub use operator::{Operator, Operators, OPERATOR_NAMES};
pub(crate) use pseudonym::pseudonym_token;
pub use pseudonym::{DEFAULT_TOKEN_LENGTH, MAX_TOKEN_LENGTH, MIN_TOKEN_LENGTH, PSEUDONYM_DOMAIN};
pub(crate) use surrogate::surrogate;
pub use surrogate::SURROGATE_DOMAIN;
