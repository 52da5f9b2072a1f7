//! The agreement as a document: titled sections of label–value rows,
//! tables, paragraphs and signature blocks, built once from the agreement
//! and the basis its money rests on. The UI renders it for the screen and
//! for paper, and `to_text` renders it for the case record, so what is
//! read, signed and pasted never disagree.
//!
//! Words come from a `Locale` (the UI's translations); the model holds
//! finished text, so the layout is tested natively.

use chrono::NaiveDate;

pub mod chart;
pub mod law;

use crate::core::agreement::records::{self, Gap};
use crate::core::agreement::timeline::{timeline, MonthFigures, Note};
use crate::core::agreement::{names_kommunen, Accommodation, Agreement, Decision, FollowUpKind, FollowUpRecord, Hours};
use crate::core::income::form::{Basis, CalculatorForm, Field};
use crate::core::income::municipalities;
use crate::core::income::rates::{Figure, Status};
use crate::core::income::scenario::{Outcome, Scenario};
use crate::core::text::clean::fill;
use crate::core::text::dates::Month;
use crate::core::text::number::NumberStyle;

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

/// The scenario the basis gives: the calculator restored from it.
pub fn scenario_of(basis: &Basis) -> Option<Scenario> {
    form_of(basis).scenario()
}

fn form_of(basis: &Basis) -> CalculatorForm {
    CalculatorForm::from_basis(basis.year, basis, NumberStyle::default())
}

/// The document for `a`, its money from `basis` (the agreement's own, or
/// the calculator's while the draft has none). Without a basis the money
/// is left out and the document says why.
pub fn document(a: &Agreement, basis: Option<&Basis>, l: &dyn Locale) -> Document {
    let w = |t: Term| l.term(t).to_string();
    let form = basis.map(form_of);
    let scenario = form.as_ref().and_then(CalculatorForm::scenario);
    let date = l.date(a.date);
    let name = a.parties.citizen.trim();
    let file_title = join_present(&[l.term(Term::FileTitle), name, &date], " – ");

    let mut sections = vec![parties(a, l)];
    sections.push(match (&form, &scenario) {
        (Some(form), Some(s)) => basis_section(form, s, l),
        _ => Section { key: "basis", heading: w(Term::Basis), blocks: vec![Block::Paragraph(w(Term::BasisMissing))] },
    });
    sections.push(today(a, l));
    if !a.goal.trim().is_empty() {
        sections.push(Section { key: "goal", heading: w(Term::Goal), blocks: vec![Block::Paragraph(tidy(&a.goal))] });
    }
    if !a.steps.is_empty() {
        sections.push(steps(a, scenario.as_ref(), l));
    }
    if let Some(support) = support(a, l) {
        sections.push(support);
    }
    if !a.follow_ups.is_empty() {
        sections.push(follow_ups(a, l));
    }
    sections.push(signatures(a, l, (Term::Agreed, Term::AgreementSentence)));
    if !a.records.is_empty() {
        sections.push(records_section(a, scenario.as_ref(), l));
    }
    if let Some(appendix) = basis.and_then(|b| timeline_section(a, b, APPENDIX_TABLE, l)) {
        sections.push(appendix);
    }
    Document { title: w(Term::Title), file_title, sections }
}

/// The appendix's month table: its cells are addressed apart from the
/// screen's own (`timeline`), since both can be in the page at once.
pub const APPENDIX_TABLE: &str = "timeline-appendix";

/// Month by month (see `timeline`): a table of each month's money under
/// `table_key`, each month's notes, and what is approximate. `None`
/// without steps or a valid basis.
pub fn timeline_section(a: &Agreement, basis: &Basis, table_key: &'static str, l: &dyn Locale) -> Option<Section> {
    months_section(&timeline(a, basis), table_key, l)
}

/// `timeline_section` for months already computed.
pub fn months_section(months: &[MonthFigures], table_key: &'static str, l: &dyn Locale) -> Option<Section> {
    if months.is_empty() {
        return None;
    }
    let w = |t: Term| l.term(t).to_string();
    let column = |term: Term, id: &'static str| Column { heading: w(term), numeric: !id.is_empty(), id };
    let table = Table {
        key: table_key,
        caption: w(Term::TimelineCaption),
        columns: vec![
            column(Term::Month, ""),
            column(Term::PaidHours, "paid-hours"),
            column(Term::MonthPay, "wage"),
            column(Term::Subsidy, "subsidy"),
            column(Term::Total, "total"),
            column(Term::PayOut, "net"),
            column(Term::EmployerCost, "employer-cost"),
        ],
        rows: months.iter().map(|m| month_row(m, l)).collect(),
        row_ids: months.iter().map(|m| m.month.iso()).collect(),
    };
    let notes: Vec<(String, String)> = months
        .iter()
        .filter(|m| !m.notes.is_empty())
        .map(|m| (l.month(m.month), m.notes.iter().map(|n| l.month_note(n)).collect::<Vec<_>>().join(" ")))
        .collect();
    let mut blocks = vec![Block::Paragraph(w(Term::TimelineIntro)), Block::Table(table)];
    if !notes.is_empty() {
        blocks.push(Block::Paragraph(w(Term::TimelineNotes)));
        blocks.push(Block::Fields(notes));
    }
    if let Some(note) = other_wage_note(months.iter().map(|m| m.other_wage), l) {
        blocks.push(note);
    }
    // Cited as the law stood for the last month shown.
    let last = months.last().map_or(NaiveDate::MIN, |m| m.month.first_day());
    let uncertain = fill(&w(Term::TimelineUncertain), "{lab123}", &law::cite(&law::LAB, "§ 123", last, l));
    let uncertain = fill(&uncertain, "{lab124}", &law::cite(&law::LAB, "§ 124, stk. 3", last, l));
    blocks.push(Block::Note(uncertain));
    Some(Section { key: "timeline", heading: w(Term::Timeline), blocks })
}

/// A note that the figures include other wage income, at its largest
/// monthly amount; `None` without any.
fn other_wage_note(amounts: impl Iterator<Item = f64>, l: &dyn Locale) -> Option<Block> {
    let most = amounts.fold(0.0, f64::max);
    (most > 0.0).then(|| Block::Note(fill(l.term(Term::OtherWageIncluded), "{amount}", &l.money(most))))
}

/// One month's row: the money as whole kroner. The wage column holds all
/// pay before the subsidy (wage, feriepenge, sygedagpenge, bonus, other
/// wage income).
fn month_row(m: &MonthFigures, l: &dyn Locale) -> Vec<String> {
    vec![
        l.month(m.month),
        l.number(m.paid_hours, 2),
        l.money(m.pay_before_subsidy()),
        l.money(m.subsidy),
        l.money(m.total),
        l.money(m.net),
        l.money(m.employer_cost),
    ]
}

/// The texts that are not empty, joined.
fn join_present(parts: &[&str], separator: &str) -> String {
    parts.iter().filter(|s| !s.is_empty()).copied().collect::<Vec<_>>().join(separator)
}

/// Lines trimmed, blank lines dropped: free text as one tidy block.
fn tidy(text: &str) -> String {
    text.lines().map(str::trim).filter(|line| !line.is_empty()).collect::<Vec<_>>().join("\n")
}

fn parties(a: &Agreement, l: &dyn Locale) -> Section {
    let w = |t: Term| l.term(t).to_string();
    let p = &a.parties;
    let mut rows = vec![
        (w(Term::Date), l.date(a.date)),
        (w(Term::Citizen), p.citizen.trim().to_string()),
        (w(Term::Employer), p.employer.trim().to_string()),
        (w(Term::EmployerContact), p.employer_contact.trim().to_string()),
        (w(Term::consultant(a.date)), p.consultant.trim().to_string()),
    ];
    if !p.collective_agreement.trim().is_empty() {
        rows.push((w(Term::CollectiveAgreement), p.collective_agreement.trim().to_string()));
    }
    rows.push((w(Term::FleksjobStart), l.date(a.fleksjob_start)));
    rows.push((w(Term::Fleksjob), w(if a.first_fleksjob { Term::FirstFleksjob } else { Term::LaterFleksjob })));
    Section { key: "parties", heading: w(Term::Parties), blocks: vec![Block::Fields(rows)] }
}

fn percent(l: &dyn Locale, value: f64) -> String {
    format!("{} %", l.number(value, 2))
}

/// The wage ceiling and what sets it: "32.067 kr. (fuldtidsløn 185 kr. pr.
/// time i 37 timer om ugen, inkl. pension)". Also shown in the editor, so
/// the agreement states the position's full-time wage level.
pub fn lonloft(s: &Scenario, l: &dyn Locale) -> String {
    let job = &s.job;
    let detail = fill(l.term(Term::LonloftDetail), "{wage}", &l.money_exact(job.fulltime_hourly_wage));
    let detail = fill(&detail, "{hours}", &l.number(job.fulltime_hours_week, 2));
    format!("{} ({detail})", l.money(s.at(job.fulltime_hours_week).income.lonloft))
}

/// What the money rests on: wage, wage ceiling, pensions, taxes, and the
/// year's rates with their status; derived figures are marked.
fn basis_section(form: &CalculatorForm, s: &Scenario, l: &dyn Locale) -> Section {
    let w = |t: Term| l.term(t).to_string();
    let job = &s.job;
    let municipality = form.municipality.and_then(|n| municipalities::find(&n.to_string()));
    let mut rows = vec![
        (w(Term::HourlyWage), l.money_exact(job.hourly_wage)),
        (w(Term::Lonloft), lonloft(s, l)),
        (w(Term::PensionEmployer), percent(l, job.employer_pension_pct)),
        (w(Term::PensionEmployee), percent(l, job.employee_pension_pct)),
        (w(Term::Municipality), municipality.map_or_else(|| w(Term::AllMunicipalities), |m| m.name.to_string())),
        (w(Term::ChurchTax), if form.church { percent(l, s.local.kirkeskat_pct) } else { w(Term::NotMember) }),
    ];
    if form.single_parent {
        rows.push((w(Term::SingleParent), w(Term::Yes)));
    }
    if job.other_wage_month > 0.0 {
        rows.push((w(Term::OtherWage), l.money(job.other_wage_month)));
    }
    if let Ok(Some(born)) = form.value(Field::BirthYear) {
        rows.push((w(Term::BirthYear), (born as u16).to_string()));
    }
    if s.local.senior {
        let (pct, max) = (s.tax.senior_fradrag_pct.value, s.tax.senior_fradrag_max.value);
        let rule = format!("{} %, {} {}", l.number(pct, 2), w(Term::AtMost), l.money(max));
        rows.push((w(Term::SeniorFradrag), rule));
    }
    rows.push((w(Term::RateYear), s.rates.year.to_string()));

    let (kommune, _) = form.local_rates();
    let kommune = match form.value(Field::KommuneRate) {
        Ok(Some(v)) => Figure { value: v, status: Status::Overridden, ..kommune },
        _ => kommune,
    };
    let figures = [
        (Term::MaxSubsidy, s.rates.max_subsidy_month, true),
        (Term::TaperThreshold, s.rates.taper_threshold_month, true),
        (Term::Kommuneskat, kommune, false),
    ];
    let marked = |f: &Figure, text: String| if f.status == Status::Derived { format!("{text} *") } else { text };
    let rates = Table {
        row_ids: Vec::new(),
        key: "rates",
        caption: format!("{} {}", w(Term::Rates), s.rates.year),
        columns: columns(l, &[(Term::Rate, false), (Term::Value, true), (Term::Status, false)]),
        rows: figures
            .iter()
            .map(|(term, f, money)| {
                let amount =
                    if *money { format!("{} {}", l.money(f.value), w(Term::PerMonth)) } else { percent(l, f.value) };
                vec![w(*term), marked(f, amount), w(Term::RateStatus(f.status))]
            })
            .collect(),
    };
    let mut blocks = vec![Block::Fields(rows), Block::Table(rates)];
    if figures.iter().any(|(_, f, _)| f.status == Status::Derived) {
        blocks.push(Block::Note(w(Term::DerivedMark)));
    }
    blocks.push(Block::Note(w(Term::EstimateNote)));
    Section { key: "basis", heading: w(Term::Basis), blocks }
}

/// Table columns by heading, each `true` if it holds figures.
fn columns(l: &dyn Locale, list: &[(Term, bool)]) -> Vec<Column> {
    list.iter().map(|&(term, numeric)| Column { heading: l.term(term).to_string(), numeric, id: "" }).collect()
}

fn hours_rows(h: &Hours, l: &dyn Locale) -> Vec<(String, String)> {
    let w = |t: Term| l.term(t).to_string();
    let mut rows = vec![
        (w(Term::AttendedHours), l.number(h.attended, 2)),
        (w(Term::EffectiveHours), l.number(h.effective, 2)),
        (w(Term::PaidHours), l.number(h.paid, 2)),
    ];
    if let Some(intensity) = h.intensity() {
        rows.push((w(Term::Intensity), format!("{} %", l.number(100.0 * intensity, 0))));
    }
    rows
}

fn accommodation(a: &Accommodation, l: &dyn Locale) -> String {
    match a {
        Accommodation::Other(text) => text.trim().to_string(),
        common => Term::of_accommodation(common).map(|t| l.term(t).to_string()).unwrap_or_default(),
    }
}

fn today(a: &Agreement, l: &dyn Locale) -> Section {
    let w = |t: Term| l.term(t).to_string();
    let mut rows = hours_rows(&a.today.hours, l);
    rows.push((w(Term::Tasks), tidy(&a.today.tasks)));
    rows.push((w(Term::HardTasks), tidy(&a.today.hard_tasks)));
    let accommodations: Vec<String> =
        a.today.accommodations.iter().map(|x| accommodation(x, l)).filter(|x| !x.is_empty()).collect();
    rows.push((w(Term::Accommodations), accommodations.join("\n")));
    Section { key: "today", heading: w(Term::Today), blocks: vec![Block::Fields(rows)] }
}

/// The steps: when and how, the money per month at each step's paid hours
/// beside today's, and the tasks with what happens if a step does not work.
fn steps(a: &Agreement, scenario: Option<&Scenario>, l: &dyn Locale) -> Section {
    let w = |t: Term| l.term(t).to_string();
    let step_name = |i: usize| format!("{} {}", w(Term::Step), i + 1);
    let plan = Table {
        row_ids: Vec::new(),
        key: "steps",
        caption: w(Term::StepHours),
        columns: columns(
            l,
            &[
                (Term::Step, false),
                (Term::From, false),
                (Term::Length, false),
                (Term::Form, false),
                (Term::Attended, true),
                (Term::Effective, true),
                (Term::Paid, true),
            ],
        ),
        rows: a
            .steps
            .iter()
            .enumerate()
            .map(|(i, s)| {
                let mut form = w(if s.trial { Term::Trial } else { Term::Binding });
                if s.placement {
                    form = format!("{form}, {}", w(Term::Placement));
                }
                vec![
                    step_name(i),
                    l.date(s.start),
                    format!("{} {}", s.duration_weeks, w(Term::Weeks)),
                    form,
                    l.number(s.hours.attended, 2),
                    l.number(s.hours.effective, 2),
                    l.number(s.hours.paid, 2),
                ]
            })
            .collect(),
    };
    let money_row = |label: String, hours: f64| -> Vec<String> {
        let o: Option<Outcome> = scenario.map(|s| s.at(hours));
        let kr = |f: fn(&Outcome) -> f64| o.as_ref().map_or_else(|| "–".to_string(), |o| l.money(f(o)));
        vec![
            label,
            l.number(hours, 2),
            kr(|o| o.income.wage),
            kr(|o| o.income.subsidy),
            kr(|o| o.income.total),
            kr(|o| o.net.net),
            kr(|o| o.employer_cost),
        ]
    };
    let mut money_rows = vec![money_row(w(Term::Today), a.today.hours.paid)];
    money_rows.extend(a.steps.iter().enumerate().map(|(i, s)| money_row(step_name(i), s.hours.paid)));
    let economy = Table {
        row_ids: Vec::new(),
        key: "economy",
        caption: w(Term::Economy),
        columns: columns(
            l,
            &[
                (Term::Step, false),
                (Term::PaidHours, true),
                (Term::Wage, true),
                (Term::Subsidy, true),
                (Term::Total, true),
                (Term::PayOut, true),
                (Term::EmployerCost, true),
            ],
        ),
        rows: money_rows,
    };
    let mut blocks = vec![Block::Table(plan), Block::Table(economy)];
    if let Some(note) = other_wage_note(scenario.map(|s| s.job.other_wage_month).into_iter(), l) {
        blocks.push(note);
    }
    let texts: Vec<Vec<String>> = a
        .steps
        .iter()
        .enumerate()
        .filter(|(_, s)| !s.tasks.trim().is_empty() || !s.if_not_working.trim().is_empty())
        .map(|(i, s)| vec![step_name(i), tidy(&s.tasks), tidy(&s.if_not_working)])
        .collect();
    if !texts.is_empty() {
        blocks.push(Block::Table(Table {
            row_ids: Vec::new(),
            key: "step-texts",
            caption: w(Term::StepTasks),
            columns: columns(l, &[(Term::Step, false), (Term::Tasks, false), (Term::IfNotWorking, false)]),
            rows: texts,
        }));
    }
    Section { key: "steps", heading: w(Term::Steps), blocks }
}

fn support(a: &Agreement, l: &dyn Locale) -> Option<Section> {
    let w = |t: Term| l.term(t).to_string();
    let s = &a.support;
    let mut rows: Vec<(String, String)> =
        [(Term::Mentor, &s.mentor), (Term::Aids, &s.aids), (Term::PersonalAssistance, &s.personal_assistance)]
            .iter()
            .filter(|(_, item)| item.given)
            .map(|(term, item)| {
                (
                    w(*term),
                    match item.note.trim() {
                        "" => w(Term::Yes),
                        note => note.to_string(),
                    },
                )
            })
            .collect();
    if !s.other.trim().is_empty() {
        rows.push((w(Term::OtherSupport), tidy(&s.other)));
    }
    (!rows.is_empty()).then(|| Section { key: "support", heading: w(Term::Support), blocks: vec![Block::Fields(rows)] })
}

fn follow_ups(a: &Agreement, l: &dyn Locale) -> Section {
    let w = |t: Term| l.term(t).to_string();
    let table = Table {
        row_ids: Vec::new(),
        key: "follow-ups",
        caption: w(Term::FollowUps),
        columns: columns(l, &[(Term::Date, false), (Term::FollowUp, false), (Term::Note, false), (Term::Done, false)]),
        rows: a
            .follow_ups
            .iter()
            .map(|f| {
                let done = if f.done { w(Term::Yes) } else { String::new() };
                vec![l.date(f.date), w(Term::of_follow_up(f.kind)), f.label.trim().to_string(), done]
            })
            .collect(),
    };
    Section { key: "follow-ups", heading: w(Term::FollowUps), blocks: vec![Block::Table(table)] }
}

fn signatures(a: &Agreement, l: &dyn Locale, (heading, sentence): (Term, Term)) -> Section {
    let w = |t: Term| l.term(t).to_string();
    let p = &a.parties;
    let employer = join_present(&[p.employer_contact.trim(), p.employer.trim()], ", ");
    let signatures = vec![
        Signature { role: w(Term::Citizen), name: p.citizen.trim().to_string() },
        Signature { role: w(Term::Employer), name: employer },
        Signature { role: w(Term::consultant(a.date)), name: p.consultant.trim().to_string() },
    ];
    Section {
        key: "signatures",
        heading: w(heading),
        blocks: vec![Block::Paragraph(w(sentence)), Block::Signatures(signatures)],
    }
}

/// The progression table of the screen (`addressed`: its cells carry test
/// ids `progression-{n}-{column}`, n from 1) and of paper: per record the
/// paid hours the plan intended on its date and the hours recorded.
pub fn progression_table(rows: &[records::ProgressionRow], addressed: bool, l: &dyn Locale) -> Table {
    let w = |t: Term| l.term(t).to_string();
    let column = |term: Term, id: &'static str| Column { heading: w(term), numeric: id != "date", id };
    Table {
        key: "progression",
        caption: w(Term::ProgressionCaption),
        columns: vec![
            Column { heading: w(Term::Meeting), numeric: false, id: "" },
            column(Term::Date, "date"),
            column(Term::PlannedPaid, "planned-paid"),
            column(Term::Attended, "attended"),
            column(Term::Effective, "effective"),
            column(Term::Paid, "paid"),
            column(Term::Intensity, "intensity"),
        ],
        rows: rows
            .iter()
            .enumerate()
            .map(|(i, r)| {
                let h = &r.recorded;
                let intensity = h.intensity().map_or_else(String::new, |v| format!("{} %", l.number(100.0 * v, 0)));
                vec![
                    (i + 1).to_string(),
                    l.date(r.date),
                    l.number(r.planned_paid, 2),
                    l.number(h.attended, 2),
                    l.number(h.effective, 2),
                    l.number(h.paid, 2),
                    intensity,
                ]
            })
            .collect(),
        row_ids: if addressed { (1..=rows.len()).map(|n| n.to_string()).collect() } else { Vec::new() },
    }
}

/// The progression chart, in the reader's language.
pub fn progression_chart(rows: &[records::ProgressionRow], l: &dyn Locale) -> chart::Chart {
    let legend = [
        ("planned", Term::PlannedPaid),
        ("attended", Term::Attended),
        ("effective", Term::Effective),
        ("paid", Term::Paid),
    ];
    chart::chart(
        rows,
        chart::Words {
            unit: escape(l.term(Term::HoursAxis)),
            dates: rows.iter().map(|r| escape(&l.date(r.date))).collect(),
            legend: legend.into_iter().map(|(class, term)| (class, escape(l.term(term)))).collect(),
        },
    )
}

/// A sentence with figures in it: each piece's text, and the figure's name
/// for a test id (empty for plain words), so the screen can mark figures
/// and paper and the case record read the same words.
#[derive(Clone, Debug, PartialEq)]
pub struct Sentence(pub Vec<(String, &'static str)>);

impl Sentence {
    /// `template` with each `{name}` replaced by its value, the pieces kept.
    fn of(template: &str, values: &[(&str, String, &'static str)]) -> Sentence {
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

/// The gap in kroner, and the plan's next step beside it: the sentences the
/// screen, the note and the appendix share.
pub fn gap_sentences(gap: &Gap, l: &dyn Locale) -> Vec<Sentence> {
    let mut out = vec![Sentence::of(
        l.term(Term::GapSentence),
        &[
            ("effective", l.number(gap.effective, 2), "gap-effective"),
            ("paid", l.number(gap.paid, 2), "gap-paid"),
            ("net", l.money(gap.gain_net()), "gap-gain-net"),
            ("cost", l.money(gap.cost_employer()), "gap-cost-employer"),
        ],
    )];
    if let Some(next) = &gap.next_step {
        out.push(Sentence::of(
            l.term(Term::GapNextStep),
            &[
                ("step", format!("{} {}", l.term(Term::Step), next.number), ""),
                ("date", l.date(next.start), ""),
                ("paid", l.number(next.paid, 2), ""),
                ("net", l.money(next.change.net()), "next-step-gain-net"),
                ("cost", l.money(next.change.employer_cost()), "next-step-cost-employer"),
            ],
        ));
    }
    out
}

/// What a meeting recorded: its date, who took part, the hours and the texts.
fn meeting_rows(r: &FollowUpRecord, l: &dyn Locale) -> Vec<(String, String)> {
    let w = |t: Term| l.term(t).to_string();
    let mut rows = vec![(w(Term::Date), l.date(r.date)), (w(Term::Participants), r.participants.trim().to_string())];
    rows.extend(hours_rows(&r.hours, l));
    for (term, text) in [
        (Term::RecordTasks, &r.tasks),
        (Term::RecordNotes, &r.notes),
        (Term::RecordAccommodations, &r.accommodations),
        (Term::CitizenWords, &r.citizen_words),
    ] {
        rows.push((w(term), tidy(text)));
    }
    rows
}

/// What a meeting decided, and when the next one is.
fn decision_rows(r: &FollowUpRecord, l: &dyn Locale) -> Vec<(String, String)> {
    let w = |t: Term| l.term(t).to_string();
    vec![
        (w(Term::DecisionLabel), w(Term::Decision(r.decision))),
        (w(Term::NextFollowUp), r.next_date.map(|d| l.date(d)).unwrap_or_default()),
    ]
}

/// The appendix "Opfølgninger": the progression, the gap now, and each
/// record.
fn records_section(a: &Agreement, scenario: Option<&Scenario>, l: &dyn Locale) -> Section {
    let rows = records::progression(a);
    let mut blocks = vec![Block::Chart(progression_chart(&rows, l)), Block::Table(progression_table(&rows, false, l))];
    if let Some(gap) = scenario.and_then(|s| records::latest_gap(a, s)) {
        blocks.extend(gap_sentences(&gap, l).into_iter().map(|s| Block::Paragraph(s.text())));
    }
    for r in &a.records {
        let rows = meeting_rows(r, l).into_iter().chain(decision_rows(r, l)).filter(|(_, v)| !v.is_empty()).collect();
        blocks.push(Block::Fields(rows));
    }
    Section { key: "records", heading: l.term(Term::Records).to_string(), blocks }
}

/// The one-page note of the follow-up at `index`: the record, the
/// progression up to it, the gap in kroner, the decision and the next date,
/// and room to sign. `None` if there is no such record.
pub fn follow_up_note(a: &Agreement, basis: Option<&Basis>, index: usize, l: &dyn Locale) -> Option<Document> {
    let w = |t: Term| l.term(t).to_string();
    let record = a.records.get(index)?;
    let date = l.date(record.date);
    let file_title = join_present(&[l.term(Term::FollowUpNote), a.parties.citizen.trim(), &date], " – ");
    let p = &a.parties;
    let mut meeting =
        vec![(w(Term::Citizen), p.citizen.trim().to_string()), (w(Term::Employer), p.employer.trim().to_string())];
    meeting.extend(meeting_rows(record, l));
    let so_far: Vec<_> = records::progression(a).into_iter().filter(|r| r.date <= record.date).collect();
    let mut decision = Vec::new();
    if let Some(gap) = basis.and_then(scenario_of).and_then(|s| records::gap_at(a, record, &s)) {
        decision.extend(gap_sentences(&gap, l).into_iter().map(|s| Block::Paragraph(s.text())));
    }
    decision.push(Block::Fields(decision_rows(record, l)));
    let sections = vec![
        Section { key: "meeting", heading: w(Term::Meeting), blocks: vec![Block::Fields(meeting)] },
        Section {
            key: "progression",
            heading: w(Term::ProgressionCaption),
            blocks: vec![
                Block::Chart(progression_chart(&so_far, l)),
                Block::Table(progression_table(&so_far, false, l)),
            ],
        },
        Section { key: "decision", heading: w(Term::NoteDecision), blocks: decision },
        signatures(a, l, (Term::NoteSignatures, Term::NoteSentence)),
    ];
    Some(Document { title: w(Term::FollowUpNote), file_title, sections })
}

impl Section {
    /// The section's blocks in `range` as HTML, without its heading: how
    /// the screen shows one section inside its own page structure.
    pub fn blocks_html(&self, range: impl std::slice::SliceIndex<[Block], Output = [Block]>, l: &dyn Locale) -> String {
        let mut out = String::new();
        for block in self.blocks.get(range).unwrap_or_default() {
            block_html(&mut out, block, &self.heading, l);
        }
        out
    }
}

impl Document {
    /// The document as plain text for a case record: headings, `label:
    /// value` lines (a value of several lines continues indented), each
    /// table row as a line, sections separated by a blank line.
    pub fn to_text(&self, l: &dyn Locale) -> String {
        let mut out = vec![self.title.clone()];
        for section in &self.sections {
            out.push(String::new());
            out.push(format!("## {}", section.heading));
            for block in &section.blocks {
                match block {
                    Block::Fields(rows) => {
                        for (label, value) in rows.iter().filter(|(_, v)| !v.is_empty()) {
                            out.push(format!("{label}: {}", value.replace('\n', "\n  ")));
                        }
                    }
                    Block::Table(t) => {
                        out.push(format!("{}:", t.caption));
                        for row in &t.rows {
                            let cells: Vec<String> = row
                                .iter()
                                .zip(&t.columns)
                                .skip(1)
                                .filter(|(cell, _)| !cell.is_empty())
                                .map(|(cell, c)| format!("{}: {}", c.heading, cell.replace('\n', " / ")))
                                .collect();
                            out.push(format!("- {}: {}", row[0], cells.join("; ")));
                        }
                    }
                    Block::Paragraph(text) | Block::Note(text) => out.push(text.clone()),
                    // The table after it says the same in words.
                    Block::Chart(_) => {}
                    Block::Signatures(list) => {
                        for s in list {
                            let name = if s.name.is_empty() { String::new() } else { format!(" {}", s.name) };
                            out.push(format!(
                                "{}:{name}. {}: ____  {}: ____",
                                s.role,
                                l.term(Term::Date),
                                l.term(Term::Signature)
                            ));
                        }
                    }
                }
            }
        }
        out.join("\n")
    }

    /// The document as HTML for the screen and for print: headings, real
    /// tables with captions and column and row headers (each cell also
    /// names its column in `data-label`, so a phone can show a row as a
    /// card), and signature blocks. Every text is escaped. Built here
    /// rather than as components: one string is far less wasm, and the
    /// layout is tested natively.
    pub fn to_html(&self, l: &dyn Locale) -> String {
        let mut out = format!("<h1>{}</h1>", escape(&self.title));
        for section in &self.sections {
            out.push_str(&format!(
                "<section class=\"doc-section\" data-testid=\"doc-{}\"><h2>{}</h2>",
                section.key,
                escape(&section.heading)
            ));
            out.push_str(&section.blocks_html(.., l));
            out.push_str("</section>");
        }
        out
    }

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

/// One block; a table caption that repeats its section's heading is kept
/// for screen readers only.
fn block_html(out: &mut String, block: &Block, heading: &str, l: &dyn Locale) {
    match block {
        Block::Fields(rows) => {
            out.push_str("<table class=\"doc-fields\"><tbody>");
            for (label, value) in rows {
                let blank = if value.is_empty() { " class=\"blank\"" } else { "" };
                out.push_str(&format!(
                    "<tr><th scope=\"row\">{}</th><td{blank}>{}</td></tr>",
                    escape(label),
                    escape(value)
                ));
            }
            out.push_str("</tbody></table>");
        }
        Block::Table(t) => {
            let num = |c: &Column| if c.numeric { " class=\"num\"" } else { "" };
            // A table whose cells are addressed is itself addressed by its key.
            let testid = if t.row_ids.is_empty() { format!("doc-table-{}", t.key) } else { t.key.to_string() };
            out.push_str(&format!(
                "<table class=\"doc-table\" data-testid=\"{testid}\"><caption{}>{}</caption><thead><tr>",
                if t.caption == heading { " class=\"visually-hidden\"" } else { "" },
                escape(&t.caption)
            ));
            for c in &t.columns {
                out.push_str(&format!("<th scope=\"col\"{}>{}</th>", num(c), escape(&c.heading)));
            }
            out.push_str("</tr></thead><tbody>");
            for (i, row) in t.rows.iter().enumerate() {
                out.push_str(&format!("<tr><th scope=\"row\">{}</th>", escape(row.first().map_or("", String::as_str))));
                for (cell, c) in row.iter().zip(&t.columns).skip(1) {
                    let id = match t.row_ids.get(i) {
                        Some(row) if !c.id.is_empty() => format!(" data-testid=\"{}-{}-{}\"", t.key, escape(row), c.id),
                        _ => String::new(),
                    };
                    out.push_str(&format!(
                        "<td data-label=\"{}\"{}{id}>{}</td>",
                        escape(&c.heading),
                        num(c),
                        escape(cell)
                    ));
                }
                out.push_str("</tr>");
            }
            out.push_str("</tbody></table>");
        }
        Block::Chart(c) => {
            out.push_str(&format!("<figure class=\"doc-chart\">{}{}</figure>", c.svg(), c.legend_html()))
        }
        Block::Paragraph(text) => out.push_str(&format!("<p class=\"doc-text\">{}</p>", escape(text))),
        Block::Note(text) => out.push_str(&format!("<p class=\"small doc-text\">{}</p>", escape(text))),
        Block::Signatures(list) => {
            out.push_str("<div class=\"signatures\">");
            for s in list {
                out.push_str(&format!(
                    "<div class=\"signature\"><p class=\"role\">{}</p><p class=\"name\">{}: {}</p>\
                     <p class=\"sig-line\">{}</p><p class=\"sig-line\">{}</p></div>",
                    escape(&s.role),
                    l.term(Term::Name),
                    escape(&s.name),
                    l.term(Term::Date),
                    l.term(Term::Signature)
                ));
            }
            out.push_str("</div>");
        }
    }
}

/// Text made safe inside HTML elements and quoted attributes.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}
