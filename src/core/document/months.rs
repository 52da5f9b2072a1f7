//! Month by month: the agreement document's appendix, and the screen's
//! timeline, as one section of each month's money and notes.

use chrono::NaiveDate;

use super::law;
use super::model::{Block, Column, Locale, Section, Table, Term};
use crate::core::agreement::timeline::{timeline, MonthFigures};
use crate::core::agreement::Agreement;
use crate::core::income::form::Basis;
use crate::core::text::clean::fill;

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
pub(super) fn other_wage_note(amounts: impl Iterator<Item = f64>, l: &dyn Locale) -> Option<Block> {
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
