//! The rate files in `data/` (compiled in by build.rs): sources, statuses,
//! plausibility from year to year, internal consistency, the default year.

use fleksjob_beregner::core::income::municipalities::MUNICIPALITIES;
use fleksjob_beregner::core::income::rates::{default_year, for_year, Figure, Status, YEARS};
use fleksjob_beregner::core::income::tax::TAX_YEARS;

fn check_sourced(year: u16, name: &str, f: &Figure) {
    assert!(!f.source.da.trim().is_empty(), "{year} {name}: no source");
    assert!(!f.source.en.trim().is_empty(), "{year} {name}: no English source");
    assert!(f.status != Status::Overridden, "{year} {name}: the data holds no overrides");
    assert!(f.value.is_finite() && f.value >= 0.0, "{year} {name}: {}", f.value);
}

/// From one year to the next an amount moves with the indexation (a few
/// percent) and a rate by at most a point, except where a listed reform
/// changed the rule.
fn check_plausible(name: &str, year: u16, before: f64, after: f64) {
    const REFORMS: &[(&str, u16)] = &[
        // The 2026 tax reform: mellemskat introduced, topskat lowered and its threshold raised.
        ("mellemskat_pct", 2026),
        ("mellemskat_threshold", 2026),
        ("topskat_pct", 2026),
        ("topskat_threshold", 2026),
        ("toptopskat_pct", 2026),
        ("toptopskat_threshold", 2026),
        // The single parents' extra fradrag, raised from 2025 by the personal
        // tax reform (L 138, 2023-24): 6.25 % -> 11.5 %, max 25,300 -> 48,300.
        ("single_parent_fradrag_pct", 2025),
        ("single_parent_fradrag_max", 2025),
        // The raise of beskæftigelsesfradrag phased in over 2025 and 2026
        // (the 2023 agreement on tax cuts).
        ("beskaeftigelsesfradrag_pct", 2025),
        ("beskaeftigelsesfradrag_max", 2025),
        ("beskaeftigelsesfradrag_max", 2026),
        // The senior's extra fradrag, new from 2026 (LL § 9 J, stk. 5-6, by
        // lov nr. 482/2024): 0 -> 1.4 %.
        ("senior_fradrag_pct", 2026),
    ];
    if REFORMS.contains(&(name, year)) {
        return;
    }
    if name.ends_with("_pct") {
        assert!((after - before).abs() <= 1.0, "{name} {year}: {before} % -> {after} %");
    } else if before > 0.0 {
        let ratio = after / before;
        assert!((0.97..=1.12).contains(&ratio), "{name} {year}: {before} -> {after} (× {ratio:.3})");
    }
}

#[test]
fn every_figure_has_a_source_and_a_status_and_moves_plausibly() {
    for pair in YEARS.windows(2) {
        for ((name, a), (_, b)) in pair[0].figures().iter().zip(pair[1].figures().iter()) {
            check_plausible(name, pair[1].year, a.value, b.value);
        }
    }
    for pair in TAX_YEARS.windows(2) {
        for ((name, a), (_, b)) in pair[0].figures().iter().zip(pair[1].figures().iter()) {
            check_plausible(name, pair[1].year, a.value, b.value);
        }
    }
    for r in YEARS {
        for (name, f) in r.figures() {
            check_sourced(r.year, name, &f);
        }
    }
    for t in TAX_YEARS {
        for (name, f) in t.figures() {
            check_sourced(t.year, name, &f);
        }
    }
}

#[test]
fn the_tax_data_covers_every_year_of_the_subsidy_data() {
    let subsidy: Vec<u16> = YEARS.iter().map(|r| r.year).collect();
    let tax: Vec<u16> = TAX_YEARS.iter().map(|t| t.year).collect();
    assert_eq!(subsidy, tax);
}

#[test]
fn every_municipal_rate_has_a_source_and_a_year_we_know() {
    assert_eq!(MUNICIPALITIES.len(), 98);
    for m in MUNICIPALITIES {
        for r in m.rates {
            assert!(!r.source.da.trim().is_empty(), "{} {}", m.name, r.year);
            assert!(for_year(r.year).is_some(), "{} {}: a year without rates", m.name, r.year);
            assert!((15.0..=30.0).contains(&r.kommuneskat_pct), "{} {}", m.name, r.year);
        }
    }
}

#[test]
fn max_subsidy_is_98_percent_of_max_dagpenge_rounded() {
    for r in YEARS {
        assert_eq!(r.max_subsidy_month.value, (0.98 * r.max_dagpenge_month.value).round(), "{}", r.year);
    }
}

#[test]
fn years_are_contiguous_and_in_order() {
    for pair in YEARS.windows(2) {
        assert_eq!(pair[1].year, pair[0].year + 1);
    }
    assert_eq!(YEARS[0].year, 2024);
}

#[test]
fn default_year_is_the_current_year_when_supported() {
    let newest = YEARS[YEARS.len() - 1].year;
    for r in YEARS {
        assert_eq!(default_year(r.year), r.year);
    }
    // After the newest year: the newest; before the oldest: the oldest.
    assert_eq!(default_year(newest + 5), newest);
    assert_eq!(default_year(2019), 2024);
}

/// The threshold chain: 2024 published 16,323; × 1.036 -> 16,911 (2025);
/// × 1.045 -> 17,672 (2026); and the 2027 estimate × 1.0405 (4.8 − 0.3 −
/// 0.45 under lov nr. 630/2024) -> 18,388, as the dagpenge rate.
#[test]
fn derived_rates_follow_the_satsregulering() {
    let r = |y| for_year(y).unwrap();
    assert_eq!(r(2024).taper_threshold_month.value, 16_323.0);
    assert_eq!(r(2025).taper_threshold_month.value, (16_323.0_f64 * 1.036).round());
    assert_eq!(r(2026).taper_threshold_month.value, (r(2025).taper_threshold_month.value * 1.045).round());
    assert_eq!(r(2027).taper_threshold_month.value, (r(2026).taper_threshold_month.value * 1.0405).round());
    assert_eq!(r(2027).max_dagpenge_month.value, (r(2026).max_dagpenge_month.value * 1.0405).round());
    for f in [r(2027).max_dagpenge_month, r(2027).max_subsidy_month, r(2027).taper_threshold_month] {
        assert_eq!(f.status, Status::Derived, "2027 is an estimate until published");
    }
}

/// PSL § 20: 2010 base amounts × the reguleringstal, rounded up to 100 kr.
/// The 2026 table (137.3) is reproduced exactly; 2027 uses 143.9, marked derived.
#[test]
fn tax_amounts_follow_psl_20() {
    let up100 = |x: f64| (x / 100.0).ceil() * 100.0;
    for (year, index) in [(2026u16, 137.3), (2027, 143.9)] {
        let t = TAX_YEARS.iter().find(|t| t.year == year).unwrap();
        assert_eq!(t.personfradrag.value, up100(39_350.0 * index / 100.0), "{year}");
        assert_eq!(t.mellemskat_threshold.value, up100(467_000.0 * index / 100.0), "{year}");
        assert_eq!(t.topskat_threshold.value, up100(566_500.0 * index / 100.0), "{year}");
        assert_eq!(t.toptopskat_threshold.value, up100(1_888_300.0 * index / 100.0), "{year}");
        assert_eq!(t.jobfradrag_threshold.value, up100(171_300.0 * index / 100.0), "{year}");
        assert_eq!(t.jobfradrag_max.value, up100(2_200.0 * index / 100.0), "{year}");
        assert_eq!(t.senior_fradrag_max.value, up100(4_400.0 * index / 100.0), "{year}");
    }
    let t2027 = TAX_YEARS.iter().find(|t| t.year == 2027).unwrap();
    assert_eq!(t2027.personfradrag.status, Status::Derived);
    // The 2026 jobfradrag: the law's 2010 bases (LL § 9 K) × Skatteministeriet's
    // published reguleringstal 137.3, rounded up: derived, and a secondary
    // compendium gives the same figures.
    let t2026 = TAX_YEARS.iter().find(|t| t.year == 2026).unwrap();
    for f in [t2026.jobfradrag_threshold, t2026.jobfradrag_max] {
        assert_eq!(f.status, Status::Derived);
        assert!(f.source.da.contains("LL § 9 K") && f.source.da.contains("reguleringstal 137,3"), "{}", f.source.da);
    }
}

/// LL § 9 J, stk. 5-6, as added by lov nr. 482/2024, § 2, nr. 4: the
/// senior's extra fradrag is 1.4 % of the same base for 2026-2028, at most
/// 4,400 kr (2010 level) regulated; it does not exist before 2026.
#[test]
fn the_senior_fradrag_follows_the_law_text() {
    let year = |y: u16| TAX_YEARS.iter().find(|t| t.year == y).unwrap();
    for y in [2024, 2025] {
        assert_eq!(year(y).senior_fradrag_pct.value, 0.0, "{y}");
        assert_eq!(year(y).senior_fradrag_max.value, 0.0, "{y}");
    }
    for y in [2026, 2027] {
        let f = year(y).senior_fradrag_pct;
        assert_eq!((f.value, f.status), (1.4, Status::Published), "{y}");
        assert!(f.source.da.contains("§ 9 J, stk. 6") && f.source.da.contains("lov nr. 482"), "{}", f.source.da);
        assert_eq!(year(y).senior_fradrag_max.status, Status::Derived, "{y}");
    }
    assert_eq!(year(2026).senior_fradrag_max.value, 6_100.0);
}

/// Ledighedsydelse at the kontanthjælp rates (aktivloven § 74 a, stk. 3):
/// the 2023 rates Beskæftigelsesministeriet published, carried forward by
/// the satsreguleringsprocent as the dagpenge are (3.2, 3.6, 4.5 and the
/// 2027 estimate 4.05), rounded each year; all derived.
#[test]
fn the_kontanthjaelp_rates_follow_the_satsregulering() {
    for (published_2023, figure) in [
        (
            15_874.0,
            (|r: &fleksjob_beregner::core::income::rates::YearRates| r.kontanthjaelp_forsorger_month)
                as fn(&_) -> Figure,
        ),
        (11_944.0, |r| r.kontanthjaelp_andre_month),
    ] {
        let mut expected: f64 = published_2023;
        for (year, factor) in [(2024, 1.032), (2025, 1.036), (2026, 1.045), (2027, 1.0405)] {
            expected = (expected * factor).round();
            let f = figure(for_year(year).unwrap());
            assert_eq!(f.value, expected, "{year}");
            assert_eq!(f.status, Status::Derived, "{year}");
            assert!(f.source.da.contains("§ 25, stk. 2"), "{}", f.source.da);
        }
    }
}

/// LL § 9 J as worded by lov nr. 482 of 22 May 2024, § 2, settles the rates:
/// stk. 2 the beskæftigelsesfradrag (12.75 % from 2026 on), stk. 4 the single
/// parent's extra fradrag (6.25 % in 2024, 11.5 % from 2025 on). They are
/// published, and each cites its paragraph and the amending law.
#[test]
fn the_law_text_settles_the_beskaeftigelsesfradrag_rates() {
    let year = |y: u16| TAX_YEARS.iter().find(|t| t.year == y).unwrap();
    let cites = |f: &Figure, stk: &str| {
        assert_eq!(f.status, Status::Published, "{}", f.source.da);
        for text in [&f.source.da, &f.source.en] {
            assert!(text.contains(&format!("§ 9 J, stk. {stk}")), "{text}");
            assert!(text.contains("lov nr. 482"), "{text}");
        }
    };
    assert_eq!(year(2027).beskaeftigelsesfradrag_pct.value, 12.75);
    cites(&year(2027).beskaeftigelsesfradrag_pct, "2");
    assert_eq!(year(2024).single_parent_fradrag_pct.value, 6.25);
    for y in [2024, 2025, 2026, 2027] {
        let f = year(y).single_parent_fradrag_pct;
        assert_eq!(f.value, if y == 2024 { 6.25 } else { 11.5 }, "{y}");
        cites(&f, "4");
    }
}

/// A derived amount says how: the law's 2010 base amount and the
/// reguleringstal it is multiplied by (PSL § 20), and the figure is that
/// product rounded up to 100 kr. Every derived kroner amount of 2027 is one,
/// and so are the single parent's maxima of 2024-2026 (the law's base and
/// Skatteministeriet's published reguleringstal).
#[test]
fn every_derived_tax_amount_names_its_base_and_reguleringstal() {
    let up100 = |x: f64| (x / 100.0).ceil() * 100.0;
    // "2010-grundbeløb 46.100 kr." and "reguleringstal 143,9" in the Danish source.
    let number_after = |text: &str, label: &str| -> f64 {
        let at = text.find(label).unwrap_or_else(|| panic!("no «{label}» in: {text}")) + label.len();
        let digits: String =
            text[at..].trim_start().chars().take_while(|c| c.is_ascii_digit() || *c == '.' || *c == ',').collect();
        digits
            .trim_end_matches(['.', ','])
            .replace('.', "")
            .replace(',', ".")
            .parse()
            .unwrap_or_else(|_| panic!("{text}"))
    };
    let mut checked = Vec::new();
    for t in TAX_YEARS.iter() {
        for (name, f) in t.figures() {
            if f.status != Status::Derived || name.ends_with("_pct") {
                continue;
            }
            let base = number_after(f.source.da, "2010-grundbeløb");
            let index = number_after(f.source.da, "reguleringstal");
            assert_eq!(f.value, up100(base * index / 100.0), "{} {name}: {}", t.year, f.source.da);
            assert!(
                f.source.en.contains("2010 base amount") && f.source.en.contains("reguleringstal"),
                "{}",
                f.source.en
            );
            checked.push((t.year, name));
        }
    }
    for name in [
        "personfradrag",
        "beskaeftigelsesfradrag_max",
        "single_parent_fradrag_max",
        "jobfradrag_max",
        "senior_fradrag_max",
    ] {
        assert!(checked.contains(&(2027, name)), "{name} 2027 is derived and checked: {checked:?}");
    }
    for name in ["jobfradrag_threshold", "jobfradrag_max", "senior_fradrag_max"] {
        assert!(checked.contains(&(2026, name)), "{name} 2026 is derived and checked: {checked:?}");
    }
    for y in [2024, 2025, 2026] {
        assert!(checked.contains(&(y, "single_parent_fradrag_max")), "{y}");
    }
    // The bases of the two maxima are the law's (LL § 9 J, stk. 2 and 4), not inferred.
    let t2027 = TAX_YEARS.iter().find(|t| t.year == 2027).unwrap();
    for (f, stk) in [(t2027.beskaeftigelsesfradrag_max, "2"), (t2027.single_parent_fradrag_max, "4")] {
        assert!(
            f.source.da.contains(&format!("LL § 9 J, stk. {stk}")) && !f.source.da.contains("udledt"),
            "{}",
            f.source.da
        );
    }
}

/// The folkepension ages (data/folkepension.toml): every row cites its
/// source in both languages; only the row the law text was not read for is
/// unverified.
#[test]
fn every_folkepension_age_has_a_source() {
    use fleksjob_beregner::core::income::folkepension::PENSION_AGES;
    for row in PENSION_AGES {
        assert!(!row.source.da.trim().is_empty() && !row.source.en.trim().is_empty(), "{:?}", row.born_from);
        let expected = if row.age_months == 840 { Status::Unverified } else { Status::Published };
        assert_eq!(row.status, expected, "{:?}", row.born_from);
    }
}
