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

# optimise_wasm FILE: binaryen's wasm-opt in place.
optimise_wasm() {
  [ -x "$TOOLS_BIN/wasm-opt" ] || { echo "no $TOOLS_BIN/wasm-opt: run scripts/setup.sh" >&2; return 1; }
  "$TOOLS_BIN/wasm-opt" -Oz --strip-debug --strip-producers "$1" -o "$1"
}
