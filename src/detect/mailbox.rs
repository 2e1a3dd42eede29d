//! PERSON in a mailbox: the display name that mail headers, commit
//! trailers, changelogs and package metadata write before an address in
//! angle brackets (`Kwame Mensah <kwame@ghana.net>`, `"Doe, Jane"
//! <jane@x.org>`), or after it in parentheses, RFC 822's older form
//! (`kwame@ghana.net (Kwame Mensah)`); and the person a service writes for
//! (`Kwame Mensah (via Google Docs) <comments-noreply@docs.google.com>`).
//!
//! A name is read only when the address's local part is made of it
//! (`kwame`, `k.mensah`, `kmensah1990`, the initials `km`): that tells a
//! person, whose name is on no list, from `Acme Billing <billing@acme.com>`
//! or `GitHub <noreply@github.com>`. The cost is paid per address in
//! brackets, never per word of the text.

use super::accents::unaccented;
use super::names::{addresses_a_group, in_sorted, is_given_name, names_an_organization};
use super::person::{capitalized_len, is_particle};
use super::{Candidate, Sink};
use crate::entity::EntityType;

/// The longest display name read, in bytes: longer phrases before an
/// address are prose, and the bound keeps the work per address constant.
const MAX_PHRASE: usize = 96;

/// Pieces of local parts that name a role or a service, not a person
/// (sorted, letters only): `Sales <sales@acme.com>`, `Google Drive
/// <drive-shares-noreply@google.com>`.
const ROLE_LOCAL_PARTS: &[&str] = &[
    "abuse",
    "admin",
    "alerts",
    "billing",
    "bounce",
    "bounces",
    "calendar",
    "careers",
    "contact",
    "donotreply",
    "hello",
    "help",
    "info",
    "jobs",
    "mail",
    "mailer",
    "news",
    "newsletter",
    "noreply",
    "notification",
    "notifications",
    "notify",
    "office",
    "orders",
    "postmaster",
    "reply",
    "sales",
    "security",
    "support",
    "team",
    "updates",
    "webmaster",
];

/// Capitalized words that open a sentence before a mailbox rather than its
/// name (`Contact Kwame Mensah <…>`), left out of the name.
// Not "ask": `Ask Hjorth Larsen` is a Danish translator's name.
const LEAD_WORDS: &[&str] = &[
    "by",
    "call",
    "cc",
    "contact",
    "copyright",
    "email",
    "from",
    "mail",
    "message",
    "ping",
    "reply",
    "thanks",
    "to",
    "write",
];

/// Adds a PERSON candidate for the display name of each plain address
/// among `out[from..]` (the email detector's candidates) that has one.
// Kept out of the scan's loop, which inlined it whole.
#[inline(never)]
pub(crate) fn detect(view: &str, from: usize, out: &mut Sink) {
    let bytes = view.as_bytes();
    let until = out.len();
    for index in from..until {
        let Some((start, end)) = out
            .get(index)
            .filter(|email| email.entity == EntityType::EMAIL)
            .map(|email| (email.start, email.end))
        else {
            continue;
        };
        let bracketed = start > 0 && bytes.get(start - 1) == Some(&b'<');
        let via = bracketed.then(|| via_service(bytes, start - 1)).flatten();
        let name = if let Some(open) = via {
            name_before(view, open)
        } else if bracketed {
            name_before(view, start - 1)
        } else if bytes.get(end..end + 2) == Some(b" (") {
            name_in_parentheses(view, end + 2)
        } else {
            continue;
        };
        let Some((name_start, name_end)) = name else {
            continue;
        };
        let local = view
            .get(start..end)
            .and_then(|address| address.split_once('@'))
            .map(|(local, _)| local);
        let made_of_name = view
            .get(name_start..name_end)
            .zip(local)
            .is_some_and(|(name, local)| made_of(local, name));
        if via.is_some() || made_of_name {
            out.push(Candidate::new(
                EntityType::PERSON,
                name_start,
                name_end,
                0.8,
            ));
        }
    }
}

/// Where `(via` opens before the `<` at `bracket`: a service's notification
/// sends in the name of its person, from its own address (`Kwame Mensah
/// (via Google Docs) <comments-noreply@docs.google.com>`).
fn via_service(bytes: &[u8], bracket: usize) -> Option<usize> {
    let close = bracket.checked_sub(2)?;
    if bytes.get(close..bracket) != Some(b") ") {
        return None;
    }
    let floor = close.saturating_sub(MAX_PHRASE);
    let open = bytes.get(floor..close)?.iter().rposition(|&b| b == b'(')? + floor;
    (bytes.get(open.checked_sub(1)?..open + 5) == Some(b" (via ")).then_some(open)
}

/// The display name before the `<` at `bracket`: a quoted phrase
/// (`"Doe, Jane" <`), or the capitalized words back to the start of the
/// line or to punctuation (`From: `, `, ` in `On Monday, Kwame Mensah <`),
/// with Outlook's `Doe, Jane <` read whole.
fn name_before(view: &str, bracket: usize) -> Option<(usize, usize)> {
    let bytes = view.as_bytes();
    let gap = |end: usize| {
        bytes
            .get(..end)
            .unwrap_or_default()
            .iter()
            .rev()
            .take(8)
            .take_while(|&&b| b == b' ' || b == b'\t')
            .count()
    };
    let mut end = bracket - gap(bracket);
    // A header folded before the address (`From: Kwame Mensah\n
    // <kwame@…>`), as mail and wrapped text do, or a signature's lines.
    if end > 0 && bytes.get(end - 1) == Some(&b'\n') {
        end -= 1;
        end -= usize::from(end > 0 && bytes.get(end - 1) == Some(&b'\r'));
        end -= gap(end);
    }
    if end > 0 && matches!(bytes.get(end - 1), Some(b'"' | b'\'')) {
        let quote = *bytes.get(end - 1)?;
        let floor = end.saturating_sub(MAX_PHRASE);
        let open = bytes
            .get(floor..end - 1)?
            .iter()
            .rposition(|&b| b == quote)?
            + floor;
        return quoted_name(view, open + 1, end - 1);
    }
    let start = phrase_start(bytes, end)?;
    let phrase = view.get(start..end)?;
    let (first_word, words) = name_words(phrase, true)?;
    let name_start = start + first_word;
    let name = view.get(name_start..end)?;
    // Outlook's `Doe, Jane <jane@x.org>`: one word after a comma, and one
    // surname before it that opens the field.
    if words == 1 && first_word == 0 && start >= 2 && bytes.get(start - 2..start) == Some(b", ") {
        let surname_end = start - 2;
        if let Some(surname_start) = phrase_start(bytes, surname_end) {
            let opens_field = surname_start == 0
                || matches!(bytes.get(surname_start - 1), Some(b'\n' | b':' | b';'))
                || (bytes.get(surname_start - 1) == Some(&b' ')
                    && surname_start >= 2
                    && matches!(bytes.get(surname_start - 2), Some(b':' | b';' | b',')));
            let surname = view.get(surname_start..surname_end)?;
            if opens_field && capitalized_len(surname) == Some(surname.len()) && may_sign(surname) {
                return Some((surname_start, end));
            }
        }
    }
    enough(words, name).then_some((name_start, end))
}

/// The display name in parentheses from `start`: `kwame@ghana.net (Kwame
/// Mensah)`.
fn name_in_parentheses(view: &str, start: usize) -> Option<(usize, usize)> {
    let bytes = view.as_bytes();
    let until = (start + MAX_PHRASE).min(bytes.len());
    let close = start + bytes.get(start..until)?.iter().position(|&b| b == b')')?;
    quoted_name(view, start, close)
}

/// A name that fills `start..end` whole (quotes or parentheses around it):
/// capitalized words, `Last, First` too.
fn quoted_name(view: &str, start: usize, end: usize) -> Option<(usize, usize)> {
    let phrase = view.get(start..end)?;
    let (surname, given) = match last_first(phrase) {
        Some((surname, given)) => (Some(surname), given),
        None => (None, phrase),
    };
    if let Some(surname) = surname {
        if !(capitalized_len(surname) == Some(surname.len()) && may_sign(surname)) {
            return None;
        }
    }
    let (_, words) = name_words(given, false)?;
    enough(words + usize::from(surname.is_some()), given).then_some((start, end))
}

/// `Doe, Jane` as its surname and given names.
fn last_first(name: &str) -> Option<(&str, &str)> {
    let (surname, given) = name.split_once(',')?;
    Some((surname, given.strip_prefix(' ')?))
}

/// Where the phrase that ends at `end` starts: after the line's start or
/// the punctuation that opens a mail header's field; `None` when it runs
/// on for more than [`MAX_PHRASE`] bytes.
fn phrase_start(bytes: &[u8], end: usize) -> Option<usize> {
    let floor = end.saturating_sub(MAX_PHRASE);
    let before = bytes.get(floor..end)?;
    match before.iter().rposition(|b| {
        matches!(
            b,
            b'\n'
                | b'\r'
                | b'\t'
                | b':'
                | b';'
                | b','
                | b'>'
                | b'<'
                | b'('
                | b')'
                | b'['
                | b']'
                | b'"'
                | b'='
                | b'|'
                | b'*'
                | b'#'
                | b'{'
                | b'}'
        )
    }) {
        Some(at) => {
            let start = floor + at + 1;
            Some(
                start
                    + bytes
                        .get(start..end)?
                        .iter()
                        .take_while(|&&b| b == b' ')
                        .count(),
            )
        }
        None if floor == 0 => Some(before.iter().take_while(|&&b| b == b' ').count()),
        None => None,
    }
}

/// The name among the words of `phrase` (split at single spaces), which it
/// ends: its start in `phrase` and its count of capitalized words. In
/// running text (`cut`) the name starts after the last word that is no
/// name's (`reply to Kwame Mensah`, `Acme Billing`) and after a sentence's
/// lead word; otherwise every word must be a name's (`None` if one is
/// not).
fn name_words(phrase: &str, cut: bool) -> Option<(usize, usize)> {
    let mut start = 0;
    let mut capitalized = 0;
    let mut offset = 0;
    for word in phrase.split(' ') {
        offset += word.len() + 1;
        let initial = word.len() == 2
            && word.as_bytes().first().is_some_and(u8::is_ascii_uppercase)
            && word.as_bytes().get(1) == Some(&b'.');
        if initial || capitalized_len(word) == Some(word.len()) {
            if cut && capitalized == 0 && in_sorted(LEAD_WORDS, word) {
                start = offset;
                continue;
            }
            if !initial && !may_sign(word) {
                if !cut {
                    return None;
                }
                start = offset;
                capitalized = 0;
                continue;
            }
            capitalized += 1;
        } else if capitalized > 0 && is_particle(word.as_bytes()) {
            continue;
        } else if cut {
            start = offset;
            capitalized = 0;
        } else {
            return None;
        }
    }
    Some((start, capitalized))
}

/// Whether `words` capitalized words make a name: two to four, or one
/// listed given name.
fn enough(words: usize, name: &str) -> bool {
    (2..=4).contains(&words) || (words == 1 && is_given_name(name))
}

/// Whether a capitalized word may stand in a display name: any but a
/// group's or an organization's. The address made of the name vouches for
/// the rest, which in running text would be a place, a month or a verb
/// (`Tamara Hills`, `June Larson`, `Said Bader`).
fn may_sign(word: &str) -> bool {
    !addresses_a_group(word) && !names_an_organization(word)
}

/// Whether the local part of an address is made of the name: holds one of
/// its words of three letters or more (`k.mensah`, `kwame1990`), a word of
/// two as a piece of its own (`li.wei`), or is its initials (`km`).
fn made_of(local: &str, name: &str) -> bool {
    let local_letters = Letters::of(local);
    let letters = local_letters.as_slice();
    let role = in_sorted(ROLE_LOCAL_PARTS, local_letters.as_str())
        || local
            .split(|c: char| !c.is_ascii_alphabetic())
            .any(|piece| in_sorted(ROLE_LOCAL_PARTS, piece));
    if letters.len() < 2 || role {
        return false;
    }
    // `Doe, Jane` is initialled `jd`.
    let (given, surname) = match last_first(name) {
        Some((surname, given)) => (given, surname),
        None => (name, ""),
    };
    let mut initials = Letters::default();
    // Of every piece of a hyphenated name and every particle too: `jlp`,
    // `lvb` for Ludwig van Beethoven.
    let mut every_initial = Letters::default();
    let mut found = false;
    for word in given.split(' ').chain(surname.split(' ')) {
        if word.bytes().next().is_some_and(|b| b.is_ascii_lowercase()) {
            every_initial.extend(word.bytes().take(1));
            continue;
        }
        for (index, part) in word.split(['-', '\'']).enumerate() {
            let part = Letters::of(part);
            let part = part.as_slice();
            let Some(&first) = part.first() else {
                continue;
            };
            if index == 0 {
                initials.extend([first]);
            }
            every_initial.extend([first]);
            found |= if part.len() >= 3 {
                letters.windows(part.len()).any(|window| window == part)
            } else {
                local
                    .split(|c: char| !c.is_ascii_alphabetic())
                    .any(|piece| piece.as_bytes().eq_ignore_ascii_case(part))
            };
        }
    }
    found
        || (initials.len >= 2
            && (letters == initials.as_slice() || letters == every_initial.as_slice()))
}

/// The letters of a short text, small, ASCII and without their accents,
/// held in place: up to 32, past which a local part is compared by its
/// start (no name's word is longer).
#[derive(Default)]
struct Letters {
    bytes: [u8; 32],
    len: usize,
}

impl Letters {
    fn of(text: &str) -> Letters {
        let mut letters = Letters::default();
        letters.extend(text.chars().filter_map(folded).map(|c| c as u8));
        letters
    }

    fn extend(&mut self, bytes: impl IntoIterator<Item = u8>) {
        for byte in bytes {
            if let Some(slot) = self.bytes.get_mut(self.len) {
                *slot = byte;
                self.len += 1;
            }
        }
    }

    fn as_slice(&self) -> &[u8] {
        self.bytes.get(..self.len).unwrap_or_default()
    }

    /// The letters as text (ASCII, so always UTF-8).
    fn as_str(&self) -> &str {
        std::str::from_utf8(self.as_slice()).unwrap_or_default()
    }
}

/// `c` as a small ASCII letter without its accents, if it is a letter.
fn folded(c: char) -> Option<char> {
    let base = unaccented(c).to_ascii_lowercase();
    base.is_ascii_lowercase().then_some(base)
}

#[cfg(test)]
mod tests {
    use super::super::tests::found;
    use super::{LEAD_WORDS, ROLE_LOCAL_PARTS};

    #[test]
    fn lists_are_sorted_lowercase() {
        for list in [ROLE_LOCAL_PARTS, LEAD_WORDS] {
            assert!(list.windows(2).all(|pair| pair[0] < pair[1]), "{list:?}");
            assert!(list.iter().all(|w| w.to_lowercase() == *w));
        }
    }

    #[test]
    fn display_names_made_of_the_address() {
        let cases = [
            ("Kwame Mensah <kwame@ghana.net>", "Kwame Mensah"),
            ("Olusegun Obasanjo <oo@naija.ng>", "Olusegun Obasanjo"),
            (
                "On Mon, 3 Nov 2026 at 10:15, Kwame Mensah <kwame@ghana.net> wrote:",
                "Kwame Mensah",
            ),
            ("reply to Kwame Mensah <k.mensah@ghana.net>", "Kwame Mensah"),
            (
                "Contact Kwame Mensah <kmensah1990@ghana.net>",
                "Kwame Mensah",
            ),
            (
                "Signed-off-by: Wojciech Zięba <wz@kernel.org>",
                "Wojciech Zięba",
            ),
            (
                "Co-authored-by: Thandiwe Nkosi <1234+tnkosi@users.noreply.github.com>",
                "Thandiwe Nkosi",
            ),
            ("\"Kowalczyk, Zbigniew\" <zk@pl.pl>", "Kowalczyk, Zbigniew"),
            (
                "To: \"Nguyen Thi Lan\" <lan.nguyen@vn.vn>",
                "Nguyen Thi Lan",
            ),
            ("Cc: Doe, Jane <jane@x.org>", "Doe, Jane"),
            // Words cut from the phrase leave no surname to join.
            ("To: Doe, reply Jane <jane@x.org>", "Jane"),
            (
                "\"author\": \"Ayodele Okonkwo <ayo.okonkwo@x.dev>\"",
                "Ayodele Okonkwo",
            ),
            (
                "2026-11-02  Ngozi Adeyemi  <ngozi@gnu.org>",
                "Ngozi Adeyemi",
            ),
            ("kwame@ghana.net (Kwame Mensah)", "Kwame Mensah"),
            ("Jean-Luc Picard <jlp@starfleet.org>", "Jean-Luc Picard"),
            ("Amélie Dubois <amelie@free.fr>", "Amélie Dubois"),
            ("Ludwig van Beethoven <lvb@bonn.de>", "Ludwig van Beethoven"),
            ("Li Wei <li.wei@qq.com>", "Li Wei"),
            ("J. Mensah <jmensah@ghana.net>", "J. Mensah"),
            ("From: Kwame Mensah\r\n <kwame@ghana.net>", "Kwame Mensah"),
            ("Kwame Mensah\n<kwame@ghana.net>", "Kwame Mensah"),
            ("Sarah <sarah@x.io>", "Sarah"),
            // Surnames that are places, months or words elsewhere, and
            // apostrophes inside them.
            (
                "From: Tamara Hills <Tamara_Hills9@hotmail.com>",
                "Tamara Hills",
            ),
            ("From: June Larson <june.larson@yahoo.com>", "June Larson"),
            (
                "From: Vinnie D'Amore <Vinnie_DAmore@hotmail.com>",
                "Vinnie D'Amore",
            ),
            ("Copyright Mark Fowler <mark@x.org>", "Mark Fowler"),
            (
                "Ask Hjorth Larsen <asklarsen@gmail.com>",
                "Ask Hjorth Larsen",
            ),
            // Developers' own domains bear their names.
            ("Simon Josefsson <simon@josefsson.org>", "Simon Josefsson"),
            ("Behdad Esfahbod <behdad@behdad.org>", "Behdad Esfahbod"),
            (
                "Kwame Mensah (via Google Docs) <comments-noreply@docs.google.com>",
                "Kwame Mensah",
            ),
        ];
        for (text, name) in cases {
            assert_eq!(found(text, "PERSON"), [name], "{text}");
            assert_eq!(found(text, "EMAIL").len(), 1, "{text}");
        }
    }

    #[test]
    fn organizations_roles_and_unrelated_addresses_are_no_names() {
        let cases = [
            "Support Team <support@acme.com>",
            "Acme Billing <billing@acme.com>",
            "GitHub <noreply@github.com>",
            "Kwame Sales <sales@ghana.net>",
            "Debian QA Group <packages@qa.debian.org>",
            "The Rust Project <rust@rust-lang.org>",
            "Linux Foundation <linuxfoundation@lf.org>",
            "Ghana Post <info@ghanapost.gh>",
            "Stripe <stripe@stripe.com>",
            "Debian Rust Maintainers <pkg-rust-maintainers@lists.debian.org>",
            "Stable Kernel <stable@vger.kernel.org>",
            "Google Drive <drive-shares-noreply@google.com>",
            "Google Calendar <calendar-notification@google.com>",
            "Human Resources <hr@acme.com>",
            "Accounts Payable <ap@acme.com>",
            "Google (via Google Docs) <comments-noreply@docs.google.com>",
            "kwame@ghana.net (see below)",
            "a list <kwame@ghana.net>",
        ];
        for text in cases {
            assert_eq!(found(text, "PERSON"), Vec::<String>::new(), "{text}");
        }
    }
}
