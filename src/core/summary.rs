//! The agreement as plain text to paste into a case system (*fagsystem*).
//! Every word comes from `Labels`, so the UI can pass its own translation;
//! Danish and English are built in. Empty fields are left out.

use chrono::{Datelike, NaiveDate};

use super::agreement::{names_kommunen, Accommodation, Agreement, FollowUpKind, Hours, SupportItem};

/// How dates are written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateStyle {
    /// `01.03.2026`, as in Danish case systems.
    DayMonthYear,
    /// `2026-03-01`.
    Iso,
}

/// Every word of the summary.
#[derive(Clone, Debug, PartialEq)]
pub struct Labels<'a> {
    pub title: &'a str,
    pub date: &'a str,
    pub citizen: &'a str,
    pub employer: &'a str,
    pub employer_contact: &'a str,
    /// The jobcentre's consultant, in agreements dated before the reform.
    pub consultant: &'a str,
    /// The municipality's caseworker, after it (see `names_kommunen`).
    pub consultant_kommune: &'a str,
    pub fleksjob_start: &'a str,
    pub first_fleksjob: &'a str,
    pub today: &'a str,
    /// Heading of the hours line: attended / effective / paid per week.
    pub hours: &'a str,
    pub tasks: &'a str,
    pub accommodations: &'a str,
    pub pace: &'a str,
    pub breaks: &'a str,
    pub lifting: &'a str,
    pub spread_of_hours: &'a str,
    pub days_off: &'a str,
    pub goal: &'a str,
    pub step: &'a str,
    /// "from 01.03.2026 for 6 weeks": the words around the date and count.
    pub from: &'a str,
    pub for_weeks: &'a str,
    pub weeks: &'a str,
    pub trial: &'a str,
    pub binding: &'a str,
    pub if_not_working: &'a str,
    pub support: &'a str,
    pub mentor: &'a str,
    pub aids: &'a str,
    pub personal_assistance: &'a str,
    pub other_support: &'a str,
    pub follow_ups: &'a str,
    pub early: &'a str,
    pub periodic: &'a str,
    pub status: &'a str,
    pub custom: &'a str,
    pub done: &'a str,
    pub decimal_mark: char,
    pub date_style: DateStyle,
}

impl<'a> Labels<'a> {
    /// An accommodation as words: the label of a common kind, or the text the
    /// user wrote.
    pub fn accommodation<'b>(&'b self, a: &'b Accommodation) -> &'b str {
        match a {
            Accommodation::Pace => self.pace,
            Accommodation::Breaks => self.breaks,
            Accommodation::Lifting => self.lifting,
            Accommodation::SpreadOfHours => self.spread_of_hours,
            Accommodation::DaysOff => self.days_off,
            Accommodation::Other(text) => text,
        }
    }

    /// A follow-up kind as words (also a generic title for calendar events).
    pub fn follow_up_kind(&self, kind: FollowUpKind) -> &'a str {
        match kind {
            FollowUpKind::Early => self.early,
            FollowUpKind::Periodic => self.periodic,
            FollowUpKind::Status => self.status,
            FollowUpKind::Custom => self.custom,
        }
    }

    pub fn format_date(&self, d: NaiveDate) -> String {
        match self.date_style {
            DateStyle::DayMonthYear => format!("{:02}.{:02}.{:04}", d.day(), d.month(), d.year()),
            DateStyle::Iso => format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day()),
        }
    }

    /// Hours with at most two decimals and no trailing zeros ("12,5"), from
    /// whole hundredths so no float formatting code is pulled into the wasm.
    pub fn format_hours(&self, value: f64) -> String {
        if !value.is_finite() || value.abs() > 1e9 {
            return "–".to_string();
        }
        let hundredths = (value * 100.0).round() as i64;
        let sign = if hundredths < 0 { "-" } else { "" };
        let (whole, frac) = (hundredths.abs() / 100, hundredths.abs() % 100);
        match frac {
            0 => format!("{sign}{whole}"),
            f if f % 10 == 0 => format!("{sign}{whole}{}{}", self.decimal_mark, f / 10),
            f => format!("{sign}{whole}{}{f:02}", self.decimal_mark),
        }
    }

    fn format_hours_line(&self, h: &Hours) -> String {
        format!(
            "{}: {} / {} / {}",
            self.hours,
            self.format_hours(h.attended),
            self.format_hours(h.effective),
            self.format_hours(h.paid)
        )
    }
}

/// `label: text`, or nothing when the text is blank. A text of several
/// lines continues on lines indented by two spaces, so every line of the
/// summary still starts with a label or belongs visibly to one.
fn push_field(out: &mut Vec<String>, label: &str, text: &str) {
    let text = text.trim();
    if !text.is_empty() {
        let lines: Vec<&str> = text.lines().map(str::trim_end).filter(|l| !l.trim().is_empty()).collect();
        out.push(format!("{label}: {}", lines.join("\n  ")));
    }
}

/// The summary, lines separated by `\n`.
pub fn summary(a: &Agreement, l: &Labels) -> String {
    let mut out = vec![l.title.to_string()];
    out.push(format!("{}: {}", l.date, l.format_date(a.date)));
    push_field(&mut out, l.citizen, &a.parties.citizen);
    push_field(&mut out, l.employer, &a.parties.employer);
    push_field(&mut out, l.employer_contact, &a.parties.employer_contact);
    let consultant = if names_kommunen(a.date) { l.consultant_kommune } else { l.consultant };
    push_field(&mut out, consultant, &a.parties.consultant);
    out.push(format!("{}: {}", l.fleksjob_start, l.format_date(a.fleksjob_start)));
    if a.first_fleksjob {
        out.push(l.first_fleksjob.to_string());
    }

    out.push(String::new());
    out.push(l.today.to_string());
    out.push(l.format_hours_line(&a.today.hours));
    push_field(&mut out, l.tasks, &a.today.tasks);
    let accommodations: Vec<&str> =
        a.today.accommodations.iter().map(|x| l.accommodation(x).trim()).filter(|x| !x.is_empty()).collect();
    push_field(&mut out, l.accommodations, &accommodations.join("; "));

    if !a.goal.trim().is_empty() {
        out.push(String::new());
        push_field(&mut out, l.goal, &a.goal);
    }
    for (i, step) in a.steps.iter().enumerate() {
        out.push(String::new());
        out.push(format!(
            "{} {}: {} {} {} {} {}, {}",
            l.step,
            i + 1,
            l.from,
            l.format_date(step.start),
            l.for_weeks,
            step.duration_weeks,
            l.weeks,
            if step.trial { l.trial } else { l.binding }
        ));
        out.push(l.format_hours_line(&step.hours));
        push_field(&mut out, l.tasks, &step.tasks);
        push_field(&mut out, l.if_not_working, &step.if_not_working);
    }

    let s = &a.support;
    let items: [(&str, &SupportItem); 3] =
        [(l.mentor, &s.mentor), (l.aids, &s.aids), (l.personal_assistance, &s.personal_assistance)];
    let given: Vec<String> = items
        .iter()
        .filter(|(_, item)| item.given)
        .map(|(label, item)| match item.note.trim() {
            "" => label.to_string(),
            note => format!("{label}: {note}"),
        })
        .collect();
    if !given.is_empty() || !s.other.trim().is_empty() {
        out.push(String::new());
        out.push(l.support.to_string());
        out.extend(given);
        push_field(&mut out, l.other_support, &s.other);
    }

    if !a.follow_ups.is_empty() {
        out.push(String::new());
        out.push(l.follow_ups.to_string());
        for f in &a.follow_ups {
            let mut line = format!("{}  {}", l.format_date(f.date), l.follow_up_kind(f.kind));
            if !f.label.trim().is_empty() {
                line.push_str(&format!(": {}", f.label.trim()));
            }
            if f.done {
                line.push_str(&format!(" ({})", l.done));
            }
            out.push(line);
        }
    }
    out.join("\n")
}
