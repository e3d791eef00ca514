//! `dist/certplan-offline.html`: the whole app in one file that works from `file://`.
//!
//! Browsers refuse to fetch or import files next to a page opened from disk, so every
//! asset goes inline: the stylesheet as `<style>`, the icon as a data URL, and the
//! wasm-bindgen glue with the wasm (base64) in one inline module script. Trunk cannot
//! inline wasm: trunk-rs/trunk#512 asked for it and was closed unbuilt.

use std::fs;
use std::path::Path;

use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine as _;
use lol_html::element;
use lol_html::html_content::ContentType;

use crate::cmd::{self, Result};
use crate::html;

/// File name of the single-file build.
pub const FILE: &str = "certplan-offline.html";

/// Writes the single file from the (already externalized) `dir`/index.html.
pub fn write(dir: &Path) -> Result {
    let path = |name: &str| dir.join(name.trim_start_matches("./"));
    let read = |name: &str| fs::read(path(name)).map_err(|e| format!("dist/{name}: {e}"));
    let text = |name: &str| cmd::read(&path(name));
    let page = text("index.html")?;
    let href = |rel: &str| html::one_attribute(&page, &format!("link[rel={rel}]"), "href");

    let css = text(&href("stylesheet")?)?;
    let style = format!("<style>\n{}\n</style>", no_closing(&css, "</style")?);
    let icon = format!(
        "data:image/svg+xml;base64,{}",
        BASE64.encode(read(&href("icon")?)?)
    );
    let glue = text(&href("modulepreload")?)?;
    let wasm = BASE64.encode(read(&href("preload")?)?);
    // The boot script is replaced, not read: it only imports the glue and calls its init.
    html::one_attribute(&page, "script[src]", "src")?;
    let script = format!(
        "<script type=\"module\">\n{}\nconst bytes = Uint8Array.from(atob(\"{wasm}\"), (c) => c.charCodeAt(0));\nawait {}({{ module_or_path: bytes }});\n</script>",
        no_closing(&glue, "</script")?,
        default_export(&glue)?,
    );

    let single = html::rewrite(
        &page,
        vec![
            element!("link[rel=stylesheet]", |el| {
                el.replace(&style, ContentType::Html);
                Ok(())
            }),
            element!("link[rel=icon]", |el| {
                el.set_attribute("href", &icon)?;
                Ok(())
            }),
            element!("link[rel=modulepreload], link[rel=preload]", |el| {
                el.remove();
                Ok(())
            }),
            element!("script[src]", |el| {
                el.replace(&script, ContentType::Html);
                Ok(())
            }),
        ],
    )?;
    fs::write(dir.join(FILE), single).map_err(|e| format!("dist/{FILE}: {e}"))?;
    println!("build: dist/{FILE} written (opens from disk, no network)");
    Ok(())
}

/// The local name of the glue's default export (its init function), which the inline
/// module calls: `export { initSync, __wbg_init as default }`, or a short name once
/// minified.
fn default_export(glue: &str) -> Result<&str> {
    let before = glue
        .find(" as default")
        .map(|at| &glue[..at])
        .ok_or("the wasm-bindgen glue has no `as default` export")?;
    let start = before
        .rfind(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '$'))
        .map_or(0, |i| i + 1);
    match &before[start..] {
        "" => Err("the wasm-bindgen glue's default export has no name".into()),
        name => Ok(name),
    }
}

/// Inline text must not close its own element early.
fn no_closing<'a>(text: &'a str, closing: &str) -> Result<&'a str> {
    if text.to_ascii_lowercase().contains(closing) {
        Err(format!("cannot inline text that contains {closing}"))
    } else {
        Ok(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_default_export_plain_or_minified() {
        let plain = "function __wbg_init() {}\nexport { initSync, __wbg_init as default };";
        assert_eq!(default_export(plain), Ok("__wbg_init"));
        assert_eq!(
            default_export("export{F as initSync,$e as default};"),
            Ok("$e")
        );
        assert!(default_export("export { initSync };").is_err());
    }
}
