//! The follow-up meeting: what was recorded against what the plan said,
//! the effective-above-paid gap in kroner, and what a decision does to the
//! steps. The evaluations behind the tool find progression is lost here:
//! follow-up keeps the job but rarely moves the hours, and citizens deliver
//! effective hours long before they are paid for them (seed 000).

use chrono::{Days, NaiveDate};

use crate::core::agreement::{
    limits, Agreement, Decision, FieldPath, FollowUp, FollowUpKind, FollowUpRecord, Hours, Problem, ProblemKind, Step,
};
use crate::core::income::answer::Answer;
use crate::core::income::scenario::{Change, Scenario};

/// The hours the plan gives on `day`: today's, then those of the latest
/// step started on or before it.
pub fn planned_on(a: &Agreement, day: NaiveDate) -> Hours {
    step_in_force(a, day).map_or(a.today.hours, |i| a.steps[i].hours)
}

/// The latest step started on or before `day`, by index.
fn step_in_force(a: &Agreement, day: NaiveDate) -> Option<usize> {
    (0..a.steps.len()).filter(|&i| a.steps[i].start <= day).max_by_key(|&i| a.steps[i].start)
}

/// The earliest step that starts after `day`, by index.
fn step_after(a: &Agreement, day: NaiveDate) -> Option<usize> {
    (0..a.steps.len()).filter(|&i| a.steps[i].start > day).min_by_key(|&i| a.steps[i].start)
}

/// The latest record on or before `day`, if no step has started since: a
/// record tells how the hours were, so it holds until the plan's next step.
fn record_in_force(a: &Agreement, day: NaiveDate) -> Option<&FollowUpRecord> {
    let step_start = step_in_force(a, day).map(|i| a.steps[i].start);
    a.records.iter().filter(|r| r.date <= day).max_by_key(|r| r.date).filter(|r| step_start.is_none_or(|s| r.date >= s))
}

/// The hours on `day`: what the latest dated fact says, a step's start or a
/// meeting's record.
fn hours_in_force(a: &Agreement, day: NaiveDate) -> Hours {
    record_in_force(a, day).map_or_else(|| planned_on(a, day), |r| r.hours)
}

/// Paid hours per week on `day` (from the fleksjob's start), by `hours_in_force`.
pub fn paid_on(a: &Agreement, day: NaiveDate) -> f64 {
    hours_in_force(a, day).paid
}

/// One follow-up in the progression: the paid hours the plan intended on
/// its date, beside the hours recorded.
#[derive(Clone, Debug, PartialEq)]
pub struct ProgressionRow {
    pub date: NaiveDate,
    pub planned_paid: f64,
    pub recorded: Hours,
}

/// The progression over the records, oldest first.
pub fn progression(a: &Agreement) -> Vec<ProgressionRow> {
    let mut order: Vec<&FollowUpRecord> = a.records.iter().collect();
    crate::core::text::sort::sort_by(&mut order, |x, y| x.date < y.date);
    order
        .into_iter()
        .map(|r| ProgressionRow { date: r.date, planned_paid: planned_on(a, r.date).paid, recorded: r.hours })
        .collect()
}

/// Effective hours above paid ones, in kroner: what paying the effective
/// hours would change, by the calculator's own answer (paid → effective),
/// and the plan's next step beside it.
#[derive(Clone, Debug, PartialEq)]
pub struct Gap {
    pub date: NaiveDate,
    pub effective: f64,
    pub paid: f64,
    pub answer: Answer,
    pub next_step: Option<NextStep>,
}

impl Gap {
    /// The citizen's monthly gain, after tax.
    pub fn gain_net(&self) -> f64 {
        self.answer.change.net()
    }

    /// The employer's monthly extra cost.
    pub fn cost_employer(&self) -> f64 {
        self.answer.change.employer_cost()
    }
}

/// The next planned step from a record: its number (1-based), start, paid
/// hours and the change from the hours recorded.
#[derive(Clone, Debug, PartialEq)]
pub struct NextStep {
    pub number: usize,
    pub start: NaiveDate,
    pub paid: f64,
    pub change: Change,
}

/// The gap at `record`, if its effective hours are above its paid ones.
pub fn gap_at(a: &Agreement, record: &FollowUpRecord, s: &Scenario) -> Option<Gap> {
    let h = record.hours;
    if !(h.effective.is_finite() && h.paid.is_finite() && h.effective > h.paid) {
        return None;
    }
    let next_step = step_after(a, record.date).map(|i| {
        let step = &a.steps[i];
        NextStep { number: i + 1, start: step.start, paid: step.hours.paid, change: s.change(h.paid, step.hours.paid) }
    });
    Some(Gap {
        date: record.date,
        effective: h.effective,
        paid: h.paid,
        answer: Answer::new(s, h.paid, h.effective),
        next_step,
    })
}

/// The gap now: at the latest record, if it has one.
pub fn latest_gap(a: &Agreement, s: &Scenario) -> Option<Gap> {
    let latest = a.records.iter().max_by_key(|r| r.date)?;
    gap_at(a, latest, s)
}

/// A new record for a meeting on `date`, filled in from what is known: the
/// hours of the last record if it is newer than the step in force (else the
/// plan's), who took part last time (else the agreement's parties), and the
/// next open follow-up of the plan.
pub fn start_record(a: &Agreement, date: NaiveDate) -> FollowUpRecord {
    let last = a.records.iter().filter(|r| r.date <= date).max_by_key(|r| r.date);
    let participants = match last {
        Some(r) => r.participants.clone(),
        None => {
            let p = &a.parties;
            [p.citizen.trim(), p.employer_contact.trim(), p.consultant.trim()]
                .into_iter()
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join(", ")
        }
    };
    let next_date = a.follow_ups.iter().filter(|f| !f.done && f.date > date).map(|f| f.date).min();
    FollowUpRecord {
        date,
        participants,
        hours: hours_in_force(a, date),
        tasks: String::new(),
        notes: String::new(),
        accommodations: String::new(),
        citizen_words: String::new(),
        decision: Decision::Continue,
        next_date,
    }
}

/// Add a record for a meeting on `date` (see `start_record`); its index,
/// or `None`, and nothing added, at the cap.
pub fn add_record(a: &mut Agreement, date: NaiveDate) -> Option<usize> {
    if a.records.len() >= limits::RECORDS {
        return None;
    }
    a.records.push(start_record(a, date));
    Some(a.records.len() - 1)
}

/// Keep the records oldest first, as the file and the progression have them.
pub fn order(a: &mut Agreement) {
    crate::core::text::sort::sort_by(&mut a.records, |x, y| x.date < y.date);
}

/// What a decision changed in the steps, for the sentence under the record.
#[derive(Clone, Debug, PartialEq)]
pub enum PlanChange {
    /// Nothing on paper changes (continue, or try more hours informally).
    Unchanged,
    /// "Start the next step now", but no step comes after the meeting.
    NoNextStep,
    /// "Go back a step", but no step is in force.
    NoStepToLeave,
    /// Step `number` (1-based) now starts on `to` instead of `from`; the
    /// steps after it moved as much.
    NextStepMoved { number: usize, from: NaiveDate, to: NaiveDate },
    /// From `date`, step `number` (1-based) has `paid` hours instead of `old`.
    HoursFrom { number: usize, date: NaiveDate, old: f64, paid: f64 },
}

/// A record concluded: the decision's change to the steps and what undoes
/// it. The meeting itself stays held, and its next date stays planned.
#[derive(Clone, Debug, PartialEq)]
pub struct PlanEdit {
    pub change: PlanChange,
    steps_before: Vec<Step>,
}

impl PlanEdit {
    /// Whether the steps changed, so there is something to undo.
    pub fn changed_steps(&self, a: &Agreement) -> bool {
        a.steps != self.steps_before
    }

    /// Put the steps back as they were.
    pub fn undo(self, a: &mut Agreement) {
        a.steps = self.steps_before;
    }
}

/// Conclude the record at `index`: its decision changes the steps, the
/// plan's follow-ups on its date are marked held, and its next date joins
/// the plan if it is not there. The records are kept oldest first.
pub fn conclude(a: &mut Agreement, index: usize) -> Option<PlanEdit> {
    let record = a.records.get(index)?.clone();
    let steps_before = a.steps.clone();
    let change = decide(a, &record);
    for f in a.follow_ups.iter_mut().filter(|f| f.date == record.date) {
        f.done = true;
    }
    if let Some(next) = record.next_date {
        if !a.follow_ups.iter().any(|f| f.date == next) && a.follow_ups.len() < limits::FOLLOW_UPS {
            let at = a.follow_ups.iter().position(|f| f.date > next).unwrap_or(a.follow_ups.len());
            a.follow_ups
                .insert(at, FollowUp { date: next, kind: FollowUpKind::Custom, label: String::new(), done: false });
        }
    }
    order(a);
    Some(PlanEdit { change, steps_before })
}

/// The decision's change to the steps, from the record's date.
fn decide(a: &mut Agreement, record: &FollowUpRecord) -> PlanChange {
    let date = record.date;
    match record.decision {
        Decision::Continue | Decision::TryInformally => PlanChange::Unchanged,
        Decision::NextStepNow => start_next_step(a, date),
        Decision::AdjustStep => hours_from(a, date, record.hours),
        Decision::StepBack => {
            let Some(current) = step_in_force(a, date) else {
                return PlanChange::NoStepToLeave;
            };
            // The plan's hours on the day before the step in force began.
            let before = a.steps[current].start.pred_opt().map_or(a.today.hours, |day| planned_on(a, day));
            hours_from(a, date, before)
        }
    }
}

/// Whole weeks from `from` to `to`.
fn weeks_between(from: NaiveDate, to: NaiveDate) -> i64 {
    (to - from).num_days().div_euclid(7)
}

/// Weeks as a step's length: at least one, at most the limit.
fn step_weeks(weeks: i64) -> u16 {
    weeks.clamp(1, i64::from(limits::MAX_STEP_WEEKS)) as u16
}

/// The next step starts on `date`, the ones after it as much earlier, and
/// the step in force ends by then.
fn start_next_step(a: &mut Agreement, date: NaiveDate) -> PlanChange {
    let Some(next) = step_after(a, date) else {
        return PlanChange::NoNextStep;
    };
    let from = a.steps[next].start;
    let current = step_in_force(a, date);
    let earlier = Days::new((from - date).num_days().unsigned_abs());
    for step in a.steps.iter_mut().filter(|s| s.start >= from) {
        step.start = step.start.checked_sub_days(earlier).unwrap_or(step.start);
    }
    if let Some(current) = current {
        let step = &mut a.steps[current];
        if step.end().is_some_and(|end| end > date) {
            step.duration_weeks = step_weeks(weeks_between(step.start, date));
        }
    }
    PlanChange::NextStepMoved { number: next + 1, from, to: date }
}

/// The hours are `hours` from `date`: the step in force is split there (or
/// changed, if it starts then or less than a week before), or a step is
/// added where none is in force.
fn hours_from(a: &mut Agreement, date: NaiveDate, hours: Hours) -> PlanChange {
    let old = planned_on(a, date).paid;
    let until_next = step_after(a, date).map(|i| step_weeks(weeks_between(date, a.steps[i].start)));
    let current = step_in_force(a, date).filter(|&i| a.steps[i].end().is_none_or(|end| end > date));
    let number = match current {
        Some(i) if weeks_between(a.steps[i].start, date) == 0 => {
            a.steps[i].hours = hours;
            i + 1
        }
        Some(i) => {
            let step = &mut a.steps[i];
            // The weeks left of the step, a part week counted whole.
            let remaining = step.end().map_or(1, |end| ((end - date).num_days() + 6).div_euclid(7));
            let mut rest = Step { start: date, hours, ..step.clone() };
            rest.duration_weeks = until_next.map_or(step_weeks(remaining), |w| w.min(step_weeks(remaining)));
            step.duration_weeks = step_weeks(weeks_between(step.start, date));
            a.steps.insert(i + 1, rest);
            i + 2
        }
        None if a.steps.len() >= limits::STEPS => return PlanChange::Unchanged,
        None => {
            let mut step = Step::new(date, hours);
            step.duration_weeks = until_next.unwrap_or(Step::DEFAULT_WEEKS);
            let at = a.steps.iter().position(|s| s.start > date).unwrap_or(a.steps.len());
            a.steps.insert(at, step);
            at + 1
        }
    };
    PlanChange::HoursFrom { number, date, old, paid: hours.paid }
}

/// What keeps a record from meaning what it says, each at its field: a
/// meeting before the fleksjob started, a next meeting before this one.
/// Shown beside the fields; like the timeline's they do not stop saving.
pub fn problems(a: &Agreement) -> Vec<Problem> {
    let mut out = Vec::new();
    for (i, r) in a.records.iter().enumerate() {
        if r.date < a.fleksjob_start {
            let kind = ProblemKind::RecordBeforeFleksjob { start: a.fleksjob_start };
            out.push(Problem { field: FieldPath::record(i).date(), kind });
        }
        if r.next_date.is_some_and(|next| next < r.date) {
            let kind = ProblemKind::NextBeforeMeeting { date: r.date };
            out.push(Problem { field: FieldPath::record(i).next_date(), kind });
        }
    }
    out
}
