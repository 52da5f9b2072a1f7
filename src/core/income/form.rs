//! The calculator's form as the user typed it, and its evaluation into a
//! result or per-field errors. Kept as text so that nothing typed is lost,
//! even when it is not (yet) a valid number.

use crate::core::income::flekslontilskud::{calculate, Employment, MonthlyIncome};
use crate::core::income::folkepension;
use crate::core::income::hours::{Hours, HoursAssessment, HoursError};
use crate::core::income::municipalities::{self, Municipality};
use crate::core::income::rates::{self, Figure, Note, Status, YearRates};
use crate::core::income::scenario::{EmployerYear, Scenario};
use crate::core::income::tax::{self, LocalTax, TaxYear};
use crate::core::text::number::{ranges, read_decimal, Decimal, InputError, NumberStyle, Range};

/// A text field of the calculator. `key` is its name in an agreement's basis
/// and in the link.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Field {
    HourlyWage,
    PensionEmployer,
    PensionEmployee,
    AttendedHours,
    EffectiveHours,
    PaidHours,
    TargetHours,
    FulltimeHours,
    FulltimeWage,
    /// Consultant's override of the year's maximum subsidy.
    MaxSubsidy,
    /// Consultant's override of the year's taper threshold.
    TaperThreshold,
    /// Override of the municipality's kommuneskat, percent.
    KommuneRate,
    /// Ledighedsydelse per month, for the "before" column: the user's own
    /// amount, over the level chosen; empty without a level hides it.
    Ledighedsydelse,
    /// Other wage income per month (a second job, tabt arbejdsfortjeneste,
    /// plejevederlag): it reduces the subsidy like the fleksjob's wage.
    OtherWage,
    /// Year of birth: whether the year is one of the 2 before folkepension
    /// age, when the senior's extra beskæftigelsesfradrag applies.
    BirthYear,
}

impl Field {
    pub const ALL: [Field; 15] = [
        Field::HourlyWage,
        Field::PensionEmployer,
        Field::PensionEmployee,
        Field::AttendedHours,
        Field::EffectiveHours,
        Field::PaidHours,
        Field::TargetHours,
        Field::FulltimeHours,
        Field::FulltimeWage,
        Field::MaxSubsidy,
        Field::TaperThreshold,
        Field::KommuneRate,
        Field::Ledighedsydelse,
        Field::OtherWage,
        Field::BirthYear,
    ];

    /// The field's key in the URL fragment (documented in the README).
    pub fn key(self) -> &'static str {
        match self {
            Field::HourlyWage => "wage",
            Field::PensionEmployer => "pension_employer",
            Field::PensionEmployee => "pension_employee",
            Field::AttendedHours => "attended",
            Field::EffectiveHours => "effective",
            Field::PaidHours => "paid",
            Field::TargetHours => "target",
            Field::FulltimeHours => "fulltime_hours",
            Field::FulltimeWage => "fulltime_wage",
            Field::MaxSubsidy => "max_subsidy",
            Field::TaperThreshold => "threshold",
            Field::KommuneRate => "kommune_rate",
            Field::Ledighedsydelse => "ledighedsydelse",
            Field::OtherWage => "other_wage",
            Field::BirthYear => "born",
        }
    }

    pub fn from_key(key: &str) -> Option<Field> {
        Field::ALL.into_iter().find(|f| f.key() == key)
    }

    pub fn range(self) -> Range {
        match self {
            Field::HourlyWage | Field::FulltimeWage => ranges::HOURLY_WAGE,
            Field::PensionEmployer | Field::PensionEmployee => ranges::PENSION_PCT,
            Field::AttendedHours | Field::EffectiveHours | Field::PaidHours | Field::TargetHours => ranges::HOURS_WEEK,
            Field::FulltimeHours => ranges::FULLTIME_HOURS_WEEK,
            Field::MaxSubsidy | Field::TaperThreshold | Field::Ledighedsydelse | Field::OtherWage => ranges::RATE_MONTH,
            Field::KommuneRate => ranges::TAX_PCT,
            Field::BirthYear => ranges::BIRTH_YEAR,
        }
    }

    /// A value read for the field, checked: a year is four digits, whole,
    /// within its range, or one message says so.
    pub fn check(self, read: Result<f64, InputError>) -> Result<f64, InputError> {
        match read {
            Ok(v) if self.is_year() && v.fract() != 0.0 => Err(InputError::NotAYear),
            Err(InputError::TooSmall { .. } | InputError::TooLarge { .. }) if self.is_year() => {
                Err(InputError::NotAYear)
            }
            other => other,
        }
    }

    /// Whether the field is written without thousands grouping: a year.
    pub fn is_year(self) -> bool {
        self == Field::BirthYear
    }

    /// The field's number as shown in `style`: grouped, except a year.
    pub fn shown(self, decimal: &Decimal, style: NumberStyle) -> String {
        if self.is_year() {
            decimal.canonical()
        } else {
            decimal.in_style(style)
        }
    }

    /// Whether an empty field means "use the default" rather than an error.
    pub fn optional(self) -> bool {
        !matches!(self, Field::HourlyWage | Field::PaidHours | Field::FulltimeHours)
    }

    /// What the field holds when the page opens: STAR's own example.
    fn initial_text(self) -> &'static str {
        match self {
            Field::HourlyWage => "200",
            Field::PaidHours => "18",
            Field::FulltimeHours => "37",
            Field::PensionEmployer | Field::PensionEmployee => "0",
            _ => "",
        }
    }
}

/// Everything the user entered, as typed.
#[derive(Clone, Debug, PartialEq)]
pub struct CalculatorForm {
    pub year: u16,
    texts: [String; Field::ALL.len()],
    /// Official number of the chosen municipality; `None`: national average.
    pub municipality: Option<u16>,
    /// Member of the folkekirke (pays kirkeskat).
    pub church: bool,
    /// A single parent (*enlig forsørger*): an extra beskæftigelsesfradrag.
    pub single_parent: bool,
    /// The ledighedsydelse the comparison uses; `None`: none, unless an
    /// amount is typed.
    pub ledighedsydelse_level: Option<LedighedsydelseLevel>,
    /// How an ambiguous "32,067" is read: follows the interface language.
    pub number_style: NumberStyle,
}

impl CalculatorForm {
    /// The form as it opens, for the given calendar year.
    pub fn new(current_year: u16) -> Self {
        CalculatorForm {
            year: rates::default_year(current_year),
            texts: Field::ALL.map(|f| f.initial_text().to_string()),
            municipality: None,
            church: false,
            single_parent: false,
            ledighedsydelse_level: None,
            number_style: NumberStyle::Danish,
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

    /// Read numbers in `style` from now on. Text that would change meaning
    /// ("16,000" typed in English is 16 in Danish) is rewritten digit for
    /// digit in the new style, so switching language never changes a value.
    pub fn set_number_style(&mut self, style: NumberStyle) {
        for field in Field::ALL {
            let text = self.text(field);
            if let Ok(decimal) = read_decimal(text, self.number_style) {
                if read_decimal(text, style).as_ref() != Ok(&decimal) {
                    self.set_text(field, field.shown(&decimal, style));
                }
            }
        }
        self.number_style = style;
    }

    /// The field's value, `Ok(None)` for an optional field left empty.
    pub fn value(&self, field: Field) -> Result<Option<f64>, InputError> {
        let text = self.text(field);
        if field.optional() && text.trim().is_empty() {
            return Ok(None);
        }
        field.check(field.range().read_in(text, self.number_style)).map(Some)
    }

    /// The field's value, or what an empty optional field stands for.
    fn value_or_default(&self, field: Field) -> Option<f64> {
        self.value(field).ok()?.or_else(|| self.default_value(field))
    }

    /// What an empty optional field stands for, to show as its placeholder.
    pub fn default_value(&self, field: Field) -> Option<f64> {
        match field {
            Field::FulltimeWage => self.value(Field::HourlyWage).ok().flatten(),
            Field::MaxSubsidy => Some(self.year_rates().max_subsidy_month.value),
            Field::TaperThreshold => Some(self.year_rates().taper_threshold_month.value),
            Field::PensionEmployer | Field::PensionEmployee => Some(0.0),
            Field::KommuneRate => Some(self.local_rates().0.value),
            // Two more hours: the step most progression talks are about.
            Field::TargetHours => {
                let paid = self.value(Field::PaidHours).ok().flatten()?;
                let fulltime = self.value(Field::FulltimeHours).ok().flatten()?;
                Some((paid + 2.0).min(fulltime.max(paid)))
            }
            Field::Ledighedsydelse => self.ledighedsydelse_level.map(|level| self.ledighedsydelse_at(level).value),
            Field::OtherWage => Some(0.0),
            Field::HourlyWage | Field::PaidHours | Field::FulltimeHours => None,
            Field::AttendedHours | Field::EffectiveHours | Field::BirthYear => None,
        }
    }

    /// The error to show beside `field`, if any.
    pub fn error(&self, field: Field) -> Option<InputError> {
        match self.value(field) {
            Err(e) => Some(e),
            Ok(_) if field == Field::EffectiveHours => match self.hours()?.check() {
                Err(HoursError::EffectiveAboveAttended) => Some(InputError::EffectiveAboveAttended),
                Ok(_) => None,
            },
            Ok(_) => None,
        }
    }

    fn year_rates(&self) -> &'static YearRates {
        rates::for_year(self.year).unwrap_or(&rates::YEARS[rates::YEARS.len() - 1])
    }

    /// The year's rates with the consultant's overrides applied.
    pub fn rates(&self) -> YearRates {
        let mut r = *self.year_rates();
        if let Ok(Some(v)) = self.value(Field::MaxSubsidy) {
            r.max_subsidy_month = overridden(v);
        }
        if let Ok(Some(v)) = self.value(Field::TaperThreshold) {
            r.taper_threshold_month = overridden(v);
        }
        r
    }

    /// The year's ledighedsydelse at `level` (aktivloven § 74 a): 89 % of
    /// the highest dagpenge, rounded, or the kontanthjælp rate it follows.
    pub fn ledighedsydelse_at(&self, level: LedighedsydelseLevel) -> Figure {
        let r = self.year_rates();
        match level {
            LedighedsydelseLevel::Dagpenge89 => {
                let dagpenge = r.max_dagpenge_month;
                Figure { value: (0.89 * dagpenge.value).round(), ..dagpenge }
            }
            LedighedsydelseLevel::KontanthjaelpForsorger => r.kontanthjaelp_forsorger_month,
            LedighedsydelseLevel::KontanthjaelpAndre => r.kontanthjaelp_andre_month,
        }
    }

    pub fn municipality(&self) -> Option<&'static Municipality> {
        municipalities::find(&self.municipality?.to_string())
    }

    /// Choose a municipality by number or name; unknown keys choose none.
    pub fn set_municipality(&mut self, key: &str) {
        self.municipality = municipalities::find(key).map(|m| m.number);
    }

    /// Kommuneskat and kirkeskat before any override: the municipality's for
    /// the year, or the national averages.
    pub fn local_rates(&self) -> (Figure, Figure) {
        let t = self.tax_year();
        match self.municipality().map(|m| m.rates_for(self.year)) {
            Some((kommune, kirke)) => {
                (kommune.unwrap_or(t.average_kommuneskat_pct), kirke.unwrap_or(t.average_kirkeskat_pct))
            }
            None => (t.average_kommuneskat_pct, t.average_kirkeskat_pct),
        }
    }

    pub fn tax_year(&self) -> &'static TaxYear {
        tax::tax_year(self.year)
    }

    /// The rates the citizen is taxed at, overrides applied.
    pub fn local_tax(&self) -> LocalTax {
        let (kommune, kirke) = self.local_rates();
        LocalTax {
            kommuneskat_pct: self.value(Field::KommuneRate).ok().flatten().unwrap_or(kommune.value),
            kirkeskat_pct: if self.church { kirke.value } else { 0.0 },
            single_parent: self.single_parent,
            senior: self.is_senior_year(),
        }
    }

    /// Whether the senior's extra fradrag applies: the year is one of the 2
    /// income years before the one in which folkepension age is reached
    /// (LL § 9 J, stk. 5) and the year has the fradrag.
    pub fn is_senior_year(&self) -> bool {
        let Ok(Some(born)) = self.value(Field::BirthYear) else { return false };
        self.tax_year().senior_fradrag_pct.value > 0.0 && folkepension::is_senior_year(born as u16, self.year)
    }

    /// The attended/effective/paid hours, when all three are known.
    pub fn hours(&self) -> Option<Hours> {
        Some(Hours {
            attended: self.value(Field::AttendedHours).ok()??,
            effective: self.value(Field::EffectiveHours).ok()??,
            paid: self.value(Field::PaidHours).ok()??,
        })
    }

    /// `hours` with what the form knows of them: its paid hours, and its
    /// attended and effective hours where it has them; `None` without paid
    /// hours to take.
    pub fn hours_into(&self, hours: Hours) -> Option<Hours> {
        let known = |field, old| self.value(field).ok().flatten().unwrap_or(old);
        Some(Hours {
            paid: self.value(Field::PaidHours).ok()??,
            attended: known(Field::AttendedHours, hours.attended),
            effective: known(Field::EffectiveHours, hours.effective),
        })
    }

    pub fn hours_assessment(&self) -> Option<HoursAssessment> {
        self.hours()?.check().ok()
    }

    /// The employment described by the form, or `None` while any field is
    /// invalid (the screen then shows the errors, never a made-up number).
    pub fn employment(&self) -> Option<Employment> {
        if Field::ALL.iter().any(|f| self.error(*f).is_some()) {
            return None;
        }
        let hourly_wage = self.value_or_default(Field::HourlyWage)?;
        Some(Employment {
            hourly_wage,
            employer_pension_pct: self.value_or_default(Field::PensionEmployer)?,
            employee_pension_pct: self.value_or_default(Field::PensionEmployee)?,
            paid_hours_week: self.value_or_default(Field::PaidHours)?,
            fulltime_hours_week: self.value_or_default(Field::FulltimeHours)?,
            fulltime_hourly_wage: self.value_or_default(Field::FulltimeWage)?,
            other_wage_month: self.value_or_default(Field::OtherWage)?,
        })
    }

    /// The month's income, or `None` while the form has errors.
    pub fn income(&self) -> Option<MonthlyIncome> {
        Some(calculate(&self.employment()?, &self.rates()))
    }

    /// Everything needed for net income, the curve and the comparison.
    pub fn scenario(&self) -> Option<Scenario> {
        Some(Scenario {
            job: self.employment()?,
            rates: self.rates(),
            tax: *self.tax_year(),
            local: self.local_tax(),
            employer: *EmployerYear::for_year(self.year),
        })
    }

    /// Today's and the target's paid hours.
    pub fn paid_and_target(&self) -> Option<(f64, f64)> {
        Some((self.value_or_default(Field::PaidHours)?, self.value_or_default(Field::TargetHours)?))
    }

    /// The ledighedsydelse to compare with, if the user asked for it: the
    /// amount typed, else the level chosen.
    pub fn ledighedsydelse(&self) -> Option<f64> {
        self.value(Field::Ledighedsydelse).ok()?.or_else(|| self.default_value(Field::Ledighedsydelse))
    }

    /// The figures as numbers, for an agreement to rest on; `None` while any
    /// field is invalid.
    pub fn basis(&self) -> Option<Basis> {
        let mut values = [None; Field::ALL.len()];
        for field in Field::ALL {
            if self.error(field).is_some() {
                return None;
            }
            values[field as usize] = self.value(field).ok()?;
        }
        Some(Basis {
            year: self.year,
            municipality: self.municipality,
            church: self.church,
            single_parent: self.single_parent,
            ledighedsydelse_level: self.ledighedsydelse_level,
            values,
        })
    }

    /// The form that `basis` was taken from, written in `style`.
    pub fn from_basis(current_year: u16, basis: &Basis, style: NumberStyle) -> Self {
        let mut form = CalculatorForm::new(current_year);
        form.number_style = style;
        form.set_year(basis.year);
        form.municipality = basis.municipality.filter(|n| municipalities::find(&n.to_string()).is_some());
        form.church = basis.church;
        form.single_parent = basis.single_parent;
        form.ledighedsydelse_level = basis.ledighedsydelse_level;
        for field in Field::ALL {
            let text = basis.value(field).map(|v| field.shown(&Decimal::from_value(v), style)).unwrap_or_default();
            form.set_text(field, text);
        }
        form
    }
}

/// The levels of ledighedsydelse the law sets (aktivloven § 74 a; the
/// comparison offers each, and an amount typed overrides it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LedighedsydelseLevel {
    /// 89 % of the highest dagpenge (§ 74 a, stk. 2): for those who, when
    /// visited, had or would have had sygedagpenge, or came from ledighedsydelse
    /// after unsubsidised work; and for everyone after 9 months of fleksjob
    /// within 18 (stk. 4).
    Dagpenge89,
    /// The kontanthjælp of a person over 30 with children to support
    /// (§ 74 a, stk. 3, nr. 1, with § 25, stk. 2, nr. 1).
    KontanthjaelpForsorger,
    /// The kontanthjælp of others over 30 (§ 74 a, stk. 3, nr. 2); also
    /// after 6 months past fleksydelse age (§ 74 g, stk. 5).
    KontanthjaelpAndre,
}

impl LedighedsydelseLevel {
    pub const ALL: [LedighedsydelseLevel; 3] = [
        LedighedsydelseLevel::Dagpenge89,
        LedighedsydelseLevel::KontanthjaelpForsorger,
        LedighedsydelseLevel::KontanthjaelpAndre,
    ];
    /// Its name in an agreement's basis (and in the link, `app::link::key`).
    pub const KEY: &'static str = "ledighedsydelse_level";

    pub fn key(self) -> &'static str {
        match self {
            LedighedsydelseLevel::Dagpenge89 => "89",
            LedighedsydelseLevel::KontanthjaelpForsorger => "forsorger",
            LedighedsydelseLevel::KontanthjaelpAndre => "andre",
        }
    }

    pub fn from_key(key: &str) -> Option<LedighedsydelseLevel> {
        LedighedsydelseLevel::ALL.into_iter().find(|l| l.key() == key.trim())
    }
}

/// The calculator's inputs that an agreement's figures rest on, as numbers
/// (language-neutral, unlike the form's typed text): the rate year, the
/// municipality, church membership and every field, overridden rates
/// included. Saved with the agreement so that whoever opens it sees the
/// same money.
#[derive(Clone, Debug, PartialEq)]
pub struct Basis {
    pub year: u16,
    pub municipality: Option<u16>,
    pub church: bool,
    pub single_parent: bool,
    pub ledighedsydelse_level: Option<LedighedsydelseLevel>,
    /// Each field's value by `Field` index; `None` for an optional field left empty.
    values: [Option<f64>; Field::ALL.len()],
}

impl Basis {
    /// A basis for `year` with every field empty.
    pub fn new(year: u16) -> Basis {
        Basis {
            year,
            municipality: None,
            church: false,
            single_parent: false,
            ledighedsydelse_level: None,
            values: [None; Field::ALL.len()],
        }
    }

    pub fn value(&self, field: Field) -> Option<f64> {
        self.values[field as usize]
    }

    pub fn set_value(&mut self, field: Field, value: Option<f64>) {
        self.values[field as usize] = value;
    }

    /// Every value outside what the calculator accepts, by field: the same
    /// ranges as the form, and effective hours at most attended.
    pub fn problems(&self) -> Vec<(Field, InputError)> {
        let mut out = Vec::new();
        for field in Field::ALL {
            match self.value(field) {
                None if !field.optional() => out.push((field, InputError::Empty)),
                None => {}
                Some(v) => {
                    if let Err(e) = field.check(field.range().check(v)) {
                        out.push((field, e));
                    }
                }
            }
        }
        // Only meaningful once both figures are themselves valid.
        let hours_valid = !out.iter().any(|(f, _)| matches!(f, Field::AttendedHours | Field::EffectiveHours));
        if let (Some(attended), Some(effective)) = (self.value(Field::AttendedHours), self.value(Field::EffectiveHours))
        {
            let paid = self.value(Field::PaidHours).unwrap_or_default();
            if hours_valid && (Hours { attended, effective, paid }).check().is_err() {
                out.push((Field::EffectiveHours, InputError::EffectiveAboveAttended));
            }
        }
        out
    }
}

impl serde::Serialize for Basis {
    /// `{"year":2025,"kommune":751,"church":true,"wage":185,…}`: the URL
    /// fragment's keys, numbers as numbers, empty fields left out.
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = s.serialize_map(None)?;
        map.serialize_entry("year", &self.year)?;
        if let Some(number) = self.municipality {
            map.serialize_entry("kommune", &number)?;
        }
        map.serialize_entry("church", &self.church)?;
        if self.single_parent {
            map.serialize_entry("single_parent", &true)?;
        }
        if let Some(level) = self.ledighedsydelse_level {
            map.serialize_entry(LedighedsydelseLevel::KEY, level.key())?;
        }
        for field in Field::ALL {
            if let Some(v) = self.value(field) {
                map.serialize_entry(field.key(), &v)?;
            }
        }
        map.end()
    }
}

/// A figure typed in by the consultant.
fn overridden(value: f64) -> Figure {
    Figure { value, status: Status::Overridden, source: Note::default() }
}
