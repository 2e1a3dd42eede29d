//! The vault: what each token stands for, kept in the page, and the restore
//! that puts the originals back into an AI's answer.

use std::collections::hash_map::Entry;
use std::collections::{BTreeMap, BTreeSet};
use std::hash::{BuildHasher, Hash, Hasher};

use foldhash::{HashMap, HashSet};

use chacha20poly1305::aead::{Aead, Payload};
use chacha20poly1305::{KeyInit, XChaCha20Poly1305, XNonce};

use crate::entity::EntityType;
use crate::error::{Error, ErrorKind, Result};
use crate::keys::{Key, KeyRing};
use crate::sort::sort;
use crate::transform::normalize;

/// The first bytes of an exported vault (format version 1).
const MAGIC: &[u8; 4] = b"BFV1";
const NONCE_LEN: usize = 24;
const TAG_LEN: usize = 16;

/// Token → original, for every reversible replacement made through it, and
/// the numbering of placeholders per type.
#[derive(Clone, Debug, Default)]
pub struct Vault {
    /// Uppercased token (without brackets) → original text.
    originals: HashMap<String, String>,
    /// (type, normalized value) → placeholder number.
    numbers: HashMap<(EntityType, String), u32>,
    /// Placeholders issued per type.
    counters: HashMap<EntityType, u32>,
    /// (type, normalized value) → the surrogate issued for it, or empty when
    /// it had none and got the pseudonym.
    surrogate_of: HashMap<(EntityType, String), String>,
    /// Lowercased surrogate → (type, original); sorted, so a stream's
    /// restore can tell whether a held-back suffix begins some surrogate
    /// (whole surrogates are found through `surrogate_lengths`).
    surrogates: BTreeMap<String, (EntityType, String)>,
    /// The byte lengths of the surrogates that begin with each lowercased
    /// [`SURROGATE_PREFIX`] bytes, longest first: every email surrogate
    /// begins with `use`, so looking at each one that shares the prefix made
    /// restore and redact take time in the text's length times the number
    /// of surrogates; each length is one look-up.
    surrogate_lengths: HashMap<[u8; SURROGATE_PREFIX], Vec<usize>>,
    /// Every value found in text redacted through this vault, as the
    /// fingerprint of its lowercased form ([`Vault::fingerprint`]): a
    /// surrogate must never equal one (restore could not tell them apart),
    /// and one is never mistaken for an issued surrogate. Two values that
    /// share a fingerprint (one pair in 2^64) only make the vault more
    /// careful: another surrogate is drawn, or a surrogate redacted again.
    seen: HashSet<u64>,
    /// Byte lengths of the keyed tokens (pseudonyms) in `originals`, and
    /// their first two bytes: restore looks for these anywhere, even inside
    /// words, and these let it pass over most places at a glance.
    keyed_lengths: BTreeSet<usize>,
    keyed_heads: HashSet<[u8; 2]>,
    /// Since [`Vault::checkpoint`]: the tokens (uppercased, without
    /// brackets) and surrogates (lowercased) issued for the first time.
    fresh: Option<Vec<Fresh>>,
}

/// A string hashed as its ASCII-lowercased form, without making that form.
struct AsciiLowercase<'a>(&'a str);

impl Hash for AsciiLowercase<'_> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        let mut lowered = [0; 64];
        for piece in self.0.as_bytes().chunks(lowered.len()) {
            if let Some(lowered) = lowered.get_mut(..piece.len()) {
                lowered.copy_from_slice(piece);
                lowered.make_ascii_lowercase();
                state.write(lowered);
            }
        }
        state.write_usize(self.0.len());
    }
}

/// A token or surrogate first issued since the checkpoint.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
enum Fresh {
    Token(String),
    Surrogate(String),
}

/// How many draws a surrogate gets before the pseudonym is used instead.
const SURROGATE_ATTEMPTS: u32 = 64;

/// The fewest bytes of any surrogate (`Ari`), used as the look-up prefix.
const SURROGATE_PREFIX: usize = 3;

/// The result of [`Vault::restore`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Restored {
    /// The text with every known token replaced by its original.
    pub text: String,
    /// Tokens in the text that look like this vault's but that it never
    /// issued (a model inventing `<EMAIL_7>`), left as they are.
    pub unresolved: Vec<String>,
}

impl Vault {
    /// The placeholder for `value` as `entity`: the same value (after
    /// normalization) always gets the same `<TYPE_N>`.
    pub fn placeholder(&mut self, entity: &EntityType, value: &str) -> String {
        let mut token = String::new();
        self.push_placeholder(entity, value, &mut token);
        token
    }

    /// Appends [`Vault::placeholder`] to `out` (a redacted text being
    /// written: no string of its own).
    pub(crate) fn push_placeholder(&mut self, entity: &EntityType, value: &str, out: &mut String) {
        let key = (entity.clone(), normalize(entity, value).into_owned());
        let (number, new) = match self.numbers.entry(key) {
            Entry::Occupied(numbered) => (*numbered.get(), false),
            Entry::Vacant(unnumbered) => {
                let counter = self.counters.entry(entity.clone()).or_insert(0);
                *counter += 1;
                (*unnumbered.insert(*counter), true)
            }
        };
        // Entity names are uppercase already, so the token is its own key.
        out.push('<');
        let from = out.len();
        out.push_str(entity.as_str());
        out.push('_');
        crate::json::push_decimal(out, u64::from(number));
        // A value numbered before has its token in `originals` (the two are
        // filled, cleared and imported together).
        let key = out.get(from..).unwrap_or_default();
        if new && !self.originals.contains_key(key) {
            self.note_fresh(|| Fresh::Token(key.to_owned()));
            self.originals.insert(key.to_owned(), value.to_owned());
        }
        out.push('>');
    }

    /// Whether `token` (uppercased, without brackets) is a placeholder this
    /// vault issued: `TYPE_N` with `N` at most the type's count.
    fn is_placeholder(&self, token: &str) -> bool {
        token.rsplit_once('_').is_some_and(|(name, number)| {
            let count = self
                .counters
                .iter()
                .find(|(entity, _)| entity.as_str() == name)
                .map_or(0, |(_, &count)| count);
            !number.starts_with('0')
                && number
                    .parse::<u32>()
                    .is_ok_and(|n| (1..=count).contains(&n))
        })
    }

    /// Records that `token` (a keyed pseudonym) stands for `value`.
    pub(crate) fn remember(&mut self, token: &str, value: &str) {
        let token = token.to_ascii_uppercase();
        self.index_keyed(&token);
        if !self.originals.contains_key(&token) {
            self.note_fresh(|| Fresh::Token(token.clone()));
            self.originals.insert(token, value.to_owned());
        }
    }

    /// Starts noting the tokens and surrogates issued for the first time,
    /// for [`Vault::settle`].
    pub(crate) fn checkpoint(&mut self) {
        self.fresh = Some(Vec::new());
    }

    /// Ends a checkpoint. Forms equal after normalization share a token,
    /// which restores to the form it first replaced; but redaction may redo
    /// its replacements in a later round (what is new in its output goes
    /// back to the input), and the form a token first replaced may then be
    /// part of a longer finding. So each token first issued since the
    /// checkpoint is made to restore to the first value it replaces in
    /// `final_replacements` (token as written, value), the replacements that
    /// stand in the output. Tokens issued before keep their originals: text
    /// redacted earlier holds them.
    pub(crate) fn settle<'r>(
        &mut self,
        final_replacements: impl IntoIterator<Item = (&'r str, &'r str)>,
    ) {
        let Some(fresh) = self.fresh.take() else {
            return;
        };
        let mut unsettled: HashSet<Fresh> = fresh.into_iter().collect();
        for (written, value) in final_replacements {
            if unsettled.is_empty() {
                break;
            }
            let token = written
                .trim_start_matches('<')
                .trim_end_matches('>')
                .to_ascii_uppercase();
            if let Some(original) = self.originals.get_mut(&token) {
                if unsettled.remove(&Fresh::Token(token)) {
                    value.clone_into(original);
                }
                continue;
            }
            let lower = written.to_ascii_lowercase();
            if let Some((_, original)) = self.surrogates.get_mut(&lower) {
                if unsettled.remove(&Fresh::Surrogate(lower)) {
                    value.clone_into(original);
                }
            }
        }
    }

    /// Remembers the surrogate `lower` (lowercased) of `original`.
    fn insert_surrogate(&mut self, lower: String, entity: EntityType, original: String) {
        if let Some(head) = lower
            .as_bytes()
            .get(..SURROGATE_PREFIX)
            .and_then(|head| <[u8; SURROGATE_PREFIX]>::try_from(head).ok())
        {
            let lengths = self.surrogate_lengths.entry(head).or_default();
            if let Err(at) = lengths.binary_search_by(|probe| lower.len().cmp(probe)) {
                lengths.insert(at, lower.len());
            }
        }
        self.surrogates.insert(lower, (entity, original));
    }

    fn note_fresh(&mut self, fresh: impl FnOnce() -> Fresh) {
        if let Some(issued) = &mut self.fresh {
            issued.push(fresh());
        }
    }

    fn index_keyed(&mut self, token: &str) {
        if let [first, second, ..] = *token.as_bytes() {
            self.keyed_lengths.insert(token.len());
            self.keyed_heads.insert([first, second]);
        }
    }

    /// Whether a keyed token may start at byte `at` of `bytes` (ASCII case
    /// and markdown escapes aside). With `open_end`, the text may continue
    /// past its end, so a token may still complete there.
    fn keyed_head_at(&self, bytes: &[u8], at: usize, open_end: bool) -> bool {
        if self.keyed_heads.is_empty() {
            return false;
        }
        let Some(first) = bytes.get(at).map(u8::to_ascii_uppercase) else {
            return false;
        };
        match bytes
            .get(at + 1..)
            .and_then(|rest| rest.iter().find(|&&b| b != b'\\'))
        {
            Some(second) => self
                .keyed_heads
                .contains(&[first, second.to_ascii_uppercase()]),
            None => open_end && self.keyed_heads.iter().any(|head| head[0] == first),
        }
    }

    /// The surrogate for `value` as `entity` in `scope`: the one issued
    /// before for the same normalized value, or the first of `draw(0)`, `draw(1)`, … that
    /// no other value holds. `None` when `draw` has no surrogate for the
    /// value or every attempt is taken.
    pub(crate) fn surrogate(
        &mut self,
        entity: &EntityType,
        scope: &str,
        value: &str,
        draw: impl Fn(u32) -> Option<String>,
    ) -> Option<String> {
        // The scope (a policy rule's path, or empty) leads, so scoped and
        // unscoped values never share an entry.
        let key = (
            entity.clone(),
            format!("{scope}\0{}", normalize(entity, value)),
        );
        if let Some(surrogate) = self.surrogate_of.get(&key) {
            // Empty: the value had no surrogate before and got the
            // pseudonym; every form of it keeps getting the pseudonym.
            return (!surrogate.is_empty()).then(|| surrogate.clone());
        }
        for attempt in 0..SURROGATE_ATTEMPTS {
            let surrogate = draw(attempt)?;
            let lower = surrogate.to_ascii_lowercase();
            // A surrogate is matched on its own in restore: it must be
            // ASCII, at least the look-up prefix long, and new.
            if !surrogate.is_ascii()
                || !(SURROGATE_PREFIX..=MAX_TOKEN_SPAN).contains(&surrogate.len())
                || self.surrogates.contains_key(&lower)
                || lower == value.to_ascii_lowercase()
                || self.seen.contains(&self.fingerprint(&lower))
            {
                continue;
            }
            self.note_fresh(|| Fresh::Surrogate(lower.clone()));
            self.insert_surrogate(lower, entity.clone(), value.to_owned());
            self.surrogate_of.insert(key, surrogate.clone());
            return Some(surrogate);
        }
        self.surrogate_of.insert(key, String::new());
        None
    }

    /// Whether `value` is something this vault issued: a surrogate for
    /// `entity`, or a placeholder or pseudonym of any type (a detector may
    /// take `password=SECRET_k1_…` for a secret again). Redacting redacted
    /// text again leaves these alone.
    pub(crate) fn issued(&self, entity: &EntityType, value: &str) -> bool {
        // Every token holds an `_` (`EMAIL_1`, `EMAIL_k1_…`); most values
        // looked up here are not ours, so neither copy is made for them.
        let token = value.contains('_') && {
            let token = value
                .trim_start_matches(['<', '['])
                .trim_end_matches(['>', ']'])
                .to_ascii_uppercase();
            self.originals.contains_key(&token)
        };
        token
            || !self.surrogates.is_empty() && {
                let lower = value.to_ascii_lowercase();
                !self.seen.contains(&self.fingerprint(&lower))
                    && self
                        .surrogates
                        .get(&lower)
                        .is_some_and(|(issued_as, _)| issued_as == entity)
            }
    }

    /// Byte spans of `text` that are surrogates this vault issued, as
    /// `restore` would find them (whole words, any ASCII case).
    pub(crate) fn surrogate_spans(&self, text: &str) -> Vec<(usize, usize)> {
        self.surrogate_spans_where(text, &|_| true)
    }

    /// [`Vault::surrogate_spans`] without the surrogates first issued since
    /// the checkpoint. In the text being redacted, one of those cannot have
    /// been pasted from an earlier answer: it is a coincidence (or written
    /// by someone who knows the key), and is text like any other, so that a
    /// value overlapping it is replaced rather than left as issued text.
    pub(crate) fn earlier_surrogate_spans(&self, text: &str) -> Vec<(usize, usize)> {
        if self.surrogates.is_empty() {
            return Vec::new();
        }
        let fresh: HashSet<&str> = self
            .fresh
            .iter()
            .flatten()
            .filter_map(|fresh| match fresh {
                Fresh::Surrogate(lower) => Some(lower.as_str()),
                Fresh::Token(_) => None,
            })
            .collect();
        self.surrogate_spans_where(text, &|lower| !fresh.contains(lower))
    }

    fn surrogate_spans_where(
        &self,
        text: &str,
        counts: &dyn Fn(&str) -> bool,
    ) -> Vec<(usize, usize)> {
        let mut spans = Vec::new();
        if self.surrogates.is_empty() {
            return spans;
        }
        let mut pos = 0;
        while pos < text.len() {
            let prev = pos
                .checked_sub(1)
                .and_then(|at| text.as_bytes().get(at).copied())
                .unwrap_or(0);
            match self.surrogate_match(text, pos, prev, counts) {
                Some((end, _)) => {
                    spans.push((pos, end));
                    pos = end;
                }
                None => pos += 1,
            }
        }
        spans
    }

    /// Notes values found in text about to be redacted, before any of them
    /// is replaced: see `seen`.
    pub(crate) fn see<'v>(&mut self, values: impl IntoIterator<Item = &'v str>) {
        for value in values {
            // A value that is one of our surrogates echoed back stays a
            // surrogate; anything else is an original.
            if self.surrogates.is_empty()
                || !self.surrogates.contains_key(&value.to_ascii_lowercase())
            {
                let fingerprint = self.fingerprint(value);
                self.seen.insert(fingerprint);
            }
        }
    }

    /// The fingerprint of `value`'s lowercased form in `seen`, made without
    /// a lowercased copy (every typed field and finding is seen).
    fn fingerprint(&self, value: &str) -> u64 {
        self.seen.hasher().hash_one(AsciiLowercase(value))
    }

    /// How many tokens and surrogates the vault can restore.
    pub fn len(&self) -> usize {
        self.originals.len() + self.surrogates.len()
    }

    /// Whether the vault is empty.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Forgets everything.
    pub fn clear(&mut self) {
        *self = Vault::default();
    }

    /// Puts originals back into `text`, tolerating what models do to tokens:
    /// any case, lost or changed brackets (`<EMAIL_1>`, `[EMAIL_1]`,
    /// `EMAIL_1`), markdown escapes (`\<EMAIL\_1\>`), and text run into
    /// them. Surrogates are found as written (ASCII case aside) and whole
    /// (not inside a longer word or number). Only tokens and surrogates this
    /// vault issued are replaced; token-shaped words of the `known_types` it
    /// did not issue are reported as unresolved.
    pub fn restore(&self, text: &str, known_types: &[EntityType]) -> Restored {
        let mut unresolved = Vec::new();
        let swaps = self.swaps(text, None, text.len(), known_types, &mut unresolved);
        Restored {
            text: apply_swaps(text, &swaps, text.len()),
            unresolved,
        }
    }

    /// What restore replaces in `text`, deciding at byte positions before
    /// `limit` only. `before` is the character that came before `text` in a
    /// stream. Each decision depends on at most the byte before its position
    /// and [`LOOKAHEAD`] bytes after it, which is what lets streaming decide
    /// exactly as a one-shot restore does.
    fn swaps(
        &self,
        text: &str,
        before: Option<char>,
        limit: usize,
        known_types: &[EntityType],
        unresolved: &mut Vec<String>,
    ) -> Vec<Swap<'_>> {
        let bytes = text.as_bytes();
        // Only ASCII bytes matter to the word rules; anything else (or
        // nothing) counts as a separator.
        let before = before.filter(char::is_ascii).map_or(0, |c| c as u8);
        let mut swaps = Vec::new();
        let mut pos = 0;
        while pos < limit.min(bytes.len()) {
            let prev = match pos.checked_sub(1) {
                Some(at) => bytes.get(at).copied().unwrap_or(0),
                None => before,
            };
            if let Some((end, original)) = self.surrogate_at(text, pos, prev) {
                swaps.push(Swap {
                    start: pos,
                    end,
                    original,
                });
                pos = end;
                continue;
            }
            let starts_letter = bytes.get(pos).is_some_and(u8::is_ascii_alphabetic);
            let word_start = !(prev.is_ascii_alphanumeric() || prev == b'_');
            // Text glued to the left of a finding (`8PHONE_k1_…`,
            // `llPHONE_k1_…`) leaves a keyed token inside a word.
            if starts_letter && (word_start || self.keyed_head_at(bytes, pos, false)) {
                if let Some(swap) = self.token_at(text, pos, word_start, known_types, unresolved) {
                    pos = swap.end;
                    swaps.push(swap);
                    continue;
                }
            }
            pos += 1;
        }
        swaps
    }

    /// The longest surrogate starting at byte `pos` of `text` as a whole
    /// word (`prev` is the byte before it): its end and its original.
    fn surrogate_at(&self, text: &str, pos: usize, prev: u8) -> Option<(usize, &str)> {
        self.surrogate_match(text, pos, prev, &|_| true)
    }

    /// [`Vault::surrogate_at`] among the surrogates (lowercased) that
    /// `counts` accepts.
    fn surrogate_match(
        &self,
        text: &str,
        pos: usize,
        prev: u8,
        counts: &dyn Fn(&str) -> bool,
    ) -> Option<(usize, &str)> {
        if self.surrogates.is_empty() {
            return None;
        }
        let bytes = text.as_bytes();
        let head = bytes.get(pos..pos + SURROGATE_PREFIX)?;
        if !head.is_ascii() {
            return None;
        }
        let first = *head.first()?;
        if first.is_ascii_alphanumeric() && prev.is_ascii_alphanumeric() {
            return None;
        }
        // Lowercased on the stack: this runs at every position of the text.
        let mut lower = [0u8; SURROGATE_PREFIX];
        for (slot, byte) in lower.iter_mut().zip(head) {
            *slot = byte.to_ascii_lowercase();
        }
        let lengths = self.surrogate_lengths.get(&lower)?;
        // Longest first: the first whole-word match is the longest.
        let mut buffer = [0u8; MAX_TOKEN_SPAN];
        lengths.iter().find_map(|&len| {
            let end = pos + len;
            let candidate = bytes.get(pos..end).filter(|found| found.is_ascii())?;
            let last = candidate.last().copied().unwrap_or(b' ');
            let whole = !last.is_ascii_alphanumeric()
                || !bytes.get(end).is_some_and(u8::is_ascii_alphanumeric);
            if !whole {
                return None;
            }
            let lowered = buffer.get_mut(..len)?;
            for (slot, byte) in lowered.iter_mut().zip(candidate) {
                *slot = byte.to_ascii_lowercase();
            }
            let lowered = std::str::from_utf8(lowered).ok()?;
            let (surrogate, (_, original)) = self.surrogates.get_key_value(lowered)?;
            counts(surrogate).then_some((end, original.as_str()))
        })
    }

    /// The token that starts at byte `pos` (an ASCII letter): at a word
    /// start, the whole word (with matching brackets around it), an issued
    /// token that an `_` runs on from, or a keyed token with anything after
    /// it; inside a word, only a keyed token, whose random code cannot occur
    /// there by chance. Token-shaped words at a word start that this vault
    /// never issued go to `unresolved`.
    fn token_at(
        &self,
        text: &str,
        pos: usize,
        word_start: bool,
        known_types: &[EntityType],
        unresolved: &mut Vec<String>,
    ) -> Option<Swap<'_>> {
        let bytes = text.as_bytes();
        let is_token_byte = |b: &u8| b.is_ascii_alphanumeric() || *b == b'_' || *b == b'\\';
        let len = bytes
            .get(pos..)?
            .iter()
            .take_while(|b| is_token_byte(b))
            .count();
        let raw = text.get(pos..pos + len)?;
        if word_start {
            // A trailing escape belongs to a following `\>`.
            let trimmed = raw.trim_end_matches('\\');
            let token = unescaped_upper(trimmed);
            if let Some(original) = self.originals.get(&token) {
                let end = pos + trimmed.len();
                // Placeholders are issued in brackets, which a model may
                // change; pseudonyms are issued bare, so brackets around
                // one are the text's own.
                let (start, end) = if self.is_placeholder(&token) {
                    bracketed(bytes, pos, end)
                } else {
                    (pos, end)
                };
                return Some(Swap {
                    start,
                    end,
                    original,
                });
            }
            if let Some((length, original)) = self
                .glued_token(trimmed)
                .or_else(|| self.keyed_token_prefix(raw))
            {
                return Some(Swap {
                    start: pos,
                    end: pos + length,
                    original,
                });
            }
            // Beyond a token's length a word is no token (and streaming
            // could not see it whole).
            if trimmed.len() <= MAX_TOKEN_SPAN && looks_like_token(&token, known_types) {
                unresolved.push(trimmed.to_owned());
            }
            return None;
        }
        self.keyed_token_prefix(raw).map(|(length, original)| Swap {
            start: pos,
            end: pos + length,
            original,
        })
    }

    /// The longest issued token that `word` starts with and that an `_`
    /// follows: its byte length in `word` and its original.
    fn glued_token(&self, word: &str) -> Option<(usize, &str)> {
        word.char_indices()
            .rev()
            .filter(|&(at, c)| c == '_' && at > 0)
            .find_map(|(at, _)| {
                // Backslashes before the `_` escape it, not the token: they
                // stay in the text.
                let prefix = word.get(..at)?.trim_end_matches('\\');
                let token = unescaped_upper(prefix);
                self.originals
                    .get(&token)
                    .map(|original| (prefix.len(), original.as_str()))
            })
    }

    /// The longest keyed token (`TYPE_keyid_CODE`, a pseudonym) that `word`
    /// starts with, escapes aside: its byte length in `word` and its
    /// original.
    fn keyed_token_prefix(&self, word: &str) -> Option<(usize, &str)> {
        if !self.keyed_head_at(word.as_bytes(), 0, false) {
            return None;
        }
        let longest = self.keyed_lengths.last().copied()?;
        // The unescaped, uppercased prefix, and where each of its bytes
        // ends in `word`.
        let mut token = String::with_capacity(longest);
        let mut ends = Vec::with_capacity(longest);
        for (at, c) in word.char_indices() {
            if token.len() == longest {
                break;
            }
            if c != '\\' {
                token.push(c.to_ascii_uppercase());
                ends.push(at + c.len_utf8());
            }
        }
        self.keyed_lengths.iter().rev().find_map(|&length| {
            let original = self.originals.get(token.get(..length)?)?;
            Some((*ends.get(length.checked_sub(1)?)?, original.as_str()))
        })
    }
}

/// One replacement a restore makes: bytes `start..end` of the text become
/// `original`.
struct Swap<'v> {
    start: usize,
    end: usize,
    original: &'v str,
}

/// `text` up to byte `cut` with `swaps` (ordered, none crossing `cut`)
/// applied.
fn apply_swaps(text: &str, swaps: &[Swap<'_>], cut: usize) -> String {
    let mut out = String::with_capacity(cut);
    let mut copied = 0;
    for swap in swaps.iter().take_while(|swap| swap.end <= cut) {
        out.push_str(text.get(copied..swap.start).unwrap_or_default());
        out.push_str(swap.original);
        copied = swap.end;
    }
    out.push_str(text.get(copied..cut).unwrap_or_default());
    out
}

/// `raw` without markdown escapes, in upper case: the vault's key for a
/// token.
fn unescaped_upper(raw: &str) -> String {
    raw.chars()
        .filter(|&c| c != '\\')
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

impl Vault {
    /// The vault encrypted and authenticated under `key` (XChaCha20-Poly1305
    /// with a key derived from it), for sessionStorage or IndexedDB:
    /// `"BFV1"`, the key id, a nonce, the ciphertext. The nonce is derived
    /// from the key and the contents (a synthetic IV), so no random source is
    /// needed and no nonce repeats for different contents.
    ///
    /// # Errors
    /// [`ErrorKind::Internal`] if the cipher refuses the input (it does not
    /// for any vault this crate builds).
    pub fn export(&self, key: &Key) -> Result<Vec<u8>> {
        let plaintext = zeroize::Zeroizing::new(self.encode());
        let header = header(key.id());
        let nonce_bytes = key.mac(&[b"blindfold/vault-nonce/v1\0", &plaintext]);
        let nonce = XNonce::try_from(nonce_bytes.get(..NONCE_LEN).unwrap_or_default())
            .map_err(|_| Error::new(ErrorKind::Internal, "could not form the vault nonce"))?;
        let ciphertext = cipher(key)?
            .encrypt(
                &nonce,
                Payload {
                    msg: &plaintext,
                    aad: &header,
                },
            )
            .map_err(|_| Error::new(ErrorKind::Internal, "the vault could not be encrypted"))?;
        let mut out = header;
        out.extend_from_slice(&nonce);
        out.extend_from_slice(&ciphertext);
        Ok(out)
    }

    /// Decrypts and checks an exported vault with the key it names.
    ///
    /// # Errors
    /// [`ErrorKind::VaultRejected`] when the bytes are not an exported vault,
    /// were changed or cut, or were made under a key `keys` does not hold.
    pub fn import(bytes: &[u8], keys: &KeyRing) -> Result<Vault> {
        let rejected = |why: &str| {
            Error::new(
                ErrorKind::VaultRejected,
                format!("the vault was refused: {why}"),
            )
        };
        let rest = bytes
            .strip_prefix(MAGIC)
            .ok_or_else(|| rejected("it is not an exported Blindfold vault"))?;
        let (&id_len, rest) = rest
            .split_first()
            .ok_or_else(|| rejected("it is cut short"))?;
        let id_len = usize::from(id_len);
        let id = rest
            .get(..id_len)
            .and_then(|id| std::str::from_utf8(id).ok())
            .ok_or_else(|| rejected("it is cut short"))?;
        let key = keys.get(id).ok_or_else(|| {
            rejected(&format!(
                "it was made under key \"{id}\", which this instance does not have"
            ))
        })?;
        let rest = rest.get(id_len..).unwrap_or_default();
        if rest.len() < NONCE_LEN + TAG_LEN {
            return Err(rejected("it is cut short"));
        }
        let (nonce, ciphertext) = rest.split_at(NONCE_LEN);
        let nonce = XNonce::try_from(nonce).map_err(|_| rejected("it is cut short"))?;
        let header = header(id);
        let plaintext = zeroize::Zeroizing::new(
            cipher(key)?
                .decrypt(
                    &nonce,
                    Payload {
                        msg: ciphertext,
                        aad: &header,
                    },
                )
                .map_err(|_| {
                    rejected("it was changed, or made under another key with the same id")
                })?,
        );
        Vault::decode(&plaintext).ok_or_else(|| rejected("its contents are malformed"))
    }

    /// The vault's contents as bytes: originals, placeholder numbers, then
    /// surrogates, each string length-prefixed (u32, little-endian).
    fn encode(&self) -> Vec<u8> {
        let mut out = Vec::new();
        let put = |out: &mut Vec<u8>, bytes: &[u8]| {
            out.extend_from_slice(&u32::try_from(bytes.len()).unwrap_or(u32::MAX).to_le_bytes());
            out.extend_from_slice(bytes);
        };
        let mut originals: Vec<_> = self.originals.iter().collect();
        sort(&mut originals);
        out.extend_from_slice(
            &u32::try_from(originals.len())
                .unwrap_or(u32::MAX)
                .to_le_bytes(),
        );
        for (token, original) in originals {
            put(&mut out, token.as_bytes());
            put(&mut out, original.as_bytes());
        }
        let mut numbers: Vec<_> = self.numbers.iter().collect();
        sort(&mut numbers);
        out.extend_from_slice(
            &u32::try_from(numbers.len())
                .unwrap_or(u32::MAX)
                .to_le_bytes(),
        );
        for ((entity, normalized), number) in numbers {
            put(&mut out, entity.as_str().as_bytes());
            put(&mut out, normalized.as_bytes());
            out.extend_from_slice(&number.to_le_bytes());
        }
        let mut surrogates: Vec<_> = self.surrogate_of.iter().collect();
        sort(&mut surrogates);
        out.extend_from_slice(
            &u32::try_from(surrogates.len())
                .unwrap_or(u32::MAX)
                .to_le_bytes(),
        );
        for ((entity, normalized), surrogate) in surrogates {
            let original = self
                .surrogates
                .get(&surrogate.to_ascii_lowercase())
                .map_or("", |(_, original)| original.as_str());
            put(&mut out, entity.as_str().as_bytes());
            put(&mut out, normalized.as_bytes());
            put(&mut out, surrogate.as_bytes());
            put(&mut out, original.as_bytes());
        }
        out
    }

    fn decode(bytes: &[u8]) -> Option<Vault> {
        let mut reader = Reader { bytes };
        let mut vault = Vault::default();
        for _ in 0..reader.u32()? {
            let token = reader.string()?;
            let original = reader.string()?;
            vault.originals.insert(token, original);
        }
        for _ in 0..reader.u32()? {
            let entity = EntityType::new(&reader.string()?).ok()?;
            let normalized = reader.string()?;
            let number = reader.u32()?;
            let counter = vault.counters.entry(entity.clone()).or_insert(0);
            *counter = (*counter).max(number);
            vault.numbers.insert((entity, normalized), number);
        }
        for _ in 0..reader.u32()? {
            let entity = EntityType::new(&reader.string()?).ok()?;
            let normalized = reader.string()?;
            let surrogate = reader.string()?;
            let original = reader.string()?;
            if !surrogate.is_empty() {
                let fingerprint = vault.fingerprint(&original);
                vault.seen.insert(fingerprint);
                vault.insert_surrogate(surrogate.to_ascii_lowercase(), entity.clone(), original);
            }
            vault.surrogate_of.insert((entity, normalized), surrogate);
        }
        // Pseudonyms are the tokens that are not placeholders.
        let keyed: Vec<String> = vault
            .originals
            .keys()
            .filter(|token| !vault.is_placeholder(token))
            .cloned()
            .collect();
        for token in keyed {
            vault.index_keyed(&token);
        }
        reader.bytes.is_empty().then_some(vault)
    }
}

/// Reads what [`Vault::encode`] wrote; `None` on any shortfall.
struct Reader<'b> {
    bytes: &'b [u8],
}

impl Reader<'_> {
    fn u32(&mut self) -> Option<u32> {
        let (head, rest) = self.bytes.split_first_chunk::<4>()?;
        self.bytes = rest;
        Some(u32::from_le_bytes(*head))
    }

    fn string(&mut self) -> Option<String> {
        let len = usize::try_from(self.u32()?).ok()?;
        let text = self.bytes.get(..len)?;
        self.bytes = self.bytes.get(len..)?;
        String::from_utf8(text.to_vec()).ok()
    }
}

/// `"BFV1"`, the key id's length and the key id: authenticated as AAD.
fn header(key_id: &str) -> Vec<u8> {
    let mut header = MAGIC.to_vec();
    header.push(u8::try_from(key_id.len()).unwrap_or(u8::MAX));
    header.extend_from_slice(key_id.as_bytes());
    header
}

/// The vault cipher for `key`, under a key derived from it for this use only.
fn cipher(key: &Key) -> Result<XChaCha20Poly1305> {
    let derived = zeroize::Zeroizing::new(key.mac(&[b"blindfold/vault-key/v1"]));
    XChaCha20Poly1305::new_from_slice(derived.as_slice())
        .map_err(|_| Error::new(ErrorKind::Internal, "the vault cipher refused its key"))
}

/// The longest text that can still become one token: an entity name (32),
/// a key id (16), a code (32), two underscores, escapes and brackets.
const MAX_TOKEN_SPAN: usize = 128;

/// How far past a position restore reads to decide there: a token and the
/// byte after it.
const LOOKAHEAD: usize = MAX_TOKEN_SPAN + 1;

/// One step of a streamed restore: see [`Vault::restore_prefix`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RestoredPrefix<'t> {
    /// The restored text that is final now.
    pub restored: Restored,
    /// The held-back suffix, to be passed again before the next chunk.
    pub rest: &'t str,
    /// The character before `rest` in the stream, to be passed as `before`
    /// with the next chunk.
    pub before: Option<char>,
}

impl Vault {
    /// Restores as much of a streamed `text` as can be restored now, exactly
    /// as [`Vault::restore`] restores the whole stream. `before` is the
    /// character that came before `text` in the stream (`None` at its
    /// start). Holds back only a suffix that could still become a token or
    /// surrogate, or whose meaning depends on what follows (at most 129
    /// bytes, a token's longest span and one more, and an opening
    /// bracket). With `last`, nothing is held back.
    pub fn restore_prefix<'t>(
        &self,
        text: &'t str,
        before: Option<char>,
        known_types: &[EntityType],
        last: bool,
    ) -> RestoredPrefix<'t> {
        let mut unresolved = Vec::new();
        let cut = if last {
            text.len()
        } else {
            let held = held_suffix_len(self, text, before);
            let surrogate_start = self.surrogate_hold_start(text, before);
            if held > 0 && text.len() - held <= surrogate_start {
                // The held word already has its opening bracket.
                text.len() - held
            } else {
                // An opening bracket (or the escape that may begin one) goes
                // with what follows it, which may yet become a token.
                let cut = (text.len() - held).min(surrogate_start);
                let bytes = text.as_bytes();
                [&b"\\<"[..], b"\\[", b"<", b"[", b"\\"]
                    .into_iter()
                    .find(|opener| {
                        cut >= opener.len() && bytes.get(cut - opener.len()..cut) == Some(opener)
                    })
                    .map_or(cut, |opener| cut - opener.len())
            }
        };
        let swaps = self.swaps(text, before, cut, known_types, &mut unresolved);
        // A replacement decided before the cut is final; the cut moves past
        // it rather than splitting it.
        let cut = swaps.last().map_or(cut, |swap| swap.end.max(cut));
        let (ready, rest) = text.split_at(cut);
        RestoredPrefix {
            restored: Restored {
                text: apply_swaps(text, &swaps, cut),
                unresolved,
            },
            rest,
            before: ready.chars().next_back().or(before),
        }
    }

    /// The byte offset in `text` from which a surrogate may still be
    /// completing (or may still be followed by a letter that makes it part
    /// of a longer word): the earliest start of a suffix that begins some
    /// surrogate. `text.len()` when there is none.
    fn surrogate_hold_start(&self, text: &str, before: Option<char>) -> usize {
        if self.surrogates.is_empty() {
            return text.len();
        }
        let bytes = text.as_bytes();
        let before_is_word = before.is_some_and(|c| c.is_ascii_alphanumeric());
        let earliest = text.len().saturating_sub(MAX_TOKEN_SPAN);
        (earliest..text.len())
            .filter(|&start| text.is_char_boundary(start))
            .find(|&start| {
                let Some(suffix) = bytes.get(start..) else {
                    return false;
                };
                if !suffix.is_ascii() {
                    return false;
                }
                // Only where a surrogate could start: not inside a word, as
                // `surrogate_at` requires.
                let prev_is_word = match start.checked_sub(1) {
                    Some(at) => bytes.get(at).is_some_and(u8::is_ascii_alphanumeric),
                    None => before_is_word,
                };
                if suffix.first().is_some_and(u8::is_ascii_alphanumeric) && prev_is_word {
                    return false;
                }
                let suffix = suffix.to_ascii_lowercase();
                let Ok(suffix) = std::str::from_utf8(&suffix) else {
                    return false;
                };
                self.surrogates
                    .range::<str, _>((
                        std::ops::Bound::Included(suffix),
                        std::ops::Bound::Unbounded,
                    ))
                    .next()
                    .is_some_and(|(surrogate, _)| surrogate.starts_with(suffix))
            })
            .unwrap_or(text.len())
    }
}

/// The length of the suffix of `text` whose meaning to restore depends on
/// what follows: from the earliest place in the trailing word of token
/// characters where a token could start (see [`Vault::swaps`]) and still
/// reach past the end, with an opening bracket or escape before it. `before`
/// is the character before `text` in the stream.
fn held_suffix_len(vault: &Vault, text: &str, before: Option<char>) -> usize {
    let bytes = text.as_bytes();
    let is_token_byte = |b: u8| b.is_ascii_alphanumeric() || b == b'_' || b == b'\\';
    let word = bytes
        .iter()
        .rev()
        .take_while(|&&b| is_token_byte(b))
        .count();
    let word_start = bytes.len() - word;
    let before = before.filter(char::is_ascii).map_or(0, |c| c as u8);
    let token_start =
        (word_start.max(bytes.len().saturating_sub(LOOKAHEAD))..bytes.len()).find(|&at| {
            let prev = match at.checked_sub(1) {
                Some(prev) => bytes.get(prev).copied().unwrap_or(0),
                None => before,
            };
            let word_start = !(prev.is_ascii_alphanumeric() || prev == b'_');
            bytes.get(at).is_some_and(u8::is_ascii_alphabetic)
                && (word_start || vault.keyed_head_at(bytes, at, true))
        });
    let Some(mut start) = token_start else {
        return 0;
    };
    // An opening bracket (escaped or not) just before belongs to the token.
    for opener in [&b"\\<"[..], b"\\[", b"<", b"["] {
        if start >= opener.len() && bytes.get(start - opener.len()..start) == Some(opener) {
            start -= opener.len();
            break;
        }
    }
    bytes.len() - start
}

/// The span of a token with the brackets around it, if they match:
/// `<…>`, `[…]`, `\<…\>`, `\[…\]`.
fn bracketed(bytes: &[u8], start: usize, end: usize) -> (usize, usize) {
    for (open, close) in [
        (&b"\\<"[..], &b"\\>"[..]),
        (b"\\[", b"\\]"),
        (b"<", b">"),
        (b"[", b"]"),
    ] {
        let opens = start >= open.len() && bytes.get(start - open.len()..start) == Some(open);
        let closes = bytes.get(end..end + close.len()) == Some(close);
        if opens && closes {
            return (start - open.len(), end + close.len());
        }
    }
    (start, end)
}

/// `TYPE_N` or `TYPE_keyid_CODE` for one of `types`.
fn looks_like_token(token: &str, types: &[EntityType]) -> bool {
    types.iter().any(|entity| {
        token
            .strip_prefix(entity.as_str())
            .and_then(|rest| rest.strip_prefix('_'))
            .is_some_and(|rest| {
                let numbered = !rest.is_empty() && rest.bytes().all(|b| b.is_ascii_digit());
                let keyed = rest
                    .split_once('_')
                    .is_some_and(|(id, code)| !id.is_empty() && code.len() >= 8);
                numbered || keyed
            })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn types() -> Vec<EntityType> {
        vec![
            EntityType::EMAIL,
            EntityType::PHONE,
            EntityType::CREDIT_CARD,
        ]
    }

    #[test]
    fn streaming_restore_equals_one_shot_at_every_split() {
        let mut vault = Vault::default();
        vault.placeholder(&EntityType::EMAIL, "jane@example.com");
        vault.placeholder(&EntityType::PHONE, "+1 415 555 0100");
        vault.remember("CREDIT_CARD_k1_MH62KSH6A4DY", "4111 1111 1111 1111");
        vault.surrogate(&EntityType::EMAIL, "", "bob@example.com", |_| {
            Some("user-7qx3m2a9@example.invalid".into())
        });
        vault.surrogate(&EntityType::PERSON, "", "Jana", |_| Some("Sam".into()));
        vault.surrogate(&EntityType::PERSON, "", "Jana Novak", |_| {
            Some("Sam Rivera".into())
        });
        let answers = [
            "Write to <EMAIL_1> or call [PHONE_1]; card CREDIT_CARD_k1_MH62KSH6A4DY.",
            "Hi Sam, Sam Rivera wrote to USER-7qx3m2a9@example.invalid <EMAIL_1>. Samuel, Sams",
            "J*aSam Rivera, xSam Rivera and Sam Rivera.",
            "glued CREDIT_CARD_k1_MH62KSH6A4DY_BSNo and email_1_",
            "Sam Rivera___ and user-7qx3m2a9@example.invalid___x",
            "Sam",
            "Sam Riv",
            "\\<EMAIL\\_1\\> and **phone_1** and <EMAIL_1",
            "EMAIL_1",
            "<EMAIL_12> is not EMAIL_1 \\",
            "日本 🦀 <EMAIL_1>🦀",
            // Glued on the left, inside long words, after a long word.
            "8CREDIT_CARD_k1_MH62KSH6A4DY9 and x_CREDIT_CARD_k1_MH62KSH6A4DY, llCREDIT_CARD_k1_MH62KSH6A4DY",
        ];
        let long_words = [
            format!(
                "{}CREDIT_CARD_k1_MH62KSH6A4DY {}",
                "4".repeat(200),
                "J".repeat(150)
            ),
            format!(
                "{}hieSam Rivera; {}<EMAIL_1>",
                "4".repeat(140),
                "x".repeat(140)
            ),
        ];
        let stream = |chunks: &[&str]| {
            let mut out = String::new();
            let mut pending = String::new();
            let mut before = None;
            for (index, chunk) in chunks.iter().enumerate() {
                pending.push_str(chunk);
                let step =
                    vault.restore_prefix(&pending, before, &types(), index + 1 == chunks.len());
                out.push_str(&step.restored.text);
                assert!(step.rest.len() <= LOOKAHEAD + 2);
                before = step.before;
                pending = step.rest.to_owned();
            }
            out
        };
        for answer in answers
            .into_iter()
            .chain(long_words.iter().map(String::as_str))
        {
            let expected = vault.restore(answer, &types()).text;
            let boundaries: Vec<usize> = (0..=answer.len())
                .filter(|&i| answer.is_char_boundary(i))
                .collect();
            for &split in &boundaries {
                assert_eq!(
                    stream(&[&answer[..split], &answer[split..]]),
                    expected,
                    "{answer:?} split at {split}"
                );
            }
            let chars: Vec<String> = answer.chars().map(String::from).collect();
            let singles: Vec<&str> = chars.iter().map(String::as_str).collect();
            assert_eq!(
                stream(&singles),
                expected,
                "{answer:?} one character at a time"
            );
        }
    }

    #[test]
    fn export_import_round_trip_and_refusals() {
        let key = Key::new("k1", &[3; 32]).unwrap();
        let other = Key::new("k1", &[4; 32]).unwrap();
        let ring = KeyRing::new(vec![key.clone()]).unwrap();
        let mut vault = Vault::default();
        vault.placeholder(&EntityType::EMAIL, "jane@example.com");
        vault.placeholder(&EntityType::EMAIL, "bob@example.com");
        vault.remember("PHONE_k1_XG93QRX0B9GM", "+1 415 555 0100");
        let blob = vault.export(&key).unwrap();
        assert!(
            !blob.windows(4).any(|w| w == b"jane"),
            "no plaintext in the export"
        );
        let mut restored = Vault::import(&blob, &ring).unwrap();
        assert_eq!(
            restored
                .restore("<EMAIL_2> PHONE_k1_XG93QRX0B9GM", &types())
                .text,
            "bob@example.com +1 415 555 0100"
        );
        assert_eq!(
            restored.placeholder(&EntityType::EMAIL, "new@example.com"),
            "<EMAIL_3>",
            "numbering continues"
        );
        assert_eq!(
            vault.export(&key).unwrap(),
            blob,
            "deterministic for the same contents"
        );

        let refused = |bytes: &[u8], ring: &KeyRing| Vault::import(bytes, ring).unwrap_err();
        assert_eq!(
            refused(&vault.export(&other).unwrap(), &ring).code(),
            "VAULT_REJECTED",
            "another key, same id"
        );
        let mut tampered = blob.clone();
        let last = tampered.len() - 1;
        tampered[last] ^= 1;
        assert_eq!(refused(&tampered, &ring).code(), "VAULT_REJECTED");
        for cut in [0, 3, 5, 10, blob.len() - 1] {
            assert_eq!(
                refused(&blob[..cut], &ring).code(),
                "VAULT_REJECTED",
                "cut at {cut}"
            );
        }
        let k2 = KeyRing::new(vec![Key::new("k2", &[3; 32]).unwrap()]).unwrap();
        assert!(refused(&blob, &k2).message().contains("\"k1\""));
    }

    #[test]
    fn surrogates_restore_whole_and_stay_unique() {
        let mut vault = Vault::default();
        let fixed = |fake: &str| {
            let fake = fake.to_owned();
            move |_| Some(fake.clone())
        };
        assert_eq!(
            vault.surrogate(&EntityType::PERSON, "", "Jana", fixed("Sam")),
            Some("Sam".into())
        );
        assert_eq!(
            vault.surrogate(&EntityType::PERSON, "", " jana ", fixed("Kim")),
            Some("Sam".into()),
            "same normalized value, same surrogate"
        );
        assert_eq!(
            vault.surrogate(&EntityType::PERSON, "", "Bob", fixed("Sam")),
            None,
            "a surrogate that is taken is never issued twice"
        );
        assert_eq!(
            vault.surrogate(&EntityType::PERSON, "", " BOB", fixed("Eve")),
            None,
            "a value that got the pseudonym keeps it, in every form"
        );
        let mut copy = Vault::decode(&vault.encode()).unwrap();
        assert_eq!(
            copy.surrogate(&EntityType::PERSON, "", "bob", fixed("Eve")),
            None,
            "also after export and import"
        );
        assert_eq!(copy.restore("Sam", &types()).text, "Jana");
        let second = vault.surrogate(&EntityType::PERSON, "", "Rob", |attempt| {
            Some(if attempt < 3 { "Sam" } else { "Kim" }.into())
        });
        assert_eq!(second.as_deref(), Some("Kim"));
        assert!(vault.issued(&EntityType::PERSON, "kim"));
        assert!(!vault.issued(&EntityType::EMAIL, "Kim"));
        let rows = [
            ("Sam and Kim", "Jana and Rob"),
            ("SAM, sam!", "Jana, Jana!"),
            (
                "Samuel, Kimberly, xSam, Sam2",
                "Samuel, Kimberly, xSam, Sam2",
            ),
            ("<EMAIL_1> Sam", "<EMAIL_1> Jana"),
        ];
        for (answer, expected) in rows {
            assert_eq!(vault.restore(answer, &types()).text, expected, "{answer}");
        }
        // A value found in the text is an original: never drawn as a
        // surrogate, and never taken for one, even if it reads like one.
        vault.see(["Alex Rivera", "Kim"]);
        let drawn = vault.surrogate(&EntityType::PERSON, "", "Eve", |attempt| {
            Some(if attempt == 0 { "Alex Rivera" } else { "Noa" }.into())
        });
        assert_eq!(drawn.as_deref(), Some("Noa"));
        assert!(
            vault.issued(&EntityType::PERSON, "Kim"),
            "issued before it was seen"
        );
        assert!(!vault.issued(&EntityType::PERSON, "Alex Rivera"));
        let key = Key::new("k1", &[3; 32]).unwrap();
        let ring = KeyRing::new(vec![key.clone()]).unwrap();
        let imported = Vault::import(&vault.export(&key).unwrap(), &ring).unwrap();
        assert_eq!(imported.restore("Kim, Sam", &types()).text, "Rob, Jana");
        assert!(imported.issued(&EntityType::PERSON, "Sam"));
    }

    #[test]
    fn settle_points_fresh_tokens_at_the_form_they_replace_in_the_end() {
        let mut vault = Vault::default();
        let earlier = vault.placeholder(&EntityType::PHONE, "+1 415 555 0100");
        vault.checkpoint();
        // A round replaces two forms of one number, then is redone with the
        // first form inside a longer finding: only the second form stands.
        let fixed = |_| Some("020 7946 0680".to_owned());
        let first = vault.surrogate(&EntityType::PHONE, "", "053)-6720-53", fixed);
        let second = vault.surrogate(&EntityType::PHONE, "", "053)-672053", fixed);
        assert_eq!(first, second, "one normalized value, one surrogate");
        let token = vault.placeholder(&EntityType::EMAIL, "Ann@Example.com");
        assert_eq!(
            vault.placeholder(&EntityType::EMAIL, "ann@example.com"),
            token
        );
        let again = vault.placeholder(&EntityType::PHONE, "+1 (415) 555-0100");
        assert_eq!(again, earlier);
        vault.settle([
            ("020 7946 0680", "053)-672053"),
            (token.as_str(), "ann@example.com"),
            (again.as_str(), "+1 (415) 555-0100"),
            ("020 7946 0680", "053)-6720-53"),
        ]);
        let restored = vault.restore(&format!("020 7946 0680 {token} {again}"), &types());
        assert_eq!(
            restored.text, "053)-672053 ann@example.com +1 415 555 0100",
            "issued before the checkpoint: kept"
        );
        // Outside a checkpoint nothing is noted or changed.
        let later = vault.placeholder(&EntityType::EMAIL, "bob@example.com");
        vault.settle([(later.as_str(), "BOB@example.com")]);
        assert_eq!(vault.restore(&later, &types()).text, "bob@example.com");
    }

    #[test]
    fn held_back_suffixes() {
        let mut vault = Vault::default();
        let held = |vault: &Vault, text: &str, before| held_suffix_len(vault, text, before);
        assert_eq!(held(&vault, "Hello <EMAIL_", None), 7);
        assert_eq!(held(&vault, "Hello \\<EMAIL\\_1\\", None), 11);
        assert_eq!(held(&vault, "done.", None), 0);
        assert_eq!(held(&vault, "x ", None), 0);
        assert_eq!(held(&vault, "EMAIL", Some(' ')), 5);
        assert_eq!(held(&vault, "MAIL", Some('E')), 0, "inside a word");
        assert_eq!(
            held(&vault, "1234", None),
            0,
            "no token starts with a digit"
        );
        let long = "a".repeat(500);
        assert_eq!(held(&vault, &long, None), 0, "no token can start any more");
        let glued = format!("{}7PHONE_k1_X", "4".repeat(300));
        assert_eq!(held(&vault, &glued, None), 0, "no pseudonym issued");
        vault.remember("PHONE_k1_XG93QRX0B9GM", "+1 415 555 0100");
        assert_eq!(held(&vault, &glued, None), 10, "a pseudonym after a digit");
        assert_eq!(
            held(&vault, "llPHONE_k1", Some('a')),
            8,
            "a pseudonym after letters"
        );
        assert_eq!(held(&vault, "callP", Some('a')), 1, "may become one");
        assert_eq!(held(&vault, &long, None), 0);
    }

    #[test]
    fn placeholders_are_stable_per_normalized_value() {
        let mut vault = Vault::default();
        assert_eq!(
            vault.placeholder(&EntityType::EMAIL, "Jane@Example.com"),
            "<EMAIL_1>"
        );
        assert_eq!(
            vault.placeholder(&EntityType::EMAIL, "bob@example.com"),
            "<EMAIL_2>"
        );
        assert_eq!(
            vault.placeholder(&EntityType::EMAIL, " jane@example.COM"),
            "<EMAIL_1>"
        );
        assert_eq!(
            vault.placeholder(&EntityType::PHONE, "+1 415 555 0100"),
            "<PHONE_1>"
        );
        assert_eq!(vault.len(), 3);
    }

    #[test]
    fn restore_tolerates_what_models_do_to_tokens() {
        let mut vault = Vault::default();
        vault.placeholder(&EntityType::EMAIL, "jane@example.com");
        vault.placeholder(&EntityType::CREDIT_CARD, "4111 1111 1111 1111");
        vault.remember("PHONE_k1_XG93QRX0B9GM", "+1 415 555 0100");
        let rows = [
            ("Mail <EMAIL_1> now", "Mail jane@example.com now"),
            ("Mail [EMAIL_1].", "Mail jane@example.com."),
            ("Mail EMAIL_1, ok", "Mail jane@example.com, ok"),
            ("Mail email_1!", "Mail jane@example.com!"),
            (
                "Mail \\<EMAIL\\_1\\> please",
                "Mail jane@example.com please",
            ),
            (
                "**<CREDIT_CARD_1>** is charged",
                "**4111 1111 1111 1111** is charged",
            ),
            ("call PHONE_k1_XG93QRX0B9GM", "call +1 415 555 0100"),
            (
                "ran on: PHONE_k1_XG93QRX0B9GM_BSN and <EMAIL_1>_x",
                "ran on: +1 415 555 0100_BSN and jane@example.com_x",
            ),
            (
                "EMAIL_10 and XEMAIL_1 and EMAIL_1X and 8EMAIL_1 stay",
                "EMAIL_10 and XEMAIL_1 and EMAIL_1X and 8EMAIL_1 stay",
            ),
            (
                "8PHONE_k1_XG93QRX0B9GM, x_phone\\_k1\\_xg93qrx0b9gm9, llPHONE_k1_XG93QRX0B9GM",
                "8+1 415 555 0100, x_+1 415 555 01009, ll+1 415 555 0100",
            ),
            // Pseudonyms are issued bare: brackets around one are the text's.
            (
                "[PHONE_k1_XG93QRX0B9GM] and <PHONE_k1_XG93QRX0B9GM>",
                "[+1 415 555 0100] and <+1 415 555 0100>",
            ),
            (
                "[CREDIT_CARD_1] [CREDIT_CARD_2]",
                "4111 1111 1111 1111 [CREDIT_CARD_2]",
            ),
            // Backslashes before an `_` after a token escape the `_`.
            (
                "PHONE_k1_XG93QRX0B9GM\\\\_y <EMAIL_1>\\_x",
                "+1 415 555 0100\\\\_y jane@example.com\\_x",
            ),
        ];
        for (answer, expected) in rows {
            assert_eq!(vault.restore(answer, &types()).text, expected, "{answer}");
        }
        let restored = vault.restore("Ask <EMAIL_7> or <EMAIL_1>", &types());
        assert_eq!(restored.text, "Ask <EMAIL_7> or jane@example.com");
        assert_eq!(restored.unresolved, ["EMAIL_7"]);
        let plain = "no tokens here, just text with EMAIL and <tags>";
        assert_eq!(
            vault.restore(plain, &types()),
            Restored {
                text: plain.into(),
                unresolved: vec![]
            }
        );
    }
}
