//! The fleksjob income for one month: wage from the employer plus
//! *fleksløntilskud*, the flex-wage subsidy the municipality pays the citizen
//! (LAB § 123, BEK nr. 227 af 7. marts 2024).
//!
//! Every step is its own small function so that each rule can be tested on
//! its own and the screen can show the calculation step by step.

use crate::core::income::rates::YearRates;

/// Weeks per month in every monthly figure (STAR's calculator uses 52/12).
pub const WEEKS_PER_MONTH: f64 = 52.0 / 12.0;

/// Reduction rate on lønindtægt up to the taper threshold.
pub const REDUCTION_BELOW_THRESHOLD: f64 = 0.30;
/// Reduction rate on lønindtægt above the taper threshold.
pub const REDUCTION_ABOVE_THRESHOLD: f64 = 0.55;
/// ATP withheld from the subsidy: 5 % of it (LAB § 137) ...
pub const ATP_SHARE_OF_SUBSIDY: f64 = 0.05;
/// ... but never more than this per month.
pub const ATP_SUBSIDY_MAX_MONTH: f64 = 500.0;

/// Inputs are clamped to this before use; see `calculate`.
const INPUT_BOUND: f64 = 1e9;

/// What the citizen and the employer agreed, per hour and per week.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Employment {
    /// Gross hourly wage, including the employee's own pension contribution.
    pub hourly_wage: f64,
    /// Employer's pension contribution, percent of the gross wage.
    pub employer_pension_pct: f64,
    /// Employee's own pension contribution, percent of the gross wage
    /// (already inside `hourly_wage`; shown, and used for tax later).
    pub employee_pension_pct: f64,
    /// Paid hours per week (*lønnede timer*).
    pub paid_hours_week: f64,
    /// Hours of a full-time position (37 unless agreed otherwise).
    pub fulltime_hours_week: f64,
    /// Hourly wage of the same position at full time, including allowances;
    /// it sets the wage ceiling.
    pub fulltime_hourly_wage: f64,
    /// Other wage income a month (a second job, tabt arbejdsfortjeneste,
    /// plejevederlag): it reduces the subsidy like the fleksjob's own
    /// (LAB § 123, stk. 2; BEK 227/2024 § 1, nr. 1).
    pub other_wage_month: f64,
}

/// The monthly calculation, every intermediate figure kept for display.
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub struct MonthlyIncome {
    /// Gross wage from the employer.
    pub wage: f64,
    pub employer_pension: f64,
    pub employee_pension: f64,
    /// The fleksjob's *lønindtægt*: gross wage plus the employer's pension
    /// contribution (BEK 227/2024 § 1, nr. 1-2).
    pub lonindtaegt: f64,
    /// Other wage income this month, outside the fleksjob.
    pub other_wage: f64,
    /// *Lønloft*: the full-time wage of the position including pension; wage
    /// plus subsidy may not exceed it.
    pub lonloft: f64,
    /// 98 % of the highest dagpenge rate: the subsidy before any reduction.
    pub max_subsidy: f64,
    /// 30 % of lønindtægt up to the taper threshold.
    pub reduction_below_threshold: f64,
    /// 55 % of lønindtægt above the taper threshold.
    pub reduction_above_threshold: f64,
    /// Subsidy after the reductions, before the wage ceiling.
    pub subsidy_before_ceiling: f64,
    /// What the wage ceiling takes off.
    pub ceiling_cut: f64,
    /// The fleksløntilskud paid by the municipality.
    pub subsidy: f64,
    /// ATP withheld from the subsidy.
    pub atp_on_subsidy: f64,
    /// All lønindtægt plus subsidy: what STAR calls the total incl. pension and ATP.
    pub total: f64,
}

impl MonthlyIncome {
    /// All wage income, the fleksjob's and other: what reduces the subsidy.
    pub fn wage_income(&self) -> f64 {
        self.lonindtaegt + self.other_wage
    }
}

/// Monthly amount for an hourly rate and weekly hours.
pub fn monthly(hourly: f64, hours_week: f64) -> f64 {
    hourly * hours_week * WEEKS_PER_MONTH
}

/// Lønindtægt: gross wage plus the employer's pension on it.
pub fn lonindtaegt_of(wage_month: f64, employer_pension_pct: f64) -> f64 {
    wage_month * (1.0 + employer_pension_pct / 100.0)
}

/// The two reductions: 30 % of lønindtægt up to `threshold`, 55 % above it.
pub fn reductions(lonindtaegt: f64, threshold: f64) -> (f64, f64) {
    let below = lonindtaegt.min(threshold).max(0.0);
    let above = (lonindtaegt - threshold).max(0.0);
    (REDUCTION_BELOW_THRESHOLD * below, REDUCTION_ABOVE_THRESHOLD * above)
}

/// The subsidy after the wage ceiling: wage + subsidy never above the lønloft.
pub fn apply_lonloft(subsidy_before_ceiling: f64, lonindtaegt: f64, lonloft: f64) -> f64 {
    subsidy_before_ceiling.min((lonloft - lonindtaegt).max(0.0))
}

/// ATP withheld from the subsidy: 5 %, capped per month.
pub fn atp_on_subsidy(subsidy: f64) -> f64 {
    (ATP_SHARE_OF_SUBSIDY * subsidy).min(ATP_SUBSIDY_MAX_MONTH)
}

/// The whole month for one employment under one year's rates.
///
/// Inputs are expected to be validated; anything else (negative, NaN,
/// infinite, absurdly large) still yields finite figures, never a panic.
pub fn calculate(job: &Employment, rates: &YearRates) -> MonthlyIncome {
    // Bounded far beyond any real figure so that products cannot overflow
    // to infinity (and infinity × 0 to NaN).
    let clean = |x: f64| {
        if x.is_finite() {
            x.clamp(0.0, INPUT_BOUND)
        } else {
            0.0
        }
    };
    let wage = monthly(clean(job.hourly_wage), clean(job.paid_hours_week));
    let employer_pension = wage * clean(job.employer_pension_pct) / 100.0;
    let employee_pension = wage * clean(job.employee_pension_pct) / 100.0;
    let lonindtaegt = lonindtaegt_of(wage, clean(job.employer_pension_pct));
    // The ceiling is the position's full-time wage, pension included.
    let lonloft = lonindtaegt_of(
        monthly(clean(job.fulltime_hourly_wage), clean(job.fulltime_hours_week)),
        clean(job.employer_pension_pct),
    );
    let other_wage = clean(job.other_wage_month);
    let parts = subsidy_from(SubsidyBasis { lonindtaegt, other_wage, deducted: 0.0 }, lonloft, rates);
    MonthlyIncome {
        wage,
        employer_pension,
        employee_pension,
        lonindtaegt,
        other_wage,
        lonloft,
        max_subsidy: parts.max_subsidy,
        reduction_below_threshold: parts.reduction_below_threshold,
        reduction_above_threshold: parts.reduction_above_threshold,
        subsidy_before_ceiling: parts.subsidy_before_ceiling,
        ceiling_cut: parts.subsidy_before_ceiling - parts.subsidy,
        subsidy: parts.subsidy,
        atp_on_subsidy: atp_on_subsidy(parts.subsidy),
        total: lonindtaegt + other_wage + parts.subsidy,
    }
}

/// What a month's subsidy is computed from: the month's income as eIndkomst
/// reports it. In a steady month that month is the same one; month by month
/// it is the month before (see `timeline`).
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub struct SubsidyBasis {
    /// The fleksjob's own lønindtægt.
    pub lonindtaegt: f64,
    /// Other wage income (LAB § 123, stk. 2).
    pub other_wage: f64,
    /// Benefits deducted in full (sygedagpenge, LAB § 124).
    pub deducted: f64,
}

impl SubsidyBasis {
    /// All wage income, the fleksjob's and other: what both reductions count.
    pub fn wage_income(&self) -> f64 {
        self.lonindtaegt + self.other_wage
    }
}

/// The subsidy's steps for one month, from the income it is computed from.
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub struct SubsidyParts {
    pub max_subsidy: f64,
    pub reduction_below_threshold: f64,
    pub reduction_above_threshold: f64,
    pub subsidy_before_ceiling: f64,
    pub subsidy: f64,
}

/// The subsidy from a month's income, under the `lonloft`.
pub fn subsidy_from(basis: SubsidyBasis, lonloft: f64, rates: &YearRates) -> SubsidyParts {
    let max_subsidy = rates.max_subsidy_month.value;
    let SubsidyBasis { lonindtaegt, deducted, .. } = basis;
    // Both reductions count all wage income, the fleksjob's and other (LAB
    // § 123, stk. 2).
    let (reduction_below_threshold, reduction_above_threshold) =
        reductions(basis.wage_income(), rates.taper_threshold_month.value);
    // No subsidy without the fleksjob: it compensates its wage (or the
    // benefit that replaces it during sickness), not other work.
    let subsidy_before_ceiling = if lonindtaegt > 0.0 || deducted > 0.0 {
        (max_subsidy - reduction_below_threshold - reduction_above_threshold - deducted).max(0.0)
    } else {
        0.0
    };
    SubsidyParts {
        max_subsidy,
        reduction_below_threshold,
        reduction_above_threshold,
        subsidy_before_ceiling,
        subsidy: apply_lonloft(subsidy_before_ceiling, lonloft_income(basis), lonloft),
    }
}

/// The income the *lønloft* counts beside the subsidy: the wage from the
/// fleksjob's employer (LAB § 123, stk. 3: "løn udbetalt af arbejdsgiveren
/// efter § 122") and the benefit that replaces it while sick, not other wage
/// income. BEK 227/2024 § 1, nr. 4 adds "eventuelle andre indtægter, jf. §
/// 3, stk. 3", a paragraph not read: docs/rules.md § 5.
fn lonloft_income(basis: SubsidyBasis) -> f64 {
    basis.lonindtaegt + basis.deducted
}

/// Round to whole kroner as STAR does (half away from zero).
pub fn round_kr(amount: f64) -> f64 {
    amount.round()
}
