//! CA_SIN: nine digits, `046 454 286`, passing Luhn; never starting with 0 or 8.

use super::super::checksum::luhn;
use super::super::digits::Run;
use super::{emit, shaped};
use crate::detect::keywords::{context, Context};
use crate::detect::Sink;
use crate::entity::EntityType;

/// How many digits a window this detector checks holds.
pub(crate) const DIGITS: usize = 9;

/// The score of a valid window, and what a context word before it adds.
const SCORE: f32 = 0.35;
const BOOST: f32 = 0.55;
/// The context words that lift it.
pub(crate) const CONTEXT: u32 = context::SIN;
/// The best score without a context word.
pub(crate) const BEST_UNCUED: f32 = SCORE;

/// Checks the window `first..=last` of a run (of [`DIGITS`] digits, standing
/// on its own) for social insurance numbers.
pub(crate) fn detect_window(
    run: &Run<'_>,
    (first, last): (usize, usize),
    context: &Context<'_>,
    out: &mut Sink,
) {
    let digits = run.digits(first, last);
    let usable = !digits.starts_with('0') && !digits.starts_with('8');
    if usable && shaped(run, first, last, &[3, 3, 3], &[" ", "-"]) && luhn(digits.as_bytes()) {
        emit(
            run,
            (first, last),
            EntityType::CA_SIN,
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
        assert_eq!(found("SIN: 130 692 544", "CA_SIN"), ["130 692 544"]);
        assert_eq!(
            found("social insurance number 130-692-544", "CA_SIN"),
            ["130-692-544"]
        );
        assert!(found("SIN: 130 692 545", "CA_SIN").is_empty(), "Luhn");
        assert!(
            found("order 130 692 544", "CA_SIN").is_empty(),
            "no context"
        );
    }
}
