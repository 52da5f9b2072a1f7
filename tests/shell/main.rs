//! The shell's plain logic (`src/app`), natively: the link and the keys
//! loader.js shares with it, the embedding's settings, what may be kept,
//! and the reading page's chrome.
#![cfg(not(target_arch = "wasm32"))]

#[path = "../common/mod.rs"]
mod common;

mod chrome;
mod keep;
mod loader;
