//! ISO dates for the agreement file and date inputs.

use chrono::NaiveDate;
use fleksjob_beregner::core::text::dates::{from_iso, to_iso};
use proptest::prelude::*;

#[test]
fn iso_dates_both_ways() {
    let d = NaiveDate::from_ymd_opt(2028, 2, 29).unwrap();
    assert_eq!(to_iso(d), "2028-02-29");
    assert_eq!(from_iso("2028-02-29"), Some(d));
    assert_eq!(to_iso(NaiveDate::from_ymd_opt(207, 1, 5).unwrap()), "0207-01-05");
    for bad in ["2027-02-29", "2026-13-01", "2026-1-01", "26-01-01", "2026/01/01", "2026-01-01T00", "", "२०२६-०१-०१"]
    {
        assert_eq!(from_iso(bad), None, "{bad:?}");
    }
}

proptest! {
    #[test]
    fn every_date_round_trips(days in 0i64..73_000) {
        let d = NaiveDate::from_ymd_opt(1900, 1, 1).unwrap() + chrono::Days::new(days as u64);
        prop_assert_eq!(from_iso(&to_iso(d)), Some(d));
    }

    #[test]
    fn any_text_is_a_date_or_none(s in "\\PC{0,12}") {
        let _ = from_iso(&s);
    }
}
