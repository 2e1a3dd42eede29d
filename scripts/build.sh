#!/usr/bin/env bash
# Builds the npm package into pkg/: cargo (wasm32) -> wasm-bindgen (--target web)
# -> wasm-opt -O3 without one-caller inlining (npm binaryen) -> the hand-written
# wrapper, types and package.json.
# Expects the tools that scripts/setup.sh installs.
set -euo pipefail
cd "$(dirname "$0")/.."

# BLINDFOLD_FEATURES and BLINDFOLD_OUT are for benchmark builds only
# (benches/records.mjs builds the boundary-bench variant into target/).
features=${BLINDFOLD_FEATURES:-}
out=${BLINDFOLD_OUT:-pkg}
target_dir=target
if [ -n "$features" ]; then target_dir=target/features-$features; fi
CARGO_TARGET_DIR=$target_dir cargo build --release --target wasm32-unknown-unknown --lib --quiet ${features:+--features "$features"}
rm -rf "$out"
mkdir -p "$out/wasm"
wasm-bindgen "$target_dir/wasm32-unknown-unknown/release/blindfold.wasm" \
  --target web --no-typescript --out-dir "$out/wasm" --out-name blindfold_core
# `-ocimfs 0`: -O3 otherwise inlines every function that has one caller,
# whatever its size, doubling the scanner's main function (30 -> 61 KB) and
# undoing the #[inline(never)] splits in src/detect; Node 20's V8 ran that
# build's scans at 0.75-0.88x the speed (Chromium 156 at the same speed).
node_modules/.bin/wasm-opt -O3 --one-caller-inline-max-function-size 0 \
  "$out/wasm/blindfold_core_bg.wasm" -o "$out/wasm/blindfold_core_bg.wasm"
if [ "$out" != pkg ]; then
  cp npm/index.js npm/node.js "$out/"
  echo "built $out/ (features: ${features:-none})"
  exit 0
fi

cp npm/index.js npm/node.js npm/index.d.ts npm/report.schema.json pkg/
cp README.md CHANGELOG.md pkg/
version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)
node -e '
  const fs = require("node:fs");
  const manifest = JSON.parse(fs.readFileSync("npm/package.json", "utf8"));
  manifest.version = process.argv[1];
  fs.writeFileSync("pkg/package.json", JSON.stringify(manifest, null, 2) + "\n");
' "$version"

raw=$(stat -c %s pkg/wasm/blindfold_core_bg.wasm)
gz=$(gzip -9 -c pkg/wasm/blindfold_core_bg.wasm | wc -c)
echo "built pkg/ (blindfold $version): wasm $raw bytes, $gz bytes gzip -9"
