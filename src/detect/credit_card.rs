//! CREDIT_CARD: 12–19 digits, contiguous or grouped with one kind of
//! separator, passing Luhn and starting with a known issuer prefix.

use super::checksum::luhn;
use super::digits::{same, Run};
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

#[inline(never)]
pub(crate) fn detect_run(run: &Run<'_>, out: &mut Sink) {
    let groups = run.groups.len();
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
