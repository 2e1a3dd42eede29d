//! PERSON after a form's label that names a person by their part: `Customer:
//! Ngozi Adeyemi`, `Attn: Mr. Kwame Mensah`, `Account holder: NGOZI
//! ADEYEMI`, `Empfänger:`, `Destinataire :`, `Paciente:`. Tickets, orders,
//! invoices and case notes pasted into a prompt label names so.
//!
//! The labels are looked for at the colons the scan has noted, never per
//! word: as cue words, they let many common words of every text (`server`,
//! `package`, `reference`, `include`) through to a probe of the cue list,
//! 0.5% more instructions on text without personal data. Labels ending as
//! the words most often before a colon end (`Warning:`, `Level:`,
//! `Created:`, `Password:`) are left out for the same reason: `signed`,
//! `landlord`, `counsel`, `handtekening`.

use super::names::{is_given_name, may_name_a_person};
use super::person::{capitals_name_at, name_at, suffix_len};
use super::wordset::WordSet;
use super::{Candidate, Sink};
use crate::entity::EntityType;

/// Labels for a person by their part, in the supported languages (sorted,
/// lowercase).
const LABELS: &[&str] = &[
    "absender",
    "acheteur",
    "acquirente",
    "addressee",
    "afzender",
    "agent",
    "alumno",
    "aluno",
    "ansprechpartner",
    "ansprechpartnerin",
    "antragsteller",
    "applicant",
    "approver",
    "arzt",
    "assignee",
    "assinatura",
    "attendee",
    "attn",
    "attorney",
    "auteur",
    "author",
    "autor",
    "autore",
    "bearbeiter",
    "beneficiario",
    "beneficiary",
    "beneficiário",
    "buyer",
    "bénéficiaire",
    "caller",
    "cardholder",
    "claimant",
    "client",
    "cliente",
    "comprador",
    "coniuge",
    "conjoint",
    "contact",
    "contacto",
    "contactpersoon",
    "contato",
    "contatto",
    "customer",
    "cónyuge",
    "cônjuge",
    "debtor",
    "defendant",
    "dentist",
    "destinataire",
    "destinatario",
    "destinatário",
    "dipendente",
    "doctor",
    "echtgenoot",
    "ehepartner",
    "empfänger",
    "empleado",
    "employee",
    "employé",
    "engineer",
    "estudiante",
    "expéditeur",
    "father",
    "funcionário",
    "getuige",
    "guardian",
    "guest",
    "holder",
    "houder",
    "husband",
    "huurder",
    "inhaber",
    "inquilino",
    "interlocuteur",
    "karteninhaber",
    "klant",
    "kontakt",
    "kontoinhaber",
    "koper",
    "kunde",
    "kundin",
    "käufer",
    "landlady",
    "lawyer",
    "locataire",
    "medico",
    "mieter",
    "mieterin",
    "mitarbeiter",
    "mitarbeiterin",
    "mittente",
    "mother",
    "mutter",
    "médecin",
    "médico",
    "nurse",
    "occupant",
    "ontvanger",
    "paciente",
    "participant",
    "pasajero",
    "passageiro",
    "passager",
    "passagier",
    "passeggero",
    "passenger",
    "patient",
    "patiente",
    "patientin",
    "patiënt",
    "paziente",
    "physician",
    "plaintiff",
    "policyholder",
    "purchaser",
    "recipient",
    "referente",
    "remetente",
    "remitente",
    "reporter",
    "requester",
    "requestor",
    "resident",
    "responsable",
    "reviewer",
    "sachbearbeiter",
    "sachbearbeiterin",
    "schüler",
    "seller",
    "sender",
    "signatory",
    "signature",
    "spouse",
    "student",
    "studente",
    "supervisor",
    "teacher",
    "technician",
    "tenant",
    "testemunha",
    "testigo",
    "testimone",
    "therapist",
    "titolare",
    "titulaire",
    "titular",
    "traveler",
    "traveller",
    "témoin",
    "unterschrift",
    "vater",
    "vendedor",
    "vendeur",
    "venditore",
    "verfasser",
    "verhuurder",
    "verkoper",
    "verkäufer",
    "vermieter",
    "visitor",
    "werknemer",
    "wife",
    "witness",
    "zeuge",
    "ärztin",
    "élève",
    "étudiant",
];

static ROLE_LABELS: WordSet = WordSet::new(LABELS);

/// A byte's row or column of [`LAST_PAIRS`]: its low five bits, ASCII
/// letters folded to small (non-ASCII bytes share rows with letters, which
/// only lets more through).
const fn pair_index(byte: u8) -> usize {
    ((byte | 0x20) & 31) as usize
}

/// Bit `pair_index(second-last byte)` of entry `pair_index(last byte)` is
/// set for the last two bytes of each label (and of `to`, `by`): most words
/// before a colon of a text (`Total:`, `Notes:`, `Name:`) are turned away
/// by them, before their letters are counted.
// Evaluated at compile time: an index out of bounds is a build error.
#[allow(clippy::indexing_slicing)]
const LAST_PAIRS: [u32; 32] = {
    let mut table = [0u32; 32];
    let mut index = 0;
    while index <= LABELS.len() {
        let label = if index < LABELS.len() {
            LABELS[index].as_bytes()
        } else {
            b"to"
        };
        let len = label.len();
        table[pair_index(label[len - 1])] |= 1 << pair_index(label[len - 2]);
        index += 1;
    }
    table[pair_index(b'y')] |= 1 << pair_index(b'b');
    table
};

/// Whether the bytes before `end` end as a label does.
fn ends_as_label(bytes: &[u8], end: usize) -> bool {
    let (Some(&second_last), Some(&last)) = (
        end.checked_sub(2).and_then(|at| bytes.get(at)),
        end.checked_sub(1).and_then(|at| bytes.get(at)),
    ) else {
        return false;
    };
    LAST_PAIRS
        .get(pair_index(last))
        .is_some_and(|bits| bits & (1 << pair_index(second_last)) != 0)
}

/// The longest label, in bytes, looked for before a colon.
const LONGEST_LABEL: usize = 20;

/// Adds a PERSON candidate for the name after each role's label among the
/// `colons` of `view`.
// Kept out of the scan's loop, which inlined it.
#[inline(never)]
pub(crate) fn detect(view: &str, colons: &[usize], out: &mut Sink) {
    let bytes = view.as_bytes();
    for &colon in colons {
        // A label's colon stands before a space: not a URL's, a time's or
        // a path's (most colons of a text).
        if !matches!(bytes.get(colon + 1), Some(b' ' | b'\t')) {
            continue;
        }
        // French sets a space before the colon.
        let end = colon - usize::from(colon > 0 && bytes.get(colon - 1) == Some(&b' '));
        if !ends_as_label(bytes, end) {
            continue;
        }
        let start = word_start(bytes, end);
        let len = end - start;
        let word = bytes.get(start..end).unwrap_or_default();
        let label_start = if len == 2 {
            match phrase_head(bytes, start, word) {
                Some(head_start) => head_start,
                None => continue,
            }
        } else if len >= 4 && ROLE_LABELS.contains(word) {
            start
        } else {
            continue;
        };
        if let Some((name_start, name_end)) = name_after(view, label_start, colon) {
            out.push(Candidate::new(
                EntityType::PERSON,
                name_start,
                name_end,
                0.8,
            ));
        }
    }
}

/// Where a label of two words starts whose second is `to` or `by` (at
/// `start`): `Bill to:`, `Ship to:`, `Approved by:`, `Prepared by:`.
fn phrase_head(bytes: &[u8], start: usize, word: &[u8]) -> Option<usize> {
    const TO: [&str; 6] = ["bill", "deliver", "send", "sent", "ship", "sold"];
    const BY: [&str; 12] = [
        "approved",
        "assigned",
        "checked",
        "completed",
        "prepared",
        "received",
        "reported",
        "requested",
        "reviewed",
        "signed",
        "submitted",
        "witnessed",
    ];
    let heads: &[&str] = if word.eq_ignore_ascii_case(b"to") {
        &TO
    } else if word.eq_ignore_ascii_case(b"by") {
        &BY
    } else {
        return None;
    };
    let head_end = start
        .checked_sub(1)
        .filter(|&at| bytes.get(at) == Some(&b' '))?;
    let head_start = word_start(bytes, head_end);
    let head = bytes.get(head_start..head_end)?;
    heads
        .iter()
        .any(|listed| head.eq_ignore_ascii_case(listed.as_bytes()))
        .then_some(head_start)
}

/// Where the word of letters (a label's: ASCII or not) that ends at `end`
/// starts, looked for at most [`LONGEST_LABEL`] bytes back.
fn word_start(bytes: &[u8], end: usize) -> usize {
    end - bytes
        .get(end.saturating_sub(LONGEST_LABEL)..end)
        .unwrap_or_default()
        .iter()
        .rev()
        .take_while(|&&b| b.is_ascii_alphabetic() || b >= 0x80)
        .count()
}

/// The name after the label at `label_start`, whose colon is at `colon`:
/// the label opens its line (after at most one word: `Account holder`),
/// and the name ends the field. One word is a name if it is a listed given
/// name; no word may name a group or an organization (`Customer: Acme
/// Corp`, `Recipient: Sales Team`).
fn name_after(view: &str, label_start: usize, colon: usize) -> Option<(usize, usize)> {
    /// How far before the label its line may start.
    const MOST_BEFORE: usize = 40;
    let bytes = view.as_bytes();
    let floor = label_start.saturating_sub(MOST_BEFORE);
    let before = bytes.get(floor..label_start)?;
    let line_start = match before.iter().rposition(|&b| b == b'\n') {
        Some(at) => at + 1,
        None if floor == 0 => 0,
        None => return None,
    };
    let lead = before
        .get(line_start..)?
        .iter()
        .skip_while(|b| matches!(b, b' ' | b'\t' | b'-' | b'*' | b'|' | b'#' | b'>'));
    let mut words = 0;
    let mut in_word = false;
    for &b in lead {
        if b == b' ' {
            in_word = false;
        } else if b.is_ascii_alphabetic() || b >= 0x80 {
            words += usize::from(!in_word);
            in_word = true;
        } else {
            return None;
        }
    }
    if words > 1 {
        return None;
    }
    let start = colon
        + 1
        + bytes
            .get(colon + 1..)?
            .iter()
            .take_while(|&&b| b == b' ' || b == b'\t')
            .count();
    let ends_field = |end: usize| {
        let spaces = bytes
            .get(end..)
            .unwrap_or_default()
            .iter()
            .take_while(|&&b| b == b' ')
            .count();
        matches!(
            bytes.get(end + spaces),
            None | Some(b'\n' | b'\r' | b',' | b';' | b'|' | b'(')
        )
    };
    if let Some((name_start, end, words)) = name_at(view, start) {
        let enough = words.len() >= 2 || words.first().is_some_and(|w| is_given_name(w));
        let personal = words.iter().all(|word| may_name_a_person(word));
        return (enough && personal && ends_field(end + suffix_len(view, end)))
            .then_some((name_start, end));
    }
    let end = capitals_name_at(view, start, 2)?;
    let personal = view.get(start..end)?.split(' ').all(may_name_a_person);
    (personal && ends_field(end)).then_some((start, end))
}

#[cfg(test)]
mod tests {
    use super::super::tests::found;
    use super::LONGEST_LABEL;

    #[test]
    fn labels_are_valid_and_fit() {
        crate::detect::wordset::assert_valid(&super::ROLE_LABELS);
        assert!(super::ROLE_LABELS
            .words()
            .iter()
            .all(|w| (4..=LONGEST_LABEL).contains(&w.len())));
    }

    #[test]
    fn names_after_a_role_label() {
        let cases = [
            (
                "Customer: Olusegun Obasanjo\nPlan: pro",
                "Olusegun Obasanjo",
            ),
            ("Attn: Mr. Kwame Mensah", "Kwame Mensah"),
            (
                "  Account holder: Ngozi Adeyemi (since 2019)",
                "Ngozi Adeyemi",
            ),
            ("Cardholder: NGOZI ADEYEMI\n", "NGOZI ADEYEMI"),
            ("| Patient: Amaru Quispe | Ward 4 |", "Amaru Quispe"),
            ("Empfänger: Jürgen Weißbach", "Jürgen Weißbach"),
            ("Destinataire : Amélie Dubois", "Amélie Dubois"),
            ("Paciente: Amaru Quispe, 54 años", "Amaru Quispe"),
            ("The customer: Olusegun Obasanjo", "Olusegun Obasanjo"),
            ("Tenant: Priya", "Priya"),
            ("Emergency contact: Ngozi Adeyemi, +234", "Ngozi Adeyemi"),
            ("Bill to: Ngozi Adeyemi\n", "Ngozi Adeyemi"),
            ("Approved by: Ngozi Adeyemi", "Ngozi Adeyemi"),
            ("Assignee: Ngozi Adeyemi", "Ngozi Adeyemi"),
            ("Ansprechpartnerin: Ngozi Adeyemi", "Ngozi Adeyemi"),
            ("Témoin : Ngozi Adeyemi", "Ngozi Adeyemi"),
        ];
        for (text, name) in cases {
            assert_eq!(found(text, "PERSON"), [name], "{text}");
        }
    }

    #[test]
    fn no_name_or_no_label() {
        let cases = [
            "Customer: Acme Corp\n",
            "Recipient: Sales Team",
            "Attn: Disclaimer Clerk\nFree Software Foundation",
            "Attn: Data Protection Officer",
            "Powered by: Apache Kafka",
            "Listen to: Pink Floyd",
            "User-Agent: Mozilla Firefox",
            "Contact: Debian QA Group",
            "Client: Premium",
            "Customer: Olusegun Obasanjo wants a refund",
            "x = a.customer: Olusegun Obasanjo",
            "Customer ID: 88231",
            "CUSTOMER: N/A",
            "Note that the customer: Olusegun Obasanjo",
            "mycustomer: Olusegun Obasanjo",
        ];
        for text in cases {
            assert_eq!(found(text, "PERSON"), Vec::<String>::new(), "{text}");
        }
    }
}
