//! Properties of the income rules over random inputs.

use fleksjob_beregner::core::income::flekslontilskud::{calculate, Employment, MonthlyIncome};
use fleksjob_beregner::core::income::rates::{Figure, Status, YearRates, YEARS};
use proptest::prelude::*;

/// Rounding noise allowance for sums of a few thousand kroner.
const EPS: f64 = 1e-6;

fn figure(value: f64) -> Figure {
    Figure { value, status: Status::Overridden, source: Default::default() }
}

fn any_rates() -> impl Strategy<Value = YearRates> {
    prop_oneof![
        (0..YEARS.len()).prop_map(|i| YEARS[i]),
        (0.0..100_000.0f64, 0.0..100_000.0f64).prop_map(|(b, t)| YearRates {
            max_subsidy_month: figure(b),
            taper_threshold_month: figure(t),
            ..YEARS[0]
        }),
    ]
}

fn any_job() -> impl Strategy<Value = Employment> {
    (
        (0.01..2_000.0f64, 0.0..30.0f64, 0.0..30.0f64, 0.0..80.0f64, 0.01..80.0f64, 0.01..2_000.0f64),
        prop_oneof![Just(0.0), 0.0..100_000.0f64],
    )
        .prop_map(|((w, pe, pw, h, fh, fw), other)| Employment {
            hourly_wage: w,
            employer_pension_pct: pe,
            employee_pension_pct: pw,
            paid_hours_week: h,
            fulltime_hours_week: fh,
            fulltime_hourly_wage: fw,
            other_wage_month: other,
        })
}

fn figures(m: &MonthlyIncome) -> [f64; 13] {
    [
        m.wage,
        m.employer_pension,
        m.employee_pension,
        m.lonindtaegt,
        m.lonloft,
        m.max_subsidy,
        m.reduction_below_threshold,
        m.reduction_above_threshold,
        m.subsidy_before_ceiling,
        m.ceiling_cut,
        m.subsidy,
        m.atp_on_subsidy,
        m.total,
    ]
}

fn all_finite(m: &MonthlyIncome) -> bool {
    figures(m).iter().all(|x| x.is_finite())
}

proptest! {
    #[test]
    fn subsidy_between_zero_and_the_maximum(job in any_job(), rates in any_rates()) {
        let m = calculate(&job, &rates);
        prop_assert!(m.subsidy >= 0.0);
        prop_assert!(m.subsidy <= rates.max_subsidy_month.value + EPS);
        prop_assert!(m.atp_on_subsidy >= 0.0 && m.atp_on_subsidy <= 500.0);
        prop_assert!(m.atp_on_subsidy <= m.subsidy);
    }

    #[test]
    fn wage_plus_subsidy_within_the_lonloft(job in any_job(), rates in any_rates()) {
        let m = calculate(&job, &rates);
        if m.subsidy > 0.0 {
            prop_assert!(m.lonindtaegt + m.subsidy <= m.lonloft + EPS, "{:?}", m);
        }
    }

    /// Once there is a wage, more paid hours never raise the subsidy and never
    /// lower the total. (From 0 hours the subsidy can rise: no wage, no subsidy.)
    #[test]
    fn more_hours_never_raise_subsidy_nor_lower_total(
        job in any_job(), rates in any_rates(), h1 in 0.0..80.0f64, h2 in 0.0..80.0f64,
    ) {
        let (lo, hi) = if h1 <= h2 { (h1, h2) } else { (h2, h1) };
        let at = |h| calculate(&Employment { paid_hours_week: h, ..job }, &rates);
        let (a, b) = (at(lo), at(hi));
        prop_assert!(b.total >= a.total - EPS, "total fell: {} h {} -> {} h {}", lo, a.total, hi, b.total);
        if lo > 0.0 {
            prop_assert!(b.subsidy <= a.subsidy + EPS, "subsidy rose: {} h {} -> {} h {}", lo, a.subsidy, hi, b.subsidy);
        }
    }

    /// No input, however wrong, makes the engine panic or produce NaN or infinity.
    #[test]
    fn no_panic_and_finite_on_any_input(
        w in any::<f64>(), pe in any::<f64>(), pw in any::<f64>(), h in any::<f64>(),
        fh in any::<f64>(), fw in any::<f64>(), b in any::<f64>(), t in any::<f64>(), o in any::<f64>(),
    ) {
        let job = Employment {
            hourly_wage: w, employer_pension_pct: pe, employee_pension_pct: pw,
            paid_hours_week: h, fulltime_hours_week: fh, fulltime_hourly_wage: fw, other_wage_month: o,
        };
        let rates = YearRates { max_subsidy_month: figure(b), taper_threshold_month: figure(t), ..YEARS[0] };
        let m = calculate(&job, &rates);
        prop_assert!(all_finite(&m), "{:?}", m);
        prop_assert!(m.subsidy >= 0.0);
    }

    /// With validated inputs every figure is finite.
    #[test]
    fn validated_inputs_give_finite_figures(job in any_job(), rates in any_rates()) {
        prop_assert!(all_finite(&calculate(&job, &rates)));
    }
}
