//! Reading and writing what people type and read, with no rule in it.

pub mod clean;
pub mod dates;
pub mod number;
pub mod sort;
