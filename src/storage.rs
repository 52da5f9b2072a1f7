//! Drafts saved on this device, only when the user asks. Each draft is the
//! agreement file format (schema-versioned JSON, see `agreement_io`) under a
//! key of our own prefix, so "delete everything" can find all of it and
//! nothing else.

/// Prefix of every key this app writes to localStorage.
pub const PREFIX: &str = "fleksjob-beregner/draft/";

/// A saved draft as listed: its storage id and the JSON.
#[derive(Clone, Debug, PartialEq)]
pub struct SavedDraft {
    pub id: String,
    pub json: String,
}

/// The storage key for a draft id.
pub fn key(id: &str) -> String {
    format!("{PREFIX}{id}")
}

/// The draft id in a storage key, if the key is ours.
pub fn id_of(key: &str) -> Option<&str> {
    key.strip_prefix(PREFIX).filter(|id| !id.is_empty())
}

/// localStorage access. Every failure (storage disabled, quota, private
/// mode) is reported as `false`/empty, never a panic.
#[cfg(target_arch = "wasm32")]
pub mod browser {
    use super::{id_of, key, SavedDraft, PREFIX};

    fn storage() -> Option<web_sys::Storage> {
        web_sys::window()?.local_storage().ok()?
    }

    fn our_keys(s: &web_sys::Storage) -> Vec<String> {
        let n = s.length().unwrap_or(0);
        (0..n).filter_map(|i| s.key(i).ok().flatten()).filter(|k| k.starts_with(PREFIX)).collect()
    }

    pub fn save(id: &str, json: &str) -> bool {
        storage().is_some_and(|s| s.set_item(&key(id), json).is_ok())
    }

    /// Saved drafts, newest id first.
    pub fn list() -> Vec<SavedDraft> {
        let Some(s) = storage() else { return Vec::new() };
        let mut drafts: Vec<SavedDraft> = our_keys(&s)
            .iter()
            .filter_map(|k| Some(SavedDraft { id: id_of(k)?.to_string(), json: s.get_item(k).ok()??.to_string() }))
            .collect();
        drafts.sort_by(|a, b| b.id.cmp(&a.id));
        drafts
    }

    pub fn delete(id: &str) -> bool {
        storage().is_some_and(|s| s.remove_item(&key(id)).is_ok())
    }

    /// Remove every key this app has written.
    pub fn delete_all() -> bool {
        storage().is_some_and(|s| our_keys(&s).iter().all(|k| s.remove_item(k).is_ok()))
    }
}
