//! Words, the shared first step of every word-level detector: one pass
//! over the view finds its spans (runs of ASCII letters and digits and of
//! non-ASCII bytes), and each detector looks at them in turn: cue words,
//! secret tokens and IBANs at their starts, street words and UK postcodes,
//! listed name pairs, and the letter-and-digit identifiers (DNI, codice
//! fiscale, PAN, NINO, passport numbers, Chinese resident ids). The same pass notes the punctuation between
//! spans ([`super::markers`]) and which spans hold digits ([`super::digits`]),
//! so that no other pass reads every byte of the text.

use super::text::{char_at, char_before, continues_word};

/// [`CLASSES`] bit: an ASCII letter or digit, or a non-ASCII byte.
const SPAN_BYTE: u8 = 1;
/// [`CLASSES`] bit: an ASCII digit.
const DIGIT: u8 = 2;
/// [`CLASSES`] bit: a non-ASCII byte.
const NON_ASCII: u8 = 4;
/// [`CLASSES`] bit: an ASCII letter.
const LETTER: u8 = 8;
/// [`CLASSES`] bit: a byte that leads a character of U+3000–U+DFFF (kana,
/// Han, Hangul and their neighbours): the spans a reader of Chinese,
/// Japanese or Korean words may look into, known from bytes the pass reads
/// anyway (`text::continues_word` names such scripts exactly).
const UNSPACED_LEAD: u8 = 16;

/// What each byte is to a span: one look-up instead of four comparisons, for
/// every byte of the text.
// Evaluated at compile time: an index out of bounds is a build error.
#[allow(clippy::indexing_slicing)]
const CLASSES: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut byte = 0;
    while byte < 256 {
        table[byte] = if byte >= 0xE3 && byte <= 0xED {
            SPAN_BYTE | NON_ASCII | UNSPACED_LEAD
        } else if byte >= 0x80 {
            SPAN_BYTE | NON_ASCII
        } else if byte >= b'0' as usize && byte <= b'9' as usize {
            SPAN_BYTE | DIGIT
        } else if (byte >= b'A' as usize && byte <= b'Z' as usize)
            || (byte >= b'a' as usize && byte <= b'z' as usize)
        {
            SPAN_BYTE | LETTER
        } else {
            0
        };
        byte += 1;
    }
    table
};

fn class(byte: u8) -> u8 {
    CLASSES.get(usize::from(byte)).copied().unwrap_or(0)
}

/// A maximal run of ASCII letters and digits and non-ASCII bytes in the
/// view, with what the pass that found it saw of its bytes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Span {
    pub(crate) start: usize,
    pub(crate) end: usize,
    /// Every byte is ASCII (most spans are, and the word detectors take
    /// shorter paths through them).
    pub(crate) ascii: bool,
    /// Some byte is an ASCII digit.
    pub(crate) has_digit: bool,
    /// Some byte is an ASCII letter or non-ASCII.
    pub(crate) has_letter: bool,
    /// Some character is of U+3000–U+DFFF: kana, Han, Hangul and the like,
    /// written without spaces between words.
    pub(crate) unspaced: bool,
}

/// Calls `each` for every [`Span`] of `view`, in order. The bytes between
/// spans are ASCII punctuation, spaces and controls.
pub(crate) fn for_each_span(view: &str, mut each: impl FnMut(Span)) {
    let bytes = view.as_bytes();
    let mut pos = 0;
    while let Some(offset) = bytes
        .get(pos..)
        .and_then(|rest| rest.iter().position(|&b| class(b) != 0))
    {
        let start = pos + offset;
        let mut seen = 0;
        let len = bytes
            .get(start..)
            .unwrap_or_default()
            .iter()
            .take_while(|&&b| {
                let class = class(b);
                seen |= class;
                class != 0
            })
            .count();
        pos = start + len;
        each(Span {
            start,
            end: pos,
            ascii: seen & NON_ASCII == 0,
            has_digit: seen & DIGIT != 0,
            has_letter: seen & (LETTER | NON_ASCII) != 0,
            unspaced: seen & UNSPACED_LEAD != 0,
        });
    }
}

/// Calls `each(at)` for every place in `span` where an ASCII
/// letter or digit follows something else: the span's start, and inside a
/// span of non-ASCII text, after a non-ASCII character. (Where the span's
/// start follows `_` or `-` is for the caller to judge.)
pub(crate) fn for_each_ascii_start(bytes: &[u8], span: Span, mut each: impl FnMut(usize)) {
    let Span {
        start, end, ascii, ..
    } = span;
    each(start);
    let span = bytes.get(start..end).unwrap_or_default();
    if !ascii {
        for (offset, pair) in span.windows(2).enumerate() {
            if let [lead, first] = *pair {
                if lead >= 0x80 && first.is_ascii_alphanumeric() {
                    each(start + offset + 1);
                }
            }
        }
    }
}

/// Calls `each(start, end)` for every ASCII alphanumeric word within
/// `span` of `view` that is not glued to other letters (`Ä12345678Z` holds
/// none).
pub(crate) fn for_each_word_in_span(view: &str, span: Span, mut each: impl FnMut(usize, usize)) {
    let bytes = view.as_bytes();
    let Span {
        start, end, ascii, ..
    } = span;
    // A span of ASCII is one word: what borders it is ASCII punctuation,
    // space or the text's end.
    if ascii {
        each(start, end);
        return;
    }
    let mut pos = start;
    while let Some(offset) = bytes
        .get(pos..end)
        .and_then(|rest| rest.iter().position(u8::is_ascii_alphanumeric))
    {
        let word_start = pos + offset;
        let len = bytes
            .get(word_start..end)
            .unwrap_or_default()
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric())
            .count();
        let word_end = word_start + len;
        pos = word_end;
        let glued = |c: Option<char>| c.is_some_and(|c| c != '_' && continues_word(c));
        if glued(char_before(view, word_start)) || glued(char_at(view, word_end)) {
            continue;
        }
        each(word_start, word_end);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words() {
        let mut out = Vec::new();
        let view = "a1 Ä12Z, (X1234567L) é";
        for_each_span(view, |span| {
            for_each_word_in_span(view, span, |s, e| out.push(&view[s..e]))
        });
        assert_eq!(out, ["a1", "X1234567L"]);
        let mut spans = Vec::new();
        for_each_span("a1 Ä12Z, …x", |span| {
            spans.push((span.start, span.end, span.ascii, span.has_digit))
        });
        assert_eq!(
            spans,
            [
                (0, 2, true, true),
                (3, 8, false, true),
                (10, 14, false, false)
            ]
        );
    }
}
