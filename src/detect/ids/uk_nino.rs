//! UK_NINO: the UK National Insurance number, `AB 12 34 56 C` or
//! `AB123456C`, with the prefixes HMRC never issues excluded.

use crate::detect::keywords::{context, Context, Hit};
use crate::detect::{Candidate, Sink};
use crate::entity::EntityType;

const NEVER_PREFIXES: &[&[u8; 2]] = &[b"BG", b"GB", b"NK", b"KN", b"TN", b"NT", b"ZZ"];

fn prefix_ok(a: u8, b: u8) -> bool {
    !b"DFIQUV".contains(&a) && !b"DFIOQUV".contains(&b) && !NEVER_PREFIXES.contains(&&[a, b])
}

/// Checks for a NINO in capitals starting at the word `start..end`.
pub(crate) fn detect_word(
    view: &str,
    start: usize,
    end: usize,
    context: &Context<'_>,
    out: &mut Sink,
) {
    let bytes = view.as_bytes();
    let capitals = bytes
        .get(start..start + 2)
        .is_some_and(|prefix| prefix.iter().all(u8::is_ascii_uppercase));
    let Some(stop) = capitals.then(|| nino_at(bytes, start, end)).flatten() else {
        return;
    };
    let boost = if context.before(start, CUE_REACH, context::NINO) {
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

/// How far after its cue word a NINO may start, in bytes.
const CUE_REACH: usize = 30;

/// Finds NINOs in any case (`nino: ab123456c`) in the words shortly after
/// the NINO cues among `hits`; those in capitals the word pass finds. Read
/// only after a cue: every two- and nine-letter word would be a candidate.
#[inline(never)]
pub(crate) fn detect_after_cues(view: &str, hits: &[Hit], out: &mut Sink) {
    let bytes = view.as_bytes();
    let mut from = 0;
    for hit in hits.iter().filter(|hit| hit.contexts & context::NINO != 0) {
        // Cues close together read their shared bytes once.
        let mut at = hit.end.max(from);
        let reach = hit.end + CUE_REACH;
        while at < reach.min(bytes.len()) {
            let word_start = bytes.get(at).is_some_and(u8::is_ascii_alphabetic)
                && !bytes
                    .get(at.wrapping_sub(1))
                    .is_some_and(u8::is_ascii_alphanumeric);
            if !word_start {
                at += 1;
                continue;
            }
            let end = at
                + bytes
                    .get(at..)
                    .unwrap_or_default()
                    .iter()
                    .take_while(|b| b.is_ascii_alphanumeric())
                    .count();
            let capitals = bytes
                .get(at..at + 2)
                .is_some_and(|prefix| prefix.iter().all(u8::is_ascii_uppercase));
            if let Some(stop) = (!capitals).then(|| nino_at(bytes, at, end)).flatten() {
                out.push(Candidate::new(EntityType::UK_NINO, at, stop, 0.95));
            }
            at = end;
        }
        from = at;
    }
}

/// Where the NINO starting at the word `start..end` ends, letters in any
/// case: a prefix HMRC issues, six digits (in pairs, if spaced) and a
/// suffix `A`–`D`.
fn nino_at(bytes: &[u8], start: usize, end: usize) -> Option<usize> {
    let &[a, b] = bytes.get(start..start + 2)? else {
        return None;
    };
    let (a, b) = (a.to_ascii_uppercase(), b.to_ascii_uppercase());
    if !(a.is_ascii_uppercase() && b.is_ascii_uppercase() && prefix_ok(a, b)) {
        return None;
    }
    // Six digits and the suffix letter, allowing single spaces.
    let mut pos = start + 2;
    let mut digits = 0;
    while digits < 6 {
        match bytes.get(pos) {
            Some(d) if d.is_ascii_digit() => digits += 1,
            Some(b' ') if end == start + 2 || digits % 2 == 0 => {}
            _ => return None,
        }
        pos += 1;
    }
    if bytes.get(pos) == Some(&b' ') {
        pos += 1;
    }
    let suffix = bytes.get(pos)?.to_ascii_uppercase();
    let stop = pos + 1;
    (b"ABCD".contains(&suffix) && !bytes.get(stop).is_some_and(u8::is_ascii_alphanumeric))
        .then_some(stop)
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
        // In lower case only after its cue.
        assert_eq!(found("nino: ab123456c", "UK_NINO"), ["ab123456c"]);
        assert_eq!(
            found("My NI number is ab 12 34 56 c, thanks", "UK_NINO"),
            ["ab 12 34 56 c"]
        );
        assert_eq!(
            found("National Insurance: Ab123456C", "UK_NINO"),
            ["Ab123456C"]
        );
        assert!(found("ab123456c", "UK_NINO").is_empty(), "no cue");
        assert!(found("nino: qq123456c", "UK_NINO").is_empty(), "prefix");
        assert!(found("nino: ab123456e", "UK_NINO").is_empty(), "suffix");
        assert!(found("nino: ab1234567c", "UK_NINO").is_empty(), "digits");
        assert!(
            found(
                "nino: see the form we sent you last week, ab123456c",
                "UK_NINO"
            )
            .is_empty(),
            "beyond the cue's reach"
        );
    }
}
