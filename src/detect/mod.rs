//! Detection: finds personal data in text and reports UTF-16 spans.
//!
//! Every detector reads the same [`Text`] view, in which disguises
//! (zero-width characters, soft hyphens, full-width forms, Unicode digits,
//! spaces and dashes) are undone, and emits scored candidates in view byte
//! offsets. The engine drops candidates below the threshold, lets a
//! candidate that contains another win, resolves the remaining overlaps
//! deterministically (higher score, then longer, then earlier), and converts
//! the spans to UTF-16 offsets of the original text.

mod accent_table;
mod accents;
mod address;
mod char_refs;
mod checksum;
mod columns;
mod credit_card;
mod custom;
mod date_of_birth;
mod digits;
mod email;
mod given_names;
mod iban;
mod ids;
mod ip_address;
mod keywords;
mod mailbox;
mod markers;
mod names;
mod number_words;
mod person;
mod phone;
mod role_labels;
mod secret;
mod text;
mod url;
mod us_ssn;
mod words;
mod wordset;

use std::collections::BTreeMap;

use custom::{AllowList, CustomPattern, Terms};
pub use custom::{PatternSpec, MAX_PATTERN_LEN, MAX_TERM_WORDS};

use serde::Serialize;

use crate::entity::EntityType;
use crate::error::{Error, ErrorKind, Result};
use crate::sort::{sort, sort_by};
pub(crate) use accents::composed;
pub(crate) use checksum::{luhn, mod97_remainder};
pub(crate) use custom::push_lowered;
pub(crate) use date_of_birth::{days_in_month, read_date};
pub(crate) use email::plain_address;
use keywords::Context;
pub(crate) use markers::with_plain_dots;
pub(crate) use number_words::spelled_digits;
use text::Text;
pub(crate) use text::{fold_value, fold_words, utf16_len};
pub(crate) use url::plain_url;

/// A candidate in view byte offsets, before resolution.
#[derive(Clone, Debug)]
pub(crate) struct Candidate {
    entity: EntityType,
    start: usize,
    end: usize,
    score: f32,
}

impl Candidate {
    fn new(entity: EntityType, start: usize, end: usize, score: f32) -> Candidate {
        Candidate {
            entity,
            start,
            end,
            score,
        }
    }
}

/// Where detectors put their candidates.
pub(crate) type Sink = Vec<Candidate>;

/// The buffers a scan fills and empties again, kept on the thread from one
/// scan to the next: a short text's scan (a form field, a chat message)
/// spent more on allocating them than on most detectors.
#[derive(Default)]
struct Scratch {
    candidates: Sink,
    hits: Vec<keywords::Hit>,
    runs: digits::RunBuffers,
    clusters: ClusterBuffers,
    /// The lowercased words a known value is looked up by.
    term_key: String,
}

thread_local! {
    static SCRATCH: std::cell::Cell<Option<Scratch>> = const { std::cell::Cell::new(None) };
}

impl Scratch {
    /// The thread's buffers, or new ones (in a scan that another started,
    /// or while the thread ends).
    fn take() -> Scratch {
        SCRATCH
            .try_with(std::cell::Cell::take)
            .ok()
            .flatten()
            .unwrap_or_default()
    }

    /// Keeps the (empty) buffers for the thread's next scan, unless a long
    /// text grew them: that memory goes back rather than staying held.
    fn put_back(self) {
        const MOST_KEPT: usize = 1024;
        if self.candidates.capacity() <= MOST_KEPT
            && self.hits.capacity() <= MOST_KEPT
            && self.clusters.overlapping.capacity() <= MOST_KEPT
            && self.runs.capacity() <= MOST_KEPT
            && self.term_key.capacity() <= MOST_KEPT
        {
            // Fails only while the thread ends; the buffers are then dropped.
            let _ = SCRATCH.try_with(|cell| cell.set(Some(self)));
        }
    }
}

/// A national id detector over one window of a run of digit groups.
type WindowDetector = fn(&digits::Run<'_>, (usize, usize), &Context<'_>, &mut Sink);

/// A national id detector that reads windows of digit runs.
#[derive(Clone, Copy, Debug)]
struct IdWindowDetector {
    /// The type it reports, by [`index`].
    index: usize,
    /// The digits in the windows it checks.
    digits: usize,
    detect: WindowDetector,
    /// The context words that lift its score ([`keywords::context`]).
    context: u32,
    /// Its best score without one of them.
    best_uncued: f32,
}

/// An entry of [`ID_WINDOW_DETECTORS`] for the module `ids::$module`.
macro_rules! id_window_detector {
    ($module:ident, $entity:ident) => {
        IdWindowDetector {
            index: index::$entity,
            digits: ids::$module::DIGITS,
            detect: ids::$module::detect_window as WindowDetector,
            context: ids::$module::CONTEXT,
            best_uncued: ids::$module::BEST_UNCUED,
        }
    };
}

/// The national id detectors that read windows of digit runs (at most 16:
/// a scan marks those it runs in a `u16`).
const ID_WINDOW_DETECTORS: [IdWindowDetector; 11] = [
    id_window_detector!(uk_nhs, UK_NHS),
    id_window_detector!(ca_sin, CA_SIN),
    id_window_detector!(fr_nir, FR_NIR),
    id_window_detector!(nl_bsn, NL_BSN),
    id_window_detector!(de_tax_id, DE_TAX_ID),
    id_window_detector!(in_aadhaar, IN_AADHAAR),
    id_window_detector!(br_cpf, BR_CPF),
    id_window_detector!(br_cnpj, BR_CNPJ),
    id_window_detector!(au_tfn, AU_TFN),
    id_window_detector!(kr_rrn, KR_RRN),
    id_window_detector!(jp_my_number, JP_MY_NUMBER),
];
const _: () = assert!(ID_WINDOW_DETECTORS.len() <= 16);

/// A piece of personal data found in a text. `start` and `end` are offsets in
/// UTF-16 code units, as JavaScript strings index; `end` is exclusive.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Finding {
    /// The kind of data.
    #[serde(rename = "type")]
    pub entity: EntityType,
    /// First UTF-16 code unit.
    pub start: usize,
    /// One past the last UTF-16 code unit.
    pub end: usize,
    /// Confidence from 0 to 1; findings below the threshold are not reported.
    pub score: f32,
    /// The same span in UTF-8 bytes of the text, for replacing it.
    #[serde(skip)]
    pub(crate) bytes: (usize, usize),
}

impl Finding {
    /// The span in UTF-8 bytes of the scanned text (Rust string offsets).
    pub fn byte_range(&self) -> std::ops::Range<usize> {
        self.bytes.0..self.bytes.1
    }
}

/// Texts up to this many bytes are read again for digits rather than have
/// the spans holding them listed.
const SHORT_TEXT: usize = 256;

/// The default score a finding needs to be reported.
pub const DEFAULT_THRESHOLD: f32 = 0.5;

/// The default longest input, in UTF-16 code units (64 Mi).
pub const DEFAULT_MAX_INPUT_LENGTH: usize = 64 * 1024 * 1024;

/// How many built-in entity types there are.
pub const BUILT_IN_COUNT: usize = 29;

/// The built-in entity types, each with its detector.
pub const BUILT_IN_ENTITIES: [EntityType; BUILT_IN_COUNT] = [
    EntityType::EMAIL,
    EntityType::PHONE,
    EntityType::CREDIT_CARD,
    EntityType::IBAN,
    EntityType::IP_ADDRESS,
    EntityType::URL,
    EntityType::US_SSN,
    EntityType::UK_NINO,
    EntityType::UK_NHS,
    EntityType::CA_SIN,
    EntityType::FR_NIR,
    EntityType::ES_DNI,
    EntityType::ES_NIE,
    EntityType::IT_FISCAL_CODE,
    EntityType::NL_BSN,
    EntityType::DE_TAX_ID,
    EntityType::IN_AADHAAR,
    EntityType::IN_PAN,
    EntityType::BR_CPF,
    EntityType::BR_CNPJ,
    EntityType::AU_TFN,
    EntityType::CN_RESIDENT_ID,
    EntityType::KR_RRN,
    EntityType::JP_MY_NUMBER,
    EntityType::PASSPORT,
    EntityType::SECRET,
    EntityType::DATE_OF_BIRTH,
    EntityType::PERSON,
    EntityType::ADDRESS,
];

/// Positions in [`BUILT_IN_ENTITIES`], so that selection checks are array
/// lookups rather than name comparisons on every scan.
mod index {
    pub(super) const EMAIL: usize = 0;
    pub(super) const PHONE: usize = 1;
    pub(super) const CREDIT_CARD: usize = 2;
    pub(super) const IBAN: usize = 3;
    pub(super) const IP_ADDRESS: usize = 4;
    pub(super) const URL: usize = 5;
    pub(super) const US_SSN: usize = 6;
    pub(super) const UK_NINO: usize = 7;
    pub(super) const UK_NHS: usize = 8;
    pub(super) const CA_SIN: usize = 9;
    pub(super) const FR_NIR: usize = 10;
    pub(super) const ES_DNI: usize = 11;
    pub(super) const ES_NIE: usize = 12;
    pub(super) const IT_FISCAL_CODE: usize = 13;
    pub(super) const NL_BSN: usize = 14;
    pub(super) const DE_TAX_ID: usize = 15;
    pub(super) const IN_AADHAAR: usize = 16;
    pub(super) const IN_PAN: usize = 17;
    pub(super) const BR_CPF: usize = 18;
    pub(super) const BR_CNPJ: usize = 19;
    pub(super) const AU_TFN: usize = 20;
    pub(super) const CN_RESIDENT_ID: usize = 21;
    pub(super) const KR_RRN: usize = 22;
    pub(super) const JP_MY_NUMBER: usize = 23;
    pub(super) const PASSPORT: usize = 24;
    pub(super) const SECRET: usize = 25;
    pub(super) const DATE_OF_BIRTH: usize = 26;
    pub(super) const PERSON: usize = 27;
    pub(super) const ADDRESS: usize = 28;
}

/// What a [`Scanner`] is built from; every field has a safe default.
#[derive(Clone, Debug, Default)]
pub struct ScanOptions {
    /// The built-in entity types to detect (`None`: all of them).
    pub entities: Option<Vec<EntityType>>,
    /// The score a finding needs (default [`DEFAULT_THRESHOLD`]).
    pub threshold: Option<f32>,
    /// The longest text, in UTF-16 code units (default [`DEFAULT_MAX_INPUT_LENGTH`]).
    pub max_input_length: Option<usize>,
    /// App-defined patterns, always reported under their own names.
    pub patterns: Vec<PatternSpec>,
    /// Terms to find anywhere, by entity type (`{"PROJECT": ["Project Falcon"]}`).
    pub deny: BTreeMap<EntityType, Vec<String>>,
    /// Values never reported, whatever detects them.
    pub allow: Vec<String>,
}

/// Values the app already knows about the user (from other form fields),
/// found anywhere in a text: [`Scanner::scan_with`].
#[derive(Clone, Debug, Default)]
pub struct KnownValues {
    terms: Terms,
}

impl KnownValues {
    /// Known values of the given types. A known `PERSON` also matches each of
    /// its words of three or more letters alone ("Jana" for "Jana Nováková").
    pub fn new<'a>(values: impl IntoIterator<Item = (EntityType, &'a str)>) -> KnownValues {
        let values = values.into_iter();
        // A value and its first word, and a person's words: room for most
        // without growing the table.
        let mut known = KnownValues {
            terms: Terms::with_capacity(values.size_hint().0 * 3),
        };
        known.refill(values);
        known
    }

    /// Replaces these values with `values`, keeping the table's memory (a
    /// batch's records each bring their own). Out of line: one copy for its
    /// three callers, where inlined copies grew the module.
    #[inline(never)]
    pub(crate) fn refill<'a>(&mut self, values: impl IntoIterator<Item = (EntityType, &'a str)>) {
        self.terms.clear();
        for (entity, value) in values {
            self.terms.add(value, &entity, 0.95);
            if entity == EntityType::PERSON {
                for word in value.split_whitespace().filter(|w| w.chars().count() >= 3) {
                    self.terms.add(word, &entity, 0.8);
                }
            }
        }
    }

    /// Whether any of these values stands in `text`, as a scan finds them
    /// (before the threshold, the allow-list and overlaps are applied).
    pub(crate) fn found_in(&self, text: &str) -> bool {
        if self.terms.is_empty() {
            return false;
        }
        let mut found = Vec::new();
        self.terms.detect(Text::new(text).view(), &mut found);
        !found.is_empty()
    }
}

/// The configured detection engine.
#[derive(Clone, Debug)]
pub struct Scanner {
    /// Which built-in types to detect, by [`index`].
    selected: [bool; BUILT_IN_COUNT],
    /// Whether every built-in type is selected (no candidate filter needed).
    all_selected: bool,
    /// The selected id detectors: a run's windows are enumerated once and
    /// each handed to those of its length.
    id_detectors: Vec<IdWindowDetector>,
    /// For each number of digits, the bits of the id detectors that read
    /// windows of that many (one look-up per window rather than a test of
    /// each detector).
    id_detectors_by_digits: [u16; 64],
    /// Every type this scanner may report: `entities`, then app types.
    reported: Vec<EntityType>,
    patterns: Vec<CustomPattern>,
    deny: Terms,
    allow: AllowList,
    threshold: f32,
    max_input_length: usize,
}

impl Scanner {
    /// Checks the options and builds the scanner.
    ///
    /// # Errors
    /// [`ErrorKind::InvalidOptions`] for an unknown entity type (path
    /// `entities[i]`), a threshold outside 0–1, a zero length limit, or an
    /// invalid pattern (path `patterns[i].regex`).
    pub fn new(options: ScanOptions) -> Result<Scanner> {
        let entities = match options.entities {
            None => BUILT_IN_ENTITIES.to_vec(),
            Some(list) => {
                for (index, entity) in list.iter().enumerate() {
                    if !BUILT_IN_ENTITIES.contains(entity) {
                        let known: Vec<&str> =
                            BUILT_IN_ENTITIES.iter().map(EntityType::as_str).collect();
                        return Err(Error::new(
                            ErrorKind::InvalidOptions,
                            format!(
                                "unknown entity type {entity}; known types: {}",
                                known.join(", ")
                            ),
                        )
                        .at_path(format!("entities[{index}]")));
                    }
                }
                list
            }
        };
        let threshold = options.threshold.unwrap_or(DEFAULT_THRESHOLD);
        if !(0.0..=1.0).contains(&threshold) {
            return Err(Error::new(
                ErrorKind::InvalidOptions,
                "threshold must lie between 0 and 1",
            )
            .at_path("threshold"));
        }
        let max_input_length = options.max_input_length.unwrap_or(DEFAULT_MAX_INPUT_LENGTH);
        if max_input_length == 0 {
            return Err(Error::new(
                ErrorKind::InvalidOptions,
                "maxInputLength must be at least 1",
            )
            .at_path("maxInputLength"));
        }
        let patterns = options
            .patterns
            .iter()
            .enumerate()
            .map(|(index, spec)| CustomPattern::compile(spec, index))
            .collect::<Result<Vec<_>>>()?;
        let mut deny = Terms::default();
        for (entity, terms) in &options.deny {
            for term in terms {
                deny.add(term, entity, 0.9);
            }
        }
        let mut reported = entities.clone();
        for entity in patterns
            .iter()
            .map(CustomPattern::entity)
            .chain(options.deny.keys())
        {
            if !reported.contains(entity) {
                reported.push(entity.clone());
            }
        }
        let selected = BUILT_IN_ENTITIES.map(|entity| entities.contains(&entity));
        let id_detectors: Vec<IdWindowDetector> = ID_WINDOW_DETECTORS
            .iter()
            .filter(|detector| selected.get(detector.index).copied().unwrap_or(false))
            .copied()
            .collect();
        let mut id_detectors_by_digits = [0u16; 64];
        for (bit, detector) in id_detectors.iter().enumerate() {
            if let Some(bits) = id_detectors_by_digits.get_mut(detector.digits) {
                *bits |= 1 << bit;
            }
        }
        Ok(Scanner {
            id_detectors_by_digits,
            all_selected: selected.iter().all(|&s| s),
            id_detectors,
            selected,
            reported,
            patterns,
            deny,
            allow: AllowList::new(&options.allow),
            threshold,
            max_input_length,
        })
    }

    /// The entity types this scanner may report: the selected built-in
    /// types, then the app's pattern and deny-list types.
    pub fn entities(&self) -> &[EntityType] {
        &self.reported
    }

    fn wants(&self, index: usize) -> bool {
        self.selected.get(index).copied().unwrap_or(false)
    }

    /// Finds personal data in `text`, in order of position.
    ///
    /// # Errors
    /// [`ErrorKind::InputTooLarge`] when the text is longer than the
    /// configured limit (the error's offset is the limit).
    pub fn scan(&self, text: &str) -> Result<Vec<Finding>> {
        self.scan_with(text, &KnownValues::default())
    }

    /// [`Scanner::scan`], also finding `known` values anywhere in the text
    /// (reported even when their type is not among the selected entities).
    ///
    /// # Errors
    /// As [`Scanner::scan`].
    pub fn scan_with(&self, text: &str, known: &KnownValues) -> Result<Vec<Finding>> {
        self.scan_known(text, &[known])
    }

    /// [`Scanner::scan_with`] with the known values in layers, found as one
    /// set (a batch's values and a record's own, built apart).
    pub(crate) fn scan_known(&self, text: &str, known: &[&KnownValues]) -> Result<Vec<Finding>> {
        // UTF-8 is never shorter than UTF-16, so most texts skip the count.
        if text.len() > self.max_input_length && utf16_len(text) > self.max_input_length {
            return Err(Error::new(
                ErrorKind::InputTooLarge,
                format!(
                    "the text is longer than maxInputLength ({} UTF-16 code units)",
                    self.max_input_length
                ),
            )
            .at_offset(self.max_input_length));
        }
        let text = Text::new(text);
        let view = text.view();
        let mut scratch = Scratch::take();
        let mut candidates = std::mem::take(&mut scratch.candidates);
        let (person, address) = (self.wants(index::PERSON), self.wants(index::ADDRESS));
        // One pass over the words: cue words, street words, and identifiers
        // made of letters and digits (with the cue words before them); the
        // punctuation between them, and where the digits are.
        let bytes = view.as_bytes();
        let mut markers = markers::Markers::default();
        // The spans that hold digits, where number detectors start. A short
        // text is searched for digits again instead: the list's allocation
        // would cost more than reading it twice.
        let note_digit_spans = view.len() > SHORT_TEXT;
        let mut digit_spans = Vec::new();
        let mut hits = std::mem::take(&mut scratch.hits);
        let mut streets = address.then(address::StreetWords::default);
        let mut listed_names = person.then(person::ListedPairs::default);
        let id_words = IdWords {
            selected: [
                (DNI, self.wants(index::ES_DNI) || self.wants(index::ES_NIE)),
                (FISCAL, self.wants(index::IT_FISCAL_CODE)),
                (PAN, self.wants(index::IN_PAN)),
                (NINO, self.wants(index::UK_NINO)),
                (PASSPORT, self.wants(index::PASSPORT)),
                (CN_ID, self.wants(index::CN_RESIDENT_ID)),
            ]
            .iter()
            .filter(|&&(_, wanted)| wanted)
            .fold(0, |bits, &(detector, _)| bits | detector),
        };
        let any_id_words = id_words.selected != 0;
        let secret = self.wants(index::SECRET);
        let mut begin_seen = false;
        let mut ibans = self.wants(index::IBAN).then(iban::Ibans::default);
        words::for_each_span(view, |span| {
            let (start, end) = (span.start, span.end);
            markers.next_span(bytes, span);
            if note_digit_spans && span.has_digit {
                digit_spans.push((start, end));
            }
            // (Not `extend`: it reserves room even for no hit.)
            if let Some(hit) = keywords::cue_at(bytes, start, end) {
                markers.cue(hit, &mut hits);
            }
            if secret || ibans.is_some() {
                if span.ascii {
                    // Tokens start only at the span's start (most spans).
                    token_start_steps(view, start, secret, &mut ibans, &mut candidates);
                } else {
                    words::for_each_ascii_start(bytes, span, |at| {
                        token_start_steps(view, at, secret, &mut ibans, &mut candidates);
                    });
                    if secret && span.unspaced {
                        secret::detect_unspaced_stated(bytes, start, end, &mut candidates);
                    }
                }
                // A PEM block's header (the length first: this runs for
                // every word).
                if end - start == 5 && secret && bytes.get(start..end) == Some(b"BEGIN") {
                    begin_seen = true;
                }
            }
            if let Some(streets) = streets.as_mut() {
                streets.span(view, span, &mut candidates);
            }
            if let Some(listed_names) = listed_names.as_mut() {
                listed_names.span(view, start, &mut candidates);
            }
            if any_id_words {
                let context = Context::new(&hits);
                if span.ascii {
                    // The span is the word (most are).
                    id_words.detect(view, start, end, &context, &mut candidates);
                } else {
                    words::for_each_word_in_span(view, span, |start, end| {
                        id_words.detect(view, start, end, &context, &mut candidates);
                    });
                }
            }
        });
        markers.finish(bytes);
        columns::add_cell_hits(view, &mut hits);
        // A person's display name is read from the address beside it, so
        // addresses are looked for when only names are wanted too (and
        // dropped below as unreported).
        if self.wants(index::EMAIL) || person {
            let emails = candidates.len();
            email::detect(view, &markers, &mut candidates);
            if person {
                mailbox::detect(view, emails, &mut candidates);
            }
        }
        if self.wants(index::URL) {
            url::detect(view, &markers, &mut candidates);
        }
        let context = Context::new(&hits);
        if self.wants(index::DATE_OF_BIRTH) {
            date_of_birth::detect(view, &hits, &mut candidates);
        }
        if person {
            person::detect(view, &hits, &mut candidates);
            role_labels::detect(view, &markers.colons, &mut candidates);
        }
        if address {
            address::detect_after_words(view, &hits, &mut candidates);
        }
        if secret {
            secret::detect_rest(view, &markers, &hits, begin_seen, &mut candidates);
        }
        let ip = self.wants(index::IP_ADDRESS);
        let mut barriers = Vec::new();
        if ip {
            let before = candidates.len();
            ip_address::detect_v6(view, &markers, &mut candidates);
            ip_address::detect_defanged_v4(view, &markers, &mut candidates);
            ip_address::detect_defanged_v6(view, &markers, &mut candidates);
            barriers.extend(
                candidates
                    .get(before..)
                    .unwrap_or_default()
                    .iter()
                    .filter(|c| c.score >= self.threshold)
                    .map(|c| (c.start, c.end)),
            );
            sort(&mut barriers);
        }
        let (card, ssn, phone) = (
            self.wants(index::CREDIT_CARD),
            self.wants(index::US_SSN),
            self.wants(index::PHONE),
        );
        // An id detector that needs a context word to reach the threshold
        // reads nothing in a text without one of its words: what it would
        // find there is dropped below the threshold anyway.
        let cued = hits.iter().fold(0, |kinds, hit| kinds | hit.contexts);
        if cued & keywords::context::NINO != 0 && self.wants(index::UK_NINO) {
            ids::uk_nino::detect_after_cues(view, &hits, &mut candidates);
        }
        let (id_active, id_lengths) = self.id_detectors.iter().enumerate().fold(
            (0u16, 0u64),
            |(active, lengths), (bit, detector)| {
                if detector.best_uncued >= self.threshold || detector.context & cued != 0 {
                    (active | (1 << bit), lengths | (1 << detector.digits))
                } else {
                    (active, lengths)
                }
            },
        );
        // An IBAN spelled out (`D E 8 9 3 7 …`) is looked for where its
        // digits start, as a run: the word pass would look at every word.
        let mut spelled_ibans = self.wants(index::IBAN).then(iban::Ibans::default);
        if card || ssn || phone {
            number_words::detect(view, &hits, [card, ssn, phone], &mut candidates);
        }
        if card || ssn || phone || ip || id_lengths != 0 || spelled_ibans.is_some() {
            let whole = [(0, view.len())];
            let digit_spans = if note_digit_spans {
                &digit_spans[..]
            } else {
                &whole
            };
            digits::for_each_run(view, digit_spans, &barriers, &mut scratch.runs, |run| {
                if let Some(spelled) = spelled_ibans.as_mut() {
                    spelled.before_run(view, run, &mut candidates);
                }
                if ip {
                    ip_address::detect_run_v4(run, &mut candidates);
                }
                // Every other number detector needs at least seven digits.
                if run.digit_total() < digits::FINISHED_FROM_DIGITS {
                    return;
                }
                if id_lengths != 0 {
                    run.windows_of_lengths(id_lengths, |window, digits| {
                        // Most lengths are one detector's: its bit alone,
                        // rather than a comparison with each detector.
                        let mut detectors = id_active
                            & self
                                .id_detectors_by_digits
                                .get(digits)
                                .copied()
                                .unwrap_or(0);
                        while detectors != 0 {
                            let bit = detectors.trailing_zeros() as usize;
                            detectors &= detectors - 1;
                            if let Some(detector) = self.id_detectors.get(bit) {
                                (detector.detect)(run, window, &context, &mut candidates);
                            }
                        }
                    });
                }
                if card {
                    credit_card::detect_run(run, &mut candidates);
                }
                if ssn {
                    us_ssn::detect_run(run, &context, &mut candidates);
                }
                if phone {
                    phone::detect_run(run, &context, &mut candidates);
                }
            });
        }
        for pattern in &self.patterns {
            pattern.detect(view, &mut candidates);
        }
        self.deny.detect(view, &mut candidates);
        let from_app = candidates.len();
        custom::detect_terms(
            known.iter().map(|layer| &layer.terms),
            view,
            &mut candidates,
            &mut scratch.term_key,
        );
        // A detector that cut a span inside a character (a byte cap) widens
        // it to whole characters: covering a little more is safe, dropping or
        // mis-mapping it is not.
        for candidate in &mut candidates {
            while candidate.start > 0 && !view.is_char_boundary(candidate.start) {
                candidate.start -= 1;
            }
            while candidate.end < view.len() && !view.is_char_boundary(candidate.end) {
                candidate.end += 1;
            }
            candidate.end = candidate.end.min(view.len());
        }
        let mut index = 0;
        candidates.retain(|c| {
            index += 1;
            let reported =
                self.all_selected || index > from_app || self.reported.contains(&c.entity);
            c.score >= self.threshold && reported && c.end > c.start
        });
        if !self.allow.is_empty() {
            candidates.retain(|c| {
                !view
                    .get(c.start..c.end)
                    .is_some_and(|value| self.allow.allows(value))
            });
        }
        resolve(view, &mut candidates, &mut scratch.clusters);
        if self.wants(index::URL) {
            url::extend_grown(view, &mut candidates);
        }
        let mut findings: Vec<Finding> = candidates
            .drain(..)
            .map(|candidate| Finding {
                entity: candidate.entity,
                start: candidate.start,
                end: candidate.end,
                score: (candidate.score * 100.0).round() / 100.0,
                bytes: (candidate.start, candidate.end),
            })
            .collect();
        text.to_original(&mut findings);
        hits.clear();
        scratch.candidates = candidates;
        scratch.hits = hits;
        scratch.put_back();
        Ok(findings)
    }
}

/// The secret and IBAN steps where an ASCII token may start (see
/// [`words::for_each_ascii_start`]).
// Always inlined: it runs for every word of a text, and a closure called
// from two places was kept out of line.
#[inline(always)]
fn token_start_steps(
    view: &str,
    at: usize,
    secret: bool,
    ibans: &mut Option<iban::Ibans>,
    candidates: &mut Sink,
) {
    let bytes = view.as_bytes();
    if secret {
        secret::token_start(bytes, at, candidates);
    }
    // Most words have no digit as their third byte, and most that do start
    // with one (`2026-08-12`): an IBAN starts with two letters.
    if let Some(ibans) = ibans.as_mut() {
        if bytes.get(at + 2).is_some_and(u8::is_ascii_digit)
            && bytes.get(at).is_some_and(u8::is_ascii_alphabetic)
        {
            ibans.at(view, at, candidates);
        }
    }
}

/// The word detectors of identifiers made of letters and digits, as bits
/// of [`IdWords::selected`] and of [`ID_WORD_STARTS`].
const DNI: u8 = 1;
const FISCAL: u8 = 2;
const PAN: u8 = 4;
const NINO: u8 = 8;
const PASSPORT: u8 = 16;
const CN_ID: u8 = 32;

/// The lengths of the words a detector looks at (bit `len`).
const fn id_word_lengths(detector: u8) -> u32 {
    match detector {
        DNI => (1 << 7) | (1 << 8) | (1 << 9),
        FISCAL => 1 << 16,
        PAN => 1 << 10,
        NINO => (1 << 2) | (1 << 9),
        // Passport words (the number follows them).
        PASSPORT => (1 << 8) | (1 << 9) | (1 << 10),
        CN_ID => 1 << 18,
        _ => 0,
    }
}

/// Whether a detector looks at words starting with `byte`.
const fn id_word_starts_with(detector: u8, byte: u8) -> bool {
    match detector {
        DNI => byte.is_ascii_digit() || matches!(byte, b'X' | b'Y' | b'Z' | b'x' | b'y' | b'z'),
        FISCAL => true,
        PAN | NINO => byte.is_ascii_uppercase(),
        PASSPORT => matches!(byte | 0x20, b'p' | b'r'),
        CN_ID => matches!(byte, b'1'..=b'8'),
        _ => false,
    }
}

/// For each first byte, the detectors that look at words starting with it
/// (bits), and the union of their lengths: one look-up turns away most
/// words of a text.
// Evaluated at compile time: an index out of bounds is a build error.
#[allow(clippy::indexing_slicing)]
const ID_WORD_STARTS: [(u8, u32); 256] = {
    let mut table = [(0u8, 0u32); 256];
    let mut byte = 0;
    while byte < 256 {
        let mut detector = 1u8;
        while detector <= CN_ID {
            if id_word_starts_with(detector, byte as u8) {
                table[byte].0 |= detector;
                table[byte].1 |= id_word_lengths(detector);
            }
            detector <<= 1;
        }
        byte += 1;
    }
    table
};

/// The word detectors of identifiers made of letters and digits that a
/// scanner runs.
struct IdWords {
    /// Bits of the detectors selected.
    selected: u8,
}

impl IdWords {
    /// Runs the detectors on the word `start..end`, each only on words of
    /// its lengths and first bytes.
    // Inlined: this runs for every word of a text and turns most away.
    #[inline]
    fn detect(
        &self,
        view: &str,
        start: usize,
        end: usize,
        context: &Context<'_>,
        candidates: &mut Sink,
    ) {
        let len = end - start;
        let first = view.as_bytes().get(start).copied().unwrap_or(0);
        let (detectors, lengths) = ID_WORD_STARTS
            .get(usize::from(first))
            .copied()
            .unwrap_or((0, 0));
        if len < 32 && lengths & (1 << len) != 0 {
            self.run(
                detectors & self.selected,
                view,
                (start, end),
                context,
                candidates,
            );
        }
    }

    /// Runs `detectors` (bits) that read words of the length of `word`.
    #[inline(never)]
    fn run(
        &self,
        detectors: u8,
        view: &str,
        (start, end): (usize, usize),
        context: &Context<'_>,
        candidates: &mut Sink,
    ) {
        let len = end - start;
        let runs =
            |detector: u8| detectors & detector != 0 && id_word_lengths(detector) & (1 << len) != 0;
        if runs(DNI) {
            ids::es_dni::detect_word(view, start, end, context, candidates);
        }
        if runs(FISCAL) {
            ids::it_fiscal_code::detect_word(view, start, end, candidates);
        }
        if runs(PAN) {
            ids::in_pan::detect_word(view, start, end, context, candidates);
        }
        if runs(NINO) {
            ids::uk_nino::detect_word(view, start, end, context, candidates);
        }
        if runs(PASSPORT) {
            ids::passport::detect_word(view, start, end, candidates);
        }
        if runs(CN_ID) {
            ids::cn_resident_id::detect_word(view, start, end, candidates);
        }
    }
}

/// Drops candidates inside a longer one, then keeps the best of overlapping
/// candidates, in place: `candidates` is left holding them by position.
///
/// Candidates are sorted once by position and split into clusters of
/// transitively overlapping spans; most clusters hold one candidate and are
/// kept as they are, so the cost is that of the sort. (In place: a short
/// text's scan made more allocations here than in any detector.)
#[inline(never)]
fn resolve(view: &str, candidates: &mut Vec<Candidate>, buffers: &mut ClusterBuffers) {
    // By start alone: the clusters depend only on the starts, and each
    // cluster is ranked by its own total order below. std's sort, unlike
    // the crate's small one (`crate::sort`): a dense text has a candidate
    // every few dozen bytes, and heapsort made such a scan 11% slower. The
    // stable one: each detector's candidates come in order, and it merges
    // such runs (a dense text's scan: 1.1% fewer instructions than with
    // the unstable one).
    candidates.sort_by_key(|candidate| candidate.start);
    // `candidates[..kept]` are resolved; a cluster never keeps more than it
    // holds, so they never reach the cluster being read.
    let mut kept = 0;
    let mut first = 0;
    while let Some(head) = candidates.get(first) {
        let mut cluster_end = head.end;
        let mut last = first + 1;
        while let Some(next) = candidates.get(last).filter(|c| c.start < cluster_end) {
            cluster_end = cluster_end.max(next.end);
            last += 1;
        }
        if last - first == 1 {
            candidates.swap(kept, first);
            kept += 1;
        } else if let Some(cluster) = candidates.get_mut(first..last) {
            let mut chosen = Chosen::for_cluster(cluster.len(), &mut buffers.few);
            resolve_cluster(view, cluster, &mut chosen, &mut buffers.overlapping);
            let mut put = |candidate| {
                if let Some(slot) = candidates.get_mut(kept) {
                    *slot = candidate;
                    kept += 1;
                }
            };
            match chosen {
                Chosen::Few(mut list) => {
                    list.drain(..).for_each(&mut put);
                    buffers.few = list;
                }
                Chosen::Many(map) => map.into_values().for_each(put),
            }
        }
        first = last;
    }
    candidates.truncate(kept);
}

/// The lists [`resolve_cluster`] fills and empties, shared by the clusters
/// of a text (and kept by [`Scratch`] for the next).
#[derive(Default)]
struct ClusterBuffers {
    /// The starts of the chosen candidates that overlap the one at hand.
    overlapping: Vec<usize>,
    /// [`Chosen::Few`]'s list.
    few: Vec<Candidate>,
}

/// The candidates a cluster keeps, by start. They never overlap, so those
/// overlapping a new candidate are contiguous.
enum Chosen {
    /// A list in order of start, for most clusters: a few candidates.
    Few(Vec<Candidate>),
    /// An ordered map, which keeps adversarial clusters (a megabyte of
    /// overlapping card-like windows) at O(k log k).
    Many(BTreeMap<usize, Candidate>),
}

impl Chosen {
    /// Room for a cluster of `len` candidates; a small one takes the empty
    /// list `few` (given back after the cluster).
    fn for_cluster(len: usize, few: &mut Vec<Candidate>) -> Chosen {
        // Up to this many, inserting into a list moves at most a few
        // kilobytes, and no node is allocated.
        const MOST_IN_A_LIST: usize = 64;
        if len <= MOST_IN_A_LIST {
            Chosen::Few(std::mem::take(few))
        } else {
            Chosen::Many(BTreeMap::new())
        }
    }

    /// Puts in `out` the starts of the chosen candidates that overlap
    /// `start..end`, the last first.
    fn overlapping(&self, start: usize, end: usize, out: &mut Vec<usize>) {
        out.clear();
        match self {
            Chosen::Few(list) => {
                let before_end = list.partition_point(|k| k.start < end);
                out.extend(
                    list.get(..before_end)
                        .unwrap_or_default()
                        .iter()
                        .rev()
                        .take_while(|k| k.end > start)
                        .map(|k| k.start),
                );
            }
            Chosen::Many(map) => out.extend(
                map.range(..end)
                    .rev()
                    .take_while(|(_, k)| k.end > start)
                    .map(|(&start, _)| start),
            ),
        }
    }

    fn get(&self, start: usize) -> Option<&Candidate> {
        match self {
            Chosen::Few(list) => list
                .binary_search_by_key(&start, |k| k.start)
                .ok()
                .and_then(|index| list.get(index)),
            Chosen::Many(map) => map.get(&start),
        }
    }

    fn remove(&mut self, start: usize) -> Option<Candidate> {
        match self {
            Chosen::Few(list) => {
                let index = list.binary_search_by_key(&start, |k| k.start).ok()?;
                Some(list.remove(index))
            }
            Chosen::Many(map) => map.remove(&start),
        }
    }

    /// Adds `candidate`, in place of a chosen one with the same start.
    fn insert(&mut self, candidate: Candidate) {
        match self {
            Chosen::Few(list) => match list.binary_search_by_key(&candidate.start, |k| k.start) {
                Ok(index) => {
                    if let Some(slot) = list.get_mut(index) {
                        *slot = candidate;
                    }
                }
                Err(index) => list.insert(index, candidate),
            },
            Chosen::Many(map) => {
                map.insert(candidate.start, candidate);
            }
        }
    }
}

/// Types found as windows over a run of digit groups: their candidates
/// overlap by construction (a 13-digit window across a card and the next
/// number), so partial overlaps among them are left to the ranking.
const DIGIT_WINDOWS: [EntityType; 15] = [
    EntityType::CREDIT_CARD,
    EntityType::PHONE,
    EntityType::US_SSN,
    EntityType::IBAN,
    EntityType::UK_NHS,
    EntityType::CA_SIN,
    EntityType::FR_NIR,
    EntityType::NL_BSN,
    EntityType::DE_TAX_ID,
    EntityType::IN_AADHAAR,
    EntityType::BR_CPF,
    EntityType::BR_CNPJ,
    EntityType::AU_TFN,
    EntityType::KR_RRN,
    EntityType::JP_MY_NUMBER,
];

/// Resolves one cluster into `chosen` (empty, and left keyed by start):
/// best first (higher score, then longer,
/// then earlier), each kept unless it overlaps one already kept, except that
/// a candidate containing every kept candidate it overlaps replaces them (a
/// URL over the email in its query string). A candidate that only partly
/// overlaps kept ones and reaches past them with letters or digits is
/// merged into them: the kept candidate grows to cover both, so nothing it
/// found is left out (two emails sharing characters in
/// `u?e=a@b.mail=c@d.co` must not leave `c@d.co` behind, nor an email glued
/// to an IPv6 address the address's prefix). Only among windows over digit
/// runs (cards, phones, national ids), which overlap by construction, is a
/// partly overlapping candidate dropped instead.
fn resolve_cluster(
    view: &str,
    cluster: &mut [Candidate],
    chosen: &mut Chosen,
    overlapping: &mut Vec<usize>,
) {
    sort_by(cluster, |a, b| {
        b.score
            .total_cmp(&a.score)
            .then_with(|| (b.end - b.start).cmp(&(a.end - a.start)))
            .then_with(|| a.start.cmp(&b.start))
            .then_with(|| a.entity.cmp(&b.entity))
    });
    for candidate in cluster.iter() {
        chosen.overlapping(candidate.start, candidate.end, overlapping);
        // Replaceable: every overlapping kept candidate lies strictly inside
        // this one (vacuously true when none overlaps).
        let replaceable = overlapping.iter().all(|start| {
            chosen.get(*start).is_some_and(|k| {
                candidate.start <= k.start
                    && k.end <= candidate.end
                    && k.end - k.start < candidate.end - candidate.start
            })
        });
        if replaceable {
            for &start in overlapping.iter() {
                chosen.remove(start);
            }
            chosen.insert(candidate.clone());
            continue;
        }
        // Covered when the kept candidates it overlaps leave none of its
        // letters or digits out (one containing it, or two neighbours it
        // straddles across a space: a window across two adjacent cards).
        let mut uncovered_content = false;
        let mut reach = candidate.start;
        let has_content = |from: usize, to: usize| {
            view.as_bytes()
                .get(from..to)
                .is_some_and(|gap| gap.iter().any(|&b| b.is_ascii_alphanumeric() || b >= 0x80))
        };
        for start in overlapping.iter().rev() {
            if let Some(k) = chosen.get(*start) {
                if k.start > reach {
                    uncovered_content |= has_content(reach, k.start.min(candidate.end));
                }
                reach = reach.max(k.end);
            }
        }
        if reach < candidate.end {
            uncovered_content |= has_content(reach, candidate.end);
        }
        let digit_windows_only = DIGIT_WINDOWS.contains(&candidate.entity)
            && overlapping
                .iter()
                .filter_map(|&start| chosen.get(start))
                .all(|k| DIGIT_WINDOWS.contains(&k.entity));
        if !uncovered_content || digit_windows_only {
            continue;
        }
        // Partly overlapping: the best overlapping kept candidate absorbs
        // this one and any other kept candidate it now touches.
        let mut merged: Option<Candidate> = None;
        for &start in overlapping.iter() {
            if let Some(k) = chosen.remove(start) {
                merged = Some(match merged {
                    None => k,
                    Some(best) => {
                        let better = if k.score > best.score {
                            k.clone()
                        } else {
                            best.clone()
                        };
                        Candidate {
                            start: best.start.min(k.start),
                            end: best.end.max(k.end),
                            ..better
                        }
                    }
                });
            }
        }
        if let Some(best) = merged {
            let grown = Candidate {
                start: best.start.min(candidate.start),
                end: best.end.max(candidate.end),
                ..best
            };
            chosen.insert(grown);
        }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// Every string of at most `most` of `pieces`, in order of length: for
    /// comparing two readings of the same text exhaustively.
    pub(crate) fn every_string(pieces: &[&str], most: usize) -> Vec<String> {
        let mut texts = vec![String::new()];
        let mut last = 0..1;
        for _ in 0..most {
            let longer: Vec<String> = texts
                .get(last.clone())
                .unwrap_or_default()
                .iter()
                .flat_map(|text| pieces.iter().map(move |piece| format!("{text}{piece}")))
                .collect();
            last = texts.len()..texts.len() + longer.len();
            texts.extend(longer);
        }
        texts
    }

    /// The substrings of `text` that the default scanner reports as `entity`.
    pub(crate) fn found(text: &str, entity: &str) -> Vec<String> {
        let units: Vec<u16> = text.encode_utf16().collect();
        Scanner::new(ScanOptions::default())
            .unwrap()
            .scan(text)
            .unwrap()
            .into_iter()
            .filter(|f| f.entity.as_str() == entity)
            .map(|f| String::from_utf16(&units[f.start..f.end]).unwrap())
            .collect()
    }

    #[test]
    fn every_string_in_order_of_length() {
        assert_eq!(
            every_string(&["a", "é"], 2),
            ["", "a", "é", "aa", "aé", "éa", "éé"]
        );
    }

    #[test]
    fn indexes_match_the_list() {
        assert_eq!(BUILT_IN_ENTITIES[index::EMAIL], EntityType::EMAIL);
        assert_eq!(BUILT_IN_ENTITIES[index::ADDRESS], EntityType::ADDRESS);
        assert_eq!(BUILT_IN_ENTITIES[index::ES_NIE], EntityType::ES_NIE);
        assert_eq!(index::ADDRESS + 1, BUILT_IN_COUNT);
    }

    #[test]
    fn a_scan_does_not_depend_on_the_previous_one_on_its_thread() {
        // The thread's buffers are reused: each text is scanned after every
        // other, and compared with a scan on a new thread, which starts
        // without them.
        let texts = [
            "call +1 (415) 555-0100 or 4111 1111 1111 1111, IBAN DE89 3704 0044 0532 0130 00",
            "",
            "Hi, it's Jana again. My order 88231 arrived broken; +420 601 123 456.",
            "Ｊａｎａ ５５５－０１００ 日本語 jane\u{200b}@example.com 10.0.0.1:8080",
            "4 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1",
            "no personal data here, version 1.2.3, 12:30:05",
        ];
        let fresh: Vec<Vec<Finding>> = texts
            .iter()
            .map(|&text| {
                let text = text.to_owned();
                std::thread::spawn(move || {
                    Scanner::new(ScanOptions::default())
                        .unwrap()
                        .scan(&text)
                        .unwrap()
                })
                .join()
                .unwrap()
            })
            .collect();
        assert!(fresh.iter().filter(|found| !found.is_empty()).count() >= 4);
        let scanner = Scanner::new(ScanOptions::default()).unwrap();
        for before in texts {
            for (text, expected) in texts.iter().zip(&fresh) {
                scanner.scan(before).unwrap();
                assert_eq!(
                    &scanner.scan(text).unwrap(),
                    expected,
                    "{text:?} after {before:?}"
                );
            }
        }
    }

    #[test]
    fn containing_candidate_wins() {
        let text = "see https://x.io/?email=jane@example.com now";
        let findings = Scanner::new(ScanOptions::default())
            .unwrap()
            .scan(text)
            .unwrap();
        assert_eq!(findings.len(), 1);
        assert_eq!(findings[0].entity, EntityType::URL);
    }

    #[test]
    fn spans_are_utf16_around_emoji_and_cjk() {
        let text = "🦀漢字 jane@example.com 👍🏽 +44 20 7946 0958";
        let findings = Scanner::new(ScanOptions::default())
            .unwrap()
            .scan(text)
            .unwrap();
        let units: Vec<u16> = text.encode_utf16().collect();
        let values: Vec<String> = findings
            .iter()
            .map(|f| String::from_utf16(&units[f.start..f.end]).unwrap())
            .collect();
        assert_eq!(values, ["jane@example.com", "+44 20 7946 0958"]);
        assert_eq!(findings[0].start, 5);
    }

    #[test]
    fn partly_overlapping_findings_merge_so_nothing_found_is_left_out() {
        // Two emails share "mail": before, one won and "=c@d.co" of the
        // other stayed in the output (found by fuzzing).
        let text = "see x.example/u?email=a@b.mail=c@d.co now";
        let findings = Scanner::new(ScanOptions::default())
            .unwrap()
            .scan(text)
            .unwrap();
        let covered: Vec<&str> = findings.iter().map(|f| &text[f.byte_range()]).collect();
        assert!(
            covered
                .iter()
                .any(|span| span.contains("a@b.mail") && span.ends_with("c@d.co")),
            "{covered:?}"
        );
    }

    #[test]
    fn a_url_grown_by_a_phone_number_takes_what_is_glued_after_it() {
        // The URL ends at the space, the phone number it runs into goes on
        // to `456`: the merged URL stopped there and left `\u{FFFD}b.cbb`
        // glued to its replacement, which a second pass read as a longer
        // URL (found by fuzzing, surrogate redaction not idempotent).
        let scanner = Scanner::new(ScanOptions::default()).unwrap();
        for (text, expected) in [
            (
                "http://example.org/x.+40 601122 456\u{FFFD}b.cbb ok",
                "http://example.org/x.+40 601122 456\u{FFFD}b.cbb",
            ),
            (
                "see http://example.org/x.+40 601122 456\u{FFFD}b.cbb. Then",
                "http://example.org/x.+40 601122 456\u{FFFD}b.cbb",
            ),
        ] {
            let findings = scanner.scan(text).unwrap();
            let spans: Vec<&str> = findings.iter().map(|f| &text[f.byte_range()]).collect();
            assert_eq!(spans, [expected], "{text}");
        }
    }

    #[test]
    fn an_email_glued_onto_an_ipv6_address_leaves_no_prefix_behind() {
        let scanner = Scanner::new(ScanOptions::default()).unwrap();
        for glued in ["1exauple", "1e_auple"] {
            let text = format!("see 2a02:8108:1234::{glued}/u?email=a@b.co now");
            let findings = scanner.scan(&text).unwrap();
            let covered: Vec<&str> = findings.iter().map(|f| &text[f.byte_range()]).collect();
            // The query's key between them is neither's.
            let address = format!("2a02:8108:1234::{glued}");
            assert_eq!(covered, [address.as_str(), "a@b.co"], "{text}");
        }
    }

    #[test]
    fn a_secret_value_of_multibyte_characters_is_taken_whole() {
        // A value past the key-value detector's 512 bytes is no credential;
        // one within them is taken whole, ending on a character boundary
        // (a cap that fell inside a three-byte character was found by
        // fuzzing; spans are widened to whole characters wherever cut).
        let scanner = Scanner::new(ScanOptions::default()).unwrap();
        let long = format!("password={}", "€".repeat(200));
        assert!(scanner.scan(&long).unwrap().is_empty());
        let text = format!("password={} end", "€".repeat(170));
        let findings = scanner.scan(&text).unwrap();
        assert_eq!(findings.len(), 1);
        let value = &text[findings[0].byte_range()];
        assert_eq!(value.chars().count(), 170, "{value}");
    }

    #[test]
    fn entity_selection_threshold_and_limits() {
        let text = "jane@example.com 4111 1111 1111 1111";
        let only_cards = Scanner::new(ScanOptions {
            entities: Some(vec![EntityType::CREDIT_CARD]),
            ..ScanOptions::default()
        })
        .unwrap();
        let types: Vec<_> = only_cards
            .scan(text)
            .unwrap()
            .into_iter()
            .map(|f| f.entity)
            .collect();
        assert_eq!(types, [EntityType::CREDIT_CARD]);

        let error = Scanner::new(ScanOptions {
            entities: Some(vec![EntityType::new("NOPE").unwrap()]),
            ..ScanOptions::default()
        })
        .unwrap_err();
        assert_eq!(
            (error.code(), error.path()),
            ("INVALID_OPTIONS", Some("entities[0]"))
        );
        assert_eq!(
            Scanner::new(ScanOptions {
                threshold: Some(1.5),
                ..ScanOptions::default()
            })
            .unwrap_err()
            .path(),
            Some("threshold")
        );

        let strict = Scanner::new(ScanOptions {
            threshold: Some(0.99),
            ..ScanOptions::default()
        })
        .unwrap();
        assert!(strict.scan(text).unwrap().is_empty());

        let small = Scanner::new(ScanOptions {
            max_input_length: Some(10),
            ..ScanOptions::default()
        })
        .unwrap();
        let error = small.scan("an input longer than ten").unwrap_err();
        assert_eq!(
            (error.code(), error.offset()),
            ("INPUT_TOO_LARGE", Some(10))
        );
        assert!(small.scan("ten units!").is_ok());
        assert!(
            small.scan("ünïcødé!!!").is_ok(),
            "the limit counts UTF-16 units, not bytes"
        );
    }

    #[test]
    fn pii_free_text_has_no_findings() {
        let text = "Release 2.4.1 (2026-08-12): fixed a crash at 12:30:05 when more than 1,024 items \
                    cost $1,299.99; see commit 9f8e7d6c and issue #4521. Build 20260812-09, order \
                    INV-2024-000123, UUID 123e4567-e89b-12d3-a456-426614174000, ISBN 978-3-16-148410-0, \
                    std::io::Result, sha256 e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855.";
        assert_eq!(
            Scanner::new(ScanOptions::default())
                .unwrap()
                .scan(text)
                .unwrap(),
            vec![]
        );
    }
}
