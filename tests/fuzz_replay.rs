//! Replays the fuzz seeds, the kept corpus and every crash reproducer through the fuzz
//! targets' own checks (`fuzz/fuzz_targets/checks.rs`), so what fuzzing
//! found stays fixed under plain `cargo test`. `bash scripts/fuzz.sh` runs
//! the fuzzers themselves.

#![cfg(not(target_arch = "wasm32"))]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

#[path = "../fuzz/fuzz_targets/checks.rs"]
mod checks;

use std::path::Path;

/// A fuzz target's check.
type Check = fn(&[u8]);

const TARGETS: [(&str, Check); 7] = [
    ("scan", checks::scan),
    ("redact_text", checks::redact_text),
    ("redact_record", checks::redact_record),
    ("restore", checks::restore),
    ("restore_stream", checks::restore_stream),
    ("vault_import", checks::vault_import),
    ("options", checks::options),
];

/// A kept input: its file name and bytes.
type Input = (String, Vec<u8>);

/// The inputs kept for `target`: its seeds, its minimized corpus and its
/// crash reproducers.
fn inputs(target: &str) -> Vec<Input> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz");
    let mut found = Vec::new();
    for folder in ["seeds", "corpus", "regressions"] {
        let Ok(entries) = std::fs::read_dir(root.join(folder).join(target)) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            // A running fuzzer replaces corpus files as it goes: one gone
            // between listing and reading is skipped.
            if let Ok(bytes) = std::fs::read(&path) {
                found.push((path.display().to_string(), bytes));
            }
        }
    }
    found.sort();
    found
}

#[test]
fn every_kept_fuzz_input_still_passes_its_checks() {
    let mut replayed = 0;
    let mut failing = Vec::new();
    for (target, check) in TARGETS {
        let inputs = inputs(target);
        assert!(
            !inputs.is_empty(),
            "no kept inputs for fuzz target {target}"
        );
        for (name, data) in inputs {
            if std::panic::catch_unwind(|| check(&data)).is_err() {
                failing.push(name);
            }
            replayed += 1;
        }
    }
    eprintln!("replayed {replayed} fuzz inputs");
    assert!(
        failing.is_empty(),
        "fuzz inputs that fail their check again:\n{}",
        failing.join("\n")
    );
}
