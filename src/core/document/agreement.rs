//! The agreement as one document: parties, basis, today, goal, steps,
//! support, follow-ups and signatures, then the follow-up records and the
//! month-by-month appendices.

use super::follow_up::records_section;
use super::model::{Block, Column, Document, Locale, Section, Table, Term};
use super::months::{other_wage_note, timeline_section, APPENDIX_TABLE};
use super::shared::{form_of, hours_rows, join_present, signatures, tidy};
use crate::core::agreement::{Accommodation, Agreement};
use crate::core::income::form::{Basis, CalculatorForm, Field};
use crate::core::income::municipalities;
use crate::core::income::rates::{Figure, Status};
use crate::core::income::scenario::{Outcome, Scenario};
use crate::core::text::clean::fill;

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
