//! In English mode no Danish interface text is left on screen: every message
//! whose Danish text differs from its English one is looked for in the
//! visible text of both views (headless Chromium via wasm-bindgen-test).
#![cfg(target_arch = "wasm32")]

use fleksjob_beregner::i18n::{Lang, Msg};
use fleksjob_beregner::ui::App;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn visible_text() -> String {
    document().body().unwrap().unchecked_into::<web_sys::HtmlElement>().inner_text()
}

/// Whether `phrase` stands in `text` as whole words: "Skat" in a sentence,
/// not inside a proper name like "Skatteministeriet" in a cited source.
fn contains_phrase(text: &str, phrase: &str) -> bool {
    text.match_indices(phrase).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + phrase.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

fn danish_left(text: &str) -> Vec<&'static str> {
    Msg::ALL
        .iter()
        .map(|m| (m.text(Lang::Da), m.text(Lang::En)))
        // A one-letter word ("i", Danish "in") says nothing about the language
        // and stands in cited Danish document titles such as «… i 2026».
        .filter(|(da, _)| da.chars().count() > 1)
        .filter(|(da, en)| da != en && !contains_phrase(en, da) && contains_phrase(text, da))
        .map(|(da, _)| da)
        .collect()
}

#[wasm_bindgen_test]
async fn english_mode_leaves_no_danish_text() {
    let history = window().history().unwrap();
    history
        .replace_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some("#lang=en&year=2025&wage=180&paid=10&attended=14&effective=12&ledighedsydelse=18000"),
        )
        .unwrap();
    let host = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&host).unwrap();
    let _mounted = leptos::mount::mount_to(host.unchecked_into(), App);
    leptos::task::tick().await;

    assert_eq!(document().document_element().unwrap().get_attribute("lang").as_deref(), Some("en"));
    let calculator = visible_text();
    assert!(calculator.contains("The fleksjob calculator"), "{calculator}");
    assert_eq!(danish_left(&calculator), Vec::<&str>::new(), "Danish text in the English calculator");

    // The agreement view, with a step so its fields are on screen too.
    let buttons = document().query_selector_all("nav.tabs button").unwrap();
    buttons.item(1).unwrap().unchecked_into::<web_sys::HtmlElement>().click();
    leptos::task::tick().await;
    let add_step = document().query_selector(".agreement-part button:not(.secondary)").unwrap().unwrap();
    add_step.unchecked_into::<web_sys::HtmlElement>().click();
    leptos::task::tick().await;
    let agreement = visible_text();
    assert!(agreement.contains("Agreement on progression in a fleksjob"), "{agreement}");
    assert_eq!(danish_left(&agreement), Vec::<&str>::new(), "Danish text in the English agreement view");
}
