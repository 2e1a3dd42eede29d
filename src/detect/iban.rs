//! IBAN: every registry country's length (and those of the countries that
//! issue IBANs outside the registry) and the ISO 7064 mod 97-10 check,
//! compact or grouped by four, in any case.

use super::checksum::mod97;
use super::digits::Run;
use super::text::{char_before, continues_word, line_break_len};
use super::{Candidate, Sink};
use crate::entity::EntityType;

/// (country code, IBAN length) from the SWIFT IBAN registry, and the
/// countries whose banks issue IBANs outside it (Algeria, Iran, Morocco and
/// the West and Central African banking unions): an account number in
/// either shape is personal data.
const LENGTHS: &[(&[u8; 2], usize)] = &[
    (b"AD", 24),
    (b"AE", 23),
    (b"AL", 28),
    (b"AO", 25),
    (b"AT", 20),
    (b"AZ", 28),
    (b"BA", 20),
    (b"BE", 16),
    (b"BF", 28),
    (b"BG", 22),
    (b"BH", 22),
    (b"BI", 27),
    (b"BJ", 28),
    (b"BR", 29),
    (b"BY", 28),
    (b"CF", 27),
    (b"CG", 27),
    (b"CH", 21),
    (b"CI", 28),
    (b"CM", 27),
    (b"CR", 22),
    (b"CV", 25),
    (b"CY", 28),
    (b"CZ", 24),
    (b"DE", 22),
    (b"DJ", 27),
    (b"DK", 18),
    (b"DO", 28),
    (b"DZ", 26),
    (b"EE", 20),
    (b"EG", 29),
    (b"ES", 24),
    (b"FI", 18),
    (b"FK", 18),
    (b"FO", 18),
    (b"FR", 27),
    (b"GA", 27),
    (b"GB", 22),
    (b"GE", 22),
    (b"GI", 23),
    (b"GL", 18),
    (b"GQ", 27),
    (b"GR", 27),
    (b"GT", 28),
    (b"GW", 25),
    (b"HN", 28),
    (b"HR", 21),
    (b"HU", 28),
    (b"IE", 22),
    (b"IL", 23),
    (b"IQ", 23),
    (b"IR", 26),
    (b"IS", 26),
    (b"IT", 27),
    (b"JO", 30),
    (b"KM", 27),
    (b"KW", 30),
    (b"KZ", 20),
    (b"LB", 28),
    (b"LC", 32),
    (b"LI", 21),
    (b"LT", 20),
    (b"LU", 20),
    (b"LV", 21),
    (b"LY", 25),
    (b"MA", 28),
    (b"MC", 27),
    (b"MD", 24),
    (b"ME", 22),
    (b"MG", 27),
    (b"MK", 19),
    (b"ML", 28),
    (b"MN", 20),
    (b"MR", 27),
    (b"MT", 31),
    (b"MU", 30),
    (b"MZ", 25),
    (b"NE", 28),
    (b"NI", 28),
    (b"NL", 18),
    (b"NO", 15),
    (b"OM", 23),
    (b"PK", 24),
    (b"PL", 28),
    (b"PS", 29),
    (b"PT", 25),
    (b"QA", 29),
    (b"RO", 24),
    (b"RS", 22),
    (b"RU", 33),
    (b"SA", 24),
    (b"SC", 31),
    (b"SD", 18),
    (b"SE", 24),
    (b"SI", 19),
    (b"SK", 24),
    (b"SM", 27),
    (b"SN", 28),
    (b"SO", 23),
    (b"ST", 25),
    (b"SV", 28),
    (b"TD", 27),
    (b"TG", 28),
    (b"TL", 23),
    (b"TN", 24),
    (b"TR", 26),
    (b"UA", 29),
    (b"VA", 22),
    (b"VG", 24),
    (b"XK", 20),
    (b"YE", 30),
];

pub(crate) fn iban_length(country: [u8; 2]) -> Option<usize> {
    LENGTHS
        .iter()
        .find(|(code, _)| **code == country)
        .map(|&(_, len)| len)
}

/// The IBAN detector, fed the places an ASCII word starts (see
/// [`super::words::for_each_ascii_start`]), in order: an IBAN starts there
/// with two letters and two digits, and no letter or digit before it.
#[derive(Default)]
pub(crate) struct Ibans {
    /// The end of the last IBAN found: nothing inside it starts another.
    covered: usize,
}

impl Ibans {
    pub(crate) fn at(&mut self, view: &str, start: usize, out: &mut Sink) {
        let bytes = view.as_bytes();
        let Some(&[a, b, c, d]) = bytes.get(start..start + 4) else {
            return;
        };
        if !(a.is_ascii_alphabetic()
            && b.is_ascii_alphabetic()
            && c.is_ascii_digit()
            && d.is_ascii_digit())
        {
            return;
        }
        self.push(view, start, [a, b], match_iban, out);
    }

    /// An IBAN spelled out character by character (`D E 8 9 3 7 …`), fed
    /// the runs of digits in order: its first run starts with its check
    /// digits, after the country's two letters.
    pub(crate) fn before_run(&mut self, view: &str, run: &Run<'_>, out: &mut Sink) {
        let bytes = view.as_bytes();
        let Some(&(digits_start, _)) = run.groups.first() else {
            return;
        };
        // Two letters spelled out before it make it worth a look (most runs
        // have a word or a number there), and a second check digit after.
        let Some(start) = digits_start.checked_sub(4) else {
            return;
        };
        if let Some(&[a, b' ', b, b' ']) = bytes.get(start..digits_start) {
            if a.is_ascii_alphabetic()
                && b.is_ascii_alphabetic()
                && bytes.get(digits_start + 2).is_some_and(u8::is_ascii_digit)
            {
                self.push(view, start, [a, b], match_spelled_iban, out);
            }
        }
    }

    /// Reports the IBAN of country `country` that `matcher` finds at
    /// `start`, if it starts no word.
    fn push(
        &mut self,
        view: &str,
        start: usize,
        country: [u8; 2],
        matcher: fn(&[u8], usize, usize) -> Option<usize>,
        out: &mut Sink,
    ) {
        if start < self.covered || char_before(view, start).is_some_and(continues_word) {
            return;
        }
        let Some(length) = iban_length(country.map(|c| c.to_ascii_uppercase())) else {
            return;
        };
        if let Some(end) = matcher(view.as_bytes(), start, length) {
            out.push(Candidate::new(EntityType::IBAN, start, end, 0.95));
            self.covered = end;
        }
    }
}

/// The end offset of a valid IBAN of `length` characters starting at `start`.
fn match_iban(bytes: &[u8], start: usize, length: usize) -> Option<usize> {
    let mut chars = Chars::new(length)?;
    let mut pos = start;
    while !chars.is_full() {
        let byte = *bytes.get(pos)?;
        if byte.is_ascii_alphanumeric() {
            chars.push(byte);
            pos += 1;
            continue;
        }
        // A space or a dash, or a line break where a mail or a form wrapped
        // the number (`DE89 3704 0044⏎0532 0130 00`): mod 97 and the
        // country's length keep anything else from passing as one.
        let next_is_char = bytes.get(pos + 1).is_some_and(u8::is_ascii_alphanumeric);
        let separator = if chars.is_empty() {
            0
        } else if matches!(byte, b' ' | b'-') && next_is_char {
            1
        } else {
            line_break_len(bytes.get(pos..).unwrap_or_default())
        };
        if separator == 0
            || !bytes
                .get(pos + separator)
                .is_some_and(u8::is_ascii_alphanumeric)
        {
            return None;
        }
        pos += separator;
    }
    if bytes.get(pos).is_some_and(|b| b.is_ascii_alphanumeric()) {
        return None;
    }
    chars.valid().then_some(pos)
}

/// The characters of an IBAN of a known length, collected on the stack
/// (a `Vec` per candidate cost a third of its check).
struct Chars {
    buffer: [u8; LONGEST],
    len: usize,
    length: usize,
}

/// The longest IBAN any country issues, in characters.
const LONGEST: usize = 33;

impl Chars {
    fn new(length: usize) -> Option<Chars> {
        (length <= LONGEST).then_some(Chars {
            buffer: [0; LONGEST],
            len: 0,
            length,
        })
    }

    fn is_full(&self) -> bool {
        self.len >= self.length
    }

    fn is_empty(&self) -> bool {
        self.len == 0
    }

    fn push(&mut self, byte: u8) {
        if let Some(slot) = self.buffer.get_mut(self.len) {
            *slot = byte;
            self.len += 1;
        }
    }

    /// Mod 97 of the characters with the first four moved to the end.
    fn valid(&self) -> bool {
        let chars = self.buffer.get(..self.len).unwrap_or_default();
        mod97(chars.iter().skip(4).chain(chars.iter().take(4)).copied())
    }
}

/// The end offset of a valid IBAN of `length` characters starting at
/// `start`, each character after the first behind one space (`D E 8 9 3 7
/// …`), and no such character after the last.
fn match_spelled_iban(bytes: &[u8], start: usize, length: usize) -> Option<usize> {
    let mut chars = Chars::new(length)?;
    let mut pos = start;
    loop {
        let byte = *bytes.get(pos)?;
        if !byte.is_ascii_alphanumeric() {
            return None;
        }
        chars.push(byte);
        pos += 1;
        if chars.is_full() {
            break;
        }
        if *bytes.get(pos)? != b' ' {
            return None;
        }
        pos += 1;
    }
    // Glued to more, or one more character spelled out.
    let more = match bytes.get(pos..).unwrap_or_default() {
        [next, ..] if next.is_ascii_alphanumeric() => true,
        [b' ', next, rest @ ..] if next.is_ascii_alphanumeric() => {
            !rest.first().is_some_and(u8::is_ascii_alphanumeric)
        }
        _ => false,
    };
    if more {
        return None;
    }
    chars.valid().then_some(pos)
}

#[cfg(test)]
mod tests {
    use super::super::tests::found;

    #[test]
    fn no_country_longer_than_the_buffer() {
        assert_eq!(
            super::LENGTHS.iter().map(|&(_, len)| len).max(),
            Some(super::LONGEST)
        );
    }

    #[test]
    fn positives() {
        let rows = [
            (
                "IBAN DE89 3704 0044 0532 0130 00.",
                "DE89 3704 0044 0532 0130 00",
            ),
            ("GB82WEST12345698765432", "GB82WEST12345698765432"),
            ("口座DE89370400440532013000です", "DE89370400440532013000"),
            // Countries outside the SWIFT registry.
            (
                "IBAN IR270170000000100324200001",
                "IR270170000000100324200001",
            ),
            (
                "RIB: MA64 0115 1900 0001 2050 0053 4921",
                "MA64 0115 1900 0001 2050 0053 4921",
            ),
            (
                "fr14 2004 1010 0505 0001 3m02 606",
                "fr14 2004 1010 0505 0001 3m02 606",
            ),
            ("NL91ABNA0417164300,", "NL91ABNA0417164300"),
            ("no9386011117947", "no9386011117947"),
            // Wrapped onto the next line.
            (
                "IBAN DE89 3704 0044\n0532 0130 00 thanks",
                "DE89 3704 0044\n0532 0130 00",
            ),
            (
                "IBAN: DE89 3704 0044 \r\n0532 0130 00",
                "DE89 3704 0044 \r\n0532 0130 00",
            ),
            // Spelled out character by character.
            (
                "iban D E 8 9 3 7 0 4 0 0 4 4 0 5 3 2 0 1 3 0 0 0 ok",
                "D E 8 9 3 7 0 4 0 0 4 4 0 5 3 2 0 1 3 0 0 0",
            ),
            (
                "N L 9 1 A B N A 0 4 1 7 1 6 4 3 0 0.",
                "N L 9 1 A B N A 0 4 1 7 1 6 4 3 0 0",
            ),
        ];
        for (text, expected) in rows {
            assert_eq!(found(text, "IBAN"), vec![expected], "{text}");
        }
    }

    #[test]
    fn negatives() {
        for text in [
            "DE89 3704 0044 0532 0130 01",                   // mod 97 fails
            "DE89 3704 0044\n\n0532 0130 00",                // a paragraph apart
            "DE89 3704 0044\n0532 0130 01",                  // wrapped, mod 97 fails
            "DE89370400440532013000X",                       // glued to more
            "XX89370400440532013000",                        // no such country
            "NL91ABNA04171643",                              // too short
            "ABDE89370400440532013000",                      // inside a word
            "D E 8 9 3 7 0 4 0 0 4 4 0 5 3 2 0 1 3 0 0 1",   // mod 97 fails
            "D E 8 9 3 7 0 4 0 0 4 4 0 5 3 2 0 1 3 0 0 0 7", // one more
            "D E 8 9 3 7 0 4 0 0 4 4 0 5 3 2 0 1 3 0 0",     // one less
            "D E 8 9 3-7 0 4 0 0 4 4 0 5 3 2 0 1 3 0 0 0",   // two separators
        ] {
            assert!(found(text, "IBAN").is_empty(), "{text}");
        }
    }
}
