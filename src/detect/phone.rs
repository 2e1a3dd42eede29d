//! PHONE: international numbers (`+CC …` or `00CC …`) checked against the
//! plausible length for the country code, and national formats for US/CA, UK,
//! DE, FR, NL, ES, IT, IN and BR. Dates, times, versions, prices, IP
//! addresses and digits inside identifiers never match. Weak shapes (a bare
//! run of ten digits) stay below the threshold unless a context word such as
//! "phone", "Handy" or "móvil" comes shortly before.

use super::digits::{after_whatsapp_link, Run};
use super::keywords::{context, unspaced_word_before, Context};
use super::{Candidate, Sink};
use crate::entity::EntityType;

/// (country code, shortest and longest national significant number).
const COUNTRY_LENGTHS: &[(&str, usize, usize)] = &[
    ("1", 10, 10),
    ("7", 10, 10),
    ("20", 9, 10),
    ("27", 9, 9),
    ("30", 10, 10),
    ("31", 9, 9),
    ("32", 8, 9),
    ("33", 9, 9),
    ("34", 9, 9),
    ("36", 8, 9),
    ("39", 6, 11),
    ("40", 9, 9),
    ("41", 9, 9),
    ("43", 4, 13),
    ("44", 9, 10),
    ("45", 8, 8),
    ("46", 7, 9),
    ("47", 8, 8),
    ("48", 9, 9),
    ("49", 6, 13),
    ("51", 8, 9),
    ("52", 10, 10),
    ("54", 10, 11),
    ("55", 10, 11),
    ("56", 9, 9),
    ("57", 10, 10),
    ("60", 8, 10),
    ("61", 9, 9),
    ("62", 8, 12),
    ("63", 10, 10),
    ("64", 8, 10),
    ("65", 8, 8),
    ("66", 8, 9),
    ("81", 9, 10),
    ("82", 8, 10),
    ("84", 9, 10),
    ("86", 10, 11),
    ("90", 10, 10),
    ("91", 10, 10),
    ("92", 10, 10),
    ("351", 9, 9),
    ("352", 6, 11),
    ("353", 7, 9),
    ("354", 7, 9),
    ("358", 6, 11),
    ("420", 9, 9),
    ("421", 9, 9),
    ("971", 8, 9),
    ("972", 8, 9),
];

/// The country code `digits` start with (the longest listed one), and the
/// plausible national number lengths. `COUNTRY_LENGTHS` is sorted by (code
/// length, code), so each length is one binary search: this runs for every
/// window of every `+` run.
fn nsn_range(digits: &str) -> Option<(usize, usize, usize)> {
    (1..=3)
        .rev()
        .find_map(|len| {
            let prefix = digits.get(..len)?;
            let at = COUNTRY_LENGTHS
                // Byte by byte: codes are one to three digits, shorter
                // than a call to compare memory.
                .binary_search_by(|(code, _, _)| {
                    code.len()
                        .cmp(&len)
                        .then_with(|| code.bytes().cmp(prefix.bytes()))
                })
                .ok()?;
            COUNTRY_LENGTHS
                .get(at)
                .map(|&(code, min, max)| (code.len(), min, max))
        })
        .or_else(|| {
            // Unlisted codes: E.164 allows up to 15 digits in all.
            let first = digits.bytes().next()?;
            (first != b'0').then_some((2, 6, 12))
        })
}

/// Whether `digits` read as a listed country code and a national number of
/// a length plausible for it.
fn bare_international(digits: &str) -> bool {
    let listed = |code_len: usize| {
        digits
            .get(..code_len)
            .is_some_and(|code| COUNTRY_LENGTHS.iter().any(|&(listed, _, _)| listed == code))
    };
    nsn_range(digits).is_some_and(|(code_len, min, max)| {
        listed(code_len) && (min..=max).contains(&(digits.len() - code_len))
    })
}

/// Whether groups `at..=at + 2` are a date: 1–2, 1–2, 2/4 digits or 4,
/// 1–2, 1–2, joined by one of `.`, `/`, `-` (a window holding one anywhere
/// is no phone number: `01 2026-08-12` is a number and a date).
fn date_at(run: &Run<'_>, at: usize) -> bool {
    let separator = run.separator_before(at + 1);
    let date_separator =
        matches!(separator, "." | "/" | "-") && run.separators_all(at, at + 2, separator);
    let lens = [
        run.group(at).len(),
        run.group(at + 1).len(),
        run.group(at + 2).len(),
    ];
    // Years of five or six digits (`+262142-12-31`) are dates in code.
    date_separator && matches!(lens, [1 | 2, 1 | 2, 2 | 4] | [4..=6, 1 | 2, 1 | 2])
}

/// Whether five pairs joined by dots, the first with a trunk 0, start at
/// group `first` and stand alone: `06.12.34.56.78`, a French number
/// written with dots, which begins as a date (`06.12.34`) would; no date
/// goes on for five pairs.
fn dotted_pairs(run: &Run<'_>, first: usize) -> bool {
    let last = first + 4;
    last < run.groups.len()
        && run.group(first).starts_with('0')
        && (first..=last).all(|i| run.group(i).len() == 2)
        && run.separators_all(first, last, ".")
        && (first == 0 || run.separator_before(first) != ".")
        && (last + 1 == run.groups.len() || run.separator_before(last + 1) != ".")
}

/// Whether groups `first..=last` are a US ZIP+4 code (`02110-1301`).
fn zip_plus_four(run: &Run<'_>, first: usize, last: usize) -> bool {
    last == first + 1
        && run.group(first).len() == 5
        && run.group(last).len() == 4
        && run.separator_before(last) == "-"
}

/// Whether group `first` follows `HH:MM:` (the seconds and fraction of a
/// time: `23:56:04.000123456`).
fn in_time(run: &Run<'_>, first: usize) -> bool {
    let start = run.span(first, first).0;
    let bytes = run.view().as_bytes();
    start >= 2
        && bytes.get(start - 1) == Some(&b':')
        && bytes.get(start - 2).is_some_and(u8::is_ascii_digit)
}

/// Whether the two-character word `at..at + 2` of `bytes`, standing alone,
/// is a hex byte with a letter (`0c`, `7a`): digits beside it are a dump.
fn hex_byte_at(bytes: &[u8], at: usize) -> bool {
    let Some(pair) = bytes.get(at..at + 2) else {
        return false;
    };
    pair.iter().all(u8::is_ascii_hexdigit)
        && pair.iter().any(u8::is_ascii_alphabetic)
        && (at == 0 || bytes.get(at - 1).is_some_and(u8::is_ascii_whitespace))
        && bytes.get(at + 2).is_none_or(u8::is_ascii_whitespace)
}

/// Whether the window `first..=last` of two-digit groups is part of a
/// longer list of them (`01 02 03 04 05 06 …`, a hex dump `10 0c 07 08 90
/// 01 00`) rather than a number of its own.
fn in_list_of_pairs(run: &Run<'_>, first: usize, last: usize) -> bool {
    // A pair joined to the window by a space, before or after it.
    let pair_joined = |pair: usize, joint: usize| {
        run.group(pair).len() == 2 && run.separator_before(joint) == " "
    };
    if (first > 0 && pair_joined(first - 1, first))
        || (last + 1 < run.groups.len() && pair_joined(last + 1, last + 1))
    {
        return true;
    }
    let (start, end) = run.span(first, last);
    let bytes = run.view().as_bytes();
    (start >= 3 && hex_byte_at(bytes, start - 3)) || hex_byte_at(bytes, end + 1)
}

/// Whether `separator` may stand between the groups of a phone number.
fn phone_separator(separator: &str) -> bool {
    matches!(
        separator,
        " " | "-" | "." | "/" | ") " | ")" | " (" | "(" | " - " | ")-"
    )
}

/// Whether the groups `first..=last` are four dotted octets (an IP address).
fn ip_like(run: &Run<'_>, first: usize, last: usize) -> bool {
    last == first + 3
        && run.separators_all(first, last, ".")
        && (first..=last).all(|i| run.group(i).len() <= 3)
}

/// Whether two groups joined by a dash are a range of numbers, not a
/// number in two parts: of one length, the second greater, sharing their
/// first three digits (`64040-64044`, ids in a changelog) or running from
/// `…000` to `…999` (`60000-64999`). A phone number's two halves (`98765
/// 43210` in India) so related are about one in two thousand.
fn is_range(run: &Run<'_>, first: usize, last: usize) -> bool {
    let (low, high) = (run.group(first), run.group(last));
    last == first + 1
        && matches!(run.separator_before(last), "-" | " - ")
        && low.len() == high.len()
        && low.len() >= 4
        && run.byte_before(first) != Some(b'+')
        && high > low
        && (low.get(..3) == high.get(..3) || (low.ends_with("000") && high.ends_with("999")))
}

/// Checks the windows of a run for phone shapes; emits the best per start.
#[inline(never)]
pub(crate) fn detect_run(run: &Run<'_>, context: &Context<'_>, out: &mut Sink) {
    let groups = run.groups.len();
    for first in 0..groups {
        if in_time(run, first) {
            continue;
        }
        let mut best: Option<Candidate> = None;
        // After `+` and a country code, groups shaped as a date are the
        // number's (`+44-20-7946-0958`, `+33.6.12.34.56.78`); a date with a
        // sign starts with its year (`+262142-12-31`, ISO 8601's expanded
        // years), longer than any country code.
        let dialled = || run.byte_before(first) == Some(b'+') && run.group(first).len() <= 3;
        // The context is the same for every window from this group: look once.
        let mut has_context: Option<bool> = None;
        let mut phrase_before: Option<bool> = None;
        let (mut dotted, mut dashed) = (false, false);
        for last in first..groups {
            let digits = run.digit_count(first, last);
            // A separator no phone number has, a date, or both dots and
            // dashes (`252.227-7013`, a clause number) rule out this window
            // and every longer one from the same group: checked as the
            // window grows, each group once (a run of spaced digits has a
            // window at every group).
            if last > first {
                let separator = run.separator_before(last);
                dotted |= separator == ".";
                dashed |= separator == "-";
                if !phone_separator(separator) || (dotted && dashed) {
                    break;
                }
            }
            if digits > 15
                || (last >= first + 2
                    && date_at(run, last - 2)
                    && !dotted_pairs(run, first)
                    && !dialled())
            {
                break;
            }
            // `555-0100` inside `415-555-0100`, `1111 1111 1111` inside a
            // card number: not numbers of their own.
            if digits < 7 {
                continue;
            }
            let weight = run.boundary_weight(first, last);
            if weight == 0.0 || ip_like(run, first, last) {
                continue;
            }
            let spelled = run.digit_by_digit(first, last);
            if zip_plus_four(run, first, last)
                || is_range(run, first, last)
                || ((first..=last).all(|i| run.group(i).len() == 2)
                    && (in_list_of_pairs(run, first, last) || run.counts(first, last)))
                || (spelled && run.counts(first, last))
            {
                continue;
            }
            let (mut start, end) = run.span(first, last);
            // `version 078.05.1120`, `firmware 030.1234.5678`: a version.
            if dotted && version_word_before(run.view().as_bytes(), start) {
                break;
            }
            let Some(score) = score_window(run, first, last, spelled, &mut start) else {
                continue;
            };
            let before = run.span(first, first).0.saturating_sub(1);
            let has_context = *has_context.get_or_insert_with(|| {
                context.before(before, 32, context::PHONE)
                    || unspaced_phone_word_before(run.view().as_bytes(), before + 1)
            }) || (score <= BARE_RUN
                && *phrase_before
                    .get_or_insert_with(|| phone_phrase_before(run.view().as_bytes(), before + 1)));
            let score = if has_context {
                (score + 0.3_f32).min(0.95)
            } else {
                score
            };
            let score = score * weight;
            let candidate = Candidate::new(EntityType::PHONE, start, end, score);
            if best.as_ref().is_none_or(|b| candidate.score >= b.score) {
                best = Some(candidate);
            }
        }
        if let Some(mut candidate) = best {
            candidate.end = extension_end(run.view(), candidate.end);
            out.push(candidate);
        }
    }
}

/// Phone words of Chinese, Japanese and Korean. Those texts run words
/// together (`我的手机号是138…`, `電話番号は090…`), so the cue pass, which
/// reads words between spaces and punctuation, seldom sees one alone.
const UNSPACED_PHONE_WORDS: [&str; 13] = [
    "电话",
    "電話",
    "手机",
    "手機",
    "联系",
    "聯絡",
    "携帯",
    "ケータイ",
    "連絡",
    "전화",
    "휴대폰",
    "핸드폰",
    "연락처",
];

/// Whether one of [`UNSPACED_PHONE_WORDS`] stands in the 32 bytes before
/// `pos`.
fn unspaced_phone_word_before(bytes: &[u8], pos: usize) -> bool {
    unspaced_word_before(bytes, pos, 32, &UNSPACED_PHONE_WORDS)
}

/// The words a version's number follows (`version 078.05.1120`,
/// `Firmware: 030.1234.5678`, `ver. 06.12.34.56.78`).
const VERSION_WORDS: [&str; 10] = [
    "build", "firmware", "kernel", "release", "revision", "ver", "version", "versione", "versión",
    "versão",
];

/// The score of a number written as one bare run of digits: below the
/// threshold without a cue.
const BARE_RUN: f32 = 0.35;

/// How people announce their number in chat with words that are no cue
/// alone: `number` is as often an order's or an account's, `text` is a
/// noun in most prose.
const PHONE_PHRASES: [&[u8]; 8] = [
    b"my number",
    b"our number",
    b"your number",
    b"my no.",
    b"text me",
    b"text us",
    b"txt me",
    b"texting",
];

/// Whether one of [`PHONE_PHRASES`] starts a word in the 32 bytes before
/// `pos`. Read here, once per number that scores without a cue word (few
/// of any text), rather than by the cue pass, which reads single words.
fn phone_phrase_before(bytes: &[u8], pos: usize) -> bool {
    let window = bytes.get(pos.saturating_sub(32)..pos).unwrap_or_default();
    (0..window.len()).any(|at| {
        let starts_word = at
            .checked_sub(1)
            .and_then(|prev| window.get(prev))
            .is_none_or(|b| !b.is_ascii_alphanumeric());
        starts_word
            && PHONE_PHRASES.iter().any(|phrase| {
                window
                    .get(at..at + phrase.len())
                    .is_some_and(|slice| slice.eq_ignore_ascii_case(phrase))
            })
    })
}

/// Whether one of [`VERSION_WORDS`] ends just before `start` (a space, `:`
/// or `.` between). Read here, for dotted numbers only, rather than by the
/// cue pass: words so common in prose cost every text there (+1.8%
/// instructions on text without personal data).
fn version_word_before(bytes: &[u8], start: usize) -> bool {
    let before = bytes.get(..start).unwrap_or_default();
    let gap = before
        .iter()
        .rev()
        .take(3)
        .take_while(|&&b| matches!(b, b' ' | b':' | b'.'))
        .count();
    let word_end = start - gap;
    let word_len = before
        .get(..word_end)
        .unwrap_or_default()
        .iter()
        .rev()
        .take(10)
        .take_while(|&&b| b.is_ascii_alphabetic() || !b.is_ascii())
        .count();
    let word = before
        .get(word_end - word_len..word_end)
        .unwrap_or_default();
    gap > 0
        && VERSION_WORDS
            .iter()
            .any(|version| version.as_bytes().eq_ignore_ascii_case(word))
}

/// What opens an extension after a number, longest first where one begins
/// another.
const EXTENSION_MARKERS: [&str; 6] = ["extension", "poste", "ext.", "ext", "x", "#"];

/// Where a number ending at `end` ends with its extension, if one follows
/// after a space (`… 0100 ext. 23`, `x23`, `extension 23`, `poste 23`,
/// `#23`): the extension is part of the number a person is reached at.
fn extension_end(view: &str, end: usize) -> usize {
    let after = view.as_bytes().get(end..).unwrap_or_default();
    // A marker glued to the number is part of something else (`0100x2`);
    // most numbers are followed by no marker's first letter at all.
    let spaces = after.iter().take(2).take_while(|&&b| b == b' ').count();
    let may_open = |byte: &u8| {
        EXTENSION_MARKERS
            .iter()
            .any(|marker| marker.as_bytes().first() == Some(&byte.to_ascii_lowercase()))
    };
    if spaces == 0 || !after.get(spaces).is_some_and(may_open) {
        return end;
    }
    extension_after(after, end, spaces)
}

/// [`extension_end`] past its first check: `after` is the text from `end`,
/// `spaces` the spaces that open it.
#[inline(never)]
fn extension_after(after: &[u8], end: usize, spaces: usize) -> usize {
    let rest = after.get(spaces..).unwrap_or_default();
    let marker = EXTENSION_MARKERS
        .iter()
        .find(|marker| {
            rest.get(..marker.len())
                .is_some_and(|word| word.eq_ignore_ascii_case(marker.as_bytes()))
        })
        .map_or(0, |marker| marker.len());
    if marker == 0 {
        return end;
    }
    let rest = rest.get(marker..).unwrap_or_default();
    let gap = rest.iter().take(1).take_while(|&&b| b == b' ').count();
    let digits = rest
        .get(gap..)
        .unwrap_or_default()
        .iter()
        .take_while(|b| b.is_ascii_digit())
        .count();
    let after_digits = rest.get(gap + digits);
    if (1..=6).contains(&digits) && !after_digits.is_some_and(u8::is_ascii_alphanumeric) {
        end + spaces + marker + gap + digits
    } else {
        end
    }
}

/// The score of groups `first..=last` (joined by phone separators, holding
/// no date) as a phone number; may move `start` back over a leading `+` or
/// `(`. `spelled`: the groups are one digit each ([`Run::digit_by_digit`]).
#[inline(never)]
fn score_window(
    run: &Run<'_>,
    first: usize,
    last: usize,
    spelled: bool,
    start: &mut usize,
) -> Option<f32> {
    let before = run.byte_before(first);
    let digits = run.digits(first, last);
    let groups = last - first + 1;
    // International: +CC or 00CC.
    let plus = before == Some(b'+');
    // `U+2165-2168`: a range of Unicode code points, not a number dialled.
    if plus {
        let (group_start, _) = run.span(first, first);
        let code_point = group_start
            .checked_sub(2)
            .and_then(|at| run.view().as_bytes().get(at))
            .is_some_and(|b| matches!(b, b'U' | b'u'));
        if code_point {
            return None;
        }
    }
    // `00` dials out only as written together (not `0.029…`); a WhatsApp
    // link holds the number without its `+`.
    let group = run.group(first);
    let linked = before == Some(b'/')
        && groups == 1
        && after_whatsapp_link(run.view().as_bytes(), run.span(first, first).0);
    if plus || linked || (group.starts_with("00") && group.len() <= 4) {
        let international = if plus || linked {
            digits
        } else {
            digits.get(2..)?
        };
        let (code_len, min, max) = nsn_range(international)?;
        // `+44 (0)20 …`: a lone trunk 0 in parentheses is not dialled.
        let trunk = (first + 1..=last)
            .any(|i| run.group(i) == "0" && run.separator_before(i).ends_with('('));
        let nsn = international
            .len()
            .checked_sub(code_len + usize::from(trunk))?;
        if !(min..=max).contains(&nsn) {
            // `+44 020 7946 0958`: the trunk 0 written on after the country
            // code, a common slip. The number is the same one, only too
            // long with it (Italy's numbers keep their 0 and fit as written).
            let code_group = if plus || linked {
                code_len
            } else {
                code_len + 2
            };
            let trunk_written = !trunk
                && first < last
                && group.len() == code_group
                && run.group(first + 1).starts_with('0');
            if !(trunk_written && (min..=max).contains(&nsn.saturating_sub(1))) {
                return None;
            }
        }
        if plus {
            *start -= 1;
            // `(+44) 20 …`: the bracket closed after the code opens the number.
            let bracketed = *start > 0
                && run.view().as_bytes().get(*start - 1) == Some(&b'(')
                && first < last
                && run.separator_before(first + 1).starts_with(')');
            if bracketed {
                *start -= 1;
            }
        }
        if international.starts_with('1')
            && !matches!(international.as_bytes().get(1), Some(b'2'..=b'9'))
        {
            return None;
        }
        return Some(0.9);
    }
    // Group lengths; windows of more than six groups match no national shape.
    let mut lens = [0usize; 6];
    let mut count = 0;
    for (slot, index) in lens.iter_mut().zip(first..=last) {
        *slot = run.group(index).len();
        count += 1;
    }
    // Spelled out digit by digit: the bare run of its digits.
    let bare = [digits.len()];
    let lens = if spelled {
        &bare[..]
    } else if groups > lens.len() {
        &lens[..]
    } else {
        lens.get(..count).unwrap_or_default()
    };
    let paren_area = before == Some(b'(') && run.separator_before(first + 1).starts_with(')');
    if paren_area {
        *start -= 1;
    }
    let first_digit = digits.bytes().next()?;
    let nanp_ok = |area: &str, exchange: &str| {
        area.bytes().next().is_some_and(|b| b >= b'2')
            && exchange.bytes().next().is_some_and(|b| b >= b'2')
    };
    match (lens, digits.len()) {
        // (415) 555-0100, 415-555-0100, 415.555.0100, 415 555 0100
        ([3, 3, 4], 10) if nanp_ok(run.group(first), run.group(first + 1)) => {
            Some(if paren_area { 0.85 } else { 0.7 })
        }
        // 1-800-555-0100
        ([1, 3, 3, 4], 11)
            if first_digit == b'1' && nanp_ok(run.group(first + 1), run.group(first + 2)) =>
        {
            Some(0.75)
        }
        // (11) 91234-5678, (21) 3456-7890: Brazil
        ([2, 4 | 5, 4], 10 | 11) if paren_area => Some(0.8),
        // 11 91234-5678: a Brazilian mobile (its 9) without parentheses.
        ([2, 5, 4], 11)
            if run.group(first + 1).starts_with('9') && run.separator_before(last) == "-" =>
        {
            Some(0.6)
        }
        // 06 12 34 56 78: France, five pairs
        ([2, 2, 2, 2, 2], 10) if first_digit == b'0' => Some(0.85),
        // 98765 43210: India mobile; 098765 43210 with the trunk 0.
        ([5, 5], 10) if matches!(first_digit, b'6'..=b'9') => Some(0.6),
        ([6, 5], 11)
            if first_digit == b'0' && matches!(digits.as_bytes().get(1), Some(b'6'..=b'9')) =>
        {
            Some(0.6)
        }
        // 612 345 678 and 912 10 14 23 (Spain), 347 123 4567 (Italy mobile)
        ([3, 3, 3] | [3, 2, 2, 2], 9) if matches!(first_digit, b'6' | b'7' | b'9') => Some(0.55),
        // 91 123 45 67: a Spanish landline with a two-digit area code.
        ([2, 3, 2, 2], 9) if matches!(first_digit, b'8' | b'9') => Some(0.55),
        ([3, 3, 4], 10) if first_digit == b'3' => Some(0.6),
        // National numbers with a trunk 0: UK, DE, NL, IT, IN, BR … grouped.
        (_, 9..=12)
            if first_digit == b'0'
                && groups >= 2
                && lens.first().is_some_and(|&l| (2..=5).contains(&l)) =>
        {
            Some(if paren_area { 0.75 } else { 0.6 })
        }
        // A bare run of digits: too weak alone.
        ([10], 10) if nanp_ok(digits, digits.get(3..)?) => Some(BARE_RUN),
        // With the trunk 0: up to 12 digits, as German mobiles
        // (`015112345678`) and Brazilian ones with their area are.
        ([_], 10..=12) if first_digit == b'0' => Some(BARE_RUN),
        // Spain's nine digits, written together (`teléfono 912101423`).
        ([9], 9) if matches!(first_digit, b'6' | b'7' | b'9') => Some(BARE_RUN),
        // An international number written together without its `+`
        // (`whatsapp 447700900123`): a listed country code and a national
        // number of its length.
        ([_], 11..=15) if first_digit != b'0' && bare_international(digits) => Some(BARE_RUN),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::found;
    use super::{nsn_range, COUNTRY_LENGTHS};

    #[test]
    fn country_codes_are_sorted_for_binary_search() {
        assert!(COUNTRY_LENGTHS
            .windows(2)
            .all(|pair| (pair[0].0.len(), pair[0].0) < (pair[1].0.len(), pair[1].0)));
        assert_eq!(nsn_range("420601123456"), Some((3, 9, 9)));
        assert_eq!(nsn_range("4915112345678"), Some((2, 6, 13)));
        assert_eq!(nsn_range("14155550100"), Some((1, 10, 10)));
        assert_eq!(
            nsn_range("3581234567"),
            Some((3, 6, 11)),
            "longest code wins"
        );
        assert_eq!(nsn_range("2991234567"), Some((2, 6, 12)), "unlisted");
        assert_eq!(nsn_range("0123"), None);
    }

    #[test]
    fn positives() {
        let rows = [
            ("call +1 (415) 555-0100 today", "+1 (415) 555-0100"),
            ("(415) 555-0100", "(415) 555-0100"),
            ("415-555-0100", "415-555-0100"),
            ("415.555.0100", "415.555.0100"),
            ("1-800-555-0100", "1-800-555-0100"),
            ("+44 20 7946 0958", "+44 20 7946 0958"),
            ("+44 (0)20 7946 0958", "+44 (0)20 7946 0958"),
            // Groups after a country code that a date could be.
            ("+44-20-7946-0958", "+44-20-7946-0958"),
            ("+44.20.7946.0958", "+44.20.7946.0958"),
            ("call +33-6-12-34-56-78", "+33-6-12-34-56-78"),
            ("+33.6.12.34.56.78", "+33.6.12.34.56.78"),
            ("tel (+44) 20 7946 0958", "(+44) 20 7946 0958"),
            // The trunk 0 written on after the country code.
            ("+44 020 7946 0958", "+44 020 7946 0958"),
            ("call +49 030 1234567", "+49 030 1234567"),
            ("0044 020 7946 0958", "0044 020 7946 0958"),
            ("+33 06 12 34 56 78", "+33 06 12 34 56 78"),
            ("+39 06 1234 5678", "+39 06 1234 5678"),
            ("020 7946 0958", "020 7946 0958"),
            ("07700 900123", "07700 900123"),
            ("+49 30 1234567", "+49 30 1234567"),
            ("0049 151 23456789", "0049 151 23456789"),
            ("030 1234567", "030 1234567"),
            ("06 12 34 56 78", "06 12 34 56 78"),
            ("+33 6 12 34 56 78", "+33 6 12 34 56 78"),
            ("+31 6 12345678", "+31 6 12345678"),
            ("06-12345678", "06-12345678"),
            ("+34 612 345 678", "+34 612 345 678"),
            ("612 345 678", "612 345 678"),
            ("Llámame al 912 10 14 23 mañana", "912 10 14 23"),
            ("mi móvil: 612 34 56 78", "612 34 56 78"),
            ("mi teléfono es 912101423", "912101423"),
            ("Llámame al 968302924 mañana", "968302924"),
            ("+39 347 123 4567", "+39 347 123 4567"),
            ("+91 98765 43210", "+91 98765 43210"),
            ("98765 43210", "98765 43210"),
            ("+55 11 91234-5678", "+55 11 91234-5678"),
            ("(11) 91234-5678", "(11) 91234-5678"),
            ("phone: 4155550100", "4155550100"),
            // Extensions belong to the number.
            (
                "call +1 415 555 0100 ext. 23 today",
                "+1 415 555 0100 ext. 23",
            ),
            ("call (415) 555-0100 x23", "(415) 555-0100 x23"),
            (
                "call 415-555-0100 extension 234.",
                "415-555-0100 extension 234",
            ),
            ("au 01 23 45 67 89 poste 12", "01 23 45 67 89 poste 12"),
            // Written with dots in France; a two-digit area code in Spain;
            // a Brazilian mobile without parentheses; an Indian mobile with
            // its trunk 0.
            ("06.12.34.56.78", "06.12.34.56.78"),
            ("91 123 45 67", "91 123 45 67"),
            ("11 91234-5678", "11 91234-5678"),
            ("098765 43210", "098765 43210"),
            ("Handy 01511234567", "01511234567"),
            ("Handy 015112345678", "015112345678"),
            (
                "tel\u{a0}+49\u{2011}30\u{2011}1234567",
                "+49\u{2011}30\u{2011}1234567",
            ),
            // Written together without `+`: after a cue, or in a WhatsApp link.
            ("whatsapp 447700900123", "447700900123"),
            ("call me on 4915123456789", "4915123456789"),
            // Announced in words that are no cue alone.
            ("my number is 07911123456", "07911123456"),
            ("My number: 2025550143", "2025550143"),
            ("text me at 07911123456 pls", "07911123456"),
            ("mon numéro est 0612345678", "0612345678"),
            ("appelle-moi au 0612345678", "0612345678"),
            ("chat: wa.me/447700900123", "447700900123"),
            // Spelled out digit by digit: a bare run, found after a cue.
            ("call me: 0 7 7 0 0 9 0 0 1 2 3", "0 7 7 0 0 9 0 0 1 2 3"),
            ("tel 0-7-7-0-0-9-0-0-1-2-3.", "0-7-7-0-0-9-0-0-1-2-3"),
            ("phone 4 1 5 5 5 5 0 1 0 0", "4 1 5 5 5 5 0 1 0 0"),
            // Run into Chinese, Japanese or Korean words, which are its
            // context too.
            ("我的手机号是13812345678谢谢", "13812345678"),
            ("电话：13812345678", "13812345678"),
            ("電話番号は090-1234-5678です", "090-1234-5678"),
            ("携帯は09012345678です", "09012345678"),
            ("전화번호는 010-1234-5678입니다", "010-1234-5678"),
            ("電話は+81 90-1234-5678です", "+81 90-1234-5678"),
        ];
        for (text, expected) in rows {
            assert_eq!(found(text, "PHONE"), vec![expected], "{text}");
        }
    }

    #[test]
    fn dotted_french_numbers_in_one_run_are_each_found() {
        assert_eq!(
            found("06.12.34.56.78 / 01.23.45.67.89", "PHONE"),
            ["06.12.34.56.78", "01.23.45.67.89"]
        );
    }

    #[test]
    fn negatives() {
        for text in [
            "4155550100",                               // bare ten digits, no context
            "id 447700900123",                          // bare international, no context
            "call 999700900123",                        // no such country code
            "see example.me/447700900123",              // a path, not a chat link
            "order 912101423 shipped",                  // bare nine digits, no context
            "my order number is 2025550143",            // an order's number
            "my account number: 07911123456",           // an account's
            "the text 2025550143",                      // `text`, a noun
            "enemy number 2025550143",                  // `my` inside a word
            "2026-08-12",                               // date
            "ref 01 2026-08-12",                        // a number, then a date
            "12.08.2026",                               // date
            "08/12/2026 10:30",                         // date and time
            "2026-08-12T10:30:00Z",                     // ISO timestamp
            "version 1.2.3",                            // version
            "$1,234.56",                                // price
            "1 234 567",                                // grouped number
            "192.168.100.200",                          // IP
            "Allocate gid 64040-64044 (grsec-tpe)",     // a range
            "uids in the 60000-64999 range",            // a range
            "build-20260812-09",                        // identifier
            "INV-2024-000123",                          // identifier
            "order 123456",                             // too short
            "+1 23",                                    // too short
            "+44 20 7946 09581234",                     // too long for +44
            "+44 020 7946 095812",                      // too long without its 0
            "+44 20 07946 0958",                        // a 0 past the area code
            "12345 67890",                              // India shape needs 6-9 first
            "3.14159 2.71828",                          // numbers
            "\"23:56:04.000123456\"",                   // a time's seconds and fraction
            "09:08:07.1234567",                         // the same
            "0.029228685,",                             // a decimal fraction
            "+262142-12-31",                            // a date with a six-digit year
            "+2024-03-12",                              // a date with a sign
            "Boston, MA 02110-1301, USA",               // a ZIP+4 code
            "DFARS 252.227-7013",                       // a clause number
            "10 0c 07 08 90 01 00 00 24",               // a hex dump
            "array 01 02 03 04 05 06 07 08 09 10 11",   // a list of pairs
            "// Prints: <Buffer 01 02 03 04 05>",       // a count of bytes
            "Roman numerals U+2161-2163, U+2165-2168,", // code points
            "symbols (U+2241-224C, U+2250-2255)",       // code points
            "released 06.12.34.56.78.90",               // six dotted pairs
            "v06.12.34.56.78",                          // a version
            "version 078.05.1120",                      // after its word
            "Firmware: 030.1234.5678",                  // after its word
            "ver. 06.12.34.56.78",                      // after its word
            "11 81234-5678",                            // no mobile 9
            "12 123 45 67",                             // no Spanish area code
            "0 7 7 0 0 9 0 0 1 2 3",                    // spelled out, no cue
            "phone: 0 1 2 3 4 5 6 7 8 9",               // a count
            "call 0 7 7 0 0 9 0 0 1 2 3 4 5 6 7 8 9",   // too many digits
            "订单号是13812345678",                      // an order number
            "x13812345678 电话",                        // a word after it
        ] {
            assert!(
                found(text, "PHONE").is_empty(),
                "{text}: {:?}",
                found(text, "PHONE")
            );
        }
    }
}
