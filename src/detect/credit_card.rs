//! CREDIT_CARD: 12–19 digits, contiguous or grouped with one kind of
//! separator, passing Luhn and starting with a known issuer prefix.

use super::checksum::luhn;
use super::digits::{same, Run};
use super::{Candidate, Sink};
use crate::entity::EntityType;

/// Whether `digits` start with an issuer prefix valid for their length.
fn issuer_accepts(digits: &str) -> bool {
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
        let allowed = matches!(separator, " " | "-");
        let mut uniform = true;
        for last in first..groups {
            digits += run.group(last).len();
            if digits > 19 {
                break;
            }
            if last > first {
                uniform = uniform && allowed && same(run.separator_before(last), separator);
                if !uniform {
                    break;
                }
            }
            if digits < 12 {
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
            if issuer_accepts(number) && luhn(number.as_bytes()) && !run.counts(first, last) {
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
            ("2223003122003222", "2223003122003222"),
            ("amex 3782 822463 10005", "3782 822463 10005"),
            ("6011111111111117", "6011111111111117"),
            ("3530111333300000", "3530111333300000"),
            ("36227206271667", "36227206271667"),
            ("6200000000000005", "6200000000000005"),
            ("4111 1111 1111 1111 1225", "4111 1111 1111 1111"),
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
        ];
        for (text, expected) in rows {
            assert_eq!(found(text, "CREDIT_CARD"), vec![expected], "{text}");
        }
    }

    #[test]
    fn negatives() {
        for text in [
            "4111 1111 1111 1112",                                 // Luhn fails
            "1234567812345670",                                    // Luhn passes, no issuer
            "4111 1111-1111 1111",                                 // mixed separators
            "order 4111111111111111x",                             // glued to a word
            "INV-4111111111111111",                                // identifier
            "41111111111111111111111",                             // too long, one group
            "4615 4646 4677 4708 4740 4771",                       // a list of numbers
            "+44 20 7946 0498 2001:db8::1",                        // a phone, then an IPv6 address
            "18 => (0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17)", // a count
        ] {
            assert!(found(text, "CREDIT_CARD").is_empty(), "{text}");
        }
    }
}
