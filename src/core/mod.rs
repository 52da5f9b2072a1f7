//! The rules: plain Rust, no web dependencies, tested natively. One folder
//! per domain; each depends only on those above it in this list.

/// The progression agreement: its model, follow-up plan, months, file formats.
pub mod agreement;
/// The agreement and its basis as one document, for screen, paper and text.
pub mod document;
/// The income rules: rates, fleksløntilskud, tax, hours, one job at any hours.
pub mod income;
/// Reading and writing what people type and read: numbers, dates, free text.
pub mod text;
