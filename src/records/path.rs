//! Field paths and the patterns of policy rules.
//!
//! A path names one value in a record: `user.email`, `items[3].phone`,
//! `["odd.key"]`. A pattern is a path with wildcards: `*` is any one key,
//! `[*]` any one array index, `**` any number of keys and indexes (none
//! included): `items[*].phone`, `**.ssn`, `user.*`.

use crate::error::Result;
use crate::value::invalid;

/// One step of a concrete path.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Step<'k> {
    /// An object key.
    Key(&'k str),
    /// An array index.
    Index(usize),
}

/// Appends `steps` as a path to `out` (which may hold a path already):
/// `items[3].phone`, `["odd.key"]`.
pub(crate) fn render_into(steps: &[Step<'_>], out: &mut String) {
    for step in steps {
        match step {
            Step::Index(index) => {
                out.push('[');
                crate::json::push_decimal(out, *index as u64);
                out.push(']');
            }
            Step::Key(key) if is_plain_key(key) => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(key);
            }
            Step::Key(key) => {
                out.push('[');
                push_quoted(out, key);
                out.push(']');
            }
        }
    }
}

/// A key that can be written bare in a path.
fn is_plain_key(key: &str) -> bool {
    !key.is_empty()
        && key != "*"
        && key != "**"
        && key.chars().all(|c| {
            // ASCII first: most keys are, and this runs for every finding.
            if c.is_ascii() {
                c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '$' | '@')
            } else {
                c.is_alphanumeric()
            }
        })
}

fn push_quoted(out: &mut String, key: &str) {
    out.push('"');
    for c in key.chars() {
        if matches!(c, '"' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out.push('"');
}

/// One step of a pattern.
#[derive(Clone, Debug, PartialEq, Eq)]
enum PatternStep {
    Key(String),
    AnyKey,
    Index(usize),
    AnyIndex,
    AnyDepth,
}

/// A rule's path pattern.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct PathPattern {
    steps: Vec<PatternStep>,
}

/// The longest pattern accepted, in bytes.
const MAX_PATTERN_LEN: usize = 1024;

impl PathPattern {
    /// Parses `text`; errors name `path` (the rule's option path).
    pub(crate) fn parse(text: &str, path: &str) -> Result<PathPattern> {
        let error = |why: &str| {
            invalid(
                path,
                format!("bad field path `{}`: {why}", crate::value::shown(text)),
            )
        };
        if text.is_empty() {
            return Err(error("it is empty"));
        }
        if text.len() > MAX_PATTERN_LEN {
            return Err(error("it is longer than 1024 bytes"));
        }
        let mut steps = Vec::new();
        let mut rest = text;
        let mut first = true;
        while !rest.is_empty() {
            if let Some(after) = rest.strip_prefix('[') {
                let (step, after) =
                    parse_bracket(after).ok_or_else(|| error("unclosed or malformed `[…]`"))?;
                steps.push(step);
                rest = after;
            } else {
                if !first {
                    rest = rest
                        .strip_prefix('.')
                        .ok_or_else(|| error("expected `.` or `[` between steps"))?;
                }
                let end = rest.find(['.', '[']).unwrap_or(rest.len());
                let (name, after) = rest.split_at(end);
                steps.push(match name {
                    "" => return Err(error("an empty step")),
                    "*" => PatternStep::AnyKey,
                    "**" => PatternStep::AnyDepth,
                    name if name.contains(['"', ']', '\\']) => {
                        return Err(error("quote keys with special characters: [\"key\"]"))
                    }
                    name => PatternStep::Key(name.to_owned()),
                });
                rest = after;
            }
            first = false;
        }
        Ok(PathPattern { steps })
    }

    /// Whether the pattern matches the path `steps`.
    pub(crate) fn matches(&self, steps: &[Step<'_>], case_insensitive: bool) -> bool {
        // reachable[j]: the pattern so far can end having consumed j steps.
        // Paths up to 127 steps (the default maxDepth is 64) use a bit set
        // and allocate nothing; deeper ones a vector.
        if steps.len() < 128 {
            let mut reachable: u128 = 1;
            for pattern_step in &self.steps {
                let mut next: u128 = 0;
                for j in 0..=steps.len() {
                    if reachable & (1 << j) == 0 {
                        continue;
                    }
                    if *pattern_step == PatternStep::AnyDepth {
                        // Every j' ≥ j.
                        next |= !0u128 << j;
                        break;
                    }
                    if steps
                        .get(j)
                        .is_some_and(|step| fits(pattern_step, step, case_insensitive))
                    {
                        next |= 1 << (j + 1);
                    }
                }
                reachable = next;
                if reachable == 0 {
                    return false;
                }
            }
            return reachable & (1 << steps.len()) != 0;
        }
        let mut reachable = vec![false; steps.len() + 1];
        if let Some(first) = reachable.first_mut() {
            *first = true;
        }
        for pattern_step in &self.steps {
            let mut next = vec![false; steps.len() + 1];
            for j in 0..=steps.len() {
                if !reachable.get(j).copied().unwrap_or(false) {
                    continue;
                }
                if *pattern_step == PatternStep::AnyDepth {
                    for slot in next.iter_mut().skip(j) {
                        *slot = true;
                    }
                    break;
                }
                if steps
                    .get(j)
                    .is_some_and(|step| fits(pattern_step, step, case_insensitive))
                {
                    if let Some(slot) = next.get_mut(j + 1) {
                        *slot = true;
                    }
                }
            }
            reachable = next;
        }
        reachable.last().copied().unwrap_or(false)
    }
}

/// Whether one pattern step (not `**`) matches one path step.
fn fits(pattern_step: &PatternStep, step: &Step<'_>, case_insensitive: bool) -> bool {
    match (pattern_step, step) {
        (PatternStep::Key(name), Step::Key(key)) => {
            name == key
                || (case_insensitive
                    && name
                        .chars()
                        .flat_map(char::to_lowercase)
                        .eq(key.chars().flat_map(char::to_lowercase)))
        }
        (PatternStep::AnyKey, Step::Key(_)) | (PatternStep::AnyIndex, Step::Index(_)) => true,
        (PatternStep::Index(wanted), Step::Index(index)) => wanted == index,
        _ => false,
    }
}

/// `*]`, `3]` or `"key"]` after an opening bracket.
fn parse_bracket(text: &str) -> Option<(PatternStep, &str)> {
    if let Some(rest) = text.strip_prefix("*]") {
        return Some((PatternStep::AnyIndex, rest));
    }
    if let Some(quoted) = text.strip_prefix('"') {
        let mut key = String::new();
        let mut chars = quoted.char_indices();
        while let Some((at, c)) = chars.next() {
            match c {
                '\\' => key.push(chars.next()?.1),
                '"' => {
                    let rest = quoted.get(at + 1..)?.strip_prefix(']')?;
                    return Some((PatternStep::Key(key), rest));
                }
                c => key.push(c),
            }
        }
        return None;
    }
    let end = text.find(']')?;
    let digits = text.get(..end)?;
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) || digits.len() > 9 {
        return None;
    }
    Some((
        PatternStep::Index(digits.parse().ok()?),
        text.get(end + 1..)?,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn steps<'a>(parts: &[&'a str]) -> Vec<Step<'a>> {
        parts
            .iter()
            .map(|part| match part.parse::<usize>() {
                Ok(index) => Step::Index(index),
                Err(_) => Step::Key(part),
            })
            .collect()
    }

    #[test]
    fn pattern_table() {
        let rows: &[(&str, &[&str], bool)] = &[
            ("user.email", &["user", "email"], true),
            ("user.email", &["user", "mail"], false),
            ("user.email", &["user", "email", "x"], false),
            ("items[*].phone", &["items", "3", "phone"], true),
            ("items[*].phone", &["items", "x", "phone"], false),
            ("items[2].phone", &["items", "2", "phone"], true),
            ("items[2].phone", &["items", "3", "phone"], false),
            ("**.ssn", &["ssn"], true),
            ("**.ssn", &["a", "0", "b", "ssn"], true),
            ("**.ssn", &["a", "ssnx"], false),
            ("user.*", &["user", "email"], true),
            ("user.*", &["user", "0"], false),
            ("**", &["anything", "0"], true),
            ("a.**.z", &["a", "z"], true),
            ("a.**.z", &["a", "b", "c", "z"], true),
            ("[\"odd.key\"].x", &["odd.key", "x"], true),
            ("[*]", &["0"], true),
        ];
        for (pattern, path, expected) in rows {
            let parsed = PathPattern::parse(pattern, "rules[0].path").unwrap();
            assert_eq!(
                parsed.matches(&steps(path), false),
                *expected,
                "{pattern} ~ {path:?}"
            );
        }
        let upper = PathPattern::parse("User.EMAIL", "p").unwrap();
        assert!(upper.matches(&steps(&["user", "email"]), true));
        assert!(!upper.matches(&steps(&["user", "email"]), false));
        // Deep paths take the other branch and agree.
        let deep: Vec<&str> = std::iter::repeat_n("a", 200).chain(["ssn"]).collect();
        let any = PathPattern::parse("**.ssn", "p").unwrap();
        assert!(any.matches(&steps(&deep), false));
        assert!(!PathPattern::parse("a.**.b", "p")
            .unwrap()
            .matches(&steps(&deep), false));
        let shallow: Vec<&str> = std::iter::repeat_n("a", 126).chain(["ssn"]).collect();
        assert!(any.matches(&steps(&shallow), false));
    }

    #[test]
    fn bad_patterns_are_named() {
        for bad in [
            "", "a..b", "a.", "a[", "a[x]", "a[\"x]", "a]b", ".a", "a[1]b",
        ] {
            let error = PathPattern::parse(bad, "policy.rules[2].path").unwrap_err();
            assert_eq!(
                (error.code(), error.path()),
                ("INVALID_OPTIONS", Some("policy.rules[2].path")),
                "{bad:?}"
            );
        }
    }

    fn render(steps: &[Step<'_>]) -> String {
        let mut out = String::new();
        render_into(steps, &mut out);
        out
    }

    #[test]
    fn paths_render_readably() {
        let path = vec![
            Step::Key("items"),
            Step::Index(3),
            Step::Key("phone"),
            Step::Key("odd.key"),
            Step::Key("say \"hi\""),
        ];
        assert_eq!(render(&path), r#"items[3].phone["odd.key"]["say \"hi\""]"#);
        assert_eq!(render(&[Step::Index(0)]), "[0]");
        assert_eq!(render(&[]), "");
        // A path continues one that is already written (a batch index).
        let mut out = String::from("[12]");
        render_into(&[Step::Key("user"), Step::Index(0)], &mut out);
        assert_eq!(out, "[12].user[0]");
    }
}
