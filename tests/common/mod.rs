//! Helpers shared by the native tests. Each test file uses what it needs.
#![allow(dead_code)]

use chrono::NaiveDate;
use fleksjob_beregner::core::agreement::Hours;
use fleksjob_beregner::core::income::form::{Basis, Field};

pub fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("valid test date")
}

pub fn hours(attended: f64, effective: f64, paid: f64) -> Hours {
    Hours { attended, effective, paid }
}

/// A basis as the calculator records it for 185 kr./h, 12 paid hours, full
/// time 37, 8 % employer pension, Aarhus (751), for `year` and `target` hours.
pub fn aarhus_basis(year: u16, target: f64) -> Basis {
    let mut b = Basis::new(year);
    b.municipality = Some(751);
    for (field, value) in [
        (Field::HourlyWage, 185.0),
        (Field::PaidHours, 12.0),
        (Field::FulltimeHours, 37.0),
        (Field::PensionEmployer, 8.0),
        (Field::PensionEmployee, 0.0),
        (Field::TargetHours, target),
    ] {
        b.set_value(field, Some(value));
    }
    b
}
