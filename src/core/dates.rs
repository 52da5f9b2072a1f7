//! ISO calendar dates ("2026-11-22") for the agreement file and the date
//! inputs, written and read here rather than by chrono's format machinery,
//! which costs several KB of wasm.

use chrono::{Datelike, NaiveDate};

/// `YYYY-MM-DD`.
pub fn to_iso(d: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
}

/// A date in exactly the form `YYYY-MM-DD`, if it exists.
pub fn from_iso(text: &str) -> Option<NaiveDate> {
    let b = text.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' || !digits(0..4) || !digits(5..7) || !digits(8..10) {
        return None;
    }
    NaiveDate::from_ymd_opt(text[0..4].parse().ok()?, text[5..7].parse().ok()?, text[8..10].parse().ok()?)
}

/// `#[serde(with = "…")]` for `NaiveDate` fields, as ISO text.
pub mod serde_iso {
    use chrono::NaiveDate;
    use serde::{de::Error, Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(date: &NaiveDate, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&super::to_iso(*date))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        super::from_iso(&text).ok_or_else(|| D::Error::custom("not a date in the form YYYY-MM-DD"))
    }
}
