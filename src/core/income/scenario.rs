//! "Does it pay?": one employment at any number of paid hours, with the
//! citizen's net and the employer's cost; the curve over all hours; the gain
//! of one more hour; and where the taper threshold and the ceiling start.

use crate::core::income::flekslontilskud::{calculate, Employment, MonthlyIncome};
use crate::core::income::rates::{Figure, Note, Status, YearRates};
use crate::core::income::tax::{atp_employee_month, atp_employer_month, net_month, LocalTax, NetMonth, TaxYear};

/// The employer's payroll contributions through Samlet Betaling for one
/// year, per full-time employee per year (AUB, Barsel.dk, FIB, AES).
/// Approximate: AES depends on the branch and some rates are years old.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct EmployerYear {
    pub year: u16,
    pub aub_fulltime_year: Figure,
    pub barsel_fulltime_year: Figure,
    pub fib_fulltime_year: Figure,
    pub aes_fulltime_year: Figure,
}

// `EMPLOYER_YEARS`, oldest first, generated from `data/rates/employer.toml` by build.rs.
include!(concat!(env!("OUT_DIR"), "/employer_data.rs"));

impl EmployerYear {
    /// The contributions for `year`, or the nearest year we have.
    pub fn for_year(year: u16) -> &'static EmployerYear {
        EMPLOYER_YEARS.iter().min_by_key(|e| e.year.abs_diff(year)).unwrap_or(&EMPLOYER_YEARS[0])
    }

    /// Per month at `paid_hours_week`. Samlet Betaling counts an employee by
    /// the ATP paid for them: in full from 117 hours a month, 2/3 from 78,
    /// 1/3 from 39, not at all below.
    pub fn month(&self, paid_hours_week: f64) -> f64 {
        let share = atp_employee_month(paid_hours_week) / atp_employee_month(f64::MAX);
        let year = self.figures().iter().map(|(_, f)| f.value).sum::<f64>();
        year / 12.0 * share
    }
}

/// Distance between two points of the curve, in hours per week.
pub const CURVE_STEP_HOURS: f64 = 0.5;

/// Everything that follows from one number of paid hours.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Outcome {
    pub paid_hours_week: f64,
    pub income: MonthlyIncome,
    pub net: NetMonth,
    /// Wage + employer's pension + employer's ATP + payroll contributions
    /// (approximate), per month.
    pub employer_cost: f64,
    /// Of which the payroll contributions through Samlet Betaling.
    pub payroll_contributions: f64,
}

/// What one step up in hours changes, per month.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Change {
    pub from: Outcome,
    pub to: Outcome,
}

impl Change {
    /// Change in total income (lønindtægt + subsidy, before tax).
    pub fn gross(&self) -> f64 {
        self.to.income.total - self.from.income.total
    }
    pub fn net(&self) -> f64 {
        self.to.net.net - self.from.net.net
    }
    pub fn wage(&self) -> f64 {
        self.to.income.wage - self.from.income.wage
    }
    pub fn subsidy(&self) -> f64 {
        self.to.income.subsidy - self.from.income.subsidy
    }
    pub fn tax(&self) -> f64 {
        self.to.net.tax - self.from.net.tax
    }
    pub fn employer_cost(&self) -> f64 {
        self.to.employer_cost - self.from.employer_cost
    }
    /// Of every 100 kr more wage, what the citizen keeps after the subsidy
    /// falls and tax is paid. `None` when the wage does not change.
    pub fn keep_per_100(&self) -> Option<f64> {
        let wage = self.wage();
        (wage.abs() > 1e-9).then(|| 100.0 * self.net() / wage)
    }
}

/// One employment under one year's rules and one municipality's tax.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Scenario {
    pub job: Employment,
    pub rates: YearRates,
    pub tax: TaxYear,
    pub local: LocalTax,
    pub employer: EmployerYear,
}

impl Scenario {
    /// The month at `paid_hours_week` (everything else as in `job`).
    pub fn at(&self, paid_hours_week: f64) -> Outcome {
        let job = Employment { paid_hours_week, ..self.job };
        let income = calculate(&job, &self.rates);
        let employed = income.wage > 0.0;
        let employer_atp = if employed { atp_employer_month(paid_hours_week) } else { 0.0 };
        let payroll_contributions = if employed { self.employer.month(paid_hours_week) } else { 0.0 };
        Outcome {
            paid_hours_week,
            income,
            net: net_month(&income, paid_hours_week, &self.tax, self.local),
            employer_cost: income.wage + income.employer_pension + employer_atp + payroll_contributions,
            payroll_contributions,
        }
    }

    /// The month on ledighedsydelse (the benefit while waiting for a
    /// fleksjob) instead: no wage, no subsidy, no employer.
    pub fn on_ledighedsydelse(&self, amount: f64) -> Outcome {
        // Taxed like the subsidy: personal income without AM-bidrag, with
        // the citizen's ATP withheld and deductible.
        let atp = if amount > 0.0 { self.rates.atp_ledighedsydelse_month.value.min(amount) } else { 0.0 };
        let taxed_as = MonthlyIncome { subsidy: amount, atp_on_subsidy: atp, ..MonthlyIncome::default() };
        Outcome {
            paid_hours_week: 0.0,
            income: MonthlyIncome { total: amount, ..MonthlyIncome::default() },
            net: net_month(&taxed_as, 0.0, &self.tax, self.local),
            employer_cost: 0.0,
            payroll_contributions: 0.0,
        }
    }

    /// From `from_hours` to `to_hours` paid hours a week.
    pub fn change(&self, from_hours: f64, to_hours: f64) -> Change {
        Change { from: self.at(from_hours), to: self.at(to_hours) }
    }

    /// One point per half hour from 0 to full time.
    pub fn curve(&self) -> Vec<Outcome> {
        let last = (self.job.fulltime_hours_week.clamp(0.0, 80.0) / CURVE_STEP_HOURS).floor() as usize;
        (0..=last).map(|i| self.at(i as f64 * CURVE_STEP_HOURS)).collect()
    }

    /// Paid hours at which all lønindtægt, other wage income included,
    /// reaches the taper threshold (from there each 100 kr more wage costs 55
    /// kr of subsidy), if before full time; 0 when other wage income alone
    /// reaches it.
    pub fn threshold_hours(&self) -> Option<f64> {
        let one_hour = self.at(1.0).income;
        let per_hour = one_hour.lonindtaegt;
        let hours = ((self.rates.taper_threshold_month.value - one_hour.other_wage) / per_hour).max(0.0);
        (per_hour > 0.0 && hours <= self.job.fulltime_hours_week).then_some(hours)
    }

    /// Paid hours from which the wage ceiling binds (more hours add nothing to
    /// the total), if before full time. Found by bisection: past that point
    /// the ceiling keeps binding, since wage + subsidy before the ceiling only
    /// grows with hours.
    pub fn ceiling_hours(&self) -> Option<f64> {
        self.first_hours_where(0.0, |o| o.income.ceiling_cut > 1e-9)
    }

    /// The fewest paid hours from `from` up to full time at which `holds`
    /// starts to hold, by bisection; for conditions that, once they hold,
    /// keep holding as hours rise. `None` if it does not hold at full time,
    /// or already holds at `from`.
    pub fn first_hours_where(&self, from: f64, holds: impl Fn(&Outcome) -> bool) -> Option<f64> {
        let at = |h: f64| holds(&self.at(h));
        let (mut lo, mut hi) = (from, self.job.fulltime_hours_week);
        if !at(hi) || at(lo) {
            return None;
        }
        for _ in 0..40 {
            let mid = (lo + hi) / 2.0;
            if at(mid) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        Some(hi)
    }
}
