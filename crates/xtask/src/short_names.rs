//! Short names for the app wasm's imports and exports, in the wasm and in its JS glue.
//!
//! wasm-bindgen names each import after the JS it binds plus a hash
//! (`__wbg_setattribute_2a8f...`, wasm-bindgen/wasm-bindgen#3736) and writes each name
//! twice, in the wasm and in the glue. binaryen's `--minify-imports-and-exports-and-modules`
//! renames them in the wasm and prints the map; this applies the map to the glue, failing
//! where the glue is not shaped as expected rather than leave a name behind. Measured for
//! issue 22: 3,719 B of the first visit, brotli. The page loads both files with
//! subresource-integrity hashes, so those are recomputed to match.

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine as _;
use lol_html::element;
use serde::Deserialize;
use sha2::{Digest, Sha384};

use crate::cmd::{self, Result};
use crate::embed::WASM_FEATURES;
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
    let printed = cmd::capture(
        cmd::new("wasm-opt")
            .args(WASM_FEATURES)
            .arg("--minify-imports-and-exports-and-modules")
            .arg(&wasm_file)
            .arg("-o")
            .arg(&wasm_file),
        &paths::root(),
    )?;
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

/// The glue with the map's names: the import object's key (one per module, so only one
/// module can become binaryen's one), each import's key, and each `wasm.<export>`.
fn rename(map: &NameMap, glue: &str) -> Result<String> {
    let modules: BTreeSet<&str> = map.imports.iter().map(|(m, _, _)| m.as_str()).collect();
    if modules.len() > 1 {
        return Err(format!(
            "the wasm imports from several modules ({modules:?}); the glue gives each its own object, which one module cannot stand for"
        ));
    }
    let mut glue = glue.to_string();
    let keys = modules
        .iter()
        .map(|m| (format!("\"{m}\":"), format!("\"{MODULE}\":")));
    let imports = map
        .imports
        .iter()
        .map(|(_, old, new)| (format!("{old}:"), format!("{new}:")));
    for (old, new) in keys.chain(imports) {
        match word_positions(&glue, &old).len() {
            1 => glue = replace_word(&glue, &old, &new),
            n => {
                return Err(format!(
                    "the glue holds `{old}` {n} times, not once: did wasm-bindgen's output change?"
                ))
            }
        }
    }
    for (old, new) in &map.exports {
        glue = replace_word(&glue, &format!("wasm.{old}"), &format!("wasm.{new}"));
    }
    Ok(glue)
}

fn is_word(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || byte == b'_' || byte == b'$'
}

/// Where `word` starts in `text` with no identifier character right before or after it.
fn word_positions(text: &str, word: &str) -> Vec<usize> {
    let bytes = text.as_bytes();
    let first = word.as_bytes().first().copied().is_some_and(is_word);
    let last = word.as_bytes().last().copied().is_some_and(is_word);
    text.match_indices(word)
        .map(|(at, _)| at)
        .filter(|&at| {
            let before = at.checked_sub(1).map(|i| bytes[i]);
            let after = bytes.get(at + word.len()).copied();
            !(first && before.is_some_and(is_word) || last && after.is_some_and(is_word))
        })
        .collect()
}

fn replace_word(text: &str, old: &str, new: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut copied = 0;
    for at in word_positions(text, old) {
        out.push_str(&text[copied..at]);
        out.push_str(new);
        copied = at + old.len();
    }
    out.push_str(&text[copied..]);
    out
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
