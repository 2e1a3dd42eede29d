#!/usr/bin/env bash
# Builds the npm package into pkg/: cargo (wasm32) -> wasm-bindgen (--target web)
# -> wasm-opt -Oz (npm binaryen) -> the hand-written wrapper, types and package.json.
# Expects the tools that scripts/setup.sh installs.
set -euo pipefail
cd "$(dirname "$0")/.."

cargo build --release --target wasm32-unknown-unknown --lib --quiet
rm -rf pkg
mkdir -p pkg/wasm
wasm-bindgen target/wasm32-unknown-unknown/release/blindfold.wasm \
  --target web --no-typescript --out-dir pkg/wasm --out-name blindfold_core
node_modules/.bin/wasm-opt -Oz pkg/wasm/blindfold_core_bg.wasm -o pkg/wasm/blindfold_core_bg.wasm

cp npm/index.js npm/node.js npm/index.d.ts pkg/
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
