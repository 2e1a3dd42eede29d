//! JSON-like data, as it crosses from JavaScript: options now, records later.
//!
//! The binding builds a [`Value`] from a JS value (refusing what JSON cannot
//! hold, with the path of the offending field); the core reads it with
//! [`Fields`], which names the path of every error and refuses unknown
//! fields, so that a typo in an option fails loudly.

use std::borrow::Cow;

use crate::error::{Error, ErrorKind, Result};

/// A JSON-like value. Objects keep their key order.
///
/// Strings and keys borrow from the JSON text they were read from
/// ([`Value::from_json`]) wherever that text needs no unescaping: a batch of
/// records is read without a string allocated per field. Values built from
/// JavaScript or by hand own theirs (`Value<'static>`).
#[derive(Clone, Debug, PartialEq)]
pub enum Value<'a> {
    /// `null` (and `undefined`).
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A finite number.
    Number(Number<'a>),
    /// A string.
    String(Cow<'a, str>),
    /// Raw bytes (`Uint8Array`).
    Bytes(Vec<u8>),
    /// An array.
    Array(Vec<Value<'a>>),
    /// An object, in key order.
    Object(Vec<(Cow<'a, str>, Value<'a>)>),
}

/// A JSON number: its value, and the text it was read from, which is how it
/// is written back (JSON text from `JSON.stringify` writes each number as
/// JavaScript does, and copying it needs no float formatting). Equal to
/// another of the same value, whatever its text (`1`, `1.0`, `1e0`).
#[derive(Clone, Debug)]
pub struct Number<'a> {
    value: f64,
    text: Option<Cow<'a, str>>,
}

impl<'a> Number<'a> {
    /// The number's value.
    pub fn value(&self) -> f64 {
        self.value
    }

    /// The JSON text it was read from, if it was.
    pub fn text(&self) -> Option<&str> {
        self.text.as_deref()
    }

    /// Appends the number as it was read, else as JavaScript's `String(n)`
    /// writes it.
    pub(crate) fn write(&self, out: &mut String) {
        match self.text() {
            Some(text) => out.push_str(text),
            None => crate::number::push_js_number(out, self.value),
        }
    }

    /// `value` read from `text`, a JSON number that reads as it.
    pub(crate) fn read(value: f64, text: &'a str) -> Number<'a> {
        Number {
            value,
            text: Some(Cow::Borrowed(text)),
        }
    }

    fn into_owned(self) -> Number<'static> {
        Number {
            value: self.value,
            text: self.text.map(|text| Cow::Owned(text.into_owned())),
        }
    }
}

impl From<f64> for Number<'_> {
    fn from(value: f64) -> Self {
        Number { value, text: None }
    }
}

impl PartialEq for Number<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.value == other.value
    }
}

impl Value<'_> {
    /// What kind of value this is, for error messages.
    pub fn kind(&self) -> &'static str {
        match self {
            Value::Null => "null",
            Value::Bool(_) => "a boolean",
            Value::Number(_) => "a number",
            Value::String(_) => "a string",
            Value::Bytes(_) => "a Uint8Array",
            Value::Array(_) => "an array",
            Value::Object(_) => "an object",
        }
    }

    /// The same value, owning its strings.
    pub fn into_owned(self) -> Value<'static> {
        let owned = |text: Cow<'_, str>| Cow::Owned(text.into_owned());
        match self {
            Value::Null => Value::Null,
            Value::Bool(flag) => Value::Bool(flag),
            Value::Number(number) => Value::Number(number.into_owned()),
            Value::String(text) => Value::String(owned(text)),
            Value::Bytes(bytes) => Value::Bytes(bytes),
            Value::Array(items) => Value::Array(items.into_iter().map(Value::into_owned).collect()),
            Value::Object(entries) => Value::Object(
                entries
                    .into_iter()
                    .map(|(name, value)| (owned(name), value.into_owned()))
                    .collect(),
            ),
        }
    }
}

/// Joins a path and a field name: `keys[1]` + `id` → `keys[1].id`.
pub(crate) fn join(path: &str, field: &str) -> String {
    let field = shown(field);
    if path.is_empty() {
        field
    } else {
        format!("{path}.{field}")
    }
}

/// The longest field name an error repeats.
const MAX_SHOWN_NAME: usize = 32;

/// A field name as errors show it: names longer than any option or entity
/// type are not repeated (a secret pasted where a name belongs must not end
/// up in a log), only their length.
pub(crate) fn shown(name: &str) -> String {
    let length = name.chars().count();
    if length <= MAX_SHOWN_NAME {
        name.to_owned()
    } else {
        format!("<a {length}-character name>")
    }
}

/// The fields of an object being read as options, with its path.
#[derive(Debug)]
pub(crate) struct Fields<'a> {
    path: String,
    entries: &'a [(Cow<'a, str>, Value<'a>)],
}

impl<'a> Fields<'a> {
    /// Reads `value` (at `path`) as an object whose fields are all in `known`.
    pub(crate) fn new(value: &'a Value<'a>, path: &str, known: &[&str]) -> Result<Fields<'a>> {
        let Value::Object(entries) = value else {
            return Err(invalid(
                path,
                format!("expected an object, got {}", value.kind()),
            ));
        };
        for (name, _) in entries {
            if !known.contains(&name.as_ref()) {
                return Err(invalid(
                    &join(path, name),
                    format!(
                        "unknown field `{}`; expected one of: {}",
                        shown(name),
                        known.join(", ")
                    ),
                ));
            }
        }
        Ok(Fields {
            path: path.to_owned(),
            entries,
        })
    }

    /// The path of `field` in this object.
    pub(crate) fn path(&self, field: &str) -> String {
        join(&self.path, field)
    }

    /// The field's value; `None` when absent, `null` or `undefined`.
    pub(crate) fn get(&self, field: &str) -> Option<&'a Value<'a>> {
        self.entries
            .iter()
            .find(|(name, _)| name.as_ref() == field)
            .map(|(_, value)| value)
            .filter(|v| **v != Value::Null)
    }

    pub(crate) fn string(&self, field: &str) -> Result<Option<&'a str>> {
        self.get(field)
            .map(|value| as_str(value, &self.path(field)))
            .transpose()
    }

    pub(crate) fn number(&self, field: &str) -> Result<Option<f64>> {
        self.get(field)
            .map(|value| match value {
                Value::Number(number) => Ok(number.value()),
                other => Err(invalid(
                    &self.path(field),
                    format!("expected a number, got {}", other.kind()),
                )),
            })
            .transpose()
    }

    /// A whole number from 0 to 2⁵³.
    pub(crate) fn integer(&self, field: &str) -> Result<Option<usize>> {
        match self.number(field)? {
            None => Ok(None),
            Some(number)
                if number.fract() == 0.0 && (0.0..=9_007_199_254_740_992.0).contains(&number) =>
            {
                Ok(Some(number as usize))
            }
            Some(_) => Err(invalid(
                &self.path(field),
                "expected a whole number of 0 or more",
            )),
        }
    }

    pub(crate) fn boolean(&self, field: &str) -> Result<Option<bool>> {
        self.get(field)
            .map(|value| match value {
                Value::Bool(flag) => Ok(*flag),
                other => Err(invalid(
                    &self.path(field),
                    format!("expected true or false, got {}", other.kind()),
                )),
            })
            .transpose()
    }

    /// An array, each item read by `item` with its path.
    pub(crate) fn array<T>(
        &self,
        field: &str,
        mut item: impl FnMut(&'a Value<'a>, &str) -> Result<T>,
    ) -> Result<Option<Vec<T>>> {
        let Some(value) = self.get(field) else {
            return Ok(None);
        };
        let path = self.path(field);
        let Value::Array(items) = value else {
            return Err(invalid(
                &path,
                format!("expected an array, got {}", value.kind()),
            ));
        };
        items
            .iter()
            .enumerate()
            .map(|(index, value)| item(value, &format!("{path}[{index}]")))
            .collect::<Result<Vec<T>>>()
            .map(Some)
    }

    /// An object used as a map: each entry read by `entry` with its path.
    pub(crate) fn map<T>(
        &self,
        field: &str,
        mut entry: impl FnMut(&'a str, &'a Value<'a>, &str) -> Result<T>,
    ) -> Result<Option<Vec<T>>> {
        let Some(value) = self.get(field) else {
            return Ok(None);
        };
        let path = self.path(field);
        let Value::Object(entries) = value else {
            return Err(invalid(
                &path,
                format!("expected an object, got {}", value.kind()),
            ));
        };
        entries
            .iter()
            .map(|(name, value)| entry(name, value, &join(&path, name)))
            .collect::<Result<Vec<T>>>()
            .map(Some)
    }
}

/// Reads a string at `path`.
pub(crate) fn as_str<'a>(value: &'a Value<'_>, path: &str) -> Result<&'a str> {
    match value {
        Value::String(text) => Ok(text),
        other => Err(invalid(
            path,
            format!("expected a string, got {}", other.kind()),
        )),
    }
}

/// An `INVALID_OPTIONS` error at `path`.
pub(crate) fn invalid(path: &str, message: impl Into<String>) -> Error {
    let error = Error::new(ErrorKind::InvalidOptions, message);
    if path.is_empty() {
        error
    } else {
        error.at_path(path)
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// `json` read into a [`Value`], for tests.
    pub(crate) fn from_json(json: &str) -> Value<'static> {
        fn convert(value: serde_json::Value) -> Value<'static> {
            match value {
                serde_json::Value::Null => Value::Null,
                serde_json::Value::Bool(b) => Value::Bool(b),
                serde_json::Value::Number(n) => Value::Number(n.as_f64().unwrap().into()),
                serde_json::Value::String(s) => Value::String(s.into()),
                serde_json::Value::Array(items) => {
                    Value::Array(items.into_iter().map(convert).collect())
                }
                serde_json::Value::Object(entries) => Value::Object(
                    entries
                        .into_iter()
                        .map(|(k, v)| (k.into(), convert(v)))
                        .collect(),
                ),
            }
        }
        convert(serde_json::from_str(json).unwrap())
    }

    fn object(entries: &[(&str, Value<'static>)]) -> Value<'static> {
        Value::Object(
            entries
                .iter()
                .map(|(k, v)| ((*k).to_owned().into(), v.clone()))
                .collect(),
        )
    }

    #[test]
    fn fields_name_paths_and_refuse_unknown_names() {
        let value = object(&[
            ("a", Value::Number(3.0.into())),
            (
                "list",
                Value::Array(vec![Value::String("x".into()), Value::Bool(true)]),
            ),
        ]);
        let fields = Fields::new(&value, "outer", &["a", "list", "missing"]).unwrap();
        assert_eq!(fields.integer("a").unwrap(), Some(3));
        assert_eq!(fields.string("missing").unwrap(), None);
        let error = fields
            .array("list", |v, p| as_str(v, p).map(str::to_owned))
            .unwrap_err();
        assert_eq!(
            (error.code(), error.path()),
            ("INVALID_OPTIONS", Some("outer.list[1]"))
        );
        let error = Fields::new(&value, "", &["a"]).unwrap_err();
        assert_eq!(error.path(), Some("list"));
        assert!(error.message().contains("unknown field `list`"));
        let error = fields.string("a").unwrap_err();
        assert_eq!(error.message(), "expected a string, got a number");
        let fractional = object(&[("n", Value::Number(1.5.into()))]);
        assert!(Fields::new(&fractional, "", &["n"])
            .unwrap()
            .integer("n")
            .is_err());
    }
}
