//! The progression calculator for Danish fleksjobs. See ARCHITECTURE.md.
//!
//! `core` holds the rules and `app` the shell's plain logic (the link, the
//! work on screen, what may be kept, the reading page's chrome); both compile
//! natively without any web dependency. `browser` is the glue to the page,
//! `ui` the thin Leptos shell and `reader` the reading build, all built only
//! for the browser.

pub mod app;
pub mod core;
pub mod i18n;

#[cfg(target_arch = "wasm32")]
pub mod browser;
#[cfg(all(target_arch = "wasm32", feature = "reading"))]
pub mod reader;

#[cfg(target_arch = "wasm32")]
pub mod ui;

/// Talc instead of Rust's default wasm allocator (dlmalloc): measured in
/// docs/performance.md. Single-threaded: no atomics in this build.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
