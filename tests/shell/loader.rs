//! loader.js picks the build from the same address the app reads: its keys
//! and values, and the tab's work key, are the Rust definitions'.

use fleksjob_beregner::app::embed::Parts;
use fleksjob_beregner::app::keep::WORK_KEY;
use fleksjob_beregner::app::link::{key, AGREEMENT_VIEW, ENGLISH};

fn loader() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/loader.js")).expect("loader.js")
}

/// Every string literal in the script that follows `call`, e.g. the keys of
/// `fragment.get("…")`.
fn arguments(script: &str, call: &str) -> Vec<String> {
    script
        .match_indices(call)
        .filter_map(|(at, _)| {
            let rest = &script[at + call.len()..];
            Some(rest[..rest.find('"')?].to_string())
        })
        .collect()
}

#[test]
fn every_key_loader_js_reads_is_a_key_of_the_link() {
    let script = loader();
    let mut read = Vec::new();
    for call in ["query.get(\"", "fragment.get(\"", "fragment.has(\"", "query.has(\""] {
        read.extend(arguments(&script, call));
    }
    assert!(!read.is_empty(), "loader.js reads no key: the pattern no longer matches it");
    for k in &read {
        assert!(key::ALL.contains(&k.as_str()), "loader.js reads `{k}`, which app::link::key does not define");
    }
    for k in [key::VIEW, key::AGREEMENT, key::PARTS, key::LANG, key::OFFLINE] {
        assert!(read.iter().any(|r| r == k), "loader.js no longer reads `{k}`");
    }
}

#[test]
fn loader_js_compares_with_the_values_the_app_reads() {
    let script = loader();
    assert!(script.contains(&format!("fragment.get(\"{}\") === \"{AGREEMENT_VIEW}\"", key::VIEW)));
    assert!(script.contains(&format!("=== \"{ENGLISH}\"")), "the language");
    for (values, what) in [(Parts::AGREEMENT_ONLY, "agreement"), (Parts::CALCULATOR_ONLY, "calculator")] {
        let expected = values.map(|v| format!("parts === \"{v}\"")).join(" || ");
        assert!(script.contains(&expected), "loader.js's {what}-only parts: expected `{expected}`");
    }
    let stored = arguments(&script, "sessionStorage.getItem(\"");
    assert_eq!(stored, [WORK_KEY], "the tab's work");
}

#[test]
fn the_check_reads_keys_from_calls() {
    let script = r#"const a = fragment.get("view") === "x"; query.has("embed");"#;
    assert_eq!(arguments(script, "fragment.get(\""), ["view"]);
    assert_eq!(arguments(script, "query.has(\""), ["embed"]);
}
