//! A static set of short words with an O(1) pre-check, for the word lists
//! the detectors consult once per word of the text (cue words, street types,
//! names). Most words of a text are rejected by their first two letters and
//! length alone; the rest by one or two probes of a hash table.

/// Slots of the hash table: a power of two, at least twice the longest list.
const SLOTS: usize = 1024;

/// A sorted list of lowercase words, with a gate of (first two letters,
/// length) and an open-addressing hash table, both built at compile time.
pub(crate) struct WordSet {
    words: &'static [&'static str],
    gate: Gate,
    /// Index + 1 of the word hashed to each slot (0: empty), linear probing.
    slots: [u16; SLOTS],
}

/// FNV-1a over the ASCII-lowercased bytes.
// Also evaluated at compile time; `index < bytes.len()` bounds every access.
#[allow(clippy::indexing_slicing)]
const fn hash(bytes: &[u8]) -> usize {
    let mut hash: u32 = 0x811c_9dc5;
    let mut index = 0;
    while index < bytes.len() {
        hash ^= bytes[index].to_ascii_lowercase() as u32;
        hash = hash.wrapping_mul(0x0100_0193);
        index += 1;
    }
    hash as usize
}

/// A byte's row or column of the gate: a–z in either case, 26 any other.
const fn gate_index(byte: u8) -> usize {
    let lower = byte.to_ascii_lowercase();
    if lower.is_ascii_lowercase() {
        (lower - b'a') as usize
    } else {
        26
    }
}

/// [`gate_index`] of every byte: looked up for two bytes of every word of a
/// text, where computing it cost more than the probes the gate saves.
// Evaluated at compile time: an index out of bounds is a build error.
#[allow(clippy::indexing_slicing)]
const GATE_INDEX: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut byte = 0;
    while byte < 256 {
        table[byte] = gate_index(byte as u8) as u8;
        byte += 1;
    }
    table
};

fn gate_index_of(byte: u8) -> usize {
    usize::from(GATE_INDEX.get(usize::from(byte)).copied().unwrap_or(26))
}

/// Which words may be in a set, by their first two letters and length:
/// bit `len` of `bits[first][second]` is set when a word of that length
/// starts with those two bytes (by [`gate_index`]; second index 27: a word
/// of one byte). Where the first letter and length alone let 45% of the
/// words of prose and code through to a probe, the second letter leaves
/// 11% (the cue words, over this README and the crate's source).
pub(crate) struct Gate {
    bits: [[u32; 28]; 27],
}

impl Gate {
    const EMPTY: Gate = Gate {
        bits: [[0; 28]; 27],
    };

    /// Lets words of `len` bytes through that start with the first bytes of
    /// `word` (which may run on past them).
    // Evaluated at compile time: an index out of bounds is a build error.
    #[allow(clippy::indexing_slicing)]
    const fn mark(&mut self, word: &[u8], len: usize) {
        if len == 0 || len >= 32 {
            return;
        }
        let second = if len > 1 { gate_index(word[1]) } else { 27 };
        self.bits[gate_index(word[0])][second] |= 1 << len;
    }

    /// The gate of words that may be in any of `sets`: one look-up where a
    /// word is asked of several sets.
    // Evaluated at compile time: an index out of bounds is a build error.
    #[allow(clippy::indexing_slicing)]
    pub(crate) const fn union(sets: &[&WordSet]) -> Gate {
        let mut bits = [[0u32; 28]; 27];
        let mut set = 0;
        while set < sets.len() {
            let mut first = 0;
            while first < 27 {
                let mut second = 0;
                while second < 28 {
                    bits[first][second] |= sets[set].gate.bits[first][second];
                    second += 1;
                }
                first += 1;
            }
            set += 1;
        }
        Gate { bits }
    }

    /// Whether `word` (of any case) may be in the set.
    #[inline]
    pub(crate) fn may_hold(&self, word: &[u8]) -> bool {
        let Some(&first) = word.first() else {
            return false;
        };
        let second = word.get(1).map_or(27, |&byte| gate_index_of(byte));
        let lengths = self
            .bits
            .get(gate_index_of(first))
            .and_then(|row| row.get(second))
            .copied()
            .unwrap_or(0);
        word.len() < 32 && lengths & (1 << word.len()) != 0
    }
}

impl WordSet {
    /// Builds the set at compile time. `words` must be sorted, lowercase and
    /// shorter than 32 bytes (checked by the tests of each list).
    // Evaluated at compile time for the static lists: an index out of bounds
    // is a build error.
    #[allow(clippy::indexing_slicing)]
    pub(crate) const fn new(words: &'static [&'static str]) -> WordSet {
        let mut gate = Gate::EMPTY;
        let mut slots = [0u16; SLOTS];
        let mut index = 0;
        while index < words.len() && index < SLOTS / 2 {
            let bytes = words[index].as_bytes();
            gate.mark(bytes, bytes.len());
            let mut slot = hash(bytes) % SLOTS;
            while slots[slot] != 0 {
                slot = (slot + 1) % SLOTS;
            }
            slots[slot] = (index + 1) as u16;
            index += 1;
        }
        WordSet { words, gate, slots }
    }

    /// The position of `word` (compared ASCII-case-insensitively) in the list.
    // Inlined: the gate turns away most words of a text, and this runs for
    // every one of them; the probe stays out of line.
    #[inline]
    pub(crate) fn position(&self, word: &[u8]) -> Option<usize> {
        if !self.gate.may_hold(word) {
            return None;
        }
        self.probe(word)
    }

    #[inline(never)]
    fn probe(&self, word: &[u8]) -> Option<usize> {
        let mut slot = hash(word) % SLOTS;
        loop {
            let index = usize::from(*self.slots.get(slot)?).checked_sub(1)?;
            let entry = self.words.get(index)?.as_bytes();
            let equal = entry.len() == word.len()
                && entry
                    .iter()
                    .zip(word)
                    .all(|(a, b)| *a == b.to_ascii_lowercase());
            if equal {
                return Some(index);
            }
            slot = (slot + 1) % SLOTS;
        }
    }

    /// Whether the list holds `word`.
    pub(crate) fn contains(&self, word: &[u8]) -> bool {
        self.position(word).is_some()
    }

    /// The words, for the tests of each list.
    #[cfg(test)]
    pub(crate) fn words(&self) -> &'static [&'static str] {
        self.words
    }
}

/// The longest word a [`WordTable`] holds, in bytes.
pub(crate) const TABLE_MAX_LEN: usize = 15;

/// A static set of lowercase ASCII words too long for a [`WordSet`]'s hash
/// table (a generated list of thousands): entry `n` of its groups holds the
/// words of `n` bytes, sorted and written one after another, so a word
/// costs its bytes and nothing more; searched by halves behind the same
/// gate as a [`WordSet`].
pub(crate) struct WordTable {
    by_length: [&'static str; TABLE_MAX_LEN + 1],
    gate: Gate,
}

impl WordTable {
    /// Builds the gate at compile time. Each group's length must be a
    /// multiple of its word length, its words sorted lowercase ASCII
    /// (checked by the list's tests).
    // Evaluated at compile time for the static lists: an index out of
    // bounds is a build error.
    #[allow(clippy::indexing_slicing)]
    pub(crate) const fn new(by_length: [&'static str; TABLE_MAX_LEN + 1]) -> WordTable {
        let mut gate = Gate::EMPTY;
        let mut len = 1;
        while len <= TABLE_MAX_LEN {
            let group = by_length[len].as_bytes();
            let mut at = 0;
            while at + len <= group.len() {
                gate.mark(group.split_at(at).1, len);
                at += len;
            }
            len += 1;
        }
        WordTable { by_length, gate }
    }

    /// Whether the table holds `word`, compared ASCII-case-insensitively.
    #[inline]
    pub(crate) fn contains(&self, word: &[u8]) -> bool {
        self.gate.may_hold(word) && self.search(word)
    }

    #[inline(never)]
    fn search(&self, word: &[u8]) -> bool {
        let len = word.len();
        let mut lowered = [0u8; TABLE_MAX_LEN];
        let (Some(target), Some(group)) = (lowered.get_mut(..len), self.by_length.get(len)) else {
            return false;
        };
        target.copy_from_slice(word);
        target.make_ascii_lowercase();
        let group = group.as_bytes();
        let (mut low, mut high) = (0, group.len() / len);
        while low < high {
            let middle = low + (high - low) / 2;
            let Some(entry) = group.get(middle * len..(middle + 1) * len) else {
                return false;
            };
            match entry.cmp(target) {
                std::cmp::Ordering::Less => low = middle + 1,
                std::cmp::Ordering::Greater => high = middle,
                std::cmp::Ordering::Equal => return true,
            }
        }
        false
    }

    /// The words, for the tests of each table.
    #[cfg(test)]
    pub(crate) fn words(&self) -> Vec<&'static str> {
        let mut words = Vec::new();
        for (len, group) in self.by_length.iter().enumerate() {
            assert!(len > 0 || group.is_empty());
            assert_eq!(group.len() % len.max(1), 0, "group {len}");
            let mut at = 0;
            while at < group.len() {
                words.push(&group[at..at + len]);
                at += len;
            }
        }
        words
    }
}

/// Asserts what [`WordSet::new`] assumes of a list.
#[cfg(test)]
pub(crate) fn assert_valid(set: &WordSet) {
    let words = set.words();
    assert!(
        words.windows(2).all(|w| w[0] < w[1]),
        "sorted, no duplicates: {words:?}"
    );
    assert!(words
        .iter()
        .all(|w| w.len() < 32 && !w.bytes().any(|b| b.is_ascii_uppercase())));
    assert!(words.len() <= SLOTS / 2, "at most {} words", SLOTS / 2);
}

#[cfg(test)]
mod tests {
    use super::*;

    static SET: WordSet = WordSet::new(&["ave", "né", "rue", "street"]);

    static TABLE: WordTable = WordTable::new([
        "",
        "",
        "",
        "annbobzoe",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "kristopherjames",
    ]);

    #[test]
    fn lookups() {
        assert_valid(&SET);
        assert_eq!(SET.position(b"Street"), Some(3));
        assert!(SET.contains("NÉ".to_lowercase().as_bytes()));
        assert!(SET.contains(b"RUE"));
        assert!(!SET.contains(b"streets"));
        assert!(!SET.contains(b"rxe"), "first letter and length of rue");
        assert!(!SET.contains(b"r"));
        assert!(!SET.contains(b""));
        assert!(!SET.contains(&[b'a'; 40]));
    }

    #[test]
    fn table_lookups() {
        assert_eq!(TABLE.words().len(), 4);
        for word in ["ann", "Bob", "ZOE", "kristopherjames"] {
            assert!(TABLE.contains(word.as_bytes()), "{word}");
        }
        for word in [
            "",
            "an",
            "anne",
            "bo",
            "bob ",
            "zoey",
            "kristopherjamez",
            "annbob",
        ] {
            assert!(!TABLE.contains(word.as_bytes()), "{word}");
        }
        assert!(!TABLE.contains(&[b'a'; 40]));
    }
}
