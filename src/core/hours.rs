//! Attended, effective and paid hours (*fremmødte*, *effektive*, *lønnede
//! timer*) and work intensity. The gap between effective and paid hours is
//! the citizen's argument in a negotiation: many already deliver more
//! effective work than they are paid for (seed 000).

/// Hours per week of one fleksjob.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct WeeklyHours {
    /// Hours physically at work.
    pub attended: f64,
    /// The work delivered, in hours of an employee without limitations.
    pub effective: f64,
    /// Hours the employer pays for; by the 2013 rules paid should equal effective.
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

impl WeeklyHours {
    pub fn check(&self) -> Result<HoursAssessment, HoursError> {
        if self.effective > self.attended {
            return Err(HoursError::EffectiveAboveAttended);
        }
        Ok(HoursAssessment {
            intensity: (self.attended > 0.0).then(|| self.effective / self.attended),
            unpaid_effective: self.effective - self.paid,
        })
    }
}
