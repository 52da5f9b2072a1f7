//! The net-income estimate, worked by hand, and the gain of one more hour on
//! each side of the taper threshold and of the wage ceiling.

use fleksjob_beregner::core::income::flekslontilskud::Employment;
use fleksjob_beregner::core::income::municipalities;
use fleksjob_beregner::core::income::rates;
use fleksjob_beregner::core::income::scenario::{EmployerYear, Scenario};
use fleksjob_beregner::core::income::tax::{
    atp_employee_month, atp_employer_month, beskaeftigelsesfradrag, jobfradrag, tax_year, LocalTax,
};

const EPS: f64 = 1e-6;

fn close(actual: f64, expected: f64, what: &str) {
    assert!((actual - expected).abs() < EPS, "{what}: got {actual}, expected {expected}");
}

fn scenario(year: u16, hourly: f64, paid: f64, kommune: f64, kirke: f64) -> Scenario {
    Scenario {
        job: Employment {
            hourly_wage: hourly,
            employer_pension_pct: 0.0,
            employee_pension_pct: 0.0,
            paid_hours_week: paid,
            fulltime_hours_week: 37.0,
            fulltime_hourly_wage: hourly,
            other_wage_month: 0.0,
        },
        rates: *rates::for_year(year).unwrap(),
        tax: *tax_year(year),
        local: LocalTax { kommuneskat_pct: kommune, kirkeskat_pct: kirke, single_parent: false, senior: false },
        employer: *EmployerYear::for_year(year),
    }
}

#[test]
fn atp_steps_by_monthly_hours() {
    // 18 h/week × 52/12 = 78 h/month -> 66 kr; 8.9 h -> 38.6 h/month -> 0
    assert_eq!(atp_employee_month(18.0), 66.0);
    assert_eq!(atp_employee_month(8.9), 0.0);
    assert_eq!(atp_employee_month(9.0), 33.0); // 39 h/month
    assert_eq!(atp_employee_month(27.0), 99.0); // 117 h/month
    assert_eq!(atp_employee_month(26.9), 66.0);
    assert_eq!(atp_employer_month(18.0), 132.0);
}

#[test]
fn fradrag_rates_and_caps_2026() {
    let t = tax_year(2026);
    // 12.75 % × 186,408 = 23,767.02
    close(beskaeftigelsesfradrag(186_408.0, t), 0.1275 * 186_408.0, "beskæftigelsesfradrag");
    // capped at 63,300
    close(beskaeftigelsesfradrag(600_000.0, t), 63_300.0, "beskæftigelsesfradrag cap");
    // 4.5 % × (300,000 − 235,200) = 2,916
    close(jobfradrag(300_000.0, t), 2_916.0, "jobfradrag");
    close(jobfradrag(400_000.0, t), 3_100.0, "jobfradrag cap");
    close(jobfradrag(200_000.0, t), 0.0, "jobfradrag under threshold");
}

/// 2026, 200 kr/h × 18 h, København 23.39 %, not a church member.
#[test]
fn net_month_2026_200_kr_18_hours_copenhagen() {
    let o = scenario(2026, 200.0, 18.0, 23.39, 0.0).at(18.0);
    // wage 15,600; subsidy cut by the ceiling to 32,066.67 − 15,600 = 16,466.67
    let wage = 15_600.0;
    let subsidy = 200.0 * 37.0 * 52.0 / 12.0 - wage;
    close(o.income.subsidy, subsidy, "subsidy");
    // ATP: 66 on the wage (78 h/month), 500 on the subsidy (5 % = 823 > 500)
    close(o.net.atp, 566.0, "ATP");
    // AM-bidrag: 8 % × (15,600 − 66) = 1,242.72
    close(o.net.am_bidrag, 0.08 * 15_534.0, "AM-bidrag");
    // per year: work income 186,408; personal income
    //   186,408 − 14,912.64 + 12 × (16,466.67 − 500) = 363,095.36
    let work = 12.0 * 15_534.0;
    let personal = work - 12.0 * 0.08 * 15_534.0 + 12.0 * (subsidy - 500.0);
    // bundskat 12.01 % × (personal − 54,100), per month
    close(o.net.bundskat, 0.1201 * (personal - 54_100.0) / 12.0, "bundskat");
    // fradrag base (LL § 9 J): wage + employer's pension 0 + the ATP the
    // employer reports (66 + 132) after the 66 withheld: 12 × (15,600 + 132)
    // = 188,784. taxable = personal − 12.75 % × 188,784 (no jobfradrag under 235,200)
    let fradrag_base = 12.0 * (15_600.0 + 132.0);
    let taxable = personal - 0.1275 * fradrag_base;
    close(o.net.kommuneskat, 0.2339 * (taxable - 54_100.0) / 12.0, "kommuneskat");
    close(o.net.kirkeskat, 0.0, "no church tax");
    close(o.net.mellemskat + o.net.topskat, 0.0, "far below mellem- and topskat");
    let tax = 0.08 * 15_534.0 + 0.1201 * (personal - 54_100.0) / 12.0 + 0.2339 * (taxable - 54_100.0) / 12.0;
    close(o.net.tax, tax, "tax");
    // net = 15,600 + 16,466.67 − 566 − tax ≈ 21,611.75
    close(o.net.net, wage + subsidy - 566.0 - tax, "net");
    assert_eq!(o.net.net.round(), 21_612.0);
    // employer: wage 15,600 + pension 0 + ATP 2 × 66, plus the payroll
    // contributions of Samlet Betaling (AUB 3,590 + Barsel.dk 1,350 + FIB 493
    // + AES 371 a year per full-time employee), 2/3 of them at 78 hours a month.
    let payroll = (3_590.0 + 1_350.0 + 493.0 + 371.0) / 12.0 * 2.0 / 3.0;
    close(o.payroll_contributions, payroll, "payroll contributions");
    close(o.employer_cost, 15_732.0 + payroll, "employer cost");
}

#[test]
fn church_tax_and_own_pension() {
    // 2025, 150 kr/h × 10 h, 4 % own pension, kirkeskat 0.8 %
    let mut s = scenario(2025, 150.0, 10.0, 25.0, 0.8);
    s.job.employee_pension_pct = 4.0;
    let o = s.at(10.0);
    // wage 6,500; own pension 260; 43.3 h/month -> ATP 33
    close(o.income.wage, 6_500.0, "wage");
    close(o.net.own_pension, 260.0, "own pension");
    // AM-bidrag 8 % × (6,500 − 260 − 33) = 496.56
    close(o.net.am_bidrag, 0.08 * 6_207.0, "AM on wage after pension and ATP");
    let work = 12.0 * 6_207.0;
    // subsidy: 20,670 − 30 % × 6,500 = 18,720, but 6,500 + 18,720 exceeds the
    // lønloft 150 × 37 × 52/12 = 24,050: cut to 17,550; ATP 5 % = 877.50 -> 500
    close(o.income.subsidy, 24_050.0 - 6_500.0, "subsidy");
    let personal = work - 0.08 * work + 12.0 * (17_550.0 - 500.0);
    // fradrag base: the wage as paid (6,207) + own pension 260 + ATP reported
    // (33 + 66) = 12 × 6,566 (= wage + employer's ATP share).
    let taxable = personal - 0.123 * 12.0 * 6_566.0;
    close(o.net.kirkeskat, 0.008 * (taxable - 51_600.0) / 12.0, "kirkeskat");
    close(o.net.net, 6_500.0 + 17_550.0 - 260.0 - 533.0 - o.net.tax, "net");
}

/// 200 kr/h in 2024: the threshold at 16,323 / 866.67 = 18.83 hours, the
/// ceiling from (32,066.67 − 19,952 − 0.25 × 16,323) / 0.45 / 866.67 = 20.60 h.
#[test]
fn threshold_and_ceiling_hours() {
    let s = scenario(2024, 200.0, 10.0, 25.0, 0.0);
    let per_hour = 200.0 * 52.0 / 12.0;
    close(s.threshold_hours().unwrap(), 16_323.0 / per_hour, "threshold");
    let ceiling = (200.0 * 37.0 * 52.0 / 12.0 - 19_952.0 - 0.25 * 16_323.0) / 0.45 / per_hour;
    assert!((s.ceiling_hours().unwrap() - ceiling).abs() < 1e-6, "{:?} vs {ceiling}", s.ceiling_hours());
}

/// One more hour at 200 kr/h (2024), each side of the threshold and ceiling.
#[test]
fn gain_of_one_more_hour_in_each_zone() {
    let s = scenario(2024, 200.0, 10.0, 25.0, 0.0);
    let per_hour = 200.0 * 52.0 / 12.0; // 866.67 kr a month per weekly hour
                                        // Below the threshold (10 -> 11): subsidy −30 %, total +70 % = 606.67
    let below = s.change(10.0, 11.0);
    close(below.wage(), per_hour, "wage below");
    close(below.subsidy(), -0.30 * per_hour, "subsidy below");
    close(below.gross(), 0.70 * per_hour, "gross below");
    // Between threshold and ceiling (19 -> 20): subsidy −55 %, total +390
    let between = s.change(19.0, 20.0);
    close(between.subsidy(), -0.55 * per_hour, "subsidy between");
    close(between.gross(), 0.45 * per_hour, "gross between");
    // Past the ceiling (22 -> 23): the subsidy falls krone for krone, total flat
    let above = s.change(22.0, 23.0);
    close(above.subsidy(), -per_hour, "subsidy above");
    close(above.gross(), 0.0, "gross above");
    // ... and the net falls: the wage carries AM-bidrag, the subsidy does not.
    assert!(above.net() < 0.0, "net at the ceiling: {}", above.net());
    // Of 100 kr more wage below the threshold the citizen keeps less than 70 kr.
    let keep = below.keep_per_100().unwrap();
    assert!(keep > 0.0 && keep < 70.0, "{keep}");
    // Employer: 866.67 more wage, and the ATP step from 33 to 66 at 9 h is behind us
    close(below.employer_cost(), per_hour, "employer cost below");
}

#[test]
fn municipalities_by_name_or_number() {
    assert_eq!(municipalities::MUNICIPALITIES.len(), 98);
    assert_eq!(municipalities::find("101").unwrap().name, "København");
    assert_eq!(municipalities::find("København").unwrap().number, 101);
    assert_eq!(municipalities::find("Københavns Kommune").unwrap().number, 101);
    assert_eq!(municipalities::find("aarhus").unwrap().number, 751);
    assert!(municipalities::find("Atlantis").is_none());
    assert!(municipalities::find("999").is_none());
    // Every municipality has a 2025 rate, numbers are unique.
    let mut numbers: Vec<u16> = municipalities::MUNICIPALITIES.iter().map(|m| m.number).collect();
    numbers.sort();
    numbers.dedup();
    assert_eq!(numbers.len(), 98);
    for m in municipalities::MUNICIPALITIES {
        let (kommune, kirke) = m.rates_for(2025);
        let kommune = kommune.unwrap();
        assert!((22.0..28.0).contains(&kommune.value), "{} {}", m.name, kommune.value);
        assert!(kirke.is_some(), "{}", m.name);
    }
}

#[test]
fn missing_years_fall_back_marked_as_derived() {
    use fleksjob_beregner::core::income::rates::Status;
    let kbh = municipalities::find("101").unwrap();
    let (k26, _) = kbh.rates_for(2026);
    assert_eq!(k26.unwrap().value, 23.39);
    assert_eq!(k26.unwrap().status, Status::Published);
    // 2024 is not in the table for København: the 2025 rate, marked derived.
    let (k24, c24) = kbh.rates_for(2024);
    assert_eq!(k24.unwrap().value, 23.50);
    assert_eq!(k24.unwrap().status, Status::Derived);
    assert!(k24.unwrap().source.da.starts_with("2025") && k24.unwrap().source.en.contains("2025"));
    assert_eq!(c24.unwrap().status, Status::Derived);
    // Frederiksberg has its own 2024 figure.
    let (f24, _) = municipalities::find("Frederiksberg").unwrap().rates_for(2024);
    assert_eq!(f24.unwrap().status, Status::Published);
}

/// Ledighedsydelse 2025 at 89 % of 21,092 = 18,772 a month, kommuneskat 25 %:
/// personal income 225,264; bundskat 12.01 % × (225,264 − 51,600) and
/// kommuneskat 25 % × the same (no beskæftigelsesfradrag on a benefit).
#[test]
fn ledighedsydelse_is_taxed_without_am_bidrag() {
    let o = scenario(2025, 200.0, 10.0, 25.0, 0.0).on_ledighedsydelse(18_772.0);
    // The citizen's ATP, 99 a month (a third of 297), is withheld and deductible.
    close(o.net.atp, 99.0, "ATP on ledighedsydelse");
    let base = 12.0 * (18_772.0 - 99.0) - 51_600.0;
    close(o.net.am_bidrag, 0.0, "no AM-bidrag");
    close(o.net.tax, (0.1201 + 0.25) * base / 12.0, "tax");
    close(o.net.net, 18_772.0 - 99.0 - (0.1201 + 0.25) * base / 12.0, "net");
    close(o.income.total, 18_772.0, "total");
    close(o.income.subsidy + o.income.wage + o.employer_cost, 0.0, "no wage, subsidy or employer");
}

#[test]
fn toptopskat_from_2026_on_personal_income_above_its_threshold() {
    // A full-time position at 1,500 kr/h (the calculator's range allows it):
    // wage 260,000 a month, no subsidy (the ceiling takes it all).
    let o = scenario(2026, 1_500.0, 40.0, 25.0, 0.0).at(40.0);
    let work = 12.0 * (1_500.0 * 40.0 * 52.0 / 12.0 - 99.0);
    let personal = work - 0.08 * work;
    // 5 % of personal income after AM-bidrag above 2,592,700 (PSL § 8).
    close(o.net.toptopskat, 0.05 * (personal - 2_592_700.0) / 12.0, "toptopskat");
    close(o.net.topskat, 0.075 * (personal - 777_900.0) / 12.0, "topskat");
    close(o.net.mellemskat, 0.075 * (personal - 641_200.0) / 12.0, "mellemskat");
    // There was none in 2025.
    assert_eq!(scenario(2025, 1_500.0, 40.0, 25.0, 0.0).at(40.0).net.toptopskat, 0.0);
}

#[test]
fn a_single_parent_gets_the_extra_beskaeftigelsesfradrag() {
    // 2026, 200 kr/h, 18 hours, København: as the worked example above, plus
    // 11.5 % of the fradrag base (188,784) = 21,710.16, under the 50,600 cap,
    // off the kommuneskat base.
    let mut s = scenario(2026, 200.0, 18.0, 23.39, 0.0);
    let plain = s.at(18.0).net;
    s.local.single_parent = true;
    let single = s.at(18.0).net;
    let extra = 0.115 * 12.0 * (15_600.0 + 132.0);
    close(plain.kommuneskat - single.kommuneskat, 0.2339 * extra / 12.0, "kommuneskat saved");
    close(single.bundskat, plain.bundskat, "bundskat has no fradrag");
    // The cap: at 150,000 a month of wage it stops at 50,600.
    close(fleksjob_beregner::core::income::tax::single_parent_fradrag(1_800_000.0, tax_year(2026)), 50_600.0, "cap");
}

#[test]
fn a_single_parent_in_2024_gets_6_25_percent_extra_up_to_25_300() {
    // 2024, 200 kr/h, 18 hours, København 23.39 %, no church, no pension.
    // Wage 200 × 18 × 52/12 = 15,600 a month; ATP 66 (78 h a month), the
    // employer's 132. Fradrag base (LL § 9 J) = 12 × (15,600 + 132) =
    // 188,784. Extra fradrag 6.25 % × 188,784 = 11,799.00, under the 25,300
    // cap. It lowers only the kommuneskat base (taxable income stays far
    // above the personfradrag 49,700), so the month's net rises by
    // 23.39 % × 11,799.00 / 12 = 2,759.7861 / 12 = 229.982175 kr.
    let mut s = scenario(2024, 200.0, 18.0, 23.39, 0.0);
    let plain = s.at(18.0).net;
    s.local.single_parent = true;
    let single = s.at(18.0).net;
    close(single.net - plain.net, 229.982175, "net gained by a single parent in 2024");
    close(plain.kommuneskat - single.kommuneskat, 229.982175, "kommuneskat saved");
    close(single.bundskat, plain.bundskat, "bundskat has no fradrag");
    close(single.am_bidrag, plain.am_bidrag, "AM-bidrag unchanged");
    // The fradrag itself: 6.25 % of the base, and the 2024 cap of 25,300.
    close(
        fleksjob_beregner::core::income::tax::single_parent_fradrag(188_784.0, tax_year(2024)),
        11_799.0,
        "2024 fradrag",
    );
    close(
        fleksjob_beregner::core::income::tax::single_parent_fradrag(1_800_000.0, tax_year(2024)),
        25_300.0,
        "2024 cap",
    );
}

/// The senior's extra fradrag (LL § 9 J, stk. 5-6): 1.4 % of the same
/// base as the beskæftigelsesfradrag, at most 6,100 kr in 2026; none in 2025.
#[test]
fn senior_fradrag_rate_and_cap() {
    use fleksjob_beregner::core::income::tax::senior_fradrag;
    close(senior_fradrag(200_000.0, tax_year(2026)), 2_800.0, "1.4 %");
    close(senior_fradrag(600_000.0, tax_year(2026)), 6_100.0, "cap");
    close(senior_fradrag(200_000.0, tax_year(2025)), 0.0, "not before 2026");
}

/// In a senior year the fradrag lowers only kommune- and kirkeskat: by the
/// fradrag × their rates, here 1.4 % of the fradrag base at 200 kr × 18 h.
#[test]
fn the_senior_fradrag_lowers_kommune_and_kirkeskat() {
    let plain = scenario(2026, 200.0, 18.0, 25.0, 0.7);
    let senior = Scenario { local: LocalTax { senior: true, ..plain.local }, ..plain };
    let (a, b) = (plain.at(18.0).net, senior.at(18.0).net);
    // Fradrag base: 12 × (wage 15,600 + the employer's ATP 132) = 188,784
    // (the own ATP is in the wage as reported).
    let fradrag = 0.014 * 12.0 * (15_600.0 + 132.0);
    close(b.senior_fradrag_year, fradrag, "the fradrag");
    close(a.tax - b.tax, fradrag * 0.257 / 12.0, "tax saved a month");
    close(b.senior_fradrag_saves, a.tax - b.tax, "what the screen says it saves");
    close(b.bundskat, a.bundskat, "bundskat unchanged");
    assert_eq!(a.senior_fradrag_year, 0.0);
}

/// Other wage income is taxed as wage: AM-bidrag on it, and in the fradrag
/// base. At 12 h (10,400) and 3,000 other, all of it is below the 2026
/// threshold and the ceiling is far: the subsidy falls by 30 % of it.
#[test]
fn other_wage_income_is_taxed_as_wage() {
    let s = scenario(2026, 200.0, 12.0, 25.0, 0.0);
    let with = Scenario { job: Employment { other_wage_month: 3_000.0, ..s.job }, ..s };
    let (a, b) = (s.at(12.0), with.at(12.0));
    close(b.net.am_bidrag - a.net.am_bidrag, 0.08 * 3_000.0, "AM-bidrag on the other wage");
    close(b.net.gross - a.net.gross, 3_000.0 + b.income.subsidy - a.income.subsidy, "gross");
    close(a.income.subsidy - b.income.subsidy, 0.30 * 3_000.0, "30 % of it off the subsidy");
    assert_eq!(b.employer_cost, a.employer_cost, "the employer pays none of it");
}

/// The 2 income years before the year of folkepension age (lov om social
/// pension § 1 a; LL § 9 J, stk. 5), by year of birth: the first and the
/// last birth years for which 2026 counts, and across the ages 67-70.
#[test]
fn senior_years_by_birth_year() {
    use fleksjob_beregner::core::income::folkepension::{is_senior_year, pension_year};
    let reached = pension_year;
    for (born, pension) in [(1959, 2026), (1960, 2027), (1961, 2028), (1962, 2029), (1963, 2031), (1966, 2034)] {
        assert_eq!(reached(born), Some(pension), "{born}");
    }
    assert_eq!(reached(1967), Some(2036), "69 from 1967");
    assert_eq!(reached(1971), Some(2041), "70 from 1971");
    // Births of 1954 and 1955 reach it in different years by their date.
    assert_eq!(reached(1954), None);
    assert_eq!(reached(1955), None);
    assert_eq!(reached(1953), Some(2018));
    // 2026 is a senior year for those born in 1960 (the last before their
    // pension year 2027) and 1961 (the first of two), not for 1959 (2026 is
    // their pension year) or 1962.
    assert!(is_senior_year(1960, 2026) && is_senior_year(1961, 2026));
    assert!(!is_senior_year(1959, 2026) && !is_senior_year(1962, 2026));
    assert!(is_senior_year(1962, 2027) && is_senior_year(1962, 2028) && !is_senior_year(1962, 2029));
    assert!(is_senior_year(1963, 2029) && is_senior_year(1963, 2030) && !is_senior_year(1963, 2028));
}

/// The form applies the fradrag only in a senior year that has it: 2025 is
/// a senior year for those born in 1960, but the fradrag starts in 2026.
#[test]
fn the_form_applies_the_senior_fradrag_from_2026() {
    use fleksjob_beregner::core::income::form::{CalculatorForm, Field};
    let form = |year: u16, born: &str| {
        let mut f = CalculatorForm::new(year);
        f.set_year(year);
        f.set_text(Field::BirthYear, born);
        f
    };
    assert!(form(2026, "1960").is_senior_year());
    assert!(form(2026, "1961").local_tax().senior);
    assert!(!form(2025, "1960").is_senior_year(), "no fradrag before 2026");
    assert!(!form(2026, "1970").is_senior_year());
    assert!(!form(2026, "").is_senior_year(), "never required");
    let with = form(2026, "1961").scenario().unwrap().at(18.0).net;
    let without = form(2026, "1970").scenario().unwrap().at(18.0).net;
    assert!(with.net > without.net && with.senior_fradrag_year > 0.0);
}
