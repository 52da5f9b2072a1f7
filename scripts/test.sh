#!/usr/bin/env bash
# README command two: every test. Native rules tests, the component test in
# headless Chromium, then end-to-end tests against the release build.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

echo "== native tests (rules core)"
cargo test --quiet

echo "== component tests (wasm-bindgen-test, headless Chromium)"
cargo test --target wasm32-unknown-unknown --test component --test component_english

echo "== release build"
trunk build --release

echo "== end-to-end tests (Playwright, Debian Chromium, 127.0.0.1)"
node --test --test-concurrency=1 tests/e2e/
