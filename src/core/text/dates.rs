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

/// `serde_iso` for a date that may be absent (with `default`).
pub mod serde_iso_option {
    use chrono::NaiveDate;
    use serde::{Deserializer, Serializer};

    pub fn serialize<S: Serializer>(date: &Option<NaiveDate>, s: S) -> Result<S::Ok, S::Error> {
        match date {
            Some(d) => super::serde_iso::serialize(d, s),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
        super::serde_iso::deserialize(d).map(Some)
    }
}

/// A calendar month, "2027-03" in files and test ids.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Month {
    pub year: i32,
    /// 1 to 12.
    pub month: u32,
}

impl Month {
    pub fn of(date: NaiveDate) -> Month {
        Month { year: date.year(), month: date.month() }
    }

    pub fn first_day(self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.year, self.month, 1).unwrap_or_default()
    }

    pub fn next(self) -> Month {
        if self.month == 12 {
            Month { year: self.year + 1, month: 1 }
        } else {
            Month { month: self.month + 1, ..self }
        }
    }

    pub fn prev(self) -> Month {
        if self.month == 1 {
            Month { year: self.year - 1, month: 12 }
        } else {
            Month { month: self.month - 1, ..self }
        }
    }

    /// `self` plus `n` months.
    pub fn plus(self, n: u32) -> Month {
        (0..n).fold(self, |m, _| m.next())
    }

    /// The days of the month, first to last.
    pub fn days(self) -> impl Iterator<Item = NaiveDate> {
        let first = self.first_day();
        first.iter_days().take_while(move |d| d.month() == first.month())
    }

    /// Monday to Friday, public holidays not excepted.
    pub fn working_days(self) -> impl Iterator<Item = NaiveDate> {
        self.days().filter(|d| d.weekday().number_from_monday() <= 5)
    }

    /// How many `working_days` the month has.
    pub fn weekdays(self) -> u32 {
        self.working_days().count() as u32
    }

    /// `YYYY-MM`.
    pub fn iso(self) -> String {
        format!("{:04}-{:02}", self.year, self.month)
    }

    /// A month in exactly the form `YYYY-MM`, if it exists.
    pub fn from_iso(text: &str) -> Option<Month> {
        let b = text.as_bytes();
        if b.len() != 7 || b[4] != b'-' || !b.iter().enumerate().all(|(i, c)| i == 4 || c.is_ascii_digit()) {
            return None;
        }
        let month = Month { year: text[0..4].parse().ok()?, month: text[5..7].parse().ok()? };
        (1..=12).contains(&month.month).then_some(month)
    }
}

impl serde::Serialize for Month {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.iso())
    }
}

impl<'de> serde::Deserialize<'de> for Month {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Month, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        Month::from_iso(&text).ok_or_else(|| serde::de::Error::custom("not a month in the form YYYY-MM"))
    }
}
