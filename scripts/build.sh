#!/usr/bin/env bash
# Release build into dist/: wasm-pack (no wasm-opt of its own) and binaryen's wasm-opt from tools/
# (the steps in scripts/wasm-steps.sh), the host page with the static fallback generated from the
# content, precompressed copies for serving.
set -euo pipefail
cd "$(dirname "$0")/.."
export RUSTUP_AUTO_INSTALL=0
say() { printf '\033[1m[build]\033[0m %s\n' "$*"; }

rm -rf dist && mkdir -p dist
source scripts/wasm-steps.sh # also used by scripts/bench.sh for its Yew floor
say "compiling to WebAssembly (release)"
compile_wasm . dist/pkg signaal
say "optimising with wasm-opt ($("$TOOLS_BIN/wasm-opt" --version))"
optimise_wasm dist/pkg/signaal_bg.wasm

say "copying www/ and generating the static fallback from the content"
cp -r www/. dist/
cargo run --quiet --features native --bin signaal-gen -- fallback > dist/.fallback.html
python3 - <<'PY'
import pathlib
p = pathlib.Path('dist/index.html')
html = p.read_text()
fb = pathlib.Path('dist/.fallback.html').read_text()
assert '<!-- FALLBACK -->' in html, 'www/index.html lost its <!-- FALLBACK --> marker'
p.write_text(html.replace('<!-- FALLBACK -->', fb))
PY

say "host script and shadow-DOM stylesheet for embeds"
python3 - <<'PY'
import json, pathlib, re
d = pathlib.Path('dist')
fb = (d / '.fallback.html').read_text()
js = (d / 'embed.js').read_text()
assert "'__SIGNAAL_FALLBACK__'" in js, 'www/embed.js lost its fallback placeholder'
(d / 'embed.js').write_text(js.replace("'__SIGNAAL_FALLBACK__'", json.dumps(fb)))
# Inside a shadow root, rem is the host page's root size; embed.js sets --sg-rem to the
# reader's default size instead.
css = (d / 'style.css').read_text()
css = re.sub(r'(?<![\w.])(\d*\.?\d+)rem\b', r'calc(\1 * var(--sg-rem, 1rem))', css)
(d / 'embed.css').write_text((d / 'embed-base.css').read_text() + '\n' + css)
(d / 'embed-base.css').unlink()
PY
rm dist/.fallback.html

say "writing the service worker's file list and version"
python3 - <<'PY'
import hashlib, json, pathlib
d = pathlib.Path('dist')
files = sorted(str(f.relative_to(d)) for f in d.rglob('*') if f.is_file() and not f.name.startswith(('sw.js', 'embed')) and not f.name.startswith('.'))
h = hashlib.sha256()
for f in files:
    h.update(f.encode()); h.update((d / f).read_bytes())
urls = ['./'] + [f for f in files if f != 'index.html']
sw = (d / 'sw.js').read_text().replace('__VERSION__', h.hexdigest()[:12]).replace('__FILES__', json.dumps(urls))
(d / 'sw.js').write_text(sw)
PY

say "npm package files in target/npm (the app and the host script)"
rm -rf target/npm && mkdir -p target/npm
cp -r dist/. target/npm/
rm -f target/npm/embed.html target/npm/embed-page.js target/npm/sw.js
# A copy on an NGO's origin is for embedding: no service worker filling that origin's caches.
sed -i 's/^<html lang="\([^"]*\)">/<html lang="\1" data-no-sw>/' target/npm/index.html
grep -q 'data-no-sw' target/npm/index.html || { echo "build: could not mark target/npm/index.html data-no-sw"; exit 1; }
cp npm/README.md target/npm/README.md
python3 - <<'PY'
import json, pathlib, re
version = re.search(r'^version = "([^"]+)"', pathlib.Path('Cargo.toml').read_text(), re.M).group(1)
pkg = json.loads(pathlib.Path('npm/package.json').read_text())
pkg['version'] = version
pathlib.Path('target/npm/package.json').write_text(json.dumps(pkg, indent=2) + '\n')
PY

say "precompressing (gzip -9, brotli -q 11)"
find dist -type f \( -name '*.html' -o -name '*.js' -o -name '*.css' -o -name '*.wasm' -o -name '*.svg' -o -name '*.webmanifest' \) | while read -r f; do
  gzip -9 -k -f "$f"
  brotli -q 11 -f -k "$f"
done
say "done: dist/ ($(du -sh dist | cut -f1))"
