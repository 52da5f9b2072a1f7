//! The calculator's side of the page: the answer and comparison, the chart,
//! the subsidy step by step and the net details. Its form fields are in
//! `ui::fields`, which the agreement's month by month shares.

pub mod chart;
pub mod compare;
pub mod results;
