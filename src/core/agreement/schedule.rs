//! The follow-up plan generated from the fleksjob's start date. The rules
//! are data (`followup_rules.json`, embedded at build time) because the
//! milestones are under reform; this module only knows how to apply them.
//!
//! Every date is the start date plus whole months, counted from the start
//! each time (never from the previous follow-up), with chrono's month
//! arithmetic: a day that does not exist in the target month becomes that
//! month's last day (31 January + 1 month = 28 or 29 February). Counting from
//! the start keeps a fleksjob that began on the 31st on the 31st whenever the
//! month has one, instead of drifting to the 28th for good.

use std::sync::OnceLock;

use chrono::{Months, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::core::text::sort;

/// Why a follow-up is in the plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FollowUpKind {
    /// One of about four in the first six months of a new fleksjob (the UIF
    /// model, seed 004).
    Early,
    /// The jobcentre's follow-up after 2½ years and every 2½ years after.
    Periodic,
    /// The status after 4½ years of a first fleksjob, which is temporary (5
    /// years) and may then become permanent.
    Status,
    /// Added by the user.
    Custom,
}

impl FollowUpKind {
    pub const ALL: [FollowUpKind; 4] =
        [FollowUpKind::Early, FollowUpKind::Periodic, FollowUpKind::Status, FollowUpKind::Custom];

    /// Stable name of the kind, for the UI's translations and the file.
    pub fn key(self) -> &'static str {
        match self {
            FollowUpKind::Early => "early",
            FollowUpKind::Periodic => "periodic",
            FollowUpKind::Status => "status",
            FollowUpKind::Custom => "custom",
        }
    }
}

/// A follow-up the rules plan: when, and why.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Planned {
    pub date: NaiveDate,
    pub kind: FollowUpKind,
}

/// The embedded standard rules.
const STANDARD_RULES: &str = include_str!("followup_rules.json");

/// No plan looks further ahead than this (25 years), whatever the data says,
/// so a mistyped horizon cannot make a plan of thousands of meetings.
pub const MAX_HORIZON_MONTHS: u32 = 300;

/// A set of follow-up rules.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rules {
    /// What the rules are and why they are data; for readers of the file.
    #[serde(default)]
    pub about: String,
    /// Follow-ups later than this many months after the start are left out.
    pub horizon_months: u32,
    pub rules: Vec<Rule>,
}

/// One rule: follow-ups of one kind at fixed month offsets, optionally
/// repeating after the last offset.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    pub kind: FollowUpKind,
    /// Months after the start, e.g. [1, 2, 4, 6].
    pub at_months: Vec<u32>,
    /// After the last of `at_months`, repeat at this interval up to the
    /// horizon (30 for "every 2½ years").
    #[serde(default)]
    pub then_every_months: Option<u32>,
    /// Only for a first fleksjob, which is temporary.
    #[serde(default)]
    pub first_fleksjob_only: bool,
    /// Where the rule comes from.
    #[serde(default)]
    pub source: String,
}

impl Rules {
    /// Read rules from JSON, refusing a repeat interval of zero months.
    pub fn from_json(text: &str) -> Result<Rules, String> {
        let rules: Rules = serde_json::from_str(text).map_err(|e| e.to_string())?;
        if rules.rules.iter().any(|r| r.then_every_months == Some(0)) {
            return Err("then_every_months must be at least 1".to_string());
        }
        Ok(rules)
    }

    /// The embedded rules, parsed on first use. The file is part of the
    /// build and a test reads it, so failing here is a build defect.
    pub fn standard() -> &'static Rules {
        static RULES: OnceLock<Rules> = OnceLock::new();
        RULES.get_or_init(|| Rules::from_json(STANDARD_RULES).expect("followup_rules.json is checked by tests"))
    }
}

impl Rule {
    /// This rule's month offsets up to `horizon` (inclusive), ascending.
    fn months(&self, horizon: u32) -> Vec<u32> {
        let mut months: Vec<u32> = self.at_months.iter().copied().filter(|m| *m <= horizon).collect();
        if let (Some(every), Some(last)) = (self.then_every_months, self.at_months.iter().max()) {
            // `from_json` refuses 0; a rule built in code gets monthly.
            let every = every.max(1);
            let mut next = last.checked_add(every);
            while let Some(m) = next.filter(|m| *m <= horizon) {
                months.push(m);
                next = m.checked_add(every);
            }
        }
        sort::sort_by(&mut months, |a, b| a < b);
        months.dedup();
        months
    }
}

/// `start` plus whole months, the month's last day where the day does not
/// exist. `None` only beyond the calendar's range.
pub fn add_months(start: NaiveDate, months: u32) -> Option<NaiveDate> {
    start.checked_add_months(Months::new(months))
}

/// The follow-up plan for a fleksjob starting on `start`, sorted by date
/// (rules in file order where two fall on the same day): dates and kinds,
/// which the agreement keeps as its own follow-ups.
pub fn follow_ups(rules: &Rules, start: NaiveDate, first_fleksjob: bool) -> Vec<Planned> {
    let horizon = rules.horizon_months.min(MAX_HORIZON_MONTHS);
    let mut plan: Vec<Planned> = rules
        .rules
        .iter()
        .filter(|rule| first_fleksjob || !rule.first_fleksjob_only)
        .flat_map(|rule| {
            rule.months(horizon)
                .into_iter()
                .filter_map(move |m| add_months(start, m))
                .map(move |date| Planned { date, kind: rule.kind })
        })
        .collect();
    sort::sort_by(&mut plan, |a, b| a.date < b.date);
    plan
}
