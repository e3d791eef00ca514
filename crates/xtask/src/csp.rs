//! The Content-Security-Policy the app runs under, and a check that the build keeps to it.

use std::fs;
use std::path::Path;

use crate::boot::INLINE_SCRIPT;
use crate::cmd::Result;
use crate::html;

/// Strict policy: only same-origin scripts and styles, wasm compilation allowed, no
/// inline script at all (so no hash to keep in step).
pub const POLICY: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'";

/// Elements and attributes that load something: a URL of another origin there breaks
/// the policy (links people follow, `<a href>`, are not loads).
const LOADS: [(&str, &str); 5] = [
    ("script[src]", "src"),
    ("link[href]", "href"),
    ("img[src]", "src"),
    ("iframe[src]", "src"),
    ("source[src]", "src"),
];

/// Fails when `dir`/index.html has anything the policy would block: an inline script,
/// an inline style attribute or element, or a load from another origin.
pub fn check(dir: &Path) -> Result {
    let index = dir.join("index.html");
    let page = fs::read_to_string(&index).map_err(|e| format!("{}: {e}", index.display()))?;
    for (selector, what) in [
        (INLINE_SCRIPT, "an inline script"),
        ("style", "a <style> element"),
        ("[style]", "an inline style attribute"),
    ] {
        if html::count(&page, selector)? > 0 {
            return Err(format!(
                "dist/index.html has {what}, which the strict CSP blocks"
            ));
        }
    }
    for (selector, attribute) in LOADS {
        for url in html::attribute_values(&page, selector, attribute)? {
            let lower = url.to_ascii_lowercase();
            if ["http:", "https:", "//"]
                .iter()
                .any(|p| lower.starts_with(p))
            {
                return Err(format!(
                    "dist/index.html loads {url} from another origin, which the strict CSP blocks"
                ));
            }
        }
    }
    println!("csp: serve dist/ with this header (also in the README):");
    println!("  Content-Security-Policy: {POLICY}");
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check_page(page: &str) -> Result {
        let dir = std::env::temp_dir().join(format!(
            "certplan-csp-{}-{}",
            std::process::id(),
            page.len()
        ));
        fs::create_dir_all(&dir).unwrap();
        fs::write(dir.join("index.html"), page).unwrap();
        let result = check(&dir);
        fs::remove_dir_all(&dir).unwrap();
        result
    }

    #[test]
    fn passes_same_origin_loads_and_links_to_other_sites() {
        let page = "<link rel=stylesheet href=./s.css><script type=module src=./b.js></script>\
                    <a href=https://learn.microsoft.com/x>source</a>";
        assert_eq!(check_page(page), Ok(()));
    }

    #[test]
    fn trunk_serve_sends_the_same_policy() {
        let trunk = fs::read_to_string(crate::paths::root().join("Trunk.toml")).unwrap();
        let header = format!("\"Content-Security-Policy\" = \"{POLICY}\"");
        assert!(trunk.contains(&header), "Trunk.toml [serve] lacks {header}");
    }

    #[test]
    fn refuses_what_the_policy_blocks() {
        for page in [
            "<script>go()</script>",
            "<style>p{}</style>",
            "<p style=color:red>x</p>",
            "<script src=https://cdn.example/x.js></script>",
            "<link rel=stylesheet href=//cdn.example/s.css>",
        ] {
            assert!(check_page(page).is_err(), "{page} passed");
        }
    }
}
