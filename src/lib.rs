//! The progression calculator for Danish fleksjobs. See ARCHITECTURE.md.
//!
//! `core` holds the rules and compiles natively without any web dependency;
//! `ui` is the thin Leptos shell, built only for the browser.

pub mod core;
pub mod embed;
pub mod file_io;
#[cfg(all(target_arch = "wasm32", feature = "reading"))]
pub mod handout;
pub mod i18n;
#[cfg(all(target_arch = "wasm32", feature = "reading"))]
pub mod reader;
pub mod storage;
pub mod url_state;

#[cfg(target_arch = "wasm32")]
pub mod ui;

/// Talc instead of Rust's default wasm allocator (dlmalloc): measured in
/// docs/performance.md. Single-threaded: no atomics in this build.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
