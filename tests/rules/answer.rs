//! The citizen's answer: the sentence, the zones the hours pass through,
//! the per-hour figures and the employer's line, against the calculation
//! the comparison table shows.

use fleksjob_beregner::core::income::answer::{Answer, Zone};
use fleksjob_beregner::core::income::scenario::Scenario;
use fleksjob_beregner::i18n::{self, Lang};
use proptest::prelude::*;

fn scenario(pairs: &[(&str, &str)]) -> Scenario {
    fleksjob_beregner::app::link::form_from_pairs(2026, pairs.iter().copied()).scenario().expect("valid form")
}

/// The issue's citizen: 190 kr. an hour, 15 hours, would 18 pay?
fn issue_case() -> (Scenario, Answer) {
    let s = scenario(&[("year", "2026"), ("wage", "190"), ("paid", "15"), ("target", "18")]);
    let a = Answer::new(&s, 15.0, 18.0);
    (s, a)
}

#[test]
fn the_sentence_carries_the_tables_figures() {
    let (s, a) = issue_case();
    let ceiling = s.ceiling_hours().expect("the ceiling binds before full time");
    assert!((15.0..18.0).contains(&ceiling), "{ceiling}");
    let net_18 = i18n::kroner(s.at(18.0).net.net, Lang::Da);
    let more = i18n::kroner(s.at(18.0).net.net - s.at(15.0).net.net, Lang::Da);
    assert_eq!(
        i18n::answer_sentence(&a, Lang::Da),
        format!(
            "Ved 18 timer får du ca. {net_18} udbetalt om måneden: {more} mere for 3 timer mere om ugen. \
             Lønloftet nås ved {} timer, så timerne derover betales af arbejdsgiveren i stedet for kommunen.",
            i18n::number(ceiling, 1, Lang::Da)
        )
    );
    let en = i18n::answer_sentence(&a, Lang::En);
    assert!(en.starts_with(&format!(
        "At 18 hours you get about {} paid out a month: ",
        i18n::kroner(s.at(18.0).net.net, Lang::En)
    )));
    assert!(en.contains(" more for 3 more hours a week. The wage ceiling is reached at "), "{en}");
    assert!(!en.contains(".."), "no double full stop");
}

#[test]
fn one_hour_fewer_and_no_change_read_right() {
    let s = scenario(&[("year", "2026"), ("wage", "190"), ("paid", "10")]);
    let fewer = i18n::answer_sentence(&Answer::new(&s, 10.0, 9.0), Lang::Da);
    assert!(fewer.contains(" mindre for 1 time mindre om ugen."), "{fewer}");
    assert!(i18n::answer_sentence(&Answer::new(&s, 10.0, 9.0), Lang::En).contains(" less for 1 fewer hour a week."));
    let same = i18n::answer_sentence(&Answer::new(&s, 10.0, 10.0), Lang::Da);
    assert!(same.starts_with("Ved 10 timer får du ca. ") && same.ends_with(" om måneden."), "{same}");
}

#[test]
fn the_issues_hour_crosses_into_the_ceiling_and_says_so() {
    // At 15 hours with the ceiling at about 15.4, the old panel said "below
    // the threshold: 30 kr per 100" beside a fall of 74 %. The hours are
    // split where the rule changes.
    let (s, a) = issue_case();
    let ceiling = s.ceiling_hours().expect("ceiling");
    let zones: Vec<Zone> = a.spans.iter().map(|sp| sp.zone).collect();
    assert_eq!(zones.last(), Some(&Zone::PastCeiling));
    assert_eq!(a.spans.first().map(|sp| sp.from), Some(15.0));
    assert_eq!(a.spans.last().map(|sp| sp.to), Some(18.0));
    let past = a.spans.iter().find(|sp| sp.zone == Zone::PastCeiling).expect("past the ceiling");
    assert!((past.from - ceiling).abs() < 1e-6);
    let text = i18n::zone_text(past, Lang::Da);
    assert!(text.starts_with(&format!("{}–18 timer: Lønloftet er nået", i18n::number(ceiling, 1, Lang::Da))), "{text}");
}

#[test]
fn the_employers_line_counts_each_extra_hour() {
    let (s, a) = issue_case();
    let month = s.at(18.0).employer_cost - s.at(15.0).employer_cost;
    let per_hour = month / 3.0 / (52.0 / 12.0);
    assert_eq!(
        i18n::employer_line(&a, Lang::Da).expect("hours change"),
        format!(
            "3 timer mere om ugen koster arbejdsgiveren ca. {} mere om måneden ({} pr. time).",
            i18n::kroner(month, Lang::Da),
            i18n::kroner(per_hour, Lang::Da)
        )
    );
    assert_eq!(i18n::employer_line(&Answer::new(&s, 15.0, 15.0), Lang::Da), None);
}

fn any_case() -> impl Strategy<Value = (f64, f64, f64, f64, f64, u16)> {
    (100.0..400.0f64, 0.0..37.0f64, 0.0..37.0f64, 0.0..15.0f64, 0.0..200.0f64, 2024u16..=2027)
}

proptest! {
    /// The sentence's numbers are the comparison table's, for any inputs.
    #[test]
    fn the_sentence_and_the_table_agree((wage, paid, target, pension, extra, year) in any_case()) {
        let text = |v: f64| format!("{v:.2}");
        let s = scenario(&[
            ("year", &year.to_string()), ("wage", &text(wage)), ("paid", &text(paid)),
            ("target", &text(target)), ("pension_employer", &text(pension)), ("fulltime_wage", &text(wage + extra)),
        ]);
        let (paid, target) = ((paid * 100.0).round() / 100.0, (target * 100.0).round() / 100.0);
        let a = Answer::new(&s, paid, target);
        for lang in [Lang::Da, Lang::En] {
            let sentence = i18n::answer_sentence(&a, lang);
            // The table's target column and its difference column.
            let target_net = i18n::kroner(s.at(target).net.net, lang);
            let diff = i18n::kroner((s.at(target).net.net - s.at(paid).net.net).abs(), lang);
            prop_assert!(sentence.contains(&target_net), "{} not in {}", target_net, sentence);
            if (target - paid).abs() > 1e-9 {
                prop_assert!(sentence.contains(&format!(": {diff} ")), "{} not in {}", diff, sentence);
            }
            prop_assert!(!sentence.contains(".."));
        }
    }

    /// Each zone's rule is what the subsidy does inside it: per 100 kr more
    /// lønindtægt it falls 30, 55, 100 (the ceiling) or stays at 0.
    #[test]
    fn each_zone_is_what_the_subsidy_does((wage, paid, target, pension, extra, year) in any_case()) {
        let text = |v: f64| format!("{v:.2}");
        let s = scenario(&[
            ("year", &year.to_string()), ("wage", &text(wage)), ("paid", "10"),
            ("pension_employer", &text(pension)), ("fulltime_wage", &text(wage + extra)),
        ]);
        let a = Answer::new(&s, paid, target);
        prop_assert!(a.spans.windows(2).all(|w| w[0].to == w[1].from && w[0].zone != w[1].zone));
        for span in a.spans.iter().filter(|sp| sp.to - sp.from > 0.2) {
            let (x, y) = (s.at(span.from + 0.05), s.at(span.to - 0.05));
            let ratio = (y.income.subsidy - x.income.subsidy) / (y.income.lonindtaegt - x.income.lonindtaegt);
            let want = match span.zone {
                Zone::BelowThreshold => -0.30,
                Zone::AboveThreshold => -0.55,
                Zone::PastCeiling => -1.0,
                Zone::NoSubsidy => 0.0,
            };
            prop_assert!((ratio - want).abs() < 1e-6, "{:?} {}–{}: {}", span.zone, span.from, span.to, ratio);
        }
    }
}
