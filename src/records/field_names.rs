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

const TYPED: &[(&str, &str)] = &[
    ("email", "EMAIL"),
    ("emailaddress", "EMAIL"),
    ("mail", "EMAIL"),
    ("correo", "EMAIL"),
    ("courriel", "EMAIL"),
    ("phone", "PHONE"),
    ("phonenumber", "PHONE"),
    ("tel", "PHONE"),
    ("telephone", "PHONE"),
    ("telefon", "PHONE"),
    ("telefono", "PHONE"),
    ("teléfono", "PHONE"),
    ("telefone", "PHONE"),
    ("telefoon", "PHONE"),
    ("mobile", "PHONE"),
    ("mobil", "PHONE"),
    ("cell", "PHONE"),
    ("cellphone", "PHONE"),
    ("cellulare", "PHONE"),
    ("handy", "PHONE"),
    ("portable", "PHONE"),
    ("movil", "PHONE"),
    ("móvil", "PHONE"),
    ("fax", "PHONE"),
    ("ssn", "US_SSN"),
    ("socialsecuritynumber", "US_SSN"),
    ("dob", "DATE_OF_BIRTH"),
    ("birth", "DATE_OF_BIRTH"),
    ("birthdate", "DATE_OF_BIRTH"),
    ("dateofbirth", "DATE_OF_BIRTH"),
    ("birthday", "DATE_OF_BIRTH"),
    ("geburtsdatum", "DATE_OF_BIRTH"),
    ("geburtstag", "DATE_OF_BIRTH"),
    ("datenaissance", "DATE_OF_BIRTH"),
    ("fechanacimiento", "DATE_OF_BIRTH"),
    ("fechadenacimiento", "DATE_OF_BIRTH"),
    ("datanascita", "DATE_OF_BIRTH"),
    ("datadinascita", "DATE_OF_BIRTH"),
    ("geboortedatum", "DATE_OF_BIRTH"),
    ("datadenascimento", "DATE_OF_BIRTH"),
    ("iban", "IBAN"),
    ("card", "CREDIT_CARD"),
    ("cardnumber", "CREDIT_CARD"),
    ("creditcard", "CREDIT_CARD"),
    ("ccnumber", "CREDIT_CARD"),
    ("kreditkarte", "CREDIT_CARD"),
    ("password", "SECRET"),
    ("passwd", "SECRET"),
    ("pwd", "SECRET"),
    ("passwort", "SECRET"),
    ("motdepasse", "SECRET"),
    ("contrasena", "SECRET"),
    ("contraseña", "SECRET"),
    ("wachtwoord", "SECRET"),
    ("secret", "SECRET"),
    ("token", "SECRET"),
    ("apikey", "SECRET"),
    ("accesstoken", "SECRET"),
    ("refreshtoken", "SECRET"),
    ("clientsecret", "SECRET"),
    ("privatekey", "SECRET"),
    ("address", "ADDRESS"),
    ("street", "ADDRESS"),
    ("streetaddress", "ADDRESS"),
    ("addressline", "ADDRESS"),
    ("adresse", "ADDRESS"),
    ("anschrift", "ADDRESS"),
    ("strasse", "ADDRESS"),
    ("straße", "ADDRESS"),
    ("direccion", "ADDRESS"),
    ("dirección", "ADDRESS"),
    ("indirizzo", "ADDRESS"),
    ("adres", "ADDRESS"),
    ("endereco", "ADDRESS"),
    ("endereço", "ADDRESS"),
    ("name", "PERSON"),
    ("fullname", "PERSON"),
    ("firstname", "PERSON"),
    ("lastname", "PERSON"),
    ("middlename", "PERSON"),
    ("givenname", "PERSON"),
    ("familyname", "PERSON"),
    ("surname", "PERSON"),
    ("maidenname", "PERSON"),
    ("displayname", "PERSON"),
    ("customername", "PERSON"),
    ("contactname", "PERSON"),
    ("patientname", "PERSON"),
    ("clientname", "PERSON"),
    ("sendername", "PERSON"),
    ("recipientname", "PERSON"),
    ("cardholder", "PERSON"),
    ("accountholder", "PERSON"),
    ("vorname", "PERSON"),
    ("nachname", "PERSON"),
    ("nom", "PERSON"),
    ("prenom", "PERSON"),
    ("prénom", "PERSON"),
    ("nombre", "PERSON"),
    ("apellido", "PERSON"),
    ("apellidos", "PERSON"),
    ("cognome", "PERSON"),
    ("voornaam", "PERSON"),
    ("achternaam", "PERSON"),
    ("nome", "PERSON"),
    ("sobrenome", "PERSON"),
    ("ip", "IP_ADDRESS"),
    ("ipaddress", "IP_ADDRESS"),
    ("clientip", "IP_ADDRESS"),
    ("remoteaddr", "IP_ADDRESS"),
    ("remoteaddress", "IP_ADDRESS"),
    ("passport", "PASSPORT"),
    ("passportnumber", "PASSPORT"),
    ("reisepass", "PASSPORT"),
    ("nino", "UK_NINO"),
    ("nationalinsurancenumber", "UK_NINO"),
    ("nhsnumber", "UK_NHS"),
    ("steuerid", "DE_TAX_ID"),
    ("aadhaar", "IN_AADHAAR"),
    ("cpf", "BR_CPF"),
    ("cnpj", "BR_CNPJ"),
    ("bsn", "NL_BSN"),
    ("sin", "CA_SIN"),
    ("tfn", "AU_TFN"),
    ("dni", "ES_DNI"),
    ("nie", "ES_NIE"),
    ("codicefiscale", "IT_FISCAL_CODE"),
    ("age", AGE),
    ("alter", AGE),
    ("edad", AGE),
    ("eta", AGE),
    ("età", AGE),
    ("leeftijd", AGE),
    ("idade", AGE),
    ("zip", POSTCODE),
    ("zipcode", POSTCODE),
    ("postcode", POSTCODE),
    ("postalcode", POSTCODE),
    ("plz", POSTCODE),
    ("postleitzahl", POSTCODE),
    ("codepostal", POSTCODE),
    ("codigopostal", POSTCODE),
    ("cap", POSTCODE),
    ("cep", POSTCODE),
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
        TYPED
            .iter()
            .find(|(name, _)| *name == word)
            .and_then(|(_, entity)| EntityType::new(entity).ok())
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
