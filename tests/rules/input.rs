//! Reading numbers as people type them, and field ranges.

use fleksjob_beregner::core::text::number::{parse_number, ranges, InputError};
use fleksjob_beregner::i18n::{number, Lang};
use proptest::prelude::*;

#[test]
fn danish_and_english_styles() {
    let cases = [
        ("12,5", 12.5),
        ("12.5", 12.5),
        ("32.067", 32_067.0),
        ("1.234.567", 1_234_567.0),
        ("1.234,50", 1_234.5),
        ("32,067.50", 32_067.5),
        ("0.125", 0.125),
        (" 200 ", 200.0),
        ("200 kr.", 200.0),
        ("kr. 187,50", 187.5),
        ("200kr", 200.0),
        ("32 067", 32_067.0),
        ("32\u{a0}067", 32_067.0),
        (",5", 0.5),
        ("12,", 12.0),
        ("0", 0.0),
        ("-0", 0.0),
        ("+7", 7.0),
    ];
    for (text, expected) in cases {
        assert_eq!(parse_number(text), Ok(expected), "{text:?}");
    }
}

#[test]
fn what_is_not_a_number() {
    assert_eq!(parse_number(""), Err(InputError::Empty));
    assert_eq!(parse_number("   "), Err(InputError::Empty));
    assert_eq!(parse_number("kr."), Err(InputError::Empty));
    for text in ["abc", "12a", "1.2.3", "1,2,3.4.5", ",", ".", "NaN", "inf", "1e5", "12,5,1", "--3"] {
        assert_eq!(parse_number(text), Err(InputError::NotANumber), "{text:?}");
    }
    assert_eq!(parse_number("-5"), Err(InputError::Negative));
    assert_eq!(parse_number("−12,5"), Err(InputError::Negative));
}

#[test]
fn ranges_reject_the_absurd() {
    assert_eq!(ranges::HOURS_WEEK.read("81"), Err(InputError::TooLarge { max: 80.0 }));
    assert_eq!(ranges::HOURS_WEEK.read("80"), Ok(80.0));
    assert_eq!(ranges::HOURS_WEEK.read("0"), Ok(0.0));
    assert_eq!(ranges::HOURLY_WAGE.read("2.001"), Err(InputError::TooLarge { max: 2_000.0 }));
    assert_eq!(ranges::HOURLY_WAGE.read("0"), Err(InputError::TooSmall { min: 0.0 }));
    assert_eq!(ranges::HOURLY_WAGE.read("-200"), Err(InputError::Negative));
    assert_eq!(ranges::FULLTIME_HOURS_WEEK.read("0"), Err(InputError::TooSmall { min: 0.0 }));
}

proptest! {
    #[test]
    fn parsing_never_panics(s in "\\PC{0,24}") {
        let _ = parse_number(&s);
    }

    #[test]
    fn parsing_never_panics_on_number_like_text(s in "[-+ 0-9.,kr\u{a0}]{0,16}") {
        if let Ok(v) = parse_number(&s) {
            prop_assert!(v.is_finite() && v >= 0.0);
        }
    }

    /// What we display in Danish, we read back.
    #[test]
    fn danish_formatted_numbers_read_back(cents in 0u64..1_000_000_000) {
        let value = cents as f64 / 100.0;
        let text = number(value, 2, Lang::Da);
        let read = parse_number(&text).unwrap();
        prop_assert!((read - value).abs() < 1e-9, "{} -> {}", text, read);
    }

    /// English below a thousand reads back too. (Above, "1,234" is read the
    /// Danish way, as 1.234: the parser is Danish-first.)
    #[test]
    fn english_formatted_numbers_below_1000_read_back(cents in 0u64..100_000) {
        let value = cents as f64 / 100.0;
        let text = number(value, 2, Lang::En);
        let read = parse_number(&text).unwrap();
        prop_assert!((read - value).abs() < 1e-9, "{} -> {}", text, read);
    }

    /// The hand-written digit reader agrees exactly with Rust's own parser.
    #[test]
    fn agrees_with_str_parse(int in 0u64..1_000_000_000, frac in "[0-9]{0,6}") {
        let danish = if frac.is_empty() { int.to_string() } else { format!("{int},{frac}") };
        let rust: f64 = format!("{int}.{frac}0").parse().unwrap();
        prop_assert_eq!(parse_number(&danish), Ok(rust), "{}", danish);
    }
}

#[test]
fn canonical_and_styled_forms() {
    use fleksjob_beregner::core::text::number::{read_decimal, NumberStyle::*};
    let d = |text: &str| read_decimal(text, Danish).unwrap();
    assert_eq!(d("1.250,50 kr.").canonical(), "1250.5");
    assert_eq!(d("32,067").canonical(), "32.0670", "a trailing zero keeps 32.067 from reading as thousands");
    assert_eq!(d("0,125").canonical(), "0.1250");
    assert_eq!(d("007").canonical(), "7");
    assert_eq!(d("1.250,5").in_style(Danish), "1.250,5");
    assert_eq!(d("1.250,5").in_style(English), "1,250.5");
    assert_eq!(d("32,067").in_style(English), "32.0670");
    assert_eq!(d("16.000").in_style(English), "16,000");
    assert_eq!(read_decimal("-0", Danish).unwrap().canonical(), "0");
}

#[test]
fn from_value_keeps_six_decimals() {
    use fleksjob_beregner::core::text::number::Decimal;
    assert_eq!(Decimal::from_value(185.0).canonical(), "185");
    assert_eq!(Decimal::from_value(12.1).canonical(), "12.1");
    assert_eq!(Decimal::from_value(0.0000004).canonical(), "0");
    assert_eq!(Decimal::from_value(f64::NAN).canonical(), "0");
}

proptest! {
    /// Whatever a person types that reads as a number, its canonical form
    /// reads back as the same digits in both styles, and its styled form in
    /// its own style.
    #[test]
    fn canonical_and_styled_forms_read_back(s in "[0-9.,]{1,14}", english in any::<bool>()) {
        use fleksjob_beregner::core::text::number::{read_decimal, NumberStyle};
        let style = if english { NumberStyle::English } else { NumberStyle::Danish };
        if let Ok(decimal) = read_decimal(&s, style) {
            for other in [NumberStyle::Danish, NumberStyle::English] {
                let (canonical, styled) = (decimal.canonical(), decimal.in_style(other));
                prop_assert_eq!(read_decimal(&canonical, other), Ok(decimal.clone()), "{}", canonical);
                prop_assert_eq!(read_decimal(&styled, other), Ok(decimal.clone()), "{}", styled);
            }
        }
    }

    /// A value with up to six decimals survives being written and read.
    #[test]
    fn from_value_round_trips(millionths in 0u64..100_000_000_000) {
        use fleksjob_beregner::core::text::number::{read_decimal, Decimal, NumberStyle};
        let value = millionths as f64 / 1e6;
        let text = Decimal::from_value(value).canonical();
        prop_assert_eq!(read_decimal(&text, NumberStyle::Danish).map(|d| d.value()), Ok(value), "{}", text);
    }
}
