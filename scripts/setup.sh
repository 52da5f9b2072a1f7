#!/usr/bin/env bash
# Installs everything the build and the tests need that a fresh machine lacks:
# the wasm target, Trunk, the wasm-bindgen CLI matching Cargo.lock, Debian's
# Chromium, ChromeDriver and poppler-utils, Firefox ESR, WebKitGTK's WebDriver
# and MiniBrowser and Xvfb (for the cross-engine tests), and the npm packages
# (wasm-opt, Playwright core, axe-core, puppeteer-core, selenium-webdriver). Idempotent, and quick when all is there. Nothing is downloaded
# outside the package registries. Meant to be sourced: it also sets PATH.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

TRUNK_VERSION=0.21.14
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)

say() { printf '\n== setup: %s\n' "$*"; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v chromedriver >/dev/null || missing+=(chromium-driver)
# pdftotext and pdftoppm: the end-to-end test reads the printed agreement's PDF.
command -v pdftotext >/dev/null || missing+=(poppler-utils)
# The cross-engine tests (tests/engines/): Firefox over WebDriver BiDi, and
# WebKitGTK's MiniBrowser through WebKitWebDriver in a virtual X display.
command -v firefox-esr >/dev/null || missing+=(firefox-esr)
command -v WebKitWebDriver >/dev/null || missing+=(webkit2gtk-driver)
command -v xvfb-run >/dev/null || missing+=(xvfb)
if [ ${#missing[@]} -gt 0 ]; then
  say "installing ${missing[*]} (Debian)"
  # Another set-up may hold the dpkg lock: wait for it rather than fail.
  apt=(apt-get -o DPkg::Lock::Timeout=600)
  as_root "${apt[@]}" update -qq
  as_root env DEBIAN_FRONTEND=noninteractive "${apt[@]}" install -y -qq "${missing[@]}" >/dev/null
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32 target"
  rustup target add wasm32-unknown-unknown
fi

if ! trunk --version 2>/dev/null | grep -qF " $TRUNK_VERSION"; then
  say "installing trunk $TRUNK_VERSION (several minutes, once)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

if ! wasm-bindgen --version 2>/dev/null | grep -qF " $WASM_BINDGEN_VERSION"; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (as pinned in Cargo.lock)"
  # Not --locked: a locked dependency version can be missing from the registry mirror.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm packages"
  npm ci --no-audit --no-fund --loglevel=error
fi
