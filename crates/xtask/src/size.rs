//! Byte budgets, measured the way a browser receives the files: brotli at quality 11.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Stdio;

use crate::cmd::{self, Result};
use crate::html;

/// First visit (html + js + wasm + css of dist/), brotli, the html with the prerendered
/// page. Issue 9 aims at 64 KiB for idiomatic Yew components plus the fixed parts as
/// HTML; measured 91,340 B with seventeen hydrated function components (about 1.3 KB of
/// wasm each before their views), 99,081 B once the plan carried issue 10's checks and
/// remedies (their texts are in the wasm), then 119,988 B with the runbook's eight
/// components and the embed's theme. Issues 18, 19 and 20 took it to 145,354 B (wasm
/// 136,297); each branch alone added: the operator fixes 7.5 KB, dated sources and power-on 5.1 KB, the
/// error lookup with its signatures 12.1 KB. Issue 21 asks to bring it back under
/// 120 KB (the lookup loaded only when asked, remedies rendered when opened); until then
/// the limit is the measured figure rounded up to the next KiB, as issue 9 asks. Issue
/// 21's render work (the plan memoised, callbacks made once, remedies rendered when
/// opened) added 2,171 B of hook and disclosure code (measured 147,525 B), so 145 KiB.
pub const FIRST_VISIT_BUDGET: u64 = 145 * 1024;

/// The JS API module (dist/embed: js + wasm), brotli. 30,000 B until the plan carried
/// design.md's checks and per-step remedies with their texts and sources (issue 10):
/// measured 35,869 B. Issues 19 and 20 added dated sources, power-on items and
/// `findRemedies` with every remedy's signatures: measured 52,168 B, so the limit is that
/// rounded up to the next KiB (issue 21 asks for 36 KiB again). Issue 21's core and JS
/// API work (remedies sharing their texts, answers built without serde-wasm-bindgen, no
/// `format!`): measured 48,493 B, so the limit is 48 KiB.
pub const EMBED_BUDGET: u64 = 48 * 1024;

/// The one-tag embed (dist/embed/frame.js), brotli: issue 11 allows 2 KB for a script
/// every page of a docs site may load. Measured 546 B, minified by terser.
pub const FRAME_BUDGET: u64 = 2 * 1024;

/// One file's size, raw and brotli-compressed.
pub struct Measured {
    pub name: String,
    pub raw: u64,
    pub brotli: u64,
}

/// The files a browser fetches on a first visit to dist/: index.html and the styles,
/// scripts and wasm it names (the icon is not counted: browsers fetch it lazily).
pub fn first_visit_files(dist: &Path) -> Result<Vec<PathBuf>> {
    let index = dist.join("index.html");
    let page = fs::read_to_string(&index)
        .map_err(|e| format!("{}: {e} (run cargo xtask build)", index.display()))?;
    let mut urls = Vec::new();
    for rel in ["stylesheet", "modulepreload", "preload"] {
        urls.extend(html::attribute_values(
            &page,
            &format!("link[rel={rel}]"),
            "href",
        )?);
    }
    urls.extend(html::attribute_values(&page, "script[src]", "src")?);
    let mut files: Vec<PathBuf> = urls
        .iter()
        .map(|url| dist.join(url.trim_start_matches("./")))
        .collect();
    files.sort();
    files.dedup();
    files.insert(0, index);
    Ok(files)
}

/// The files of the JS API module that a browser fetches: the glue and the wasm.
pub fn embed_files(dist: &Path) -> Vec<PathBuf> {
    let embed = dist.join("embed");
    vec![embed.join("certplan.js"), embed.join("certplan_bg.wasm")]
}

/// The one-tag embed a docs page loads.
pub fn frame_files(dist: &Path) -> Vec<PathBuf> {
    vec![dist.join(crate::embed::FRAME_FILE)]
}

/// Measures each file.
pub fn measure(files: &[PathBuf]) -> Result<Vec<Measured>> {
    files
        .iter()
        .map(|path| {
            let raw = fs::metadata(path)
                .map_err(|e| format!("{}: {e}", path.display()))?
                .len();
            Ok(Measured {
                name: path
                    .file_name()
                    .unwrap_or_default()
                    .to_string_lossy()
                    .into_owned(),
                raw,
                brotli: brotli_len(path)?,
            })
        })
        .collect()
}

/// Prints a table and fails when the brotli total exceeds `budget`.
pub fn check(what: &str, measured: &[Measured], budget: u64) -> Result {
    let (raw, brotli) = measured
        .iter()
        .fold((0, 0), |(r, b), m| (r + m.raw, b + m.brotli));
    println!("size: {what}");
    for m in measured {
        println!("  {:<40} {:>9} raw {:>8} brotli", m.name, m.raw, m.brotli);
    }
    println!(
        "  {:<40} {raw:>9} raw {brotli:>8} brotli (budget {budget})",
        "total"
    );
    if measured.is_empty() {
        return Err(format!("size: {what}: no files found"));
    }
    if brotli > budget {
        return Err(format!(
            "size: {what} is {brotli} bytes brotli, over the {budget} budget"
        ));
    }
    Ok(())
}

fn brotli_len(path: &Path) -> Result<u64> {
    compressed_len("brotli", &["-q", "11", "-c"], path)
}

/// Bytes of `path` compressed by `program` with `args` (which write to stdout).
pub fn compressed_len(program: &str, args: &[&str], path: &Path) -> Result<u64> {
    let out = cmd::new(program)
        .args(args)
        .arg(path)
        .stderr(Stdio::inherit())
        .output()
        .map_err(|e| format!("{program}: {e} (cargo xtask setup installs it)"))?;
    if !out.status.success() {
        return Err(format!("{program} failed on {}", path.display()));
    }
    Ok(out.stdout.len() as u64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_visit_is_what_index_html_names() {
        let dist = std::env::temp_dir().join(format!("certplan-size-{}", std::process::id()));
        fs::create_dir_all(&dist).unwrap();
        fs::write(
            dist.join("index.html"),
            "<link href=./i.svg rel=icon><link href=./s.css rel=stylesheet>\
             <script type=\"module\" src=\"./boot.js\"></script>\
             <link crossorigin href=./app.js rel=modulepreload>\
             <link as=fetch href=./app_bg.wasm rel=preload>",
        )
        .unwrap();
        let files = first_visit_files(&dist).unwrap();
        fs::remove_dir_all(&dist).unwrap();
        let names: Vec<_> = files
            .iter()
            .map(|f| f.strip_prefix(&dist).unwrap().to_owned())
            .collect();
        let expected = ["index.html", "app.js", "app_bg.wasm", "boot.js", "s.css"];
        assert_eq!(names, expected.map(PathBuf::from));
    }
}
