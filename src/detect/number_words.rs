//! Numbers written as words, digit by digit (`call me on oh seven seven
//! double oh nine …`, `meine Karte: vier eins eins eins …`): a disguise no
//! run of digits shows. They are read only after a phone, SSN or card
//! word, so prose is never walked word by word, and they are validated as
//! the digits would be (a card's issuer and Luhn, the SSN's rules, a phone
//! number's length).

use super::checksum::luhn;
use super::credit_card::issuer_accepts;
use super::keywords::{context, Hit};
use super::us_ssn::valid as valid_ssn;
use super::{Candidate, Sink};
use crate::entity::EntityType;

/// Words that repeat the digit after them (`double oh`, `triple five`).
const REPEATS: &[(&str, usize)] = &[
    ("double", 2),
    ("triple", 3),
    ("doppel", 2),
    ("doppio", 2),
    ("doble", 2),
];

/// The most words between the cue and the number (`call me at …`, `number
/// is …`).
const MAX_WORDS_BEFORE: usize = 3;

/// The most digits read: a card's longest number.
const MAX_DIGITS: usize = 19;

/// The digit `word` names, if any, in any case: the digit words of the
/// supported languages (en, de, fr, es, it, nl, pt), with `oh` for the zero
/// English speakers say. (One match on the lowercased bytes: this is asked
/// of every word after a cue, most of them no digit.)
fn digit_of(word: &str) -> Option<u8> {
    let bytes = word.as_bytes();
    let mut buffer = [0u8; 7];
    if !(2..=buffer.len()).contains(&bytes.len()) {
        return None;
    }
    for (slot, byte) in buffer.iter_mut().zip(bytes) {
        *slot = byte.to_ascii_lowercase();
    }
    Some(match buffer.get(..bytes.len())? {
        b"zero" | b"oh" | b"null" | b"z\xc3\xa9ro" | b"cero" | b"nul" => 0,
        b"one" | b"eins" | b"un" | b"uno" | b"een" | b"\xc3\xa9\xc3\xa9n"
        | b"\xc3\x89\xc3\xa9n" | b"um" => 1,
        b"two" | b"zwei" | b"zwo" | b"deux" | b"dos" | b"due" | b"twee" | b"dois" => 2,
        b"three" | b"drei" | b"trois" | b"tres" | b"tre" | b"drie" | b"tr\xc3\xaas" => 3,
        b"four" | b"vier" | b"quatre" | b"cuatro" | b"quattro" | b"quatro" => 4,
        b"five" | b"f\xc3\xbcnf" | b"cinq" | b"cinco" | b"cinque" | b"vijf" => 5,
        b"six" | b"sechs" | b"seis" | b"sei" | b"zes" => 6,
        b"seven" | b"sieben" | b"sept" | b"siete" | b"sette" | b"zeven" | b"sete" => 7,
        b"eight" | b"acht" | b"huit" | b"ocho" | b"otto" | b"oito" => 8,
        b"nine" | b"neun" | b"neuf" | b"nueve" | b"nove" | b"negen" => 9,
        _ => return None,
    })
}

fn repeat_of(word: &str) -> Option<usize> {
    if !(5..=6).contains(&word.len()) {
        return None;
    }
    REPEATS
        .iter()
        .find(|(repeat, _)| repeat.eq_ignore_ascii_case(word))
        .map(|&(_, times)| times)
}

/// What a word is to a number written in words.
enum Token {
    /// A digit word or a single digit.
    Digit(u8),
    /// `double`, `triple`: the next digit so many times.
    Repeat(usize),
    Other,
}

fn token(word: &str) -> Token {
    if let Some(digit) = digit_of(word) {
        return Token::Digit(digit);
    }
    match word.as_bytes() {
        [d] if d.is_ascii_digit() => Token::Digit(d - b'0'),
        _ => repeat_of(word).map_or(Token::Other, Token::Repeat),
    }
}

/// The next word of `view` from `pos`, and the bytes between: `(gap,
/// start, end)`. A word is ASCII letters and digits and any non-ASCII
/// character (read byte by byte: a dash or a quote outside ASCII is then a
/// word, and no digit word, which ends the number as well).
fn next_word(view: &str, pos: usize) -> Option<(&[u8], usize, usize)> {
    let bytes = view.as_bytes();
    let in_word = |b: &u8| b.is_ascii_alphanumeric() || *b >= 0x80;
    let rest = bytes.get(pos..)?;
    let offset = rest.iter().position(in_word)?;
    let start = pos + offset;
    let len = bytes
        .get(start..)?
        .iter()
        .position(|b| !in_word(b))
        .unwrap_or(bytes.len() - start);
    Some((rest.get(..offset)?, start, start + len))
}

/// Whether the bytes between two words of one number may part them: spaces,
/// a dash or a comma.
fn joins_digits(gap: &[u8]) -> bool {
    !gap.is_empty() && gap.len() <= 3 && gap.iter().all(|b| matches!(b, b' ' | b'-' | b','))
}

/// A count (`one two three four five six seven`) or one digit over and
/// over: no number anyone was given.
fn counts_or_repeats(digits: &[u8]) -> bool {
    let pairs = || digits.iter().zip(digits.iter().skip(1));
    pairs().all(|(a, b)| *b == a + 1) || pairs().all(|(a, b)| a == b)
}

/// The digits of `value` when it is a number written in digit words (and
/// digits), as found here: `"oh seven seven double oh nine"` → `"077009"`.
/// For canonical forms, so that a number spelled out shares the pseudonym
/// of the digits (and two such numbers never share one).
pub(crate) fn spelled_digits(value: &str) -> Option<String> {
    let mut digits = String::new();
    let mut words = 0;
    let mut repeat = 1;
    let mut pos = 0;
    while let Some((gap, start, end)) = next_word(value, pos) {
        if pos > 0 && !joins_digits(gap) {
            return None;
        }
        let word = value.get(start..end)?;
        match token(word) {
            Token::Digit(digit) => {
                words += usize::from(word.len() > 1);
                digits.extend(std::iter::repeat_n(char::from(b'0' + digit), repeat));
                repeat = 1;
            }
            Token::Repeat(times) if repeat == 1 => repeat = times,
            Token::Repeat(_) | Token::Other => return None,
        }
        pos = end;
    }
    (words > 0 && repeat == 1).then_some(digits)
}

/// Finds numbers written as digit words after the phone, SSN and card cue
/// words in `hits`, for the types `wanted` (card, SSN, phone).
#[inline(never)]
pub(crate) fn detect(view: &str, hits: &[Hit], wanted: [bool; 3], out: &mut Sink) {
    let [card, ssn, phone] = wanted;
    let kinds = [
        (card, context::CARD),
        (ssn, context::SSN),
        (phone, context::PHONE),
    ]
    .iter()
    .filter(|&&(wanted, _)| wanted)
    .fold(0, |kinds, &(_, kind)| kinds | kind);
    let bytes = view.as_bytes();
    let mut covered = 0;
    for hit in hits.iter().filter(|hit| hit.contexts & kinds != 0) {
        // Most cue words stand before the number in digits (`card 4111 …`,
        // `tel: +49 …`, `phone (415) …`): nothing to read.
        let after = bytes.get(hit.end..).unwrap_or_default();
        let gap = after
            .iter()
            .take(4)
            .take_while(|&&b| matches!(b, b' ' | b':' | b'#' | b'.' | b'-'))
            .count();
        // (A single digit may start a number in words: `0 seven 7 …`.)
        let in_digits = match after.get(gap..).unwrap_or_default() {
            [b'+' | b'(', ..] => true,
            [a, b, ..] => a.is_ascii_digit() && b.is_ascii_digit(),
            _ => false,
        };
        if hit.end < covered || in_digits {
            continue;
        }
        let Some((start, end, digits)) = read_number(view, hit.end) else {
            continue;
        };
        let text = digits
            .iter()
            .map(|&d| char::from(b'0' + d))
            .collect::<String>();
        let entity = if card
            && (13..=19).contains(&digits.len())
            && issuer_accepts(&text)
            && luhn(text.as_bytes())
        {
            EntityType::CREDIT_CARD
        } else if ssn
            && hit.contexts & context::SSN != 0
            && digits.len() == 9
            && valid_ssn(
                text.get(..3).unwrap_or(""),
                text.get(3..5).unwrap_or(""),
                text.get(5..).unwrap_or(""),
            )
        {
            EntityType::US_SSN
        } else if phone && hit.contexts & context::PHONE != 0 && (7..=15).contains(&digits.len()) {
            EntityType::PHONE
        } else {
            continue;
        };
        out.push(Candidate::new(entity, start, end, 0.8));
        covered = end;
    }
}

/// The number written as digit words soon after `from`: its span and
/// digits, if it has seven or more and is no count.
fn read_number(view: &str, from: usize) -> Option<(usize, usize, Vec<u8>)> {
    let mut digits = Vec::new();
    let (mut start, mut end) = (0, 0);
    let mut pos = from;
    let mut words_before = 0;
    let mut repeat = 1;
    while digits.len() < MAX_DIGITS {
        let Some((gap, word_start, word_end)) = next_word(view, pos) else {
            break;
        };
        let word = view.get(word_start..word_end)?;
        let reading = !digits.is_empty() || repeat > 1;
        if reading && !joins_digits(gap) {
            break;
        }
        match token(word) {
            Token::Digit(digit) => {
                if digits.is_empty() && repeat == 1 {
                    start = word_start;
                }
                digits.extend(std::iter::repeat_n(digit, repeat));
                repeat = 1;
                end = word_end;
            }
            Token::Repeat(times) if repeat == 1 => {
                if digits.is_empty() {
                    start = word_start;
                }
                repeat = times;
            }
            _ if reading
                || words_before == MAX_WORDS_BEFORE
                // The number written in digits (`call me on +420 601 …`).
                || word.starts_with(|c: char| c.is_ascii_digit()) =>
            {
                break
            }
            _ => words_before += 1,
        }
        pos = word_end;
    }
    digits.truncate(MAX_DIGITS);
    (digits.len() >= 7 && !counts_or_repeats(&digits)).then_some((start, end, digits))
}

#[cfg(test)]
mod tests {
    use super::super::tests::found;

    #[test]
    fn positives() {
        let rows = [
            (
                "call me on oh seven seven double oh nine oh oh one two three",
                "PHONE",
                "oh seven seven double oh nine oh oh one two three",
            ),
            (
                "my card is four one one one one one one one one one one one one one one one",
                "CREDIT_CARD",
                "four one one one one one one one one one one one one one one one",
            ),
            (
                "Meine Karte: vier eins eins eins eins eins eins eins eins eins eins eins eins eins eins eins.",
                "CREDIT_CARD",
                "vier eins eins eins eins eins eins eins eins eins eins eins eins eins eins eins",
            ),
            (
                "ssn zero seven eight zero five one one two zero",
                "US_SSN",
                "zero seven eight zero five one one two zero",
            ),
            (
                "appelez-moi au zéro six un deux trois quatre cinq six sept huit",
                "PHONE",
                "zéro six un deux trois quatre cinq six sept huit",
            ),
            (
                "phone: 0 seven 7 0 0 nine 0 0 1 2 3",
                "PHONE",
                "0 seven 7 0 0 nine 0 0 1 2 3",
            ),
        ];
        for (text, entity, expected) in rows {
            assert_eq!(found(text, entity), vec![expected], "{text}");
        }
    }

    #[test]
    fn digit_words_in_any_case() {
        use super::digit_of;
        for (words, digit) in [
            ("zero oh null zéro cero nul", 0),
            ("one eins un uno een één um", 1),
            ("two zwei zwo deux dos due twee dois", 2),
            ("three drei trois tres tre drie três", 3),
            ("four vier quatre cuatro quattro quatro", 4),
            ("five fünf cinq cinco cinque vijf", 5),
            ("six sechs seis sei zes", 6),
            ("seven sieben sept siete sette zeven sete", 7),
            ("eight acht huit ocho otto oito", 8),
            ("nine neun neuf nueve nove negen", 9),
        ] {
            for word in words.split(' ') {
                assert_eq!(digit_of(word), Some(digit), "{word}");
                let mut chars = word.chars();
                let capitalized: String = chars
                    .next()
                    .into_iter()
                    .flat_map(char::to_uppercase)
                    .chain(chars)
                    .collect();
                assert_eq!(digit_of(&capitalized), Some(digit), "{capitalized}");
                assert_eq!(digit_of(&word.to_ascii_uppercase()), Some(digit), "{word}");
            }
        }
        for word in ["o", "ones", "twelve", "a", "", "zer", "fünfzig"] {
            assert_eq!(digit_of(word), None, "{word}");
        }
    }

    #[test]
    fn spelled_digits_reads_what_detect_finds() {
        use super::spelled_digits;
        assert_eq!(
            spelled_digits("oh seven seven double oh nine 1 2").as_deref(),
            Some("07700912")
        );
        assert_eq!(spelled_digits("vier-eins, eins").as_deref(), Some("411"));
        for not_spelled in [
            "",
            "12 34",
            "four one x",
            "double",
            "four  ;one",
            "one double",
        ] {
            assert_eq!(spelled_digits(not_spelled), None, "{not_spelled}");
        }
    }

    #[test]
    fn negatives() {
        for text in [
            // No cue word before.
            "oh seven seven double oh nine oh oh one two three",
            // A count, one digit over and over, too few digits.
            "phone: one two three four five six seven",
            "call: zero zero zero zero zero zero zero",
            "call one of the two numbers",
            // Words past the reach of the cue.
            "call them, as we said before the meeting, five five five one two three four",
            // A card word, digits failing Luhn.
            "card four one one one one one one one one one one one one one one two",
        ] {
            for entity in ["PHONE", "CREDIT_CARD", "US_SSN"] {
                assert!(found(text, entity).is_empty(), "{text}: {entity}");
            }
        }
    }
}
