//! Every piece of interface text, in Danish and English, and number
//! formatting per language. Components never hold literal text.

use crate::core::input::InputError;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    Da,
    En,
}

impl Lang {
    /// The BCP 47 tag for `<html lang>`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Da => "da",
            Lang::En => "en",
        }
    }
}

/// A piece of interface text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Msg {
    AppTitle,
    AppIntro,
    PrivacyNote,
    InputsHeading,
    Year,
    HourlyWage,
    HourlyWageHint,
    PensionEmployer,
    PensionEmployerHint,
    PensionEmployee,
    PensionEmployeeHint,
    PaidHours,
    PaidHoursHint,
    FulltimeHours,
    FulltimeHoursHint,
    FulltimeWage,
    FulltimeWageHint,
    RatesHeading,
    MaxSubsidyOverride,
    TaperThreshold,
    TaperThresholdOverride,
    OverrideHint,
    StatusPublished,
    StatusDerived,
    StatusOverridden,
    Source,
    ResultsHeading,
    PerMonth,
    FixErrors,
    WageMonth,
    WageMonthExplain,
    LonindtaegtMonth,
    LonindtaegtMonthExplain,
    LonloftMonth,
    LonloftMonthExplain,
    SubsidyHeading,
    MaxSubsidy,
    MaxSubsidyExplain,
    Reduction30,
    Reduction30Explain,
    Reduction55,
    Reduction55Explain,
    CeilingCut,
    CeilingCutExplain,
    Subsidy,
    SubsidyExplain,
    AtpSubsidy,
    AtpSubsidyExplain,
    Total,
    TotalExplain,
    RoundingNote,
    ErrEmpty,
    ErrNotANumber,
    ErrNegative,
}

impl Msg {
    pub fn text(self, lang: Lang) -> &'static str {
        let (da, en) = match self {
            Msg::AppTitle => ("Fleksjob-beregneren", "The fleksjob calculator"),
            Msg::AppIntro => (
                "Se hvad løn og fleksløntilskud giver om måneden ved et givet antal lønnede timer.",
                "See what wage and flex-wage subsidy (fleksløntilskud) come to per month for a number of paid hours.",
            ),
            Msg::PrivacyNote => (
                "Alt regnes ud i din browser. Intet sendes eller gemmes.",
                "Everything is calculated in your browser. Nothing is sent or stored.",
            ),
            Msg::InputsHeading => ("Dit fleksjob", "Your fleksjob"),
            Msg::Year => ("År (satser)", "Year (rates)"),
            Msg::HourlyWage => ("Timeløn (kr.)", "Hourly wage (kr)"),
            Msg::HourlyWageHint => (
                "Bruttotimeløn inkl. din egen pension. Fx 200 eller 187,50.",
                "Gross hourly wage including your own pension. E.g. 200 or 187.50.",
            ),
            Msg::PensionEmployer => ("Arbejdsgivers pension (%)", "Employer's pension (%)"),
            Msg::PensionEmployerHint => (
                "Procent af lønnen, som arbejdsgiveren indbetaler oveni. Tom = 0.",
                "Percent of the wage the employer pays in on top. Empty = 0.",
            ),
            Msg::PensionEmployee => ("Din egen pension (%)", "Your own pension (%)"),
            Msg::PensionEmployeeHint => (
                "Procent af lønnen, der trækkes til din pension. Den er allerede med i timelønnen.",
                "Percent of the wage that goes to your pension. It is already inside the hourly wage.",
            ),
            Msg::PaidHours => ("Lønnede timer pr. uge", "Paid hours per week"),
            Msg::PaidHoursHint => (
                "De timer arbejdsgiveren betaler for. Decimaler er fine, fx 12,5.",
                "The hours the employer pays for. Decimals are fine, e.g. 12.5.",
            ),
            Msg::FulltimeHours => ("Fuldtid, timer pr. uge", "Full time, hours per week"),
            Msg::FulltimeHoursHint => (
                "Normalt 37 timer, hvis overenskomsten ikke siger andet.",
                "Usually 37 hours unless the collective agreement says otherwise.",
            ),
            Msg::FulltimeWage => ("Timeløn ved fuldtid (kr.)", "Full-time hourly wage (kr)"),
            Msg::FulltimeWageHint => (
                "Stillingens timeløn på fuld tid inkl. tillæg. Tom = samme som din timeløn.",
                "The position's full-time hourly wage incl. allowances. Empty = same as your hourly wage.",
            ),
            Msg::RatesHeading => ("Satser", "Rates"),
            Msg::MaxSubsidyOverride => ("Maksimalt tilskud pr. måned (kr.)", "Maximum subsidy per month (kr)"),
            Msg::TaperThreshold => ("Aftrapningsgrænse", "Taper threshold"),
            Msg::TaperThresholdOverride => ("Aftrapningsgrænse pr. måned (kr.)", "Taper threshold per month (kr)"),
            Msg::OverrideHint => (
                "Tom = årets sats. Kender kommunen en anden sats, så skriv den her.",
                "Empty = the year's rate. If the municipality uses another figure, enter it here.",
            ),
            Msg::StatusPublished => ("offentliggjort", "published"),
            Msg::StatusDerived => ("beregnet af os, ikke offentliggjort", "derived by us, not published"),
            Msg::StatusOverridden => ("indtastet", "entered by you"),
            Msg::Source => ("Kilde", "Source"),
            Msg::ResultsHeading => ("Om måneden", "Per month"),
            Msg::PerMonth => ("kr./md.", "kr/month"),
            Msg::FixErrors => (
                "Ret de markerede felter, så regner vi igen.",
                "Correct the marked fields and we will calculate again.",
            ),
            Msg::WageMonth => ("Løn fra arbejdsgiver", "Wage from the employer"),
            Msg::WageMonthExplain => (
                "Timeløn × lønnede timer × 52/12 uger.",
                "Hourly wage × paid hours × 52/12 weeks.",
            ),
            Msg::LonindtaegtMonth => ("Lønindtægt", "Wage income (lønindtægt)"),
            Msg::LonindtaegtMonthExplain => (
                "Løn plus arbejdsgivers pension. Det er dette beløb, der nedsætter tilskuddet.",
                "Wage plus the employer's pension. This is the amount that reduces the subsidy.",
            ),
            Msg::LonloftMonth => ("Lønloft", "Wage ceiling (lønloft)"),
            Msg::LonloftMonthExplain => (
                "Stillingens fuldtidsløn inkl. pension. Løn og tilskud kan tilsammen ikke blive højere.",
                "The position's full-time wage incl. pension. Wage and subsidy together cannot exceed it.",
            ),
            Msg::SubsidyHeading => ("Fleksløntilskuddet trin for trin", "The flex-wage subsidy step by step"),
            Msg::MaxSubsidy => ("Maksimalt tilskud", "Maximum subsidy"),
            Msg::MaxSubsidyExplain => (
                "98 % af højeste dagpengesats: det tilskud, du ville få uden løn.",
                "98 % of the highest unemployment benefit: the subsidy before any wage is counted.",
            ),
            Msg::Reduction30 => ("− 30 % af lønindtægten op til grænsen", "− 30 % of wage income up to the threshold"),
            Msg::Reduction30Explain => (
                "For hver 100 kr. i lønindtægt op til aftrapningsgrænsen falder tilskuddet 30 kr.",
                "For each 100 kr of wage income up to the taper threshold the subsidy falls by 30 kr.",
            ),
            Msg::Reduction55 => ("− 55 % af lønindtægten over grænsen", "− 55 % of wage income above the threshold"),
            Msg::Reduction55Explain => (
                "Over aftrapningsgrænsen falder tilskuddet 55 kr. for hver 100 kr. mere i lønindtægt.",
                "Above the taper threshold the subsidy falls by 55 kr for each 100 kr more wage income.",
            ),
            Msg::CeilingCut => ("− beskåret af lønloftet", "− cut by the wage ceiling"),
            Msg::CeilingCutExplain => (
                "Det, der skal trækkes fra, for at løn og tilskud ikke overstiger lønloftet.",
                "What must go so that wage and subsidy do not exceed the wage ceiling.",
            ),
            Msg::Subsidy => ("Fleksløntilskud", "Flex-wage subsidy"),
            Msg::SubsidyExplain => (
                "Det beløb, kommunen udbetaler til dig oveni lønnen (før skat).",
                "What the municipality pays you on top of the wage (before tax).",
            ),
            Msg::AtpSubsidy => ("heraf ATP af tilskuddet", "of which ATP on the subsidy"),
            Msg::AtpSubsidyExplain => (
                "5 % af tilskuddet, højst 500 kr., indbetales til din ATP.",
                "5 % of the subsidy, at most 500 kr, goes to your ATP pension.",
            ),
            Msg::Total => ("I alt", "Total"),
            Msg::TotalExplain => (
                "Lønindtægt plus fleksløntilskud, inkl. pension og ATP, før skat.",
                "Wage income plus subsidy, incl. pension and ATP, before tax.",
            ),
            Msg::RoundingNote => (
                "Beløbene er afrundet til hele kroner, som i STAR's beregner. Tilskuddet beregnes ud fra lønnen måneden før.",
                "Amounts are rounded to whole kroner, as in STAR's calculator. The subsidy is based on the previous month's wage.",
            ),
            Msg::ErrEmpty => ("Skriv et tal.", "Enter a number."),
            Msg::ErrNotANumber => (
                "Det kan vi ikke læse som et tal. Skriv fx 12,5 eller 32.067.",
                "We cannot read that as a number. Write e.g. 12.5 or 32,067.",
            ),
            Msg::ErrNegative => ("Tallet kan ikke være negativt.", "The number cannot be negative."),
        };
        match lang {
            Lang::Da => da,
            Lang::En => en,
        }
    }
}

/// The message shown beside a field for an input error.
pub fn input_error(err: InputError, lang: Lang) -> String {
    match (err, lang) {
        (InputError::Empty, _) => Msg::ErrEmpty.text(lang).to_string(),
        (InputError::NotANumber, _) => Msg::ErrNotANumber.text(lang).to_string(),
        (InputError::Negative, _) => Msg::ErrNegative.text(lang).to_string(),
        (InputError::TooSmall { min }, Lang::Da) => {
            format!("Tallet skal være over {}.", number(min, 2, lang))
        }
        (InputError::TooSmall { min }, Lang::En) => {
            format!("The number must be above {}.", number(min, 2, lang))
        }
        (InputError::TooLarge { max }, Lang::Da) => {
            format!(
                "Højst {}. Tjek tallet: det er usandsynligt stort.",
                number(max, 2, lang)
            )
        }
        (InputError::TooLarge { max }, Lang::En) => {
            format!(
                "At most {}. Check the number: it is unlikely to be that large.",
                number(max, 2, lang)
            )
        }
    }
}

/// `value` with up to `decimals` decimals (trailing zeros dropped) and
/// thousands grouped: "32.067" and "12,5" in Danish, "32,067" and "12.5" in English.
pub fn number(value: f64, decimals: usize, lang: Lang) -> String {
    let (group, point) = match lang {
        Lang::Da => ('.', ','),
        Lang::En => (',', '.'),
    };
    let value = if value.is_finite() { value } else { 0.0 };
    // Integer arithmetic instead of `format!("{:.2}")`: float formatting
    // costs many KB of wasm. `as u64` saturates on absurd values.
    let decimals = decimals.min(6);
    let scale = 10u64.pow(decimals as u32);
    let scaled = (value.abs() * scale as f64).round() as u64;
    let int = (scaled / scale).to_string();
    let frac = format!("{:0decimals$}", scaled % scale);
    let frac = if decimals == 0 {
        ""
    } else {
        frac.trim_end_matches('0')
    };
    let mut out = String::new();
    // Rounding can turn -0.004 into "0": no minus sign on a zero.
    if value < 0.0 && (int != "0" || !frac.is_empty()) {
        out.push('−');
    }
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(group);
        }
        out.push(c);
    }
    if !frac.is_empty() {
        out.push(point);
        out.push_str(frac);
    }
    out
}

/// Whole kroner with the unit, as STAR shows them: "32.067 kr." / "32,067 kr".
pub fn kroner(value: f64, lang: Lang) -> String {
    let unit = match lang {
        Lang::Da => "kr.",
        Lang::En => "kr",
    };
    format!(
        "{} {unit}",
        number(crate::core::flekslontilskud::round_kr(value), 0, lang)
    )
}
