#!/usr/bin/env bash
# Prints the first-load bytes of the release build in dist/: raw, gzip -9 and brotli -q 11 per
# file and in total. Run scripts/build.sh first (or pass --build).
set -euo pipefail
cd "$(dirname "$0")/.."
[ "${1:-}" = "--build" ] && bash scripts/build.sh
[ -f dist/index.html ] || { echo "no dist/: run scripts/build.sh first"; exit 1; }
python3 - <<'PY'
import gzip, pathlib, subprocess
files = ['index.html', 'style.css', 'boot.js', 'pkg/signaal.js', 'pkg/signaal_bg.wasm', 'icons/icon.svg']
rows, tot = [], [0, 0, 0]
for f in files:
    b = pathlib.Path('dist', f).read_bytes()
    g = len(gzip.compress(b, 9))
    br = len(subprocess.run(['brotli', '-q', '11', '-c'], input=b, capture_output=True, check=True).stdout)
    rows.append((f, len(b), g, br))
    for i, v in enumerate((len(b), g, br)):
        tot[i] += v
print(f"{'first-load file':28} {'raw':>10} {'gzip -9':>10} {'brotli':>10}")
for f, r, g, br in rows:
    print(f"{f:28} {r:>10,} {g:>10,} {br:>10,}")
print(f"{'total':28} {tot[0]:>10,} {tot[1]:>10,} {tot[2]:>10,}")
budget = 150 * 1024
print(f"budget: first screen at most 150 KB gzip ({budget:,} B): {'within' if tot[1] <= budget else 'OVER by ' + format(tot[1]-budget, ',') + ' B'}")
PY
