#!/usr/bin/env bash
# Size by crate and by module of our own (docs/performance.md explains the
# method). Not part of the tests: installs twiggy on first use.
# `bash scripts/size-report.sh` reports the full app; with `calculator`, the
# calculator-first build, the page's first download; with `reader`, the
# reading build of share links.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
command -v twiggy >/dev/null || cargo install twiggy --locked --version 0.8.0
# The same build Trunk makes, through wasm-bindgen (which drops its own
# describe functions) but not wasm-opt: it still carries the function names
# twiggy needs.
if [ "${1:-}" = calculator ]; then
  bin=fleksjob-calculator
  cargo build --release --target wasm32-unknown-unknown --bin "$bin" --no-default-features
elif [ "${1:-}" = reader ]; then
  bin=fleksjob-reader
  cargo build --release --target wasm32-unknown-unknown --bin "$bin" --no-default-features --features reading
else
  bin=fleksjob-beregner
  cargo build --release --target wasm32-unknown-unknown --bin "$bin"
fi
out=target/size-report
wasm-bindgen --target web --no-typescript --out-dir "$out" "target/wasm32-unknown-unknown/release/$bin.wasm"
node scripts/size-report.mjs "$out/${bin}_bg.wasm"
