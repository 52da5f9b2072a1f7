//! The progression calculator for Danish fleksjobs. See ARCHITECTURE.md.
//!
//! `core` holds the rules and compiles natively without any web dependency;
//! `ui` is the thin Leptos shell, built only for the browser.

pub mod core;
pub mod embed;
pub mod file_io;
pub mod i18n;
pub mod storage;
pub mod url_state;

#[cfg(target_arch = "wasm32")]
pub mod ui;
