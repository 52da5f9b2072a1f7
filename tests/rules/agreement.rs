//! The agreement model: defaults, steps, limits.

use std::collections::HashSet;

use fleksjob_beregner::core::agreement::{
    limits, Accommodation, Agreement, FieldPath, FollowUp, FollowUpKind, Hours, Part, PartiesField, ProblemKind, Step,
};

use crate::common::{d, hours};

fn problem_fields(a: &Agreement) -> Vec<(FieldPath, ProblemKind)> {
    a.problems().into_iter().map(|p| (p.field, p.kind)).collect()
}

#[test]
fn a_new_draft_is_dated_today_with_a_plan_and_no_problems() {
    let a = Agreement::new(d(2026, 3, 2));
    assert_eq!(a.date, d(2026, 3, 2));
    assert_eq!(a.fleksjob_start, d(2026, 3, 2));
    assert!(a.first_fleksjob);
    assert!(a.steps.is_empty());
    assert_eq!(a.follow_ups.len(), 9);
    assert_eq!(a.follow_ups[0].date, d(2026, 4, 2));
    assert_eq!(a.follow_ups[0].kind, FollowUpKind::Early);
    assert!(a.problems().is_empty(), "{:?}", a.problems());
}

#[test]
fn steps_follow_on_from_each_other_with_the_hours_reached() {
    let mut a = Agreement::new(d(2026, 3, 2));
    a.today.hours = hours(10.0, 4.0, 4.0);
    a.add_step();
    assert_eq!(a.steps[0], Step::new(d(2026, 3, 2), hours(10.0, 4.0, 4.0)));
    assert!(a.steps[0].trial);
    assert_eq!(a.steps[0].duration_weeks, 6);
    a.steps[0].hours = hours(12.0, 5.0, 5.0);
    a.steps[0].duration_weeks = 8;
    a.add_step();
    // Eight weeks after 2 March.
    assert_eq!(a.steps[1].start, d(2026, 4, 27));
    assert_eq!(a.steps[1].hours, hours(12.0, 5.0, 5.0));
}

#[test]
fn a_step_ends_whole_weeks_later_across_29_february() {
    let step = Step::new(d(2028, 2, 15), Hours::default());
    assert_eq!(step.end(), Some(d(2028, 3, 28)));
    let long = Step { duration_weeks: 52, ..Step::new(d(2027, 3, 1), Hours::default()) };
    assert_eq!(long.end(), Some(d(2028, 2, 28)));
}

#[test]
fn intensity_and_the_unpaid_effective_hours() {
    let h = hours(10.0, 4.0, 3.0);
    assert_eq!(h.intensity(), Some(0.4));
    assert_eq!(h.unpaid_effective(), 1.0);
    assert_eq!(hours(0.0, 0.0, 0.0).intensity(), None);
}

#[test]
fn regenerating_the_plan_uses_the_start_and_first_fleksjob() {
    let mut a = Agreement::new(d(2026, 3, 2));
    a.follow_ups.clear();
    a.fleksjob_start = d(2024, 1, 31);
    a.first_fleksjob = false;
    a.regenerate_follow_ups();
    assert_eq!(a.follow_ups.len(), 8);
    assert_eq!(a.follow_ups[0].date, d(2024, 2, 29));
    assert!(a.follow_ups.iter().all(|f| f.kind != FollowUpKind::Status));
}

#[test]
fn hours_outside_the_limits_are_problems() {
    let mut a = Agreement::new(d(2026, 3, 2));
    a.today.hours = hours(10.0, 12.0, 4.0);
    a.add_step();
    a.steps[0].hours = hours(81.0, f64::NAN, -1.0);
    assert_eq!(
        problem_fields(&a),
        vec![
            (FieldPath::today_hours(Part::Effective), ProblemKind::EffectiveAboveAttended),
            (FieldPath::step(0).hours(Part::Attended), ProblemKind::OutOfRange { min: 0.0, max: 80.0 }),
            (FieldPath::step(0).hours(Part::Effective), ProblemKind::NotFinite),
            (FieldPath::step(0).hours(Part::Paid), ProblemKind::OutOfRange { min: 0.0, max: 80.0 }),
        ]
    );
    // The edges themselves are allowed, and paid may exceed effective.
    a.today.hours = hours(80.0, 80.0, 80.0);
    a.steps[0].hours = hours(0.0, 0.0, 8.0);
    assert!(a.problems().is_empty(), "{:?}", a.problems());
}

#[test]
fn text_is_limited_in_characters_not_bytes() {
    let mut a = Agreement::new(d(2026, 3, 2));
    // 200 characters, 400 bytes: fine.
    a.parties.citizen = "ø".repeat(limits::SHORT_TEXT);
    a.today.accommodations = vec![Accommodation::Other("æ".repeat(limits::SHORT_TEXT))];
    assert!(a.problems().is_empty());
    a.parties.citizen.push('ø');
    a.today.accommodations.insert(0, Accommodation::Pace);
    a.today.accommodations[1] = Accommodation::Other("x".repeat(limits::SHORT_TEXT + 1));
    a.goal = "g".repeat(limits::LONG_TEXT + 1);
    a.follow_ups[2].label = "l".repeat(limits::SHORT_TEXT + 1);
    let too_long = |max_chars| ProblemKind::TooLong { max_chars };
    assert_eq!(
        problem_fields(&a),
        vec![
            (FieldPath::Parties(PartiesField::Citizen), too_long(limits::SHORT_TEXT)),
            (FieldPath::accommodation(1), too_long(limits::SHORT_TEXT)),
            (FieldPath::Goal, too_long(limits::LONG_TEXT)),
            (FieldPath::follow_up(2).label(), too_long(limits::SHORT_TEXT)),
        ]
    );
}

#[test]
fn counts_durations_and_dates_are_limited() {
    let mut a = Agreement::new(d(2026, 3, 2));
    while a.add_step() {}
    // Past the cap only by hand (add_step stops at it): the validator must still see it.
    a.steps.push(a.steps[0].clone());
    a.steps[3].duration_weeks = 0;
    a.steps[4].duration_weeks = limits::MAX_STEP_WEEKS + 1;
    a.date = d(1999, 12, 31);
    a.follow_ups.push(FollowUp { date: d(2101, 1, 1), kind: FollowUpKind::Custom, label: String::new(), done: false });
    let (first, last) = (d(2000, 1, 1), d(2100, 12, 31));
    let weeks = ProblemKind::OutOfRange { min: 1.0, max: f64::from(limits::MAX_STEP_WEEKS) };
    assert_eq!(
        problem_fields(&a),
        vec![
            (FieldPath::Date, ProblemKind::DateOutOfRange { first, last }),
            (FieldPath::Steps, ProblemKind::TooMany { max: limits::STEPS }),
            (FieldPath::step(3).duration_weeks(), weeks.clone()),
            (FieldPath::step(4).duration_weeks(), weeks),
            (FieldPath::follow_up(9).date(), ProblemKind::DateOutOfRange { first, last }),
        ]
    );
    a.date = d(2000, 1, 1);
    a.steps.truncate(limits::STEPS);
    a.steps[3].duration_weeks = 1;
    a.steps[4].duration_weeks = limits::MAX_STEP_WEEKS;
    a.follow_ups.last_mut().expect("pushed").date = d(2100, 12, 31);
    assert!(a.problems().is_empty(), "{:?}", a.problems());
}

#[test]
fn kinds_have_distinct_stable_keys() {
    let mut kinds: Vec<Accommodation> = Accommodation::COMMON.to_vec();
    kinds.push(Accommodation::Other("x".into()));
    let keys: Vec<&str> = kinds.iter().map(Accommodation::key).collect();
    assert_eq!(keys, ["pace", "breaks", "lifting", "spread_of_hours", "days_off", "other"]);
    let keys: HashSet<&str> = FollowUpKind::ALL.iter().map(|k| k.key()).collect();
    assert_eq!(keys, HashSet::from(["early", "periodic", "status", "custom"]));
}

#[test]
fn draft_ids_are_unique_within_a_second() {
    use fleksjob_beregner::app::keep::unique_id;
    let taken = ["2026-11-23T101502".to_string(), "2026-11-23T101502-2".to_string()];
    assert_eq!(unique_id("2026-11-23T101503", |id| taken.iter().any(|t| t == id)), "2026-11-23T101503");
    assert_eq!(unique_id("2026-11-23T101502", |id| taken.iter().any(|t| t == id)), "2026-11-23T101502-3");
}

#[test]
fn lists_stop_at_their_caps_in_the_model() {
    let mut a = Agreement::new(d(2026, 3, 2));
    while a.add_step() {}
    assert_eq!(a.steps.len(), fleksjob_beregner::core::agreement::limits::STEPS);
    while a.add_follow_up() {}
    assert_eq!(a.follow_ups.len(), fleksjob_beregner::core::agreement::limits::FOLLOW_UPS);
    assert_eq!(a.follow_ups.last().map(|f| f.kind), Some(FollowUpKind::Custom));
    while a.add_accommodation(Accommodation::Other(String::new())) {}
    assert_eq!(a.today.accommodations.len(), fleksjob_beregner::core::agreement::limits::ACCOMMODATIONS);
    // A common one checked at the cap is not added either.
    assert!(!a.add_accommodation(Accommodation::Pace));
    assert!(a.problems().is_empty(), "{:?}", a.problems());
}
