//! CREDIT_CARD: 12–19 digits, contiguous or grouped with one kind of
//! separator, passing Luhn and starting with a known issuer prefix.

use super::checksum::luhn;
use super::digits::{self, same, Run};
use super::text::line_break_len;
use super::{Candidate, Sink};
use crate::entity::EntityType;

/// Whether `digits` start with an issuer prefix valid for their length.
pub(crate) fn issuer_accepts(digits: &str) -> bool {
    let len = digits.len();
    // The first two, three and four digits as numbers, read once: this runs
    // for every window of 12 to 19 digits of every run.
    let mut prefixes = [0u32; 5];
    for (n, &byte) in digits.as_bytes().iter().take(4).enumerate() {
        if !byte.is_ascii_digit() {
            return false;
        }
        let value = prefixes.get(n).copied().unwrap_or(0) * 10 + u32::from(byte - b'0');
        if let Some(slot) = prefixes.get_mut(n + 1) {
            *slot = value;
        }
    }
    let prefix = |n: usize| prefixes.get(n).copied().unwrap_or(0);
    let visa = digits.starts_with('4') && matches!(len, 13 | 16 | 19);
    let mastercard =
        len == 16 && ((51..=55).contains(&prefix(2)) || (2221..=2720).contains(&prefix(4)));
    let amex = len == 15 && matches!(prefix(2), 34 | 37);
    let discover = (16..=19).contains(&len)
        && (prefix(4) == 6011 || (644..=649).contains(&prefix(3)) || prefix(2) == 65);
    let jcb = (16..=19).contains(&len) && (3528..=3589).contains(&prefix(4));
    let diners = (14..=19).contains(&len)
        && ((300..=305).contains(&prefix(3)) || matches!(prefix(2), 36 | 38 | 39));
    let unionpay = (16..=19).contains(&len) && prefix(2) == 62;
    let maestro = (12..=19).contains(&len)
        && matches!(
            prefix(4),
            5018 | 5020 | 5038 | 5893 | 6304 | 6759 | 6761..=6763
        );
    visa || mastercard || amex || discover || jcb || diners || unionpay || maestro
}

/// Checks every window of groups of one run.
/// Whether the groups `first..=last`, all of one length of three or more,
/// stand in a longer list of such numbers (`… 4615 4646 4677 4708 4740 4771
/// …`, a table in PostScript): two or more of them beside the window,
/// joined by its separator, the whole rising or falling. (A card's groups
/// and a number beside it, `+44 20 7946 0498 4111 1111 1111 1111` or an
/// expiry after it, are not in order.)
fn in_list(run: &Run<'_>, first: usize, last: usize, separator: &str) -> bool {
    let len = run.group(first).len();
    if len < 3 || (first..=last).any(|i| run.group(i).len() != len) {
        return false;
    }
    // Group `i` is of the window's length and joined to its neighbour
    // towards the window (`joint`) by the window's separator.
    let listed = |i: usize, joint: usize| {
        run.group(i).len() == len && same(run.separator_before(joint), separator)
    };
    // Two on each side at most: enough to tell, and a run of a million
    // numbers stays linear.
    let before = (0..first)
        .rev()
        .take(2)
        .take_while(|&i| listed(i, i + 1))
        .count();
    let after = (last + 1..run.groups.len())
        .take(2)
        .take_while(|&i| listed(i, i))
        .count();
    if before + after < 2 {
        return false;
    }
    // Groups of equal length compare as their text.
    let list = || (first - before..=last + after).map(|i| run.group(i));
    let rising = list().zip(list().skip(1)).all(|(a, b)| a < b);
    let falling = list().zip(list().skip(1)).all(|(a, b)| a > b);
    rising || falling
}

/// Whether groups `first..=last` are split as card numbers are written:
/// in one group, digit by digit (`4 1 1 1 …`, spaced out to slip past
/// filters), in groups of one length with a shorter last one (`4111 1111
/// 1111 1111`, `41 11 11 …`), as Amex and Diners print theirs (4-6-5,
/// 4-6-4), or regrouped into two to four groups of three digits or more
/// that make up the whole run (`4111 11111111 1111`). Other digits in
/// groups of mixed lengths are
/// something else: `4 28 5 13 15 26 11 13 32` is an SVG path's coordinates.
fn grouped_as_cards_are(run: &Run<'_>, first: usize, last: usize) -> bool {
    let len = |i: usize| run.group(i).len();
    let head = len(first);
    let even = (first..last).all(|i| len(i) == head) && len(last) <= head;
    // Regrouped to slip past a filter (`4111 11111111 1111`): a few groups
    // of three digits or more, the whole run (in a longer one, windows of
    // such groups pass Luhn and an issuer's prefix by chance).
    let regrouped = first == 0
        && last + 1 == run.groups.len()
        && last <= 3
        && (first..=last).all(|i| len(i) >= 3);
    last == first || even || wide(run, first, last) || regrouped
}

/// Whether groups `first..=last` are Amex's 4-6-5 or Diners' 4-6-4.
fn wide(run: &Run<'_>, first: usize, last: usize) -> bool {
    let len = |i: usize| run.group(i).len();
    last == first + 2 && len(first) == 4 && len(first + 1) == 6 && matches!(len(last), 4 | 5)
}

/// Whether groups `first..=last` are a card's groups of four, the last one
/// shorter or as Amex and Diners print theirs (4-6-5, 4-6-4).
fn in_fours(run: &Run<'_>, first: usize, last: usize) -> bool {
    let len = |i: usize| run.group(i).len();
    let fours = (first..last).all(|i| len(i) == 4) && len(last) <= 4;
    last > first && (fours || wide(run, first, last))
}

/// Whether the number at `span` stands in a table of long numbers, as
/// source code holds them (`0x…` written in decimal, a list of powers,
/// `(272210314680951647, 1629628781067588869),`): two of its neighbours,
/// joined to it by a comma with spaces, line breaks or parentheses, have
/// 13 digits or more and are no card. A list of cards is not so read, nor
/// a card beside one long number (`4111111111111111, 20260815123045`), nor
/// a file of comma-separated values, which has no space after its commas.
fn in_number_table(bytes: &[u8], (start, end): (usize, usize)) -> bool {
    let mut long = 0;
    for forward in [false, true] {
        let mut at = if forward { end } else { start };
        for _ in 0..2 {
            let Some(consumed) = long_neighbour(bytes, at, forward) else {
                break;
            };
            long += 1;
            at = if forward {
                at + consumed
            } else {
                at - consumed
            };
        }
    }
    long >= 2
}

/// If the text beside `at` (after it, or before it read backwards) is a
/// joint of a table and a number of 13 to 20 digits that is no card, the
/// bytes they take.
fn long_neighbour(bytes: &[u8], at: usize, forward: bool) -> Option<usize> {
    // Nearest byte first: a joint of 24 bytes and a number of 20 digits,
    // and the byte after it.
    const REACH: usize = 46;
    let mut side = [0u8; REACH];
    let len = if forward {
        let after = bytes.get(at..)?;
        let len = after.len().min(REACH);
        side.get_mut(..len)?.copy_from_slice(after.get(..len)?);
        len
    } else {
        let before = bytes.get(..at)?;
        let len = before.len().min(REACH);
        for (slot, &b) in side.iter_mut().zip(before.iter().rev().take(len)) {
            *slot = b;
        }
        len
    };
    let side = side.get(..len)?;
    let is_joint = |b: &u8| matches!(b, b',' | b' ' | b'\t' | b'\n' | b'\r' | b'(' | b')');
    let joint_len = side.iter().take(24).take_while(|b| is_joint(b)).count();
    let joint = side.get(..joint_len)?;
    let spaced = joint.iter().any(|&b| b != b',');
    if !joint.contains(&b',') || !spaced {
        return None;
    }
    let rest = side.get(joint_len..)?;
    let digits = rest
        .iter()
        .take(21)
        .take_while(|b| b.is_ascii_digit())
        .count();
    let glued = rest
        .get(digits)
        .is_some_and(|&b| b.is_ascii_alphanumeric() || b == b'.');
    if !(13..=20).contains(&digits) || glued {
        return None;
    }
    // Read backwards, the number's digits are reversed.
    let mut number = [0u8; 20];
    let number = number.get_mut(..digits)?;
    number.copy_from_slice(rest.get(..digits)?);
    if !forward {
        number.reverse();
    }
    let card = std::str::from_utf8(number)
        .is_ok_and(|n| n.len() <= 19 && issuer_accepts(n) && luhn(n.as_bytes()));
    (!card).then_some(joint_len + digits)
}

/// The most digit groups a wrapped card has: 19 digits, in fours.
const MOST_GROUPS: usize = 5;

/// A card number's groups read across a line break: each group's digit
/// count and the digits, in order.
#[derive(Default)]
struct Wrapped {
    lens: [usize; MOST_GROUPS],
    groups: usize,
    digits: [u8; 19],
    len: usize,
}

impl Wrapped {
    /// Adds a group of ASCII digits; false when the card would be too long.
    fn push(&mut self, group: &[u8]) -> bool {
        let end = self.len + group.len();
        match (
            self.lens.get_mut(self.groups),
            self.digits.get_mut(self.len..end),
        ) {
            (Some(slot), Some(digits)) if group.iter().all(u8::is_ascii_digit) => {
                *slot = group.len();
                digits.copy_from_slice(group);
                self.groups += 1;
                self.len = end;
                true
            }
            _ => false,
        }
    }

    /// Whether the groups are a card's: in fours with a shorter last one,
    /// or Amex's 4-6-5 and Diners' 4-6-4, passing the issuer's prefix and
    /// Luhn.
    fn is_card(&self) -> bool {
        let lens = self.lens.get(..self.groups).unwrap_or_default();
        let fours = match lens.split_last() {
            Some((&last, head)) => head.iter().all(|&len| len == 4) && (1..=4).contains(&last),
            None => false,
        };
        let wide = matches!(lens, [4, 6, 4 | 5]);
        let digits = self.digits.get(..self.len).unwrap_or_default();
        (fours || wide)
            && self.len >= 13
            && std::str::from_utf8(digits).is_ok_and(issuer_accepts)
            && luhn(digits)
    }
}

/// Whether `byte`, beside a number with `beyond` past it, glues the number
/// to more: a letter or digit, a `+` that dials it, or the joint of an
/// identifier or a decimal (`.5`, `-7`, `_2`).
fn glues(byte: Option<&u8>, beyond: Option<&u8>) -> bool {
    byte.is_some_and(|&b| {
        b.is_ascii_alphanumeric()
            || b == b'+'
            || (matches!(b, b'-' | b'.' | b'/' | b'_')
                && beyond.is_some_and(u8::is_ascii_alphanumeric))
    })
}

/// Whether `joint` joins two of a card's groups as `separator` does (the
/// first joint read sets it): one space or one dash.
fn joins(joint: Option<u8>, separator: &mut Option<u8>) -> bool {
    match joint {
        Some(b @ (b' ' | b'-')) => *separator.get_or_insert(b) == b,
        _ => false,
    }
}

/// A card number that a mail or a narrow field wrapped onto the next line
/// (`4111 1111 1111⏎1111`), found from its part in `run`. Every card split
/// once has a part of seven digits or more, which a run of its own is
/// handed here for: the part before the line break reports it when it is
/// that long, else the part after it does.
#[inline]
fn detect_wrapped(run: &Run<'_>, out: &mut Sink) {
    // Most runs stand between other words, not at a line's end or start.
    let (Some(&(start, _)), Some(&(_, end))) = (run.groups.first(), run.groups.last()) else {
        return;
    };
    let bytes = run.view().as_bytes();
    let line_break_after = match bytes.get(end) {
        Some(b'\n' | b'\r') => true,
        Some(b' ') => matches!(bytes.get(end + 1), Some(b'\n' | b'\r')),
        _ => false,
    };
    if line_break_after || (start > 0 && bytes.get(start - 1) == Some(&b'\n')) {
        detect_wrapped_at_line_break(bytes, start, line_break_after, out);
    }
}

#[inline(never)]
fn detect_wrapped_at_line_break(
    bytes: &[u8],
    start: usize,
    line_break_after: bool,
    out: &mut Sink,
) {
    // From this run on, or from the groups ending the line before: those
    // only if too short to be a run handed to this detector.
    let onto_next_line = || {
        let (end, head_digits) = wrapped_card_at(bytes, start)?;
        (head_digits >= digits::FINISHED_FROM_DIGITS).then_some((start, end))
    };
    let from_line_before = || {
        let from = number_before(bytes, line_break_before(bytes, start)?)?;
        let (end, head_digits) = wrapped_card_at(bytes, from)?;
        (head_digits < digits::FINISHED_FROM_DIGITS).then_some((from, end))
    };
    let found = line_break_after
        .then(onto_next_line)
        .flatten()
        .or_else(from_line_before);
    if let Some((from, end)) = found {
        out.push(Candidate::new(EntityType::CREDIT_CARD, from, end, 0.9));
    }
}

/// Where the digit groups ending at `end` start (digits joined by single
/// spaces or dashes), if a group ends there.
fn number_before(bytes: &[u8], end: usize) -> Option<usize> {
    let mut pos = end;
    loop {
        let digits = bytes
            .get(..pos)?
            .iter()
            .rev()
            .take_while(|b| b.is_ascii_digit())
            .count();
        if digits == 0 {
            return None;
        }
        pos -= digits;
        let joined = pos >= 2
            && matches!(bytes.get(pos - 1), Some(b' ' | b'-'))
            && bytes.get(pos - 2).is_some_and(u8::is_ascii_digit);
        if !joined {
            return Some(pos);
        }
        pos -= 1;
    }
}

/// The card whose digit groups start at `from` and go on across one line
/// break: its end and the digits before the break. The groups are whole
/// on both lines, joined by one separator, and together a card's groups
/// of four (or Amex's), and the two lines stand in no block of lines of
/// numbers, a table.
fn wrapped_card_at(bytes: &[u8], from: usize) -> Option<(usize, usize)> {
    let byte_before = |back: usize| from.checked_sub(back).and_then(|at| bytes.get(at));
    if glues(byte_before(1), byte_before(2)) || digit_line_before(bytes, from) {
        return None;
    }
    let mut card = Wrapped::default();
    let mut separator = None;
    let mut head_digits = None;
    let mut pos = from;
    loop {
        let digits = bytes
            .get(pos..)?
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count();
        (digits > 0 && card.push(bytes.get(pos..pos + digits)?)).then_some(())?;
        pos += digits;
        let line_break = line_break_len(bytes.get(pos..)?);
        if line_break > 0 && head_digits.is_none() {
            head_digits = Some(card.len);
            pos += line_break;
        } else if bytes.get(pos + 1).is_some_and(u8::is_ascii_digit)
            && joins(bytes.get(pos).copied(), &mut separator)
        {
            pos += 1;
        } else {
            break;
        }
    }
    let in_table = digit_line_after(bytes, pos);
    let whole = !glues(bytes.get(pos), bytes.get(pos + 1));
    (whole && !in_table && card.is_card()).then_some((pos, head_digits?))
}

/// Where the line break ending at `pos` starts, if one does (the
/// counterpart of [`line_break_len`], read backwards).
fn line_break_before(bytes: &[u8], pos: usize) -> Option<usize> {
    let mut at = pos
        .checked_sub(1)
        .filter(|&at| bytes.get(at) == Some(&b'\n'))?;
    if at > 0 && bytes.get(at - 1) == Some(&b'\r') {
        at -= 1;
    }
    if at > 0 && bytes.get(at - 1) == Some(&b' ') {
        at -= 1;
    }
    Some(at)
}

/// Whether `byte` may stand in a line that holds only numbers.
fn in_number_line(byte: &u8) -> bool {
    byte.is_ascii_digit() || matches!(byte, b' ' | b'-' | b'\t')
}

/// Whether the line before the one starting at `pos` holds only numbers:
/// two lines of a card are no card inside a block of them, a table.
fn digit_line_before(bytes: &[u8], pos: usize) -> bool {
    let Some(at) = line_break_before(bytes, pos) else {
        return false;
    };
    let line = bytes.get(..at).unwrap_or_default();
    let numbers = line.iter().rev().take_while(|b| in_number_line(b)).count();
    let line_start = line.len() - numbers;
    numbers > 0
        && (line_start == 0 || line.get(line_start - 1) == Some(&b'\n'))
        && line.last().is_some_and(u8::is_ascii_digit)
}

/// Whether the line after a line break at `pos` holds only numbers.
fn digit_line_after(bytes: &[u8], pos: usize) -> bool {
    let rest = bytes.get(pos..).unwrap_or_default();
    let line_break = line_break_len(rest);
    let line = rest.get(line_break..).unwrap_or_default();
    let numbers = line.iter().take_while(|b| in_number_line(b)).count();
    line_break > 0
        && line.first().is_some_and(u8::is_ascii_digit)
        && matches!(line.get(numbers), None | Some(b'\r' | b'\n'))
}

#[inline(never)]
pub(crate) fn detect_run(run: &Run<'_>, out: &mut Sink) {
    let groups = run.groups.len();
    detect_wrapped(run, out);
    // Most runs (dates, times, phone numbers) are too short for a card.
    if run.digit_count(0, groups.saturating_sub(1)) < 12 {
        return;
    }
    for first in 0..groups {
        let mut digits = 0;
        // The one separator allowed between this window's groups, and
        // whether every separator so far is it: kept as the window grows,
        // so a window costs O(1) more, not a rescan.
        let separator = run.separator_before(first + 1);
        // Dots only between groups of four (`4111.1111.1111.1111`): dotted
        // numbers of other shapes are versions, addresses and identifiers.
        // So is a dash between spaces (`4111 - 1111 - 1111 - 1111`).
        let allowed = matches!(separator, " " | "-")
            || (matches!(separator, "." | " - ") && run.group(first).len() == 4);
        let mut uniform = true;
        // Spaces and dashes mixed (`4111 1111-1111 1111`, to slip past a
        // filter that expects one): only in a card's groups of four.
        let mut spaces_and_dashes = matches!(separator, " " | "-");
        for last in first..groups {
            digits += run.group(last).len();
            if digits > 19 {
                break;
            }
            if last > first {
                let joint = run.separator_before(last);
                uniform = uniform && allowed && same(joint, separator);
                spaces_and_dashes = spaces_and_dashes && matches!(joint, " " | "-");
                if !uniform && !spaces_and_dashes {
                    break;
                }
            }
            if digits < 12 || !(uniform || in_fours(run, first, last)) {
                continue;
            }
            let weight = run.boundary_weight(first, last);
            // A number after `+` is an international phone number.
            if weight == 0.0 || run.byte_before(first) == Some(b'+') {
                continue;
            }
            if last > first && in_list(run, first, last, separator) {
                continue;
            }
            let number = run.digits(first, last);
            if issuer_accepts(number)
                && luhn(number.as_bytes())
                && grouped_as_cards_are(run, first, last)
                && !run.counts(first, last)
                && !(groups == 1 && in_number_table(run.view().as_bytes(), run.span(0, 0)))
            {
                let (start, end) = run.span(first, last);
                out.push(Candidate::new(
                    EntityType::CREDIT_CARD,
                    start,
                    end,
                    0.95 * weight,
                ));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::found;

    #[test]
    fn positives() {
        let rows = [
            ("card 4111 1111 1111 1111 exp", "4111 1111 1111 1111"),
            ("4111-1111-1111-1111", "4111-1111-1111-1111"),
            ("5555555555554444", "5555555555554444"),
            (
                "card 4111 - 1111 - 1111 - 1111.",
                "4111 - 1111 - 1111 - 1111",
            ),
            // Run into Chinese or Japanese words, as those texts write numbers.
            ("我的卡号是4111111111111111谢谢", "4111111111111111"),
            ("カード4111 1111 1111 1111です", "4111 1111 1111 1111"),
            ("2223003122003222", "2223003122003222"),
            ("amex 3782 822463 10005", "3782 822463 10005"),
            ("6011111111111117", "6011111111111117"),
            ("3530111333300000", "3530111333300000"),
            ("36227206271667", "36227206271667"),
            ("6200000000000005", "6200000000000005"),
            ("4111 1111 1111 1111 1225", "4111 1111 1111 1111"),
            ("card 4111.1111.1111.1111.", "4111.1111.1111.1111"),
            ("card 4111 11111111 1111", "4111 11111111 1111"),
            ("41111 11111 111111", "41111 11111 111111"),
            // Spaces and dashes mixed in groups of four.
            ("card 4111 1111-1111 1111.", "4111 1111-1111 1111"),
            ("4111-1111 1111-1111", "4111-1111 1111-1111"),
            ("3782-822463 10005", "3782-822463 10005"),
            (
                "+44 20 7946 0498 4111 1111 1111 1111",
                "4111 1111 1111 1111",
            ),
            (
                "4 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1",
                "4 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1",
            ),
            (
                "４１１１ １１１１ １１１１ １１１１",
                "４１１１ １１１１ １１１１ １１１１",
            ),
            // Wrapped onto the next line, either part the longer.
            ("card 4111 1111\n1111 1111 thanks", "4111 1111\n1111 1111"),
            ("card 4111 1111 1111\n1111.", "4111 1111 1111\n1111"),
            ("card: 4111\n1111 1111 1111\n", "4111\n1111 1111 1111"),
            ("4111-1111 \r\n1111-1111", "4111-1111 \r\n1111-1111"),
            ("amex 3782 822463\n10005", "3782 822463\n10005"),
            (
                "Total: 12\ncard 4111 1111\n1111 1111\n2 items",
                "4111 1111\n1111 1111",
            ),
            ("Total: 12\n4111\n1111 1111 1111", "4111\n1111 1111 1111"),
            // Beside one long number, in a file of comma-separated values,
            // or among numbers that are cards too.
            ("4111111111111111, 20260815123045", "4111111111111111"),
            (
                "1234567890123456,4111111111111111,20260815123045",
                "4111111111111111",
            ),
        ];
        for (text, expected) in rows {
            assert_eq!(found(text, "CREDIT_CARD"), vec![expected], "{text}");
        }
        assert_eq!(
            found(
                "cards: 4111111111111111, 5555555555554444, 6011111111111117",
                "CREDIT_CARD"
            ),
            ["4111111111111111", "5555555555554444", "6011111111111117"]
        );
    }

    #[test]
    fn negatives() {
        for text in [
            "4111 1111 1111 1112",                                 // Luhn fails
            "4111 1111\n1111 1112",                               // wrapped, Luhn fails
            "4111 1111\n\n1111 1111",                             // a paragraph apart
            "4615 4646 4677\n4708 4740 4771",                      // a table's lines
            "4111 1111\n1111 1111 1111",                          // too long
            "4111 1111\n1111-1111",                               // two separators
            "4111 1111\n1111 1111.5",                             // a decimal
            "4111 11\n11 1111 1111",                              // not in fours
            "48392011\n55230190",                                  // a list of numbers
            "ids:\n4111 1111\n1111 1111\n2222 3333\n",              // lines of a table
            "ids:\n1234 5678\n4111 1111\n1111 1111\n",              // lines of a table
            "ids:\n1234 5678\n4111\n1111 1111 1111\n",              // lines of a table
            "4111\n1111 1111 1111\n1234 5678",                     // lines of a table
            "1234567812345670",                                    // Luhn passes, no issuer
            "ref4111111111111111", // glued to a word of a spaced script
            "Ωmega4111111111111111",
            "4111.1111 1111.1111",                                 // mixed separators
            "411 - 111111 - 1111111",                              // ` - ` not in fours
            "4.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1",                     // dots between single digits
            "41111 111-11111 111",                                 // mixed, not in fours
            "4111 11111111-1111",                                  // mixed, not in fours
            "411.111.111.111.1111",                                // dots between other groups
            "4 0065 678904 74 64 6789 3724 0064704 0064 678904 789", // regrouped inside a longer run
            "order 4111111111111111x",                             // glued to a word
            "INV-4111111111111111",                                // identifier
            "41111111111111111111111",                             // too long, one group
            "4615 4646 4677 4708 4740 4771",                       // a list of numbers
            "+44 20 7946 0498 2001:db8::1",                        // a phone, then an IPv6 address
            "18 => (0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17)", // a count
            // A table of long numbers in source code.
            "    15029273671291927100,\n    3671312928327205696,\n    7473228676544792780,\n",
            "(272210314680951647, 1629628781067588869),\n    (3907117066486671641, 1303703024854071095),",
            "            301289933810280, 1259582250014073, 1422107436869536,",
            // Digits in groups of mixed lengths: an SVG path.
            "d=\"M43 0q0 15 4 28 5 13 15 26 11 13 32 21 21 7 50 7z\"",
        ] {
            assert!(found(text, "CREDIT_CARD").is_empty(), "{text}");
        }
    }
}
