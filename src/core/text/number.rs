//! Reading numbers the way people type them in Denmark ("12,5", "32.067",
//! "200 kr.") and checking them against a field's sensible range.

/// Why a field's text is not an acceptable number.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum InputError {
    Empty,
    NotANumber,
    Negative,
    /// Below the field's minimum (exclusive when `min` is 0).
    TooSmall {
        min: f64,
    },
    TooLarge {
        max: f64,
    },
    /// Effective hours above attended hours.
    EffectiveAboveAttended,
    /// A year with a fraction ("1961,5").
    NotAYear,
}

/// Parse a number typed in Danish or English style.
///
/// A comma is the decimal mark. A dot is a thousands separator when it is
/// followed by exactly three digits and the number does not otherwise look
/// decimal ("32.067", "1.234.567", "1.234,50"); otherwise it is a decimal
/// point ("12.5", "0.125"). Spaces and a "kr"/"kr." unit are ignored.
pub fn parse_number(text: &str) -> Result<f64, InputError> {
    parse_number_in(text, NumberStyle::Danish)
}

/// Which way an ambiguous "32,067" reads: Danish (32.067, a decimal comma)
/// or English (32067, a thousands comma). Everything else reads the same.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum NumberStyle {
    #[default]
    Danish,
    English,
}

/// `parse_number` for a user of the given style.
fn parse_number_in(text: &str, style: NumberStyle) -> Result<f64, InputError> {
    read_decimal(text, style).map(|d| d.value())
}

/// A number as read from text: its digits before and after the decimal
/// mark, exactly as typed (no float in between), so it can be written again
/// in another form without changing by a single digit.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decimal {
    /// Without leading zeros; "0" for none.
    integer: String,
    /// Without trailing zeros; empty for none.
    fraction: String,
}

/// Read `text` as a non-negative decimal number in `style`.
pub fn read_decimal(text: &str, style: NumberStyle) -> Result<Decimal, InputError> {
    let mut s: String = text
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{a0}' && *c != '\u{202f}')
        .collect::<String>()
        .to_ascii_lowercase();
    for unit in ["kr.", "kr", "dkk"] {
        if let Some(rest) = s.strip_suffix(unit) {
            s = rest.to_string();
        } else if let Some(rest) = s.strip_prefix(unit) {
            s = rest.to_string();
        }
    }
    if s.is_empty() {
        return Err(InputError::Empty);
    }
    // One sign at most; the typographic minus counts too.
    let (negative, digits) = match s.chars().next() {
        Some(c @ ('-' | '\u{2212}' | '+')) => (c != '+', &s[c.len_utf8()..]),
        _ => (false, s.as_str()),
    };
    let (integer, fraction) = split_separators(digits, style).ok_or(InputError::NotANumber)?;
    let decimal = Decimal::new(&integer, &fraction);
    if negative && !decimal.is_zero() {
        return Err(InputError::Negative);
    }
    Ok(decimal)
}

impl Decimal {
    fn new(integer: &str, fraction: &str) -> Decimal {
        let integer = integer.trim_start_matches('0');
        Decimal {
            integer: if integer.is_empty() { "0".to_string() } else { integer.to_string() },
            fraction: fraction.trim_end_matches('0').to_string(),
        }
    }

    /// `value` with at most six decimals (rounded), from whole millionths,
    /// so no float formatting code is pulled into the wasm. Exact for every
    /// figure with up to six decimals below 10^9; non-finite values are 0.
    pub fn from_value(value: f64) -> Decimal {
        let value = if value.is_finite() { value.abs().min(1e12) } else { 0.0 };
        let millionths = (value * 1e6).round() as u64;
        Decimal::new(&(millionths / 1_000_000).to_string(), &format!("{:06}", millionths % 1_000_000))
    }

    pub fn is_zero(&self) -> bool {
        self.integer == "0" && self.fraction.is_empty()
    }

    pub fn value(&self) -> f64 {
        decimal_value(&self.integer, &self.fraction)
    }

    /// One form for links and files: no grouping and a decimal point
    /// ("1250.5"). Where that would look like Danish thousands ("32.067"),
    /// a trailing zero ("32.0670") keeps it unambiguous to every reader.
    pub fn canonical(&self) -> String {
        if self.fraction.is_empty() {
            return self.integer.clone();
        }
        let mut out = format!("{}.{}", self.integer, self.fraction);
        if is_grouped(&out, '.') {
            out.push('0');
        }
        out
    }

    /// As a person of `style` writes it, thousands grouped: "1.250,5" or
    /// "1,250.5". Always reads back, in that style, as the same number.
    pub fn in_style(&self, style: NumberStyle) -> String {
        let (group, point) = match style {
            NumberStyle::Danish => ('.', ','),
            NumberStyle::English => (',', '.'),
        };
        let mut out = String::new();
        for (i, c) in self.integer.chars().enumerate() {
            if i > 0 && (self.integer.len() - i).is_multiple_of(3) {
                out.push(group);
            }
            out.push(c);
        }
        if !self.fraction.is_empty() {
            out.push(point);
            out.push_str(&self.fraction);
            // English "32.067" reads as Danish thousands; see `canonical`.
            if style == NumberStyle::English && is_grouped(&out, '.') {
                out.push('0');
            }
        }
        out
    }
}

/// Split "1.234,5" / "12,5" / "12.5" / "32.067" into integer and fraction
/// digits ("1234", "5"), deciding which mark is the decimal one.
fn split_separators(s: &str, style: NumberStyle) -> Option<(String, String)> {
    if s.is_empty() || !s.chars().all(|c| c.is_ascii_digit() || c == '.' || c == ',') {
        return None;
    }
    let dots = s.matches('.').count();
    let commas = s.matches(',').count();
    let last_dot = s.rfind('.');
    let last_comma = s.rfind(',');
    let split = |sep: char, thousands: char| -> Option<(String, Option<String>)> {
        let (int, frac) = s.rsplit_once(sep)?;
        Some((strip_thousands(int, thousands)?, Some(frac.to_string())))
    };
    let (integer, fraction) = if dots == 0 && commas == 0 {
        (s.to_string(), None)
    } else if style == NumberStyle::English && dots == 0 && is_grouped(s, ',') {
        // English thousands: "32,067".
        (s.replace(',', ""), None)
    } else if commas == 1 && (dots == 0 || last_comma > last_dot) {
        // Danish decimal comma, dots (if any) grouping thousands: "1.234,5".
        split(',', '.')?
    } else if dots == 1 && commas >= 1 && last_dot > last_comma {
        // English "32,067.50": commas group thousands, the dot is decimal.
        split('.', ',')?
    } else if commas == 0 && is_grouped(s, '.') && !s.starts_with("0.") {
        // Danish thousands: "32.067", "1.234.567".
        (s.replace('.', ""), None)
    } else if dots == 1 && commas == 0 {
        split('.', ',')?
    } else if dots == 0 && is_grouped(s, ',') {
        (s.replace(',', ""), None)
    } else {
        return None;
    };
    if integer.is_empty() && fraction.as_deref().is_none_or(str::is_empty) {
        return None;
    }
    Some((integer, fraction.unwrap_or_default()))
}

/// The value of decimal digits, without `str::parse::<f64>` (whose tables
/// cost several KB of wasm). Exact to 15 significant digits, far beyond any
/// real input; longer fractions are cut, and a value too large to hold
/// saturates so that the range check reports it as too large.
fn decimal_value(integer: &str, fraction: &str) -> f64 {
    let fraction = &fraction[..fraction.len().min(15)];
    let mut mantissa: u64 = 0;
    for digit in integer.bytes().chain(fraction.bytes()) {
        match mantissa.checked_mul(10).and_then(|m| m.checked_add(u64::from(digit - b'0'))) {
            Some(m) => mantissa = m,
            None => return f64::MAX,
        }
    }
    mantissa as f64 / 10f64.powi(fraction.len() as i32)
}

/// Remove `sep` from an integer part that uses it to group thousands.
fn strip_thousands(int: &str, sep: char) -> Option<String> {
    if !int.contains(sep) {
        return Some(int.to_string());
    }
    is_grouped(int, sep).then(|| int.replace(sep, ""))
}

/// "1.234.567": 1-3 leading digits, then groups of exactly three.
fn is_grouped(s: &str, sep: char) -> bool {
    let mut groups = s.split(sep);
    let first = groups.next().unwrap_or("");
    (1..=3).contains(&first.len()) && groups.all(|g| g.len() == 3)
}

/// The acceptable range of a field.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Range {
    pub min: f64,
    /// Whether `min` itself is allowed (hours may be 0, a wage may not).
    pub min_inclusive: bool,
    pub max: f64,
}

impl Range {
    /// Parse `text` and check it lies in this range.
    pub fn read(&self, text: &str) -> Result<f64, InputError> {
        self.read_in(text, NumberStyle::Danish)
    }

    /// `read` for a user of the given number style.
    pub fn read_in(&self, text: &str, style: NumberStyle) -> Result<f64, InputError> {
        self.check(parse_number_in(text, style)?)
    }

    /// Check a value already read (from a file, say) against this range.
    pub fn check(&self, value: f64) -> Result<f64, InputError> {
        if !value.is_finite() {
            return Err(InputError::NotANumber);
        }
        let below = if self.min_inclusive { value < self.min } else { value <= self.min };
        if below {
            Err(InputError::TooSmall { min: self.min })
        } else if value > self.max {
            Err(InputError::TooLarge { max: self.max })
        } else {
            Ok(value)
        }
    }
}

/// Ranges of the calculator's fields; beyond them a value is surely a typo.
/// `#[serde(deserialize_with = "…")]` for a figure the editor may hold as
/// "not a number yet" (NaN: text typed that is not hours). JSON has no NaN,
/// so serde_json writes it as null; this reads null back as NaN, so a draft
/// kept for its tab comes back as typed, and an imported file with a null
/// is refused by the validator like any NaN, naming the field.
pub fn nan_from_null<'de, D: serde::Deserializer<'de>>(d: D) -> Result<f64, D::Error> {
    <Option<f64> as serde::Deserialize>::deserialize(d).map(|v| v.unwrap_or(f64::NAN))
}

pub mod ranges {
    use super::Range;
    pub const HOURLY_WAGE: Range = Range { min: 0.0, min_inclusive: false, max: 2_000.0 };
    pub const PENSION_PCT: Range = Range { min: 0.0, min_inclusive: true, max: 30.0 };
    pub const HOURS_WEEK: Range = Range { min: 0.0, min_inclusive: true, max: 80.0 };
    pub const FULLTIME_HOURS_WEEK: Range = Range { min: 0.0, min_inclusive: false, max: 80.0 };
    pub const TAX_PCT: Range = Range { min: 0.0, min_inclusive: true, max: 40.0 };
    pub const RATE_MONTH: Range = Range { min: 0.0, min_inclusive: true, max: 100_000.0 };
    pub const BIRTH_YEAR: Range = Range { min: 1900.0, min_inclusive: true, max: 2030.0 };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_style_reads_a_thousands_comma() {
        assert_eq!(parse_number_in("32,067", NumberStyle::English), Ok(32_067.0));
        assert_eq!(parse_number_in("32,067", NumberStyle::Danish), Ok(32.067));
        // Unambiguous forms read the same in both styles.
        for style in [NumberStyle::Danish, NumberStyle::English] {
            assert_eq!(parse_number_in("12.5", style), Ok(12.5));
            assert_eq!(parse_number_in("12,5", style), Ok(12.5));
            assert_eq!(parse_number_in("1,234.50", style), Ok(1_234.5));
            assert_eq!(parse_number_in("1.234,50", style), Ok(1_234.5));
        }
    }
}
