//! JSON text to [`Value`] and back: how records cross the JavaScript
//! boundary (the wrapper's `JSON.stringify` and `JSON.parse` are native and
//! far faster than walking objects property by property from wasm).
//!
//! Strict RFC 8259: one value, no trailing commas, no comments, depth
//! limited. A lone surrogate escape (`"\ud800"`, which `JSON.stringify`
//! writes for a lone surrogate) becomes U+FFFD, as any text entering the
//! library does.

use std::borrow::Cow;

use crate::error::{Error, ErrorKind, Result};
use crate::value::{Number, Value};

impl<'t> Value<'t> {
    /// Reads JSON text, nested at most `max_depth` arrays and objects deep.
    ///
    /// # Errors
    /// [`ErrorKind::InvalidArgument`] with the byte offset of the first
    /// error, or for nesting deeper than `max_depth`.
    pub fn from_json(text: &'t str, max_depth: usize) -> Result<Value<'t>> {
        let mut parser = Parser {
            text,
            bytes: text.as_bytes(),
            pos: 0,
            max_depth,
            entries: Vec::new(),
            items: Vec::new(),
        };
        parser.skip_space();
        let value = parser.value(0)?;
        parser.skip_space();
        if parser.pos != parser.bytes.len() {
            return Err(parser.error("unexpected text after the JSON value"));
        }
        Ok(value)
    }

    /// Writes the value as JSON text. Bytes are written as an array of
    /// numbers; a non-finite number (which [`Value`] never holds from this
    /// crate's readers) as `null`.
    pub fn to_json(&self) -> String {
        let mut out = String::new();
        write_value(self, &mut out);
        out
    }
}

struct Parser<'t> {
    /// The text read; `bytes` is the same, as bytes.
    text: &'t str,
    bytes: &'t [u8],
    pos: usize,
    max_depth: usize,
    /// The entries and items of the objects and arrays being read, nested
    /// ones above their parents': each container is then moved out in one
    /// allocation of its final size instead of grown entry by entry.
    entries: Vec<(Cow<'t, str>, Value<'t>)>,
    items: Vec<Value<'t>>,
}

impl<'t> Parser<'t> {
    fn error(&self, what: &str) -> Error {
        Error::new(ErrorKind::InvalidArgument, format!("invalid JSON: {what}")).at_offset(self.pos)
    }

    fn skip_space(&mut self) {
        while matches!(self.bytes.get(self.pos), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.pos += 1;
        }
    }

    fn eat(&mut self, literal: &[u8]) -> bool {
        if self.bytes.get(self.pos..self.pos + literal.len()) == Some(literal) {
            self.pos += literal.len();
            true
        } else {
            false
        }
    }

    fn value(&mut self, depth: usize) -> Result<Value<'t>> {
        match self.bytes.get(self.pos) {
            Some(b'{') => self.object(depth + 1),
            Some(b'[') => self.array(depth + 1),
            Some(b'"') => Ok(Value::String(self.string()?)),
            Some(b't') if self.eat(b"true") => Ok(Value::Bool(true)),
            Some(b'f') if self.eat(b"false") => Ok(Value::Bool(false)),
            Some(b'n') if self.eat(b"null") => Ok(Value::Null),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(_) => Err(self.error("expected a value")),
            None => Err(self.error("unexpected end")),
        }
    }

    fn enter(&self, depth: usize) -> Result<()> {
        if depth > self.max_depth {
            return Err(Error::new(
                ErrorKind::InvalidArgument,
                format!(
                    "the record is nested deeper than maxDepth ({})",
                    self.max_depth
                ),
            )
            .at_offset(self.pos));
        }
        Ok(())
    }

    fn object(&mut self, depth: usize) -> Result<Value<'t>> {
        self.enter(depth)?;
        self.pos += 1;
        let mark = self.entries.len();
        let result = self.object_entries(depth);
        let entries = self.entries.split_off(mark);
        result.map(|()| Value::Object(entries))
    }

    /// Reads the entries of an object onto `self.entries`.
    fn object_entries(&mut self, depth: usize) -> Result<()> {
        self.skip_space();
        if self.eat(b"}") {
            return Ok(());
        }
        loop {
            self.skip_space();
            if self.bytes.get(self.pos) != Some(&b'"') {
                return Err(self.error("expected a key"));
            }
            let key = self.string()?;
            self.skip_space();
            if !self.eat(b":") {
                return Err(self.error("expected `:`"));
            }
            self.skip_space();
            let value = self.value(depth)?;
            self.entries.push((key, value));
            self.skip_space();
            if self.eat(b",") {
                continue;
            }
            if self.eat(b"}") {
                return Ok(());
            }
            return Err(self.error("expected `,` or `}`"));
        }
    }

    fn array(&mut self, depth: usize) -> Result<Value<'t>> {
        self.enter(depth)?;
        self.pos += 1;
        let mark = self.items.len();
        let result = self.array_items(depth);
        let items = self.items.split_off(mark);
        result.map(|()| Value::Array(items))
    }

    /// Reads the items of an array onto `self.items`.
    fn array_items(&mut self, depth: usize) -> Result<()> {
        self.skip_space();
        if self.eat(b"]") {
            return Ok(());
        }
        loop {
            self.skip_space();
            let item = self.value(depth)?;
            self.items.push(item);
            self.skip_space();
            if self.eat(b",") {
                continue;
            }
            if self.eat(b"]") {
                return Ok(());
            }
            return Err(self.error("expected `,` or `]`"));
        }
    }

    fn number(&mut self) -> Result<Value<'t>> {
        let start = self.pos;
        self.eat(b"-");
        let digits = |parser: &mut Parser<'_>| {
            let from = parser.pos;
            while parser.bytes.get(parser.pos).is_some_and(u8::is_ascii_digit) {
                parser.pos += 1;
            }
            parser.pos - from
        };
        let integer_start = self.pos;
        let integer = digits(self);
        let leading_zero = integer > 1 && self.bytes.get(integer_start) == Some(&b'0');
        if integer == 0 || leading_zero {
            self.pos = start;
            return Err(self.error("malformed number"));
        }
        if self.eat(b".") && digits(self) == 0 {
            self.pos = start;
            return Err(self.error("malformed number"));
        }
        if matches!(self.bytes.get(self.pos), Some(b'e' | b'E')) {
            self.pos += 1;
            if matches!(self.bytes.get(self.pos), Some(b'+' | b'-')) {
                self.pos += 1;
            }
            if digits(self) == 0 {
                self.pos = start;
                return Err(self.error("malformed number"));
            }
        }
        let text = std::str::from_utf8(self.bytes.get(start..self.pos).unwrap_or_default())
            .map_err(|_| self.error("malformed number"))?;
        match crate::number::parse_f64(text) {
            Some(number) if number.is_finite() => Ok(Value::Number(Number::read(number, text))),
            _ => {
                self.pos = start;
                Err(self.error("a number out of range"))
            }
        }
    }

    /// A string: borrowed from the text where it holds no escape.
    fn string(&mut self) -> Result<Cow<'t, str>> {
        self.pos += 1;
        let mut out = String::new();
        loop {
            let run_start = self.pos;
            // A run ends where a written string would need an escape.
            self.pos += self.bytes.get(self.pos..).map_or(0, |rest| {
                rest.iter()
                    .position(|&b| NEEDS_ESCAPE.get(usize::from(b)).copied().unwrap_or(true))
                    .unwrap_or(rest.len())
            });
            // The run ends at an ASCII byte (or the end), so it is whole
            // characters of the text: no need to check it again.
            let run = self.text.get(run_start..self.pos).unwrap_or_default();
            match self.bytes.get(self.pos) {
                // Without escapes, the string is the run itself.
                Some(b'"') if out.is_empty() => {
                    self.pos += 1;
                    return Ok(Cow::Borrowed(run));
                }
                Some(b'"') => {
                    self.pos += 1;
                    out.push_str(run);
                    return Ok(Cow::Owned(out));
                }
                Some(b'\\') => {
                    out.push_str(run);
                    self.pos += 1;
                    self.escape(&mut out)?;
                }
                Some(_) => return Err(self.error("a control character in a string")),
                None => return Err(self.error("an unterminated string")),
            }
        }
    }

    fn escape(&mut self, out: &mut String) -> Result<()> {
        let Some(&byte) = self.bytes.get(self.pos) else {
            return Err(self.error("an unterminated escape"));
        };
        self.pos += 1;
        let simple = match byte {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let unit = self.hex4()?;
                let c = if (0xD800..0xDC00).contains(&unit) {
                    // A high surrogate: a low one must follow to make a
                    // character.
                    let low_follows = self.bytes.get(self.pos..self.pos + 2) == Some(b"\\u");
                    let mark = self.pos;
                    let low = if low_follows {
                        self.pos += 2;
                        self.hex4()?
                    } else {
                        0
                    };
                    if (0xDC00..0xE000).contains(&low) {
                        char::from_u32(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00))
                    } else {
                        self.pos = mark;
                        None
                    }
                } else {
                    char::from_u32(unit)
                };
                c.unwrap_or('\u{FFFD}')
            }
            _ => return Err(self.error("an unknown escape")),
        };
        out.push(simple);
        Ok(())
    }

    fn hex4(&mut self) -> Result<u32> {
        let digits = self
            .bytes
            .get(self.pos..self.pos + 4)
            .and_then(|d| std::str::from_utf8(d).ok())
            .filter(|d| d.bytes().all(|b| b.is_ascii_hexdigit()))
            .ok_or_else(|| self.error("a malformed \\u escape"))?;
        let unit =
            u32::from_str_radix(digits, 16).map_err(|_| self.error("a malformed \\u escape"))?;
        self.pos += 4;
        Ok(unit)
    }
}

/// Appends `value` as JSON text.
pub(crate) fn write_value(value: &Value, out: &mut String) {
    match value {
        Value::Null => out.push_str("null"),
        Value::Bool(true) => out.push_str("true"),
        Value::Bool(false) => out.push_str("false"),
        Value::Number(number) => number.write(out),
        Value::String(text) => write_string(text, out),
        Value::Bytes(bytes) => {
            out.push('[');
            for (index, byte) in bytes.iter().enumerate() {
                if index > 0 {
                    out.push(',');
                }
                out.push_str(&byte.to_string());
            }
            out.push(']');
        }
        Value::Array(items) => {
            out.push('[');
            for (index, item) in items.iter().enumerate() {
                if index > 0 {
                    out.push(',');
                }
                write_value(item, out);
            }
            out.push(']');
        }
        Value::Object(entries) => {
            out.push('{');
            for (index, (key, item)) in entries.iter().enumerate() {
                if index > 0 {
                    out.push(',');
                }
                write_string(key, out);
                out.push(':');
                write_value(item, out);
            }
            out.push('}');
        }
    }
}

/// Appends `number` in decimal, as `format!("{number}")` would, without the
/// formatting machinery: this runs for every finding and placeholder.
pub(crate) fn push_decimal(out: &mut String, number: u64) {
    let mut digits = [0u8; 20];
    let mut count = 0;
    let mut rest = number;
    for slot in &mut digits {
        // `rest % 10` is a single digit.
        *slot = b'0' + (rest % 10) as u8;
        count += 1;
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    // Pushed as ASCII characters: no UTF-8 check of the digits.
    for &digit in digits.iter().take(count).rev() {
        out.push(char::from(digit));
    }
}

/// Bytes a JSON string cannot hold as they are: control characters, `"`
/// and `\\`.
// Evaluated at compile time: an index out of bounds is a build error.
#[allow(clippy::indexing_slicing)]
const NEEDS_ESCAPE: [bool; 256] = {
    let mut table = [false; 256];
    let mut byte = 0;
    while byte < 0x20 {
        table[byte] = true;
        byte += 1;
    }
    table[b'"' as usize] = true;
    table[b'\\' as usize] = true;
    table
};

/// Writes `text` as a JSON string.
pub(crate) fn write_string(text: &str, out: &mut String) {
    out.reserve(text.len() + 2);
    out.push('"');
    let bytes = text.as_bytes();
    let mut copied = 0;
    // Runs without escapes are copied whole.
    while let Some(offset) = bytes.get(copied..).and_then(|rest| {
        rest.iter()
            .position(|&b| NEEDS_ESCAPE.get(usize::from(b)).copied().unwrap_or(false))
    }) {
        let at = copied + offset;
        out.push_str(text.get(copied..at).unwrap_or_default());
        let byte = bytes.get(at).copied().unwrap_or_default();
        match byte {
            b'"' => out.push_str("\\\""),
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            _ => {
                out.push_str("\\u00");
                for nibble in [byte >> 4, byte & 0xF] {
                    out.push(char::from_digit(u32::from(nibble), 16).unwrap_or('0'));
                }
            }
        }
        copied = at + 1;
    }
    out.push_str(text.get(copied..).unwrap_or_default());
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimals_as_format_writes_them() {
        for number in [0, 7, 10, 99, 100, 4_294_967_295, u64::MAX] {
            let mut out = String::from("x");
            push_decimal(&mut out, number);
            assert_eq!(out, format!("x{number}"));
        }
    }

    #[test]
    fn numbers_are_written_as_read_or_as_javascript_writes_them() {
        // Built in Rust: as `String(n)` in JavaScript.
        for (number, expected) in [
            (0.0, "0"),
            (-0.0, "0"),
            (-1.0, "-1"),
            (49.9, "49.9"),
            (1e15, "1000000000000000"),
            (9_007_199_254_740_991.0, "9007199254740991"),
            (9_007_199_254_740_992.0, "9007199254740992"),
            (1e21, "1e+21"),
            (1e-7, "1e-7"),
        ] {
            assert_eq!(Value::Number(number.into()).to_json(), expected, "{number}");
        }
        // Read from JSON text: as it was written.
        for text in [
            "1.50",
            "-0",
            "1E+2",
            "0.30000000000000004",
            "2.2250738585072014e-308",
        ] {
            assert_eq!(Value::from_json(text, 1).unwrap().to_json(), text);
        }
    }

    #[test]
    fn round_trips_and_escapes() {
        let text = r#"{"a":[1,-2.5,1e3,true,false,null],"b\"c":"x\ny\u0001\u00e9\ud83e\udd80","__proto__":{}}"#;
        let value = Value::from_json(text, 8).unwrap();
        let Value::Object(entries) = &value else {
            panic!()
        };
        assert_eq!(entries[1].0, "b\"c");
        assert_eq!(entries[1].1, Value::String("x\ny\u{1}é🦀".into()));
        assert_eq!(entries[2].0, "__proto__");
        assert_eq!(
            value.to_json(),
            r#"{"a":[1,-2.5,1e3,true,false,null],"b\"c":"x\ny\u0001é🦀","__proto__":{}}"#
        );
        assert_eq!(Value::from_json(&value.to_json(), 8).unwrap(), value);
        assert_eq!(
            Value::from_json(r#""\ud800x\udc00""#, 1).unwrap(),
            Value::String("\u{FFFD}x\u{FFFD}".into()),
            "lone surrogates"
        );
    }

    #[test]
    fn strings_without_escapes_borrow_from_the_text() {
        use std::borrow::Cow;
        let value = Value::from_json(r#"{"name":"Jana","note":"a\nb","say\"":""}"#, 2).unwrap();
        let Value::Object(entries) = &value else {
            panic!()
        };
        let borrowed = |text: &Cow<'_, str>| matches!(text, Cow::Borrowed(_));
        let strings: Vec<(bool, bool)> = entries
            .iter()
            .map(|(name, value)| {
                let Value::String(text) = value else { panic!() };
                (borrowed(name), borrowed(text))
            })
            .collect();
        assert_eq!(strings, [(true, true), (true, false), (false, true)]);
        assert_eq!(value.clone().into_owned(), value);
    }

    #[test]
    fn malformed_json_names_the_offset() {
        let rows = [
            ("", 0),
            ("{", 1),
            ("[1,]", 3),
            ("{\"a\" 1}", 5),
            ("01", 0),
            ("1.", 0),
            ("\"\u{1}\"", 1),
            ("\"\\x\"", 3),
            ("nul", 0),
            ("1 2", 2),
            ("1e999", 0),
            ("\"\\u12\"", 3),
        ];
        for (text, offset) in rows {
            let error = Value::from_json(text, 8).unwrap_err();
            assert_eq!(
                (error.code(), error.offset()),
                ("INVALID_ARGUMENT", Some(offset)),
                "{text:?}: {}",
                error.message()
            );
        }
        let deep = "[".repeat(10_000);
        let error = Value::from_json(&deep, 64).unwrap_err();
        assert!(error.message().contains("maxDepth"), "{}", error.message());
        assert!(Value::from_json(&format!("{}{}", "[".repeat(64), "]".repeat(64)), 64).is_ok());
    }
}
