//! The laws the documents cite, each with the period it holds for, so that
//! a document about months after a law was replaced does not cite it as if
//! it were current. A new lov om en aktiv beskæftigelsesindsats is expected
//! from 1 January 2027 (STAR, «Lovgivningsproces og ikrafttrædelse»); its
//! section numbers are not known, so months from then cite today's law by
//! its consolidation and the day it held until (docs/rules.md § 4.1 says
//! what to change when the new law can be read).

use chrono::NaiveDate;

use super::model::{Locale, Term};
use crate::core::income::rates::{Note, Status};

/// A law as the documents cite it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Law {
    /// The short name while it is in force ("LAB").
    pub short: &'static str,
    /// Its title and consolidation, for citing it after it was replaced.
    pub title: &'static str,
    /// The last day it holds for, when known; `None` while no end is set.
    pub in_force_until: Option<(i32, u32, u32)>,
    /// The end date's status and the law's source (kept out of the wasm).
    pub status: Status,
    pub source: Note,
}

// `LAB` (lov om en aktiv beskæftigelsesindsats, LBK 280/2024, expected to be
// replaced on 1 January 2027), generated from `data/laws.toml` by build.rs.
include!(concat!(env!("OUT_DIR"), "/laws_data.rs"));

/// `section` of `law` as a document about `on` cites it: "LAB § 123" while
/// the law is in force; afterwards "lov om … (LBK 280/2024) § 123, gældende
/// til 31.12.2026".
pub fn cite(law: &Law, section: &str, on: NaiveDate, l: &dyn Locale) -> String {
    let until = law.in_force_until.and_then(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d));
    match until {
        Some(until) if on > until => {
            format!("{} {section}, {} {}", law.title, l.term(Term::InForceUntil), l.date(until))
        }
        _ => format!("{} {section}", law.short),
    }
}
