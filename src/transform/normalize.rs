//! Canonical forms of values, so that trivial variants share one pseudonym.

use std::borrow::Cow;

use crate::detect::{
    composed, fold_value, fold_words, plain_address, plain_url, push_lowered, read_date,
    spelled_digits, with_plain_dots,
};
use crate::entity::EntityType;

/// The canonical form of `value` as an entity of type `entity`.
///
/// - `EMAIL`: as its owner would type it, lowercased: disguises undone (the
///   `@` and dots written as words or in brackets, encoded `@`, spaces,
///   zero-width characters, full-width forms), so `"Sarah at Gmail dot
///   com"`, `"s a r a h @ g m a i l . c o m"` and `" Sarah@Gmail.com"` are all
///   `"sarah@gmail.com"`; an accented letter as one character.
/// - `IP_ADDRESS`: disguised dots undone, white space removed, lowercased
///   (`"81 dot 2 dot 69 dot 160"` → `"81.2.69.160"`, `"2001:DB8[:][:]1"` →
///   `"2001:db8::1"`).
/// - `URL`: as it would be clicked: a defanged scheme, separator and dots
///   written plainly, scheme and host lowercased, the path and query kept
///   (`"hxxps://Evil[.]com/A"` → `"https://evil.com/A"`).
/// - `DATE_OF_BIRTH`: the date as ISO 8601, in whichever form it was
///   written (`"12 March 1985"`, `"12.03.85"` → `"1985-03-12"`; an ambiguous
///   order read day first, as the detector reads it).
/// - `PERSON`, `ADDRESS`: invisible characters dropped and full-width forms
///   folded, trimmed, inner white space collapsed to one space, lowercased
///   (`" Jane  DOE"`, `"Ja\u{200b}ne Doe"` → `"jane doe"`); accents kept,
///   as one character where Unicode has one (`"Nova\u{301}kova\u{301}"`
///   → `"nováková"`, as `"Nováková"` is).
/// - `PHONE`: `+` and digits only; a leading `00` becomes `+`
///   (`"0049 (30) 123-456"` → `"+4930123456"`).
/// - Account and identity numbers (`CREDIT_CARD`, `IBAN`, every national id
///   type, `PASSPORT`, and any type ending in `_ID` or `_NUMBER`): ASCII
///   letters and digits only, uppercased (`"de89 3704-0044"` → `"DE8937040044"`,
///   `"ab 12 34 56 c"` → `"AB123456C"`).
/// - Any other type: trimmed, inner white space collapsed, case kept.
///
/// Unicode decimal digits (full-width, Arabic-Indic, …) count as the ASCII
/// digit of the same value everywhere digits matter, and a number written
/// in digit words (`"oh seven seven double oh nine …"`) as its digits. A
/// phone or account number that keeps no character is trimmed with white
/// space collapsed instead, so that two such values never share a form.
pub fn normalize<'a>(entity: &EntityType, value: &'a str) -> Cow<'a, str> {
    let numeric = match entity.as_str() {
        "EMAIL" => {
            return Cow::Owned(plain_address(folded_lowercase(&composed(value))));
        }
        "IP_ADDRESS" => {
            let mut plain = with_plain_dots(folded_lowercase(value));
            if plain.contains("[:]") {
                plain = plain.replace("[:]", ":");
            }
            plain.retain(|c| !c.is_whitespace());
            return Cow::Owned(plain);
        }
        "URL" => return Cow::Owned(plain_url(value)),
        "DATE_OF_BIRTH" => {
            return match read_date(value) {
                Some(date) => Cow::Owned(format!(
                    "{:04}-{:02}-{:02}",
                    date.year, date.month, date.day
                )),
                None => collapse_whitespace(value),
            }
        }
        "PERSON" | "ADDRESS" => {
            let composed = composed(value);
            let folded = fold_words(&composed);
            let collapsed = collapse_whitespace(&folded);
            let mut lowered = String::with_capacity(collapsed.len());
            push_lowered(&collapsed, &mut lowered);
            return Cow::Owned(lowered);
        }
        "PHONE" => phone_digits(&spelled(value)),
        name if is_identifier_number(name) => alphanumeric_upper(&spelled(value)),
        _ => return collapse_whitespace(value),
    };
    if numeric.is_empty() {
        return collapse_whitespace(value);
    }
    Cow::Owned(numeric)
}

/// `value` as the view reads it, lowercased.
fn folded_lowercase(value: &str) -> String {
    let mut lowered = String::with_capacity(value.len());
    push_lowered(&fold_value(value), &mut lowered);
    lowered
}

/// `value`, or its digits when it is a number written in digit words.
fn spelled(value: &str) -> Cow<'_, str> {
    if value.bytes().any(|b| b.is_ascii_alphabetic()) {
        if let Some(digits) = spelled_digits(value) {
            return Cow::Owned(digits);
        }
    }
    Cow::Borrowed(value)
}

fn is_identifier_number(name: &str) -> bool {
    matches!(
        name,
        "CREDIT_CARD"
            | "IBAN"
            | "US_SSN"
            | "UK_NINO"
            | "UK_NHS"
            | "ES_DNI"
            | "ES_NIE"
            | "IT_FISCAL_CODE"
            | "IN_AADHAAR"
            | "IN_PAN"
            | "PASSPORT"
    ) || [
        "_ID", "_NUMBER", "_SSN", "_SIN", "_NIR", "_BSN", "_CPF", "_CNPJ", "_TFN",
    ]
    .iter()
    .any(|suffix| name.ends_with(suffix))
}

fn collapse_whitespace(value: &str) -> Cow<'_, str> {
    let trimmed = value.trim();
    let already_clean = if trimmed.is_ascii() {
        // One pass over the bytes for the common case: no white space but
        // single spaces.
        !trimmed.as_bytes().windows(2).any(|pair| pair == b"  ")
            && !trimmed
                .bytes()
                .any(|b| (b.is_ascii_whitespace() && b != b' ') || b == 0x0B)
    } else {
        // Clean: every white space character is a space, and no two follow
        // each other.
        let mut after_space = false;
        trimmed.chars().all(|c| {
            let clean = !c.is_whitespace() || (c == ' ' && !after_space);
            after_space = c == ' ';
            clean
        })
    };
    if already_clean {
        return Cow::Borrowed(trimmed);
    }
    Cow::Owned(trimmed.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// The ASCII digit for any Unicode decimal digit (`'７'` → `'7'`), and for
/// the digits people write to slip a number past a filter: superscript,
/// subscript, circled and mathematical ones (`'⁴'`, `'④'`, `'𝟜'` → `'4'`).
pub(crate) fn ascii_digit(c: char) -> Option<char> {
    // Unicode lays out each decimal digit block as ten consecutive code
    // points from a zero (the blocks people type in forms, the subscripts,
    // the mathematical and the segmented digits), and the circled ones as
    // nine from a one. By block first: most characters asked about are
    // punctuation of a block without digits.
    let code = u32::from(c);
    let value = match code >> 8 {
        0x00 => match code {
            0x30..=0x39 => code - 0x30,
            0xB9 => 1,
            0xB2 => 2,
            0xB3 => 3,
            _ => return None,
        },
        0x06 => match code {
            0x0660..=0x0669 => code - 0x0660,
            0x06F0..=0x06F9 => code - 0x06F0,
            _ => return None,
        },
        0x07 => code.checked_sub(0x07C0).filter(|&value| value < 10)?,
        0x09 => match code {
            0x0966..=0x096F => code - 0x0966,
            0x09E6..=0x09EF => code - 0x09E6,
            _ => return None,
        },
        0x0A => match code {
            0x0A66..=0x0A6F => code - 0x0A66,
            0x0AE6..=0x0AEF => code - 0x0AE6,
            _ => return None,
        },
        0x0E => code.checked_sub(0x0E50).filter(|&value| value < 10)?,
        0x20 => match code {
            0x2070 => 0,
            0x2074..=0x2079 => code - 0x2070,
            0x2080..=0x2089 => code - 0x2080,
            _ => return None,
        },
        0x24 => match code {
            0x2460..=0x2468 => code - 0x245F,
            0x24F5..=0x24FD => code - 0x24F4,
            // Circled and negative circled zero.
            0x24EA | 0x24FF => 0,
            _ => return None,
        },
        0x27 => match code {
            0x2776..=0x277E => code - 0x2775,
            0x2780..=0x2788 => code - 0x277F,
            0x278A..=0x2792 => code - 0x2789,
            _ => return None,
        },
        0xFF => code.checked_sub(0xFF10).filter(|&value| value < 10)?,
        // Mathematical bold, double-struck, sans-serif, sans-serif bold
        // and monospace digits: five blocks of ten.
        0x1D7 => code.checked_sub(0x1D7CE).map(|value| value % 10)?,
        0x1FB => code.checked_sub(0x1FBF0).filter(|&value| value < 10)?,
        _ => return None,
    };
    char::from_digit(value, 10)
}

fn phone_digits(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let trimmed = value.trim_start();
    if trimmed.starts_with('+') || trimmed.starts_with('\u{FF0B}') {
        out.push('+');
    }
    out.extend(value.chars().filter_map(ascii_digit));
    if out.starts_with("00") {
        out.replace_range(..2, "+");
    }
    out
}

fn alphanumeric_upper(value: &str) -> String {
    value
        .chars()
        .filter_map(|c| {
            ascii_digit(c).or_else(|| c.is_ascii_alphabetic().then(|| c.to_ascii_uppercase()))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entity(name: &str) -> EntityType {
        EntityType::new(name).unwrap()
    }

    #[test]
    fn table() {
        let rows = [
            ("EMAIL", "  Jane.Doe@Example.COM ", "jane.doe@example.com"),
            ("PERSON", "Jana\u{a0}  Nováková", "jana nováková"),
            ("PERSON", "ÉMILE\u{2003}ZOLA ΟΔΟΣ", "émile zola οδος"),
            ("TICKET", "Ä  B", "Ä B"),
            ("TICKET", "Ä B  ", "Ä B"),
            ("TICKET", "Ä \u{a0}B", "Ä B"),
            ("PHONE", "+1 (415) 555-0100", "+14155550100"),
            ("PHONE", "0049 30 1234567", "+49301234567"),
            ("PHONE", "030 1234567", "0301234567"),
            ("PHONE", "＋４９ ３０ １２３", "+4930123"),
            ("PHONE", "oh seven seven double oh nine", "077009"),
            ("PHONE", "plus four four", "plus four four"),
            ("PHONE", " ( ) ", "( )"),
            (
                "CREDIT_CARD",
                "four one one one one one one one one one one one one one one one",
                "4111111111111111",
            ),
            (
                "CREDIT_CARD",
                "4111-1111 1111\u{2011}1111",
                "4111111111111111",
            ),
            (
                "IBAN",
                "de89 3704 0044 0532 0130 00",
                "DE89370400440532013000",
            ),
            ("UK_NHS_NUMBER", "943 476 5919", "9434765919"),
            // Every built-in identifier type.
            ("UK_NHS", "943 476 5919", "9434765919"),
            ("UK_NINO", "ab 12 34 56 c", "AB123456C"),
            ("ES_NIE", "x-1234567-l", "X1234567L"),
            ("IT_FISCAL_CODE", "rssmra85t10a562s", "RSSMRA85T10A562S"),
            ("IN_PAN", "abcpe1234f", "ABCPE1234F"),
            ("PASSPORT", "x 1234567", "X1234567"),
            // An address's disguises undone.
            ("EMAIL", "Sarah at Gmail dot com", "sarah@gmail.com"),
            ("EMAIL", "john (at) example (dot) com", "john@example.com"),
            ("EMAIL", "jane [at] corp [.] io", "jane@corp.io"),
            (
                "EMAIL",
                "j o h n @ e x a m p l e . c o m",
                "john@example.com",
            ),
            ("EMAIL", "john%40gmail.com", "john@gmail.com"),
            ("EMAIL", "john&#64;example.org", "john@example.org"),
            (
                "EMAIL",
                "Jane&#46;Doe&#X40;example&#x2E;com",
                "jane.doe@example.com",
            ),
            ("EMAIL", "&#106;ane%2Edoe@ex&period;io", "jane.doe@ex.io"),
            (
                "EMAIL",
                "jo\u{200b}hn@exa\u{ad}mple.com",
                "john@example.com",
            ),
            (
                "EMAIL",
                "ｊｏｈｎ＠ｅｘａｍｐｌｅ．ｃｏｍ",
                "john@example.com",
            ),
            ("EMAIL", "john dot smith at gmx.de", "john.smith@gmx.de"),
            ("IP_ADDRESS", "192[.]168[.]1[.]20", "192.168.1.20"),
            ("IP_ADDRESS", "81 dot 2 dot 69 dot 160", "81.2.69.160"),
            ("IP_ADDRESS", "2001:DB8::1", "2001:db8::1"),
            ("IP_ADDRESS", "2A00[:]1450[:][:]200E", "2a00:1450::200e"),
            (
                "IP_ADDRESS",
                "８１［.］２［.］６９［.］１６０",
                "81.2.69.160",
            ),
            ("TICKET", "  TCK  000123 ", "TCK 000123"),
            ("TICKET", "CaseKept", "CaseKept"),
            // Every kind of ASCII white space collapses, also alone (the
            // vertical tab is white space to `char`, not to `u8`).
            ("TICKET", "a\tb\nc\rd\x0Be\x0Cf", "a b c d e f"),
            ("TICKET", "a b  c", "a b c"),
            ("TICKET", "a b c", "a b c"),
            ("PERSON", "Ann\u{2003}Lee", "ann lee"),
            ("DATE_OF_BIRTH", "12 March 1985", "1985-03-12"),
            ("DATE_OF_BIRTH", "12.03.85", "1985-03-12"),
            ("DATE_OF_BIRTH", "March 12, 1985", "1985-03-12"),
            ("DATE_OF_BIRTH", "1985-03-12", "1985-03-12"),
            ("DATE_OF_BIRTH", "１２/０３/１９８５", "1985-03-12"),
            ("DATE_OF_BIRTH", "sometime  in 1985", "sometime in 1985"),
            ("PERSON", "Ja\u{200b}na No\u{ad}váková", "jana nováková"),
            ("PERSON", "Ｊａｎａ Ｎｏｖáková", "jana nováková"),
            ("PERSON", "Anne\u{2010}Marie", "anne-marie"),
            // Accents written as marks are the letters Unicode has for
            // them (NFC); a name without them is another name.
            ("PERSON", "Nova\u{301}kova\u{301}", "nováková"),
            ("PERSON", "NOVA\u{301}KOVA\u{301}", "nováková"),
            ("PERSON", "Novakova", "novakova"),
            // A typographic apostrophe is the typed one.
            ("PERSON", "Seán O’Brien", "seán o'brien"),
            ("PERSON", "Nguye\u{302}\u{303}n Va\u{306}n", "nguyễn văn"),
            ("ADDRESS", "Dvor\u{30c}a\u{301}kova 5", "dvořákova 5"),
            ("EMAIL", "jose\u{301}@exa\u{301}mple.es", "josé@exámple.es"),
            ("ADDRESS", "Hauptstra\u{200b}ße 5", "hauptstraße 5"),
        ];
        for (name, input, expected) in rows {
            assert_eq!(
                normalize(&entity(name), input),
                expected,
                "{name} {input:?}"
            );
        }
    }

    #[test]
    fn unicode_digits() {
        assert_eq!(ascii_digit('٣'), Some('3'));
        assert_eq!(ascii_digit('९'), Some('9'));
        assert_eq!(ascii_digit('x'), None);
        assert_eq!(ascii_digit('\u{1D7CF}'), Some('1'));
        for (digits, from) in [
            ("⁰¹²³⁴⁵⁶⁷⁸⁹", 0),
            ("₀₁₂₃₄₅₆₇₈₉", 0),
            ("①②③④⑤⑥⑦⑧⑨", 1),
            ("⓵⓶⓷⓸⓹⓺⓻⓼⓽", 1),
            ("❶❷❸❹❺❻❼❽❾", 1),
            ("➀➁➂➃➄➅➆➇➈", 1),
            ("➊➋➌➍➎➏➐➑➒", 1),
            ("𝟘𝟙𝟚𝟛𝟜𝟝𝟞𝟟𝟠𝟡", 0),
            ("𝟶𝟷𝟸𝟹𝟺𝟻𝟼𝟽𝟾𝟿", 0),
            ("🯰🯱🯲🯳🯴🯵🯶🯷🯸🯹", 0),
            ("⓪⓿", 0),
        ] {
            for (offset, c) in digits.chars().enumerate() {
                let expected = if digits.starts_with('⓪') {
                    0
                } else {
                    from + offset as u32
                };
                assert_eq!(ascii_digit(c), char::from_digit(expected, 10), "{c}");
            }
        }
        for not_digit in ['⑩', '⓾', '❿', '⁺', '½', 'Ⅳ'] {
            assert_eq!(ascii_digit(not_digit), None, "{not_digit}");
        }
    }
}
