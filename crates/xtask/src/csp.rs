//! The Content-Security-Policy the app runs under, and a check that the build keeps to it.

use std::fs;
use std::path::Path;

use crate::boot;
use crate::cmd::Result;
use crate::html;

/// Strict policy: only same-origin scripts and styles, wasm compilation allowed, no
/// inline script at all (so no hash to keep in step).
pub const POLICY: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'";

/// Fails when dist/index.html has anything the policy would block: an inline script, an
/// inline style attribute or element, or a URL of another origin.
pub fn check(dist: &Path) -> Result {
    let index = dist.join("index.html");
    let page = fs::read_to_string(&index).map_err(|e| format!("{}: {e}", index.display()))?;
    if html::tags(&page, "script").iter().any(boot::is_inline) {
        return Err("dist/index.html has an inline script, which the strict CSP blocks".into());
    }
    for (needle, what) in [
        ("<style", "a <style> element"),
        (" style=", "an inline style attribute"),
        ("http://", "an absolute http URL"),
        ("https://", "an absolute https URL"),
    ] {
        if page.contains(needle) {
            return Err(format!(
                "dist/index.html has {what}, which the strict CSP blocks"
            ));
        }
    }
    println!("csp: serve dist/ with this header (also in the README):");
    println!("  Content-Security-Policy: {POLICY}");
    Ok(())
}
