#!/usr/bin/env bash
# Performance benchmark of the release build, as ratios to floors built and measured in the same
# run (issue #17). Builds three floor pages into target/bench/site/:
#   yew/      a minimal Yew 0.23 app (bench/floor-yew) compiled with Signaal's release profile and
#             the same WebAssembly steps (scripts/wasm-steps.sh), with Signaal's style.css, boot.js
#             and icon and a minimal index.html;
#   static/   the start screen written by hand as plain HTML (bench/floor-static) with style.css;
#   vanilla/  the question screen written by hand with plain JavaScript (bench/floor-vanilla)
#             making the same DOM changes as Signaal for an answer, Continue and a language switch;
# then prints:
#   1. first-load bytes (raw, gzip -9, brotli -q 11) of Signaal and of each floor, and the ratios;
#   2. Lighthouse 12.8.2 mobile and desktop scores of Signaal (bench/bench.mjs);
#   3. interaction medians at 4x CPU of Signaal beside the vanilla page, and their ratios;
#   4. first contentful paint with the exit control on slow 3G + 4x CPU beside the static page,
#      once index.html paints the app's exit control itself (static first paint; --fcp forces it);
#   5. each figure next to its budget from issue #17, marked "within" or "MISSED".
# A benchmark, not a test: it exits 0 when a budget is missed and non-zero only when it could not
# measure. Works offline: only the local servers are contacted (off-origin requests are counted).
# Installs bench/'s npm packages (lighthouse, playwright-core) with `npm ci` when they are missing
# or out of date. Uses the existing dist/ (run scripts/build.sh first, or pass --build).
#
# usage: bash scripts/bench.sh [--build] [--dir DIR] [--sizes-only] [--samples N] [--lighthouse-runs N]
#                              [--skip-lighthouse] [--skip-interactions] [--cpu-rate N] [--port P]
#                              [--fcp | --no-fcp] [--fcp-runs N]
#   --build              run scripts/build.sh first (builds dist/)
#   --dir DIR            measure the build in DIR instead of dist/
#   --sizes-only         only the byte tables (builds the Yew floor; no browser)
#   --samples N          interaction samples per kind and page (default 40; language switch: N/2)
#   --lighthouse-runs N  Lighthouse runs per preset, the median one is shown (default 3)
#   --cpu-rate N         CPU slow-down for the interactions (default 4; 1 only to compare)
#   --port P             serve Signaal on P and the floors on P+1 (default: the first free pair from 8790)
#   --fcp, --no-fcp      measure the first paint with the exit control, or not (default: only when
#                        DIR/index.html contains the exit control id="sg-exit" itself)
#   --fcp-runs N         page loads per page for that (default 5)
set -euo pipefail
cd "$(dirname "$0")/.."
export RUSTUP_AUTO_INSTALL=0
say() { printf '\033[1m[bench]\033[0m %s\n' "$*" >&2; }

DIR=dist BUILD=0 SIZES_ONLY=0 PORT= FCP=auto PASS=()
while [ $# -gt 0 ]; do
  case "$1" in
    --build) BUILD=1 ;;
    --dir) DIR=${2:?--dir needs a directory}; shift ;;
    --sizes-only) SIZES_ONLY=1 ;;
    --port) PORT=${2:?--port needs a number}; shift ;;
    --fcp) FCP=on ;;
    --no-fcp) FCP=off ;;
    --samples|--lighthouse-runs|--cpu-rate|--fcp-runs) PASS+=("$1" "${2:?$1 needs a number}"); shift ;;
    --skip-lighthouse|--skip-interactions) PASS+=("$1") ;;
    -h|--help) sed -n '2,/^set -e/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "bench.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done
[ "$BUILD" = 1 ] && bash scripts/build.sh
[ -f "$DIR/index.html" ] || { echo "no $DIR/index.html: run scripts/build.sh first (or pass --build)" >&2; exit 1; }
if [ "$FCP" = auto ]; then
  grep -q 'id="sg-exit"' "$DIR/index.html" && FCP=on || FCP=off
fi

# 0. The floors, built now with the same steps as Signaal's release build.
WORK=target/bench SITE=target/bench/site
rm -rf "$SITE" "$WORK/floor-yew-src" && mkdir -p "$SITE"
python3 - <<'PY'
import pathlib, re
# The floor must be compiled exactly as Signaal is: same release profile and wasm-pack settings.
sect = lambda p, name: re.search(r'^\[' + re.escape(name) + r'\]\n(.*?)(?=^\[|\Z)', pathlib.Path(p).read_text(), re.M | re.S).group(1).strip()
for name in ('profile.release', 'package.metadata.wasm-pack.profile.release'):
    if sect('Cargo.toml', name) != sect('bench/floor-yew/Cargo.toml', name):
        raise SystemExit(f'bench: [{name}] differs between Cargo.toml and bench/floor-yew/Cargo.toml: keep them equal')
PY
say "building the Yew floor (bench/floor-yew) with scripts/wasm-steps.sh"
cp -r bench/floor-yew "$WORK/floor-yew-src"
cp Cargo.lock "$WORK/floor-yew-src/Cargo.lock" # the same versions of the crates both use
source scripts/wasm-steps.sh
CARGO_TARGET_DIR="$PWD/$WORK/cargo" compile_wasm "$WORK/floor-yew-src" "$SITE/yew/pkg" signaal
optimise_wasm "$SITE/yew/pkg/signaal_bg.wasm"
minify_js "$SITE/yew/pkg/signaal.js"
for f in yew static vanilla; do
  mkdir -p "$SITE/$f/icons"
  cp bench/floor-$f/*.html "$SITE/$f/"
  cp "$DIR/style.css" "$SITE/$f/"
  cp "$DIR/icons/icon.svg" "$SITE/$f/icons/"
done
cp "$DIR/boot.js" "$SITE/yew/"
cp bench/floor-vanilla/app.js "$SITE/vanilla/"
find "$SITE" -type f \( -name '*.html' -o -name '*.js' -o -name '*.css' -o -name '*.wasm' -o -name '*.svg' \) | while read -r f; do
  gzip -9 -k -f "$f"
  brotli -q 11 -f -k "$f"
done

# 1. Bytes. The figures go to bench.mjs for the budget table at the end.
SIZES=$WORK/sizes.json
BENCH_DIR=$DIR BENCH_SITE=$SITE BENCH_SIZES=$SIZES python3 - <<'PY'
import gzip, json, os, pathlib, subprocess
d, site = pathlib.Path(os.environ['BENCH_DIR']), pathlib.Path(os.environ['BENCH_SITE'])
def measure(root, files):
    rows = []
    for f in files:
        b = (root / f).read_bytes()
        br = len(subprocess.run(['brotli', '-q', '11', '-c'], input=b, capture_output=True, check=True).stdout)
        rows.append((f, len(b), len(gzip.compress(b, 9)), br))
    return rows
def table(title, rows):
    print(f"{title:34} {'raw':>10} {'gzip -9':>10} {'brotli':>10}")
    for f, r, g, br in rows:
        print(f"  {f:32} {r:>10,} {g:>10,} {br:>10,}")
    tot = [sum(x[i] for x in rows) for i in (1, 2, 3)]
    print(f"  {'total':32} {tot[0]:>10,} {tot[1]:>10,} {tot[2]:>10,}")
    return tot
six = ['index.html', 'style.css', 'boot.js', 'pkg/signaal.js', 'pkg/signaal_bg.wasm', 'icons/icon.svg']
# Signaal's first load also has the texts of the language shown (the bench browser's: English);
# the other locales' packs are fetched only on a language switch.
packs = sorted(str(p.relative_to(d)) for p in d.glob('locales/en.*.txt'))
sg = measure(d, six + packs[:1])
yew = measure(site / 'yew', six)
static = measure(site / 'static', ['index.html', 'style.css', 'icons/icon.svg'])
vanilla = measure(site / 'vanilla', ['index.html', 'app.js', 'style.css', 'icons/icon.svg'])
t_sg = table(f'Signaal first load ({d})', sg)
t_yew = table('Yew floor page (bench/floor-yew)', yew)
t_static = table('static floor (bench/floor-static)', static)
t_van = table('vanilla floor (bench/floor-vanilla)', vanilla)
code = lambda rows: sum(g for f, _, g, _ in rows if f.startswith('pkg/'))
s = {'first_load_gzip': t_sg[1], 'yew_floor_gzip': t_yew[1], 'static_floor_gzip': t_static[1],
     'vanilla_floor_gzip': t_van[1], 'wasm_js_gzip': code(sg), 'yew_wasm_js_gzip': code(yew)}
print(f"ratios (gzip): first load / Yew floor page {s['first_load_gzip'] / s['yew_floor_gzip']:.2f}x, "
      f"wasm+JS / Yew floor's wasm+JS {s['wasm_js_gzip'] / s['yew_wasm_js_gzip']:.2f}x, "
      f"first load / static floor {s['first_load_gzip'] / s['static_floor_gzip']:.1f}x, "
      f"vanilla floor / static floor {s['vanilla_floor_gzip'] / s['static_floor_gzip']:.2f}x")
pathlib.Path(os.environ['BENCH_SIZES']).write_text(json.dumps(s))
PY
[ "$SIZES_ONLY" = 1 ] && exit 0

# 2.-5. Browser measurements: bench/ holds lighthouse and playwright-core, apart from e2e/.
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
free_pair() {
  python3 -c '
import socket, sys
def free(p):
    s = socket.socket()
    try:
        s.bind(("127.0.0.1", p)); return True
    except OSError:
        return False
    finally:
        s.close()
for p in range(int(sys.argv[1]), int(sys.argv[2])):
    if free(p) and free(p + 1):
        print(p); break' "$@"
}
[ -n "$PORT" ] || PORT=$(free_pair 8790 8889)
[ -n "$PORT" ] || { echo "no two free ports in 8790-8889" >&2; exit 1; }
FLOOR_PORT=$((PORT + 1))
python3 scripts/serve.py --port "$PORT" --dir "$DIR" >/dev/null 2>&1 &
SERVER=$!
python3 scripts/serve.py --port "$FLOOR_PORT" --dir "$SITE" >/dev/null 2>&1 &
FLOORS=$!
trap 'kill "$SERVER" "$FLOORS" 2>/dev/null' EXIT
for p in "$PORT" "$FLOOR_PORT"; do
  for _ in $(seq 50); do curl -fs -o /dev/null "http://127.0.0.1:$p/" && break; sleep 0.1; done
done
# A port taken in the meantime would make serve.py die quietly: check it is ours that answers.
kill -0 "$SERVER" 2>/dev/null && kill -0 "$FLOORS" 2>/dev/null && curl -fs -o /dev/null "http://127.0.0.1:$PORT/" \
  && curl -fs -o /dev/null "http://127.0.0.1:$FLOOR_PORT/static/" \
  || { echo "scripts/serve.py did not start on ports $PORT and $FLOOR_PORT" >&2; exit 1; }
say "serving $DIR at http://127.0.0.1:$PORT/ and the floors at http://127.0.0.1:$FLOOR_PORT/ (brotli/gzip); about 4 minutes"

node bench/bench.mjs --url "http://127.0.0.1:$PORT/" --floors "http://127.0.0.1:$FLOOR_PORT/" --sizes "$SIZES" \
  --fcp "$FCP" ${PASS[@]+"${PASS[@]}"}
