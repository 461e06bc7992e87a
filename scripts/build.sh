#!/usr/bin/env bash
# Release build into dist/ (and the npm package into target/npm/), as named steps run in order at
# the end of this file. Content work (first paint, fallback, embed texts) is done by the Rust
# generator `signaal-gen` (src/bin/gen.rs); the WebAssembly steps live in scripts/wasm-steps.sh.
# Every tool comes from scripts/setup.sh: cargo, wasm-bindgen, tools/ (wasm-opt, terser), gzip,
# brotli; never from e2e/ or bench/.
set -euo pipefail
cd "$(dirname "$0")/.."
export RUSTUP_AUTO_INSTALL=0
say() { printf '\033[1m[build]\033[0m %s\n' "$*"; }
die() { echo "build: $*" >&2; exit 1; }
gen() { cargo run --quiet --features native --bin signaal-gen -- "$@"; }
source scripts/wasm-steps.sh # also used by scripts/bench.sh for its Yew floor

# The app as WebAssembly for the MVP feature set, optimised, with its glue minified (dist/pkg/).
step_wasm() {
  say "compiling to WebAssembly (release, MVP feature set: see scripts/wasm-steps.sh)"
  compile_wasm . dist/pkg signaal
  glue_floor dist/pkg/signaal.js
  say "optimising with wasm-opt ($("$TOOLS_BIN/wasm-opt" --version))"
  optimise_wasm dist/pkg/signaal_bg.wasm
  say "minifying the JavaScript glue with terser ($("$TOOLS_BIN/terser" --version))"
  minify_js dist/pkg/signaal.js
}

# Rewrites the glue's one optional chaining (Chrome 80, Safari 13.1), which would raise the floor
# set by its dynamic import() and import.meta (Chrome 64, Safari 11.1, Firefox 67): README,
# "Oldest browsers". Stops if wasm-bindgen's glue changed shape.
glue_floor() {
  local f=$1 old='.exec(toStringOutput)?.[1]'
  [ "$(grep -oF '?.' "$f" | wc -l)" = 1 ] && [ "$(grep -oF "$old" "$f" | wc -l)" = 1 ] ||
    die "wasm-bindgen glue changed: check its syntax floor ($f)"
  sed -i -e 's/\.exec(toStringOutput)?\.\[1\]/.exec(toStringOutput) || [])[1]/g' \
    -e 's|const className = /|const className = (/|g' "$f"
}

# www/ into dist/; index.html with the first paint and the static fallback; frame.html, the entry
# page for iframe embeds (the same page, served with its own headers: any HTTPS site may frame it).
step_pages() {
  say "copying www/; first paint and static fallback from the content into index.html"
  cp -r www/. dist/
  gen page dist/index.html
  cp dist/index.html dist/frame.html
}

# The host script with the fallback data, its shadow-DOM stylesheet and the embed generator page
# with its texts (i18n/*/ui.toml [embed_page]) and the maintainer's contact (data/site.toml).
step_embed() {
  say "host script, shadow-DOM stylesheet and generator page for embeds"
  gen embed-js dist/embed.js
  gen embed-css dist/style.css dist/embed-base.css dist/embed.css
  rm dist/embed-base.css
  gen embed-page dist/embed-page.js
}

# The locale packs (build/packs.rs) into dist/locales/, their names and the islands' default
# locales into boot.js (it preloads the one the app will show), and the check that adding a
# locale adds nothing to the others' first load: no pack text but the language names in the
# .wasm, every pack with the slot count and layout the .wasm reads.
step_packs() {
  say "locale packs into dist/locales/, named in boot.js; none of their texts in the .wasm"
  gen packs dist
  # boot.js is on every first load: minified like the glue (its comments are most of its bytes).
  minify_js dist/boot.js
}

# The service worker's version (a hash of every file it caches) and its file list.
step_sw() {
  say "writing the service worker's file list and version"
  local files version urls f
  mapfile -t files < <(cd dist && find . -type f ! -name 'sw.js*' ! -name 'embed*' ! -name '.*' |
    sed 's|^\./||' | LC_ALL=C sort)
  version=$(cd dist && for f in "${files[@]}"; do printf '%s' "$f"; cat -- "$f"; done | sha256sum | cut -c1-12)
  urls='"./"'
  for f in "${files[@]}"; do
    case $f in *[\"\\\&\|]*) die "a file name the service worker list cannot hold: $f" ;; esac
    [ "$f" = index.html ] || urls+=", \"$f\""
  done
  grep -q '__VERSION__' dist/sw.js && grep -q '__FILES__' dist/sw.js || die "www/sw.js lost a placeholder"
  sed -i -e "s/__VERSION__/$version/g" -e "s|__FILES__|[$urls]|g" dist/sw.js
}

# target/npm: the app and the host script for NGOs' own origins (no service worker, no generator).
step_npm() {
  say "npm package files in target/npm (the app and the host script)"
  rm -rf target/npm && mkdir -p target/npm
  cp -r dist/. target/npm/
  rm -f target/npm/embed.html target/npm/embed-page.js target/npm/sw.js
  # A copy on an NGO's origin is for embedding: no service worker filling that origin's caches.
  sed -i 's/^<html lang="\([^"]*\)">/<html lang="\1" data-no-sw>/' target/npm/index.html
  grep -q 'data-no-sw' target/npm/index.html || die "could not mark target/npm/index.html data-no-sw"
  cp npm/README.md target/npm/README.md
  gen npm-package npm/package.json > target/npm/package.json
}

# Precompressed copies for serving: gzip -9 (without name and time, so builds compare equal) and
# brotli -q 11.
step_precompress() {
  say "precompressing (gzip -9, brotli -q 11)"
  find dist -type f \( -name '*.html' -o -name '*.js' -o -name '*.css' -o -name '*.wasm' -o -name '*.svg' -o -name '*.webmanifest' -o -name '*.txt' \) |
    while read -r f; do
      gzip -9 -n -k -f "$f"
      brotli -q 11 -f -k "$f"
    done
}

rm -rf dist && mkdir -p dist
step_wasm
step_pages
step_packs
step_embed
step_sw
step_npm
step_precompress
say "done: dist/ ($(du -sh dist | cut -f1))"
