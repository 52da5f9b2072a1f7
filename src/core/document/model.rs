//! The document's model: a `Document` of titled `Section`s, each a list of
//! `Block`s (label–value rows, tables, paragraphs, notes, signatures, a
//! chart), and the `Term`s a `Locale` translates. The model holds finished
//! text; the builders fill it and `html`/`text` write it out.

use chrono::NaiveDate;

use super::chart;
use crate::core::agreement::timeline::Note;
use crate::core::agreement::{names_kommunen, Accommodation, Decision, FollowUpKind};
use crate::core::income::rates::Status;
use crate::core::text::dates::Month;

/// Every fixed word of the document, translated by the `Locale`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Term {
    Title,
    /// The short name that starts the printed file's name.
    FileTitle,
    Parties,
    Date,
    Citizen,
    Employer,
    EmployerContact,
    /// The jobcentre's consultant, in agreements dated before the reform.
    Consultant,
    /// The municipality's caseworker, after it (see `names_kommunen`).
    ConsultantKommune,
    CollectiveAgreement,
    FleksjobStart,
    Fleksjob,
    FirstFleksjob,
    LaterFleksjob,
    Basis,
    BasisMissing,
    HourlyWage,
    Lonloft,
    /// "{wage} per hour at {hours} hours a week, incl. pension".
    LonloftDetail,
    PensionEmployer,
    PensionEmployee,
    Municipality,
    AllMunicipalities,
    ChurchTax,
    NotMember,
    SingleParent,
    Yes,
    RateYear,
    Rates,
    Rate,
    Value,
    PerMonth,
    Status,
    MaxSubsidy,
    TaperThreshold,
    Kommuneskat,
    DerivedMark,
    EstimateNote,
    Today,
    AttendedHours,
    EffectiveHours,
    PaidHours,
    /// Short column headings under a caption that says "hours per week".
    Attended,
    Effective,
    Paid,
    Intensity,
    /// Caption of the steps' table: its hours are per week.
    StepHours,
    Tasks,
    HardTasks,
    Accommodations,
    Pace,
    Breaks,
    Lifting,
    SpreadOfHours,
    DaysOff,
    Goal,
    Steps,
    Step,
    From,
    Length,
    Weeks,
    Form,
    Trial,
    Binding,
    Placement,
    Economy,
    Wage,
    Subsidy,
    Total,
    PayOut,
    EmployerCost,
    StepTasks,
    IfNotWorking,
    Support,
    Mentor,
    Aids,
    PersonalAssistance,
    OtherSupport,
    FollowUps,
    FollowUp,
    Note,
    Done,
    Early,
    Periodic,
    StatusFollowUp,
    Custom,
    Agreed,
    AgreementSentence,
    Name,
    Signature,
    /// The month-by-month appendix.
    Timeline,
    TimelineIntro,
    TimelineCaption,
    TimelineNotes,
    /// Which rules are approximations or uncertain.
    /// The timeline's approximations, with `{lab123}` and `{lab124}` for
    /// the law's sections (`law::cite`).
    TimelineUncertain,
    /// "The figures include other wage income of {amount} a month".
    OtherWageIncluded,
    OtherWage,
    /// "in force until", before a date.
    InForceUntil,
    BirthYear,
    SeniorFradrag,
    AtMost,
    Month,
    /// The month table's pay column: wage, feriepenge, sygedagpenge, bonus.
    MonthPay,
    /// A rate's status: published, derived, unverified or entered.
    RateStatus(Status),
    /// The follow-up records' appendix.
    Records,
    FollowUpNote,
    ProgressionCaption,
    PlannedPaid,
    /// Above the progression chart's hours axis.
    HoursAxis,
    /// A follow-up meeting, as a row's heading.
    Meeting,
    Participants,
    RecordTasks,
    RecordNotes,
    RecordAccommodations,
    CitizenWords,
    DecisionLabel,
    Decision(Decision),
    NextFollowUp,
    /// Above the note's signatures.
    NoteSentence,
    /// The note's headings: the money and the decision; the signatures.
    NoteDecision,
    NoteSignatures,
    /// "Du leverer {effective} effektive timer, men får løn for {paid}. …
    /// {net} … {cost}".
    GapSentence,
    /// "Planens næste trin ({step}, fra {date}) med {paid} … {net} … {cost}".
    GapNextStep,
}

impl Term {
    /// The consultant's title under the law in force on `date`.
    pub fn consultant(date: NaiveDate) -> Term {
        if names_kommunen(date) {
            Term::ConsultantKommune
        } else {
            Term::Consultant
        }
    }

    /// A common accommodation's word; `None` for the user's own.
    pub fn of_accommodation(a: &Accommodation) -> Option<Term> {
        match a {
            Accommodation::Pace => Some(Term::Pace),
            Accommodation::Breaks => Some(Term::Breaks),
            Accommodation::Lifting => Some(Term::Lifting),
            Accommodation::SpreadOfHours => Some(Term::SpreadOfHours),
            Accommodation::DaysOff => Some(Term::DaysOff),
            Accommodation::Other(_) => None,
        }
    }

    pub fn of_follow_up(kind: FollowUpKind) -> Term {
        match kind {
            FollowUpKind::Early => Term::Early,
            FollowUpKind::Periodic => Term::Periodic,
            FollowUpKind::Status => Term::StatusFollowUp,
            FollowUpKind::Custom => Term::Custom,
        }
    }
}

/// Words and number style of one language.
pub trait Locale {
    fn term(&self, term: Term) -> &'static str;
    /// `value` with at most `decimals` decimals, grouped: "32.067", "12,5".
    fn number(&self, value: f64, decimals: usize) -> String;
    fn date(&self, date: NaiveDate) -> String;
    /// Whole kroner: "32.067 kr.".
    fn money(&self, kroner: f64) -> String;
    /// Kroner and øre as given, up to two decimals: "187,5 kr.".
    fn money_exact(&self, kroner: f64) -> String;
    /// "marts 2027".
    fn month(&self, month: Month) -> String;
    /// Why a month's figures are what they are, as a sentence.
    fn month_note(&self, note: &Note) -> String;
}

/// The document.
#[derive(Clone, Debug, PartialEq)]
pub struct Document {
    pub title: String,
    /// "Progressionsaftale – Anna Jensen – 01.03.2026": the printed file's
    /// name, and the page margin's text.
    pub file_title: String,
    pub sections: Vec<Section>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Section {
    /// Stable name, for test ids and styles: "parties", "steps", ….
    pub key: &'static str,
    pub heading: String,
    pub blocks: Vec<Block>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Block {
    /// Label–value rows. A blank value is a line to fill in by hand on
    /// paper, and left out of the text.
    Fields(Vec<(String, String)>),
    Table(Table),
    Paragraph(String),
    /// Small print: estimates, what a mark means.
    Note(String),
    Signatures(Vec<Signature>),
    /// A drawing whose table follows it; left out of the text.
    Chart(chart::Chart),
}

/// A table whose first column heads each row.
#[derive(Clone, Debug, PartialEq)]
pub struct Table {
    /// Stable name, for test ids: "steps", "economy", ….
    pub key: &'static str,
    pub caption: String,
    pub columns: Vec<Column>,
    pub rows: Vec<Vec<String>>,
    /// Each row's name in cell test ids (`{key}-{row}-{column}`), when the
    /// screen's tests read single cells; empty for none.
    pub row_ids: Vec<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Column {
    pub heading: String,
    /// Right-aligned figures.
    pub numeric: bool,
    /// The column's name in cell test ids; see `Table::row_ids`.
    pub id: &'static str,
}

/// One party's signature block.
#[derive(Clone, Debug, PartialEq)]
pub struct Signature {
    pub role: String,
    /// The printed name; blank when not given.
    pub name: String,
}

/// A sentence with figures in it: each piece's text, and the figure's name
/// for a test id (empty for plain words), so the screen can mark figures
/// and paper and the case record read the same words.
#[derive(Clone, Debug, PartialEq)]
pub struct Sentence(pub Vec<(String, &'static str)>);

impl Sentence {
    /// `template` with each `{name}` replaced by its value, the pieces kept.
    pub(super) fn of(template: &str, values: &[(&str, String, &'static str)]) -> Sentence {
        let mut pieces = Vec::new();
        let mut rest = template;
        while let Some(open) = rest.find('{') {
            let Some(close) = rest[open..].find('}').map(|c| open + c) else { break };
            let name = &rest[open + 1..close];
            match values.iter().find(|(n, _, _)| *n == name) {
                Some((_, value, id)) => {
                    pieces.push((rest[..open].to_string(), ""));
                    pieces.push((value.clone(), *id));
                }
                None => pieces.push((rest[..=close].to_string(), "")),
            }
            rest = &rest[close + 1..];
        }
        pieces.push((rest.to_string(), ""));
        pieces.retain(|(text, _)| !text.is_empty());
        Sentence(pieces)
    }

    pub fn text(&self) -> String {
        self.0.iter().map(|(text, _)| text.as_str()).collect()
    }
}

impl Document {
    pub fn section(&self, key: &str) -> Option<&Section> {
        self.sections.iter().find(|s| s.key == key)
    }

    pub fn table(&self, key: &str) -> Option<&Table> {
        self.sections.iter().flat_map(|s| &s.blocks).find_map(|b| match b {
            Block::Table(t) if t.key == key => Some(t),
            _ => None,
        })
    }
}
