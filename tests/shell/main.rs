//! The shell's plain logic (`src/app`), natively: the link and the keys
//! loader.js shares with it, the embedding's settings, what may be kept,
//! the reading page's chrome, and the layers of `src`'s module graph.
#![cfg(not(target_arch = "wasm32"))]

#[path = "../common/mod.rs"]
mod common;

mod chrome;
mod embed;
mod keep;
mod link;
mod loader;
mod module_graph;
