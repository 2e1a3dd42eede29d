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

/// The named types' constants, and their names for [`EntityType::new`] to
/// borrow: a type made from one of these names allocates nothing, and
/// neither does cloning it (once per field and per finding).
macro_rules! named_types {
    ($($(#[$doc:meta])* $name:ident,)*) => {
        impl EntityType {
            $(
                $(#[$doc])*
                pub const $name: EntityType = EntityType(Cow::Borrowed(stringify!($name)));
            )*
        }

        const NAMED: &[&str] = &[$(stringify!($name)),*];
    };
}

named_types! {
    /// A record field transformed with no type from a rule or its name.
    FIELD,
    /// An email address.
    EMAIL,
    /// A telephone number.
    PHONE,
    /// A payment card number.
    CREDIT_CARD,
    /// An international bank account number.
    IBAN,
    /// An IPv4 or IPv6 address.
    IP_ADDRESS,
    /// A web address.
    URL,
    /// A US social security number.
    US_SSN,
    /// A UK National Insurance number.
    UK_NINO,
    /// A UK NHS number.
    UK_NHS,
    /// A Canadian social insurance number.
    CA_SIN,
    /// A French social security number (NIR).
    FR_NIR,
    /// A Spanish national identity number (DNI).
    ES_DNI,
    /// A Spanish foreigner identity number (NIE).
    ES_NIE,
    /// An Italian codice fiscale.
    IT_FISCAL_CODE,
    /// A Dutch citizen service number (BSN).
    NL_BSN,
    /// A German tax identification number (Steuer-ID).
    DE_TAX_ID,
    /// An Indian Aadhaar number.
    IN_AADHAAR,
    /// An Indian permanent account number (PAN).
    IN_PAN,
    /// A Brazilian individual taxpayer number (CPF).
    BR_CPF,
    /// A Brazilian company number (CNPJ).
    BR_CNPJ,
    /// An Australian tax file number.
    AU_TFN,
    /// A Chinese resident identity card number.
    CN_RESIDENT_ID,
    /// A South Korean resident registration number.
    KR_RRN,
    /// A Japanese individual number (My Number).
    JP_MY_NUMBER,
    /// A passport number.
    PASSPORT,
    /// A credential: API key, token, password, private key.
    SECRET,
    /// A date of birth.
    DATE_OF_BIRTH,
    /// A person's name.
    PERSON,
    /// A postal address.
    ADDRESS,
    /// An age, in a record field named so (generalized to a band by default).
    AGE,
    /// A postal code, in a record field named so (generalized by default).
    POSTCODE,
}

impl EntityType {
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
            Ok(EntityType(
                match NAMED.iter().find(|&&named| named == name) {
                    Some(&named) => Cow::Borrowed(named),
                    None => Cow::Owned(name.to_owned()),
                },
            ))
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

    #[test]
    fn named_types_are_borrowed_and_others_owned() {
        for name in NAMED {
            let entity = EntityType::new(name).unwrap();
            assert!(matches!(entity.0, Cow::Borrowed(_)), "{name}");
        }
        assert!(NAMED.contains(&"FIELD") && NAMED.contains(&"POSTCODE"));
        for constant in crate::detect::BUILT_IN_ENTITIES {
            assert!(NAMED.contains(&constant.as_str()), "{constant}");
        }
        let app_type = EntityType::new("TICKET").unwrap();
        assert!(matches!(app_type.0, Cow::Owned(_)));
        // Borrowed or not, equal names are one type.
        assert_eq!(EntityType(Cow::Owned("EMAIL".into())), EntityType::EMAIL);
    }
}
