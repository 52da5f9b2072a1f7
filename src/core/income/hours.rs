//! Attended, effective and paid hours (*fremmødte*, *effektive*, *lønnede
//! timer*) and work intensity. The gap between effective and paid hours is
//! the citizen's argument in a negotiation: many already deliver more
//! effective work than they are paid for (seed 000, progression as "a paper
//! exercise").

use serde::{Deserialize, Serialize};

/// Hours per week, the three figures that matter in a fleksjob.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Hours {
    /// Hours physically at work.
    #[serde(deserialize_with = "crate::core::text::number::nan_from_null")]
    pub attended: f64,
    /// The work delivered, counted in hours of an employee without
    /// limitations. Never more than `attended`.
    #[serde(deserialize_with = "crate::core::text::number::nan_from_null")]
    pub effective: f64,
    /// Hours the employer pays for; by the 2013 rules these should equal the
    /// effective hours.
    #[serde(deserialize_with = "crate::core::text::number::nan_from_null")]
    pub paid: f64,
}

/// What the three numbers say together.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct HoursAssessment {
    /// Effective ÷ attended, 0..=1; `None` without attended hours.
    pub intensity: Option<f64>,
    /// Effective minus paid: positive when the citizen delivers more than
    /// they are paid for, negative when paid above effective.
    pub unpaid_effective: f64,
}

/// Why the hours do not fit together.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HoursError {
    /// More effective hours than attended is impossible.
    EffectiveAboveAttended,
}

impl Hours {
    /// Work intensity (*arbejdsintensitet*): effective ÷ attended, e.g. 0.4
    /// for 4 effective of 10 attended. `None` with no attended hours.
    pub fn intensity(&self) -> Option<f64> {
        (self.attended > 0.0).then(|| self.effective / self.attended)
    }

    /// Effective hours the employer does not pay for.
    pub fn unpaid_effective(&self) -> f64 {
        self.effective - self.paid
    }

    pub fn check(&self) -> Result<HoursAssessment, HoursError> {
        if self.effective > self.attended {
            return Err(HoursError::EffectiveAboveAttended);
        }
        Ok(HoursAssessment { intensity: self.intensity(), unpaid_effective: self.unpaid_effective() })
    }
}
