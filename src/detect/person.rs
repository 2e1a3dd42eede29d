//! PERSON: names, found without a language model. A name is one to four
//! capitalized words (with particles such as `van`, `de`, `von` inside)
//! after a cue: an introduction ("my name is", "Name:", "je m'appelle"), a
//! title (Mr, Frau, Mme, Sr), a greeting (Dear, Hallo) or a sign-off
//! (Regards, Grüße); or a given name and a surname both on the built-in
//! lists. Recall is lower than for the checksum types; apps can add the
//! names they know as known values.

use super::keywords::{Cue, Hit};
use super::names::{
    addresses_a_group, contains, is_common_surname, is_given_name, is_word_name, latin1_capital,
    may_be_surname, may_name_a_person, names_a_place, names_an_organization, prefixes_a_place,
    SURNAMES,
};
use super::text::find_byte;
use super::{Candidate, Sink};
use crate::entity::EntityType;

/// Whether `word` is a particle inside a name (`van`, `de`, `von`): a
/// match, which compiles to a switch on the length; it runs after most
/// capitalized words of a text (see [`name_goes_on`]).
pub(super) fn is_particle(word: &[u8]) -> bool {
    matches!(
        word,
        b"van"
            | b"de"
            | b"der"
            | b"den"
            | b"von"
            | b"zu"
            | b"da"
            | b"di"
            | b"del"
            | b"della"
            | b"la"
            | b"le"
            | b"du"
            | b"dos"
            | b"das"
            | b"do"
            | b"y"
            | b"ten"
            | b"ter"
            | b"al"
            | b"bin"
            | b"los"
            | b"las"
    )
}

/// Titles that are not part of the name after a greeting ("Dear Ms Smith")
/// or a cue ("my name is Ing. Boris Matera"), up to two ("Prof. Dr.").
const TITLES: &[&str] = &[
    "Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Herr", "Frau", "Mme", "Mlle", "M", "Sr", "Sra",
    "Srta", "Dhr", "Mevr",
];

/// Titles that are names or words too (`Sig Hansen`, `Arch Linux`), taken
/// only with their full stop: `Ing. Boris Matera`.
const DOTTED_TITLES: &[&str] = &[
    "Sta", "Ing", "Dott", "Avv", "Arch", "Sig", "Ir", "Drs", "Dra",
];

/// Generational and degree suffixes after a name (`Jana Novák Jr.,`,
/// `Alberto Gerlach MD,`): not part of the name, and no end of it either.
const SUFFIXES: &[&str] = &[
    "Jr", "Sr", "I", "II", "III", "IV", "V", "PhD", "MD", "DDS", "DVM", "Esq", "MBA",
];

/// The byte length of a suffix (with its space and full stop) at `end`.
pub(super) fn suffix_len(view: &str, end: usize) -> usize {
    let Some(rest) = view.get(end..).and_then(|rest| rest.strip_prefix(' ')) else {
        return 0;
    };
    let word = rest.bytes().take_while(u8::is_ascii_alphabetic).count();
    match rest.get(..word) {
        Some(suffix) if SUFFIXES.contains(&suffix) => {
            1 + word + usize::from(rest.as_bytes().get(word) == Some(&b'.'))
        }
        _ => 0,
    }
}

/// Whether a capital may follow `segment`, the letters of a name so far
/// since its start or its last `-`: `McDermott`, `MacGyver`, and surnames
/// that keep a particle's capital (`DuBois`, `LaFleur`, `DiMaggio`,
/// `VonRueden`).
fn capital_follows(segment: &[u8]) -> bool {
    matches!(
        segment,
        b"Mc" | b"Mac" | b"Da" | b"De" | b"Di" | b"Du" | b"La" | b"Le" | b"Van" | b"Von"
    )
}

/// Words after a cue that may stand before the name.
const LINKS: &[&str] = &["is", "ist", "est", "es", "è", "é", "was"];

/// The byte length of a capitalized word at the start of `text`:
/// an uppercase letter, then lowercase letters, `-` or `'` between letters.
pub(super) fn capitalized_len(text: &str) -> Option<usize> {
    // Most words are ASCII: a capital and small letters up to a byte that
    // neither continues a name (`-`, `'`) nor may be a letter (non-ASCII)
    // are decided without decoding characters.
    let bytes = text.as_bytes();
    if bytes.first().is_some_and(u8::is_ascii_uppercase) {
        let lowercase_from = |from: usize| {
            bytes
                .get(from..)
                .unwrap_or_default()
                .iter()
                .take_while(|b| b.is_ascii_lowercase())
                .count()
        };
        let mut len = 1 + lowercase_from(1);
        if bytes.get(..len).is_some_and(capital_follows)
            && bytes.get(len).is_some_and(u8::is_ascii_uppercase)
        {
            len += 1 + lowercase_from(len + 1);
        }
        match bytes.get(len) {
            Some(&b'-' | &b'\'') => {}
            Some(&next) if next >= 0x80 => {}
            next => {
                let word_ends = next.is_none_or(|&b| {
                    char::from(b).is_whitespace()
                        || matches!(
                            b,
                            b',' | b'.' | b';' | b'!' | b'?' | b')' | b':' | b'"' | b'\''
                        )
                });
                return (len >= 2 && word_ends).then_some(len);
            }
        }
    }
    capitalized_len_by_chars(text)
}

/// [`capitalized_len`], character by character.
fn capitalized_len_by_chars(text: &str) -> Option<usize> {
    let mut chars = text.char_indices();
    let (_, first) = chars.next()?;
    if !first.is_uppercase() {
        return None;
    }
    let mut end = first.len_utf8();
    let mut previous = first;
    let mut segment_start = 0;
    for (index, c) in chars {
        let joiner = |x: char| x == '-' || x == '\'' || x == '’';
        let continues = c.is_lowercase()
            || (joiner(c) && previous.is_alphabetic())
            || (c.is_uppercase()
                && (joiner(previous)
                    || text
                        .get(segment_start..index)
                        .is_some_and(|segment| capital_follows(segment.as_bytes()))));
        if joiner(c) {
            segment_start = index + c.len_utf8();
        }
        if continues {
            end = index + c.len_utf8();
            previous = c;
        } else {
            break;
        }
    }
    // A name does not end in a joiner, has at least two letters, and ends
    // where the word ends: `JsTuple`, `Option<T>`, `name_of` are code.
    let word = text.get(..end)?.trim_end_matches(['-', '\'', '’']);
    let next = text.get(word.len()..).and_then(|rest| rest.chars().next());
    let word_ends = next.is_none_or(|c| {
        c.is_whitespace()
            || matches!(
                c,
                ',' | '.' | ';' | '!' | '?' | ')' | ':' | '"' | '\'' | '’'
            )
    });
    (word.chars().count() >= 2 && word_ends).then_some(word.len())
}

/// The capitalized words of a name, at most four (two given names and two
/// surnames in Spanish and Portuguese; held in place: a name is looked for
/// at every listed given name of a text).
pub(super) struct NameWords<'t> {
    words: [&'t str; 4],
    /// Where each word ends in the view.
    ends: [usize; 4],
    count: usize,
}

impl<'t> std::ops::Deref for NameWords<'t> {
    type Target = [&'t str];

    fn deref(&self) -> &[&'t str] {
        self.words.get(..self.count).unwrap_or_default()
    }
}

/// A name of up to four capitalized words (particles between them) at
/// `start`, after a title if one stands there: the name's start and end, and
/// its capitalized words.
pub(super) fn name_at(view: &str, start: usize) -> Option<(usize, usize, NameWords<'_>)> {
    let mut pos = start;
    // A title first is skipped: the name is what follows it.
    for _ in 0..2 {
        let rest = view.get(pos..)?;
        // A title is followed by a space or its full stop; the dotted ones
        // by their full stop only.
        // (The first byte is compared first: this runs at every listed
        // given name, and most start no title.)
        let titled = |title: &&str, dotted_only: bool| {
            rest.as_bytes().first() == title.as_bytes().first()
                && rest.starts_with(*title)
                && match rest.as_bytes().get(title.len()) {
                    Some(b'.') => true,
                    Some(b' ') => !dotted_only,
                    _ => false,
                }
        };
        let Some(title) = TITLES
            .iter()
            .find(|t| titled(t, false))
            .or_else(|| DOTTED_TITLES.iter().find(|t| titled(t, true)))
        else {
            break;
        };
        pos += title.len();
        pos += view.get(pos..).map_or(0, |rest| {
            rest.bytes()
                .take_while(|b| matches!(b, b'.' | b' '))
                .count()
        });
    }
    let name_start = pos;
    let mut end = pos;
    let mut words = NameWords {
        words: [""; 4],
        ends: [0; 4],
        count: 0,
    };
    while let (Some(slot), Some(slot_end)) = (
        words.words.get_mut(words.count),
        words.ends.get_mut(words.count),
    ) {
        let rest = view.get(pos..)?;
        // `Jana Novák Jr.`: a suffix ends the name.
        let suffix =
            |len: usize| words.count > 0 && rest.get(..len).is_some_and(|w| SUFFIXES.contains(&w));
        if let Some(len) = capitalized_len(rest).filter(|&len| !suffix(len)) {
            *slot = rest.get(..len)?;
            end = pos + len;
            *slot_end = end;
            words.count += 1;
            pos = end;
        } else {
            let particle_len = rest
                .chars()
                .take_while(|c| c.is_lowercase())
                .map(char::len_utf8)
                .sum::<usize>();
            let particle = rest.get(..particle_len)?;
            if words.is_empty() || !is_particle(particle.as_bytes()) {
                break;
            }
            pos += particle_len;
        }
        // One space (or a non-breaking one, already folded) between words.
        if view.as_bytes().get(pos) != Some(&b' ') {
            break;
        }
        pos += 1;
    }
    (!words.is_empty()).then_some((name_start, end, words))
}

/// Whether the noun cue at `start` ends a compound key that names a thing,
/// not a person: `Upstream-Name: D-Bus` (a Debian copyright file's
/// software), `Host-Name:`, `File-Name:`. (`First-Name:`, `customer-name:`
/// stay cues.)
fn names_a_thing(view: &str, start: usize) -> bool {
    const THINGS: &[&[u8]] = &[
        b"app",
        b"branch",
        b"class",
        b"column",
        b"device",
        b"dir",
        b"domain",
        b"field",
        b"file",
        b"font",
        b"function",
        b"host",
        b"key",
        b"method",
        b"module",
        b"node",
        b"package",
        b"path",
        b"product",
        b"program",
        b"project",
        b"repo",
        b"server",
        b"service",
        b"source",
        b"table",
        b"tag",
        b"type",
        b"upstream",
        b"var",
        b"variable",
    ];
    joined_word_in(view, start, b'-', THINGS)
}

/// Whether the word joined by `joiner` to the cue at `start` (`upstream`
/// in `upstream-name`) is in `list`, any case.
fn joined_word_in(view: &str, start: usize, joiner: u8, list: &[&[u8]]) -> bool {
    word_before(view, start, joiner)
        .is_some_and(|(_, word)| list.iter().any(|listed| word.eq_ignore_ascii_case(listed)))
}

/// The word (ASCII letters, at most 24: the bound keeps every look-back
/// short) that ends at `joiner` just before `start`, and where it starts.
fn word_before(view: &str, start: usize, joiner: u8) -> Option<(usize, &[u8])> {
    let before = view.as_bytes().get(..start)?.strip_suffix(&[joiner])?;
    let len = before
        .iter()
        .rev()
        .take(24)
        .take_while(|b| b.is_ascii_alphabetic())
        .count();
    let word_start = before.len() - len;
    Some((word_start, before.get(word_start..)?))
}

/// Whether the noun cue at `start` ends a snake_case key that names a
/// person (`first_name`, `customer_name`); `self.name`, `$name` or
/// `file_name` are code or things.
fn names_a_person_key(view: &str, start: usize) -> bool {
    const PEOPLE: &[&[u8]] = &[
        b"account",
        b"billing",
        b"client",
        b"contact",
        b"customer",
        b"display",
        b"family",
        b"first",
        b"full",
        b"given",
        b"holder",
        b"last",
        b"legal",
        b"maiden",
        b"middle",
        b"owner",
        b"patient",
        b"recipient",
        b"sender",
        b"shipping",
    ];
    joined_word_in(view, start, b'_', PEOPLE)
}

/// Values in capitals that fill a name's field but name nobody.
const NO_NAME_IN_CAPITALS: [&str; 15] = [
    "ADMIN",
    "ANONYMOUS",
    "EXAMPLE",
    "NA",
    "NIL",
    "NO",
    "NONE",
    "NOT",
    "NULL",
    "OPTIONAL",
    "REDACTED",
    "REQUIRED",
    "TBA",
    "TBD",
    "UNKNOWN",
];

/// The end of one to four words in capitals at `start` (`JOHN SMITH`,
/// `O'BRIEN`, `JEAN-LUC`), at least `fewest_words`, that end the field: a
/// line, a cell or the sentence ends after them.
pub(super) fn capitals_name_at(view: &str, start: usize, fewest_words: usize) -> Option<usize> {
    let rest = view.get(start..)?;
    let mut end = 0;
    let mut words = 0;
    let mut chars = rest.char_indices().peekable();
    while words < 4 {
        let word_start = end;
        let mut letters = 0;
        while let Some(&(at, c)) = chars.peek() {
            let joins = (c == '-' || c == '\'') && letters > 0;
            if !(c.is_uppercase() || joins) {
                break;
            }
            letters += usize::from(c.is_uppercase());
            end = at + c.len_utf8();
            chars.next();
        }
        let word = rest.get(word_start..end)?;
        if letters < 2 || (words == 0 && NO_NAME_IN_CAPITALS.contains(&word)) {
            return None;
        }
        words += 1;
        match (chars.peek(), rest.as_bytes().get(end + 1)) {
            (Some(&(_, ' ')), Some(next)) if next.is_ascii_uppercase() => {
                chars.next();
                end += 1;
            }
            _ => break,
        }
    }
    let ends_field = matches!(
        rest.as_bytes().get(end),
        None | Some(b'\n' | b'\r' | b',' | b';' | b'|' | b'.' | b'"' | b'\'')
    );
    (ends_field && words >= fewest_words).then_some(start + end)
}

/// The name that fills the table cell starting at `cell` (past spaces and
/// an opening quote), if the cell holds nothing else: a surname first, in
/// quotes, takes its given names along (`"Eze, Okonkwo"`).
fn name_in_cell(view: &str, cell: usize) -> Option<(usize, usize)> {
    let bytes = view.as_bytes();
    let spaces = |at: usize| {
        bytes
            .get(at..)
            .unwrap_or_default()
            .iter()
            .take_while(|&&b| b == b' ')
            .count()
    };
    let mut start = cell + spaces(cell);
    let quoted = bytes.get(start) == Some(&b'"');
    start += usize::from(quoted);
    let particles = leading_particles(view, start);
    let (name_start, mut end, _) = name_at(view, start + particles)?;
    if quoted && bytes.get(end..end + 2) == Some(b", ") {
        if let Some((_, given_end, _)) = name_at(view, end + 2) {
            end = given_end;
        }
    }
    let mut after = end + spaces(end);
    if quoted {
        if bytes.get(after) != Some(&b'"') {
            return None;
        }
        after += 1;
    }
    let fills_cell = matches!(
        bytes.get(after),
        None | Some(b'\n' | b'\r' | b',' | b'\t' | b';' | b'|')
    );
    let start = if particles > 0 { start } else { name_start };
    fills_cell.then_some((start, end))
}

/// The length of the particles and spaces at `start` (`de `, `van der `).
fn leading_particles(view: &str, start: usize) -> usize {
    let mut pos = start;
    loop {
        let rest = view.get(pos..).unwrap_or_default();
        let len = rest.bytes().take_while(u8::is_ascii_lowercase).count();
        let particle = rest.get(..len).unwrap_or_default();
        if len == 0 || !is_particle(particle.as_bytes()) || rest.as_bytes().get(len) != Some(&b' ')
        {
            return pos - start;
        }
        pos += len + 1;
    }
}

/// Whether the line after `end` starts (past its indent) with `Version:`.
fn versioned_next_line(bytes: &[u8], end: usize) -> bool {
    let Some(newline) = bytes
        .get(end..)
        .and_then(|rest| rest.iter().take(8).position(|&b| b == b'\n'))
    else {
        return false;
    };
    let next = bytes.get(end + newline + 1..).unwrap_or_default();
    let indent = next
        .iter()
        .take_while(|&&b| b == b' ' || b == b'\t')
        .count();
    next.get(indent..indent + 8)
        .is_some_and(|key| key.eq_ignore_ascii_case(b"version:"))
}

/// Whether the first word of a name is a known given name or surname.
fn listed_name(words: &[&str]) -> bool {
    words
        .first()
        .is_some_and(|w| is_given_name(w) || contains(&SURNAMES, w))
}

/// Skips spaces, punctuation and link words after a cue; the name's start.
fn after_cue(view: &str, mut pos: usize, allow_links: bool) -> usize {
    loop {
        let Some(rest) = view.get(pos..) else {
            return pos;
        };
        let spaces = rest
            .bytes()
            .take_while(|b| matches!(b, b' ' | b':' | b'.' | b'-' | b'\t'))
            .count();
        pos += spaces;
        let Some(rest) = view.get(pos..) else {
            return pos;
        };
        let word_len = rest
            .chars()
            .take_while(|c| c.is_lowercase())
            .map(char::len_utf8)
            .sum::<usize>();
        let word = rest.get(..word_len).unwrap_or("");
        if !(allow_links && word_len > 0 && LINKS.contains(&word)) {
            return pos;
        }
        pos += word_len;
    }
}

/// Finds names after cues (and in Japanese and Chinese introductions);
/// [`ListedPairs`] finds those without one.
pub(crate) fn detect(view: &str, hits: &[Hit], out: &mut Sink) {
    for hit in hits {
        match hit.cue {
            // A cell of a table's column headed by a name's label.
            Some(Cue::NameCell) => {
                if let Some((start, end)) = name_in_cell(view, hit.end + 1) {
                    out.push(Candidate::new(EntityType::PERSON, start, end, 0.85));
                }
            }
            Some(Cue::NameIntro | Cue::NameLabel) => {
                // A Korean cue (its first byte leads a Hangul syllable).
                if view.as_bytes().get(hit.start).is_some_and(|&b| b >= 0x80) {
                    if let Some((start, end)) = korean_name_after(view, hit) {
                        out.push(Candidate::new(EntityType::PERSON, start, end, 0.8));
                    }
                    continue;
                }
                // `first_name: Jana` in a pasted config, `"last_name": "Novák"`
                // in pasted JSON: the key names a person, and its value may
                // stand in quotes.
                let label = hit.cue == Some(Cue::NameLabel);
                let qualified = label || names_a_person_key(view, hit.start);
                let noun = view.get(hit.start..hit.end).is_some_and(|w| {
                    ["name", "nome", "nombre", "nom", "naam"]
                        .iter()
                        .any(|n| n.eq_ignore_ascii_case(w))
                });
                // A bare `name` quoted (`"name": "Olusegun Obasanjo"`, `Name:
                // "…"`) names a package or a product as often: its value
                // must then be a full name (checked below).
                let quotable = qualified || noun;
                // "my name's Jana": the contraction links as "is" does.
                let contracted = view
                    .get(hit.end..)
                    .is_some_and(|rest| rest.starts_with("'s "));
                let quote = view
                    .as_bytes()
                    .get(hit.end)
                    .copied()
                    .filter(|&b| quotable && !contracted && matches!(b, b'"' | b'\''));
                // `CONTACT_NAME=Jana Nováková` in an environment file.
                let assigned = qualified && view.as_bytes().get(hit.end) == Some(&b'=');
                let cue_end = hit.end + usize::from(quote.is_some() || assigned);
                let next = view.as_bytes().get(cue_end).copied();
                // "name" needs ":" or "is" after it ("Name: Jana", "my name is
                // Jana"); verbs ("je m'appelle") need nothing.
                let is_noun = label || noun;
                let mut start = after_cue(view, cue_end + 2 * usize::from(contracted), true);
                if quote.is_some() && view.as_bytes().get(start) == quote.as_ref() {
                    start += 1;
                }
                // `first_name: 'Jana'` in YAML or a JavaScript object: only
                // the value is quoted.
                let quote = quote.or_else(|| {
                    let value_quote = view
                        .as_bytes()
                        .get(start)
                        .copied()
                        .filter(|&b| quotable && matches!(b, b'"' | b'\''))?;
                    start += 1;
                    Some(value_quote)
                });
                let loosely_quoted = quote.is_some() && !qualified;
                // ("meu nome é", "il mio nome è": Portuguese and Italian.)
                let linked = assigned
                    || contracted
                    || view.get(hit.end..start).is_some_and(|gap| {
                        gap.contains(':')
                            || gap.contains("is")
                            || gap.contains("ist")
                            || gap.contains("est")
                            || gap.contains("es")
                            || gap.contains('é')
                            || gap.contains('è')
                    });
                if is_noun && (!(next == Some(b':') || linked) || names_a_thing(view, hit.start)) {
                    continue;
                }
                // A surname field may start with its particles (`last_name:
                // de Vries`), which in running text start no name.
                let particles = if qualified {
                    leading_particles(view, start)
                } else {
                    0
                };
                // `name:` in lowercase opening a line is a config key (YAML
                // `- name: Build`), not a form field.
                // Only spaces, tabs, dashes and `#` (a commented-out line)
                // may stand between the line's start and the cue; looked at
                // backwards, so the cost is the indent's length, never the
                // line's.
                let bytes = view.as_bytes();
                let indent = bytes
                    .get(..hit.start)
                    .unwrap_or_default()
                    .iter()
                    .rev()
                    .take_while(|b| matches!(b, b' ' | b'\t' | b'-' | b'#'))
                    .count();
                let at_line_start =
                    hit.start == indent || bytes.get(hit.start - indent - 1) == Some(&b'\n');
                let config_key = view.get(hit.start..hit.end) == Some("name") && at_line_start;
                // `$name`, `self.name`: code.
                let code_before = hit.start > 0
                    && !qualified
                    && matches!(view.as_bytes().get(hit.start - 1), Some(b'_' | b'$' | b'.'));
                let Some((name_start, end, words)) = name_at(view, start + particles) else {
                    // `Name: 张伟`, `Name: 山田 太郎`: a name in Han or katakana.
                    if let Some(end) = cjk_name_at(view, start) {
                        out.push(Candidate::new(EntityType::PERSON, start, end, 0.8));
                        continue;
                    }
                    // `NAME: JOHN SMITH`, as forms and tickets print names; in
                    // prose (`name is USER`) one word in capitals is more
                    // often a manual's placeholder.
                    let gap = view.get(hit.end..start).unwrap_or_default();
                    let code = config_key || code_before || gap.contains("::") || loosely_quoted;
                    let fewest = if gap.contains(':') { 1 } else { 2 };
                    if let Some(end) = capitals_name_at(view, start, fewest).filter(|_| !code) {
                        out.push(Candidate::new(EntityType::PERSON, start, end, 0.8));
                    }
                    continue;
                };
                // Where the value starts, before any title (`Ing. Boris`).
                let value_start = start;
                let start = if particles > 0 { start } else { name_start };
                // "the buffer's name is. Given the…": a dot after the link
                // may end the sentence, and the capital after it start the
                // next; unless it is a known name ("my name is… Jana").
                let dotted = view
                    .get(hit.end..value_start)
                    .is_some_and(|gap| gap.contains('.') && !gap.contains(':'));
                if dotted && !listed_name(&words) {
                    continue;
                }
                // `name: None,` `name: String)` in source code: one word
                // closed by code punctuation is a type, not a name.
                let code_after = matches!(
                    view.as_bytes().get(end),
                    Some(b',' | b';' | b')' | b'}' | b'>' | b'+' | b'=' | b'<')
                );
                if config_key {
                    continue;
                }
                // "Name: Jana Nováková" is a field: its value ends the line.
                // "name: Enable nightly" (a YAML step) continues after it.
                let colon_form = view
                    .get(hit.end..value_start)
                    .is_some_and(|gap| gap.contains(':'));
                let spaces = bytes
                    .get(end..)
                    .unwrap_or_default()
                    .iter()
                    .take_while(|b| matches!(b, b' ' | b'\t'))
                    .count();
                let closed = quote.is_some() && bytes.get(end + spaces) == quote.as_ref();
                let after_value = end + spaces + usize::from(closed);
                let spaces_after_quote = if closed {
                    bytes
                        .get(after_value..)
                        .unwrap_or_default()
                        .iter()
                        .take_while(|&&b| b == b' ')
                        .count()
                } else {
                    0
                };
                let field_value = matches!(
                    bytes.get(after_value),
                    None | Some(b'\n' | b'\r' | b',' | b';' | b'|' | b'(')
                ) || (closed
                    && bytes.get(after_value + spaces_after_quote) == Some(&b'}'));
                if colon_form && !field_value {
                    continue;
                }
                // `Name: Sphinx` then `Version: 1.4.5`: a package's metadata
                // (`pip show`, PKG-INFO), not a person.
                if colon_form && versioned_next_line(bytes, end) {
                    continue;
                }
                let full_name = words.len() >= 2 && words.iter().all(|w| may_name_a_person(w));
                // (After a colon: `SPDX name is "Artistic License"` quotes a
                // title.)
                if loosely_quoted && !(full_name && colon_form) {
                    continue;
                }
                if !(code_before || (words.len() == 1 && code_after)) {
                    out.push(Candidate::new(EntityType::PERSON, start, end, 0.85));
                }
            }
            Some(Cue::Title) => {
                let start = after_cue(view, hit.end, false);
                if start == hit.end {
                    continue; // "Mr" glued to what follows is not a title
                }
                // A title is followed by a space or a dot; `sig: Signal`,
                // `ts_sig: String` and `MS-Windows` are code and products.
                let bytes = view.as_bytes();
                let code_before =
                    hit.start > 0 && matches!(bytes.get(hit.start - 1), Some(b'_' | b'$' | b'.'));
                if code_before || !matches!(bytes.get(hit.end), Some(b' ' | b'.')) {
                    continue;
                }
                // In capitals, `MS` is Microsoft (`MS Windows`, `MS-Visual`),
                // `DR` a disaster or a DOS: a title so written would stand
                // before a name in capitals, which no name here is.
                if hit.end - hit.start > 1
                    && view
                        .as_bytes()
                        .get(hit.start..hit.end)
                        .is_some_and(|title| title.iter().all(u8::is_ascii_uppercase))
                {
                    continue;
                }
                let Some((start, end, words)) = name_at(view, start) else {
                    continue;
                };
                // A lowercase title before a dot may end a sentence ("every
                // 10 ms. As you…", Swedish "beter sig. Det"): the word after
                // it must then be a known name.
                let lowercase_dotted = bytes.get(hit.start).is_some_and(u8::is_ascii_lowercase)
                    && bytes.get(hit.end) == Some(&b'.');
                if !lowercase_dotted || listed_name(&words) {
                    out.push(Candidate::new(EntityType::PERSON, start, end, 0.85));
                }
            }
            Some(Cue::Greeting) => {
                if view.as_bytes().get(hit.end) != Some(&b' ') {
                    continue;
                }
                let start = hit.end + 1;
                let Some((start, end, words)) = name_at(view, start) else {
                    continue;
                };
                let closed = matches!(
                    view.as_bytes().get(end + suffix_len(view, end)),
                    Some(b',' | b'!' | b'\n' | b':') | None
                );
                let formal = view.get(hit.start..hit.end).is_some_and(|w| {
                    [
                        "dear", "liebe", "lieber", "cher", "chère", "estimado", "estimada",
                        "gentile", "beste", "prezado", "prezada",
                    ]
                    .iter()
                    .any(|f| f.eq_ignore_ascii_case(w))
                });
                // "Dear Customer,", "Liebe Kollegen,": a group or a role.
                if words.iter().any(|word| addresses_a_group(word)) {
                    continue;
                }
                // After a greeting, a word-like given name is a name too
                // ("Hi Will,").
                let known = words
                    .first()
                    .is_some_and(|w| is_given_name(w) || is_word_name(w));
                // Two words or more, none a noun or a place ("Hallo Marek
                // Novák,"), read as a name; "Hello World," does not.
                let full_name = words.len() >= 2 && words.iter().all(|word| may_be_surname(word));
                if closed && (formal || known || full_name) {
                    out.push(Candidate::new(EntityType::PERSON, start, end, 0.75));
                }
            }
            Some(Cue::SignOff) => {
                // Elsewhere "best" is the adjective, which ends many a line
                // before a title (`works best\nWith Foo Bar`).
                let word = view.get(hit.start..hit.end).unwrap_or_default();
                if word.eq_ignore_ascii_case("best")
                    && !(word == "Best" && alone_on_its_line(view, hit.start, hit.end))
                {
                    continue;
                }
                let gap = view.get(hit.end..).map_or(0, |rest| {
                    rest.bytes()
                        .take_while(|b| matches!(b, b',' | b' ' | b'\n' | b'\r' | b'!'))
                        .count()
                });
                let crossed_line = view
                    .get(hit.end..hit.end + gap)
                    .is_some_and(|g| g.contains('\n'));
                let start = hit.end + gap;
                let Some((start, end, words)) = name_at(view, start) else {
                    continue;
                };
                let line_ends = matches!(
                    view.as_bytes().get(end + suffix_len(view, end)),
                    Some(b'\n' | b'\r') | None
                );
                // "Regards,\nThe Support Team", "Acme Corp": a group or a
                // company signs, not a person.
                // One word on no list signs as a name if it may be one
                // (`Thanks,\nOlusegun`; not `Cheers,\nSupport`, `Acme`).
                if crossed_line
                    && line_ends
                    && !words
                        .iter()
                        .any(|word| addresses_a_group(word) || names_an_organization(word))
                    && (words.len() >= 2
                        || words.first().is_some_and(|w| {
                            is_given_name(w)
                                || is_word_name(w)
                                || (w.chars().count() >= 3 && may_name_a_person(w))
                        }))
                {
                    out.push(Candidate::new(EntityType::PERSON, start, end, 0.7));
                }
            }
            _ => {}
        }
    }
    detect_cjk(view, out);
}

/// Whether the word at `start..end` is all its line holds, but for a comma
/// or an exclamation mark after it: `Best,` as a sign-off.
fn alone_on_its_line(view: &str, start: usize, end: usize) -> bool {
    let bytes = view.as_bytes();
    let before = bytes.get(..start).unwrap_or_default();
    let line_start = before
        .iter()
        .rev()
        .take_while(|&&b| b != b'\n')
        .all(|&b| b == b' ' || b == b'\t');
    let after = bytes.get(end..).unwrap_or_default();
    let mark = after
        .iter()
        .take_while(|&&b| b == b',' || b == b'!')
        .count();
    let line_end = after
        .iter()
        .skip(mark)
        .find(|&&b| b != b' ' && b != b'\t')
        .is_none_or(|&b| b == b'\n' || b == b'\r');
    line_start && mark == 1 && line_end
}

/// Introductions in Japanese and Chinese, where no space separates words;
/// each holds 名 or 叫 (both start with the byte 0xE5 in UTF-8). A bare
/// "名前は" is left out: "名前は必須です" (the name is required) is UI text.
const CJK_CUES: &[&str] = &[
    "私の名前は",
    "名前：",
    "名前:",
    "氏名：",
    "氏名:",
    "お名前：",
    "我的名字是",
    "我叫",
    "姓名：",
    "姓名:",
];

/// A Han or katakana character: what Japanese and Chinese names are written
/// in (hiragana, which particles and endings use, ends a name).
fn is_cjk_name_char(c: char) -> bool {
    // With 々, which repeats the character before it (佐々木).
    matches!(
        c,
        '\u{4E00}'..='\u{9FFF}' | '\u{30A0}'..='\u{30FF}' | '\u{3400}'..='\u{4DBF}' | '\u{3005}'
    )
}

/// "私の名前は田中太郎です", "我叫王伟": two to five Han or katakana
/// characters after a cue.
fn detect_cjk(view: &str, out: &mut Sink) {
    let bytes = view.as_bytes();
    let mut pos = 0;
    while let Some(offset) = bytes.get(pos..).and_then(|rest| find_byte(rest, 0xE5)) {
        let at = pos + offset;
        pos = at + 1;
        // 名 or 叫 itself: most Han characters that start with 0xE5 are neither.
        if !matches!(
            bytes.get(at..at + 3),
            Some(b"\xE5\x90\x8D" | b"\xE5\x8F\xAB")
        ) {
            continue;
        }
        // Every cue holds 名 or 叫; a cue matches when it lines up around
        // that character at `at`.
        let cue_end = CJK_CUES.iter().find_map(|cue| {
            let key = cue.find(['名', '叫'])?;
            let start = at.checked_sub(key)?;
            let end = start + cue.len();
            (view.get(start..end) == Some(*cue)).then_some(end)
        });
        let Some(start) = cue_end else { continue };
        if let Some(end) = cjk_name_at(view, start) {
            out.push(Candidate::new(EntityType::PERSON, start, end, 0.8));
            pos = end;
        }
    }
}

/// What "my" is before 이름은 or 성함은 ("my name is"): a bare "the name
/// is" is a form's text as often (`이름은 필수입니다`, the name is required).
const KOREAN_MY: [&str; 4] = ["제", "내", "저의", "나의"];

/// Endings a name runs into (`입니다` is, `이고` and, `씨` Mr or Ms),
/// longest first where one ends another.
const KOREAN_ENDINGS: [&str; 11] = [
    "입니다",
    "이에요",
    "이라고",
    "이고요",
    "예요",
    "이고",
    "이며",
    "라고",
    "이야",
    "씨",
    "님",
];

/// A Hangul syllable.
fn is_hangul_syllable(c: char) -> bool {
    ('\u{AC00}'..='\u{D7A3}').contains(&c)
}

/// The name after a Korean cue (`hit`): "제 이름은 김민준입니다", "이름:
/// 이서연". Two to four Hangul syllables, without the ending they run
/// into; a label (이름, 성함, 성명) needs its colon, "name is" (…은) its
/// "my". Korean writes spaces between words but none before an ending.
fn korean_name_after(view: &str, hit: &Hit) -> Option<(usize, usize)> {
    let bytes = view.as_bytes();
    let word = view.get(hit.start..hit.end)?;
    let mut start = hit.end;
    if word.ends_with('은') {
        let before = bytes.get(..hit.start)?;
        let before = before.strip_suffix(b" ").unwrap_or(before);
        let mine = KOREAN_MY.iter().any(|my| {
            before.strip_suffix(my.as_bytes()).is_some_and(|rest| {
                rest.last()
                    .is_none_or(|b| b.is_ascii_whitespace() || b.is_ascii_punctuation())
            })
        });
        if !mine {
            return None;
        }
    } else if bytes.get(start) == Some(&b':') {
        start += 1;
    } else {
        return None;
    }
    start += usize::from(bytes.get(start) == Some(&b' '));
    let rest = view.get(start..)?;
    let run_len = rest
        .char_indices()
        .take_while(|&(_, c)| is_hangul_syllable(c))
        .last()
        .map_or(0, |(index, c)| index + c.len_utf8());
    let run = rest.get(..run_len)?;
    let name = KOREAN_ENDINGS
        .iter()
        .find_map(|ending| run.strip_suffix(ending))
        .unwrap_or(run);
    // Run into an ending, or closed: by punctuation, the text's end, or an
    // ending after a space (`최유진 씨`). A word after a space may say
    // something else (`제 이름은 아주 길고…`, my name is very long).
    let closed = match rest.as_bytes().get(run_len..).unwrap_or_default() {
        [] => true,
        [b' ', after @ ..] => KOREAN_ENDINGS.iter().any(|ending| {
            after
                .strip_prefix(ending.as_bytes())
                .is_some_and(|after| after.first().is_none_or(u8::is_ascii))
        }),
        [b, ..] => b.is_ascii_punctuation() || b.is_ascii_whitespace(),
    };
    ((name.len() < run.len() || closed) && (2..=4).contains(&name.chars().count()))
        .then_some((start, start + name.len()))
}

/// The end of a name of two to five Han or katakana characters at
/// `start`, family and given name perhaps parted by one (folded
/// full-width) space.
fn cjk_name_at(view: &str, start: usize) -> Option<usize> {
    let run = |from: usize| -> usize {
        view.get(from..)
            .unwrap_or_default()
            .chars()
            .take_while(|&c| is_cjk_name_char(c))
            .take(5)
            .map(char::len_utf8)
            .sum()
    };
    let mut name_len = run(start);
    let after = start + name_len;
    if name_len > 0 && view.as_bytes().get(after) == Some(&b' ') {
        let given = run(after + 1);
        if given > 0 {
            name_len += 1 + given;
        }
    }
    let characters = view.get(start..start + name_len)?.chars().count();
    (characters >= 2).then_some(start + name_len)
}

/// Names without a cue, fed the view's spans: "Jana Smith", a listed given
/// name, then a listed surname.
#[derive(Default)]
pub(crate) struct ListedPairs {
    /// Where the next name may start: past the last given name or name.
    pos: usize,
}

impl ListedPairs {
    /// Looks at the span starting at `start` (see
    /// [`super::words::for_each_span`]; spans come in order). Only a span's
    /// start can begin a name: a capital there follows neither a letter,
    /// a digit nor a non-ASCII byte.
    #[inline]
    pub(crate) fn span(&mut self, view: &str, start: usize, out: &mut Sink) {
        // An ASCII capital, or a Latin-1 one (`Élodie`).
        let rest = view.as_bytes().get(start..).unwrap_or_default();
        let capital = rest.first().is_some_and(u8::is_ascii_uppercase) || latin1_capital(rest);
        if start >= self.pos && capital {
            self.capital(view, start, out);
        }
    }

    #[inline(never)]
    fn capital(&mut self, view: &str, start: usize, out: &mut Sink) {
        self.pos = start + 1;
        let Some(rest) = view.get(start..) else {
            return;
        };
        let Some(given_len) = capitalized_len(rest) else {
            return;
        };
        self.pos = start + given_len;
        // Most capitalized words of prose start a sentence and are followed
        // by a small word: that is tested before the name lists.
        if !name_goes_on(view, start + given_len) {
            return;
        }
        let Some(given) = rest.get(..given_len) else {
            return;
        };
        if !is_given_name(given) {
            if is_word_name(given) {
                self.word_name(view, start, out);
            }
            return;
        }
        let Some((start, end, words)) = name_at(view, start) else {
            return;
        };
        if words.len() < 2 {
            return;
        }
        // The rest of a place's name starts no name either (`Sítio João
        // Vida Leal Filho`).
        if after_place_prefix(view, start) {
            self.pos = end;
            return;
        }
        // `PENALTY on MIA-J.Jerry False Start`, `S.Logan Touchback` in a
        // play-by-play: a word glued to an initial is a surname, and the
        // words after it are the name's only if they are names too
        // (`R.Jean Francois`).
        if after_initial(view, start) {
            let kept = 1 + words
                .iter()
                .skip(1)
                .take_while(|word| is_given_name(word) || contains(&SURNAMES, word))
                .count();
            if let Some(&end) = words.ends.get(kept - 1) {
                out.push(Candidate::new(EntityType::PERSON, start - 2, end, 0.7));
                self.pos = end;
            }
            return;
        }
        if words
            .last()
            .is_some_and(|surname| contains(&SURNAMES, surname))
        {
            out.push(Candidate::new(EntityType::PERSON, start, end, 0.75));
            self.pos = end;
            return;
        }
        // A surname off the list counts too ("Jana Novák"), up to a noun
        // ("Hat Jana Novák Zeit?"); not in the name of a place or thing
        // ("Alice Springs", "Julia Programming Language"), nor inside a run
        // of capitalized words (a title: "Using Julia Arrays").
        if words.iter().skip(1).any(|word| names_a_place(word)) {
            return;
        }
        let kept = 1 + words
            .iter()
            .skip(1)
            .take_while(|word| may_be_surname(word))
            .count();
        let Some(&end) = words.ends.get(kept - 1) else {
            return;
        };
        // `Max` heads titles and labels ("Max Run Duration", "Max Retries")
        // more often than names: it needs a listed surname.
        let word_too = words
            .first()
            .is_some_and(|given| given.eq_ignore_ascii_case("max"));
        if kept < 2 || word_too || in_title(view, start) {
            return;
        }
        out.push(Candidate::new(EntityType::PERSON, start, end, 0.7));
        self.pos = end;
    }

    /// A given name that is an English word too (`Will`, `Mark`), at
    /// `start`: a name only with one of the commonest surnames after it
    /// (`Bill Jones`, not `Grace Period` or `Mark Price`).
    #[cold]
    fn word_name(&mut self, view: &str, start: usize, out: &mut Sink) {
        let Some((start, _, words)) = name_at(view, start) else {
            return;
        };
        let surname = words.get(1).is_some_and(|word| is_common_surname(word));
        if !surname || in_title(view, start) || after_place_prefix(view, start) {
            return;
        }
        if let Some(&end) = words.ends.get(1) {
            out.push(Candidate::new(EntityType::PERSON, start, end, 0.7));
            self.pos = end;
        }
    }
}

/// Whether the word before `start`, after one space, starts the name of a
/// place (`San`, `São`, `Fort`: see [`prefixes_a_place`]), itself
/// capitalized and standing alone (`St.` with its full stop).
fn after_place_prefix(view: &str, start: usize) -> bool {
    let Some(before) = view
        .as_bytes()
        .get(..start)
        .and_then(|b| b.strip_suffix(b" "))
    else {
        return false;
    };
    let before = before.strip_suffix(b".").unwrap_or(before);
    let len = before
        .iter()
        .rev()
        .take(12)
        .take_while(|&&b| b.is_ascii_alphabetic() || b >= 0x80)
        .count();
    let word_start = before.len() - len;
    let alone = word_start == 0
        || before
            .get(word_start - 1)
            .is_some_and(|b| !b.is_ascii_alphanumeric() && *b < 0x80);
    alone
        && before.get(word_start).is_some_and(u8::is_ascii_uppercase)
        && view
            .get(word_start..word_start + len)
            .is_some_and(prefixes_a_place)
}

/// Whether `start` follows an initial glued to it with its full stop
/// (`J.Jerry`): a capital that starts no longer word.
fn after_initial(view: &str, start: usize) -> bool {
    let bytes = view.as_bytes();
    start >= 2
        && bytes.get(start - 1) == Some(&b'.')
        && bytes.get(start - 2).is_some_and(u8::is_ascii_uppercase)
        && (start == 2
            || bytes
                .get(start - 3)
                .is_some_and(|b| !b.is_ascii_alphanumeric() && *b != b'.'))
}

/// Whether a name can go on at `at`, just past a capitalized word: one
/// space, then a capital or a particle (`Jana van Dijk`), as [`name_at`]
/// reads a second word.
fn name_goes_on(view: &str, at: usize) -> bool {
    let bytes = view.as_bytes();
    if bytes.get(at) != Some(&b' ') {
        return false;
    }
    let next = bytes.get(at + 1..).unwrap_or_default();
    match next.first() {
        Some(&first) if first.is_ascii_uppercase() || first >= 0x80 => true,
        Some(first) if first.is_ascii_lowercase() => {
            let len = next.iter().take_while(|b| b.is_ascii_lowercase()).count();
            next.get(..len).is_some_and(is_particle)
        }
        _ => false,
    }
}

/// Whether the word before `start` is capitalized and itself follows a
/// word in the same sentence: `start` is inside a title written in
/// capitals ("Working With Julia Arrays"). After a sentence's first word
/// ("Yesterday Jana Novák called") it is not.
fn in_title(view: &str, start: usize) -> bool {
    let Some((word_start, word)) = word_before(view, start, b' ') else {
        return false;
    };
    word.first().is_some_and(u8::is_ascii_uppercase)
        && word_start
            .checked_sub(2)
            .and_then(|at| view.as_bytes().get(at..word_start))
            .is_some_and(|gap| {
                gap.first().is_some_and(u8::is_ascii_alphanumeric) && gap.get(1) == Some(&b' ')
            })
}

#[cfg(test)]
mod tests {
    use super::super::tests::found;
    use super::{capitalized_len, capitalized_len_by_chars};

    #[test]
    fn capitalized_words_by_bytes_as_by_chars() {
        let pieces = [
            "J", "a", "n", "Ä", "é", "-", "'", "’", "1", " ", ".", ",", "\u{b}", "\t", "x", "Q",
            "_", "(", ")",
        ];
        // Every string of up to four pieces.
        let mut texts = vec![String::new()];
        let mut last = texts.clone();
        for _ in 0..4 {
            last = last
                .iter()
                .flat_map(|text| pieces.iter().map(move |piece| format!("{text}{piece}")))
                .collect();
            texts.extend(last.iter().cloned());
        }
        for text in &texts {
            assert_eq!(
                capitalized_len(text),
                capitalized_len_by_chars(text),
                "{text:?}"
            );
        }
    }

    #[test]
    fn positives() {
        let rows = [
            (
                "Hi, my name is Jana Nováková and I need help",
                "Jana Nováková",
            ),
            ("Name: Pieter van der Berg\nEmail", "Pieter van der Berg"),
            ("Name: Pieter Berg\nVersion of the form: 2\n", "Pieter Berg"),
            ("First-Name: Pieter van der Berg\n", "Pieter van der Berg"),
            ("first_name: Pieter\nage: 4", "Pieter"),
            // "Best," alone on its line signs off; names on no list.
            ("Thanks!\n\nBest,\nGoutam Mishra\n", "Goutam Mishra"),
            ("  Best,  \nChandravati Reddy", "Chandravati Reddy"),
            // One word on no list, alone on its line after a sign-off.
            ("Thanks,\nOlusegun", "Olusegun"),
            // A bare `name` quoted, with a full name as its value; and
            // typographic quotes, read as plain ones.
            (
                "{\"name\": \"Olusegun Obasanjo\", \"plan\": \"pro\"}",
                "Olusegun Obasanjo",
            ),
            ("\"Name\": Olusegun Obasanjo\n", "Olusegun Obasanjo"),
            ("Name: \"Olusegun Obasanjo\"", "Olusegun Obasanjo"),
            ("“Name”: Olusegun Obasanjo", "Olusegun Obasanjo"),
            ("Name: “Olusegun Obasanjo”", "Olusegun Obasanjo"),
            ("my name’s Olusegun Obasanjo", "Olusegun Obasanjo"),
            ("Kind regards,\nNgozi\n+234 803 123 4567", "Ngozi"),
            ("last_name: van der Berg\n", "van der Berg"),
            ("{\"id\": 7, \"last_name\": \"Nováková\"}", "Nováková"),
            (
                "{'customer_name': 'Pieter van der Berg', 'x': 1}",
                "Pieter van der Berg",
            ),
            ("CONTACT_NAME=Pieter Berg\n", "Pieter Berg"),
            // Labels and keys that name a part of a person's name.
            ("Vorname: Karin\n", "Karin"),
            ("Nachname: Müller-Lüdenscheidt", "Müller-Lüdenscheidt"),
            ("Prénom : Léa", "Léa"),
            ("Apellidos: García Márquez\n", "García Márquez"),
            ("Cognome: Bianchi", "Bianchi"),
            ("Achternaam: de Vries\n", "de Vries"),
            ("Sobrenome: Souza", "Souza"),
            ("Surname: Okafor", "Okafor"),
            ("{\"id\": 7, \"lastName\": \"Okafor\"}", "Okafor"),
            ("firstName: Chidi\n", "Chidi"),
            ("LastName=Okafor\n", "Okafor"),
            // In capitals, as forms and tickets print names.
            ("NAME: JOHN SMITH\n", "JOHN SMITH"),
            ("Surname: O'BRIEN", "O'BRIEN"),
            ("my name is JEAN-LUC PICARD.", "JEAN-LUC PICARD"),
            ("Nachname: MÜLLER, geb. 1985", "MÜLLER"),
            // Only the value quoted, in YAML or a JavaScript object.
            ("first_name: 'Chidi'\n", "Chidi"),
            ("{ firstName: 'Chidi', age: 4 }", "Chidi"),
            ("{ lastName: \"Okafor\" }", "Okafor"),
            (
                "customer-name: Pieter van der Berg\n",
                "Pieter van der Berg",
            ),
            ("je m'appelle Élodie Fontaine.", "Élodie Fontaine"),
            (
                "Ich heiße Jürgen Müller-Lüdenscheidt",
                "Jürgen Müller-Lüdenscheidt",
            ),
            ("me llamo José García", "José García"),
            // Names on no list after the noun's link in Portuguese and
            // Italian, and after English's contraction.
            ("Meu nome é Amaru Quispe", "Amaru Quispe"),
            ("Il mio nome è Amaru Quispe.", "Amaru Quispe"),
            ("Hi! My name's Amaru Quispe and", "Amaru Quispe"),
            ("Please ask Mr. O'Brien about it", "O'Brien"),
            ("please ask dr. Rossi about it", "Rossi"),
            ("my name is... Jana", "Jana"),
            // Titles after the cue, up to two; four-word Iberian names.
            ("My name is Ing. Boris Matera.", "Boris Matera"),
            ("My name is Prof. Dr. Levi Gerhardt.", "Levi Gerhardt"),
            ("Dear M. Dupont,", "Dupont"),
            ("je m'appelle M Jourdain Blanchard.", "Jourdain Blanchard"),
            // Suffixes before the comma; Mc and Mac names; Dutch titles.
            ("Dear Alberto Gerlach MD,\nthanks", "Alberto Gerlach"),
            ("Dear Bram Hartman Sr.,\nthanks", "Bram Hartman"),
            ("Dear Xander Hilpert III,\nthanks", "Xander Hilpert"),
            ("Dear Matteo McDermott,\nthanks", "Matteo McDermott"),
            ("Dear Tess MacGyver,\nthanks", "Tess MacGyver"),
            ("Dear Delores DuBuque,\nthanks", "Delores DuBuque"),
            ("My name is Candida VonRueden.", "Candida VonRueden"),
            ("Dear Maria LaFleur,\nthanks", "Maria LaFleur"),
            ("My name is Dra. Cecília Xavier.", "Cecília Xavier"),
            ("Dear Dra. Janaína Macedo,\nthanks", "Janaína Macedo"),
            (
                "Dear Toy Christiansen-McGlynn,\nthanks",
                "Toy Christiansen-McGlynn",
            ),
            ("Dear Drs. Meike Bosman,\nthanks", "Meike Bosman"),
            ("Best regards,\nJana Novák Jr.\n", "Jana Novák"),
            (
                "My name is Ana María Villegas Saldaña.",
                "Ana María Villegas Saldaña",
            ),
            (
                "My name is María de los Ángeles Olivo.",
                "María de los Ángeles Olivo",
            ),
            // Without its full stop, `Sig` is a given name.
            ("My name is Sig Hansen.", "Sig Hansen"),
            ("Sehr geehrte Frau Schmidt,", "Schmidt"),
            ("Dear Ms Thompson,", "Thompson"),
            ("Hallo Lukas, wie geht's?", "Lukas"),
            ("Hallo Jürgen de Vries, danke!", "Jürgen de Vries"),
            ("Bonjour José Smith, merci.", "José Smith"),
            // A given name that is a word too, before a common surname.
            ("Yesterday Bill Jones called", "Bill Jones"),
            ("Hi Will, thanks for the call.", "Will"),
            ("Thanks for your help.\nBest regards,\nMark", "Mark"),
            ("I met Will Smith at the bar", "Will Smith"),
            ("ask Mark Johnson about it", "Mark Johnson"),
            ("私の名前は田中太郎です。", "田中太郎"),
            ("お名前：佐藤　花子\n", "佐藤　花子"),
            ("你好，我叫王伟，我的电话是", "王伟"),
            ("顧客の氏名:鈴木一郎", "鈴木一郎"),
            ("お名前：佐々木健太", "佐々木健太"),
            // Korean: after "my name is" or a form's label, without the
            // ending the name runs into.
            ("제 이름은 김민준입니다.", "김민준"),
            ("안녕하세요, 저의 이름은 박지훈이고 서울에 살아요", "박지훈"),
            ("이름: 이서연", "이서연"),
            ("고객 성함: 최유진 씨", "최유진"),
            ("성명:정하늘", "정하늘"),
            // A name in Han or katakana after a Latin cue.
            ("Name: 张伟\n", "张伟"),
            ("Customer name: 山田 太郎", "山田 太郎"),
            ("my name is 王芳。", "王芳"),
            (
                "Thanks for the help.\n\nBest regards,\nAnna Kowalski\n",
                "Anna Kowalski",
            ),
            ("I met Julia Rossi yesterday", "Julia Rossi"),
            ("Yesterday Jana Novák called about the parcel", "Jana Novák"),
            // A surname glued to its initial, and only names after it.
            ("PENALTY on MIA-J.Jerry False Start, 5 yards", "J.Jerry"),
            ("tackle by R.Jean Paul).", "R.Jean Paul"),
            ("Reported-by: Thomas Schwinge\n", "Thomas Schwinge"),
            ("Hat Jana Novák Zeit?", "Jana Novák"),
            ("I spoke to Élodie Kowalski today", "Élodie Kowalski"),
            ("Hallo Marek Novák, danke!", "Marek Novák"),
            ("Bonjour Élodie, merci.", "Élodie"),
            // Given names of the generated table.
            (
                "Yesterday Kristopher Schowalter called about the invoice.",
                "Kristopher Schowalter",
            ),
            (
                "Please forward this to Madison Hartmann.",
                "Madison Hartmann",
            ),
            ("Ask Tyrone van der Berg first", "Tyrone van der Berg"),
            // Common given names of the other locales, written by hand.
            ("Hier, Thierry Lefèvre a appelé", "Thierry Lefèvre"),
            ("Ho parlato con Massimo Esposito ieri", "Massimo Esposito"),
            ("Ich habe Wolfgang Schmidt angerufen", "Wolfgang Schmidt"),
            ("Gisteren belde Joost de Vries", "Joost de Vries"),
            ("Ayer llamó Álvaro Gómez", "Álvaro Gómez"),
            ("Ontem ligou Thiago Souza", "Thiago Souza"),
            ("Please call Priyanka Sharma tomorrow", "Priyanka Sharma"),
        ];
        for (text, expected) in rows {
            assert_eq!(found(text, "PERSON"), vec![expected], "{text}");
        }
    }

    #[test]
    fn negatives() {
        for text in [
            "The name of the product is Falcon",
            "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\nUpstream-Name: D-Bus\nSource: https://dbus.freedesktop.org/",
            "Upstream-Name: Text-Iconv\n",
            "Host-Name: Falcon Ridge\n",
            "{\"name\": \"Blindfold\", \"version\": \"0.1.0\"}",
            "{\"file_name\": \"Report\"}",
            "self.name: Falcon\n",
            "Name: de la mode\n",
            "{\"first_name\": \"Enable nightly builds\"}",
            "the surname is not required",
            "Firstname: Enter your first name",
            "lastName: string;",
            "lastName: '',",
            "Name: N/A",
            "NAME: NOT PROVIDED",
            "my name is NOT important",
            "Name: X",
            "name: CI\non: [push]",
            "  wasm:\n    name: WASM\n",
            "jcore::bounds::$name::MIN,\n",
            "map.insert(name::UPGRADE, x)",
            "the service user name is USER.  This user",
            "first_name: 'Enable nightly builds'",
            "this.firstName = firstName",
            "@param firstName The first name",
            "| Firstname | Lastname |",
            "Name Change Request",
            "Hello World, this is a test",
            "Hello World Team, this is a test",
            "Hat Anna Zeit?",
            "Wann hat Lukas Geburtstag?",
            "We flew to Alice Springs today",
            "at the Charlotte Street entrance",
            "Working With Julia Arrays",
            "Thomas Entwicklung",
            "Max Run Duration\n\nAt most one of these",
            "Dear Customer, your order shipped.",
            "Thanks,\nSupport",
            "{\"name\": \"Blindfold\", \"version\": \"1.0\"}",
            "{\"name\": \"Acme Billing\"}",
            "return{name:\"CSS\",case_insensitive:!0}",
            "{ name: 'HMAC', hash }",
            "its SPDX name is \"Artistic License 1.0 (Perl)\"",
            "Cheers,\nEveryone",
            "Regards,\nAcme Corp",
            "Thanks,\nMe",
            "C:\\> py -m pip show --verbose sphinx\n         Name: Sphinx\n         Version: 1.4.5\n",
            "Metadata-Version: 2.1\nName: Babel\nVersion: 2.10.3\n",
            "Dear Hiring Manager,",
            "Liebe Kollegen, bitte lesen.",
            "Liebe Grüße, bis bald",
            "Estimado Cliente, gracias.",
            "Can you explain the Adam Optimizer in simple terms?",
            "Review the Thomas Algorithm for tridiagonal systems.",
            "The Peter Principle explains it.",
            "| Jan Feb Mar |",
            "Will May join the June meeting?",
            "the Julia Programming Language",
            "Dr. (see below)",
            "Mr",
            "Ported to MS Windows and MS-Windows; MS Visual Studio 6.0",
            "fn kill(pid: Pid, sig: Signal) {} pub ts_sig: String,",
            "  #     - name: Install Rust\n  #       uses: x",
            "Regards, the team",
            "Regards,\nThe Support Team",
            "Best,\nThe Team",
            // "best" elsewhere is the adjective.
            "It works best\nWith Foo Bar",
            "best,\nGoutam Mishra",
            "The Best,\nGoutam Mishra",
            "Best, Goutam Mishra said",
            "cause bursts every ~10 ms. As you can imagine",
            "program som beter sig. Det är också möjligt",
            "what the back buffer name is.  Given the nature",
            "der Master-Alternative-Name ist. Die aktuelle Auswahl",
            "名前は必須です",
            "私の名前はです",
            "我叫了",
            // Korean: a form's text, not a name ("the name is required").
            "이름은 필수입니다",
            "제 이름은 아주 길고 특별한 이름입니다",
            // Given names that are also words, before a word or a
            // surname that is a word too.
            "the Grace Period ends",
            "needs Will Power",
            "use Mark Price and index",
            "a Rose Gold case",
            "my Jack Russell Terrier",
            "Will Brown sugar work?",
            "Bill Payment Options",
            // Given names that are also places, brands or words.
            "Our German Shepherd Rescue",
            "The Dallas Cowboys won",
            "He moved to Santa Clara County",
            "Monte Carlo Simulation",
            "Von der Logik her",
            "Athena Widget Set",
            "Ask Watson Assistant",
            "Expand it as a Taylor Series first",
            "Johnson Controls reported",
            "Beverly Farms and Solomon Islands",
            "Jordan Standard Time",
            "Copyright 2019 Rosetta Contributors",
            "Set the font to Vera Sans Mono",
            "Lawrence Livermore National Laboratory",
            // Places named after a person or a saint; a file system.
            "She lives in São Paulo Brazil.",
            "We flew from San Antonio Texas to Fort William Henry",
            "the ship left Port Louis Harbour for Lake Charles Louisiana",
            "br,sitio paulo sauer,Sítio Paulo Sauer,26,,-26.2,-49.7",
            "br,sitio joao vida leal filho,Sítio João Vida Leal Filho,18,,",
            "a flat in St. Louis Missouri",
            "Syscall for Andrew File System",
            // AI assistants, named in prompts.
            "Ask Claude Code to refactor this.",
            "Use Claude Sonnet 4 or Alexa Skills Kit",
            "Grace Period Settings",
            // A capitalized word after a listed name but no second name.
            "Madison is lovely. Kristopher said so",
        ] {
            assert!(
                found(text, "PERSON").is_empty(),
                "{text}: {:?}",
                found(text, "PERSON")
            );
        }
    }
}
