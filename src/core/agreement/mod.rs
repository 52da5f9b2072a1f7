//! The progression agreement: the model and its one validator, the follow-up
//! plan, the follow-up meetings' records, month by month, the file and link
//! formats, and the calendar file.

mod model;
pub use model::*;
mod path;
pub use path::*;

pub mod ics;
pub mod io;
pub mod records;
pub mod schedule;
pub mod timeline;
