//! NL_BSN: the Dutch citizen service number, nine digits passing the
//! "11-proef" (weights 9…2 and −1). Nine digits pass by chance one time in
//! eleven, so a context word is needed.

use super::super::checksum::{digit_values, weighted_sum};
use super::super::digits::Run;
use super::{emit, shaped};
use crate::detect::keywords::{context, Context};
use crate::detect::Sink;
use crate::entity::EntityType;

fn valid(digits: &str) -> bool {
    let Some(d) = digit_values::<9>(digits) else {
        return false;
    };
    let body = weighted_sum(&d, &[9, 8, 7, 6, 5, 4, 3, 2]);
    let last = d.get(8).copied().unwrap_or(0);
    body >= last && (body - last) % 11 == 0 && digits != "000000000"
}

/// How many digits a window this detector checks holds.
pub(crate) const DIGITS: usize = 9;

/// The score of a valid window, and what a context word before it adds.
const SCORE: f32 = 0.3;
const BOOST: f32 = 0.6;
/// The context words that lift it.
pub(crate) const CONTEXT: u32 = context::BSN;
/// The best score without a context word.
pub(crate) const BEST_UNCUED: f32 = SCORE;

/// Checks the window `first..=last` of a run (of [`DIGITS`] digits, standing
/// on its own) for BSN numbers.
pub(crate) fn detect_window(
    run: &Run<'_>,
    (first, last): (usize, usize),
    context: &Context<'_>,
    out: &mut Sink,
) {
    let grouped = shaped(run, first, last, &[4, 2, 3], &[".", " "])
        || shaped(run, first, last, &[3, 3, 3], &[" ", "."]);
    if grouped && valid(run.digits(first, last)) {
        emit(
            run,
            (first, last),
            EntityType::NL_BSN,
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
        assert_eq!(found("BSN: 111222333", "NL_BSN"), ["111222333"]);
        assert_eq!(
            found("burgerservicenummer 1112.22.333", "NL_BSN"),
            ["1112.22.333"]
        );
        assert!(found("BSN: 111222334", "NL_BSN").is_empty(), "11-proef");
        assert!(found("nummer 111222333", "NL_BSN").is_empty(), "no context");
    }
}
