//! The yearly rates behind the subsidy, each with its source and whether it
//! was published or derived by us. The consultant can override any figure on
//! screen; these are only the defaults.

/// Whether a figure is quoted from an official or authoritative source, or
/// computed by us from other figures.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    Published,
    /// Computed by us; `Figure::source` says how.
    Derived,
    /// From a secondary copy of an official table, not checked against it.
    Unverified,
    /// Typed in by the consultant, who knows the municipality's figures.
    Overridden,
}

/// A source or derivation note, in Danish and English.
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub struct Note {
    pub da: &'static str,
    pub en: &'static str,
}

impl Note {
    pub const fn new(da: &'static str, en: &'static str) -> Note {
        Note { da, en }
    }

    /// A citation that reads the same in both languages (a document title).
    pub const fn same(text: &'static str) -> Note {
        Note { da: text, en: text }
    }

    pub fn is_empty(&self) -> bool {
        self.da.is_empty()
    }
}

/// One amount (kroner, or percent for rates) with where it comes from.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Figure {
    pub value: f64,
    pub status: Status,
    pub source: Note,
}

/// The rates for one calendar year, all monthly.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct YearRates {
    pub year: u16,
    /// Highest dagpenge rate (*højeste dagpengesats*), full-time insured.
    pub max_dagpenge_month: Figure,
    /// 98 % of the highest dagpenge rate: the largest possible subsidy.
    pub max_subsidy_month: Figure,
    /// Taper threshold (*aftrapningsgrænse*): lønindtægt above it reduces the
    /// subsidy by 55 % instead of 30 %. 14,686 kr in 2019, indexed yearly.
    pub taper_threshold_month: Figure,
}

impl Figure {
    pub const fn published(value: f64, source: Note) -> Figure {
        Figure { value, status: Status::Published, source }
    }

    pub const fn derived(value: f64, source: Note) -> Figure {
        Figure { value, status: Status::Derived, source }
    }
}

use Figure as F;

const STAR_2024: Note = Note::new(
    "STAR, «Beregn din indtægt i et fleksjob» (star.dk), satser 2024",
    "STAR, «Beregn din indtægt i et fleksjob» (star.dk), 2024 rates",
);

/// All supported years, oldest first.
///
/// The taper threshold is 14,686 kr (2019 level, LAB § 123) indexed by the
/// yearly satsreguleringsprocent and rounded to whole kroner; that chain
/// reproduces the published 2024 figure exactly (15,401 × 1.027 × 1.032).
pub const YEARS: &[YearRates] = &[
    YearRates {
        year: 2024,
        max_dagpenge_month: F::published(20_359.0, STAR_2024),
        max_subsidy_month: F::published(19_952.0, STAR_2024),
        taper_threshold_month: F::published(16_323.0, STAR_2024),
    },
    YearRates {
        year: 2025,
        max_dagpenge_month: F::published(21_092.0, Note::same("Beskæftigelsesministeriet (bm.dk), «Satser for 2025», dagpenge")),
        max_subsidy_month: F::derived(20_670.0, Note::new("Beregnet: 98 % af 21.092 kr., afrundet", "Derived: 98 % of 21,092 kr, rounded")),
        taper_threshold_month: F::derived(
            16_911.0,
            Note::new(
                "Beregnet: 16.323 kr. (2024) × 1,036 (satsreguleringsprocent 3,6 for 2025, Finansministeriet), afrundet",
                "Derived: 16,323 kr (2024) × 1.036 (rate adjustment 3.6 % for 2025, Ministry of Finance), rounded",
            ),
        ),
    },
    YearRates {
        year: 2026,
        max_dagpenge_month: F::derived(
            22_041.0,
            Note::new(
                "Ikke bekræftet officielt: 21.092 kr. × 1,045 (satsreguleringsprocent 4,5, afledt af skattelovens 4,8 % − 0,3 som i 2024-25); samme tal i en uofficiel beregner",
                "Not officially confirmed: 21,092 kr × 1.045 (rate adjustment 4.5 %, derived from the tax law's 4.8 % − 0.3 as in 2024-25); the same figure in an unofficial calculator",
            ),
        ),
        max_subsidy_month: F::derived(21_600.0, Note::new("Beregnet: 98 % af 22.041 kr., afrundet", "Derived: 98 % of 22,041 kr, rounded")),
        taper_threshold_month: F::derived(17_672.0, Note::new("Beregnet: 16.911 kr. (2025) × 1,045, afrundet", "Derived: 16,911 kr (2025) × 1.045, rounded")),
    },
];

/// The year the calculator opens with: the current calendar year when we
/// have its rates, otherwise the newest year before it (or the oldest we have).
pub fn default_year(current_year: u16) -> u16 {
    YEARS.iter().rev().find(|r| r.year <= current_year).unwrap_or(&YEARS[0]).year
}

/// The rates for `year`, if supported.
pub fn for_year(year: u16) -> Option<&'static YearRates> {
    YEARS.iter().find(|r| r.year == year)
}
