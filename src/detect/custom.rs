//! What the app adds to detection: its own patterns (linear-time regular
//! expressions), deny-lists of terms and known values (matched at once,
//! case-insensitively, on word boundaries), and an allow-list of values
//! never to report.

use foldhash::HashMap;

use regex_lite::{Regex, RegexBuilder};

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

/// Terms to find anywhere (deny-lists, known values): keyed by their first
/// word, lowercased, so one pass over the words of a text finds them all.
#[derive(Clone, Debug, Default)]
pub(crate) struct Terms {
    by_first_word: HashMap<String, Vec<Term>>,
    /// Byte lengths (below 64) of the ASCII first words: most words of a
    /// text fail this and are never lowercased into a new string to look up.
    first_lengths: u64,
    /// The bytes a word that may be a first word can start with: the first
    /// bytes of the first words in both cases, and every lead byte of a
    /// non-ASCII character (which may lowercase to anything). The text is
    /// searched for these rather than split into every one of its words.
    start_bytes: [u64; 4],
}

#[derive(Clone, Debug)]
struct Term {
    /// The words after the first, lowercased, each followed by a space
    /// (words hold none): one string per term rather than one per word.
    rest: String,
    /// How many words `rest` holds.
    rest_words: usize,
    entity: EntityType,
    score: f32,
}

impl Term {
    fn rest(&self) -> std::str::SplitTerminator<'_, char> {
        self.rest.split_terminator(' ')
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Appends `word` lowercased to `out`, as [`lowered`] reads the text (a
/// final sigma lowercases differently from `char`'s).
fn push_lowered(word: &str, out: &mut String) {
    if word.is_ascii() {
        let from = out.len();
        out.push_str(word);
        if let Some(pushed) = out.get_mut(from..) {
            pushed.make_ascii_lowercase();
        }
    } else {
        out.push_str(&word.to_lowercase());
    }
}

impl Terms {
    /// Adds `term` as `entity`; terms without a word character are ignored.
    pub(crate) fn add(&mut self, term: &str, entity: &EntityType, score: f32) {
        let mut words = term
            .split(|c: char| !is_word_char(c))
            .filter(|word| !word.is_empty());
        let Some(first_word) = words.next() else {
            return;
        };
        let mut first = String::with_capacity(first_word.len());
        push_lowered(first_word, &mut first);
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
        let mut rest = String::with_capacity(term.len());
        let mut rest_words = 0;
        for word in words {
            push_lowered(word, &mut rest);
            rest.push(' ');
            rest_words += 1;
        }
        self.by_first_word.entry(first).or_default().push(Term {
            rest,
            rest_words,
            entity: entity.clone(),
            score,
        });
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.by_first_word.is_empty()
    }

    fn allow_start(&mut self, byte: u8) {
        if let Some(slot) = self.start_bytes.get_mut(usize::from(byte >> 6)) {
            *slot |= 1 << (byte & 63);
        }
    }

    fn may_start_with(&self, byte: u8) -> bool {
        self.start_bytes
            .get(usize::from(byte >> 6))
            .is_some_and(|slot| slot & (1 << (byte & 63)) != 0)
    }

    /// Finds every term in `view`, longest first where several start at one word.
    pub(crate) fn detect(&self, view: &str, out: &mut Sink) {
        if self.is_empty() {
            return;
        }
        let bytes = view.as_bytes();
        let length_ok = |word: &[u8]| {
            !word.is_ascii()
                || if word.len() < 64 {
                    self.first_lengths & (1 << word.len()) != 0
                } else {
                    self.first_lengths & 1 != 0
                }
        };
        let mut scratch = String::new();
        let mut pos = 0;
        // Start bytes are ASCII or lead bytes, so every `start` found is a
        // character boundary.
        while let Some(offset) = bytes
            .get(pos..)
            .and_then(|rest| rest.iter().position(|&b| self.may_start_with(b)))
        {
            let start = pos + offset;
            let end = word_end(view, start);
            // Past this word either way; a byte inside a word starts nothing.
            pos = end.max(start + 1);
            let range = (start, end);
            if end == start
                || !word_starts_at(view, start)
                || !length_ok(bytes.get(start..end).unwrap_or_default())
            {
                continue;
            }
            let Some(terms) = self.by_first_word.get(lowered(view, range, &mut scratch)) else {
                continue;
            };
            // The words after this one are read only when a term starts here.
            let longest_rest = terms.iter().map(|term| term.rest_words).max().unwrap_or(0);
            let next: Vec<(usize, usize)> = words(view, range.1).take(longest_rest).collect();
            let mut next_scratch = String::new();
            let best = terms
                .iter()
                .filter(|term| {
                    term.rest_words <= next.len()
                        && term.rest().zip(&next).all(|(word, &following)| {
                            lowered(view, following, &mut next_scratch) == word
                        })
                })
                .max_by_key(|term| term.rest_words);
            if let Some(term) = best {
                let end = match term.rest_words {
                    0 => range.1,
                    n => next.get(n - 1).map_or(range.1, |w| w.1),
                };
                out.push(Candidate::new(
                    term.entity.clone(),
                    range.0,
                    end,
                    term.score,
                ));
            }
        }
    }
}

/// Whether the character at byte `pos` of `view` is a word character, and
/// its length (`None` at the end): ASCII bytes are judged alone, anything
/// else is decoded.
fn char_at(view: &str, pos: usize) -> Option<(bool, usize)> {
    let &byte = view.as_bytes().get(pos)?;
    if byte < 0x80 {
        return Some((byte.is_ascii_alphanumeric() || byte == b'_', 1));
    }
    Some(
        view.get(pos..)
            .and_then(|rest| rest.chars().next())
            .map_or((false, 1), |c| (is_word_char(c), c.len_utf8())),
    )
}

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
    match start.checked_sub(1).and_then(|at| view.as_bytes().get(at)) {
        None => true,
        Some(&byte) if byte < 0x80 => !(byte.is_ascii_alphanumeric() || byte == b'_'),
        Some(_) => !view
            .get(..start)
            .and_then(|before| before.chars().next_back())
            .is_some_and(is_word_char),
    }
}

/// The words of `view` from byte `from` on (runs of letters, digits and
/// `_`), as byte ranges.
fn words(view: &str, from: usize) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut pos = from;
    std::iter::from_fn(move || loop {
        match char_at(view, pos)? {
            (false, len) => pos += len,
            (true, _) => {
                let start = pos;
                pos = word_end(view, start);
                return Some((start, pos));
            }
        }
    })
}

/// The word at `range` of `view` in lower case, written into `scratch`.
fn lowered<'s>(view: &str, (start, end): (usize, usize), scratch: &'s mut String) -> &'s str {
    scratch.clear();
    push_lowered(view.get(start..end).unwrap_or(""), scratch);
    scratch
}

/// Values never to report, compared case-insensitively with white space
/// trimmed.
#[derive(Clone, Debug, Default)]
pub(crate) struct AllowList {
    values: Vec<String>,
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
        !self.values.is_empty() && {
            let value = value.trim().to_lowercase();
            self.values.contains(&value)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn allow_list() {
        let allow = AllowList::new(&["Support@Acme.com ".into()]);
        assert!(allow.allows("support@acme.com"));
        assert!(!allow.allows("sales@acme.com"));
        assert!(!AllowList::default().allows("x"));
    }
}
