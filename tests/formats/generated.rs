//! Generated drafts, bases, JSON and mutated files, and the properties
//! over them: round trips through the file, the link and the tab, the
//! validator against the decoder, base64url, no panic on any input, the
//! calendar of any draft, and cleaning.

use chrono::NaiveDate;
use fleksjob_beregner::app::work::{WorkOnScreen, FORMAT as WORK_FORMAT};
use fleksjob_beregner::core::agreement::ics::calendar;
use fleksjob_beregner::core::agreement::io::{
    base64url, check_reopens, from_fragment, from_json, to_fragment, to_json, FORMAT,
};
use fleksjob_beregner::core::agreement::{
    Accommodation, Agreement, Decision, EventKind, FollowUp, FollowUpKind, FollowUpRecord, Hours, Month, MonthEvent,
    Parties, Step, Support, SupportItem, Today,
};
use fleksjob_beregner::core::income::form::{Basis, Field, LedighedsydelseLevel};
use proptest::prelude::*;
use serde_json::{json, Value};

use crate::calendar::{check_ics, stamp};
use crate::common::d;
use crate::file::SCHEMA_1;
use crate::work::{as_file, work, work_round_trip};

fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        "[a-zA-ZæøåÆØÅ0-9 ,.;:\"\\\\\n#&=%-]{1,40}",
        prop::collection::vec(any::<char>(), 0..40).prop_map(String::from_iter),
    ]
}

/// Hours as people type them: hundredths, or (rarely) up to 15
/// significant digits, the precision the file keeps exactly.
fn any_hour() -> impl Strategy<Value = f64> {
    prop_oneof![
        4 => (0u32..=8_000).prop_map(|h| f64::from(h) / 100.0),
        1 => (0u64..=800_000_000_000_000).prop_map(|h| h as f64 / 1e13),
    ]
}

fn any_hours() -> impl Strategy<Value = Hours> {
    (any_hour(), any_hour(), any_hour()).prop_map(|(a, b, paid)| Hours {
        attended: a.max(b),
        effective: a.min(b),
        paid,
    })
}

fn any_date() -> impl Strategy<Value = NaiveDate> {
    (0i64..36_000).prop_map(|days| d(2000, 1, 1) + chrono::Duration::days(days))
}

fn any_accommodation() -> impl Strategy<Value = Accommodation> {
    prop_oneof![(0..5usize).prop_map(|i| Accommodation::COMMON[i].clone()), any_text().prop_map(Accommodation::Other),]
}

fn any_item() -> impl Strategy<Value = SupportItem> {
    (any::<bool>(), any_text()).prop_map(|(given, note)| SupportItem { given, note })
}

fn any_agreement() -> impl Strategy<Value = Agreement> {
    let step = (any_date(), 1u16..=520, any_hours(), any_text(), [any::<bool>(), any::<bool>()], any_text()).prop_map(
        |(start, duration_weeks, hours, tasks, [trial, placement], if_not_working)| Step {
            start,
            duration_weeks,
            hours,
            tasks,
            trial,
            placement,
            if_not_working,
        },
    );
    let follow_up = (any_date(), 0..4usize, any_text(), any::<bool>()).prop_map(|(date, kind, label, done)| FollowUp {
        date,
        kind: FollowUpKind::ALL[kind],
        label,
        done,
    });
    let event = (any_date(), 0..5usize, 0u32..=2_300).prop_map(|(date, kind, amount)| MonthEvent {
        month: Month::of(date),
        kind: EventKind::ALL[kind],
        amount: f64::from(amount) / 100.0,
    });
    let record = (
        (any_date(), any_text(), any_hours()),
        [any_text(), any_text(), any_text(), any_text()],
        (0..5usize, prop::option::of(any_date())),
    )
        .prop_map(
            |((date, participants, hours), [tasks, notes, accommodations, citizen_words], (decision, next_date))| {
                FollowUpRecord {
                    date,
                    participants,
                    hours,
                    tasks,
                    notes,
                    accommodations,
                    citizen_words,
                    decision: Decision::ALL[decision],
                    next_date,
                }
            },
        );
    (
        (any_date(), [any_text(), any_text(), any_text(), any_text(), any_text()]),
        (any_hours(), [any_text(), any_text()], prop::collection::vec(any_accommodation(), 0..6)),
        (any_text(), prop::collection::vec(step, 0..4)),
        (any_item(), any_item(), any_item(), any_text()),
        (any_date(), any::<bool>(), prop::collection::vec(follow_up, 0..10)),
        (prop::collection::vec(event, 0..4), prop::collection::vec(record, 0..3)),
    )
        .prop_map(
            |(
                (date, [citizen, employer, employer_contact, consultant, collective_agreement]),
                (hours, [tasks, hard_tasks], accommodations),
                (goal, steps),
                (mentor, aids, personal_assistance, other),
                (fleksjob_start, first_fleksjob, follow_ups),
                (events, records),
            )| Agreement {
                date,
                parties: Parties { citizen, employer, employer_contact, consultant, collective_agreement },
                today: Today { hours, tasks, hard_tasks, accommodations },
                goal,
                steps,
                support: Support { mentor, aids, personal_assistance, other },
                fleksjob_start,
                first_fleksjob,
                follow_ups,
                events,
                basis: None,
                records,
            },
        )
}

/// A basis as the calculator records it: valid values, optional fields
/// sometimes empty.
fn any_basis() -> impl Strategy<Value = Option<Basis>> {
    let fields = prop::collection::vec(prop::option::of(0u32..=200_000), Field::ALL.len());
    let basis = (
        2024u16..=2026,
        prop::option::of(prop::sample::select(vec![101u16, 147, 751, 860])),
        any::<bool>(),
        prop::option::of(prop::sample::select(LedighedsydelseLevel::ALL.to_vec())),
        fields,
    )
        .prop_map(|(year, municipality, church, level, values)| {
            let mut b = Basis::new(year);
            b.municipality = municipality;
            b.church = church;
            b.single_parent = !church;
            b.ledighedsydelse_level = level;
            for (field, v) in Field::ALL.into_iter().zip(values) {
                // Within every field's range: a fraction of the way
                // from its minimum to its maximum; a year is whole.
                let range = field.range();
                let share = |v: u32| f64::from(v % 10_000 + 1) / 10_000.0;
                let at = |v: u32| range.min + share(v) * (range.max - range.min);
                let value = v.map(|v| if field.is_year() { at(v).round() } else { (at(v) * 100.0).round() / 100.0 });
                b.set_value(field, if field.optional() { value } else { value.or(Some(range.max)) });
            }
            // Effective at most attended.
            if let (Some(a), Some(e)) = (b.value(Field::AttendedHours), b.value(Field::EffectiveHours)) {
                b.set_value(Field::EffectiveHours, Some(a.min(e)));
            }
            b
        });
    prop::option::of(basis)
}

/// Half an hour more than `hours`, in hundredths as people type hours: a
/// sum such as 0.64 + 0.5 is 1.1400000000000001, which no one types and
/// serde_json (without its float_roundtrip feature, 8.7 KiB gzip in the
/// reader) reads back as 1.14.
fn more_than(hours: f64) -> f64 {
    ((hours * 100.0).round() + 50.0) / 100.0
}

/// Any draft the editor can hold, valid or not: texts beyond the limits,
/// hours that are NaN or out of range, dates outside the calendar's bounds,
/// lists over their caps, and bases with bad values.
fn any_draft() -> impl Strategy<Value = Agreement> {
    let bad_hour = prop_oneof![Just(f64::NAN), Just(-1.0), Just(80.5), Just(f64::INFINITY)];
    (
        any_agreement(),
        any_basis(),
        0..11usize,
        any::<prop::sample::Index>(),
        bad_hour,
        prop_oneof![Just(200usize), Just(201), Just(4_000), Just(4_001)],
        prop_oneof![Just(2u64), Just(20), Just(21), Just(60), Just(61)],
    )
        .prop_map(|(mut a, basis, what, index, hour, length, count)| {
            a.basis = basis;
            let text = "x".repeat(length);
            match what {
                0 => a.parties.citizen = text,
                1 => a.goal = text,
                2 => a.today.hours.paid = hour,
                3 => a.date = d(1999, 12, 31),
                4 => a.fleksjob_start = d(2101, 1, 1),
                5 => {
                    a.steps = (0..count)
                        .map(|i| Step::new(d(2027, 1, 1) + chrono::Duration::weeks(i as i64), a.today.hours))
                        .collect()
                }
                6 => {
                    let f = FollowUp { date: a.date, kind: FollowUpKind::Custom, label: String::new(), done: false };
                    a.follow_ups = vec![f; count as usize];
                }
                7 => {
                    if let Some(b) = a.basis.as_mut() {
                        let field = Field::ALL[index.index(Field::ALL.len())];
                        b.set_value(field, Some(hour));
                    }
                }
                8 => {
                    if let Some(f) = a.follow_ups.first_mut() {
                        f.label = text;
                    }
                }
                9 if index.index(2) == 0 => {
                    let r = fleksjob_beregner::core::agreement::records::start_record(&a, a.date);
                    a.records = vec![r; count as usize];
                }
                9 => {
                    if let Some(r) = a.records.first_mut() {
                        r.hours.effective = more_than(r.hours.attended);
                        r.notes = text;
                    }
                }
                _ => a.today.hours.effective = more_than(a.today.hours.attended),
            }
            a
        })
}

/// Any JSON value, nested a few levels.
pub(crate) fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| json!(n)),
        any::<f64>().prop_map(|n| json!(n)),
        any_text().prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 64, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..8).prop_map(Value::Array),
            prop::collection::btree_map(
                prop_oneof![
                    any_text(),
                    prop::sample::select(vec![
                        "format",
                        "schema",
                        "date",
                        "parties",
                        "today",
                        "hours",
                        "steps",
                        "support",
                        "follow_ups",
                        "attended",
                        "weeks",
                        "other"
                    ])
                    .prop_map(str::to_string),
                ],
                inner,
                0..8
            )
            .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// A valid file of either schema with one field (at any depth) replaced.
pub(crate) fn mutated_file() -> impl Strategy<Value = String> {
    (any_agreement(), any::<bool>(), any::<prop::sample::Index>(), any_json()).prop_map(
        |(a, as_schema_1, index, replacement)| {
            let mut value: Value = if as_schema_1 {
                serde_json::from_str(SCHEMA_1).expect("json")
            } else {
                serde_json::from_str(&to_json(&a)).expect("json")
            };
            let mut slots = Vec::new();
            collect_paths(&value, &mut Vec::new(), &mut slots);
            let path = &slots[index.index(slots.len())];
            if let Some(slot) = path.iter().try_fold(&mut value, |v, key| match key {
                Key::Field(k) => v.get_mut(k.as_str()),
                Key::Item(i) => v.get_mut(*i),
            }) {
                *slot = replacement;
            }
            value.to_string()
        },
    )
}

#[derive(Clone)]
enum Key {
    Field(String),
    Item(usize),
}

fn collect_paths(value: &Value, here: &mut Vec<Key>, out: &mut Vec<Vec<Key>>) {
    out.push(here.clone());
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                here.push(Key::Field(k.clone()));
                collect_paths(v, here, out);
                here.pop();
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                here.push(Key::Item(i));
                collect_paths(v, here, out);
                here.pop();
            }
        }
        _ => {}
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn any_valid_draft_round_trips_through_file_and_link(a in any_agreement(), basis in any_basis()) {
        let mut a = a;
        a.basis = basis;
        prop_assert!(a.problems().is_empty(), "{:?}", a.problems());
        // What comes back is the draft with its texts cleaned (see core::text).
        let mut clean = a.clone();
        clean.clean();
        prop_assert!(clean.is_clean());
        prop_assert_eq!(from_json(&to_json(&a)), Ok(clean.clone()));
        prop_assert_eq!(from_fragment(&to_fragment(&a)), Ok(clean.clone()));
        // A clean draft comes back exactly.
        prop_assert_eq!(from_json(&to_json(&clean)), Ok(clean));
    }

    /// The editor's validator (`problems`) accepts exactly what the decoder
    /// accepts, for drafts inside and outside the limits.
    #[test]
    fn any_draft_comes_back_from_its_tab_as_typed(a in any_draft(), saved in any_agreement(), open in 0..3usize) {
        let w = WorkOnScreen { saved: Some(saved.clone()), open_record: Some(open), ..work(a.clone()) };
        let back = work_round_trip(&w).expect("reads back");
        prop_assert_eq!(as_file(&back.draft), as_file(&a));
        prop_assert_eq!(as_file(back.saved.as_ref().expect("saved")), as_file(&saved));
        prop_assert_eq!(back.open_record, Some(open).filter(|i| *i < a.records.len()));
    }

    #[test]
    fn the_validator_accepts_exactly_what_the_decoder_accepts(a in any_draft()) {
        let decoded = from_json(&to_json(&a));
        prop_assert_eq!(a.problems().is_empty(), decoded.is_ok(), "{:?} / {:?}", a.problems(), decoded.err());
        prop_assert_eq!(check_reopens(&a).is_ok(), a.problems().is_empty());
    }

    #[test]
    fn base64url_round_trips(bytes in prop::collection::vec(any::<u8>(), 0..200)) {
        let text = base64url::encode(&bytes);
        prop_assert_eq!(base64url::decode(&text), Some(bytes));
    }

    #[test]
    fn base64url_accepts_only_canonical_text(text in "[A-Za-z0-9_=+/ -]{0,40}") {
        if let Some(bytes) = base64url::decode(&text) {
            prop_assert_eq!(base64url::encode(&bytes), text);
        }
    }

    #[test]
    fn random_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let text = String::from_utf8_lossy(&bytes);
        let _ = from_json(&text);
        let _ = from_fragment(&text);
        let _ = from_fragment(&base64url::encode(&bytes));
    }

    #[test]
    fn random_json_never_panics(value in any_json()) {
        let text = value.to_string();
        prop_assert!(from_json(&text).is_err() || value.get("format") == Some(&json!(FORMAT)));
        let _ = from_fragment(&base64url::encode(text.as_bytes()));
        prop_assert!(WorkOnScreen::from_value(value.clone()).is_err() || value.get("format") == Some(&json!(WORK_FORMAT)));
        // The same value dressed as an agreement file gets further in.
        if let Value::Object(mut map) = value {
            map.insert("format".into(), json!(FORMAT));
            map.insert("schema".into(), json!(1));
            let _ = from_json(&Value::Object(map.clone()).to_string());
            map.insert("schema".into(), json!(2));
            let _ = from_json(&Value::Object(map).to_string());
        }
    }

    #[test]
    fn a_file_with_one_field_replaced_never_panics(text in mutated_file()) {
        let _ = from_json(&text);
        let _ = from_fragment(&base64url::encode(text.as_bytes()));
    }

    #[test]
    fn the_calendar_of_any_draft_is_well_formed(a in any_agreement(), title in any_text()) {
        let lines = check_ics(&calendar(&a, stamp(), |_| title.clone()));
        let events = lines.iter().filter(|l| *l == "BEGIN:VEVENT").count();
        prop_assert_eq!(events, a.follow_ups.len());
    }
}

proptest! {
    /// Cleaning is idempotent and never makes a text longer, so a text
    /// within its limit stays within it.
    #[test]
    fn cleaning_is_idempotent_and_never_lengthens(text in any_text()) {
        use fleksjob_beregner::core::text::clean::{clean_block, clean_line, is_clean_block, is_clean_line};
        for (clean, is_clean) in [(clean_line as fn(&str) -> String, is_clean_line as fn(&str) -> bool), (clean_block, is_clean_block)] {
            let once = clean(&text);
            prop_assert!(is_clean(&once));
            prop_assert_eq!(clean(&once), once.clone());
            prop_assert!(once.chars().count() <= text.chars().count());
            let unsafe_char = once.chars().any(|c| matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{7}'));
            prop_assert!(!unsafe_char);
        }
        prop_assert!(!clean_line(&text).contains('\n'));
    }
}
