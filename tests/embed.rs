//! Embed configuration from the query, and the height message.
#![cfg(not(target_arch = "wasm32"))]

use fleksjob_beregner::embed::{config, height_message, Parts};
use fleksjob_beregner::url_state::decode;

#[test]
fn embed_and_parts_from_the_query() {
    let c = config(&decode("embed=1&parts=calculator&lang=en"));
    assert!(c.embedded);
    assert_eq!(c.parts, Parts::CalculatorOnly);
    assert_eq!(config(&decode("parts=aftale")).parts, Parts::AgreementOnly);
    let plain = config(&decode(""));
    assert!(!plain.embedded);
    assert_eq!(plain.parts, Parts::Both);
    assert!(!config(&decode("embed=0")).embedded);
}

#[test]
fn the_height_message_holds_a_whole_number_only() {
    assert_eq!(height_message(1234.2), r#"{"type":"fleksjob-beregner:height","height":1235}"#);
    assert_eq!(height_message(-5.0), r#"{"type":"fleksjob-beregner:height","height":0}"#);
}
