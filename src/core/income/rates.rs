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
    /// The citizen's ATP on ledighedsydelse (a third; the municipality pays
    /// the rest), for the comparison with life on ledighedsydelse.
    pub atp_ledighedsydelse_month: Figure,
    /// Kontanthjælp over 30 with children to support, and for others
    /// (aktivloven § 25, stk. 2, nr. 1 and 2): the ledighedsydelse of those
    /// who did not meet the conditions for 89 % when visited (§ 74 a, stk. 3).
    pub kontanthjaelp_forsorger_month: Figure,
    pub kontanthjaelp_andre_month: Figure,
}

// `YEARS`: all supported years, oldest first, generated from
// `data/rates/flekslontilskud.toml` by build.rs (each value with its source).
//
// The taper threshold is 14,686 kr (2019 level, LAB § 123) indexed by the
// yearly satsreguleringsprocent and rounded to whole kroner; that chain
// reproduces the published 2024 figure exactly (15,401 × 1.027 × 1.032).
include!(concat!(env!("OUT_DIR"), "/rates_data.rs"));

/// The year the calculator opens with: the current calendar year when we
/// have its rates, otherwise the newest year before it (or the oldest we have).
pub fn default_year(current_year: u16) -> u16 {
    YEARS.iter().rev().find(|r| r.year <= current_year).unwrap_or(&YEARS[0]).year
}

/// The rates for `year`, if supported.
pub fn for_year(year: u16) -> Option<&'static YearRates> {
    YEARS.iter().find(|r| r.year == year)
}
