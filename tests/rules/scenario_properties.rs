//! Properties of the curve and the marginal gain over random inputs.

use fleksjob_beregner::core::income::flekslontilskud::Employment;
use fleksjob_beregner::core::income::form::{CalculatorForm, Field};
use fleksjob_beregner::core::income::rates::YEARS;
use fleksjob_beregner::core::income::scenario::{EmployerYear, Scenario, CURVE_STEP_HOURS};
use fleksjob_beregner::core::income::tax::{tax_year, LocalTax};
use proptest::prelude::*;

const EPS: f64 = 1e-6;

fn any_scenario() -> impl Strategy<Value = Scenario> {
    (
        0..YEARS.len(),
        1.0..2_000.0f64,
        0.0..20.0f64,
        0.0..10.0f64,
        1.0..80.0f64,
        1.0..2_000.0f64,
        20.0..30.0f64,
        0.0..1.5f64,
        prop_oneof![Just(0.0), 0.0..30_000.0f64],
    )
        .prop_map(|(y, w, pe, pw, fh, fw, k, c, other)| Scenario {
            job: Employment {
                hourly_wage: w,
                employer_pension_pct: pe,
                employee_pension_pct: pw,
                paid_hours_week: 0.0,
                fulltime_hours_week: fh,
                fulltime_hourly_wage: fw,
                other_wage_month: other,
            },
            rates: YEARS[y],
            tax: *tax_year(YEARS[y].year),
            local: LocalTax { kommuneskat_pct: k, kirkeskat_pct: c, single_parent: false, senior: false },
            employer: *EmployerYear::for_year(YEARS[y].year),
        })
}

proptest! {
    #[test]
    fn one_point_per_half_hour_from_zero_to_full_time(s in any_scenario()) {
        let curve = s.curve();
        prop_assert_eq!(curve.len(), (s.job.fulltime_hours_week / 0.5).floor() as usize + 1);
        for (i, p) in curve.iter().enumerate() {
            prop_assert_eq!(p.paid_hours_week, i as f64 * CURVE_STEP_HOURS);
        }
    }

    #[test]
    fn gross_total_never_falls_along_the_curve(s in any_scenario()) {
        for pair in s.curve().windows(2) {
            prop_assert!(pair[1].income.total >= pair[0].income.total - EPS,
                "{} h {} -> {} h {}", pair[0].paid_hours_week, pair[0].income.total, pair[1].paid_hours_week, pair[1].income.total);
        }
    }

    #[test]
    fn marginal_gain_is_the_difference_of_two_curve_points(s in any_scenario(), i in 0usize..160) {
        let curve = s.curve();
        prop_assume!(i + 2 < curve.len());
        let (from, to) = (&curve[i], &curve[i + 2]);
        let change = s.change(from.paid_hours_week, to.paid_hours_week);
        prop_assert!((change.gross() - (to.income.total - from.income.total)).abs() < EPS);
        prop_assert!((change.net() - (to.net.net - from.net.net)).abs() < EPS);
        prop_assert!((change.employer_cost() - (to.employer_cost - from.employer_cost)).abs() < EPS);
    }

    #[test]
    fn every_figure_is_finite_and_tax_never_negative(s in any_scenario(), h in 0.0..80.0f64) {
        let o = s.at(h);
        let n = o.net;
        for v in [n.gross, n.own_pension, n.atp, n.am_bidrag, n.bundskat, n.kommuneskat, n.kirkeskat, n.tax, n.net, o.employer_cost] {
            prop_assert!(v.is_finite() && (v >= 0.0 || v == n.net), "{:?}", o);
        }
        prop_assert!(n.net <= n.gross + EPS);
    }

    /// Whatever the fragment holds, the form evaluates without panicking.
    #[test]
    fn any_form_text_evaluates(texts in prop::collection::vec("[0-9,. a-z-]{0,8}", Field::ALL.len()), kommune in "[0-9A-Za-zæøå ]{0,12}") {
        let mut form = CalculatorForm::new(2026);
        for (f, t) in Field::ALL.iter().zip(texts) {
            form.set_text(*f, t);
        }
        form.set_municipality(&kommune);
        if let Some(s) = form.scenario() {
            let _ = s.curve();
            let _ = (s.threshold_hours(), s.ceiling_hours());
            let (paid, target) = form.paid_and_target().unwrap();
            prop_assert!(s.change(paid, target).net().is_finite());
        }
    }
}
