//! The progression agreement: the model and its one validator, the follow-up
//! plan, month by month, the file and link formats, the calendar file.

mod model;
pub use model::*;

pub mod ics;
pub mod io;
pub mod schedule;
pub mod timeline;
