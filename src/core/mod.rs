//! The rules: plain Rust, no web dependencies, tested natively.

pub mod agreement;
pub mod agreement_io;
pub mod answer;
pub mod dates;
pub mod document;
pub mod flekslontilskud;
pub mod form;
pub mod hours;
pub mod ics;
pub mod input;
pub mod municipalities;
pub mod rates;
pub mod scenario;
pub mod schedule;
pub mod sort;
pub mod tax;
pub mod text;
pub mod timeline;
