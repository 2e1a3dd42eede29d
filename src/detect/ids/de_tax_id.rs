//! DE_TAX_ID: the German Steuer-Identifikationsnummer, eleven digits, first
//! not 0, one digit repeated two or three times in the first ten, and an
//! ISO 7064 MOD 11,10 check digit.

use super::super::checksum::{digit_values, iso7064_mod11_10};
use super::super::digits::Run;
use super::{emit, shaped};
use crate::detect::keywords::{context, Context};
use crate::detect::Sink;
use crate::entity::EntityType;

fn valid(digits: &str) -> bool {
    let Some(d) = digit_values::<11>(digits) else {
        return false;
    };
    let mut counts = [0u8; 10];
    for &digit in d.iter().take(10) {
        if let Some(count) = counts.get_mut(digit as usize) {
            *count += 1;
        }
    }
    let repeated = counts.iter().filter(|&&c| c >= 2).count();
    let too_many = counts.iter().any(|&c| c > 3);
    d.first() != Some(&0) && repeated == 1 && !too_many && iso7064_mod11_10(&d)
}

/// How many digits a window this detector checks holds.
pub(crate) const DIGITS: usize = 11;

/// The score of a valid window, and what a context word before it adds.
const SCORE: f32 = 0.4;
const BOOST: f32 = 0.5;
/// The context words that lift it.
pub(crate) const CONTEXT: u32 = context::DE_TAX;
/// The best score without a context word.
pub(crate) const BEST_UNCUED: f32 = SCORE;

/// Checks the window `first..=last` of a run (of [`DIGITS`] digits, standing
/// on its own) for German tax ids.
pub(crate) fn detect_window(
    run: &Run<'_>,
    (first, last): (usize, usize),
    context: &Context<'_>,
    out: &mut Sink,
) {
    let grouped = shaped(run, first, last, &[2, 3, 3, 3], &[" "]);
    if grouped && valid(run.digits(first, last)) {
        emit(
            run,
            (first, last),
            EntityType::DE_TAX_ID,
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
            found("Steuer-ID: 86095742719", "DE_TAX_ID"),
            ["86095742719"]
        );
        assert_eq!(
            found("IdNr 86 095 742 719", "DE_TAX_ID"),
            ["86 095 742 719"]
        );
        assert!(
            found("Steuer-ID: 86095742718", "DE_TAX_ID").is_empty(),
            "check digit"
        );
        assert!(
            found("Referenz 86095742719", "DE_TAX_ID").is_empty(),
            "no context"
        );
    }
}
