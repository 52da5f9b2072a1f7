//! The reading page's chrome (`app::reading_page`), which both builds draw:
//! every button says its action, the texts are the interface's, and the
//! settings of a host's frame show.

use fleksjob_beregner::app::reading_page::{self, footer, header, reading_bar, Action, Chrome, Tab, READER};
use fleksjob_beregner::i18n::{Lang, Msg};

const APP: Chrome =
    Chrome { intro: true, title_hidden: false, tabs: Some(Tab::Calculator), language_switch: true, delete_all: true };

/// The `data-action` of every button in `html`.
fn actions(html: &str) -> Vec<Action> {
    html.split("data-action=\"")
        .skip(1)
        .map(|rest| {
            let key = &rest[..rest.find('"').expect("closed")];
            Action::from_key(key).unwrap_or_else(|| panic!("unknown action {key}"))
        })
        .collect()
}

#[test]
fn every_button_carries_an_action_and_each_page_has_its_own() {
    let all = [header(Lang::Da, &APP), reading_bar(Lang::Da, false), footer(Lang::Da, &APP)].concat();
    assert_eq!(all.matches("<button").count(), actions(&all).len());
    assert_eq!(
        actions(&reading_page::page(Lang::Da, false, "<p>doc</p>")),
        [
            Action::LangSwitch,
            Action::StartFollowUp,
            Action::Edit,
            Action::Print,
            Action::CopyCaseText,
            Action::ExportIcs,
            Action::DeleteAll
        ]
    );
    assert_eq!(actions(&header(Lang::Da, &APP)), [Action::ShowCalculator, Action::ShowAgreement, Action::LangSwitch]);
}

#[test]
fn the_pressed_tab_and_the_switch_in_the_other_language() {
    let calculator = header(Lang::Da, &APP);
    assert!(calculator.contains("aria-pressed=\"true\" data-action=\"show-calculator\""), "{calculator}");
    assert!(calculator.contains("aria-pressed=\"false\" data-action=\"show-agreement\""));
    let agreement = header(Lang::En, &Chrome { tabs: Some(Tab::Agreement), ..APP });
    assert!(agreement.contains("aria-pressed=\"true\" data-action=\"show-agreement\""));
    assert!(calculator.contains("lang=\"en\" data-action=\"lang-switch\" data-testid=\"lang-switch\">English<"));
    assert!(agreement.contains("lang=\"da\" data-action=\"lang-switch\" data-testid=\"lang-switch\">Dansk<"));
    assert_eq!(reading_page::other(Lang::Da), Lang::En);
    assert_eq!(reading_page::other(Lang::En), Lang::Da);
}

#[test]
fn a_hosts_frame_hides_what_it_asks_to() {
    let framed = Chrome { intro: false, title_hidden: true, tabs: None, language_switch: false, delete_all: false };
    let h = header(Lang::Da, &framed);
    assert!(h.contains("<h1 class=\"visually-hidden\">"));
    assert!(!h.contains("class=\"intro\"") && !h.contains("<button"), "{h}");
    assert!(!footer(Lang::Da, &framed).contains("delete-all"));
    assert!(footer(Lang::Da, &READER).contains("data-testid=\"delete-all\""));
    assert!(!header(Lang::Da, &READER).contains("class=\"intro\""), "the reader has no introduction");
}

#[test]
fn texts_are_the_interfaces_and_escaped() {
    for l in [Lang::Da, Lang::En] {
        let page = reading_page::page(l, false, "");
        for m in [Msg::AppTitle, Msg::ReadingNote, Msg::StartFollowUp, Msg::StorageNote, Msg::AccessibilityStatement] {
            let text = fleksjob_beregner::core::document::escape(m.text(l));
            assert!(page.contains(&text), "{m:?} in {l:?}");
        }
    }
}

#[test]
fn start_follow_up_is_disabled_when_the_records_are_full() {
    assert!(reading_bar(Lang::Da, true).contains(" disabled data-action=\"start-follow-up\""));
    assert!(!reading_bar(Lang::Da, false).contains("disabled"));
}
