//! Characters written as HTML character references (`&#64;`, `&#x2E;`,
//! `&period;`) or percent-encoded (`%40`): the way web pages hide an
//! address from harvesters (`jane&#46;doe&#64;example&#46;com`), and what
//! pasted HTML source and URL-encoded form data hold. The email detector
//! reads an address through them; its pseudonym is that of the address as
//! typed.

/// The named references of the characters an address is made of. (HTML
/// names more than 2,000 characters; these are the ones obfuscators use.)
const NAMED: [(&[u8], char); 7] = [
    (b"&commat;", '@'),
    // `R&amp;D@example.com` in HTML source is `R&D@example.com`.
    (b"&amp;", '&'),
    (b"&period;", '.'),
    (b"&lowbar;", '_'),
    (b"&plus;", '+'),
    // U+2010, read as the view reads that character.
    (b"&hyphen;", '-'),
    (b"&dash;", '-'),
];

/// The longest reference read: `&#x` and six hex digits, or `&#` and seven
/// decimal ones, and `;`, with a leading zero or two (`&#064;`).
const MAX_REF_LEN: usize = 12;

/// The character encoded at the start of `bytes` and the length of its
/// encoding, if `bytes` starts with a character reference or `%` and two hex
/// digits of an ASCII character. `None` for a plain character.
pub(crate) fn encoded_at(bytes: &[u8]) -> Option<(char, usize)> {
    match bytes.first()? {
        b'%' => {
            let high = hex_value(*bytes.get(1)?)?;
            let low = hex_value(*bytes.get(2)?)?;
            // A byte beyond ASCII is a piece of a UTF-8 sequence; a control
            // character or a space is no character of an address.
            let byte = u8::try_from(high * 16 + low)
                .ok()
                .filter(u8::is_ascii_graphic)?;
            Some((char::from(byte), 3))
        }
        b'&' if bytes.get(1) == Some(&b'#') => numeric_at(bytes),
        b'&' => NAMED
            .iter()
            .find(|(name, _)| bytes.starts_with(name))
            .map(|&(name, c)| (c, name.len())),
        _ => None,
    }
}

/// `&#DDD;` or `&#xHHH;` at the start of `bytes`.
fn numeric_at(bytes: &[u8]) -> Option<(char, usize)> {
    let hex = matches!(bytes.get(2), Some(b'x' | b'X'));
    let digits_from = if hex { 3 } else { 2 };
    let radix = if hex { 16 } else { 10 };
    let mut value: u32 = 0;
    let mut len = digits_from;
    for &byte in bytes.iter().skip(digits_from) {
        if byte == b';' {
            break;
        }
        let digit = if hex {
            hex_value(byte)?
        } else {
            char::from(byte).to_digit(10)?
        };
        value = value.checked_mul(radix)?.checked_add(digit)?;
        len += 1;
        if len >= MAX_REF_LEN {
            return None;
        }
    }
    if len == digits_from || bytes.get(len) != Some(&b';') {
        return None;
    }
    let c = char::from_u32(value).filter(|c| !c.is_control())?;
    Some((c, len + 1))
}

fn hex_value(byte: u8) -> Option<u32> {
    char::from(byte).to_digit(16)
}

/// The character encoded just before `end` in `bytes` and where its
/// encoding starts, as [`encoded_at`] reads it.
pub(crate) fn encoded_before(bytes: &[u8], end: usize) -> Option<(char, usize)> {
    let last = *bytes.get(end.checked_sub(1)?)?;
    let start = if last == b';' {
        let from = end.saturating_sub(MAX_REF_LEN);
        from + bytes.get(from..end)?.iter().rposition(|&b| b == b'&')?
    } else {
        end.checked_sub(3)
            .filter(|&start| bytes.get(start) == Some(&b'%'))?
    };
    let (c, len) = encoded_at(bytes.get(start..end)?)?;
    (start + len == end).then_some((c, start))
}

/// `value` with each encoded character written as itself (`jane&#64;example%2Ecom`
/// → `jane@example.com`).
pub(crate) fn decoded(value: &str) -> String {
    let bytes = value.as_bytes();
    let mut out = String::with_capacity(value.len());
    let mut copied = 0;
    let mut pos = 0;
    while pos < bytes.len() {
        if matches!(bytes.get(pos), Some(b'&' | b'%')) {
            if let Some((c, len)) = bytes.get(pos..).and_then(encoded_at) {
                out.push_str(value.get(copied..pos).unwrap_or_default());
                out.push(c);
                pos += len;
                copied = pos;
                continue;
            }
        }
        pos += 1;
    }
    out.push_str(value.get(copied..).unwrap_or_default());
    out
}

#[cfg(test)]
mod tests {
    use super::{decoded, encoded_at, encoded_before};

    #[test]
    fn reads_references_and_percent_escapes() {
        for (text, expected) in [
            ("&#64;x", Some(('@', 5))),
            ("&#064;", Some(('@', 6))),
            ("&#x40;", Some(('@', 6))),
            ("&#X2e;", Some(('.', 6))),
            ("&#x0040;", Some(('@', 8))),
            ("&#46;", Some(('.', 5))),
            ("&#106;", Some(('j', 6))),
            ("&#x1F600;", Some(('\u{1F600}', 9))),
            ("&commat;", Some(('@', 8))),
            ("&period;", Some(('.', 8))),
            ("%40", Some(('@', 3))),
            ("%2E", Some(('.', 3))),
            ("%2e", Some(('.', 3))),
        ] {
            assert_eq!(encoded_at(text.as_bytes()), expected, "{text}");
        }
        for text in [
            "&#;",
            "&#x;",
            "&#64",
            "&#6 4;",
            "&#xD800;",
            "&#x110000;",
            "&#99999999999;",
            "&#00000000064;",
            "&#0;",
            "&#x1F;",
            "%19",
            "%20",
            "&lt;",
            "&commat",
            "%4",
            "%zz",
            "%C3",
            "50%",
            "&",
            "%",
            "x",
        ] {
            assert_eq!(encoded_at(text.as_bytes()), None, "{text}");
        }
    }

    #[test]
    fn reads_backwards_to_the_same_references() {
        for text in ["a&#64;", "a&#x2E;", "a%40", "a&period;", "&#0000064;"] {
            let start = text.find(['&', '%']).unwrap_or(0);
            let forward = encoded_at(text.as_bytes().get(start..).unwrap_or_default());
            assert_eq!(
                encoded_before(text.as_bytes(), text.len()),
                forward.map(|(c, _)| (c, start)),
                "{text}"
            );
        }
        for text in ["a;", "&lt;", "x%4", "a&#64;b", "%40x", "&#64;;"] {
            assert_eq!(encoded_before(text.as_bytes(), text.len()), None, "{text}");
        }
    }

    #[test]
    fn decodes_whole_values() {
        assert_eq!(
            decoded("jane&#46;doe&#x40;example%2Ecom"),
            "jane.doe@example.com"
        );
        assert_eq!(decoded("a&amp;b 100% &#; &lt;"), "a&b 100% &#; &lt;");
        assert_eq!(decoded("ž&#64;é"), "ž@é");
    }
}
