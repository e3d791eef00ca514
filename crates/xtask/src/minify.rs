//! Minifies the app's wasm-bindgen glue, which Trunk leaves as it is.
//!
//! Trunk's own minifier cannot parse the glue's `export { ... as default }` and silently
//! gives up ("Failed to minify JS"). terser (npm, pinned in tests/package.json) can:
//! measured here, 5.7 KB -> 4.5 KB brotli on the first visit. The page loads the glue
//! with a subresource-integrity hash, so the hash is recomputed to match.

use std::fs;
use std::path::Path;

use sha2::{Digest, Sha384};

use crate::cmd::{self, Result};
use crate::encode::base64;
use crate::{html, paths};

/// Minifies the glue named by dist/index.html's modulepreload link, in place.
pub fn glue(dist: &Path) -> Result {
    let index = dist.join("index.html");
    let page = fs::read_to_string(&index).map_err(|e| format!("{}: {e}", index.display()))?;
    let link = html::one(html::tags(&page, "link"), "<link rel=modulepreload>", |t| {
        t.attribute("rel") == Some("modulepreload")
    })?;
    let href = link
        .attribute("href")
        .ok_or("dist/index.html: modulepreload link without href")?;
    let file = dist.join(href.trim_start_matches("./"));
    let terser = paths::tests().join("node_modules/terser/bin/terser");
    cmd::run(
        cmd::new("node")
            .arg(&terser)
            .args(["--module", "--compress", "--mangle", "--output"])
            .arg(&file)
            .arg(&file),
        &paths::root(),
    )?;
    let minified = fs::read(&file).map_err(|e| format!("{}: {e}", file.display()))?;
    let integrity = format!("sha384-{}", base64(&Sha384::digest(&minified)));
    let updated = match link.attribute("integrity") {
        Some(old) => page.replacen(old, &integrity, 1),
        None => page.clone(),
    };
    fs::write(&index, updated).map_err(|e| format!("{}: {e}", index.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integrity_is_base64_sha384() {
        // FIPS 180-2 test vector for "abc", as base64.
        let digest = Sha384::digest(b"abc");
        assert_eq!(
            base64(&digest),
            "ywB1P0WjXou1oD1pmsZQBycsMqsO3tFjGotgWkP/W+2AhgcroefMI1i67KE0yCWn"
        );
    }
}
