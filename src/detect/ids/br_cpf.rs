//! BR_CPF: eleven digits with two mod 11 check digits, as `529.982.247-25`
//! or compact (compact needs context).

use super::super::checksum::{digit_values, weighted_sum};
use super::super::digits::Run;
use super::emit;
use crate::detect::keywords::{context, Context};
use crate::detect::Sink;
use crate::entity::EntityType;

/// Weights 11 down to 2; the first check digit uses the last nine.
const WEIGHTS: [u32; 10] = [11, 10, 9, 8, 7, 6, 5, 4, 3, 2];

fn check_digit(digits: &[u32]) -> u32 {
    let skip = WEIGHTS.len().saturating_sub(digits.len());
    let weights = WEIGHTS.get(skip..).unwrap_or_default();
    weighted_sum(digits, weights) * 10 % 11 % 10
}

fn valid(digits: &str) -> bool {
    let Some(d) = digit_values::<11>(digits) else {
        return false;
    };
    let all_same = d.iter().all(|&x| Some(&x) == d.first());
    let (Some(body), Some(&c1), Some(&c2)) = (d.get(..9), d.get(9), d.get(10)) else {
        return false;
    };
    let Some(body10) = d.get(..10) else {
        return false;
    };
    !all_same && check_digit(body) == c1 && check_digit(body10) == c2
}

/// How many digits a window this detector checks holds.
pub(crate) const DIGITS: usize = 11;

/// The score of the surest shape of a valid window.
const FORMATTED_SCORE: f32 = 0.9;
/// The context words that lift a window's score.
pub(crate) const CONTEXT: u32 = context::CPF;
/// The best score without a context word.
pub(crate) const BEST_UNCUED: f32 = FORMATTED_SCORE;

/// Checks the window `first..=last` of a run (of [`DIGITS`] digits, standing
/// on its own) for CPF numbers.
pub(crate) fn detect_window(
    run: &Run<'_>,
    (first, last): (usize, usize),
    context: &Context<'_>,
    out: &mut Sink,
) {
    let formatted = last == first + 3
        && (first..first + 3).all(|i| run.group(i).len() == 3)
        && run.group(last).len() == 2
        && run.separator_before(first + 1) == "."
        && run.separator_before(first + 2) == "."
        && run.separator_before(last) == "-";
    if (formatted || first == last) && valid(run.digits(first, last)) {
        let score = if formatted { FORMATTED_SCORE } else { 0.45 };
        emit(
            run,
            (first, last),
            EntityType::BR_CPF,
            score,
            0.45,
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
        assert_eq!(found("CPF 529.982.247-25", "BR_CPF"), ["529.982.247-25"]);
        assert_eq!(found("meu cpf: 52998224725", "BR_CPF"), ["52998224725"]);
        assert!(found("529.982.247-26", "BR_CPF").is_empty(), "check digits");
        assert!(found("111.111.111-11", "BR_CPF").is_empty(), "all same");
    }
}
