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
command -v python3 >/dev/null || pkgs+=(python3) # scripts/serve.py, scripts/wasm-steps.sh, bench
command -v pdftotext >/dev/null || pkgs+=(poppler-utils) # e2e print checks: pdftotext, pdftoppm
# deploy/ tests: the web servers whose configurations we ship (started by scripts/test.sh on a
# loopback port with their own configuration; never as the system service).
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || pkgs+=(nginx)
command -v caddy >/dev/null || pkgs+=(caddy)
command -v java >/dev/null || pkgs+=(default-jre-headless) # the Nu Html Checker (npm vnu-jar) runs on Java
if [ ${#pkgs[@]} -gt 0 ]; then
  say "installing Debian packages: ${pkgs[*]} (not binaryen: Debian's wasm-opt breaks the build)"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  # Keep the packages' own services from starting (nginx would take port 80).
  policy=""
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    policy=/usr/sbin/policy-rc.d
    printf '#!/bin/sh\nexit 101\n' | $SUDO tee "$policy" >/dev/null && $SUDO chmod +x "$policy"
  fi
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${pkgs[@]}" >/dev/null
  if [ -n "$policy" ]; then $SUDO rm -f "$policy"; fi
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

# npm_ci DIR WHAT: `npm ci` in DIR from its package-lock.json (pinned versions), skipped when
# DIR/node_modules already holds that lock (a stamp of package.json + package-lock.json). A
# node_modules that is a symbolic link (a worktree sharing another checkout's packages) is left
# alone: npm ci would empty the directory it points to.
npm_ci() {
  local dir=$1 what=$2 want
  want=$(cat "$dir/package.json" "$dir/package-lock.json" | sha256sum | cut -d' ' -f1)
  [ "$(cat "$dir/node_modules/.signaal-lock" 2>/dev/null)" = "$want" ] && return 0
  if [ -L "$dir/node_modules" ]; then
    say "$dir/node_modules is a link to $(readlink "$dir/node_modules"): not reinstalling there"
    return 0
  fi
  say "installing npm packages from $dir/package-lock.json ($what)"
  (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
  echo "$want" > "$dir/node_modules/.signaal-lock"
}
# The tests' packages (never used by the release build).
npm_ci e2e "playwright-core, axe, vnu-jar, wabt, acorn"
# The release build's own tools: tools/, not borrowed from e2e/ or bench/.
npm_ci tools "binaryen's wasm-opt, terser"
say "toolchain ready"
