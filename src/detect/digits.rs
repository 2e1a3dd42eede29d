//! Runs of digit groups: the shared first step of every number detector.
//!
//! A run is a maximal sequence of ASCII digit groups (in the view, so
//! full-width and other Unicode digits count) joined by short separators of
//! spaces, dashes, dots, slashes and parentheses. Runs glued to letters or
//! continuing an identifier (`INV-2024-000123`, `build-20260812-09`, `v1.2.3`)
//! are not personal data and are skipped whole.

use super::text::{char_at, char_before, continues_word};

const MAX_SEPARATOR_LEN: usize = 3;

fn is_separator(byte: u8) -> bool {
    matches!(byte, b' ' | b'-' | b'.' | b'/' | b'(' | b')')
}

/// The fewest digits of a run that [`for_each_run`] finishes (slices and
/// classifies its groups once, for detectors that read every window of
/// it). Every number detector but IPv4's needs at least this many; that
/// one reads shorter runs unfinished, where [`Run::group`] and
/// [`Run::separator_before`] slice the view instead.
pub(crate) const FINISHED_FROM_DIGITS: usize = 7;

/// The most digits [`Run::digits`] returns: detectors look at no longer
/// windows.
pub(crate) const MAX_DIGITS: usize = 40;

/// How the separator before a group reads, for [`Run::boundary_weight`]:
/// this runs for every window of every run, so it is classified once.
const SINGLE_SPACE: u8 = 1;
const WIDE_WITH_SPACE: u8 = 2;

fn separator_kind(separator: &str) -> u8 {
    if same(separator, " ") {
        SINGLE_SPACE
    } else if separator.len() > 1 && separator.contains(' ') {
        WIDE_WITH_SPACE
    } else {
        0
    }
}

/// A run of digit groups in the view.
pub(crate) struct Run<'t> {
    view: &'t str,
    /// Byte ranges of the digit groups, in order.
    pub(crate) groups: Vec<(usize, usize)>,
    /// Each group's text, the separator before it and how that reads,
    /// sliced once when the run is final: detectors look at every window of
    /// a run, so these are read many times over. (One table rather than one
    /// per field: a short text's scan made more allocations for these than
    /// for anything else.)
    sliced: Vec<Group<'t>>,
    /// Every digit of the run: windows' digits are slices of it.
    all_digits: String,
    /// The number of digits in all groups.
    digit_total: usize,
}

/// A group of a finished run.
#[derive(Clone, Copy)]
struct Group<'t> {
    text: &'t str,
    /// The separator before the group (empty for the first).
    separator: &'t str,
    /// How the separator reads ([`SINGLE_SPACE`], [`WIDE_WITH_SPACE`]).
    separator_kind: u8,
    /// Where the group's digits are in `all_digits`.
    digits: (usize, usize),
}

/// A run's tables, kept from one scan to the next (see
/// [`super::Scratch`]): a short text's scan allocated them anew each time.
#[derive(Default)]
pub(crate) struct RunBuffers {
    groups: Vec<(usize, usize)>,
    sliced: Vec<Group<'static>>,
    digits: String,
}

/// An empty `groups` with the allocation of the given one, for a text of
/// another lifetime: std collects a mapped `Vec` into its own allocation
/// when the element layouts agree, as they do here (if it did not, the
/// result would simply be a new, empty list).
#[allow(clippy::unnecessary_filter_map)] // `filter` could not change the lifetime
fn relabel<'to>(groups: Vec<Group<'_>>) -> Vec<Group<'to>> {
    groups.into_iter().filter_map(|_| None).collect()
}

impl RunBuffers {
    /// The most groups or digits the tables have room for.
    pub(crate) fn capacity(&self) -> usize {
        self.groups.capacity().max(self.digits.capacity())
    }
}

impl<'t> Run<'t> {
    fn new(view: &'t str, buffers: &mut RunBuffers) -> Self {
        Run {
            view,
            groups: std::mem::take(&mut buffers.groups),
            sliced: relabel(std::mem::take(&mut buffers.sliced)),
            all_digits: std::mem::take(&mut buffers.digits),
            digit_total: 0,
        }
    }

    /// Hands the tables back, empty, for the next scan.
    fn recycle(mut self, buffers: &mut RunBuffers) {
        self.groups.clear();
        self.all_digits.clear();
        buffers.groups = self.groups;
        buffers.sliced = relabel(self.sliced);
        buffers.digits = self.all_digits;
    }

    /// Empties the run for the next one. Until [`Run::finish`], the
    /// per-group table stays empty and readers slice the view instead.
    fn reset(&mut self) {
        // Room for a phone number's or card's groups, taken at the text's
        // first run: the tables are then allocated once per scan rather than
        // grown group by group, and not at all for a text without digits.
        const GROUPS: usize = 8;
        if self.groups.capacity() == 0 {
            self.groups.reserve(GROUPS);
            self.sliced.reserve(GROUPS);
            self.all_digits.reserve(MAX_DIGITS);
        }
        self.groups.clear();
        self.sliced.clear();
        self.all_digits.clear();
    }

    /// Slices and classifies the groups once they are final.
    fn finish(&mut self) {
        for index in 0..self.groups.len() {
            let text = self
                .groups
                .get(index)
                .and_then(|&(from, to)| self.view.get(from..to))
                .unwrap_or("");
            let separator = self.sliced_separator_before(index);
            let from = self.all_digits.len();
            self.all_digits.push_str(text);
            self.sliced.push(Group {
                text,
                separator,
                separator_kind: separator_kind(separator),
                digits: (from, self.all_digits.len()),
            });
        }
    }

    /// Where the digits of groups `first..=last` are in `all_digits`, once
    /// the run is finished.
    fn digits_range(&self, first: usize, last: usize) -> Option<(usize, usize)> {
        Some((
            self.sliced.get(first)?.digits.0,
            self.sliced.get(last)?.digits.1,
        ))
    }

    /// The digits of group `index`.
    pub(crate) fn group(&self, index: usize) -> &'t str {
        if let Some(group) = self.sliced.get(index) {
            return group.text;
        }
        self.groups
            .get(index)
            .and_then(|&(start, end)| self.view.get(start..end))
            .unwrap_or("")
    }

    /// The separator before group `index` (empty for the first).
    pub(crate) fn separator_before(&self, index: usize) -> &'t str {
        if let Some(group) = self.sliced.get(index) {
            return group.separator;
        }
        self.sliced_separator_before(index)
    }

    fn sliced_separator_before(&self, index: usize) -> &'t str {
        match (
            index.checked_sub(1).and_then(|i| self.groups.get(i)),
            self.groups.get(index),
        ) {
            (Some(&(_, prev_end)), Some(&(start, _))) => {
                self.view.get(prev_end..start).unwrap_or("")
            }
            _ => "",
        }
    }

    /// The view byte just before group `first`'s start, if any.
    pub(crate) fn byte_before(&self, first: usize) -> Option<u8> {
        let start = self.groups.get(first)?.0;
        self.view.as_bytes().get(start.checked_sub(1)?).copied()
    }

    /// The view text from the start of group `first` to the end of group `last`.
    pub(crate) fn span(&self, first: usize, last: usize) -> (usize, usize) {
        let start = self.groups.get(first).map_or(0, |g| g.0);
        let end = self.groups.get(last).map_or(start, |g| g.1);
        (start, end)
    }

    /// The digits of groups `first..=last`, concatenated (at most
    /// [`MAX_DIGITS`]).
    pub(crate) fn digits(&self, first: usize, last: usize) -> &str {
        let (from, to) = self.digits_range(first, last).unwrap_or((0, 0));
        let to = to.max(from).min(from + MAX_DIGITS);
        self.all_digits.get(from..to).unwrap_or("")
    }

    /// The number of digits in all groups.
    pub(crate) fn digit_total(&self) -> usize {
        self.digit_total
    }

    /// The number of digits in groups `first..=last` of a finished run.
    // Inlined: detectors ask it of every window of every run.
    #[inline]
    pub(crate) fn digit_count(&self, first: usize, last: usize) -> usize {
        self.digits_range(first, last)
            .map_or(0, |(from, to)| to.saturating_sub(from))
    }

    /// Whether the groups `first..=last`, four or more, count up or down by
    /// one (`0 1 2 … 13`, `01 02 03 04 05`): a count or a byte dump, not a
    /// number written in groups.
    pub(crate) fn counts(&self, first: usize, last: usize) -> bool {
        let values = || (first..=last).map(|i| self.group(i).parse::<u32>().ok());
        let by = |step: i64| {
            values().zip(values().skip(1)).all(|pair| match pair {
                (Some(a), Some(b)) => i64::from(b) - i64::from(a) == step,
                _ => false,
            })
        };
        last >= first + 3 && (by(1) || by(-1))
    }

    /// Whether groups `first..=last`, seven or more, are one digit each
    /// with one separator throughout (`0 7 7 0 0 …`, `0-7-7-0-0-…`), and
    /// no such digit continues them on either side: a number spelled out
    /// digit by digit to slip past filters, read as the bare run of its
    /// digits (a part of a longer one is none).
    // The first test inlined: detectors ask it of every long window.
    #[inline]
    pub(crate) fn digit_by_digit(&self, first: usize, last: usize) -> bool {
        last >= first + 6 && self.group(first).len() == 1 && self.spelled_out(first, last)
    }

    #[inline(never)]
    fn spelled_out(&self, first: usize, last: usize) -> bool {
        let separator = self.separator_before(first + 1);
        // Group `index` is one digit, joined to its neighbour towards the
        // window by the window's separator.
        let single = |index: usize, joint: usize| {
            self.group(index).len() == 1 && same(self.separator_before(joint), separator)
        };
        matches!(separator, " " | "-")
            && (first..=last).all(|index| self.group(index).len() == 1)
            && self.separators_all(first, last, separator)
            && !(first > 0 && single(first - 1, first))
            && !(last + 1 < self.groups.len() && single(last + 1, last + 1))
    }

    /// Whether every separator inside `first..=last` equals `separator`.
    pub(crate) fn separators_all(&self, first: usize, last: usize, separator: &str) -> bool {
        (first + 1..=last).all(|index| same(self.separator_before(index), separator))
    }

    /// Calls `each((first, last), digits)` for every window whose number
    /// of digits is a bit of `lengths` (bit `n` for `n` digits, below 64)
    /// and that starts at the run's start or after a space, and ends at the
    /// run's end or before a space: a number standing on its own. (Windows
    /// with a [`Run::boundary_weight`] of 0 are skipped; callers scale their
    /// score by it.)
    pub(crate) fn windows_of_lengths(
        &self,
        lengths: u64,
        mut each: impl FnMut((usize, usize), usize),
    ) {
        let Some(most) = 63usize.checked_sub(lengths.leading_zeros() as usize) else {
            return;
        };
        let groups = self.groups.len();
        for first in 0..groups {
            for last in first..groups {
                let digits = self.digit_count(first, last);
                if digits > most {
                    break;
                }
                if lengths & (1 << digits) != 0 && self.boundary_weight(first, last) > 0.0 {
                    each((first, last), digits);
                }
            }
        }
    }

    /// How plainly groups `first..=last` stand as a number of their own
    /// within the run, as a factor for the score:
    /// - 1: each end is the run's end, a separator of several characters
    ///   with a space (`" / "`), or a single space where the window itself
    ///   uses no spaces (`4111111111111111` before ` 8.8.8.8`);
    /// - 0.8: an end is a single space and the window is spaced too, so it
    ///   may continue a neighbour (`1111 1111 1111` inside
    ///   `4111 1111 1111 1112`) — or be a number of its own beside another
    ///   (a card after `+44 20 7946 0958`): strong checks still pass;
    /// - 0: an end is a dash, dot or slash inside the run (`555-0100`
    ///   inside `415-555-0100`).
    pub(crate) fn boundary_weight(&self, first: usize, last: usize) -> f32 {
        let kind = |index: usize| match self.sliced.get(index) {
            Some(group) => group.separator_kind,
            None => separator_kind(self.separator_before(index)),
        };
        let spaced_inside = first < last && kind(first + 1) == SINGLE_SPACE;
        let weight = |index: usize| match kind(index) {
            WIDE_WITH_SPACE => 1.0,
            SINGLE_SPACE if !spaced_inside => 1.0,
            SINGLE_SPACE => 0.8,
            _ => 0.0,
        };
        let start = if first == 0 { 1.0 } else { weight(first) };
        let end = if last + 1 == self.groups.len() {
            1.0
        } else {
            weight(last + 1)
        };
        start * end
    }

    /// The view around the run, for context words.
    pub(crate) fn view(&self) -> &'t str {
        self.view
    }
}

/// Whether two separators are equal: they are a few bytes long, so an
/// inline comparison beats a call to `memcmp`, and this runs for every
/// window of every run.
#[inline]
pub(crate) fn same(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.bytes().zip(b.bytes()).all(|(x, y)| x == y)
}

/// Calls `each` for every run of digit groups in `view`, in order.
/// `digit_spans` are the byte spans of the view's words that hold a digit
/// ([`super::words::Span::has_digit`]), in order: every run starts in one,
/// and the text between them is not read again. No run takes digits inside
/// a `barrier` (byte spans found already, sorted by start, such as IPv6
/// addresses) or reaches across one: how a number scores must not depend on
/// a neighbour that redaction replaces, or redacting the output again would
/// find more.
#[inline(never)]
pub(crate) fn for_each_run<'t>(
    view: &'t str,
    digit_spans: &[(usize, usize)],
    barriers: &[(usize, usize)],
    buffers: &mut RunBuffers,
    mut each: impl FnMut(&Run<'t>),
) {
    let bytes = view.as_bytes();
    let mut pos = 0;
    let mut run = Run::new(view, buffers);
    let mut barriers = barriers.iter().copied().peekable();
    let mut digit_spans = digit_spans.iter().copied().peekable();
    // The first digit at or after `pos`: in the first span holding a digit
    // that ends after `pos` (a run may end inside a span: `12a34`).
    let mut next_digit = |pos: usize| loop {
        while digit_spans.next_if(|&(_, end)| end <= pos).is_some() {}
        let &(from, to) = digit_spans.peek()?;
        let from = from.max(pos);
        match bytes.get(from..to)?.iter().position(u8::is_ascii_digit) {
            Some(offset) => return Some(from + offset),
            None => {
                digit_spans.next();
            }
        }
    };
    while let Some(start) = next_digit(pos) {
        while barriers.next_if(|&(_, end)| end <= start).is_some() {}
        let next_barrier = match barriers.peek() {
            Some(&(from, to)) if from <= start => {
                pos = to;
                continue;
            }
            Some(&(from, _)) => from,
            None => usize::MAX,
        };
        run.reset();
        let mut cursor = start;
        loop {
            let group_start = cursor;
            while bytes.get(cursor).is_some_and(u8::is_ascii_digit) {
                cursor += 1;
            }
            run.groups.push((group_start, cursor));
            let separator_len = bytes.get(cursor..).map_or(0, |rest| {
                rest.iter()
                    .take(MAX_SEPARATOR_LEN + 1)
                    .take_while(|&&b| is_separator(b))
                    .count()
            });
            if separator_len == 0
                || separator_len > MAX_SEPARATOR_LEN
                || cursor + separator_len >= next_barrier
                || !bytes
                    .get(cursor + separator_len)
                    .is_some_and(u8::is_ascii_digit)
            {
                break;
            }
            cursor += separator_len;
        }
        pos = cursor;
        // A dotted quad may be followed by a port (`10.0.0.1:8080`).
        let dotted_quad = run.groups.len() == 4
            && (1..4).all(|index| same(run.sliced_separator_before(index), "."));
        let (glued_before, glued_after) = glued_to_identifier(view, start, cursor, dotted_quad);
        // A run glued to an identifier loses the groups that belong to it:
        // up to the first spaced separator (`DE89 3704 … 4111 1111` keeps
        // what follows `DE89`; `INV-2024-000123` keeps nothing).
        if glued_before {
            let split = iban_groups(view, start, &run)
                .or_else(|| (1..run.groups.len()).find(|&i| run.separator_before(i).contains(' ')));
            let Some(split) = split else { continue };
            run.groups.drain(..split);
        }
        if glued_after {
            let Some(split) = (1..run.groups.len())
                .rev()
                .find(|&i| run.separator_before(i).contains(' '))
            else {
                continue;
            };
            run.groups.truncate(split);
        }
        if run.groups.is_empty() {
            continue;
        }
        run.digit_total = run.groups.iter().map(|&(from, to)| to - from).sum();
        if run.digit_total >= FINISHED_FROM_DIGITS {
            run.finish();
        }
        each(&run);
    }
    run.recycle(buffers);
}

/// When the run continues an IBAN-shaped token (`DE89 3704 0044 …`, valid
/// or not), the number of its groups that belong to that token: as many as
/// make up the country's IBAN length. What follows (`… 4111 1111 1111 1111`)
/// is a number of its own.
fn iban_groups(view: &str, start: usize, run: &Run<'_>) -> Option<usize> {
    let bytes = view.as_bytes();
    let [a, b] = *<&[u8; 2]>::try_from(bytes.get(start.checked_sub(2)?..start)?).ok()?;
    let before = start.checked_sub(3).and_then(|i| bytes.get(i));
    if !(a.is_ascii_alphabetic() && b.is_ascii_alphabetic())
        || before.is_some_and(u8::is_ascii_alphanumeric)
    {
        return None;
    }
    let digits = super::iban::iban_length([a.to_ascii_uppercase(), b.to_ascii_uppercase()])?
        .checked_sub(2)?;
    let mut count = 0;
    for index in 0..run.groups.len() {
        count += run.group(index).len();
        if count == digits {
            // The whole run is the token, or the token ends at a spaced break.
            return Some(index + 1);
        }
        if count > digits {
            return None;
        }
    }
    None
}

/// Whether the digits at `start..end` continue a word or identifier before
/// them, and after them.
/// Whether `wa.me/` (WhatsApp's link to a chat, without its scheme) stands
/// just before `start`: the number after it is a phone number in
/// international form without its `+`.
pub(crate) fn after_whatsapp_link(bytes: &[u8], start: usize) -> bool {
    start
        .checked_sub(6)
        .and_then(|at| bytes.get(at..start))
        .is_some_and(|link| link.eq_ignore_ascii_case(b"wa.me/"))
}

fn glued_to_identifier(
    view: &str,
    start: usize,
    end: usize,
    port_may_follow: bool,
) -> (bool, bool) {
    let word_char = continues_word;
    // The marks below are ASCII: after one, the next character is a byte on.
    let glued_before = match char_before(view, start) {
        Some(c) if word_char(c) => true,
        Some('-' | '_' | '/' | '.' | '#') => {
            start > 0
                && char_before(view, start - 1).is_some_and(word_char)
                && !after_whatsapp_link(view.as_bytes(), start)
        }
        _ => false,
    };
    let glued_after = match char_at(view, end) {
        Some(c) if word_char(c) => true,
        Some('-' | '_' | '/' | '.') => char_at(view, end + 1).is_some_and(word_char),
        // A time or an IPv6 address goes on (`06006:1234::1`): replacing
        // the digits before it could make one of the rest.
        Some(':') if !port_may_follow => {
            char_at(view, end + 1).is_some_and(|c| c.is_ascii_hexdigit())
        }
        _ => false,
    };
    (glued_before, glued_after)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The spans of `view` that hold a digit, as the scanner collects them.
    fn digit_spans(view: &str) -> Vec<(usize, usize)> {
        let mut spans = Vec::new();
        crate::detect::words::for_each_span(view, |span| {
            if span.has_digit {
                spans.push((span.start, span.end));
            }
        });
        spans
    }

    fn runs(view: &str) -> Vec<Vec<&str>> {
        let mut out = Vec::new();
        for_each_run(
            view,
            &digit_spans(view),
            &[],
            &mut RunBuffers::default(),
            |run| out.push((0..run.groups.len()).map(|i| run.group(i)).collect()),
        );
        out
    }

    #[test]
    fn runs_table() {
        assert_eq!(
            runs("call +1 (415) 555-0100 now"),
            vec![vec!["1", "415", "555", "0100"]]
        );
        assert_eq!(
            runs("4111 1111 1111 1111"),
            vec![vec!["4111", "1111", "1111", "1111"]]
        );
        assert_eq!(runs("a 12, 34"), vec![vec!["12"], vec!["34"]]);
        assert_eq!(
            runs("10.0.0.1:8080"),
            vec![vec!["10", "0", "0", "1"], vec!["8080"]]
        );
        assert_eq!(runs("1 - - - 2"), vec![vec!["1"], vec!["2"]]);
        assert_eq!(
            runs("0532 06006:1234::1 at 12:30"),
            vec![vec!["0532"], vec!["1234"], vec!["1"], vec!["30"]],
            "a time or an IPv6 address goes on after `:`"
        );
    }

    #[test]
    fn numbers_standing_alone_in_a_run() {
        let check = |view: &str, first: usize, last: usize| {
            let mut result = None;
            for_each_run(
                view,
                &digit_spans(view),
                &[],
                &mut RunBuffers::default(),
                |run| result = Some(run.boundary_weight(first, last)),
            );
            result.unwrap() == 1.0
        };
        assert!(check("4111 1111 1111 1111", 0, 3));
        assert!(
            !check("4111 1111 1111 1111", 1, 3),
            "inside a grouped number"
        );
        assert!(
            check("4111111111111111 8.8.8.8", 0, 0),
            "a space between different numbers"
        );
        assert!(check("4111111111111111 8.8.8.8", 1, 4));
        assert!(
            check("0151 2345678 / 030 1234567", 2, 3),
            "after a spaced slash"
        );
        assert!(!check("415-555-0100", 1, 2));
    }

    #[test]
    fn identifiers_are_skipped() {
        for view in [
            "INV-2024-000123",
            "build-20260812-09",
            "v1.2.3.4",
            "abc123",
            "123abc",
            "a#12",
            "x_99",
        ] {
            assert!(runs(view).is_empty(), "{view}");
        }
        assert_eq!(runs("(555) 010-0100."), vec![vec!["555", "010", "0100"]]);
    }
}
