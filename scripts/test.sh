#!/usr/bin/env bash
# Runs every test: format, lints, native unit/table tests (domain + content validation),
# in-browser wasm tests, then the release build and the end-to-end tests in headless Chromium.
# Ends with one "N passed, N failed" line and exits non-zero if anything failed.
set -uo pipefail
cd "$(dirname "$0")/.."
export RUSTUP_AUTO_INSTALL=0
say() { printf '\n\033[1m[test]\033[0m %s\n' "$*"; }
passed=0; failed=0; failures=()
step() { # step NAME COMMAND...
  local name=$1; shift
  say "$name"
  if "$@"; then passed=$((passed+1)); else failed=$((failed+1)); failures+=("$name"); fi
}

bash scripts/setup.sh || { echo "setup failed"; echo "0 passed, 1 failed"; exit 1; }

step "cargo fmt --check" cargo fmt --all -- --check
step "cargo clippy (native, whole workspace, -D warnings)" cargo clippy --workspace --all-targets --features native -- -D warnings
step "cargo clippy (wasm32, -D warnings)" cargo clippy --lib --target wasm32-unknown-unknown -- -D warnings
step "native tests (cargo test, whole workspace)" cargo test --workspace --features native
step "browser tests (wasm-pack test --headless --chrome)" wasm-pack test --headless --chrome --mode no-install
step "release build (scripts/build.sh)" bash scripts/build.sh

if [ -f dist/index.html ]; then
  PORT=${SIGNAAL_TEST_PORT:-8765}; HOST_PORT=$((PORT+1))
  python3 scripts/serve.py --port "$PORT" --cors --frame-ancestors "'self' http://127.0.0.1:$HOST_PORT" & srv=$!
  python3 e2e/host/serve.py --port "$HOST_PORT" --tool "http://127.0.0.1:$PORT" & host=$!
  trap 'kill $srv $host 2>/dev/null' EXIT
  for _ in $(seq 50); do curl -fs "http://127.0.0.1:$PORT/" >/dev/null && curl -fs "http://127.0.0.1:$HOST_PORT/" >/dev/null && break; sleep 0.1; done
  if kill -0 $srv 2>/dev/null && kill -0 $host 2>/dev/null; then
    step "end-to-end tests in headless Chromium (node --test e2e/tests)" \
      env APP_URL="http://127.0.0.1:$PORT/" HOST_URL="http://127.0.0.1:$HOST_PORT/" \
      node --test --test-concurrency=1 --test-reporter=spec e2e/tests/
  else
    echo "could not start the test servers on ports $PORT/$HOST_PORT (in use?)"; failed=$((failed+1)); failures+=("e2e servers")
  fi
else
  failed=$((failed+1)); failures+=("e2e (no build)")
fi

say "summary"
for f in "${failures[@]}"; do echo "  FAILED: $f"; done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
