//! The calculator's form as the user typed it, and its evaluation into a
//! result or per-field errors. Kept as text so that nothing typed is lost,
//! even when it is not (yet) a valid number.

use super::flekslontilskud::{calculate, Employment, MonthlyIncome};
use super::input::{ranges, InputError, Range};
use super::rates::{self, Figure, Status, YearRates};

/// A text field of the calculator. `key` is its name in the URL fragment.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Field {
    HourlyWage,
    PensionEmployer,
    PensionEmployee,
    PaidHours,
    FulltimeHours,
    FulltimeWage,
    /// Consultant's override of the year's maximum subsidy.
    MaxSubsidy,
    /// Consultant's override of the year's taper threshold.
    TaperThreshold,
}

impl Field {
    pub const ALL: [Field; 8] = [
        Field::HourlyWage,
        Field::PensionEmployer,
        Field::PensionEmployee,
        Field::PaidHours,
        Field::FulltimeHours,
        Field::FulltimeWage,
        Field::MaxSubsidy,
        Field::TaperThreshold,
    ];

    /// The field's key in the URL fragment (documented in the README).
    pub fn key(self) -> &'static str {
        match self {
            Field::HourlyWage => "wage",
            Field::PensionEmployer => "pension_employer",
            Field::PensionEmployee => "pension_employee",
            Field::PaidHours => "paid",
            Field::FulltimeHours => "fulltime_hours",
            Field::FulltimeWage => "fulltime_wage",
            Field::MaxSubsidy => "max_subsidy",
            Field::TaperThreshold => "threshold",
        }
    }

    pub fn from_key(key: &str) -> Option<Field> {
        Field::ALL.into_iter().find(|f| f.key() == key)
    }

    fn range(self) -> Range {
        match self {
            Field::HourlyWage | Field::FulltimeWage => ranges::HOURLY_WAGE,
            Field::PensionEmployer | Field::PensionEmployee => ranges::PENSION_PCT,
            Field::PaidHours => ranges::HOURS_WEEK,
            Field::FulltimeHours => ranges::FULLTIME_HOURS_WEEK,
            Field::MaxSubsidy | Field::TaperThreshold => ranges::RATE_MONTH,
        }
    }

    /// Whether an empty field means "use the default" rather than an error.
    pub fn optional(self) -> bool {
        matches!(
            self,
            Field::PensionEmployer
                | Field::PensionEmployee
                | Field::FulltimeWage
                | Field::MaxSubsidy
                | Field::TaperThreshold
        )
    }

    /// What the field holds when the page opens: STAR's own example.
    fn initial_text(self) -> &'static str {
        match self {
            Field::HourlyWage => "200",
            Field::PaidHours => "18",
            Field::FulltimeHours => "37",
            Field::PensionEmployer | Field::PensionEmployee => "0",
            Field::FulltimeWage | Field::MaxSubsidy | Field::TaperThreshold => "",
        }
    }
}

/// Everything the user entered, as typed.
#[derive(Clone, Debug, PartialEq)]
pub struct CalculatorForm {
    pub year: u16,
    texts: [String; Field::ALL.len()],
}

impl CalculatorForm {
    /// The form as it opens, for the given calendar year.
    pub fn new(current_year: u16) -> Self {
        CalculatorForm {
            year: rates::default_year(current_year),
            texts: Field::ALL.map(|f| f.initial_text().to_string()),
        }
    }

    pub fn text(&self, field: Field) -> &str {
        &self.texts[field as usize]
    }

    pub fn set_text(&mut self, field: Field, text: impl Into<String>) {
        self.texts[field as usize] = text.into();
    }

    /// Select a year; one without rates is ignored and the year kept.
    pub fn set_year(&mut self, year: u16) {
        if rates::for_year(year).is_some() {
            self.year = year;
        }
    }

    /// The field's value, `Ok(None)` for an optional field left empty.
    pub fn value(&self, field: Field) -> Result<Option<f64>, InputError> {
        let text = self.text(field);
        if field.optional() && text.trim().is_empty() {
            return Ok(None);
        }
        field.range().read(text).map(Some)
    }

    /// What an empty optional field stands for, to show as its placeholder.
    pub fn default_value(&self, field: Field) -> Option<f64> {
        let year = rates::for_year(self.year)?;
        match field {
            Field::FulltimeWage => self.value(Field::HourlyWage).ok().flatten(),
            Field::MaxSubsidy => Some(year.max_subsidy_month.value),
            Field::TaperThreshold => Some(year.taper_threshold_month.value),
            Field::PensionEmployer | Field::PensionEmployee => Some(0.0),
            Field::HourlyWage | Field::PaidHours | Field::FulltimeHours => None,
        }
    }

    /// The error to show beside `field`, if any.
    pub fn error(&self, field: Field) -> Option<InputError> {
        self.value(field).err()
    }

    /// The year's rates with the consultant's overrides applied.
    pub fn rates(&self) -> YearRates {
        let mut r = *rates::for_year(self.year).unwrap_or(&rates::YEARS[rates::YEARS.len() - 1]);
        if let Ok(Some(v)) = self.value(Field::MaxSubsidy) {
            r.max_subsidy_month = overridden(v);
        }
        if let Ok(Some(v)) = self.value(Field::TaperThreshold) {
            r.taper_threshold_month = overridden(v);
        }
        r
    }

    /// The employment described by the form, or `None` while any field is
    /// invalid (the screen then shows the errors, never a made-up number).
    pub fn employment(&self) -> Option<Employment> {
        let v = |f: Field| self.value(f).ok();
        let hourly_wage = v(Field::HourlyWage)??;
        Some(Employment {
            hourly_wage,
            employer_pension_pct: v(Field::PensionEmployer)?.unwrap_or(0.0),
            employee_pension_pct: v(Field::PensionEmployee)?.unwrap_or(0.0),
            paid_hours_week: v(Field::PaidHours)??,
            fulltime_hours_week: v(Field::FulltimeHours)??,
            fulltime_hourly_wage: v(Field::FulltimeWage)?.unwrap_or(hourly_wage),
        })
    }

    /// The month's income, or `None` while the form has errors.
    pub fn income(&self) -> Option<MonthlyIncome> {
        Field::ALL
            .iter()
            .all(|f| self.error(*f).is_none())
            .then_some(())?;
        Some(calculate(&self.employment()?, &self.rates()))
    }

    /// The form as URL fragment pairs, in a stable order.
    pub fn to_pairs(&self) -> Vec<(&'static str, String)> {
        std::iter::once(("year", self.year.to_string()))
            .chain(
                Field::ALL
                    .iter()
                    .filter(|f| !self.text(**f).is_empty())
                    .map(|f| (f.key(), self.text(*f).to_string())),
            )
            .collect()
    }

    /// Apply fragment pairs on top of the opening form. Unknown keys and
    /// unsupported years are ignored: an old or hand-edited link still opens.
    pub fn from_pairs<'a>(
        current_year: u16,
        pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> Self {
        let mut form = CalculatorForm::new(current_year);
        for (key, value) in pairs {
            if key == "year" {
                if let Ok(y) = value.trim().parse() {
                    form.set_year(y);
                }
            } else if let Some(field) = Field::from_key(key) {
                form.set_text(field, value);
            }
        }
        form
    }
}

/// A figure typed in by the consultant.
fn overridden(value: f64) -> Figure {
    Figure {
        value,
        status: Status::Overridden,
        source: "",
    }
}
