//! Accented letters, which a text may write as one character or as a
//! letter and combining marks (`á`, or `a` and U+0301, as text copied from
//! macOS file names often is): one form to compare names however a text
//! wrote them. Covers the Latin, Greek and Cyrillic letters of
//! `accent_table.rs`; other scripts are left as written.

use std::borrow::Cow;

use super::accent_table::{
    BASES, COMBINING_CLASSES, LATIN1_BASES, LETTERS, MARKS, MARK_DECOMPOSITIONS,
};

/// The first combining mark (U+0300), which the table's marks count from.
const FIRST_MARK: u32 = 0x300;

/// The base and mark that `letter` is canonically made of, if it is one
/// of the table's letters.
fn decomposition(letter: char) -> Option<(char, char)> {
    let code = u32::from(letter);
    if !(0xC0..=0x1EFF).contains(&code) {
        return None;
    }
    let at = LETTERS.binary_search(&u16::try_from(code).ok()?).ok()?;
    Some((
        char::from_u32(u32::from(*BASES.get(at)?))?,
        char::from_u32(FIRST_MARK + u32::from(*MARKS.get(at)?))?,
    ))
}

/// The letter made of `base` and `mark`, if the table has one.
fn composition(base: char, mark: char) -> Option<char> {
    let base = u16::try_from(u32::from(base)).ok()?;
    let mark = u8::try_from(u32::from(mark).checked_sub(FIRST_MARK)?).ok()?;
    // A linear search: it runs only for a mark that follows a letter, and
    // keeps the module free of a second, inverted table.
    let at = BASES
        .iter()
        .zip(&MARKS)
        .position(|(&listed_base, &listed_mark)| listed_base == base && listed_mark == mark)?;
    char::from_u32(u32::from(*LETTERS.get(at)?))
}

/// The canonical combining class of `c`: that of the marks U+0300–U+036F,
/// and 0 (a starter, which no mark passes) for every other character.
fn combining_class(c: char) -> u8 {
    u32::from(c)
        .checked_sub(FIRST_MARK)
        .and_then(|index| COMBINING_CLASSES.get(usize::try_from(index).ok()?))
        .copied()
        .unwrap_or(0)
}

/// `c` without its accents: the letter its canonical decomposition starts
/// from (`ế` → `e`, `Ǻ` → `A`, `ё` → `е`), or `c` itself.
pub(crate) fn unaccented(c: char) -> char {
    if let Some(&base) = u32::from(c)
        .checked_sub(0xC0)
        .and_then(|index| LATIN1_BASES.get(usize::try_from(index).ok()?))
    {
        return if base == 0 { c } else { char::from(base) };
    }
    let mut letter = c;
    while let Some((base, _)) = decomposition(letter) {
        letter = base;
    }
    letter
}

/// Pushes `c` fully decomposed: its base's decomposition, then its mark.
fn push_decomposed(c: char, out: &mut Vec<char>) {
    // A mark that is other marks (U+0340 is U+0300).
    let mark_parts = u32::from(c)
        .checked_sub(FIRST_MARK)
        .and_then(|index| u8::try_from(index).ok())
        .and_then(|index| {
            MARK_DECOMPOSITIONS
                .iter()
                .find(|&&(mark, _, _)| mark == index)
        });
    if let Some(&(_, first, second)) = mark_parts {
        for part in [first, second].into_iter().filter(|&part| part != 0xFF) {
            out.extend(char::from_u32(FIRST_MARK + u32::from(part)));
        }
        return;
    }
    // The table's letters carry at most two marks (`ǘ`, `ẫ`).
    let mut marks = ['\0'; 4];
    let mut count = 0;
    let mut letter = c;
    while let Some((base, mark)) = decomposition(letter) {
        if let Some(slot) = marks.get_mut(count) {
            *slot = mark;
            count += 1;
        }
        letter = base;
    }
    out.push(letter);
    out.extend(marks.iter().take(count).rev());
}

/// `value` with its letters and combining marks composed as Unicode's NFC
/// composes them (`Nova\u{301}kova\u{301}` → `Nováková`, marks in either
/// order: `a\u{302}\u{323}` and `a\u{323}\u{302}` → `ậ`), for the letters
/// of the table; other characters and marks are left as they stand.
/// Borrowed when `value` holds no mark of U+0300–U+036F (then it is
/// already composed).
pub(crate) fn composed(value: &str) -> Cow<'_, str> {
    // Those marks are the characters whose UTF-8 starts with 0xCC or 0xCD
    // (with U+0370–U+037F, which only cost the longer path).
    if !value.bytes().any(|b| matches!(b, 0xCC | 0xCD)) {
        return Cow::Borrowed(value);
    }
    let mut chars = Vec::with_capacity(value.len());
    for c in value.chars() {
        push_decomposed(c, &mut chars);
    }
    order_marks(&mut chars);
    // Canonical composition (Unicode's UAX #15): a mark joins the last
    // starter unless a mark of the same or a higher class stands between.
    let mut out: Vec<char> = Vec::with_capacity(chars.len());
    let mut starter: Option<usize> = None;
    // The class of the last character pushed after the starter (0: none).
    // Before any starter, every mark is blocked.
    let mut last_class = u16::MAX;
    for c in chars {
        let class = u16::from(combining_class(c));
        if let Some(slot) = starter.and_then(|at| out.get_mut(at)) {
            if class != 0 && last_class < class || last_class == 0 {
                if let Some(letter) = composition(*slot, c) {
                    *slot = letter;
                    continue;
                }
            }
        }
        if class == 0 {
            starter = Some(out.len());
        }
        last_class = class;
        out.push(c);
    }
    Cow::Owned(out.into_iter().collect())
}

/// Sorts each run of marks by combining class, keeping the order of marks
/// of one class (Unicode's canonical ordering).
fn order_marks(chars: &mut [char]) {
    // Insertion sort: runs are a few marks long, and it is stable.
    for end in 1..chars.len() {
        let mut at = end;
        while at > 0 {
            let (Some(&before), Some(&here)) = (chars.get(at - 1), chars.get(at)) else {
                break;
            };
            let class = combining_class(here);
            if class == 0 || combining_class(before) <= class {
                break;
            }
            chars.swap(at - 1, at);
            at -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decomposed(value: &str) -> String {
        let mut chars = Vec::new();
        for c in value.chars() {
            push_decomposed(c, &mut chars);
        }
        order_marks(&mut chars);
        chars.into_iter().collect()
    }

    #[test]
    fn every_letter_comes_back_from_its_decomposition() {
        for &letter in &LETTERS {
            let letter = char::from_u32(u32::from(letter)).unwrap().to_string();
            let parts = decomposed(&letter);
            assert!(parts.chars().count() >= 2, "{letter}");
            assert_eq!(composed(&parts), letter, "{parts:?}");
            assert!(unaccented(letter.chars().next().unwrap()).is_alphabetic());
        }
    }

    #[test]
    fn composes_as_nfc_does() {
        // Expected forms from Python's `unicodedata.normalize("NFC", …)`.
        for (value, nfc) in [
            ("Nova\u{301}kova\u{301}", "Nováková"),
            ("Dvor\u{30C}a\u{301}k", "Dvořák"),
            ("a\u{302}\u{323}", "\u{1EAD}"),
            ("a\u{323}\u{302}", "\u{1EAD}"),
            ("\u{E2}\u{323}", "\u{1EAD}"),
            ("\u{1EA1}\u{302}", "\u{1EAD}"),
            ("Nguye\u{302}\u{303}n", "Nguyễn"),
            ("u\u{308}\u{301}", "\u{1D8}"),
            // Two marks of one class keep their order: the second cannot
            // join past the first.
            ("a\u{301}\u{302}", "\u{E1}\u{302}"),
            // A mark the table has no letter for stays; one before any
            // letter too.
            ("q\u{301}", "q\u{301}"),
            ("\u{301}a", "\u{301}a"),
            ("e\u{20DD}\u{301}", "e\u{20DD}\u{301}"),
            ("\u{415}\u{308}", "\u{401}"),
            ("\u{3B1}\u{301}", "\u{3AC}"),
            ("Ｊａｎａ", "Ｊａｎａ"),
        ] {
            assert_eq!(composed(value), nfc, "{value:?}");
        }
        assert!(matches!(composed("Nováková"), Cow::Borrowed(_)));
    }

    /// Against the `unicode-normalization` crate's NFC: every ASCII letter,
    /// base and letter of the table with each of U+0300–U+036F after it,
    /// and the ASCII letters and bases with two marks, in either order, of
    /// those the table uses, those that are other marks (U+0340) and some
    /// of other classes. Where NFC composes into a letter the table does
    /// not hold (Greek Extended, say), `composed` leaves that part as it is
    /// and the case is skipped.
    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn composes_as_the_unicode_normalization_crate_does() {
        use unicode_normalization::UnicodeNormalization;
        let covered = |c: char| {
            c.is_ascii()
                || (0x300..0x370).contains(&u32::from(c))
                || u16::try_from(u32::from(c))
                    .is_ok_and(|code| LETTERS.binary_search(&code).is_ok() || BASES.contains(&code))
        };
        let mut starts: Vec<char> = ('A'..='Z').chain('a'..='z').collect();
        starts.extend(
            BASES
                .iter()
                .filter_map(|&base| char::from_u32(u32::from(base))),
        );
        starts.extend(
            LETTERS
                .iter()
                .filter_map(|&letter| char::from_u32(u32::from(letter))),
        );
        starts.sort_unstable();
        starts.dedup();
        let marks: Vec<char> = (0x300..0x370).filter_map(char::from_u32).collect();
        let mut pair_marks: Vec<char> = MARKS
            .iter()
            .chain(MARK_DECOMPOSITIONS.iter().map(|(mark, _, _)| mark))
            .chain(&[0x15, 0x1B, 0x34, 0x45, 0x4F])
            .filter_map(|&mark| char::from_u32(FIRST_MARK + u32::from(mark)))
            .collect();
        pair_marks.sort_unstable();
        pair_marks.dedup();
        let mut pair_starts: Vec<char> = ('A'..='Z')
            .chain('a'..='z')
            .chain(
                BASES
                    .iter()
                    .filter_map(|&base| char::from_u32(u32::from(base))),
            )
            .collect();
        pair_starts.sort_unstable();
        pair_starts.dedup();
        let mut cases: Vec<(char, char, Option<char>)> = Vec::new();
        for &start in &starts {
            for &mark in &marks {
                cases.push((start, mark, None));
            }
        }
        for &start in &pair_starts {
            for &first in &pair_marks {
                for &second in &pair_marks {
                    cases.push((start, first, Some(second)));
                }
            }
        }
        let (mut compared, mut skipped) = (0, 0);
        for (start, first, second) in cases {
            let mut text = String::from(start);
            text.push(first);
            text.extend(second);
            let nfc: String = text.nfc().collect();
            if !nfc.chars().all(covered) {
                skipped += 1;
                continue;
            }
            assert_eq!(composed(&text), nfc, "{text:?}");
            compared += 1;
        }
        // Most cases are compared, not skipped.
        assert!(
            compared > 10 * skipped,
            "{compared} compared, {skipped} skipped"
        );
    }

    #[test]
    fn latin_1_shortcut_agrees_with_the_table() {
        for c in '\u{C0}'..='\u{FF}' {
            let mut letter = c;
            while let Some((base, _)) = decomposition(letter) {
                letter = base;
            }
            assert_eq!(unaccented(c), letter, "{c}");
        }
    }

    #[test]
    fn unaccented_letters() {
        for (letter, base) in [
            ('á', 'a'),
            ('Ř', 'R'),
            ('ế', 'e'),
            ('\u{1D8}', 'u'),
            ('ё', 'е'),
            ('ά', 'α'),
            ('ø', 'ø'),
            ('ß', 'ß'),
            ('a', 'a'),
            ('中', '中'),
        ] {
            assert_eq!(unaccented(letter), base, "{letter}");
        }
    }
}
