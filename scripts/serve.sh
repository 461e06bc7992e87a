#!/usr/bin/env bash
# Installs what is missing, builds the release into dist/ and serves it on http://127.0.0.1:8080
# (or the port given as the first argument) with the security headers from the README.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
exec python3 scripts/serve.py --port "${1:-8080}"
