//! The progression agreement: the model and its one validator, the follow-up
//! plan, the follow-up meetings' records, month by month, the file and link formats, the calendar file, and
//! the work on screen as its tab keeps it.

mod model;
pub use model::*;
mod path;
pub use path::*;

pub mod ics;
pub mod io;
pub mod records;
pub mod schedule;
pub mod timeline;
pub mod work;
