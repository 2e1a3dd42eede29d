//! Operators: what replaces a finding, chosen per entity type.

use std::collections::BTreeMap;

use crate::detect::read_date;
use crate::entity::EntityType;
use crate::error::Result;
use crate::options::entity_from_value;
use crate::value::{invalid, join, shown, Fields, Value};

/// What replaces a piece of personal data.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Operator {
    /// Removed without a trace.
    Redact,
    /// The type in brackets: `[EMAIL]`.
    Label,
    /// A numbered placeholder, stable within a vault: `<EMAIL_1>`.
    Placeholder,
    /// The keyed HMAC pseudonym: `EMAIL_k1_7QX3M2A9BC4D`.
    Pseudonym,
    /// A realistic fake of the same shape, drawn from the key and reserved
    /// for fiction (`user-7qx3m2a9@example.invalid`, `+1 212 555 0142`); see
    /// the [surrogate table](crate::SURROGATE_DOMAIN). Types without a
    /// surrogate shape get the pseudonym.
    Surrogate,
    /// Characters masked, the first and last ones kept, separators kept:
    /// `•••• •••• •••• 4242`.
    Mask {
        /// Letters and digits kept at the start.
        keep_first: usize,
        /// Letters and digits kept at the end.
        keep_last: usize,
        /// The masking character.
        mask: char,
    },
    /// A coarser value: a birth date becomes its year (or year and month),
    /// an IPv4 address its /24 network, an IPv6 address its /48, an `AGE`
    /// (or any number, with `band`) its band (`30-39`), a `POSTCODE` its
    /// prefix (`101**`, `SW1A ***`). Only for those types (checked when
    /// options are read); a value that cannot be generalised becomes its
    /// label instead.
    Generalize {
        /// Dates keep their month: `1985-03`.
        keep_month: bool,
        /// The width of number bands (default 10).
        band: Option<u32>,
        /// Postcode characters kept (default: the part before a space, else 3).
        prefix: Option<usize>,
    },
    /// A date moved by a number of days drawn from the key and the call's
    /// `subject` (the same for every date of one subject, so intervals
    /// stay true), written `YYYY-MM-DD`. Only for `DATE_OF_BIRTH`.
    DateShift {
        /// The largest shift in either direction, in days (1–3650).
        max_days: u32,
    },
    /// Left as it is.
    Keep,
}

/// The types [`Operator::Generalize`] is defined for.
const GENERALIZABLE: [&str; 4] = ["DATE_OF_BIRTH", "IP_ADDRESS", "AGE", "POSTCODE"];

/// The default and largest shift of [`Operator::DateShift`], in days.
const DEFAULT_SHIFT_DAYS: u32 = 365;
const MAX_SHIFT_DAYS: u32 = 3650;

/// Every operator's name, as in options and in findings.
pub const OPERATOR_NAMES: [&str; 9] = [
    "redact",
    "label",
    "placeholder",
    "pseudonym",
    "surrogate",
    "mask",
    "generalize",
    "dateShift",
    "keep",
];

impl Operator {
    /// The operator's name in options and findings (`"placeholder"`).
    pub fn name(&self) -> &'static str {
        match self {
            Operator::Redact => "redact",
            Operator::Label => "label",
            Operator::Placeholder => "placeholder",
            Operator::Pseudonym => "pseudonym",
            Operator::Surrogate => "surrogate",
            Operator::Mask { .. } => "mask",
            Operator::Generalize { .. } => "generalize",
            Operator::DateShift { .. } => "dateShift",
            Operator::Keep => "keep",
        }
    }

    /// Whether the replacement can be turned back by [`restore`](crate::Blindfold::restore).
    pub fn is_reversible(&self) -> bool {
        matches!(
            self,
            Operator::Placeholder | Operator::Pseudonym | Operator::Surrogate
        )
    }

    /// Whether the operator draws from the key.
    pub(crate) fn needs_key(&self) -> bool {
        matches!(
            self,
            Operator::Pseudonym | Operator::Surrogate | Operator::DateShift { .. }
        )
    }

    /// Reads an operator name, or an object with one operator and its
    /// settings (`{ mask: { keepFirst?, keepLast?, char? } }`,
    /// `{ generalize: { date?: "year" | "month" } }`,
    /// `{ dateShift: { maxDays? } }`), at `path`.
    pub(crate) fn from_value(value: &Value, path: &str) -> Result<Operator> {
        match value {
            Value::String(name) => match name.as_ref() {
                "redact" => Ok(Operator::Redact),
                "label" => Ok(Operator::Label),
                "placeholder" => Ok(Operator::Placeholder),
                "pseudonym" => Ok(Operator::Pseudonym),
                "surrogate" => Ok(Operator::Surrogate),
                "mask" => Ok(Operator::Mask {
                    keep_first: 0,
                    keep_last: 4,
                    mask: '•',
                }),
                "generalize" => Ok(Operator::Generalize {
                    keep_month: false,
                    band: None,
                    prefix: None,
                }),
                "dateShift" => Ok(Operator::DateShift {
                    max_days: DEFAULT_SHIFT_DAYS,
                }),
                "keep" => Ok(Operator::Keep),
                _ => Err(invalid(
                    path,
                    format!(
                        "unknown operator `{}`; expected one of {}",
                        shown(name),
                        OPERATOR_NAMES.join(", ")
                    ),
                )),
            },
            Value::Object(entries) => {
                let [(name, settings)] = entries.as_slice() else {
                    return Err(invalid(
                        path,
                        "an operator object has exactly one field: mask, generalize or dateShift",
                    ));
                };
                let settings_path = join(path, name);
                match name.as_ref() {
                    "mask" => mask_from_value(settings, &settings_path),
                    "generalize" => {
                        let fields = Fields::new(settings, &settings_path, &["date", "band", "prefix"])?;
                        let keep_month = match fields.string("date")? {
                            None | Some("year") => false,
                            Some("month") => true,
                            Some(_) => {
                                return Err(invalid(&fields.path("date"), "expected \"year\" or \"month\""))
                            }
                        };
                        let band = match fields.integer("band")? {
                            None => None,
                            Some(width) => match u32::try_from(width) {
                                Ok(width) if width >= 1 => Some(width),
                                _ => return Err(invalid(&fields.path("band"), "band must be a whole number of at least 1")),
                            },
                        };
                        let prefix = fields.integer("prefix")?;
                        Ok(Operator::Generalize { keep_month, band, prefix })
                    }
                    "dateShift" => {
                        let fields = Fields::new(settings, &settings_path, &["maxDays"])?;
                        let max_days = fields.integer("maxDays")?.unwrap_or(DEFAULT_SHIFT_DAYS as usize);
                        match u32::try_from(max_days) {
                            Ok(days) if (1..=MAX_SHIFT_DAYS).contains(&days) => Ok(Operator::DateShift { max_days: days }),
                            _ => Err(invalid(
                                &fields.path("maxDays"),
                                format!("maxDays is {max_days}; it must lie between 1 and {MAX_SHIFT_DAYS}"),
                            )),
                        }
                    }
                    _ => Err(invalid(
                        &settings_path,
                        format!("unknown operator `{}` with settings; expected mask, generalize or dateShift", shown(name)),
                    )),
                }
            }
            other => Err(invalid(
                path,
                format!("expected an operator name or object, got {}", other.kind()),
            )),
        }
    }
}

/// Reads `{ keepFirst?, keepLast?, char? }` at `path`.
fn mask_from_value(value: &Value, path: &str) -> Result<Operator> {
    let options = Fields::new(value, path, &["keepFirst", "keepLast", "char"])?;
    let character = match options.string("char")? {
        None => '•',
        Some(text) => {
            let mut chars = text.chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) => c,
                _ => {
                    return Err(invalid(
                        &options.path("char"),
                        "the mask character must be one character",
                    ))
                }
            }
        }
    };
    Ok(Operator::Mask {
        keep_first: options.integer("keepFirst")?.unwrap_or(0),
        keep_last: options.integer("keepLast")?.unwrap_or(4),
        mask: character,
    })
}

/// The operator for each entity type, with a default.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Operators {
    /// For every type without its own entry (default: placeholder).
    pub default: Operator,
    /// Per entity type.
    pub by_type: BTreeMap<EntityType, Operator>,
}

impl Default for Operators {
    fn default() -> Operators {
        Operators {
            default: Operator::Placeholder,
            by_type: BTreeMap::new(),
        }
    }
}

impl Operators {
    /// The operator for `entity`.
    pub fn for_type(&self, entity: &EntityType) -> &Operator {
        self.by_type.get(entity).unwrap_or(&self.default)
    }

    /// The first operator that draws from the key, if any (to check a key
    /// is present).
    pub(crate) fn needing_key(&self) -> Option<&Operator> {
        std::iter::once(&self.default)
            .chain(self.by_type.values())
            .find(|operator| operator.needs_key())
    }

    /// Reads `{ default?: op, TYPE: op, … }` at `path`.
    pub(crate) fn from_value(value: &Value, path: &str) -> Result<Operators> {
        let Value::Object(entries) = value else {
            return Err(invalid(
                path,
                format!("expected an object, got {}", value.kind()),
            ));
        };
        let mut operators = Operators::default();
        for (name, value) in entries {
            let entry_path = join(path, name);
            let operator = Operator::from_value(value, &entry_path)?;
            if matches!(operator, Operator::Generalize { .. })
                && !GENERALIZABLE.contains(&name.as_ref())
            {
                return Err(invalid(
                    &entry_path,
                    "generalize is defined for DATE_OF_BIRTH, IP_ADDRESS, AGE and POSTCODE only",
                ));
            }
            if matches!(operator, Operator::DateShift { .. })
                && name != EntityType::DATE_OF_BIRTH.as_str()
            {
                return Err(invalid(
                    &entry_path,
                    "dateShift is defined for DATE_OF_BIRTH only",
                ));
            }
            if name == "default" {
                operators.default = operator;
            } else {
                let entity = entity_from_value(&Value::String(name.clone()), &entry_path)?;
                operators.by_type.insert(entity, operator);
            }
        }
        Ok(operators)
    }
}

/// The settings of [`Operator::Generalize`].
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Generalization {
    pub(crate) keep_month: bool,
    pub(crate) band: Option<u32>,
    pub(crate) prefix: Option<usize>,
}

/// The generalised form of `value` as `entity`, or `None` when it has none.
pub(crate) fn generalize(entity: &EntityType, value: &str, how: Generalization) -> Option<String> {
    if how.band.is_some() || entity.as_str() == "AGE" {
        let number: f64 =
            crate::number::parse_f64(value.trim()).filter(|n: &f64| n.is_finite() && *n >= 0.0)?;
        let width = u64::from(how.band.unwrap_or(10));
        // Whole units below 2^53 are exact in f64; larger numbers have no
        // meaningful band.
        if number >= 9.0e15 {
            return None;
        }
        let low = (number as u64 / width) * width;
        return Some(format!("{low}-{}", low + width - 1));
    }
    if entity.as_str() == "POSTCODE" {
        let code = value.trim();
        let keep = how.prefix.unwrap_or_else(|| {
            code.find(' ').map_or(3, |space| {
                code.get(..space).map_or(3, |p| p.chars().count())
            })
        });
        let mut kept = 0;
        return Some(
            code.chars()
                .map(|c| {
                    if !c.is_alphanumeric() {
                        return c;
                    }
                    kept += 1;
                    if kept <= keep {
                        c
                    } else {
                        '*'
                    }
                })
                .collect(),
        );
    }
    if *entity == EntityType::DATE_OF_BIRTH {
        let date = read_date(value)?;
        return Some(if how.keep_month {
            format!("{:04}-{:02}", date.year, date.month)
        } else {
            format!("{:04}", date.year)
        });
    }
    if *entity == EntityType::IP_ADDRESS {
        let address = value.split('%').next().unwrap_or(value);
        if let Ok(v4) = address.parse::<std::net::Ipv4Addr>() {
            let [a, b, c, _] = v4.octets();
            return Some(format!("{a}.{b}.{c}.0/24"));
        }
        if let Ok(v6) = address.parse::<std::net::Ipv6Addr>() {
            let segments = v6.segments();
            let network =
                std::net::Ipv6Addr::new(segments[0], segments[1], segments[2], 0, 0, 0, 0, 0);
            return Some(format!("{network}/48"));
        }
    }
    None
}

/// `value` with its letters and digits masked except the first
/// `keep_first` and last `keep_last`; other characters (spaces, dashes,
/// `@`, dots) are kept so the shape stays readable.
pub(crate) fn mask(value: &str, keep_first: usize, keep_last: usize, mask: char) -> String {
    // Letters and digits are masked and separators kept; a value of
    // symbols only (a password `!@#$%^&*`) has its every visible character
    // masked, or it would come back as it was.
    let letters = value.chars().any(char::is_alphanumeric);
    let maskable = |c: char| {
        if letters {
            c.is_alphanumeric()
        } else {
            !c.is_whitespace()
        }
    };
    let total = value.chars().filter(|&c| maskable(c)).count();
    // Never reveal more than half of a value, however the operator is set.
    let budget = total / 2;
    let keep_first = keep_first.min(budget);
    let keep_last = keep_last.min(budget - keep_first);
    let mut seen = 0;
    value
        .chars()
        .map(|c| {
            if !maskable(c) {
                return c;
            }
            seen += 1;
            if seen <= keep_first || seen > total - keep_last {
                c
            } else {
                mask
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_value_of_symbols_is_masked_too() {
        assert_eq!(mask("!@#$%^&*", 0, 4, '•'), "••••%^&*");
        assert_eq!(mask("\u{fffd}\u{fffd}", 0, 4, '*'), "*\u{fffd}");
        assert_eq!(mask("! !", 0, 0, '*'), "* *");
    }

    #[test]
    fn masks_keep_separators_and_at_most_half() {
        assert_eq!(
            mask("4242 4242 4242 4242", 0, 4, '•'),
            "•••• •••• •••• 4242"
        );
        assert_eq!(mask("jane@example.com", 1, 3, '*'), "j***@*******.com");
        assert_eq!(mask("12", 0, 4, '•'), "•2");
        assert_eq!(mask("", 2, 2, '•'), "");
    }

    #[test]
    fn every_operator_has_a_listed_name() {
        let all = [
            Operator::Redact,
            Operator::Label,
            Operator::Placeholder,
            Operator::Pseudonym,
            Operator::Surrogate,
            Operator::Mask {
                keep_first: 0,
                keep_last: 0,
                mask: '•',
            },
            Operator::Generalize {
                keep_month: false,
                band: None,
                prefix: None,
            },
            Operator::DateShift { max_days: 1 },
            Operator::Keep,
        ];
        let names: Vec<&str> = all.iter().map(Operator::name).collect();
        assert_eq!(names, OPERATOR_NAMES);
    }

    #[test]
    fn generalization_table() {
        let rows = [
            (EntityType::DATE_OF_BIRTH, "12 March 1985", Some("1985")),
            (EntityType::DATE_OF_BIRTH, "1985-03-12", Some("1985")),
            (
                EntityType::DATE_OF_BIRTH,
                "1985-03-12T00:00:00.000Z",
                Some("1985"),
            ),
            (EntityType::DATE_OF_BIRTH, "1985-03-12Tea", Some("1985")),
            (EntityType::DATE_OF_BIRTH, "12.03.1985T", None),
            (EntityType::DATE_OF_BIRTH, "１２.０３.８５", Some("1985")),
            (EntityType::DATE_OF_BIRTH, "12.03.07", Some("2007")),
            (EntityType::DATE_OF_BIRTH, "31.02.1985", None),
            (EntityType::DATE_OF_BIRTH, "born 1985", None),
            (
                EntityType::IP_ADDRESS,
                "203.0.114.42",
                Some("203.0.114.0/24"),
            ),
            (
                EntityType::IP_ADDRESS,
                "2a02:8108:1234:5678::1%eth0",
                Some("2a02:8108:1234::/48"),
            ),
            (EntityType::EMAIL, "a@b.co", None),
            (EntityType::new("AGE").unwrap(), "37", Some("30-39")),
            (EntityType::new("AGE").unwrap(), "7.5", Some("0-9")),
            (EntityType::new("AGE").unwrap(), "-3", None),
            (EntityType::new("AGE").unwrap(), "old", None),
            (EntityType::new("POSTCODE").unwrap(), "10115", Some("101**")),
            (
                EntityType::new("POSTCODE").unwrap(),
                "SW1A 1AA",
                Some("SW1A ***"),
            ),
            (
                EntityType::new("POSTCODE").unwrap(),
                "1012 AB",
                Some("1012 **"),
            ),
        ];
        for (entity, value, expected) in rows {
            assert_eq!(
                generalize(&entity, value, Generalization::default()).as_deref(),
                expected,
                "{value}"
            );
        }
        let months = [
            ("12 March 1985", "1985-03"),
            ("03/12/85", "1985-12"),
            ("12/31/1985", "1985-12"),
            ("May 1st, 1990", "1990-05"),
        ];
        for (value, expected) in months {
            assert_eq!(
                generalize(
                    &EntityType::DATE_OF_BIRTH,
                    value,
                    Generalization {
                        keep_month: true,
                        ..Generalization::default()
                    }
                )
                .as_deref(),
                Some(expected),
                "{value}"
            );
        }
        let bad = Value::Object(vec![("EMAIL".into(), Value::String("generalize".into()))]);
        assert_eq!(
            Operators::from_value(&bad, "operators").unwrap_err().path(),
            Some("operators.EMAIL")
        );
        let default = Value::Object(vec![("default".into(), Value::String("generalize".into()))]);
        assert_eq!(
            Operators::from_value(&default, "operators")
                .unwrap_err()
                .path(),
            Some("operators.default")
        );
    }

    #[test]
    fn operators_read_from_options() {
        let value = Value::Object(vec![
            ("default".into(), Value::String("label".into())),
            ("EMAIL".into(), Value::String("pseudonym".into())),
            (
                "CREDIT_CARD".into(),
                Value::Object(vec![(
                    "mask".into(),
                    Value::Object(vec![("keepLast".into(), Value::Number(4.0.into()))]),
                )]),
            ),
        ]);
        let operators = Operators::from_value(&value, "operators").unwrap();
        assert_eq!(operators.for_type(&EntityType::PHONE), &Operator::Label);
        assert_eq!(operators.for_type(&EntityType::EMAIL), &Operator::Pseudonym);
        assert!(matches!(
            operators.for_type(&EntityType::CREDIT_CARD),
            Operator::Mask { keep_last: 4, .. }
        ));

        let settings = Value::Object(vec![
            (
                "DATE_OF_BIRTH".into(),
                Value::Object(vec![(
                    "dateShift".into(),
                    Value::Object(vec![("maxDays".into(), Value::Number(30.0.into()))]),
                )]),
            ),
            (
                "IP_ADDRESS".into(),
                Value::Object(vec![(
                    "generalize".into(),
                    Value::Object(vec![("date".into(), Value::String("month".into()))]),
                )]),
            ),
        ]);
        let operators = Operators::from_value(&settings, "operators").unwrap();
        assert_eq!(
            operators.for_type(&EntityType::DATE_OF_BIRTH),
            &Operator::DateShift { max_days: 30 }
        );
        assert!(operators.needing_key().is_some());
        let rejected = [
            (r#"{"EMAIL":"dateShift"}"#, "operators.EMAIL"),
            (
                r#"{"DATE_OF_BIRTH":{"dateShift":{"maxDays":0}}}"#,
                "operators.DATE_OF_BIRTH.dateShift.maxDays",
            ),
            (
                r#"{"DATE_OF_BIRTH":{"generalize":{"date":"day"}}}"#,
                "operators.DATE_OF_BIRTH.generalize.date",
            ),
            (r#"{"EMAIL":{"mask":{},"keep":{}}}"#, "operators.EMAIL"),
            (r#"{"EMAIL":{"hash":{}}}"#, "operators.EMAIL.hash"),
        ];
        for (json, path) in rejected {
            let value = crate::value::tests::from_json(json);
            let error = Operators::from_value(&value, "operators").unwrap_err();
            assert_eq!(error.path(), Some(path), "{json}: {}", error.message());
        }

        let bad = Value::Object(vec![("EMAIL".into(), Value::String("hash".into()))]);
        let error = Operators::from_value(&bad, "operators").unwrap_err();
        assert_eq!(
            (error.code(), error.path()),
            ("INVALID_OPTIONS", Some("operators.EMAIL"))
        );
        let bad_type = Value::Object(vec![("email".into(), Value::String("label".into()))]);
        assert_eq!(
            Operators::from_value(&bad_type, "operators")
                .unwrap_err()
                .path(),
            Some("operators.email")
        );
    }
}
