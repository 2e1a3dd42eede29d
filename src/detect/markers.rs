//! The punctuation that several detectors start from (`@`, `:`, `=`,
//! `www.`, ` dot `, opening brackets), noted in the pass over the words, so
//! that each of them visits a few positions instead of searching the whole
//! text again.

use super::char_refs::encoded_at;
use super::keywords::{Cue, Hit};
use super::words::Span;

/// The ways people write a dot to slip an address past a filter (`john
/// (dot) smith`, `example[.]com`, `81 dot 2 …`), and the dot itself; a
/// longer one before any it begins with. Email and IP detectors read them.
pub(crate) const DISGUISED_DOTS: [&str; 17] = [
    " (dot) ", " [dot] ", " {dot} ", " <dot> ", " [.] ", " (.) ", " {.} ", "(dot)", "[dot]",
    "{dot}", "<dot>", "[.]", "(.)", "{.}", " dot ", " . ", ".",
];

/// `value` (in lower case) with each disguised dot written `.`: how a found
/// address reads undisguised (`example [dot] com` → `example.com`).
pub(crate) fn with_plain_dots(value: String) -> String {
    let mut plain = value;
    // Every disguised dot holds one of these bytes, and most addresses none:
    // a search per marker for every value pseudonymized slowed
    // `redactRecords` to 0.87x.
    if !plain
        .bytes()
        .any(|b| matches!(b, b' ' | b'[' | b'(' | b'{' | b'<'))
    {
        return plain;
    }
    for marker in DISGUISED_DOTS.iter().filter(|marker| **marker != ".") {
        if plain.contains(marker) {
            plain = plain.replace(marker, ".");
        }
    }
    plain
}

/// Positions in the view, each list in increasing order.
#[derive(Default)]
pub(crate) struct Markers {
    /// Every `@`.
    pub(crate) at_signs: Vec<usize>,
    /// Every `@` written encoded: `%40`, `&#64;`, `&#x40;`, `&commat;`
    /// (start and end; see [`super::char_refs`]).
    pub(crate) encoded_at_signs: Vec<(usize, usize)>,
    /// Every `:`.
    pub(crate) colons: Vec<usize>,
    /// Every `:` and `=`, merged.
    pub(crate) assignments: Vec<usize>,
    /// The start of every `www.`, `WWW.` or `Www.` (or with the dot
    /// defanged, `www[.]`).
    pub(crate) www: Vec<usize>,
    /// The start of every ` dot `, ` DOT ` or ` Dot `.
    pub(crate) dot_words: Vec<usize>,
    /// The start of every ` at ` (any case), the bare word people write for
    /// `@`: the cue word [`Cue::At`], noted by the pass over the words.
    pub(crate) at_words: Vec<usize>,
    /// Every `(`, `[`, `{` and `<`.
    pub(crate) openers: Vec<usize>,
    /// Where the bytes not yet looked at start.
    scanned_to: usize,
}

const AT: u8 = 1;
const COLON: u8 = 2;
const EQUALS: u8 = 3;
const DOT: u8 = 4;
const OPENER: u8 = 5;
const ENCODING: u8 = 6;

/// The class of each byte: 0 for the bytes no detector starts from. All
/// are ASCII punctuation, which stands between the spans of
/// [`super::words`].
// Evaluated at compile time: an index out of bounds is a build error.
#[allow(clippy::indexing_slicing)]
const CLASSES: [u8; 256] = {
    let mut classes = [0u8; 256];
    classes[b'@' as usize] = AT;
    classes[b':' as usize] = COLON;
    classes[b'=' as usize] = EQUALS;
    classes[b'.' as usize] = DOT;
    classes[b'(' as usize] = OPENER;
    classes[b'[' as usize] = OPENER;
    classes[b'{' as usize] = OPENER;
    classes[b'<' as usize] = OPENER;
    classes[b'%' as usize] = ENCODING;
    classes[b'&' as usize] = ENCODING;
    classes
};

fn class(byte: u8) -> u8 {
    CLASSES.get(usize::from(byte)).copied().unwrap_or(0)
}

impl Markers {
    /// Finds the markers in `view` (the scanner takes them in its pass over
    /// the spans instead).
    #[cfg(test)]
    pub(crate) fn find(view: &str) -> Markers {
        let bytes = view.as_bytes();
        let mut markers = Markers::default();
        super::words::for_each_span(view, |span| {
            markers.next_span(bytes, span);
            if let Some(hit) = super::keywords::cue_at(bytes, span.start, span.end) {
                markers.cue(hit, &mut Vec::new());
            }
        });
        markers.finish(bytes);
        markers
    }

    /// Takes the markers in the bytes before `span` (since the previous
    /// one) and in it. Spans come in order; [`Markers::finish`] takes the
    /// bytes after the last.
    #[inline]
    pub(crate) fn next_span(&mut self, bytes: &[u8], span: Span) {
        self.gap(bytes, span.start);
        self.scanned_to = span.end;
        if span.end - span.start == 3
            && span.start > 0
            && matches!(
                bytes.get(span.start - 1..span.end + 1),
                Some(b" dot " | b" DOT " | b" Dot ")
            )
        {
            self.dot_words.push(span.start - 1);
        }
    }

    /// Takes the cue word `hit` if it is a marker, or adds it to `hits`:
    /// a marker is no cue for other detectors.
    // Not inlined: most words are no cue, and inlined into the pass over
    // the words this cost 2.5% more instructions on text without personal
    // data (callgrind).
    #[inline(never)]
    pub(crate) fn cue(&mut self, hit: Hit, hits: &mut Vec<Hit>) {
        if hit.cue == Some(Cue::At) {
            self.at_words.push(hit.start.saturating_sub(1));
        } else {
            hits.push(hit);
        }
    }

    /// Takes the markers after the last span.
    pub(crate) fn finish(&mut self, bytes: &[u8]) {
        self.gap(bytes, bytes.len());
    }

    /// The markers in the bytes from the end of the previous span to `end`
    /// (punctuation and spaces: most often one space).
    #[inline]
    fn gap(&mut self, bytes: &[u8], end: usize) {
        let from = self.scanned_to;
        // Most gaps are one space.
        if end == from + 1 && bytes.get(from) == Some(&b' ') {
            return;
        }
        let gap = bytes.get(from..end).unwrap_or_default();
        // Most others are a few spaces, of no class: decided inline.
        if gap.iter().all(|&byte| class(byte) == 0) {
            return;
        }
        self.gap_with_markers(bytes, from, gap);
    }

    #[inline(never)]
    fn gap_with_markers(&mut self, bytes: &[u8], from: usize, gap: &[u8]) {
        for (offset, &byte) in gap.iter().enumerate() {
            let at = from + offset;
            match class(byte) {
                0 => {}
                AT => self.at_signs.push(at),
                COLON => {
                    self.colons.push(at);
                    self.assignments.push(at);
                }
                EQUALS => self.assignments.push(at),
                ENCODING => {
                    let rest = bytes.get(at..).unwrap_or_default();
                    if let Some(('@', len)) = encoded_at(rest) {
                        self.encoded_at_signs.push((at, at + len));
                    }
                }
                DOT => {
                    let start = at.saturating_sub(3);
                    if at >= 3 && matches!(bytes.get(start..at), Some(b"www" | b"WWW" | b"Www")) {
                        self.www.push(start);
                    }
                }
                _ => {
                    self.openers.push(at);
                    // `www[.]`, `www(.)`: defanged.
                    let www = at >= 3
                        && matches!(bytes.get(at - 3..at), Some(b"www" | b"WWW" | b"Www"))
                        && matches!(bytes.get(at..at + 3), Some(b"[.]" | b"(.)"));
                    if www {
                        self.www.push(at - 3);
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Markers;

    #[test]
    fn finds_each_kind_in_order() {
        let markers = Markers::find("a@b: x=1 www.x WWW.y wWw.z jo dot com (at) <b> at aT,");
        assert_eq!(markers.at_signs, [1]);
        assert!(markers.encoded_at_signs.is_empty());
        assert_eq!(markers.colons, [3]);
        assert_eq!(markers.assignments, [3, 6]);
        assert_eq!(markers.www, [9, 15]);
        assert_eq!(markers.dot_words, [29]);
        assert_eq!(markers.openers, [38, 43]);
        assert_eq!(markers.at_words, [46]);
    }

    #[test]
    fn finds_encoded_at_signs() {
        let markers =
            Markers::find("a%40b a&#64;b a&#x40;b a&commat;b 50% &amp; %4 &#6 a&#064;b &#46;");
        assert_eq!(
            markers.encoded_at_signs,
            [(1, 4), (7, 12), (15, 21), (24, 32), (52, 58)]
        );
    }
}
