//! BR_CNPJ: a Brazilian company number, fourteen digits with two mod 11
//! check digits, as `11.222.333/0001-81` or compact.

use super::super::checksum::{digit_values, weighted_sum};
use super::super::digits::Run;
use super::{emit, shaped};
use crate::detect::keywords::{context, Context};
use crate::detect::Sink;
use crate::entity::EntityType;

const WEIGHTS: [u32; 13] = [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2];

fn check_digit(digits: &[u32]) -> u32 {
    let skip = WEIGHTS.len().saturating_sub(digits.len());
    let weights = WEIGHTS.get(skip..).unwrap_or_default();
    match weighted_sum(digits, weights) % 11 {
        0 | 1 => 0,
        r => 11 - r,
    }
}

fn valid(digits: &str) -> bool {
    let Some(d) = digit_values::<14>(digits) else {
        return false;
    };
    let (Some(body12), Some(body13)) = (d.get(..12), d.get(..13)) else {
        return false;
    };
    let all_same = d.iter().all(|&x| Some(&x) == d.first());
    !all_same && d.get(12) == Some(&check_digit(body12)) && d.get(13) == Some(&check_digit(body13))
}

/// How many digits a window this detector checks holds.
pub(crate) const DIGITS: usize = 14;

/// The score of the surest shape of a valid window.
const FORMATTED_SCORE: f32 = 0.9;
/// The context words that lift a window's score.
pub(crate) const CONTEXT: u32 = context::CNPJ;
/// The best score without a context word.
pub(crate) const BEST_UNCUED: f32 = FORMATTED_SCORE;

/// Checks the window `first..=last` of a run (of [`DIGITS`] digits, standing
/// on its own) for CNPJ numbers.
pub(crate) fn detect_window(
    run: &Run<'_>,
    (first, last): (usize, usize),
    context: &Context<'_>,
    out: &mut Sink,
) {
    let formatted = last == first + 4
        && [2, 3, 3, 4, 2]
            .iter()
            .enumerate()
            .all(|(offset, &len)| run.group(first + offset).len() == len)
        && [".", ".", "/", "-"]
            .iter()
            .enumerate()
            .all(|(offset, sep)| run.separator_before(first + 1 + offset) == *sep);
    if (formatted || shaped(run, first, last, &[14], &[])) && valid(run.digits(first, last)) {
        let score = if formatted { FORMATTED_SCORE } else { 0.55 };
        emit(
            run,
            (first, last),
            EntityType::BR_CNPJ,
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
        assert_eq!(
            found("CNPJ 11.222.333/0001-81", "BR_CNPJ"),
            ["11.222.333/0001-81"]
        );
        assert_eq!(found("11222333000181", "BR_CNPJ"), ["11222333000181"]);
        assert!(
            found("11.222.333/0001-82", "BR_CNPJ").is_empty(),
            "check digits"
        );
    }
}
