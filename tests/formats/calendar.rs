//! The follow-up calendar (.ics): one all-day event per follow-up, stable
//! UIDs, escaped and folded text.

use std::collections::HashSet;

use chrono::{Datelike, NaiveDateTime};
use fleksjob_beregner::core::agreement::ics::{calendar, escape, MAX_LINE_OCTETS};
use fleksjob_beregner::core::agreement::Agreement;
use fleksjob_beregner::core::document::{Locale, Term};
use fleksjob_beregner::i18n::Lang;

use crate::common::d;
use crate::full;

/// What a calendar program needs: CRLF everywhere, no line over 75 octets,
/// balanced BEGIN/END, and (unfolded) properties to look at.
pub(crate) fn check_ics(ics: &str) -> Vec<String> {
    assert!(ics.ends_with("\r\n"));
    let physical: Vec<&str> = ics[..ics.len() - 2].split("\r\n").collect();
    for line in &physical {
        assert!(!line.contains('\n') && !line.contains('\r'), "bare line break in {line:?}");
        assert!(line.len() <= MAX_LINE_OCTETS, "{} octets: {line:?}", line.len());
    }
    let mut unfolded: Vec<String> = Vec::new();
    for line in physical {
        match line.strip_prefix(' ') {
            Some(rest) => unfolded.last_mut().expect("a first line").push_str(rest),
            None => unfolded.push(line.to_string()),
        }
    }
    let mut open: Vec<&str> = Vec::new();
    for line in &unfolded {
        if let Some(name) = line.strip_prefix("BEGIN:") {
            open.push(name);
        } else if let Some(name) = line.strip_prefix("END:") {
            assert_eq!(open.pop(), Some(name), "END:{name} without its BEGIN");
        }
    }
    assert!(open.is_empty(), "unclosed {open:?}");
    assert_eq!(unfolded.first().map(String::as_str), Some("BEGIN:VCALENDAR"));
    unfolded
}

pub(crate) fn stamp() -> NaiveDateTime {
    d(2026, 3, 2).and_hms_opt(9, 5, 7).expect("valid time")
}

#[test]
fn the_calendar_has_one_all_day_event_per_follow_up() {
    let a = full();
    let ics = calendar(&a, stamp(), |f| Lang::Da.term(Term::of_follow_up(f.kind)).to_string());
    let lines = check_ics(&ics);
    let events = lines.iter().filter(|l| *l == "BEGIN:VEVENT").count();
    assert_eq!(events, a.follow_ups.len());
    let starts: Vec<&str> = lines.iter().filter_map(|l| l.strip_prefix("DTSTART;VALUE=DATE:")).collect();
    let want: Vec<String> =
        a.follow_ups.iter().map(|f| format!("{:04}{:02}{:02}", f.date.year(), f.date.month(), f.date.day())).collect();
    assert_eq!(starts, want);
    // The first is 31 Aug 2025 + 1 month; it ends the next day.
    assert_eq!(starts[0], "20250930");
    assert!(lines.contains(&"DTEND;VALUE=DATE:20251001".to_string()));
    assert!(lines.contains(&"DTEND;VALUE=DATE:20261225".to_string()));
    assert_eq!(lines.iter().filter(|l| *l == "DTSTAMP:20260302T090507Z").count(), events);
    assert!(lines.contains(&"SUMMARY:Opfølgning i de første seks måneder".to_string()));
    // Nothing of the agreement's personal content is in the file.
    for private in ["Anna", "Bageriet", "Stille rum", "Dorte", "Besøg"] {
        assert!(!ics.contains(private), "{private}");
    }
}

#[test]
fn calendar_uids_are_stable_distinct_and_follow_the_content() {
    let uids = |a: &Agreement| -> Vec<String> {
        check_ics(&calendar(a, stamp(), |_| "x".into()))
            .into_iter()
            .filter_map(|l| l.strip_prefix("UID:").map(str::to_string))
            .collect()
    };
    let a = full();
    let first = uids(&a);
    assert_eq!(first, uids(&a.clone()));
    assert_eq!(first.iter().collect::<HashSet<_>>().len(), first.len());
    assert!(first[0].ends_with("-0@fleksjob-beregner"));
    let mut other = a.clone();
    other.parties.citizen = "Bente".into();
    assert!(uids(&other).iter().all(|u| !first.contains(u)));
}

#[test]
fn calendar_text_is_escaped_and_long_titles_folded() {
    assert_eq!(escape(r"a\b;c,d"), r"a\\b\;c\,d");
    assert_eq!(escape("tab\there"), "tab\there");
    assert_eq!(escape("one\ntwo\r\nthree\rfour\u{7}"), r"one\ntwo\nthree\nfour");
    let title = "Opfølgning; møde, på arbejdspladsen\n".repeat(6);
    let mut a = full();
    a.follow_ups.truncate(1);
    let ics = calendar(&a, stamp(), |_| title.clone());
    let lines = check_ics(&ics);
    let summary = lines.iter().find_map(|l| l.strip_prefix("SUMMARY:")).expect("a summary");
    assert_eq!(summary, escape(&title));
    // Folding split the line, at character boundaries (check_ics unfolded
    // valid UTF-8, so no "ø" was cut in two).
    assert!(ics.matches("\r\n ").count() >= 3);
}
