//! *Folkepensionsalder*, the age of the state pension, by date of birth
//! (lov om social pension § 1 a), and the income years it makes a senior's:
//! the 2 income years before the year the age is reached, in which the
//! extra beskæftigelsesfradrag applies (LL § 9 J, stk. 5, from 2026).
//!
//! The ages are data with their sources (`data/folkepension.toml`). The
//! calculator asks only for the year of birth: where births of one year
//! reach the age in different years (1954 and 1955), it does not guess.

use crate::core::income::rates::{Note, Status};

/// One row of the law's table: births from `born_from` to `born_to`
/// (year, month, day) reach folkepension age at `age_months`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PensionAge {
    pub born_from: (u16, u8, u8),
    pub born_to: (u16, u8, u8),
    pub age_months: u16,
    pub status: Status,
    pub source: Note,
}

// `PENSION_AGES`, oldest births first, generated from `data/folkepension.toml` by build.rs.
include!(concat!(env!("OUT_DIR"), "/folkepension_data.rs"));

/// The row for a date of birth.
fn row(born: (u16, u8, u8)) -> Option<&'static PensionAge> {
    PENSION_AGES.iter().find(|r| r.born_from <= born && born <= r.born_to)
}

/// The calendar year in which a person born on `born` reaches folkepension age.
fn year_reached(born: (u16, u8, u8)) -> Option<u16> {
    let r = row(born)?;
    let months = u32::from(born.1) - 1 + u32::from(r.age_months);
    Some(born.0 + (months / 12) as u16)
}

/// The calendar year in which everyone born in `birth_year` reaches
/// folkepension age; `None` outside the law's table or when births of that
/// year reach it in different years.
pub fn pension_year(birth_year: u16) -> Option<u16> {
    let first = year_reached((birth_year, 1, 1))?;
    (year_reached((birth_year, 12, 31))? == first).then_some(first)
}

/// Whether `income_year` is one of the 2 income years before the year in
/// which a person born in `birth_year` reaches folkepension age (LL § 9 J,
/// stk. 5). Whether the fradrag exists that year is the tax data's to say.
pub fn is_senior_year(birth_year: u16, income_year: u16) -> bool {
    pension_year(birth_year).is_some_and(|reached| income_year + 2 >= reached && income_year < reached)
}
