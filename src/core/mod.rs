//! The rules: plain Rust, no web dependencies, tested natively.

pub mod flekslontilskud;
pub mod form;
pub mod input;
pub mod rates;
