//! One pass over the view for the punctuation that several detectors start
//! from (`@`, `:`, `=`, `www.`, ` dot `, opening brackets), so that each of
//! them visits a few positions instead of searching the whole text again.

/// Positions in the view, each list in increasing order.
#[derive(Default)]
pub(crate) struct Markers {
    /// Every `@`.
    pub(crate) at_signs: Vec<usize>,
    /// Every `:`.
    pub(crate) colons: Vec<usize>,
    /// Every `:` and `=`, merged.
    pub(crate) assignments: Vec<usize>,
    /// The start of every `www.`, `WWW.` or `Www.`.
    pub(crate) www: Vec<usize>,
    /// The start of every ` dot `, ` DOT ` or ` Dot `.
    pub(crate) dot_words: Vec<usize>,
    /// Every `(`, `[`, `{` and `<`.
    pub(crate) openers: Vec<usize>,
}

const AT: u8 = 1;
const COLON: u8 = 2;
const EQUALS: u8 = 3;
const DOT: u8 = 4;
const OPENER: u8 = 5;
const D: u8 = 6;

/// The class of each byte: 0 for the bytes no detector starts from.
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
    classes[b'd' as usize] = D;
    classes[b'D' as usize] = D;
    classes
};

impl Markers {
    /// Finds the markers in `view`.
    #[inline(never)]
    pub(crate) fn find(view: &str) -> Markers {
        let bytes = view.as_bytes();
        let mut markers = Markers::default();
        let class = |byte: u8| CLASSES.get(usize::from(byte)).copied().unwrap_or(0);
        let mut at = 0;
        // A tight skip over the bytes of no class, then one dispatch.
        while let Some(offset) = bytes
            .get(at..)
            .and_then(|rest| rest.iter().position(|&b| class(b) != 0))
        {
            at += offset;
            let Some(&byte) = bytes.get(at) else { break };
            match class(byte) {
                AT => markers.at_signs.push(at),
                COLON => {
                    markers.colons.push(at);
                    markers.assignments.push(at);
                }
                EQUALS => markers.assignments.push(at),
                DOT => {
                    let start = at.saturating_sub(3);
                    if at >= 3 && matches!(bytes.get(start..at), Some(b"www" | b"WWW" | b"Www")) {
                        markers.www.push(start);
                    }
                }
                OPENER => markers.openers.push(at),
                D => {
                    let start = at.saturating_sub(1);
                    if at >= 1
                        && matches!(
                            bytes.get(start..at + 4),
                            Some(b" dot " | b" DOT " | b" Dot ")
                        )
                    {
                        markers.dot_words.push(start);
                    }
                }
                // The skip above stops only at a byte of some class.
                _ => {}
            }
            at += 1;
        }
        markers
    }
}

#[cfg(test)]
mod tests {
    use super::Markers;

    #[test]
    fn finds_each_kind_in_order() {
        let markers = Markers::find("a@b: x=1 www.x WWW.y wWw.z jo dot com (at) <b>");
        assert_eq!(markers.at_signs, [1]);
        assert_eq!(markers.colons, [3]);
        assert_eq!(markers.assignments, [3, 6]);
        assert_eq!(markers.www, [9, 15]);
        assert_eq!(markers.dot_words, [29]);
        assert_eq!(markers.openers, [38, 43]);
    }
}
