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
                if let Some(date) = parse_date(rest) {
                    out.push(Candidate::new(
                        EntityType::DATE_OF_BIRTH,
                        pos,
                        pos + date.len,
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

/// A date read from text: the full year, month and day, and how many bytes
/// it took.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct CalendarDate {
    /// The year with its century (`85` is read as 1985, `07` as 2007).
    pub(crate) year: u32,
    /// 1–12.
    pub(crate) month: u32,
    /// 1–31, checked against the month.
    pub(crate) day: u32,
    len: usize,
}

impl CalendarDate {
    fn new(year: u32, year_len: usize, month: u32, day: u32, len: usize) -> Option<CalendarDate> {
        // Two-digit years are birth years: up to 30 years back into this
        // century, older ones in the last.
        let year = match year_len {
            2 if year <= 30 => 2000 + year,
            2 => 1900 + year,
            _ => year,
        };
        (day >= 1 && day <= days_in_month(year, month)).then_some(CalendarDate {
            year,
            month,
            day,
            len,
        })
    }
}

/// Days in `month` of `year` (0 for a month that does not exist).
pub(crate) fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        _ => 0,
    }
}

/// The date at the start of `text`.
fn parse_date(text: &str) -> Option<CalendarDate> {
    parse_numeric(text)
        .or_else(|| parse_day_month_year(text))
        .or_else(|| parse_month_day_year(text))
}

/// `value` read as one whole date, in any form the detector finds
/// (Unicode digits folded): for the date operators.
pub(crate) fn read_date(value: &str) -> Option<CalendarDate> {
    let folded = super::text::fold_value(value.trim());
    // An ISO 8601 date-time (a JavaScript Date in a record) counts by its
    // date.
    let date_part = match folded.split_once('T') {
        Some((date, _)) if date.len() == 10 && date.as_bytes().get(4) == Some(&b'-') => date,
        _ => folded.as_ref(),
    };
    parse_date(date_part).filter(|date| date.len == date_part.len())
}

/// `12.03.1985`, `03/12/85`, `1985-03-12`. An ambiguous order (`03/04/85`)
/// is read day first, as in most of the locales covered; a first number
/// over 12 can only be a day, a second one only makes it month first.
fn parse_numeric(text: &str) -> Option<CalendarDate> {
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
    if a_len == 4 {
        return (year_ok(a, a_len) && c_len <= 2)
            .then(|| CalendarDate::new(a, a_len, b, c, end))
            .flatten();
    }
    if a_len > 2 || !(c_len == 2 || c_len == 4) || !year_ok(c, c_len) {
        return None;
    }
    CalendarDate::new(c, c_len, b, a, end).or_else(|| CalendarDate::new(c, c_len, a, b, end))
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
fn parse_day_month_year(text: &str) -> Option<CalendarDate> {
    let (day, day_len) = number(text, 1, 2)?;
    let mut pos = day_len;
    pos += ordinal_suffix(text.get(pos..)?);
    pos += usize::from(text.as_bytes().get(pos) == Some(&b'.'));
    pos += skip(text.get(pos..)?, &["of", "de"]);
    let (month, month_len) = month_name(text.get(pos..)?)?;
    pos += month_len;
    pos += skip(text.get(pos..)?, &["de", "del"]);
    let (year, year_len) = number(text.get(pos..)?, 4, 4)?;
    if !year_ok(year, year_len) {
        return None;
    }
    CalendarDate::new(year, year_len, month, day, pos + year_len)
}

/// `March 12, 1985`, `May 1st 1990`.
fn parse_month_day_year(text: &str) -> Option<CalendarDate> {
    let (month, month_len) = month_name(text)?;
    let mut pos = month_len + skip(text.get(month_len..)?, &[]);
    let (day, day_len) = number(text.get(pos..)?, 1, 2)?;
    pos += day_len;
    pos += ordinal_suffix(text.get(pos..)?);
    pos += skip(text.get(pos..)?, &[]);
    let (year, year_len) = number(text.get(pos..)?, 4, 4)?;
    if !year_ok(year, year_len) {
        return None;
    }
    CalendarDate::new(year, year_len, month, day, pos + year_len)
}

/// The length of `st`, `nd`, `rd` or `th` at the start of `text`.
fn ordinal_suffix(text: &str) -> usize {
    text.get(..2)
        .filter(|s| {
            ["st", "nd", "rd", "th"]
                .iter()
                .any(|x| s.eq_ignore_ascii_case(x))
        })
        .map_or(0, str::len)
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
