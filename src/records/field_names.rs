//! Key-name heuristics: what a field holds, read from its name, so a record
//! gets sensible treatment with no policy at all.
//!
//! A key is split into lowercase words (`contactEmail`, `contact_email`,
//! `Contact-Email` → `contact email`); the type is looked up for the whole
//! key run together, then its last two words run together, then its last
//! word (a plural `s` dropped), in the languages of the detectors.

use crate::entity::EntityType;

/// How a field name is read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum FieldKind {
    /// The field holds a value of this type as a whole.
    Typed(EntityType),
    /// An identifier, count or amount: numbers in it are never personal
    /// data, and digit strings are left alone.
    Quantity,
}

/// The entity type for an age in years (generalized to a band).
pub(crate) const AGE: &str = "AGE";
/// The entity type for a postal code (generalized to a prefix).
pub(crate) const POSTCODE: &str = "POSTCODE";

/// Sorted by name (bytes), for binary search; a test checks the order.
const TYPED: &[(&str, &str)] = &[
    ("aadhaar", "IN_AADHAAR"),
    ("accesstoken", "SECRET"),
    ("accountholder", "PERSON"),
    ("achternaam", "PERSON"),
    ("address", "ADDRESS"),
    ("addressline", "ADDRESS"),
    ("adres", "ADDRESS"),
    ("adresse", "ADDRESS"),
    ("age", AGE),
    ("alter", AGE),
    ("anschrift", "ADDRESS"),
    ("apellido", "PERSON"),
    ("apellidos", "PERSON"),
    ("apikey", "SECRET"),
    ("birth", "DATE_OF_BIRTH"),
    ("birthdate", "DATE_OF_BIRTH"),
    ("birthday", "DATE_OF_BIRTH"),
    ("bsn", "NL_BSN"),
    ("cap", POSTCODE),
    ("card", "CREDIT_CARD"),
    ("cardholder", "PERSON"),
    ("cardnumber", "CREDIT_CARD"),
    ("ccnumber", "CREDIT_CARD"),
    ("cell", "PHONE"),
    ("cellphone", "PHONE"),
    ("cellulare", "PHONE"),
    ("cep", POSTCODE),
    ("clientip", "IP_ADDRESS"),
    ("clientname", "PERSON"),
    ("clientsecret", "SECRET"),
    ("cnpj", "BR_CNPJ"),
    ("codepostal", POSTCODE),
    ("codicefiscale", "IT_FISCAL_CODE"),
    ("codigopostal", POSTCODE),
    ("cognome", "PERSON"),
    ("contactname", "PERSON"),
    ("contrasena", "SECRET"),
    ("contraseña", "SECRET"),
    ("correo", "EMAIL"),
    ("courriel", "EMAIL"),
    ("cpf", "BR_CPF"),
    ("creditcard", "CREDIT_CARD"),
    ("customername", "PERSON"),
    ("datadenascimento", "DATE_OF_BIRTH"),
    ("datadinascita", "DATE_OF_BIRTH"),
    ("datanascita", "DATE_OF_BIRTH"),
    ("datenaissance", "DATE_OF_BIRTH"),
    ("dateofbirth", "DATE_OF_BIRTH"),
    ("direccion", "ADDRESS"),
    ("dirección", "ADDRESS"),
    ("displayname", "PERSON"),
    ("dni", "ES_DNI"),
    ("dob", "DATE_OF_BIRTH"),
    ("edad", AGE),
    ("email", "EMAIL"),
    ("emailaddress", "EMAIL"),
    ("endereco", "ADDRESS"),
    ("endereço", "ADDRESS"),
    ("eta", AGE),
    ("età", AGE),
    ("familyname", "PERSON"),
    ("fax", "PHONE"),
    ("fechadenacimiento", "DATE_OF_BIRTH"),
    ("fechanacimiento", "DATE_OF_BIRTH"),
    ("firstname", "PERSON"),
    ("fullname", "PERSON"),
    ("geboortedatum", "DATE_OF_BIRTH"),
    ("geburtsdatum", "DATE_OF_BIRTH"),
    ("geburtstag", "DATE_OF_BIRTH"),
    ("givenname", "PERSON"),
    ("handy", "PHONE"),
    ("iban", "IBAN"),
    ("idade", AGE),
    ("indirizzo", "ADDRESS"),
    ("ip", "IP_ADDRESS"),
    ("ipaddress", "IP_ADDRESS"),
    ("kreditkarte", "CREDIT_CARD"),
    ("lastname", "PERSON"),
    ("leeftijd", AGE),
    ("maidenname", "PERSON"),
    ("mail", "EMAIL"),
    ("middlename", "PERSON"),
    ("mobil", "PHONE"),
    ("mobile", "PHONE"),
    ("motdepasse", "SECRET"),
    ("movil", "PHONE"),
    ("móvil", "PHONE"),
    ("nachname", "PERSON"),
    ("name", "PERSON"),
    ("nationalinsurancenumber", "UK_NINO"),
    ("nhsnumber", "UK_NHS"),
    ("nie", "ES_NIE"),
    ("nino", "UK_NINO"),
    ("nom", "PERSON"),
    ("nombre", "PERSON"),
    ("nome", "PERSON"),
    ("passport", "PASSPORT"),
    ("passportnumber", "PASSPORT"),
    ("passwd", "SECRET"),
    ("password", "SECRET"),
    ("passwort", "SECRET"),
    ("patientname", "PERSON"),
    ("phone", "PHONE"),
    ("phonenumber", "PHONE"),
    ("plz", POSTCODE),
    ("portable", "PHONE"),
    ("postalcode", POSTCODE),
    ("postcode", POSTCODE),
    ("postleitzahl", POSTCODE),
    ("prenom", "PERSON"),
    ("privatekey", "SECRET"),
    ("prénom", "PERSON"),
    ("pwd", "SECRET"),
    ("recipientname", "PERSON"),
    ("refreshtoken", "SECRET"),
    ("reisepass", "PASSPORT"),
    ("remoteaddr", "IP_ADDRESS"),
    ("remoteaddress", "IP_ADDRESS"),
    ("residentregistrationnumber", "KR_RRN"),
    ("rrn", "KR_RRN"),
    ("secret", "SECRET"),
    ("sendername", "PERSON"),
    ("sin", "CA_SIN"),
    ("sobrenome", "PERSON"),
    ("socialsecuritynumber", "US_SSN"),
    ("ssn", "US_SSN"),
    ("steuerid", "DE_TAX_ID"),
    ("strasse", "ADDRESS"),
    ("straße", "ADDRESS"),
    ("street", "ADDRESS"),
    ("streetaddress", "ADDRESS"),
    ("surname", "PERSON"),
    ("tel", "PHONE"),
    ("telefon", "PHONE"),
    ("telefone", "PHONE"),
    ("telefono", "PHONE"),
    ("telefoon", "PHONE"),
    ("telephone", "PHONE"),
    ("teléfono", "PHONE"),
    ("tfn", "AU_TFN"),
    ("token", "SECRET"),
    ("voornaam", "PERSON"),
    ("vorname", "PERSON"),
    ("wachtwoord", "SECRET"),
    ("zip", POSTCODE),
    ("zipcode", POSTCODE),
];

/// Last words that make a field a quantity or identifier.
const QUANTITIES: &[&str] = &[
    "id",
    "ids",
    "uuid",
    "guid",
    "count",
    "amount",
    "total",
    "subtotal",
    "price",
    "cost",
    "qty",
    "quantity",
    "number",
    "no",
    "nr",
    "num",
    "index",
    "version",
    "size",
    "length",
    "width",
    "height",
    "weight",
    "score",
    "rating",
    "year",
    "month",
    "day",
    "hour",
    "minute",
    "second",
    "seconds",
    "ms",
    "timestamp",
    "ts",
    "duration",
    "balance",
    "sum",
    "tax",
    "rate",
    "percent",
    "page",
    "limit",
    "offset",
    "status",
    "code",
];

/// Words before `name` that make it the name of a thing, not a person.
const THING_NAMES: &[&str] = &[
    "file",
    "company",
    "product",
    "event",
    "domain",
    "host",
    "project",
    "app",
    "brand",
    "team",
    "group",
    "field",
    "column",
    "table",
    "key",
    "class",
    "type",
    "tag",
    "branch",
    "repo",
    "org",
    "organization",
    "organisation",
    "business",
    "store",
    "shop",
    "city",
    "country",
    "street",
    "bank",
    "device",
    "model",
    "service",
    "package",
    "module",
    "display",
    "user",
];

/// [`field_kind`] remembered per key: records of one form repeat their keys.
#[derive(Debug, Default)]
pub(crate) struct FieldKinds {
    seen: std::cell::RefCell<foldhash::HashMap<String, Option<FieldKind>>>,
}

/// Keys remembered at most; past this the cache starts over (a hostile
/// record with millions of distinct keys must not grow it without bound).
const CACHED_KEYS: usize = 4096;

impl FieldKinds {
    /// What the field named `key` holds, if its name says.
    pub(crate) fn kind(&self, key: &str) -> Option<FieldKind> {
        if let Some(kind) = self.seen.borrow().get(key) {
            return kind.clone();
        }
        let kind = field_kind(key);
        let mut seen = self.seen.borrow_mut();
        if seen.len() >= CACHED_KEYS {
            seen.clear();
        }
        seen.insert(key.to_owned(), kind.clone());
        kind
    }
}

impl Clone for FieldKinds {
    fn clone(&self) -> FieldKinds {
        FieldKinds::default()
    }
}

/// What the field named `key` holds, if its name says.
pub(crate) fn field_kind(key: &str) -> Option<FieldKind> {
    let words = split_words(key);
    let (last, before) = match words.as_slice() {
        [] => return None,
        [only] => (only.as_str(), None),
        [.., before, last] => (last.as_str(), Some(before.as_str())),
    };
    let joined: String = words.concat();
    let typed = |word: &str| {
        let index = TYPED.binary_search_by(|(name, _)| (*name).cmp(word)).ok()?;
        let (_, entity) = TYPED.get(index)?;
        EntityType::new(entity).ok()
    };
    if let Some(entity) = typed(&joined) {
        return Some(FieldKind::Typed(entity));
    }
    if last == "name" && before.is_some_and(|word| THING_NAMES.contains(&word)) {
        return None;
    }
    if QUANTITIES.contains(&last) {
        return Some(FieldKind::Quantity);
    }
    let last_two = before.map(|before| format!("{before}{last}"));
    if let Some(entity) = last_two.as_deref().and_then(typed) {
        return Some(FieldKind::Typed(entity));
    }
    let singular = last.strip_suffix('s').filter(|stem| stem.len() >= 3);
    typed(last)
        .or_else(|| singular.and_then(typed))
        .map(FieldKind::Typed)
}

/// `contactEmail`, `contact_email`, `Contact-Email` → `["contact", "email"]`.
fn split_words(key: &str) -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    let mut current = String::new();
    let mut previous_lower = false;
    for c in key.chars() {
        if !c.is_alphanumeric() {
            if !current.is_empty() {
                words.push(std::mem::take(&mut current));
            }
            previous_lower = false;
            continue;
        }
        if c.is_uppercase() && previous_lower && !current.is_empty() {
            words.push(std::mem::take(&mut current));
        }
        previous_lower = c.is_lowercase() || c.is_ascii_digit();
        current.extend(c.to_lowercase());
    }
    if !current.is_empty() {
        words.push(current);
    }
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_name_table_is_sorted_for_binary_search() {
        assert!(TYPED.windows(2).all(|pair| pair[0].0 < pair[1].0));
    }

    #[test]
    fn field_name_table() {
        let typed = |entity: &str| Some(FieldKind::Typed(EntityType::new(entity).unwrap()));
        let rows = [
            ("email", typed("EMAIL")),
            ("e_mail", typed("EMAIL")),
            ("contactEmail", typed("EMAIL")),
            ("Email-Address", typed("EMAIL")),
            ("emails", typed("EMAIL")),
            ("phone", typed("PHONE")),
            ("mobile_phone", typed("PHONE")),
            ("Handy", typed("PHONE")),
            ("tel", typed("PHONE")),
            ("customer_rrn", typed("KR_RRN")),
            ("ssn", typed("US_SSN")),
            ("dob", typed("DATE_OF_BIRTH")),
            ("date_of_birth", typed("DATE_OF_BIRTH")),
            ("birthDate", typed("DATE_OF_BIRTH")),
            ("Geburtsdatum", typed("DATE_OF_BIRTH")),
            ("iban", typed("IBAN")),
            ("card_number", typed("CREDIT_CARD")),
            ("password", typed("SECRET")),
            ("api_key", typed("SECRET")),
            ("accessToken", typed("SECRET")),
            ("address", typed("ADDRESS")),
            ("street_address", typed("ADDRESS")),
            ("name", typed("PERSON")),
            ("first_name", typed("PERSON")),
            ("lastName", typed("PERSON")),
            ("customer_name", typed("PERSON")),
            ("Nachname", typed("PERSON")),
            ("prénom", typed("PERSON")),
            ("age", typed("AGE")),
            ("zip", typed("POSTCODE")),
            ("postal_code", typed("POSTCODE")),
            ("client_ip", typed("IP_ADDRESS")),
            ("id", Some(FieldKind::Quantity)),
            ("order_id", Some(FieldKind::Quantity)),
            ("userId", Some(FieldKind::Quantity)),
            ("phone_count", Some(FieldKind::Quantity)),
            ("amount", Some(FieldKind::Quantity)),
            ("totalPrice", Some(FieldKind::Quantity)),
            ("company_name", None),
            ("file_name", None),
            ("username", None),
            ("email_verified", None),
            ("message", None),
            ("notes", None),
            ("", None),
        ];
        for (key, expected) in rows {
            assert_eq!(field_kind(key), expected, "{key}");
        }
    }
}
