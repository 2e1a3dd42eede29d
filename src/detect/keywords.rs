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
    /// A form's label or a record's key for a part of a person's name:
    /// `Vorname:`, `Surname:`, `"firstName": "…"`.
    NameLabel,
    /// A cell of a table's column headed by a name's label (added by
    /// [`super::columns`], never read from a word).
    NameCell,
    /// A title before a name: Mr, Frau, Mme, Sr.
    Title,
    /// A greeting that may precede a first name: Dear, Hi, Hallo.
    Greeting,
    /// A sign-off that may precede a signature: Regards, Cheers, Grüße.
    SignOff,
    /// An address follows: "Address:", "Anschrift", "dirección".
    Address,
    /// Someone lives (or wants a parcel) at the address after a preposition:
    /// "I live at", "wohne in der", "j'habite au", "ship to".
    Residence,
    /// A capitalized German preposition that may start a street's name:
    /// "Am Heidkamp 50a", "An der Lehmkuhle 39b" (only capitalized, see
    /// [`cue_at`]).
    GermanStreet,
    /// A secret stated in prose may follow: "my password is …", "Passwort
    /// ist …", "mot de passe est …" (see `secret::detect_stated`).
    Secret,
    /// A short numeric secret follows: a PIN or a card's security code
    /// (`PIN: 4821`, `CVV 381`; see `secret::detect_code`).
    Code,
    /// The bare word `at` between spaces, as people write `@` (`sarah at
    /// gmail.com`, `john at example dot com`; see `email`).
    At,
}

/// (lowercase word, the cue it announces, the contexts it opens), sorted by word.
const CUES: [(&str, Option<Cue>, u32); 280] = [
    ("aadhaar", None, context::AADHAAR),
    ("aadhar", None, context::AADHAAR),
    ("abita", Some(Cue::Residence), 0),
    ("abito", Some(Cue::Residence), 0),
    ("achternaam", Some(Cue::NameLabel), 0),
    ("address", Some(Cue::Address), 0),
    ("adhaar", None, context::AADHAAR),
    ("adres", Some(Cue::Address), 0),
    ("adresse", Some(Cue::Address), 0),
    ("am", Some(Cue::GermanStreet), 0),
    ("an", Some(Cue::GermanStreet), 0),
    ("anrufen", None, context::PHONE),
    ("anschrift", Some(Cue::Address), 0),
    ("apellido", Some(Cue::NameLabel), 0),
    ("apellidos", Some(Cue::NameLabel), 0),
    ("appeler", None, context::PHONE),
    ("appelez", None, context::PHONE),
    ("appelle", Some(Cue::NameIntro), context::PHONE),
    ("assurance", None, context::SIN),
    ("at", Some(Cue::At), 0),
    ("atenciosamente", Some(Cue::SignOff), 0),
    ("auf", Some(Cue::GermanStreet), 0),
    ("bei", Some(Cue::GermanStreet), 0),
    ("beim", Some(Cue::GermanStreet), 0),
    ("bel", None, context::PHONE),
    ("bellen", None, context::PHONE),
    ("best", Some(Cue::SignOff), 0),
    ("beste", Some(Cue::Greeting), 0),
    ("birth", Some(Cue::Birth), 0),
    ("birthdate", Some(Cue::Birth), 0),
    ("birthday", Some(Cue::Birth), 0),
    ("bonjour", Some(Cue::Greeting), 0),
    ("born", Some(Cue::Birth), 0),
    ("bsn", None, context::BSN),
    ("burgerservicenummer", None, context::BSN),
    ("cadastro", None, context::CPF),
    ("call", None, context::PHONE),
    ("card", None, context::CARD),
    ("carta", None, context::CARD),
    ("carte", None, context::CARD),
    ("cartão", None, context::CARD),
    ("cell", None, context::PHONE),
    ("cellulare", None, context::PHONE),
    ("celular", None, context::PHONE),
    ("chamo", Some(Cue::NameIntro), 0),
    ("cheers", Some(Cue::SignOff), 0),
    ("cher", Some(Cue::Greeting), 0),
    ("chiamami", None, context::PHONE),
    ("chiamare", None, context::PHONE),
    ("chiamo", Some(Cue::NameIntro), 0),
    ("chère", Some(Cue::Greeting), 0),
    ("ciao", Some(Cue::Greeting), 0),
    ("cnpj", None, context::CNPJ),
    ("cognome", Some(Cue::NameLabel), 0),
    ("contact", None, context::PHONE),
    ("contraseña", Some(Cue::Secret), 0),
    ("cordialement", Some(Cue::SignOff), 0),
    ("cpf", None, context::CPF),
    ("csc", Some(Cue::Code), 0),
    ("cvc", Some(Cue::Code), 0),
    ("cvc2", Some(Cue::Code), 0),
    ("cvv", Some(Cue::Code), 0),
    ("cvv2", Some(Cue::Code), 0),
    ("dear", Some(Cue::Greeting), 0),
    ("deliver", Some(Cue::Residence), 0),
    ("dhr", Some(Cue::Title), 0),
    ("direccion", Some(Cue::Address), 0),
    ("dirección", Some(Cue::Address), 0),
    ("dni", None, context::DNI),
    ("dob", Some(Cue::Birth), 0),
    ("documento", None, context::DNI),
    ("domicilio", Some(Cue::Address), 0),
    ("dr", Some(Cue::Title), 0),
    ("endereco", Some(Cue::Address), 0),
    ("endereço", Some(Cue::Address), 0),
    ("estimada", Some(Cue::Greeting), 0),
    ("estimado", Some(Cue::Greeting), 0),
    ("familienname", Some(Cue::NameLabel), 0),
    ("familyname", Some(Cue::NameLabel), 0),
    ("fax", None, context::PHONE),
    ("firstname", Some(Cue::NameLabel), 0),
    ("forename", Some(Cue::NameLabel), 0),
    ("frau", Some(Cue::Title), 0),
    ("fullname", Some(Cue::NameLabel), 0),
    ("geb", Some(Cue::Birth), 0),
    ("geboortedatum", Some(Cue::Birth), 0),
    ("geboren", Some(Cue::Birth), 0),
    ("geburtsdatum", Some(Cue::Birth), 0),
    ("geburtstag", Some(Cue::Birth), 0),
    ("geheimzahl", Some(Cue::Code), 0),
    ("gentile", Some(Cue::Greeting), 0),
    ("givenname", Some(Cue::NameLabel), 0),
    ("groeten", Some(Cue::SignOff), 0),
    ("gruß", Some(Cue::SignOff), 0),
    ("grüße", Some(Cue::SignOff), 0),
    ("grüßen", Some(Cue::SignOff), 0),
    ("habite", Some(Cue::Residence), 0),
    ("habitons", Some(Cue::Residence), 0),
    ("hallo", Some(Cue::Greeting), 0),
    ("handy", None, context::PHONE),
    ("heet", Some(Cue::NameIntro), 0),
    ("heisse", Some(Cue::NameIntro), 0),
    ("heiße", Some(Cue::NameIntro), 0),
    ("hello", Some(Cue::Greeting), 0),
    ("herr", Some(Cue::Title), 0),
    ("hey", Some(Cue::Greeting), 0),
    ("hi", Some(Cue::Greeting), 0),
    ("hinter", Some(Cue::GermanStreet), 0),
    ("hola", Some(Cue::Greeting), 0),
    ("identidad", None, context::DNI),
    ("identifikationsnummer", None, context::DE_TAX),
    ("idnr", None, context::DE_TAX),
    ("im", Some(Cue::GermanStreet), 0),
    ("in", Some(Cue::GermanStreet), 0),
    ("income", None, context::PAN),
    ("indirizzo", Some(Cue::Address), 0),
    ("insee", None, context::NIR),
    ("insurance", None, context::SIN | context::NINO),
    ("kaart", None, context::CARD),
    ("karte", None, context::CARD),
    ("kennwort", Some(Cue::Secret), 0),
    ("kreditkarte", None, context::CARD),
    ("lastname", Some(Cue::NameLabel), 0),
    ("liebe", Some(Cue::Greeting), 0),
    ("lieber", Some(Cue::Greeting), 0),
    ("ligar", None, context::PHONE),
    ("ligue", None, context::PHONE),
    ("live", Some(Cue::Residence), 0),
    ("lived", Some(Cue::Residence), 0),
    ("lives", Some(Cue::Residence), 0),
    ("living", Some(Cue::Residence), 0),
    ("llamame", None, context::PHONE),
    ("llamar", None, context::PHONE),
    ("llamo", Some(Cue::NameIntro), 0),
    ("llámame", None, context::PHONE),
    ("madame", Some(Cue::Title), 0),
    ("mevr", Some(Cue::Title), 0),
    ("middlename", Some(Cue::NameLabel), 0),
    ("miss", Some(Cue::Title), 0),
    ("mlle", Some(Cue::Title), 0),
    ("mme", Some(Cue::Title), 0),
    ("mobiel", None, context::PHONE),
    ("mobil", None, context::PHONE),
    ("mobile", None, context::PHONE),
    ("monsieur", Some(Cue::Title), 0),
    ("mora", Some(Cue::Residence), 0),
    ("moro", Some(Cue::Residence), 0),
    ("movil", None, context::PHONE),
    ("mr", Some(Cue::Title), 0),
    ("mrs", Some(Cue::Title), 0),
    ("ms", Some(Cue::Title), 0),
    ("móvil", None, context::PHONE),
    ("naam", Some(Cue::NameIntro), 0),
    ("nachname", Some(Cue::NameLabel), 0),
    ("nacida", Some(Cue::Birth), 0),
    ("nacido", Some(Cue::Birth), 0),
    ("nacimiento", Some(Cue::Birth), 0),
    ("naissance", Some(Cue::Birth), 0),
    ("name", Some(Cue::NameIntro), 0),
    ("nas", None, context::SIN),
    ("nascida", Some(Cue::Birth), 0),
    ("nascido", Some(Cue::Birth), 0),
    ("nascimento", Some(Cue::Birth), 0),
    ("nascita", Some(Cue::Birth), 0),
    ("nata", Some(Cue::Birth), 0),
    ("nato", Some(Cue::Birth), 0),
    ("nhs", None, context::NHS),
    ("ni", None, context::NINO),
    ("nie", None, context::DNI),
    ("nif", None, context::DNI),
    ("nino", None, context::NINO),
    ("nir", None, context::NIR),
    ("nom", Some(Cue::NameIntro), 0),
    ("nombre", Some(Cue::NameIntro), 0),
    ("nome", Some(Cue::NameIntro), 0),
    ("numero", None, context::PHONE),
    ("nummer", None, context::PHONE),
    ("numéro", None, context::PHONE),
    ("né", Some(Cue::Birth), 0),
    ("née", Some(Cue::Birth), 0),
    ("número", None, context::PHONE),
    ("olá", Some(Cue::Greeting), 0),
    ("pan", None, context::PAN),
    ("passcode", Some(Cue::Secret), 0),
    ("passe", Some(Cue::Secret), 0),
    ("passphrase", Some(Cue::Secret), 0),
    ("passwd", Some(Cue::Secret), 0),
    ("password", Some(Cue::Secret), 0),
    ("passwort", Some(Cue::Secret), 0),
    ("permanent", None, context::PAN),
    ("phone", None, context::PHONE),
    ("pin", Some(Cue::Code), 0),
    ("pincode", Some(Cue::Code), 0),
    ("portable", None, context::PHONE),
    ("prenom", Some(Cue::NameLabel), 0),
    ("prezada", Some(Cue::Greeting), 0),
    ("prezado", Some(Cue::Greeting), 0),
    ("prof", Some(Cue::Title), 0),
    ("prénom", Some(Cue::NameLabel), 0),
    ("rappeler", None, context::PHONE),
    ("reach", None, context::PHONE),
    ("regards", Some(Cue::SignOff), 0),
    ("reside", Some(Cue::Residence), 0),
    ("resides", Some(Cue::Residence), 0),
    ("resido", Some(Cue::Residence), 0),
    ("ring", None, context::PHONE),
    ("risiedo", Some(Cue::Residence), 0),
    ("rrn", None, context::RRN),
    ("rufnummer", None, context::PHONE),
    ("saludos", Some(Cue::SignOff), 0),
    ("saluti", Some(Cue::SignOff), 0),
    ("securite", None, context::NIR),
    ("senha", Some(Cue::Secret), 0),
    ("señor", Some(Cue::Title), 0),
    ("señora", Some(Cue::Title), 0),
    ("ship", Some(Cue::Residence), 0),
    ("sig", Some(Cue::Title), 0),
    ("signor", Some(Cue::Title), 0),
    ("signora", Some(Cue::Title), 0),
    ("sin", None, context::SIN),
    ("sincerely", Some(Cue::SignOff), 0),
    ("sms", None, context::PHONE),
    ("sobrenome", Some(Cue::NameLabel), 0),
    ("social", None, context::SSN | context::SIN),
    ("sociale", None, context::SIN | context::NIR),
    ("sofi", None, context::BSN),
    ("sofinummer", None, context::BSN),
    ("sr", Some(Cue::Title), 0),
    ("sra", Some(Cue::Title), 0),
    ("srta", Some(Cue::Title), 0),
    ("ss", None, context::SSN),
    ("ssn", None, context::SSN),
    ("steuer", None, context::DE_TAX),
    ("steuerid", None, context::DE_TAX),
    ("steueridentifikationsnummer", None, context::DE_TAX),
    ("steuernummer", None, context::DE_TAX),
    ("surname", Some(Cue::NameLabel), 0),
    ("sécu", None, context::NIR),
    ("sécurité", None, context::NIR),
    ("tarjeta", None, context::CARD),
    ("tax", None, context::DE_TAX | context::TFN),
    ("tel", None, context::PHONE),
    ("telefon", None, context::PHONE),
    ("telefone", None, context::PHONE),
    ("telefono", None, context::PHONE),
    ("telefoon", None, context::PHONE),
    ("telephone", None, context::PHONE),
    ("teléfono", None, context::PHONE),
    ("tfn", None, context::TFN),
    ("thanks", Some(Cue::SignOff), 0),
    ("tin", None, context::SSN | context::DE_TAX),
    ("tél", None, context::PHONE),
    ("téléphone", None, context::PHONE),
    ("uid", None, context::AADHAAR),
    ("uidai", None, context::AADHAAR),
    ("unter", Some(Cue::GermanStreet), 0),
    ("vive", Some(Cue::Residence), 0),
    ("vivo", Some(Cue::Residence), 0),
    ("voornaam", Some(Cue::NameLabel), 0),
    ("vor", Some(Cue::GermanStreet), 0),
    ("vorname", Some(Cue::NameLabel), 0),
    ("wachtwoord", Some(Cue::Secret), 0),
    ("whatsapp", None, context::PHONE),
    ("wohne", Some(Cue::Residence), 0),
    ("wohnen", Some(Cue::Residence), 0),
    ("wohnhaft", Some(Cue::Address), 0),
    ("wohnt", Some(Cue::Residence), 0),
    ("woon", Some(Cue::Residence), 0),
    ("woont", Some(Cue::Residence), 0),
    ("zum", Some(Cue::GermanStreet), 0),
    ("zur", Some(Cue::GermanStreet), 0),
    // Korean: "name" as a form's label (`이름: …`) and "name is" (`제
    // 이름은 …`), the honorific 성함 and 성명 too (see `person`).
    ("성명", Some(Cue::NameIntro), 0),
    ("성함", Some(Cue::NameIntro), 0),
    ("성함은", Some(Cue::NameIntro), 0),
    ("이름", Some(Cue::NameIntro), 0),
    ("이름은", Some(Cue::NameIntro), 0),
    // Korean: "resident registration number", in full and short, as a
    // label or with the topic ending (`주민번호는 …`).
    ("주민등록번호", None, context::RRN),
    ("주민등록번호는", None, context::RRN),
    ("주민번호", None, context::RRN),
    ("주민번호는", None, context::RRN),
];

static CUE_WORDS: WordSet = WordSet::new(&first_of(&CUES));

/// The words of `pairs`, at compile time.
// Evaluated at compile time only: an index out of bounds is a build error.
#[allow(clippy::indexing_slicing)]
const fn first_of<const N: usize>(
    pairs: &[(&'static str, Option<Cue>, u32); N],
) -> [&'static str; N] {
    let mut words = [""; N];
    let mut index = 0;
    while index < N {
        words[index] = pairs[index].0;
        index += 1;
    }
    words
}

/// Context flags: a word that makes a nearby number of this kind likelier.
pub(crate) mod context {
    pub(crate) const PHONE: u32 = 1;
    pub(crate) const SSN: u32 = 1 << 1;
    pub(crate) const NHS: u32 = 1 << 2;
    pub(crate) const SIN: u32 = 1 << 3;
    pub(crate) const NIR: u32 = 1 << 4;
    pub(crate) const BSN: u32 = 1 << 5;
    pub(crate) const DE_TAX: u32 = 1 << 6;
    pub(crate) const AADHAAR: u32 = 1 << 7;
    pub(crate) const CPF: u32 = 1 << 8;
    pub(crate) const CNPJ: u32 = 1 << 9;
    pub(crate) const TFN: u32 = 1 << 10;
    pub(crate) const PAN: u32 = 1 << 11;
    pub(crate) const NINO: u32 = 1 << 12;
    pub(crate) const DNI: u32 = 1 << 13;
    /// A payment card's word: only read before numbers written as words.
    pub(crate) const CARD: u32 = 1 << 14;
    pub(crate) const RRN: u32 = 1 << 15;
}

/// A cue word found in the view.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Hit {
    /// What follows the word, if it leads a value.
    pub(crate) cue: Option<Cue>,
    /// The kinds of numbers the word is context for.
    pub(crate) contexts: u32,
    /// The cue word's first byte in the view.
    pub(crate) start: usize,
    /// One past the cue word, in view bytes.
    pub(crate) end: usize,
    /// Where the word's contexts stop lifting numbers: a table cell's end
    /// for the hits of [`super::columns`], which lift only their cell
    /// (`usize::MAX` for a word).
    pub(crate) reach: usize,
}

/// The context words found in a text, for number detectors: whether a word
/// of some kind stands shortly before a position.
pub(crate) struct Context<'h> {
    hits: &'h [Hit],
}

impl<'h> Context<'h> {
    pub(crate) fn new(hits: &'h [Hit]) -> Context<'h> {
        Context { hits }
    }

    /// Whether a word with any of the `kinds` ends within `window` bytes
    /// before `pos`.
    pub(crate) fn before(&self, pos: usize, window: usize, kinds: u32) -> bool {
        let upto = self.hits.partition_point(|hit| hit.end <= pos);
        self.hits
            .get(..upto)
            .unwrap_or_default()
            .iter()
            .rev()
            .take_while(|hit| hit.end + window >= pos)
            .any(|hit| hit.contexts & kinds != 0 && pos < hit.reach)
    }
}

/// Whether one of `words` (of Chinese, Japanese or Korean, whose texts run
/// words together, so that the cue pass seldom sees one alone) stands in
/// the `window` bytes before `pos` (read only when they hold a byte beyond
/// ASCII).
pub(crate) fn unspaced_word_before(
    bytes: &[u8],
    pos: usize,
    window: usize,
    words: &[&str],
) -> bool {
    let before = bytes
        .get(pos.saturating_sub(window)..pos)
        .unwrap_or_default();
    !before.is_ascii()
        && words.iter().any(|word| {
            let word = word.as_bytes();
            // Two bytes of the first character first: in text of that
            // script most positions differ there, and a whole comparison
            // per position cost a call each.
            before.windows(word.len()).any(|part| {
                part.first() == word.first() && part.get(2) == word.get(2) && part == word
            })
        })
}

/// Whether the word at `start..end` is part of a token this crate writes
/// (`<PHONE>`, `<PHONE_2>`, `PHONE_k1_5KJ…`, `CREDIT_CARD_k1_…`): a type
/// name there is no context for what stands beside it, or redacting the
/// output again would find more than the first pass did.
pub(crate) fn inside_token(bytes: &[u8], start: usize, end: usize) -> bool {
    // No token is longer; the bound keeps a text of `phone_phone_…` linear.
    const LONGEST: usize = 128;
    let is_ident = |b: &u8| b.is_ascii_alphanumeric() || *b == b'_';
    let from = start
        - bytes
            .get(..start)
            .unwrap_or_default()
            .iter()
            .rev()
            .take(LONGEST + 1)
            .take_while(|b| is_ident(b))
            .count();
    let to = end
        + bytes
            .get(end..)
            .unwrap_or_default()
            .iter()
            .take(LONGEST + 1)
            .take_while(|b| is_ident(b))
            .count();
    let Some(ident) = bytes.get(from..to).filter(|ident| ident.len() <= LONGEST) else {
        return false;
    };
    let label = from > 0
        && bytes.get(from - 1) == Some(&b'<')
        && bytes.get(to) == Some(&b'>')
        && ident.split(|&b| b == b'_').all(upper_name);
    // `NAME_7` (numbered) or `NAME_k1_CODE` (keyed): parts read from the
    // end, the name parts before them all upper case.
    let parts = || ident.rsplit(|&b| b == b'_');
    let mut from_end = parts();
    let last = from_end.next().unwrap_or_default();
    let before_last = from_end.next();
    let numbered = before_last.is_some()
        && !last.is_empty()
        && last.iter().all(u8::is_ascii_digit)
        && name_parts(parts().skip(1));
    let keyed = before_last.is_some_and(|key_id| {
        (1..=16).contains(&key_id.len())
            && key_id.iter().all(u8::is_ascii_alphanumeric)
            && (8..=32).contains(&last.len())
            && last
                .iter()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
            && name_parts(parts().skip(2))
    });
    label || numbered || keyed
}

/// A part of a type name: upper case letters and digits.
fn upper_name(part: &[u8]) -> bool {
    !part.is_empty()
        && part
            .iter()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
}

/// Whether there is at least one part and every one is [`upper_name`].
fn name_parts<'a>(parts: impl Iterator<Item = &'a [u8]>) -> bool {
    let mut any = false;
    for part in parts {
        if !upper_name(part) {
            return false;
        }
        any = true;
    }
    any
}

/// The cue word that the span `start..end` of the view is (see
/// [`super::words::for_each_span`]), if it is one.
pub(crate) fn cue_at(bytes: &[u8], start: usize, end: usize) -> Option<Hit> {
    let index = CUE_WORDS.position(bytes.get(start..end)?)?;
    let &(word, cue, contexts) = CUES.get(index)?;
    let hit = Hit {
        cue,
        contexts,
        start,
        end,
        reach: usize::MAX,
    };
    // `at` for `@` stands between spaces (so in no token or identifier).
    if cue == Some(Cue::At) {
        let spaced =
            start > 0 && bytes.get(start - 1) == Some(&b' ') && bytes.get(end) == Some(&b' ');
        return spaced.then_some(hit);
    }
    if inside_token(bytes, start, end) || verb_in_identifier(word, bytes, start, end) {
        return None;
    }
    // `in`, `an`, `am` are English words too: only the capitalized German
    // preposition may start a street.
    if cue == Some(Cue::GermanStreet) && !bytes.get(start).is_some_and(u8::is_ascii_uppercase) {
        return None;
    }
    Some(hit)
}

/// Whether the cue `word` is a verb or a short abbreviation joined into an
/// identifier (`VHOST_SET_VRING_CALL`, `on_call`, `FILL_RING`,
/// `_mm_cvtsi64_ss`, `f32_sin`, `pan_x`, `uid_t`, `MS_BORN`): a name in source code,
/// not someone asking to be called or naming an id. (Nouns stay cues there:
/// `phone_number`, `user_ssn`.)
fn verb_in_identifier(word: &str, bytes: &[u8], start: usize, end: usize) -> bool {
    matches!(
        word,
        "call" | "ring" | "reach" | "born" | "ss" | "sin" | "tin" | "pan" | "uid"
    ) && (start.checked_sub(1).and_then(|at| bytes.get(at)) == Some(&b'_')
        || bytes.get(end) == Some(&b'_'))
}

/// The cue words in `view`, in order.
#[cfg(test)]
pub(crate) fn find(view: &str) -> Vec<Hit> {
    let mut hits = Vec::new();
    super::words::for_each_span(view, |span| {
        hits.extend(cue_at(view.as_bytes(), span.start, span.end));
    });
    hits
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn type_names_inside_tokens_are_no_cues() {
        let cues = |text: &str| find(text).len();
        assert_eq!(cues("PHONE_k1_345JW69S6VA6 8108512234"), 0);
        assert_eq!(cues("<PHONE> 8108512234 <PHONE_2>"), 0);
        assert_eq!(cues("CREDIT_CARD_k1_MH62KSH6A4DY"), 0);
        assert_eq!(cues("phone 8108512234, PHONE: 1, phone_number=1"), 3);
        assert_eq!(
            cues("ND_IOCTL_CALL: u32 = 3225439754; FILL_RING, on_call"),
            0
        );
        assert_eq!(cues("call me, ring 0612"), 2);
        assert_eq!(
            cues("_mm_cvtsi64_ss(a, -322223333); f32_sin; pan_x; uid_t"),
            0
        );
        assert_eq!(cues("SS 322223333, user_ssn"), 2);
        assert_eq!(cues("FS_BORN.\n\n2011-02-22 born"), 1);
        // Each cue looks at most a token's length around it (quadratic
        // before: this would not finish).
        assert_eq!(cues(&"phone_".repeat(100_000)), 100_000);
    }

    #[test]
    fn cues_on_word_boundaries_any_case() {
        crate::detect::wordset::assert_valid(&CUE_WORDS);
        let ends: Vec<usize> = find("Born, reborn, DOB: née le, unborn")
            .iter()
            .map(|h| h.end)
            .collect();
        assert_eq!(ends, [4, 17, 23]);
    }
}
