//! Short names for the app wasm's imports and exports, in the wasm and in its JS glue.
//!
//! wasm-bindgen names each import after the JS it binds plus a hash
//! (`__wbg_setattribute_2a8f...`, wasm-bindgen/wasm-bindgen#3736) and writes each name
//! twice, in the wasm and in the glue. binaryen's `--minify-imports-and-exports-and-modules`
//! renames them in the wasm and prints the map; this applies the map to the glue, failing
//! where the glue is not shaped as expected rather than leave a name behind. Measured for
//! issue 22: 3,719 B of the first visit, brotli. The page loads both files with
//! subresource-integrity hashes, so those are recomputed to match.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine as _;
use lol_html::element;
use regex_lite::{Captures, Regex};
use serde::Deserialize;
use sha2::{Digest, Sha384};

use crate::cmd::{self, Result};
use crate::embed::wasm_opt;
use crate::{html, paths};

/// The one module binaryen moves every import into.
const MODULE: &str = "a";

/// The map binaryen prints: imports as `[module, name, new name]`, exports as
/// `[name, new name]`.
#[derive(Deserialize)]
struct NameMap {
    imports: Vec<(String, String, String)>,
    exports: Vec<(String, String)>,
}

/// Renames the imports and exports of the glue and wasm that `dist`/index.html
/// preloads, in place, and updates their integrity hashes.
pub fn app(dist: &Path) -> Result {
    let index = dist.join("index.html");
    let page = cmd::read(&index)?;
    let file = |rel: &str| -> Result<_> {
        let href = html::one_attribute(&page, &format!("link[rel={rel}]"), "href")?;
        Ok(dist.join(href.trim_start_matches("./")))
    };
    let (glue_file, wasm_file) = (file("modulepreload")?, file("preload")?);
    let glue = cmd::read(&glue_file)?;
    let mut minify = wasm_opt(&wasm_file);
    minify.arg("--minify-imports-and-exports-and-modules");
    let printed = cmd::capture(&mut minify, &paths::root())?;
    let map: NameMap = serde_json::from_str(&printed)
        .map_err(|e| format!("wasm-opt's name map: {e}:\n{printed}"))?;
    let glue = rename(&map, &glue)?;
    cmd::write(&glue_file, &glue)?;

    let wasm = fs::read(&wasm_file).map_err(|e| format!("{}: {e}", wasm_file.display()))?;
    let (glue_sri, wasm_sri) = (integrity(glue.as_bytes()), integrity(&wasm));
    let page = html::rewrite(
        &page,
        vec![
            element!("link[rel=modulepreload][integrity]", |el| {
                el.set_attribute("integrity", &glue_sri)?;
                Ok(())
            }),
            element!("link[rel=preload][integrity]", |el| {
                el.set_attribute("integrity", &wasm_sri)?;
                Ok(())
            }),
        ],
    )?;
    cmd::write(&index, page)
}

/// A subresource-integrity value: `sha384-` and the base64 digest.
fn integrity(bytes: &[u8]) -> String {
    format!("sha384-{}", BASE64.encode(Sha384::digest(bytes)))
}

/// The glue with the map's names, in one pass over its tokens: the import object's key
/// (one per module, so only one module can become binaryen's one) and each import's key,
/// each exactly once, and each `wasm.<export>`.
fn rename(map: &NameMap, glue: &str) -> Result<String> {
    let modules: BTreeSet<&str> = map.imports.iter().map(|(m, _, _)| m.as_str()).collect();
    if modules.len() > 1 {
        return Err(format!("the wasm imports from several modules ({modules:?}); the glue gives each its own object, which one module cannot stand for"));
    }
    // Each key's new text and how often the glue holds it.
    let mut keys: BTreeMap<String, (String, usize)> = modules
        .iter()
        .map(|m| (format!("\"{m}\":"), format!("\"{MODULE}\":")))
        .chain(
            map.imports
                .iter()
                .map(|(_, old, new)| (format!("{old}:"), format!("{new}:"))),
        )
        .map(|(old, new)| (old, (new, 0)))
        .collect();
    let exports: BTreeMap<String, &str> = map
        .exports
        .iter()
        .map(|(old, new)| (format!("wasm.{old}"), new.as_str()))
        .collect();
    // A quoted key, or a whole identifier (`[\w$]+` never stops inside one).
    let token = Regex::new(r#""[^"]*":|(?:wasm\.)?[\w$]+:?"#).expect("a valid pattern");
    let glue = token.replace_all(glue, |found: &Captures| {
        let text = &found[0];
        if let Some((new, seen)) = keys.get_mut(text) {
            *seen += 1;
            return new.clone();
        }
        let (name, colon) = text
            .strip_suffix(':')
            .map_or((text, ""), |name| (name, ":"));
        exports
            .get(name)
            .map_or_else(|| text.to_owned(), |new| format!("wasm.{new}{colon}"))
    });
    match keys.iter().find(|(_, (_, seen))| *seen != 1) {
        Some((key, (_, seen))) => Err(format!(
            "the glue holds `{key}` {seen} times, not once: did wasm-bindgen's output change?"
        )),
        None => Ok(glue.into_owned()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn map() -> NameMap {
        serde_json::from_str(
            r#"{"imports": [["./app_bg.js", "__wbg_alert_0123", "a"], ["./app_bg.js", "__wbg_log_4567", "b"]],
                "exports": [["memory", "c"], ["__wbindgen_free", "d"]]}"#,
        )
        .unwrap()
    }

    #[test]
    fn renames_module_imports_and_exports_in_the_glue() {
        let glue = "const import0={__proto__:null,__wbg_alert_0123:function(){wasm.__wbindgen_free(1)},__wbg_log_4567:f};\
                    return{__proto__:null,\"./app_bg.js\":import0};wasm.memory.buffer;wasm.__wbindgen_free_2();";
        assert_eq!(
            rename(&map(), glue).unwrap(),
            "const import0={__proto__:null,a:function(){wasm.d(1)},b:f};\
             return{__proto__:null,\"a\":import0};wasm.c.buffer;wasm.__wbindgen_free_2();"
        );
    }

    #[test]
    fn refuses_glue_it_cannot_rename_exactly() {
        let missing = "const import0={__wbg_alert_0123:f};return{\"./app_bg.js\":import0};";
        let error = rename(&map(), missing).unwrap_err();
        assert!(error.contains("`__wbg_log_4567:` 0 times"), "{error}");
        let twice = "{x__wbg_log_4567:1,__wbg_alert_0123:f,__wbg_log_4567:g,__wbg_log_4567:h};\"./app_bg.js\":i";
        assert!(rename(&map(), twice).unwrap_err().contains("2 times"));
        let mut two_modules = map();
        two_modules.imports[1].0 = "./snippets/x.js".into();
        assert!(rename(&two_modules, "")
            .unwrap_err()
            .contains("several modules"));
    }

    #[test]
    fn integrity_is_base64_sha384() {
        // FIPS 180-2 test vector for "abc".
        assert_eq!(
            integrity(b"abc"),
            "sha384-ywB1P0WjXou1oD1pmsZQBycsMqsO3tFjGotgWkP/W+2AhgcroefMI1i67KE0yCWn"
        );
    }
}
