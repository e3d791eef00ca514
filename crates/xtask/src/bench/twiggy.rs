//! What takes the room in the wasm files, by name, so a size regression has a culprit.
//!
//! The shipped files carry no names (wasm-opt drops them), so twiggy would only say
//! `code[430]`. This rebuilds each one the way the release does (wasm-bindgen, then
//! wasm-opt at its level with the same features) from the same rustc output, keeping the names
//! section (-g), and asks twiggy about that copy. Its code is the shipped code; the
//! names section itself is left out of the list.

use std::fs;
use std::path::Path;

use serde::Deserialize;

use crate::cmd::{self, Result};
use crate::embed::{OPT_LEVEL, WASM_FEATURES};
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
    let rustc = paths::root()
        .join("target")
        .join(WASM_TARGET)
        .join("release");
    let embed_opt = format!("-O{OPT_LEVEL}");
    let files = [
        (
            "app (dist/*_bg.wasm)",
            "certplan-web.wasm",
            "app",
            "-Oz",
            15,
        ),
        (
            "JS API (dist/embed/certplan_bg.wasm)",
            "certplan_js.wasm",
            "embed",
            &embed_opt,
            10,
        ),
    ];
    files
        .into_iter()
        .map(|(title, file, dir, opt, count)| {
            one(
                title,
                &rustc.join(file),
                &out.join("names").join(dir),
                opt,
                count,
            )
        })
        .collect()
}

fn one(title: &'static str, input: &Path, dir: &Path, opt: &str, count: usize) -> Result<Top> {
    let root = paths::root();
    cmd::run(
        cmd::new("wasm-bindgen")
            .args(["--target", "web", "--out-name", "named", "--out-dir"])
            .arg(dir)
            .arg(input),
        &root,
    )?;
    let named = dir.join("named_bg.wasm");
    cmd::run(
        cmd::new("wasm-opt")
            .args([opt, "-g"])
            .args(WASM_FEATURES)
            .arg(&named)
            .arg("-o")
            .arg(&named),
        &root,
    )?;
    let path = named.to_string_lossy().into_owned();
    // Ask for more rows than shown: the names section and other metadata are dropped.
    let json = cmd::output("twiggy", &["top", "-n", "60", "-f", "json", &path])
        .ok_or("twiggy top failed (cargo xtask setup installs twiggy)")?;
    let rows: Vec<Item> =
        serde_json::from_str(&json).map_err(|e| format!("twiggy top's JSON: {e}"))?;
    let names: u64 = rows
        .iter()
        .filter(|i| is_metadata(&i.name))
        .map(|i| i.bytes)
        .sum();
    let total = fs::metadata(&named)
        .map_err(|e| format!("{}: {e}", named.display()))?
        .len();
    Ok(Top {
        title,
        code_bytes: total.saturating_sub(names),
        items: rows
            .into_iter()
            .filter(|i| !is_metadata(&i.name))
            .take(count)
            .map(|i| Item {
                name: without_hash(&i.name),
                ..i
            })
            .collect(),
    })
}

/// The names section twiggy lists as items of its own.
fn is_metadata(name: &str) -> bool {
    name.ends_with("names\" subsection") || name.starts_with("custom section")
}

/// Drops what changes with every build: rustc's `::h0123456789abcdef` suffix and the
/// crate disambiguators of a build-std build (`yew[ea1bee6f50a4b612]::` becomes `yew::`;
/// 8 hex digits or more, so an array length such as `[0]` stays).
fn without_hash(name: &str) -> String {
    let name = match name.rsplit_once("::h") {
        Some((head, hash)) if hash.len() == 16 && is_hex(hash) => head,
        _ => name,
    };
    let mut parts = name.split('[');
    let mut out = parts.next().unwrap_or_default().to_owned();
    for part in parts {
        match part.split_once(']') {
            Some((hash, rest)) if hash.len() >= 8 && is_hex(hash) => out.push_str(rest),
            _ => out.extend(["[", part]),
        }
    }
    out
}

fn is_hex(text: &str) -> bool {
    text.bytes().all(|b| b.is_ascii_hexdigit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_without_build_hashes() {
        assert_eq!(
            without_hash("yew::dom::attach::h0123456789abcdef"),
            "yew::dom::attach"
        );
        assert_eq!(
            without_hash("<yew[ea1bee6f50a4b612]::A<x[0]> as yew[ea1bee6f50a4b612]::B>::view"),
            "<yew::A<x[0]> as yew::B>::view"
        );
        assert!(is_metadata("\"function names\" subsection"));
    }
}
