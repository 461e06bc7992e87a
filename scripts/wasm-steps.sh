# The WebAssembly steps of the release build, as functions: scripts/build.sh runs them on Signaal
# and scripts/bench.sh on its Yew floor (bench/floor-yew), so both get the same post-processing.
# Their tools come from tools/ (installed by scripts/setup.sh), never from e2e/ or bench/.
# Sourced, not run: `source scripts/wasm-steps.sh` from the repository root.

TOOLS_BIN=tools/node_modules/.bin

# compile_wasm CRATE_DIR OUT_DIR NAME: release build of the crate, wasm-bindgen glue for the web
# (no wasm-opt of wasm-pack's own), into OUT_DIR/NAME.js and OUT_DIR/NAME_bg.wasm.
compile_wasm() {
  local crate=$1 out=$2 name=$3 log
  log=$(mktemp)
  wasm-pack build "$crate" --mode no-install --no-opt --no-pack --no-typescript --target web --release \
    --out-dir "$(realpath -m "$out")" --out-name "$name" >/dev/null 2>"$log" || { cat "$log"; rm -f "$log"; return 1; }
  rm -f "$log" "$out/.gitignore" "$out/package.json" "$out/README.md"
}

# optimise_wasm FILE: binaryen's wasm-opt in place. -O1, not -Oz: -Oz's output is 9 % smaller
# raw but compresses worse (measured on Signaal: -O1 is 4.9 KB smaller in gzip, 2.9 KB in brotli;
# -Os and -O2 are within 1 KB of -Oz). What travels is the compressed file.
optimise_wasm() {
  [ -x "$TOOLS_BIN/wasm-opt" ] || { echo "no $TOOLS_BIN/wasm-opt: run scripts/setup.sh" >&2; return 1; }
  "$TOOLS_BIN/wasm-opt" -O1 --strip-debug --strip-producers "$1" -o "$1"
}

# minify_js FILE: terser on wasm-bindgen's glue in place. An ES module: its exports and the
# property names of the import object stay; local names, comments and whitespace go. ES2015
# output, so no syntax newer than the glue's own is introduced.
minify_js() {
  [ -x "$TOOLS_BIN/terser" ] || { echo "no $TOOLS_BIN/terser: run scripts/setup.sh" >&2; return 1; }
  "$TOOLS_BIN/terser" "$1" --module --compress --mangle --ecma 2015 --comments false -o "$1"
}
