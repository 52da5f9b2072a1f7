//! Municipal income tax (*kommuneskat*) and church tax (*kirkeskat*) by
//! municipality and year, with their sources. Official municipality numbers
//! (kommunekoder) identify them in links (`kommune=101` or `kommune=København`).
//!
//! The figures live in `data/municipalities.toml` with their sources. A year
//! without a figure falls back to the nearest year that has one, marked as
//! derived; the consultant can always type the rate.

use crate::core::income::rates::{Figure, Note, Status};

/// One year's rates in one municipality, percent.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LocalRate {
    pub year: u16,
    pub kommuneskat_pct: f64,
    /// Not every source gives the church rate.
    pub kirkeskat_pct: Option<f64>,
    pub status: Status,
    pub source: Note,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Municipality {
    /// The official municipality number (kommunekode).
    pub number: u16,
    pub name: &'static str,
    pub rates: &'static [LocalRate],
}

// `MUNICIPALITIES`: all 98, in the order of the select list, generated from
// `data/municipalities.toml` by build.rs.
include!(concat!(env!("OUT_DIR"), "/municipalities_data.rs"));

/// Find a municipality by its number ("101") or name ("København",
/// "Københavns Kommune"); ASCII letters match in any case.
pub fn find(key: &str) -> Option<&'static Municipality> {
    let key = key.trim();
    if let Ok(number) = key.parse::<u16>() {
        return MUNICIPALITIES.iter().find(|m| m.number == number);
    }
    let name = match key.len().checked_sub(" kommune".len()) {
        Some(cut) if key.is_char_boundary(cut) && key[cut..].eq_ignore_ascii_case(" kommune") => &key[..cut],
        _ => key,
    };
    find_exact(name).or_else(|| name.strip_suffix('s').and_then(find_exact))
}

fn find_exact(name: &str) -> Option<&'static Municipality> {
    MUNICIPALITIES.iter().find(|m| m.name.eq_ignore_ascii_case(name))
}

impl Municipality {
    /// Kommuneskat and kirkeskat for `year`, in percent. A missing year takes
    /// the nearest year that has a figure (an earlier one first), marked as
    /// derived with the year it comes from in its source.
    pub fn rates_for(&self, year: u16) -> (Option<Figure>, Option<Figure>) {
        let kommune = nearest(year, self.rates.iter().map(|r| (r, r.kommuneskat_pct)));
        let kirke = nearest(year, self.rates.iter().filter_map(|r| Some((r, r.kirkeskat_pct?))));
        (kommune, kirke)
    }
}

fn nearest<'a>(year: u16, candidates: impl Iterator<Item = (&'a LocalRate, f64)>) -> Option<Figure> {
    let (rate, value) = candidates.min_by_key(|(r, _)| (r.year.abs_diff(year), r.year > year))?;
    Some(if rate.year == year {
        Figure { value, status: rate.status, source: rate.source }
    } else {
        Figure { value, status: Status::Derived, source: fallback_text(rate.year) }
    })
}

/// "The 2025 rate: no figure found for this year."
fn fallback_text(from_year: u16) -> Note {
    match from_year {
        2024 => Note::new("2024-satsen: ingen sats fundet for dette år", "The 2024 rate: none found for this year"),
        2025 => Note::new("2025-satsen: ingen sats fundet for dette år", "The 2025 rate: none found for this year"),
        _ => Note::new("2026-satsen: ingen sats fundet for dette år", "The 2026 rate: none found for this year"),
    }
}
