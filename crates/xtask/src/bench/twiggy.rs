//! What takes the room in the wasm files, by name, so a size regression has a culprit.
//!
//! The shipped files carry no names (wasm-opt drops them), so twiggy would only say
//! `code[430]`. This rebuilds each one the way the release does (wasm-bindgen, then
//! wasm-opt at its level with the same features) from the same rustc output, keeping the
//! names section (-g), and asks twiggy about that copy. Its code is the shipped code; the
//! names section itself is left out of the list.

use std::fs;
use std::path::Path;

use regex_lite::Regex;
use serde::Deserialize;

use crate::cmd::{self, Result};
use crate::embed::{wasm_opt, OPT_LEVEL};
use crate::paths;
use crate::pins::WASM_TARGET;

/// One row of `twiggy top -f json`.
#[derive(Deserialize)]
pub struct Item {
    #[serde(rename = "shallow_size")]
    pub bytes: u64,
    pub name: String,
}

/// The largest items of one wasm file.
pub struct Top {
    pub title: &'static str,
    /// Bytes of the named copy without its names: compare with the shipped file.
    pub code_bytes: u64,
    pub items: Vec<Item>,
}

/// The top items of the app's and the JS API's wasm, each from rustc's output.
pub fn top(out: &Path) -> Result<Vec<Top>> {
    let (root, hash) = (paths::root(), build_hash());
    let embed_opt = format!("-O{OPT_LEVEL}");
    let mut tops = Vec::new();
    // (title, rustc's wasm, folder, wasm-opt level as the release has it, rows shown)
    for (title, krate, dir, opt, count) in [
        ("app (dist/*_bg.wasm)", "certplan-web", "app", "-Oz", 15),
        (
            "JS API (dist/embed/certplan_bg.wasm)",
            "certplan_js",
            "embed",
            &embed_opt,
            10,
        ),
    ] {
        let (dir, input) = (
            out.join("names").join(dir),
            format!("target/{WASM_TARGET}/release/{krate}.wasm"),
        );
        let bindgen = ["--target", "web", "--out-name", "named", "--out-dir"];
        cmd::run(
            cmd::new("wasm-bindgen").args(bindgen).arg(&dir).arg(input),
            &root,
        )?;
        let named = dir.join("named_bg.wasm");
        cmd::run(wasm_opt(&named).args([opt, "-g"]), &root)?;
        // Ask for more rows than shown: the names section and other metadata are dropped.
        let path = named.to_string_lossy();
        let json = cmd::output("twiggy", &["top", "-n", "60", "-f", "json", &path])
            .ok_or("twiggy top failed (cargo xtask setup installs twiggy)")?;
        let rows: Vec<Item> =
            serde_json::from_str(&json).map_err(|e| format!("twiggy top's JSON: {e}"))?;
        let (names, items): (Vec<Item>, Vec<Item>) = rows.into_iter().partition(is_metadata);
        let total = fs::metadata(&named)
            .map_err(|e| format!("{path}: {e}"))?
            .len();
        let items = items.into_iter().take(count);
        tops.push(Top {
            title,
            code_bytes: total.saturating_sub(names.iter().map(|i| i.bytes).sum()),
            items: items
                .map(|i| Item {
                    name: hash.replace_all(&i.name, "").into_owned(),
                    ..i
                })
                .collect(),
        });
    }
    Ok(tops)
}

/// The names section twiggy lists as items of its own.
fn is_metadata(item: &Item) -> bool {
    item.name.ends_with("names\" subsection") || item.name.starts_with("custom section")
}

/// What changes with every build: rustc's `::h0123456789abcdef` suffix and the crate
/// disambiguators of a build-std build (`yew[ea1bee6f50a4b612]::` becomes `yew::`; 8 hex
/// digits or more, so an array length such as `[0]` stays).
fn build_hash() -> Regex {
    Regex::new(r"::h[0-9a-f]{16}$|\[[0-9a-f]{8,}\]").expect("a valid pattern")
}

#[cfg(test)]
mod tests {
    #[test]
    fn names_without_build_hashes() {
        let strip = |name| super::build_hash().replace_all(name, "").into_owned();
        assert_eq!(
            strip("yew::dom::attach::h0123456789abcdef"),
            "yew::dom::attach"
        );
        assert_eq!(
            strip("<yew[ea1bee6f50a4b612]::A<x[0]> as yew[ea1bee6f50a4b612]::B>::view"),
            "<yew::A<x[0]> as yew::B>::view"
        );
    }
}
