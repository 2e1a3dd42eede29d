#!/usr/bin/env bash
# Runs the fuzz targets (fuzz/fuzz_targets/) with cargo-fuzz on a pinned
# nightly toolchain, each for SECONDS (default 600), two at a time, starting
# from fuzz/seeds/, then minimizes each corpus into fuzz/corpus/ (kept in git
# and, with the seeds, replayed by tests/fuzz_replay.rs). A crash leaves its reproducer in
# fuzz/artifacts/TARGET/; copy it to fuzz/regressions/TARGET/ once fixed.
#   bash scripts/fuzz.sh [SECONDS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/.."

NIGHTLY=nightly-2026-05-19
CARGO_FUZZ_VERSION=0.13.1
seconds=${1:-600}
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(scan redact_text redact_record restore restore_stream vault_import options)
fi

rustup toolchain list | grep -q "^$NIGHTLY" || rustup toolchain install "$NIGHTLY" --profile minimal
if ! cargo-fuzz --version 2>/dev/null | grep -q "$CARGO_FUZZ_VERSION"; then
  cargo install cargo-fuzz --version "$CARGO_FUZZ_VERSION"
fi

cd fuzz
cargo "+$NIGHTLY" fuzz build
run() {
  local target=$1
  mkdir -p "corpus/$target"
  cargo "+$NIGHTLY" fuzz run "$target" "corpus/$target" "seeds/$target" -- \
    -max_total_time="$seconds" -max_len=4096 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    > "target/fuzz-$target.log" 2>&1 || { echo "$target: FAILED (see fuzz/target/fuzz-$target.log)"; return 1; }
  echo "$target: $(grep -E '^stat::number_of_executed_units' "target/fuzz-$target.log" | awk '{print $2}') runs in ${seconds}s, no failure"
}
mkdir -p target
status=0
for ((i = 0; i < ${#targets[@]}; i += 2)); do
  run "${targets[i]}" & first=$!
  if [ $((i + 1)) -lt ${#targets[@]} ]; then run "${targets[i + 1]}" & second=$!; else second=; fi
  wait "$first" || status=1
  if [ -n "$second" ]; then wait "$second" || status=1; fi
done
for target in "${targets[@]}"; do
  cargo "+$NIGHTLY" fuzz cmin "$target" "corpus/$target" > "target/cmin-$target.log" 2>&1 || status=1
  echo "$target: corpus kept: $(ls "corpus/$target" | wc -l) inputs"
done
exit $status
