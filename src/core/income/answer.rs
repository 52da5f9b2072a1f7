//! The citizen's question, "does it pay to work the hours we are discussing
//! instead of today's?", answered by one calculation. The sentence at the
//! top, the comparison table, the per-hour panel and the employer's line all
//! read an `Answer`, so no two of them can tell different stories.

use crate::core::income::flekslontilskud::WEEKS_PER_MONTH;
use crate::core::income::scenario::{Change, Scenario};
use crate::core::text::sort;

/// How the subsidy answers more wage at a number of hours.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Zone {
    /// Lønindtægt below the taper threshold (*aftrapningsgrænse*): the
    /// subsidy falls 30 kr for each 100 kr more.
    BelowThreshold,
    /// Above it: 55 kr for each 100 kr more.
    AboveThreshold,
    /// At or past the wage ceiling (*lønloft*): the subsidy falls as much as
    /// the wage rises, so the employer pays instead of the municipality.
    PastCeiling,
    /// No subsidy left: the wage alone is too high for any.
    NoSubsidy,
}

/// A stretch of hours within one zone.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Span {
    pub zone: Zone,
    pub from: f64,
    pub to: f64,
}

/// Today's hours against the hours discussed.
#[derive(Clone, Debug, PartialEq)]
pub struct Answer {
    /// From today's hours (`from`) to the hours discussed (`to`).
    pub change: Change,
    /// Paid hours from which the wage ceiling binds.
    pub ceiling_hours: Option<f64>,
    /// The zones from the fewer hours to the more, in order; one span when
    /// the two are equal.
    pub spans: Vec<Span>,
}

impl Answer {
    pub fn new(s: &Scenario, today_hours: f64, target_hours: f64) -> Answer {
        let threshold_hours = s.threshold_hours();
        let ceiling_hours = s.ceiling_hours();
        let no_subsidy_hours = no_subsidy_from(s);
        let zone = |h: f64| {
            if no_subsidy_hours.is_some_and(|n| h >= n) {
                Zone::NoSubsidy
            } else if ceiling_hours.is_some_and(|c| h >= c) {
                Zone::PastCeiling
            } else if threshold_hours.is_some_and(|t| h >= t) {
                Zone::AboveThreshold
            } else {
                Zone::BelowThreshold
            }
        };
        let (lo, hi) = (today_hours.min(target_hours), today_hours.max(target_hours));
        let mut points = vec![lo];
        let mut inside: Vec<f64> = [threshold_hours, ceiling_hours, no_subsidy_hours]
            .into_iter()
            .flatten()
            .filter(|b| *b > lo && *b < hi)
            .collect();
        sort::sort_by(&mut inside, |a, b| a < b);
        points.extend(inside);
        points.push(hi);
        let spans = if hi > lo {
            points.windows(2).map(|w| Span { zone: zone((w[0] + w[1]) / 2.0), from: w[0], to: w[1] }).collect()
        } else {
            vec![Span { zone: zone(lo), from: lo, to: hi }]
        };
        // Neighbouring spans in one zone (a threshold past the ceiling) are one.
        let mut merged: Vec<Span> = Vec::new();
        for span in spans {
            match merged.last_mut() {
                Some(last) if last.zone == span.zone => last.to = span.to,
                _ => merged.push(span),
            }
        }
        Answer { change: s.change(today_hours, target_hours), ceiling_hours, spans: merged }
    }

    /// Target hours minus today's, per week.
    pub fn hours_more(&self) -> f64 {
        self.change.to.paid_hours_week - self.change.from.paid_hours_week
    }

    /// A monthly change spread over each extra hour a week; `None` when the
    /// hours do not change.
    pub fn per_weekly_hour(&self, monthly_change: f64) -> Option<f64> {
        let hours = self.hours_more();
        (hours.abs() > 1e-9).then(|| monthly_change / hours)
    }

    /// The employer's extra cost per extra hour worked (a month has 52/12
    /// weeks); `None` when the hours do not change.
    pub fn employer_per_hour_worked(&self) -> Option<f64> {
        self.per_weekly_hour(self.change.employer_cost()).map(|per_week| per_week / WEEKS_PER_MONTH)
    }

    /// Whether the wage ceiling is reached at or before the larger of the
    /// two numbers of hours: the sentence then says where.
    pub fn ceiling_within(&self) -> Option<f64> {
        let most = self.change.from.paid_hours_week.max(self.change.to.paid_hours_week);
        self.ceiling_hours.filter(|c| *c <= most)
    }
}

/// Paid hours from which no subsidy is left, if before full time. At 0
/// hours there is no job and no subsidy, so the search starts just above.
fn no_subsidy_from(s: &Scenario) -> Option<f64> {
    s.first_hours_where(0.01, |o| o.income.subsidy <= 1e-9)
}
