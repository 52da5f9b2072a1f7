//! Drafts saved on this device, only when the user asks. Each draft is the
//! agreement file format (schema-versioned JSON, see `agreement_io`) under a
//! key of our own prefix, so "delete everything" can find all of it and
//! nothing else.
//!
//! And the work on screen (`core::agreement::work`), kept for its tab alone
//! in the tab's session storage: the browser drops it when the tab is
//! closed, never shares it with another tab, and "delete everything"
//! removes it too.

/// Prefix of every key this app writes to localStorage.
pub const PREFIX: &str = "fleksjob-beregner/draft/";

/// The key of the work on screen in the tab's sessionStorage.
pub const WORK_KEY: &str = "fleksjob-beregner/work-on-screen";

/// The storage key for a draft id.
pub fn key(id: &str) -> String {
    format!("{PREFIX}{id}")
}

/// The draft id in a storage key, if the key is ours.
pub fn id_of(key: &str) -> Option<&str> {
    key.strip_prefix(PREFIX).filter(|id| !id.is_empty())
}

/// A new draft's id: the save time (`2026-11-23T101502`), sortable and with
/// no randomness, and "-2", "-3", … after it when a draft saved in the same
/// second already has it, so a second save never overwrites the first.
pub fn unique_id(stamp: &str, taken: impl Fn(&str) -> bool) -> String {
    (1..)
        .map(|n: u32| if n == 1 { stamp.to_string() } else { format!("{stamp}-{n}") })
        .find(|id| !taken(id))
        .unwrap_or_default()
}

/// Why a draft was not saved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveError {
    /// The browser allows no storage here (settings, private mode, a
    /// third-party frame).
    Unavailable,
    /// The browser's storage for this site is full.
    Full,
}

/// localStorage through gloo-storage. Every failure is reported as a value,
/// never a panic.
#[cfg(target_arch = "wasm32")]
pub mod browser {
    use gloo_storage::errors::StorageError;
    use gloo_storage::{LocalStorage, SessionStorage, Storage};
    use serde::Serialize;
    use serde_json::Value;

    use super::{id_of, key, SaveError, PREFIX, WORK_KEY};

    /// gloo's calls throw when the browser refuses storage altogether, so
    /// every one is guarded by this.
    fn available() -> bool {
        web_sys::window().and_then(|w| w.local_storage().ok().flatten()).is_some()
    }

    fn session_available() -> bool {
        web_sys::window().and_then(|w| w.session_storage().ok().flatten()).is_some()
    }

    fn save_error(e: StorageError) -> SaveError {
        match e {
            StorageError::JsError(js) if js.name == "QuotaExceededError" => SaveError::Full,
            _ => SaveError::Unavailable,
        }
    }

    /// The work on screen this tab kept: `None` if there is none,
    /// `Some(Value::Null)` for an entry that is not JSON (the reader then
    /// refuses it).
    pub fn kept_work() -> Option<Value> {
        if !session_available() {
            return None;
        }
        match SessionStorage::get::<Value>(WORK_KEY) {
            Err(StorageError::KeyNotFound(_)) => None,
            other => Some(other.unwrap_or(Value::Null)),
        }
    }

    /// Keep the work on screen for this tab.
    pub fn keep_work(entry: impl Serialize) -> Result<(), SaveError> {
        if !session_available() {
            return Err(SaveError::Unavailable);
        }
        SessionStorage::set(WORK_KEY, entry).map_err(save_error)
    }

    pub fn forget_work() {
        if session_available() {
            SessionStorage::delete(WORK_KEY);
        }
    }

    fn our_keys() -> Vec<String> {
        if !available() {
            return Vec::new();
        }
        let raw = LocalStorage::raw();
        (0..LocalStorage::length())
            .filter_map(|i| raw.key(i).ok().flatten())
            .filter(|k| k.starts_with(PREFIX))
            .collect()
    }

    pub fn exists(id: &str) -> bool {
        our_keys().contains(&key(id))
    }

    /// Store `file` (serialized as compact JSON) under `id`.
    pub fn save(id: &str, file: impl Serialize) -> Result<(), SaveError> {
        if !available() {
            return Err(SaveError::Unavailable);
        }
        LocalStorage::set(key(id), file).map_err(save_error)
    }

    /// Saved drafts as (id, JSON), newest id first; one that is not JSON
    /// comes as `Value::Null`, which the file reader then refuses.
    pub fn list() -> Vec<(String, Value)> {
        let mut drafts: Vec<(String, Value)> = our_keys()
            .iter()
            .filter_map(|k| Some((id_of(k)?.to_string(), LocalStorage::get(k).unwrap_or(Value::Null))))
            .collect();
        // Newest first: ids are save times.
        crate::core::text::sort::sort_by(&mut drafts, |a, b| a.0 > b.0);
        drafts
    }

    pub fn delete(id: &str) {
        if available() {
            LocalStorage::delete(key(id));
        }
    }

    /// Remove every key this app has written, and this tab's work.
    pub fn delete_all() {
        for k in our_keys() {
            LocalStorage::delete(k);
        }
        forget_work();
    }
}
