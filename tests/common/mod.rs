//! Helpers shared by the native tests. Each test file uses what it needs.
#![allow(dead_code)]

use chrono::NaiveDate;
use fleksjob_beregner::core::agreement::Hours;

pub fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("valid test date")
}

pub fn hours(attended: f64, effective: f64, paid: f64) -> Hours {
    Hours { attended, effective, paid }
}
