//! The income rules: what a fleksjob at some hours pays, and what is left.

pub mod answer;
pub mod flekslontilskud;
pub mod folkepension;
pub mod form;
pub mod hours;
pub mod municipalities;
pub mod rates;
pub mod scenario;
pub mod tax;
