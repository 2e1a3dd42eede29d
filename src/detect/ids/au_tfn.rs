//! AU_TFN: the Australian tax file number, nine digits with weights
//! 1 4 3 7 5 8 6 9 10 summing to a multiple of 11; needs context.

use super::super::checksum::{digit_values, weighted_sum};
use super::super::digits::Run;
use super::{emit, shaped};
use crate::detect::keywords::{context, Context};
use crate::detect::Sink;
use crate::entity::EntityType;

fn valid(digits: &str) -> bool {
    digit_values::<9>(digits).is_some_and(|d| {
        weighted_sum(&d, &[1, 4, 3, 7, 5, 8, 6, 9, 10]) % 11 == 0 && digits != "000000000"
    })
}

/// How many digits a window this detector checks holds.
pub(crate) const DIGITS: usize = 9;

/// The score of a valid window, and what a context word before it adds.
const SCORE: f32 = 0.3;
const BOOST: f32 = 0.6;
/// The context words that lift it.
pub(crate) const CONTEXT: u32 = context::TFN;
/// The best score without a context word.
pub(crate) const BEST_UNCUED: f32 = SCORE;

/// Checks the window `first..=last` of a run (of [`DIGITS`] digits, standing
/// on its own) for tax file numbers.
pub(crate) fn detect_window(
    run: &Run<'_>,
    (first, last): (usize, usize),
    context: &Context<'_>,
    out: &mut Sink,
) {
    if shaped(run, first, last, &[3, 3, 3], &[" ", "-"]) && valid(run.digits(first, last)) {
        emit(
            run,
            (first, last),
            EntityType::AU_TFN,
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
        assert_eq!(found("TFN: 123 456 782", "AU_TFN"), ["123 456 782"]);
        assert!(found("TFN: 123 456 783", "AU_TFN").is_empty(), "check");
        assert!(found("ref 123 456 782", "AU_TFN").is_empty(), "no context");
    }
}
