# The WebAssembly steps of the release build, as functions: scripts/build.sh runs them on Signaal
# and scripts/bench.sh on its Yew floor (bench/floor-yew), so both get the same post-processing.
# Their tools come from tools/ (installed by scripts/setup.sh), never from e2e/ or bench/.
# Sourced, not run: `source scripts/wasm-steps.sh` from the repository root.

TOOLS_BIN=tools/node_modules/.bin

# compile_wasm CRATE_DIR OUT_DIR NAME: release build of the crate for the WebAssembly 1.0 (MVP)
# feature set, wasm-bindgen glue for the web, into OUT_DIR/NAME.js and OUT_DIR/NAME_bg.wasm.
# Old phones (Chrome/WebView < 96, Safari < 15.1, Samsung Internet < 17) cannot run reference
# types, bulk memory, multi-value, sign extension or non-trapping float-to-int (issue 15). So:
# compile for the MVP CPU; drop the target_features section (the precompiled std lists its
# features there) so that wasm-bindgen writes glue without reference types; lower what std still
# uses with binaryen. optimise_wasm keeps --mvp-features, so the optimiser cannot bring a feature
# back; e2e/tests/wasm-features.test.mjs checks the result with an independent validator (wabt).
compile_wasm() {
  local crate=$1 out=$2 name=$3 meta wasm
  [ -x "$TOOLS_BIN/wasm-opt" ] || { echo "no $TOOLS_BIN/wasm-opt: run scripts/setup.sh" >&2; return 1; }
  meta=$(cargo metadata --quiet --no-deps --format-version 1 --manifest-path "$crate/Cargo.toml")
  wasm=$(python3 -c '
import json, os, sys
m = json.loads(sys.argv[1]); manifest = os.path.realpath(sys.argv[2])
pkg = next(p for p in m["packages"] if os.path.realpath(p["manifest_path"]) == manifest)
lib = next(t for t in pkg["targets"] if "cdylib" in t["kind"])
print(os.path.join(m["target_directory"], "wasm32-unknown-unknown", "release", lib["name"].replace("-", "_") + ".wasm"))
' "$meta" "$crate/Cargo.toml") || return 1
  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-C target-cpu=mvp" \
    cargo build --quiet --lib --release --target wasm32-unknown-unknown --manifest-path "$crate/Cargo.toml" || return 1
  mkdir -p "$out"
  python3 - "$wasm" "$out/.$name-mvp.wasm" <<'PY' || return 1
import sys
data = open(sys.argv[1], 'rb').read()
assert data[:8] == b'\0asm\x01\0\0\0', 'not a wasm module'
def leb(b, i):
    n = shift = 0
    while True:
        x = b[i]; i += 1; n |= (x & 0x7f) << shift; shift += 7
        if x < 0x80: return n, i
out, i, dropped = bytearray(data[:8]), 8, 0
while i < len(data):
    start = i
    sid = data[i]; size, i = leb(data, i + 1)
    end = i + size
    if sid == 0:
        nlen, j = leb(data, i)
        if data[j:j + nlen] == b'target_features':
            dropped += 1; i = end; continue
    out += data[start:end]; i = end
assert dropped == 1, f'expected one target_features section, found {dropped}'
open(sys.argv[2], 'wb').write(out)
PY
  wasm-bindgen --target web --no-typescript --out-dir "$out" --out-name "$name" "$out/.$name-mvp.wasm" || return 1
  rm -f "$out/.$name-mvp.wasm"
  "$TOOLS_BIN/wasm-opt" --enable-bulk-memory --enable-sign-ext --enable-nontrapping-float-to-int \
    --llvm-memory-copy-fill-lowering --signext-lowering --llvm-nontrapping-fptoint-lowering \
    "$out/${name}_bg.wasm" -o "$out/${name}_bg.wasm"
}

# optimise_wasm FILE: binaryen's wasm-opt in place. -O1, not -Oz: -Oz's output is 9 % smaller
# raw but compresses worse (measured on Signaal: -O1 is 4.9 KB smaller in gzip, 2.9 KB in brotli;
# -Os and -O2 are within 1 KB of -Oz). What travels is the compressed file. --mvp-features keeps
# the optimiser inside the WebAssembly 1.0 feature set (see compile_wasm).
optimise_wasm() {
  [ -x "$TOOLS_BIN/wasm-opt" ] || { echo "no $TOOLS_BIN/wasm-opt: run scripts/setup.sh" >&2; return 1; }
  "$TOOLS_BIN/wasm-opt" -O1 --mvp-features --strip-debug --strip-producers "$1" -o "$1"
}

# minify_js FILE: terser on wasm-bindgen's glue in place. An ES module: its exports and the
# property names of the import object stay; local names, comments and whitespace go. ES2015
# output, so no syntax newer than the glue's own is introduced.
minify_js() {
  [ -x "$TOOLS_BIN/terser" ] || { echo "no $TOOLS_BIN/terser: run scripts/setup.sh" >&2; return 1; }
  "$TOOLS_BIN/terser" "$1" --module --compress --mangle --ecma 2015 --comments false -o "$1"
}
