//! URL: `http(s)://`, `ftp://` and `www.` addresses, also defanged
//! (`hxxps://`, `http[:]//`, `www[.]`), without the punctuation that ends
//! the sentence around them. Credentials and query values inside a
//! URL are covered because the whole URL is one finding.

use super::custom::push_lowered;
use super::markers::{with_plain_dots, Markers};
use super::text::{char_at, char_before, continues_word};
use super::{Candidate, Sink};
use crate::entity::EntityType;
use crate::sort::sort;

/// The longest URL reported as one finding, in bytes; keeps the trailing
/// punctuation trimming linear.
const MAX_URL_LEN: usize = 4096;

/// Scheme names, a longer one before its prefix; `hxxp`, `hxxps` and `fxp`
/// are how security notes defang a link so that it cannot be clicked.
const SCHEME_NAMES: &[&str] = &["https", "http", "ftps", "ftp", "hxxps", "hxxp", "fxp"];

/// What follows a scheme's name: `://`, or a defanged `[:]//` or `[://]`.
const SCHEME_SEPARATORS: &[&str] = &["://", "[:]//", "[://]", "(:)//"];

/// The length of the scheme (with its separator) or `www.` (`www[.]`) that
/// `rest` starts with, in any case.
fn scheme_len(rest: &str) -> Option<usize> {
    let starts_with = |text: &str, prefix: &str| {
        text.get(..prefix.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(prefix))
    };
    if starts_with(rest, "www.") {
        return Some(4);
    }
    if starts_with(rest, "www[.]") || starts_with(rest, "www(.)") {
        return Some(6);
    }
    let name = SCHEME_NAMES.iter().find(|name| starts_with(rest, name))?;
    let after = rest.get(name.len()..)?;
    let separator = SCHEME_SEPARATORS
        .iter()
        .find(|separator| after.starts_with(**separator))?;
    Some(name.len() + separator.len())
}

/// `value`, a found URL, as it would be clicked: a defanged scheme, its
/// separator and dots written plainly (`hxxps://evil[.]com/a` →
/// `https://evil.com/a`, `www[.]example[.]org`), the scheme and host in
/// lower case; the path and query as written (they are case-sensitive).
pub(crate) fn plain_url(value: &str) -> String {
    let mut plain = value.trim().to_owned();
    // Every defanged separator opens with a bracket; most URLs hold none.
    if plain.bytes().any(|b| matches!(b, b'[' | b'(')) {
        for separator in SCHEME_SEPARATORS.iter().filter(|s| **s != "://") {
            if plain.contains(separator) {
                plain = plain.replacen(separator, "://", 1);
            }
        }
    }
    let plain = with_plain_dots(plain);
    let host_from = plain.find("://").map_or(0, |at| at + 3);
    let host_to = plain
        .get(host_from..)
        .and_then(|rest| rest.find(['/', '?', '#']))
        .map_or(plain.len(), |at| host_from + at);
    // Credentials before the host keep their case.
    let host_from = plain
        .get(host_from..host_to)
        .and_then(|authority| authority.rfind('@'))
        .map_or(host_from, |at| host_from + at + 1);
    let before_host = plain.get(..host_from).unwrap_or_default();
    let scheme_end = before_host.find("://").map_or(0, |at| at + 3);
    let mut head = before_host
        .get(..scheme_end)
        .unwrap_or_default()
        .to_ascii_lowercase();
    for (defanged, scheme) in [
        ("hxxps://", "https://"),
        ("hxxp://", "http://"),
        ("fxp://", "ftp://"),
    ] {
        if head == defanged {
            head = scheme.to_owned();
        }
    }
    head.push_str(before_host.get(scheme_end..).unwrap_or_default());
    push_lowered(plain.get(host_from..host_to).unwrap_or_default(), &mut head);
    head.push_str(plain.get(host_to..).unwrap_or_default());
    head
}

fn is_url_char(c: char) -> bool {
    !(c.is_whitespace()
        || c.is_control()
        || matches!(c, '<' | '>' | '"' | '`' | '{' | '}' | '|' | '\\' | '^'))
}

/// Finds URLs by their scheme or `www.` prefix.
#[inline(never)]
pub(crate) fn detect(view: &str, markers: &Markers, out: &mut Sink) {
    let bytes = view.as_bytes();
    let mut starts: Vec<usize> = Vec::new();
    // Every URL start holds "://" (after a scheme, perhaps defanged as
    // `[:]//` or `[://]`) or "www.": walk back from the colon over the
    // scheme.
    let schemes =
        markers.colons.iter().copied().filter(|&colon| {
            matches!(bytes.get(colon + 1..colon + 3), Some(b"//" | b"]/" | b")/"))
        });
    for colon in schemes {
        let bracket = usize::from(colon > 0 && matches!(bytes.get(colon - 1), Some(b'[' | b'(')));
        let name_len = bytes
            .get(..colon - bracket)
            .unwrap_or_default()
            .iter()
            .rev()
            .take(6)
            .take_while(|b| b.is_ascii_alphabetic())
            .count();
        starts.push(colon - bracket - name_len);
    }
    starts.extend_from_slice(&markers.www);
    sort(&mut starts);
    let mut covered = 0;
    for start in starts {
        if start < covered {
            continue;
        }
        let Some(rest) = view.get(start..) else {
            continue;
        };
        let Some(scheme_len) = scheme_len(rest) else {
            continue;
        };
        // A scheme inside a word (`xhttp://`, `awww.`) is not a URL start.
        if char_before(view, start).is_some_and(|c| c != '_' && continues_word(c)) {
            continue;
        }
        // Any host after the scheme makes a URL, even one letter: a short
        // one left out would leave `https://` beside whatever is found
        // next, and the two read as a URL once that is replaced.
        let len = url_len(rest);
        if len <= scheme_len {
            continue;
        }
        out.push(Candidate::new(EntityType::URL, start, start + len, 0.9));
        covered = start + len;
    }
}

/// Extends each URL among the resolved, ordered `findings` that another
/// finding grew past its own end (`http://x.+40 601 122 456…`, merged with
/// the phone number it runs into) over the URL characters glued after it,
/// up to the next finding: redacting the output again would otherwise read
/// the replacement and those characters as a longer URL than the first
/// pass did. (A URL as found already ends where they do.)
pub(crate) fn extend_grown(view: &str, findings: &mut [Candidate]) {
    for index in 0..findings.len() {
        let limit = findings
            .get(index + 1)
            .map_or(view.len(), |next| next.start);
        let Some(url) = findings.get_mut(index) else {
            break;
        };
        if url.entity != EntityType::URL || url.end - url.start >= MAX_URL_LEN {
            continue;
        }
        let glued = view.get(url.end..limit).map_or(0, url_len);
        url.end += glued;
    }
}

/// The length of the URL at the start of `rest`, trailing punctuation excluded.
fn url_len(rest: &str) -> usize {
    // Byte by byte, characters beyond ASCII decoded (by characters, this
    // cost ~60 instructions a byte of every URL).
    let bytes = rest.as_bytes();
    let mut len = 0;
    while len < MAX_URL_LEN {
        let Some(&byte) = bytes.get(len) else {
            break;
        };
        let width = if byte.is_ascii() {
            URL_ASCII
                .get(usize::from(byte))
                .copied()
                .unwrap_or(false)
                .then_some(1)
        } else {
            char_at(rest, len)
                .filter(|&c| is_url_char(c))
                .map(char::len_utf8)
        };
        let Some(width) = width else {
            break;
        };
        len += width;
    }
    // A longer run is reported whole up to the cap (the rest is found as the
    // next URL-like run, if any): still redacted, in linear time.
    if len > MAX_URL_LEN {
        len = MAX_URL_LEN;
        while !rest.is_char_boundary(len) {
            len -= 1;
        }
    }
    // Bracket balance counted once, then kept up to date while trimming.
    let (mut round, mut square) = (0isize, 0isize);
    for &byte in bytes.get(..len).unwrap_or_default() {
        match byte {
            b'(' => round += 1,
            b')' => round -= 1,
            b'[' => square += 1,
            b']' => square -= 1,
            _ => {}
        }
    }
    without_trailing_punctuation(rest, len, round, square)
}

/// `len`, less the punctuation that ends the sentence around the URL
/// `rest[..len]`, whose unmatched brackets are `round` and `square` (opened
/// less closed).
fn without_trailing_punctuation(
    rest: &str,
    mut len: usize,
    mut round: isize,
    mut square: isize,
) -> usize {
    loop {
        let Some(last) = rest.get(..len).and_then(|url| url.chars().next_back()) else {
            return 0;
        };
        let trim = match last {
            '.' | ',' | ';' | ':' | '!' | '?' | '\'' | '*' => true,
            ')' if round < 0 => {
                round += 1;
                true
            }
            ']' if square < 0 => {
                square += 1;
                true
            }
            _ => false,
        };
        if !trim {
            return len;
        }
        len -= last.len_utf8();
    }
}

/// [`is_url_char`] for each ASCII byte.
// Evaluated at compile time: an index out of bounds is a build error.
#[allow(clippy::indexing_slicing)]
const URL_ASCII: [bool; 128] = {
    let mut table = [false; 128];
    let mut byte = 0;
    while byte < 128 {
        let c = byte as u8 as char;
        table[byte] = !(c.is_ascii_whitespace()
            || c == '\x0b'
            || c.is_ascii_control()
            || matches!(c, '<' | '>' | '"' | '`' | '{' | '}' | '|' | '\\' | '^'));
        byte += 1;
    }
    table
};

#[cfg(test)]
mod tests {
    use super::super::tests::{every_string, found};
    use super::{is_url_char, url_len, MAX_URL_LEN, URL_ASCII};

    /// [`url_len`]'s extent and bracket count as first written, by
    /// characters.
    fn url_len_by_chars(rest: &str) -> usize {
        let mut len = rest
            .char_indices()
            .take(MAX_URL_LEN)
            .find(|&(_, c)| !is_url_char(c))
            .map_or(rest.len(), |(index, _)| index);
        if len > MAX_URL_LEN {
            len = MAX_URL_LEN;
            while !rest.is_char_boundary(len) {
                len -= 1;
            }
        }
        let url = &rest[..len];
        let count = |c: u8| url.bytes().filter(|&b| b == c).count() as isize;
        let (round, square) = (count(b'(') - count(b')'), count(b'[') - count(b']'));
        super::without_trailing_punctuation(rest, len, round, square)
    }

    #[test]
    fn plain_urls() {
        for (value, plain) in [
            (
                "hxxps://Evil-Site[.]com/Login?User=Jane",
                "https://evil-site.com/Login?User=Jane",
            ),
            ("http[:]//bad.example.org/a", "http://bad.example.org/a"),
            ("HTTPS[://]X.io", "https://x.io"),
            ("fxp://files(.)example(.)com/X", "ftp://files.example.com/X"),
            ("www[.]Example[.]org", "www.example.org"),
            ("https://example.com/A?b=C", "https://example.com/A?b=C"),
            (
                "HTTPS://Jane:PassW0rd@DB.Example.com/x",
                "https://Jane:PassW0rd@db.example.com/x",
            ),
        ] {
            assert_eq!(super::plain_url(value), plain, "{value}");
        }
    }

    #[test]
    fn read_by_bytes_as_by_characters() {
        for byte in 0..128u8 {
            assert_eq!(
                URL_ASCII[usize::from(byte)],
                is_url_char(char::from(byte)),
                "{byte}"
            );
        }
        let pieces = [
            "a", "/", ".", ")", "(", "]", "[", " ", "é", "\u{a0}", "\u{2028}", "日", "?", "<", "\t",
        ];
        let mut texts = every_string(&pieces, 4);
        for (fill, tail) in [
            ("a", ""),
            ("a", " x"),
            ("é", ""),
            ("é", " x"),
            ("日", "."),
            ("a", "é"),
        ] {
            for n in [
                MAX_URL_LEN / fill.len() - 1,
                MAX_URL_LEN / fill.len(),
                MAX_URL_LEN / fill.len() + 1,
                MAX_URL_LEN + 3,
            ] {
                texts.push(format!("{}{tail}", fill.repeat(n)));
                texts.push(format!("ab{}{tail}", fill.repeat(n)));
            }
        }
        for text in texts {
            assert_eq!(url_len(&text), url_len_by_chars(&text), "{text:?}");
        }
    }

    #[test]
    fn positives() {
        let rows = [
            (
                "see https://example.com/a?b=c.",
                "https://example.com/a?b=c",
            ),
            // After Chinese words, run into them as those texts write.
            ("网址https://example.com/x 谢谢", "https://example.com/x"),
            (
                "(https://en.wikipedia.org/wiki/Foo_(bar))",
                "https://en.wikipedia.org/wiki/Foo_(bar)",
            ),
            ("go to www.example.org, then", "www.example.org"),
            ("ftp://files.example.com/x", "ftp://files.example.com/x"),
            ("HTTP://EXAMPLE.COM", "HTTP://EXAMPLE.COM"),
            (
                "https://x.io/?email=jane@example.com!",
                "https://x.io/?email=jane@example.com",
            ),
            ("at https://x`y", "https://x"),
            // Defanged, as security notes write links.
            (
                "see hxxps://evil-site[.]com/login?user=jane.",
                "hxxps://evil-site[.]com/login?user=jane",
            ),
            ("hXXp://example[.]org/x", "hXXp://example[.]org/x"),
            ("(http[:]//bad.example.org/a)", "http[:]//bad.example.org/a"),
            ("https[://]example.com", "https[://]example.com"),
            ("fxp://files.example[.]com", "fxp://files.example[.]com"),
            (
                "visit www[.]evil-site[.]com/x now",
                "www[.]evil-site[.]com/x",
            ),
            ("(WWW(.)example(.)org)", "WWW(.)example(.)org"),
        ];
        for (text, expected) in rows {
            assert_eq!(found(text, "URL"), vec![expected], "{text}");
        }
    }

    #[test]
    fn negatives() {
        for text in [
            "http://",
            "the http protocol",
            "www.",
            "xhttp://a.b",
            "https:// x",
            "hxxps://",
            "http[:]x",
            "a[:]//b",
            "xhxxp://a.b",
            "www[.]",
            "awww[.]x",
        ] {
            assert!(found(text, "URL").is_empty(), "{text}");
        }
    }
}
