//! The work on screen as the tab keeps it: the draft as typed, where the
//! user was, unreadable work, and what counts as blank.

use fleksjob_beregner::app::work::WorkOnScreen;
use fleksjob_beregner::core::agreement::io::{to_json, ImportError, FORMAT};
use fleksjob_beregner::core::agreement::Agreement;
use serde_json::{json, Value};

use crate::common::d;
use crate::full;

/// The work on screen as the tab keeps it: JSON text and back.
pub(crate) fn work_round_trip(w: &WorkOnScreen) -> Result<WorkOnScreen, ImportError> {
    let text = serde_json::to_string(&w.entry()).expect("serializes");
    WorkOnScreen::from_value(serde_json::from_str(&text).expect("JSON"))
}

/// An agreement as its file's JSON: equal for equal agreements, NaN included.
pub(crate) fn as_file(a: &Agreement) -> String {
    to_json(a)
}

pub(crate) fn work(draft: Agreement) -> WorkOnScreen {
    WorkOnScreen {
        draft,
        saved: None,
        typed: Vec::new(),
        reading: false,
        open_record: None,
        new_record: false,
        note: None,
        without_basis: false,
    }
}

#[test]
fn the_work_on_screen_comes_back_as_typed_with_where_the_user_was() {
    let mut a = full();
    a.records = vec![fleksjob_beregner::core::agreement::records::start_record(&a, d(2026, 3, 16))];
    // Half-typed: hours that are not hours yet, effective above attended, a text past its limit.
    a.records[0].hours.paid = f64::NAN;
    a.steps[0].hours.effective = a.steps[0].hours.attended + 1.0;
    a.goal = "x".repeat(5_000);
    assert!(!a.problems().is_empty());
    let w = WorkOnScreen {
        saved: Some(full()),
        typed: vec![("follow-up-paid".into(), "12,x".into())],
        reading: false,
        open_record: Some(0),
        new_record: true,
        note: Some(0),
        without_basis: true,
        ..work(a.clone())
    };
    let back = work_round_trip(&w).expect("reads back");
    assert_eq!(as_file(&back.draft), as_file(&a));
    assert!(back.draft.records[0].hours.paid.is_nan());
    assert_eq!(back.draft.goal.len(), 5_000, "not cut to the limit: kept as typed");
    assert_eq!(back.saved, Some(full()));
    assert_eq!(back.typed, w.typed);
    assert_eq!((back.open_record, back.new_record, back.note, back.without_basis), (Some(0), true, Some(0), true));
}

#[test]
fn unreadable_work_is_an_error_and_a_closed_record_stays_closed() {
    let entry = serde_json::to_value(work(full()).entry()).expect("value");
    let with = |edit: &dyn Fn(&mut Value)| {
        let mut v = entry.clone();
        edit(&mut v);
        WorkOnScreen::from_value(v)
    };
    assert!(matches!(WorkOnScreen::from_value(Value::Null), Err(ImportError::NotAgreementFile)));
    assert!(matches!(with(&|v| v["format"] = json!(FORMAT)), Err(ImportError::NotAgreementFile)));
    assert!(matches!(with(&|v| v["schema"] = json!(2)), Err(ImportError::SchemaTooNew { found: 2, supported: 1 })));
    assert!(matches!(with(&|v| v["schema"] = json!("1")), Err(ImportError::WrongShape { .. })));
    assert!(matches!(with(&|v| v["typed"] = json!(7)), Err(ImportError::WrongShape { .. })));
    assert!(
        matches!(with(&|v| v["draft"]["steps"] = json!(7)), Err(ImportError::WrongShape { field, .. }) if field == "steps")
    );
    assert!(matches!(with(&|v| v["draft"]["schema"] = json!(99)), Err(ImportError::SchemaTooNew { .. })));
    // A record or note the draft does not have is closed, not an error.
    let back = with(&|v| {
        v["open_record"] = json!(3);
        v["new_record"] = json!(true);
        v["note"] = json!(0);
    })
    .expect("reads");
    assert_eq!((back.open_record, back.new_record, back.note), (None, false, None));
}

#[test]
fn only_a_new_untouched_draft_is_blank() {
    let blank = Agreement::new(d(2026, 12, 7));
    assert!(work(blank.clone()).is_blank(&blank));
    let mut named = blank.clone();
    named.parties.citizen = "Anna".into();
    assert!(!work(named.clone()).is_blank(&blank));
    assert!(work(named.clone()).is_blank(&named), "blank is what the page would make now");
    assert!(!WorkOnScreen { reading: true, ..work(blank.clone()) }.is_blank(&blank));
    assert!(!WorkOnScreen { typed: vec![("x".into(), "1,".into())], ..work(blank.clone()) }.is_blank(&blank));
    assert!(!WorkOnScreen { saved: Some(full()), ..work(blank.clone()) }.is_blank(&blank));
}
