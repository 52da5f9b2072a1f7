//! `keepable`, the one gate of save, export and share.

use fleksjob_beregner::app::keep::{keepable, NotKeepable};
use fleksjob_beregner::core::agreement::{io, Agreement};

use crate::common::{aarhus_basis, d};

fn draft() -> Agreement {
    let mut a = Agreement::new(d(2026, 3, 2));
    a.parties.citizen = "Anna Jensen".into();
    a
}

#[test]
fn a_draft_without_a_basis_takes_the_calculators_figures() {
    let kept = keepable(&draft(), || Some(aarhus_basis(2026, 14.0))).expect("keepable");
    assert_eq!(kept.basis, Some(aarhus_basis(2026, 14.0)));
    assert_eq!(io::from_json(&io::to_json(&kept)).expect("reopens"), kept);
}

#[test]
fn its_own_basis_wins_and_the_calculator_is_not_asked() {
    let mut a = draft();
    a.basis = Some(aarhus_basis(2025, 13.0));
    let kept = keepable(&a, || panic!("the calculator is not asked")).expect("keepable");
    assert_eq!(kept, a);
}

#[test]
fn without_a_basis_and_with_calculator_errors_nothing_is_kept() {
    assert_eq!(keepable(&draft(), || None), Err(NotKeepable::CalculatorHasErrors));
}

#[test]
fn a_draft_with_problems_is_not_kept_whatever_the_calculator() {
    let mut a = draft();
    a.today.hours.paid = f64::NAN;
    assert!(!a.problems().is_empty());
    assert_eq!(keepable(&a, || Some(aarhus_basis(2026, 14.0))), Err(NotKeepable::Problems));
}
