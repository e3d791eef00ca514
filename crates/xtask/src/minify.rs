//! Shrinks the app's wasm-bindgen output after Trunk: short wasm names, minified glue.
//!
//! Trunk's own minifier cannot parse the glue's `export { ... as default }` and silently
//! gives up ("Failed to minify JS"); terser (npm, pinned in tests/package.json) can:
//! measured here, 5.7 KB -> 4.5 KB brotli. [`short_names`] renames the wasm's imports
//! and exports in the wasm and the glue together. The page loads both files with
//! subresource-integrity hashes, so those are recomputed to match.

use std::fs;
use std::path::{Path, PathBuf};

use lol_html::element;

use sha2::{Digest, Sha384};

use crate::cmd::{self, Result};
use crate::{html, paths, short_names};
use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine as _;

/// Shrinks the glue and wasm that dist/index.html preloads, in place.
pub fn app(dist: &Path) -> Result {
    let index = dist.join("index.html");
    let page = fs::read_to_string(&index).map_err(|e| format!("{}: {e}", index.display()))?;
    let file = |rel: &str| -> Result<PathBuf> {
        let href = html::one_attribute(&page, &format!("link[rel={rel}]"), "href")?;
        Ok(dist.join(href.trim_start_matches("./")))
    };
    let (glue_file, wasm_file) = (file("modulepreload")?, file("preload")?);
    let read = |path: &Path| fs::read(path).map_err(|e| format!("{}: {e}", path.display()));
    let write = |path: &Path, bytes: &[u8]| {
        fs::write(path, bytes).map_err(|e| format!("{}: {e}", path.display()))
    };

    let glue = String::from_utf8(read(&glue_file)?).map_err(|e| e.to_string())?;
    let glue = short_names::apply(&wasm_file, &glue)?;
    write(&glue_file, glue.as_bytes())?;
    let terser = paths::tests().join("node_modules/terser/bin/terser");
    cmd::run(
        cmd::new("node")
            .arg(&terser)
            .args(["--module", "--compress", "--mangle", "--output"])
            .arg(&glue_file)
            .arg(&glue_file),
        &paths::root(),
    )?;

    let (glue_sri, wasm_sri) = (integrity(&read(&glue_file)?), integrity(&read(&wasm_file)?));
    let updated = html::rewrite(
        &page,
        vec![
            element!("link[rel=modulepreload][integrity]", |el| {
                el.set_attribute("integrity", &glue_sri)?;
                Ok(())
            }),
            element!("link[rel=preload][integrity]", |el| {
                el.set_attribute("integrity", &wasm_sri)?;
                Ok(())
            }),
        ],
    )?;
    write(&index, updated.as_bytes())
}

/// A subresource-integrity value: `sha384-` and the base64 digest.
fn integrity(bytes: &[u8]) -> String {
    format!("sha384-{}", BASE64.encode(Sha384::digest(bytes)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integrity_is_base64_sha384() {
        // FIPS 180-2 test vector for "abc".
        assert_eq!(
            integrity(b"abc"),
            "sha384-ywB1P0WjXou1oD1pmsZQBycsMqsO3tFjGotgWkP/W+2AhgcroefMI1i67KE0yCWn"
        );
    }
}
