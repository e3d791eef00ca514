//! The Content-Security-Policy the app runs under, and a check that the build keeps to it.

use std::fs;
use std::path::Path;

use crate::boot;
use crate::cmd::Result;
use crate::html;

/// Strict policy: only same-origin scripts and styles, wasm compilation allowed, no
/// inline script at all (so no hash to keep in step).
pub const POLICY: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'";

/// Tags through which a page fetches something, and the attribute holding the URL.
/// Links (`<a href>`) are not among them: following one is a navigation, which the
/// policy leaves alone, and the page links to Microsoft's documentation.
const FETCHES: [(&str, &str); 6] = [
    ("link", "href"),
    ("script", "src"),
    ("img", "src"),
    ("iframe", "src"),
    ("source", "src"),
    ("embed", "src"),
];

/// Fails when dist/index.html has anything the policy would block: an inline script, an
/// inline style attribute or element, or a fetch from another origin.
pub fn check(dist: &Path) -> Result {
    let index = dist.join("index.html");
    let page = fs::read_to_string(&index).map_err(|e| format!("{}: {e}", index.display()))?;
    blocked(&page).map_or(Ok(()), |what| {
        Err(format!(
            "dist/index.html has {what}, which the strict CSP blocks"
        ))
    })?;
    println!("csp: serve dist/ with this header (also in the README):");
    println!("  Content-Security-Policy: {POLICY}");
    Ok(())
}

/// What in `page` the policy would block, if anything.
fn blocked(page: &str) -> Option<String> {
    if html::tags(page, "script").iter().any(boot::is_inline) {
        return Some("an inline script".into());
    }
    for (needle, what) in [
        ("<style", "a <style> element"),
        (" style=", "an inline style attribute"),
    ] {
        if page.contains(needle) {
            return Some(what.into());
        }
    }
    FETCHES.iter().find_map(|&(tag, attribute)| {
        html::tags(page, tag)
            .iter()
            .filter_map(|t| t.attribute(attribute))
            .find(|url| other_origin(url))
            .map(|url| format!("<{tag} {attribute}={url}> from another origin"))
    })
}

/// Whether a URL in the page points away from the page's own origin.
fn other_origin(url: &str) -> bool {
    let url = url.to_ascii_lowercase();
    url.starts_with("//") || url.starts_with("http:") || url.starts_with("https:")
}

#[cfg(test)]
mod tests {
    use super::blocked;

    #[test]
    fn links_to_other_sites_pass_fetches_from_them_do_not() {
        let ok = "<link rel=stylesheet href=./s.css><script type=module src=./boot.js></script>\
                  <p>From <a href=\"https://learn.microsoft.com/x\">the docs</a></p>";
        assert_eq!(blocked(ok), None);
        for (bad, what) in [
            (
                "<script src=https://cdn.example/x.js></script>",
                "<script src=",
            ),
            (
                "<link rel=stylesheet href=//fonts.example/f.css>",
                "<link href=",
            ),
            ("<img src=\"HTTP://x.example/a.png\">", "<img src="),
            ("<script>alert(1)</script>", "an inline script"),
            ("<p style=\"color:red\">", "an inline style attribute"),
        ] {
            let found = blocked(bad).unwrap_or_default();
            assert!(found.starts_with(what), "{bad}: {found}");
        }
    }
}
