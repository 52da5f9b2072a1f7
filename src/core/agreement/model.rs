//! The progression agreement (*progressionsaftale*): a written plan between
//! the citizen, the employer and the jobcentre for more hours or new tasks in
//! a fleksjob. No official template exists; the fields follow the content the
//! sources point to (docs/rules.md, section 6): parties, today's hours and tasks,
//! accommodations, a goal reached in dated steps, support and a follow-up plan.
//!
//! The model holds no display text: kinds have stable `key()` strings, and the
//! UI translates them. Free text is kept exactly as typed.

use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::core::agreement::path::{FieldPath, HoursPath, Part, PartiesField, SupportKind};
pub use crate::core::agreement::schedule::FollowUpKind;
use crate::core::agreement::schedule::{self, Rules};
use crate::core::income::form::Basis;
pub use crate::core::income::hours::Hours;
use crate::core::income::municipalities;
use crate::core::text::clean::{clean_block, clean_line, is_clean_block, is_clean_line};
pub use crate::core::text::dates::Month;
use crate::core::text::number::InputError;

/// The day from which the law names the municipality (*kommunen*), not the
/// jobcentre, as the authority: lov nr. 1750 af 29/12/2025 (bill L 66, § 1, nr. 1)
/// replaced "jobcenteret" by "kommunen" throughout LAB as the consequence of
/// abolishing the requirement of a jobcentre, which took effect on 1 February
/// 2026 (the law's first step; its second, on 1 July 2026, holds the more
/// flexible contact courses and offers). The law's own commencement clause
/// was not read: the date rests on secondary sources (A4 Medier, DR) and
/// STAR's account of the two steps; docs/rules.md § 5 says so. A new lov om
/// en aktiv beskæftigelsesindsats follows on 1 January 2027. An agreement's
/// wording follows the law in force on its date.
pub const KOMMUNEN_FROM: (i32, u32, u32) = (2026, 2, 1);

/// Whether an agreement dated `date` names the municipality rather than the
/// jobcentre.
pub fn names_kommunen(date: NaiveDate) -> bool {
    let (y, m, d) = KOMMUNEN_FROM;
    NaiveDate::from_ymd_opt(y, m, d).is_some_and(|from| date >= from)
}

/// Who signs the agreement. Every name is optional: a draft can be made
/// before the names are known, and the citizen may prefer to leave theirs out.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Parties {
    pub citizen: String,
    /// The workplace.
    pub employer: String,
    /// The employer's contact person, usually the nearest manager.
    pub employer_contact: String,
    /// The jobcentre's consultant (*jobformidler* / *virksomhedskonsulent*).
    pub consultant: String,
    /// The collective agreement (*overenskomst*) and union the wage follows,
    /// as written on union and municipal wage-ceiling forms; empty if none.
    #[serde(default)]
    pub collective_agreement: String,
}

/// An accommodation (*skånehensyn*): what the workplace does to fit the
/// citizen's limitations. Some reveal illness, so they are health data and
/// never leave the browser except in files the user exports.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Accommodation {
    /// Lower pace, no deadlines or peaks.
    Pace,
    /// Breaks when needed.
    Breaks,
    /// No heavy lifting.
    Lifting,
    /// Hours spread over the week, e.g. short days.
    SpreadOfHours,
    /// Days off between working days.
    DaysOff,
    /// Written by the user.
    Other(String),
}

impl Accommodation {
    /// The common kinds, in the order the UI offers them as choices.
    pub const COMMON: [Accommodation; 5] = [
        Accommodation::Pace,
        Accommodation::Breaks,
        Accommodation::Lifting,
        Accommodation::SpreadOfHours,
        Accommodation::DaysOff,
    ];

    /// Stable name of the kind, for the UI's translations and the file.
    pub fn key(&self) -> &'static str {
        match self {
            Accommodation::Pace => "pace",
            Accommodation::Breaks => "breaks",
            Accommodation::Lifting => "lifting",
            Accommodation::SpreadOfHours => "spread_of_hours",
            Accommodation::DaysOff => "days_off",
            Accommodation::Other(_) => "other",
        }
    }
}

/// Where the citizen is today.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Today {
    pub hours: Hours,
    pub tasks: String,
    /// Tasks that are hard today: what the steps and accommodations address.
    #[serde(default)]
    pub hard_tasks: String,
    pub accommodations: Vec<Accommodation>,
}

/// One dated, measurable step towards the goal, e.g. "try 12 attended hours
/// from 1 March for 6 weeks; if it works, paid hours go from 10 to 12".
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    #[serde(with = "crate::core::text::dates::serde_iso")]
    pub start: NaiveDate,
    pub duration_weeks: u16,
    /// The hours during the step.
    pub hours: Hours,
    /// Tasks to add or change. Progression talks work best when they start
    /// with tasks; hours follow (seed 004).
    pub tasks: String,
    /// A trial that does not bind: citizens value trying more hours before
    /// anything changes on paper (seed 000).
    pub trial: bool,
    /// Tried first in a trial placement (*praktik*) at the workplace, before
    /// the contract's hours change.
    #[serde(default)]
    pub placement: bool,
    /// What happens if the step does not work, e.g. "back to 10 hours".
    pub if_not_working: String,
}

impl Step {
    /// Default length of a new step: the sources' example is six weeks.
    pub const DEFAULT_WEEKS: u16 = 6;

    /// A trial step from `start` with the given hours, tasks left to fill in.
    pub fn new(start: NaiveDate, hours: Hours) -> Step {
        Step {
            start,
            duration_weeks: Step::DEFAULT_WEEKS,
            hours,
            tasks: String::new(),
            trial: true,
            placement: false,
            if_not_working: String::new(),
        }
    }

    /// The day after the step's last day (start + whole weeks); `None` only
    /// beyond the calendar's range.
    pub fn end(&self) -> Option<NaiveDate> {
        self.start.checked_add_days(Days::new(u64::from(self.duration_weeks) * 7))
    }
}

/// A kind of support with a note (who the mentor is, which aid). The note
/// is kept when `given` is switched off, so nothing typed is lost.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SupportItem {
    pub given: bool,
    pub note: String,
}

/// Support that makes the steps possible.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Support {
    pub mentor: SupportItem,
    /// *Hjælpemidler*: aids and tools, e.g. a raised desk.
    pub aids: SupportItem,
    /// *Personlig assistance*.
    pub personal_assistance: SupportItem,
    /// Anything else, as typed; empty for none.
    pub other: String,
}

/// The standard plan for a fleksjob starting on `start` as the agreement's
/// own follow-ups: open and unlabelled, each date editable.
pub fn standard_follow_ups(start: NaiveDate, first_fleksjob: bool) -> Vec<FollowUp> {
    schedule::follow_ups(Rules::standard(), start, first_fleksjob)
        .into_iter()
        .map(|p| FollowUp { date: p.date, kind: p.kind, label: String::new(), done: false })
        .collect()
}

/// A dated follow-up meeting. Generated ones can be edited like any other.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FollowUp {
    #[serde(with = "crate::core::text::dates::serde_iso")]
    pub date: NaiveDate,
    pub kind: FollowUpKind,
    /// The user's own words, e.g. "workplace visit"; empty by default.
    pub label: String,
    pub done: bool,
}

/// What a follow-up meeting decides about the plan (see `records::decide`
/// for how each changes the steps).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Decision {
    /// Keep the step in force as planned.
    #[default]
    Continue,
    /// Start the next planned step on the meeting's date.
    NextStepNow,
    /// The step in force takes the hours recorded, from the meeting's date.
    AdjustStep,
    /// Back to the hours of the step before (or today's), from the meeting's date.
    StepBack,
    /// Try more hours informally first: nothing changes on paper (seed 000).
    TryInformally,
}

impl Decision {
    pub const ALL: [Decision; 5] =
        [Decision::Continue, Decision::NextStepNow, Decision::AdjustStep, Decision::StepBack, Decision::TryInformally];

    /// Stable name, for the UI's translations and the select's values.
    pub fn key(self) -> &'static str {
        match self {
            Decision::Continue => "continue",
            Decision::NextStepNow => "next_step_now",
            Decision::AdjustStep => "adjust_step",
            Decision::StepBack => "step_back",
            Decision::TryInformally => "try_informally",
        }
    }

    pub fn from_key(key: &str) -> Option<Decision> {
        Decision::ALL.into_iter().find(|d| d.key() == key)
    }
}

/// What happened at one follow-up meeting (*opfølgningssamtale*): the
/// week's hours as they were, what changed, the citizen's own words, the
/// decision and the next meeting. Kept with the agreement, oldest first.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FollowUpRecord {
    #[serde(with = "crate::core::text::dates::serde_iso")]
    pub date: NaiveDate,
    /// Who took part, as typed.
    pub participants: String,
    /// This week's attended, effective and paid hours.
    pub hours: Hours,
    /// Tasks added or dropped.
    pub tasks: String,
    /// What works and what is hard.
    pub notes: String,
    /// Accommodations changed.
    pub accommodations: String,
    /// The citizen's own words.
    pub citizen_words: String,
    pub decision: Decision,
    /// The next follow-up's date, if set.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "crate::core::text::dates::serde_iso_option")]
    pub next_date: Option<NaiveDate>,
}

/// Something in one month that changes its money: holiday, sickness or a
/// bonus (see `timeline` for how each counts).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    /// Holiday with wage from the employer (*ferie med løn*).
    HolidayWithPay,
    /// Holiday paid by *feriepenge*/*feriegodtgørelse* (e.g. through
    /// FerieKonto), not by the employer's wage.
    HolidayWithHolidayPay,
    /// Sick, with wage from the employer.
    SickWithWage,
    /// Sick without wage: *sygedagpenge* instead.
    SickWithoutWage,
    /// A one-off bonus paid with the month's wage, in kroner.
    Bonus,
}

impl EventKind {
    pub const ALL: [EventKind; 5] = [
        EventKind::HolidayWithPay,
        EventKind::HolidayWithHolidayPay,
        EventKind::SickWithWage,
        EventKind::SickWithoutWage,
        EventKind::Bonus,
    ];

    pub fn key(self) -> &'static str {
        match self {
            EventKind::HolidayWithPay => "holiday_with_pay",
            EventKind::HolidayWithHolidayPay => "holiday_with_holiday_pay",
            EventKind::SickWithWage => "sick_with_wage",
            EventKind::SickWithoutWage => "sick_without_wage",
            EventKind::Bonus => "bonus",
        }
    }

    pub fn from_key(key: &str) -> Option<EventKind> {
        EventKind::ALL.into_iter().find(|k| k.key() == key)
    }

    /// Whether `amount` is working days (else kroner).
    pub fn in_days(self) -> bool {
        self != EventKind::Bonus
    }
}

/// One event in one month: so many working days, or a bonus in kroner.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MonthEvent {
    pub month: Month,
    pub kind: EventKind,
    /// Working days (Monday to Friday), or kroner for a bonus.
    #[serde(deserialize_with = "crate::core::text::number::nan_from_null")]
    pub amount: f64,
}

/// The whole agreement. The file's schema version is added on export (see
/// `io::schema_for`); in memory there is only the current shape.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Agreement {
    /// The date of the agreement.
    #[serde(with = "crate::core::text::dates::serde_iso")]
    pub date: NaiveDate,
    pub parties: Parties,
    pub today: Today,
    /// The goal in the citizen's and employer's words.
    pub goal: String,
    pub steps: Vec<Step>,
    pub support: Support,
    /// The fleksjob's start: the follow-up plan counts from it.
    #[serde(with = "crate::core::text::dates::serde_iso")]
    pub fleksjob_start: NaiveDate,
    /// Whether this is the citizen's first fleksjob, which is temporary and
    /// gets a status follow-up after 4½ years.
    pub first_fleksjob: bool,
    pub follow_ups: Vec<FollowUp>,
    /// Holiday, sickness and bonuses by month, for the month-by-month money.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub events: Vec<MonthEvent>,
    /// The calculator's inputs the steps' money rests on. `None` until it is
    /// first saved, exported or shared (the draft then follows the calculator
    /// on screen), and in files from before schema 3.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub basis: Option<Basis>,
    /// What each follow-up meeting recorded, oldest first (see `records`).
    /// Left out of the file when there are none.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub records: Vec<FollowUpRecord>,
}

/// How a free text is cleaned: names and labels are one line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextKind {
    Line,
    Block,
}

impl TextKind {
    pub fn clean(self, text: &str) -> String {
        match self {
            TextKind::Line => clean_line(text),
            TextKind::Block => clean_block(text),
        }
    }

    pub fn is_clean(self, text: &str) -> bool {
        match self {
            TextKind::Line => is_clean_line(text),
            TextKind::Block => is_clean_block(text),
        }
    }
}

impl Agreement {
    /// An empty draft dated `today`, as if the fleksjob starts today (the
    /// common case for a new fleksjob; the user changes it for an existing
    /// one and regenerates the plan). There is no clock in the core, so the
    /// caller passes the date.
    pub fn new(today: NaiveDate) -> Agreement {
        Agreement {
            date: today,
            parties: Parties::default(),
            today: Today::default(),
            goal: String::new(),
            steps: Vec::new(),
            support: Support::default(),
            fleksjob_start: today,
            first_fleksjob: true,
            follow_ups: standard_follow_ups(today, true),
            events: Vec::new(),
            basis: None,
            records: Vec::new(),
        }
    }

    /// Every free text with how it is cleaned, for `clean` and `is_clean`.
    fn texts_mut(&mut self) -> Vec<(&mut String, TextKind)> {
        use TextKind::{Block, Line};
        let p = &mut self.parties;
        let mut out = vec![
            (&mut p.citizen, Line),
            (&mut p.employer, Line),
            (&mut p.employer_contact, Line),
            (&mut p.consultant, Line),
            (&mut p.collective_agreement, Line),
            (&mut self.today.tasks, Block),
            (&mut self.today.hard_tasks, Block),
            (&mut self.goal, Block),
        ];
        for a in &mut self.today.accommodations {
            if let Accommodation::Other(text) = a {
                out.push((text, Line));
            }
        }
        for step in &mut self.steps {
            out.push((&mut step.tasks, Block));
            out.push((&mut step.if_not_working, Block));
        }
        let s = &mut self.support;
        out.push((&mut s.mentor.note, Line));
        out.push((&mut s.aids.note, Line));
        out.push((&mut s.personal_assistance.note, Line));
        out.push((&mut s.other, Block));
        for f in &mut self.follow_ups {
            out.push((&mut f.label, Line));
        }
        for r in &mut self.records {
            out.push((&mut r.participants, Line));
            out.push((&mut r.tasks, Block));
            out.push((&mut r.notes, Block));
            out.push((&mut r.accommodations, Block));
            out.push((&mut r.citizen_words, Block));
        }
        out
    }

    /// Remove control and bidi characters from every text (see `text`).
    /// Never makes a text longer, so a valid agreement stays valid.
    pub fn clean(&mut self) {
        for (text, kind) in self.texts_mut() {
            if !kind.is_clean(text) {
                *text = kind.clean(text);
            }
        }
    }

    /// Whether every text is as `clean` leaves it.
    pub fn is_clean(&self) -> bool {
        self.clone().texts_mut().into_iter().all(|(text, kind)| kind.is_clean(text))
    }

    /// Append a step that starts where the last one ends (or on the
    /// agreement's date) with the hours reached so far, so the user only
    /// changes what is new. `false`, and nothing added, at the cap.
    pub fn add_step(&mut self) -> bool {
        if self.steps.len() >= limits::STEPS {
            return false;
        }
        let (start, hours) = match self.steps.last() {
            Some(last) => (last.end().unwrap_or(last.start), last.hours),
            None => (self.date, self.today.hours),
        };
        self.steps.push(Step::new(start, hours));
        true
    }

    /// Append a follow-up of the user's own, dated as the last one (or the
    /// agreement's date). `false`, and nothing added, at the cap.
    pub fn add_follow_up(&mut self) -> bool {
        if self.follow_ups.len() >= limits::FOLLOW_UPS {
            return false;
        }
        let date = self.follow_ups.last().map_or(self.date, |f| f.date);
        self.follow_ups.push(FollowUp { date, kind: FollowUpKind::Custom, label: String::new(), done: false });
        true
    }

    /// Add an accommodation. `false`, and nothing added, at the cap.
    pub fn add_accommodation(&mut self, accommodation: Accommodation) -> bool {
        if self.today.accommodations.len() >= limits::ACCOMMODATIONS {
            return false;
        }
        self.today.accommodations.push(accommodation);
        true
    }

    /// Replace the follow-up plan with the one the standard rules give for
    /// `fleksjob_start` and `first_fleksjob`. Discards edits to the plan, so
    /// the UI asks first.
    pub fn regenerate_follow_ups(&mut self) {
        self.follow_ups = standard_follow_ups(self.fleksjob_start, self.first_fleksjob);
    }

    /// Everything outside what an agreement allows, each with where it is.
    /// Empty means valid. The UI shows these beside the fields; import
    /// refuses a file with any.
    pub fn problems(&self) -> Vec<Problem> {
        let mut out = Vec::new();
        let p = &self.parties;
        for (field, text) in PartiesField::ALL.into_iter().zip([
            &p.citizen,
            &p.employer,
            &p.employer_contact,
            &p.consultant,
            &p.collective_agreement,
        ]) {
            check_text(&mut out, FieldPath::Parties(field), text, limits::SHORT_TEXT);
        }
        check_date(&mut out, FieldPath::Date, self.date);
        check_hours(&mut out, HoursPath::Today, &self.today.hours);
        check_text(&mut out, FieldPath::TodayTasks, &self.today.tasks, limits::LONG_TEXT);
        check_text(&mut out, FieldPath::TodayHardTasks, &self.today.hard_tasks, limits::LONG_TEXT);
        check_count(&mut out, FieldPath::Accommodations, self.today.accommodations.len(), limits::ACCOMMODATIONS);
        for (i, a) in self.today.accommodations.iter().enumerate() {
            if let Accommodation::Other(text) = a {
                check_text(&mut out, FieldPath::accommodation(i), text, limits::SHORT_TEXT);
            }
        }
        check_text(&mut out, FieldPath::Goal, &self.goal, limits::LONG_TEXT);
        check_count(&mut out, FieldPath::Steps, self.steps.len(), limits::STEPS);
        for (i, step) in self.steps.iter().enumerate() {
            check_step(&mut out, i, step);
        }
        let s = &self.support;
        for (kind, item) in SupportKind::ALL.into_iter().zip([&s.mentor, &s.aids, &s.personal_assistance]) {
            check_text(&mut out, FieldPath::support(kind).note(), &item.note, limits::LONG_TEXT);
        }
        check_text(&mut out, FieldPath::SupportOther, &s.other, limits::LONG_TEXT);
        check_date(&mut out, FieldPath::FleksjobStart, self.fleksjob_start);
        check_count(&mut out, FieldPath::FollowUps, self.follow_ups.len(), limits::FOLLOW_UPS);
        for (i, f) in self.follow_ups.iter().enumerate() {
            let at = FieldPath::follow_up(i);
            check_date(&mut out, at.date(), f.date);
            check_text(&mut out, at.label(), &f.label, limits::SHORT_TEXT);
        }
        check_count(&mut out, FieldPath::Events, self.events.len(), limits::EVENTS);
        for (i, event) in self.events.iter().enumerate() {
            check_event(&mut out, i, event);
        }
        if let Some(basis) = &self.basis {
            check_basis(&mut out, basis);
        }
        check_count(&mut out, FieldPath::Records, self.records.len(), limits::RECORDS);
        for (i, record) in self.records.iter().enumerate() {
            check_record(&mut out, i, record);
        }
        out
    }
}

/// Bounds of a valid agreement. Generous: beyond them a value is a typo or
/// not an agreement at all.
pub mod limits {
    /// Hours per week, as in the calculator.
    pub const MAX_HOURS: f64 = 80.0;
    /// Names and short labels, in characters.
    pub const SHORT_TEXT: usize = 200;
    /// Tasks, goal, notes, in characters.
    pub const LONG_TEXT: usize = 4_000;
    pub const ACCOMMODATIONS: usize = 20;
    pub const STEPS: usize = 20;
    pub const FOLLOW_UPS: usize = 60;
    /// Follow-up records: one for every planned meeting.
    pub const RECORDS: usize = 60;
    /// Events over the agreement's months: a few a month for years.
    pub const EVENTS: usize = 120;
    /// Working days in any month: 23 weekdays at most.
    pub const EVENT_DAYS: f64 = 23.0;
    /// A bonus, in kroner.
    pub const BONUS: f64 = 1_000_000.0;
    /// Ten years: longer steps are not steps.
    pub const MAX_STEP_WEEKS: u16 = 520;
    /// Earliest and latest dates accepted, as (year, month, day); fleksjobs
    /// under the current rules began in 2013.
    pub const FIRST_DATE: (i32, u32, u32) = (2000, 1, 1);
    pub const LAST_DATE: (i32, u32, u32) = (2100, 12, 31);
}

/// One thing outside what an agreement allows.
#[derive(Clone, Debug, PartialEq)]
pub struct Problem {
    /// Where: `Display` gives the path into the file, "steps[1].hours.effective".
    pub field: FieldPath,
    pub kind: ProblemKind,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ProblemKind {
    /// Not a number (cannot come from a file, but can from code).
    NotFinite,
    OutOfRange {
        min: f64,
        max: f64,
    },
    /// Effective hours above attended hours: the work delivered cannot exceed
    /// the time at work.
    EffectiveAboveAttended,
    TooLong {
        max_chars: usize,
    },
    TooMany {
        max: usize,
    },
    DateOutOfRange {
        first: NaiveDate,
        last: NaiveDate,
    },
    /// A required value is absent.
    Missing,
    /// Not one of the known values (a municipality number, say).
    Unknown,
    /// A step that starts before the fleksjob does (see `timeline::problems`).
    BeforeFleksjob {
        start: NaiveDate,
    },
    /// A step that starts before step number `step` (1-based) ends on `end`.
    Overlaps {
        step: usize,
        end: NaiveDate,
    },
    /// More days off in a month than its `weekdays`.
    MoreDaysThanMonth {
        weekdays: u32,
    },
    /// A follow-up record dated before the fleksjob's start (see `records::problems`).
    RecordBeforeFleksjob {
        start: NaiveDate,
    },
    /// A next follow-up dated before the meeting on `date` that sets it.
    NextBeforeMeeting {
        date: NaiveDate,
    },
    /// An event outside the months the timeline shows.
    OutsidePeriod {
        first: Month,
        last: Month,
    },
}

fn problem(out: &mut Vec<Problem>, field: FieldPath, kind: ProblemKind) {
    out.push(Problem { field, kind });
}

fn check_step(out: &mut Vec<Problem>, i: usize, step: &Step) {
    let at = FieldPath::step(i);
    check_date(out, at.start(), step.start);
    if !(1..=limits::MAX_STEP_WEEKS).contains(&step.duration_weeks) {
        let kind = ProblemKind::OutOfRange { min: 1.0, max: f64::from(limits::MAX_STEP_WEEKS) };
        problem(out, at.duration_weeks(), kind);
    }
    check_hours(out, HoursPath::Step(i), &step.hours);
    check_text(out, at.tasks(), &step.tasks, limits::LONG_TEXT);
    check_text(out, at.if_not_working(), &step.if_not_working, limits::LONG_TEXT);
}

fn check_record(out: &mut Vec<Problem>, i: usize, record: &FollowUpRecord) {
    let at = FieldPath::record(i);
    check_date(out, at.date(), record.date);
    if let Some(next) = record.next_date {
        check_date(out, at.next_date(), next);
    }
    check_hours(out, HoursPath::Record(i), &record.hours);
    check_text(out, at.participants(), &record.participants, limits::SHORT_TEXT);
    for (field, text) in [
        (at.tasks(), &record.tasks),
        (at.notes(), &record.notes),
        (at.accommodations(), &record.accommodations),
        (at.citizen_words(), &record.citizen_words),
    ] {
        check_text(out, field, text, limits::LONG_TEXT);
    }
}

fn check_event(out: &mut Vec<Problem>, i: usize, event: &MonthEvent) {
    let at = FieldPath::event(i);
    let (first, last) = date_bounds();
    if event.month < Month::of(first) || event.month > Month::of(last) {
        problem(out, at.month(), ProblemKind::DateOutOfRange { first, last });
    }
    let max = if event.kind.in_days() { limits::EVENT_DAYS } else { limits::BONUS };
    if !event.amount.is_finite() {
        problem(out, at.amount(), ProblemKind::NotFinite);
    } else if !(0.0..=max).contains(&event.amount) {
        problem(out, at.amount(), ProblemKind::OutOfRange { min: 0.0, max });
    }
}

fn check_hours(out: &mut Vec<Problem>, at: HoursPath, hours: &Hours) {
    let mut all_in_range = true;
    for (part, value) in Part::ALL.into_iter().zip([hours.attended, hours.effective, hours.paid]) {
        if !value.is_finite() {
            problem(out, at.part(part), ProblemKind::NotFinite);
            all_in_range = false;
        } else if !(0.0..=limits::MAX_HOURS).contains(&value) {
            let kind = ProblemKind::OutOfRange { min: 0.0, max: limits::MAX_HOURS };
            problem(out, at.part(part), kind);
            all_in_range = false;
        }
    }
    // Only meaningful once both figures are themselves valid.
    if all_in_range && hours.effective > hours.attended {
        problem(out, at.part(Part::Effective), ProblemKind::EffectiveAboveAttended);
    }
}

fn check_text(out: &mut Vec<Problem>, field: FieldPath, text: &str, max_chars: usize) {
    // Bytes bound chars from above, so most texts skip the count.
    if text.len() > max_chars && text.chars().count() > max_chars {
        problem(out, field, ProblemKind::TooLong { max_chars });
    }
}

fn check_count(out: &mut Vec<Problem>, field: FieldPath, count: usize, max: usize) {
    if count > max {
        problem(out, field, ProblemKind::TooMany { max });
    }
}

/// The basis by the calculator's own rules, each problem at `basis.<key>`.
fn check_basis(out: &mut Vec<Problem>, basis: &Basis) {
    let (first, last) = (limits::FIRST_DATE.0, limits::LAST_DATE.0);
    if !(first..=last).contains(&i32::from(basis.year)) {
        problem(out, FieldPath::BasisYear, ProblemKind::OutOfRange { min: f64::from(first), max: f64::from(last) });
    }
    if let Some(number) = basis.municipality {
        if municipalities::find(&number.to_string()).is_none() {
            problem(out, FieldPath::BasisKommune, ProblemKind::Unknown);
        }
    }
    for (field, error) in basis.problems() {
        let range = field.range();
        let kind = match error {
            InputError::Empty => ProblemKind::Missing,
            InputError::NotANumber => ProblemKind::NotFinite,
            InputError::EffectiveAboveAttended => ProblemKind::EffectiveAboveAttended,
            InputError::Negative | InputError::TooSmall { .. } | InputError::TooLarge { .. } | InputError::NotAYear => {
                ProblemKind::OutOfRange { min: range.min, max: range.max }
            }
        };
        problem(out, FieldPath::basis(field), kind);
    }
}

/// The first and last date an agreement may hold.
pub fn date_bounds() -> (NaiveDate, NaiveDate) {
    let date = |(y, m, d): (i32, u32, u32)| NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default();
    (date(limits::FIRST_DATE), date(limits::LAST_DATE))
}

fn check_date(out: &mut Vec<Problem>, field: FieldPath, date: NaiveDate) {
    let (first, last) = date_bounds();
    if date < first || date > last {
        problem(out, field, ProblemKind::DateOutOfRange { first, last });
    }
}
