//! Month by month: the one-month lag, a change of year, holiday, sickness
//! and bonuses, against the calculator's steady month and the law's rules;
//! the timeline's problems; and the document's appendix against the figures.

use fleksjob_beregner::core::agreement::timeline::{period, problems, scenario_for_year, timeline, MonthFigures, Note};
use fleksjob_beregner::core::agreement::{Agreement, EventKind, FieldPath, Month, MonthEvent, ProblemKind};
use fleksjob_beregner::core::document::{document, timeline_section, Block, APPENDIX_TABLE};
use fleksjob_beregner::core::income::form::{Basis, Field};
use fleksjob_beregner::i18n::Lang;
use proptest::prelude::*;

use crate::common::{aarhus_basis, d, hours};

fn m(year: i32, month: u32) -> Month {
    Month { year, month }
}

/// Today 12 paid hours; 15 from 1 March, 18 from 1 May (the case).
fn twelve_fifteen_eighteen(year: i32) -> Agreement {
    let mut a = Agreement::new(d(year - 1, 1, 5));
    a.today.hours = hours(12.0, 12.0, 12.0);
    for (start, paid) in [(d(year, 3, 1), 15.0), (d(year, 5, 1), 18.0)] {
        a.add_step();
        let step = a.steps.last_mut().expect("added");
        step.start = start;
        step.hours = hours(paid, paid, paid);
    }
    a
}

fn month_of(months: &[MonthFigures], month: Month) -> &MonthFigures {
    months.iter().find(|f| f.month == month).unwrap_or_else(|| panic!("no month {month:?}"))
}

/// STAR's example: 200 kr./h, 18 paid hours, full time 37, no pension.
fn star_basis(year: u16) -> Basis {
    let mut b = Basis::new(year);
    for (field, value) in [(Field::HourlyWage, 200.0), (Field::PaidHours, 18.0), (Field::FulltimeHours, 37.0)] {
        b.set_value(field, Some(value));
    }
    b
}

/// 18 hours throughout 2024, a step on 1 January 2024 so that the months
/// span the year; `events` added.
fn steady_18_2024(events: &[(u32, EventKind, f64)]) -> Agreement {
    let mut a = Agreement::new(d(2023, 1, 2));
    a.today.hours = hours(18.0, 18.0, 18.0);
    a.add_step();
    a.steps[0].start = d(2024, 1, 1);
    a.steps[0].hours = hours(18.0, 18.0, 18.0);
    a.add_step();
    a.steps[1].start = d(2024, 9, 2);
    a.steps[1].hours = hours(18.0, 18.0, 18.0);
    a.events = events.iter().map(|&(month, kind, amount)| MonthEvent { month: m(2024, month), kind, amount }).collect();
    a
}

#[test]
fn the_period_runs_from_the_month_before_the_first_step_to_three_after_the_last() {
    let a = twelve_fifteen_eighteen(2026);
    assert_eq!(period(&a), Some((m(2026, 2), m(2026, 8))));
    assert_eq!(period(&Agreement::new(d(2026, 1, 1))), None);
    // Not before the fleksjob's first month.
    let mut b = a.clone();
    b.fleksjob_start = d(2026, 3, 1);
    assert_eq!(period(&b), Some((m(2026, 3), m(2026, 8))));
}

#[test]
fn two_months_after_a_change_a_month_equals_the_calculator() {
    let basis = aarhus_basis(2026, 18.0);
    let (s, year) = scenario_for_year(&basis, 2026).expect("valid basis");
    assert_eq!(year, 2026);
    let months = timeline(&twelve_fifteen_eighteen(2026), &basis);
    for (month, paid) in [(m(2026, 2), 12.0), (m(2026, 4), 15.0), (m(2026, 6), 18.0), (m(2026, 8), 18.0)] {
        let f = month_of(&months, month);
        let o = s.at(paid);
        assert_eq!(f.paid_hours, paid);
        assert_eq!(f.wage, o.income.wage, "{month:?}");
        assert_eq!(f.subsidy, o.income.subsidy, "{month:?}");
        assert_eq!(f.total, o.income.total, "{month:?}");
        assert_eq!(f.net, o.net.net, "{month:?}");
        assert_eq!(f.employer_cost, o.employer_cost, "{month:?}");
    }
}

#[test]
fn the_first_month_of_a_step_has_the_new_wage_and_the_old_wages_subsidy() {
    let basis = aarhus_basis(2026, 18.0);
    let (s, _) = scenario_for_year(&basis, 2026).expect("valid basis");
    let months = timeline(&twelve_fifteen_eighteen(2026), &basis);
    for (month, new, old) in [(m(2026, 3), 15.0, 12.0), (m(2026, 5), 18.0, 15.0)] {
        let f = month_of(&months, month);
        assert_eq!(f.wage, s.at(new).income.wage);
        assert_eq!(f.subsidy, s.at(old).income.subsidy);
        assert_eq!(f.subsidy_basis, s.at(old).income.lonindtaegt);
        assert!(f.notes.contains(&Note::NewHours { hours: new, previous: month.prev(), old }), "{:?}", f.notes);
        // The month after, the subsidy has caught up.
        let next = month_of(&months, month.next());
        assert_eq!(next.subsidy, s.at(new).income.subsidy);
        assert!(next.notes.contains(&Note::CaughtUp { previous: month, hours: new }), "{:?}", next.notes);
    }
    // More hours lower the subsidy a month late: the lag month pays more in all.
    let lag = month_of(&months, m(2026, 3));
    assert!(lag.total > s.at(15.0).income.total);
}

#[test]
fn january_switches_to_the_new_years_rates() {
    let mut a = twelve_fifteen_eighteen(2026);
    a.steps[1].start = d(2026, 11, 2);
    let basis = aarhus_basis(2026, 18.0);
    let months = timeline(&a, &basis);
    let (s26, _) = scenario_for_year(&basis, 2026).expect("2026");
    let (s27, y27) = scenario_for_year(&basis, 2027).expect("2027");
    assert_eq!(y27, 2027);
    assert_ne!(s26.rates.max_subsidy_month.value, s27.rates.max_subsidy_month.value);
    let dec = month_of(&months, m(2026, 12));
    let jan = month_of(&months, m(2027, 1));
    assert_eq!(dec.subsidy, s26.at(18.0).income.subsidy);
    assert_eq!(dec.rates_year, 2026);
    // January: 2027's rates on December's wage (the same 18 hours).
    assert_eq!(jan.rates_year, 2027);
    assert_eq!(jan.subsidy, s27.at(18.0).income.subsidy);
    assert_eq!(jan.net, s27.at(18.0).net.net);
    assert!(jan.notes.contains(&Note::NewRates { year: 2027 }));
    // A year without rates uses the nearest, and says so.
    let (_, used) = scenario_for_year(&basis, 2031).expect("nearest year");
    assert_eq!(used, 2027);
}

#[test]
fn overrides_belong_to_the_basis_year_only() {
    let mut basis = aarhus_basis(2026, 18.0);
    basis.set_value(Field::MaxSubsidy, Some(20_000.0));
    let (s26, _) = scenario_for_year(&basis, 2026).expect("2026");
    let (s27, _) = scenario_for_year(&basis, 2027).expect("2027");
    assert_eq!(s26.rates.max_subsidy_month.value, 20_000.0);
    let published = fleksjob_beregner::core::income::rates::for_year(2027).expect("2027 rates");
    assert_eq!(s27.rates.max_subsidy_month, published.max_subsidy_month);
}

#[test]
fn stars_example_month_by_month() {
    // STAR: 18 hours at 200 kr. in 2024: wage 15.600, subsidy 15.272.
    let months = timeline(&steady_18_2024(&[]), &star_basis(2024));
    let june = month_of(&months, m(2024, 6));
    assert_eq!(june.wage.round(), 15_600.0);
    assert_eq!(june.subsidy.round(), 15_272.0);
    assert_eq!(june.total.round(), 30_872.0);
}

#[test]
fn sick_pay_and_the_subsidy_together_are_98_percent_of_the_highest_dagpenge() {
    // A whole month sick without wage (LAB § 124, stk. 3): the sick pay,
    // deducted in full from the next month's subsidy, and that subsidy
    // together equal 98 % of the highest dagpenge: 19.952 kr. in 2024.
    let a = steady_18_2024(&[(5, EventKind::SickWithoutWage, 23.0)]);
    let months = timeline(&a, &star_basis(2024));
    let may = month_of(&months, m(2024, 5));
    let june = month_of(&months, m(2024, 6));
    assert_eq!(may.wage, 0.0);
    assert_eq!(may.sick_pay.round(), 15_600.0);
    assert_eq!(may.subsidy.round(), 15_272.0, "May's subsidy rests on April's wage");
    assert_eq!((may.sick_pay + june.subsidy).round(), 19_952.0);
    assert!(june.notes.contains(&Note::SickPayDeducted { previous: m(2024, 5), amount: may.sick_pay }));
    // Sick with wage: nothing changes.
    let with_wage = timeline(&steady_18_2024(&[(5, EventKind::SickWithWage, 23.0)]), &star_basis(2024));
    assert_eq!(month_of(&with_wage, m(2024, 6)).subsidy.round(), 15_272.0);
    assert_eq!(month_of(&with_wage, m(2024, 5)).total.round(), 30_872.0);
}

#[test]
fn holiday_with_pay_changes_nothing_and_holiday_pay_replaces_the_wage() {
    let plain = timeline(&steady_18_2024(&[]), &star_basis(2024));
    let with_pay = timeline(&steady_18_2024(&[(7, EventKind::HolidayWithPay, 15.0)]), &star_basis(2024));
    for (p, w) in plain.iter().zip(&with_pay) {
        assert_eq!((p.total, p.net, p.employer_cost), (w.total, w.net, w.employer_cost));
    }
    // Three weeks on feriepenge: the employer pays 15 days less wage, the
    // feriepenge count as wage income, so the subsidy goes on as before.
    let a = steady_18_2024(&[(7, EventKind::HolidayWithHolidayPay, 15.0)]);
    let months = timeline(&a, &star_basis(2024));
    let july = month_of(&months, m(2024, 7));
    let day = 15_600.0 / (5.0 * 52.0 / 12.0);
    assert!((july.wage - (15_600.0 - 15.0 * day)).abs() < 1e-6);
    assert!((july.holiday_pay - 15.0 * day).abs() < 1e-6);
    assert!((july.lonindtaegt - 15_600.0).abs() < 1e-6);
    assert!((month_of(&months, m(2024, 8)).subsidy - 15_272.0).abs() < 1.0);
    assert!(july.employer_cost < month_of(&plain, m(2024, 7)).employer_cost - 10_000.0);
}

#[test]
fn a_bonus_lowers_the_next_months_subsidy_at_the_marginal_rate() {
    // 15.600 + 2.000 crosses the 2024 taper threshold of 16.323 kr.:
    // 723 kr. at 30 %, 1.277 kr. at 55 %.
    let a = steady_18_2024(&[(3, EventKind::Bonus, 2_000.0)]);
    let months = timeline(&a, &star_basis(2024));
    let (march, april) = (month_of(&months, m(2024, 3)), month_of(&months, m(2024, 4)));
    assert_eq!(march.bonus, 2_000.0);
    assert!((march.subsidy - 15_272.0).abs() < 1e-6);
    let cut = 0.30 * 723.0 + 0.55 * 1_277.0;
    assert!((april.subsidy - (15_272.0 - cut)).abs() < 1e-6, "{}", april.subsidy);
    assert!((month_of(&months, m(2024, 5)).subsidy - 15_272.0).abs() < 1e-6);
    assert!(april.notes.contains(&Note::BonusCounted { previous: m(2024, 3), amount: 2_000.0 }));
}

#[test]
fn a_step_in_mid_month_averages_the_hours_over_its_weekdays() {
    let mut a = twelve_fifteen_eighteen(2026);
    // Monday 16 March 2026: 10 of March's 22 weekdays at 12, 12 at 15.
    a.steps[0].start = d(2026, 3, 16);
    let months = timeline(&a, &aarhus_basis(2026, 18.0));
    let march = month_of(&months, m(2026, 3));
    assert_eq!(m(2026, 3).weekdays(), 22);
    assert_eq!(march.paid_hours, (10.0 * 12.0 + 12.0 * 15.0) / 22.0);
    assert!(march.notes.contains(&Note::SplitMonth { day: d(2026, 3, 16), old: 12.0, hours: 15.0 }));
}

#[test]
fn the_fleksjobs_first_month_rests_on_its_own_wage() {
    let mut a = twelve_fifteen_eighteen(2026);
    a.fleksjob_start = d(2026, 2, 2);
    let basis = aarhus_basis(2026, 18.0);
    let months = timeline(&a, &basis);
    let feb = month_of(&months, m(2026, 2));
    assert!(feb.notes.contains(&Note::FirstMonth));
    assert_eq!(feb.subsidy_basis, feb.lonindtaegt);
    // 1 February 2026 is a Sunday: the whole month is in the job.
    let (s, _) = scenario_for_year(&basis, 2026).expect("valid");
    assert_eq!(feb.subsidy, s.at(12.0).income.subsidy);
}

#[test]
fn problems_name_the_field_they_are_about() {
    let mut a = twelve_fifteen_eighteen(2026);
    assert_eq!(problems(&a), vec![]);
    a.steps[0].duration_weeks = 10; // 1 March + 10 weeks = 10 May, after step 2's start
    a.steps[1].start = d(2026, 5, 1);
    a.fleksjob_start = d(2026, 3, 2);
    a.events = vec![
        MonthEvent { month: m(2026, 6), kind: EventKind::HolidayWithPay, amount: 15.0 },
        MonthEvent { month: m(2026, 6), kind: EventKind::SickWithoutWage, amount: 8.0 },
        MonthEvent { month: m(2026, 6), kind: EventKind::Bonus, amount: 50_000.0 },
        MonthEvent { month: m(2027, 1), kind: EventKind::Bonus, amount: 100.0 },
    ];
    let found: Vec<(FieldPath, ProblemKind)> = problems(&a).into_iter().map(|p| (p.field, p.kind)).collect();
    assert_eq!(
        found,
        vec![
            (FieldPath::step(0).start(), ProblemKind::BeforeFleksjob { start: d(2026, 3, 2) }),
            (FieldPath::step(1).start(), ProblemKind::Overlaps { step: 1, end: d(2026, 5, 10) }),
            (FieldPath::event(0).amount(), ProblemKind::MoreDaysThanMonth { weekdays: 22 }),
            (FieldPath::event(1).amount(), ProblemKind::MoreDaysThanMonth { weekdays: 22 }),
            (FieldPath::event(3).month(), ProblemKind::OutsidePeriod { first: m(2026, 3), last: m(2026, 8) }),
        ]
    );
    // Still whole: the agreement saves, and the months are computed.
    assert!(a.problems().is_empty());
    assert!(!timeline(&a, &aarhus_basis(2026, 18.0)).is_empty());
}

#[test]
fn the_appendix_shows_the_timelines_figures_and_notes() {
    let a = twelve_fifteen_eighteen(2026);
    let basis = aarhus_basis(2026, 18.0);
    let months = timeline(&a, &basis);
    let doc = document(&a, Some(&basis), &Lang::Da);
    let table = doc.table(APPENDIX_TABLE).expect("appendix table");
    assert_eq!(table.rows.len(), months.len());
    assert_eq!(table.row_ids[1], "2026-03");
    let march = &table.rows[1];
    let kr = |v: f64| fleksjob_beregner::i18n::kroner(v, Lang::Da);
    assert_eq!(march[0], "marts 2026");
    assert_eq!(march[1], "15");
    assert_eq!(march[3], kr(months[1].subsidy));
    assert_eq!(march[5], kr(months[1].net));
    let text = doc.to_text(&Lang::Da);
    assert!(
        text.contains("Løn for 15 timer; tilskuddet er stadig beregnet af lønnen i februar for 12 timer."),
        "{text}"
    );
    // The screen's section is the same, under its own table key.
    let screen = timeline_section(&a, &basis, "timeline", &Lang::Da).expect("section");
    let html = screen.blocks_html(.., &Lang::Da);
    assert!(html.contains("data-testid=\"timeline\""));
    assert!(html.contains(&format!("data-testid=\"timeline-2026-03-subsidy\">{}</td>", kr(months[1].subsidy))));
    assert!(screen.blocks.iter().any(|b| matches!(b, Block::Note(_))));
}

fn any_agreement() -> impl Strategy<Value = Agreement> {
    let step = (0u32..1_200, 0u32..=8_000, 1u16..=30);
    let event = (0u32..40, 0..5usize, 0u32..=3_000_000);
    (prop::collection::vec(step, 0..5), prop::collection::vec(event, 0..6), 0u32..=8_000, 0u32..900).prop_map(
        |(steps, events, today, start)| {
            let base = d(2025, 1, 1);
            let day = |n: u32| base.checked_add_days(chrono::Days::new(u64::from(n))).expect("in range");
            let mut a = Agreement::new(day(start));
            a.today.hours.paid = f64::from(today) / 100.0;
            for (offset, paid, weeks) in steps {
                a.add_step();
                let s = a.steps.last_mut().expect("added");
                s.start = day(offset);
                s.hours.paid = f64::from(paid) / 100.0;
                s.duration_weeks = weeks;
            }
            let first = Month::of(base);
            a.events = events
                .into_iter()
                .map(|(month, kind, amount)| MonthEvent {
                    month: first.plus(month),
                    kind: EventKind::ALL[kind],
                    amount: f64::from(amount) / 100.0,
                })
                .collect();
            a
        },
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn no_panic_no_negative_subsidy_and_a_steady_month_within_the_ceiling(
        a in any_agreement(), wage in 100u32..400, fulltime in 20u32..40, pension in 0u32..15, year in 2024u16..=2027,
    ) {
        let mut basis = aarhus_basis(year, 18.0);
        basis.set_value(Field::HourlyWage, Some(f64::from(wage)));
        basis.set_value(Field::FulltimeHours, Some(f64::from(fulltime)));
        basis.set_value(Field::PensionEmployer, Some(f64::from(pension)));
        let months = timeline(&a, &basis);
        // Months are shown for any steps, unless every step lies months
        // before the fleksjob, which is then the problem reported.
        let before_start = problems(&a).iter().any(|p| matches!(p.kind, ProblemKind::BeforeFleksjob { .. }));
        prop_assert!(months.is_empty() == a.steps.is_empty() || (months.is_empty() && before_start));
        for pair in months.windows(2) {
            let (before, f) = (&pair[0], &pair[1]);
            for v in [f.wage, f.subsidy, f.total, f.net, f.employer_cost, f.tax, f.lonindtaegt, f.sick_pay] {
                prop_assert!(v.is_finite());
            }
            prop_assert!(f.subsidy >= 0.0 && f.wage >= 0.0 && f.sick_pay >= 0.0);
            let steady = before.paid_hours == f.paid_hours && before.lonindtaegt == f.lonindtaegt
                && f.notes.iter().all(|n| !matches!(n, Note::Event(_) | Note::FirstMonth | Note::SickPayDeducted { .. }));
            if steady {
                let (s, _) = scenario_for_year(&basis, u16::try_from(f.month.year).unwrap_or(year)).expect("valid");
                let lonloft = s.at(f.paid_hours).income.lonloft;
                prop_assert!(f.total <= lonloft.max(f.lonindtaegt) + 1e-6, "{} > {}", f.total, lonloft);
            }
        }
    }
}

#[test]
fn in_english_the_months_and_notes_are_english() {
    let a = twelve_fifteen_eighteen(2026);
    let basis = aarhus_basis(2026, 18.0);
    let doc = document(&a, Some(&basis), &Lang::En);
    let section = doc.section("timeline").expect("appendix");
    assert_eq!(section.heading, "Appendix: month by month");
    let text = doc.to_text(&Lang::En);
    assert!(text.contains("- March 2026: Paid hours per week: 15;"), "{text}");
    assert!(
        text.contains("Wage for 15 hours; the subsidy is still computed from February's wage for 12 hours."),
        "{text}"
    );
    assert!(!text.contains("marts"), "no Danish month names");
}

/// Other wage income month by month: each month carries it whole (a
/// fleksjob month without wage does not scale it), it reduces the next
/// month's subsidy, and a steady month equals the calculator to the øre.
#[test]
fn other_wage_income_month_by_month() {
    let mut basis = aarhus_basis(2026, 18.0);
    basis.set_value(Field::OtherWage, Some(3_000.0));
    let (s, _) = scenario_for_year(&basis, 2026).expect("valid basis");
    let months = timeline(&twelve_fifteen_eighteen(2026), &basis);
    for (month, paid) in [(m(2026, 2), 12.0), (m(2026, 4), 15.0), (m(2026, 8), 18.0)] {
        let f = month_of(&months, month);
        let o = s.at(paid);
        assert_eq!(f.other_wage, 3_000.0);
        assert_eq!(f.subsidy, o.income.subsidy, "{month:?}");
        assert_eq!(f.total, o.income.total, "{month:?}");
        assert_eq!(f.net, o.net.net, "{month:?}");
        assert_eq!(f.pay_before_subsidy(), o.income.wage + 3_000.0, "{month:?}");
    }
    let lag = month_of(&months, m(2026, 3));
    assert_eq!(lag.subsidy_basis, s.at(12.0).income.lonindtaegt + 3_000.0);
    assert_eq!(lag.subsidy, s.at(12.0).income.subsidy);
    // A month sick without wage keeps the other wage whole.
    let mut sick = star_basis(2024);
    sick.set_value(Field::OtherWage, Some(2_000.0));
    let months = timeline(&steady_18_2024(&[(5, EventKind::SickWithoutWage, 23.0)]), &sick);
    let (may, june) = (month_of(&months, m(2024, 5)), month_of(&months, m(2024, 6)));
    assert_eq!((may.wage, may.other_wage), (0.0, 2_000.0));
    // June's subsidy: 98 % of the highest dagpenge less 30 % of May's other
    // wage and May's sick pay in full.
    assert_eq!((may.sick_pay + june.subsidy).round(), (19_952.0_f64 - 0.30 * 2_000.0).round());
}
