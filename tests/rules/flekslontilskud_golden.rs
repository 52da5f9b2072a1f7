//! Official and hand-worked examples of the fleksjob income, each with its
//! arithmetic written out. Amounts are monthly; 52/12 weeks a month.

use fleksjob_beregner::core::income::flekslontilskud::{
    atp_on_subsidy, calculate, reductions, round_kr, Employment, MonthlyIncome,
};
use fleksjob_beregner::core::income::rates::{self, YearRates};

/// Floating-point noise only: every expected value below is exact arithmetic.
const EPS: f64 = 1e-6;

fn rates(year: u16) -> YearRates {
    *rates::for_year(year).expect("supported year")
}

fn job(hourly_wage: f64, paid_hours_week: f64) -> Employment {
    Employment {
        hourly_wage,
        employer_pension_pct: 0.0,
        employee_pension_pct: 0.0,
        paid_hours_week,
        fulltime_hours_week: 37.0,
        fulltime_hourly_wage: hourly_wage,
        other_wage_month: 0.0,
    }
}

fn assert_close(actual: f64, expected: f64, what: &str) {
    assert!((actual - expected).abs() < EPS, "{what}: got {actual}, expected {expected}");
}

/// STAR's calculator ("Beregn din indtægt i et fleksjob"), 2024 rates:
/// 200 kr/h incl. pension, 18 paid hours a week.
#[test]
fn star_2024_200_kr_18_hours() {
    let m = calculate(&job(200.0, 18.0), &rates(2024));
    // wage = 200 × 18 × 52/12 = 15,600
    assert_close(m.wage, 200.0 * 18.0 * 52.0 / 12.0, "wage");
    assert_eq!(round_kr(m.wage), 15_600.0);
    // full-time wage = 200 × 37 × 52/12 = 32,066.67 -> STAR shows 32,067
    assert_eq!(round_kr(m.lonloft), 32_067.0);
    // 15,600 is below the threshold 16,323: reduction = 30 % × 15,600 = 4,680
    assert_close(m.reduction_below_threshold, 4_680.0, "30 % reduction");
    assert_close(m.reduction_above_threshold, 0.0, "55 % reduction");
    // subsidy = 19,952 − 4,680 = 15,272; 15,600 + 15,272 < 32,066.67: no cut
    assert_close(m.subsidy, 15_272.0, "subsidy");
    assert_close(m.ceiling_cut, 0.0, "ceiling cut");
    // total incl. pension and ATP = 15,600 + 15,272 = 30,872
    assert_close(m.total, 30_872.0, "total");
    // ATP = 5 % × 15,272 = 763.60, capped at 500
    assert_close(m.atp_on_subsidy, 500.0, "ATP");
}

/// ../shared/domain.md §5, computed from the same formula and rates (not published):
/// 200 kr/h at 25 hours, where the wage ceiling binds.
#[test]
fn lonloft_binds_200_kr_25_hours_2024() {
    let m = calculate(&job(200.0, 25.0), &rates(2024));
    // wage = 200 × 25 × 52/12 = 21,666.67
    let wage = 200.0 * 25.0 * 52.0 / 12.0;
    assert_close(m.wage, wage, "wage");
    // reductions: 30 % × 16,323 = 4,896.90; 55 % × (21,666.67 − 16,323) = 2,939.02
    assert_close(m.reduction_below_threshold, 0.30 * 16_323.0, "30 %");
    assert_close(m.reduction_above_threshold, 0.55 * (wage - 16_323.0), "55 %");
    // before the ceiling: 19,952 − 4,896.90 − 2,939.02 = 12,116.08
    let before = 19_952.0 - 0.30 * 16_323.0 - 0.55 * (wage - 16_323.0);
    assert_close(m.subsidy_before_ceiling, before, "before ceiling");
    // lønloft 32,066.67 − wage 21,666.67 = room for 10,400.00
    assert_close(m.subsidy, 10_400.0, "subsidy");
    assert_close(m.ceiling_cut, before - 10_400.0, "ceiling cut");
    assert_close(m.total, 200.0 * 37.0 * 52.0 / 12.0, "total = lønloft");
    // 5 % × 10,400 = 520 -> capped at 500
    assert_close(m.atp_on_subsidy, 500.0, "ATP");
}

/// The employer's pension counts as lønindtægt (BEK 227/2024) and raises the
/// ceiling too. 200 kr/h, 10 % employer pension, 18 hours, 2024.
#[test]
fn employer_pension_counts_as_lonindtaegt() {
    let m = calculate(&Employment { employer_pension_pct: 10.0, ..job(200.0, 18.0) }, &rates(2024));
    // lønindtægt = 15,600 × 1.10 = 17,160
    assert_close(m.lonindtaegt, 17_160.0, "lønindtægt");
    assert_close(m.employer_pension, 1_560.0, "employer pension");
    // reductions: 30 % × 16,323 = 4,896.90; 55 % × (17,160 − 16,323) = 460.35
    assert_close(m.reduction_below_threshold, 4_896.9, "30 %");
    assert_close(m.reduction_above_threshold, 460.35, "55 %");
    // subsidy = 19,952 − 4,896.90 − 460.35 = 14,594.75
    assert_close(m.subsidy, 14_594.75, "subsidy");
    // lønloft = 200 × 1.10 × 37 × 52/12 = 35,273.33, not reached
    assert_close(m.lonloft, 220.0 * 37.0 * 52.0 / 12.0, "lønloft");
    assert_close(m.total, 17_160.0 + 14_594.75, "total");
}

/// The employee's own pension is inside the gross wage: it does not change
/// lønindtægt or the subsidy.
#[test]
fn employee_pension_is_inside_the_wage() {
    let with = calculate(&Employment { employee_pension_pct: 4.0, ..job(200.0, 18.0) }, &rates(2024));
    let without = calculate(&job(200.0, 18.0), &rates(2024));
    // 4 % × 15,600 = 624
    assert_close(with.employee_pension, 624.0, "employee pension");
    assert_eq!(MonthlyIncome { employee_pension: 0.0, ..with }, without);
}

/// Allowances raise the full-time wage and so the ceiling: 200 kr/h at 25
/// hours with a full-time wage of 230 kr/h.
#[test]
fn allowances_raise_the_lonloft() {
    let m = calculate(&Employment { fulltime_hourly_wage: 230.0, ..job(200.0, 25.0) }, &rates(2024));
    // lønloft = 230 × 37 × 52/12 = 36,876.67; wage + 12,116.08 = 33,782.75 fits
    assert_close(m.lonloft, 230.0 * 37.0 * 52.0 / 12.0, "lønloft");
    assert_close(m.ceiling_cut, 0.0, "ceiling cut");
    let wage = 200.0 * 25.0 * 52.0 / 12.0;
    assert_close(m.subsidy, 19_952.0 - 0.30 * 16_323.0 - 0.55 * (wage - 16_323.0), "subsidy");
}

/// ../shared/domain.md §3: at 160 kr/h (2024) the ceiling binds at about 11.75 hours:
/// 0.7 × L + 19,952 = 160 × 37 × 52/12 = 25,653.33 gives L = 8,144.76, i.e.
/// 8,144.76 / (160 × 52/12) = 11.747 hours.
#[test]
fn lonloft_binds_at_11_75_hours_at_160_kr() {
    let r = rates(2024);
    let at_11_5 = calculate(&job(160.0, 11.5), &r);
    let at_11_75 = calculate(&job(160.0, 11.75), &r);
    assert_close(at_11_5.ceiling_cut, 0.0, "11.5 h: no cut");
    // 11.75 h: L = 8,146.67, before ceiling 19,952 − 2,444 = 17,508;
    // 8,146.67 + 17,508 − 25,653.33 = 1.33 over the ceiling
    let l = 160.0 * 11.75 * 52.0 / 12.0;
    assert_close(at_11_75.ceiling_cut, l + (19_952.0 - 0.3 * l) - 160.0 * 37.0 * 52.0 / 12.0, "11.75 h cut");
    assert!(at_11_75.ceiling_cut > 0.0);
    // From there on every extra hour adds nothing to the total.
    let at_20 = calculate(&job(160.0, 20.0), &r);
    assert_close(at_20.total, at_11_75.total, "total flat once the ceiling binds");
}

/// No subsidy without a wage, even though the formula would give the maximum.
#[test]
fn no_wage_no_subsidy() {
    let m = calculate(&job(200.0, 0.0), &rates(2024));
    assert_eq!(m.subsidy, 0.0);
    assert_eq!(m.subsidy_before_ceiling, 0.0);
    assert_eq!(m.total, 0.0);
}

/// A wage high enough removes the subsidy entirely, before any ceiling:
/// 400 kr/h, 30 h, 2024: L = 52,000; 4,896.90 + 55 % × 35,677 = 24,519.25 > 19,952.
#[test]
fn high_wage_removes_the_subsidy() {
    let m = calculate(&job(400.0, 30.0), &rates(2024));
    assert_close(m.lonindtaegt, 52_000.0, "lønindtægt");
    assert_eq!(m.subsidy_before_ceiling, 0.0);
    assert_eq!(m.subsidy, 0.0);
    assert_close(m.total, 52_000.0, "total");
}

/// Paid hours above full time: the wage alone exceeds the ceiling.
#[test]
fn above_full_time_the_ceiling_leaves_nothing() {
    let m = calculate(&job(100.0, 40.0), &rates(2024));
    assert!(m.lonindtaegt > m.lonloft);
    assert_eq!(m.subsidy, 0.0);
}

#[test]
fn reductions_split_at_the_threshold() {
    // 10,000 under a 16,323 threshold: 3,000 and nothing
    assert_eq!(reductions(10_000.0, 16_323.0), (3_000.0, 0.0));
    // 20,000: 30 % × 16,323 = 4,896.9 and 55 % × 3,677 = 2,022.35
    let (below, above) = reductions(20_000.0, 16_323.0);
    assert_close(below, 4_896.9, "below");
    assert_close(above, 2_022.35, "above");
}

#[test]
fn atp_is_five_percent_up_to_500() {
    assert_close(atp_on_subsidy(8_000.0), 400.0, "5 % of 8,000");
    assert_close(atp_on_subsidy(10_000.0), 500.0, "exactly at the cap");
    assert_close(atp_on_subsidy(15_272.0), 500.0, "capped");
    assert_eq!(atp_on_subsidy(0.0), 0.0);
}

/// 2025 and 2026 use the derived rates: 2025 subsidy max 20,670 and threshold
/// 16,911. 200 kr/h × 18 h = 15,600 is under it: 20,670 − 4,680 = 15,990.
#[test]
fn star_example_under_2025_rates() {
    let m = calculate(&job(200.0, 18.0), &rates(2025));
    // 15,600 + 15,990 = 31,590 stays under the lønloft 32,066.67.
    assert_close(m.subsidy, 20_670.0 - 4_680.0, "subsidy 2025");
    assert_close(m.ceiling_cut, 0.0, "no cut 2025");
    // 2026: 21,600 − 4,680 = 16,920, but 15,600 + 16,920 = 32,520 exceeds the
    // lønloft 32,066.67: the subsidy is cut to 32,066.67 − 15,600 = 16,466.67.
    let m = calculate(&job(200.0, 18.0), &rates(2026));
    assert_close(m.subsidy_before_ceiling, 21_600.0 - 4_680.0, "before ceiling 2026");
    assert_close(m.subsidy, 200.0 * 37.0 * 52.0 / 12.0 - 15_600.0, "subsidy 2026");
}

/// Other wage income (LAB § 123, stk. 2: "dels af lønindtægten i
/// fleksjobbet, dels af anden lønindtægt") reduces the subsidy like the
/// fleksjob's own, 30 % up to the threshold and 55 % above it, 2024 rates.
/// 200 kr/h × 10 h = 8,666.67 a month, plus 5,000 other: 13,666.67 in all,
/// below 16,323: subsidy 19,952 − 0.30 × 13,666.67 = 15,852.
#[test]
fn other_wage_income_below_the_threshold() {
    let m = calculate(&Employment { other_wage_month: 5_000.0, ..job(200.0, 10.0) }, &rates(2024));
    assert_close(m.lonindtaegt, 200.0 * 10.0 * 52.0 / 12.0, "the fleksjob's lønindtægt");
    assert_close(m.other_wage, 5_000.0, "other wage");
    assert_close(m.wage_income(), 8_666.666_666_666_667 + 5_000.0, "all wage income");
    assert_close(m.reduction_below_threshold, 0.30 * 13_666.666_666_666_666, "30 %");
    assert_close(m.reduction_above_threshold, 0.0, "55 %");
    assert_close(m.subsidy, 15_852.0, "subsidy");
    assert_close(m.total, 8_666.666_666_666_667 + 5_000.0 + 15_852.0, "total");
}

/// 18 h (15,600) and 5,000 other: 20,600 in all, 4,277 above 16,323.
/// 19,952 − 0.30 × 16,323 − 0.55 × 4,277 = 19,952 − 4,896.90 − 2,352.35 = 12,702.75.
#[test]
fn other_wage_income_above_the_threshold() {
    let m = calculate(&Employment { other_wage_month: 5_000.0, ..job(200.0, 18.0) }, &rates(2024));
    assert_close(m.reduction_below_threshold, 4_896.9, "30 % up to the threshold");
    assert_close(m.reduction_above_threshold, 2_352.35, "55 % above it");
    assert_close(m.subsidy, 12_702.75, "subsidy");
    assert_close(m.ceiling_cut, 0.0, "no ceiling");
}

/// The lønloft holds the subsidy and the wage from the fleksjob's employer
/// (LAB § 123, stk. 3: "løn udbetalt af arbejdsgiveren efter § 122"), not
/// other wage income. At 25 h (21,666.67) the ceiling leaves 10,400: with
/// 2,000 other the subsidy before it is 19,952 − 4,896.90 − 0.55 × 7,343.67 =
/// 11,016.08 and the ceiling still gives 10,400; with 5,000 other it is
/// 9,366.08, below the ceiling, and nothing is cut.
#[test]
fn other_wage_income_and_the_lonloft() {
    let at = |other: f64| calculate(&Employment { other_wage_month: other, ..job(200.0, 25.0) }, &rates(2024));
    let two = at(2_000.0);
    assert_close(two.subsidy_before_ceiling, 19_952.0 - 4_896.9 - 0.55 * (23_666.666_666_666_668 - 16_323.0), "raw");
    assert_close(two.subsidy, 10_400.0, "the ceiling binds as without other income");
    assert_close(two.total, 21_666.666_666_666_668 + 2_000.0 + 10_400.0, "total above the lønloft");
    let five = at(5_000.0);
    assert_close(five.subsidy, 19_952.0 - 4_896.9 - 0.55 * (26_666.666_666_666_668 - 16_323.0), "below the ceiling");
    assert_close(five.ceiling_cut, 0.0, "nothing cut");
}

/// No subsidy without the fleksjob: other wage income alone gives none.
#[test]
fn other_wage_income_alone_gives_no_subsidy() {
    let m = calculate(&Employment { other_wage_month: 10_000.0, ..job(200.0, 0.0) }, &rates(2024));
    assert_eq!((m.subsidy, m.total), (0.0, 10_000.0));
}
