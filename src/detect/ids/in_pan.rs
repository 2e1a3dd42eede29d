//! IN_PAN: the Indian permanent account number, `ABCPE1234F`: five letters
//! (the fourth one of the holder-type letters), four digits, one letter.

use crate::detect::keywords::{context, Context};
use crate::detect::{Candidate, Sink};
use crate::entity::EntityType;

/// Checks the word at `start..end`.
pub(crate) fn detect_word(
    view: &str,
    start: usize,
    end: usize,
    context: &Context<'_>,
    out: &mut Sink,
) {
    let Some(word) = view.as_bytes().get(start..end) else {
        return;
    };
    let Ok(pan) = <&[u8; 10]>::try_from(word) else {
        return;
    };
    let shape = pan.iter().enumerate().all(|(index, c)| match index {
        5..=8 => c.is_ascii_digit(),
        _ => c.is_ascii_uppercase(),
    });
    if shape && b"ABCFGHLJPT".contains(&pan[3]) {
        let boost = if context.before(start, 30, context::PAN) {
            0.3
        } else {
            0.0
        };
        out.push(Candidate::new(EntityType::IN_PAN, start, end, 0.6 + boost));
    }
}

#[cfg(test)]
mod tests {
    use crate::detect::tests::found;

    #[test]
    fn table() {
        assert_eq!(found("PAN ABCPE1234F", "IN_PAN"), ["ABCPE1234F"]);
        assert!(found("ABCXE1234F", "IN_PAN").is_empty(), "holder type");
        assert!(found("abcpe1234f", "IN_PAN").is_empty(), "lowercase");
    }
}
