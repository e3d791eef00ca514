//! Moves Trunk's inline start-up script into a file of its own.
//!
//! With no inline script left, the app runs under the strict policy in [`crate::csp`]
//! with nothing to hash, and the policy cannot go stale when the script changes.

use std::fs;
use std::path::Path;

use lol_html::element;
use lol_html::html_content::ContentType;
use sha2::{Digest, Sha384};

use crate::cmd::Result;
use crate::html;

/// A `<script>` with its code inside the page.
pub const INLINE_SCRIPT: &str = "script:not([src])";

/// Rewrites `dir`/index.html to load `boot-<hash>.js` instead of the inline script.
pub fn externalize(dir: &Path) -> Result {
    let index = dir.join("index.html");
    let page = fs::read_to_string(&index).map_err(|e| format!("{}: {e}", index.display()))?;
    let body = format!("{}\n", html::one_text(&page, INLINE_SCRIPT)?.trim());
    let name = file_name(&body);
    fs::write(dir.join(&name), &body).map_err(|e| format!("{name}: {e}"))?;
    let tag = format!("<script type=\"module\" src=\"./{name}\"></script>");
    let page = html::rewrite(
        &page,
        vec![element!(INLINE_SCRIPT, |el| {
            el.replace(&tag, ContentType::Html);
            Ok(())
        })],
    )?;
    fs::write(&index, page).map_err(|e| format!("{}: {e}", index.display()))
}

/// `boot-<16 hex digits of its SHA-384>.js`: a new name whenever the script changes, so
/// caches never serve a stale one.
fn file_name(body: &str) -> String {
    let digest = Sha384::digest(body.as_bytes());
    let hex: String = digest[..8].iter().map(|b| format!("{b:02x}")).collect();
    format!("boot-{hex}.js")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn moves_the_inline_script_to_a_file_named_by_its_content() {
        let dir = std::env::temp_dir().join(format!("certplan-boot-{}", std::process::id()));
        fs::create_dir_all(&dir).unwrap();
        let page = "<head><link rel=modulepreload href=./a.js><script type=module>import init from './a.js';init()</script></head>";
        fs::write(dir.join("index.html"), page).unwrap();
        externalize(&dir).unwrap();
        let out = fs::read_to_string(dir.join("index.html")).unwrap();
        let name = file_name("import init from './a.js';init()\n");
        let script = fs::read_to_string(dir.join(&name)).unwrap();
        fs::remove_dir_all(&dir).unwrap();
        assert_eq!(script, "import init from './a.js';init()\n");
        assert_eq!(
            out,
            format!(
                "<head><link rel=modulepreload href=./a.js><script type=\"module\" src=\"./{name}\"></script></head>"
            )
        );
        assert_ne!(file_name("a"), file_name("b"));
    }
}
