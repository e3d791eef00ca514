//! Shrinks the app's wasm-bindgen output after Trunk: short import names, minified glue.
//!
//! Trunk's own minifier cannot parse the glue's `export { ... as default }` and silently
//! gives up ("Failed to minify JS"); terser (npm, pinned in tests/package.json) can:
//! measured here, 5.7 KB -> 4.5 KB brotli. [`short_imports`] renames the imports in the
//! wasm and the glue together. The page loads both files with subresource-integrity
//! hashes, so those are recomputed to match.

use std::fs;
use std::path::Path;

use sha2::{Digest, Sha384};

use crate::cmd::{self, Result};
use crate::encode::base64;
use crate::{html, paths, short_imports};

/// Shrinks the glue and wasm that dist/index.html preloads, in place.
pub fn app(dist: &Path) -> Result {
    let index = dist.join("index.html");
    let page = fs::read_to_string(&index).map_err(|e| format!("{}: {e}", index.display()))?;
    let link = |rel: &str| {
        html::one(
            html::tags(&page, "link"),
            &format!("<link rel={rel}>"),
            |t| t.attribute("rel") == Some(rel),
        )
    };
    let (glue_link, wasm_link) = (link("modulepreload")?, link("preload")?);
    let file = |tag: &html::Tag<'_>| {
        tag.attribute("href")
            .map(|href| dist.join(href.trim_start_matches("./")))
            .ok_or_else(|| "dist/index.html: a preload link without href".to_string())
    };
    let (glue_file, wasm_file) = (file(&glue_link)?, file(&wasm_link)?);
    let read = |path: &Path| fs::read(path).map_err(|e| format!("{}: {e}", path.display()));
    let write = |path: &Path, bytes: &[u8]| {
        fs::write(path, bytes).map_err(|e| format!("{}: {e}", path.display()))
    };

    let glue = String::from_utf8(read(&glue_file)?).map_err(|e| e.to_string())?;
    let (wasm, glue) = short_imports::rename(&read(&wasm_file)?, &glue)?;
    write(&wasm_file, &wasm)?;
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

    let mut updated = page.clone();
    for (tag, path) in [(&glue_link, &glue_file), (&wasm_link, &wasm_file)] {
        if let Some(old) = tag.attribute("integrity") {
            updated = updated.replacen(old, &integrity(&read(path)?), 1);
        }
    }
    write(&index, updated.as_bytes())
}

/// A subresource-integrity value: `sha384-` and the base64 digest.
fn integrity(bytes: &[u8]) -> String {
    format!("sha384-{}", base64(&Sha384::digest(bytes)))
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
