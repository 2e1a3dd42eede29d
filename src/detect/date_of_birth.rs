//! DATE_OF_BIRTH: a date in numeric or written form (English, German, French,
//! Spanish, Italian, Dutch, Portuguese month names) shortly after a birth cue
//! such as "born", "DOB", "geb.", "né le", "fecha de nacimiento" (keyed on
//! its last word). A date with no such cue is not personal data and is left
//! alone.

use super::keywords::{Cue, Hit};
use super::{Candidate, Sink};
use crate::entity::EntityType;

/// How far after the cue the date may start, in bytes.
const REACH: usize = 24;

/// Short words that may stand between the cue and the date.
const FILLERS: &[&str] = &[
    "on", "the", "am", "le", "el", "il", "em", "op", "is", "was", "in", "of", "de", "date",
];

/// Month names and abbreviations, lowercase, with the month number.
const MONTHS: &[(&str, u32)] = &[
    ("january", 1),
    ("february", 2),
    ("march", 3),
    ("april", 4),
    ("may", 5),
    ("june", 6),
    ("july", 7),
    ("august", 8),
    ("september", 9),
    ("october", 10),
    ("november", 11),
    ("december", 12),
    ("januar", 1),
    ("jänner", 1),
    ("februar", 2),
    ("märz", 3),
    ("mai", 5),
    ("juni", 6),
    ("juli", 7),
    ("oktober", 10),
    ("dezember", 12),
    ("janvier", 1),
    ("février", 2),
    ("mars", 3),
    ("avril", 4),
    ("juin", 6),
    ("juillet", 7),
    ("août", 8),
    ("septembre", 9),
    ("octobre", 10),
    ("novembre", 11),
    ("décembre", 12),
    ("enero", 1),
    ("febrero", 2),
    ("marzo", 3),
    ("abril", 4),
    ("mayo", 5),
    ("junio", 6),
    ("julio", 7),
    ("agosto", 8),
    ("septiembre", 9),
    ("setiembre", 9),
    ("octubre", 10),
    ("noviembre", 11),
    ("diciembre", 12),
    ("gennaio", 1),
    ("febbraio", 2),
    ("aprile", 4),
    ("maggio", 5),
    ("giugno", 6),
    ("luglio", 7),
    ("settembre", 9),
    ("ottobre", 10),
    ("dicembre", 12),
    ("januari", 1),
    ("februari", 2),
    ("maart", 3),
    ("mei", 5),
    ("augustus", 8),
    ("oktober", 10),
    ("janeiro", 1),
    ("fevereiro", 2),
    ("março", 3),
    ("maio", 5),
    ("junho", 6),
    ("julho", 7),
    ("setembro", 9),
    ("outubro", 10),
    ("novembro", 11),
    ("dezembro", 12),
    ("jan", 1),
    ("feb", 2),
    ("mar", 3),
    ("apr", 4),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sep", 9),
    ("sept", 9),
    ("oct", 10),
    ("okt", 10),
    ("nov", 11),
    ("dec", 12),
    ("dez", 12),
    ("fév", 2),
    ("févr", 2),
];

/// Finds birth dates after the birth cues among `hits`.
pub(crate) fn detect(view: &str, hits: &[Hit], out: &mut Sink) {
    for hit in hits.iter().filter(|h| h.cue == Some(Cue::Birth)) {
        let mut pos = hit.end;
        while pos < hit.end + REACH {
            let Some(rest) = view.get(pos..) else { break };
            let Some(c) = rest.chars().next() else { break };
            if c.is_alphanumeric() {
                if let Some(len) = parse_date(rest) {
                    out.push(Candidate::new(
                        EntityType::DATE_OF_BIRTH,
                        pos,
                        pos + len,
                        0.9,
                    ));
                    break;
                }
                // Skip a filler word ("on", "am", "le", "the", "is").
                let word_len: usize = rest
                    .chars()
                    .take_while(|c| c.is_alphanumeric())
                    .map(char::len_utf8)
                    .sum();
                let word = rest.get(..word_len).unwrap_or("");
                if !FILLERS
                    .iter()
                    .any(|filler| filler.eq_ignore_ascii_case(word))
                {
                    break;
                }
                pos += word_len;
            } else {
                pos += c.len_utf8();
            }
        }
    }
}

fn number(text: &str, min: usize, max: usize) -> Option<(u32, usize)> {
    let len = text.bytes().take_while(u8::is_ascii_digit).count();
    if !(min..=max).contains(&len) {
        return None;
    }
    Some((text.get(..len)?.parse().ok()?, len))
}

fn year_ok(year: u32, len: usize) -> bool {
    len == 2 || (1900..=2100).contains(&year)
}

/// The byte length of a date at the start of `text`.
fn parse_date(text: &str) -> Option<usize> {
    parse_numeric(text)
        .or_else(|| parse_day_month_year(text))
        .or_else(|| parse_month_day_year(text))
}

/// `12.03.1985`, `03/12/85`, `1985-03-12`.
fn parse_numeric(text: &str) -> Option<usize> {
    let (a, a_len) = number(text, 1, 4)?;
    let separator = *text.as_bytes().get(a_len)?;
    if !matches!(separator, b'.' | b'/' | b'-') {
        return None;
    }
    let (b, b_len) = number(text.get(a_len + 1..)?, 1, 2)?;
    let second_end = a_len + 1 + b_len;
    if text.as_bytes().get(second_end) != Some(&separator) {
        return None;
    }
    let (c, c_len) = number(text.get(second_end + 1..)?, 1, 4)?;
    let end = second_end + 1 + c_len;
    let day_month = |x: u32, y: u32| {
        (1..=31).contains(&x) && (1..=12).contains(&y)
            || (1..=12).contains(&x) && (1..=31).contains(&y)
    };
    let valid = if a_len == 4 {
        year_ok(a, a_len) && (1..=12).contains(&b) && (1..=31).contains(&c) && c_len <= 2
    } else {
        a_len <= 2 && (c_len == 2 || c_len == 4) && year_ok(c, c_len) && day_month(a, b)
    };
    valid.then_some(end)
}

/// The month at the start of `text`: (month, byte length, trailing dot).
fn month_name(text: &str) -> Option<(u32, usize)> {
    let word_len: usize = text
        .chars()
        .take_while(|c| c.is_alphabetic())
        .map(char::len_utf8)
        .sum();
    let word = text.get(..word_len)?.to_lowercase();
    let &(_, month) = MONTHS.iter().find(|(name, _)| *name == word)?;
    let dot = usize::from(text.as_bytes().get(word_len) == Some(&b'.'));
    Some((month, word_len + dot))
}

fn skip(text: &str, words: &[&str]) -> usize {
    let mut pos = 0;
    loop {
        let spaces = text.get(pos..).map_or(0, |t| {
            t.bytes().take_while(|&b| b == b' ' || b == b',').count()
        });
        let after = pos + spaces;
        let Some(rest) = text.get(after..) else {
            return pos;
        };
        match words.iter().find(|w| {
            rest.get(..w.len())
                .is_some_and(|head| head.eq_ignore_ascii_case(w))
                && rest.as_bytes().get(w.len()) == Some(&b' ')
        }) {
            Some(word) => pos = after + word.len(),
            None => return after,
        }
    }
}

/// `12 March 1985`, `12. März 1985`, `1st of May 1990`, `12 de marzo de 1985`.
fn parse_day_month_year(text: &str) -> Option<usize> {
    let (day, day_len) = number(text, 1, 2)?;
    if !(1..=31).contains(&day) {
        return None;
    }
    let mut pos = day_len;
    let suffix = text.get(pos..pos + 2).filter(|s| {
        ["st", "nd", "rd", "th"]
            .iter()
            .any(|x| s.eq_ignore_ascii_case(x))
    });
    pos += suffix.map_or(0, str::len);
    pos += usize::from(text.as_bytes().get(pos) == Some(&b'.'));
    pos += skip(text.get(pos..)?, &["of", "de"]);
    let (_, month_len) = month_name(text.get(pos..)?)?;
    pos += month_len;
    pos += skip(text.get(pos..)?, &["de", "del"]);
    let (year, year_len) = number(text.get(pos..)?, 4, 4)?;
    year_ok(year, year_len).then_some(pos + year_len)
}

/// `March 12, 1985`, `May 1st 1990`.
fn parse_month_day_year(text: &str) -> Option<usize> {
    let (_, month_len) = month_name(text)?;
    let mut pos = month_len + skip(text.get(month_len..)?, &[]);
    let (day, day_len) = number(text.get(pos..)?, 1, 2)?;
    if !(1..=31).contains(&day) {
        return None;
    }
    pos += day_len;
    let suffix = text.get(pos..pos + 2).filter(|s| {
        ["st", "nd", "rd", "th"]
            .iter()
            .any(|x| s.eq_ignore_ascii_case(x))
    });
    pos += suffix.map_or(0, str::len);
    pos += skip(text.get(pos..)?, &[]);
    let (year, year_len) = number(text.get(pos..)?, 4, 4)?;
    year_ok(year, year_len).then_some(pos + year_len)
}

#[cfg(test)]
mod tests {
    use super::super::tests::found;

    #[test]
    fn positives() {
        let rows = [
            ("DOB: 12/03/1985", "12/03/1985"),
            ("born on 1985-03-12.", "1985-03-12"),
            ("Date of birth 12.03.85", "12.03.85"),
            ("I was born 12 March 1985 in Leeds", "12 March 1985"),
            ("birthday: March 12, 1985", "March 12, 1985"),
            ("born on the 1st of May 1990", "1st of May 1990"),
            ("geb. 12. März 1985", "12. März 1985"),
            ("Geburtsdatum: 03.04.1979", "03.04.1979"),
            ("née le 5 août 1992", "5 août 1992"),
            (
                "fecha de nacimiento: 12 de marzo de 1985",
                "12 de marzo de 1985",
            ),
            ("nato il 7 luglio 1970", "7 luglio 1970"),
            ("geboren op 3 maart 1988", "3 maart 1988"),
            ("data de nascimento 12/03/1985", "12/03/1985"),
        ];
        for (text, expected) in rows {
            assert_eq!(found(text, "DATE_OF_BIRTH"), vec![expected], "{text}");
        }
    }

    #[test]
    fn negatives() {
        for text in [
            "The meeting is on 12/03/1985.",
            "Released 2026-08-12",
            "born to run in 13/13/1985",
            "reborn 12/03/1985",
            "DOB: 32/01/1985",
            "birthday party next week",
        ] {
            assert!(
                found(text, "DATE_OF_BIRTH").is_empty(),
                "{text}: {:?}",
                found(text, "DATE_OF_BIRTH")
            );
        }
    }
}
