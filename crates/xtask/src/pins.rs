//! Tool versions, pinned in one place.
//!
//! Some tools insist on their own copy of a pin: Cargo.toml (the wasm-bindgen crate),
//! Trunk.toml (`[tools]`), tests/package.json (npm packages), rust-toolchain.toml and
//! .cargo/config.toml (the target). The test below fails when any of those copies drifts from the pins
//! here. MkDocs is pinned in tests/docs-site/requirements.txt alone.

/// Trunk: 0.22 needs rustc 1.96.1, newer than this machine's 1.95.
pub const TRUNK: &str = "0.21.14";

/// wasm-bindgen crate and CLI must be the same version, byte for byte.
pub const WASM_BINDGEN: &str = "0.2.130";

/// npm binaryen, for wasm-opt: Debian's (108) cannot parse current rustc output.
pub const BINARYEN: &str = "132.0.0";

/// The wasm-opt version string Trunk checks (`[tools] wasm_opt` in Trunk.toml).
pub const WASM_OPT: &str = "version_132";

/// twiggy, which names what takes the room in a wasm file (size reports).
pub const TWIGGY: &str = "0.8.0";

/// cargo-mutants and cargo-fuzz, installed by `cargo xtask mutants` and `fuzz` alone.
pub const CARGO_MUTANTS: &str = "27.1.0";
pub const CARGO_FUZZ: &str = "0.13.2";

/// Debian packages the tests need, each with the file that shows it is installed:
/// browsers and driver, the static server of the hosting test, brotli for byte budgets,
/// python3's venv module for the docs site's MkDocs.
pub const APT_PACKAGES: [(&str, &str); 6] = [
    ("chromium", "/usr/bin/chromium"),
    ("chromium-driver", "/usr/bin/chromedriver"),
    ("firefox-esr", "/usr/bin/firefox-esr"),
    ("nginx", "/usr/sbin/nginx"),
    ("brotli", "/usr/bin/brotli"),
    ("python3-venv", "/usr/share/doc/python3-venv"),
];

/// The Rust target the app and the JS API compile to.
pub const WASM_TARGET: &str = "wasm32-unknown-unknown";

#[cfg(test)]
mod tests {
    use super::*;
    use crate::build::SMALL_WASM;
    use crate::embed::WASM_FEATURES;

    /// Each file another tool reads holds its copy of what xtask relies on.
    #[test]
    fn the_other_tools_files_agree_with_xtask() {
        let mut expected = vec![
            ("Cargo.toml", format!("wasm-bindgen = \"={WASM_BINDGEN}\"")),
            ("Trunk.toml", format!("trunk-version = \"={TRUNK}\"")),
            ("Trunk.toml", format!("wasm_bindgen = \"{WASM_BINDGEN}\"")),
            ("Trunk.toml", format!("wasm_opt = \"{WASM_OPT}\"")),
            // Trunk runs the build's last steps (build::post_build).
            ("Trunk.toml", "\"cargo\", \"xtask\", \"post-build\"]".into()),
            (
                "tests/package.json",
                format!("\"binaryen\": \"{BINARYEN}\""),
            ),
            (
                "rust-toolchain.toml",
                format!("targets = [\"{WASM_TARGET}\"]"),
            ),
            // build-std compiles std from its source (build::SMALL_WASM).
            ("rust-toolchain.toml", "\"rust-src\"".into()),
            // The wasm32 checks' aliases and their test runner.
            (".cargo/config.toml", format!("[target.{WASM_TARGET}]")),
            (".cargo/config.toml", format!("--target {WASM_TARGET} -p")),
        ];
        expected.extend(WASM_FEATURES.map(|feature| ("index.html", feature.to_owned())));
        // Trunk's hook runs without them (Trunk.toml says why).
        expected.extend(SMALL_WASM.map(|(name, _)| ("Trunk.toml", format!("\"-u\", \"{name}\""))));
        for (file, line) in expected {
            let text = std::fs::read_to_string(crate::paths::root().join(file)).unwrap();
            assert!(text.contains(&line), "{file} lacks {line}");
        }
    }
}
