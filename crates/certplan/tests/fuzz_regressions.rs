//! Replays the fuzz inputs on every `cargo test`, with the checks of the fuzz targets
//! (fuzz/fuzz_targets/), so a crash the fuzzer once found stays fixed without anyone
//! running the fuzzer.
//!
//! Inputs are files: the hand-made seeds in `fuzz/seeds/<target>/`, and the crashes
//! libFuzzer found in `fuzz/regressions/<target>/` (copy `fuzz/artifacts/<target>/crash-*`
//! there once it is fixed). `cargo xtask fuzz` runs the fuzzer itself; see fuzz/README.md.

use std::fs;
use std::path::{Path, PathBuf};

/// The fuzz/ folder of the repository.
fn fuzz_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz")
}

/// Runs `check` on every input file of `target`, seeds and regressions (a missing
/// folder has none), naming each first so that a failure says which.
fn replay(target: &str, check: impl Fn(&[u8])) {
    let mut inputs = Vec::new();
    for kind in ["seeds", "regressions"] {
        let Ok(entries) = fs::read_dir(fuzz_dir().join(kind).join(target)) else {
            continue;
        };
        inputs.extend(entries.filter_map(|e| e.ok().map(|e| e.path())));
    }
    inputs.sort();
    assert!(!inputs.is_empty(), "no inputs under fuzz/seeds/{target}");
    for path in inputs {
        let bytes = fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        eprintln!("{target}: {}", path.display());
        check(&bytes);
    }
}

// check_query and check_plan_json: the very checks the fuzz targets run.
include!("../../../fuzz/checks.rs");

#[test]
fn query_inputs_keep_the_parsers_promises() {
    replay("query", |bytes| {
        // The target skips non-UTF-8 bytes the same way: a page's query is a string.
        if let Ok(text) = std::str::from_utf8(bytes) {
            check_query(text);
        }
    });
}

#[test]
fn plan_json_inputs_keep_the_output_contract() {
    replay("plan_json", check_plan_json);
}

#[test]
fn lookup_inputs_keep_the_lookups_promises() {
    replay("lookup", check_lookup);
}

/// Edge values the dictionaries point the fuzzer at, pinned here too.
#[test]
fn extreme_dates_plan_without_panicking() {
    check_plan_json(
        br#"{"shutdown":"0001-01-01","restart":"9999-12-31","lastUpdate":"0001-01-01","today":"9999-12-31","clusters":[{"name":"a","loadBalancer":true}]}"#,
    );
    check_plan_json(br#"{"shutdown":"9999-12-31","today":"0001-01-01"}"#);
    check_query("?shutdown=0000-01-01&restart=9999-12-31&lastUpdate=2024-02-29&cluster=a:lb");
    check_query("?%ff=%C3%28&cluster=%00&shutdown=%&embed");
    check_lookup(b"\xff\xfe[\0Error: Certificate has\r\n expired: Expired]\xc3");
    check_lookup("A workload cluster with the name '\u{2026}' was not found.".as_bytes());
    check_lookup(b" -name ' --clustername= AksHci -Name x\n\x1b[");
}
