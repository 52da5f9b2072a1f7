//! What may be kept, and where: the one check every way out of the editor
//! goes through (save, export, share), the keys of what this app stores on
//! the device, and a saved draft's id. Drafts are saved in localStorage only
//! when the user asks, each as the agreement file (`io`) under a key of our
//! own prefix, so "delete everything" finds all of it and nothing else. The
//! work on screen (`work.rs`) is kept for its tab alone in sessionStorage:
//! the browser drops it when the tab is closed, and "delete everything"
//! removes it too. `browser::storage` reads and writes them.

use crate::core::agreement::{io, Agreement};
use crate::core::income::form::Basis;

/// Prefix of every key this app writes to localStorage.
pub const PREFIX: &str = "fleksjob-beregner/draft/";

/// The key of the work on screen in the tab's sessionStorage (loader.js
/// reads it too: a tab with work of its own opens the full app).
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

/// Why the draft may not leave the editor yet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NotKeepable {
    /// A field is marked: its message is beside it.
    Problems,
    /// The draft has no basis of its own, and the calculator's figures have
    /// errors, so there is none to give it.
    CalculatorHasErrors,
    /// It would not read back as itself.
    DoesNotReopen,
}

/// The draft as it may be kept: with the calculator's figures as its basis
/// if it has none yet (`calculator` is `None` while they have errors), and
/// only if it has no problems and reads back as itself, so nothing is kept
/// that could not be reopened. Save, export and share all go through here.
pub fn keepable(draft: &Agreement, calculator: impl FnOnce() -> Option<Basis>) -> Result<Agreement, NotKeepable> {
    if !draft.problems().is_empty() {
        return Err(NotKeepable::Problems);
    }
    let mut a = draft.clone();
    if a.basis.is_none() {
        a.basis = Some(calculator().ok_or(NotKeepable::CalculatorHasErrors)?);
    }
    io::check_reopens(&a).map_err(|_| NotKeepable::DoesNotReopen)?;
    Ok(a)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn draft_keys_are_ours_and_ids_come_back() {
        assert_eq!(key("2026-11-23T101502"), "fleksjob-beregner/draft/2026-11-23T101502");
        assert_eq!(id_of(&key("a")), Some("a"));
        assert_eq!(id_of(PREFIX), None);
        assert_eq!(id_of("other-app/draft/a"), None);
    }
}
