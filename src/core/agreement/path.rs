//! Where a value is in the agreement: a typed path for the validator's
//! problems and the editor's fields, so both name a place the same way.
//! `Display` writes the path into the file ("steps[1].hours.paid"), as
//! messages and import errors show it.

use std::fmt;

use crate::core::income::form::Field;

/// A place in the agreement the validator can name, or a field the editor
/// shows a message beside. Plain data: build one with the variants or the
/// builders (`FieldPath::step(1).hours(Part::Paid)`), compare with `==`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldPath {
    /// `date`
    Date,
    /// `parties.citizen`, …
    Parties(PartiesField),
    /// `today.hours.paid`, …
    TodayHours(Part),
    /// `today.tasks`
    TodayTasks,
    /// `today.hard_tasks`
    TodayHardTasks,
    /// `today.accommodations`: the list itself (its length).
    Accommodations,
    /// `today.accommodations[2]`: the user's own text at that index.
    Accommodation(usize),
    /// `goal`
    Goal,
    /// `steps`: the list itself.
    Steps,
    /// `steps[1].start`, `steps[1].hours.paid`, …
    Step(usize, StepField),
    /// `support.mentor.note`, …
    SupportNote(SupportKind),
    /// `support.other`
    SupportOther,
    /// `fleksjob_start`
    FleksjobStart,
    /// `follow_ups`: the list itself.
    FollowUps,
    /// `follow_ups[0].date`, `follow_ups[0].label`
    FollowUp(usize, FollowUpField),
    /// `events`: the list itself.
    Events,
    /// `events[0].month`, `events[0].kind`, `events[0].amount`
    Event(usize, EventField),
    /// `basis.year`
    BasisYear,
    /// `basis.kommune`
    BasisKommune,
    /// `basis.wage`, …: a value of the calculator's, by its key.
    Basis(Field),
    /// `records`: the list itself.
    Records,
    /// `records[3].next_date`, `records[3].hours.paid`, …
    Record(usize, RecordField),
}

/// A text of the parties (the collective agreement is kept with them).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PartiesField {
    Citizen,
    Employer,
    EmployerContact,
    Consultant,
    CollectiveAgreement,
}

/// One of a week's hours (the fields of `Hours`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    Attended,
    Effective,
    Paid,
}

/// A field of a step.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StepField {
    Start,
    DurationWeeks,
    Hours(Part),
    Tasks,
    IfNotWorking,
}

/// A kind of support with a note.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SupportKind {
    Mentor,
    Aids,
    PersonalAssistance,
}

/// A field of a planned follow-up.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FollowUpField {
    Date,
    Label,
}

/// A field of a month's event.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EventField {
    Month,
    Kind,
    Amount,
}

/// A field of a follow-up meeting's record.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RecordField {
    Date,
    Participants,
    Hours(Part),
    Tasks,
    Notes,
    Accommodations,
    CitizenWords,
    Decision,
    NextDate,
}

/// Where a week's hours are: today's, a step's or a record's. Its three
/// fields are `part(Part::…)`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HoursPath {
    Today,
    Step(usize),
    Record(usize),
}

impl HoursPath {
    pub fn part(self, part: Part) -> FieldPath {
        match self {
            HoursPath::Today => FieldPath::TodayHours(part),
            HoursPath::Step(i) => FieldPath::Step(i, StepField::Hours(part)),
            HoursPath::Record(i) => FieldPath::Record(i, RecordField::Hours(part)),
        }
    }
}

impl Part {
    pub const ALL: [Part; 3] = [Part::Attended, Part::Effective, Part::Paid];

    /// The field's name in the file.
    pub fn key(self) -> &'static str {
        match self {
            Part::Attended => "attended",
            Part::Effective => "effective",
            Part::Paid => "paid",
        }
    }
}

impl PartiesField {
    pub const ALL: [PartiesField; 5] = [
        PartiesField::Citizen,
        PartiesField::Employer,
        PartiesField::EmployerContact,
        PartiesField::Consultant,
        PartiesField::CollectiveAgreement,
    ];

    pub fn key(self) -> &'static str {
        match self {
            PartiesField::Citizen => "citizen",
            PartiesField::Employer => "employer",
            PartiesField::EmployerContact => "employer_contact",
            PartiesField::Consultant => "consultant",
            PartiesField::CollectiveAgreement => "collective_agreement",
        }
    }
}

impl SupportKind {
    pub const ALL: [SupportKind; 3] = [SupportKind::Mentor, SupportKind::Aids, SupportKind::PersonalAssistance];

    pub fn key(self) -> &'static str {
        match self {
            SupportKind::Mentor => "mentor",
            SupportKind::Aids => "aids",
            SupportKind::PersonalAssistance => "personal_assistance",
        }
    }
}

/// The steps' builder: `FieldPath::step(i).start()`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StepPath(pub usize);

/// The planned follow-ups' builder: `FieldPath::follow_up(i).date()`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FollowUpPath(pub usize);

/// The events' builder: `FieldPath::event(i).amount()`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EventPath(pub usize);

/// The records' builder: `FieldPath::record(i).next_date()`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RecordPath(pub usize);

/// The support's builder: `FieldPath::support(SupportKind::Aids).note()`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SupportPath(pub SupportKind);

impl FieldPath {
    pub fn step(index: usize) -> StepPath {
        StepPath(index)
    }

    pub fn follow_up(index: usize) -> FollowUpPath {
        FollowUpPath(index)
    }

    pub fn event(index: usize) -> EventPath {
        EventPath(index)
    }

    pub fn record(index: usize) -> RecordPath {
        RecordPath(index)
    }

    pub fn support(kind: SupportKind) -> SupportPath {
        SupportPath(kind)
    }

    /// The user's own accommodation at `index` among all of them.
    pub fn accommodation(index: usize) -> FieldPath {
        FieldPath::Accommodation(index)
    }

    pub fn today_hours(part: Part) -> FieldPath {
        FieldPath::TodayHours(part)
    }

    /// A value of the basis, at its key: `basis.wage`.
    pub fn basis(field: Field) -> FieldPath {
        FieldPath::Basis(field)
    }
}

impl StepPath {
    pub fn start(self) -> FieldPath {
        FieldPath::Step(self.0, StepField::Start)
    }

    pub fn duration_weeks(self) -> FieldPath {
        FieldPath::Step(self.0, StepField::DurationWeeks)
    }

    pub fn hours(self, part: Part) -> FieldPath {
        HoursPath::Step(self.0).part(part)
    }

    pub fn tasks(self) -> FieldPath {
        FieldPath::Step(self.0, StepField::Tasks)
    }

    pub fn if_not_working(self) -> FieldPath {
        FieldPath::Step(self.0, StepField::IfNotWorking)
    }
}

impl FollowUpPath {
    pub fn date(self) -> FieldPath {
        FieldPath::FollowUp(self.0, FollowUpField::Date)
    }

    pub fn label(self) -> FieldPath {
        FieldPath::FollowUp(self.0, FollowUpField::Label)
    }
}

impl EventPath {
    pub fn month(self) -> FieldPath {
        FieldPath::Event(self.0, EventField::Month)
    }

    pub fn kind(self) -> FieldPath {
        FieldPath::Event(self.0, EventField::Kind)
    }

    pub fn amount(self) -> FieldPath {
        FieldPath::Event(self.0, EventField::Amount)
    }
}

impl RecordPath {
    pub fn date(self) -> FieldPath {
        FieldPath::Record(self.0, RecordField::Date)
    }

    pub fn participants(self) -> FieldPath {
        FieldPath::Record(self.0, RecordField::Participants)
    }

    pub fn hours(self, part: Part) -> FieldPath {
        HoursPath::Record(self.0).part(part)
    }

    pub fn tasks(self) -> FieldPath {
        FieldPath::Record(self.0, RecordField::Tasks)
    }

    pub fn notes(self) -> FieldPath {
        FieldPath::Record(self.0, RecordField::Notes)
    }

    pub fn accommodations(self) -> FieldPath {
        FieldPath::Record(self.0, RecordField::Accommodations)
    }

    pub fn citizen_words(self) -> FieldPath {
        FieldPath::Record(self.0, RecordField::CitizenWords)
    }

    pub fn decision(self) -> FieldPath {
        FieldPath::Record(self.0, RecordField::Decision)
    }

    pub fn next_date(self) -> FieldPath {
        FieldPath::Record(self.0, RecordField::NextDate)
    }

    /// Whether `path` is a field of this record (`records[i].…`; not the
    /// list itself, `records`).
    pub fn contains(self, path: &FieldPath) -> bool {
        matches!(*path, FieldPath::Record(i, _) if i == self.0)
    }
}

impl SupportPath {
    pub fn note(self) -> FieldPath {
        FieldPath::SupportNote(self.0)
    }
}

impl StepField {
    fn write(self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let name = match self {
            StepField::Start => "start",
            StepField::DurationWeeks => "duration_weeks",
            StepField::Hours(part) => return write!(f, "hours.{}", part.key()),
            StepField::Tasks => "tasks",
            StepField::IfNotWorking => "if_not_working",
        };
        f.write_str(name)
    }
}

impl RecordField {
    fn write(self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let name = match self {
            RecordField::Date => "date",
            RecordField::Participants => "participants",
            RecordField::Hours(part) => return write!(f, "hours.{}", part.key()),
            RecordField::Tasks => "tasks",
            RecordField::Notes => "notes",
            RecordField::Accommodations => "accommodations",
            RecordField::CitizenWords => "citizen_words",
            RecordField::Decision => "decision",
            RecordField::NextDate => "next_date",
        };
        f.write_str(name)
    }
}

/// The path in the file, as messages and import errors show it.
impl fmt::Display for FieldPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            FieldPath::Date => f.write_str("date"),
            FieldPath::Parties(field) => write!(f, "parties.{}", field.key()),
            FieldPath::TodayHours(part) => write!(f, "today.hours.{}", part.key()),
            FieldPath::TodayTasks => f.write_str("today.tasks"),
            FieldPath::TodayHardTasks => f.write_str("today.hard_tasks"),
            FieldPath::Accommodations => f.write_str("today.accommodations"),
            FieldPath::Accommodation(i) => write!(f, "today.accommodations[{i}]"),
            FieldPath::Goal => f.write_str("goal"),
            FieldPath::Steps => f.write_str("steps"),
            FieldPath::Step(i, field) => {
                write!(f, "steps[{i}].")?;
                field.write(f)
            }
            FieldPath::SupportNote(kind) => write!(f, "support.{}.note", kind.key()),
            FieldPath::SupportOther => f.write_str("support.other"),
            FieldPath::FleksjobStart => f.write_str("fleksjob_start"),
            FieldPath::FollowUps => f.write_str("follow_ups"),
            FieldPath::FollowUp(i, field) => {
                let name = match field {
                    FollowUpField::Date => "date",
                    FollowUpField::Label => "label",
                };
                write!(f, "follow_ups[{i}].{name}")
            }
            FieldPath::Events => f.write_str("events"),
            FieldPath::Event(i, field) => {
                let name = match field {
                    EventField::Month => "month",
                    EventField::Kind => "kind",
                    EventField::Amount => "amount",
                };
                write!(f, "events[{i}].{name}")
            }
            FieldPath::BasisYear => f.write_str("basis.year"),
            FieldPath::BasisKommune => f.write_str("basis.kommune"),
            FieldPath::Basis(field) => write!(f, "basis.{}", field.key()),
            FieldPath::Records => f.write_str("records"),
            FieldPath::Record(i, field) => {
                write!(f, "records[{i}].")?;
                field.write(f)
            }
        }
    }
}
