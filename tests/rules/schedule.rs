//! The follow-up plan: rules as data, month arithmetic at month ends and in
//! leap years.

use chrono::{Datelike, NaiveDate};
use fleksjob_beregner::core::agreement::schedule::{add_months, follow_ups, Rules, MAX_HORIZON_MONTHS};
use fleksjob_beregner::core::agreement::{standard_follow_ups, FollowUp, FollowUpKind};
use proptest::prelude::*;

fn plan(start: NaiveDate, first: bool) -> Vec<(NaiveDate, FollowUpKind)> {
    follow_ups(Rules::standard(), start, first).into_iter().map(|f| (f.date, f.kind)).collect()
}

use FollowUpKind::{Early, Periodic, Status};

use crate::common::d;

#[test]
fn the_embedded_rules_say_what_the_domain_says() {
    let rules = Rules::standard();
    assert_eq!(rules.horizon_months, 120);
    let summary: Vec<_> =
        rules.rules.iter().map(|r| (r.kind, r.at_months.clone(), r.then_every_months, r.first_fleksjob_only)).collect();
    assert_eq!(
        summary,
        vec![
            (Early, vec![1, 2, 4, 6], None, false),
            (Periodic, vec![30], Some(30), false),
            (Status, vec![54], None, true),
        ]
    );
    assert!(rules.rules.iter().all(|r| !r.source.is_empty()));
}

#[test]
fn a_first_fleksjob_from_mid_month() {
    assert_eq!(
        plan(d(2026, 1, 15), true),
        vec![
            (d(2026, 2, 15), Early),
            (d(2026, 3, 15), Early),
            (d(2026, 5, 15), Early),
            (d(2026, 7, 15), Early),
            (d(2028, 7, 15), Periodic),
            (d(2030, 7, 15), Status),
            (d(2031, 1, 15), Periodic),
            (d(2033, 7, 15), Periodic),
            (d(2036, 1, 15), Periodic),
        ]
    );
}

#[test]
fn a_later_fleksjob_has_no_status_follow_up() {
    let later = plan(d(2026, 1, 15), false);
    assert_eq!(later.len(), 8);
    assert!(later.iter().all(|(_, kind)| *kind != Status));
}

#[test]
fn the_31st_of_january_falls_back_to_the_end_of_february_only_for_february() {
    let dates: Vec<_> = plan(d(2027, 1, 31), true).into_iter().map(|(date, _)| date).collect();
    assert_eq!(
        dates,
        vec![
            d(2027, 2, 28),
            d(2027, 3, 31),
            d(2027, 5, 31),
            d(2027, 7, 31),
            d(2029, 7, 31),
            d(2031, 7, 31),
            d(2032, 1, 31),
            d(2034, 7, 31),
            d(2037, 1, 31),
        ]
    );
    // In a leap year February has a 29th.
    assert_eq!(plan(d(2028, 1, 31), true)[0].0, d(2028, 2, 29));
}

#[test]
fn the_31st_of_august_reaches_29_february_2028_then_returns_to_the_31st() {
    let dates: Vec<_> = plan(d(2025, 8, 31), true).into_iter().map(|(date, _)| date).collect();
    assert_eq!(
        dates,
        vec![
            d(2025, 9, 30),
            d(2025, 10, 31),
            d(2025, 12, 31),
            d(2026, 2, 28),
            // 30 months: February of a leap year.
            d(2028, 2, 29),
            d(2030, 2, 28),
            // 60 months counted from the start, not from 29 February.
            d(2030, 8, 31),
            d(2033, 2, 28),
            d(2035, 8, 31),
        ]
    );
}

#[test]
fn a_start_on_29_february() {
    let dates: Vec<_> = plan(d(2028, 2, 29), true).into_iter().map(|(date, _)| date).collect();
    assert_eq!(
        dates,
        vec![
            d(2028, 3, 29),
            d(2028, 4, 29),
            d(2028, 6, 29),
            d(2028, 8, 29),
            d(2030, 8, 29),
            d(2032, 8, 29),
            d(2033, 2, 28),
            d(2035, 8, 29),
            d(2038, 2, 28),
        ]
    );
    assert_eq!(add_months(d(2028, 2, 29), 48), Some(d(2032, 2, 29)));
    assert_eq!(add_months(d(2028, 2, 29), 12), Some(d(2029, 2, 28)));
}

#[test]
fn month_ends_of_short_months() {
    assert_eq!(add_months(d(2026, 3, 31), 1), Some(d(2026, 4, 30)));
    assert_eq!(add_months(d(2026, 5, 31), 6), Some(d(2026, 11, 30)));
    assert_eq!(add_months(d(2026, 12, 31), 2), Some(d(2027, 2, 28)));
    assert_eq!(add_months(d(2026, 1, 30), 1), Some(d(2026, 2, 28)));
    assert_eq!(add_months(d(2026, 4, 30), 1), Some(d(2026, 5, 30)));
    assert_eq!(add_months(d(2026, 4, 30), 0), Some(d(2026, 4, 30)));
}

#[test]
fn rules_from_other_data_are_applied_the_same_way() {
    // A reform could, say, follow up yearly for the first three years and
    // drop the status follow-up.
    let rules = Rules::from_json(
        r#"{"horizon_months": 36, "rules": [
            {"kind": "periodic", "at_months": [12], "then_every_months": 12},
            {"kind": "early", "at_months": [3, 1, 40]}
        ]}"#,
    )
    .expect("valid rules");
    let got: Vec<_> = follow_ups(&rules, d(2026, 1, 31), true).into_iter().map(|f| (f.date, f.kind)).collect();
    assert_eq!(
        got,
        vec![
            (d(2026, 2, 28), Early),
            (d(2026, 4, 30), Early),
            (d(2027, 1, 31), Periodic),
            (d(2028, 1, 31), Periodic),
            (d(2029, 1, 31), Periodic),
        ]
    );
}

#[test]
fn same_day_follow_ups_keep_the_order_of_the_rules() {
    let rules = Rules::from_json(
        r#"{"horizon_months": 12, "rules": [
            {"kind": "status", "at_months": [6]},
            {"kind": "early", "at_months": [6]}
        ]}"#,
    )
    .expect("valid rules");
    let kinds: Vec<_> = follow_ups(&rules, d(2026, 1, 1), false).into_iter().map(|f| f.kind).collect();
    assert_eq!(kinds, vec![Status, Early]);
}

#[test]
fn bad_rules_are_refused() {
    let zero = r#"{"horizon_months": 12, "rules": [{"kind": "periodic", "at_months": [1], "then_every_months": 0}]}"#;
    assert!(Rules::from_json(zero).is_err());
    let unknown_kind = r#"{"horizon_months": 12, "rules": [{"kind": "weekly", "at_months": [1]}]}"#;
    assert!(Rules::from_json(unknown_kind).is_err());
    let typo = r#"{"horizon_months": 12, "rules": [{"kind": "early", "at_month": [1]}]}"#;
    assert!(Rules::from_json(typo).is_err());
}

#[test]
fn a_huge_horizon_is_capped() {
    let rules = Rules::from_json(
        r#"{"horizon_months": 4000000000, "rules": [{"kind": "custom", "at_months": [1], "then_every_months": 1}]}"#,
    )
    .expect("valid rules");
    let plan = follow_ups(&rules, d(2026, 1, 1), true);
    assert_eq!(plan.len() as u32, MAX_HORIZON_MONTHS);
    assert_eq!(plan.last().map(|f| f.date), Some(d(2051, 1, 1)));
}

#[test]
fn generated_follow_ups_are_open_and_unlabelled() {
    // The schedule gives dates and kinds; the agreement keeps them as its own.
    let plan = standard_follow_ups(d(2026, 1, 1), true);
    assert!(plan.iter().all(|f: &FollowUp| !f.done && f.label.is_empty()));
    let planned: Vec<_> = plan.iter().map(|f| (f.date, f.kind)).collect();
    assert_eq!(planned, self::plan(d(2026, 1, 1), true));
}

fn days_in_month(year: i32, month: u32) -> u32 {
    let next =
        if month == 12 { NaiveDate::from_ymd_opt(year + 1, 1, 1) } else { NaiveDate::from_ymd_opt(year, month + 1, 1) };
    next.and_then(|n| n.pred_opt()).map_or(0, |last| last.day())
}

proptest! {
    /// Every date is the start's day in the target month, or that month's
    /// last day when it is shorter; the plan is sorted and after the start.
    #[test]
    fn every_follow_up_keeps_the_start_day_where_it_exists(
        days in 0i64..(100 * 366),
        first in any::<bool>(),
    ) {
        let start = d(2000, 1, 1) + chrono::Duration::days(days);
        let rules = Rules::standard();
        let plan = follow_ups(rules, start, first);
        prop_assert_eq!(plan.len(), if first { 9 } else { 8 });
        prop_assert!(plan.windows(2).all(|w| w[0].date <= w[1].date));
        prop_assert!(plan.iter().all(|f| f.date > start));
        for rule in &rules.rules {
            for &m in &rule.at_months {
                if rule.first_fleksjob_only && !first {
                    continue;
                }
                let total = start.month0() + m;
                let year = start.year() + (total / 12) as i32;
                let month = total % 12 + 1;
                let want = d(year, month, start.day().min(days_in_month(year, month)));
                prop_assert!(
                    plan.iter().any(|f| f.date == want && f.kind == rule.kind),
                    "{} + {} months should give {}", start, m, want
                );
            }
        }
    }
}
