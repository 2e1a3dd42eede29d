//! IN_AADHAAR: twelve digits, first 2–9, with a Verhoeff check digit, as
//! `2345 6789 0124` or compact.

use super::super::checksum::{digit_values, verhoeff};
use super::super::digits::Run;
use super::{emit, shaped};
use crate::detect::keywords::{context, Context};
use crate::detect::Sink;
use crate::entity::EntityType;

fn valid(digits: &str) -> bool {
    let Some(d) = digit_values::<12>(digits) else {
        return false;
    };
    d.first().is_some_and(|&first| first >= 2) && verhoeff(&d)
}

/// How many digits a window this detector checks holds.
pub(crate) const DIGITS: usize = 12;

/// The score of the surest shape of a valid window.
const SPACED_SCORE: f32 = 0.6;
/// The context words that lift a window's score.
pub(crate) const CONTEXT: u32 = context::AADHAAR;
/// The best score without a context word.
pub(crate) const BEST_UNCUED: f32 = SPACED_SCORE;

/// Checks the window `first..=last` of a run (of [`DIGITS`] digits, standing
/// on its own) for Aadhaar numbers.
pub(crate) fn detect_window(
    run: &Run<'_>,
    (first, last): (usize, usize),
    context: &Context<'_>,
    out: &mut Sink,
) {
    let spaced = first != last;
    if shaped(run, first, last, &[4, 4, 4], &[" ", "-"]) && valid(run.digits(first, last)) {
        let score = if spaced { SPACED_SCORE } else { 0.4 };
        emit(
            run,
            (first, last),
            EntityType::IN_AADHAAR,
            score,
            0.35,
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
        assert_eq!(found("2345 6789 0124", "IN_AADHAAR"), ["2345 6789 0124"]);
        assert_eq!(
            found("Aadhaar 234567890124", "IN_AADHAAR"),
            ["234567890124"]
        );
        assert!(found("2345 6789 0125", "IN_AADHAAR").is_empty(), "Verhoeff");
        assert!(
            found("1345 6789 0124", "IN_AADHAAR").is_empty(),
            "first digit"
        );
    }
}
