//! The rate files in `data/` (compiled in by build.rs): sources, statuses,
//! plausibility from year to year, internal consistency, the default year.
#![cfg(not(target_arch = "wasm32"))]

use fleksjob_beregner::core::municipalities::MUNICIPALITIES;
use fleksjob_beregner::core::rates::{default_year, for_year, Figure, Status, YEARS};
use fleksjob_beregner::core::tax::TAX_YEARS;

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
        // The single parents' extra fradrag is counted from 2025 (no 2024 figure found).
        ("single_parent_fradrag_pct", 2025),
        ("single_parent_fradrag_max", 2025),
        // The raise of beskæftigelsesfradrag phased in over 2025 and 2026
        // (the 2023 agreement on tax cuts).
        ("beskaeftigelsesfradrag_pct", 2025),
        ("beskaeftigelsesfradrag_max", 2025),
        ("beskaeftigelsesfradrag_max", 2026),
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
