//! UK_NINO: the UK National Insurance number, `AB 12 34 56 C` or
//! `AB123456C`, with the prefixes HMRC never issues excluded.

use crate::detect::keywords::{context, Context};
use crate::detect::{Candidate, Sink};
use crate::entity::EntityType;

const NEVER_PREFIXES: &[&[u8; 2]] = &[b"BG", b"GB", b"NK", b"KN", b"TN", b"NT", b"ZZ"];

fn prefix_ok(a: u8, b: u8) -> bool {
    !b"DFIQUV".contains(&a) && !b"DFIOQUV".contains(&b) && !NEVER_PREFIXES.contains(&&[a, b])
}

/// Checks for a NINO starting at the word `start..end`.
pub(crate) fn detect_word(
    view: &str,
    start: usize,
    end: usize,
    context: &Context<'_>,
    out: &mut Sink,
) {
    let bytes = view.as_bytes();
    let Some(&[a, b]) = bytes.get(start..start + 2) else {
        return;
    };
    if !(a.is_ascii_uppercase() && b.is_ascii_uppercase() && prefix_ok(a, b)) {
        return;
    }
    // Collect six digits and the suffix letter, allowing single spaces.
    let mut pos = start + 2;
    let mut digits = 0;
    while digits < 6 {
        match bytes.get(pos) {
            Some(d) if d.is_ascii_digit() => digits += 1,
            Some(b' ') if end == start + 2 || digits % 2 == 0 => {}
            _ => return,
        }
        pos += 1;
    }
    if bytes.get(pos) == Some(&b' ') {
        pos += 1;
    }
    let Some(suffix) = bytes.get(pos) else { return };
    let stop = pos + 1;
    if !b"ABCD".contains(suffix) || bytes.get(stop).is_some_and(u8::is_ascii_alphanumeric) {
        return;
    }
    let boost = if context.before(start, 30, context::NINO) {
        0.1
    } else {
        0.0
    };
    out.push(Candidate::new(
        EntityType::UK_NINO,
        start,
        stop,
        0.85 + boost,
    ));
}

#[cfg(test)]
mod tests {
    use crate::detect::tests::found;

    #[test]
    fn table() {
        assert_eq!(
            found("NI number AB 12 34 56 C.", "UK_NINO"),
            ["AB 12 34 56 C"]
        );
        assert_eq!(found("AB123456C", "UK_NINO"), ["AB123456C"]);
        assert!(found("QQ123456C", "UK_NINO").is_empty(), "prefix");
        assert!(found("GB123456C", "UK_NINO").is_empty(), "prefix");
        assert!(found("AB123456E", "UK_NINO").is_empty(), "suffix");
    }
}
