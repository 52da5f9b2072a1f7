//! An estimate of the citizen's net income: ATP, AM-bidrag and income tax on
//! the wage, other wage income and the fleksløntilskud. An estimate, not a
//! tax assessment: it assumes the month repeats all year, no other income or
//! deductions, and a full personfradrag. The screen says so.

use crate::core::income::flekslontilskud::MonthlyIncome;
use crate::core::income::rates::{Figure, Note, Status};

/// One year's tax parameters (annual amounts in kr, rates in percent).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TaxYear {
    pub year: u16,
    pub am_bidrag_pct: Figure,
    pub personfradrag: Figure,
    pub bundskat_pct: Figure,
    pub beskaeftigelsesfradrag_pct: Figure,
    pub beskaeftigelsesfradrag_max: Figure,
    /// The extra beskæftigelsesfradrag for single parents, on top.
    pub single_parent_fradrag_pct: Figure,
    pub single_parent_fradrag_max: Figure,
    /// The senior's extra beskæftigelsesfradrag (LL § 9 J, stk. 5-6, from
    /// 2026): in the 2 income years before the year of folkepension age.
    /// Zero rate in years without it.
    pub senior_fradrag_pct: Figure,
    pub senior_fradrag_max: Figure,
    pub jobfradrag_pct: Figure,
    pub jobfradrag_threshold: Figure,
    pub jobfradrag_max: Figure,
    /// Mellemskat (from 2026); zero rate in years without it.
    pub mellemskat_pct: Figure,
    pub mellemskat_threshold: Figure,
    pub topskat_pct: Figure,
    pub topskat_threshold: Figure,
    /// Toptopskat (from 2026); zero rate in years without it.
    pub toptopskat_pct: Figure,
    pub toptopskat_threshold: Figure,
    /// National averages, used when no municipality is chosen.
    pub average_kommuneskat_pct: Figure,
    /// Average church tax among members of the folkekirke.
    pub average_kirkeskat_pct: Figure,
}

// `TAX_YEARS`, oldest first, generated from `data/rates/tax.toml` by build.rs.
include!(concat!(env!("OUT_DIR"), "/tax_data.rs"));

/// The tax parameters for `year`, or the nearest year we have.
pub fn tax_year(year: u16) -> &'static TaxYear {
    TAX_YEARS.iter().min_by_key(|t| t.year.abs_diff(year)).unwrap_or(&TAX_YEARS[0])
}

/// The citizen's own tax position: municipal and church tax rates
/// (percent), and whether they are a single parent.
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub struct LocalTax {
    pub kommuneskat_pct: f64,
    /// Zero for those outside the folkekirke.
    pub kirkeskat_pct: f64,
    /// A single parent (*enlig forsørger*) gets an extra beskæftigelsesfradrag.
    pub single_parent: bool,
    /// The year is one of the 2 income years before the year the person
    /// reaches folkepension age: the senior's extra fradrag applies.
    pub senior: bool,
}

/// Employee's ATP contribution per month on a monthly wage, by the hours
/// worked in the month (borger.dk, «ATP-satser for 2024»; unchanged in 2025;
/// 2026 not found, assumed unchanged). The employer pays twice as much.
pub fn atp_employee_month(paid_hours_week: f64) -> f64 {
    // × 52 before ÷ 12: 27 h must give exactly 117 h, not 116.999…
    let hours_month = paid_hours_week * 52.0 / 12.0;
    if hours_month >= 117.0 {
        99.0
    } else if hours_month >= 78.0 {
        66.0
    } else if hours_month >= 39.0 {
        33.0
    } else {
        0.0
    }
}

/// The employer's ATP contribution: two thirds of the total, twice the employee's.
pub fn atp_employer_month(paid_hours_week: f64) -> f64 {
    2.0 * atp_employee_month(paid_hours_week)
}

fn pct(base: f64, rate: Figure) -> f64 {
    base.max(0.0) * rate.value / 100.0
}

/// Beskæftigelsesfradrag: a share of work income, capped (annual).
pub fn beskaeftigelsesfradrag(work_income: f64, t: &TaxYear) -> f64 {
    pct(work_income, t.beskaeftigelsesfradrag_pct).min(t.beskaeftigelsesfradrag_max.value)
}

/// The single parent's extra beskæftigelsesfradrag: its own share of the
/// same work income, with its own cap (annual).
pub fn single_parent_fradrag(work_income: f64, t: &TaxYear) -> f64 {
    pct(work_income, t.single_parent_fradrag_pct).min(t.single_parent_fradrag_max.value)
}

/// The senior's extra beskæftigelsesfradrag: its own share of the same
/// work income, with its own cap (annual).
pub fn senior_fradrag(work_income: f64, t: &TaxYear) -> f64 {
    pct(work_income, t.senior_fradrag_pct).min(t.senior_fradrag_max.value)
}

/// Jobfradrag: a share of work income above a threshold, capped (annual).
pub fn jobfradrag(work_income: f64, t: &TaxYear) -> f64 {
    pct(work_income - t.jobfradrag_threshold.value, t.jobfradrag_pct).min(t.jobfradrag_max.value)
}

/// The citizen's month after ATP, AM-bidrag and tax.
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub struct NetMonth {
    /// Wage plus subsidy before anything is withheld (pension excluded).
    pub gross: f64,
    pub own_pension: f64,
    pub atp: f64,
    pub am_bidrag: f64,
    pub bundskat: f64,
    pub kommuneskat: f64,
    pub kirkeskat: f64,
    pub mellemskat: f64,
    pub topskat: f64,
    pub toptopskat: f64,
    /// AM-bidrag plus all income taxes.
    pub tax: f64,
    /// The senior's extra fradrag this year (annual amount), and the
    /// kommuneskat and kirkeskat it saves a month; zero where it does not apply.
    pub senior_fradrag_year: f64,
    pub senior_fradrag_saves: f64,
    /// What reaches the bank account.
    pub net: f64,
}

/// Net income for one month of `income`, assuming it repeats all year.
///
/// Assumptions (shown on screen): AM-bidrag is paid on the wage after the
/// employee's own pension and ATP, not on the subsidy (a public benefit); the
/// ATP withheld from the subsidy and from the wage is deductible; the
/// employee's own pension is deducted before tax (an employer-administered
/// scheme); beskæftigelses- and jobfradrag are computed on the wage plus both
/// pension contributions and the reported ATP (LL § 9 J), not on the subsidy.
pub fn net_month(income: &MonthlyIncome, paid_hours_week: f64, t: &TaxYear, local: LocalTax) -> NetMonth {
    let atp_wage = if income.wage > 0.0 { atp_employee_month(paid_hours_week) } else { 0.0 };
    // Other wage income is AM-liable wage too; its own ATP and pension are
    // the other employer's, unknown here, so it counts as paid.
    let am_base_month = (income.wage - income.employee_pension - atp_wage).max(0.0) + income.other_wage;
    let am_bidrag = pct(am_base_month, t.am_bidrag_pct);
    let atp = atp_wage + income.atp_on_subsidy;

    let year = |monthly: f64| 12.0 * monthly;
    let personal_income = year(am_base_month - am_bidrag) + year(income.subsidy - income.atp_on_subsidy);
    // The fradrag base (LL § 9 J, stk. 1; JV C.A.4.3.7): the AM-bidrag base
    // of AMBL § 2, stk. 1, nr. 1 and 4 (the wage as paid out, after own
    // pension and ATP, plus both pension contributions) and the ATP the
    // employer reports (both shares). Not the subsidy, which carries no
    // AM-bidrag. Equals wage + employer's pension + the employer's ATP.
    let atp_reported = if income.wage > 0.0 { atp_wage + atp_employer_month(paid_hours_week) } else { 0.0 };
    let work_income = year(am_base_month + income.employee_pension + income.employer_pension + atp_reported);
    let extra = if local.single_parent { single_parent_fradrag(work_income, t) } else { 0.0 };
    let senior = if local.senior { senior_fradrag(work_income, t) } else { 0.0 };
    let before_senior = personal_income - beskaeftigelsesfradrag(work_income, t) - extra - jobfradrag(work_income, t);
    let taxable_income = before_senior - senior;
    let after_fradrag = |base: f64| (base - t.personfradrag.value).max(0.0);
    let local_pct = local.kommuneskat_pct + local.kirkeskat_pct;

    let bundskat = pct(after_fradrag(personal_income), t.bundskat_pct) / 12.0;
    let kommuneskat = after_fradrag(taxable_income) * local.kommuneskat_pct / 100.0 / 12.0;
    let kirkeskat = after_fradrag(taxable_income) * local.kirkeskat_pct / 100.0 / 12.0;
    let mellemskat = pct(personal_income - t.mellemskat_threshold.value, t.mellemskat_pct) / 12.0;
    let topskat = pct(personal_income - t.topskat_threshold.value, t.topskat_pct) / 12.0;
    let toptopskat = pct(personal_income - t.toptopskat_threshold.value, t.toptopskat_pct) / 12.0;

    let gross = income.wage + income.other_wage + income.subsidy;
    let tax = am_bidrag + bundskat + kommuneskat + kirkeskat + mellemskat + topskat + toptopskat;
    NetMonth {
        gross,
        own_pension: income.employee_pension,
        atp,
        am_bidrag,
        bundskat,
        kommuneskat,
        kirkeskat,
        mellemskat,
        topskat,
        toptopskat,
        tax,
        senior_fradrag_year: senior,
        senior_fradrag_saves: (after_fradrag(before_senior) - after_fradrag(taxable_income)) * local_pct / 100.0 / 12.0,
        net: gross - income.employee_pension - atp - tax,
    }
}
