//! The one error type of the crate.

use std::fmt;

/// What went wrong, as a stable machine-readable category.
///
/// Each kind maps to a stable `code` string that the JavaScript binding puts on
/// the thrown `BlindfoldError` (see [`ErrorKind::code`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorKind {
    /// A key is missing, too short, malformed, or its id is not usable in tokens.
    InvalidKey,
    /// An option is unknown, of the wrong type, or contradicts another option.
    InvalidOptions,
    /// An argument passed to a method is not acceptable (wrong entity name, …).
    InvalidArgument,
    /// The input is larger than the configured limit.
    InputTooLarge,
    /// An exported vault was refused: changed, cut, or made under a key this
    /// instance does not have.
    VaultRejected,
    /// A state that should be impossible; reported instead of a panic, so
    /// that the caller fails closed.
    Internal,
}

impl ErrorKind {
    /// The stable code of this kind, e.g. `"INVALID_KEY"`.
    pub const fn code(self) -> &'static str {
        match self {
            ErrorKind::InvalidKey => "INVALID_KEY",
            ErrorKind::InvalidOptions => "INVALID_OPTIONS",
            ErrorKind::InvalidArgument => "INVALID_ARGUMENT",
            ErrorKind::InputTooLarge => "INPUT_TOO_LARGE",
            ErrorKind::Internal => "INTERNAL",
            ErrorKind::VaultRejected => "VAULT_REJECTED",
        }
    }
}

/// An error with a kind, a human-readable message, and where it applies.
///
/// Messages never contain key material or input values: they name the option,
/// field path or offset instead, so an error can be logged or shown safely.
#[derive(Clone, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
    message: String,
    path: Option<String>,
    offset: Option<usize>,
}

impl Error {
    pub(crate) fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        Error {
            kind,
            message: message.into(),
            path: None,
            offset: None,
        }
    }

    /// Names the option or record field the error concerns (dotted path).
    pub(crate) fn at_path(mut self, path: impl Into<String>) -> Self {
        self.path = Some(path.into());
        self
    }

    /// Names the offset (UTF-16 code units) in a text the error concerns.
    pub(crate) fn at_offset(mut self, offset: usize) -> Self {
        self.offset = Some(offset);
        self
    }

    /// The category of the error.
    pub fn kind(&self) -> ErrorKind {
        self.kind
    }

    /// The stable code of the error's kind, e.g. `"INVALID_KEY"`.
    pub fn code(&self) -> &'static str {
        self.kind.code()
    }

    /// The message, without the code or the location.
    pub fn message(&self) -> &str {
        &self.message
    }

    /// The option or field path the error concerns, if any.
    pub fn path(&self) -> Option<&str> {
        self.path.as_deref()
    }

    /// The offset in UTF-16 code units the error concerns, if any.
    pub fn offset(&self) -> Option<usize> {
        self.offset
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)?;
        if let Some(path) = &self.path {
            write!(f, " (at {path})")?;
        }
        if let Some(offset) = self.offset {
            write!(f, " (at offset {offset})")?;
        }
        Ok(())
    }
}

impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Error({}: {self})", self.code())
    }
}

impl std::error::Error for Error {}

/// Shorthand for results of this crate.
pub type Result<T, E = Error> = std::result::Result<T, E>;
