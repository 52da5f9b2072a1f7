//! The agreement document: its sections, its money against the
//! calculator's, the rates' status marks, and its text for the case record.

use fleksjob_beregner::core::agreement::{Accommodation, Agreement};
use fleksjob_beregner::core::document::{document, Block, Document, Locale, Table};
use fleksjob_beregner::core::income::form::{Basis, CalculatorForm, Field};
use fleksjob_beregner::i18n::{self, Lang};
use proptest::prelude::*;

use crate::common::{aarhus_basis, d, hours};

/// A three-step agreement as a consultant would write it.
fn sample() -> Agreement {
    let mut a = Agreement::new(d(2026, 3, 2));
    a.parties.citizen = "Anna Jensen".into();
    a.parties.employer = "Bageriet".into();
    a.parties.employer_contact = "Bo Hansen".into();
    a.parties.consultant = "Carl".into();
    a.parties.collective_agreement = "HK Handel, HK".into();
    a.today.hours = hours(14.0, 12.0, 12.0);
    a.today.tasks = "Pakning".into();
    a.today.hard_tasks = "Telefonen".into();
    a.today.accommodations = vec![Accommodation::Pace, Accommodation::Other("Hjemmearbejde om fredagen".into())];
    a.goal = "18 lønnede timer".into();
    for (paid, trial, placement) in [(13.0, true, true), (15.0, true, false), (18.0, false, false)] {
        a.add_step();
        let step = a.steps.last_mut().expect("added");
        step.hours = hours(paid + 2.0, paid, paid);
        step.trial = trial;
        step.placement = placement;
    }
    a.steps[0].tasks = "Kassen om morgenen".into();
    a.steps[0].if_not_working = "Tilbage til 12 timer".into();
    a.support.mentor.given = true;
    a.support.mentor.note = "Kollega Dorte".into();
    a.follow_ups.truncate(2);
    a.follow_ups[1].label = "Besøg på arbejdspladsen".into();
    a.follow_ups[0].done = true;
    a
}

/// 185 kr./h, 8 % employer pension, Aarhus, for `year`.
fn basis(year: u16) -> Basis {
    aarhus_basis(year, 18.0)
}

fn table<'a>(doc: &'a Document, key: &str) -> &'a Table {
    doc.table(key).unwrap_or_else(|| panic!("no table {key}"))
}

fn cell<'a>(t: &'a Table, row: &str, column: usize) -> &'a str {
    &t.rows.iter().find(|r| r[0] == row).unwrap_or_else(|| panic!("no row {row}"))[column]
}

fn fields(doc: &Document, section: &str) -> Vec<(String, String)> {
    let s = doc.section(section).unwrap_or_else(|| panic!("no section {section}"));
    s.blocks
        .iter()
        .flat_map(|b| match b {
            Block::Fields(rows) => rows.clone(),
            _ => Vec::new(),
        })
        .collect()
}

fn field(doc: &Document, section: &str, label: &str) -> String {
    fields(doc, section).into_iter().find(|(l, _)| l == label).map(|(_, v)| v).unwrap_or_else(|| panic!("no {label}"))
}

#[test]
fn every_section_in_order_and_the_title_once() {
    let doc = document(&sample(), Some(&basis(2026)), &Lang::Da);
    let keys: Vec<&str> = doc.sections.iter().map(|s| s.key).collect();
    assert_eq!(keys, ["parties", "basis", "today", "goal", "steps", "support", "follow-ups", "signatures", "timeline"]);
    assert_eq!(doc.title, "Aftale om progression i fleksjob");
    let text = doc.to_text(&Lang::Da);
    assert_eq!(text.matches("Aftale om progression i fleksjob").count(), 1, "{text}");
    assert_eq!(doc.file_title, "Progressionsaftale – Anna Jensen – 02.03.2026");
}

#[test]
fn a_bare_draft_has_no_goal_steps_support_or_plan_but_can_be_signed() {
    let mut a = Agreement::new(d(2026, 3, 2));
    a.follow_ups.clear();
    let doc = document(&a, Some(&basis(2026)), &Lang::En);
    let keys: Vec<&str> = doc.sections.iter().map(|s| s.key).collect();
    assert_eq!(keys, ["parties", "basis", "today", "signatures"]);
    assert_eq!(doc.file_title, "Progression agreement – 2026-03-02");
    // Blank names stay as lines to fill in by hand.
    assert_eq!(field(&doc, "parties", "Citizen"), "");
}

#[test]
fn the_parties_block_carries_the_new_fields() {
    let doc = document(&sample(), Some(&basis(2026)), &Lang::Da);
    assert_eq!(field(&doc, "parties", "Overenskomst og fagforening"), "HK Handel, HK");
    assert_eq!(field(&doc, "parties", "Fleksjob"), "Første fleksjob (midlertidigt, 5 år)");
    assert_eq!(field(&doc, "today", "Opgaver der er svære i dag"), "Telefonen");
    assert_eq!(field(&doc, "today", "Arbejdsintensitet"), "86 %");
    assert_eq!(field(&doc, "today", "Skånehensyn"), "Lavere tempo\nHjemmearbejde om fredagen");
    let steps = table(&doc, "steps");
    assert_eq!(cell(steps, "Trin 1", 3), "prøve, ikke bindende, i praktik");
    assert_eq!(cell(steps, "Trin 3", 3), "bindende");
    // A new step starts where the one before ends: 2 March + 6 weeks.
    assert_eq!(cell(steps, "Trin 2", 1), "13.04.2026");
    assert_eq!(cell(steps, "Trin 2", 2), "6 uger");
    assert_eq!(cell(steps, "Trin 2", 4), "17");
}

#[test]
fn each_steps_money_is_the_calculators_at_its_hours() {
    let a = sample();
    let b = basis(2026);
    let doc = document(&a, Some(&b), &Lang::Da);
    let economy = table(&doc, "economy");
    let rows = ["I dag", "Trin 1", "Trin 2", "Trin 3"];
    let paid = [12.0, 13.0, 15.0, 18.0];
    for (row, paid) in rows.iter().zip(paid) {
        // The calculator as a citizen fills it in, at that step's hours.
        let pairs = [("year", "2026"), ("wage", "185"), ("pension_employer", "8"), ("kommune", "751")];
        let paid_text = paid.to_string();
        let form = fleksjob_beregner::app::link::form_from_pairs(
            2026,
            pairs.into_iter().chain([("paid", paid_text.as_str())]),
        );
        let income = form.income().expect("valid form");
        let (_, target) = form.paid_and_target().expect("hours");
        let outcome = form.scenario().expect("valid form").at(paid);
        assert_eq!(cell(economy, row, 1), i18n::hours(paid, Lang::Da));
        assert_eq!(cell(economy, row, 2), i18n::kroner(income.wage, Lang::Da), "{row}");
        assert_eq!(cell(economy, row, 3), i18n::kroner(income.subsidy, Lang::Da), "{row}");
        assert_eq!(cell(economy, row, 4), i18n::kroner(income.total, Lang::Da), "{row}");
        assert_eq!(cell(economy, row, 5), i18n::kroner(outcome.net.net, Lang::Da), "{row} (target {target})");
        assert_eq!(cell(economy, row, 6), i18n::kroner(outcome.employer_cost, Lang::Da), "{row}");
    }
    // The worked case of issue 9: 15 hours at 185 kr., Aarhus 2026.
    assert_eq!(cell(economy, "Trin 2", 5), "19.977 kr.");
}

#[test]
fn derived_rates_are_marked_and_published_ones_are_not() {
    let derived = document(&sample(), Some(&basis(2027)), &Lang::Da);
    let rates = table(&derived, "rates");
    assert_eq!(rates.caption, "Satser 2027");
    assert_eq!(cell(rates, "Maksimalt tilskud", 1), "22.475 kr. pr. md. *");
    assert_eq!(cell(rates, "Maksimalt tilskud", 2), "beregnet af os, ikke offentliggjort");
    let notes = |doc: &Document| -> Vec<String> {
        doc.section("basis")
            .expect("basis")
            .blocks
            .iter()
            .filter_map(|b| if let Block::Note(n) = b { Some(n.clone()) } else { None })
            .collect()
    };
    assert!(notes(&derived).iter().any(|n| n.starts_with("* Beregnet af os")));

    // Figures the consultant typed in are theirs, not ours: no mark.
    let mut entered = basis(2027);
    entered.set_value(Field::MaxSubsidy, Some(22_500.0));
    entered.set_value(Field::TaperThreshold, Some(18_400.0));
    entered.set_value(Field::KommuneRate, Some(25.0));
    let entered = document(&sample(), Some(&entered), &Lang::Da);
    let rates = table(&entered, "rates");
    assert!(rates.rows.iter().all(|r| !r[1].contains('*')), "{rates:?}");
    assert_eq!(cell(rates, "Maksimalt tilskud", 1), "22.500 kr. pr. md.");
    assert!(rates.rows.iter().all(|r| r[2] == "indtastet"), "{rates:?}");
    assert!(!notes(&entered).iter().any(|n| n.starts_with('*')));
}

#[test]
fn the_basis_states_wage_ceiling_pensions_and_municipality() {
    let mut b = basis(2026);
    b.set_value(Field::FulltimeWage, Some(210.5));
    b.church = true;
    let doc = document(&sample(), Some(&b), &Lang::Da);
    assert_eq!(field(&doc, "basis", "Timeløn inkl. egen pension"), "185 kr.");
    let lonloft = field(&doc, "basis", "Lønloft");
    assert!(lonloft.contains("fuldtidsløn 210,5 kr. pr. time i 37 timer om ugen"), "{lonloft}");
    // 210.5 × 37 × 52/12 weeks × 1.08 pension, as the calculator computes it.
    let form = CalculatorForm::from_basis(2026, &b, Default::default());
    let ceiling = form.income().expect("valid").lonloft;
    assert!(lonloft.starts_with(&i18n::kroner(ceiling, Lang::Da)), "{lonloft}");
    assert_eq!(field(&doc, "basis", "Arbejdsgivers pension"), "8 %");
    assert_eq!(field(&doc, "basis", "Kommune"), "Aarhus");
    assert!(field(&doc, "basis", "Kirkeskat").ends_with(" %"));
    assert_eq!(field(&doc, "basis", "Satser for år"), "2026");
}

#[test]
fn without_a_basis_the_money_is_missing_and_says_why() {
    let doc = document(&sample(), None, &Lang::En);
    let basis = doc.section("basis").expect("basis");
    assert!(matches!(&basis.blocks[..], [Block::Paragraph(p)] if p.starts_with("The amounts are missing")));
    let economy = table(&doc, "economy");
    assert!(economy.rows.iter().all(|r| r[2..].iter().all(|c| c == "–")), "{economy:?}");
}

#[test]
fn signatures_name_each_party_by_role() {
    let doc = document(&sample(), Some(&basis(2026)), &Lang::Da);
    let section = doc.section("signatures").expect("signatures");
    let Block::Signatures(list) = &section.blocks[1] else { panic!("{section:?}") };
    let pairs: Vec<(&str, &str)> = list.iter().map(|s| (s.role.as_str(), s.name.as_str())).collect();
    // Dated 2 March 2026, after lov nr. 1750 named "kommunen" (1 February 2026).
    assert_eq!(
        pairs,
        [("Borger", "Anna Jensen"), ("Arbejdsplads", "Bo Hansen, Bageriet"), ("Kommunens sagsbehandler", "Carl")]
    );
    assert!(matches!(&section.blocks[0], Block::Paragraph(p) if p.starts_with("Vi har drøftet denne plan")));
}

#[test]
fn from_february_2026_the_agreement_names_the_municipality() {
    // The reform of the employment system (lov nr. 1750 af 29/12/2025): the
    // law names "kommunen" where it named "jobcenteret", from its first
    // step on 1 February 2026 (docs/rules.md § 5 gives the sources).
    let mut a = sample();
    a.date = d(2026, 1, 31);
    let text = document(&a, None, &Lang::Da).to_text(&Lang::Da);
    assert!(text.contains("\nJobcentrets konsulent: Carl\n"), "{text}");
    a.date = d(2026, 2, 1);
    let text = document(&a, None, &Lang::Da).to_text(&Lang::Da);
    assert!(text.contains("\nKommunens sagsbehandler: Carl\n"), "{text}");
    assert!(document(&a, None, &Lang::En).to_text(&Lang::En).contains("\nMunicipal caseworker: Carl\n"));
}

#[test]
fn a_text_of_several_lines_stays_under_its_label() {
    // Issue 9.9: raw newlines broke the summary's lines.
    let mut a = sample();
    a.today.tasks = "Pakning\r\n\n\nOprydning  \n".into();
    a.clean();
    let text = document(&a, None, &Lang::Da).to_text(&Lang::Da);
    assert!(text.contains("\nOpgaver: Pakning\n  Oprydning\n"), "{text}");
}

#[test]
fn the_text_for_the_case_record() {
    let text = document(&sample(), Some(&basis(2026)), &Lang::Da).to_text(&Lang::Da);
    let start = text.find("## Trin mod målet").expect("steps");
    let end = text.find("## Støtte").expect("support");
    assert_eq!(
        &text[start..end],
        "## Trin mod målet
Trinnene og timerne pr. uge:
- Trin 1: Start: 02.03.2026; Varighed: 6 uger; Form: prøve, ikke bindende, i praktik; Fremmødte timer: 15; Effektive timer: 13; Lønnede timer: 13
- Trin 2: Start: 13.04.2026; Varighed: 6 uger; Form: prøve, ikke bindende; Fremmødte timer: 17; Effektive timer: 15; Lønnede timer: 15
- Trin 3: Start: 25.05.2026; Varighed: 6 uger; Form: bindende; Fremmødte timer: 20; Effektive timer: 18; Lønnede timer: 18
Økonomi pr. måned (skøn):
- I dag: Lønnede timer pr. uge: 12; Løn fra arbejdsgiver: 9.620 kr.; Fleksløntilskud: 18.483 kr.; I alt før skat: 28.873 kr.; Til udbetaling (skøn): 18.986 kr.; Arbejdsgivers udgift: 10.617 kr.
- Trin 1: Lønnede timer pr. uge: 13; Løn fra arbejdsgiver: 10.422 kr.; Fleksløntilskud: 18.223 kr.; I alt før skat: 29.479 kr.; Til udbetaling (skøn): 19.316 kr.; Arbejdsgivers udgift: 11.483 kr.
- Trin 2: Lønnede timer pr. uge: 15; Løn fra arbejdsgiver: 12.025 kr.; Fleksløntilskud: 17.704 kr.; I alt før skat: 30.691 kr.; Til udbetaling (skøn): 19.977 kr.; Arbejdsgivers udgift: 13.214 kr.
- Trin 3: Lønnede timer pr. uge: 18; Løn fra arbejdsgiver: 14.430 kr.; Fleksløntilskud: 16.450 kr.; I alt før skat: 32.035 kr.; Til udbetaling (skøn): 20.649 kr.; Arbejdsgivers udgift: 16.039 kr.
Opgaver i trinnene:
- Trin 1: Opgaver: Kassen om morgenen; Hvis det ikke fungerer: Tilbage til 12 timer

"
    );
}

/// Every figure of the economy table, as the printed document shows it,
/// is in the text for the case record: the two never disagree.
#[test]
fn the_text_and_the_document_agree() {
    for lang in [Lang::Da, Lang::En] {
        let doc = document(&sample(), Some(&basis(2026)), &lang);
        let text = doc.to_text(&lang);
        for t in ["steps", "economy", "follow-ups", "rates"] {
            for row in &table(&doc, t).rows {
                for c in row.iter().filter(|c| !c.is_empty()) {
                    assert!(text.contains(c.as_str()), "{t}: {c} not in {text}");
                }
            }
        }
        for (label, value) in fields(&doc, "parties").into_iter().chain(fields(&doc, "basis")) {
            if !value.is_empty() {
                assert!(text.contains(&format!("{label}: {value}")), "{label}");
            }
        }
    }
}

fn numbers() -> impl Strategy<Value = f64> {
    prop_oneof![Just(f64::NAN), Just(-1.0), Just(1e12), 0.0..80.0f64]
}

proptest! {
    /// Any agreement and any basis, valid or not: a document, never a panic.
    #[test]
    fn any_input_gives_a_document(paid in numbers(), wage in numbers(), year in 2000u16..2100, weeks in 0u16..600) {
        let mut a = sample();
        a.steps[1].hours.paid = paid;
        a.steps[2].duration_weeks = weeks;
        let mut b = basis(year);
        b.set_value(Field::HourlyWage, Some(wage));
        for lang in [Lang::Da, Lang::En] {
            let doc = document(&a, Some(&b), &lang);
            prop_assert!(doc.to_text(&lang).starts_with(lang.term(fleksjob_beregner::core::document::Term::Title)));
            prop_assert!(!doc.to_text(&lang).contains("NaN"));
        }
    }
}

#[test]
fn the_html_escapes_every_text_and_has_real_tables() {
    let mut a = sample();
    a.parties.citizen = "<script>alert(1)</script> & \"Søs\" 'A'".into();
    a.steps[0].tasks = "<img src=x onerror=alert(1)>".into();
    let doc = document(&a, Some(&basis(2026)), &Lang::Da);
    let html = doc.to_html(&Lang::Da);
    assert!(!html.contains("<script") && !html.contains("<img"), "{html}");
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Søs&quot; &#39;A&#39;"));
    assert_eq!(html.matches("<h1>").count(), 1);
    // Sections in the model's order, each with its heading.
    let order: Vec<usize> =
        doc.sections.iter().map(|s| html.find(&format!("data-testid=\"doc-{}\"", s.key)).expect("section")).collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]));
    // The money table: a caption, a column header per column, a row header
    // per row, and each cell named by its column.
    let economy = table(&doc, "economy");
    let start = html.find("data-testid=\"doc-table-economy\"").expect("economy");
    let part = &html[start..start + html[start..].find("</table>").expect("end")];
    assert!(part.contains("<caption>Økonomi pr. måned (skøn)</caption>"));
    assert_eq!(part.matches("<th scope=\"col\"").count(), economy.columns.len());
    assert_eq!(part.matches("<th scope=\"row\">").count(), economy.rows.len());
    assert!(part.contains("<td data-label=\"Til udbetaling (skøn)\" class=\"num\">19.977 kr.</td>"), "{part}");
    // Signature blocks carry the printed names.
    assert!(html.contains("<p class=\"name\">Navn: Bo Hansen, Bageriet</p>"));
}

/// LAB is cited bare while it is in force; a document about months from
/// 2027, when a new law is expected, names it with its consolidation and
/// the day it held until (issue 35).
#[test]
fn the_law_is_cited_as_it_stood_for_the_months_shown() {
    use fleksjob_beregner::core::document::law::{cite, LAB};
    use fleksjob_beregner::core::income::rates::Status;
    // The end date is data, with its source and status: expected, not enacted.
    assert_eq!((LAB.in_force_until, LAB.status), (Some((2026, 12, 31)), Status::Unverified));
    assert!(LAB.source.da.contains("LBK nr. 280") && LAB.source.en.contains("1 January 2027"), "{:?}", LAB.source);
    assert_eq!(cite(&LAB, "§ 123", d(2026, 12, 31), &Lang::Da), "LAB § 123");
    assert_eq!(
        cite(&LAB, "§ 123", d(2027, 1, 1), &Lang::Da),
        "lov om en aktiv beskæftigelsesindsats (LBK 280/2024) § 123, gældende til 31.12.2026"
    );
    assert!(cite(&LAB, "§ 124, stk. 3", d(2027, 3, 1), &Lang::En).ends_with("§ 124, stk. 3, in force until 2026-12-31"));
    // The sample's months end in 2026: the timeline cites LAB.
    let text_2026 = document(&sample(), Some(&basis(2026)), &Lang::Da).to_text(&Lang::Da);
    assert!(text_2026.contains("(LAB § 123)") && text_2026.contains("(LAB § 124, stk. 3)"), "{text_2026}");
    // An agreement dated 2027 with its steps in 2027: no bare LAB.
    let mut a = sample();
    a.date = d(2027, 2, 1);
    a.fleksjob_start = d(2025, 1, 1);
    for (i, step) in a.steps.iter_mut().enumerate() {
        step.start = d(2027, 3 + i as u32, 1);
    }
    for lang in [Lang::Da, Lang::En] {
        let text = document(&a, Some(&basis(2027)), &lang).to_text(&lang);
        assert!(!text.contains("LAB §"), "{text}");
        assert!(text.contains("lov om en aktiv beskæftigelsesindsats (LBK 280/2024) § 123"), "{text}");
    }
}

/// Other wage income and the year of birth are in the basis the document
/// states, and the steps and months say their totals include it.
#[test]
fn the_document_states_other_wage_income_and_the_senior_fradrag() {
    let mut b = basis(2026);
    b.set_value(Field::OtherWage, Some(3_000.0));
    b.set_value(Field::BirthYear, Some(1961.0));
    let doc = document(&sample(), Some(&b), &Lang::Da);
    assert_eq!(field(&doc, "basis", "Anden lønindtægt pr. måned"), "3.000 kr.");
    assert_eq!(field(&doc, "basis", "Fødselsår"), "1961");
    assert_eq!(field(&doc, "basis", "Seniorfradrag (ekstra beskæftigelsesfradrag)"), "1,4 %, højst 6.100 kr.");
    let text = doc.to_text(&Lang::Da);
    assert_eq!(text.matches("Tallene omfatter anden lønindtægt på 3.000 kr. om måneden").count(), 2, "{text}");
    // The steps' totals are the calculator's, other wage income included.
    let form = CalculatorForm::from_basis(2026, &b, fleksjob_beregner::core::text::number::NumberStyle::Danish);
    let today = form.scenario().unwrap().at(12.0);
    assert_eq!(cell(table(&doc, "economy"), "I dag", 4), i18n::kroner(today.income.total, Lang::Da));
    // Without them, none of it.
    let plain = document(&sample(), Some(&basis(2026)), &Lang::Da);
    assert!(!plain.to_text(&Lang::Da).contains("anden lønindtægt på"));
    assert!(!fields(&plain, "basis").iter().any(|(k, _)| k == "Fødselsår"));
}
