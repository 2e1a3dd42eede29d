//! Context cue words of every detector, found in one pass over the words.
//!
//! Detectors that need a cue before a value (birth dates, names, addresses)
//! share this pass. Cues are single words compared ASCII-case-insensitively
//! (non-ASCII letters exactly); a phrase such as "date of birth" is keyed on
//! its distinctive word ("birth"). Most words are rejected by their first
//! byte and length before any comparison.

/// What a cue word announces.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Cue {
    /// A birth date follows.
    Birth,
}

/// (lowercase word, cue)
const CUES: &[(&str, Cue)] = &[
    ("born", Cue::Birth),
    ("birth", Cue::Birth),
    ("birthday", Cue::Birth),
    ("birthdate", Cue::Birth),
    ("dob", Cue::Birth),
    ("geb", Cue::Birth),
    ("geboren", Cue::Birth),
    ("geburtsdatum", Cue::Birth),
    ("geburtstag", Cue::Birth),
    ("né", Cue::Birth),
    ("née", Cue::Birth),
    ("naissance", Cue::Birth),
    ("nacimiento", Cue::Birth),
    ("nacido", Cue::Birth),
    ("nacida", Cue::Birth),
    ("nato", Cue::Birth),
    ("nata", Cue::Birth),
    ("nascita", Cue::Birth),
    ("geboortedatum", Cue::Birth),
    ("nascimento", Cue::Birth),
    ("nascido", Cue::Birth),
    ("nascida", Cue::Birth),
];

/// A cue word found in the view.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Hit {
    pub(crate) cue: Cue,
    /// One past the cue word, in view bytes.
    pub(crate) end: usize,
}

/// The cue words, indexed by first byte and length.
#[derive(Clone, Debug)]
pub(crate) struct Keywords {
    first_bytes: [bool; 256],
    shortest: usize,
    longest: usize,
}

impl Keywords {
    pub(crate) fn new() -> Keywords {
        let mut first_bytes = [false; 256];
        for (word, _) in CUES {
            if let Some(&first) = word.as_bytes().first() {
                if let Some(slot) = first_bytes.get_mut(usize::from(first)) {
                    *slot = true;
                }
            }
        }
        let lengths = CUES.iter().map(|(word, _)| word.len());
        Keywords {
            first_bytes,
            shortest: lengths.clone().min().unwrap_or(0),
            longest: lengths.max().unwrap_or(0),
        }
    }

    /// The cue words in `view`, in order.
    pub(crate) fn find(&self, view: &str) -> Vec<Hit> {
        let bytes = view.as_bytes();
        let is_word_byte = |b: u8| b.is_ascii_alphanumeric() || b >= 0x80;
        let mut hits = Vec::new();
        let mut pos = 0;
        while let Some(offset) = bytes
            .get(pos..)
            .and_then(|rest| rest.iter().position(|&b| is_word_byte(b)))
        {
            let start = pos + offset;
            let len = bytes
                .get(start..)
                .unwrap_or_default()
                .iter()
                .take_while(|&&b| is_word_byte(b))
                .count();
            pos = start + len;
            let first = bytes.get(start).map_or(0, u8::to_ascii_lowercase);
            if len < self.shortest
                || len > self.longest
                || !self
                    .first_bytes
                    .get(usize::from(first))
                    .copied()
                    .unwrap_or(false)
            {
                continue;
            }
            let Some(word) = bytes.get(start..pos) else {
                continue;
            };
            if let Some(&(_, cue)) = CUES
                .iter()
                .find(|(cue_word, _)| cue_word.as_bytes().eq_ignore_ascii_case(word))
            {
                hits.push(Hit { cue, end: pos });
            }
        }
        hits
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cues_on_word_boundaries_any_case() {
        let keywords = Keywords::new();
        let ends: Vec<usize> = keywords
            .find("Born, reborn, DOB: née le, unborn")
            .iter()
            .map(|h| h.end)
            .collect();
        assert_eq!(ends, [4, 17, 23]);
    }
}
