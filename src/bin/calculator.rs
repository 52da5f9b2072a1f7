//! Entry point of the calculator-first build (`--no-default-features`):
//! the same shell, without the agreement's side (see `ui/agreement/loader.rs`).

#[cfg(target_arch = "wasm32")]
fn main() {
    fleksjob_beregner::ui::mount();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {}
