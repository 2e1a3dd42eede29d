//! Context cue words of every detector, found in one pass over the words.
//!
//! Detectors that need a cue before a value (birth dates, names, addresses)
//! share this pass. Cues are single words compared ASCII-case-insensitively
//! (non-ASCII letters exactly); a phrase such as "date of birth" is keyed on
//! its distinctive word ("birth"). Most words are rejected by their first
//! byte and length before any comparison.

use super::wordset::WordSet;

/// What a cue word announces.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Cue {
    /// A birth date follows.
    Birth,
    /// A name follows, strongly: "Name:", "my name is", "je m'appelle".
    NameIntro,
    /// A title before a name: Mr, Frau, Mme, Sr.
    Title,
    /// A greeting that may precede a first name: Dear, Hi, Hallo.
    Greeting,
    /// A sign-off that may precede a signature: Regards, Cheers, Grüße.
    SignOff,
    /// An address follows: "Address:", "Anschrift", "dirección".
    Address,
}

/// (lowercase word, cue), sorted by word.
const CUES: [(&str, Cue); 98] = [
    ("address", Cue::Address),
    ("adres", Cue::Address),
    ("adresse", Cue::Address),
    ("anschrift", Cue::Address),
    ("appelle", Cue::NameIntro),
    ("atenciosamente", Cue::SignOff),
    ("beste", Cue::Greeting),
    ("birth", Cue::Birth),
    ("birthdate", Cue::Birth),
    ("birthday", Cue::Birth),
    ("bonjour", Cue::Greeting),
    ("born", Cue::Birth),
    ("chamo", Cue::NameIntro),
    ("cheers", Cue::SignOff),
    ("cher", Cue::Greeting),
    ("chiamo", Cue::NameIntro),
    ("chère", Cue::Greeting),
    ("ciao", Cue::Greeting),
    ("cordialement", Cue::SignOff),
    ("dear", Cue::Greeting),
    ("dhr", Cue::Title),
    ("direccion", Cue::Address),
    ("dirección", Cue::Address),
    ("dob", Cue::Birth),
    ("domicilio", Cue::Address),
    ("dr", Cue::Title),
    ("endereco", Cue::Address),
    ("endereço", Cue::Address),
    ("estimada", Cue::Greeting),
    ("estimado", Cue::Greeting),
    ("frau", Cue::Title),
    ("geb", Cue::Birth),
    ("geboortedatum", Cue::Birth),
    ("geboren", Cue::Birth),
    ("geburtsdatum", Cue::Birth),
    ("geburtstag", Cue::Birth),
    ("gentile", Cue::Greeting),
    ("groeten", Cue::SignOff),
    ("gruß", Cue::SignOff),
    ("grüße", Cue::SignOff),
    ("grüßen", Cue::SignOff),
    ("hallo", Cue::Greeting),
    ("heet", Cue::NameIntro),
    ("heisse", Cue::NameIntro),
    ("heiße", Cue::NameIntro),
    ("hello", Cue::Greeting),
    ("herr", Cue::Title),
    ("hey", Cue::Greeting),
    ("hi", Cue::Greeting),
    ("hola", Cue::Greeting),
    ("indirizzo", Cue::Address),
    ("liebe", Cue::Greeting),
    ("lieber", Cue::Greeting),
    ("llamo", Cue::NameIntro),
    ("madame", Cue::Title),
    ("mevr", Cue::Title),
    ("miss", Cue::Title),
    ("mlle", Cue::Title),
    ("mme", Cue::Title),
    ("monsieur", Cue::Title),
    ("mr", Cue::Title),
    ("mrs", Cue::Title),
    ("ms", Cue::Title),
    ("naam", Cue::NameIntro),
    ("nacida", Cue::Birth),
    ("nacido", Cue::Birth),
    ("nacimiento", Cue::Birth),
    ("naissance", Cue::Birth),
    ("name", Cue::NameIntro),
    ("nascida", Cue::Birth),
    ("nascido", Cue::Birth),
    ("nascimento", Cue::Birth),
    ("nascita", Cue::Birth),
    ("nata", Cue::Birth),
    ("nato", Cue::Birth),
    ("nom", Cue::NameIntro),
    ("nombre", Cue::NameIntro),
    ("nome", Cue::NameIntro),
    ("né", Cue::Birth),
    ("née", Cue::Birth),
    ("olá", Cue::Greeting),
    ("prezada", Cue::Greeting),
    ("prezado", Cue::Greeting),
    ("prof", Cue::Title),
    ("regards", Cue::SignOff),
    ("saludos", Cue::SignOff),
    ("saluti", Cue::SignOff),
    ("señor", Cue::Title),
    ("señora", Cue::Title),
    ("sig", Cue::Title),
    ("signor", Cue::Title),
    ("signora", Cue::Title),
    ("sincerely", Cue::SignOff),
    ("sr", Cue::Title),
    ("sra", Cue::Title),
    ("srta", Cue::Title),
    ("thanks", Cue::SignOff),
    ("wohnhaft", Cue::Address),
];

static CUE_WORDS: WordSet = WordSet::new(&first_of(&CUES));

/// The words of `pairs`, at compile time.
// Evaluated at compile time only: an index out of bounds is a build error.
#[allow(clippy::indexing_slicing)]
const fn first_of<const N: usize>(pairs: &[(&'static str, Cue); N]) -> [&'static str; N] {
    let mut words = [""; N];
    let mut index = 0;
    while index < N {
        words[index] = pairs[index].0;
        index += 1;
    }
    words
}

/// A cue word found in the view.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Hit {
    pub(crate) cue: Cue,
    /// The cue word's first byte in the view.
    pub(crate) start: usize,
    /// One past the cue word, in view bytes.
    pub(crate) end: usize,
}

/// The cue-word finder. Stateless: the word list is static.
#[derive(Clone, Debug, Default)]
pub(crate) struct Keywords;

impl Keywords {
    pub(crate) fn new() -> Keywords {
        Keywords
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
            let found = bytes
                .get(start..pos)
                .and_then(|word| CUE_WORDS.position(word));
            if let Some((_, cue)) = found.and_then(|index| CUES.get(index)) {
                hits.push(Hit {
                    cue: *cue,
                    start,
                    end: pos,
                });
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
        crate::detect::wordset::assert_valid(&CUE_WORDS);
        let keywords = Keywords::new();
        let ends: Vec<usize> = keywords
            .find("Born, reborn, DOB: née le, unborn")
            .iter()
            .map(|h| h.end)
            .collect();
        assert_eq!(ends, [4, 17, 23]);
    }
}
