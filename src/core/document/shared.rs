//! What the agreement and a meeting's note are both built from: the
//! scenario the basis gives, tidy free text, the hours as rows, and the
//! signatures.

use super::model::{Block, Locale, Section, Signature, Term};
use crate::core::agreement::{Agreement, Hours};
use crate::core::income::form::{Basis, CalculatorForm};
use crate::core::income::scenario::Scenario;
use crate::core::text::number::NumberStyle;

/// The scenario the basis gives: the calculator restored from it.
pub fn scenario_of(basis: &Basis) -> Option<Scenario> {
    form_of(basis).scenario()
}

pub(super) fn form_of(basis: &Basis) -> CalculatorForm {
    CalculatorForm::from_basis(basis.year, basis, NumberStyle::default())
}

/// The texts that are not empty, joined.
pub(super) fn join_present(parts: &[&str], separator: &str) -> String {
    parts.iter().filter(|s| !s.is_empty()).copied().collect::<Vec<_>>().join(separator)
}

/// Lines trimmed, blank lines dropped: free text as one tidy block.
pub(super) fn tidy(text: &str) -> String {
    text.lines().map(str::trim).filter(|line| !line.is_empty()).collect::<Vec<_>>().join("\n")
}

pub(super) fn hours_rows(h: &Hours, l: &dyn Locale) -> Vec<(String, String)> {
    let w = |t: Term| l.term(t).to_string();
    let mut rows = vec![
        (w(Term::AttendedHours), l.number(h.attended, 2)),
        (w(Term::EffectiveHours), l.number(h.effective, 2)),
        (w(Term::PaidHours), l.number(h.paid, 2)),
    ];
    if let Some(intensity) = h.intensity() {
        rows.push((w(Term::Intensity), format!("{} %", l.number(100.0 * intensity, 0))));
    }
    rows
}

pub(super) fn signatures(a: &Agreement, l: &dyn Locale, (heading, sentence): (Term, Term)) -> Section {
    let w = |t: Term| l.term(t).to_string();
    let p = &a.parties;
    let employer = join_present(&[p.employer_contact.trim(), p.employer.trim()], ", ");
    let signatures = vec![
        Signature { role: w(Term::Citizen), name: p.citizen.trim().to_string() },
        Signature { role: w(Term::Employer), name: employer },
        Signature { role: w(Term::consultant(a.date)), name: p.consultant.trim().to_string() },
    ];
    Section {
        key: "signatures",
        heading: w(heading),
        blocks: vec![Block::Paragraph(w(sentence)), Block::Signatures(signatures)],
    }
}
