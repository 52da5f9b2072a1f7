//! The rules: plain Rust, no web dependencies, tested natively.

pub mod flekslontilskud;
pub mod form;
pub mod hours;
pub mod input;
pub mod municipalities;
pub mod rates;
pub mod scenario;
pub mod tax;
