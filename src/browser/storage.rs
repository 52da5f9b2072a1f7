//! What this app stores on the device, through gloo-storage: drafts in
//! localStorage, only when the user asks, and the work on screen in the
//! tab's sessionStorage (`app::keep` has the keys and what may be kept).
//! Every failure is reported as a value, never a panic.

use gloo_storage::errors::StorageError;
use gloo_storage::{LocalStorage, SessionStorage, Storage};
use serde::Serialize;
use serde_json::Value;

use crate::app::keep::{id_of, key, SaveError, PREFIX, WORK_KEY};

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
    (0..LocalStorage::length()).filter_map(|i| raw.key(i).ok().flatten()).filter(|k| k.starts_with(PREFIX)).collect()
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
