#!/usr/bin/env bash
# Installs what Blindfold's build (and, with --test, its tests) needs, pinned,
# and only what is missing; safe to run again. Used by demo.sh and test.sh.
#   - Rust toolchain, rustfmt, clippy and the wasm32 target (rust-toolchain.toml)
#   - wasm-bindgen CLI at exactly the version in Cargo.lock
#   - npm devDependencies from package-lock.json (binaryen's wasm-opt, ...)
#   - with --test: Debian's chromium and chromium-driver
set -euo pipefail
cd "$(dirname "$0")/.."

want_test_tools=false
[ "${1:-}" = "--test" ] && want_test_tools=true

say() { echo "setup: $*"; }

# Rust: rustup reads the channel from rust-toolchain.toml.
toolchain=$(sed -n 's/^channel = "\(.*\)"$/\1/p' rust-toolchain.toml)
if ! rustup run "$toolchain" rustc --version >/dev/null 2>&1; then
  say "installing Rust $toolchain"
  rustup toolchain install "$toolchain" --profile minimal
fi
installed_components=$(rustup component list --toolchain "$toolchain" --installed)
for component in rustfmt clippy; do
  grep -q "^$component" <<<"$installed_components" || rustup component add --toolchain "$toolchain" "$component"
done
rustup target list --toolchain "$toolchain" --installed | grep -qx wasm32-unknown-unknown ||
  rustup target add --toolchain "$toolchain" wasm32-unknown-unknown

# wasm-bindgen CLI: must equal the crate's version, or the schema check fails.
bindgen_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if [ -z "$bindgen_version" ]; then
  echo "setup: cannot find wasm-bindgen in Cargo.lock" >&2
  exit 1
fi
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$bindgen_version" ]; then
  say "installing wasm-bindgen-cli $bindgen_version (about 2 minutes)"
  # Not --locked: one of its locked dependency versions is missing from the registry.
  cargo install wasm-bindgen-cli --version "$bindgen_version" --force
fi

# npm devDependencies, reinstalled when package-lock.json changes.
lock_hash=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ "$(cat node_modules/.blindfold-lock-hash 2>/dev/null)" != "$lock_hash" ]; then
  say "npm ci"
  npm ci --no-audit --no-fund --loglevel=error
  echo "$lock_hash" > node_modules/.blindfold-lock-hash
fi

if $want_test_tools; then
  if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
    say "installing Debian's chromium and chromium-driver"
    sudo_cmd=""
    [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
    $sudo_cmd apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium chromium-driver >/dev/null
  fi
fi
say "ready"
