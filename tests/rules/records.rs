//! Follow-up meetings: the progression against the plan, the gap in kroner
//! (the calculator's own answer), what a decision does to the steps and its
//! undo, the months after a record, the note and the appendix, and the
//! records in the file and the link.

use fleksjob_beregner::core::agreement::io::{from_fragment, from_json, schema_for, to_fragment, to_json, SCHEMA};
use fleksjob_beregner::core::agreement::records::{
    conclude, latest_gap, paid_on, problems, progression, start_record, PlanChange,
};
use fleksjob_beregner::core::agreement::timeline::timeline;
use fleksjob_beregner::core::agreement::{limits, Agreement, Decision, FieldPath, FollowUpRecord, Part, ProblemKind};
use fleksjob_beregner::core::document::{document, follow_up_note, scenario_of, Block, Document};
use fleksjob_beregner::core::income::answer::Answer;
use fleksjob_beregner::core::income::form::{CalculatorForm, Field};
use fleksjob_beregner::core::text::dates::Month;
use fleksjob_beregner::core::text::number::NumberStyle;
use fleksjob_beregner::i18n::{self, Lang};

use crate::common::{aarhus_basis, d, hours};

/// Today 12 paid hours; step 1 from 6 April 2026 (6 weeks) at 14 paid,
/// step 2 from 18 May 2026 at 15 paid.
fn plan() -> Agreement {
    let mut a = Agreement::new(d(2026, 3, 2));
    a.parties.citizen = "Anna Jensen".into();
    a.parties.employer = "Bageriet".into();
    a.parties.employer_contact = "Bo Hansen".into();
    a.parties.consultant = "Carl".into();
    a.today.hours = hours(14.0, 12.0, 12.0);
    for (start, paid) in [(d(2026, 4, 6), 14.0), (d(2026, 5, 18), 15.0)] {
        a.add_step();
        let step = a.steps.last_mut().expect("added");
        step.start = start;
        step.hours = hours(paid + 2.0, paid, paid);
    }
    a.basis = Some(aarhus_basis(2026, 15.0));
    a
}

fn record(date: chrono::NaiveDate, attended: f64, effective: f64, paid: f64, decision: Decision) -> FollowUpRecord {
    FollowUpRecord { hours: hours(attended, effective, paid), decision, ..start_record(&plan(), date) }
}

/// The meetings: 12 effective at 12 paid, then 14 effective at 12
/// paid, then 15 paid.
fn with_three_records() -> Agreement {
    let mut a = plan();
    a.records = vec![
        record(d(2026, 3, 16), 14.0, 12.0, 12.0, Decision::Continue),
        record(d(2026, 4, 20), 16.0, 14.0, 12.0, Decision::Continue),
        record(d(2026, 6, 1), 17.0, 15.0, 15.0, Decision::Continue),
    ];
    a
}

#[test]
fn the_progression_lists_each_record_oldest_first_beside_the_plan() {
    let mut a = with_three_records();
    a.records.swap(0, 2);
    let rows = progression(&a);
    let dates: Vec<_> = rows.iter().map(|r| r.date).collect();
    assert_eq!(dates, [d(2026, 3, 16), d(2026, 4, 20), d(2026, 6, 1)]);
    let planned: Vec<f64> = rows.iter().map(|r| r.planned_paid).collect();
    assert_eq!(planned, [12.0, 14.0, 15.0]);
    let effective: Vec<f64> = rows.iter().map(|r| r.recorded.effective).collect();
    assert_eq!(effective, [12.0, 14.0, 15.0]);
    let paid: Vec<f64> = rows.iter().map(|r| r.recorded.paid).collect();
    assert_eq!(paid, [12.0, 12.0, 15.0]);
    assert_eq!(rows[1].recorded.intensity(), Some(14.0 / 16.0));
}

#[test]
fn the_gap_is_the_calculators_answer_from_paid_to_effective_hours() {
    let a = with_three_records();
    let mut at_gap = a.clone();
    at_gap.records.truncate(2);
    let basis = a.basis.clone().expect("basis");
    let s = scenario_of(&basis).expect("valid basis");
    let gap = latest_gap(&at_gap, &s).expect("14 effective at 12 paid is a gap");
    // The calculator with today at 12 paid hours and 14 discussed.
    let mut form = CalculatorForm::from_basis(2026, &basis, NumberStyle::Danish);
    form.set_text(Field::PaidHours, "12");
    form.set_text(Field::TargetHours, "14");
    let (paid, target) = form.paid_and_target().expect("hours");
    let calculator = Answer::new(&form.scenario().expect("valid"), paid, target);
    assert_eq!(gap.answer, calculator);
    assert_eq!(gap.gain_net(), calculator.change.net());
    assert_eq!(gap.cost_employer(), calculator.change.employer_cost());
    assert!(gap.gain_net() > 0.0 && gap.cost_employer() > gap.gain_net());
    // The next step after 20 April is step 2 at 15 paid hours.
    let next = gap.next_step.as_ref().expect("a step follows");
    assert_eq!((next.number, next.start, next.paid), (2, d(2026, 5, 18), 15.0));
    assert_eq!(next.change, s.change(12.0, 15.0));
    // No gap once paid hours caught up, nor without records.
    assert_eq!(latest_gap(&a, &s), None);
    assert_eq!(latest_gap(&plan(), &s), None);
}

fn paragraphs(doc: &Document, section: &str) -> Vec<String> {
    let s = doc.section(section).unwrap_or_else(|| panic!("no section {section}"));
    s.blocks
        .iter()
        .filter_map(|b| match b {
            Block::Paragraph(text) => Some(text.clone()),
            _ => None,
        })
        .collect()
}

#[test]
fn the_note_the_appendix_and_the_case_text_say_the_same_gap() {
    let mut a = with_three_records();
    a.records.truncate(2);
    a.records[1].citizen_words = "Jeg kan mere nu".into();
    a.records[1].next_date = Some(d(2026, 6, 1));
    let basis = a.basis.clone().expect("basis");
    let gap = latest_gap(&a, &scenario_of(&basis).expect("valid")).expect("gap");
    let net = i18n::kroner(gap.gain_net(), Lang::Da);
    let cost = i18n::kroner(gap.cost_employer(), Lang::Da);
    let sentence = format!(
        "Du leverer 14 effektive timer, men får løn for 12. Løn for 14 timer giver dig ca. {net} mere om måneden \
         efter skat og koster arbejdsgiveren ca. {cost} mere."
    );
    let note = follow_up_note(&a, Some(&basis), 1, &Lang::Da).expect("record 2");
    assert_eq!(note.title, "Opfølgningsnotat");
    assert_eq!(note.file_title, "Opfølgningsnotat – Anna Jensen – 20.04.2026");
    assert_eq!(paragraphs(&note, "decision")[0], sentence);
    let doc = document(&a, Some(&basis), &Lang::Da);
    assert_eq!(paragraphs(&doc, "records")[0], sentence);
    assert!(
        paragraphs(&doc, "records")[1].starts_with("Planens næste trin (Trin 2, fra 18.05.2026) med 15 betalte timer")
    );
    let text = doc.to_text(&Lang::Da);
    assert!(text.contains(&sentence));
    assert!(text.contains("## Opfølgninger"));
    assert!(text.contains("Borgerens egne ord: Jeg kan mere nu"));
    assert!(text.contains("Næste opfølgning: 01.06.2026"));
    // The note's progression stops at its own record.
    let first_note = follow_up_note(&a, Some(&basis), 0, &Lang::Da).expect("record 1");
    assert_eq!(first_note.table("progression").expect("table").rows.len(), 1);
    assert_eq!(note.table("progression").expect("table").rows.len(), 2);
    assert!(first_note.section("decision").is_some_and(|s| !s.blocks.iter().any(|b| matches!(b, Block::Paragraph(_)))));
    assert_eq!(follow_up_note(&a, Some(&basis), 2, &Lang::Da), None);
    // In English, the same note in the same figures.
    let english = follow_up_note(&a, Some(&basis), 1, &Lang::En).expect("record 2");
    assert_eq!(english.file_title, "Follow-up note – Anna Jensen – 2026-04-20");
    let net_en = i18n::kroner(gap.gain_net(), Lang::En);
    assert!(paragraphs(&english, "decision")[0].starts_with(&format!(
        "You deliver 14 effective hours but are paid for 12. A wage for 14 hours gives you about {net_en} more"
    )));
    // Without records the document has no appendix.
    assert!(document(&plan(), Some(&basis), &Lang::Da).section("records").is_none());
}

#[test]
fn starting_the_next_step_now_moves_it_and_the_rest_and_undo_restores_them() {
    let mut a = plan();
    a.add_step();
    let third = a.steps[2].start;
    a.records.push(record(d(2026, 4, 27), 16.0, 14.0, 14.0, Decision::NextStepNow));
    let before = a.clone();
    let edit = conclude(&mut a, 0).expect("a record");
    assert!(edit.changed_steps(&a));
    assert_eq!(edit.change, PlanChange::NextStepMoved { number: 2, from: d(2026, 5, 18), to: d(2026, 4, 27) });
    assert_eq!(a.steps[1].start, d(2026, 4, 27));
    assert_eq!(a.steps[2].start, third - chrono::Duration::days(21));
    // Step 1 (from 6 April) now ends by then: three whole weeks.
    assert_eq!(a.steps[0].duration_weeks, 3);
    assert!(fleksjob_beregner::core::agreement::timeline::problems(&a).is_empty());
    edit.undo(&mut a);
    assert_eq!(a, before);
}

#[test]
fn adjusting_the_step_splits_it_at_the_meeting_and_undo_restores_it() {
    let mut a = plan();
    a.records.push(record(d(2026, 4, 27), 15.0, 13.0, 13.0, Decision::AdjustStep));
    let before = a.clone();
    let edit = conclude(&mut a, 0).expect("a record");
    assert_eq!(edit.change, PlanChange::HoursFrom { number: 2, date: d(2026, 4, 27), old: 14.0, paid: 13.0 });
    assert_eq!(a.steps.len(), 3);
    assert_eq!((a.steps[0].start, a.steps[0].duration_weeks, a.steps[0].hours.paid), (d(2026, 4, 6), 3, 14.0));
    assert_eq!((a.steps[1].start, a.steps[1].hours), (d(2026, 4, 27), hours(15.0, 13.0, 13.0)));
    // Until step 2 (now 3) on 18 May: three weeks.
    assert_eq!(a.steps[1].duration_weeks, 3);
    assert!(fleksjob_beregner::core::agreement::timeline::problems(&a).is_empty());
    edit.undo(&mut a);
    assert_eq!(a, before);
}

#[test]
fn going_back_a_step_returns_to_the_hours_before_it() {
    let mut a = plan();
    a.records.push(record(d(2026, 5, 25), 16.0, 12.0, 15.0, Decision::StepBack));
    let edit = conclude(&mut a, 0).expect("a record");
    // Step 2 began a week before: it keeps that week, and step 3 is the way back.
    assert_eq!(edit.change, PlanChange::HoursFrom { number: 3, date: d(2026, 5, 25), old: 15.0, paid: 14.0 });
    assert_eq!((a.steps[1].duration_weeks, a.steps[1].hours.paid), (1, 15.0));
    assert_eq!((a.steps[2].start, a.steps[2].hours.paid, a.steps[2].duration_weeks), (d(2026, 5, 25), 14.0, 5));
    // Before any step there is no step to leave.
    let mut early = plan();
    early.records.push(record(d(2026, 3, 16), 14.0, 12.0, 12.0, Decision::StepBack));
    let steps = early.steps.clone();
    assert_eq!(conclude(&mut early, 0).expect("record").change, PlanChange::NoStepToLeave);
    assert_eq!(early.steps, steps);
}

#[test]
fn continuing_or_trying_informally_changes_no_step_and_a_last_step_has_no_next() {
    for decision in [Decision::Continue, Decision::TryInformally] {
        let mut a = plan();
        a.records.push(record(d(2026, 4, 20), 16.0, 14.0, 12.0, decision));
        let steps = a.steps.clone();
        let edit = conclude(&mut a, 0).expect("record");
        assert_eq!(edit.change, PlanChange::Unchanged);
        assert_eq!(a.steps, steps);
        assert!(!edit.changed_steps(&a), "nothing to undo");
    }
    let mut a = plan();
    a.records.push(record(d(2026, 6, 1), 17.0, 15.0, 15.0, Decision::NextStepNow));
    assert_eq!(conclude(&mut a, 0).expect("record").change, PlanChange::NoNextStep);
}

#[test]
fn concluding_marks_the_meeting_held_adds_the_next_date_and_keeps_records_in_order() {
    let mut a = plan();
    let planned = a.follow_ups[0].date;
    a.records.push(record(d(2026, 6, 1), 17.0, 15.0, 15.0, Decision::Continue));
    let mut r = record(planned, 14.0, 12.0, 12.0, Decision::Continue);
    r.next_date = Some(d(2026, 5, 5));
    a.records.push(r);
    conclude(&mut a, 1).expect("record");
    assert!(a.follow_ups.iter().find(|f| f.date == planned).expect("planned").done);
    assert!(a.follow_ups.iter().any(|f| f.date == d(2026, 5, 5) && !f.done));
    let dates: Vec<_> = a.follow_ups.iter().map(|f| f.date).collect();
    assert!(dates.windows(2).all(|w| w[0] <= w[1]), "{dates:?}");
    assert_eq!(a.records[0].date, planned);
}

#[test]
fn a_new_record_is_filled_in_from_the_step_in_force_and_the_last_record() {
    let a = plan();
    let first = start_record(&a, d(2026, 4, 20));
    assert_eq!(first.hours, a.steps[0].hours);
    assert_eq!(first.participants, "Anna Jensen, Bo Hansen, Carl");
    assert_eq!(first.decision, Decision::Continue);
    assert_eq!(first.next_date, a.follow_ups.iter().map(|f| f.date).find(|f| *f > d(2026, 4, 20)));
    let mut b = plan();
    let mut last = record(d(2026, 4, 27), 16.0, 15.0, 14.0, Decision::Continue);
    last.participants = "Anna, Bo".into();
    b.records.push(last);
    let second = start_record(&b, d(2026, 5, 11));
    assert_eq!((second.hours, second.participants.as_str()), (hours(16.0, 15.0, 14.0), "Anna, Bo"));
    // Once the next step has started, its hours are the better guess.
    assert_eq!(start_record(&b, d(2026, 5, 25)).hours, b.steps[1].hours);
}

#[test]
fn months_after_a_record_use_the_paid_hours_it_recorded() {
    let mut a = plan();
    // At the meeting on 20 April the paid hours were still 12, not step 1's 14.
    a.records.push(record(d(2026, 4, 20), 16.0, 14.0, 12.0, Decision::Continue));
    assert_eq!(paid_on(&a, d(2026, 4, 17)), 14.0);
    assert_eq!(paid_on(&a, d(2026, 4, 20)), 12.0);
    assert_eq!(paid_on(&a, d(2026, 5, 15)), 12.0);
    assert_eq!(paid_on(&a, d(2026, 5, 18)), 15.0);
    let basis = a.basis.clone().expect("basis");
    let months = timeline(&a, &basis);
    let may = months.iter().find(|m| m.month == Month { year: 2026, month: 5 }).expect("May");
    let planned = timeline(&plan(), &basis);
    let planned_may = planned.iter().find(|m| m.month == Month { year: 2026, month: 5 }).expect("May");
    assert!(may.paid_hours < planned_may.paid_hours, "{} vs {}", may.paid_hours, planned_may.paid_hours);
    let april = months.iter().find(|m| m.month == Month { year: 2026, month: 4 }).expect("April");
    assert!(april.notes.iter().any(|n| i18n::month_note(n, Lang::Da).contains("registrerede 12 betalte timer")));
}

#[test]
fn records_are_checked_like_the_rest_of_the_agreement() {
    let mut a = with_three_records();
    assert!(a.problems().is_empty(), "{:?}", a.problems());
    a.records[1].hours.effective = 17.0;
    a.records[2].notes = "x".repeat(limits::LONG_TEXT + 1);
    a.records[0].participants = "y".repeat(limits::SHORT_TEXT + 1);
    let fields: Vec<FieldPath> = a.problems().into_iter().map(|p| p.field).collect();
    assert_eq!(
        fields,
        [
            FieldPath::record(0).participants(),
            FieldPath::record(1).hours(Part::Effective),
            FieldPath::record(2).notes()
        ]
    );
    let mut many = plan();
    many.records = vec![start_record(&many, d(2026, 4, 1)); limits::RECORDS + 1];
    assert!(many
        .problems()
        .iter()
        .any(|p| p.field == FieldPath::Records && p.kind == ProblemKind::TooMany { max: 60 }));
    // A meeting before the fleksjob, a next date before the meeting: beside the fields.
    let mut early = plan();
    let mut r = record(d(2026, 2, 2), 14.0, 12.0, 12.0, Decision::Continue);
    r.next_date = Some(d(2026, 1, 5));
    early.records.push(r);
    let soft: Vec<(FieldPath, ProblemKind)> = problems(&early).into_iter().map(|p| (p.field, p.kind)).collect();
    assert_eq!(
        soft,
        [
            (FieldPath::record(0).date(), ProblemKind::RecordBeforeFleksjob { start: d(2026, 3, 2) }),
            (FieldPath::record(0).next_date(), ProblemKind::NextBeforeMeeting { date: d(2026, 2, 2) }),
        ]
    );
}

#[test]
fn records_travel_in_the_file_and_the_link_as_schema_6_and_only_then() {
    let a = with_three_records();
    assert_eq!(schema_for(&a), SCHEMA);
    assert_eq!(schema_for(&plan()), 5);
    let json = to_json(&a);
    assert!(json.contains("\"schema\": 6"));
    assert!(to_json(&plan()).contains("\"schema\": 5"));
    assert_eq!(from_json(&json), Ok(a.clone()));
    assert_eq!(from_fragment(&to_fragment(&a)), Ok(a.clone()));
    // A link leaves out a record's empty texts and its default decision.
    let mut bare = plan();
    bare.records.push(record(d(2026, 4, 20), 16.0, 14.0, 12.0, Decision::Continue));
    bare.records[0].participants.clear();
    let link = to_fragment(&bare);
    let decoded = fleksjob_beregner::core::agreement::io::base64url::decode(&link).expect("base64");
    let text = String::from_utf8(decoded).expect("utf-8");
    assert!(!text.contains("continue") && !text.contains("participants"), "{text}");
    assert_eq!(from_fragment(&link), Ok(bare));
}

/// The progression chart reads on a phone at any number of meetings: at
/// least 300 px wide, room for each date, an hours axis with at least three
/// labels and its unit, a date per meeting, a legend of the four series in
/// the reader's language; the note and the appendix draw the same chart.
#[test]
fn the_progression_chart_reads_on_a_phone_and_is_the_same_on_paper() {
    use fleksjob_beregner::core::document::progression_chart;
    let count = |svg: &str, class: &str| svg.matches(&format!("class=\"{class}\"")).count();
    let mut a = plan();
    for n in 1..=60usize {
        let date = d(2026, 3, 16) + chrono::Duration::weeks(2 * (n as i64 - 1));
        a.records.push(record(date, 14.0 + (n % 30) as f64, 12.0, 12.0, Decision::Continue));
        let rows = progression(&a);
        let chart = progression_chart(&rows, &Lang::Da);
        assert!(chart.width >= 300, "{n} meetings: {} px", chart.width);
        assert!(chart.width >= 40 + 64 * n as i32, "{n} meetings: a date needs 64 px");
        assert!(count(&chart.frame, "hours") >= 4, "{n}: three numbers and the unit");
        assert!(chart.frame.contains(">timer/uge<"));
        assert_eq!(count(&chart.frame, "date"), n);
        assert_eq!(count(&chart.marks, "attended"), n);
        assert_eq!(count(&chart.marks, "planned") + count(&chart.marks, "effective") + count(&chart.marks, "paid"), 3);
        // The axis reaches the highest figure: 14 + 29 = 43 attended hours needs 50.
        let top_label = if rows.iter().any(|r| r.recorded.attended > 40.0) { ">50<" } else { ">0<" };
        assert!(chart.frame.contains(top_label), "{n}");
    }
    let names: Vec<String> =
        progression_chart(&progression(&a), &Lang::En).legend.into_iter().map(|(_, n)| n).collect();
    assert_eq!(names, ["Planned paid", "Attended hours", "Effective hours", "Paid hours"]);

    // Paper: the appendix and the last meeting's note draw the screen's chart.
    let a = with_three_records();
    let screen = progression_chart(&progression(&a), &Lang::Da);
    let charts = |doc: &Document| -> Vec<_> {
        doc.sections
            .iter()
            .flat_map(|s| &s.blocks)
            .filter_map(|b| if let Block::Chart(c) = b { Some(c.clone()) } else { None })
            .collect()
    };
    assert_eq!(charts(&document(&a, a.basis.as_ref(), &Lang::Da)), vec![screen.clone()]);
    assert_eq!(charts(&follow_up_note(&a, a.basis.as_ref(), 2, &Lang::Da).expect("note")), vec![screen]);
    assert!(document(&a, a.basis.as_ref(), &Lang::Da).to_html(&Lang::Da).contains("<figure class=\"doc-chart\"><svg"));
}
