//! The agreement file: its format and schema, the upgrade of older
//! schemas, every import error and the field it names, the basis in the
//! file, and the texts cleaned on import.

use std::collections::HashSet;

use fleksjob_beregner::core::agreement::io::{
    base64url, from_fragment, from_json, to_fragment, to_json, ImportError, FORMAT, MAX_BYTES, SCHEMA,
};
use fleksjob_beregner::core::agreement::{
    Accommodation, Agreement, FieldPath, FollowUp, FollowUpKind, Part, Parties, Problem, ProblemKind, Step, Support,
    Today,
};
use fleksjob_beregner::core::income::form::Field;
use serde_json::{json, Value};

use crate::common::{aarhus_basis, d, hours};
use crate::full;

#[test]
fn draft_to_json_to_draft_is_identical() {
    let a = full();
    assert!(a.problems().is_empty(), "{:?}", a.problems());
    assert_eq!(from_json(&to_json(&a)), Ok(a));
    let fresh = Agreement::new(d(2028, 2, 29));
    assert_eq!(from_json(&to_json(&fresh)), Ok(fresh));
}

#[test]
fn the_file_starts_with_its_format_and_schema() {
    let json = to_json(&full());
    let mut lines = json.lines();
    assert_eq!(lines.next(), Some("{"));
    assert_eq!(lines.next(), Some(format!("  \"format\": \"{FORMAT}\",").as_str()));
    // Without follow-up records, the schema before them: older versions open it.
    assert_eq!(lines.next(), Some("  \"schema\": 5,"));
    assert_eq!(SCHEMA, 6);
    // Accommodations are written by their keys.
    let value: Value = serde_json::from_str(&json).expect("json");
    assert_eq!(
        value["today"]["accommodations"],
        json!(["pace", "breaks", "lifting", "spread_of_hours", "days_off", {"other": "Stille rum 🤫 #2"}])
    );
    assert_eq!(value["date"], json!("2026-03-02"));
}

/// A file as schema 1 wrote it: hours as typed text beside the tasks, a
/// step's length in `weeks`, no support, follow-ups without `done`.
pub(crate) const SCHEMA_1: &str = r#"{
  "format": "fleksjob-beregner/progression-agreement",
  "schema": 1,
  "date": "2024-02-29",
  "parties": {"citizen": "Anna", "employer": "Bageriet", "employer_contact": "", "consultant": "Carl"},
  "today": {"attended": "10", "effective": "4", "paid": "3,5", "tasks": "Pakning", "accommodations": ["breaks", {"other": "Stille rum"}]},
  "goal": "12 timer",
  "steps": [
    {"start": "2024-03-01", "weeks": 6, "attended": "12,5", "effective": "5", "paid": "4.75",
     "tasks": "Kassen", "trial": true, "if_not_working": "Tilbage"}
  ],
  "fleksjob_start": "2024-01-31",
  "first_fleksjob": true,
  "follow_ups": [
    {"date": "2024-02-29", "kind": "early", "label": ""},
    {"date": "2024-06-01", "kind": "custom", "label": "Besøg"}
  ]
}"#;

#[test]
fn a_schema_1_file_is_upgraded() {
    let want = Agreement {
        date: d(2024, 2, 29),
        parties: Parties {
            citizen: "Anna".into(),
            employer: "Bageriet".into(),
            employer_contact: String::new(),
            consultant: "Carl".into(),
            collective_agreement: String::new(),
        },
        today: Today {
            hours: hours(10.0, 4.0, 3.5),
            tasks: "Pakning".into(),
            hard_tasks: String::new(),
            accommodations: vec![Accommodation::Breaks, Accommodation::Other("Stille rum".into())],
        },
        goal: "12 timer".into(),
        steps: vec![Step {
            start: d(2024, 3, 1),
            duration_weeks: 6,
            hours: hours(12.5, 5.0, 4.75),
            tasks: "Kassen".into(),
            trial: true,
            placement: false,
            if_not_working: "Tilbage".into(),
        }],
        support: Support::default(),
        fleksjob_start: d(2024, 1, 31),
        first_fleksjob: true,
        events: Vec::new(),
        follow_ups: vec![
            FollowUp { date: d(2024, 2, 29), kind: FollowUpKind::Early, label: String::new(), done: false },
            FollowUp { date: d(2024, 6, 1), kind: FollowUpKind::Custom, label: "Besøg".into(), done: false },
        ],
        basis: None,
        records: Vec::new(),
    };
    let upgraded = from_json(SCHEMA_1).expect("schema 1 reads");
    assert_eq!(upgraded, want);
    // Saved again, it is a current file that reads back the same.
    let again = to_json(&upgraded);
    assert!(again.contains("\"schema\": 5"));
    assert_eq!(from_json(&again), Ok(want));
}

#[test]
fn a_schema_1_file_with_unreadable_hours_names_the_field() {
    let bad = SCHEMA_1.replace("\"12,5\"", "\"tolv\"");
    assert_eq!(
        from_json(&bad),
        Err(ImportError::WrongShape { field: "steps[0].attended".into(), detail: "not a number of hours".into() })
    );
    // The upgraded values are checked like any others.
    let above = SCHEMA_1.replace("\"paid\": \"3,5\"", "\"paid\": \"81\"");
    assert_eq!(
        from_json(&above),
        Err(ImportError::Invalid(Problem {
            field: FieldPath::today_hours(Part::Paid),
            kind: ProblemKind::OutOfRange { min: 0.0, max: 80.0 }
        }))
    );
}

/// The current file of `full()` as JSON, changed by `edit`.
fn edited(edit: impl FnOnce(&mut serde_json::Map<String, Value>)) -> String {
    let mut value: Value = serde_json::from_str(&to_json(&full())).expect("json");
    edit(value.as_object_mut().expect("object"));
    value.to_string()
}

#[test]
fn every_import_error_is_reached() {
    let mut seen = HashSet::new();
    let mut expect = |result: Result<Agreement, ImportError>, want: ImportError| {
        assert_eq!(result, Err(want.clone()));
        seen.insert(want.key());
    };

    let huge = " ".repeat(MAX_BYTES + 1);
    expect(from_json(&huge), ImportError::TooLarge { bytes: MAX_BYTES + 1, max: MAX_BYTES });
    let long_link = "A".repeat(MAX_BYTES / 3 * 4 + 8);
    expect(from_fragment(&long_link), ImportError::TooLarge { bytes: long_link.len(), max: MAX_BYTES / 3 * 4 + 4 });

    expect(from_fragment("#not base64!"), ImportError::NotAFragment);
    // A link cut to a length base64 cannot have.
    let link = to_fragment(&full());
    let cut = &link[..(link.len() - 2) / 4 * 4 + 1];
    expect(from_fragment(cut), ImportError::NotAFragment);
    // Valid base64url, but not UTF-8 text.
    expect(from_fragment(&base64url::encode(&[0xff, 0xfe])), ImportError::NotAFragment);

    expect(from_json("{\n  \"format\": oops\n}"), ImportError::NotJson { line: 2, column: 13 });
    expect(from_json(""), ImportError::NotJson { line: 1, column: 0 });
    expect(from_fragment(&base64url::encode(b"<html>")), ImportError::NotJson { line: 1, column: 1 });

    expect(from_json("[1, 2]"), ImportError::NotAgreementFile);
    expect(from_json("{}"), ImportError::NotAgreementFile);
    expect(from_json(r#"{"format": "something-else", "schema": 2}"#), ImportError::NotAgreementFile);

    expect(
        from_json(&edited(|m| {
            m.insert("schema".into(), json!(7));
        })),
        ImportError::SchemaTooNew { found: 7, supported: 6 },
    );

    expect(
        from_json(&edited(|m| {
            m.remove("goal");
        })),
        ImportError::Missing { field: "goal".into() },
    );
    expect(
        from_json(&edited(|m| {
            m.remove("schema");
        })),
        ImportError::Missing { field: "schema".into() },
    );

    expect(
        from_json(&edited(|m| {
            m.insert("schema".into(), json!("2"));
        })),
        ImportError::WrongShape { field: "schema".into(), detail: "expected a whole number from 1".into() },
    );
    expect(
        from_json(&edited(|m| {
            m.insert("signature".into(), json!("Anna"));
        })),
        ImportError::WrongShape { field: "signature".into(), detail: "not a field of the agreement".into() },
    );
    expect(
        from_json(&edited(|m| {
            m.insert("steps".into(), json!({}));
        })),
        ImportError::WrongShape { field: "steps".into(), detail: "expected a list".into() },
    );
    expect(
        from_json(&edited(|m| {
            m["steps"][1]["hours"]["paid"] = json!("12");
        })),
        ImportError::WrongShape {
            field: "steps[1].hours.paid".into(),
            detail: "invalid type: string \"12\", expected f64".into(),
        },
    );
    expect(
        from_json(&edited(|m| {
            m["date"] = json!("2026-02-30");
        })),
        ImportError::WrongShape { field: "date".into(), detail: "expected a date as YYYY-MM-DD".into() },
    );

    expect(
        from_json(&edited(|m| {
            m["today"]["hours"]["effective"] = json!(10.5);
        })),
        ImportError::Invalid(Problem {
            field: FieldPath::today_hours(Part::Effective),
            kind: ProblemKind::EffectiveAboveAttended,
        }),
    );
    expect(
        from_json(&edited(|m| {
            m["follow_ups"][0]["date"] = json!("1999-01-01");
        })),
        ImportError::Invalid(Problem {
            field: FieldPath::follow_up(0).date(),
            kind: ProblemKind::DateOutOfRange { first: d(2000, 1, 1), last: d(2100, 12, 31) },
        }),
    );

    assert_eq!(
        seen,
        HashSet::from([
            "too_large",
            "not_a_fragment",
            "not_json",
            "not_agreement_file",
            "schema_too_new",
            "missing",
            "wrong_shape",
            "invalid",
        ])
    );
}

#[test]
fn an_error_names_its_field() {
    let err = from_json(&edited(|m| {
        m.remove("parties");
    }))
    .unwrap_err();
    assert_eq!(err.field().as_deref(), Some("parties"));
    assert_eq!(from_json("nope").unwrap_err().field(), None);
}

#[test]
fn a_nan_hour_is_written_as_null_and_refused_on_import_by_the_validator() {
    let mut a = full();
    a.today.hours.paid = f64::NAN;
    a.events[0].amount = f64::NAN;
    let json = to_json(&a);
    assert!(json.contains("\"paid\": null"), "{json}");
    // null reads back as NaN, so the validator names the field, as in the editor.
    assert!(matches!(
        from_json(&json),
        Err(ImportError::Invalid(Problem { field, kind: ProblemKind::NotFinite })) if field == FieldPath::today_hours(Part::Paid)
    ));
    // A misshapen hour is still the wrong shape.
    let text = json.replacen("\"paid\": null", "\"paid\": \"12\"", 1);
    assert!(matches!(from_json(&text), Err(ImportError::WrongShape { field, .. }) if field == "today.hours.paid"));
}

#[test]
fn an_unknown_field_of_any_length_is_named_briefly() {
    // Issue 9.7: a 100,000-character field name was echoed whole.
    let name = "x".repeat(100_000);
    let err = from_json(&edited(|m| {
        m.insert(name.clone(), json!(1));
    }))
    .unwrap_err();
    let field = err.field().expect("names a field");
    assert_eq!(field.chars().count(), 61, "60 characters and an ellipsis");
    assert!(field.ends_with('…'));
    // Nested too: an unknown field inside a step.
    let err = from_json(&edited(|m| {
        m["steps"][0][name.as_str()] = json!(1);
    }))
    .unwrap_err();
    let field = err.field().expect("names a field");
    assert!(field.starts_with("steps[0].xxx") && field.chars().count() == 61, "{field}");
    let ImportError::WrongShape { detail, .. } = err else { panic!("wrong shape expected") };
    assert!(detail.chars().count() <= 120, "{} characters of detail", detail.chars().count());
}

#[test]
fn control_and_bidi_characters_are_removed_on_import() {
    // Issue 9.9: U+202E reversed the print view, U+0007 and raw newlines
    // passed into the summary.
    let text = edited(|m| {
        m["parties"]["citizen"] = json!("Anna\u{202e}nesnej\u{7}\nJensen");
        m["goal"] = json!("Linje 1\r\nLinje 2\u{2066}");
    });
    let a = from_json(&text).expect("reads");
    assert_eq!(a.parties.citizen, "Annanesnej Jensen");
    assert_eq!(a.goal, "Linje 1\nLinje 2");
    assert!(a.is_clean());
}

#[test]
fn a_schema_2_file_opens_without_a_basis() {
    let text = edited(|m| {
        m.insert("schema".into(), json!(2));
        m.remove("basis");
    });
    assert_eq!(from_json(&text).map(|a| a.basis), Ok(None));
}

#[test]
fn the_basis_travels_with_the_file_and_the_link() {
    let mut a = full();
    a.basis = Some(aarhus_basis(2025, 15.0));
    let json = to_json(&a);
    let value: Value = serde_json::from_str(&json).expect("json");
    assert_eq!(
        value["basis"],
        json!({"year": 2025, "kommune": 751, "church": false, "wage": 185.0, "pension_employer": 8.0,
               "pension_employee": 0.0, "paid": 12.0, "target": 15.0, "fulltime_hours": 37.0})
    );
    assert_eq!(from_json(&json), Ok(a.clone()));
    assert_eq!(from_fragment(&to_fragment(&a)), Ok(a));
}

#[test]
fn a_bad_basis_names_its_field() {
    let mut a = full();
    a.basis = Some(aarhus_basis(2025, 15.0));
    let with = |edit: fn(&mut Value)| {
        let mut value: Value = serde_json::from_str(&to_json(&a)).expect("json");
        edit(&mut value);
        from_json(&value.to_string())
    };
    assert_eq!(
        with(|v| v["basis"]["wage"] = json!(5000)),
        Err(ImportError::Invalid(Problem {
            field: FieldPath::basis(Field::HourlyWage),
            kind: ProblemKind::OutOfRange { min: 0.0, max: 2_000.0 }
        }))
    );
    assert_eq!(
        with(|v| {
            v["basis"].as_object_mut().unwrap().remove("paid");
        }),
        Err(ImportError::Invalid(Problem { field: FieldPath::basis(Field::PaidHours), kind: ProblemKind::Missing }))
    );
    assert_eq!(
        with(|v| v["basis"]["kommune"] = json!(999)),
        Err(ImportError::Invalid(Problem { field: FieldPath::BasisKommune, kind: ProblemKind::Unknown }))
    );
    assert!(matches!(
        with(|v| v["basis"]["bonus"] = json!(1)),
        Err(ImportError::WrongShape { field, .. }) if field == "basis.bonus"
    ));
    assert!(matches!(
        with(|v| v["basis"]["wage"] = json!("185")),
        Err(ImportError::WrongShape { field, .. }) if field == "basis.wage"
    ));
}

#[test]
fn a_schema_3_file_opens_without_the_fields_schema_4_added() {
    let mut value: Value = serde_json::from_str(&to_json(&full())).expect("json");
    value["schema"] = json!(3);
    for (object, key) in [("parties", "collective_agreement"), ("today", "hard_tasks")] {
        value[object].as_object_mut().expect("object").remove(key);
    }
    for step in value["steps"].as_array_mut().expect("steps") {
        step.as_object_mut().expect("step").remove("placement");
    }
    let a = from_json(&value.to_string()).expect("schema 3 reads");
    assert_eq!(a.parties.collective_agreement, "");
    assert_eq!(a.today.hard_tasks, "");
    assert!(a.steps.iter().all(|s| !s.placement));
    assert_eq!(a.parties.citizen, full().parties.citizen);
}
