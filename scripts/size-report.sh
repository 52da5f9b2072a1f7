#!/usr/bin/env bash
# Size by crate and by module of our own (docs/performance.md explains the
# method). Not part of the tests: installs twiggy on first use.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
command -v twiggy >/dev/null || cargo install twiggy --locked --version 0.8.0
# The same build Trunk makes, through wasm-bindgen (which drops its own
# describe functions) but not wasm-opt: it still carries the function names
# twiggy needs.
cargo build --release --target wasm32-unknown-unknown --bin fleksjob-beregner
out=target/size-report
wasm-bindgen --target web --no-typescript --out-dir "$out" target/wasm32-unknown-unknown/release/fleksjob-beregner.wasm
node scripts/size-report.mjs "$out/fleksjob-beregner_bg.wasm"
