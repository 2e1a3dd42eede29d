//! EMAIL: addresses with practical RFC 5322 local parts and Unicode (IDN)
//! domains, plus the disguised forms `john (at) example (dot) com`.

use super::{Candidate, Sink};
use crate::entity::EntityType;

const MAX_LOCAL_LEN: usize = 64;
const MAX_DOMAIN_LEN: usize = 253;

fn is_local_char(c: char) -> bool {
    c.is_alphanumeric() || "!#$%&'*+/=?^_`{|}~.-".contains(c)
}

fn is_domain_char(c: char) -> bool {
    c.is_alphanumeric() || c == '-' || c == '.'
}

/// Finds plain addresses around each `@`.
pub(crate) fn detect(view: &str, out: &mut Sink) {
    for (at, _) in view.match_indices('@') {
        let (Some(before), Some(after)) = (view.get(..at), view.get(at + 1..)) else {
            continue;
        };
        let Some(local_start) = local_part_start(before) else {
            continue;
        };
        let Some(domain_len) = domain_len(after) else {
            continue;
        };
        out.push(Candidate::new(
            EntityType::EMAIL,
            local_start,
            at + 1 + domain_len,
            0.95,
        ));
    }
    detect_disguised(view, out);
}

/// Where the local part that ends at the end of `before` starts.
fn local_part_start(before: &str) -> Option<usize> {
    let mut start = before.len();
    for (count, (index, c)) in before.char_indices().rev().enumerate() {
        if !is_local_char(c) || count == MAX_LOCAL_LEN {
            break;
        }
        start = index;
    }
    // The local part must not start or end with a dot (a sentence's full stop
    // before it is not part of it).
    let mut local = before.get(start..)?;
    while let Some(rest) =
        local.strip_prefix(['.', '\'', '`', '{', '|', '}', '~', '/', '=', '?', '!'])
    {
        start += local.len() - rest.len();
        local = rest;
    }
    if local.is_empty() || local.ends_with('.') || local.contains("..") {
        return None;
    }
    Some(start)
}

/// The byte length of the domain at the start of `after`, if it is one.
fn domain_len(after: &str) -> Option<usize> {
    let mut len = after
        .char_indices()
        .take_while(|&(index, c)| index < MAX_DOMAIN_LEN && is_domain_char(c))
        .last()
        .map_or(0, |(index, c)| index + c.len_utf8());
    let mut domain = after.get(..len)?;
    // Trailing dots and hyphens belong to the sentence.
    while let Some(rest) = domain.strip_suffix(['.', '-']) {
        domain = rest;
    }
    len = domain.len();
    let labels: Vec<&str> = domain.split('.').collect();
    let tld = labels.last()?;
    let valid = labels.len() >= 2
        && labels.iter().all(|label| {
            !label.is_empty()
                && label.len() <= 63
                && !label.starts_with('-')
                && !label.ends_with('-')
        })
        && (tld.chars().count() >= 2 && tld.chars().all(char::is_alphabetic)
            || tld.starts_with("xn--"));
    valid.then_some(len)
}

/// Markers people write instead of `@` and `.`, longest first.
const AT_MARKERS: &[&str] = &[
    " (at) ", " [at] ", " {at} ", " <at> ", "(at)", "[at]", "{at}", "<at>", " at ",
];
const DOT_MARKERS: &[&str] = &[
    " (dot) ", " [dot] ", " {dot} ", " <dot> ", "(dot)", "[dot]", "{dot}", "<dot>", "[.]", "(.)",
    " dot ", ".",
];

/// Top-level domains accepted after the bare-word form `john at example dot
/// com`, which otherwise reads like ordinary prose.
const COMMON_TLDS: &[&str] = &[
    "com", "org", "net", "edu", "gov", "io", "co", "info", "biz", "me", "uk", "de", "fr", "nl",
    "es", "it", "in", "br", "ca", "us", "au", "ch", "at", "be", "eu", "pl", "se", "no", "dk", "jp",
    "cn",
];

/// `john (at) example (dot) com`, `jane[at]corp[dot]co[dot]uk`, `john at example dot com`.
fn detect_disguised(view: &str, out: &mut Sink) {
    let lower = view.to_ascii_lowercase();
    let mut search_from = 0;
    while let Some(found) = lower.get(search_from..).and_then(|rest| rest.find("at")) {
        let at_pos = search_from + found;
        search_from = at_pos + 2;
        let Some(marker) = AT_MARKERS.iter().find(|marker| {
            let offset = marker.find("at").unwrap_or(0);
            at_pos >= offset
                && lower
                    .get(at_pos - offset..)
                    .is_some_and(|rest| rest.starts_with(*marker))
        }) else {
            continue;
        };
        let marker_start = at_pos - marker.find("at").unwrap_or(0);
        let marker_end = marker_start + marker.len();
        let bare = marker.trim() == "at";
        let Some(before) = view.get(..marker_start) else {
            continue;
        };
        let Some(local_start) = local_part_start(before) else {
            continue;
        };
        let Some((domain_end, labels)) = disguised_domain(&lower, marker_end) else {
            continue;
        };
        if bare {
            let tld = labels.last().copied().unwrap_or("");
            if !COMMON_TLDS.contains(&tld) || labels.len() < 2 {
                continue;
            }
        }
        let score = if bare { 0.7 } else { 0.9 };
        out.push(Candidate::new(
            EntityType::EMAIL,
            local_start,
            domain_end,
            score,
        ));
    }
}

/// Labels joined by dot markers from `start`; the end offset and the labels.
fn disguised_domain(lower: &str, start: usize) -> Option<(usize, Vec<&str>)> {
    let mut labels = Vec::new();
    let mut pos = start;
    loop {
        let rest = lower.get(pos..)?;
        let label_len = rest
            .char_indices()
            .take_while(|&(_, c)| c.is_alphanumeric() || c == '-')
            .last()
            .map_or(0, |(index, c)| index + c.len_utf8());
        if label_len == 0 || label_len > 63 {
            break;
        }
        labels.push(rest.get(..label_len)?);
        pos += label_len;
        let after = lower.get(pos..)?;
        let Some(marker) = DOT_MARKERS.iter().find(|marker| {
            after.starts_with(*marker)
                && after
                    .get(marker.len()..)
                    .and_then(|next| next.chars().next())
                    .is_some_and(char::is_alphanumeric)
        }) else {
            break;
        };
        pos += marker.len();
    }
    let tld = labels.last()?;
    let valid = labels.len() >= 2 && tld.len() >= 2 && tld.chars().all(|c| c.is_ascii_alphabetic());
    valid.then_some((pos, labels))
}

#[cfg(test)]
mod tests {
    use super::super::tests::found;

    #[test]
    fn positives() {
        let rows = [
            (
                "write to jane.doe+ai@example.com today",
                "jane.doe+ai@example.com",
            ),
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
        ];
        for (text, expected) in rows {
            assert_eq!(found(text, "EMAIL"), vec![expected], "{text}");
        }
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
        ] {
            assert!(
                found(text, "EMAIL").is_empty(),
                "{text}: {:?}",
                found(text, "EMAIL")
            );
        }
    }
}
