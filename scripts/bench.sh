#!/usr/bin/env bash
# Performance benchmark of the release build (issue #7). Prints:
#   1. the first-load bytes per file: raw, gzip -9 and brotli -q 11, and the total;
#   2. Lighthouse 12.8.2 mobile (default) and desktop (--preset=desktop): the performance,
#      accessibility, best-practices and SEO scores and FCP, LCP, TBT, CLS, against the build
#      served with brotli/gzip by scripts/serve.py on a free local port;
#   3. interaction timings in headless Chromium with the CPU slowed 4x (median, p90, min, max over
#      many runs): answer, Continue to the next question, language switch (method: bench/bench.mjs);
#   4. each figure next to its budget from issue #7, marked "within" or "MISSED".
# A benchmark, not a test: it exits 0 when a budget is missed and non-zero only when it could not
# measure. Works offline: only the local server is contacted (off-origin requests are counted).
# Installs bench/'s npm packages (lighthouse, playwright-core) with `npm ci` when they are missing
# or out of date. Uses the existing dist/ (run scripts/build.sh first, or pass --build).
#
# usage: bash scripts/bench.sh [--build] [--dir DIR] [--sizes-only] [--samples N] [--lighthouse-runs N]
#                              [--skip-lighthouse] [--skip-interactions] [--cpu-rate N]
#   --build              run scripts/build.sh first (builds dist/)
#   --dir DIR            measure the build in DIR instead of dist/
#   --sizes-only         only the byte table (no browser, no npm)
#   --samples N          interaction samples (default 40; language switch: N/2 per screen)
#   --lighthouse-runs N  Lighthouse runs per preset, the median one is shown (default 3)
#   --cpu-rate N         CPU slow-down for the interactions (default 4; 1 only to compare)
set -euo pipefail
cd "$(dirname "$0")/.."
say() { printf '\033[1m[bench]\033[0m %s\n' "$*" >&2; }

DIR=dist BUILD=0 SIZES_ONLY=0 PASS=()
while [ $# -gt 0 ]; do
  case "$1" in
    --build) BUILD=1 ;;
    --dir) DIR=${2:?--dir needs a directory}; shift ;;
    --sizes-only) SIZES_ONLY=1 ;;
    --samples|--lighthouse-runs|--cpu-rate) PASS+=("$1" "${2:?$1 needs a number}"); shift ;;
    --skip-lighthouse|--skip-interactions) PASS+=("$1") ;;
    -h|--help) sed -n '2,/^set -e/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "bench.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done
[ "$BUILD" = 1 ] && bash scripts/build.sh
[ -f "$DIR/index.html" ] || { echo "no $DIR/index.html: run scripts/build.sh first (or pass --build)" >&2; exit 1; }

# 1. Bytes. The total gzip size is kept for the budget table at the end.
GZIP_TOTAL=$(mktemp)
trap 'rm -f "$GZIP_TOTAL"' EXIT
BENCH_DIR=$DIR BENCH_TOTAL=$GZIP_TOTAL python3 - <<'PY'
import gzip, os, pathlib, subprocess
d = pathlib.Path(os.environ['BENCH_DIR'])
files = ['index.html', 'style.css', 'boot.js', 'pkg/signaal.js', 'pkg/signaal_bg.wasm', 'icons/icon.svg']
rows, tot = [], [0, 0, 0]
for f in files:
    b = (d / f).read_bytes()
    g = len(gzip.compress(b, 9))
    br = len(subprocess.run(['brotli', '-q', '11', '-c'], input=b, capture_output=True, check=True).stdout)
    rows.append((f, len(b), g, br))
    for i, v in enumerate((len(b), g, br)):
        tot[i] += v
print(f"{'first-load file':28} {'raw':>10} {'gzip -9':>10} {'brotli':>10}")
for f, r, g, br in rows:
    print(f"{f:28} {r:>10,} {g:>10,} {br:>10,}")
print(f"{'total':28} {tot[0]:>10,} {tot[1]:>10,} {tot[2]:>10,}")
budget, aim = 150 * 1024, 110 * 1024
state = 'within' if tot[1] <= budget else 'MISSED by ' + format(tot[1] - budget, ',') + ' B'
print(f"budget: first screen at most 150 KB gzip ({budget:,} B; aim 110 KB = {aim:,} B): {state}")
pathlib.Path(os.environ['BENCH_TOTAL']).write_text(str(tot[1]))
PY
[ "$SIZES_ONLY" = 1 ] && exit 0

# 2.-4. Browser measurements: bench/ holds lighthouse and playwright-core, apart from e2e/.
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
[ -x "$CHROME_PATH" ] || { echo "no Chromium at $CHROME_PATH: run scripts/setup.sh (or set CHROME_PATH)" >&2; exit 1; }
command -v node >/dev/null || { echo "no node: install node 20" >&2; exit 1; }
STAMP=bench/node_modules/.signaal-bench-lock
WANT=$(cat bench/package.json bench/package-lock.json | sha256sum | cut -d' ' -f1)
if [ "$(cat "$STAMP" 2>/dev/null)" != "$WANT" ] || [ ! -f bench/node_modules/lighthouse/package.json ]; then
  say "installing bench/package-lock.json with npm ci (lighthouse, playwright-core; about 30 s)"
  (cd bench && npm ci --no-audit --no-fund --loglevel=error) >&2
  echo "$WANT" > "$STAMP"
fi

ls "$DIR"/pkg/*.wasm.br >/dev/null 2>&1 || say "warning: $DIR has no precompressed .br/.gz files: it is served uncompressed"
PORT=$(python3 -c '
import socket
for p in range(8790, 8890):
    s = socket.socket()
    try:
        s.bind(("127.0.0.1", p)); print(p); break
    except OSError:
        pass
    finally:
        s.close()')
[ -n "$PORT" ] || { echo "no free port in 8790-8889" >&2; exit 1; }
python3 scripts/serve.py --port "$PORT" --dir "$DIR" >/dev/null 2>&1 &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null; rm -f "$GZIP_TOTAL"' EXIT
for _ in $(seq 50); do curl -fs -o /dev/null "http://127.0.0.1:$PORT/" && break; sleep 0.1; done
# A port taken in the meantime would make serve.py die quietly: check it is ours that answers.
kill -0 "$SERVER" 2>/dev/null && curl -fs -o /dev/null "http://127.0.0.1:$PORT/" \
  || { echo "scripts/serve.py did not start on port $PORT" >&2; exit 1; }
say "serving $DIR at http://127.0.0.1:$PORT/ (brotli/gzip); Lighthouse and interactions take about 3-4 minutes"

node bench/bench.mjs --url "http://127.0.0.1:$PORT/" --first-load-gzip "$(cat "$GZIP_TOTAL")" ${PASS[@]+"${PASS[@]}"}
