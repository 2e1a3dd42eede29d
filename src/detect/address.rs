//! ADDRESS: street addresses in the shapes of the supported locales, with
//! the postcode and city that follow them:
//! - number, name, street type: `221B Baker Street`, `1600 Pennsylvania Ave NW`;
//! - street type, name, number: `Calle Mayor 5`, `Via Roma, 10`, `Rua Augusta 123`;
//! - number, street type, name: `12 rue de la Paix`, `5 avenue Victor Hugo`;
//! - compound street word, number: `Hauptstraße 5`, `Bahnhofstr. 12a`, `Kerkstraat 12`;
//! - UK postcodes on their own (`SW1A 1AA`), and the line after "Address:".

use super::keywords::{Cue, Hit};
use super::names::is_given_name;
use super::text::{char_at, char_before};
use super::words::Span;
use super::wordset::{Gate, WordSet};
use super::{Candidate, Sink};
use crate::entity::EntityType;

/// Street types written after the name (English; and German ones written
/// apart, which [`separate_german_type`] tells from them).
static SUFFIX_TYPES: WordSet = WordSet::new(&[
    "allee",
    "alley",
    "ave",
    "avenue",
    "bayou",
    "bend",
    "bluff",
    "bluffs",
    "blvd",
    "boulevard",
    "bypass",
    "camp",
    "canyon",
    "causeway",
    "cir",
    "circle",
    "circles",
    "cliff",
    "cliffs",
    "close",
    "copse",
    "court",
    "courts",
    "cove",
    "coves",
    "creek",
    "crescent",
    "croft",
    "crossing",
    "crossroad",
    "crossroads",
    "ct",
    "dale",
    "dr",
    "drive",
    "drives",
    "drove",
    "esplanade",
    "expressway",
    "ferry",
    "forest",
    "freeway",
    "garden",
    "gardens",
    "garth",
    "gasse",
    "glade",
    "glen",
    "glens",
    "grove",
    "groves",
    "harbor",
    "harbors",
    "heights",
    "highway",
    "hill",
    "hills",
    "hollow",
    "hwy",
    "island",
    "islands",
    "junction",
    "junctions",
    "lake",
    "lakes",
    "landing",
    "lane",
    "ln",
    "manor",
    "manors",
    "mead",
    "meadow",
    "meadows",
    "mews",
    "motorway",
    "mountain",
    "mountains",
    "orchard",
    "parade",
    "parkway",
    "parkways",
    "pkwy",
    "pl",
    "place",
    "platz",
    "plaza",
    "prairie",
    "promenade",
    "ranch",
    "rapid",
    "rapids",
    "rd",
    "ridge",
    "ridges",
    "river",
    "road",
    "roads",
    "route",
    "rue",
    "shore",
    "shores",
    "skyway",
    "sq",
    "square",
    "squares",
    "st",
    "str",
    "strasse",
    "stravenue",
    "straße",
    "street",
    "streets",
    "terrace",
    "throughway",
    "trafficway",
    "trail",
    "turnpike",
    "vale",
    "valley",
    "valleys",
    "village",
    "villages",
    "way",
    "ways",
    "weg",
    "wynd",
]);

/// Street types written after the name that are also words of prose and
/// technical text (`Release 1 Application Specific Extension`, `502 Bad
/// Gateway`, `Chapter 36 Intel Processor Trace`): the U.S. Postal Service's
/// suffixes and British ones such as these are read only where the house
/// number stands as one (see [`number_stands_alone`]). Three of the Postal
/// Service's are left out, as they name other things after a number too
/// often: `Center`, `Curve` and `Fields` (`29K Technical Support Center`,
/// `6337  Elliptic Curve Cryptography`, `431 Request Header Fields`), and
/// so are the British `Bank`, `End`, `Wood` and `Approach` (`5 Deutsche
/// Bank`, `4 West End`).
static WEAK_SUFFIX_TYPES: WordSet = WordSet::new(&[
    "anex",
    "arcade",
    "beach",
    "beeches",
    "bottom",
    "brae",
    "branch",
    "bridge",
    "brook",
    "brooks",
    "brow",
    "burg",
    "burgs",
    "cape",
    "cedars",
    "chase",
    "chestnuts",
    "club",
    "common",
    "commons",
    "coppice",
    "corner",
    "corners",
    "course",
    "crest",
    "dam",
    "divide",
    "elms",
    "estate",
    "estates",
    "extension",
    "extensions",
    "fall",
    "falls",
    "field",
    "firs",
    "flat",
    "flats",
    "fold",
    "ford",
    "fords",
    "forge",
    "forges",
    "fork",
    "forks",
    "fort",
    "gate",
    "gateway",
    "glebe",
    "grange",
    "green",
    "greens",
    "haven",
    "hollies",
    "inlet",
    "isle",
    "key",
    "keys",
    "knoll",
    "knolls",
    "land",
    "laurels",
    "lea",
    "light",
    "lights",
    "loaf",
    "lock",
    "locks",
    "lodge",
    "loop",
    "mall",
    "maltings",
    "mill",
    "mills",
    "mission",
    "moorings",
    "mount",
    "neck",
    "oval",
    "overpass",
    "paddock",
    "paddocks",
    "park",
    "parks",
    "pass",
    "passage",
    "pastures",
    "path",
    "pike",
    "pine",
    "pines",
    "plain",
    "plains",
    "point",
    "points",
    "poplars",
    "port",
    "ports",
    "radial",
    "ramp",
    "rest",
    "rise",
    "row",
    "run",
    "shoal",
    "shoals",
    "side",
    "sidings",
    "spinney",
    "spring",
    "springs",
    "spur",
    "spurs",
    "station",
    "stream",
    "summit",
    "trace",
    "track",
    "trailer",
    "tunnel",
    "underpass",
    "union",
    "unions",
    "viaduct",
    "view",
    "views",
    "ville",
    "vista",
    "walk",
    "walks",
    "wall",
    "well",
    "wells",
    "willows",
    "yard",
]);

/// Street types written before the name.
static PREFIX_TYPES: WordSet = WordSet::new(&[
    "alameda",
    "aldea",
    "allée",
    "apartamento",
    "arrabal",
    "arroyo",
    "av",
    "avda",
    "avenida",
    "avenue",
    "avinguda",
    "bajada",
    "barranco",
    "barrio",
    "bd",
    "bloque",
    "borgo",
    "boulevard",
    "c/",
    "calle",
    "calleja",
    "callejón",
    "camino",
    "carrer",
    "carretera",
    "caserio",
    "caserío",
    "cañada",
    "chalet",
    "chemin",
    "circonvallazione",
    "colonia",
    "conjunto",
    "contrada",
    "corso",
    "costanilla",
    "ctra",
    "cuesta",
    "diseminado",
    "edificio",
    "escalinata",
    "estrada",
    "explanada",
    "extramuros",
    "extrarradio",
    "faubourg",
    "glorieta",
    "huerta",
    "impasse",
    "incrocio",
    "jardines",
    "ladeira",
    "largo",
    "località",
    "lugar",
    "lungomare",
    "lungotevere",
    "manzana",
    "marginal",
    "masía",
    "muelle",
    "paraje",
    "parcela",
    "parque",
    "partida",
    "pasaje",
    "paseo",
    "passage",
    "passeig",
    "piazza",
    "piazzale",
    "piazzetta",
    "place",
    "plaza",
    "plazuela",
    "plaça",
    "poblado",
    "polígono",
    "praça",
    "prolongación",
    "pso",
    "pza",
    "quai",
    "ramal",
    "rambla",
    "rampa",
    "riera",
    "rincón",
    "rodovia",
    "ronda",
    "rotonda",
    "route",
    "rua",
    "rue",
    "salita",
    "senda",
    "strada",
    "subida",
    "terrenos",
    "torrente",
    "traversa",
    "travessa",
    "travesía",
    "urbanización",
    "via",
    "viale",
    "vico",
    "vicolo",
    "viela",
    "voie",
    "vía",
]);

/// Types of INE's Spanish street register that are words of prose too
/// (`Grupo Santander 2023`, `Entrada General 2 personas`): they count only
/// capitalized and before a capitalized given name (`Mercado Ignacio
/// Valles, 4`, `Solar Virginia 73`), as streets named after people are.
/// (Not `Monte`: `Monte Carlo 3 runs`.)
static WEAK_PREFIX_TYPES: WordSet = WordSet::new(&[
    "colegio",
    "entrada",
    "ferrocarril",
    "grupo",
    "lado",
    "mercado",
    "municipio",
    "puente",
    "puerta",
    "quinta",
    "salida",
    "sección",
    "sector",
    "solar",
]);

/// The endings of compound street names that are no street type alone
/// (`Ring 0`, `Kade 3`), capitalized after a hyphen: `Willy-Brandt-Ring`,
/// `Konrad-Adenauer-Ufer`. The scan's spans part such a name at its
/// hyphens; [`address_around`] reads the whole name, and takes it only as
/// a compound street name.
static HYPHENATED_ENDINGS: WordSet = WordSet::new(&[
    "damm",
    "dijk",
    "graben",
    "gracht",
    "kade",
    "laan",
    "plantsoen",
    "plein",
    "ring",
    "singel",
    "steig",
    "straat",
    "ufer",
]);

/// Whether a word may be a street type of either kind, or a compound
/// name's ending: one look-up for every word of a text.
static STREET_TYPES: Gate = Gate::union(&[
    &SUFFIX_TYPES,
    &PREFIX_TYPES,
    &WEAK_SUFFIX_TYPES,
    &WEAK_PREFIX_TYPES,
    &HYPHENATED_ENDINGS,
]);

/// Endings of compound street words (German, Dutch) by their last letter,
/// lowercase: looked up for every capitalized word of a text.
fn compound_endings(last: u8) -> &'static [&'static str] {
    match last.to_ascii_lowercase() {
        b'e' => &["straße", "strasse", "allee", "gasse", "kade"],
        b'g' => &["weg", "ring", "steig"],
        b'r' => &["str", "ufer"],
        b't' => &["straat", "gracht"],
        b'n' => &["laan", "plein", "plantsoen", "graben"],
        b'k' => &["dijk", "park"],
        b'z' => &["platz"],
        b'm' => &["damm"],
        b'l' => &["singel"],
        _ => &[],
    }
}

/// Lowercase particles allowed inside street names.
const NAME_PARTICLES: &[&str] = &[
    "de", "la", "le", "du", "des", "del", "della", "di", "da", "das", "do", "dos", "van", "der",
    "dem", "den", "l'", "d'",
];

/// Whether `word` may be a street's name word other than a particle: a
/// capitalized word, an ordinal (`6th Avenue`), or a capitalized word
/// after an elided article (`Rue d'Assas`, `Quai de l'Odéon`).
fn capital_name(word: &str) -> bool {
    if starts_upper(word) {
        return true;
    }
    let digits = word.bytes().take_while(u8::is_ascii_digit).count();
    if (1..=3).contains(&digits) {
        let suffix = word.get(digits..).unwrap_or_default();
        return ["st", "nd", "rd", "th"]
            .iter()
            .any(|s| s.eq_ignore_ascii_case(suffix));
    }
    ["d'", "l'", "d’", "l’"]
        .iter()
        .find_map(|article| word.strip_prefix(article))
        .is_some_and(starts_upper)
}

/// Whether `word` may stand in a street's name: a capital name or a particle.
fn name_part(word: &str) -> bool {
    capital_name(word) || NAME_PARTICLES.contains(&word)
}

/// Whether `word` is a house number: up to five digits, not starting with
/// 0 (no house is numbered 0 or 05: `Entering 0 causes…` in a manual is no
/// street), and at most one letter (`221B`).
fn is_house_number(word: &str) -> bool {
    let digits = word.bytes().take_while(u8::is_ascii_digit).count();
    let rest = word.get(digits..).unwrap_or("");
    (1..=5).contains(&digits)
        && !word.starts_with('0')
        && ((rest.len() <= 1 && rest.bytes().all(|b| b.is_ascii_alphabetic()))
            || is_repeat_suffix(rest)
            || rest.strip_prefix('-').is_some_and(is_joined_number_part))
}

/// What may follow a house number after a hyphen: the last of a range
/// (`12-14`), or a Dutch floor or ground floor (`123-II`, `123-2`,
/// `123-hs`, `123-H`).
fn is_joined_number_part(part: &str) -> bool {
    let digits = part.bytes().all(|b| b.is_ascii_digit());
    (digits && (1..=4).contains(&part.len()) && !part.starts_with('0'))
        || part == "H"
        || is_floor_after_number(part)
}

/// A Dutch floor after the house number, in Roman numerals or the ground
/// floor (`Muldergracht 876 III`, `123-II`, `123 hs`).
fn is_floor_after_number(word: &str) -> bool {
    is_roman_floor(word) || word == "hs" || word == "huis"
}

/// `I` to `IV`: a floor or a staircase (`876 III`, `scala II`).
fn is_roman_floor(word: &str) -> bool {
    ["I", "II", "III", "IV"].contains(&word)
}

/// One ASCII letter: a door, a staircase or a building (`3º B`, `Bât. B`).
fn is_letter(word: &str) -> bool {
    word.len() == 1 && word.bytes().all(|b| b.is_ascii_alphabetic())
}

/// `bis`, `ter`, `quater`: the second, third, fourth house of one number
/// (`12 bis rue Victor Hugo`, `12bis`), in French and Italian addresses.
fn is_repeat_suffix(word: &str) -> bool {
    ["bis", "ter", "quater"]
        .iter()
        .any(|suffix| word.eq_ignore_ascii_case(suffix))
}

/// Whether `s/n` (Spanish for "without a number", in place of a house
/// number) starts at byte `at` of `text`, in either case.
fn sin_numero_at(text: &str, at: usize) -> bool {
    text.as_bytes()
        .get(at..at + 3)
        .is_some_and(|three| three.eq_ignore_ascii_case(b"s/n"))
        && !text
            .as_bytes()
            .get(at + 3)
            .is_some_and(u8::is_ascii_alphanumeric)
}

/// Whether `text` holds `s/n` in place of a house number.
fn has_sin_numero(text: &str) -> bool {
    text.match_indices(['/'])
        .any(|(at, _)| at > 0 && sin_numero_at(text, at - 1))
}

/// Whether the house number at `start..end` stands as one: at a line's
/// start or after a comma, a colon, a bracket or a word in small letters
/// (`went to 55638 Hoyt Rest`), not after a capitalized word, a number or
/// a mark (`Chapter 36`, `X.509`, `BCP 47`, `/// 502`); not a year; not
/// followed by a full stop (`3b. MANAGING Fields`).
fn number_stands_alone(view: &str, start: usize, end: usize) -> bool {
    let bytes = view.as_bytes();
    if view.get(start..end).is_some_and(is_year) || bytes.get(end) == Some(&b'.') {
        return false;
    }
    let before = bytes.get(..start).unwrap_or_default();
    let spaces = before.iter().rev().take_while(|&&b| b == b' ').count();
    let rest = before.get(..before.len() - spaces).unwrap_or_default();
    match rest.last() {
        None | Some(b'\n' | b',' | b':' | b'(') => true,
        Some(b) if b.is_ascii_lowercase() && spaces > 0 => {
            let word = rest
                .iter()
                .rev()
                .take_while(|b| b.is_ascii_alphabetic())
                .count();
            rest.get(rest.len() - word..)
                .is_some_and(|word| word.iter().all(u8::is_ascii_lowercase))
                && !rest
                    .len()
                    .checked_sub(word + 1)
                    .and_then(|at| rest.get(at))
                    .is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'.')
        }
        _ => false,
    }
}

/// Whether a number reads as a year of the last two centuries (`1988`,
/// `2024`) rather than a house number.
fn is_year(number: &str) -> bool {
    number.len() == 4 && (number.starts_with("19") || number.starts_with("20"))
}

fn starts_upper(word: &str) -> bool {
    match word.as_bytes().first() {
        Some(byte) if byte.is_ascii() => byte.is_ascii_uppercase(),
        _ => word.chars().next().is_some_and(char::is_uppercase),
    }
}

/// Words of `view` with their byte ranges: letters, digits, `'` and `-`
/// inside; `.` kept on abbreviations. Punctuation between words is kept as
/// a flag: `comma` is true when a comma precedes the word.
struct Word<'t> {
    text: &'t str,
    start: usize,
    end: usize,
    comma_before: bool,
    /// Something other than spaces, commas, dots and single line breaks
    /// stands before the word (`(`, `#`, `:`, a tab, a blank line): it
    /// cannot continue an address.
    odd_gap: bool,
}

fn words(view: &str) -> Vec<Word<'_>> {
    // Room for words of four bytes and their gaps: most windows are split
    // without regrowing the list (this runs for every street word, and a
    // dense text has one every kilobyte).
    let mut out = Vec::with_capacity(view.len() / 5 + 1);
    let mut comma = false;
    let mut odd = false;
    let mut line_breaks = 0;
    let mut word_start = None;
    let bytes = view.as_bytes();
    let mut index = 0;
    while index <= bytes.len() {
        // Most bytes continue a word: nothing else changes there.
        if word_start.is_some() && bytes.get(index).is_some_and(u8::is_ascii_alphanumeric) {
            index += 1;
            continue;
        }
        // ASCII a byte at a time; the end of the view reads as a space.
        let (c, len) = char_at(view, index).map_or((' ', 1), |c| (c, c.len_utf8()));
        // `C/ Mayor 5`: the Spanish abbreviation of "calle" keeps its slash.
        let calle = c == '/'
            && word_start.is_some_and(|start| matches!(view.get(start..index), Some("C" | "c")));
        let inside = c.is_alphanumeric()
            || calle
            || ((c == '\'' || c == '-' || c == '’' || c == '°') && word_start.is_some());
        match (inside, word_start) {
            (true, None) => word_start = Some(index),
            (false, Some(start)) => {
                let text = view.get(start..index).unwrap_or("");
                // Most words end in a letter or digit: trim only the others.
                let text = match text.as_bytes().last() {
                    Some(b'\'' | b'-') => text.trim_end_matches(['\'', '-', '’']),
                    Some(0x99) if text.ends_with('’') => text.trim_end_matches(['\'', '-', '’']),
                    _ => text,
                };
                out.push(Word {
                    text,
                    start,
                    end: start + text.len(),
                    comma_before: comma,
                    odd_gap: odd,
                });
                comma = false;
                odd = false;
                line_breaks = 0;
                word_start = None;
            }
            _ => {}
        }
        if word_start.is_none() && !inside {
            match c {
                '\n' => {
                    comma = true; // a line break separates like a comma
                    line_breaks += 1;
                    // A blank line ends a paragraph, and any address in it.
                    odd |= line_breaks > 1;
                }
                ',' => comma = true,
                ' ' | '.' | '\r' => {}
                // A tab parts the columns of a table, not the words of an
                // address.
                _ => odd = true,
            }
        }
        index += len;
    }
    out
}

/// The byte length of an Italian street type abbreviated with a dot at
/// `at` (`P.zza`, `P.le`, `C.so`, `V.le`, `V.lo`, `L.go`), if one stands
/// there as a word of its own. Out of line: asked of one-letter words before
/// a dot, in the step every word takes.
#[inline(never)]
fn italian_abbreviation_len(bytes: &[u8], at: usize) -> Option<usize> {
    let letter = bytes.get(at)?.to_ascii_lowercase();
    if bytes.get(at + 1) != Some(&b'.') {
        return None;
    }
    let tails: &[&[u8]] = match letter {
        b'p' => &[b"zza", b"le"],
        b'c' => &[b"so"],
        b'v' => &[b"le", b"lo"],
        b'l' => &[b"go"],
        _ => return None,
    };
    let rest = bytes.get(at + 2..)?;
    let tail = tails.iter().find(|tail| {
        rest.get(..tail.len())
            .is_some_and(|word| word.eq_ignore_ascii_case(tail))
            && !rest.get(tail.len()).is_some_and(u8::is_ascii_alphanumeric)
    })?;
    let before = at.checked_sub(1).and_then(|i| bytes.get(i));
    (!before.is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'.')).then_some(2 + tail.len())
}

/// How far around a street word the rest of an address may reach, in bytes.
const WINDOW_BEFORE: usize = 48;
const WINDOW_AFTER: usize = 96;

/// Where the window after `at` ends: [`WINDOW_AFTER`] bytes on, at a
/// character's start.
fn window_end(view: &str, at: usize) -> usize {
    let mut to = (at + WINDOW_AFTER).min(view.len());
    while !view.is_char_boundary(to) {
        to -= 1;
    }
    to
}

/// The street-word step of the address detector, fed the view's spans in
/// order (see [`super::words::for_each_span`]); only the few bytes around a
/// street word are split into words and matched.
#[derive(Default)]
pub(crate) struct StreetWords {
    /// The end of the last address found: words inside it are passed over.
    covered: usize,
    /// The first ASCII digit at or after the last street word's window,
    /// once searched.
    next_digit: Option<usize>,
}

impl StreetWords {
    /// Looks at the span `start..end`: when its word (from its first
    /// letter) is a street type or a compound street name and the words
    /// around it have an address shape, emits the address.
    pub(crate) fn span(&mut self, view: &str, span: Span, out: &mut Sink) {
        let bytes = view.as_bytes();
        let Span { start, end, .. } = span;
        if bytes.get(start).is_some_and(u8::is_ascii_digit) {
            uk_postcode_at(bytes, start, out);
            // `17b`: a short span of digits and one small letter, rare
            // enough that the rest is out of line.
            if end - start <= 5 && bytes.get(end - 1).is_some_and(u8::is_ascii_lowercase) {
                self.lettered_number_at(view, start, out);
            }
        }
        // Most spans start with their first letter (spans are made of
        // letters, digits and non-ASCII bytes); many others have none.
        if !span.has_letter {
            return;
        }
        let offset = match bytes.get(start) {
            Some(byte) if !byte.is_ascii_digit() => 0,
            _ => {
                let Some(offset) = bytes.get(start..end).and_then(|span| {
                    span.iter()
                        .position(|&b| b.is_ascii_alphabetic() || b >= 0x80)
                }) else {
                    return;
                };
                offset
            }
        };
        let start = start + offset;
        if start < self.covered {
            return;
        }
        // A one-letter type abbreviated with a mark: `C/ Mayor`, `P.zza Duomo`.
        let abbreviated_type = end == start + 1
            && (matches!(bytes.get(start..end + 1), Some(b"C/" | b"c/"))
                || italian_abbreviation_len(bytes, start).is_some());
        if abbreviated_type || street_word(view, start, end) {
            self.street_word_at(view, start, out);
        }
    }

    /// `Köschenberg 17b` at the number `start` ([`place_name_lettered_number`]).
    #[inline(never)]
    fn lettered_number_at(&mut self, view: &str, start: usize, out: &mut Sink) {
        if start < self.covered {
            return;
        }
        if let Some(found) = place_name_lettered_number(view, start) {
            self.emit(found, out);
        }
    }

    /// Reports the address at `start..end`; words inside it start no other.
    fn emit(&mut self, (start, end): (usize, usize), out: &mut Sink) {
        out.push(Candidate::new(EntityType::ADDRESS, start, end, 0.8));
        self.covered = end;
    }

    /// The rest of [`StreetWords::span`] for a street word at `start`: out
    /// of line, so that the step every word takes stays small enough to be
    /// inlined into the scan's pass.
    #[inline(never)]
    fn street_word_at(&mut self, view: &str, start: usize, out: &mut Sink) {
        let bytes = view.as_bytes();
        // Every address shape holds a number near its street word. (Asked
        // only of street words: a search for the next digit per word cost
        // more than the word lists' gates, which turn most words away.)
        let window_start = start.saturating_sub(WINDOW_BEFORE);
        let next_digit = match self.next_digit {
            Some(at) if at >= window_start => at,
            _ => {
                let at = bytes
                    .get(window_start..)
                    .and_then(|rest| rest.iter().position(u8::is_ascii_digit))
                    .map_or(usize::MAX, |offset| window_start + offset);
                self.next_digit = Some(at);
                at
            }
        };
        if next_digit >= start + WINDOW_AFTER
            && !view
                .get(start..window_end(view, start))
                .is_some_and(has_sin_numero)
        {
            return;
        }
        if let Some((found_start, found_end)) = address_around(view, start) {
            if reads_as_no_address(view, found_start, found_end, start) {
                return;
            }
            self.emit((found_start, found_end), out);
        }
    }
}

/// Whether the address shape at `start..end`, around the street word at
/// `street`, is something else:
/// - a copyright holder (`Copyright Calle Rosenquist, 2017`, `© 2021 Iain
///   Lane`): a name and a year;
/// - a numbered heading (`10. Connection Close`): no house number has a
///   full stop;
/// - a street type in capitals before words that are not (`VIA Labs USB
///   2`, a company): an address written in capitals is so throughout;
/// - a street word inside an identifier (`ASN1_ETYPE_GENERALSTRING 27`).
fn reads_as_no_address(view: &str, start: usize, end: usize, street: usize) -> bool {
    let bytes = view.as_bytes();
    // A few bytes back only: this runs for every address found, and a text
    // of addresses on one long line must stay linear.
    let before = bytes
        .get(start.saturating_sub(16)..start)
        .unwrap_or_default();
    let trimmed = before.trim_ascii_end();
    let holder = trimmed.len() < before.len()
        && [&b"copyright"[..], "©".as_bytes(), b"(c)"]
            .iter()
            .any(|mark| {
                trimmed.len() >= mark.len()
                    && trimmed
                        .get(trimmed.len() - mark.len()..)
                        .is_some_and(|tail| tail.eq_ignore_ascii_case(mark))
            });
    let number_len = bytes
        .get(start..end)
        .unwrap_or_default()
        .iter()
        .take_while(|b| b.is_ascii_digit())
        .count();
    let heading =
        number_len > 0 && bytes.get(start + number_len..start + number_len + 2) == Some(b". ");
    let street_len = bytes
        .get(street..end)
        .unwrap_or_default()
        .iter()
        .take_while(|b| b.is_ascii_alphabetic())
        .count();
    let capitals = street_len >= 3
        && bytes
            .get(street..street + street_len)
            .is_some_and(|word| word.iter().all(u8::is_ascii_uppercase))
        && bytes
            .get(start..end)
            .is_some_and(|found| found.iter().any(u8::is_ascii_lowercase));
    let glued = street
        .checked_sub(1)
        .and_then(|before| bytes.get(before))
        .is_some_and(|&b| b == b'_' || b.is_ascii_alphanumeric());
    holder || heading || capitals || glued
}

/// The rest of the address detector, once the cue words are known: the
/// line after an address cue (`Address:`), and the address after a word of
/// residence (`I live at`, `my address is`).
pub(crate) fn detect_after_words(view: &str, hits: &[Hit], out: &mut Sink) {
    for hit in hits {
        // `address` leads a sentence's address only as `my address is`
        // (`an email address to an X.509 name` is no residence).
        let leads = match hit.cue {
            Some(Cue::Residence) => true,
            Some(Cue::Address) => view
                .get(hit.end..)
                .is_some_and(|rest| rest.starts_with(" is ") || rest.starts_with(" ist ")),
            _ => false,
        };
        if leads {
            if let Some((start, end)) = after_residence(view, hit.end) {
                out.push(Candidate::new(EntityType::ADDRESS, start, end, 0.8));
            }
        }
        if hit.cue == Some(Cue::GermanStreet) {
            if let Some((start, end)) = preposition_street(view, hit.start) {
                out.push(Candidate::new(EntityType::ADDRESS, start, end, 0.8));
            }
        }
    }
    // Only a cue written as a label (`Address:`) starts a line to read: its
    // start, and where its value starts.
    let labels: Vec<(usize, usize)> = hits
        .iter()
        .filter(|hit| hit.cue == Some(Cue::Address))
        .filter_map(|hit| Some((hit.start, label_value_start(view, hit.end)?)))
        .collect();
    for (index, &(_, value_start)) in labels.iter().enumerate() {
        // A line holding several labels holds several addresses: each ends
        // where the next label starts. (Run on into the next one, each
        // redaction of the output, its lines shortened by the tokens, took
        // in one more: fuzzing found a chain of nine.)
        let next_label = labels
            .get(index + 1)
            .map_or(view.len(), |&(start, _)| start);
        address_line(view, value_start, next_label, out);
    }
}

/// Words that may stand between a word of residence and its address:
/// prepositions and articles (`live at`, `wohne in der`, `habite au`,
/// `vivo en la`), and the verb of `my address is`.
const RESIDENCE_LINKS: &[&str] = &[
    "a", "aan", "am", "an", "at", "au", "auf", "de", "dem", "den", "der", "die", "em", "en", "in",
    "is", "ist", "la", "le", "na", "no", "on", "op", "the", "to", "à",
];

/// The address after a word of residence ending at `cue_end`: one to three
/// linking words, then a house number and capitalized words (`live at 703
/// Erick Causeway`) or capitalized words and a house number (`wohne in der
/// Langenfelder Str. 334`, `abito in Strada Torre 6`), with the locality
/// after it. Without a street type the number must end the street: `lived
/// in Berlin 5 years` names a city and a duration, not an address.
fn after_residence(view: &str, cue_end: usize) -> Option<(usize, usize)> {
    // Most words of residence in a text lead no address (`ship it`, `live
    // demo`): one space and a linking word after the cue are asked first.
    let next = view.get(cue_end..)?.strip_prefix(' ')?;
    let link = next.split(' ').next()?;
    if !RESIDENCE_LINKS.contains(&link) {
        return None;
    }
    let window = view.get(cue_end..window_end(view, cue_end))?;
    if !window.bytes().any(|b| b.is_ascii_digit()) && !has_sin_numero(window) {
        return None;
    }
    // A compound street word first (`meine Adresse ist Hauptstraße 5`) is
    // the street detector's: it reads the address from there, and splitting
    // the window into words again would double the cost. (Not a hyphenated
    // one, `Albert-Zarthe-Weg 5`, which that detector does not read.)
    let first_word = window
        .split(' ')
        .filter(|token| !token.is_empty())
        .find(|token| !RESIDENCE_LINKS.contains(token))
        .map(|token| token.trim_end_matches(|c: char| !c.is_alphanumeric()));
    if first_word.is_some_and(|word| !word.contains('-') && compound_street_word(word)) {
        return None;
    }
    let words = words(window);
    let links = words
        .iter()
        .take(3)
        .take_while(|w| !w.odd_gap && RESIDENCE_LINKS.contains(&w.text))
        .count();
    // The linking words sit right after the cue (`live at`, not `live, at`).
    if links == 0 || words.first()?.comma_before {
        return None;
    }
    let first = words.get(links)?;
    if first.comma_before || first.odd_gap {
        return None;
    }
    let name_like = |w: &Word<'_>| !w.comma_before && name_part(w.text);
    let last = if is_house_number(first.text) {
        // `703 Erick Causeway`: the capitalized words after the number.
        let names = words
            .get(links + 1..)?
            .iter()
            .take(5)
            .take_while(|w| name_like(w))
            .count();
        (links + 1..=links + names)
            .rev()
            .find(|&i| words.get(i).is_some_and(|w| capital_name(w.text)))?
    } else {
        // `Langenfelder Str. 334`, `van der Veldedijk 532`: up to five name
        // words, then the number.
        let names = words
            .get(links..)?
            .iter()
            .take(5)
            .take_while(|w| name_like(w) && !is_house_number(w.text))
            .count();
        let number_index = links + names;
        let number = words.get(number_index)?;
        let capitalized =
            (links..number_index).any(|i| words.get(i).is_some_and(|w| capital_name(w.text)));
        // `Sección Mario s/n.`: Spanish for "without a number".
        let without_number = number.text.len() == 1 && sin_numero_at(window, number.start);
        // The number stands apart from the names (not `X.509`) and is
        // whole (not `192.56.76.0`).
        let apart = window
            .get(..number.start)
            .is_some_and(|before| before.ends_with(' '));
        let whole = !window
            .get(number.end..)
            .and_then(|rest| rest.strip_prefix('.'))
            .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()));
        if names == 0
            || !capitalized
            || !apart
            || !whole
            || !(is_house_number(number.text) || without_number)
        {
            return None;
        }
        let (number_index, number) = if without_number {
            (number_index + 1, words.get(number_index + 1)?)
        } else {
            (number_index, number)
        };
        // A postcode after a comma is not a house number (`in Paris, 75001`).
        if number.comma_before && number.text.len() >= 4 {
            return None;
        }
        // What follows the number: the end, a comma or full stop, a
        // postcode, a unit, or a capitalized word (a city) — not a lowercase
        // word (`Berlin 5 years`).
        let after = window.get(number.end..).unwrap_or_default();
        let next_word = words.get(number_index + 1);
        let ends = match after.chars().next() {
            None | Some(',' | '.' | ';' | ')' | '\n' | '\r') => true,
            _ => next_word.is_none_or(|w| !w.text.starts_with(char::is_lowercase)),
        };
        if !ends {
            return None;
        }
        number_index
    };
    address_span(view, cue_end, &words, links, last)
}

/// The span in `view` of the address whose words (of a window starting at
/// `from`) run from `first` to `last`, with the locality after them: none
/// if anything odd stands between its words or an email follows it.
fn address_span(
    view: &str,
    from: usize,
    words: &[Word<'_>],
    first: usize,
    last: usize,
) -> Option<(usize, usize)> {
    let last = extend_locality(view.get(from..).unwrap_or_default(), words, last);
    let checked = words.get(first + 1..=last)?;
    // The `/` of `s/n` is no odd gap.
    let sin_numero_n = |w: &Word<'_>| {
        w.text.len() == 1
            && (from + w.start)
                .checked_sub(2)
                .is_some_and(|at| sin_numero_at(view, at))
    };
    if checked.iter().any(|w| w.odd_gap && !sin_numero_n(w)) {
        return None;
    }
    let (a, b) = (words.get(first)?, words.get(last)?);
    let end = abbreviation_end(view, from + b.end);
    if before_an_email(view, end) {
        return None;
    }
    Some((from + a.start, end))
}

/// Where the value after the cue ending at `cue_end` starts, if the cue is
/// a label: followed by a colon, with spaces or tabs around it.
fn label_value_start(view: &str, cue_end: usize) -> Option<usize> {
    let rest = view.get(cue_end..)?;
    let lead = rest
        .bytes()
        .take_while(|b| matches!(b, b':' | b' ' | b'\t'))
        .count();
    // `Address::Constant(…)` is a path in source code, not a label.
    rest.get(..lead)
        .is_some_and(|l| l.contains(':') && !l.contains("::"))
        .then_some(cue_end + lead)
}

/// German street types written apart from the name, as capitalized:
/// `Ratiborer Str. 32b`, `Kursiefer Weg 19`.
fn separate_german_type(word: &str) -> bool {
    matches!(
        word,
        "Str" | "Straße" | "Strasse" | "Weg" | "Allee" | "Platz" | "Gasse"
    )
}

/// Whether the word at `start..end` of `view` may be a street type or a
/// compound street name.
// Inlined into the scan's pass over every word (1.4% more instructions on
// PII-free text as a call). The gates read bytes; the word is sliced as
// text only past them (checking its boundaries cost as much as the gates).
#[inline(always)]
fn street_word(view: &str, start: usize, end: usize) -> bool {
    let bytes = view.as_bytes().get(start..end).unwrap_or_default();
    let word = || view.get(start..end).unwrap_or_default();
    // A type written after the name counts only capitalized (as
    // [`address_around`] reads it): `the way`, `run`, `path` in prose are
    // turned away here.
    STREET_TYPES.may_hold(bytes)
        && (PREFIX_TYPES.contains(bytes)
            || (starts_upper(word())
                && (SUFFIX_TYPES.contains(bytes)
                    || WEAK_SUFFIX_TYPES.contains(bytes)
                    || WEAK_PREFIX_TYPES.contains(bytes)
                    || HYPHENATED_ENDINGS.contains(bytes))))
        || (bytes.len() >= 5
            && bytes
                .first()
                .is_some_and(|&b| b.is_ascii_uppercase() || b >= 0x80)
            && compound_street_word(word()))
}

/// Whether `word` is a capitalized compound street name: `Hauptstraße`,
/// `Kerkstraat`, `Konrad-Adenauer-Straße`.
// Part of [`street_word`], inlined as it is.
#[inline(always)]
fn compound_street_word(word: &str) -> bool {
    word.len() >= 5 && starts_upper(word) && compound_street(word)
}

/// The address containing the street word at `street_start`, if the words
/// around it have one of the shapes.
fn address_around(view: &str, street_start: usize) -> Option<(usize, usize)> {
    let mut from = street_start.saturating_sub(WINDOW_BEFORE);
    while !view.is_char_boundary(from) {
        from += 1;
    }
    // The caller's gate found a digit or `s/n` in this window.
    let window = view.get(from..window_end(view, street_start))?;
    let words = words(window);
    // The word holding the street word: `Konrad-Adenauer-Straße` is one
    // word here, while the scan's spans part it at the hyphens.
    let index = words
        .iter()
        .position(|w| from + w.start <= street_start && street_start < from + w.end)?;
    let word = words.get(index)?;
    let found = if separate_german_type(word.text) {
        name_type_number(&words, index)
    } else if starts_upper(word.text)
        && (SUFFIX_TYPES.contains(word.text.as_bytes())
            || WEAK_SUFFIX_TYPES.contains(word.text.as_bytes()))
    {
        let weak = !SUFFIX_TYPES.contains(word.text.as_bytes());
        number_name_type(&words, index)
            .filter(|&(first, _)| {
                !weak
                    || words.get(first).is_some_and(|number| {
                        number_stands_alone(view, from + number.start, from + number.end)
                    })
            })
            // `8546 Place Dauphine`, `14 Passage de Vaugirard`: a French
            // type, capitalized, between the number and the name.
            .or_else(|| {
                PREFIX_TYPES
                    .contains(word.text.as_bytes())
                    .then(|| number_type_name(&words, index))
                    .flatten()
            })
            // `Plaza Mayor 1`, `Boulevard Anspach 1`, `Avenue Louise 54`:
            // types that are also USPS suffixes (`Rockefeller Plaza`) come
            // before their name in Spanish and Belgian addresses.
            .or_else(|| {
                matches!(word.text, "Plaza" | "Boulevard" | "Avenue")
                    .then(|| type_name_number(window, &words, index))
                    .flatten()
                    // `Avenue Q 2 tickets`: a letter names a show, not a street.
                    .filter(|&(_, last)| {
                        word.text == "Plaza"
                            || (index + 1..last).all(|name| {
                                words.get(name).is_some_and(|w| w.text.chars().count() > 1)
                            })
                    })
            })
    } else if word.text == "via" {
        // Lowercase, "via" is mostly the English word (`via Harlan Stenn.
        // Sat Jun 24`, `via Pwn2Own 2024`): an Italian street (`via Roma
        // 10`) has one or two names, then a house number, not a year, all
        // on one line (`API via Varlink\n.RS 4` is a manual's markup).
        type_name_number(window, &words, index).filter(|&(_, last)| {
            last - index <= 3
                // `via ANSI OSC 9`: names in capitals are acronyms.
                && (index + 1..last).all(|i| {
                    words
                        .get(i)
                        .is_some_and(|w| w.text.chars().any(char::is_lowercase))
                })
                && words.get(last).is_some_and(|number| {
                    !is_year(number.text)
                        && !window
                            .get(word.start..number.end)
                            .is_some_and(|line| line.contains('\n'))
                })
        })
    } else if PREFIX_TYPES.contains(word.text.as_bytes()) {
        number_type_name(&words, index)
            .or_else(|| type_name_number_with_gran(window, &words, index))
    } else if starts_upper(word.text) && WEAK_PREFIX_TYPES.contains(word.text.as_bytes()) {
        words
            .get(index + 1)
            .is_some_and(|name| starts_upper(name.text) && is_given_name(name.text))
            .then(|| type_name_number(window, &words, index))
            .flatten()
    } else if word.text == "Laan" {
        // `Laan van Meerdervoort 5`. Not among the types before a name:
        // there it sent `last`, `late` and every word of its first letters
        // and length to a look-up (+0.17% on PII-free text). Capitalized,
        // it passes the street gate as a compound ending (`Stadhouderslaan`).
        type_name_number(window, &words, index)
    } else if word.text.len() == 1
        && italian_abbreviation_len(window.as_bytes(), word.start).is_some_and(|len| {
            words
                .get(index + 1)
                .is_some_and(|tail| tail.end == word.start + len)
        })
    {
        // `P.zza Duomo 1`: the words split the type at its dot; the name
        // and number follow its second part.
        type_name_number(window, &words, index + 1).map(|(_, last)| (index, last))
    } else if compound_street_word(word.text) {
        compound_number(&words, index)
    } else {
        None
    };
    let (first, last) = found?;
    address_span(view, from, &words, first, last)
}

/// Whether `<` and an email address follow `end` on its line: the words
/// before are a name in a list of authors (`2016 Iain Lane
/// <iain@example.org>` under a copyright), which a street never is.
fn before_an_email(view: &str, end: usize) -> bool {
    let after = view.as_bytes().get(end..).unwrap_or_default();
    let spaces = after.iter().take(4).take_while(|&&b| b == b' ').count();
    let Some(bracketed) = after.get(spaces..).and_then(|rest| rest.strip_prefix(b"<")) else {
        return false;
    };
    bracketed
        .iter()
        .take(64)
        .take_while(|&&b| b != b'>' && !b.is_ascii_whitespace())
        .any(|&b| b == b'@')
}

/// Includes a trailing `.` of an abbreviated street type (`Ave.`, `Str.`).
fn abbreviation_end(view: &str, end: usize) -> usize {
    let word_start = view.get(..end).map_or(end, |before| {
        before
            .rfind(|c: char| !c.is_alphanumeric())
            .map_or(0, |i| i + 1)
    });
    let short = end - word_start <= 4;
    let letters = view
        .as_bytes()
        .get(word_start)
        .is_some_and(|b| !b.is_ascii_digit());
    if short
        && letters
        && view.as_bytes().get(end) == Some(&b'.')
        && !view
            .as_bytes()
            .get(end + 1)
            .is_some_and(u8::is_ascii_alphanumeric)
    {
        end + 1
    } else {
        end
    }
}

fn compound_street(word: &str) -> bool {
    let endings = word
        .as_bytes()
        .last()
        .map_or(&[][..], |&last| compound_endings(last));
    endings
        .iter()
        .any(|ending| word.len() > ending.len() + 2 && ends_with_ignoring_case(word, ending))
}

/// Whether `word` ends in `ending` (lowercase), ignoring ASCII case
/// (`Mühle` ends in `mühle`).
fn ends_with_ignoring_case(word: &str, ending: &str) -> bool {
    word.len()
        .checked_sub(ending.len())
        .and_then(|at| word.as_bytes().get(at..))
        .is_some_and(|tail| tail.eq_ignore_ascii_case(ending.as_bytes()))
}

/// `221B Baker Street`: number, 1–3 capitalized words, the type at `index`.
fn number_name_type(words: &[Word<'_>], index: usize) -> Option<(usize, usize)> {
    for names in 1..=3 {
        let number_index = index.checked_sub(names + 1)?;
        let number = words.get(number_index)?;
        let names_ok = (number_index + 1..index).all(|i| {
            words
                .get(i)
                .is_some_and(|w| capital_name(w.text) && !w.comma_before)
        });
        if names_ok && is_house_number(number.text) && !words.get(index)?.comma_before {
            // A direction after the type: `Ave NW`.
            let last = match words.get(index + 1) {
                Some(w)
                    if !w.comma_before
                        && ["N", "S", "E", "W", "NE", "NW", "SE", "SW"].contains(&w.text) =>
                {
                    index + 1
                }
                _ => index,
            };
            return Some((number_index, last));
        }
    }
    None
}

/// `Calle Mayor 5`, `Via Roma, 10`: the type, 1–4 name words, a number.
fn type_name_number(window: &str, words: &[Word<'_>], index: usize) -> Option<(usize, usize)> {
    let mut i = index + 1;
    let mut names = 0;
    while names < 5 {
        let word = words.get(i)?;
        // `Calle Mayor s/n`: the `n` ends the address.
        if names > 0 && word.text.len() == 1 && sin_numero_at(window, word.start) {
            return Some((index, i + 1));
        }
        // After a comma, five digits are a postcode, not a number; so are
        // four with a town after them (`Rue de la Loi, 1040 Bruxelles`),
        // while four closed by a comma are a number (`Rua Augusta, 1500,`).
        // (Not after a dash: `Av. Paulista, 1578 - Bela Vista`, a house
        // number and its neighbourhood in Brazil.)
        let town_follows = words
            .get(i + 1)
            .is_some_and(|next| !next.comma_before && !next.odd_gap && starts_upper(next.text));
        let postcode_like =
            word.comma_before && (word.text.len() >= 5 || (word.text.len() == 4 && town_follows));
        // Commas with no space after them part the fields of a data file
        // (`es,caserio prados,Caserío Prados,31,,38.03`), not an address
        // typed without one (`Calle Mayor,5, Madrid`).
        let bytes = window.as_bytes();
        let glued = |at: usize| bytes.get(at) == Some(&b',') && bytes.get(at + 1) != Some(&b' ');
        let field = word.start.checked_sub(1).is_some_and(glued) && glued(word.end);
        if is_house_number(word.text) && names > 0 && !postcode_like && !field {
            return Some((index, i));
        }
        let name_like = name_part(word.text);
        if !name_like || (word.comma_before && names == 0) {
            return None;
        }
        names += 1;
        i += 1;
    }
    None
}

/// [`type_name_number`], taking `Gran` before the type in: `Gran Vía 32`
/// (the type its whole name), `Gran Subida Samuel 63`.
fn type_name_number_with_gran(
    window: &str,
    words: &[Word<'_>],
    index: usize,
) -> Option<(usize, usize)> {
    let gran = index.checked_sub(1).filter(|&before| {
        words.get(before).is_some_and(|w| w.text == "Gran")
            && words
                .get(index)
                .is_some_and(|w| !w.comma_before && !w.odd_gap)
    });
    if let Some((first, last)) = type_name_number(window, words, index) {
        return Some((gran.unwrap_or(first), last));
    }
    // Only the number after the type: `Gran Vía, 32` (not a postcode).
    let number = words.get(index + 1)?;
    let number_ok = is_house_number(number.text)
        && !number.odd_gap
        && (!number.comma_before || number.text.len() <= 3);
    gran.filter(|_| number_ok).map(|first| (first, index + 1))
}

/// `12 rue de la Paix`: a number before the type, then the name words.
fn number_type_name(words: &[Word<'_>], index: usize) -> Option<(usize, usize)> {
    let mut number_index = index.checked_sub(1)?;
    let before = words.get(number_index)?;
    // `12 bis rue Victor Hugo`.
    if is_repeat_suffix(before.text) && !before.comma_before {
        number_index = number_index.checked_sub(1)?;
    }
    if !is_house_number(words.get(number_index)?.text) {
        return None;
    }
    let mut last = index;
    let mut i = index + 1;
    while let Some(word) = words.get(i) {
        if word.comma_before || !name_part(word.text) || i - index > 5 {
            break;
        }
        if capital_name(word.text) {
            last = i;
        }
        i += 1;
    }
    (last > index).then_some((number_index, last))
}

/// `Ratiborer Str. 32b`: a capitalized name, the type at `index`, a number.
fn name_type_number(words: &[Word<'_>], index: usize) -> Option<(usize, usize)> {
    let name_index = index.checked_sub(1)?;
    let (name, word, number) = (
        words.get(name_index)?,
        words.get(index)?,
        words.get(index + 1)?,
    );
    (starts_upper(name.text)
        && !NOT_NAMES.contains(&name.text)
        && !word.comma_before
        && !number.comma_before
        && is_house_number(number.text))
    .then(|| (with_attribute(words, name_index), index + 1))
}

/// Capitalized words that start a German sentence, not a street's name:
/// articles and pronouns (`Der Platz 3 Fragen`, `Unser Kirchweg 5`), and
/// words ending in `-er` that name no place (`Weiter`, `Nummer`).
const NOT_NAMES: &[&str] = &[
    "Der", "Die", "Das", "Den", "Dem", "Des", "Ein", "Eine", "Einen", "Einem", "Einer", "Kein",
    "Keine", "Keiner", "Mein", "Meine", "Meiner", "Dein", "Deine", "Deiner", "Sein", "Seine",
    "Seiner", "Ihr", "Ihre", "Ihrer", "Unser", "Unsere", "Unserer", "Jeder", "Jede", "Dieser",
    "Diese", "Dieses", "Welcher", "Welche", "Anderer", "Zum", "Zur", "Weiter", "Hinter", "Nummer",
    "Wieder",
];

/// `index`, or the word before it where that is an adjective of a German
/// street's name: `Dünnwalder Grenzweg 82`, `Hitdorfer Kirchweg 25b` (a
/// place's name ending in `-er`), `Obere Lindenstr. 9`, `Alt Steinbücheler
/// Weg 61b`. Left out, it was the piece of the address that leaked.
fn with_attribute(words: &[Word<'_>], index: usize) -> usize {
    const ADJECTIVES: &[&str] = &[
        "Alt", "Alte", "Alter", "Altes", "Breite", "Breiter", "Große", "Großer", "Hintere",
        "Hinterer", "Hohe", "Hoher", "Kleine", "Kleiner", "Lange", "Langer", "Mittlere", "Neue",
        "Neuer", "Obere", "Oberer", "Untere", "Unterer", "Vordere", "Vorderer",
    ];
    let (Some(before), Some(word)) = (
        index.checked_sub(1).and_then(|i| words.get(i)),
        words.get(index),
    ) else {
        return index;
    };
    let place_adjective = before.text.len() >= 6
        && before.text.ends_with("er")
        && before.text.chars().all(char::is_alphabetic)
        && !NOT_NAMES.contains(&before.text);
    if !word.comma_before
        && !word.odd_gap
        && starts_upper(before.text)
        && (ADJECTIVES.contains(&before.text) || place_adjective)
    {
        index - 1
    } else {
        index
    }
}

/// Words of the landscape and the village that German street names end
/// in: `Am Heidkamp`, `An der Lehmkuhle`, `Zur Mühle`, `Am Köttersbach`.
const PLACE_WORD_ENDINGS: &[&str] = &[
    "acker", "anger", "aue", "auen", "bach", "berg", "born", "brand", "bruch", "brunnen", "brücke",
    "busch", "damm", "deich", "eck", "feld", "garten", "graben", "grund", "hain", "hang", "heide",
    "hof", "holz", "höhe", "hügel", "kamp", "kirche", "kreuz", "kuhle", "linden", "markt", "mühle",
    "quelle", "rott", "siepen", "stein", "tal", "teich", "tor", "wald", "wall", "weide", "weiher",
    "wiese", "winkel", "wüste",
];

/// Endings of [`PLACE_WORD_ENDINGS`]'s kind that are words of prose alone
/// (`Im Dorf 3 Kinder`), so count only inside a longer word: `Am
/// Wasserturm`, `Im Oberdorf`, `In den Blechenhöfen`. (Not `park`, `insel`
/// or `stall`, whose compounds are prose too: `Im Stadtpark 3 Enten`.)
const COMPOUND_PLACE_ENDINGS: &[&str] = &[
    "burg", "dorf", "forst", "gärten", "hausen", "höfe", "höfen", "kuhl", "turm", "wiesen",
];

/// `Am Heidkamp 50a`, `An der Lehmkuhle 39b`, `Am Alten Markt 5`: at a
/// capitalized German preposition (a cue word), and an article after `An`,
/// `Auf`, `In`, …, one or two capitalized words ending in a word of
/// [`PLACE_WORD_ENDINGS`], then a house number. The place word keeps prose
/// out: `Im Kapitel 3`, `Auf der Seite 5`, `Am Montag 5 Leute` name no place.
fn preposition_street(view: &str, start: usize) -> Option<(usize, usize)> {
    let window = view.get(start..window_end(view, start))?;
    if !window.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let words = words(window);
    let preposition = words.first()?;
    let names_from = if matches!(preposition.text, "Am" | "Im" | "Zum" | "Zur" | "Beim") {
        1
    } else {
        let article = words.get(1)?;
        if !matches!(article.text, "der" | "den" | "dem" | "die") || article.comma_before {
            return None;
        }
        2
    };
    for names in 1..=2 {
        let last_name = names_from + names - 1;
        let place = words.get(last_name)?;
        let number = words.get(last_name + 1)?;
        let names_ok = (names_from..=last_name).all(|i| {
            words
                .get(i)
                .is_some_and(|w| starts_upper(w.text) && !w.comma_before)
        });
        if !names_ok {
            return None;
        }
        // Or a street's own compound name: `An der Feldgasse 86b` lost its
        // preposition and article.
        let place_word = PLACE_WORD_ENDINGS
            .iter()
            .any(|ending| ends_with_ignoring_case(place.text, ending))
            || place_compound(place.text)
            || compound_street_word(place.text);
        if place_word
            && is_house_number(number.text)
            && !number.comma_before
            && !is_year(number.text)
        {
            return address_span(view, start, &words, 0, last_name + 1);
        }
    }
    None
}

/// Whether `word` is longer than a place word it ends in, of either list:
/// `Oberdorf`, `Neuenkamp`, not `Dorf`.
fn place_compound(word: &str) -> bool {
    PLACE_WORD_ENDINGS
        .iter()
        .chain(COMPOUND_PLACE_ENDINGS)
        .any(|ending| word.len() > ending.len() + 2 && ends_with_ignoring_case(word, ending))
}

/// `Köschenberg 17b`, `Neuenkamp 29a`: a capitalized compound ending in a
/// place word ([`PLACE_WORD_ENDINGS`], [`COMPOUND_PLACE_ENDINGS`]), then
/// the house number with a letter at `number`, as German and Dutch streets
/// are numbered. Without the letter such a name is as often a town
/// (`Heidelberg 3`), so the number must carry one.
fn place_name_lettered_number(view: &str, number: usize) -> Option<(usize, usize)> {
    let bytes = view.as_bytes();
    let digits = bytes
        .get(number..)?
        .iter()
        .take_while(|b| b.is_ascii_digit())
        .count();
    let letter = number + digits;
    let lettered = (1..=4).contains(&digits)
        && bytes.get(number) != Some(&b'0')
        && bytes.get(letter).is_some_and(u8::is_ascii_lowercase)
        && !bytes
            .get(letter + 1)
            .is_some_and(|&b| b.is_ascii_alphanumeric() || b >= 0x80 || b == b'_' || b == b'-');
    if !lettered || number.checked_sub(1).and_then(|at| bytes.get(at)) != Some(&b' ') {
        return None;
    }
    let before = view.get(..number - 1)?;
    let name_start = before
        .char_indices()
        .rev()
        .take_while(|&(_, c)| c.is_alphabetic())
        .last()
        .map(|(at, _)| at)?;
    let name = before.get(name_start..)?;
    let place = starts_upper(name)
        && !char_before(before, name_start)
            .is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '-')
        && place_compound(name);
    if !place {
        return None;
    }
    let window = view.get(name_start..window_end(view, name_start))?;
    address_span(view, name_start, &words(window), 0, 1)
}

/// `Hauptstraße 5`: the compound street word at `index`, then a number.
fn compound_number(words: &[Word<'_>], index: usize) -> Option<(usize, usize)> {
    let number = words.get(index + 1)?;
    (is_house_number(number.text) && !number.comma_before)
        .then(|| (with_attribute(words, index), index + 1))
}

/// Words that name a part of a building before its number or letter:
/// `Apt 4B`, `Suite 200`, `Whg. 12`, `Bât. B`, `scala B`, `int. 5`, `piso
/// 3`, `apto 101`, `bloco B`.
const UNIT_WORDS: &[&str] = &[
    "apartment",
    "appartement",
    "apt",
    "apto",
    "bat",
    "batiment",
    "bldg",
    "bloco",
    "building",
    "bât",
    "bâtiment",
    "casa",
    "esc",
    "escalera",
    "escalier",
    "flat",
    "floor",
    "haus",
    "int",
    "interno",
    "piso",
    "porte",
    "puerta",
    "room",
    "sala",
    "scala",
    "suite",
    "unit",
    "whg",
    "wohnung",
    "zimmer",
];

/// The first letters of [`UNIT_WORDS`], a bit each from `a`: most words
/// after an address are turned away without a comparison.
// Evaluated at compile time: an index out of bounds is a build error.
#[allow(clippy::indexing_slicing)]
const UNIT_FIRST_LETTERS: u32 = {
    let mut letters = 0;
    let mut index = 0;
    while index < UNIT_WORDS.len() {
        if let Some(&first) = UNIT_WORDS[index].as_bytes().first() {
            letters |= 1 << (first - b'a');
        }
        index += 1;
    }
    letters
};

/// Floors named after their number: `3. OG`, `3e étage`, `2e verdieping`,
/// `6ª planta`, `3° piano`, `2º andar`, `2nd floor`.
const FLOOR_WORDS: &[&str] = &[
    "andar",
    "dg",
    "eg",
    "etage",
    "floor",
    "og",
    "piano",
    "planta",
    "stock",
    "verdieping",
    "étage",
];

/// The door after a Spanish or Portuguese floor: `2º izda`, `3º dcha`,
/// `2º Esq.`, `1º Dto`.
const DOOR_SIDES: &[&str] = &[
    "centro",
    "dcha",
    "der",
    "derecha",
    "dir",
    "dto",
    "esq",
    "izda",
    "izq",
    "izquierda",
];

/// Whether `word` (of `window`) is a floor's number: `3º`, `4ºA`, `6ª`,
/// `3°`, `3e`, `1er`, `2nd`, or `3` before a dot (`3. OG`).
fn is_floor_number(window: &str, word: &Word<'_>) -> bool {
    let digits = word.text.bytes().take_while(u8::is_ascii_digit).count();
    let rest = word.text.get(digits..).unwrap_or("");
    if !(1..=2).contains(&digits) {
        return false;
    }
    if rest.is_empty() {
        return window.as_bytes().get(word.end) == Some(&b'.');
    }
    // A letter may follow the mark: the door (`4ºA`).
    let door_letter = rest.starts_with(['º', 'ª'])
        && rest.len() == 3
        && rest.as_bytes().last().is_some_and(u8::is_ascii_alphabetic);
    let mark = if door_letter {
        rest.get(..2).unwrap_or(rest)
    } else {
        rest
    };
    [
        "º", "ª", "°", "e", "er", "ère", "ème", "eme", "st", "nd", "rd", "th",
    ]
    .iter()
    .any(|suffix| mark.eq_ignore_ascii_case(suffix))
}

/// How many words at `i` name a unit of the building (`Apt 4B`, `3. OG`,
/// `3º B`, `2º izda`, `scala B`), or 0.
fn unit_len(window: &str, words: &[Word<'_>], i: usize) -> usize {
    // Something odd before a word ends the address (see `address_span`).
    let Some(first) = words.get(i).filter(|word| !word.odd_gap) else {
        return 0;
    };
    // Read once per address found: short lists, compared in order.
    let listed = |list: &[&str], word: &Word<'_>| {
        list.iter()
            .any(|listed| listed.as_bytes().eq_ignore_ascii_case(word.text.as_bytes()))
    };
    let is_value = |word: &Word<'_>| {
        !word.comma_before
            && !word.odd_gap
            && ((word.text.len() <= 6 && word.text.bytes().any(|b| b.is_ascii_digit()))
                || is_letter(word.text)
                || is_roman_floor(word.text))
    };
    let second = words.get(i + 1);
    let Some(&lead) = first.text.as_bytes().first() else {
        return 0;
    };
    if !lead.is_ascii_digit() {
        let may_be_listed = lead.is_ascii_alphabetic()
            && UNIT_FIRST_LETTERS & (1 << (lead.to_ascii_lowercase() - b'a')) != 0;
        return if may_be_listed && listed(UNIT_WORDS, first) && second.is_some_and(is_value) {
            2
        } else {
            0
        };
    }
    if !is_floor_number(window, first) {
        return 0;
    }
    let floor_or_door = second
        .filter(|word| !word.comma_before && !word.odd_gap)
        .is_some_and(|second| {
            is_letter(second.text)
                || (second.text.contains(['º', 'ª']) && is_floor_number(window, second))
                || listed(FLOOR_WORDS, second)
                || listed(DOOR_SIDES, second)
        });
    if floor_or_door {
        2
    } else {
        // A floor's number alone counts only in the Spanish form (`3º,`),
        // not a number before a dot (`St, . 2.`).
        usize::from(first.text.contains(['º', 'ª']))
    }
}

/// Extends past `, 10115 Berlin`, `, Springfield, IL 62704`, `, 1012 AB
/// Amsterdam`, and the units before them (`, 3º B, 28014 Madrid`).
fn extend_locality(window: &str, words: &[Word<'_>], last: usize) -> usize {
    let mut end = last;
    let mut i = last + 1;
    // A floor or an added letter after the number: `Muldergracht 876 III`,
    // `Keizersgracht 123 hs` (Dutch), `12 bis` (French).
    if words.get(i).is_some_and(|w| {
        !w.comma_before
            && !w.odd_gap
            && (is_floor_after_number(w.text) || w.text == "bis" || w.text == "ter")
    }) {
        end = i;
        i += 1;
    }
    // Up to three units: `Apt 4B`, `Whg. 12`, `3. OG`, `scala B, int. 5`.
    for _ in 0..3 {
        let len = unit_len(window, words, i);
        if len == 0 {
            break;
        }
        end = i + len - 1;
        i += len;
    }
    let Some(next) = words.get(i) else { return end };
    let postcode = (next.text.len() >= 4
        && next.text.len() <= 5
        && next.text.bytes().all(|b| b.is_ascii_digit()))
        || is_hyphenated_postcode(next.text);
    if postcode {
        let mut j = i + 1;
        // Dutch postcodes carry two letters: `1012 AB`.
        if next.text.len() == 4
            && words.get(j).is_some_and(|w| {
                w.text.len() == 2 && w.text.bytes().all(|b| b.is_ascii_uppercase())
            })
        {
            j += 1;
        }
        if words
            .get(j)
            .is_some_and(|w| starts_upper(w.text) && !w.comma_before)
        {
            return city_end(window, words, j);
        }
        return end;
    }
    // `, City` then optionally `, ST 12345` (US).
    if next.comma_before && starts_upper(next.text) {
        if let (Some(state), Some(zip)) = (words.get(i + 1), words.get(i + 2)) {
            let state_ok =
                state.text.len() == 2 && state.text.bytes().all(|b| b.is_ascii_uppercase());
            let zip_ok = zip.text.len() == 5 && zip.text.bytes().all(|b| b.is_ascii_digit());
            if state_ok && zip_ok {
                return i + 2;
            }
        }
        // A city alone after a comma is kept only when it is followed by a
        // postcode or a line end; otherwise it may be any capitalized word.
        if let Some(after) = words.get(i + 1) {
            let postcode_after = after.text.len() >= 4
                && after.text.len() <= 5
                && after.text.bytes().all(|b| b.is_ascii_digit());
            if postcode_after {
                return i + 1;
            }
        }
    }
    end
}

/// The last word of the city whose first word is at `first`, after a
/// postcode: `São Paulo` and `Den Haag` where the line or sentence ends
/// after two words, `Rio de Janeiro` and `Frankfurt am Main` over a small
/// joining word; one word otherwise (`10115 Berlin Please call`).
fn city_end(window: &str, words: &[Word<'_>], first: usize) -> usize {
    // One space from the word before: a dot between ends a sentence
    // (`28014 Madrid. Best,`), and the words' gaps do not tell it.
    let spaced = |index: usize| {
        let (Some(before), Some(word)) = (
            index.checked_sub(1).and_then(|before| words.get(before)),
            words.get(index),
        ) else {
            return false;
        };
        window.get(before.end..word.start) == Some(" ")
    };
    let capitalized = |index: usize| {
        words
            .get(index)
            .filter(|word| starts_upper(word.text) && spaced(index))
    };
    let joined = spaced(first + 1)
        && words.get(first + 1).is_some_and(|word| {
            [
                "am", "an", "da", "das", "de", "del", "di", "do", "dos", "en", "sur",
            ]
            .contains(&word.text)
        });
    if joined && capitalized(first + 2).is_some() {
        return first + 2;
    }
    let ends_after = |word: &Word<'_>| {
        matches!(
            window.as_bytes().get(word.end),
            None | Some(b'.' | b',' | b'\n' | b'\r' | b')' | b';')
        )
    };
    if capitalized(first + 1).is_some_and(ends_after) {
        return first + 1;
    }
    first
}

/// `1100-053` (Portugal), `01310-100` (Brazil).
fn is_hyphenated_postcode(word: &str) -> bool {
    word.split_once('-').is_some_and(|(head, tail)| {
        (4..=5).contains(&head.len())
            && tail.len() == 3
            && head.bytes().chain(tail.bytes()).all(|b| b.is_ascii_digit())
    })
}

/// A UK postcode (`SW1A 1AA`, `M1 1AE`, `EC1A 1BB`) whose inward code
/// (digit, two capitals) starts at `inward`, the start of a span: the
/// outward code stands before it, after one space.
fn uk_postcode_at(bytes: &[u8], inward: usize, out: &mut Sink) {
    let inward_shape = matches!(
        bytes.get(inward.saturating_sub(1)..inward + 3),
        Some(&[b' ', d, a, b]) if d.is_ascii_digit() && a.is_ascii_uppercase() && b.is_ascii_uppercase()
    );
    let inward_end = inward + 3;
    if inward == 0 || !inward_shape || bytes.get(inward_end).is_some_and(u8::is_ascii_alphanumeric)
    {
        return;
    }
    let space = inward - 1;
    let outward_len = bytes
        .get(..space)
        .unwrap_or_default()
        .iter()
        .rev()
        .take(5)
        .take_while(|b| b.is_ascii_alphanumeric())
        .count();
    let start = space - outward_len;
    let Some(outward) = bytes.get(start..space) else {
        return;
    };
    let letters = outward
        .iter()
        .take_while(|b| b.is_ascii_uppercase())
        .count();
    let rest = outward.get(letters..).unwrap_or_default();
    let shape = (1..=2).contains(&letters)
        && rest.first().is_some_and(u8::is_ascii_digit)
        && rest.len() <= 2
        && rest
            .iter()
            .skip(1)
            .all(|b| b.is_ascii_digit() || b.is_ascii_uppercase())
        && !(start > 0 && bytes.get(start - 1).is_some_and(u8::is_ascii_alphanumeric));
    if shape {
        out.push(Candidate::new(EntityType::ADDRESS, start, inward_end, 0.7));
    }
}

/// The most bytes of an address line after a cue.
const LINE_LIMIT: usize = 120;

/// The rest of the line after "Address:" (its value starts at `start`; the
/// next label, or the text's end, is at `end`), when it holds a number and a
/// capitalized word.
fn address_line(view: &str, start: usize, end: usize, out: &mut Sink) {
    // Bounded look-ahead: an address line is short, and an unbounded search
    // per cue would make a text of many cues and no line break quadratic.
    let after = view.as_bytes().get(start..).unwrap_or_default();
    let line_len = after
        .iter()
        .take(LINE_LIMIT + 1)
        .take(end.saturating_sub(start))
        .take_while(|b| !matches!(b, b'\n' | b';' | b'|'))
        .count();
    // A line that runs on past the limit holds more than an address: only
    // its first part, up to a comma or a sentence end, is taken. Cutting at
    // the limit instead would make the finding's end depend on how long its
    // start is, so each redaction of the output would take the next piece
    // of the line (fuzzing found a line eaten over eight rounds).
    let mut line_len = if line_len > LINE_LIMIT {
        match after
            .iter()
            .take(LINE_LIMIT)
            .enumerate()
            .position(|(at, b)| {
                *b == b',' || (*b == b'.' && after.get(at + 1).is_none_or(u8::is_ascii_whitespace))
            }) {
            Some(cut) => cut,
            None => return,
        }
    } else {
        line_len
    };
    while !view.is_char_boundary(start + line_len) {
        line_len -= 1;
    }
    let Some(line) = view.get(start..start + line_len) else {
        return;
    };
    // Up to its last letter or digit: what ends the line (`.`, `,`, or the
    // `:::` before another label) stays, so the token written in its place
    // is not glued to the next label, which would then no longer be read.
    // Source code after a field named `address` (`address: u64, size:
    // Option<Address>`, `Wrapping(0)`, `&Section`) ends the line where its
    // punctuation starts; a call's parenthesis follows a name directly,
    // prose's a space.
    let bytes = line.as_bytes();
    let code_at = bytes.iter().enumerate().position(|(at, &b)| {
        matches!(
            b,
            b'<' | b'>' | b'{' | b'}' | b'[' | b']' | b'=' | b'*' | b'&'
        ) || (b == b'('
            && at > 0
            && bytes
                .get(at - 1)
                .is_some_and(|p| p.is_ascii_alphanumeric() || *p == b'_'))
            || (b == b'/' && bytes.get(at + 1) == Some(&b'/'))
    });
    let line = line.get(..code_at.unwrap_or(line.len())).unwrap_or(line);
    // Another field after the value (`address: "2606:2800::1" family: IPv6`)
    // ends it.
    let line = line
        .match_indices(' ')
        .find(|&(at, _)| {
            let word = line.get(at + 1..).unwrap_or_default();
            let letters = word.bytes().take_while(u8::is_ascii_lowercase).count();
            letters > 0 && word.as_bytes().get(letters..letters + 2) == Some(b": ")
        })
        .map_or(line, |(at, _)| line.get(..at).unwrap_or(line));
    let line = line.trim_end_matches(|c: char| !c.is_alphanumeric());
    // A sentence is no address: `of: address: Add support for 3 address
    // cell bus`, a commit's title. An address line has few lowercase words
    // besides its street types and particles (`12 rue de la Paix`).
    let prose_words = line
        .split(' ')
        .filter(|word| {
            word.len() >= 3
                && word.bytes().all(|b| b.is_ascii_lowercase())
                && !PREFIX_TYPES.contains(word.as_bytes())
                && !SUFFIX_TYPES.contains(word.as_bytes())
                && !WEAK_SUFFIX_TYPES.contains(word.as_bytes())
        })
        .count();
    if prose_words >= 3 {
        return;
    }
    // A number that starts on its own (a house number, a postcode), not
    // the digits of a type (`u64`).
    let has_digit = line.bytes().enumerate().any(|(at, b)| {
        b.is_ascii_digit()
            && !(at > 0
                && bytes
                    .get(at - 1)
                    .is_some_and(|p| p.is_ascii_alphanumeric() || *p == b'_'))
    });
    let has_name = line.split(' ').any(starts_upper);
    if has_digit && has_name && line.len() >= 6 {
        out.push(Candidate::new(
            EntityType::ADDRESS,
            start,
            start + line.len(),
            0.75,
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::found;
    use super::compound_endings;

    #[test]
    fn compound_endings_are_filed_by_their_last_letter() {
        for last in 0..=u8::MAX {
            for ending in compound_endings(last) {
                assert_eq!(ending.as_bytes().last(), Some(&last.to_ascii_lowercase()));
            }
        }
        let filed: usize = (b'a'..=b'z').map(|l| compound_endings(l).len()).sum();
        assert_eq!(filed, 21, "each ending once");
    }

    #[test]
    fn every_compound_ending_is_read_after_a_hyphen() {
        // The scan parts `Willy-Brandt-Ring` at its hyphens: each ending,
        // capitalized alone, must be a street word for the name to be read.
        for last in b'a'..=b'z' {
            for ending in compound_endings(last) {
                let mut capitalized = ending.to_string();
                capitalized[..1].make_ascii_uppercase();
                assert!(
                    super::street_word(&capitalized, 0, capitalized.len()),
                    "{capitalized}"
                );
            }
        }
    }

    #[test]
    fn positives() {
        let rows = [
            ("ship to 221B Baker Street, London", "221B Baker Street"),
            ("wohnt am Kaiserring 10 seit Mai", "Kaiserring 10"),
            ("ship to 221B Baker Street <here>", "221B Baker Street"),
            (
                "ship to 221B Baker Street (mail@example.org)",
                "221B Baker Street",
            ),
            (
                "ship it to Rua das Flores, 123, São Paulo by Friday",
                "Rua das Flores, 123",
            ),
            (
                "ship it to Rua Augusta, 1500, São Paulo by Friday",
                "Rua Augusta, 1500",
            ),
            (
                "at 1600 Pennsylvania Ave NW, Washington, DC 20500.",
                "1600 Pennsylvania Ave NW, Washington, DC 20500",
            ),
            (
                "meine Adresse ist Hauptstraße 5, 10115 Berlin.",
                "Hauptstraße 5, 10115 Berlin",
            ),
            ("Bahnhofstr. 12a", "Bahnhofstr. 12a"),
            // A hyphenated name ending in a type that is no street alone.
            (
                "Das Paket ging an Willy-Brandt-Ring 56a gestern.",
                "Willy-Brandt-Ring 56a",
            ),
            (
                "Büro: Kaiser-Wilhelm-Ring 5, 50672 Köln.",
                "Kaiser-Wilhelm-Ring 5, 50672 Köln",
            ),
            ("am Konrad-Adenauer-Ufer 3 links", "Konrad-Adenauer-Ufer 3"),
            // The second, third house of a number.
            (
                "Livraison au 12 bis rue Victor Hugo, 69002 Lyon",
                "12 bis rue Victor Hugo, 69002 Lyon",
            ),
            ("au 12bis rue Victor Hugo", "12bis rue Victor Hugo"),
            ("au 3 ter avenue Foch", "3 ter avenue Foch"),
            // A Brazilian house number, then its neighbourhood after a dash.
            (
                "Entregar na Av. Paulista, 1578 - Bela Vista, São Paulo",
                "Av. Paulista, 1578",
            ),
            (
                "woon op Kerkstraat 12, 1012 AB Amsterdam",
                "Kerkstraat 12, 1012 AB Amsterdam",
            ),
            (
                "au 12 rue de la Paix, 75002 Paris",
                "12 rue de la Paix, 75002 Paris",
            ),
            (
                "vivo en Calle Mayor 5, 28013 Madrid",
                "Calle Mayor 5, 28013 Madrid",
            ),
            ("abito in Via Roma, 10", "Via Roma, 10"),
            ("abito in via Roma 10", "via Roma 10"),
            // Italian types abbreviated with a dot.
            (
                "Spedire a P.zza Duomo 1, 20122 Milano.",
                "P.zza Duomo 1, 20122 Milano",
            ),
            (
                "Spedire a C.so Vittorio Emanuele II, 15, Milano.",
                "C.so Vittorio Emanuele II, 15",
            ),
            ("Abito in V.le Monza 12", "V.le Monza 12"),
            ("moro na Rua Augusta 123", "Rua Augusta 123"),
            ("postcode SW1A 1AA please", "SW1A 1AA"),
            (
                "Address: 42 Wallaby Way, Sydney\nPhone",
                "42 Wallaby Way, Sydney",
            ),
            (
                "address: Hauptstr.5, 10115 Berlin",
                "Hauptstr.5, 10115 Berlin",
            ),
            (
                "Address: 42 Wallaby Way (rear), Sydney",
                "42 Wallaby Way (rear), Sydney",
            ),
            (
                "Address: Flat B, London SW1A 1AA",
                "Flat B, London SW1A 1AA",
            ),
            (
                "Address: Unit 4 Bondi, Sydney, and then I also wanted to ask you about the \
                 parcel that never arrived at the depot last week, thanks",
                "Unit 4 Bondi",
            ),
            // After a word of residence, without a street type.
            (
                "I live at 703 Erick Causeway, West Stefan.",
                "703 Erick Causeway",
            ),
            ("we live at 9751 Lilliana Rapid.", "9751 Lilliana Rapid"),
            ("My address is 12 Oak Lane, Springfield.", "12 Oak Lane"),
            (
                "I live at Langenfelder Str. 334, Michallekstadt.",
                "Langenfelder Str. 334",
            ),
            ("Ich wohne in der Kursiefer Weg 19.", "Kursiefer Weg 19"),
            ("I live at Auf dem Forst 62c, Rheine.", "Auf dem Forst 62c"),
            ("she lives at 7465 6th Avenue", "7465 6th Avenue"),
            ("I live at 90 Voie d'Alésia, Dijon.", "90 Voie d'Alésia"),
            (
                "I live at van der Veldedijk 532 III, Nijnselhorst.",
                "van der Veldedijk 532 III",
            ),
            ("I live at Sección Mario s/n., Reus.", "Sección Mario s/n."),
            ("I live at Avenida Sofía s/n., Reus.", "Avenida Sofía s/n."),
            ("I live at Albert-Zarthe-Weg 5.", "Albert-Zarthe-Weg 5"),
            (
                "I live at St. Ingberter Str. 71c.",
                "St. Ingberter Str. 71c",
            ),
            ("meine Adresse ist Hauptstraße 5.", "Hauptstraße 5"),
            ("I live at Strada Torre 6, Revello.", "Strada Torre 6"),
            ("please ship to 12 Harbour Mews", "12 Harbour Mews"),
            // New street types, without a cue.
            (
                "the parcel is at 703 Erick Causeway now",
                "703 Erick Causeway",
            ),
            ("ritiro in Strada Torre 6 domani", "Strada Torre 6"),
            (
                "Lieferung an Ratiborer Str. 32b heute",
                "Ratiborer Str. 32b",
            ),
            (
                "it went to 8546 Place Dauphine yesterday",
                "8546 Place Dauphine",
            ),
            (
                "it went to 36 Avenue de la Huchette yesterday",
                "36 Avenue de la Huchette",
            ),
            ("bezorgd op Ahmaddijk 788 II gisteren", "Ahmaddijk 788 II"),
            (
                "bezorgd op Annabelplantsoen 4 gisteren",
                "Annabelplantsoen 4",
            ),
            (
                "Konrad-Adenauer-Straße 5, 53113 Bonn",
                "Konrad-Adenauer-Straße 5, 53113 Bonn",
            ),
            (
                "Lieferung an Alfred-Kubin-Str. 150 heute",
                "Alfred-Kubin-Str. 150",
            ),
            (
                "Lieferung an Am Knechtsgraben 159 heute",
                "Am Knechtsgraben 159",
            ),
            (
                "Envíalo a C/ Mayor 5, 28013 Madrid",
                "C/ Mayor 5, 28013 Madrid",
            ),
            ("Envíalo a Pza. Mayor 3", "Pza. Mayor 3"),
            // Spanish types before the name with `s/n` for the number, and
            // `Plaza` (also a USPS suffix) before its name.
            ("Envíalo a Calle Mayor s/n. Gracias", "Calle Mayor s/n."),
            ("Envíalo a Avenida Sofía S/N, Reus", "Avenida Sofía S/N"),
            (
                "Envíalo a Plaza Mayor 1, 28012 Madrid",
                "Plaza Mayor 1, 28012 Madrid",
            ),
            // Rural types of INE's street register.
            (
                "Envíalo a Senda Francisco Mejía 1 hoy",
                "Senda Francisco Mejía 1",
            ),
            // More of its types (each leaked, with no cue before it), and
            // `Vía` as Spanish writes it.
            (
                "The parcel went to Riera María Teresa 55 yesterday.",
                "Riera María Teresa 55",
            ),
            (
                "The parcel went to Edificio Ester Lebrón Pérez, 91 yesterday.",
                "Edificio Ester Lebrón Pérez, 91",
            ),
            ("Envíalo a Huerta Lilia, 37 hoy", "Huerta Lilia, 37"),
            ("Envíalo a Partida Ramiro 1 hoy", "Partida Ramiro 1"),
            ("Envíalo a Ramal Arturo s/n. hoy", "Ramal Arturo s/n."),
            ("Envíalo a Vía Ignacio 19 hoy", "Vía Ignacio 19"),
            // `Gran` before the type belongs to the name; `Gran Vía` is a
            // whole name, its number right after.
            (
                "Envíalo a Gran Vía 32, 28013 Madrid",
                "Gran Vía 32, 28013 Madrid",
            ),
            ("Envíalo a Gran Vía, 32.", "Gran Vía, 32"),
            (
                "The parcel went to Gran Subida Samuel 63 yesterday.",
                "Gran Subida Samuel 63",
            ),
            // An Italian crossing.
            (
                "Spedire a Incrocio Sartori 576 oggi",
                "Incrocio Sartori 576",
            ),
            // Types that are words of prose too, before a given name.
            (
                "The parcel went to Mercado Ignacio Valles Mendoza, 4 yesterday.",
                "Mercado Ignacio Valles Mendoza, 4",
            ),
            ("Envíalo a Solar Virginia 73 hoy", "Solar Virginia 73"),
            ("Envíalo a Caserío Susana 82 hoy", "Caserío Susana 82"),
            ("Envíalo a Barranco Eloisa, 6 hoy", "Barranco Eloisa, 6"),
            ("Envíalo a Calle Mayor,5, Madrid", "Calle Mayor,5"),
            ("Envíalo a Ctra. de Valencia 22", "Ctra. de Valencia 22"),
            // The U.S. Postal Service's suffixes and British types; those
            // that are words of prose, after a number that stands alone.
            (
                "The parcel went to 8976 Kristopher Rapid.",
                "8976 Kristopher Rapid",
            ),
            ("Deliver to 145 Rath Glade today", "145 Rath Glade"),
            (
                "The parcel went to 55638 Hoyt Rest yesterday.",
                "55638 Hoyt Rest",
            ),
            ("Ship it to 601 Paucek Gate, please", "601 Paucek Gate"),
            (
                "1273 Blaze Trafficway\nSpringfield",
                "1273 Blaze Trafficway",
            ),
            ("Envíalo a Urbanización Mateo 91", "Urbanización Mateo 91"),
            ("Spedisci a Borgo Onesto 82", "Borgo Onesto 82"),
            (
                "Livré au 14 Passage de Vaugirard",
                "14 Passage de Vaugirard",
            ),
            (
                "Entregue na 5211 Marginal Maria Luiza",
                "5211 Marginal Maria Luiza",
            ),
            ("Send it to 85 Stephania Brow", "85 Stephania Brow"),
            // Suffixes of the Postal Service's list that were missing.
            (
                "It went to 95576 Rosamond Loaf today",
                "95576 Rosamond Loaf",
            ),
            ("It went to 869 Ricky Plains today", "869 Ricky Plains"),
            (
                "It went to 312 O'Keefe-Rohan Plain",
                "312 O'Keefe-Rohan Plain",
            ),
            // British types: a paddock, a lea (a meadow), a grange, a fold,
            // a brae (a slope, in Scotland).
            ("It went to 4 Kilback Paddock today", "4 Kilback Paddock"),
            ("It went to 17 Abbott Lea today", "17 Abbott Lea"),
            ("It went to 6 Hills Grange today", "6 Hills Grange"),
            ("It went to 1 Terry Fold today", "1 Terry Fold"),
            ("It went to 8 Marvin Brae today", "8 Marvin Brae"),
            (
                "Lieferung an Am Heidkamp 50a, 51379 Leverkusen",
                "Am Heidkamp 50a, 51379 Leverkusen",
            ),
            // An adjective of the street's name before it.
            (
                "Das Paket ging an Dünnwalder Grenzweg 82 gestern",
                "Dünnwalder Grenzweg 82",
            ),
            (
                "It went to Hitdorfer Kirchweg 25b",
                "Hitdorfer Kirchweg 25b",
            ),
            ("Bitte an Obere Lindenstr. 9 senden", "Obere Lindenstr. 9"),
            (
                "Bitte an Alt Steinbücheler Weg 61b senden",
                "Alt Steinbücheler Weg 61b",
            ),
            ("Unser Kirchweg 5 ist gesperrt", "Kirchweg 5"),
            ("Nach der Kreuzung, Kirchweg 5", "Kirchweg 5"),
            (
                "Bitte an An der Lehmkuhle 39b senden",
                "An der Lehmkuhle 39b",
            ),
            ("Adresse: Zur Alten Mühle 3", "Zur Alten Mühle 3"),
            ("Paket für Im Mühlenfeld 10c", "Im Mühlenfeld 10c"),
            ("Paket für Am Höllers Eck 5", "Am Höllers Eck 5"),
            // A compound place name, then a number with a letter.
            ("Paket für Köschenberg 17b heute", "Köschenberg 17b"),
            (
                "Lieferung an Neuenkamp 29a, 51379 Leverkusen",
                "Neuenkamp 29a, 51379 Leverkusen",
            ),
            // British closes named after a building or trees.
            ("Sent to 70 The Maltings today", "70 The Maltings"),
            ("Sent to 629 The Spinney today", "629 The Spinney"),
            // Place words inside a longer word only, and a street's own
            // compound name after the preposition (which was left).
            ("Paket für Am Wasserturm 56b", "Am Wasserturm 56b"),
            ("Paket für Im Oberdorf 46c", "Im Oberdorf 46c"),
            (
                "Paket für In den Blechenhöfen 790",
                "In den Blechenhöfen 790",
            ),
            ("Paket für An der Feldgasse 86b", "An der Feldgasse 86b"),
        ];
        for (text, expected) in rows {
            assert_eq!(found(text, "ADDRESS"), vec![expected], "{text}");
        }
    }

    #[test]
    fn units_between_the_number_and_the_postcode() {
        // Before, each of these stopped at the number and left the unit,
        // the postcode and the city.
        for (text, expected) in [
            (
                "Vivo en C/ de Alcalá, 45, 3º B, 28014 Madrid.",
                "C/ de Alcalá, 45, 3º B, 28014 Madrid",
            ),
            (
                "Calle Mayor 12, 2º izda, 28013 Madrid",
                "Calle Mayor 12, 2º izda, 28013 Madrid",
            ),
            (
                "Calle de Serrano 41, 4ºA, 28001 Madrid",
                "Calle de Serrano 41, 4ºA, 28001 Madrid",
            ),
            (
                "Avda. Diagonal 640, 6ª planta, 08017 Barcelona",
                "Avda. Diagonal 640, 6ª planta, 08017 Barcelona",
            ),
            (
                "C/ Gran Vía 28, 1º 2ª, 08007 Barcelona",
                "C/ Gran Vía 28, 1º 2ª, 08007 Barcelona",
            ),
            (
                "Via Roma 10, scala B, int. 5, 00184 Roma",
                "Via Roma 10, scala B, int. 5, 00184 Roma",
            ),
            (
                "Via Roma 10, 3° piano, 00184 Roma",
                "Via Roma 10, 3° piano, 00184 Roma",
            ),
            (
                "Rua Augusta 100, 2º Esq., 1100-053 Lisboa",
                "Rua Augusta 100, 2º Esq., 1100-053 Lisboa",
            ),
            (
                "Rua Oscar Freire 379, apto 52, 01426-001 São Paulo",
                "Rua Oscar Freire 379, apto 52, 01426-001 São Paulo",
            ),
            (
                "Musterstraße 5, 3. OG, 10115 Berlin",
                "Musterstraße 5, 3. OG, 10115 Berlin",
            ),
            (
                "Hauptstr. 7, Whg. 12, 80331 München",
                "Hauptstr. 7, Whg. 12, 80331 München",
            ),
            (
                "12 rue de la Paix, Bât. B, 75002 Paris",
                "12 rue de la Paix, Bât. B, 75002 Paris",
            ),
            (
                "12 rue de la Paix, 3e étage, 75002 Paris",
                "12 rue de la Paix, 3e étage, 75002 Paris",
            ),
            (
                "Keizersgracht 123, 2e verdieping, 1015 CJ Amsterdam",
                "Keizersgracht 123, 2e verdieping, 1015 CJ Amsterdam",
            ),
            (
                "42 Oak Avenue, 2nd floor, Austin, TX 78701",
                "42 Oak Avenue, 2nd floor, Austin, TX 78701",
            ),
            // Dutch floors and ranges joined to the number.
            (
                "Keizersgracht 123-II, 1015 CJ Amsterdam",
                "Keizersgracht 123-II, 1015 CJ Amsterdam",
            ),
            (
                "Keizersgracht 123 hs, 1015 CJ Amsterdam",
                "Keizersgracht 123 hs, 1015 CJ Amsterdam",
            ),
            (
                "Hauptstraße 12-14, 10115 Berlin",
                "Hauptstraße 12-14, 10115 Berlin",
            ),
            // Types before the name, with the number after it.
            (
                "Laan van Meerdervoort 5, 2517 AA Den Haag",
                "Laan van Meerdervoort 5, 2517 AA Den Haag",
            ),
            (
                "Boulevard Haussmann 40, 75009 Paris",
                "Boulevard Haussmann 40, 75009 Paris",
            ),
            (
                "Avenue Louise 54, 1050 Bruxelles",
                "Avenue Louise 54, 1050 Bruxelles",
            ),
            // Cities of two or three words after a postcode.
            (
                "Hauptstraße 5, 60311 Frankfurt am Main",
                "Hauptstraße 5, 60311 Frankfurt am Main",
            ),
            (
                "Rua X 5, 20040-002 Rio de Janeiro.",
                "Rua X 5, 20040-002 Rio de Janeiro",
            ),
            // A sentence ends between the words.
            (
                "Vivo en C/ de Alcalá, 45, 3º B, 28014 Madrid. Best,\nGoutam Mishra",
                "C/ de Alcalá, 45, 3º B, 28014 Madrid",
            ),
            (
                "Hauptstraße 5, 10115 Berlin.\nDanke,",
                "Hauptstraße 5, 10115 Berlin",
            ),
            // Only one where more words follow: they may be the message.
            (
                "Musterstraße 5, 10115 Berlin Please call me",
                "Musterstraße 5, 10115 Berlin",
            ),
        ] {
            assert_eq!(found(text, "ADDRESS"), vec![expected], "{text}");
        }
        // A unit word or an ordinal in prose after an address is no unit.
        for (text, expected) in [
            ("Hauptstraße 5, Haus und Garten", "Hauptstraße 5"),
            ("Calle Mayor 12, 3 casas más", "Calle Mayor 12"),
            ("Via Roma 10, 3 persone", "Via Roma 10"),
            ("Kirchweg 5, 2. Versuch", "Kirchweg 5"),
            ("Kirchweg 5, 2.", "Kirchweg 5"),
            // Something odd before a unit ends the address before it.
            ("Kirchweg 5 (Whg. 12)", "Kirchweg 5"),
            ("Kirchweg 5\tWhg. 12", "Kirchweg 5"),
        ] {
            assert_eq!(found(text, "ADDRESS"), vec![expected], "{text}");
        }
        for text in [
            "I drove down Sunset Boulevard 3 times",
            "Sunset Boulevard 2 was a film",
            "the Avenue Q 2 tickets",
        ] {
            assert!(found(text, "ADDRESS").is_empty(), "{text}");
        }
        // A date is no range of house numbers.
        assert!(found("Hauptstraße 2020-01-05", "ADDRESS").is_empty());
        // Several labels on one line: each address ends at the next label.
        assert_eq!(
            found(
                "Address: 42 Wallaby Way, Sydney Address: 7 Elm Rd, Dover",
                "ADDRESS"
            ),
            ["42 Wallaby Way, Sydney", "7 Elm Rd, Dover"]
        );
    }

    #[test]
    fn lists_are_sorted() {
        crate::detect::wordset::assert_valid(&super::SUFFIX_TYPES);
        crate::detect::wordset::assert_valid(&super::PREFIX_TYPES);
        crate::detect::wordset::assert_valid(&super::WEAK_SUFFIX_TYPES);
        crate::detect::wordset::assert_valid(&super::WEAK_PREFIX_TYPES);
        crate::detect::wordset::assert_valid(&super::HYPHENATED_ENDINGS);
        for list in [super::UNIT_WORDS, super::FLOOR_WORDS, super::DOOR_SIDES] {
            assert!(list.windows(2).all(|pair| pair[0] < pair[1]), "{list:?}");
            assert!(list.iter().all(|word| word.to_lowercase() == *word));
        }
    }

    #[test]
    fn negatives() {
        for text in [
            "Heidelberg 3 Tage",
            "Oberhausen 2b-Test",
            "We planted 5 Willows and 3 Elms.",
            "Chapter 3 Sidings",
            "Grupo Santander 2023 results",
            "Entrada General 2 personas",
            "Sector Alpha 3",
            "Monte Carlo 3 runs",
            "la salida Ana 2",
            "Im Dorf 3 Kinder",
            "Am Turm 2 Wachen",
            "Gran Hermano 3",
            "Gran Torino 2008",
            "la partida 2 fue buena",
            "Gran Vía, 28013",
            "Calle Mayor s/nada",
            "Barranco 5 veces más alto",
            "es,caserio prados,Caserío Prados,31,,38.030987,-1.910237",
            "es,barrio nuevo,Barrio Nuevo,22,,37.1,-3.6",
            "Calle Mayor is/n",
            "Plaza 5 Hotel",
            "The street was quiet.",
            "are honored, but a negative number is not allowed.\nEntering 0 causes (nearly) continuous updates",
            "Kaiserring 0 ist keine Adresse",
            "Use the O-Ring 5 times",
            "Chapter 12 bis",
            "if v.len() > 5 {",
            "see p.le 5",
            "the C.so 12 file",
            "bis 12 rue",
            "in the ring-buffer slot 5",
            "ein Ring 3 mm breit",
            "Chapter 5 Street Art",
            "the DSP Release 1 Application Specific Extension.",
            "Internet X.509 Public Key Infrastructure",
            "Copyright 1984, 1985, 1986, 1988 Larry Wall.",
            "Manuals, Chapter 36 Intel Processor Trace.",
            "    /// 502 Bad Gateway",
            "the full list in [`Unicode BCP 47 T Extension`]",
            "## RL1.7 Code Points",
            "see 3b. MANAGING Fields",
            "steps are from section 5.7.1.2 Elliptic Curve",
            "to the 29K Technical Support Center at",
            "see Figure 3 Bezier Curve",
            "Apache License 2 Plain Text",
            // `Center`, `Curve` and `Fields` are no street types here:
            // support, data and control centers; `6337  Elliptic Curve
            // Cryptography` in a list of RFCs; HTTP's `431 Request Header Fields`.
            "It went to 5661 Bosco Center today",
            "It went to 9546 Champlin Curve today",
            "It went to 41 Hegmann Fields today",
            "4880  Current OpenPGP specification.\n\n6337  Elliptic Curve Cryptography (ECC)",
            // Nor the British `Bank`, `End`, `Wood` and `Approach`, which
            // follow a number in prose too often.
            "I paid 5 Deutsche Bank shares",
            "loans from 12 Central Bank",
            "see part 4 West End",
            "the 3 Black Wood",
            "in section 2 Final Approach",
            " * Copyright 2005 Lars Knoll & Zack Rusin",
            "will return a 431 Request Header Fields Too Large",
            "   - mount.8  Rewrite FILESYSTEM-SPECIFIC MOUNT OPTIONS",
            "Issuer: CN=IdenTrust Public Sector Root CA 1",
            "Im Kapitel 3 erklären wir das",
            "Auf der Seite 5 steht es",
            "Am Montag 5 Leute",
            "Im Jahr 2020 Berg",
            "In der Tabelle 2 sehen Sie",
            "Am Ende 2 Tore",
            "version 2 Way forward",
            "we meet on Main Street tomorrow",
            "the Strasse is long",
            "Section 3 Place holders",
            "IP 10.0.0.1 Road map",
            "Reported via Harlan Stenn.\n\n\tSat Jun 24 2023",
            "found via Pwn2Own 2024.",
            "User/Group Record Lookup API via Varlink\n.RS 4\n",
            "Add terminal integration via ANSI OSC 9;4 sequences",
            "275\t189\tBD\tН\tCYRILLIC CAPITAL LETTER EN\n",
            "Describe a route.\n\n.TP 2m\n\\fBlist\\fR",
            "Copy files to and from a resource via SCP.\n\n.TP 2m\nssh",
            "Copyright: 2015 Tom Gundersen <teg@jklm.no>\n           2016 Iain Lane <iain@orangesquash.org.uk>",
            // Source code after a field or path named `address`.
            "fn lookup(&self, address: u64, bases: &BaseAddresses) -> Result<Pointer> {",
            "pub fn new(address: Address, length: u32) -> Self {",
            "let fde = FrameDescriptionEntry::new(Address::Constant(0x1000), 0x10);",
            "    address: Wrapping(0),",
            "    pub dyld_base_address: U64<E>, // offset: 0x20",
            "    pub virtual_address: U32Bytes<LE>,",
            // A word of residence before a city and a duration or a year,
            // a comma, or no linking word.
            "I have lived in Berlin 5 years.",
            "I live in Berlin since 2019.",
            "We ship to Germany 2 times a week",
            "I lived, in the end, at 5 places",
            "they live 3 Streets away",
            "lived in Paris, 75001 is the postcode",
            "I live at home with 2 Cats",
            "maps a Solaris UID to an email address to an X.509\ndistinguished name.",
            "Legt eine Route zum Netzwerk 192.56.76.x an.",
            "I live at Unit 192.168.1.1 today",
            "der Weg 5 ist lang",
            "Der Platz 3 Fragen",
            "A/C 3 Units",
            "see C/ C++ 11",
            // A copyright holder, a heading, a company, an identifier.
            "Copyright:\n  Copyright Calle Rosenquist, 2017 (xbreak)",
            "© 2021 Iain Lane",
            "Chapter 10. Connection Close\n",
            "USB: core: add USB_QUIRK_NO_LPM for VIA Labs USB 2.0 hub",
            "# define ASN1_ETYPE_GENERALSTRING 27",
            // After a label: a commit's title, another field.
            "    - of: address: Add support for 3 address cell bus\n",
            "// address: \"2606:2800:21f:cb07:6820:80da:af6b:8b2c\" family: IPv6\n",
            // Past the line limit with no comma or sentence end before it.
            "Address: Unit 4 Bondi Sydney and then I also wanted to ask you about the \
             parcel that never arrived at the depot last week or the week before",
        ] {
            assert!(
                found(text, "ADDRESS").is_empty(),
                "{text}: {:?}",
                found(text, "ADDRESS")
            );
        }
    }
}
