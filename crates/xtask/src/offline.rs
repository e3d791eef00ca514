//! `dist/certplan-offline.html`: the whole app in one file that works from `file://`.
//!
//! Browsers refuse to fetch or import files next to a page opened from disk, so every
//! asset goes inline: the stylesheet as `<style>`, the icon as a data URL, and the
//! wasm-bindgen glue together with the wasm (base64) in one inline module script.
//! Trunk cannot inline wasm, hence this step.

use std::fs;
use std::path::Path;

use crate::cmd::Result;
use crate::encode::base64;
use crate::html;

/// File name of the single-file build.
pub const FILE: &str = "certplan-offline.html";

/// Writes the single file from the (already externalized) dist/index.html.
pub fn write(dist: &Path) -> Result {
    let read = |name: &str| -> Result<Vec<u8>> {
        fs::read(dist.join(name.trim_start_matches("./"))).map_err(|e| format!("dist/{name}: {e}"))
    };
    let text = |name: &str| -> Result<String> {
        String::from_utf8(read(name)?).map_err(|e| format!("dist/{name}: {e}"))
    };
    let page = text("index.html")?;
    let links = || html::tags(&page, "link");
    let link = |rel: &str| {
        html::one(links(), &format!("<link rel={rel}>"), |t| {
            t.attribute("rel") == Some(rel)
        })
    };
    let url = |tag: &html::Tag<'_>| {
        tag.attribute("href")
            .or_else(|| tag.attribute("src"))
            .map(str::to_owned)
            .ok_or_else(|| "dist/index.html: a link or script without a URL".to_string())
    };

    let mut edits = Vec::new();
    let style = link("stylesheet")?;
    let css = text(&url(&style)?)?;
    edits.push((
        style.start,
        style.end,
        format!("<style>\n{}\n</style>", no_closing(&css, "</style")?),
    ));
    let icon = link("icon")?;
    let svg = read(&url(&icon)?)?;
    edits.push((
        icon.start,
        icon.end,
        format!(
            "<link rel=\"icon\" href=\"data:image/svg+xml;base64,{}\">",
            base64(&svg)
        ),
    ));
    let glue = link("modulepreload")?;
    let wasm = link("preload")?;
    let glue_js = text(&url(&glue)?)?;
    let init = default_export(&glue_js)?;
    let wasm_bytes = read(&url(&wasm)?)?;
    edits.push((glue.start, glue.end, String::new()));
    edits.push((wasm.start, wasm.end, String::new()));
    let boot = html::one(html::tags(&page, "script"), "boot script", |t| {
        t.attribute("src").is_some()
    })?;
    edits.push((
        boot.start,
        boot.end,
        format!(
            "<script type=\"module\">\n{}\nconst bytes = Uint8Array.from(atob(\"{}\"), (c) => c.charCodeAt(0));\nawait {init}({{ module_or_path: bytes }});\n</script>",
            no_closing(&glue_js, "</script")?,
            base64(&wasm_bytes),
        ),
    ));

    fs::write(dist.join(FILE), html::splice(&page, edits))
        .map_err(|e| format!("dist/{FILE}: {e}"))?;
    println!("build: dist/{FILE} written (opens from disk, no network)");
    Ok(())
}

/// The local name of the glue's default export (its init function), which the inline
/// module calls directly: `export { initSync, __wbg_init as default }`, or a one-letter
/// name once minified.
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
