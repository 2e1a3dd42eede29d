//! Words: maximal runs of ASCII letters and digits, the shared first step of
//! the detectors for letter-and-digit identifiers (DNI, codice fiscale, PAN,
//! NINO, passport numbers).

/// Calls `each(start, end)` for every ASCII alphanumeric word in `view` that
/// is not glued to other letters (`Ä12345678Z` is not a word here).
pub(crate) fn for_each_word(view: &str, mut each: impl FnMut(usize, usize)) {
    let bytes = view.as_bytes();
    let mut pos = 0;
    while let Some(offset) = bytes
        .get(pos..)
        .and_then(|rest| rest.iter().position(u8::is_ascii_alphanumeric))
    {
        let start = pos + offset;
        let len = bytes
            .get(start..)
            .unwrap_or_default()
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric())
            .count();
        let end = start + len;
        pos = end;
        let glued_before = view
            .get(..start)
            .and_then(|b| b.chars().next_back())
            .is_some_and(char::is_alphanumeric);
        let glued_after = view
            .get(end..)
            .and_then(|a| a.chars().next())
            .is_some_and(char::is_alphanumeric);
        if !glued_before && !glued_after {
            each(start, end);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words() {
        let mut out = Vec::new();
        let view = "a1 Ä12Z, (X1234567L) é";
        for_each_word(view, |s, e| out.push(&view[s..e]));
        assert_eq!(out, ["a1", "X1234567L"]);
    }
}
