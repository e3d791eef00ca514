//! Short names for the app wasm's imports and exports, from binaryen, and the same names
//! in its JS glue.
//!
//! wasm-bindgen names each import after the JS it binds plus a 16-digit hash
//! (`__wbg_setattribute_2a8f...`) and writes every name twice, in the wasm and in the
//! glue: before this step, about 3 KB of the first visit after brotli. binaryen's
//! `--minify-imports-and-exports-and-modules` renames them in the wasm and prints the
//! map; this applies the map to the glue, and fails where the glue is not shaped as
//! expected rather than leave a name behind.

use std::collections::BTreeSet;
use std::path::Path;

use serde::Deserialize;

use crate::cmd::{self, Result};
use crate::embed::WASM_FEATURES;
use crate::paths;

/// The one module binaryen moves every import into.
const MODULE: &str = "a";

/// The map binaryen prints: imports as `[module, name, new name]`, exports as
/// `[name, new name]`.
#[derive(Deserialize)]
struct NameMap {
    imports: Vec<(String, String, String)>,
    exports: Vec<(String, String)>,
}

/// Renames the imports and exports of `wasm` in place and returns `glue` to match.
pub fn apply(wasm: &Path, glue: &str) -> Result<String> {
    let printed = cmd::capture(
        cmd::new("wasm-opt")
            .args(WASM_FEATURES)
            .arg("--minify-imports-and-exports-and-modules")
            .arg(wasm)
            .arg("-o")
            .arg(wasm),
        &paths::root(),
    )?;
    let map: NameMap = serde_json::from_str(&printed)
        .map_err(|e| format!("wasm-opt's name map: {e}:\n{printed}"))?;
    rename(&map, glue)
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
    for module in modules {
        glue = replace_once(&glue, &format!("\"{module}\":"), &format!("\"{MODULE}\":"))?;
    }
    for (_, old, new) in &map.imports {
        glue = replace_once(&glue, &format!("{old}:"), &format!("{new}:"))?;
    }
    for (old, new) in &map.exports {
        glue = replace_word(&glue, &format!("wasm.{old}"), &format!("wasm.{new}"));
    }
    Ok(glue)
}

/// `text` with `old`, which must stand there exactly once as a whole word, made `new`.
fn replace_once(text: &str, old: &str, new: &str) -> Result<String> {
    match word_positions(text, old).len() {
        1 => Ok(replace_word(text, old, new)),
        n => Err(format!(
            "the glue holds `{old}` {n} times, not once: did wasm-bindgen's output change?"
        )),
    }
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
            r#"{
 "imports": [
  ["./app_bg.js", "__wbg_alert_0123", "a"],
  ["./app_bg.js", "__wbg_log_4567", "b"]
 ],
"exports": [
  ["memory", "c"],
  ["__wbindgen_free", "d"]
 ]
}"#,
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
    fn fails_when_an_import_key_is_not_there_exactly_once() {
        let missing = "const import0={__wbg_alert_0123:f};return{\"./app_bg.js\":import0};";
        assert!(rename(&map(), missing)
            .unwrap_err()
            .contains("`__wbg_log_4567:` 0 times"));
        let twice = "{x__wbg_log_4567:1,__wbg_alert_0123:f,__wbg_log_4567:g,__wbg_log_4567:h};\"./app_bg.js\":i";
        assert!(rename(&map(), twice).unwrap_err().contains("2 times"));
    }

    #[test]
    fn refuses_imports_from_several_modules() {
        let mut two = map();
        two.imports[1].0 = "./snippets/x.js".into();
        assert!(rename(&two, "").unwrap_err().contains("several modules"));
    }
}
