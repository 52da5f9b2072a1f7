//! The follow-up meetings: the progression as a table and a chart, the gap
//! in kroner as sentences, the records' appendix of the agreement, and one
//! meeting's note.

use super::chart;
use super::escape::escape;
use super::model::{Block, Column, Document, Locale, Section, Sentence, Table, Term};
use super::shared::{hours_rows, join_present, scenario_of, signatures, tidy};
use crate::core::agreement::records::{self, Gap};
use crate::core::agreement::{Agreement, FollowUpRecord};
use crate::core::income::form::Basis;
use crate::core::income::scenario::Scenario;

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
pub(super) fn records_section(a: &Agreement, scenario: Option<&Scenario>, l: &dyn Locale) -> Section {
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
