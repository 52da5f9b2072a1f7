#!/usr/bin/env bash
# Benchmarks: native rules (cargo bench) and the release build in Chromium.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cargo bench --bench curve
trunk build --release
(cd benches/empty-app && trunk build --release)
node scripts/bench.mjs
