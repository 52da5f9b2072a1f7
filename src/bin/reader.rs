//! Entry point of the reading build (`--no-default-features --features
//! reading`): a share link's document and its reading bar, no editor
//! (see `reader.rs`).

#[cfg(target_arch = "wasm32")]
fn main() {
    fleksjob_beregner::reader::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {}
