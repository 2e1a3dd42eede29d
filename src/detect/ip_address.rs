//! IP_ADDRESS: IPv4 (four dotted octets ≤ 255, not part of a longer dotted
//! number) and IPv6 in every compressed form, with embedded IPv4 and zone ids.
//! Loopback, unspecified and documentation addresses, netmasks and networks
//! (`10.0.0.0/8`: no host bits) identify nobody and are skipped.

use std::net::{Ipv4Addr, Ipv6Addr};

use super::digits::Run;
use super::keywords::inside_token;
use super::markers::{Markers, DISGUISED_DOTS};
use super::{Candidate, Sink};
use crate::entity::EntityType;
use crate::sort::sort;

/// Checks a run for four dotted octets.
#[inline(never)]
pub(crate) fn detect_run_v4(run: &Run<'_>, out: &mut Sink) {
    let groups = run.groups.len();
    for first in 0..groups.saturating_sub(3) {
        let last = first + 3;
        // Dots, or dots spaced out (`81 . 2 . 69 . 160`), all alike.
        let dot = run.separator_before(first + 1);
        let spaced = dot == " . ";
        if dot != "." && !spaced {
            continue;
        }
        let dotted_before = first > 0 && run.separator_before(first) == dot;
        let dotted_after = last + 1 < groups && run.separator_before(last + 1) == dot;
        if dotted_before || dotted_after || !run.separators_all(first, last, dot) {
            continue;
        }
        let (start, end) = run.span(first, last);
        let address = if spaced {
            spaced_v4(run, first)
        } else {
            run.view()
                .get(start..end)
                .and_then(|text| text.parse::<Ipv4Addr>().ok())
        };
        let Some(address) = address else {
            continue;
        };
        let bytes = run.view().as_bytes();
        // As the IPv6 checks read it: the address in the top 32 bits.
        let bits = u128::from(address.to_bits()) << 96;
        if identifies_nobody_v4(address)
            || is_network(bits, 32, bytes, end)
            // Read as a version after `v` (`v 8.8.4.4 8.8.4.4`), one copy
            // of a resolver was left while the other was replaced.
            || (!named_resolver(address.octets()) && written_otherwise(bytes, start, end))
            || (version_shaped(address.octets()) && !networked(bytes, start, end))
        {
            continue;
        }
        out.push(Candidate::new(EntityType::IP_ADDRESS, start, end, 0.9));
    }
}

/// The address whose four octets are the groups from `first`, as
/// `Ipv4Addr`'s parser reads them (no leading zeros).
fn spaced_v4(run: &Run<'_>, first: usize) -> Option<Ipv4Addr> {
    let mut octets = [0u8; 4];
    for (offset, octet) in octets.iter_mut().enumerate() {
        let group = run.group(first + offset);
        if group.len() > 1 && group.starts_with('0') {
            return None;
        }
        *octet = group.parse().ok()?;
    }
    Some(Ipv4Addr::from(octets))
}

/// The dot, plain or defanged as security notes write addresses
/// (`192[.]168[.]1[.]20`), at the start of `rest`: its length. (One of
/// [`DISGUISED_DOTS`], read byte by byte: this is asked after every bracket
/// that follows a number.)
fn dot_len(rest: &[u8]) -> Option<usize> {
    let bracketed = |rest: &[u8]| -> Option<usize> {
        let close = match rest.first()? {
            b'[' => b']',
            b'(' => b')',
            b'{' => b'}',
            b'<' => b'>',
            _ => return None,
        };
        let inner = match rest.get(1)? {
            b'.' if close != b'>' => 1,
            _ if rest.get(1..4)?.eq_ignore_ascii_case(b"dot") => 3,
            _ => return None,
        };
        (*rest.get(1 + inner)? == close).then_some(inner + 2)
    };
    match rest.first()? {
        b'.' => Some(1),
        b' ' => {
            let inner = match rest.get(1..4) {
                Some(word) if word.eq_ignore_ascii_case(b"dot") => 3,
                _ if rest.get(1) == Some(&b'.') => 1,
                _ => bracketed(rest.get(1..)?)?,
            };
            (*rest.get(1 + inner)? == b' ').then_some(inner + 2)
        }
        _ => bracketed(rest),
    }
}

/// An octet's digits at the start of `rest` (one to three): their length.
fn octet_len(rest: &[u8]) -> usize {
    rest.iter()
        .take(4)
        .take_while(|b| b.is_ascii_digit())
        .count()
}

/// Finds IPv4 addresses with one or more defanged dots, from the brackets
/// and ` dot `s that may write them (a plain address is a digit run's, in
/// [`detect_run_v4`]).
#[inline(never)]
pub(crate) fn detect_defanged_v4(view: &str, markers: &Markers, out: &mut Sink) {
    let bytes = view.as_bytes();
    // Where the dot starts: at the mark, or at the space before a bracket.
    let dot_at = |mark: usize| mark - usize::from(mark > 0 && bytes.get(mark - 1) == Some(&b' '));
    let mut dots: Vec<usize> = markers
        .openers
        .iter()
        .chain(&markers.dot_words)
        .map(|&mark| dot_at(mark))
        // An octet stands right before it.
        .filter(|&dot| dot > 0 && bytes.get(dot - 1).is_some_and(u8::is_ascii_digit))
        .collect();
    if dots.is_empty() {
        return;
    }
    sort(&mut dots);
    let mut covered = 0;
    for dot in dots {
        let defanged = bytes.get(dot..).and_then(dot_len).unwrap_or(0) > 1;
        if dot < covered || !defanged {
            continue;
        }
        // Back over the octets and dots before this one (three at most).
        let mut start = dot;
        for _ in 0..3 {
            let digits = bytes
                .get(start.saturating_sub(3)..start)
                .unwrap_or_default()
                .iter()
                .rev()
                .take_while(|b| b.is_ascii_digit())
                .count();
            if digits == 0 {
                break;
            }
            start -= digits;
            let dot = DISGUISED_DOTS.iter().find(|dot| {
                start >= dot.len()
                    && bytes
                        .get(start - dot.len()..start)
                        .is_some_and(|tail| tail.eq_ignore_ascii_case(dot.as_bytes()))
            });
            match dot {
                // A dot that another octet stands before.
                Some(dot) if start > dot.len() => {
                    let before = bytes.get(start - dot.len() - 1).copied();
                    if !before.is_some_and(|b| b.is_ascii_digit()) {
                        break;
                    }
                    start -= dot.len();
                }
                _ => break,
            }
        }
        let Some((end, address)) = defanged_v4_at(bytes, start) else {
            continue;
        };
        covered = end;
        let bits = u128::from(address.to_bits()) << 96;
        if identifies_nobody_v4(address) || is_network(bits, 32, bytes, end) {
            continue;
        }
        out.push(Candidate::new(EntityType::IP_ADDRESS, start, end, 0.9));
    }
}

/// The address written from `start`, with at least one defanged dot, and
/// where it ends; not a piece of a longer dotted number or a word.
fn defanged_v4_at(bytes: &[u8], start: usize) -> Option<(usize, Ipv4Addr)> {
    if start > 0
        && bytes
            .get(start - 1)
            .is_some_and(|&b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b']' | b')'))
    {
        return None;
    }
    let mut plain = String::with_capacity(15);
    let mut pos = start;
    let mut defanged = false;
    for octet in 0..4 {
        if octet > 0 {
            let dot = dot_len(bytes.get(pos..)?)?;
            defanged |= dot > 1;
            pos += dot;
            plain.push('.');
        }
        let digits = octet_len(bytes.get(pos..)?);
        if !(1..=3).contains(&digits) {
            return None;
        }
        plain.push_str(std::str::from_utf8(bytes.get(pos..pos + digits)?).ok()?);
        pos += digits;
    }
    // Glued to a word or continued by another dotted number.
    let rest = bytes.get(pos..).unwrap_or_default();
    let continued = match rest.first() {
        Some(b) if b.is_ascii_alphanumeric() || *b == b'_' => true,
        Some(_) => dot_len(rest).is_some_and(|dot| rest.get(dot).is_some_and(u8::is_ascii_digit)),
        None => false,
    };
    if !defanged || continued {
        return None;
    }
    Some((pos, plain.parse().ok()?))
}

/// Loopback, unspecified, multicast, reserved and documentation addresses
/// and netmasks: they identify nobody.
fn identifies_nobody_v4(address: Ipv4Addr) -> bool {
    address.is_loopback()
        || address.is_unspecified()
        || address.is_multicast()
        || matches!(address.octets(), [0 | 240..=255, ..])
        || is_documentation_v4(address)
        || is_netmask(u128::from(address.to_bits()) << 96)
}

/// Whether the dotted number at `start..end` is written as a section, a
/// version, a heading, an outline's number, a coordinate or a file's
/// revision rather than as an address.
fn written_otherwise(bytes: &[u8], start: usize, end: usize) -> bool {
    numbers_a_section(bytes, start)
        || heads_a_changelog_entry(bytes, start, end)
        || written_as_version(bytes, start, end)
        || labels_a_heading(bytes, start, end)
        || numbers_an_outline(bytes, start, end)
        || follows_coordinates(bytes, start)
        || revises_a_source_file(bytes, start, end)
}

fn is_v6_char(byte: u8) -> bool {
    byte.is_ascii_hexdigit() || byte == b':' || byte == b'.'
}

/// Finds IPv6 addresses around `::` or runs of hex groups and colons.
#[inline(never)]
pub(crate) fn detect_v6(view: &str, markers: &Markers, out: &mut Sink) {
    let bytes = view.as_bytes();
    let mut pos = 0;
    for &colon in &markers.colons {
        if colon < pos {
            continue;
        }
        // Extend left and right over hex digits, colons and dots.
        let mut start = colon;
        while start > 0 && bytes.get(start - 1).copied().is_some_and(is_v6_char) {
            start -= 1;
        }
        let mut end = colon;
        while bytes.get(end).copied().is_some_and(is_v6_char) {
            end += 1;
        }
        pos = end.max(colon + 1);
        // Leading/trailing dots or single colons belong to the sentence.
        while start < end && bytes.get(start) == Some(&b'.') {
            start += 1;
        }
        while end > start && bytes.get(end - 1) == Some(&b'.') {
            end -= 1;
        }
        if end > start + 1 && bytes.get(end - 1) == Some(&b':') && bytes.get(end - 2) != Some(&b':')
        {
            end -= 1;
        }
        if start > 0
            && bytes
                .get(start - 1)
                .is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'_')
        {
            continue;
        }
        // Glued to a word after it, it is usually not an address; but an
        // address of three or more groups run into a non-hex letter
        // (`2a02:8108:1234::1exa…`, a local part glued on) still is, with
        // less confidence. The glued word goes with it, so the replacement
        // never runs into letters that restore could not part it from.
        let mut score = 0.9;
        let mut glued_end = end;
        if let Some(&next) = bytes.get(end) {
            let colons = view.get(start..end).map_or(0, |c| c.matches(':').count());
            let glued = (next.is_ascii_alphabetic() && !next.is_ascii_hexdigit()) || next == b'_';
            if glued && colons >= 3 {
                score = 0.6;
                while bytes
                    .get(glued_end)
                    .is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'_')
                {
                    glued_end += 1;
                }
            } else if next.is_ascii_alphanumeric() || next == b'_' {
                continue;
            }
        }
        let Some(candidate) = view.get(start..end) else {
            continue;
        };
        let Ok(address) = candidate.parse::<Ipv6Addr>() else {
            continue;
        };
        if identifies_nobody_v6(address)
            || is_network(address.to_bits(), 128, bytes, end)
            || !looks_like_address(candidate)
        {
            continue;
        }
        // A zone id (`%eth0`) belongs to the address.
        let mut zone_end = glued_end;
        if bytes.get(end) == Some(&b'%') {
            zone_end = end + 1;
            while bytes
                .get(zone_end)
                .is_some_and(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.' | b'-'))
            {
                zone_end += 1;
            }
            if zone_end == end + 1 {
                zone_end = end;
            }
        }
        out.push(Candidate::new(
            EntityType::IP_ADDRESS,
            start,
            zone_end,
            score,
        ));
    }
}

/// Whether `address` is one no person is behind: loopback, unspecified,
/// multicast, the documentation prefix, a netmask, or the IPv4 loopback or
/// unspecified address mapped (`::ffff:127.0.0.1`).
fn identifies_nobody_v6(address: Ipv6Addr) -> bool {
    let documentation =
        address.segments().first() == Some(&0x2001) && address.segments().get(1) == Some(&0x0db8);
    let mapped_nobody = address
        .to_ipv4_mapped()
        .is_some_and(|v4| v4.is_loopback() || v4.is_unspecified());
    address.is_loopback()
        || address.is_unspecified()
        || address.is_multicast()
        || mapped_nobody
        || documentation
        || is_netmask(address.to_bits())
}

/// A defanged colon, as security notes and CyberChef write IPv6 addresses
/// (`2a00[:]1450[:]4001[:][:]200e`).
const DEFANGED_COLON: &[u8] = b"[:]";

/// Finds IPv6 addresses with one or more defanged colons (plain colons may
/// stand among them), from the colons of the text that stand in brackets.
#[inline(never)]
pub(crate) fn detect_defanged_v6(view: &str, markers: &Markers, out: &mut Sink) {
    let bytes = view.as_bytes();
    let mut covered = 0;
    for &colon in &markers.colons {
        let Some(bracket) = colon.checked_sub(1) else {
            continue;
        };
        if colon < covered || bytes.get(bracket..colon + 2) != Some(DEFANGED_COLON) {
            continue;
        }
        let mut start = bracket;
        loop {
            if start >= 3 && bytes.get(start - 3..start) == Some(DEFANGED_COLON) {
                start -= 3;
            } else if start > 0
                && bytes
                    .get(start - 1)
                    .is_some_and(|&b| b.is_ascii_hexdigit() || b == b':')
            {
                start -= 1;
            } else {
                break;
            }
        }
        let mut end = colon + 2;
        loop {
            if bytes.get(end..end + 3) == Some(DEFANGED_COLON) {
                end += 3;
            } else if bytes.get(end).copied().is_some_and(is_v6_char) {
                end += 1;
            } else {
                break;
            }
        }
        covered = end;
        // A sentence's full stop is not the address's.
        while end > start && bytes.get(end - 1) == Some(&b'.') {
            end -= 1;
        }
        let glued = |b: Option<&u8>| b.is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'_');
        if glued(start.checked_sub(1).and_then(|at| bytes.get(at))) || glued(bytes.get(end)) {
            continue;
        }
        let Some(plain) = view.get(start..end).map(|c| c.replace("[:]", ":")) else {
            continue;
        };
        let Ok(address) = plain.parse::<Ipv6Addr>() else {
            continue;
        };
        if identifies_nobody_v6(address)
            || is_network(address.to_bits(), 128, bytes, end)
            || !looks_like_address(&plain)
        {
            continue;
        }
        out.push(Candidate::new(EntityType::IP_ADDRESS, start, end, 0.9));
    }
}

/// The ranges reserved for examples and documentation (RFC 5737: TEST-NET-1,
/// 2 and 3) and for protocol assignments (192.0.0.0/24): they identify nobody.
fn is_documentation_v4(address: Ipv4Addr) -> bool {
    matches!(
        address.octets(),
        [192, 0, 2, _] | [198, 51, 100, _] | [203, 0, 113, _] | [192, 0, 0, _]
    )
}

/// Whether `bits` (an address, IPv4 in the top 32) are ones then zeros: a
/// netmask (`255.255.255.0`, `ffff:ff00::`) or all ones, which identify
/// nobody.
fn is_netmask(bits: u128) -> bool {
    let inverse = !bits;
    bits != 0 && inverse & inverse.wrapping_add(1) == 0
}

/// Whether the address (`bits`, IPv4 in the top 32) is followed at `end` by
/// a prefix length shorter than its `width` that leaves no host bits:
/// a network (`10.0.0.0/8`, `fd00::/8`), which is thousands of hosts and
/// identifies none. (`192.168.1.5/24` is one host, with its network's size.)
fn is_network(bits: u128, width: u32, bytes: &[u8], end: usize) -> bool {
    let Some(rest) = bytes.get(end..).and_then(|rest| rest.strip_prefix(b"/")) else {
        return false;
    };
    let digits = rest.iter().take_while(|b| b.is_ascii_digit()).count();
    // `/8`, `/8.` or `/8)`, but not `/8a` or `/8.5`: a path or a number.
    let glued = match rest.get(digits..).unwrap_or_default() {
        [b'.', next, ..] => next.is_ascii_digit(),
        [next, ..] => next.is_ascii_alphanumeric(),
        [] => false,
    };
    let prefix = rest
        .get(..digits)
        .filter(|d| (1..=3).contains(&d.len()))
        .and_then(|d| std::str::from_utf8(d).ok()?.parse::<u32>().ok());
    match prefix {
        Some(prefix) if !glued => prefix < width && bits.checked_shl(prefix).unwrap_or(0) == 0,
        _ => false,
    }
}

/// Whether the dotted number at `start` follows a word that numbers a part
/// of a document (`Section 6.4.2.1`, `RFC 5280 4.2.1.10`, a heading
/// `### 5.1.4.1`), a version (`rv:1.9.2.3`, `Linux 2.6.38.6`, `Revision
/// 1.1.2.1`, `since dpkg 1.4.0.7`, `gcc 2.7.2.3`, `XFree86 4.3.0.1`) or an
/// object identifier (`OID 1.3.5.8`).
fn numbers_a_section(bytes: &[u8], start: usize) -> bool {
    const WORDS: &[&[u8]] = &[
        b"section",
        b"sections",
        b"sec",
        b"chapter",
        b"clause",
        b"paragraph",
        b"appendix",
        b"annex",
        b"step",
        b"version",
        b"release",
        b"released",
        b"relnotes",
        b"revision",
        b"rev",
        b"rv",
        b"ver",
        b"v",
        b"linux",
        b"kernel",
        b"git",
        b"gcc",
        b"xfree86",
        b"standard",
        b"standards",
        b"policy",
        b"nmu",
        b"oid",
    ];
    // A program's name after these is followed by its version, not an
    // address: `(since dpkg 1.4.0.7)`, `seit Git 1.7.6.6`, `before Linux`.
    const SINCE: &[&[u8]] = &[
        b"since", b"seit", b"depuis", b"desde", b"sedan", b"sinds", b"dal", b"before", b"until",
    ];
    // A line may break between the word and its number (`See ACPI 6.5
    // Section\n5.2.16.7`, as manual pages wrap).
    let (before, gap) = split_trailing(bytes.get(..start).unwrap_or_default(), |b| {
        matches!(b, b' ' | b':' | b'\t' | b'=' | b'\n' | b'\r')
    });
    // A Markdown heading: `#`s from the start of a line.
    let (line, hashes) = split_trailing(before, |b| b == b'#');
    if !gap.is_empty() && !hashes.is_empty() && (line.is_empty() || line.ends_with(b"\n")) {
        return true;
    }
    if before.ends_with("§".as_bytes()) {
        return true;
    }
    if gap.is_empty() {
        return false;
    }
    let (_, word) = split_trailing(before, |b| b.is_ascii_alphabetic());
    // Names with digits too: `XFree86 4.3.0.1`.
    let (rest, name) = split_trailing(before, |b| b.is_ascii_alphanumeric());
    // An RFC's number glued to its name: `(rfc4880: 5.2.3.16)`.
    let rfc = name.len() > 3
        && name
            .get(..3)
            .is_some_and(|head| head.eq_ignore_ascii_case(b"rfc"))
        && name
            .get(3..)
            .is_some_and(|number| number.iter().all(u8::is_ascii_digit));
    if rfc
        || WORDS
            .iter()
            .any(|w| word.eq_ignore_ascii_case(w) || name.eq_ignore_ascii_case(w))
        || follows_a_release(bytes.get(..start).unwrap_or_default())
    {
        return true;
    }
    // An ASN.1 name (`id-ce-keyUsage 2.5.29.15`, `id-at-commonName`)
    // before it: an object identifier.
    let (_, token) = split_trailing(before, |b| !b.is_ascii_whitespace());
    // V8, the JavaScript engine, numbers its versions in four parts:
    // `V8 5.0.71.57`, `update V8 to 4.6.85.28`, `upgrade V8 from 4.2.77.18`,
    // `**V8**: update to 3.28.71.19`, `upstream V8 is at 5.0.71.47`.
    if token.starts_with(b"id-") || names_v8(bytes.get(..start).unwrap_or_default()) {
        return true;
    }
    // The word before the one before: `RFC 5280 4.2.1.10`, `since dpkg`.
    let (earlier_text, spaces) = split_trailing(rest, |b| b == b' ');
    if name.is_empty() || spaces.is_empty() {
        return false;
    }
    let (_, earlier) = split_trailing(earlier_text, |b| b.is_ascii_alphabetic());
    if word.is_empty() {
        // A number before: `RFC 5280 4.2.1.10`.
        earlier.eq_ignore_ascii_case(b"rfc")
    } else {
        SINCE.iter().any(|w| earlier.eq_ignore_ascii_case(w)) && !about_networks(name)
    }
}

/// Whether `before` ends with a preposition after words that speak of
/// releases: `release notes for 1.5.4.5`, `Start preparing for`, `Changes
/// in`, `fixed in`, `Bump to`, `Standards-Version updated to`. (Not after
/// `update` alone: `update the record to 10.1.2.3` may mean an address.)
fn follows_a_release(before: &[u8]) -> bool {
    const PREPOSITIONS: &[&[u8]] = &[b"to", b"for", b"in", b"since"];
    const RELEASE_WORDS: &[&[u8]] = &[
        b"version",
        b"versions",
        b"release",
        b"releases",
        b"notes",
        b"relnotes",
        b"releasenotes",
        b"prepare",
        b"preparing",
        b"bump",
        b"bumped",
        b"upgrade",
        b"upgraded",
        b"changes",
        b"fixed",
        b"broken",
        b"regression",
        b"merged",
        b"fixes",
    ];
    // `Version updated to`, `version bumped to`.
    const CHANGED: &[&[u8]] = &[b"updated", b"raised", b"increased", b"set"];
    let is = |word: &[u8], list: &[&[u8]]| list.iter().any(|w| word.eq_ignore_ascii_case(w));
    let [preposition, second, first] = last_words(before);
    is(preposition, PREPOSITIONS)
        && (is(second, RELEASE_WORDS) || (is(second, CHANGED) && is(first, &[b"version"])))
}

/// The last three words (ASCII letters) of `before`, nearest first: the
/// nearest two after spaces, the third through up to four spaces, dashes,
/// colons or parentheses (`(Standards-Version): updated to `); empty where
/// the text between holds anything else.
fn last_words(before: &[u8]) -> [&[u8]; 3] {
    let mut words: [&[u8]; 3] = [&[]; 3];
    let mut rest = before;
    for (index, slot) in words.iter_mut().enumerate() {
        let (text, gap) = split_trailing(rest, |b| {
            b == b' ' || (index == 2 && matches!(b, b'\t' | b'-' | b':' | b'(' | b')'))
        });
        if gap.is_empty() || gap.len() > 4 {
            break;
        }
        let (text, word) = split_trailing(text, |b| b.is_ascii_alphabetic());
        if word.is_empty() {
            break;
        }
        *slot = word;
        rest = text;
    }
    words
}

/// `bytes` split before their trailing run (at most 64 bytes, so a look
/// back from each of many candidates stays linear) of bytes that `keep`.
fn split_trailing(bytes: &[u8], keep: impl Fn(u8) -> bool) -> (&[u8], &[u8]) {
    let len = bytes
        .iter()
        .rev()
        .take(64)
        .take_while(|&&b| keep(b))
        .count();
    bytes.split_at(bytes.len() - len)
}

/// Whether the dotted number at `start..end` labels a heading: it fills an
/// element with a dot after it (a table of contents' `<strong>8.5.1.2.</strong>`),
/// opens an HTML heading or an in-page link (`<h4 class="x">7.3.1.1 Utility
/// macros`, `<a href="#MD4">7.1.3.3 MD4`). (A number starting a line with
/// a title after it, `2.2.2.1. Unix platforms`, is left to be found: a chat
/// line `81.2.69.160. Please allow it` looks the same.)
fn labels_a_heading(bytes: &[u8], start: usize, end: usize) -> bool {
    let Some(before_tag) = bytes
        .get(..start)
        .and_then(|before| before.strip_suffix(b">"))
    else {
        return false;
    };
    if bytes
        .get(end..)
        .is_some_and(|after| after.starts_with(b".<"))
    {
        return true;
    }
    // A tag of a table of contents holds two anchors (`<a id="toc-SHA384-and-other-variants-of-SHA512" href="#…">`).
    let tag_len = before_tag
        .iter()
        .rev()
        .take(256)
        .take_while(|&&b| !matches!(b, b'<' | b'>' | b'\n'))
        .count();
    let (opened, tag) = before_tag.split_at(before_tag.len() - tag_len);
    if !opened.ends_with(b"<") {
        return false;
    }
    let heading = matches!(
        tag,
        [b'h' | b'H', b'1'..=b'6'] | [b'h' | b'H', b'1'..=b'6', b' ', ..]
    );
    heading || (tag.starts_with(b"a ") && tag.windows(7).any(|w| w == b"href=\"#"))
}

/// Whether the dotted number at `start..end` starts a line below its parent
/// section's number (`2.2.2. Shareware versions\n\n2.2.2.1. Unix`, or
/// `3.43.2\tLTbigf test issues\n\n3.43.2.1 Why…`), within the 256 bytes
/// before it. A list of addresses has no such line: `10.0.0.1\n10.0.0.2`
/// share `10.0.0` only as the start of longer numbers.
fn numbers_an_outline(bytes: &[u8], start: usize, end: usize) -> bool {
    let before = bytes.get(..start).unwrap_or_default();
    let (line, _) = split_trailing(before, |b| b == b' ' || b == b'\t');
    if !(line.is_empty() || line.ends_with(b"\n")) {
        return false;
    }
    let Some(number) = bytes.get(start..end) else {
        return false;
    };
    let Some(parent) = number
        .iter()
        .rposition(|&b| b == b'.')
        .and_then(|dot| number.get(..dot))
    else {
        return false;
    };
    let earlier = line
        .get(line.len().saturating_sub(256)..)
        .unwrap_or_default();
    earlier.split(|&b| b == b'\n').any(|line| {
        let indent = line
            .iter()
            .take_while(|&&b| b == b' ' || b == b'\t')
            .count();
        let Some(rest) = line
            .get(indent..)
            .and_then(|rest| rest.strip_prefix(parent))
        else {
            return false;
        };
        match rest {
            [b'.', next, ..] => !next.is_ascii_digit(),
            [next, ..] => !next.is_ascii_digit(),
            [] => true,
        }
    })
}

/// Whether the dotted number at `start..end` is a CVS revision in
/// parentheses after a C or Texinfo file (`thailib.h (1.1.1.1)` in a
/// ChangeLog). Extensions that are also top-level domains (`.cc`, `.py`)
/// are not taken: `mail.example.cc (81.2.69.160)` is a host's address.
fn revises_a_source_file(bytes: &[u8], start: usize, end: usize) -> bool {
    const SOURCE_EXTENSIONS: &[&[u8]] = &[b"c", b"h", b"cpp", b"hpp", b"cxx", b"texi", b"m4"];
    let Some(before) = bytes
        .get(..start)
        .and_then(|before| before.strip_suffix(b"("))
    else {
        return false;
    };
    // `thailib.h (1.1.1.1)`, or with its tags after it: `tis.h (1.1.1.1,
    // r0_1_0)`.
    if !matches!(bytes.get(end), Some(b')' | b',')) {
        return false;
    }
    let (file, gap) = split_trailing(before, |b| b.is_ascii_whitespace());
    let (rest, extension) = split_trailing(file, |b| b.is_ascii_alphanumeric());
    !gap.is_empty() && rest.ends_with(b".") && SOURCE_EXTENSIONS.contains(&extension)
}

/// Whether the dotted number at `start` follows a pair of coordinates run
/// together as an SVG path writes them (`2.83-2.12 3.51.98.32`: the minus
/// sign is the separator, and `3.51.98.32` is 3.51, .98 and .32).
fn follows_coordinates(bytes: &[u8], start: usize) -> bool {
    let Some(before) = bytes
        .get(..start)
        .and_then(|before| before.strip_suffix(b" "))
    else {
        return false;
    };
    let (_, token) = split_trailing(before, |b| b.is_ascii_digit() || b == b'.' || b == b'-');
    token.contains(&b'.')
        && token
            .windows(2)
            .any(|pair| matches!(pair, [b'0'..=b'9', b'-']))
}

/// Whether the dotted number at `start..end` is the version in a
/// changelog entry's first line: Debian's `dpkg (1.15.6.1) experimental;
/// urgency=low` (with an epoch and a revision: `libxfixes (1:3.0.1.2-5)
/// UNRELEASED; urgency=low`), or after the release date, `2014-12-09
/// (3.8.7.4)`.
fn heads_a_changelog_entry(bytes: &[u8], start: usize, end: usize) -> bool {
    let before = without_epoch(bytes.get(..start).unwrap_or_default());
    if !before.ends_with(b"(") {
        return false;
    }
    if bytes.get(end) == Some(&b')') {
        let opened = before.len() - 1;
        let dated = opened >= 11
            && bytes.get(opened - 11..opened).is_some_and(|date| {
                date.iter().enumerate().all(|(i, b)| match i {
                    4 | 7 => *b == b'-',
                    10 => *b == b' ',
                    _ => b.is_ascii_digit(),
                })
            });
        if dated {
            return true;
        }
    }
    let after = bytes.get(end..).unwrap_or_default();
    let revision = match after.strip_prefix(b"-") {
        Some(rest) => {
            1 + rest
                .iter()
                .take(32)
                .take_while(|&&b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'+' | b'~'))
                .count()
        }
        None => 0,
    };
    let Some(rest) = after
        .get(revision..)
        .and_then(|rest| rest.strip_prefix(b") "))
    else {
        return false;
    };
    // The distributions: words of letters, digits and dashes.
    let distributions = rest
        .iter()
        .take(64)
        .take_while(|&&b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b' '))
        .count();
    distributions > 0
        && rest
            .get(distributions..)
            .is_some_and(|tail| tail.starts_with(b"; urgency="))
}

/// Whether the dotted number at `start..end` is written as a version: after
/// a Debian relation (`(>= 1.2.99.2)`, `(<< 1:1.0.24.2`, an epoch allowed),
/// with an upstream suffix no address has (`4.1.4.2+svn3283`,
/// `1.2.3.4~rc1`), or before `release` (`Prepare for 1.5.1.5 Release Notes`).
fn written_as_version(bytes: &[u8], start: usize, end: usize) -> bool {
    let (relation, _) =
        split_trailing(without_epoch(bytes.get(..start).unwrap_or_default()), |b| {
            b == b' '
        });
    if [&b"(<<"[..], b"(<=", b"(>=", b"(>>", b"(="]
        .iter()
        .any(|r| relation.ends_with(r))
    {
        return true;
    }
    let after = bytes.get(end..).unwrap_or_default();
    match after {
        [b'+', next, ..] => next.is_ascii_alphabetic(),
        [b'~', next, ..] => next.is_ascii_alphanumeric(),
        // `Prepare for 1.5.1.5 Release Notes`, `Start 1.5.6.5 RelNotes`,
        // `Start 1.6.0.4 cycle`, `Start 1.6.0.2 maintenance cycle`.
        [b' ', rest @ ..] => {
            let word = rest
                .iter()
                .take(16)
                .take_while(|b| b.is_ascii_alphabetic())
                .count();
            let word = rest.get(..word).unwrap_or_default();
            let started = bytes
                .get(..start)
                .is_some_and(|before| before.ends_with(b"Start "));
            [&b"release"[..], b"releases", b"relnotes", b"cycle"]
                .iter()
                .any(|w| word.eq_ignore_ascii_case(w))
                || (started && word.eq_ignore_ascii_case(b"maintenance"))
        }
        _ => false,
    }
}

/// `before` (the text before a version) without a trailing Debian epoch
/// (`1:` in `(1:3.0.1.2-5)`: one or two digits after a space or `(`).
fn without_epoch(before: &[u8]) -> &[u8] {
    let Some(rest) = before.strip_suffix(b":") else {
        return before;
    };
    let (rest, digits) = split_trailing(rest, |b| b.is_ascii_digit());
    if (1..=2).contains(&digits.len()) && (rest.ends_with(b"(") || rest.ends_with(b" ")) {
        rest
    } else {
        before
    }
}

/// Whether the word `V8` (the JavaScript engine) stands in the 48 bytes
/// that end `before`, on the number's line.
fn names_v8(before: &[u8]) -> bool {
    let apart = |at: Option<usize>| {
        at.and_then(|i| before.get(i))
            .is_none_or(|b| !b.is_ascii_alphanumeric())
    };
    (before.len().saturating_sub(48)..before.len())
        .rev()
        .take_while(|&at| before.get(at) != Some(&b'\n'))
        .any(|at| {
            matches!(before.get(at..at + 2), Some([v, b'8']) if v.eq_ignore_ascii_case(&b'v'))
                && apart(at.checked_sub(1))
                && apart(Some(at + 2))
        })
}

/// Whether a word speaks of networks: one of a few short words (`ip`,
/// `dns`, `ssh`, `node`), or holding a longer root in any case
/// (`nameserver`, `setServers`, `remoteAddress`, `gateway`). A number after
/// one is an address, not a version (`blocked since IP 81.2.69.160`, `DNS
/// resolver at 8.8.8.8`).
fn about_networks(word: &[u8]) -> bool {
    const WORDS: &[&[u8]] = &[
        b"ip", b"ips", b"ipv4", b"dns", b"ssh", b"vpn", b"lan", b"wan", b"nat", b"tcp", b"udp",
        b"icmp", b"ping", b"bind", b"inet", b"node", b"trying",
    ];
    const ROOTS: &[&[u8]] = &[
        b"addr",
        b"host",
        b"server",
        b"resolv",
        b"gateway",
        b"route",
        b"proxy",
        b"subnet",
        b"netmask",
        b"socket",
        b"firewall",
        b"connect",
        b"peer",
        b"remote",
        b"client",
        b"listen",
        b"network",
        b"lookup",
    ];
    WORDS.iter().any(|w| word.eq_ignore_ascii_case(w))
        || ROOTS.iter().any(|root| {
            word.windows(root.len())
                .any(|part| part.eq_ignore_ascii_case(root))
        })
}

/// Whether four numbers read as a version more than as an address: the
/// first below 16 but not 10 (private networks), and the others below 32,
/// or 99 (X.Org's pre-releases, `1.4.99.1`): `1.7.11.6`, `3.14.1.0`,
/// `6.4.2.1`, `11.3.3.2`. Of the public addresses with such a first
/// number, about one in 470 has all three others so small; those that are
/// written (`1.2.3.4`, `9.8.7.6`) are mostly written about networks, which
/// [`networked`] reads. The public resolvers people name bare (`8.8.8.8`,
/// `8.8.4.4`, `1.0.0.1`, one number four times) are addresses.
fn version_shaped(octets: [u8; 4]) -> bool {
    let [first, rest @ ..] = octets;
    let resolver = rest.iter().all(|&n| n == first) || named_resolver(octets);
    (1..16).contains(&first) && first != 10 && rest.iter().all(|&n| n < 32 || n == 99) && !resolver
}

/// Google's and Cloudflare's public resolvers (`8.8.8.8`, `8.8.4.4`,
/// `1.0.0.1`): addresses wherever they stand.
fn named_resolver(octets: [u8; 4]) -> bool {
    matches!(octets, [8, 8, 8, 8] | [8, 8, 4, 4] | [1, 0, 0, 1])
}

/// Whether the dotted number at `start..end` stands among words about
/// networks on its line, before it (`DNS resolver at`, `ssh to`,
/// `blockList.addAddress('`, `remote_addr =`), or is written as only an
/// address is: after `@`, `//` or `[`, before a port or a prefix length
/// (`:8080`, `/24`), or opening a web server's log line (`13.28.24.13 - -
/// [10/Mar/2016:19:29:25 +0100]`).
fn networked(bytes: &[u8], start: usize, end: usize) -> bool {
    let before = bytes.get(..start).unwrap_or_default();
    let after = bytes.get(end..).unwrap_or_default();
    if before.ends_with(b"@")
        || before.ends_with(b"//")
        || before.ends_with(b"[")
        || matches!(after, [b':' | b'/', digit, ..] if digit.is_ascii_digit())
        || after.starts_with(b" - - [")
        || listed_with_another(before, after)
    {
        return true;
    }
    let line_start = before
        .iter()
        .rev()
        .take(80)
        .position(|&b| b == b'\n')
        .map_or(start.saturating_sub(80), |back| start - back);
    let mut pos = line_start;
    while pos < start {
        let len = bytes
            .get(pos..start)
            .unwrap_or_default()
            .iter()
            .take_while(|b| b.is_ascii_alphabetic())
            .count();
        if len == 0 {
            pos += 1;
            continue;
        }
        let word_end = pos + len;
        let word = bytes.get(pos..word_end).unwrap_or_default();
        // `<IP_ADDRESS>`, a token this crate wrote, is no context: redacting
        // the output again would find more than the first pass.
        if about_networks(word) && !inside_token(bytes, pos, word_end) {
            return true;
        }
        pos = word_end;
    }
    false
}

/// Whether another address stands next to the number (`before`, `after`
/// it) in a list, joined by `,`, `;` or `|` with spaces or quotes:
/// `1.2.3.4,9.8.7.6`, `[1.2.3.4, 9.8.7.6]`, `rrdata="1.2.3.4|5.6.7.8"`,
/// `("8.8.8.8", "255.255.255.0")`, `'8.8.8.8',\n  '2001:4860::8888'`.
/// Addresses are listed so; versions, one at a time.
fn listed_with_another(before: &[u8], after: &[u8]) -> bool {
    const LONGEST_JOINT: usize = 24;
    let is_joint = |b: u8| {
        matches!(
            b,
            b',' | b';' | b'|' | b' ' | b'\t' | b'\n' | b'\r' | b'"' | b'\'' | b'`'
        )
    };
    let in_address = |b: u8| b.is_ascii_hexdigit() || matches!(b, b'.' | b':');
    // Four dotted numbers, or hex digits with two colons or more.
    let address = |token: &[u8]| {
        let dots = token.iter().filter(|&&b| b == b'.').count();
        let colons = token.iter().filter(|&&b| b == b':').count();
        let quad = dots == 3
            && colons == 0
            && token.iter().all(|&b| b == b'.' || b.is_ascii_digit())
            && !token.starts_with(b".")
            && !token.ends_with(b".");
        quad || colons >= 2
    };
    let joint = |side: &[u8]| {
        (1..=LONGEST_JOINT).contains(&side.len())
            && side.iter().any(|&b| matches!(b, b',' | b';' | b'|'))
    };
    let next_joint = after
        .iter()
        .take(LONGEST_JOINT)
        .take_while(|&&b| is_joint(b))
        .count();
    let next = after.get(next_joint..).unwrap_or_default();
    let next_len = next.iter().take(48).take_while(|&&b| in_address(b)).count();
    let (rest, previous_joint) = split_trailing(before, is_joint);
    let (_, previous) = split_trailing(rest, in_address);
    (joint(after.get(..next_joint).unwrap_or_default())
        && address(next.get(..next_len).unwrap_or_default()))
        || (joint(previous_joint) && address(previous))
}

/// Rejects valid-but-unlikely forms such as `a::b`, `dead::beef` or
/// `c::FF1`, which are far more often code (`std::io`, `F32::MAX`) than
/// addresses: two written groups need a digit, and a first group of four
/// characters (`fe80::1`, `2a02::1`), not a prefix (`2001:db9::`, or
/// `0900::` after a time zone offset).
fn looks_like_address(candidate: &str) -> bool {
    let groups: Vec<&str> = candidate.split(':').filter(|g| !g.is_empty()).collect();
    groups.len() >= 3
        || candidate.contains('.')
        || (!candidate.starts_with(':')
            && !candidate.ends_with("::")
            && groups.first().is_some_and(|g| g.len() == 4)
            && candidate.bytes().any(|b| b.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use super::super::tests::found;

    #[test]
    fn positives() {
        let rows = [
            ("from 192.168.1.20.", "192.168.1.20"),
            ("ip=8.8.8.8:53", "8.8.8.8"),
            // Defanged, as security notes write addresses.
            ("attacker at 192[.]168[.]1[.]20.", "192[.]168[.]1[.]20"),
            ("from 81.2.69[.]160 and", "81.2.69[.]160"),
            ("(81(.)2(.)69(.)160)", "81(.)2(.)69(.)160"),
            ("ip 81[dot]2[DOT]69{.}160", "81[dot]2[DOT]69{.}160"),
            ("81[.]2[.]69[.]160:443", "81[.]2[.]69[.]160"),
            ("ip 81 [.] 2 [.] 69 [.] 160 ok", "81 [.] 2 [.] 69 [.] 160"),
            ("ip 81 dot 2 dot 69 dot 160", "81 dot 2 dot 69 dot 160"),
            ("ip 81<dot>2<dot>69 . 160", "81<dot>2<dot>69 . 160"),
            // Every dot spaced out.
            ("host 81 . 2 . 69 . 160 is down", "81 . 2 . 69 . 160"),
            ("--address=81.2.69.160 --port=5", "81.2.69.160"),
            ("2a02:8108::8a2e:370:7334", "2a02:8108::8a2e:370:7334"),
            (
                "addr 2a02:0db8:0000:0000:0000:ff00:0042:8329 ok",
                "2a02:0db8:0000:0000:0000:ff00:0042:8329",
            ),
            ("fe80::1%eth0 link", "fe80::1%eth0"),
            ("IP是81.2.69.160吗", "81.2.69.160"),
            // Defanged colons, as CyberChef writes them; plain ones among.
            (
                "c2 at 2a00[:]1450[:]4001[:]830[:][:]200e.",
                "2a00[:]1450[:]4001[:]830[:][:]200e",
            ),
            (
                "(2a02:8108[:][:]8a2e:370:7334)",
                "2a02:8108[:][:]8a2e:370:7334",
            ),
            (
                "ip 2a02[:]0db8[:]0[:]0[:]0[:]ff00[:]42[:]8329 ok",
                "2a02[:]0db8[:]0[:]0[:]0[:]ff00[:]42[:]8329",
            ),
            ("::ffff:192.0.2.128", "::ffff:192.0.2.128"),
            ("[2a02:8108::1]:443", "2a02:8108::1"),
            ("gateway # 81.2.69.160", "81.2.69.160"),
            ("blocked since IP 81.2.69.160 went down", "81.2.69.160"),
            ("down since 81.2.69.160 left", "81.2.69.160"),
            ("host (81.2.69.160) is down; urgency high", "81.2.69.160"),
            ("range (81.2.69.160-7) down", "81.2.69.160"),
            ("range (81.2.69.160-170) is ours", "81.2.69.160"),
            ("from 81.2.69.160+", "81.2.69.160"),
            ("after the upgrade, connect to 81.2.69.160", "81.2.69.160"),
            ("update the record to 81.2.69.160", "81.2.69.160"),
            ("notes: in 81.2.69.160 logs", "81.2.69.160"),
            ("the version server at 81.2.69.160", "81.2.69.160"),
            ("<a href=\"https://x.org/\">81.2.69.160</a>", "81.2.69.160"),
            ("<p class=\"h1\">81.2.69.160 up</p>", "81.2.69.160"),
            ("81.2.69.160 is down.\n", "81.2.69.160"),
            ("My IP:\n81.2.69.160. Please allow it", "81.2.69.160"),
            ("2024-01-05 81.2.69.160 GET /", "81.2.69.160"),
            ("from mail.example.cc (81.2.69.160)", "81.2.69.160"),
            ("net 81.2.69\n81.2.69.160 is ours", "81.2.69.160"),
            ("at 12:00-13:00 81.2.69.160 was down", "81.2.69.160"),
            ("port 1:81.2.69.160 up", "81.2.69.160"),
            ("2024-01-05 (81.2.69.160 blocked)", "81.2.69.160"),
            ("IPv8 81.2.69.160", "81.2.69.160"),
            ("<td>81.2.69.160</td>", "81.2.69.160"),
            ("connect to 81.2.69.160 now", "81.2.69.160"),
            ("ip addr add 192.168.1.5/24 dev eth0", "192.168.1.5"),
            ("route 10.1.2.0/33", "10.1.2.0"),
            ("file 10.1.2.0/8.5", "10.1.2.0"),
            ("host 2a02:8108::1/64 up", "2a02:8108::1"),
            ("RFC 1918 says 10.1.2.3 is private", "10.1.2.3"),
            ("the server\n81.2.69.160 is down", "81.2.69.160"),
            ("rfc: 81.2.69.160", "81.2.69.160"),
            ("server 81.2.69.160 maintenance tonight", "81.2.69.160"),
            // Numbers shaped as versions, among words about networks or
            // written as only addresses are.
            ("set the DNS resolver to 8.8.8.8 today", "8.8.8.8"),
            // The named public resolvers, wherever they stand.
            ("v 8.8.4.4", "8.8.4.4"),
            ("Section 1.0.0.1", "1.0.0.1"),
            ("dns.setServers(['4.4.4.4'])", "4.4.4.4"),
            ("blockList.addAddress('1.2.3.4');", "1.2.3.4"),
            ("ssh root@5.3.2.1", "5.3.2.1"),
            ("ping -c 3 9.8.7.6", "9.8.7.6"),
            ("Received: from pele ([1.2.3.4])", "1.2.3.4"),
            ("forward 1.2.3.4:853 now", "1.2.3.4"),
            ("allow 9.8.7.6/32 only", "9.8.7.6"),
            (
                "13.28.24.13 - - [10/Mar/2016:19:29:25 +0100] \"GET /",
                "13.28.24.13",
            ),
            ("(\"8.8.8.8\", \"255.255.255.0\")", "8.8.8.8"),
        ];
        for (text, expected) in rows {
            assert_eq!(found(text, "IP_ADDRESS"), vec![expected], "{text}");
        }
        for (text, expected) in [
            (
                "--rrdatas=81.2.69.160,9.8.7.6 --type=A",
                ["81.2.69.160", "9.8.7.6"],
            ),
            ("`1.1.1.1`, `8.8.8.8`", ["1.1.1.1", "8.8.8.8"]),
            (
                "['8.8.8.8',\n  '2001:4860:4860::8888']",
                ["8.8.8.8", "2001:4860:4860::8888"],
            ),
        ] {
            assert_eq!(found(text, "IP_ADDRESS"), expected, "{text}");
        }
        // A list of addresses is no outline: `81.2.69` only starts them.
        assert_eq!(
            found("hosts:\n81.2.69.16 a\n81.2.69.160 b", "IP_ADDRESS"),
            ["81.2.69.16", "81.2.69.160"]
        );
    }

    #[test]
    fn every_defanged_dot_is_read_whole() {
        for dot in super::DISGUISED_DOTS {
            let mut text = dot.as_bytes().to_vec();
            text.extend_from_slice(b"1");
            assert_eq!(super::dot_len(&text), Some(dot.len()), "{dot:?}");
            assert_eq!(super::dot_len(&text.to_ascii_uppercase()), Some(dot.len()));
        }
        for not_dot in [
            &b"[.)"[..],
            b"(dot]",
            b" dot",
            b" [.]x",
            b"[do]",
            b"<.>",
            b" .x",
            b"",
            b" ",
            b"x",
        ] {
            assert_eq!(super::dot_len(not_dot), None, "{not_dot:?}");
        }
    }

    #[test]
    fn negatives() {
        for text in [
            "127[.]0[.]0[.]1",
            // Spaced dots: three parts, or an end of a sentence.
            "section 4 . 2 . 1 below",
            "I have 2 . Then 3 . 4 . 5",
            // Defanged colons: nobody's addresses, or no address.
            "[:][:]1",
            "2001[:]db8[:][:]1",
            "ff02[:][:]1",
            "https[:]//example.com",
            "a[:]b",
            "2a00[:]1450[:]4001[:]830[:][:]200e[:]",
            "x2a00[:]1450[:]4001[:][:]200e",
            "2a00[:]1450[:]4001[:][:]200ex",
            "203.0.113[.]7",
            "1.81[.]2[.]69[.]160",
            "81[.]2[.]69[.]160[.]5",
            "81[.]2[.]69[.]160a",
            "x81[.]2[.]69[.]160",
            "81[.]2[.]69[.]256",
            "10[.]0[.]0[.]0/8",
            "a[.]b[.]c[.]d",
            "1[.]2[.]3",
            "1 dot 2 dot 3",
            "version 1 dot 2 dot 3 dot 4 dot 5",
            "[.]",
            "127.0.0.1",
            "0.0.0.0",
            "::1",
            "::",
            "192.0.2.10",
            "203.0.113.42",
            "2001:db8::1",
            "1.2.3.4.5",
            "v1.2.3.4",
            "256.1.1.1",
            "std::io::Result",
            "a::b",
            "dead::beef",
            "12:30:45",
            "version 10.2.3",
            "Foo::Bar::baz()",
            "c::FF1 and F32::MAX",
            "23:54:35 -0900::",
            "0.205.0.0 and 250.1.2.3",
            "255.255.255.0",
            "255.255.255.255",
            "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff",
            "mask ffff:ff00::",
            "224.0.0.251 and ff02::fb",
            "see Section 6.4.2.1 and section 3.1.1.5",
            "See ACPI 6.5 Section\n5.2.16.7 for more information.",
            "(IEEE 802.1Q-2014 Section\r\n8.6.8.2 item g)",
            "flagged as critical (rfc4880: 5.2.3.16).",
            "Start 1.6.0.4 cycle",
            "Start 1.6.0.2 maintenance cycle",
            "### 5.1.4.1 Virtual Tables",
            "\t* thwctype.h (1.1.1.1), tis.h (1.1.1.1,\n\tr0_1_0) (utags: libthai_0_1_0):",
            "- [X] 11.4.2.7 Test Character-Position-Absolute (HPA)",
            "(11.3.3.2 and 11.3.3.5 of the ISO PNG specification)",
            // Shaped as versions, and written as versions are.
            "      Almost 1.7.11.6\n",
            "- bpo-27883: Update sqlite to 3.14.1.0 on Windows.",
            "Release libX11 1.1 RC1 (1.0.99.1).",
            "shortName = some long name, 1.2.3.4",
            "According to SP800-38D 5.2.1.1, input data length",
            "Sync with 1.5.4.2 and start 1.5.5",
            "Update from 1.2.99.2 to 1.2.99.4",
            "intro\n## 6.4.2.1 Rules",
            "rv:1.9.2.3) Gecko",
            "§ 4.2.8.1",
            "Per RFC 5280 4.2.1.10, a permitted subtree",
            "Last confirmed on Linux 2.6.38.6.",
            "(before Linux 2.4.9.2)",
            ".\\\" Revision 1.1.2.1  2003/09/22",
            "(since dpkg 1.4.0.7).",
            "seit Git 1.7.6.6 unterstützt",
            "OID 1.3.5.8",
            "some_other_oid = 1.2.3.5",
            "<strong aria-hidden=\"true\">8.5.1.2.</strong> arrays",
            "**deps**: patch V8 to 11.3.244.8 (M)",
            "* **V8**: upgrade V8 from 4.2.77.18 to 4.2.77.20",
            "* **v8**: Upgrade to version 4.5.103.30 from 4.4.63.30",
            "upstream V8 is at 5.0.71.47 and",
            "V8 5.0.71.57",
            "an address like `::ffff:127.0.0.1`, or ::ffff:0.0.0.0",
            "// id-ce-keyUsage 2.5.29.15.",
            "version=1.2.3.4",
            "dpkg (1.15.6.1) experimental; urgency=low",
            "binutils (2.10.0.26-1) unstable; urgency=low",
            "libxfixes (1:3.0.1.2-5) UNRELEASED; urgency=low",
            "    - libopenafs-dev (<= 1.8.8.1-3)",
            "libxcb1 Breaks alsa-utils (<< 1.0.24.2-5) to avoid",
            "the build-dep on libxext-dev (>= 1:1.0.99.4).",
            "changelog entry 1:4.1.4.2+svn3283-3.",
            "      Update draft release notes for 1.5.4.5\n",
            "      Start preparing for 1.8.1.2\n",
            "Changes in 1.2.3.3 (2 October 2006)",
            "was accidentally broken in 1.7.3.3",
            "  * Bump standards version to 3.7.2.0",
            "  * debian/control (Standards-Version): updated to 2.4.1.0.",
            "    Bump to 1.1.99.1",
            "    Released 3.6.11.1 including missing files",
            "      Add RelNotes 1.5.0.1",
            "changes since 2.6.7.1.",
            "      More fixes for 1.8.2.1\n",
            "    XFree86 4.3.99.16 Bring the tree up to date",
            "work around gcc 2.7.2.3 i386 register handling",
            "package management files to Debian Standard 2.1.2.2.",
            "      Prepare for 1.5.1.5 Release Notes\n",
            "      Start 1.5.6.5 RelNotes to describe accumulated fixes",
            "<h4 class=\"subsubsection\">7.3.1.1 Utility macros</h4>",
            "<li><a id=\"toc-MD4\" href=\"#MD4\">7.1.3.3 <acronym>MD4</acronym></a>",
            "<a id=\"toc-SHA384-and-other-variants-of-SHA512\" href=\"#SHA384-and-other-variants-of-SHA512\">7.1.1.4 <acronym>",
            "  * Declare compliance with Debian Policy 4.1.0.0.",
            "  * Incorporate changes in NMU 1.4.0.33 made by me",
            "2.2.2. Shareware and Commercial versions\n\n2.2.2.1. Unix platforms\n",
            "3.43.2\tLTbigf test issues\n\n3.43.2.1 Why does the LTbigf test say",
            "   2.1.1. Stream Header\n      2.1.1.1. Header Magic Bytes\n      2.1.1.2. Stream Flags",
            "\t* include/thai/: thailib.h (1.1.1.1), thcoll.h (1.1.1.1), thctype.h\n\t(1.1.1.1)",
            "      Start draft ReleaseNotes for 1.5.4.5\n",
            "<path d=\"M18c0 1.52-.87 2.83-2.12 3.51.98.32 2.03.5 3.11.5\"/>",
            "  2014-12-09 (3.8.7.4)\n\n    1. Bug fix",
            "* Upgrade to V8 5.0.71.57. (Ben Noordhuis)",
            "      Git 1.7.12.3\n",
            "private use (`10.0.0.0/8`, `172.16.0.0/12`, 192.168.0.0/16)",
            "--range=120.120.10.128/30 --create",
            "fd00::/8 and 2a02:8108::/32",
            "the block 100.64.0.0/10.",
        ] {
            assert!(
                found(text, "IP_ADDRESS").is_empty(),
                "{text}: {:?}",
                found(text, "IP_ADDRESS")
            );
        }
    }
}
