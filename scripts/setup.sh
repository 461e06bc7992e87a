#!/usr/bin/env bash
# Installs what the build and the tests need, idempotently, on a fresh Debian machine with
# rustup and node/npm (run as root or with sudo available). Never lets rustup update the toolchain.
set -euo pipefail
cd "$(dirname "$0")/.."
export RUSTUP_AUTO_INSTALL=0
say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

pkgs=()
command -v chromium >/dev/null || pkgs+=(chromium)
command -v chromedriver >/dev/null || pkgs+=(chromium-driver)
command -v brotli >/dev/null || pkgs+=(brotli)
command -v pdftotext >/dev/null || pkgs+=(poppler-utils) # e2e print checks: pdftotext, pdftoppm
if [ ${#pkgs[@]} -gt 0 ]; then
  say "installing Debian packages: ${pkgs[*]} (not binaryen: Debian's wasm-opt breaks the build)"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${pkgs[@]}" >/dev/null
fi

WP_VER=0.15.1
if [ "$(wasm-pack --version 2>/dev/null)" != "wasm-pack $WP_VER" ]; then
  say "installing wasm-pack $WP_VER (about 2 minutes)"
  cargo install wasm-pack --version "$WP_VER" --locked
fi

WB_VER=$(awk '$0=="name = \"wasm-bindgen\"" {getline; gsub(/version = |"/, ""); print; exit}' Cargo.lock)
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WB_VER" ]; then
  say "installing wasm-bindgen-cli $WB_VER to match Cargo.lock (about 2 minutes)"
  cargo install wasm-bindgen-cli --version "$WB_VER" --force
fi

if [ ! -x e2e/node_modules/.bin/wasm-opt ] || ! cmp -s e2e/package-lock.json e2e/node_modules/.package-lock.json 2>/dev/null; then
  say "installing npm packages from e2e/package-lock.json (binaryen, playwright-core, axe)"
  (cd e2e && npm ci --no-audit --no-fund --loglevel=error)
fi
# The release build's own tools (wasm-opt, terser): tools/, not borrowed from e2e/ or bench/.
TOOLS_WANT=$(cat tools/package.json tools/package-lock.json | sha256sum | cut -d' ' -f1)
if [ "$(cat tools/node_modules/.signaal-tools-lock 2>/dev/null)" != "$TOOLS_WANT" ]; then
  say "installing npm packages from tools/package-lock.json (binaryen, terser)"
  (cd tools && npm ci --no-audit --no-fund --loglevel=error)
  echo "$TOOLS_WANT" > tools/node_modules/.signaal-tools-lock
fi
say "toolchain ready"
