#!/usr/bin/env bash
# Release build into dist/: the WebAssembly steps in scripts/wasm-steps.sh (MVP feature set, binaryen's
# wasm-opt from tools/), the host page with the static first paint and fallback generated from the
# content, precompressed copies for serving.
set -euo pipefail
cd "$(dirname "$0")/.."
export RUSTUP_AUTO_INSTALL=0
say() { printf '\033[1m[build]\033[0m %s\n' "$*"; }

rm -rf dist && mkdir -p dist
source scripts/wasm-steps.sh # also used by scripts/bench.sh for its Yew floor
say "compiling to WebAssembly (release, MVP feature set: see scripts/wasm-steps.sh)"
compile_wasm . dist/pkg signaal
# The glue's one optional chaining (Chrome 80, Safari 13.1) would raise the floor set by its
# dynamic import() and import.meta (Chrome 64, Safari 11.1, Firefox 67): README, "Oldest browsers".
python3 - <<'PY'
import pathlib
p = pathlib.Path('dist/pkg/signaal.js')
js = p.read_text()
old = '.exec(toStringOutput)?.[1]'
assert js.count(old) == 1 and js.count('?.') == 1, 'wasm-bindgen glue changed: check its syntax floor'
p.write_text(js.replace(old, '.exec(toStringOutput) || [])[1]').replace('const className = /', 'const className = (/'))
PY
say "optimising with wasm-opt ($("$TOOLS_BIN/wasm-opt" --version))"
optimise_wasm dist/pkg/signaal_bg.wasm
say "minifying the JavaScript glue with terser ($("$TOOLS_BIN/terser" --version))"
minify_js dist/pkg/signaal.js

say "copying www/ and generating the static fallback from the content"
cp -r www/. dist/
cargo run --quiet --features native --bin signaal-gen -- fallback > dist/.fallback.html
# The start screen as the app renders it, shown until the .wasm has arrived (first paint).
cargo run --quiet --features native --bin signaal-gen -- first-paint > dist/.first-paint.html
python3 - <<'PY'
import pathlib
p = pathlib.Path('dist/index.html')
html = p.read_text()
for marker, part in (('<!-- FALLBACK -->', '.fallback.html'), ('<!-- FIRST-PAINT -->', '.first-paint.html')):
    assert html.count(marker) == 1, f'www/index.html lost its {marker} marker'
    html = html.replace(marker, pathlib.Path('dist', part).read_text())
p.write_text(html)
PY
rm dist/.first-paint.html
# The entry page for iframe embeds: the same page, with its own headers (any HTTPS site may frame it).
cp dist/index.html dist/frame.html
cargo run --quiet --features native --bin signaal-gen -- fallback-json > dist/.fallback.json

say "locale packs (dist/locales/, build/packs.rs): written, named in boot.js, none of their texts in the .wasm"
cargo run --quiet --features native --bin signaal-gen -- packs dist > dist/.packs.json
python3 - <<'PY'
import json, pathlib
d = pathlib.Path('dist')
packs = json.loads((d / '.packs.json').read_text())
js = (d / 'boot.js').read_text()
assert js.count("'__SIGNAAL_PACKS__'") == 1, 'www/boot.js lost its packs placeholder'
(d / 'boot.js').write_text(js.replace("'__SIGNAAL_PACKS__'", json.dumps(packs, separators=(',', ':'))))
# Adding a locale must add nothing to the others' first load: the .wasm holds no pack text but
# the language names (the switch shows them), and every pack has the slot count the app reads.
wasm = (d / 'pkg/signaal_bg.wasm').read_bytes()
names = set()
texts = {}
for tag, file in packs['files'].items():
    header, *slots = (d / file).read_text().split('\0')
    magic, htag, layout, count = header.split(' ')
    assert htag == tag and int(count) == len(slots), f'{file}: header {header!r} but {len(slots)} texts'
    assert layout.encode() in wasm, f'{file}: layout {layout} is not the one the .wasm reads'
    names.add(slots[0])
    texts[tag] = slots
found = sorted({(tag, t) for tag, slots in texts.items() for t in slots[1:]
                if len(t) >= 12 and t not in names and t.encode() in wasm})
assert not found, f'{len(found)} pack text(s) compiled into the .wasm, e.g. {found[:3]}'
print(f'  {len(texts)} packs of {len(slots)} texts each; no pack text of 12 or more bytes in the .wasm')
PY
rm dist/.packs.json

say "host script and shadow-DOM stylesheet for embeds"
python3 - <<'PY'
import json, pathlib, re
d = pathlib.Path('dist')
fb = json.loads((d / '.fallback.json').read_text())  # must be valid JSON
js = (d / 'embed.js').read_text()
assert "'__SIGNAAL_FALLBACK__'" in js, 'www/embed.js lost its fallback placeholder'
(d / 'embed.js').write_text(js.replace("'__SIGNAAL_FALLBACK__'", json.dumps(fb, ensure_ascii=False, separators=(',', ':')).replace('<', '\\u003c')))
# Inside a shadow root, rem is the host page's root size; embed.js sets --sg-rem to the
# reader's default size instead.
css = (d / 'style.css').read_text()
css = re.sub(r'(?<![\w.])(-?\d*\.?\d+)rem\b', r'calc(\1 * var(--sg-rem, 1rem))', css)  # sign inside calc()
(d / 'embed.css').write_text((d / 'embed-base.css').read_text() + '\n' + css)
(d / 'embed-base.css').unlink()
PY
rm dist/.fallback.html dist/.fallback.json

say "embed generator texts (i18n/*/ui.toml [embed_page]) and the maintainer's contact (data/site.toml)"
python3 - <<'PY'
import json, pathlib, tomllib
d = pathlib.Path('dist')
texts = {}
for loc in ['nl', 'pap-AW', 'pap-CW', 'en', 'es']:
    ui = tomllib.loads(pathlib.Path(f'i18n/{loc}/ui.toml').read_text())
    texts[loc] = dict(ui['embed_page'], name=ui['meta']['name'])
# The "About" settings, once they exist; until then the page shows a visible placeholder.
site_file = pathlib.Path('data/site.toml')
site = tomllib.loads(site_file.read_text()) if site_file.exists() else {}
site = {k: site.get(k, '') for k in ('maintainer', 'contact_email', 'contact_url')}
js = (d / 'embed-page.js').read_text()
for marker, value in (("'__SIGNAAL_EMBED_TEXTS__'", texts), ("'__SIGNAAL_SITE__'", site)):
    assert marker in js, f'www/embed-page.js lost its {marker} placeholder'
    js = js.replace(marker, json.dumps(value, ensure_ascii=False).replace('<', '\\u003c'))
(d / 'embed-page.js').write_text(js)
PY

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
find dist -type f \( -name '*.html' -o -name '*.js' -o -name '*.css' -o -name '*.wasm' -o -name '*.svg' -o -name '*.webmanifest' -o -name '*.txt' \) | while read -r f; do
  gzip -9 -k -f "$f"
  brotli -q 11 -f -k "$f"
done
say "done: dist/ ($(du -sh dist | cut -f1))"
