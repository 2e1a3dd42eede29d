#!/usr/bin/env bash
# The test command: installs what the tests need, then runs every check and
# every test layer. Each layer must report a non-zero count of passed tests,
# so a layer that silently ran nothing fails the run.
set -euo pipefail
cd "$(dirname "$0")/.."

started=$(date +%s)
bash scripts/setup.sh --test

logs=target/test-logs
mkdir -p "$logs"
summary=()
total_passed=0
total_failed=0

# run_layer NAME KIND CMD...: runs CMD, tees its output, and counts its tests.
# KIND is "cargo" (sums "test result:" lines) or "node" (node --test spec output).
run_layer() {
  local name=$1 kind=$2
  shift 2
  local log="$logs/${name//[^a-z0-9]/_}.log"
  echo
  echo "== $name: $*"
  local status=0
  "$@" 2>&1 | tee "$log" || status=$?
  local passed failed
  if [ "$kind" = cargo ]; then
    passed=$(grep -oE 'test result: [a-zA-Z]+\. [0-9]+ passed' "$log" | awk '{s += $4} END {print s + 0}')
    failed=$(grep -oE '[0-9]+ failed' "$log" | awk '{s += $1} END {print s + 0}')
  else
    passed=$(grep -oE '^ℹ pass [0-9]+' "$log" | awk '{s += $3} END {print s + 0}')
    failed=$(grep -oE '^ℹ fail [0-9]+' "$log" | awk '{s += $3} END {print s + 0}')
  fi
  summary+=("$(printf '%-28s %5d passed, %d failed' "$name" "$passed" "$failed")")
  total_passed=$((total_passed + passed))
  total_failed=$((total_failed + failed))
  if [ "$status" -ne 0 ] || [ "$failed" -ne 0 ]; then
    echo "FAILED: $name (exit $status, $failed failed)"
    print_summary
    exit 1
  fi
  if [ "$passed" -eq 0 ]; then
    echo "FAILED: $name ran no tests"
    print_summary
    exit 1
  fi
}

print_summary() {
  echo
  echo "== summary ($(($(date +%s) - started)) s)"
  printf '%s\n' "${summary[@]}"
  echo "total: $total_passed passed, $total_failed failed"
}

echo "== lints"
cargo fmt --check
cargo clippy --quiet --all-targets -- -D warnings
cargo clippy --quiet --all-targets --target wasm32-unknown-unknown -- -D warnings
# The crate's docs build without broken or private links.
RUSTDOCFLAGS="-D warnings" cargo doc --quiet --no-deps

run_layer "rust native" cargo cargo test
run_layer "rust wasm32 in node" cargo cargo test --target wasm32-unknown-unknown --test wasm
run_layer "rust wasm32 in chromium" cargo env WASM_BINDGEN_USE_BROWSER=1 CHROMEDRIVER=/usr/bin/chromedriver \
  cargo test --target wasm32-unknown-unknown --test wasm
if ! grep -q "Running headless tests in Chrome" "$logs/rust_wasm32_in_chromium.log"; then
  echo "FAILED: the wasm browser tests did not run in Chromium"
  exit 1
fi

echo
echo "== build the npm package"
bash scripts/build.sh

run_layer "node (built package)" node node --test --test-reporter=spec tests/node/
run_layer "chromium (playwright)" node node --test --test-reporter=spec tests/browser/

print_summary
