//! Moves Trunk's inline start-up script into a file of its own, so the app runs under
//! the strict CSP (README) with no inline script to hash, and no hash to go stale when
//! the script changes: trunk-rs/trunk#288 asks Trunk for this; open since 2021.

use std::path::Path;

use lol_html::element;
use lol_html::html_content::ContentType;
use sha2::{Digest, Sha384};

use crate::cmd::{self, Result};
use crate::html;

const INLINE_SCRIPT: &str = "script:not([src])";

/// Rewrites `dir`/index.html to load `boot-<hash>.js` instead of the inline script.
pub fn externalize(dir: &Path) -> Result {
    let index = dir.join("index.html");
    let page = cmd::read(&index)?;
    let (page, name, script) = split(&page)?;
    cmd::write(&dir.join(&name), script)?;
    cmd::write(&index, page)
}

/// The page loading the script from a file, the file's name and its text. The name is
/// `boot-<16 hex digits of its SHA-384>.js`, new whenever the script changes, so caches
/// never serve a stale one.
fn split(page: &str) -> Result<(String, String, String)> {
    let script = format!("{}\n", html::one_text(page, INLINE_SCRIPT)?.trim());
    let digest = Sha384::digest(script.as_bytes());
    let hex: String = digest[..8].iter().map(|b| format!("{b:02x}")).collect();
    let name = format!("boot-{hex}.js");
    let tag = format!("<script type=\"module\" src=\"./{name}\"></script>");
    let page = html::rewrite(
        page,
        vec![element!(INLINE_SCRIPT, |el| {
            el.replace(&tag, ContentType::Html);
            Ok(())
        })],
    )?;
    Ok((page, name, script))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn moves_the_inline_script_to_a_file_named_by_its_content() {
        let page = |script: &str| {
            format!("<link rel=modulepreload href=./a.js><script type=module>{script}</script>")
        };
        let (out, name, script) = split(&page("import init from './a.js';init()")).unwrap();
        assert_eq!(script, "import init from './a.js';init()\n");
        assert!(name.starts_with("boot-") && name.len() == "boot-.js".len() + 16);
        let tag = format!("<script type=\"module\" src=\"./{name}\"></script>");
        assert_eq!(out, format!("<link rel=modulepreload href=./a.js>{tag}"));
        assert_ne!(split(&page("b()")).unwrap().1, name);
    }
}
