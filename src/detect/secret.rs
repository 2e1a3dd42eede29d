//! SECRET: credentials people paste into prompts. Private-key PEM blocks,
//! cloud and SaaS tokens recognised by their prefix (AWS, GitHub, Slack,
//! Stripe, Google, OpenAI/Anthropic-style `sk-`), JWTs, bearer tokens,
//! values after `password=`-like keys, and connection strings that carry a
//! password (`postgres://user:pass@host`).

use super::keywords::{Cue, Hit};
use super::markers::Markers;
use super::{Candidate, Sink};
use crate::entity::EntityType;

fn is_token_byte(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || matches!(byte, b'_' | b'-')
}

/// The length of the run of token bytes (`A-Z a-z 0-9 _ -`) at `pos`.
fn token_len(bytes: &[u8], pos: usize) -> usize {
    bytes
        .get(pos..)
        .unwrap_or_default()
        .iter()
        .take_while(|&&b| is_token_byte(b))
        .count()
}

/// (prefix, shortest remainder, longest remainder, remainder is uppercase and digits only)
const PREFIXES: &[(&str, usize, usize, bool)] = &[
    ("AKIA", 16, 16, true),
    ("ASIA", 16, 16, true),
    ("AIza", 35, 35, false),
    ("ghp_", 36, 255, false),
    ("gho_", 36, 255, false),
    ("ghu_", 36, 255, false),
    ("ghs_", 36, 255, false),
    ("ghr_", 36, 255, false),
    ("github_pat_", 22, 255, false),
    ("glpat-", 20, 255, false),
    ("xoxb-", 10, 255, false),
    ("xoxp-", 10, 255, false),
    ("xoxa-", 10, 255, false),
    ("xoxr-", 10, 255, false),
    ("xoxs-", 10, 255, false),
    ("sk_live_", 16, 255, false),
    ("rk_live_", 16, 255, false),
    ("sk_test_", 16, 255, false),
    ("sk-ant-", 20, 255, false),
    ("sk-proj-", 20, 255, false),
    ("sk-", 20, 255, false),
    ("npm_", 36, 36, false),
    ("hf_", 30, 255, false),
];

/// The most bytes of a value after a secret's key (`password=…`).
const MAX_VALUE_LEN: usize = 512;

/// Keys whose value is a secret, matched at the end of the key name
/// (`DB_PASSWORD`, `user.password`, `client_secret`).
const SECRET_KEYS: &[&str] = &[
    "password",
    "passwd",
    "pwd",
    "pw",
    "pass",
    "passphrase",
    "secret",
    "api_key",
    "apikey",
    "api-key",
    "access_key",
    "secret_key",
    "private_key",
    "token",
    "access_token",
    "refresh_token",
    "auth_token",
    "client_secret",
    "aws_secret_access_key",
    "passwort",
    "kennwort",
    "mot_de_passe",
    "contraseña",
    "contrasena",
    "senha",
    "wachtwoord",
    "passcode",
    // PostgreSQL's and sshpass's variables, written as one word.
    "pgpassword",
    "sshpass",
];

/// Values after a secret-looking key that are code, not secrets.
const CODE_WORDS: &[&str] = &[
    "string",
    "str",
    "bool",
    "boolean",
    "number",
    "null",
    "none",
    "undefined",
    "true",
    "false",
    "self",
    "this",
    "option",
    "result",
    "usize",
    "u8",
    "u16",
    "u32",
    "u64",
    "i32",
    "i64",
    "f64",
    "vec",
    "any",
    "unknown",
    "void",
    "object",
    "required",
    "optional",
    "mut",
    "const",
];

/// What a token starting with two bytes may be.
#[derive(Clone, Copy)]
enum TokenKind {
    /// A key with a known prefix (`AKIA…`, `ghp_…`, `xoxb-…`, `sk_live_…`).
    Prefixed,
    Jwt,
    Bearer,
}

/// The kind of token that may start with bytes `a`, `b`.
const fn token_kind(a: u8, b: u8) -> Option<TokenKind> {
    match (a, b) {
        (b'A', b'K' | b'S' | b'I')
        | (b'g', b'h' | b'i' | b'l')
        | (b'x', b'o')
        | (b's' | b'r', b'k')
        | (b'n', b'p')
        | (b'h', b'f') => Some(TokenKind::Prefixed),
        (b'e', b'y') => Some(TokenKind::Jwt),
        (b'B', b'e' | b'E') | (b'b', b'e') => Some(TokenKind::Bearer),
        _ => None,
    }
}

/// Whether some token kind starts with each byte: most words of a text are
/// turned away by this one look-up.
// Evaluated at compile time: an index out of bounds is a build error.
#[allow(clippy::indexing_slicing)]
const TOKEN_FIRST_BYTES: [bool; 256] = {
    let mut table = [false; 256];
    let mut a = 0;
    while a < 256 {
        let mut b = 0;
        while b < 256 {
            table[a] |= token_kind(a as u8, b as u8).is_some();
            b += 1;
        }
        a += 1;
    }
    table
};

/// The token step of the secret detector, fed each place an ASCII word
/// starts (see [`super::words::for_each_ascii_start`]): a token (a run of
/// `A-Z a-z 0-9 _ -`) starts there unless an `_` or `-` runs into it. Its
/// first two bytes select the few prefixes worth checking.
// Always inlined, the rest never: this runs for every word of a text.
#[inline(always)]
pub(crate) fn token_start(bytes: &[u8], start: usize, out: &mut Sink) {
    let first = bytes.get(start).copied().unwrap_or(0);
    if TOKEN_FIRST_BYTES
        .get(usize::from(first))
        .copied()
        .unwrap_or(false)
    {
        token_at(bytes, start, out);
    }
}

#[inline(never)]
fn token_at(bytes: &[u8], start: usize, out: &mut Sink) {
    let before = start.checked_sub(1).and_then(|at| bytes.get(at));
    let Some(&[a, b]) = bytes.get(start..start + 2) else {
        return;
    };
    if before.is_some_and(|&b| b == b'_' || b == b'-') {
        return;
    }
    match token_kind(a, b) {
        Some(TokenKind::Prefixed) => detect_prefixed(bytes, start, out),
        Some(TokenKind::Jwt) => detect_jwt(bytes, start, out),
        Some(TokenKind::Bearer) => detect_bearer(bytes, start, out),
        None => {}
    }
}

/// The rest of the secret detector, once the spans are seen: PEM blocks
/// (when a span was `BEGIN`), key-value pairs and connection strings.
pub(crate) fn detect_rest(
    view: &str,
    markers: &Markers,
    hits: &[Hit],
    begin_seen: bool,
    out: &mut Sink,
) {
    if begin_seen {
        detect_pem(view, out);
    }
    // Key-value pairs and connection strings hang on `=` and `:`.
    for &separator in &markers.assignments {
        detect_key_value(view.as_bytes(), separator, out);
    }
    for hit in hits {
        match hit.cue {
            Some(Cue::Secret) => detect_stated(view.as_bytes(), hit, out),
            Some(Cue::Code) => detect_code(view.as_bytes(), hit, out),
            _ => {}
        }
    }
}

/// What may stand between a PIN's or security code's word and its digits
/// (`PIN-Code: 4821`, `pin number is 4821`, `CVV# 381`), longest first
/// where one begins another.
const CODE_CONNECTORS: [&[u8]; 10] = [
    b"-code", b" code", b" number", b" no.", b" nr.", b" is", b":", b"=", b"#", b" ",
];

/// The digits of a PIN (four to eight) or of a card's security code (three
/// or four) after its word: a number of that length alone, not a piece of a
/// longer one, a version or a date.
fn detect_code(bytes: &[u8], hit: &Hit, out: &mut Sink) {
    let word = bytes.get(hit.start..hit.end).unwrap_or_default();
    // `pin`, `pincode`, `Geheimzahl`; the rest are security codes.
    let pin = matches!(word.first(), Some(b'p' | b'P' | b'g' | b'G'));
    let (fewest, most) = if pin { (4, 8) } else { (3, 4) };
    let mut start = hit.end;
    for _ in 0..4 {
        let rest = bytes.get(start..).unwrap_or_default();
        let Some(connector) = CODE_CONNECTORS.iter().find(|connector| {
            rest.get(..connector.len())
                .is_some_and(|head| head.eq_ignore_ascii_case(connector))
        }) else {
            break;
        };
        start += connector.len();
    }
    let rest = bytes.get(start..).unwrap_or_default();
    let len = rest
        .iter()
        .take(most + 1)
        .take_while(|b| b.is_ascii_digit())
        .count();
    let continued = match rest.get(len..).unwrap_or_default() {
        [next, ..] if next.is_ascii_alphanumeric() || *next == b'_' => true,
        [b'.' | b',' | b'/' | b'-' | b':', next, ..] => next.is_ascii_digit(),
        _ => false,
    };
    if (fewest..=most).contains(&len) && !continued {
        out.push(Candidate::new(EntityType::SECRET, start, start + len, 0.85));
    }
}

/// The verbs that state a secret after its word, in the supported
/// languages (`my password is …`, `Passwort ist …`, `mot de passe est …`,
/// `contraseña es …`, `senha é …`), longest first where one begins another.
const STATING: [&[u8]; 7] = [
    b" is: ",
    b" is ",
    // `changed my password to hunter22`
    b" to ",
    b" ist ",
    b" est ",
    b" es ",
    " é ".as_bytes(),
];

/// Whether `mot de ` stands just before `start`: French writes its
/// password `mot de passe`, and `passe` alone is a verb (`ce qui se passe
/// : …`).
fn after_mot_de(bytes: &[u8], start: usize) -> bool {
    start.checked_sub(7).is_some_and(|at| {
        bytes
            .get(at..start)
            .is_some_and(|before| before.eq_ignore_ascii_case(b"mot de "))
    })
}

/// Password words of Chinese, Japanese and Korean, which those texts run
/// into the words around them (`我的密码是hunter2!`, `パスワードはabc123です`):
/// the cue pass seldom sees them alone.
const UNSPACED_SECRET_WORDS: [&str; 6] =
    ["密码", "密碼", "口令", "パスワード", "暗証番号", "비밀번호"];

/// What links such a word to its value in the same script: `is` (是, 为,
/// 為), the topic and subject particles (は, が, 는, 은).
const UNSPACED_LINKS: [&str; 7] = ["是", "为", "為", "は", "が", "는", "은"];

/// `我的密码是hunter2!`, `パスワード: abc123`: a secret stated after a
/// password word of a script written without spaces, read as
/// [`detect_stated`] reads one, in the span `start..end` of the word pass
/// (one that holds such characters): where a Latin letter or digit follows
/// its text, and after it.
#[inline(never)]
pub(crate) fn detect_unspaced_stated(bytes: &[u8], start: usize, end: usize, out: &mut Sink) {
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    let text = bytes.get(start..end).unwrap_or_default();
    let mut offset = 0;
    // Eight bytes at a time: a span of Chinese or Japanese holds few
    // ASCII bytes. (Not `words::for_each_ascii_start`, which finds the same
    // places: a second caller of it moved the word pass's own copy out of
    // line, +4% instructions on the dense text.)
    for chunk in text.chunks(8) {
        let all_beyond_ascii = <[u8; 8]>::try_from(chunk)
            .is_ok_and(|eight| u64::from_ne_bytes(eight) & HIGHS == HIGHS);
        if !all_beyond_ascii {
            for (index, &byte) in chunk.iter().enumerate() {
                let at = offset + index;
                let after_unspaced = at
                    .checked_sub(1)
                    .and_then(|before| text.get(before))
                    .is_some_and(|&before| before >= 0x80);
                if byte.is_ascii_alphanumeric() && after_unspaced {
                    stated_after(bytes, start + at, out);
                }
            }
        }
        offset += chunk.len();
    }
    stated_after(bytes, end, out);
}

/// Reports the secret stated from `end` on when a password word, perhaps
/// with a link, ends there.
fn stated_after(bytes: &[u8], end: usize, out: &mut Sink) {
    let before = bytes.get(..end).unwrap_or_default();
    // Most places end with a byte no word or link ends with.
    let Some(&last) = before.last() else {
        return;
    };
    if !UNSPACED_SECRET_WORDS
        .iter()
        .chain(&UNSPACED_LINKS)
        .any(|word| word.as_bytes().last() == Some(&last))
    {
        return;
    }
    let before = UNSPACED_LINKS
        .iter()
        .find_map(|link| before.strip_suffix(link.as_bytes()))
        .unwrap_or(before);
    if !UNSPACED_SECRET_WORDS
        .iter()
        .any(|word| before.ends_with(word.as_bytes()))
    {
        return;
    }
    // A colon (a full-width one is folded) and spaces may follow.
    let start = end
        + bytes
            .get(end..)
            .unwrap_or_default()
            .iter()
            .take(3)
            .take_while(|&&b| matches!(b, b':' | b' '))
            .count();
    stated_value_at(bytes, start, Stated::Unspaced, out);
}

/// The most bytes of a secret stated in prose.
const MAX_STATED_LEN: usize = 128;

/// `my password is hunter2`: a secret stated in a sentence after its word
/// (the hit). Prose says far more about passwords than it gives them away
/// (`the password is incorrect`, `is 8 characters long`, `is ********`), so
/// the value must look made up: one word of four or more bytes with a
/// digit or a mark in it, not a placeholder, a variable or a mask.
fn detect_stated(bytes: &[u8], hit: &Hit, out: &mut Sink) {
    let word = bytes.get(hit.start..hit.end).unwrap_or_default();
    if word.eq_ignore_ascii_case(b"passe") && !after_mot_de(bytes, hit.start) {
        return;
    }
    let after = bytes.get(hit.end..).unwrap_or_default();
    let Some(verb) = STATING.iter().find(|verb| {
        after
            .get(..verb.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(verb))
    }) else {
        // `username jdoe password Tr0ub4dor&3`: the value right after its
        // word, with no verb, if it mixes letters and digits; the word a
        // word of prose (not `GET /channel?passwd HTTP/1.1` in a test).
        let in_prose = hit.start == 0
            || bytes
                .get(hit.start - 1)
                .is_some_and(u8::is_ascii_whitespace);
        if in_prose && after.first() == Some(&b' ') {
            stated_value_at(bytes, hit.end + 1, Stated::Bare, out);
        }
        return;
    };
    stated_value_at(bytes, hit.end + verb.len(), Stated::Spaced, out);
}

/// How a secret is stated, for [`stated_value_at`].
#[derive(Clone, Copy, PartialEq)]
enum Stated {
    /// After a verb or a colon, in a script written with spaces.
    Spaced,
    /// In a script written without spaces, whose next word ends an
    /// unquoted value.
    Unspaced,
    /// Right after its word, with no verb: only a value of six or more
    /// bytes with digits and lower-case letters (`password reset`,
    /// `password SHA256`, `password 123456` stay).
    Bare,
}

/// Reports the secret stated from `start` on if it looks made up (see
/// [`detect_stated`]).
fn stated_value_at(bytes: &[u8], mut start: usize, stated: Stated, out: &mut Sink) {
    let unspaced = stated == Stated::Unspaced;
    let quote = bytes
        .get(start)
        .copied()
        .filter(|b| matches!(b, b'"' | b'\'' | b'`'));
    if quote.is_some() {
        start += 1;
    }
    let len = bytes
        .get(start..)
        .unwrap_or_default()
        .iter()
        .take(MAX_STATED_LEN + 1)
        .take_while(|&&b| match quote {
            Some(q) => b != q && b != b'\n',
            None => !(b.is_ascii_whitespace() || b.is_ascii_control() || (unspaced && b >= 0x80)),
        })
        .count();
    if len > MAX_STATED_LEN {
        return;
    }
    let mut value = bytes.get(start..start + len).unwrap_or_default();
    // In HTML, an entity closes the sentence's string (`printf(&quot;Password
    // is correct.&quot;);`).
    let entity_at = |at: usize| {
        let rest = value.get(at..).unwrap_or_default();
        rest.first() == Some(&b'&')
            && [&b"&quot;"[..], b"&amp;", b"&lt;", b"&gt;", b"&#"]
                .iter()
                .any(|entity| rest.starts_with(entity))
    };
    if let Some(entity) = (0..value.len()).find(|&at| entity_at(at)) {
        value = value.get(..entity).unwrap_or_default();
    }
    // Unquoted, the sentence's punctuation is not the secret's (but `!`,
    // which ends passwords as often as sentences, is kept: covering too
    // much is safe).
    if quote.is_none() {
        while let [rest @ .., b'.' | b',' | b';' | b':' | b'?' | b')' | b'"' | b'\''] = value {
            value = rest;
        }
    }
    let made_up = value.iter().any(|b| !b.is_ascii_alphabetic());
    let masked = value
        .iter()
        .all(|&b| matches!(b, b'*' | b'x' | b'X' | b'.' | b'#'));
    let code_like = matches!(
        value.first(),
        Some(b'*' | b'&' | b'$' | b'%' | b'(' | b'[' | b'{' | b'<' | b'\\')
    ) || value.windows(3).any(|w| w == b"://")
        || names_a_secret_variable(value);
    let bare_enough = stated != Stated::Bare
        || (value.len() >= 6
            && value.iter().any(u8::is_ascii_digit)
            && value.iter().any(u8::is_ascii_lowercase)
            && !value.contains(&b'\\'));
    if value.len() >= 4
        && made_up
        && bare_enough
        && !masked
        && !code_like
        && !names_a_placeholder(value)
    {
        out.push(Candidate::new(
            EntityType::SECRET,
            start,
            start + value.len(),
            0.8,
        ));
    }
}

fn detect_prefixed(bytes: &[u8], start: usize, out: &mut Sink) {
    let len = token_len(bytes, start);
    let Some(token) = bytes.get(start..start + len) else {
        return;
    };
    let Some(&(prefix, min, max, upper)) = PREFIXES
        .iter()
        .find(|(prefix, ..)| token.starts_with(prefix.as_bytes()))
    else {
        return;
    };
    let rest = token.get(prefix.len()..).unwrap_or_default();
    // Random remainders: AWS ids are 16 of `A-Z2-7` (a digit is likely,
    // not certain); the others mix digits or both cases. A remainder of one
    // case and no digit (`sk-my-placeholder-value`) is a word, not a key.
    let random_looking = rest.iter().any(u8::is_ascii_digit)
        || upper
        || (rest.iter().any(u8::is_ascii_uppercase) && rest.iter().any(u8::is_ascii_lowercase));
    let shape = (min..=max).contains(&rest.len())
        && (!upper
            || rest
                .iter()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit()))
        && random_looking;
    if shape {
        out.push(Candidate::new(EntityType::SECRET, start, start + len, 0.95));
    }
}

fn detect_jwt(bytes: &[u8], start: usize, out: &mut Sink) {
    if !bytes
        .get(start..)
        .is_some_and(|rest| rest.starts_with(b"eyJ"))
    {
        return;
    }
    let mut end = start;
    let mut parts = 0;
    loop {
        let len = bytes
            .get(end..)
            .unwrap_or_default()
            .iter()
            .take_while(|&&b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
            .count();
        end += len;
        parts += 1;
        if parts == 3 || bytes.get(end) != Some(&b'.') {
            break;
        }
        end += 1;
    }
    let header_and_payload = bytes
        .get(start..end)
        .is_some_and(|jwt| jwt.windows(4).any(|w| w == b".eyJ"));
    if parts >= 2 && header_and_payload && end - start >= 20 {
        out.push(Candidate::new(EntityType::SECRET, start, end, 0.95));
    }
}

fn detect_bearer(bytes: &[u8], start: usize, out: &mut Sink) {
    let keyword = b"bearer ";
    if !bytes
        .get(start..start + keyword.len())
        .is_some_and(|w| w.eq_ignore_ascii_case(keyword))
    {
        return;
    }
    let token_start = start + keyword.len();
    let len = bytes
        .get(token_start..)
        .unwrap_or_default()
        .iter()
        .take_while(|&&b| {
            b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b'+' | b'/' | b'=')
        })
        .count();
    let token = bytes
        .get(token_start..token_start + len)
        .unwrap_or_default();
    if len >= 16 && token.iter().any(u8::is_ascii_digit) {
        out.push(Candidate::new(
            EntityType::SECRET,
            token_start,
            token_start + len,
            0.9,
        ));
    }
}

/// `PascalCase` without digits: a type name in source code.
fn is_type_name(value: &[u8]) -> bool {
    value.first().is_some_and(u8::is_ascii_uppercase)
        && value.iter().skip(1).any(u8::is_ascii_uppercase)
        && value.iter().all(u8::is_ascii_alphabetic)
}

/// Bit `b` set for each ASCII byte `b` that one of the [`SECRET_KEYS`]
/// ends in.
// Evaluated at compile time: an index out of bounds is a build error.
#[allow(clippy::indexing_slicing)]
const SECRET_KEY_LAST_BYTES: u128 = {
    let mut mask = 0;
    let mut index = 0;
    while index < SECRET_KEYS.len() {
        let key = SECRET_KEYS[index].as_bytes();
        let last = key[key.len() - 1];
        assert!(last.is_ascii_lowercase());
        mask |= 1 << last;
        index += 1;
    }
    mask
};

/// Whether `name` (a key) ends with one of the [`SECRET_KEYS`]: short ones
/// (`pass`, `pwd`) only as the whole name or after `_` (`DB_PASS`,
/// `MYSQL_PWD`; `user.pass` and `bypass-pass` are something else).
fn names_a_secret(name: &[u8]) -> bool {
    // Most names (`http`, a time's `12`) end in a byte no key ends in.
    let last = name.last().map_or(0, u8::to_ascii_lowercase);
    if last >= 0x80 || SECRET_KEY_LAST_BYTES & (1 << last) == 0 {
        return false;
    }
    SECRET_KEYS.iter().any(|secret| {
        let Some(split) = name.len().checked_sub(secret.len()) else {
            return false;
        };
        name.get(split..)
            .is_some_and(|tail| tail.eq_ignore_ascii_case(secret.as_bytes()))
            && match split.checked_sub(1).and_then(|at| name.get(at)) {
                None | Some(b'_') => true,
                Some(b'-' | b'.') => secret.len() > 4,
                Some(_) => false,
            }
    })
}

/// Whether `value` is a variable or field path (`self.token`,
/// `node.semi_token`, `client_secret`) whose last name is a secret's. (A
/// bare word such as `secret` may be the password itself.)
fn names_a_secret_variable(value: &[u8]) -> bool {
    // An element of one: `f.token[0]`.
    let value = value
        .strip_suffix(b"]")
        .and_then(|v| {
            let open = v.iter().rposition(|&b| b == b'[')?;
            let index = v.get(open + 1..)?;
            let element = !index.is_empty() && index.iter().all(u8::is_ascii_digit);
            element.then(|| v.get(..open)).flatten()
        })
        .unwrap_or(value);
    let identifier_path = value
        .iter()
        .all(|&b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.'));
    let Some(last) = value.rsplit(|&b| b == b'.').next() else {
        return false;
    };
    let variable = last.len() < value.len() || last.contains(&b'_');
    identifier_path && variable && names_a_secret(last)
}

/// Keywords that declare the name after them in source code.
const DECLARING: &[&[u8]] = &[
    b"let",
    b"const",
    b"var",
    b"static",
    b"pub",
    b"mut",
    b"val",
    b"private",
    b"public",
    b"protected",
    b"readonly",
    b"final",
];

/// Whether a declaring keyword stands just before the key starting at
/// `key_start` (`let token`, `pub const SYS_memfd_secret`).
fn declared(bytes: &[u8], key_start: usize) -> bool {
    let before = bytes.get(..key_start).unwrap_or_default();
    let trimmed = before.len() - before.iter().rev().take_while(|&&b| b == b' ').count();
    if trimmed == before.len() {
        return false;
    }
    let word_len = before
        .get(..trimmed)
        .unwrap_or_default()
        .iter()
        .rev()
        .take_while(|b| b.is_ascii_alphabetic())
        .count();
    before
        .get(trimmed - word_len..trimmed)
        .is_some_and(|word| DECLARING.contains(&word))
}

/// Keys of a user name and password given as a pair (`Login: jdoe /
/// Pa$$w0rd2024!`, `credentials: admin/S3cret!99`).
const LOGIN_KEYS: [&[u8]; 4] = [b"login", b"logon", b"credentials", b"creds"];

/// What joins a user name to its password in a pair, longest first where
/// one begins another.
const PAIR_JOINTS: [&[u8]; 6] = [b" / ", b" : ", b" | ", b"/", b":", b"|"];

/// The password of a user name and password pair from `start` (after a
/// [`LOGIN_KEYS`] key's separator), if it looks made up as a stated one
/// must (`Login: Settings / Account` is a path).
fn detect_login_pair(bytes: &[u8], mut start: usize, out: &mut Sink) {
    while bytes.get(start) == Some(&b' ') {
        start += 1;
    }
    let user_len = bytes
        .get(start..)
        .unwrap_or_default()
        .iter()
        .take(65)
        .take_while(|&&b| {
            b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-' | b'@' | b'+')
        })
        .count();
    if user_len == 0 || user_len > 64 {
        return;
    }
    let rest = bytes.get(start + user_len..).unwrap_or_default();
    if let Some(joint) = PAIR_JOINTS.iter().find(|joint| rest.starts_with(joint)) {
        stated_value_at(bytes, start + user_len + joint.len(), Stated::Spaced, out);
    }
}

/// `password=hunter2`, `"api_key": "…"`, `PWD: s3cr3t`, `postgres://u:p@h`.
fn detect_key_value(bytes: &[u8], separator: usize, out: &mut Sink) {
    if bytes.get(separator) == Some(&b':') && bytes.get(separator + 1..separator + 3) == Some(b"//")
    {
        detect_connection_string(bytes, separator, out);
        return;
    }
    // `Token::Map`, `a == b`, `x <= y`, `key != value`, `a => b`: paths,
    // comparisons and arrows. (A `!` after the separator starts a value:
    // `password=!x9#…`.)
    let after = bytes.get(separator + 1);
    let before = separator.checked_sub(1).and_then(|i| bytes.get(i));
    if matches!(after, Some(b':' | b'=' | b'<' | b'>'))
        || matches!(before, Some(b':' | b'=' | b'!' | b'<' | b'>'))
    {
        return;
    }
    // `token "=" ( token / quoted-string )` in a grammar: the separator
    // quoted alone is a literal, no assignment (`{"password":"x"}` and
    // `"password"="x"` are).
    let alone = |at: Option<usize>| at.and_then(|i| bytes.get(i)).is_none_or(|&b| b == b' ');
    if matches!(
        (before, after),
        (Some(b'"'), Some(b'"')) | (Some(b'\''), Some(b'\''))
    ) && alone(separator.checked_sub(2))
        && alone(Some(separator + 2))
    {
        return;
    }
    // The key: the name before the separator, skipping a closing quote and spaces.
    let mut key_end = separator;
    while key_end > 0 && matches!(bytes.get(key_end - 1), Some(b' ' | b'"' | b'\'')) {
        key_end -= 1;
    }
    let key_len = bytes
        .get(..key_end)
        .unwrap_or_default()
        .iter()
        .rev()
        .take(40)
        .take_while(|&&b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.') || b >= 0x80)
        .count();
    let key_start = key_end - key_len;
    let Some(key) = bytes.get(key_start..key_end) else {
        return;
    };
    // `PASS: gdb.base/…` in capitals is a test's verdict in a log.
    let mot_de_passe = key.eq_ignore_ascii_case(b"passe") && after_mot_de(bytes, key_start);
    if !(names_a_secret(key) || mot_de_passe) || key == b"PASS" {
        // (Lengths first: this runs for every other key of a text.)
        if matches!(key.len(), 5 | 11)
            && LOGIN_KEYS
                .iter()
                .any(|login| login.eq_ignore_ascii_case(key))
        {
            detect_login_pair(bytes, separator + 1, out);
        }
        return;
    }
    // The key and its separator quoted together are named, not assigned:
    // `removed from the 'passwd:' and 'group:' lines`.
    let quoted_key = key_end == separator
        && key_start
            .checked_sub(1)
            .and_then(|at| bytes.get(at))
            .is_some_and(|&q| matches!(q, b'"' | b'\'') && after == Some(&q));
    if quoted_key {
        return;
    }
    // The value: after spaces and an opening quote, up to the closing quote or
    // a delimiter.
    let mut start = separator + 1;
    while matches!(bytes.get(start), Some(b' ' | b'>')) {
        start += 1;
    }
    let opening = bytes
        .get(start)
        .copied()
        .filter(|b| matches!(b, b'"' | b'\''));
    if opening.is_some() {
        start += 1;
    }
    let value_len = |quote: Option<u8>| {
        bytes
            .get(start..)
            .unwrap_or_default()
            .iter()
            .take(MAX_VALUE_LEN + 1)
            .take_while(|&&b| match quote {
                Some(q) => b != q && b != b'\n',
                None => {
                    !b.is_ascii_whitespace()
                        && !b.is_ascii_control()
                        && !matches!(b, b'"' | b'\'' | b',' | b';' | b'&' | b'<' | b')' | b'}')
                }
            })
            .count()
    };
    // The value runs to its closing quote on the line; with none, up to a
    // delimiter as if unquoted (`"Cfg does not pass: ", stringify!(…)`:
    // the quote closes a string, and no value follows).
    let quoted = opening.and_then(|q| {
        let len = value_len(Some(q));
        (bytes.get(start + len) == Some(&q)).then_some((q, len))
    });
    let (quote, len) = match quoted {
        Some((q, len)) => (Some(q), len),
        None => (None, value_len(None)),
    };
    // Longer than any credential: cut at the limit, its end would depend on
    // where the value starts, and each redaction of the output would take
    // the next piece (fuzzing found a value eaten over the rounds).
    if len > MAX_VALUE_LEN {
        return;
    }
    let Some(value) = bytes.get(start..start + len) else {
        return;
    };
    let masked = value
        .iter()
        .all(|&b| matches!(b, b'*' | b'x' | b'X' | b'.' | b'<' | b'>'));
    // A key's name as the value is a placeholder, no credential: `PWD=`pwd``
    // (the shell's command), `passwd: password updated` (a message),
    // `--auth-password=password`.
    let unquoted = value
        .strip_prefix(b"`")
        .map_or(value, |v| v.strip_suffix(b"`").unwrap_or(v));
    // A field of a colon-separated format (`pw_name:pw_passwd:pw_uid:…`,
    // `login_name:passwd:UID:GID:…`): the value is the next field names.
    let field_list = quote.is_none()
        && key_start
            .checked_sub(1)
            .is_some_and(|at| bytes.get(at) == Some(&b':'))
        && value.contains(&b':');
    let placeholder =
        field_list || unquoted.eq_ignore_ascii_case(key) || names_a_placeholder(unquoted);
    // A bare value in source code: the key is declared (`let token =`,
    // `pub frag_token: __u32`), the value a macro (`Token![=]`), a generic
    // type (`Zeroizing<…>`), or a variable named for what it holds
    // (`self.token`, `node.semi_token`, `client_secret`).
    let code = quote.is_none()
        && (declared(bytes, key_start)
            || value.windows(2).any(|w| w == b"![" || w == b"!(")
            || bytes.get(start + len) == Some(&b'<')
            || names_a_secret_variable(value));
    // Code, not credentials: pointer and reference types, hex constants,
    // type names and calls after `token:` or `password =` in source.
    // Where the secret is to be read from, not the secret: OpenSSL's
    // `-passin pass:env:MYPASS`, `file:`, `fd:`.
    let reference = [&b"env:"[..], b"file:", b"fd:"]
        .iter()
        .any(|prefix| value.starts_with(prefix));
    // A variable's value read in (`$password`, `` `$PASS` ``, `%PASSWORD%`).
    let code_like = reference
        || matches!(
            unquoted.first(),
            Some(b'*' | b'&' | b'$' | b'(' | b'[' | b'{' | b'\\')
        )
        || (unquoted.len() > 2 && unquoted.starts_with(b"%") && unquoted.ends_with(b"%"))
        || value
            .strip_prefix(b"0x")
            .is_some_and(|digits| digits.iter().all(|&b| b.is_ascii_hexdigit() || b == b'_'))
        || CODE_WORDS
            .iter()
            .any(|word| value.eq_ignore_ascii_case(word.as_bytes()))
        || value.ends_with(b"()")
        || (quote.is_none() && (value.windows(2).any(|w| w == b"::") || value.contains(&b'(')))
        || (quote.is_none() && is_type_name(value));
    // A token is issued by a machine: random, with digits or capitals. One
    // of lowercase words, dotted, joined by `_` or short, is a name
    // (`{token: "keyword.operator"}`, `{token: "identifier"}` in an editor's
    // grammar, `a.token+` in minified code).
    let token_key = key.len() >= 5
        && key
            .get(key.len() - 5..)
            .is_some_and(|tail| tail.eq_ignore_ascii_case(b"token"));
    let named = token_key
        && (value.contains(&b'.') || value.contains(&b'_') || value.len() <= 12)
        && !value
            .iter()
            .any(|b| b.is_ascii_digit() || b.is_ascii_uppercase());
    let strong = quote.is_some() || len >= 8 || value.iter().any(|b| !b.is_ascii_alphabetic());
    if len >= 4 && !masked && !code_like && !code && !named && strong && !placeholder {
        out.push(Candidate::new(EntityType::SECRET, start, start + len, 0.85));
    }
}

/// Words written before a secret's key word in a placeholder value
/// (`fakepassword`, `your_password`).
const PLACEHOLDER_WORDS: &[&[u8]] = &[
    b"dummy", b"example", b"fake", b"my", b"new", b"old", b"sample", b"some", b"test", b"the",
    b"your",
];

/// Whether a value names a secret rather than being one: a key word, alone
/// or as the last of letters joined by `-` or `_` (`password`,
/// `my-secret`, `db_password`), or glued to a placeholder word
/// (`fakepassword`, `yourpassword`). Digits or other marks make it a
/// value (`hunter2`, `pwd2`, `my_secret_token_123`).
fn names_a_placeholder(value: &[u8]) -> bool {
    // A manual page escapes its dashes (`my\-secret`): a `\` before a dash
    // is read as part of it (the key word still follows a dash).
    let letters = value.iter().enumerate().all(|(at, &b)| {
        b.is_ascii_alphabetic()
            || matches!(b, b'-' | b'_')
            || (b == b'\\' && value.get(at + 1) == Some(&b'-'))
    });
    if !letters {
        return false;
    }
    names_a_secret(value)
        || PLACEHOLDER_WORDS.iter().any(|word| {
            value.len() > word.len()
                && value
                    .get(..word.len())
                    .is_some_and(|head| head.eq_ignore_ascii_case(word))
                && value.get(word.len()..).is_some_and(names_a_secret)
        })
}

/// `scheme://user:password@host…` for any scheme: the whole string.
fn detect_connection_string(bytes: &[u8], colon: usize, out: &mut Sink) {
    let scheme_len = bytes
        .get(..colon)
        .unwrap_or_default()
        .iter()
        .rev()
        .take(20)
        .take_while(|&&b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'.' | b'-'))
        .count();
    let start = colon - scheme_len;
    let authority_start = colon + 3;
    let authority_len = bytes
        .get(authority_start..)
        .unwrap_or_default()
        .iter()
        .take(512)
        .take_while(|&&b| {
            !b.is_ascii_whitespace() && !matches!(b, b'/' | b'"' | b'\'' | b'<' | b'>')
        })
        .count();
    let Some(authority) = bytes.get(authority_start..authority_start + authority_len) else {
        return;
    };
    let Some(at) = authority.iter().rposition(|&b| b == b'@') else {
        return;
    };
    // `user:@host` and `:@host` hold no password.
    let has_password = authority.get(..at).is_some_and(|user_info| {
        user_info
            .iter()
            .position(|&b| b == b':')
            .is_some_and(|colon| colon + 1 < user_info.len())
    });
    if scheme_len == 0 || !has_password {
        return;
    }
    let end = authority_start
        + authority_len
        + bytes
            .get(authority_start + authority_len..)
            .unwrap_or_default()
            .iter()
            .take_while(|&&b| !b.is_ascii_whitespace() && !matches!(b, b'"' | b'\'' | b'<' | b'>'))
            .count();
    let mut end = end;
    while end > start && matches!(bytes.get(end - 1), Some(b'.' | b',' | b';' | b')')) {
        end -= 1;
    }
    out.push(Candidate::new(EntityType::SECRET, start, end, 0.95));
}

/// `-----BEGIN … PRIVATE KEY-----` to the matching END line, or to the end of
/// the text when the block is cut off (the rest cannot be told apart).
fn detect_pem(view: &str, out: &mut Sink) {
    let mut from = 0;
    while let Some(offset) = view.get(from..).and_then(|rest| rest.find("-----BEGIN ")) {
        let start = from + offset;
        let header_end = view
            .get(start + 11..)
            .and_then(|rest| rest.find("-----"))
            .map(|i| start + 11 + i + 5);
        let Some(header_end) = header_end else { return };
        let label = view.get(start + 11..header_end - 5).unwrap_or("");
        from = header_end;
        if !label.ends_with("PRIVATE KEY")
            && label != "OPENSSH PRIVATE KEY"
            && !label.contains("PRIVATE")
        {
            continue;
        }
        let end_marker = format!("-----END {label}-----");
        let end = view
            .get(header_end..)
            .and_then(|rest| rest.find(&end_marker))
            .map_or(view.len(), |i| header_end + i + end_marker.len());
        out.push(Candidate::new(EntityType::SECRET, start, end, 0.99));
        from = end;
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::found;
    use super::{names_a_secret, SECRET_KEYS};

    #[test]
    fn every_secret_key_names_a_secret_in_any_case_and_after_a_prefix() {
        for key in SECRET_KEYS {
            let upper = key.to_ascii_uppercase();
            assert!(names_a_secret(key.as_bytes()), "{key}");
            assert!(names_a_secret(upper.as_bytes()), "{upper}");
            if key.len() > 4 {
                let prefixed = format!("db_{key}");
                assert!(names_a_secret(prefixed.as_bytes()), "{prefixed}");
            }
        }
        for name in ["http", "12", "INFO", "passes", "tokens", "", "ñ"] {
            assert!(!names_a_secret(name.as_bytes()), "{name}");
        }
    }

    #[test]
    fn positives() {
        let rows = [
            ("key AKIAIOSFODNN7EXAMPLE ok", "AKIAIOSFODNN7EXAMPLE"),
            // Random remainders need not hold a digit.
            ("key AKIAQWERTYUIOPASDFGH ok", "AKIAQWERTYUIOPASDFGH"),
            (
                "sk_live_aBcDeFgHiJkLmNoPqRsTuVwX",
                "sk_live_aBcDeFgHiJkLmNoPqRsTuVwX",
            ),
            ("AIzaSyA1234567890abcdefghijklmnopqrstuv", "AIzaSyA1234567890abcdefghijklmnopqrstuv"),
            ("token ghp_1234567890abcdefghijklmnopqrstuvwxyzAB", "ghp_1234567890abcdefghijklmnopqrstuvwxyzAB"),
            ("xoxb-1234567890-abcdefghij", "xoxb-1234567890-abcdefghij"),
            ("sk_live_4eC39HqLyjWDarjtT1zdp7dc", "sk_live_4eC39HqLyjWDarjtT1zdp7dc"),
            ("OPENAI_API_KEY sk-proj-abc123def456ghi789jkl012", "sk-proj-abc123def456ghi789jkl012"),
            ("sk-ant-api03-abcdefghij0123456789", "sk-ant-api03-abcdefghij0123456789"),
            (
                "jwt eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U end",
                "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U",
            ),
            ("Authorization: Bearer abcDEF123456ghiJKL789", "abcDEF123456ghiJKL789"),
            ("password=hunter2", "hunter2"),
            ("password=`hunter2`", "`hunter2`"),
            ("pwd=`pwd2`", "`pwd2`"),
            ("DB_PASSWORD: 'correct horse'", "correct horse"),
            ("{\"api_key\": \"a1b2c3d4\"}", "a1b2c3d4"),
            ("Passwort: Sommer2024!", "Sommer2024!"),
            // Right after its word, or after `to`.
            ("username jdoe password Tr0ub4dor&3", "Tr0ub4dor&3"),
            ("I changed my password to hunter22.", "hunter22"),
            // A user name and password as a pair.
            ("Login: jdoe / Pa$$w0rd2024!", "Pa$$w0rd2024!"),
            ("credentials: admin/S3cret!99", "S3cret!99"),
            ("creds: jane@example.com:Winter2024", "Winter2024"),
            ("let password = \"hunter2\";", "hunter2"),
            ("password: hunter_2", "hunter_2"),
            ("password=correct-horse", "correct-horse"),
            ("password=passwordless", "passwordless"),
            ("password: mysecret2", "mysecret2"),
            ("password=!46#i%lup13y", "!46#i%lup13y"),
            ("password=0xg3%uft6gmf", "0xg3%uft6gmf"),
            ("password=envy:Ab3!", "envy:Ab3!"),
            ("password=my\\secret", "my\\secret"),
            ("db:password:hunter2", "hunter2"),
            ("password:hunter2:x", "hunter2:x"),
            ("token: my_secret_token_123", "my_secret_token_123"),
            ("auth_token=a1b2.c3d4.e5f6", "a1b2.c3d4.e5f6"),
            ("token: \"qwhzpkvbtrmxlsnd\"", "qwhzpkvbtrmxlsnd"),
            ("token=values[0]x", "values[0]x"),
            ("password: correct.horse.battery", "correct.horse.battery"),
            ("Server=db;Password=Sup3rSecret;", "Sup3rSecret"),
            ("postgres://admin:s3cret@db.internal:5432/app", "postgres://admin:s3cret@db.internal:5432/app"),
            ("ftp://user:pass@files.example.com/x", "ftp://user:pass@files.example.com/x"),
            (
                "-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA\n-----END RSA PRIVATE KEY-----",
                "-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA\n-----END RSA PRIVATE KEY-----",
            ),
            ("-----BEGIN PRIVATE KEY-----\nMIIEvQ (cut", "-----BEGIN PRIVATE KEY-----\nMIIEvQ (cut"),
            // A quote that never closes is left out of the value.
            ("password: \"hunter2", "hunter2"),
            ("password: 'hunter2 and more\nnext", "hunter2"),
            ("{\"password\":\"hunter2\"}", "hunter2"),
            ("\"password\"=\"hunter2\"", "hunter2"),
            ("{'password':'hunter2'}", "hunter2"),
            // Stated in a sentence.
            ("my password is hunter2, why can't I log in?", "hunter2"),
            ("The password is: \"Sommer2024!\".", "Sommer2024!"),
            ("Mein Passwort ist geheim123.", "geheim123"),
            ("mon mot de passe est soleil42", "soleil42"),
            ("mi contraseña es secreto_9", "secreto_9"),
            ("minha senha é segredo123", "segredo123"),
            ("mijn wachtwoord is Geheim!7", "Geheim!7"),
            // Run into Chinese, Japanese or Korean words.
            ("我的密码是hunter2!谢谢", "hunter2!"),
            ("密码：Sommer2024", "Sommer2024"),
            ("私のパスワードはabc123です", "abc123"),
            ("パスワード: \"p@ss w0rd\"", "p@ss w0rd"),
            ("暗証番号は4821です", "4821"),
            ("제 비밀번호는 qwerty99입니다", "qwerty99"),
            ("the wifi passphrase is 8472-9911", "8472-9911"),
            ("mot de passe : soleil42", "soleil42"),
            ("Mot de passe: Soleil42", "Soleil42"),
            ("senha: segredo123", "segredo123"),
            ("wachtwoord=geheim123", "geheim123"),
            ("passcode: 482193", "482193"),
            ("pw: hunter2!x", "hunter2!x"),
            ("export DB_PASS=\"correct horse battery staple\"", "correct horse battery staple"),
            ("MYSQL_PWD=Sup3rS3cret mysql", "Sup3rS3cret"),
            ("PGPASSWORD=Sup3rS3cret psql", "Sup3rS3cret"),
            // PINs and card security codes.
            ("my PIN is 4821.", "4821"),
            ("pin: 482193", "482193"),
            ("PIN-Code: 4821", "4821"),
            ("Geheimzahl 4821", "4821"),
            ("code PIN : 4821", "4821"),
            ("exp 12/27 cvv 381", "381"),
            ("CVC2: 1234", "1234"),
            ("the pin number is 0042", "0042"),
            ("user=jane pw=Sup3rS3cret", "Sup3rS3cret"),
        ];
        for (text, expected) in rows {
            assert_eq!(found(text, "SECRET"), vec![expected], "{text}");
        }
    }

    #[test]
    fn values_past_the_limit_are_no_secrets() {
        let long = format!("password={}", "h".repeat(super::MAX_VALUE_LEN + 1));
        assert!(found(&long, "SECRET").is_empty());
        let longest = format!("password={}", "h".repeat(super::MAX_VALUE_LEN));
        assert_eq!(found(&longest, "SECRET").len(), 1);
    }

    #[test]
    fn negatives() {
        for text in [
            "Forgot your password: click here",
            // In Chinese, Japanese or Korean: a question, a word, a mask.
            "密码是什么？",
            "パスワードを忘れました",
            "密码是password",
            "密码：********",
            "비밀번호는 8자 이상",
            // Source code: declarations, macros, generic types, variables
            // named for what they hold.
            "pub semi_token: Token![;],",
            "let private_key = provider;",
            "pub frag_token: __u32,",
            "pub const SYS_memfd_secret: c_long = 447;",
            "secret: Zeroizing<PayloadU8>,",
            "token: self.token,",
            "brace_token: node.brace_token,",
            "generate_private_key: x25519_generate_private_key,",
            "ftp://user2:@example.com and https://:@example.com/",
            "PASS: gdb.mi/mi-multi-commands.exp: args=: set $a",
            "password: ********",
            "the token is valid",
            "skip-navigation-link",
            "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----",
            "Bearer of bad news",
            "https://example.com:8080/path",
            "AKIA is a prefix",
            "sk-this-is-a-placeholder-value-for-docs",
            "ghp_lowercaseonlywordsthatarenotatokenatallxx",
            "{token:\"keyword.operator\",regex:/x/},a.token=a.token+\".start\"",
            "{token:\"identifier\",regex:/r#/},{token:\"empty_line\"}",
            "(f.tokenArray=f.token,f.token=f.token[0])",
            "\t* configure: just set PWD=`pwd` at the top",
            "all uses of ${PWD=`pwd`}",
            "Otput \"passwd: password updated successfully\" message",
            "if (password != expected) return;",
            "let ok = token == other_token;",
            "secret: 0x5f37_59df,",
            "openssl pkeyutl -kdf scrypt -pkeyopt_passin pass:env:MYPASS -out x",
            "-passin pass:file:/run/secrets/db",
            "$ gcloud secrets versions access 123 --secret=my-secret",
            "--oracle-password=fakepassword --oracle-username=fakeuser",
            "password: your_password",
            "DB_PASSWORD=db-password",
            "gcloud beta secrets versions enable 123 \\-\\-secret=my\\-secret",
            "login_name:passwd:UID:GID:user_name:directory:shell",
            "pw_name:pw_passwd:pw_uid:pw_gid:pw_gecos:pw_dir:pw_shell",
            // A quote closing a string; a grammar; a regular expression.
            "compile_error!(concat!(\"Cfg does not pass: \", stringify!($($cfg)*)));",
            "parameter  = token \"=\" ( token / quoted-string )",
            "r\"private_token=\\w{20}\"",
            "should be removed from the 'passwd:' and 'group:' lines in /etc/nsswitch.conf",
            // Prose about a password, not one.
            "the password is incorrect",
            "your password is 8 characters long",
            // No verb: a word, a hash's name, digits alone.
            "reset your password 2FA first",
            "hash the password SHA256 first",
            "password reset link",
            "enter password 123456 here",
            "set the password to something stronger",
            // A path, not a pair.
            "Login: Settings / Account",
            "Login: Yes/No",
            // In a URL or source code.
            "GET /channel?passwd HTTP/1.1\\r\\nHost: x",
            "let s = \"password abc123\\n\";",
            "the password is ********.",
            "the password is `$PASSWORD`",
            "the password is <your-password>",
            "the password is your_password",
            "the password is https://vault.example.com/item",
            "ce qui se passe est 42ab",
            "ce qui se passe : 42ab",
            "printf(&quot;Password is correct.&quot;);",
            "password is: self.password",
            "pw: Option<String>,",
            "connect the LED to pin 13",
            "pin 1.2.3 in Cargo.toml",
            "pin: 2024-01-05",
            "pin 12345678901",
            "cvv 12",
            "cvv 12345",
            "PIN 4821a",
            "pin the version to 4821.1",
            "print \"Keyfile: `$key_pem', pw: `$password'\\n\";",
            "password: `$password`",
            "set password: %PASSWORD%",
            "let pw = getpass();",
            "the pw_ prefix",
        ] {
            assert!(
                found(text, "SECRET").is_empty(),
                "{text}: {:?}",
                found(text, "SECRET")
            );
        }
    }
}
