#!/usr/bin/env bash
# README command two: every test. Native rules tests, the component test in
# headless Chromium, end-to-end tests against the release build, then the
# main paths again in Firefox ESR and WebKitGTK (tests/engines/).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

echo "== native tests (rules core)"
cargo test --quiet

echo "== the decoders over 100,000 generated inputs of each kind, fixed seed (optimised)"
cargo test --quiet --profile fuzz --test formats the_decoders_survive -- --ignored --nocapture

echo "== component tests (wasm-bindgen-test, headless Chromium)"
cargo test --target wasm32-unknown-unknown --test component --test component_english

echo "== release build"
trunk build --release

echo "== end-to-end tests (Playwright, Debian Chromium, 127.0.0.1)"
# No test may hang the run: each gives up after five minutes.
node --test --test-concurrency=1 --test-timeout=300000 tests/e2e/

echo "== cross-engine tests: Firefox ESR (puppeteer-core, WebDriver BiDi)"
node --test tests/engines/firefox.test.mjs

echo "== cross-engine tests: WebKitGTK MiniBrowser (selenium-webdriver, WebKitWebDriver, Xvfb)"
xvfb-run -a -s "-screen 0 1280x1024x24" node --test tests/engines/webkit.test.mjs
