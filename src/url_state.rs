//! The calculation in the URL fragment (`#year=2024&wage=200&paid=18`), so a
//! link restores it. The fragment is never sent to a server. Encoding and
//! decoding are pure; the browser glue at the bottom only reads and replaces
//! `location.hash`.

/// `key=value` pairs joined by `&`, values percent-encoded where needed.
pub fn encode<K: AsRef<str>, V: AsRef<str>>(pairs: &[(K, V)]) -> String {
    crate::core::text::clean::join(
        pairs.iter().map(|(k, v)| format!("{}={}", escape(k.as_ref()), escape(v.as_ref()))),
        '&',
    )
}

/// Split a fragment (with or without its leading `#`) into decoded pairs.
/// Malformed escapes are kept literally: a mangled link degrades, never fails.
pub fn decode(fragment: &str) -> Vec<(String, String)> {
    fragment
        .trim_start_matches('#')
        .split('&')
        .filter(|part| !part.is_empty())
        .map(|part| {
            let (k, v) = part.split_once('=').unwrap_or((part, ""));
            (unescape(k), unescape(v))
        })
        .collect()
}

/// The page share links open, beside the app's own page: the same page, but
/// its preload hints fetch the reading build instead of the calculator
/// build, so a link downloads the reader alone (docs/performance.md).
pub const AGREEMENT_PAGE: &str = "aftale.html";

/// The page whose preload hints fetch the full app: where the reader hands a
/// link over to be edited, and what an embedding of the agreement alone opens.
pub const EDITOR_PAGE: &str = "aftale-rediger.html";

/// The fragment's key by which the reading build hands a link over to the
/// full app, and what the full app then does with the agreement.
pub const OPEN_KEY: &str = "open";

/// What the reader asked the full app to do with a link's agreement.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Then {
    /// "Redigér aftalen": the editor.
    Edit,
    /// "Start opfølgning": the editor on a new record.
    FollowUp,
}

impl Then {
    pub fn key(self) -> &'static str {
        match self {
            Then::Edit => "edit",
            Then::FollowUp => "follow-up",
        }
    }

    pub fn from_key(key: &str) -> Option<Then> {
        [Then::Edit, Then::FollowUp].into_iter().find(|t| t.key() == key)
    }
}

/// The fragment `pairs` with `then` for the full app, in place of any
/// earlier one.
pub fn hand_over(pairs: &[(String, String)], then: Then) -> String {
    with_pair(pairs, OPEN_KEY, Some(then.key()))
}

/// The fragment `pairs` with `key` set to `value` at the end, in place of
/// any earlier value, or left out when `value` is `None`.
pub fn with_pair(pairs: &[(String, String)], key: &str, value: Option<&str>) -> String {
    let mut kept: Vec<(&str, &str)> =
        pairs.iter().filter(|(k, _)| k != key).map(|(k, v)| (k.as_str(), v.as_str())).collect();
    kept.extend(value.map(|v| (key, v)));
    encode(&kept)
}

/// The agreement page's path for the app's page at `path` (a URL's path:
/// `/`, `/index.html`, `/fleksjob/aftale.html`).
pub fn agreement_page(path: &str) -> String {
    beside(path, AGREEMENT_PAGE)
}

/// The editor page's path, beside the page at `path`.
pub fn editor_page(path: &str) -> String {
    beside(path, EDITOR_PAGE)
}

fn beside(path: &str, page: &str) -> String {
    let folder = path.rfind('/').map_or("/", |end| &path[..=end]);
    format!("{folder}{page}")
}

/// Keep letters, digits and the few marks a number needs readable in the
/// link ("12,5"); percent-encode the rest as UTF-8.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.,~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn unescape(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes.get(i + 1..i + 3).and_then(|h| std::str::from_utf8(h).ok());
        match (bytes[i], hex.and_then(|h| u8::from_str_radix(h, 16).ok())) {
            (b'%', Some(byte)) => {
                out.push(byte);
                i += 3;
            }
            (b'+', _) => {
                out.push(b' ');
                i += 1;
            }
            (b, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Reading and writing the page's own fragment.
#[cfg(target_arch = "wasm32")]
pub mod browser {
    use wasm_bindgen::JsValue;

    /// The current fragment, decoded.
    pub fn read() -> Vec<(String, String)> {
        let hash = web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default();
        super::decode(&hash)
    }

    /// Replace the fragment without adding a history entry or reloading.
    /// Nothing happens when it is already so: `replaceState` costs a
    /// same-document navigation (about 35 ms at 4x CPU at start-up).
    pub fn replace(fragment: &str) {
        let Some(window) = web_sys::window() else { return };
        if window.location().hash().is_ok_and(|hash| hash.strip_prefix('#') == Some(fragment)) {
            return;
        }
        if let Ok(history) = window.history() {
            // A failure here only means the link is not updated; the
            // calculation on screen is unaffected.
            let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&format!("#{fragment}")));
        }
    }
}
