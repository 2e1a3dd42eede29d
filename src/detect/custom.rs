//! What the app adds to detection: its own patterns (linear-time regular
//! expressions), deny-lists of terms and known values (matched at once,
//! case- and accent-insensitively, on word boundaries), and an allow-list
//! of values never to report.

use foldhash::{HashMap, HashSet};

use regex_lite::{Regex, RegexBuilder};

use super::accents::unaccented;
use super::text::{char_before, fold_value};
use super::{Candidate, Sink};
use crate::entity::EntityType;
use crate::error::{Error, ErrorKind, Result};
use crate::options::entity_from_value;
use crate::value::{invalid, Fields, Value};

/// Longest pattern source accepted, in bytes.
pub const MAX_PATTERN_LEN: usize = 1024;
/// Compiled size limit for one pattern, in bytes (regex-lite's measure).
const PATTERN_SIZE_LIMIT: usize = 1 << 20;

/// An app-defined pattern.
#[derive(Clone, Debug)]
pub struct PatternSpec {
    /// The entity type it reports, e.g. `TICKET`.
    pub name: EntityType,
    /// The regular expression (regex-lite syntax: no look-around or
    /// back-references, so matching stays linear in the input).
    pub regex: String,
    /// The score of its findings (default 0.9).
    pub score: Option<f32>,
    /// Match ignoring case (default false).
    pub case_insensitive: bool,
}

impl PatternSpec {
    /// Reads `{ name, regex, score?, caseInsensitive? }` at `path`.
    pub(crate) fn from_value(value: &Value, path: &str) -> Result<PatternSpec> {
        let fields = Fields::new(value, path, &["name", "regex", "score", "caseInsensitive"])?;
        let name = fields
            .get("name")
            .ok_or_else(|| invalid(&fields.path("name"), "a pattern needs a name"))?;
        let regex = fields
            .string("regex")?
            .ok_or_else(|| invalid(&fields.path("regex"), "a pattern needs a regex"))?;
        Ok(PatternSpec {
            name: entity_from_value(name, &fields.path("name"))?,
            regex: regex.to_owned(),
            score: fields.number("score")?.map(|s| s as f32),
            case_insensitive: fields.boolean("caseInsensitive")?.unwrap_or(false),
        })
    }
}

/// A compiled app pattern.
#[derive(Clone, Debug)]
pub(crate) struct CustomPattern {
    entity: EntityType,
    regex: Regex,
    score: f32,
}

impl CustomPattern {
    pub(crate) fn compile(spec: &PatternSpec, index: usize) -> Result<CustomPattern> {
        let path = |field: &str| format!("patterns[{index}].{field}");
        if spec.regex.len() > MAX_PATTERN_LEN {
            return Err(Error::new(
                ErrorKind::InvalidOptions,
                format!("a pattern may be at most {MAX_PATTERN_LEN} bytes long"),
            )
            .at_path(path("regex")));
        }
        let regex = RegexBuilder::new(&spec.regex)
            .case_insensitive(spec.case_insensitive)
            .size_limit(PATTERN_SIZE_LIMIT)
            .nest_limit(64)
            .build()
            .map_err(|error| {
                Error::new(
                    ErrorKind::InvalidOptions,
                    format!("invalid pattern: {error}"),
                )
                .at_path(path("regex"))
            })?;
        let score = spec.score.unwrap_or(0.9);
        if !(0.0..=1.0).contains(&score) {
            return Err(
                Error::new(ErrorKind::InvalidOptions, "score must lie between 0 and 1")
                    .at_path(path("score")),
            );
        }
        Ok(CustomPattern {
            entity: spec.name.clone(),
            regex,
            score,
        })
    }

    pub(crate) fn entity(&self) -> &EntityType {
        &self.entity
    }

    pub(crate) fn detect(&self, view: &str, out: &mut Sink) {
        for found in self.regex.find_iter(view) {
            if found.end() > found.start() {
                out.push(Candidate::new(
                    self.entity.clone(),
                    found.start(),
                    found.end(),
                    self.score,
                ));
            }
        }
    }
}

/// The most words of a deny-list term or known value matched as one: a
/// longer one is found as parts of at most this many words, each replaced,
/// so that no position of a text is compared with more words than this.
pub const MAX_TERM_WORDS: usize = 32;

/// Terms to find anywhere (deny-lists, known values), by their words
/// lowercased and joined by one space. At a word of a text that may start a
/// term, the words that follow are added one at a time up to the most words
/// of a term starting with it, each a look-up: a position costs at most
/// that many however many terms share a first word (a batch's known values
/// all begin with "jana").
#[derive(Clone, Debug, Default)]
pub(crate) struct Terms {
    terms: HashMap<String, Entry>,
    /// Byte lengths (below 64) of the ASCII first words: most words of a
    /// text fail this and are never lowercased into a new string to look up.
    first_lengths: u64,
    /// The bytes a word that may be a first word can start with: the first
    /// bytes of the first words in both cases, and every lead byte of a
    /// non-ASCII character (which may lowercase to anything). The text is
    /// searched for these rather than split into every one of its words.
    start_bytes: [u64; 4],
    /// Keys of a cleared table, their memory reused for the next terms (a
    /// batch refills one table per record: a fresh string per key cost an
    /// allocation and a free each).
    spare_keys: Vec<String>,
}

#[derive(Clone, Debug, Default)]
struct Entry {
    /// The term these words are, if any: its type and score (the later of
    /// equal terms).
    term: Option<(EntityType, f32)>,
    /// For a first word: the most words of a term that starts with it (0
    /// when none has more than this word; unused for longer keys).
    words: usize,
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Appends `word` lowercased to `out`, as `str::to_lowercase` writes it;
/// terms and the text's words both go through this, word by word (a final
/// sigma lowercases differently from `char`'s).
pub(crate) fn push_lowered(word: &str, out: &mut String) {
    push_lowered_with(word, out, |c| c);
}

/// Appends `word` as terms are keyed: lowercased as [`push_lowered`]
/// writes it, each letter without its accents. A known `Nováková` is then
/// found written `Novakova`, as people type names without a keyboard for
/// them, and written with combining marks, which the view drops.
pub(crate) fn push_term_key(word: &str, out: &mut String) {
    push_lowered_with(word, out, unaccented);
}

/// Appends `word` lowercased, each lowercase character through `letter`
/// (a function pointer: one copy of this for both callers).
fn push_lowered_with(word: &str, out: &mut String, letter: fn(char) -> char) {
    let from = out.len();
    if word.is_ascii() {
        out.push_str(word);
        if let Some(pushed) = out.get_mut(from..) {
            pushed.make_ascii_lowercase();
        }
        return;
    }
    // What `str::to_lowercase` writes, without a new string, for a word
    // without a capital sigma (its one letter that depends on the next).
    out.reserve(word.len());
    for c in word.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else if c <= '\u{FF}' {
            // Latin-1, most accented letters of names (`Nováková`): capitals
            // are their small letters less 0x20, and `×` lowercases to
            // itself as every other character here does (`char`'s own
            // lowercasing searches a table).
            let lowered = match c {
                '\u{C0}'..='\u{DE}' if c != '×' => char::from_u32(u32::from(c) + 0x20),
                _ => None,
            };
            out.push(letter(lowered.unwrap_or(c)));
        } else if c == 'Σ' {
            out.truncate(from);
            out.extend(word.to_lowercase().chars().map(letter));
            return;
        } else {
            out.extend(c.to_lowercase().map(letter));
        }
    }
}

impl Terms {
    /// An empty set with room for `entries` keys.
    pub(crate) fn with_capacity(entries: usize) -> Terms {
        Terms {
            terms: HashMap::with_capacity_and_hasher(entries, Default::default()),
            ..Terms::default()
        }
    }

    /// Adds `term` as `entity`; terms without a word character are ignored.
    /// A term of more than [`MAX_TERM_WORDS`] words is added as parts of at
    /// most that many, each found on its own: the whole term in a text is
    /// still replaced (part by part), and no position of a text is compared
    /// with more words than that (a long known value and a text repeating
    /// its words took time in the product of their lengths).
    pub(crate) fn add(&mut self, term: &str, entity: &EntityType, score: f32) {
        // Read as the text is: through the view's folds.
        let folded = fold_value(term);
        let term = folded.as_ref();
        let mut key = self.spare_key(term.len());
        let (mut first_len, mut count) = (0, 0);
        let mut pos = 0;
        // A text's own word splitter: a term's words are what a text's are.
        while let Some((start, end)) = next_word(term, pos) {
            pos = end;
            if count == MAX_TERM_WORDS {
                self.add_key(key, first_len, count, entity, score);
                key = self.spare_key(term.len() - start);
                count = 0;
            }
            if count > 0 {
                key.push(' ');
            }
            push_term_key(term.get(start..end).unwrap_or_default(), &mut key);
            if count == 0 {
                first_len = key.len();
            }
            count += 1;
        }
        self.add_key(key, first_len, count, entity, score);
    }

    /// Adds the term `key` (its words lowercased and joined by one space)
    /// of `count` words, the first `first_len` bytes long.
    fn add_key(
        &mut self,
        key: String,
        first_len: usize,
        count: usize,
        entity: &EntityType,
        score: f32,
    ) {
        let Some(first) = key.get(..first_len).filter(|first| !first.is_empty()) else {
            self.spare_keys.push(key);
            return;
        };
        self.allow_first_word(first);
        if count > 1 {
            let words = match self.terms.get_mut(first) {
                Some(entry) => &mut entry.words,
                None => {
                    let mut owned = self.spare_key(first.len());
                    owned.push_str(first);
                    &mut self.terms.entry(owned).or_default().words
                }
            };
            *words = (*words).max(count);
        }
        let term = Some((entity.clone(), score));
        match self.terms.get_mut(key.as_str()) {
            Some(entry) => {
                entry.term = term;
                self.spare_keys.push(key);
            }
            None => {
                self.terms.insert(key, Entry { term, words: 0 });
            }
        }
    }

    /// An empty string with room for `len` bytes, from a cleared table's
    /// keys where there is one.
    fn spare_key(&mut self, len: usize) -> String {
        let mut key = self.spare_keys.pop().unwrap_or_default();
        key.clear();
        key.reserve(len);
        key
    }

    /// Lets the search stop at words like `first` (lowercased).
    fn allow_first_word(&mut self, first: &str) {
        if first.is_ascii() && first.len() < 64 {
            self.first_lengths |= 1 << first.len();
        } else {
            // Longer or non-ASCII first words pass the length gate.
            self.first_lengths |= 1;
        }
        if let Some(&byte) = first.as_bytes().first() {
            self.allow_start(byte);
            self.allow_start(byte.to_ascii_uppercase());
            // Bytes 0xC0..=0xFF, the lead bytes, are the last quarter.
            if let Some(leads) = self.start_bytes.last_mut() {
                *leads = u64::MAX;
            }
        }
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    /// Removes every term, keeping the table's memory.
    pub(crate) fn clear(&mut self) {
        // Every field named, so that a new one cannot be forgotten here.
        let Terms {
            terms,
            first_lengths,
            start_bytes,
            spare_keys,
        } = self;
        spare_keys.extend(terms.drain().map(|(key, _)| key));
        *first_lengths = 0;
        *start_bytes = [0; 4];
    }

    fn allow_start(&mut self, byte: u8) {
        if let Some(slot) = self.start_bytes.get_mut(usize::from(byte >> 6)) {
            *slot |= 1 << (byte & 63);
        }
    }

    /// Finds every term in `view`, longest first where several start at one word.
    pub(crate) fn detect(&self, view: &str, out: &mut Sink) {
        detect_terms([self].into_iter(), view, out, &mut String::new());
    }
}

/// Finds the terms of all `sets` in `view` as one set with the terms added
/// in order would: the longest term starting at a word, the later one of
/// equal terms. Sets are layers built apart (a batch's values once, each
/// record's own), so that no layer is rebuilt per record. `key` is room for
/// the words looked up, kept from one scan to the next.
pub(crate) fn detect_terms<'t>(
    sets: impl Iterator<Item = &'t Terms> + Clone,
    view: &str,
    out: &mut Sink,
    key: &mut String,
) {
    let mut first_lengths = 0;
    let mut start_bytes = [0; 4];
    for set in sets.clone().filter(|set| !set.is_empty()) {
        first_lengths |= set.first_lengths;
        for (all, one) in start_bytes.iter_mut().zip(set.start_bytes) {
            *all |= one;
        }
    }
    if first_lengths == 0 {
        return;
    }
    let may_start_with = |byte: u8| {
        start_bytes
            .get(usize::from(byte >> 6))
            .is_some_and(|slot| slot & (1 << (byte & 63)) != 0)
    };
    let bytes = view.as_bytes();
    let length_ok = |word: &[u8]| {
        !word.is_ascii()
            || if word.len() < 64 {
                first_lengths & (1 << word.len()) != 0
            } else {
                first_lengths & 1 != 0
            }
    };
    let mut pos = 0;
    // Start bytes are ASCII or lead bytes, so every `start` found is a
    // character boundary.
    while let Some(offset) = bytes
        .get(pos..)
        .and_then(|rest| rest.iter().position(|&b| may_start_with(b)))
    {
        let start = pos + offset;
        let end = word_end(view, start);
        // Past this word either way; a byte inside a word starts nothing.
        pos = end.max(start + 1);
        if end == start
            || !word_starts_at(view, start)
            || !length_ok(bytes.get(start..end).unwrap_or_default())
        {
            continue;
        }
        key.clear();
        push_term_key(view.get(start..end).unwrap_or_default(), key);
        let mut most_words = 0;
        let mut found = None;
        for entry in sets.clone().filter_map(|set| set.terms.get(key.as_str())) {
            most_words = most_words.max(entry.words);
            // The later set's term where two sets hold the same words.
            if let Some(term) = &entry.term {
                found = Some((term, end));
            }
        }
        for (next_start, next_end) in words(view, end).take(most_words.saturating_sub(1)) {
            key.push(' ');
            push_term_key(view.get(next_start..next_end).unwrap_or_default(), key);
            let term = sets
                .clone()
                .filter_map(|set| set.terms.get(key.as_str())?.term.as_ref())
                .last();
            if let Some(term) = term {
                found = Some((term, next_end));
            }
        }
        if let Some(((entity, score), end)) = found {
            out.push(Candidate::new(entity.clone(), start, end, *score));
        }
    }
    // Kept empty between scans: it held words of the text.
    key.clear();
}

/// Whether the character at byte `pos` of `view` is a word character, and
/// its length (`None` at the end): ASCII bytes are judged alone, anything
/// else is decoded.
fn char_at(view: &str, pos: usize) -> Option<(bool, usize)> {
    let &byte = view.as_bytes().get(pos)?;
    if byte < 0x80 {
        return Some((byte.is_ascii_alphanumeric() || byte == b'_', 1));
    }
    Some(non_ascii_char_at(view, pos))
}

/// [`char_at`] for a character past ASCII: out of line, so that the ASCII
/// step stays small enough to inline.
#[inline(never)]
fn non_ascii_char_at(view: &str, pos: usize) -> (bool, usize) {
    // Latin-1 (`á` in `Nováková`) read from its two bytes: `char`'s own
    // test searches Unicode's tables, several times the cost of a name's
    // other letters.
    if let [lead @ (0xC2 | 0xC3), next, ..] = view.as_bytes().get(pos..).unwrap_or_default() {
        let code = (u32::from(*lead & 0x1F) << 6) | u32::from(*next & 0x3F);
        return (LATIN1_WORD_CHARS & (1 << (code - 0x80)) != 0, 2);
    }
    view.get(pos..)
        .and_then(|rest| rest.chars().next())
        .map_or((false, 1), |c| (is_word_char(c), c.len_utf8()))
}

/// Bit `c - 0x80` set for each `c` in U+0080–U+00FF that [`is_word_char`]
/// accepts: `ª`, `²`, `³`, `µ`, `¹`, `º`, `¼`–`¾`, and the letters
/// `À`–`ÿ` but `×` and `÷`.
// Evaluated at compile time: an index out of bounds is a build error.
#[allow(clippy::indexing_slicing)]
const LATIN1_WORD_CHARS: u128 = {
    let mut mask = 0;
    let listed = [0xAA, 0xB2, 0xB3, 0xB5, 0xB9, 0xBA, 0xBC, 0xBD, 0xBE];
    let mut i = 0;
    while i < listed.len() {
        mask |= 1 << (listed[i] - 0x80);
        i += 1;
    }
    let mut c = 0xC0;
    while c <= 0xFF {
        if c != 0xD7 && c != 0xF7 {
            mask |= 1 << (c - 0x80);
        }
        c += 1;
    }
    mask
};

/// The end of the run of word characters starting at `start`.
fn word_end(view: &str, start: usize) -> usize {
    let mut pos = start;
    while let Some((true, len)) = char_at(view, pos) {
        pos += len;
    }
    pos
}

/// Whether no word character stands just before `start`.
fn word_starts_at(view: &str, start: usize) -> bool {
    !char_before(view, start).is_some_and(is_word_char)
}

/// The words of `view` from byte `from` on (runs of letters, digits and
/// `_`), as byte ranges.
fn words(view: &str, from: usize) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut pos = from;
    std::iter::from_fn(move || {
        let (start, end) = next_word(view, pos)?;
        pos = end;
        Some((start, end))
    })
}

/// The first word of `view` at or after byte `pos`, as a byte range.
fn next_word(view: &str, mut pos: usize) -> Option<(usize, usize)> {
    loop {
        match char_at(view, pos)? {
            (false, len) => pos += len,
            (true, _) => return Some((pos, word_end(view, pos))),
        }
    }
}

/// Values never to report, compared case-insensitively with white space
/// trimmed. A set: every candidate is looked up, and an allow-list of many
/// values searched in order made a text with many findings take time in
/// the product of the two.
#[derive(Clone, Debug, Default)]
pub(crate) struct AllowList {
    values: HashSet<String>,
}

impl AllowList {
    pub(crate) fn new(values: &[String]) -> AllowList {
        AllowList {
            values: values
                .iter()
                .map(|v| v.trim().to_lowercase())
                .filter(|v| !v.is_empty())
                .collect(),
        }
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.values.is_empty()
    }

    pub(crate) fn allows(&self, value: &str) -> bool {
        !self.values.is_empty() && self.values.contains(&value.trim().to_lowercase())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin1_word_chars_are_what_char_says() {
        for code in 0x80..=0xFF_u32 {
            let c = char::from_u32(code).unwrap();
            let text = format!("a{c}b");
            assert_eq!(
                char_at(&text, 1),
                Some((is_word_char(c), 2)),
                "U+{code:04X}"
            );
        }
    }

    fn spans(view: &str, out: &Sink) -> Vec<String> {
        out.iter()
            .map(|c| format!("{}:{}", c.entity, &view[c.start..c.end]))
            .collect()
    }

    #[test]
    fn patterns_compile_and_match() {
        let spec = PatternSpec {
            name: EntityType::new("TICKET").unwrap(),
            regex: r"TCK-\d{6}".into(),
            score: None,
            case_insensitive: false,
        };
        let pattern = CustomPattern::compile(&spec, 0).unwrap();
        let mut out = Sink::new();
        pattern.detect("see TCK-000123 and TCK-12", &mut out);
        assert_eq!(
            spans("see TCK-000123 and TCK-12", &out),
            ["TICKET:TCK-000123"]
        );

        let bad = PatternSpec {
            regex: "(unclosed".into(),
            ..spec.clone()
        };
        let error = CustomPattern::compile(&bad, 3).unwrap_err();
        assert_eq!(
            (error.code(), error.path()),
            ("INVALID_OPTIONS", Some("patterns[3].regex"))
        );
        let look_around = PatternSpec {
            regex: "(?=x)".into(),
            ..spec.clone()
        };
        assert!(CustomPattern::compile(&look_around, 0).is_err());
        let huge = PatternSpec {
            regex: "a".repeat(MAX_PATTERN_LEN + 1),
            ..spec
        };
        assert!(CustomPattern::compile(&huge, 0).is_err());
    }

    /// What `terms` (all of type `entity`) find in `view`, as `TYPE:text`.
    fn found_terms(terms: &[&str], entity: &str, view: &str) -> Vec<String> {
        let mut set = Terms::default();
        let entity = EntityType::new(entity).unwrap();
        for term in terms {
            set.add(term, &entity, 0.9);
        }
        let mut out = Sink::new();
        set.detect(view, &mut out);
        spans(view, &out)
    }

    #[test]
    fn terms_match_case_insensitively_on_word_boundaries() {
        assert_eq!(
            found_terms(
                &["Project Falcon", "Falcon", "Éclair", "  "],
                "PROJECT",
                "PROJECT FALCON ships; falconry is not Falcon. ÉCLAIR!"
            ),
            [
                "PROJECT:PROJECT FALCON",
                "PROJECT:FALCON",
                "PROJECT:Falcon",
                "PROJECT:ÉCLAIR"
            ]
        );
    }

    #[test]
    fn terms_match_with_or_without_accents() {
        let view = "NOVAKOVA, Nováková, novákova, Dvořák and Dvorak; Søren, Soren.";
        let expected = [
            "PERSON:NOVAKOVA",
            "PERSON:Nováková",
            "PERSON:novákova",
            "PERSON:Dvořák",
            "PERSON:Dvorak",
        ];
        // However the term is written: composed, with combining marks (as
        // the view never holds them), full-width, or without accents.
        for terms in [
            ["Nováková", "Dvořák"],
            ["Nova\u{301}kova\u{301}", "Dvor\u{30c}a\u{301}k"],
            ["ＮＯＶÁＫＯＶÁ", "Dvorak"],
        ] {
            assert_eq!(found_terms(&terms, "PERSON", view), expected, "{terms:?}");
        }
        // A letter Unicode does not write as a letter and a mark stays
        // itself: `ø` is not `o`.
        assert_eq!(found_terms(&["Søren"], "PERSON", view), ["PERSON:Søren"]);
        // Greek and Cyrillic accents too.
        assert_eq!(
            found_terms(&["Ελένη", "Фёдор"], "PERSON", "ΕΛΕΝΗ, Ελενη, Федор"),
            ["PERSON:ΕΛΕΝΗ", "PERSON:Ελενη", "PERSON:Федор"]
        );
    }

    #[test]
    fn cleared_terms_find_nothing_they_held() {
        let entity = EntityType::new("PERSON").unwrap();
        let mut terms = Terms::default();
        terms.add("Jana Nováková", &entity, 0.9);
        terms.clear();
        terms.add("Petr", &entity, 0.9);
        let view = "Jana Nováková and petr";
        let mut out = Sink::new();
        terms.detect(view, &mut out);
        assert_eq!(spans(view, &out), ["PERSON:petr"]);
    }

    #[test]
    fn latin_1_lowercases_as_char_does() {
        for c in '\u{80}'..='\u{FF}' {
            let word = format!("x{c}");
            let mut lowered = String::new();
            push_lowered(&word, &mut lowered);
            assert_eq!(lowered, word.to_lowercase(), "{c:?}");
        }
    }

    #[test]
    fn a_final_sigma_lowercases_as_in_a_word() {
        // `Σ` ends a word as `ς`, elsewhere it is `σ`: on both sides alike.
        assert_eq!(
            found_terms(&["ΟΔΟΣ ΣΟΦΙΑΣ"], "STREET", "στην οδος σοφιας, ΟΔΟΣ ΣΟΦΙΑΣ"),
            ["STREET:οδος σοφιας", "STREET:ΟΔΟΣ ΣΟΦΙΑΣ"]
        );
        assert_eq!(
            found_terms(&["οδοσ"], "STREET", "οδος"),
            Vec::<String>::new()
        );
    }

    #[test]
    fn terms_start_only_at_word_starts() {
        let terms = ["Jana", "kelvin", "_id7"];
        // Inside a word (after ASCII, `_`, a digit or a non-ASCII letter)
        // nothing starts; after punctuation, a non-ASCII dash or at the
        // ends, a term does.
        assert_eq!(
            found_terms(&terms, "PERSON", "xjana jana_x 7jana éjana Jana—JANA jana"),
            ["PERSON:Jana", "PERSON:JANA", "PERSON:jana"]
        );
        // A word whose first character is not ASCII may lowercase to an
        // ASCII term (the Kelvin sign is `k`); `_` starts words too.
        assert_eq!(
            found_terms(&terms, "PERSON", "\u{212A}elvin, a_id7 _id7 _ID7."),
            ["PERSON:\u{212A}elvin", "PERSON:_id7", "PERSON:_ID7"]
        );
    }

    #[test]
    fn the_longest_term_at_a_word_wins() {
        let terms = ["Jana", "Jana Nováková", "Jana Nováková 3", "jana x y z"];
        for (view, found) in [
            ("Jana Nováková 3 wrote", vec!["PERSON:Jana Nováková 3"]),
            // A longer term that breaks off falls back to the longest whole one.
            ("Jana Nováková 4", vec!["PERSON:Jana Nováková"]),
            ("jana x y", vec!["PERSON:jana"]),
            ("JANA X Y Z.", vec!["PERSON:JANA X Y Z"]),
            // Words of a term may be joined by any non-word characters.
            ("Jana, Nováková-3", vec!["PERSON:Jana, Nováková-3"]),
            (
                "Jana Jana Nováková",
                vec!["PERSON:Jana", "PERSON:Jana Nováková"],
            ),
            ("Nováková 3", vec![]),
        ] {
            assert_eq!(found_terms(&terms, "PERSON", view), found, "{view}");
        }
    }

    #[test]
    fn a_term_longer_than_the_word_limit_is_found_in_parts() {
        let words: Vec<String> = (0..MAX_TERM_WORDS * 2 + 5)
            .map(|i| format!("w{i}"))
            .collect();
        let term = words.join(" ");
        let view = format!("before {term} after");
        let mut set = Terms::default();
        set.add(&term, &EntityType::PERSON, 0.9);
        let mut out = Sink::new();
        set.detect(&view, &mut out);
        let parts: Vec<&str> = out.iter().map(|c| &view[c.start..c.end]).collect();
        let expected: Vec<String> = words
            .chunks(MAX_TERM_WORDS)
            .map(|chunk| chunk.join(" "))
            .collect();
        assert_eq!(parts, expected);
        // Together the parts cover the whole term.
        assert_eq!(out.first().map(|c| c.start), Some(7));
        assert_eq!(out.last().map(|c| c.end), Some(7 + term.len()));
    }

    #[test]
    fn layers_are_found_as_one_set() {
        let layer = |terms: &[(&str, &str)]| {
            let mut set = Terms::default();
            for (term, entity) in terms {
                set.add(term, &EntityType::new(entity).unwrap(), 0.9);
            }
            set
        };
        let batch = layer(&[
            ("Jana", "PERSON"),
            ("Jana Nováková", "PERSON"),
            ("420 601", "PHONE"),
        ]);
        let record = layer(&[("Jana Nováková 3", "PERSON"), ("420 601", "ACCOUNT")]);
        let view = "Jana Nováková 3, Jana Nováková, Jana, 420 601";
        let mut out = Sink::new();
        detect_terms(
            [&batch, &record].into_iter(),
            view,
            &mut out,
            &mut String::new(),
        );
        assert_eq!(
            spans(view, &out),
            [
                "PERSON:Jana Nováková 3",
                "PERSON:Jana Nováková",
                "PERSON:Jana",
                // The same words in both: the later layer's, as if added last.
                "ACCOUNT:420 601"
            ]
        );
    }

    #[test]
    fn allow_list() {
        let allow = AllowList::new(&["Support@Acme.com ".into()]);
        assert!(allow.allows("support@acme.com"));
        assert!(!allow.allows("sales@acme.com"));
        assert!(!AllowList::default().allows("x"));
    }
}
