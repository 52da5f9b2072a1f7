//! The calculator component in a real browser (headless Chromium via
//! wasm-bindgen-test): typing updates the results, bad input shows its
//! message and keeps the text.
#![cfg(target_arch = "wasm32")]

use fleksjob_beregner::ui::App;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Event, EventInit, HtmlInputElement, HtmlSelectElement};

wasm_bindgen_test_configure!(run_in_browser);

fn text_of(testid: &str) -> String {
    document()
        .query_selector(&format!("[data-testid='{testid}']"))
        .unwrap()
        .unwrap_or_else(|| panic!("no element {testid}"))
        .text_content()
        .unwrap_or_default()
}

fn dispatch(target: &web_sys::EventTarget, kind: &str) {
    let init = EventInit::new();
    init.set_bubbles(true);
    target.dispatch_event(&Event::new_with_event_init_dict(kind, &init).unwrap()).unwrap();
}

async fn type_into(id: &str, text: &str) {
    let input: HtmlInputElement = document().get_element_by_id(id).unwrap().unchecked_into();
    input.set_value(text);
    dispatch(&input, "input");
    // Effects settle over more than one pass (the field's text, then what
    // depends on the answer): wait for both, as a user's next key would.
    leptos::task::tick().await;
    leptos::task::tick().await;
}

async fn choose_year(year: &str) {
    let select: HtmlSelectElement = document().get_element_by_id("year").unwrap().unchecked_into();
    select.set_value(year);
    dispatch(&select, "change");
    leptos::task::tick().await;
}

#[wasm_bindgen_test]
async fn calculator_updates_as_the_user_types() {
    // "More settings" open, as a consultant has them: the year is in there.
    let history = window().history().unwrap();
    history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some("#more=1")).unwrap();
    let host = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&host).unwrap();
    let _mounted = leptos::mount::mount_to(host.unchecked_into(), App);
    leptos::task::tick().await;

    // STAR's 2024 example: 200 kr/h × 18 h.
    choose_year("2024").await;
    type_into("wage", "200").await;
    type_into("paid", "18").await;
    assert_eq!(text_of("wage-month"), "15.600 kr.");
    assert_eq!(text_of("subsidy-month"), "15.272 kr.");
    assert_eq!(text_of("total-month"), "30.872 kr.");

    // 25 hours, Danish decimal style: the wage ceiling binds.
    type_into("paid", "25,0").await;
    assert_eq!(text_of("subsidy-month"), "10.400 kr.");
    assert_eq!(text_of("total-month"), "32.067 kr.");

    // Bad input: message beside the field, text kept, no numbers made up.
    type_into("paid", "abc").await;
    assert!(text_of("paid-error").contains("Skriv fx 12,5"), "{}", text_of("paid-error"));
    let paid: HtmlInputElement = document().get_element_by_id("paid").unwrap().unchecked_into();
    assert_eq!(paid.value(), "abc");
    assert_eq!(paid.get_attribute("aria-invalid").as_deref(), Some("true"));
    assert_eq!(text_of("subsidy-month"), "–");
    assert!(!text_of("fix-errors").is_empty());

    // Absurd values are refused with the limit named.
    type_into("paid", "81").await;
    assert!(text_of("paid-error").starts_with("Højst 80"), "{}", text_of("paid-error"));

    // And the link follows what is on screen, in the one canonical number
    // form that reads the same in every language.
    type_into("paid", "12,5").await;
    let hash = window().location().hash().unwrap();
    assert!(hash.contains("paid=12.5") && hash.contains("year=2024"), "{hash}");
    assert_eq!(text_of("paid-error"), "");
}
