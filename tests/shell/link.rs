//! The calculator's state in the URL fragment.

use fleksjob_beregner::app::link::{decode, encode, form_from_pairs, form_pairs, hand_over, key, Then};
use fleksjob_beregner::core::agreement::{io, Agreement};
use fleksjob_beregner::core::income::form::{CalculatorForm, Field};
use fleksjob_beregner::core::text::number::NumberStyle;
use proptest::prelude::*;

fn form_from(fragment: &str) -> CalculatorForm {
    let pairs = decode(fragment);
    form_from_pairs(2026, pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())))
}

#[test]
fn a_link_restores_the_star_example() {
    let form = form_from("#year=2024&wage=200&paid=18&pension_employer=0&fulltime_hours=37");
    assert_eq!(form.year, 2024);
    let m = form.income().expect("valid");
    assert_eq!(m.subsidy.round(), 15_272.0);
    assert_eq!(m.total.round(), 30_872.0);
}

#[test]
fn decimal_comma_and_point_both_work_in_links() {
    let comma = form_from("#year=2024&wage=187,5&paid=12,5");
    let point = form_from("#year=2024&wage=187.5&paid=12.5");
    assert_eq!(comma.income(), point.income());
    assert_eq!(comma.employment().unwrap().paid_hours_week, 12.5);
}

#[test]
fn the_fulltime_wage_defaults_to_the_hourly_wage() {
    let form = form_from("#wage=200&paid=18&fulltime_wage=");
    assert_eq!(form.employment().unwrap().fulltime_hourly_wage, 200.0);
    let form = form_from("#wage=200&paid=18&fulltime_wage=230");
    assert_eq!(form.employment().unwrap().fulltime_hourly_wage, 230.0);
}

#[test]
fn unknown_keys_and_years_are_ignored() {
    let form = form_from("#year=1999&foo=bar&paid=10&&=&noequals");
    assert_eq!(form.year, 2026);
    assert_eq!(form.text(Field::PaidHours), "10");
}

#[test]
fn invalid_text_is_kept_and_blocks_the_result() {
    let form = form_from("#paid=abc");
    assert_eq!(form.text(Field::PaidHours), "abc");
    assert!(form.error(Field::PaidHours).is_some());
    assert_eq!(form.income(), None);
}

#[test]
fn overrides_replace_the_year_rates() {
    let form = form_from("#year=2024&wage=200&paid=18&max_subsidy=20.000&threshold=16.000");
    let m = form.income().unwrap();
    // 20,000 − 30 % × 15,600 = 15,320
    assert_eq!(m.subsidy, 20_000.0 - 4_680.0);
}

#[test]
fn form_round_trips_through_the_fragment() {
    let mut form = CalculatorForm::new(2026);
    form.set_year(2025);
    form.set_text(Field::HourlyWage, "187,50 kr.");
    form.set_text(Field::PaidHours, "12,5");
    form.set_text(Field::FulltimeWage, "København & ø=1");
    let fragment = encode(&form_pairs(&form));
    // Numbers travel in one canonical form; text that is no number as typed.
    assert!(fragment.contains("wage=187.5&"), "{fragment}");
    assert!(fragment.contains("paid=12.5&"), "{fragment}");
    let back = form_from(&fragment);
    assert_eq!(back.text(Field::HourlyWage), "187,5");
    assert_eq!(back.text(Field::PaidHours), "12,5");
    assert_eq!(back.text(Field::FulltimeWage), "København & ø=1");
    for field in Field::ALL {
        assert_eq!(back.value(field), form.value(field), "{field:?}");
    }
}

/// A form typed in `style`, written to a link, read back in each language.
fn link_values(style: NumberStyle, texts: &[(Field, String)]) -> Vec<CalculatorForm> {
    let mut form = CalculatorForm::new(2025);
    form.set_number_style(style);
    for (field, text) in texts {
        form.set_text(*field, text.clone());
    }
    let mut pairs = form_pairs(&form);
    let plain = encode(&pairs);
    pairs.push(("lang", "en".to_string()));
    let english = encode(&pairs);
    vec![form, form_from(&plain), form_from(&english)]
}

#[test]
fn english_grouping_does_not_change_numbers_in_a_link() {
    // Issue 9.2: "1,250" typed in English came back as 1,25.
    let texts = [(Field::HourlyWage, "1,250".to_string()), (Field::Ledighedsydelse, "16,000".to_string())];
    let [typed, danish, english] = <[CalculatorForm; 3]>::try_from(link_values(NumberStyle::English, &texts)).unwrap();
    assert_eq!(typed.value(Field::HourlyWage), Ok(Some(1250.0)));
    assert_eq!(typed.value(Field::Ledighedsydelse), Ok(Some(16_000.0)));
    for back in [danish, english] {
        assert_eq!(back.value(Field::HourlyWage), Ok(Some(1250.0)));
        assert_eq!(back.value(Field::Ledighedsydelse), Ok(Some(16_000.0)));
    }
}

#[test]
fn old_english_links_read_in_english() {
    // Links written before the canonical form carried English grouping
    // together with lang=en.
    let form = form_from("#wage=1,250&ledighedsydelse=16,000&lang=en");
    assert_eq!(form.value(Field::HourlyWage), Ok(Some(1250.0)));
    assert_eq!(form.value(Field::Ledighedsydelse), Ok(Some(16_000.0)));
    // A Danish link with the same text is a decimal comma.
    assert_eq!(form_from("#wage=1,250").value(Field::HourlyWage), Ok(Some(1.25)));
}

fn number_text() -> impl Strategy<Value = String> {
    // Whole kroner, decimals and three-decimal figures (the ambiguous shape).
    (0u64..2_000_000, 0u32..4, 0u64..1000).prop_map(|(int, places, frac)| {
        let frac = frac % 10u64.pow(places);
        if places == 0 {
            int.to_string()
        } else {
            format!("{int},{frac:0width$}", width = places as usize)
        }
    })
}

proptest! {
    #[test]
    fn a_link_reads_back_to_the_same_numbers_in_both_languages(
        texts in prop::collection::vec(number_text(), Field::ALL.len()),
        english in any::<bool>(),
    ) {
        let style = if english { NumberStyle::English } else { NumberStyle::Danish };
        let texts: Vec<(Field, String)> = Field::ALL.into_iter().zip(texts).collect();
        let forms = link_values(style, &texts);
        for back in &forms[1..] {
            for field in Field::ALL {
                prop_assert_eq!(back.value(field), forms[0].value(field), "{:?}", field);
            }
        }
    }
}

#[test]
fn encoding_keeps_numbers_readable() {
    assert_eq!(encode(&[("paid", "12,5"), ("wage", "32.067")]), "paid=12,5&wage=32.067");
    assert_eq!(encode(&[("kommune", "København")]), "kommune=K%C3%B8benhavn");
}

proptest! {
    #[test]
    fn any_pairs_round_trip(pairs in prop::collection::vec(("\\PC{1,12}", "\\PC{0,12}"), 0..6)) {
        let encoded = encode(&pairs);
        prop_assert_eq!(decode(&encoded), pairs);
    }

    #[test]
    fn decoding_never_panics(s in "\\PC{0,64}") {
        let pairs = decode(&s);
        let _ = form_from_pairs(2026, pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    }

    #[test]
    fn decoding_never_panics_on_escapes(s in "[%a-f0-9=&#+]{0,40}") {
        let _ = decode(&s);
    }
}

#[test]
fn municipality_by_name_or_number_and_church() {
    let by_name = form_from("#kommune=K%C3%B8benhavn&church=1");
    let by_number = form_from("#kommune=101&church=1");
    assert_eq!(by_name.municipality, Some(101));
    assert_eq!(by_name, by_number);
    assert!(by_name.church);
    assert!(form_from("#kommune=Atlantis").municipality.is_none());
    // The link keeps the number, which survives renamings and spelling.
    assert!(encode(&form_pairs(&by_name)).contains("kommune=101&church=1"));
}

#[test]
fn hours_model_from_the_link() {
    let form = form_from("#attended=10&effective=4&paid=4");
    let a = form.hours_assessment().unwrap();
    assert_eq!(a.intensity, Some(0.4));
    assert_eq!(a.unpaid_effective, 0.0);
    // Effective above attended is an error on the effective field.
    let form = form_from("#attended=4&effective=10&paid=4");
    assert_eq!(
        form.error(Field::EffectiveHours),
        Some(fleksjob_beregner::core::text::number::InputError::EffectiveAboveAttended)
    );
    assert!(form.scenario().is_none());
}

#[test]
fn target_defaults_to_two_more_hours_capped_at_full_time() {
    assert_eq!(form_from("#paid=10").paid_and_target(), Some((10.0, 12.0)));
    assert_eq!(form_from("#paid=36").paid_and_target(), Some((36.0, 37.0)));
    assert_eq!(form_from("#paid=10&target=14").paid_and_target(), Some((10.0, 14.0)));
}

#[test]
fn switching_number_style_keeps_every_value() {
    // Typed in English: "16,000" is sixteen thousand.
    let mut form = form_from("#year=2024&wage=200&paid=18&max_subsidy=20.000");
    form.set_number_style(NumberStyle::English);
    form.set_text(Field::TaperThreshold, "16,000");
    assert_eq!(form.rates().taper_threshold_month.value, 16_000.0);
    let english = form.income().unwrap();
    // Switching to Danish rewrites it as "16.000": same value, same result.
    form.set_number_style(NumberStyle::Danish);
    assert_eq!(form.text(Field::TaperThreshold), "16.000");
    assert_eq!(form.income().unwrap(), english);
    // Unambiguous text is left as typed.
    assert_eq!(form.text(Field::PaidHours), "18");
    assert_eq!(form.text(Field::MaxSubsidy), "20.000");
    // A Danish "16,5" read in English stays 16.5 (a decimal comma there too).
    form.set_text(Field::TaperThreshold, "16,5");
    form.set_number_style(NumberStyle::English);
    assert_eq!(form.text(Field::TaperThreshold), "16,5");
}

#[test]
fn single_parent_travels_in_the_link_and_the_basis() {
    let form = form_from("#year=2026&wage=200&paid=18&single_parent=1");
    assert!(form.single_parent && form.local_tax().single_parent);
    assert!(encode(&form_pairs(&form)).contains("single_parent=1"));
    let basis = form.basis().expect("valid");
    assert!(basis.single_parent);
    assert!(CalculatorForm::from_basis(2026, &basis, NumberStyle::Danish).single_parent);
    assert!(!form_from("#year=2026&wage=200&paid=18").single_parent);
}

/// A new agreement's hours today come from the calculator: its paid hours,
/// and attended and effective where it has them ("12,5" read the Danish way).
#[test]
fn the_calculators_hours_go_into_an_agreement_as_far_as_it_has_them() {
    use fleksjob_beregner::core::income::hours::Hours;
    let before = Hours { attended: 3.0, effective: 2.0, paid: 1.0 };
    let all = form_from("#paid=12&attended=14&effective=12,5");
    assert_eq!(all.hours_into(before), Some(Hours { attended: 14.0, effective: 12.5, paid: 12.0 }));
    let paid_only = form_from("#paid=12");
    assert_eq!(paid_only.hours_into(before), Some(Hours { attended: 3.0, effective: 2.0, paid: 12.0 }));
    let attended_too = form_from("#paid=12&attended=14");
    assert_eq!(attended_too.hours_into(before), Some(Hours { attended: 14.0, effective: 2.0, paid: 12.0 }));
    assert_eq!(form_from("#paid=tolv").hours_into(before), None);
    assert_eq!(form_from("#paid=12&attended=x").hours_into(before), Some(Hours { paid: 12.0, ..before }));
}

/// The reader hands a link over with the fragment as it came, plus what to
/// do: the full app then reads the very same agreement value.
#[test]
fn a_hand_over_keeps_the_link_and_says_what_to_do() {
    let mut a = Agreement::new(chrono::NaiveDate::from_ymd_opt(2026, 3, 2).unwrap());
    a.parties.citizen = "Anna Jensen – æøå".into();
    let link = io::to_fragment(&a);
    let fragment = format!("view=aftale&agreement={link}&lang=en&open=edit");
    for then in [Then::Edit, Then::FollowUp] {
        let handed = decode(&hand_over(&fragment, then));
        let value = |key: &str| handed.iter().filter(|(k, _)| k == key).map(|(_, v)| v.as_str()).collect::<Vec<_>>();
        assert_eq!(value("agreement"), [link.as_str()]);
        assert_eq!(value("lang"), ["en"]);
        assert_eq!(value("view"), ["aftale"]);
        assert_eq!(value(key::OPEN), [then.key()], "one open=, the new one");
        assert_eq!(Then::from_key(then.key()), Some(then));
        assert_eq!(io::from_fragment(value("agreement")[0]).unwrap(), io::from_fragment(&link).unwrap());
    }
    assert_eq!(Then::from_key("delete"), None);
}

/// Issue 35's settings travel in the link and back: other wage income, the
/// year of birth (written without grouping) and the ledighedsydelse level.
#[test]
fn other_wage_birth_year_and_ledighedsydelse_level_in_the_link() {
    use fleksjob_beregner::core::income::form::LedighedsydelseLevel;
    use fleksjob_beregner::core::text::number::InputError;
    let form = form_from("#year=2026&wage=200&paid=12&other_wage=3000&born=1961&ledighedsydelse_level=forsorger");
    assert_eq!(form.text(Field::OtherWage), "3.000");
    assert_eq!(form.text(Field::BirthYear), "1961", "a year is not grouped");
    assert_eq!(form.ledighedsydelse_level, Some(LedighedsydelseLevel::KontanthjaelpForsorger));
    assert_eq!(form.employment().unwrap().other_wage_month, 3_000.0);
    assert!(form.local_tax().senior);
    let fragment = encode(&form_pairs(&form));
    for pair in ["other_wage=3000", "born=1961", "ledighedsydelse_level=forsorger"] {
        assert!(fragment.contains(pair), "{fragment}");
    }
    assert_eq!(form_from(&fragment), form);
    // The comparison uses the level's amount, and an amount typed over it.
    assert_eq!(
        form.ledighedsydelse(),
        Some(form.ledighedsydelse_at(LedighedsydelseLevel::KontanthjaelpForsorger).value)
    );
    let typed = form_from(&format!("{fragment}&ledighedsydelse=16000"));
    assert_eq!(typed.ledighedsydelse(), Some(16_000.0));
    assert_eq!(form_from("#year=2026").ledighedsydelse(), None, "no level, no amount: no column");
    // 89 % of the 2025 dagpenge, rounded: 0.89 × 21,092 = 18,771.88.
    let f2025 = form_from("#year=2025&ledighedsydelse_level=89");
    assert_eq!(f2025.ledighedsydelse(), Some(18_772.0));
    // A bad year of birth says so at the field and the figures wait.
    for bad in ["61", "1961,5", "abc"] {
        let f = form_from(&format!("#year=2026&wage=200&paid=12&born={bad}"));
        assert!(f.error(Field::BirthYear).is_some(), "{bad}");
        assert_eq!(f.income(), None, "{bad}");
    }
    assert_eq!(form_from("#born=61").error(Field::BirthYear), Some(InputError::NotAYear));
    assert_eq!(form_from("#other_wage=-5").income(), None);
}

/// A calculator in a link and in an agreement's basis names each input
/// alike: the link's keys (`app::link::key`) are the file's.
#[test]
fn the_link_and_the_basis_name_the_inputs_alike() {
    use fleksjob_beregner::core::income::form::LedighedsydelseLevel;
    let mut form = CalculatorForm::new(2026);
    form.set_municipality("751");
    form.church = true;
    form.single_parent = true;
    form.ledighedsydelse_level = Some(LedighedsydelseLevel::Dagpenge89);
    for field in Field::ALL {
        form.set_text(field, "10");
    }
    let mut in_link: Vec<&str> = form_pairs(&form).iter().map(|(k, _)| *k).collect();
    let mut basis = fleksjob_beregner::core::income::form::Basis::new(2026);
    basis.municipality = Some(751);
    basis.church = true;
    basis.single_parent = true;
    basis.ledighedsydelse_level = Some(LedighedsydelseLevel::Dagpenge89);
    for field in Field::ALL {
        basis.set_value(field, Some(10.0));
    }
    let file = serde_json::to_value(&basis).expect("a basis serializes");
    let mut in_file: Vec<&str> = file.as_object().expect("a map").keys().map(String::as_str).collect();
    in_link.sort_unstable();
    in_file.sort_unstable();
    assert_eq!(in_link, in_file);
    for k in [key::YEAR, key::KOMMUNE, key::CHURCH, key::SINGLE_PARENT, key::LEDIGHEDSYDELSE_LEVEL] {
        assert!(in_link.contains(&k), "{k}");
    }
}

/// `Link` reads back what it writes: the page's own fragment, a share link,
/// and a hand-over, each parsed again is the same link.
#[test]
fn a_link_reads_back_as_itself() {
    use fleksjob_beregner::app::link::{share_link, Link};
    use fleksjob_beregner::i18n::Lang;
    let form = form_from("#year=2025&wage=187,5&paid=12&kommune=751&church=1&other_wage=2000");
    for (view, lang, more) in [(false, Lang::Da, false), (true, Lang::En, true), (true, Lang::Da, false)] {
        let link = Link::of(&form, view, lang, more);
        let fragment = link.encode();
        assert_eq!(Link::parse("", &fragment), link, "{fragment}");
        // The same figures, shown in the link's language.
        assert_eq!(Link::parse("", &fragment).form(2026).basis(), form.basis());
        // The calculator first, then the view, the language and "more".
        let mut expected = encode(&form_pairs(&form));
        for (on, pair) in [(view, "&view=aftale"), (lang == Lang::En, "&lang=en"), (more, "&more=1")] {
            if on {
                expected.push_str(pair);
            }
        }
        assert_eq!(fragment, expected);
    }
    let mut a = Agreement::new(chrono::NaiveDate::from_ymd_opt(2026, 3, 2).unwrap());
    a.parties.citizen = "Anna Jensen".into();
    let payload = io::to_fragment(&a);
    let shared = share_link("https://example.org", "/fleksjob/", payload.clone());
    assert_eq!(shared, format!("https://example.org/fleksjob/aftale.html#view=aftale&agreement={payload}"));
    let read = Link::parse("", shared.split_once('#').unwrap().1);
    assert_eq!(read, Link::sharing(payload.clone()));
    assert_eq!(io::from_fragment(read.agreement.as_deref().unwrap()).unwrap(), a);
    for then in [Then::Edit, Then::FollowUp] {
        let handed = Link::parse("", &hand_over(&Link::sharing(payload.clone()).encode(), then));
        let mut expected = Link::sharing(payload.clone());
        expected.then = Some(then);
        assert_eq!(handed, expected);
    }
}

/// The query's starting values count for the calculator and the language;
/// the fragment has the last word; the embedding's settings are the query's.
#[test]
fn the_fragment_wins_over_the_query() {
    use fleksjob_beregner::app::embed::Parts;
    use fleksjob_beregner::app::link::Link;
    use fleksjob_beregner::i18n::Lang;
    let link = Link::parse("?embed=1&parts=calculator&lang=en&year=2025&wage=300", "#year=2026&paid=12");
    assert!(link.embed.embedded);
    assert_eq!(link.embed.parts, Parts::CalculatorOnly);
    assert_eq!(link.lang, Some(Lang::En));
    let form = link.form(2026);
    assert_eq!(form.year, 2026, "the fragment's year");
    assert_eq!(form.text(Field::HourlyWage), "200", "wage is not a starting value a query may set");
    assert_eq!(form.number_style, NumberStyle::English);
    assert_eq!(Link::parse("?lang=en", "#lang=da").lang, Some(Lang::Da));
    assert!(!Link::parse("", "#embed=1").embed.embedded, "a fragment cannot embed");
}
