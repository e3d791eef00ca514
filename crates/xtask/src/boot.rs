//! Moves Trunk's inline start-up script into a file of its own.
//!
//! With no inline script left, the app runs under the strict policy in [`crate::csp`]
//! with nothing to hash, and the policy cannot go stale when the script changes.

use std::fs;
use std::path::Path;

use crate::cmd::Result;
use crate::encode::short_hash;
use crate::html;

/// Whether a `<script>` tag is inline (has no `src`).
pub fn is_inline(tag: &html::Tag<'_>) -> bool {
    tag.attribute("src").is_none()
}

/// Rewrites dist/index.html to load `boot-<hash>.js` instead of the inline script.
pub fn externalize(dist: &Path) -> Result {
    let index = dist.join("index.html");
    let page = fs::read_to_string(&index).map_err(|e| format!("{}: {e}", index.display()))?;
    let tag = html::one(html::tags(&page, "script"), "inline script", is_inline)?;
    let body = format!("{}\n", tag.body.trim());
    let name = format!("boot-{}.js", short_hash(body.as_bytes()));
    fs::write(dist.join(&name), body).map_err(|e| format!("{name}: {e}"))?;
    let page = html::splice(
        &page,
        vec![(
            tag.start,
            tag.end,
            format!("<script type=\"module\" src=\"./{name}\"></script>"),
        )],
    );
    fs::write(&index, page).map_err(|e| format!("{}: {e}", index.display()))
}
