//! JP_MY_NUMBER: Japan's individual number (マイナンバー, 個人番号), twelve
//! digits whose last checks the eleven before it, as `1234 5678 9018` or
//! compact. Twelve digits pass that check once in eleven, so the number
//! needs its word before it: マイナンバー or 個人番号, found in the bytes
//! before the number (Japanese runs words together: `マイナンバーは1234…`).
//! (Not the English `My Number`: after "my number is", twelve digits are
//! as often a phone's.)

use super::super::checksum::{digit_values, weighted_sum};
use super::super::digits::Run;
use super::{emit, shaped, CONTEXT_WINDOW};
use crate::detect::keywords::{unspaced_word_before, Context};
use crate::detect::Sink;
use crate::entity::EntityType;

/// The weights of the first eleven digits (2–7 from the right, then 2–6).
const WEIGHTS: [u32; 11] = [6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

/// The number's words in Japanese.
const WORDS: [&str; 2] = ["マイナンバー", "個人番号"];

fn valid(digits: &str) -> bool {
    let Some(d) = digit_values::<12>(digits) else {
        return false;
    };
    let remainder = weighted_sum(&d, &WEIGHTS) % 11;
    let check = if remainder <= 1 { 0 } else { 11 - remainder };
    d.get(11) == Some(&check)
}

/// How many digits a window this detector checks holds.
pub(crate) const DIGITS: usize = 12;

/// The score of a valid number after its word.
const SCORE: f32 = 0.9;
/// No word of the cue pass lifts it: the detector finds its words itself.
pub(crate) const CONTEXT: u32 = 0;
/// The best score without a word of the cue pass: the Japanese words are
/// found by the detector itself (the cue pass reads words between spaces),
/// so it runs on every twelve-digit window.
pub(crate) const BEST_UNCUED: f32 = SCORE;

/// Checks the window `first..=last` of a run (of [`DIGITS`] digits, standing
/// on its own) for individual numbers.
pub(crate) fn detect_window(
    run: &Run<'_>,
    (first, last): (usize, usize),
    context: &Context<'_>,
    out: &mut Sink,
) {
    // Only a number standing plainly alone: twelve digits inside a card's
    // sixteen pass the check as often as any (`4111 1111 1111` does).
    if !shaped(run, first, last, &[4, 4, 4], &[" ", "-"])
        || run.boundary_weight(first, last) < 1.0
        || !valid(run.digits(first, last))
    {
        return;
    }
    let (start, _) = run.span(first, last);
    if unspaced_word_before(run.view().as_bytes(), start, CONTEXT_WINDOW, &WORDS) {
        emit(
            run,
            (first, last),
            EntityType::JP_MY_NUMBER,
            SCORE,
            0.0,
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
        for (text, expected) in [
            ("マイナンバー：1234 5678 9018", "1234 5678 9018"),
            ("私のマイナンバーは123456789018です", "123456789018"),
            ("個人番号 1234-5678-9018。", "1234-5678-9018"),
        ] {
            assert_eq!(found(text, "JP_MY_NUMBER"), [expected], "{text}");
        }
        for text in [
            // The check digit.
            "マイナンバー：1234 5678 9017",
            // No word before it.
            "注文番号 123456789018",
            "ref 1234 5678 9018",
            // Grouped otherwise.
            "マイナンバー 123 456 789 018",
            // Inside a longer number.
            "マイナンバー：1234 5678 9018 1234",
        ] {
            assert!(found(text, "JP_MY_NUMBER").is_empty(), "{text}");
        }
    }
}
