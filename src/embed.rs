//! Embedding in a jobcentre's page: `?embed=1` drops the page chrome, and
//! query parameters configure the frame (`lang`, `year`, `kommune`, `parts`).
//! The frame tells its host only its height, so the iframe can fit it.

/// Which parts of the tool a page shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Parts {
    Both,
    CalculatorOnly,
    AgreementOnly,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EmbedConfig {
    pub embedded: bool,
    pub parts: Parts,
}

/// Query keys that also set the calculator's starting values; the fragment,
/// when present, has the last word.
pub const CALCULATOR_KEYS: [&str; 4] = ["lang", "year", "kommune", "church"];

/// Read `embed` and `parts` from decoded query pairs.
pub fn config(query: &[(String, String)]) -> EmbedConfig {
    let value = |key: &str| query.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str());
    EmbedConfig {
        embedded: matches!(value("embed"), Some("1" | "true")),
        parts: match value("parts") {
            Some("calculator" | "beregner") => Parts::CalculatorOnly,
            Some("agreement" | "aftale") => Parts::AgreementOnly,
            _ => Parts::Both,
        },
    }
}

/// The message the frame posts to its host: the height in CSS pixels, and
/// nothing else.
pub fn height_message(height: f64) -> String {
    format!("{{\"type\":\"fleksjob-beregner:height\",\"height\":{}}}", height.max(0.0).ceil() as u64)
}

#[cfg(target_arch = "wasm32")]
pub mod browser {
    use wasm_bindgen::{closure::Closure, JsCast, JsValue};

    /// Post the document's height to the parent whenever it changes.
    pub fn report_height() {
        let Some(window) = web_sys::window() else { return };
        let Ok(Some(parent)) = window.parent() else { return };
        let Some(body) = window.document().and_then(|d| d.body()) else { return };
        let post = move || {
            let height = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.document_element())
                .map_or(0.0, |e| e.scroll_height() as f64);
            // Only a number goes out, so any host origin may receive it.
            let _ = parent.post_message(&JsValue::from_str(&super::height_message(height)), "*");
        };
        post();
        let callback = Closure::<dyn Fn()>::new(post);
        if let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
            observer.observe(&body);
        }
        // The observer lives as long as the page.
        callback.forget();
    }
}
