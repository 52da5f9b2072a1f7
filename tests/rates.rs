//! The rates table: sources, internal consistency, and the default year.
#![cfg(not(target_arch = "wasm32"))]

use fleksjob_beregner::core::rates::{default_year, for_year, Status, YEARS};

#[test]
fn every_figure_has_a_source_and_a_status() {
    for r in YEARS {
        for f in [r.max_dagpenge_month, r.max_subsidy_month, r.taper_threshold_month] {
            assert!(!f.source.da.trim().is_empty(), "{}: figure {} lacks a source", r.year, f.value);
            assert!(!f.source.en.trim().is_empty(), "{}: figure {} lacks an English source", r.year, f.value);
            assert!(
                matches!(f.status, Status::Published | Status::Derived),
                "{}: table holds only published or derived",
                r.year
            );
            assert!(f.value > 0.0);
        }
    }
}

#[test]
fn max_subsidy_is_98_percent_of_max_dagpenge_rounded() {
    for r in YEARS {
        assert_eq!(r.max_subsidy_month.value, (0.98 * r.max_dagpenge_month.value).round(), "{}", r.year);
    }
}

/// The threshold chain: 2024 published 16,323; × 1.036 -> 16,910.6 -> 16,911
/// (2025); × 1.045 -> 17,671.995 -> 17,672 (2026).
#[test]
fn derived_thresholds_follow_the_satsregulering() {
    let t = |y| for_year(y).unwrap().taper_threshold_month.value;
    assert_eq!(t(2024), 16_323.0);
    assert_eq!(t(2025), (16_323.0_f64 * 1.036).round());
    assert_eq!(t(2026), (t(2025) * 1.045).round());
    assert_eq!(for_year(2025).unwrap().taper_threshold_month.status, Status::Derived);
}

#[test]
fn years_are_2024_to_2026_in_order() {
    let years: Vec<u16> = YEARS.iter().map(|r| r.year).collect();
    assert_eq!(years, vec![2024, 2025, 2026]);
}

#[test]
fn default_year_is_the_current_year_when_supported() {
    assert_eq!(default_year(2026), 2026);
    assert_eq!(default_year(2025), 2025);
    // After the newest year: the newest; before the oldest: the oldest.
    assert_eq!(default_year(2031), 2026);
    assert_eq!(default_year(2019), 2024);
}
