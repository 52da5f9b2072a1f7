//! The follow-up plan as a calendar file (iCalendar, RFC 5545) to import
//! into the consultant's or citizen's calendar.
//!
//! Each follow-up is an all-day event. The event title comes from the caller
//! (translated, and generic: calendars are often shared or synced, so the
//! file carries no name, accommodation or other personal data beyond what the
//! caller puts in the title).

use chrono::{Datelike, Days, NaiveDate, NaiveDateTime, Timelike};

use crate::core::agreement::io::to_json;
use crate::core::agreement::{Agreement, FollowUp};

/// Longest line in octets, excluding the CRLF (RFC 5545 §3.1).
pub const MAX_LINE_OCTETS: usize = 75;

/// The calendar of `agreement`'s follow-ups, one event each, in plan order.
///
/// `stamp` is when the file is made, in UTC (DTSTAMP); the core has no clock.
/// `title` gives each event's SUMMARY.
///
/// UIDs are derived from the whole agreement and the event's place in the
/// plan, so the same agreement always gives the same file. Any edit gives new
/// UIDs: importing again adds events instead of updating, but two citizens'
/// plans with the same dates can never overwrite each other's events.
pub fn calendar(agreement: &Agreement, stamp: NaiveDateTime, title: impl Fn(&FollowUp) -> String) -> String {
    let id = fnv1a64(to_json(agreement).as_bytes());
    let mut out = String::new();
    for line in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//fleksjob-beregner//progression agreement//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ] {
        push_line(&mut out, line);
    }
    for (i, follow_up) in agreement.follow_ups.iter().enumerate() {
        push_line(&mut out, "BEGIN:VEVENT");
        push_line(&mut out, &format!("UID:{id:016x}-{i}@fleksjob-beregner"));
        push_line(&mut out, &format!("DTSTAMP:{}", date_time(stamp)));
        push_line(&mut out, &format!("DTSTART;VALUE=DATE:{}", date(follow_up.date)));
        // DTEND is exclusive: the next day makes a one-day event.
        if let Some(next) = follow_up.date.checked_add_days(Days::new(1)) {
            push_line(&mut out, &format!("DTEND;VALUE=DATE:{}", date(next)));
        }
        push_line(&mut out, &format!("SUMMARY:{}", escape(&title(follow_up))));
        push_line(&mut out, "TRANSP:TRANSPARENT");
        push_line(&mut out, "END:VEVENT");
    }
    push_line(&mut out, "END:VCALENDAR");
    out
}

/// `20260301`.
fn date(d: NaiveDate) -> String {
    format!("{:04}{:02}{:02}", d.year(), d.month(), d.day())
}

/// `20260301T120000Z`.
fn date_time(t: NaiveDateTime) -> String {
    format!("{}T{:02}{:02}{:02}Z", date(t.date()), t.hour(), t.minute(), t.second())
}

/// A TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and newline
/// escaped; control characters other than tab dropped, as the format does
/// not allow them.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                // CRLF is one line break; a lone CR counts as one too.
                if chars.peek() != Some(&'\n') {
                    out.push_str("\\n");
                }
            }
            '\n' => out.push_str("\\n"),
            c if c.is_control() && c != '\t' => {}
            c => out.push(c),
        }
    }
    out
}

/// Append a content line, folded so that no line exceeds 75 octets: each
/// continuation starts with a space, and a character is never split.
fn push_line(out: &mut String, line: &str) {
    let mut used = 0;
    for c in line.chars() {
        if used + c.len_utf8() > MAX_LINE_OCTETS {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += c.len_utf8();
    }
    out.push_str("\r\n");
}

/// FNV-1a, 64 bits: a small stable hash, enough to tell agreements apart in
/// UIDs (it is not for security).
fn fnv1a64(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, b| (hash ^ u64::from(*b)).wrapping_mul(0x0000_0100_0000_01b3))
}
