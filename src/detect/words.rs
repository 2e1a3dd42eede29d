//! Words, the shared first step of every word-level detector: one pass
//! over the view finds its spans (runs of ASCII letters and digits and of
//! non-ASCII bytes), and each detector looks at them in turn: cue words,
//! street words, and the letter-and-digit identifiers (DNI, codice fiscale,
//! PAN, NINO, passport numbers).

/// ASCII letters and digits and every non-ASCII byte: one look-up instead
/// of four comparisons, for every byte of the text.
// Evaluated at compile time: an index out of bounds is a build error.
#[allow(clippy::indexing_slicing)]
const SPAN_BYTES: [bool; 256] = {
    let mut table = [false; 256];
    let mut byte = 0;
    while byte < 256 {
        table[byte] = byte >= 0x80
            || (byte >= b'0' as usize && byte <= b'9' as usize)
            || (byte >= b'A' as usize && byte <= b'Z' as usize)
            || (byte >= b'a' as usize && byte <= b'z' as usize);
        byte += 1;
    }
    table
};

/// Calls `each(start, end, ascii)` for every maximal run of ASCII
/// alphanumeric and non-ASCII bytes in `view`, in order; `ascii` tells
/// whether the run is all ASCII (most are, and the word detectors take
/// shorter paths through them).
pub(crate) fn for_each_span(view: &str, mut each: impl FnMut(usize, usize, bool)) {
    let bytes = view.as_bytes();
    let is_span_byte = |b: &u8| SPAN_BYTES.get(usize::from(*b)).copied().unwrap_or(false);
    let mut pos = 0;
    while let Some(offset) = bytes
        .get(pos..)
        .and_then(|rest| rest.iter().position(is_span_byte))
    {
        let start = pos + offset;
        let mut high_bits = 0;
        let len = bytes
            .get(start..)
            .unwrap_or_default()
            .iter()
            .take_while(|&&b| {
                high_bits |= b;
                is_span_byte(&b)
            })
            .count();
        pos = start + len;
        // The byte that ended the run is ASCII punctuation or space, if any.
        each(start, pos, high_bits < 0x80);
    }
}

/// Calls `each(at)` for every place in the span `start..end` (see
/// [`for_each_span`], which tells whether it is `ascii`) where an ASCII
/// letter or digit follows something else: the span's start, and inside a
/// span of non-ASCII text, after a non-ASCII character. (Where the span's
/// start follows `_` or `-` is for the caller to judge.)
pub(crate) fn for_each_ascii_start(
    bytes: &[u8],
    (start, end, ascii): (usize, usize, bool),
    mut each: impl FnMut(usize),
) {
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

/// Calls `each(start, end)` for every ASCII alphanumeric word within the
/// span `start..end` of `view` (see [`for_each_span`], which tells whether
/// it is `ascii`) that is not glued to other letters (`Ä12345678Z` holds
/// none).
pub(crate) fn for_each_word_in_span(
    view: &str,
    (start, end, ascii): (usize, usize, bool),
    mut each: impl FnMut(usize, usize),
) {
    let bytes = view.as_bytes();
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
        let glued = |c: Option<char>| c.is_some_and(is_alphanumeric);
        if glued(view.get(..word_start).and_then(|b| b.chars().next_back()))
            || glued(view.get(word_end..).and_then(|a| a.chars().next()))
        {
            continue;
        }
        each(word_start, word_end);
    }
}

/// `char::is_alphanumeric`, answered without Unicode's tables for the
/// Latin-1 letters (À–ÿ, but not × and ÷) that most accented text is made
/// of: the words of a non-ASCII span ask it of their neighbours.
fn is_alphanumeric(c: char) -> bool {
    match c {
        '\u{C0}'..='\u{FF}' => c != '×' && c != '÷',
        _ => c.is_alphanumeric(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin_1_letters_without_tables() {
        for c in (0..0x3000).filter_map(char::from_u32) {
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    #[test]
    fn words() {
        let mut out = Vec::new();
        let view = "a1 Ä12Z, (X1234567L) é";
        for_each_span(view, |start, end, ascii| {
            for_each_word_in_span(view, (start, end, ascii), |s, e| out.push(&view[s..e]))
        });
        assert_eq!(out, ["a1", "X1234567L"]);
        let mut spans = Vec::new();
        for_each_span("a1 Ä12Z, …x", |s, e, ascii| spans.push((s, e, ascii)));
        assert_eq!(spans, [(0, 2, true), (3, 8, false), (10, 14, false)]);
    }
}
