//! National identity and tax numbers, one module each. Numbers with a strong
//! check (a check letter, mod 97, two check digits) stand alone; those whose
//! check passes by chance once in ten or eleven need a context word (`NHS`,
//! `BSN`, `Steuer-ID`, …) to reach the default threshold.

pub(crate) mod au_tfn;
pub(crate) mod br_cnpj;
pub(crate) mod br_cpf;
pub(crate) mod ca_sin;
pub(crate) mod cn_resident_id;
pub(crate) mod de_tax_id;
pub(crate) mod es_dni;
pub(crate) mod fr_nir;
pub(crate) mod in_aadhaar;
pub(crate) mod in_pan;
pub(crate) mod it_fiscal_code;
pub(crate) mod jp_my_number;
pub(crate) mod kr_rrn;
pub(crate) mod nl_bsn;
pub(crate) mod passport;
pub(crate) mod uk_nhs;
pub(crate) mod uk_nino;

use super::digits::{same, Run};
use super::keywords::Context;
use super::{Candidate, Sink};
use crate::entity::EntityType;

/// How far before a number a context word may stand, in bytes.
pub(crate) const CONTEXT_WINDOW: usize = 40;

/// Emits `entity` for the groups `window` (first, last) with `score`, raised by `boost`
/// when a word from `context` stands shortly before.
fn emit(
    run: &Run<'_>,
    (first, last): (usize, usize),
    entity: EntityType,
    score: f32,
    boost: f32,
    (context, kinds): (&Context<'_>, u32),
    out: &mut Sink,
) {
    let (start, end) = run.span(first, last);
    let score = score * run.boundary_weight(first, last);
    let lifted = if boost > 0.0 && context.before(start, CONTEXT_WINDOW, kinds) {
        (score + boost).min(0.99)
    } else {
        score
    };
    out.push(Candidate::new(entity, start, end, lifted));
}

/// Whether groups `first..=last` have the lengths `shape` joined by one of
/// `separators` used throughout (or are one group of all the digits).
fn shaped(run: &Run<'_>, first: usize, last: usize, shape: &[usize], separators: &[&str]) -> bool {
    if first == last {
        return true;
    }
    let lengths_match = last - first + 1 == shape.len()
        && shape
            .iter()
            .enumerate()
            .all(|(offset, &len)| run.group(first + offset).len() == len);
    let separator = run.separator_before(first + 1);
    lengths_match
        && separators.iter().any(|allowed| same(allowed, separator))
        && run.separators_all(first, last, separator)
}
