//! Columns of a table pasted as text (CSV, TSV, a spreadsheet's copied
//! cells, a Markdown table): a cue word heading a column is the context of
//! every cell below it. In `name,phone⏎Jana Nováková,4155550100` the word
//! `phone` stands too far from the second row's number to lift it, and no
//! `Name:` stands before the name.
//!
//! The cue pass finds the header's words; this adds, for each row below, a
//! hit at the delimiter before each cued cell, which the detectors read as
//! they read a word there.

use super::keywords::{Cue, Hit};
use super::text::{find_byte, line_break_len};
use crate::sort::sort_by;

/// The longest header line read.
const MAX_HEADER: usize = 512;
/// The longest header cell: a label of a few words.
const MAX_LABEL: usize = 32;
/// The most columns a header may have cues in.
const MAX_CUED: usize = 8;

/// A column headed by a cue: its index and what its cells are read as.
#[derive(Clone, Copy)]
struct Column {
    index: usize,
    cue: Option<Cue>,
    contexts: u32,
}

/// Adds the hits of the cells below cued table headers, keeping `hits` in
/// order. Each line is read as a header at most once and each row once, so
/// the cost is linear in the text; a text with no cue in a line holding a
/// delimiter pays one look at each hit's neighbours.
#[inline(never)]
pub(crate) fn add_cell_hits(view: &str, hits: &mut Vec<Hit>) {
    let bytes = view.as_bytes();
    let mut added = Vec::new();
    // Where the last table read ends: nothing before it heads another.
    let mut read_to = 0;
    for hit in hits.iter() {
        if hit.start < read_to || !may_head_column(hit) || !in_delimited_cell(bytes, hit) {
            continue;
        }
        // A header is short, and rows follow it.
        let line = line_start(bytes, hit.start)
            .and_then(|start| Some((start, line_end(bytes, start, MAX_HEADER + 1)?)));
        let Some((line_start, line_end)) = line else {
            // A line too long for a header, or the last: none of its cue
            // words heads a column (skipped at once, so that a long line
            // of them is read once, not once per word).
            let rest = bytes.get(hit.end..).unwrap_or_default();
            read_to = hit.end + find_byte(rest, b'\n').unwrap_or(rest.len());
            continue;
        };
        read_to = line_end;
        let Some(header) = bytes.get(line_start..line_end) else {
            continue;
        };
        let Some(delimiter) = delimiter_of(header) else {
            continue;
        };
        let Some((columns, width)) = header_columns(header, line_start, delimiter, hits) else {
            continue;
        };
        read_to = read_rows(bytes, line_end, delimiter, width, &columns, &mut added);
    }
    if !added.is_empty() {
        hits.append(&mut added);
        sort_by(hits, |a, b| (a.end, a.start).cmp(&(b.end, b.start)));
    }
}

/// Whether `hit` announces something a column's cells could hold.
fn may_head_column(hit: &Hit) -> bool {
    hit.contexts != 0 || matches!(hit.cue, Some(Cue::NameIntro | Cue::NameLabel | Cue::Birth))
}

fn is_delimiter(byte: u8) -> bool {
    matches!(byte, b',' | b'\t' | b';' | b'|')
}

/// Whether the cue word at `hit` stands in a short cell between delimiters
/// (or a line's ends), one of them a delimiter: most cue words stand in
/// prose, which this turns away by reading a few bytes on each side.
fn in_delimited_cell(bytes: &[u8], hit: &Hit) -> bool {
    let ends_cell =
        |b: Option<&u8>| b.is_none_or(|&b| is_delimiter(b) || matches!(b, b'\n' | b'\r'));
    // A label's cue word starts or ends its cell (`Phone`, `Phone number`,
    // `mobile_phone`, `Date of birth`, `| Phone |`): a few bytes turn most
    // prose away.
    let (opener, closer) = beside(bytes, hit, 2, |b| *b == b' ');
    let quote_or_end = |b: Option<&u8>| ends_cell(b) || b == Some(&b'"');
    if !(quote_or_end(opener) || opener == Some(&b'_') || quote_or_end(closer)) {
        return false;
    }
    let (opener, closer) = beside(bytes, hit, MAX_LABEL, |b| {
        b.is_ascii_alphabetic() || matches!(b, b' ' | b'_' | b'-' | b'"')
    });
    ends_cell(opener)
        && ends_cell(closer)
        && (opener.is_some_and(|&b| is_delimiter(b)) || closer.is_some_and(|&b| is_delimiter(b)))
}

/// The bytes before and after `hit` past at most `reach` bytes on each
/// side that `skip` accepts (`None` at the text's ends).
fn beside<'b>(
    bytes: &'b [u8],
    hit: &Hit,
    reach: usize,
    skip: impl Fn(&u8) -> bool,
) -> (Option<&'b u8>, Option<&'b u8>) {
    let before = bytes.get(..hit.start).unwrap_or_default();
    let back = before
        .iter()
        .rev()
        .take(reach)
        .take_while(|b| skip(b))
        .count();
    let after = bytes.get(hit.end..).unwrap_or_default();
    let ahead = after.iter().take(reach).take_while(|b| skip(b)).count();
    let opener = before
        .len()
        .checked_sub(back + 1)
        .and_then(|at| before.get(at));
    (opener, after.get(ahead))
}

/// The start of the line holding `pos`, if it starts within a header's
/// length before it (the bound keeps a long line's many cue words from
/// each reading back to its start).
fn line_start(bytes: &[u8], pos: usize) -> Option<usize> {
    let before = bytes.get(..pos).unwrap_or_default();
    let back = before
        .iter()
        .rev()
        .take(MAX_HEADER + 1)
        .take_while(|&&b| b != b'\n')
        .count();
    (back <= MAX_HEADER).then(|| before.len() - back)
}

/// The end of the line starting at `start` (before its `\r\n` or `\n`),
/// if its line break comes within `limit` bytes.
fn line_end(bytes: &[u8], start: usize, limit: usize) -> Option<usize> {
    let line = bytes.get(start..)?;
    let len = line.iter().take(limit).position(|&b| b == b'\n')?;
    let end = start + len;
    Some(if len > 0 && bytes.get(end - 1) == Some(&b'\r') {
        end - 1
    } else {
        end
    })
}

/// The delimiter a header line uses: of tab, comma, semicolon and `|`, the
/// one it holds most of.
fn delimiter_of(header: &[u8]) -> Option<u8> {
    [b'\t', b',', b';', b'|']
        .into_iter()
        .map(|d| (header.iter().filter(|&&b| b == d).count(), d))
        .filter(|&(count, _)| count > 0)
        .max_by_key(|&(count, _)| count)
        .map(|(_, d)| d)
}

/// The cells of a line between `delimiter`s, into `cells` (emptied first:
/// one buffer serves a table's rows); a delimiter inside double quotes
/// (`"Smith, Jana"`) splits none.
#[inline(never)]
fn split_cells(line: &[u8], delimiter: u8, cells: &mut Vec<(usize, usize)>) {
    cells.clear();
    let mut start = 0;
    let mut quoted = false;
    for (pos, &b) in line.iter().enumerate() {
        if b == b'"' {
            quoted = !quoted;
        } else if b == delimiter && !quoted {
            cells.push((start, pos));
            start = pos + 1;
        }
    }
    cells.push((start, line.len()));
}

/// The cued columns of `header`, the line starting at `line_start`, and
/// its number of cells, if the line reads as a header: two cells or more,
/// each a short label without digits (the first and last may be empty, as
/// a Markdown table's outer `|` leaves them).
fn header_columns(
    header: &[u8],
    line_start: usize,
    delimiter: u8,
    hits: &[Hit],
) -> Option<(Vec<Column>, usize)> {
    let line_end = line_start + header.len();
    let mut header_cells = Vec::new();
    split_cells(header, delimiter, &mut header_cells);
    for &(from, to) in &header_cells {
        let cell = header.get(from..to)?;
        if cell.len() > MAX_LABEL || cell.iter().any(u8::is_ascii_digit) {
            return None;
        }
    }
    if header_cells.len() < 2 {
        return None;
    }
    // Hits are in order: those of this line are a run of them.
    let first = hits.partition_point(|hit| hit.start < line_start);
    let mut columns: Vec<Column> = Vec::new();
    for hit in hits
        .get(first..)?
        .iter()
        .take_while(|hit| hit.end <= line_end)
    {
        if !may_head_column(hit) {
            continue;
        }
        let index = header_cells
            .iter()
            .position(|&(_, to)| line_start + to >= hit.end)
            .unwrap_or(0);
        if let Some(column) = columns.iter_mut().find(|column| column.index == index) {
            column.contexts |= hit.contexts;
            column.cue = column.cue.or(name_or_birth(hit.cue));
        } else if columns.len() < MAX_CUED {
            columns.push(Column {
                index,
                cue: name_or_birth(hit.cue),
                contexts: hit.contexts,
            });
        }
    }
    // A column headed by a person (`Customer`, `Patient`, `Kunde`) holds
    // names, as `name` does.
    for (index, &(from, to)) in header_cells.iter().enumerate() {
        let label = trim_label(header.get(from..to).unwrap_or_default());
        let names_people = PERSON_HEADINGS
            .iter()
            .any(|heading| heading.as_bytes().eq_ignore_ascii_case(label));
        if names_people && columns.len() < MAX_CUED && !columns.iter().any(|c| c.index == index) {
            columns.push(Column {
                index,
                cue: Some(Cue::NameIntro),
                contexts: 0,
            });
        }
    }
    // A bare `name` heads products and files as often as people: only in
    // a table of contacts (an email, a phone or another part of a name
    // beside it) are its cells names.
    let contacts = columns
        .iter()
        .any(|c| c.contexts != 0 || matches!(c.cue, Some(Cue::NameLabel | Cue::Birth)))
        || header.windows(4).any(|w| w.eq_ignore_ascii_case(b"mail"));
    for column in &mut columns {
        if column.cue == Some(Cue::NameIntro) {
            column.cue = contacts.then_some(Cue::NameCell);
        } else if column.cue == Some(Cue::NameLabel) {
            column.cue = Some(Cue::NameCell);
        }
    }
    columns.retain(|column| column.cue.is_some() || column.contexts != 0);
    (!columns.is_empty()).then_some((columns, header_cells.len()))
}

/// Header labels naming people, whose column holds their names.
const PERSON_HEADINGS: [&str; 14] = [
    "customer",
    "client",
    "contact",
    "patient",
    "employee",
    "recipient",
    "sender",
    "guest",
    "member",
    "person",
    "kunde",
    "klant",
    "cliente",
    "paciente",
];

/// A header cell's label without the spaces and quotes around it.
fn trim_label(cell: &[u8]) -> &[u8] {
    let is_padding = |b: &u8| matches!(b, b' ' | b'"');
    let start = cell.iter().take_while(|b| is_padding(b)).count();
    let end = cell.len() - cell.iter().rev().take_while(|b| is_padding(b)).count();
    cell.get(start..end.max(start)).unwrap_or_default()
}

/// The cue a header word gives its column's cells, if it names a name or a
/// birth date.
fn name_or_birth(cue: Option<Cue>) -> Option<Cue> {
    cue.filter(|cue| matches!(cue, Cue::NameIntro | Cue::NameLabel | Cue::Birth))
}

/// Reads the rows after the header ending at `header_end` while each has
/// `width` cells, as the header (a Markdown table's `|---|` line is
/// skipped), adding a hit before each cued cell. Returns where the last row
/// ends.
fn read_rows(
    bytes: &[u8],
    header_end: usize,
    delimiter: u8,
    width: usize,
    columns: &[Column],
    added: &mut Vec<Hit>,
) -> usize {
    let mut row = Vec::with_capacity(width);
    let mut read_to = header_end;
    let mut pos = header_end;
    loop {
        let line_break = line_break_len(bytes.get(pos..).unwrap_or_default());
        if line_break == 0 {
            return read_to;
        }
        pos += line_break;
        let end = line_end(bytes, pos, usize::MAX).unwrap_or(bytes.len());
        let line = bytes.get(pos..end).unwrap_or_default();
        let rule = !line.is_empty()
            && line
                .iter()
                .all(|&b| matches!(b, b'-' | b':' | b'|' | b' ' | b'+' | b'='));
        if !rule {
            split_cells(line, delimiter, &mut row);
            if row.len() != width {
                return read_to;
            }
            for column in columns {
                let Some(&(from, to)) = row.get(column.index) else {
                    continue;
                };
                // At the delimiter before the cell (the line break before
                // the first), where a cue word would end.
                let at = (pos + from).saturating_sub(1);
                added.push(Hit {
                    cue: column.cue,
                    contexts: column.contexts,
                    start: at,
                    end: at,
                    reach: pos + to,
                });
            }
        }
        read_to = end;
        pos = end;
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::found;

    #[test]
    fn a_header_cue_reaches_every_row() {
        let table = "name,email,phone\nJana Nováková,jana@example.com,4155550100\nOkonkwo Eze,eze@example.org,2025550143\n";
        assert_eq!(found(table, "PHONE"), ["4155550100", "2025550143"]);
        assert_eq!(found(table, "PERSON"), ["Jana Nováková", "Okonkwo Eze"]);
        let tsv = "id\tVorname\tNachname\tTelefon\n1\tKarin\tSchulz\t01701234567\n2\tPaul\tMeier\t015112345678";
        assert_eq!(found(tsv, "PERSON"), ["Karin", "Schulz", "Paul", "Meier"]);
        assert_eq!(found(tsv, "PHONE"), ["01701234567", "015112345678"]);
        let customers = "| Customer | Mobile |\n|---|---|\n| Okonkwo Eze | 07911123456 |\n";
        assert_eq!(found(customers, "PERSON"), ["Okonkwo Eze"]);
        let markdown =
            "| Name | Phone | SSN |\n|---|---|---|\n| Okonkwo Eze | 2025550143 | 078051120 |\n";
        assert_eq!(found(markdown, "PHONE"), ["2025550143"]);
        assert_eq!(found(markdown, "US_SSN"), ["078051120"]);
        assert_eq!(found(markdown, "PERSON"), ["Okonkwo Eze"]);
        let quoted = "\"name\",\"dob\"\n\"Eze, Okonkwo\",\"1985-03-12\"\n";
        assert_eq!(found(quoted, "DATE_OF_BIRTH"), ["1985-03-12"]);
        assert_eq!(found(quoted, "PERSON"), ["Eze, Okonkwo"]);
    }

    #[test]
    fn other_tables_and_prose_stay() {
        for (text, kind) in [
            // `name` alone heads products.
            ("name,price\nBlue Widget,9.99\n", "PERSON"),
            // No cue in the header, or a row of another width.
            ("id,order\n1,2025550143\n", "PHONE"),
            (
                "phone,order\nno rows were found in this export\n2025550143\n",
                "PHONE",
            ),
            // A cue word in prose, beside a comma.
            (
                "Please call, then wait for me.\nSure, the order 2025550143 shipped",
                "PHONE",
            ),
            // A cued cell lifts no number in the cells beside it.
            (
                "phone,the order number of the shop\nnone,2025550143\nnone,4155550100\n",
                "PHONE",
            ),
            // A header with digits is a row of data.
            (
                "phone,the total of 12 orders in the shop\n2025550143,x\n",
                "PHONE",
            ),
        ] {
            assert!(found(text, kind).is_empty(), "{text}");
        }
    }
}
