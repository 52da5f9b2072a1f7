//! Where a problem is: the typed `FieldPath` writes exactly the paths into
//! the file that the validator wrote as strings before it, for every kind
//! of place, and for every problem of an agreement wrong everywhere at once.

use fleksjob_beregner::core::agreement::{
    limits, records, timeline, Accommodation, Agreement, Decision, EventKind, FieldPath, FollowUpRecord, HoursPath,
    Month, MonthEvent, Part, Parties, PartiesField, ProblemKind, Step, SupportKind,
};
use fleksjob_beregner::core::income::form::Field;

use crate::common::{aarhus_basis, d, hours};

fn too_long(max: usize) -> String {
    "x".repeat(max + 1)
}

fn record(date: chrono::NaiveDate) -> FollowUpRecord {
    FollowUpRecord {
        date,
        participants: String::new(),
        hours: hours(12.0, 12.0, 12.0),
        tasks: String::new(),
        notes: String::new(),
        accommodations: String::new(),
        citizen_words: String::new(),
        decision: Decision::Continue,
        next_date: None,
    }
}

/// An agreement with something wrong in every part the validator checks,
/// every list one past its cap.
fn broken() -> Agreement {
    let (short, long) = (limits::SHORT_TEXT, limits::LONG_TEXT);
    let mut a = Agreement::new(d(2026, 3, 2));
    a.parties = Parties {
        citizen: too_long(short),
        employer: too_long(short),
        employer_contact: too_long(short),
        consultant: too_long(short),
        collective_agreement: too_long(short),
    };
    a.date = d(1999, 12, 31);
    a.today.hours = hours(81.0, f64::NAN, -1.0);
    a.today.tasks = too_long(long);
    a.today.hard_tasks = too_long(long);
    a.today.accommodations = vec![Accommodation::Pace; limits::ACCOMMODATIONS];
    a.today.accommodations[2] = Accommodation::Other(too_long(short));
    a.today.accommodations.push(Accommodation::Other(too_long(short)));
    a.goal = too_long(long);
    for _ in 0..=limits::STEPS {
        a.steps.push(Step::new(d(2026, 4, 1), hours(12.0, 12.0, 12.0)));
    }
    let s = &mut a.steps[0];
    s.start = d(2101, 1, 1);
    s.duration_weeks = 0;
    s.hours = hours(10.0, 12.0, 10.0);
    s.tasks = too_long(long);
    s.if_not_working = too_long(long);
    let s = &mut a.steps[1];
    s.duration_weeks = limits::MAX_STEP_WEEKS + 1;
    s.hours = hours(f64::NAN, 5.0, 100.0);
    a.support.mentor.note = too_long(long);
    a.support.aids.note = too_long(long);
    a.support.personal_assistance.note = too_long(long);
    a.support.other = too_long(long);
    a.fleksjob_start = d(2101, 1, 1);
    while a.add_follow_up() {}
    a.follow_ups.push(a.follow_ups[0].clone());
    a.follow_ups[0].date = d(1999, 1, 1);
    a.follow_ups[3].label = too_long(short);
    let event = MonthEvent { month: Month { year: 2026, month: 4 }, kind: EventKind::HolidayWithPay, amount: 1.0 };
    a.events = vec![event; limits::EVENTS + 1];
    a.events[0].month = Month { year: 1999, month: 12 };
    a.events[0].amount = f64::NAN;
    a.events[1].kind = EventKind::Bonus;
    a.events[1].amount = -5.0;
    a.events[2].amount = 24.0;
    let mut basis = aarhus_basis(1999, 15.0);
    basis.municipality = Some(999);
    basis.set_value(Field::HourlyWage, Some(5_000.0));
    basis.set_value(Field::PaidHours, None);
    basis.set_value(Field::AttendedHours, Some(10.0));
    basis.set_value(Field::EffectiveHours, Some(12.0));
    a.basis = Some(basis);
    a.records = vec![record(d(2026, 4, 1)); limits::RECORDS + 1];
    let r = &mut a.records[0];
    r.date = d(1999, 1, 1);
    r.next_date = Some(d(2101, 1, 1));
    r.hours = hours(f64::NAN, 1.0, 1.0);
    r.participants = too_long(short);
    r.tasks = too_long(long);
    r.notes = too_long(long);
    r.accommodations = too_long(long);
    r.citizen_words = too_long(long);
    a.records[1].hours = hours(5.0, 6.0, 5.0);
    a
}

/// Every problem's path as text, in order: what the validator wrote as a
/// string before paths were typed.
#[test]
fn every_problem_of_a_broken_agreement_is_at_the_path_it_always_had() {
    let found: Vec<String> = broken().problems().iter().map(|p| p.field.to_string()).collect();
    let expected = [
        "parties.citizen",
        "parties.employer",
        "parties.employer_contact",
        "parties.consultant",
        "parties.collective_agreement",
        "date",
        "today.hours.attended",
        "today.hours.effective",
        "today.hours.paid",
        "today.tasks",
        "today.hard_tasks",
        "today.accommodations",
        "today.accommodations[2]",
        "today.accommodations[20]",
        "goal",
        "steps",
        "steps[0].start",
        "steps[0].duration_weeks",
        "steps[0].hours.effective",
        "steps[0].tasks",
        "steps[0].if_not_working",
        "steps[1].duration_weeks",
        "steps[1].hours.attended",
        "steps[1].hours.paid",
        "support.mentor.note",
        "support.aids.note",
        "support.personal_assistance.note",
        "support.other",
        "fleksjob_start",
        "follow_ups",
        "follow_ups[0].date",
        "follow_ups[3].label",
        "events",
        "events[0].month",
        "events[0].amount",
        "events[1].amount",
        "events[2].amount",
        "basis.year",
        "basis.kommune",
        "basis.wage",
        "basis.paid",
        "basis.effective",
        "records",
        "records[0].date",
        "records[0].next_date",
        "records[0].hours.attended",
        "records[0].participants",
        "records[0].tasks",
        "records[0].notes",
        "records[0].accommodations",
        "records[0].citizen_words",
        "records[1].hours.effective",
    ];
    assert_eq!(found, expected);
}

/// The timeline's and the records' own problems, at their paths.
#[test]
fn the_soft_problems_are_at_the_paths_they_always_had() {
    let mut a = Agreement::new(d(2026, 3, 2));
    a.add_step();
    a.add_step();
    a.steps[0].start = d(2026, 3, 1);
    a.steps[0].duration_weeks = 10;
    a.steps[1].start = d(2026, 5, 1);
    let june = Month { year: 2026, month: 6 };
    a.events = vec![
        MonthEvent { month: june, kind: EventKind::HolidayWithPay, amount: 15.0 },
        MonthEvent { month: june, kind: EventKind::SickWithoutWage, amount: 8.0 },
        MonthEvent { month: Month { year: 2030, month: 1 }, kind: EventKind::Bonus, amount: 100.0 },
    ];
    let mut r = record(d(2026, 2, 2));
    r.next_date = Some(d(2026, 1, 5));
    a.records.push(r);
    let found: Vec<String> = timeline::problems(&a).iter().map(|p| p.field.to_string()).collect();
    assert_eq!(found, ["steps[0].start", "steps[1].start", "events[0].amount", "events[1].amount", "events[2].month"]);
    let found: Vec<(String, ProblemKind)> =
        records::problems(&a).into_iter().map(|p| (p.field.to_string(), p.kind)).collect();
    assert_eq!(
        found,
        [
            ("records[0].date".to_string(), ProblemKind::RecordBeforeFleksjob { start: d(2026, 3, 2) }),
            ("records[0].next_date".to_string(), ProblemKind::NextBeforeMeeting { date: d(2026, 2, 2) }),
        ]
    );
}

/// One assertion per kind of place: `Display` is the old string.
#[test]
fn each_kind_of_path_displays_as_the_path_into_the_file() {
    let cases: [(FieldPath, &str); 42] = [
        (FieldPath::Date, "date"),
        (FieldPath::Parties(PartiesField::Citizen), "parties.citizen"),
        (FieldPath::Parties(PartiesField::Employer), "parties.employer"),
        (FieldPath::Parties(PartiesField::EmployerContact), "parties.employer_contact"),
        (FieldPath::Parties(PartiesField::Consultant), "parties.consultant"),
        (FieldPath::Parties(PartiesField::CollectiveAgreement), "parties.collective_agreement"),
        (FieldPath::today_hours(Part::Attended), "today.hours.attended"),
        (FieldPath::TodayTasks, "today.tasks"),
        (FieldPath::TodayHardTasks, "today.hard_tasks"),
        (FieldPath::Accommodations, "today.accommodations"),
        (FieldPath::accommodation(2), "today.accommodations[2]"),
        (FieldPath::Goal, "goal"),
        (FieldPath::Steps, "steps"),
        (FieldPath::step(1).start(), "steps[1].start"),
        (FieldPath::step(1).duration_weeks(), "steps[1].duration_weeks"),
        (FieldPath::step(1).hours(Part::Paid), "steps[1].hours.paid"),
        (FieldPath::step(12).tasks(), "steps[12].tasks"),
        (FieldPath::step(0).if_not_working(), "steps[0].if_not_working"),
        (FieldPath::support(SupportKind::Mentor).note(), "support.mentor.note"),
        (FieldPath::support(SupportKind::PersonalAssistance).note(), "support.personal_assistance.note"),
        (FieldPath::SupportOther, "support.other"),
        (FieldPath::FleksjobStart, "fleksjob_start"),
        (FieldPath::FollowUps, "follow_ups"),
        (FieldPath::follow_up(0).date(), "follow_ups[0].date"),
        (FieldPath::follow_up(59).label(), "follow_ups[59].label"),
        (FieldPath::Events, "events"),
        (FieldPath::event(0).month(), "events[0].month"),
        (FieldPath::event(0).kind(), "events[0].kind"),
        (FieldPath::event(7).amount(), "events[7].amount"),
        (FieldPath::BasisYear, "basis.year"),
        (FieldPath::BasisKommune, "basis.kommune"),
        (FieldPath::basis(Field::HourlyWage), "basis.wage"),
        (FieldPath::Records, "records"),
        (FieldPath::record(3).date(), "records[3].date"),
        (FieldPath::record(3).participants(), "records[3].participants"),
        (FieldPath::record(3).hours(Part::Effective), "records[3].hours.effective"),
        (FieldPath::record(3).tasks(), "records[3].tasks"),
        (FieldPath::record(3).notes(), "records[3].notes"),
        (FieldPath::record(3).accommodations(), "records[3].accommodations"),
        (FieldPath::record(3).citizen_words(), "records[3].citizen_words"),
        (FieldPath::record(3).decision(), "records[3].decision"),
        (FieldPath::record(3).next_date(), "records[3].next_date"),
    ];
    for (path, text) in cases {
        assert_eq!(path.to_string(), text, "{path:?}");
    }
    // Every part of a week's hours, wherever the hours are.
    for (part, name) in [(Part::Attended, "attended"), (Part::Effective, "effective"), (Part::Paid, "paid")] {
        assert_eq!(part.key(), name);
        assert_eq!(HoursPath::Today.part(part), FieldPath::today_hours(part));
        assert_eq!(HoursPath::Step(4).part(part), FieldPath::step(4).hours(part));
        assert_eq!(HoursPath::Record(4).part(part), FieldPath::record(4).hours(part));
        assert_eq!(HoursPath::Step(4).part(part).to_string(), format!("steps[4].hours.{name}"));
    }
    // Every value of the basis at its key.
    for field in Field::ALL {
        assert_eq!(FieldPath::basis(field).to_string(), format!("basis.{}", field.key()));
    }
}

#[test]
fn a_record_contains_its_own_fields_only() {
    let at = FieldPath::record(1);
    assert!(at.contains(&at.date()));
    assert!(at.contains(&at.hours(Part::Paid)));
    assert!(at.contains(&at.next_date()));
    assert!(!at.contains(&FieldPath::record(10).date()), "records[10] is not within records[1]");
    assert!(!at.contains(&FieldPath::record(0).notes()));
    assert!(!at.contains(&FieldPath::Records), "the list is not within one record");
    assert!(!at.contains(&FieldPath::step(1).start()));
}

/// An import refused by the validator names the field as the path into the file.
#[test]
fn an_invalid_import_names_the_path() {
    let mut a = Agreement::new(d(2026, 3, 2));
    a.add_step();
    a.steps[0].hours.paid = 81.0;
    let json = fleksjob_beregner::core::agreement::io::to_json(&a);
    let err = fleksjob_beregner::core::agreement::io::from_json(&json).unwrap_err();
    assert_eq!(err.field().as_deref(), Some("steps[0].hours.paid"));
}
