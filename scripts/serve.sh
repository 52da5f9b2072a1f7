#!/usr/bin/env bash
# README command one: build the release app and serve it at http://127.0.0.1:8080
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
trunk build --release
echo "Serving http://127.0.0.1:${PORT:-8080}  (Ctrl+C stops)"
exec node scripts/serve.mjs dist "${PORT:-8080}"
