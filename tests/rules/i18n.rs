//! Number formatting per language.

use fleksjob_beregner::core::text::number::InputError;
use fleksjob_beregner::i18n::{input_error, kroner, number, Lang};

#[test]
fn kroner_are_whole_and_grouped() {
    assert_eq!(kroner(32_066.67, Lang::Da), "32.067 kr.");
    assert_eq!(kroner(32_066.67, Lang::En), "32,067 kr");
    assert_eq!(kroner(15_272.0, Lang::Da), "15.272 kr.");
    assert_eq!(kroner(-4_680.0, Lang::Da), "−4.680 kr.");
    assert_eq!(kroner(999.4, Lang::Da), "999 kr.");
    assert_eq!(kroner(1_234_567.0, Lang::Da), "1.234.567 kr.");
    assert_eq!(kroner(-0.3, Lang::Da), "0 kr.");
    assert_eq!(kroner(f64::NAN, Lang::Da), "0 kr.");
}

#[test]
fn decimals_drop_trailing_zeros() {
    assert_eq!(number(12.5, 2, Lang::Da), "12,5");
    assert_eq!(number(12.5, 2, Lang::En), "12.5");
    assert_eq!(number(37.0, 2, Lang::Da), "37");
    assert_eq!(number(16_323.0, 2, Lang::Da), "16.323");
}

#[test]
fn error_messages_name_the_limit_in_each_language() {
    assert_eq!(
        input_error(InputError::TooLarge { max: 2_000.0 }, Lang::Da),
        "Højst 2.000. Tjek tallet: det er usandsynligt stort."
    );
    assert!(input_error(InputError::TooLarge { max: 80.0 }, Lang::En).starts_with("At most 80."));
    assert_eq!(input_error(InputError::Empty, Lang::Da), "Skriv et tal.");
    assert_eq!(input_error(InputError::Empty, Lang::En), "Enter a number.");
}

#[test]
fn curve_summary_names_the_threshold_only_before_the_ceiling() {
    use fleksjob_beregner::i18n::curve_summary;
    let both = curve_summary(Some(18.83), Some(20.6), Lang::Da);
    assert!(both.contains("Fra 18,83 timer") && both.contains("Fra 20,6 timer"), "{both}");
    let ceiling_first = curve_summary(Some(20.39), Some(17.25), Lang::Da);
    assert!(!ceiling_first.contains("20,39") && ceiling_first.contains("17,25"), "{ceiling_first}");
    assert_eq!(curve_summary(None, None, Lang::En), "The wage ceiling is not reached before full time.");
}

#[test]
fn a_chart_point_ends_with_one_full_stop() {
    use fleksjob_beregner::i18n::{curve_point, Lang};
    let da = curve_point(18.0, 30_872.0, 15_600.0, 15_272.0, 9_000.0, 21_612.0, Lang::Da);
    assert!(da.ends_with("til udbetaling 21.612 kr.") && !da.contains(".."), "{da}");
    let en = curve_point(18.0, 30_872.0, 15_600.0, 15_272.0, 9_000.0, 21_612.0, Lang::En);
    assert!(en.ends_with("take-home 21,612 kr.") && !en.contains(".."), "{en}");
}

#[test]
fn fill_replaces_every_placeholder_and_keeps_the_text_around_it() {
    use fleksjob_beregner::i18n::fill;
    assert_eq!(fill("Ved {hours} pr. uge", "{hours}", "12,5 timer"), "Ved 12,5 timer pr. uge");
    assert_eq!(fill("{x} og {x}", "{x}", "ø"), "ø og ø");
    assert_eq!(fill("Løn før {to}: æ", "{to}", "18"), "Løn før 18: æ");
    assert_eq!(fill("intet at udfylde", "{to}", "18"), "intet at udfylde");
    assert_eq!(fill("{to", "{to}", "18"), "{to");
    assert_eq!(fill("abc", "", "x"), "abc");
    // The same as the standard library's replace on the real templates.
    for msg in fleksjob_beregner::i18n::Msg::ALL {
        for lang in [Lang::Da, Lang::En] {
            let text = msg.text(lang);
            for key in ["{hours}", "{from}", "{to}", "{value}"] {
                assert_eq!(fill(text, key, "7,5 æø"), text.replace(key, "7,5 æø"));
            }
        }
    }
}

/// The senior fradrag's sentence names only the years the fradrag exists
/// in (from 2026), and says so when none of the 2 years has it.
#[test]
fn the_senior_fradrag_sentence_names_years_that_have_it() {
    use fleksjob_beregner::i18n::senior_fradrag;
    let born_1961 = senior_fradrag(1961, 2026, true, 2_262.0, Lang::Da);
    assert!(born_1961.contains("i 2028") && born_1961.contains("gælder i 2026 og 2027."), "{born_1961}");
    let born_1960 = senior_fradrag(1960, 2025, false, 0.0, Lang::Da);
    assert!(born_1960.contains("gælder i 2026 (") && !born_1960.contains("2025 og"), "{born_1960}");
    let born_1958 = senior_fradrag(1958, 2026, false, 0.0, Lang::En);
    assert!(born_1958.starts_with("No senior deduction: you reach the state pension age in 2025"), "{born_1958}");
    assert!(senior_fradrag(1954, 2026, false, 0.0, Lang::Da).contains("afhænger af fødselsdatoen"));
}
