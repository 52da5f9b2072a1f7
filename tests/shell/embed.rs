//! Embed configuration from the query, and the height message.

use fleksjob_beregner::app::embed::{height_message, readable_accent, EmbedConfig, Parts};
use fleksjob_beregner::app::link::Link;

/// The embedding's settings in a page's query.
fn config(query: &str) -> EmbedConfig {
    Link::parse(query, "").embed
}

#[test]
fn embed_and_parts_from_the_query() {
    let c = config("embed=1&parts=calculator&lang=en");
    assert!(c.embedded);
    assert_eq!(c.parts, Parts::CalculatorOnly);
    assert_eq!(config("parts=aftale").parts, Parts::AgreementOnly);
    let plain = config("");
    assert!(!plain.embedded);
    assert_eq!(plain.parts, Parts::Both);
    assert!(!config("embed=0").embedded);
}

#[test]
fn the_height_message_holds_a_whole_number_only() {
    assert_eq!(height_message(1234.2), r#"{"type":"fleksjob-beregner:height","height":1235}"#);
    assert_eq!(height_message(-5.0), r#"{"type":"fleksjob-beregner:height","height":0}"#);
}

#[test]
fn accent_compact_and_hidden_controls_from_the_query() {
    let c = config("embed=1&accent=005A9C&compact=1&hide=lang,delete");
    assert_eq!(c.accent.as_deref(), Some("#005a9c"));
    assert!(c.compact && c.hide_language && c.hide_delete);
    let plain = config("embed=1");
    assert_eq!((plain.accent, plain.compact, plain.hide_language, plain.hide_delete), (None, false, false, false));
    assert!(config("hide=delete").hide_delete && !config("hide=delete").hide_language);
}

#[test]
fn an_accent_must_keep_text_readable() {
    // The app's own blue: 7.9:1 on white.
    assert_eq!(readable_accent("0b5394").as_deref(), Some("#0b5394"));
    assert_eq!(readable_accent("#000000").as_deref(), Some("#000000"));
    // Yellow and light grey on white are unreadable; #767676 is the classic 4.54:1 edge.
    assert_eq!(readable_accent("ffd700"), None);
    assert_eq!(readable_accent("aaaaaa"), None);
    assert_eq!(readable_accent("767676").as_deref(), Some("#767676"));
    assert_eq!(readable_accent("777777"), None);
    for bad in ["", "12345", "gggggg", "0b53941", "red", "#0b539"] {
        assert_eq!(readable_accent(bad), None, "{bad}");
    }
}
