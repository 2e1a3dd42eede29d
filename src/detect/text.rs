//! The view detectors read: the input with disguises undone, and the way back
//! to UTF-16 offsets in the original.
//!
//! Each character of the input becomes zero or one character of the view:
//! zero-width characters and soft hyphens vanish; full-width forms, Unicode
//! decimal digits, Unicode spaces and dashes become their ASCII kin. Because
//! the mapping is character by character, a span in the view maps back to
//! exactly the characters of the original that produced it.

use std::borrow::Cow;

use crate::transform::ascii_digit;

/// What one input character becomes in the view.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Fold {
    Keep,
    Drop,
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
        '\u{00A0}'
        | '\u{1680}'
        | '\u{2000}'..='\u{200A}'
        | '\u{202F}'
        | '\u{205F}'
        | '\u{3000}' => Fold::Into(' '),
        '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE58}' | '\u{FE63}' => Fold::Into('-'),
        '\u{FE6B}' => Fold::Into('@'),
        '\u{3002}' | '\u{FF61}' => Fold::Into('.'),
        // full-width ASCII (U+FF01..U+FF5E), including digits and '@'
        '\u{FF01}'..='\u{FF5E}' => {
            char::from_u32(u32::from(c) - 0xFF01 + 0x21).map_or(Fold::Keep, Fold::Into)
        }
        _ => ascii_digit(c).map_or(Fold::Keep, Fold::Into),
    }
}

/// The input and its view for detectors.
pub(crate) struct Text<'a> {
    original: &'a str,
    view: Cow<'a, str>,
}

impl<'a> Text<'a> {
    pub(crate) fn new(original: &'a str) -> Text<'a> {
        if original.is_ascii() || original.chars().all(|c| fold(c) == Fold::Keep) {
            return Text {
                original,
                view: Cow::Borrowed(original),
            };
        }
        let mut view = String::with_capacity(original.len());
        for c in original.chars() {
            match fold(c) {
                Fold::Keep => view.push(c),
                Fold::Drop => {}
                Fold::Into(folded) => view.push(folded),
            }
        }
        Text {
            original,
            view: Cow::Owned(view),
        }
    }

    /// The text detectors read.
    pub(crate) fn view(&self) -> &str {
        &self.view
    }

    /// The original text.
    #[allow(dead_code)] // used by known-value matching
    pub(crate) fn original(&self) -> &str {
        self.original
    }

    /// Converts byte ranges of the view to UTF-16 ranges of the original, in
    /// place. One pass over the text, whatever the number of spans.
    pub(crate) fn to_utf16(&self, spans: &mut [(usize, usize)]) {
        if self.original.is_ascii() {
            return; // one byte, one UTF-16 unit, and nothing folded
        }
        // Sweep the boundaries in order: (view byte offset, is_end, span index).
        let mut boundaries: Vec<(usize, bool, usize)> = Vec::with_capacity(spans.len() * 2);
        for (index, &(start, end)) in spans.iter().enumerate() {
            boundaries.push((start, false, index));
            boundaries.push((end, true, index));
        }
        // Ends before starts at the same offset: an end is settled as soon as
        // the character before it is passed.
        boundaries.sort_unstable_by_key(|&(offset, is_end, _)| (offset, !is_end));
        let mut pending = boundaries.into_iter().peekable();
        let mut view_pos = 0usize;
        let mut utf16_pos = 0usize;
        let mut settle =
            |view_pos: usize, utf16_pos: usize, want_end: bool, spans: &mut [(usize, usize)]| {
                while let Some(&(offset, is_end, index)) = pending.peek() {
                    if offset != view_pos || is_end != want_end {
                        break;
                    }
                    if let Some(span) = spans.get_mut(index) {
                        if is_end {
                            span.1 = utf16_pos;
                        } else {
                            span.0 = utf16_pos;
                        }
                    }
                    pending.next();
                }
            };
        settle(view_pos, utf16_pos, true, spans);
        for c in self.original.chars() {
            let produced = match fold(c) {
                Fold::Keep => Some(c),
                Fold::Drop => None,
                Fold::Into(folded) => Some(folded),
            };
            if let Some(out) = produced {
                settle(view_pos, utf16_pos, false, spans);
                view_pos += out.len_utf8();
                utf16_pos += c.len_utf16();
                settle(view_pos, utf16_pos, true, spans);
            } else {
                utf16_pos += c.len_utf16();
            }
        }
        settle(view_pos, utf16_pos, false, spans);
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

    fn spans_of(original: &str, needle: &str) -> (usize, usize) {
        let text = Text::new(original);
        let start = text.view().find(needle).expect("needle in view");
        let mut spans = [(start, start + needle.len())];
        text.to_utf16(&mut spans);
        spans[0]
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
