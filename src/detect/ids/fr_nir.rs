//! FR_NIR: the French social security number, 13 digits and a two-digit key
//! equal to 97 − (number mod 97), as `1 85 05 78 006 084 36` or compact.

use super::super::digits::Run;
use super::{emit, shaped};
use crate::detect::keywords::{context, Context};
use crate::detect::Sink;
use crate::entity::EntityType;

fn valid(digits: &str) -> bool {
    let (Some(body), Some(key)) = (digits.get(..13), digits.get(13..)) else {
        return false;
    };
    let (Ok(body), Ok(key)) = (body.parse::<u64>(), key.parse::<u64>()) else {
        return false;
    };
    let sex_ok = matches!(digits.as_bytes().first(), Some(b'1' | b'2' | b'7' | b'8'));
    let month = digits
        .get(3..5)
        .and_then(|m| m.parse::<u32>().ok())
        .unwrap_or(0);
    sex_ok && ((1..=12).contains(&month) || month >= 20) && key == 97 - body % 97
}

/// How many digits a window this detector checks holds.
pub(crate) const DIGITS: usize = 15;

/// The score of a valid window, and what a context word before it adds.
const SCORE: f32 = 0.85;
const BOOST: f32 = 0.1;
/// The context words that lift it.
pub(crate) const CONTEXT: u32 = context::NIR;
/// The best score without a context word.
pub(crate) const BEST_UNCUED: f32 = SCORE;

/// Checks the window `first..=last` of a run (of [`DIGITS`] digits, standing
/// on its own) for NIR numbers.
pub(crate) fn detect_window(
    run: &Run<'_>,
    (first, last): (usize, usize),
    context: &Context<'_>,
    out: &mut Sink,
) {
    let grouped = shaped(run, first, last, &[1, 2, 2, 2, 3, 3, 2], &[" ", "."])
        || shaped(run, first, last, &[13, 2], &[" "]);
    if grouped && valid(run.digits(first, last)) {
        emit(
            run,
            (first, last),
            EntityType::FR_NIR,
            SCORE,
            BOOST,
            (context, CONTEXT),
            out,
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::detect::tests::found;

    #[test]
    fn table() {
        assert_eq!(
            found("n° 1 85 05 78 006 084 91", "FR_NIR"),
            ["1 85 05 78 006 084 91"]
        );
        assert_eq!(found("NIR 185057800608491", "FR_NIR"), ["185057800608491"]);
        assert!(found("1 85 05 78 006 084 92", "FR_NIR").is_empty(), "key");
        assert!(
            found("5 85 05 78 006 084 91", "FR_NIR").is_empty(),
            "sex digit"
        );
    }
}
