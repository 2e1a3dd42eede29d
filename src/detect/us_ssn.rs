//! US_SSN: `AAA-GG-SSSS` with the SSA's rules (no area 000, 666 or 9xx, no
//! group 00, no serial 0000); nine bare digits only with context.

use super::digits::Run;
use super::keywords::{context, Context};
use super::{Candidate, Sink};
use crate::entity::EntityType;

pub(crate) fn valid(area: &str, group: &str, serial: &str) -> bool {
    let area_ok = area != "000" && area != "666" && !area.starts_with('9');
    area.len() == 3
        && group.len() == 2
        && serial.len() == 4
        && area_ok
        && group != "00"
        && serial != "0000"
}

/// Checks a run for SSN shapes.
#[inline(never)]
pub(crate) fn detect_run(run: &Run<'_>, context: &Context<'_>, out: &mut Sink) {
    let groups = run.groups.len();
    for first in 0..groups.saturating_sub(2) {
        let separator = run.separator_before(first + 1);
        // The three groups must stand alone in the run: `+44 20 7946
        // 0958 123-45-6789` holds an SSN after a phone number. (Their
        // digits first: most windows fail there.)
        let (area, group, serial) = (run.group(first), run.group(first + 1), run.group(first + 2));
        let weight = if valid(area, group, serial) {
            run.boundary_weight(first, first + 2)
        } else {
            0.0
        };
        if weight > 0.0
            && matches!(separator, "-" | " " | "." | " - " | "/")
            && run.separators_all(first, first + 2, separator)
        {
            let (start, end) = run.span(first, first + 2);
            let has_context = context.before(start, 40, context::SSN);
            // Dots join versions and section numbers as often, and spaced
            // dashes and slashes ranges and fractions: only after an SSN's
            // word (`ssn: 078.05.1120`, `SSN 078 - 05 - 1120`).
            if matches!(separator, "." | " - " | "/") && !has_context {
                continue;
            }
            let score = weight
                * match separator {
                    "-" => 0.85,
                    " " => 0.6,
                    _ => 0.5,
                };
            let boost = if has_context { 0.3 } else { 0.0 };
            out.push(Candidate::new(
                EntityType::US_SSN,
                start,
                end,
                score + boost,
            ));
        }
    }
    // Nine bare digits, the whole run: together or spelled out (`0 7 8 0
    // 5 1 1 2 0`).
    if groups == 1 || (groups == 9 && run.digit_by_digit(0, 8)) {
        let digits = run.digits(0, groups - 1);
        if digits.len() != 9 {
            return;
        }
        let (area, rest) = digits.split_at(3);
        let (group, serial) = rest.split_at(2);
        let (start, end) = run.span(0, groups - 1);
        if valid(area, group, serial) {
            let boost = if context.before(start, 40, context::SSN) {
                0.5
            } else {
                0.0
            };
            out.push(Candidate::new(EntityType::US_SSN, start, end, 0.3 + boost));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::found;

    #[test]
    fn positives() {
        let rows = [
            ("SSN 123-45-6789.", "123-45-6789"),
            ("ssn: 078.05.1120", "078.05.1120"),
            ("SSN 078 - 05 - 1120", "078 - 05 - 1120"),
            ("ssn 078/05/1120", "078/05/1120"),
            ("SSN是078-05-1120。", "078-05-1120"),
            ("my ssn: 123456789", "123456789"),
            ("social security number 078 05 1120", "078 05 1120"),
            ("Social Security: 219099999", "219099999"),
            ("+44 20 7946 0958 123-45-6789", "123-45-6789"),
            ("SSN 0 7 8 0 5 1 1 2 0", "0 7 8 0 5 1 1 2 0"),
            ("ssn: 0-7-8-0-5-1-1-2-0.", "0-7-8-0-5-1-1-2-0"),
        ];
        for (text, expected) in rows {
            assert_eq!(found(text, "US_SSN"), vec![expected], "{text}");
        }
    }

    #[test]
    fn negatives() {
        for text in [
            "release 078.05.1120",   // dotted, no SSN word
            "pages 078 - 05 - 1120", // spaced dashes, no SSN word
            "ratio 078/05/1120",     // slashes, no SSN word
            "000-45-6789",
            "666-45-6789",
            "912-45-6789",
            "123-00-6789",
            "123-45-0000",
            "123456789",
            "0 7 8 0 5 1 1 2 0",
            "SSN 0 7 8 0 5 1 1 2 0 1",
            "1-123-45-6789",
            // "security" alone is a policy, a group, a token: not an SSN's cue.
            "organization security policy with ID \"123456789\"",
            "--security-policy=123456789 --folder=987654321",
        ] {
            assert!(found(text, "US_SSN").is_empty(), "{text}");
        }
    }
}
