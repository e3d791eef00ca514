//! `cargo xtask fuzz [SECONDS]`: the cargo-fuzz targets of fuzz/, a fixed time each.
//!
//! cargo-fuzz needs nightly-only compiler flags (sanitizer coverage). No nightly can be
//! installed here, so the stable toolchain is told to accept them with
//! `RUSTC_BOOTSTRAP=1`, for this build only (the fuzz crate is outside the workspace).
//! Not part of `cargo xtask test` or CI: a run takes minutes and finds new inputs each
//! time. fuzz/README.md says what each target checks and what to do with a crash.

use crate::cmd::{self, Result};
use crate::pins::CARGO_FUZZ;
use crate::{paths, setup};

/// The targets of fuzz/Cargo.toml.
const TARGETS: [&str; 3] = ["query", "plan_json", "lookup"];

/// `cargo xtask fuzz [SECONDS]`: each target for SECONDS (default 60); stops at the
/// first crash, which libFuzzer saves under fuzz/artifacts/<target>/.
pub fn run(args: &[String]) -> Result {
    let seconds: u64 = match args {
        [] => 60,
        [n] => n
            .parse()
            .ok()
            .filter(|&n| n > 0)
            .ok_or_else(|| format!("fuzz: SECONDS must be a positive number, not {n:?}"))?,
        _ => return Err("usage: cargo xtask fuzz [SECONDS]".into()),
    };
    setup::cargo_tool("cargo-fuzz", CARGO_FUZZ)?;
    let fuzz = paths::root().join("fuzz");
    for target in TARGETS {
        let corpus = fuzz.join("corpus").join(target);
        // libFuzzer refuses a corpus folder that does not exist.
        std::fs::create_dir_all(&corpus).map_err(|e| format!("{}: {e}", corpus.display()))?;
        // -s none: the core forbids unsafe code, so AddressSanitizer would find nothing
        // and cost most of the speed; --debug-assertions turns integer overflow (date
        // arithmetic) into a crash instead of a wrong answer.
        cmd::run(
            cmd::new("cargo")
                .env("RUSTC_BOOTSTRAP", "1")
                .args(["fuzz", "run", "-s", "none", "--debug-assertions", target])
                .arg(&corpus)
                .arg(fuzz.join("seeds").join(target))
                .arg("--")
                .arg(format!("-max_total_time={seconds}"))
                .arg(format!("-dict={}", fuzz.join(format!("dicts/{target}.dict")).display()))
                .args(["-timeout=10", "-print_final_stats=1"]),
            &paths::root(),
        )
        .map_err(|e| {
            format!("fuzz: {target} failed ({e}); a crash leaves its input in fuzz/artifacts/{target}/: fix the cause, then copy it into fuzz/regressions/{target}/, where cargo test replays it (fuzz/README.md)")
        })?;
    }
    println!("fuzz: no crash in {seconds} s per target");
    Ok(())
}
