//! EMAIL: addresses with practical RFC 5322 local parts and Unicode (IDN)
//! domains, plus the disguised forms `john (at) example (dot) com`.

use super::char_refs::{decoded, encoded_at, encoded_before};
use super::markers::{with_plain_dots, Markers, DISGUISED_DOTS};
use super::names::is_given_name;
use super::text::{changes_script, char_at, char_before};
use super::{Candidate, Sink};
use crate::entity::EntityType;
use crate::sort::sort;

/// Far beyond the 64 characters RFC 5321 allows: a longer run of
/// local-part characters before `@` is taken whole rather than cut at 64,
/// so no letters are left glued to the replacement (each scan stops at the
/// previous `@`, so the total stays linear).
const MAX_LOCAL_LEN: usize = 4096;
const MAX_DOMAIN_LEN: usize = 253;

/// The ASCII characters of a local part: letters, digits and RFC 5322's
/// `atext` symbols, and the dot.
// Evaluated at compile time: an index out of bounds is a build error.
#[allow(clippy::indexing_slicing)]
const LOCAL_ASCII: [bool; 128] = {
    let mut table = [false; 128];
    let mut c = 0;
    while c < 128 {
        table[c] = (c as u8).is_ascii_alphanumeric();
        c += 1;
    }
    let symbols = b"!#$%&'*+/=?^_`{|}~.-";
    let mut i = 0;
    while i < symbols.len() {
        table[symbols[i] as usize] = true;
        i += 1;
    }
    table
};

fn is_local_char(c: char) -> bool {
    match LOCAL_ASCII.get(c as usize) {
        Some(&ascii) => ascii,
        None => c.is_alphanumeric(),
    }
}

fn is_domain_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric() || c == '-' || c == '.'
    } else {
        c.is_alphanumeric()
    }
}

/// Finds plain addresses around each `@` (and around an `@` encoded as
/// `%40`, `&#64;`, `&#x40;` or `&commat;`).
#[inline(never)]
pub(crate) fn detect(view: &str, markers: &Markers, out: &mut Sink) {
    let encoded = markers.encoded_at_signs.iter().copied();
    for (at, at_end) in markers
        .at_signs
        .iter()
        .map(|&at| (at, at + 1))
        .chain(encoded)
    {
        let (Some(before), Some(after)) = (view.get(..at), view.get(at_end..)) else {
            continue;
        };
        if before.ends_with(' ') || after.starts_with(' ') {
            detect_spaced(view, at, at_end, out);
            continue;
        }
        let local_start = local_part_start(before);
        let domain = local_start.and_then(|_| domain_len(after));
        if encoded_at_edge(view.as_bytes(), local_start.unwrap_or(at), at_end, domain) {
            push_encoded(view, at, at_end, out);
        }
        let Some(local_start) = local_start else {
            continue;
        };
        let Some(domain_len) = domain else {
            // The domain's dots disguised after a plain `@`:
            // `jane@example dot com`, `jane@example[.]com`.
            if first_dot_disguised(after) {
                push_disguised(view, at, at_end, true, out);
            }
            continue;
        };
        let score = if at_end == at + 1 { 0.95 } else { 0.9 };
        out.push(Candidate::new(
            EntityType::EMAIL,
            local_start,
            at_end + domain_len,
            score,
        ));
    }
    detect_disguised(view, markers, out);
    detect_bare_at(view, markers, out);
}

/// Whether the local part read plainly (from `local_start`) or the domain
/// (from `domain_start`, `domain_len` long if it is one) stops at an
/// encoded character: a `;` before (`&#46;doe@`), or a `&` or `%` after
/// (`@example&#46;com`).
fn encoded_at_edge(
    bytes: &[u8],
    local_start: usize,
    domain_start: usize,
    domain_len: Option<usize>,
) -> bool {
    let domain_end = domain_start
        + domain_len.unwrap_or_else(|| {
            bytes
                .get(domain_start..)
                .unwrap_or_default()
                .iter()
                .take(MAX_DOMAIN_LEN)
                .take_while(|&&b| DOMAIN_BYTES.get(usize::from(b)) == Some(&DomainByte::Domain))
                .count()
        });
    local_start > 0 && bytes.get(local_start - 1) == Some(&b';')
        || matches!(bytes.get(domain_end), Some(b'&' | b'%'))
}

/// The address around the `@` at `at..at_end` read through the characters
/// written as HTML references or percent escapes on either side
/// (`jane&#46;doe&#64;example&#46;com`, `&#106;&#97;ne@example.com`), if
/// one of them is.
fn push_encoded(view: &str, at: usize, at_end: usize, out: &mut Sink) {
    let bytes = view.as_bytes();
    let mut any_encoded = false;
    // Backwards from the `@`: each character and where it starts, last
    // first (each walk stops at the `@` before, so the scan stays linear).
    let mut local: Vec<(usize, char)> = Vec::new();
    let mut cursor = at;
    while local.len() < MAX_LOCAL_LEN {
        let (c, start) = match encoded_before(bytes, cursor) {
            Some(found) => found,
            None => match char_before(view, cursor) {
                Some(c) => (c, cursor - c.len_utf8()),
                None => break,
            },
        };
        if !is_local_char(c) {
            break;
        }
        any_encoded |= cursor - start != c.len_utf8();
        local.push((start, c));
        cursor = start;
    }
    let local_text: String = local.iter().rev().map(|&(_, c)| c).collect();
    let Some(skipped) = local_part_start(&local_text) else {
        return;
    };
    // The first character kept, after those that make up the `skipped`
    // bytes of the decoded local part.
    let mut decoded_len = 0;
    let mut start = None;
    for &(unit_start, c) in local.iter().rev() {
        if decoded_len == skipped {
            start = Some(unit_start);
            break;
        }
        decoded_len += c.len_utf8();
    }
    let Some(start) = start else {
        return;
    };
    // Forwards from the `@`: the decoded domain, and where each of its
    // characters ends in the view (by the decoded length so far).
    let mut domain = String::new();
    let mut ends: Vec<(usize, usize)> = Vec::new();
    let mut cursor = at_end;
    while domain.len() < MAX_DOMAIN_LEN {
        let (c, len) = match bytes.get(cursor..).and_then(encoded_at) {
            Some(found) => found,
            None => match char_at(view, cursor) {
                Some(c) => (c, c.len_utf8()),
                None => break,
            },
        };
        if !is_domain_char(c) {
            break;
        }
        any_encoded |= len != c.len_utf8();
        domain.push(c);
        cursor += len;
        ends.push((domain.len(), cursor));
    }
    let Some(len) = domain_len(&domain) else {
        return;
    };
    let Some(&(_, end)) = ends.iter().find(|&&(decoded, _)| decoded == len) else {
        return;
    };
    if any_encoded {
        out.push(Candidate::new(EntityType::EMAIL, start, end, 0.9));
    }
}

/// The domains of the mail services most people have an address at, sorted
/// and none longer than 16 bytes: after the bare word `at`, one of them
/// reads as an address (`sarah at gmail.com`), where another domain is
/// mostly prose (`docs at docs.rs`).
const MAIL_PROVIDERS: [&str; 60] = [
    "163.com",
    "aol.com",
    "bol.com.br",
    "btinternet.com",
    "fastmail.com",
    "free.fr",
    "gmail.com",
    "gmx.com",
    "gmx.de",
    "gmx.net",
    "googlemail.com",
    "hotmail.co.uk",
    "hotmail.com",
    "hotmail.de",
    "hotmail.es",
    "hotmail.fr",
    "hotmail.it",
    "icloud.com",
    "kpnmail.nl",
    "laposte.net",
    "libero.it",
    "live.co.uk",
    "live.com",
    "live.nl",
    "mac.com",
    "mail.ru",
    "me.com",
    "msn.com",
    "orange.fr",
    "outlook.com",
    "outlook.de",
    "outlook.fr",
    "pm.me",
    "proton.me",
    "protonmail.com",
    "qq.com",
    "rediffmail.com",
    "sfr.fr",
    "sky.com",
    "t-online.de",
    "telefonica.net",
    "terra.com.br",
    "tiscali.it",
    "tutanota.com",
    "uol.com.br",
    "virgilio.it",
    "wanadoo.fr",
    "web.de",
    "yahoo.co.in",
    "yahoo.co.uk",
    "yahoo.com",
    "yahoo.com.br",
    "yahoo.de",
    "yahoo.es",
    "yahoo.fr",
    "yahoo.it",
    "yandex.ru",
    "ymail.com",
    "ziggo.nl",
    "zoho.com",
];

/// Whether `domain` (any case) is one of [`MAIL_PROVIDERS`].
fn is_mail_provider(domain: &str) -> bool {
    let mut lower = [0u8; 16];
    let Some(lower) = lower.get_mut(..domain.len()) else {
        return false;
    };
    lower.copy_from_slice(domain.as_bytes());
    lower.make_ascii_lowercase();
    MAIL_PROVIDERS
        .binary_search_by(|provider| provider.as_bytes().cmp(lower))
        .is_ok()
}

/// The bare word `at` for `@` before a plain domain: in angle brackets as
/// mailing lists and copyright files write addresses (`Jane Doe <jane.doe
/// at example.org>`), or before a [`MAIL_PROVIDERS`] domain (`sarah at
/// gmail.com`) after a local part that is no ordinary word (`sign up at
/// gmail.com`): a known given name, or one holding a dot, `_`, `+` or a
/// digit, or dots written as words.
fn detect_bare_at(view: &str, markers: &Markers, out: &mut Sink) {
    let bytes = view.as_bytes();
    for &at_word in &markers.at_words {
        let marker_end = at_word + " at ".len();
        let Some(after) = view.get(marker_end..) else {
            continue;
        };
        // Most words after `at` are no domain: their first label ends
        // without a dot (`at the`, `at home`).
        let label = after
            .bytes()
            .take_while(|&b| b.is_ascii_alphanumeric() || b == b'-')
            .count();
        if label == 0 || after.as_bytes().get(label) != Some(&b'.') {
            continue;
        }
        let Some(domain) = domain_len(after).and_then(|len| after.get(..len)) else {
            continue;
        };
        let end = marker_end + domain.len();
        // The local part of an address written after `at` (`reach me at
        // jana.novakova@example.cz`).
        if bytes.get(end) == Some(&b'@') {
            continue;
        }
        // Most are turned away here, before the local part is read.
        let closed = bytes.get(end) == Some(&b'>');
        if !closed && !is_mail_provider(domain) {
            continue;
        }
        let Some(local_start) = view.get(..at_word).and_then(local_part_start) else {
            continue;
        };
        if closed {
            if local_start > 0 && bytes.get(local_start - 1) == Some(&b'<') {
                out.push(Candidate::new(EntityType::EMAIL, local_start, end, 0.9));
            }
            continue;
        }
        let local = view.get(local_start..at_word).unwrap_or_default();
        let addressy = local.contains(|c: char| matches!(c, '.' | '_' | '+') || c.is_ascii_digit());
        // `john dot smith at …`: dots written as words.
        let disguised_start = disguised_local_start(view, local_start);
        if addressy || disguised_start < local_start || is_given_name(local) {
            out.push(Candidate::new(EntityType::EMAIL, disguised_start, end, 0.7));
        }
    }
}

/// Whether `after` (what follows an `@`) starts with a label of letters
/// and digits and a dot written otherwise than `.` (` dot `, `[.]`).
fn first_dot_disguised(after: &str) -> bool {
    let label_len = after
        .char_indices()
        .take_while(|&(_, c)| c.is_alphanumeric() || c == '-')
        .last()
        .map_or(0, |(index, c)| index + c.len_utf8());
    let rest = after.get(label_len..).unwrap_or_default();
    after.starts_with(char::is_alphanumeric)
        && DISGUISED_DOTS.iter().filter(|m| **m != ".").any(|marker| {
            rest.get(..marker.len())
                .is_some_and(|head| head.eq_ignore_ascii_case(marker))
        })
}

/// `john @ example.com`, `john@ example . com`: an `@` with a space on
/// either side, read as a disguised form (a common top-level domain, as
/// after the bare word `at`: `Thanks @ team.dev` is a greeting).
fn detect_spaced(view: &str, at: usize, at_end: usize, out: &mut Sink) {
    let bytes = view.as_bytes();
    let marker_start = at - usize::from(at > 0 && bytes.get(at - 1) == Some(&b' '));
    let marker_end = at_end + usize::from(bytes.get(at_end) == Some(&b' '));
    push_disguised(view, marker_start, marker_end, true, out);
    if marker_start < at && marker_end > at_end {
        push_letter_spaced(view, marker_start, marker_end, out);
    }
}

/// The most characters of a letter-spaced local part or domain read.
const MAX_SPACED_CHARS: usize = 64;

/// `j o h n @ e x a m p l e . c o m`: an address spelled out character by
/// character around a spaced `@` (`marker_start..marker_end`), read as the
/// address its characters make (with a common top-level domain).
fn push_letter_spaced(view: &str, marker_start: usize, marker_end: usize, out: &mut Sink) {
    let bytes = view.as_bytes();
    let space_at = |at: usize| bytes.get(at) == Some(&b' ');
    // Backwards from the `@`: characters with a space (or the text's
    // start) before each.
    let (mut local, mut start, mut cursor) = (String::new(), marker_start, marker_start);
    while local.len() < MAX_SPACED_CHARS {
        let Some(c) = char_before(view, cursor).filter(|&c| is_local_char(c)) else {
            break;
        };
        let c_start = cursor - c.len_utf8();
        if c_start > 0 && !space_at(c_start - 1) {
            break;
        }
        local.insert(0, c);
        start = c_start;
        let Some(space) = c_start.checked_sub(1) else {
            break;
        };
        cursor = space;
    }
    // Forwards: characters with a space after each, or the end of the
    // letters (the text's end, or punctuation: `c o m.`).
    let (mut domain, mut end, mut cursor) = (String::new(), marker_end, marker_end);
    while domain.len() < MAX_SPACED_CHARS {
        let Some(c) = char_at(view, cursor).filter(|&c| is_domain_char(c)) else {
            break;
        };
        let c_end = cursor + c.len_utf8();
        let next = char_at(view, c_end);
        if next.is_some_and(|next| next != ' ' && (next.is_alphanumeric() || next == '-')) {
            break;
        }
        domain.push(c);
        end = c_end;
        if next != Some(' ') {
            break;
        }
        cursor = c_end + 1;
    }
    if local.chars().count() >= 2
        && local_part_start(&local) == Some(0)
        && domain_len(&domain) == Some(domain.len())
        && domain.rsplit('.').next().is_some_and(is_common_tld)
    {
        out.push(Candidate::new(EntityType::EMAIL, start, end, 0.8));
    }
}

/// Where the local part that ends at the end of `before` starts.
fn local_part_start(before: &str) -> Option<usize> {
    let start =
        ascii_local_run_start(before.as_bytes()).unwrap_or_else(|| unicode_local_run_start(before));
    let key_len = after_query_key(before.as_bytes().get(start..)?);
    // Without its key, a local part left empty (`mail=~@…`) is read whole.
    key_len
        .checked_sub(1)
        .and_then(|_| checked_local_start(before, start + key_len))
        .or_else(|| checked_local_start(before, start))
}

/// Where the local part from `start` to the end of `before` starts, if it
/// is one: its opening punctuation skipped.
fn checked_local_start(before: &str, mut start: usize) -> Option<usize> {
    // The local part must not start or end with a dot (a sentence's full stop
    // before it is not part of it).
    // (Bytes, not a `str` search: this runs for every `@`.)
    let local = before.as_bytes().get(start..)?;
    let opening = local
        .iter()
        .take_while(|b| b".'`{|}~/=?!".contains(b))
        .count();
    let local = local.get(opening..)?;
    start += opening;
    if local.is_empty() || local.ends_with(b".") || local.windows(2).any(|pair| pair == b"..") {
        return None;
    }
    Some(start)
}

/// The keys a log line or a query string names an address with
/// (`to=jane@…`, `user=bob&login_hint=jane@…`), in lower case; any key
/// ending in `mail` is one too (`email=`, `contactEmail=`).
const QUERY_KEYS: [&str; 24] = [
    "account",
    "addr",
    "address",
    "author",
    "bcc",
    "cc",
    "contact",
    "customer",
    "from",
    "id",
    "login",
    "login_hint",
    "owner",
    "q",
    "query",
    "recipient",
    "reply-to",
    "reply_to",
    "replyto",
    "search",
    "sender",
    "to",
    "user",
    "username",
];

/// Where the address starts in the run of local-part characters `local`
/// when the run opens with a listed key and `=`, after the pairs of a
/// query before it (`user=bob&email=jane`, `?to=jane%40…`): RFC 5322
/// allows `=` and `&` in a local part, and taking them along swallowed
/// the key names a pasted log or URL holds. Other keys are kept as part of
/// the address: forwarding and bounce addresses encode one this way
/// (`SRS0=…=example.com=jane@…`, `bounce-jane=example.com@…`).
fn after_query_key(local: &[u8]) -> usize {
    let Some(equals) = local.iter().rposition(|&b| b == b'=') else {
        return 0;
    };
    let key_start = local
        .get(..equals)
        .unwrap_or_default()
        .iter()
        .rposition(|&b| b == b'&' || b == b'?')
        .map_or(0, |at| at + 1);
    let key = local.get(key_start..equals).unwrap_or_default();
    // A key is a word (`b.mail=c@…` after `a@b.mail` is another address's
    // domain and this one's local part).
    if !key
        .iter()
        .all(|&b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
    {
        return 0;
    }
    let listed = key
        .get(key.len().saturating_sub(4)..)
        .is_some_and(|tail| tail.eq_ignore_ascii_case(b"mail"))
        || QUERY_KEYS
            .iter()
            .any(|listed| listed.as_bytes().eq_ignore_ascii_case(key));
    if listed {
        equals + 1
    } else {
        0
    }
}

/// Where the run of local-part characters that ends `before` starts, read
/// byte by byte (by characters, a local part cost ~50 instructions a
/// letter): `None` if it reaches a character beyond ASCII.
fn ascii_local_run_start(before: &[u8]) -> Option<usize> {
    let mut start = before.len();
    for (count, &byte) in before.iter().rev().enumerate() {
        if count == MAX_LOCAL_LEN {
            break;
        }
        match LOCAL_ASCII.get(usize::from(byte)) {
            Some(true) => start -= 1,
            Some(false) => break,
            None => return None,
        }
    }
    Some(start)
}

/// [`ascii_local_run_start`] by characters, for a local part with
/// characters beyond ASCII.
fn unicode_local_run_start(before: &str) -> usize {
    let mut start = before.len();
    for (count, (index, c)) in before.char_indices().rev().enumerate() {
        if !is_local_char(c) || count == MAX_LOCAL_LEN {
            break;
        }
        start = index;
    }
    start
}

/// The byte length of the domain at the start of `after`, if it is one.
fn domain_len(after: &str) -> Option<usize> {
    ascii_domain_len(after.as_bytes()).unwrap_or_else(|| unicode_domain_len(after))
}

#[derive(Clone, Copy, PartialEq)]
enum DomainByte {
    Other,
    Domain,
    NotAscii,
}

/// What each byte is to [`ascii_domain_len`]: a letter, digit, `-` or `.`,
/// a byte of a character beyond ASCII, or another.
// Evaluated at compile time: an index out of bounds is a build error.
#[allow(clippy::indexing_slicing)]
const DOMAIN_BYTES: [DomainByte; 256] = {
    let mut table = [DomainByte::Other; 256];
    let mut byte = 0;
    while byte < 256 {
        let b = byte as u8;
        if !b.is_ascii() {
            table[byte] = DomainByte::NotAscii;
        } else if b.is_ascii_alphanumeric() || b == b'-' || b == b'.' {
            table[byte] = DomainByte::Domain;
        }
        byte += 1;
    }
    table
};

/// [`domain_len`] for a domain of ASCII characters (most), in one pass
/// over its bytes: `None` if a character of the domain is not ASCII. (Read
/// by characters, an address's domain cost about as much as the rest of
/// its scan.)
fn ascii_domain_len(after: &[u8]) -> Option<Option<usize>> {
    let mut len = 0;
    for &byte in after.iter().take(MAX_DOMAIN_LEN) {
        match DOMAIN_BYTES.get(usize::from(byte)) {
            Some(DomainByte::Domain) => len += 1,
            Some(DomainByte::NotAscii) => return None,
            _ => break,
        }
    }
    // A character that starts within the limit is read whole.
    if len == MAX_DOMAIN_LEN && after.get(len).is_some_and(|&b| !b.is_ascii()) {
        return None;
    }
    // Trailing dots and hyphens belong to the sentence.
    let domain = after.get(..len)?;
    let len = domain.len()
        - domain
            .iter()
            .rev()
            .take_while(|&&b| b == b'.' || b == b'-')
            .count();
    let domain = domain.get(..len)?;
    let mut labels = domain.split(|&b| b == b'.');
    let tld = labels.next_back()?;
    let label_ok = |label: &[u8]| {
        !label.is_empty()
            && label.len() <= 63
            && label.first() != Some(&b'-')
            && label.last() != Some(&b'-')
    };
    let mut dotted = false;
    for label in labels {
        dotted = true;
        if !label_ok(label) {
            return Some(None);
        }
    }
    let tld_ok =
        tld.len() >= 2 && tld.iter().all(u8::is_ascii_alphabetic) || tld.starts_with(b"xn--");
    Some((dotted && label_ok(tld) && tld_ok).then_some(len))
}

/// [`domain_len`] for a domain with characters beyond ASCII (IDN).
/// A top-level domain is Latin or in one other script, never both: one
/// that runs from Latin letters into Chinese or Japanese ends there
/// (`…@example.com谢谢`, the words after the address). (A local part
/// run into the words before it is taken whole: `邮箱jane@…` could be an
/// address's own characters.)
fn unicode_domain_len(after: &str) -> Option<usize> {
    let mut len = after
        .char_indices()
        .take_while(|&(index, c)| index < MAX_DOMAIN_LEN && is_domain_char(c))
        .last()
        .map_or(0, |(index, c)| index + c.len_utf8());
    let tld_start = after.get(..len)?.rfind('.').map_or(len, |dot| dot + 1);
    let mut previous = None;
    for (offset, c) in after.get(tld_start..len)?.char_indices() {
        if previous.is_some_and(|previous| changes_script(previous, c)) {
            len = tld_start + offset;
            break;
        }
        previous = Some(c);
    }
    let mut domain = after.get(..len)?;
    // Trailing dots and hyphens belong to the sentence.
    while let Some(rest) = domain.strip_suffix(['.', '-']) {
        domain = rest;
    }
    len = domain.len();
    let tld = domain.rsplit('.').next()?;
    let valid = domain.contains('.')
        && domain.split('.').all(|label| {
            !label.is_empty()
                && label.len() <= 63
                && !label.starts_with('-')
                && !label.ends_with('-')
        })
        && (tld.chars().count() >= 2 && tld.chars().all(char::is_alphabetic)
            || tld.starts_with("xn--"));
    valid.then_some(len)
}

/// Markers people write instead of `@`, longest first (for `.`, see
/// [`DISGUISED_DOTS`]).
const AT_MARKERS: &[&str] = &[
    " (at) ", " [at] ", " {at} ", " <at> ", "(at)", "[at]", "{at}", "<at>", "[@]", "(@)", "{@}",
    " at ",
];

/// `value`, a found address in lower case, as its owner would type it:
/// each disguised `@` and dot written `@` and `.`, white space removed
/// (`john (at) example dot com`, `j o h n @ …`, `john%40example&#46;com`
/// → `john@example.com`).
pub(crate) fn plain_address(value: String) -> String {
    let mut plain = with_plain_dots(value);
    // Every disguised `@` holds one of these bytes; most addresses none.
    if !plain
        .bytes()
        .any(|b| matches!(b, b'[' | b'(' | b'{' | b'<' | b'%' | b'&') || b.is_ascii_whitespace())
    {
        return plain;
    }
    if plain.contains(['%', '&']) {
        plain = decoded(&plain);
    }
    for marker in AT_MARKERS {
        if plain.contains(marker) {
            plain = plain.replace(marker, "@");
        }
    }
    plain.retain(|c| !c.is_whitespace());
    plain
}

/// Top-level domains accepted after the bare-word form `john at example dot
/// com`, which otherwise reads like ordinary prose.
const COMMON_TLDS: &[&str] = &[
    "com", "org", "net", "edu", "gov", "io", "co", "info", "biz", "me", "uk", "de", "fr", "nl",
    "es", "it", "in", "br", "ca", "us", "au", "ch", "at", "be", "eu", "pl", "se", "no", "dk", "jp",
    "cn",
];

fn is_common_tld(tld: &str) -> bool {
    COMMON_TLDS
        .iter()
        .any(|common| common.eq_ignore_ascii_case(tld))
}

/// `john (at) example (dot) com`, `jane[at]corp[dot]co[dot]uk`, `john at example dot com`.
fn detect_disguised(view: &str, markers: &Markers, out: &mut Sink) {
    let bytes = view.as_bytes();
    for opener in at_marker_candidates(view, markers) {
        let Some(marker) = AT_MARKERS.iter().find(|marker| {
            let start =
                opener.checked_sub(usize::from(marker.starts_with(' ') && marker.len() > 4));
            start
                .and_then(|s| bytes.get(s..s + marker.len()))
                .is_some_and(|window| window.eq_ignore_ascii_case(marker.as_bytes()))
        }) else {
            continue;
        };
        let marker_start = opener - usize::from(marker.starts_with(' ') && marker.len() > 4);
        let marker_end = marker_start + marker.len();
        push_disguised(view, marker_start, marker_end, marker.trim() == "at", out);
    }
}

/// Reports the disguised address around the at-marker `marker_start..
/// marker_end`, if a local part ends before it and a domain follows. A
/// `bare` marker (a word or a spaced `@`, common in prose) needs a common
/// top-level domain.
fn push_disguised(view: &str, marker_start: usize, marker_end: usize, bare: bool, out: &mut Sink) {
    let Some(before) = view.get(..marker_start) else {
        return;
    };
    let Some(local_start) = local_part_start(before) else {
        return;
    };
    let local_start = disguised_local_start(view, local_start);
    let Some((domain_end, tld)) = disguised_domain(view, marker_end) else {
        return;
    };
    if bare && !is_common_tld(tld) {
        return;
    }
    let score = if bare { 0.7 } else { 0.9 };
    out.push(Candidate::new(
        EntityType::EMAIL,
        local_start,
        domain_end,
        score,
    ));
}

/// Where a disguised local part that ends with the one at `start` begins:
/// `john dot smith at …` and `first(dot)last(at)…` write the local part's
/// dots as words too, and a part left out would leave a name behind.
fn disguised_local_start(view: &str, mut start: usize) -> usize {
    // A few labels: a local part is short, and the walk must stay linear.
    for _ in 0..8 {
        let Some(before) = view.get(..start) else {
            break;
        };
        // `.` is read with the local part already.
        let Some(marker) = DISGUISED_DOTS.iter().filter(|m| **m != ".").find(|marker| {
            before.len() >= marker.len()
                && before
                    .get(before.len() - marker.len()..)
                    .is_some_and(|tail| tail.eq_ignore_ascii_case(marker))
        }) else {
            break;
        };
        let label_end = before.len() - marker.len();
        let label_start = view
            .get(..label_end)
            .unwrap_or_default()
            .char_indices()
            .rev()
            .take_while(|&(_, c)| c.is_alphanumeric() || matches!(c, '_' | '-' | '+'))
            .last()
            .map_or(label_end, |(index, _)| index);
        if label_start == label_end {
            break;
        }
        start = label_start;
    }
    start
}

/// Where an at-marker may open: a bracket before `at` (brackets are rare in
/// prose), or ` at ` shortly before a ` dot ` (the bare form needs both, and
/// `dot` is rare while `at` is everywhere).
fn at_marker_candidates(text: &str, markers: &Markers) -> Vec<usize> {
    let bytes = text.as_bytes();
    const REACH: usize = 80;
    let mut openers: Vec<usize> = markers
        .openers
        .iter()
        .copied()
        .filter(|&index| bytes.get(index..index + 3).is_some_and(is_at_marker_core))
        .collect();
    let mut dot_words = markers.dot_words.iter().copied().peekable();
    for &at_word in markers
        .at_words
        .iter()
        .take_while(|_| !markers.dot_words.is_empty())
    {
        while dot_words.next_if(|&dot_word| dot_word <= at_word).is_some() {}
        if dot_words
            .peek()
            .is_some_and(|&dot_word| dot_word - at_word <= REACH)
        {
            openers.push(at_word);
        }
    }
    sort(&mut openers);
    openers.dedup();
    openers
}

/// `(at`, `[at`, `{at`, `<at` or ` at`, in any case, or a bracketed `@`
/// (`[@]`, the way security notes defang an address).
fn is_at_marker_core(window: &[u8]) -> bool {
    matches!(
        window,
        [b' ' | b'(' | b'[' | b'{' | b'<', b'a' | b'A', b't' | b'T']
            | [b'(' | b'[' | b'{', b'@', b')' | b']' | b'}']
    )
}

/// Labels joined by dot markers from `start`: the end offset and the last
/// label (the top-level domain). At least two labels.
fn disguised_domain(view: &str, start: usize) -> Option<(usize, &str)> {
    let mut labels = 0;
    let mut last = "";
    let mut pos = start;
    // At most ten labels: a domain is short, and the walk must stay linear.
    while labels < 10 {
        let rest = view.get(pos..)?;
        let label_len = rest
            .char_indices()
            .take_while(|&(_, c)| c.is_alphanumeric() || c == '-')
            .last()
            .map_or(0, |(index, c)| index + c.len_utf8());
        if label_len == 0 || label_len > 63 {
            break;
        }
        last = rest.get(..label_len)?;
        labels += 1;
        pos += label_len;
        let after = view.get(pos..)?;
        let Some(marker) = DISGUISED_DOTS.iter().find(|marker| {
            after
                .get(..marker.len())
                .is_some_and(|head| head.eq_ignore_ascii_case(marker))
                && after
                    .get(marker.len()..)
                    .and_then(|next| next.chars().next())
                    .is_some_and(char::is_alphanumeric)
        }) else {
            break;
        };
        pos += marker.len();
    }
    let valid = labels >= 2 && last.len() >= 2 && last.bytes().all(|b| b.is_ascii_alphabetic());
    valid.then_some((pos, last))
}

#[cfg(test)]
mod tests {
    use super::super::tests::{every_string, found};

    #[test]
    fn positives() {
        let rows = [
            (
                "write to jane.doe+ai@example.com today",
                "jane.doe+ai@example.com",
            ),
            // Run into Chinese or Japanese words: the top-level domain ends
            // at them; a local part is taken whole.
            ("邮箱：jane@example.com谢谢", "jane@example.com"),
            ("邮箱jane@example.com谢谢", "邮箱jane@example.com"),
            (
                "メールはtaro@mail.example.jpです",
                "メールはtaro@mail.example.jp",
            ),
            ("张伟@例子.中国", "张伟@例子.中国"),
            ("jane@bücher.de谢谢", "jane@bücher.de"),
            ("(a@b.co):", "a@b.co"),
            ("<john@mail.example.org>", "john@mail.example.org"),
            ("mailto:ops@corp.io?subject=x", "ops@corp.io"),
            ("José: josé@correo.españa.es.", "josé@correo.españa.es"),
            ("user@xn--bcher-kva.example", "user@xn--bcher-kva.example"),
            ("john (at) example (dot) com", "john (at) example (dot) com"),
            ("jane[at]corp[dot]co[dot]uk!", "jane[at]corp[dot]co[dot]uk"),
            (
                "mail john at example dot com please",
                "john at example dot com",
            ),
            ("x.y@sub.example.co.uk.", "x.y@sub.example.co.uk"),
            // The local part's dots written as words too.
            (
                "john dot smith at gmail dot com",
                "john dot smith at gmail dot com",
            ),
            (
                "first (dot) last (at) corp (dot) co (dot) uk",
                "first (dot) last (at) corp (dot) co (dot) uk",
            ),
            ("j[dot]doe[at]corp[dot]io", "j[dot]doe[at]corp[dot]io"),
            // A spaced `@`, and spaced dots after it.
            ("mail john @ gmail.com now", "john @ gmail.com"),
            ("mail john@ gmail . com now", "john@ gmail . com"),
            ("mail john.doe @gmail.com", "john.doe @gmail.com"),
            // An encoded `@`.
            ("john%40gmail.com", "john%40gmail.com"),
            ("<a>john&#64;example.org</a>", "john&#64;example.org"),
            ("john&#x40;example.org", "john&#x40;example.org"),
            ("john&commat;example.org", "john&commat;example.org"),
            ("john&#064;example.org", "john&#064;example.org"),
            // Its dots encoded too, or every character, as web pages hide
            // addresses from harvesters.
            (
                "mail: jane&#46;doe&#64;example&#46;com.",
                "jane&#46;doe&#64;example&#46;com",
            ),
            ("jane&#x2E;doe@example.com", "jane&#x2E;doe@example.com"),
            (
                "<b>jane@mail.example&period;org</b>",
                "jane@mail.example&period;org",
            ),
            (
                "jane%2Edoe%40example%2Ecom&x=1",
                "jane%2Edoe%40example%2Ecom",
            ),
            (
                "&#106;&#97;&#110;&#101;&#64;&#101;&#120;&#46;&#105;&#111;",
                "&#106;&#97;&#110;&#101;&#64;&#101;&#120;&#46;&#105;&#111;",
            ),
            ("x;&#106;ane@ex.io", "&#106;ane@ex.io"),
            ("<p>R&amp;D@example.com</p>", "R&amp;D@example.com"),
            // A log's or a query's key before the address is not its.
            ("user=bob&email=jane@example.com", "jane@example.com"),
            ("GET /a?to=jane%40example.com&x=1", "jane%40example.com"),
            ("email='jane@example.com'", "jane@example.com"),
            ("login_hint=Jane.Doe@example.com", "Jane.Doe@example.com"),
            ("contactEmail=jane@example.com", "jane@example.com"),
            ("MAIL=jane@example.com", "jane@example.com"),
            // Other keys are the address's: forwarding and bounce
            // addresses encode another address so.
            (
                "SRS0=HHH=TT=example.com=jane@srs.example.net",
                "SRS0=HHH=TT=example.com=jane@srs.example.net",
            ),
            (
                "bounce-jane=example.com@mail.example.net",
                "bounce-jane=example.com@mail.example.net",
            ),
            ("a+b=c@example.com", "a+b=c@example.com"),
            // Spelled out character by character.
            (
                "write to j o h n @ e x a m p l e . c o m.",
                "j o h n @ e x a m p l e . c o m",
            ),
            ("j . d o e @ c o r p . i o", "j . d o e @ c o r p . i o"),
            // Defanged, as security notes write addresses.
            ("mail john[@]example[.]com now", "john[@]example[.]com"),
            ("john(@)example(.)com", "john(@)example(.)com"),
            ("john.doe{@}corp{.}io", "john.doe{@}corp{.}io"),
            ("mail jane@example dot com", "jane@example dot com"),
            ("jane@example[.]co[.]uk", "jane@example[.]co[.]uk"),
            ("jane [at] corp [.] io", "jane [at] corp [.] io"),
            // The bare word `at` before a mail service's domain.
            ("my email is sarah at gmail.com.", "sarah at gmail.com"),
            ("j.smith at Outlook.com", "j.smith at Outlook.com"),
            ("mail jsmith85 AT yahoo.co.uk", "jsmith85 AT yahoo.co.uk"),
            ("john dot smith at gmx.de", "john dot smith at gmx.de"),
            ("mail k.lee at t-online.de", "k.lee at t-online.de"),
            // In angle brackets, as mailing lists write them: any domain.
            (
                "Jane Doe <jane.doe at example.org>",
                "jane.doe at example.org",
            ),
            ("Nia <nia at NetBSD.org>", "nia at NetBSD.org"),
        ];
        for (text, expected) in rows {
            assert_eq!(found(text, "EMAIL"), vec![expected], "{text}");
        }
    }

    #[test]
    fn ascii_domains_read_as_by_characters() {
        // Every string of up to five of these bytes, and longer ones around
        // the length limits.
        let mut texts = every_string(&["a", "1", "-", ".", " ", "x", "n"], 5);
        for (label, tail) in [(63, ".com"), (64, ".com"), (250, ".com"), (252, ".de é")] {
            texts.push(format!("{}{tail}", "a".repeat(label)));
            texts.push(format!("b.{}{tail}", "a".repeat(label)));
        }
        texts.extend(
            [
                "xn--p1ai.xn--p1ai",
                "a.xn--",
                "a.b1",
                "ex.com-",
                "ex.com..",
                "ex.c",
            ]
            .map(String::from),
        );
        for text in texts {
            if let Some(fast) = super::ascii_domain_len(text.as_bytes()) {
                assert_eq!(fast, super::unicode_domain_len(&text), "{text:?}");
            }
        }
        assert_eq!(super::ascii_domain_len("exé.com".as_bytes()), None);
    }

    #[test]
    fn ascii_local_parts_read_as_by_characters() {
        let mut texts = every_string(&["a", ".", " ", "+", "!", "(", "_"], 5);
        let limit = super::MAX_LOCAL_LEN;
        texts.extend([limit - 1, limit, limit + 1].map(|n| format!("x {}", "a".repeat(n))));
        for text in texts {
            assert_eq!(
                super::ascii_local_run_start(text.as_bytes()),
                Some(super::unicode_local_run_start(&text)),
                "{text:?}"
            );
        }
        assert_eq!(super::ascii_local_run_start("josé".as_bytes()), None);
        assert_eq!(super::local_part_start("mail josé"), Some(5));
        assert_eq!(
            super::domain_len("correo.españa.es x"),
            Some("correo.españa.es".len())
        );
    }

    #[test]
    fn mail_providers_sorted_lowercase_and_short() {
        assert!(super::MAIL_PROVIDERS.windows(2).all(|w| w[0] < w[1]));
        for provider in super::MAIL_PROVIDERS {
            assert!(provider.len() <= 16 && *provider == provider.to_lowercase());
            assert!(super::is_mail_provider(&provider.to_uppercase()));
        }
        assert!(!super::is_mail_provider("gmail.co"));
        assert!(!super::is_mail_provider("mail.example.com.invalid"));
    }

    #[test]
    fn negatives_and_near_misses() {
        for text in [
            "look at this",
            "meet at the office dot com",
            "@handle",
            "a@b",
            "a@b.c",
            "a@-b.com",
            "..@b.com",
            "version 1.2@3",
            "we meet at noon",
            "price @ 3.50",
            "Thanks @ team.dev",
            "y = weights @ inputs.shape",
            "a @ b",
            "50%40 off",
            "&#64;example.org",
            "&#59;&#64;example&#46;org",
            "jane&#64;example",
            "jane&#64;example&#46;c",
            "a&amp;b@c",
            "R&amp;D@team",
            "Q&amp;A@ x",
            "100%&#64;x&#46;y",
            "x @ e x a m p l e . c o m",
            "a b @ c d . e f",
            "sub f(@) { }",
            "[@] example",
            "x[@]y",
            "user@host dot files",
            "@team dot com",
            "sign up at gmail.com",
            "I have an account at outlook.com",
            "docs at docs.rs",
            "sarah at gmail.community.org",
            "see jsmith85 at example.com",
            "<look at example.com",
            "<b>look at example.com</b>",
        ] {
            assert!(
                found(text, "EMAIL").is_empty(),
                "{text}: {:?}",
                found(text, "EMAIL")
            );
        }
    }
}
