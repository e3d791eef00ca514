//! Tool versions, pinned in one place.
//!
//! Some tools insist on their own copy of a pin: Cargo.toml (the wasm-bindgen crate),
//! Trunk.toml (`[tools]`) and tests/package.json (npm packages). The tests below fail
//! when any of those copies drifts from the pins here.

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

/// cargo-mutants, for `cargo xtask mutants` only (installed by that command alone).
pub const CARGO_MUTANTS: &str = "27.1.0";

/// Material for MkDocs and the MkDocs it runs on, for the docs-site test (PyPI).
pub const MKDOCS_MATERIAL: &str = "9.8.1";
pub const MKDOCS: &str = "1.6.1";

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
    use crate::paths::root;

    fn read(file: &str) -> String {
        std::fs::read_to_string(root().join(file)).unwrap_or_else(|e| panic!("{file}: {e}"))
    }

    #[test]
    fn cargo_toml_pins_the_same_wasm_bindgen() {
        let expected = format!("wasm-bindgen = \"={WASM_BINDGEN}\"");
        assert!(
            read("Cargo.toml").contains(&expected),
            "Cargo.toml lacks {expected}"
        );
    }

    #[test]
    fn trunk_toml_pins_the_same_tools() {
        let trunk = read("Trunk.toml");
        for line in [
            format!("trunk-version = \"={TRUNK}\""),
            format!("wasm_bindgen = \"{WASM_BINDGEN}\""),
            format!("wasm_opt = \"{WASM_OPT}\""),
        ] {
            assert!(trunk.contains(&line), "Trunk.toml lacks {line}");
        }
    }

    #[test]
    fn package_json_pins_the_same_binaryen() {
        let expected = format!("\"binaryen\": \"{BINARYEN}\"");
        assert!(
            read("tests/package.json").contains(&expected),
            "package.json lacks {expected}"
        );
    }
}
