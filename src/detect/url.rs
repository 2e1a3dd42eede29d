//! URL: `http(s)://`, `ftp://` and `www.` addresses, without the punctuation
//! that ends the sentence around them. Credentials and query values inside a
//! URL are covered because the whole URL is one finding.

use super::markers::Markers;
use super::text::char_before;
use super::{Candidate, Sink};
use crate::entity::EntityType;
use crate::sort::sort;

/// The longest URL reported as one finding, in bytes; keeps the trailing
/// punctuation trimming linear.
const MAX_URL_LEN: usize = 4096;

const SCHEMES: &[&str] = &["https://", "http://", "ftp://", "ftps://", "www."];

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
    // Every URL start holds "://" (after a scheme) or "www.": walk back from
    // "://" over the scheme.
    let schemes = markers
        .colons
        .iter()
        .copied()
        .filter(|&colon| bytes.get(colon + 1..colon + 3) == Some(b"//"));
    for colon in schemes {
        let scheme_len = bytes
            .get(..colon)
            .unwrap_or_default()
            .iter()
            .rev()
            .take(6)
            .take_while(|b| b.is_ascii_alphabetic())
            .count();
        starts.push(colon - scheme_len);
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
        let Some(scheme) = SCHEMES.iter().find(|s| {
            rest.get(..s.len())
                .is_some_and(|p| p.eq_ignore_ascii_case(s))
        }) else {
            continue;
        };
        // A scheme inside a word (`xhttp://`, `awww.`) is not a URL start.
        if char_before(view, start).is_some_and(char::is_alphanumeric) {
            continue;
        }
        // Any host after the scheme makes a URL, even one letter: a short
        // one left out would leave `https://` beside whatever is found
        // next, and the two read as a URL once that is replaced.
        let len = url_len(rest);
        if len <= scheme.len() {
            continue;
        }
        out.push(Candidate::new(EntityType::URL, start, start + len, 0.9));
        covered = start + len;
    }
}

/// The length of the URL at the start of `rest`, trailing punctuation excluded.
fn url_len(rest: &str) -> usize {
    let mut len = rest
        .char_indices()
        .take(MAX_URL_LEN)
        .find(|&(_, c)| !is_url_char(c))
        .map_or(rest.len(), |(index, _)| index);
    if len > MAX_URL_LEN {
        // A longer run is reported whole up to the cap (the rest is found as
        // the next URL-like run, if any): still redacted, in linear time.
        len = MAX_URL_LEN;
        while !rest.is_char_boundary(len) {
            len -= 1;
        }
    }
    // Bracket balance counted once, then kept up to date while trimming.
    let url = rest.get(..len).unwrap_or("");
    let count = |c: u8| url.bytes().filter(|&b| b == c).count();
    let (mut round, mut square) = (
        count(b'(') as isize - count(b')') as isize,
        count(b'[') as isize - count(b']') as isize,
    );
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

#[cfg(test)]
mod tests {
    use super::super::tests::found;

    #[test]
    fn positives() {
        let rows = [
            (
                "see https://example.com/a?b=c.",
                "https://example.com/a?b=c",
            ),
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
        ] {
            assert!(found(text, "URL").is_empty(), "{text}");
        }
    }
}
