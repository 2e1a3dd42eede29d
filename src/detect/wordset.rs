//! A static set of short words with an O(1) pre-check, for the word lists
//! the detectors consult once per word of the text (cue words, street types,
//! names). Most words of a text are rejected by their first letter and length
//! alone; the rest by a binary search over the sorted list.

/// A sorted list of lowercase words, with a gate of (first letter, length).
pub(crate) struct WordSet {
    words: &'static [&'static str],
    /// Bit `len` of `gate[letter]` is set when a word of that length starts
    /// with that letter (a–z; index 26 for any other first byte).
    gate: [u32; 27],
}

const fn gate_index(first: u8) -> usize {
    let lower = first.to_ascii_lowercase();
    if lower.is_ascii_lowercase() {
        (lower - b'a') as usize
    } else {
        26
    }
}

impl WordSet {
    /// Builds the set at compile time. `words` must be sorted, lowercase and
    /// shorter than 32 bytes (checked by the tests of each list).
    // Evaluated at compile time for the static lists: an index out of bounds
    // is a build error.
    #[allow(clippy::indexing_slicing)]
    pub(crate) const fn new(words: &'static [&'static str]) -> WordSet {
        let mut gate = [0u32; 27];
        let mut index = 0;
        while index < words.len() {
            let bytes = words[index].as_bytes();
            if let Some(&first) = bytes.first() {
                if bytes.len() < 32 {
                    gate[gate_index(first)] |= 1 << bytes.len();
                }
            }
            index += 1;
        }
        WordSet { words, gate }
    }

    /// The position of `word` (compared ASCII-case-insensitively) in the list.
    pub(crate) fn position(&self, word: &[u8]) -> Option<usize> {
        let first = *word.first()?;
        let lengths = self.gate.get(gate_index(first)).copied().unwrap_or(0);
        if word.len() >= 32 || lengths & (1 << word.len()) == 0 {
            return None;
        }
        let mut buffer = [0u8; 32];
        let lower = buffer.get_mut(..word.len())?;
        lower.copy_from_slice(word);
        lower.make_ascii_lowercase();
        self.words
            .binary_search_by(|entry| entry.as_bytes().cmp(lower))
            .ok()
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
}

#[cfg(test)]
mod tests {
    use super::*;

    static SET: WordSet = WordSet::new(&["ave", "né", "rue", "street"]);

    #[test]
    fn lookups() {
        assert_valid(&SET);
        assert_eq!(SET.position(b"Street"), Some(3));
        assert!(SET.contains("NÉ".to_lowercase().as_bytes()));
        assert!(SET.contains(b"RUE"));
        assert!(!SET.contains(b"streets"));
        assert!(!SET.contains(b""));
        assert!(!SET.contains(&[b'a'; 40]));
    }
}
