//! The rules and the agreement's model, natively: the income and tax rules
//! against official and hand-worked examples, the rate files, properties
//! over random inputs, the citizen's answer, numbers and dates as typed, the
//! follow-up plan, the timeline and the records, the agreement, its
//! document and where its problems are, and the golden files.
#![cfg(not(target_arch = "wasm32"))]

#[path = "../common/mod.rs"]
mod common;

mod agreement;
mod answer;
mod dates;
mod document;
mod field_path;
mod flekslontilskud_golden;
mod golden;
mod i18n;
mod input;
mod properties;
mod rates;
mod records;
mod scenario_properties;
mod schedule;
mod sort;
mod tax_golden;
mod timeline;
