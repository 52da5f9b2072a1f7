//! Month by month: the income over the agreement's steps, with the
//! one-month lag, holiday, sickness and bonuses (docs/rules.md § 2.4).
//!
//! The calculator shows a steady month, in which the wage and the subsidy
//! belong to the same hours. Here each month has its own: the subsidy paid
//! in a month is computed from the month before's *lønindtægt* (LAB § 123,
//! stk. 1; vejledning nr. 9154 af 25/2/2022), so the first month of more
//! hours pairs the new wage with a subsidy from the old one. Each month uses
//! its own year's rates. Figures are per calendar month; a month's hours are
//! the hours in force on each of its weekdays, averaged.

use chrono::NaiveDate;

use crate::core::agreement::{records, Agreement, EventKind, FieldPath, MonthEvent, Problem, ProblemKind};
use crate::core::income::flekslontilskud::{
    atp_on_subsidy, subsidy_from, MonthlyIncome, SubsidyBasis, WEEKS_PER_MONTH,
};
use crate::core::income::form::{Basis, CalculatorForm, Field};
use crate::core::income::rates;
use crate::core::income::scenario::Scenario;
use crate::core::income::tax::net_month;
use crate::core::text::dates::Month;
use crate::core::text::number::NumberStyle;
use crate::core::text::sort;

/// Working days in an average month (5 × 52/12): the divisor for a day's
/// wage, as the municipality splits a month per day (vejledning 9154).
pub const DAYS_PER_MONTH: f64 = 5.0 * WEEKS_PER_MONTH;

/// The longest timeline shown, in months; beyond it the months are cut.
pub const MAX_MONTHS: u32 = 120;

/// Months shown after the last step starts: enough for its lag to pass
/// and a steady month to follow.
pub const MONTHS_AFTER_LAST_STEP: u32 = 3;

/// The months shown: from the month before the first step (not before the
/// fleksjob's first month) to three months after the last step starts.
/// `None` without steps.
pub fn period(a: &Agreement) -> Option<(Month, Month)> {
    a.steps.first()?;
    // Follow-up records stretch the period: their months' hours are what was recorded.
    let dates = || a.steps.iter().map(|s| s.start).chain(a.records.iter().map(|r| r.date));
    let first_step = dates().min()?;
    let last_step = dates().max()?;
    let first = Month::of(first_step).prev().max(Month::of(a.fleksjob_start));
    let last = Month::of(last_step).plus(MONTHS_AFTER_LAST_STEP).min(first.plus(MAX_MONTHS - 1));
    Some((first, last))
}

/// Why a month's figures are what they are, for the short note under the
/// table. Hours are paid hours per week; `Month`s name the month meant.
#[derive(Clone, Debug, PartialEq)]
pub enum Note {
    /// The fleksjob starts this month: the subsidy rests on this month's
    /// own wage, from the next month on the month before's.
    FirstMonth,
    /// New hours this month; the subsidy is still computed from `previous`'s
    /// wage at `old` hours.
    NewHours { hours: f64, previous: Month, old: f64 },
    /// The hours change on `day` of the month: `old` before, `hours` from then.
    SplitMonth { day: NaiveDate, old: f64, hours: f64 },
    /// The subsidy has caught up: computed from `previous`'s wage at `hours`.
    CaughtUp { previous: Month, hours: f64 },
    /// The subsidy has `previous`'s sygedagpenge deducted in full.
    SickPayDeducted { previous: Month, amount: f64 },
    /// `previous`'s bonus counted as wage income in the subsidy.
    BonusCounted { previous: Month, amount: f64 },
    /// `previous`'s feriepenge counted as wage income in the subsidy.
    HolidayPayCounted { previous: Month },
    /// This month's events, as entered.
    Event(MonthEvent),
    /// A follow-up on `date` recorded `paid` hours; the months after use them.
    Recorded { date: NaiveDate, paid: f64 },
    /// January: this year's rates apply from now on.
    NewRates { year: u16 },
    /// No rates for `year` yet: `used`'s are applied.
    RatesOfYear { year: u16, used: u16 },
}

/// One month of the timeline. Money per month in kroner, unrounded.
#[derive(Clone, Debug, PartialEq)]
pub struct MonthFigures {
    pub month: Month,
    /// Paid hours per week, averaged over the month's weekdays.
    pub paid_hours: f64,
    /// The employer's wage for the month, after days without wage.
    pub wage: f64,
    /// *Feriepenge* paid for holiday taken this month (counts as wage income).
    pub holiday_pay: f64,
    /// *Sygedagpenge* for sick days without wage.
    pub sick_pay: f64,
    pub bonus: f64,
    /// This month's *lønindtægt* from the fleksjob (with feriepenge and a
    /// bonus): the next month's subsidy is computed from it.
    pub lonindtaegt: f64,
    /// Other wage income this month; it reduces the next month's subsidy too.
    pub other_wage: f64,
    /// The month before's lønindtægt, other wage income included, which this
    /// month's subsidy is computed from.
    pub subsidy_basis: f64,
    /// The fleksløntilskud paid this month.
    pub subsidy: f64,
    /// All lønindtægt + sygedagpenge + subsidy: the calculator's total, month by month.
    pub total: f64,
    /// ATP withheld from the wage and the subsidy.
    pub atp: f64,
    pub tax: f64,
    /// Estimated pay-out after own pension, ATP and tax.
    pub net: f64,
    pub employer_cost: f64,
    /// The year whose rates the month uses.
    pub rates_year: u16,
    pub notes: Vec<Note>,
}

impl MonthFigures {
    /// Everything paid before the subsidy: wage, feriepenge, sygedagpenge,
    /// bonus, other wage income.
    pub fn pay_before_subsidy(&self) -> f64 {
        self.wage + self.holiday_pay + self.sick_pay + self.bonus + self.other_wage
    }
}

/// The money of every month in `period(a)`, from `basis`; empty without
/// steps or while the basis gives no valid calculation.
pub fn timeline(a: &Agreement, basis: &Basis) -> Vec<MonthFigures> {
    let Some((first, last)) = period(a) else {
        return Vec::new();
    };
    let mut years = Years { basis, scenarios: Vec::new() };
    // The month before the first is computed without its events: the first
    // month's subsidy rests on it.
    let Some(lead_in) = month(a, &mut years, first.prev(), None) else {
        return Vec::new();
    };
    let mut out: Vec<MonthFigures> = Vec::new();
    let mut m = first;
    while m <= last {
        let Some(figures) = month(a, &mut years, m, Some(out.last().unwrap_or(&lead_in))) else {
            return Vec::new();
        };
        out.push(figures);
        m = m.next();
    }
    out
}

/// The scenario of each year met, built once: the basis's own year with its
/// overrides, other years with their published rates.
struct Years<'a> {
    basis: &'a Basis,
    scenarios: Vec<(u16, Option<(Scenario, u16)>)>,
}

impl Years<'_> {
    /// The scenario for `year`, and the year whose rates it has.
    fn get(&mut self, year: u16) -> Option<(Scenario, u16)> {
        if let Some((_, s)) = self.scenarios.iter().find(|(y, _)| *y == year) {
            return *s;
        }
        let s = scenario_for_year(self.basis, year);
        self.scenarios.push((year, s));
        s
    }
}

/// The basis's scenario under `year`'s rates and taxes. The consultant's
/// overrides (maximum subsidy, taper threshold, kommuneskat) belong to the
/// basis's year and are dropped for others. A year without rates uses the
/// nearest year that has them.
pub fn scenario_for_year(basis: &Basis, year: u16) -> Option<(Scenario, u16)> {
    let used = rates::YEARS.iter().min_by_key(|r| r.year.abs_diff(year))?.year;
    let mut b = basis.clone();
    if used != basis.year {
        for field in [Field::MaxSubsidy, Field::TaperThreshold, Field::KommuneRate] {
            b.set_value(field, None);
        }
        b.year = used;
    }
    let scenario = CalculatorForm::from_basis(used, &b, NumberStyle::default()).scenario()?;
    Some((scenario, used))
}

/// Paid hours per week in force on `day`: none before the fleksjob starts,
/// then what the plan or a follow-up record says (`records::paid_on`).
pub fn hours_on(a: &Agreement, day: NaiveDate) -> f64 {
    if day < a.fleksjob_start {
        return 0.0;
    }
    records::paid_on(a, day)
}

/// The month's weekdays' hours, averaged; and where they change within it
/// (the first day of new hours, the hours before and after).
fn month_hours(a: &Agreement, m: Month) -> (f64, Option<(NaiveDate, f64, f64)>) {
    let weekdays: Vec<NaiveDate> = m.working_days().collect();
    let hours: Vec<f64> = weekdays.iter().map(|d| hours_on(a, *d)).collect();
    let split = (1..hours.len()).find(|&i| hours[i] != hours[i - 1]).map(|i| (weekdays[i], hours[i - 1], hours[i]));
    match split {
        // The hours themselves when they do not change, not a sum's rounding.
        None => (hours.first().copied().unwrap_or_default(), None),
        Some(_) => (hours.iter().sum::<f64>() / hours.len() as f64, split),
    }
}

/// The days of `kind` entered for the month (kroner for a bonus).
fn events_in(a: &Agreement, m: Month, kind: EventKind) -> f64 {
    a.events.iter().filter(|e| e.month == m && e.kind == kind).map(|e| e.amount.max(0.0)).sum()
}

/// One month, given the month before (`None`: a lead-in month, its events ignored).
fn month(a: &Agreement, years: &mut Years, m: Month, previous: Option<&MonthFigures>) -> Option<MonthFigures> {
    let year = u16::try_from(m.year).ok()?;
    let (s, rates_year) = years.get(year)?;
    let (paid_hours, split) = month_hours(a, m);
    let full = s.at(paid_hours);
    let with_events = previous.is_some();
    let entered = |kind| if with_events { events_in(a, m, kind) } else { 0.0 };

    let day_wage = full.income.wage / DAYS_PER_MONTH;
    let holiday_days = entered(EventKind::HolidayWithHolidayPay);
    let sick_days = entered(EventKind::SickWithoutWage);
    let unpaid_days = (holiday_days + sick_days).min(DAYS_PER_MONTH);
    // The share of the month's wage the employer pays: exactly 1 without
    // days off, so that a steady month is the calculator's to the øre.
    let share = 1.0 - unpaid_days / DAYS_PER_MONTH;
    let wage = full.income.wage * share;
    // Feriepenge and sygedagpenge are taken as the wage of the days they
    // replace (docs/rules.md § 2.4 on why this approximation).
    let holiday_pay = day_wage * holiday_days.min(unpaid_days);
    let sick_pay = day_wage * unpaid_days - holiday_pay;
    let bonus = entered(EventKind::Bonus);
    let employer_pension = full.income.employer_pension * share;
    let employee_pension = full.income.employee_pension * share;
    let lonindtaegt = full.income.lonindtaegt * share + holiday_pay + bonus;
    let other_wage = full.income.other_wage;

    // In the fleksjob's first month there is no month before: the subsidy
    // rests on the month's own wage as the employer reports it, corrected
    // later (municipal practice, docs/rules.md § 2.4).
    let first_month = m == Month::of(a.fleksjob_start);
    let basis = match previous {
        Some(p) if !first_month => {
            SubsidyBasis { lonindtaegt: p.lonindtaegt, other_wage: p.other_wage, deducted: p.sick_pay }
        }
        _ => SubsidyBasis { lonindtaegt, other_wage, deducted: sick_pay },
    };
    let parts = subsidy_from(basis, full.income.lonloft, &s.rates);
    let subsidy = parts.subsidy;
    // Taxed as the calculator taxes a month: feriepenge and a bonus as
    // AM-liable wage, sygedagpenge (like the subsidy) as personal income
    // without AM-bidrag.
    let atp_subsidy = atp_on_subsidy(subsidy);
    let taxed = MonthlyIncome {
        wage: wage + holiday_pay + bonus,
        employer_pension,
        employee_pension,
        lonindtaegt,
        subsidy: subsidy + sick_pay,
        atp_on_subsidy: atp_subsidy,
        ..full.income
    };
    let net = net_month(&taxed, paid_hours, &s.tax, s.local);
    let employer_cost =
        full.employer_cost - (full.income.wage - wage) - (full.income.employer_pension - employer_pension) + bonus;

    let mut notes = Vec::new();
    if let Some(p) = previous {
        if first_month {
            notes.push(Note::FirstMonth);
        }
        if m.month == 1 && rates_year != p.rates_year {
            notes.push(Note::NewRates { year: rates_year });
        }
        if rates_year != year {
            notes.push(Note::RatesOfYear { year, used: rates_year });
        }
        if let Some((day, old, hours)) = split {
            notes.push(Note::SplitMonth { day, old, hours });
        }
        if paid_hours != p.paid_hours && p.paid_hours > 0.0 && split.is_none() {
            notes.push(Note::NewHours { hours: paid_hours, previous: p.month, old: p.paid_hours });
        } else if p.notes.iter().any(|n| matches!(n, Note::NewHours { .. } | Note::SplitMonth { .. })) {
            notes.push(Note::CaughtUp { previous: p.month, hours: p.paid_hours });
        }
        if p.sick_pay > 0.0 {
            notes.push(Note::SickPayDeducted { previous: p.month, amount: p.sick_pay });
        }
        if p.bonus > 0.0 {
            notes.push(Note::BonusCounted { previous: p.month, amount: p.bonus });
        }
        if p.holiday_pay > 0.0 {
            notes.push(Note::HolidayPayCounted { previous: p.month });
        }
        notes.extend(a.events.iter().filter(|e| e.month == m).copied().map(Note::Event));
        let recorded = a.records.iter().filter(|r| Month::of(r.date) == m);
        notes.extend(recorded.map(|r| Note::Recorded { date: r.date, paid: r.hours.paid }));
    }
    Some(MonthFigures {
        month: m,
        paid_hours,
        wage,
        holiday_pay,
        sick_pay,
        bonus,
        lonindtaegt,
        other_wage,
        subsidy_basis: basis.wage_income(),
        subsidy,
        total: lonindtaegt + other_wage + sick_pay + subsidy,
        atp: net.atp,
        tax: net.tax,
        net: net.net,
        employer_cost,
        rates_year,
        notes,
    })
}

/// What keeps the timeline from meaning what it says, each at its field:
/// overlapping steps, a step before the fleksjob, more days off than the
/// month has, an event outside the period. Shown beside the fields; unlike
/// `Agreement::problems` they do not stop saving, since the agreement is
/// still whole.
pub fn problems(a: &Agreement) -> Vec<Problem> {
    let mut out = Vec::new();
    let push = |out: &mut Vec<Problem>, field: FieldPath, kind| out.push(Problem { field, kind });
    let mut order: Vec<usize> = (0..a.steps.len()).collect();
    sort::sort_by(&mut order, |&i, &j| a.steps[i].start < a.steps[j].start);
    for (i, step) in a.steps.iter().enumerate() {
        if step.start < a.fleksjob_start {
            push(&mut out, FieldPath::step(i).start(), ProblemKind::BeforeFleksjob { start: a.fleksjob_start });
        }
    }
    for pair in order.windows(2) {
        let (before, after) = (&a.steps[pair[0]], &a.steps[pair[1]]);
        if let Some(end) = before.end().filter(|end| after.start < *end) {
            let kind = ProblemKind::Overlaps { step: pair[0] + 1, end };
            push(&mut out, FieldPath::step(pair[1]).start(), kind);
        }
    }
    let mut months: Vec<Month> = a.events.iter().filter(|e| e.kind.in_days()).map(|e| e.month).collect();
    sort::sort_by(&mut months, |a, b| a < b);
    months.dedup();
    for m in months {
        let weekdays = m.weekdays();
        let total: f64 = a.events.iter().filter(|e| e.month == m && e.kind.in_days()).map(|e| e.amount).sum();
        if total > f64::from(weekdays) {
            for (i, _) in a.events.iter().enumerate().filter(|(_, e)| e.month == m && e.kind.in_days()) {
                push(&mut out, FieldPath::event(i).amount(), ProblemKind::MoreDaysThanMonth { weekdays });
            }
        }
    }
    if let Some((first, last)) = period(a) {
        for (i, e) in a.events.iter().enumerate() {
            if e.month < first || e.month > last {
                push(&mut out, FieldPath::event(i).month(), ProblemKind::OutsidePeriod { first, last });
            }
        }
    }
    out
}
