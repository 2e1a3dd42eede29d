//! KR_RRN: the South Korean resident registration number (주민등록번호),
//! thirteen digits `YYMMDD-GNNNNNN`: the holder's birth date, a digit for
//! sex and century (1–4 for citizens born in the 1900s and 2000s, 5–8 for
//! foreign residents, 9 and 0 for the 1800s), and six more. Numbers issued
//! before October 2020 end with a check digit; later ones do not, so the
//! date and that digit are all a newer number shows. A hyphenated number
//! whose check digit is right stands alone; any other needs its word
//! (주민등록번호, 주민번호, RRN).

use super::super::checksum::{digit_values, weighted_sum};
use super::super::digits::Run;
use super::emit;
use crate::detect::date_of_birth::days_in_month;
use crate::detect::keywords::{context, Context};
use crate::detect::Sink;
use crate::entity::EntityType;

const WEIGHTS: [u32; 12] = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];

/// Whether the first seven digits are a real birth date and its century.
fn dated(d: &[u32; 13]) -> bool {
    let century = match d[6] {
        1 | 2 | 5 | 6 => 1900,
        3 | 4 | 7 | 8 => 2000,
        _ => 1800,
    };
    let year = century + d[0] * 10 + d[1];
    let (month, day) = (d[2] * 10 + d[3], d[4] * 10 + d[5]);
    day > 0 && day <= days_in_month(year, month)
}

/// Whether the last digit checks the twelve before it (numbers issued
/// before October 2020).
fn checked(d: &[u32; 13]) -> bool {
    (11 - weighted_sum(d, &WEIGHTS) % 11) % 10 == d[12]
}

/// How many digits a window this detector checks holds.
pub(crate) const DIGITS: usize = 13;

/// The score of the surest form without its word: hyphenated, checked.
const CHECKED_SCORE: f32 = 0.6;
/// The context words that lift a window's score.
pub(crate) const CONTEXT: u32 = context::RRN;
/// The best score without a context word.
pub(crate) const BEST_UNCUED: f32 = CHECKED_SCORE;

/// Checks the window `first..=last` of a run (of [`DIGITS`] digits, standing
/// on its own) for resident registration numbers.
pub(crate) fn detect_window(
    run: &Run<'_>,
    (first, last): (usize, usize),
    context: &Context<'_>,
    out: &mut Sink,
) {
    let hyphenated = last == first + 1
        && run.group(first).len() == 6
        && run.group(last).len() == 7
        && run.separator_before(last) == "-";
    if !hyphenated && first != last {
        return;
    }
    let Some(d) = digit_values::<13>(run.digits(first, last)) else {
        return;
    };
    if !dated(&d) {
        return;
    }
    let score = match (hyphenated, checked(&d)) {
        (true, true) => CHECKED_SCORE,
        (true, false) | (false, true) => 0.3,
        (false, false) => 0.2,
    };
    emit(
        run,
        (first, last),
        EntityType::KR_RRN,
        score,
        0.35,
        (context, CONTEXT),
        out,
    );
}

#[cfg(test)]
mod tests {
    use crate::detect::tests::found;

    #[test]
    fn table() {
        for (text, expected) in [
            ("주민등록번호: 900101-1234568", "900101-1234568"),
            ("ref 851231-2123455.", "851231-2123455"),
            // A leap day in 2000, a foreign resident's number.
            ("000229-3123454", "000229-3123454"),
            ("750615-5123456", "750615-5123456"),
            // Newer numbers have no check digit: their word is needed.
            ("주민번호: 900101-1234561", "900101-1234561"),
            ("RRN 9001011234568", "9001011234568"),
            ("주민등록번호는 9001011234560 입니다", "9001011234560"),
        ] {
            assert_eq!(found(text, "KR_RRN"), [expected], "{text}");
        }
        for text in [
            // No word, and no check digit, or not hyphenated.
            "ref 900101-1234561",
            "9001011234568",
            // The date: February 30th, the 13th month.
            "주민번호 020230-4123453",
            "주민번호 901301-1234567",
            // Grouped otherwise.
            "주민번호 9001-01-1234568",
        ] {
            assert!(found(text, "KR_RRN").is_empty(), "{text}");
        }
    }
}
