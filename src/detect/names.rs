//! Compact name lists for the PERSON detector: common given names and
//! surnames of the supported locales (en, de, fr, es, it, nl, pt, in),
//! sorted and lowercase, written by hand; more common given names are
//! generated into `given_names.rs`. Given names that are also common words
//! ("Will", "May", "Grace", "Mark") are left out: a list hit must never turn
//! prose into a finding.

use super::given_names::COMMON_GIVEN_NAMES;
use super::wordset::WordSet;

pub(crate) static GIVEN_NAMES: WordSet = WordSet::new(&[
    "aarav",
    "abdul",
    "abhishek",
    "adam",
    "aditi",
    "aditya",
    "adrian",
    "adriano",
    "adrián",
    "agnes",
    "agnieszka",
    "agnès",
    "ahmed",
    "aisha",
    "ajay",
    "alba",
    "alejandro",
    "alessandro",
    "alessia",
    "alex",
    "alexander",
    "alexandra",
    "alice",
    "alicia",
    "amanda",
    "amandine",
    "amelia",
    "amit",
    "ana",
    "ananya",
    "anaïs",
    "andrea",
    "andreas",
    "andrew",
    "andré",
    "andrée",
    "andrés",
    "angela",
    "angelika",
    "anika",
    "anil",
    "anja",
    "ankit",
    "anna",
    "anne",
    "anneke",
    "anouk",
    "antoine",
    "antonietta",
    "antonio",
    "antônia",
    "antônio",
    "anusha",
    "arjun",
    "arnaud",
    "arthur",
    "arun",
    "ashley",
    "ashok",
    "aurélie",
    "aurélien",
    "baptiste",
    "barbara",
    "bas",
    "beatriz",
    "benjamin",
    "benoît",
    "bernd",
    "birgit",
    "björn",
    "bram",
    "brian",
    "bruna",
    "bruno",
    "camille",
    "carla",
    "carlos",
    "carmen",
    "caroline",
    "caterina",
    "catherine",
    "charles",
    "charlotte",
    "chiara",
    "chloe",
    "chloé",
    "christian",
    "christiane",
    "christina",
    "christine",
    "christopher",
    "claire",
    "claudia",
    "cláudia",
    "cláudio",
    "clément",
    "conceição",
    "coralie",
    "cornelis",
    "cédric",
    "céline",
    "daan",
    "daniel",
    "daniela",
    "davi",
    "david",
    "davide",
    "deepak",
    "deepika",
    "diana",
    "didier",
    "diego",
    "dieter",
    "dinesh",
    "dirk",
    "divya",
    "domenico",
    "dominik",
    "edoardo",
    "edson",
    "edward",
    "elena",
    "eliane",
    "elisa",
    "elizabeth",
    "ellen",
    "emanuele",
    "emily",
    "emma",
    "enzo",
    "eric",
    "erik",
    "fabian",
    "fabio",
    "fabrice",
    "fatima",
    "federica",
    "felipe",
    "felix",
    "femke",
    "fenna",
    "fernanda",
    "fernando",
    "filippo",
    "fleur",
    "florian",
    "flávio",
    "franca",
    "francesca",
    "francesco",
    "francisco",
    "franck",
    "franco",
    "frank",
    "françois",
    "françoise",
    "fábio",
    "gabriel",
    "gabriela",
    "gabriele",
    "gaurav",
    "geeta",
    "george",
    "geraldo",
    "gerhard",
    "gerrit",
    "giacomo",
    "gilles",
    "ginette",
    "ginevra",
    "giorgia",
    "giorgio",
    "giovanni",
    "giulia",
    "giuseppe",
    "giuseppina",
    "gonçalo",
    "grégory",
    "guilherme",
    "guillaume",
    "gérard",
    "günter",
    "hannah",
    "hans",
    "harry",
    "heike",
    "heinz",
    "helena",
    "helga",
    "helmut",
    "hendrik",
    "hendrika",
    "henk",
    "henrik",
    "hervé",
    "holger",
    "horst",
    "hugo",
    "hélène",
    "igor",
    "ilaria",
    "ilse",
    "ines",
    "inge",
    "inès",
    "inés",
    "isabel",
    "isabella",
    "iván",
    "jacobus",
    "jacques",
    "jakob",
    "james",
    "jan",
    "jana",
    "jasmijn",
    "jason",
    "javier",
    "jean",
    "jennifer",
    "jeroen",
    "jessica",
    "jesús",
    "jiří",
    "joanna",
    "joao",
    "joaquín",
    "johan",
    "johannes",
    "john",
    "jonas",
    "joost",
    "jorge",
    "jose",
    "josefa",
    "joseph",
    "joshua",
    "josé",
    "joão",
    "joël",
    "juan",
    "judith",
    "julia",
    "julian",
    "julie",
    "jurgen",
    "jérémy",
    "jérôme",
    "jéssica",
    "jörg",
    "júlia",
    "jürgen",
    "karen",
    "karin",
    "karine",
    "katharina",
    "kavita",
    "kavya",
    "kees",
    "kevin",
    "kiran",
    "klaus",
    "krishna",
    "laetitia",
    "lars",
    "laura",
    "lea",
    "leon",
    "leonardo",
    "letícia",
    "liam",
    "lisa",
    "lorenzo",
    "lotte",
    "louis",
    "loïc",
    "luana",
    "lucas",
    "lucia",
    "luciano",
    "lucienne",
    "lucía",
    "ludovic",
    "luigi",
    "luis",
    "luisa",
    "luiz",
    "luka",
    "lukas",
    "lukáš",
    "luuk",
    "luís",
    "léa",
    "léo",
    "maarten",
    "mahesh",
    "manfred",
    "manoel",
    "manoj",
    "manon",
    "manuel",
    "marco",
    "margaret",
    "margaux",
    "maria",
    "mariana",
    "marie",
    "marieke",
    "marina",
    "mario",
    "markus",
    "marta",
    "martin",
    "martine",
    "mary",
    "maría",
    "massimo",
    "mateo",
    "mateus",
    "matheus",
    "mathieu",
    "matteo",
    "matthew",
    "mattia",
    "matěj",
    "max",
    "maxime",
    "maximilian",
    "maëlle",
    "małgorzata",
    "meena",
    "mehmet",
    "melissa",
    "michael",
    "michel",
    "michelle",
    "mickaël",
    "miguel",
    "mohammed",
    "monika",
    "morgane",
    "mukesh",
    "márcia",
    "márcio",
    "mário",
    "márton",
    "mélanie",
    "mónica",
    "nadia",
    "natalia",
    "nathalie",
    "naveen",
    "neha",
    "nicolas",
    "niels",
    "nikhil",
    "nisha",
    "noah",
    "nora",
    "noémie",
    "nuria",
    "océane",
    "odette",
    "oliver",
    "olivia",
    "olivier",
    "ondřej",
    "pablo",
    "paolo",
    "patricia",
    "patrick",
    "patrizia",
    "patrícia",
    "paula",
    "paweł",
    "pedro",
    "peter",
    "petra",
    "petronella",
    "petrus",
    "philippe",
    "pierre",
    "piet",
    "pieter",
    "pietro",
    "pooja",
    "pradeep",
    "prakash",
    "priya",
    "priyanka",
    "rafael",
    "rahul",
    "raimundo",
    "rainer",
    "rajesh",
    "rakesh",
    "ralf",
    "ramesh",
    "ramón",
    "raphaël",
    "raquel",
    "ravi",
    "raúl",
    "rebecca",
    "rekha",
    "renate",
    "renato",
    "rené",
    "renée",
    "ricardo",
    "riccardo",
    "richard",
    "rick",
    "ritu",
    "robert",
    "roberto",
    "rogério",
    "rohan",
    "rohit",
    "romain",
    "ruben",
    "rubén",
    "sabine",
    "sachin",
    "sandeep",
    "sander",
    "sandra",
    "sandrine",
    "sanjay",
    "sanne",
    "santosh",
    "sara",
    "sarah",
    "saurabh",
    "savita",
    "sebastian",
    "sebastião",
    "sem",
    "serge",
    "sergio",
    "shweta",
    "simone",
    "sneha",
    "sofia",
    "sofía",
    "sophie",
    "srinivas",
    "stefan",
    "stefanie",
    "stefano",
    "stephanie",
    "steven",
    "stijn",
    "stéphane",
    "stéphanie",
    "sunil",
    "sunita",
    "suresh",
    "susanne",
    "sven",
    "swati",
    "sylvain",
    "sylvie",
    "sébastien",
    "sérgio",
    "sônia",
    "sören",
    "søren",
    "thiago",
    "thierry",
    "thijs",
    "thomas",
    "théo",
    "tiago",
    "tobias",
    "tommaso",
    "tomáš",
    "usha",
    "uwe",
    "valentina",
    "valérie",
    "venkatesh",
    "vijay",
    "vikram",
    "vincent",
    "vinod",
    "vinícius",
    "virginie",
    "vitor",
    "vivek",
    "véronique",
    "víctor",
    "werner",
    "willem",
    "william",
    "wim",
    "wolfgang",
    "wouter",
    "yannick",
    "yusuf",
    "yves",
    "zoltán",
    "zoë",
    "álvaro",
    "ángel",
    "ángela",
    "élise",
    "élodie",
    "émilie",
    "éric",
    "óscar",
    "łukasz",
]);

pub(crate) static SURNAMES: WordSet = WordSet::new(&[
    "bakker",
    "becker",
    "bernard",
    "bianchi",
    "brown",
    "bruno",
    "costa",
    "davies",
    "davis",
    "de jong",
    "dubois",
    "durand",
    "esposito",
    "evans",
    "fernandes",
    "fernandez",
    "ferrari",
    "fischer",
    "fontaine",
    "garcia",
    "gomes",
    "gomez",
    "gonzalez",
    "green",
    "gupta",
    "hall",
    "hernandez",
    "hoffmann",
    "jackson",
    "jansen",
    "johnson",
    "jones",
    "khan",
    "koch",
    "kumar",
    "lambert",
    "lee",
    "lefebvre",
    "leroy",
    "lopez",
    "martin",
    "martinez",
    "meyer",
    "miller",
    "moore",
    "moreau",
    "muller",
    "müller",
    "novak",
    "nováková",
    "oliveira",
    "patel",
    "pereira",
    "perez",
    "petit",
    "ricci",
    "richter",
    "roberts",
    "rodrigues",
    "rodriguez",
    "romano",
    "rossi",
    "russo",
    "sanchez",
    "santos",
    "schmidt",
    "schneider",
    "schulz",
    "sharma",
    "silva",
    "singh",
    "smit",
    "smith",
    "sousa",
    "taylor",
    "thomas",
    "thompson",
    "visser",
    "wagner",
    "walker",
    "weber",
    "white",
    "williams",
    "wilson",
    "wright",
    "yilmaz",
]);

/// Places, institutions and things named after a person or with a given
/// name in them ("Alice Springs", "Charlotte Street", "Julia Programming
/// Language", "Thomas Algorithm", "Peter Principle", "Solomon Islands",
/// "Jordan Standard Time"), and groups ("Rosetta Contributors"): a
/// capitalized run holding one is no name.
const PLACES_AND_THINGS: &[&str] = &[
    "academy",
    "airport",
    "algorithm",
    "arena",
    "authors",
    "avenue",
    "award",
    "awards",
    "bank",
    "bay",
    "beach",
    "bluff",
    "bridge",
    "building",
    "castle",
    "cathedral",
    "center",
    "centre",
    "championship",
    "church",
    "city",
    "clinic",
    "club",
    "college",
    "company",
    "conjecture",
    "contributors",
    "county",
    "creek",
    "crossing",
    "cup",
    "developers",
    "distribution",
    "edition",
    "effect",
    "equation",
    "estates",
    "falls",
    "farms",
    "foundation",
    "framework",
    "function",
    "gallery",
    "garden",
    "gardens",
    "group",
    "hall",
    "harbor",
    "harbour",
    "heights",
    "hills",
    "hospital",
    "hotel",
    "house",
    "institute",
    "island",
    "islands",
    "laboratory",
    "lake",
    "language",
    "library",
    "maintainers",
    "math",
    "memorial",
    "method",
    "model",
    "mono",
    "museum",
    "optimizer",
    "paradox",
    "park",
    "principle",
    "prize",
    "programming",
    "project",
    "ridge",
    "river",
    "road",
    "sans",
    "school",
    "sequence",
    "series",
    "set",
    "springs",
    "square",
    "stadium",
    "station",
    "street",
    "studio",
    "support",
    "syndrome",
    "system",
    "team",
    "tech",
    "technique",
    "theater",
    "theatre",
    "theorem",
    "time",
    "tower",
    "township",
    "transform",
    "university",
    "valley",
    "village",
    "vista",
    "web",
    "wharf",
    "world",
];

/// Words that start the name of a place named after a person or a saint
/// (`San Fernando`, `São Paulo`, `Santa Maria`, `Fort William`, `Port
/// Louis`, `Lake Charles`, `Sítio Paulo Sauer`, a farm): a given name after
/// one starts no person's name. (`Ban`, a Thai village, is left out: it is
/// an English verb before a name.)
const PLACE_PREFIXES: &[&str] = &[
    "bom", "cap", "cape", "ciudad", "colonia", "estancia", "fazenda", "fort", "hacienda", "isla",
    "lake", "monte", "mount", "port", "porto", "puerto", "rancho", "saint", "sainte", "san",
    "sankt", "sant", "santa", "santo", "st", "ste", "são", "sítio", "vila", "villa",
];

/// Capitalized words that follow a name without belonging to it: days and
/// months (also abbreviated: `Jan Feb Mar` in a table), words that capitalize only in titles, and the German nouns most
/// often written after a name in a message ("Hat Jana Novák Zeit?").
const AFTER_NAMES: &[&str] = &[
    "abend",
    "all",
    "and",
    "angst",
    "apr",
    "april",
    "arbeit",
    "at",
    "aug",
    "august",
    "bescheid",
    "besuch",
    "bitte",
    "can",
    "danke",
    "dec",
    "december",
    "dienst",
    "durst",
    "everyone",
    "feb",
    "february",
    "feierabend",
    "fieber",
    "for",
    "frage",
    "fragen",
    "freitag",
    "freunde",
    "fri",
    "friday",
    "from",
    "geburtstag",
    "geld",
    "glück",
    "has",
    "haus",
    "hause",
    "hello",
    "hi",
    "hilfe",
    "hunger",
    "idee",
    "in",
    "is",
    "jan",
    "january",
    "jul",
    "july",
    "jun",
    "june",
    "kinder",
    "lust",
    "mar",
    "march",
    "mon",
    "monday",
    "montag",
    "morgen",
    "nachricht",
    "nov",
    "november",
    "oct",
    "october",
    "of",
    "on",
    "pause",
    "please",
    "post",
    "problem",
    "probleme",
    "recht",
    "ruhe",
    "said",
    "sat",
    "saturday",
    "says",
    "schuld",
    "schule",
    "sep",
    "sept",
    "september",
    "spaß",
    "sun",
    "sunday",
    "termin",
    "thanks",
    "the",
    "thu",
    "thursday",
    "to",
    "tue",
    "tuesday",
    "urlaub",
    "was",
    "wed",
    "wednesday",
    "will",
    "with",
    "zeit",
];

/// Common given names that are English words too, and so stay off the
/// lists above (`Will`, `Mark`, `Grace`: "Grace Period", "Will Power"):
/// sorted. Such a name starts a name only before a surname of
/// [`COMMON_SURNAMES`] (`Yesterday Bill Jones called`).
const WORD_NAMES: &[&str] = &[
    "art", "bill", "bob", "chuck", "dawn", "don", "drew", "gene", "grace", "guy", "hank", "hope",
    "jack", "joy", "mark", "pat", "ray", "rose", "sue", "tom", "will",
];

/// The most common surnames of the U.S. (the 2010 census's first hundred),
/// without those that are English words too (`Brown`, `White`, `Young`,
/// `King`, `Price`, `Long`: "Mark Price", "Will Young"): sorted. Read only
/// after a [`WORD_NAMES`] name.
const COMMON_SURNAMES: &[&str] = &[
    "adams",
    "allen",
    "alvarez",
    "anderson",
    "bennett",
    "campbell",
    "castillo",
    "chavez",
    "clark",
    "collins",
    "cruz",
    "davis",
    "diaz",
    "edwards",
    "evans",
    "flores",
    "garcia",
    "gomez",
    "gonzalez",
    "gutierrez",
    "harris",
    "hernandez",
    "howard",
    "hughes",
    "jackson",
    "james",
    "jimenez",
    "johnson",
    "jones",
    "kelly",
    "kim",
    "lee",
    "lewis",
    "lopez",
    "martin",
    "martinez",
    "mendoza",
    "miller",
    "mitchell",
    "moore",
    "morales",
    "morgan",
    "morris",
    "murphy",
    "myers",
    "nelson",
    "nguyen",
    "ortiz",
    "patel",
    "perez",
    "peterson",
    "phillips",
    "ramirez",
    "ramos",
    "reyes",
    "richardson",
    "rivera",
    "roberts",
    "robinson",
    "rodriguez",
    "rogers",
    "ruiz",
    "sanchez",
    "sanders",
    "scott",
    "smith",
    "stewart",
    "taylor",
    "thomas",
    "thompson",
    "torres",
    "walker",
    "watson",
    "williams",
    "wilson",
];

/// The ASCII letters of a word of three to five, lowercased, as one
/// number (`None` for any other word).
const fn word_key(word: &[u8]) -> Option<u64> {
    if word.len() < 3 || word.len() > 5 {
        return None;
    }
    let mut key = 0u64;
    let mut rest = word;
    while let [byte, tail @ ..] = rest {
        if !byte.is_ascii_alphabetic() {
            return None;
        }
        key = key << 8 | (*byte | 0x20) as u64;
        rest = tail;
    }
    Some(key)
}

/// [`WORD_NAMES`] as [`word_key`]s, sorted: one number's comparisons per
/// look-up, asked of every capitalized word that is no listed given name
/// (read through [`in_sorted`], these cost 1% of the instructions of text
/// without personal data).
// Evaluated at compile time: an index out of bounds is a build error.
#[allow(clippy::indexing_slicing)]
const WORD_NAME_KEYS: [u64; WORD_NAMES.len()] = {
    let mut keys = [0u64; WORD_NAMES.len()];
    let mut index = 0;
    while index < keys.len() {
        keys[index] = match word_key(WORD_NAMES[index].as_bytes()) {
            Some(key) => key,
            None => panic!("a word name has three to five letters"),
        };
        // Insertion sort: the keys order by length first.
        let mut at = index;
        while at > 0 && keys[at - 1] > keys[at] {
            let swapped = keys[at - 1];
            keys[at - 1] = keys[at];
            keys[at] = swapped;
            at -= 1;
        }
        index += 1;
    }
    keys
};

/// Whether `word` is one of [`WORD_NAMES`].
pub(crate) fn is_word_name(word: &str) -> bool {
    word_key(word.as_bytes()).is_some_and(|key| WORD_NAME_KEYS.binary_search(&key).is_ok())
}

/// Whether `word` is one of [`COMMON_SURNAMES`].
pub(crate) fn is_common_surname(word: &str) -> bool {
    in_sorted(COMMON_SURNAMES, word)
}

/// Whether `word` (any ASCII case, a Latin-1 capital first) is in `list`,
/// sorted and lowercase: searched by halves, for the lists read only after
/// a given name or a greeting, where a [`WordSet`]'s tables would cost 5 KB
/// each.
pub(crate) fn in_sorted(list: &[&str], word: &str) -> bool {
    let mut buffer = [0u8; 32];
    let Some(target) = small_first(word, &mut buffer) else {
        return false;
    };
    target.make_ascii_lowercase();
    list.binary_search_by(|entry| entry.as_bytes().cmp(target))
        .is_ok()
}
/// Whether `word` (any ASCII case; a Latin-1 capital first, as in
/// `Élodie`, folded too) is in `list`.
pub(crate) fn contains(list: &WordSet, word: &str) -> bool {
    with_small_first(word, |bytes| list.contains(bytes))
}

/// Whether `word` (any ASCII case, a Latin-1 capital first) is a known
/// given name: on the list above, or among the common given names of the
/// generated [`COMMON_GIVEN_NAMES`].
pub(crate) fn is_given_name(word: &str) -> bool {
    with_small_first(word, |bytes| {
        GIVEN_NAMES.contains(bytes) || COMMON_GIVEN_NAMES.contains(bytes)
    })
}

/// `test(word)`, with a Latin-1 capital first letter made small (the word
/// lists fold ASCII themselves; most words need no copy).
fn with_small_first(word: &str, test: impl Fn(&[u8]) -> bool) -> bool {
    if !latin1_capital(word.as_bytes()) {
        return test(word.as_bytes());
    }
    let mut buffer = [0u8; 32];
    small_first(word, &mut buffer).is_some_and(|target| test(target))
}

/// Whether `bytes` start with a Latin-1 capital, À–Þ but not ×: 0xC3 then
/// 0x80–0x9E in UTF-8.
pub(crate) fn latin1_capital(bytes: &[u8]) -> bool {
    matches!(bytes, [0xC3, second @ 0x80..=0x9E, ..] if *second != 0x97)
}

/// `word` copied into `buffer` with a Latin-1 capital first letter made
/// small (0x20 further on in UTF-8: `Élodie` → `élodie`); `None` for a word
/// of 32 bytes or more, which no list holds.
fn small_first<'b>(word: &str, buffer: &'b mut [u8; 32]) -> Option<&'b mut [u8]> {
    let bytes = word.as_bytes();
    let target = buffer.get_mut(..bytes.len())?;
    target.copy_from_slice(bytes);
    if latin1_capital(target) {
        if let Some(second) = target.get_mut(1) {
            *second += 0x20;
        }
    }
    Some(target)
}

/// Words a greeting addresses a group or a role with, not a person ("Dear
/// Customer,", "Liebe Kollegen,", "Estimado Cliente,", "Dear Hiring
/// Manager,"; "Liebe Grüße" is a sign-off).
const ADDRESSEES: &[&str] = &[
    "admin",
    "administrator",
    "all",
    "amici",
    "amiga",
    "amigas",
    "amigo",
    "amigos",
    "applicant",
    "board",
    "candidate",
    "client",
    "cliente",
    "clientes",
    "clienti",
    "clients",
    "colega",
    "colegas",
    "colleague",
    "colleagues",
    "collega",
    "colleghi",
    "collègue",
    "collègues",
    "committee",
    "community",
    "compañero",
    "compañeros",
    "customer",
    "customers",
    "dad",
    "editor",
    "editors",
    "eltern",
    "equipe",
    "equipo",
    "everyone",
    "familie",
    "family",
    "folks",
    "freund",
    "freunde",
    "freundin",
    "friend",
    "friends",
    "gruß",
    "grüße",
    "guys",
    "heer",
    "klant",
    "klanten",
    "kollege",
    "kollegen",
    "kollegin",
    "kolleginnen",
    "kunde",
    "kunden",
    "kundin",
    "leden",
    "leute",
    "madam",
    "madame",
    "manager",
    "member",
    "members",
    "mesdames",
    "messieurs",
    "mevrouw",
    "mitglieder",
    "mom",
    "monsieur",
    "mum",
    "neighbors",
    "neighbours",
    "parents",
    "partner",
    "partners",
    "reader",
    "readers",
    "recruiter",
    "reviewer",
    "reviewers",
    "senhor",
    "senhora",
    "señor",
    "señora",
    "señores",
    "signora",
    "signore",
    "sir",
    "sirs",
    "soci",
    "socio",
    "student",
    "students",
    "support",
    "teacher",
    "team",
    "there",
    "user",
    "users",
    "usuario",
    "usuário",
    "utente",
    "utilisateur",
    "vrienden",
    "world",
];

/// Words that make a name an organization's, a list's or a service's
/// (sorted, lowercase): `Acme Billing`, `Debian Rust Maintainers`,
/// `Stable Kernel`, `Acme Corp` (beside [`ADDRESSEES`]: `Team`, `Support`).
const ORGANIZATION_WORDS: &[&str] = &[
    "account",
    "accounts",
    "alerts",
    "authors",
    "bank",
    "billing",
    "bot",
    "careers",
    "clerk",
    "company",
    "contributors",
    "corp",
    "daemon",
    "department",
    "desk",
    "developers",
    "digest",
    "foundation",
    "gmbh",
    "group",
    "help",
    "helpdesk",
    "inc",
    "info",
    "jobs",
    "kernel",
    "labs",
    "list",
    "llc",
    "ltd",
    "mailer",
    "maintainers",
    "marketing",
    "news",
    "newsletter",
    "notifications",
    "office",
    "officer",
    "orders",
    "payments",
    "project",
    "resources",
    "robot",
    "sales",
    "security",
    "service",
    "services",
    "shop",
    "store",
    "system",
    "systems",
    "the",
    "updates",
];

/// Whether a word names an organization, a list or a service
/// ([`ORGANIZATION_WORDS`]).
pub(crate) fn names_an_organization(word: &str) -> bool {
    in_sorted(ORGANIZATION_WORDS, word)
}

/// Whether a capitalized word may be part of a person's name in a
/// mailbox or after a label: it [`may_be_surname`], and names no group, role
/// or organization ([`ADDRESSEES`], [`ORGANIZATION_WORDS`]).
pub(crate) fn may_name_a_person(word: &str) -> bool {
    may_be_surname(word) && !addresses_a_group(word) && !names_an_organization(word)
}

/// Whether a capitalized word after a greeting names a group or a role
/// ([`ADDRESSEES`]).
pub(crate) fn addresses_a_group(word: &str) -> bool {
    in_sorted(ADDRESSEES, word)
}

/// Whether a capitalized word starts a place's name ([`PLACE_PREFIXES`]).
pub(crate) fn prefixes_a_place(word: &str) -> bool {
    in_sorted(PLACE_PREFIXES, word)
}

/// Whether a capitalized word is a place or a thing ([`PLACES_AND_THINGS`]).
pub(crate) fn names_a_place(word: &str) -> bool {
    in_sorted(PLACES_AND_THINGS, word)
}

/// Whether a capitalized word after a listed given name may be a surname
/// that is not on the list: not a place or thing ([`names_a_place`]), day
/// or common noun ([`AFTER_NAMES`]), nor a German or English noun by its
/// ending (`Entwicklung`, `Gesundheit`, `Möglichkeit`, `Mannschaft`;
/// `Simulation`, `Extension`, `Security`, `Management`).
pub(crate) fn may_be_surname(word: &str) -> bool {
    // `-ung` only from seven letters: `Jung`, `Young` and `Cheung` are
    // surnames, `Meinung` and `Zeitung` nouns; `-ment` from eight, past
    // `Clement`.
    let noun_ending = [
        ("ung", 7),
        ("heit", 6),
        ("keit", 6),
        ("schaft", 7),
        ("tion", 6),
        ("sion", 6),
        ("ity", 6),
        ("ment", 8),
    ]
    .iter()
    .any(|&(suffix, shortest)| {
        word.len() >= shortest
            && word
                .get(word.len() - suffix.len()..)
                .is_some_and(|end| end.eq_ignore_ascii_case(suffix))
    });
    !(noun_ending || in_sorted(AFTER_NAMES, word) || names_a_place(word))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_sorted_lowercase_and_searchable() {
        crate::detect::wordset::assert_valid(&GIVEN_NAMES);
        crate::detect::wordset::assert_valid(&SURNAMES);
        for list in [
            PLACES_AND_THINGS,
            AFTER_NAMES,
            ADDRESSEES,
            PLACE_PREFIXES,
            ORGANIZATION_WORDS,
        ] {
            assert!(list.windows(2).all(|pair| pair[0] < pair[1]), "{list:?}");
            assert!(list.iter().all(|w| w.len() < 32 && w.to_lowercase() == *w));
        }
        assert!(in_sorted(ADDRESSEES, "Grüße") && in_sorted(ADDRESSEES, "CUSTOMER"));
        assert!(in_sorted(AFTER_NAMES, "Zeit") && !in_sorted(AFTER_NAMES, "Zeitgeist"));
        assert!(prefixes_a_place("São") && prefixes_a_place("Sítio") && !prefixes_a_place("Sao"));
        assert!(contains(&GIVEN_NAMES, "JANA"));
        assert!(contains(&SURNAMES, "Nováková"));
        assert!(!contains(&GIVEN_NAMES, "Will"));
        assert!(contains(&GIVEN_NAMES, "Élodie"), "a Latin-1 capital");
        assert!(contains(&GIVEN_NAMES, "ÉLODIE"));
        assert!(!contains(&GIVEN_NAMES, "×lodie"));
    }

    #[test]
    fn common_given_names_are_sorted_and_new() {
        let words = COMMON_GIVEN_NAMES.words();
        assert!(words.len() > 3000, "{}", words.len());
        for pair in words.windows(2) {
            if pair[0].len() == pair[1].len() {
                assert!(pair[0] < pair[1], "{pair:?}");
            }
        }
        for word in &words {
            // Lowercase letters; French names keep their accents (`hélène`).
            assert!(word.chars().all(char::is_lowercase), "{word}");
            assert!(!contains(&GIVEN_NAMES, word), "{word} is on both lists");
        }
        for name in [
            "Kristopher",
            "MADISON",
            "Jessica",
            "Élodie",
            "Jana",
            "Hélène",
            "Gaëlle",
            "Maëlys",
            "Ségolène",
            "Clémence",
            "Grégoire",
        ] {
            assert!(is_given_name(name), "{name}");
        }
        // Common words, places, brands, surnames and acronyms stay off it.
        for word in [
            "Will", "Mark", "Grace", "Hunter", "Dallas", "German", "Santa", "Watson", "Taylor",
            "Johnson", "IBAN", "Neo", "Elif",
        ] {
            assert!(!is_given_name(word), "{word}");
        }
    }

    #[test]
    fn word_names_and_common_surnames_are_sorted_lowercase() {
        for list in [super::WORD_NAMES, super::COMMON_SURNAMES] {
            assert!(list.windows(2).all(|pair| pair[0] < pair[1]));
            assert!(list.iter().all(|word| *word == word.to_lowercase()));
        }
        // Word names are on neither given-name list, so only this rule
        // reads them; each is found in any case, and nothing else is.
        for word in super::WORD_NAMES {
            assert!(!is_given_name(word), "{word}");
            assert!(super::is_word_name(word), "{word}");
            assert!(super::is_word_name(&word.to_uppercase()), "{word}");
        }
        for word in [
            "Tim", "Wil", "Willy", "Mar", "Rosé", "Bil1", "Grace!", "Hopes",
        ] {
            assert!(!super::is_word_name(word), "{word}");
        }
    }

    #[test]
    fn surnames_not_on_the_list() {
        for word in [
            "Novák", "Kowalski", "O'Brien", "Kerrisk", "Jung", "Young", "Cheung", "Clement",
        ] {
            assert!(may_be_surname(word), "{word}");
        }
        for word in [
            "Zeit",
            "Station",
            "Springs",
            "Meinung",
            "Möglichkeit",
            "Monday",
            "Simulation",
            "Extension",
            "Security",
            "Management",
        ] {
            assert!(!may_be_surname(word), "{word}");
        }
    }
}
