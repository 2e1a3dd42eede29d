//! Entity types: the names of the kinds of personal data.

use std::borrow::Cow;
use std::fmt;

use serde::{Serialize, Serializer};

use crate::error::{Error, ErrorKind, Result};

/// The longest entity type name, in characters.
pub const MAX_ENTITY_NAME_LEN: usize = 32;

/// The name of a kind of personal data, such as `EMAIL` or an app's `TICKET`.
///
/// Names are 1–32 characters of `A–Z`, `0–9` and `_`, starting with a letter:
/// they appear in placeholders and tokens (`<EMAIL_1>`, `EMAIL_k1_…`), so
/// they must survive being read back out of an AI's answer.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct EntityType(Cow<'static, str>);

impl EntityType {
    /// A record field transformed with no type from a rule or its name.
    pub const FIELD: EntityType = EntityType(Cow::Borrowed("FIELD"));
    /// An email address.
    pub const EMAIL: EntityType = EntityType(Cow::Borrowed("EMAIL"));
    /// A telephone number.
    pub const PHONE: EntityType = EntityType(Cow::Borrowed("PHONE"));
    /// A payment card number.
    pub const CREDIT_CARD: EntityType = EntityType(Cow::Borrowed("CREDIT_CARD"));
    /// An international bank account number.
    pub const IBAN: EntityType = EntityType(Cow::Borrowed("IBAN"));
    /// An IPv4 or IPv6 address.
    pub const IP_ADDRESS: EntityType = EntityType(Cow::Borrowed("IP_ADDRESS"));
    /// A web address.
    pub const URL: EntityType = EntityType(Cow::Borrowed("URL"));
    /// A US social security number.
    pub const US_SSN: EntityType = EntityType(Cow::Borrowed("US_SSN"));
    /// A UK National Insurance number.
    pub const UK_NINO: EntityType = EntityType(Cow::Borrowed("UK_NINO"));
    /// A UK NHS number.
    pub const UK_NHS: EntityType = EntityType(Cow::Borrowed("UK_NHS"));
    /// A Canadian social insurance number.
    pub const CA_SIN: EntityType = EntityType(Cow::Borrowed("CA_SIN"));
    /// A French social security number (NIR).
    pub const FR_NIR: EntityType = EntityType(Cow::Borrowed("FR_NIR"));
    /// A Spanish national identity number (DNI).
    pub const ES_DNI: EntityType = EntityType(Cow::Borrowed("ES_DNI"));
    /// A Spanish foreigner identity number (NIE).
    pub const ES_NIE: EntityType = EntityType(Cow::Borrowed("ES_NIE"));
    /// An Italian codice fiscale.
    pub const IT_FISCAL_CODE: EntityType = EntityType(Cow::Borrowed("IT_FISCAL_CODE"));
    /// A Dutch citizen service number (BSN).
    pub const NL_BSN: EntityType = EntityType(Cow::Borrowed("NL_BSN"));
    /// A German tax identification number (Steuer-ID).
    pub const DE_TAX_ID: EntityType = EntityType(Cow::Borrowed("DE_TAX_ID"));
    /// An Indian Aadhaar number.
    pub const IN_AADHAAR: EntityType = EntityType(Cow::Borrowed("IN_AADHAAR"));
    /// An Indian permanent account number (PAN).
    pub const IN_PAN: EntityType = EntityType(Cow::Borrowed("IN_PAN"));
    /// A Brazilian individual taxpayer number (CPF).
    pub const BR_CPF: EntityType = EntityType(Cow::Borrowed("BR_CPF"));
    /// A Brazilian company number (CNPJ).
    pub const BR_CNPJ: EntityType = EntityType(Cow::Borrowed("BR_CNPJ"));
    /// An Australian tax file number.
    pub const AU_TFN: EntityType = EntityType(Cow::Borrowed("AU_TFN"));
    /// A passport number.
    pub const PASSPORT: EntityType = EntityType(Cow::Borrowed("PASSPORT"));
    /// A credential: API key, token, password, private key.
    pub const SECRET: EntityType = EntityType(Cow::Borrowed("SECRET"));
    /// A date of birth.
    pub const DATE_OF_BIRTH: EntityType = EntityType(Cow::Borrowed("DATE_OF_BIRTH"));
    /// A person's name.
    pub const PERSON: EntityType = EntityType(Cow::Borrowed("PERSON"));
    /// A postal address.
    pub const ADDRESS: EntityType = EntityType(Cow::Borrowed("ADDRESS"));

    /// Checks and wraps a name.
    ///
    /// # Errors
    /// [`ErrorKind::InvalidArgument`] when the name is not 1–32 characters of
    /// `A–Z`, `0–9`, `_` starting with a letter.
    pub fn new(name: &str) -> Result<EntityType> {
        let mut bytes = name.bytes();
        let valid = name.len() <= MAX_ENTITY_NAME_LEN
            && bytes.next().is_some_and(|b| b.is_ascii_uppercase())
            && bytes.all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_');
        if valid {
            Ok(EntityType(Cow::Owned(name.to_owned())))
        } else {
            Err(Error::new(
                ErrorKind::InvalidArgument,
                format!(
                    "an entity type must be 1 to {MAX_ENTITY_NAME_LEN} characters of A-Z, 0-9 and _, starting with a letter"
                ),
            ))
        }
    }

    /// The name.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for EntityType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl fmt::Debug for EntityType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl Serialize for EntityType {
    fn serialize<S: Serializer>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_checked() {
        for good in ["EMAIL", "A", "CREDIT_CARD", "X9", "TICKET_2"] {
            assert_eq!(EntityType::new(good).unwrap().as_str(), good);
        }
        for bad in ["", "email", "9X", "_A", "A-B", "A B", "É", &"A".repeat(33)] {
            assert_eq!(
                EntityType::new(bad).unwrap_err().kind(),
                ErrorKind::InvalidArgument,
                "{bad}"
            );
        }
    }

    #[test]
    fn constants_are_valid_names() {
        for constant in crate::detect::BUILT_IN_ENTITIES {
            assert_eq!(EntityType::new(constant.as_str()).unwrap(), constant);
        }
    }
}
