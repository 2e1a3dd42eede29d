//! The view detectors read: the input with disguises undone, and the way back
//! to UTF-16 offsets in the original.
//!
//! Each character of the input becomes zero or one character of the view:
//! zero-width characters, soft hyphens, combining marks and variation
//! selectors vanish; full-width forms, Unicode decimal digits (and the
//! superscript, circled and other digits of [`ascii_digit`]), Unicode
//! spaces, dashes and quotes become their ASCII kin. Because
//! the mapping is character by character, a span in the view maps back to
//! exactly the characters of the original that produced it.

use std::borrow::Cow;

use super::Finding;
use crate::sort::sort;
use crate::transform::ascii_digit;

/// What one input character becomes in the view.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Fold {
    Keep,
    Drop,
    /// Dropped too, but part of the character before it: a span that ends
    /// at that character takes it along.
    Attach,
    Into(char),
}

fn fold(c: char) -> Fold {
    if c.is_ascii() {
        return Fold::Keep;
    }
    match c {
        // zero-width space, non-joiner, joiner, word joiner, BOM, soft hyphen,
        // invisible separators, Mongolian vowel separator
        '\u{200B}'..='\u{200D}'
        | '\u{2060}'..='\u{2064}'
        | '\u{FEFF}'
        | '\u{00AD}'
        | '\u{180E}' => Fold::Drop,
        // Combining marks and variation selectors: written over digits
        // (`4̲1̲1̲1̲`, the keycap `4️⃣`) they hide a number from a filter.
        '\u{0300}'..='\u{036F}'
        | '\u{1AB0}'..='\u{1AFF}'
        | '\u{1DC0}'..='\u{1DFF}'
        | '\u{20D0}'..='\u{20FF}'
        | '\u{FE00}'..='\u{FE0F}'
        | '\u{FE20}'..='\u{FE2F}' => Fold::Attach,
        '\u{00A0}'
        | '\u{1680}'
        | '\u{2000}'..='\u{200A}'
        | '\u{202F}'
        | '\u{205F}'
        | '\u{3000}' => Fold::Into(' '),
        '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE58}' | '\u{FE63}' => Fold::Into('-'),
        // Typographic quotes and apostrophes, as word processors and phone
        // keyboards type them: `“Name”: …`, `my name’s …` read as typed
        // plainly.
        '\u{2018}'..='\u{201B}' | '\u{2032}' => Fold::Into('\''),
        '\u{201C}'..='\u{201F}' | '\u{2033}' | '\u{00AB}' | '\u{00BB}' => Fold::Into('"'),
        '\u{FE6B}' => Fold::Into('@'),
        '\u{3002}' | '\u{FF61}' => Fold::Into('.'),
        // full-width ASCII (U+FF01..U+FF5E), including digits and '@'
        '\u{FF01}'..='\u{FF5E}' => {
            char::from_u32(u32::from(c) - 0xFF01 + 0x21).map_or(Fold::Keep, Fold::Into)
        }
        _ => ascii_digit(c).map_or(Fold::Keep, Fold::Into),
    }
}

/// `value` as the view would show it: for reading a found value again
/// (a date with full-width digits, a phone with Unicode dashes), and for
/// reading an app's terms as the text is read. Borrowed when nothing in it
/// folds.
pub(crate) fn fold_value(value: &str) -> Cow<'_, str> {
    folded(value, false)
}

/// [`fold_value`] keeping combining marks: a name's or a street's
/// decomposed accents (`Nova\u{301}kova\u{301}`) are letters there, not a
/// disguise over digits.
pub(crate) fn fold_words(value: &str) -> Cow<'_, str> {
    folded(value, true)
}

/// `value` through the view's folds, the marks a character carries kept
/// or dropped; borrowed when nothing in it folds.
fn folded(value: &str, keep_marks: bool) -> Cow<'_, str> {
    let bytes = value.as_bytes();
    let mut at = ascii_prefix_len(bytes);
    loop {
        let Some(&lead) = bytes.get(at) else {
            return Cow::Borrowed(value);
        };
        if may_fold(lead, bytes.get(at + 1).copied().unwrap_or(0)) {
            break;
        }
        at += utf8_len(lead);
    }
    value
        .chars()
        .filter_map(|c| match fold(c) {
            Fold::Keep => Some(c),
            Fold::Attach => keep_marks.then_some(c),
            Fold::Drop => None,
            Fold::Into(folded) => Some(folded),
        })
        .collect()
}

/// Whether a value glued to `c` would be part of a longer word: `c` is a
/// letter, digit or `_` of a script written with spaces between words.
/// Chinese, Japanese, Thai and Korean text runs numbers into the words
/// around them (`卡号是4111…`, `090-1234-5678です`, `010-1234-5678입니다`):
/// their letters part a value from the text as a space does.
#[inline]
pub(crate) fn continues_word(c: char) -> bool {
    match c {
        _ if c.is_ascii() => c.is_ascii_alphanumeric() || c == '_',
        // Latin-1 letters (most accented text) and the general punctuation
        // around words (`’`, `“`, `…`), without Unicode's tables.
        '\u{C0}'..='\u{FF}' => c != '×' && c != '÷',
        '\u{2000}'..='\u{206F}' => false,
        _ => c.is_alphanumeric() && !written_without_spaces(c),
    }
}

/// Whether a word changes between `a` and the `b` after it from Latin
/// letters and digits to a script written without spaces, or back: where
/// `邮箱jane@example.com谢谢` holds its address.
pub(crate) fn changes_script(a: char, b: char) -> bool {
    (a.is_ascii_alphanumeric() && written_without_spaces(b))
        || (written_without_spaces(a) && b.is_ascii_alphanumeric())
}

/// Han, kana, Hangul syllables and Thai.
fn written_without_spaces(c: char) -> bool {
    matches!(
        c,
        '\u{0E00}'..='\u{0E7F}'
            | '\u{3040}'..='\u{30FF}'
            | '\u{3400}'..='\u{4DBF}'
            | '\u{4E00}'..='\u{9FFF}'
            | '\u{AC00}'..='\u{D7AF}'
            | '\u{F900}'..='\u{FAFF}'
            | '\u{20000}'..='\u{2FA1F}'
    )
}

/// The input and its view for detectors.
pub(crate) struct Text<'a> {
    original: &'a str,
    view: Cow<'a, str>,
}

/// Whether a character whose UTF-8 encoding starts with `lead`, then
/// `second`, can fold to something else; most non-ASCII text (CJK, kana,
/// accented Latin, Cyrillic) cannot and is passed over without decoding.
fn may_fold(lead: u8, second: u8) -> bool {
    match lead {
        0xC2 | 0xCC | 0xCD | 0xD9 | 0xDB | 0xDF | 0xE0 | 0xE1 | 0xE2 | 0xEF | 0xF0 => true,
        // U+3000..U+303F (the ideographic space and full stop), not the
        // kana after them.
        0xE3 => second == 0x80,
        _ => false,
    }
}

/// The length of a UTF-8 sequence from its first byte.
fn utf8_len(lead: u8) -> usize {
    match lead {
        0x00..=0x7F => 1,
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        _ => 4,
    }
}

/// The character of `view` that starts at byte `at`, decoded from its
/// bytes (slicing the text there would check the boundary first: this is
/// asked of every character around a number or a street word).
pub(crate) fn char_at(view: &str, at: usize) -> Option<char> {
    let bytes = view.as_bytes();
    let lead = *bytes.get(at)?;
    if lead.is_ascii() {
        return Some(char::from(lead));
    }
    if lead < 0xC0 {
        return None; // inside a character
    }
    let len = utf8_len(lead);
    let rest = bytes.get(at + 1..at + len)?;
    let code = rest
        .iter()
        .fold(u32::from(lead & (0x7F >> len)), |code, &next| {
            (code << 6) | u32::from(next & 0x3F)
        });
    char::from_u32(code)
}

/// The character of `view` that ends at byte `at` (an ASCII one read as
/// its byte).
pub(crate) fn char_before(view: &str, at: usize) -> Option<char> {
    match view.as_bytes().get(at.checked_sub(1)?) {
        Some(&byte) if byte.is_ascii() => Some(char::from(byte)),
        Some(_) => view.get(..at).and_then(|before| before.chars().next_back()),
        None => None,
    }
}

/// The number of ASCII bytes at the start of `bytes`, eight at a time.
pub(crate) fn ascii_prefix_len(bytes: &[u8]) -> usize {
    let mut len = 0;
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        // One load (chunks_exact gives eight bytes; the fallback never runs).
        let word = u64::from_ne_bytes(<[u8; 8]>::try_from(chunk).unwrap_or([0x80; 8]));
        if word & 0x8080_8080_8080_8080 != 0 {
            return len + chunk.iter().take_while(|b| b.is_ascii()).count();
        }
        len += 8;
    }
    len + chunks
        .remainder()
        .iter()
        .take_while(|b| b.is_ascii())
        .count()
}

/// The offset of the first `needle` in `bytes`, eight bytes at a time: for
/// a byte that most texts hold seldom or never (a byte-at-a-time search
/// over a text costs more than the detector that looks for it).
pub(crate) fn find_byte(bytes: &[u8], needle: u8) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    let pattern = ONES * u64::from(needle);
    let mut chunks = bytes.chunks_exact(8);
    let mut offset = 0;
    for chunk in &mut chunks {
        // One load (chunks_exact gives eight bytes; the fallback never runs).
        let word = u64::from_ne_bytes(<[u8; 8]>::try_from(chunk).unwrap_or([0; 8])) ^ pattern;
        // A zero byte of `word` (a match) sets its high bit here; a
        // false alarm from a borrow is caught by the exact search.
        if word.wrapping_sub(ONES) & !word & HIGHS != 0 {
            if let Some(at) = chunk.iter().position(|&b| b == needle) {
                return Some(offset + at);
            }
        }
        offset += 8;
    }
    chunks
        .remainder()
        .iter()
        .position(|&b| b == needle)
        .map(|at| offset + at)
}

impl<'a> Text<'a> {
    pub(crate) fn new(original: &'a str) -> Text<'a> {
        let bytes = original.as_bytes();
        let mut view: Option<String> = None;
        let mut copied = 0; // original bytes already reflected in `view`
        let mut pos = 0;
        while pos < bytes.len() {
            pos += ascii_prefix_len(bytes.get(pos..).unwrap_or_default());
            let Some(&lead) = bytes.get(pos) else { break };
            let len = utf8_len(lead);
            if may_fold(lead, bytes.get(pos + 1).copied().unwrap_or(0)) {
                let folded = char_at(original, pos).map_or(Fold::Keep, fold);
                if folded != Fold::Keep {
                    let out = view.get_or_insert_with(|| String::with_capacity(original.len()));
                    out.push_str(original.get(copied..pos).unwrap_or_default());
                    if let Fold::Into(c) = folded {
                        out.push(c);
                    }
                    copied = pos + len;
                }
            }
            pos += len;
        }
        let view = match view {
            None => Cow::Borrowed(original),
            Some(mut out) => {
                out.push_str(original.get(copied..).unwrap_or_default());
                Cow::Owned(out)
            }
        };
        Text { original, view }
    }

    /// The text detectors read.
    pub(crate) fn view(&self) -> &str {
        &self.view
    }

    /// Maps `findings` from the view to the original: each finding's
    /// `bytes` holds its span in the view and is set to the span in the
    /// original, and `start`/`end` to the original's UTF-16 units. One pass
    /// over the text, whatever the number of findings.
    pub(crate) fn to_original(&self, findings: &mut [Finding]) {
        if findings.is_empty() || self.original.is_ascii() {
            // One byte, one UTF-16 unit, and nothing folded.
            for finding in findings {
                (finding.start, finding.end) = finding.bytes;
            }
            return;
        }
        // The boundaries in order: (view byte offset, is_start, span index).
        // At one offset, ends come first: an end is settled as soon as the
        // character before it is passed, a start only at a kept character.
        let mut boundaries: Vec<(usize, bool, usize)> = Vec::with_capacity(findings.len() * 2);
        for (
            index,
            &Finding {
                bytes: (start, end),
                ..
            },
        ) in findings.iter().enumerate()
        {
            boundaries.push((start, true, index));
            boundaries.push((end, false, index));
        }
        sort(&mut boundaries);
        let bytes = self.original.as_bytes();
        let mut pos = 0; // byte offset in the original
        let mut view_pos = 0;
        let mut utf16_pos = 0;
        for (offset, is_start, index) in boundaries {
            loop {
                // ASCII, and characters that cannot fold, keep their length
                // in the view: skip them up to the boundary in bulk.
                let gap = offset.saturating_sub(view_pos);
                let ascii = ascii_prefix_len(bytes.get(pos..pos + gap).unwrap_or_default());
                pos += ascii;
                view_pos += ascii;
                utf16_pos += ascii;
                let Some(&lead) = bytes.get(pos) else { break };
                let len = utf8_len(lead);
                let folded = if may_fold(lead, bytes.get(pos + 1).copied().unwrap_or(0)) {
                    char_at(self.original, pos).map_or(Fold::Keep, fold)
                } else {
                    Fold::Keep
                };
                let view_len = match folded {
                    Fold::Keep => len,
                    Fold::Drop | Fold::Attach => 0,
                    Fold::Into(c) => c.len_utf8(),
                };
                // A start waits for a character of the view; an end takes
                // the marks of the character before it along.
                if view_pos == offset
                    && (if is_start {
                        view_len > 0
                    } else {
                        !matches!(folded, Fold::Attach)
                    })
                {
                    break;
                }
                pos += len;
                view_pos += view_len;
                utf16_pos += if len == 4 { 2 } else { 1 };
            }
            if let Some(finding) = findings.get_mut(index) {
                if is_start {
                    finding.bytes.0 = pos;
                    finding.start = utf16_pos;
                } else {
                    finding.bytes.1 = pos;
                    finding.end = utf16_pos;
                }
            }
        }
    }
}

/// The bytes of a line break at the start of `rest` (with a space before
/// it, as wrapping leaves one): 0 if there is none.
pub(crate) fn line_break_len(rest: &[u8]) -> usize {
    match rest {
        [b'\n', ..] => 1,
        [b'\r', b'\n', ..] | [b' ', b'\n', ..] => 2,
        [b' ', b'\r', b'\n', ..] => 3,
        _ => 0,
    }
}

/// The length of `text` in UTF-16 code units.
pub(crate) fn utf16_len(text: &str) -> usize {
    if text.is_ascii() {
        text.len()
    } else {
        text.chars().map(char::len_utf16).sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_continue_in_scripts_written_with_spaces() {
        for c in (0..0x3_0000).filter_map(char::from_u32) {
            let expected = (c.is_alphanumeric() || c == '_') && !written_without_spaces(c);
            assert_eq!(continues_word(c), expected, "{c:?}");
        }
        for (a, b, change) in [
            ('m', '谢', true),
            ('は', 't', true),
            ('7', 'で', true),
            ('.', '谢', false),
            ('例', 'え', false),
            ('a', 'é', false),
            ('Ω', '4', false),
        ] {
            assert_eq!(changes_script(a, b), change, "{a}{b}");
        }
    }

    fn spans_of(original: &str, needle: &str) -> (usize, usize) {
        let text = Text::new(original);
        let start = text.view().find(needle).expect("needle in view");
        let mut findings = [Finding {
            entity: crate::EntityType::EMAIL,
            start: 0,
            end: 0,
            score: 1.0,
            bytes: (start, start + needle.len()),
        }];
        text.to_original(&mut findings);
        let [found] = findings;
        assert_eq!(
            original
                .get(found.byte_range())
                .map(|s| s.encode_utf16().count()),
            Some(found.end - found.start)
        );
        (found.start, found.end)
    }

    fn utf16_slice(text: &str, (start, end): (usize, usize)) -> String {
        let units: Vec<u16> = text.encode_utf16().collect();
        String::from_utf16(&units[start..end]).unwrap()
    }

    #[test]
    fn disguises_are_undone_and_spans_point_into_the_original() {
        let rows = [
            (
                "mail jo\u{200B}hn@exa\u{00AD}mple.com now",
                "john@example.com",
                "jo\u{200B}hn@exa\u{00AD}mple.com",
            ),
            ("card ４１１１ １１１１", "4111 1111", "４１１１ １１１１"),
            (
                "tel\u{00A0}+49\u{2011}30\u{2013}1234",
                "+49-30-1234",
                "+49\u{2011}30\u{2013}1234",
            ),
            ("🦀 é a@b.co 🦀", "a@b.co", "a@b.co"),
            ("x٣٤٥y", "345", "٣٤٥"),
            (
                "card 4\u{332}1\u{332}1\u{332}1\u{332} end",
                "4111",
                "4\u{332}1\u{332}1\u{332}1\u{332}",
            ),
            (
                "pin 4\u{FE0F}\u{20E3}2\u{FE0F}\u{20E3}!",
                "42",
                "4\u{FE0F}\u{20E3}2\u{FE0F}\u{20E3}",
            ),
            ("n° ⁴¹①𝟙 x", "4111", "⁴¹①𝟙"),
            (
                "john＠example。com",
                "john@example.com",
                "john＠example。com",
            ),
        ];
        for (original, needle, expected) in rows {
            assert_eq!(
                utf16_slice(original, spans_of(original, needle)),
                expected,
                "{original}"
            );
        }
    }

    #[test]
    fn every_character_that_folds_passes_the_gate() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            if fold(c) != Fold::Keep {
                let mut buffer = [0; 4];
                let encoded = c.encode_utf8(&mut buffer).as_bytes();
                let second = encoded.get(1).copied().unwrap_or(0);
                assert!(may_fold(encoded[0], second), "{c:?}");
            }
        }
    }

    #[test]
    fn find_byte_finds_the_first() {
        let text: Vec<u8> = (0..=255u8).chain(0..=255).collect();
        for needle in 0..=255u8 {
            for from in 0..40 {
                let rest = text.get(from..).unwrap();
                assert_eq!(
                    find_byte(rest, needle),
                    rest.iter().position(|&b| b == needle),
                    "{needle} from {from}"
                );
            }
        }
        assert_eq!(find_byte(b"", 0), None);
        assert_eq!(find_byte(b"abcdefgh\xe5", 0xE5), Some(8));
        assert_eq!(find_byte("名".as_bytes(), 0xE5), Some(0));
    }

    #[test]
    fn char_at_decodes_every_character() {
        let text: String = (0..=0x10FFFF).filter_map(char::from_u32).collect();
        let mut count = 0;
        for (at, c) in text.char_indices() {
            assert_eq!(char_at(&text, at), Some(c));
            count += 1;
        }
        assert_eq!(count, 0x110000 - 0x800);
        assert_eq!(char_at("é", 1), None);
        assert_eq!(char_at("é", 2), None);
        assert_eq!(char_before("aé🦀", 7), Some('🦀'));
        assert_eq!(char_before("aé🦀", 3), Some('é'));
        assert_eq!(char_before("aé🦀", 1), Some('a'));
        assert_eq!(char_before("aé🦀", 0), None);
    }

    #[test]
    fn zero_width_at_the_edges_is_left_out() {
        let original = "\u{200B}ab\u{200B}";
        assert_eq!(spans_of(original, "ab"), (1, 3));
    }

    #[test]
    fn ascii_and_unfolded_text_are_borrowed() {
        assert!(matches!(Text::new("plain").view, Cow::Borrowed(_)));
        assert!(matches!(Text::new("Zoë 🦀").view, Cow::Borrowed(_)));
        assert_eq!(utf16_len("Zoë 🦀"), 6);
    }
}
