//! UK_NHS: ten digits, `943 476 5919`, with the NHS mod 11 check digit.

use super::super::checksum::{digit_values, weighted_sum};
use super::super::digits::Run;
use super::{emit, shaped};
use crate::detect::keywords::{context, Context};
use crate::detect::Sink;
use crate::entity::EntityType;

fn valid(digits: &str) -> bool {
    let Some(d) = digit_values::<10>(digits) else {
        return false;
    };
    let check = match 11 - weighted_sum(&d, &[10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11 {
        11 => 0,
        10 => return false,
        check => check,
    };
    d.get(9) == Some(&check)
}

/// How many digits a window this detector checks holds.
pub(crate) const DIGITS: usize = 10;

/// The score of a valid window, and what a context word before it adds.
const SCORE: f32 = 0.4;
const BOOST: f32 = 0.55;
/// The context words that lift it.
pub(crate) const CONTEXT: u32 = context::NHS;
/// The best score without a context word.
pub(crate) const BEST_UNCUED: f32 = SCORE;

/// Checks the window `first..=last` of a run (of [`DIGITS`] digits, standing
/// on its own) for NHS numbers.
pub(crate) fn detect_window(
    run: &Run<'_>,
    (first, last): (usize, usize),
    context: &Context<'_>,
    out: &mut Sink,
) {
    if shaped(run, first, last, &[3, 3, 4], &[" ", "-"]) && valid(run.digits(first, last)) {
        emit(
            run,
            (first, last),
            EntityType::UK_NHS,
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
            found("NHS number: 943 476 5919", "UK_NHS"),
            ["943 476 5919"]
        );
        assert_eq!(found("nhs no 9434765919.", "UK_NHS"), ["9434765919"]);
        assert!(
            found("NHS number: 943 476 5918", "UK_NHS").is_empty(),
            "check digit"
        );
        assert!(found("ref 943 476 5919", "UK_NHS").is_empty(), "no context");
    }
}
