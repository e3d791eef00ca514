//! Byte budgets, measured the way a browser receives the files: brotli at quality 11.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Stdio;

use crate::cmd::{self, Result};
use crate::html;

/// First visit (html + js + wasm + css of dist/, the html with the prerendered page),
/// brotli. Issue 9 aims at 64 KiB; until then the limit is a measured figure rounded up
/// to the next KiB (147,525 B after issue 21). Issue 22 dropped terser's pass over the
/// app's glue (+1,381 B: under the 2 KB an edit of another tool's output must save), and
/// its one runbook item and typed errors took more than that off: 147,449 B.
pub const FIRST_VISIT_BUDGET: u64 = 145 * 1024;

/// The JS API module (dist/embed: js + wasm), brotli: 48,493 B after issue 21, rounded
/// up to the next KiB (issue 21 asks for 36 KiB).
pub const EMBED_BUDGET: u64 = 48 * 1024;

/// The one-tag embed (dist/embed/frame.js), brotli: issue 11 allows 2 KB for a script
/// every page of a docs site may load. 1,350 B as written (issue 22 dropped terser's pass:
/// its 804 B did not earn a build step).
pub const FRAME_BUDGET: u64 = 2 * 1024;

/// One file's size, raw and as the two encodings static hosts serve.
pub struct Measured {
    pub name: String,
    pub raw: u64,
    pub gzip: u64,
    pub brotli: u64,
}

/// The files a browser fetches on a first visit to dist/: index.html and the styles,
/// scripts and wasm it names (the icon is not counted: browsers fetch it lazily).
pub fn first_visit_files(dist: &Path) -> Result<Vec<PathBuf>> {
    let index = dist.join("index.html");
    let page = fs::read_to_string(&index)
        .map_err(|e| format!("{}: {e} (run cargo xtask build)", index.display()))?;
    let mut files = vec![index];
    files.extend(
        first_visit_urls(&page)?
            .iter()
            .map(|url| dist.join(url.trim_start_matches("./"))),
    );
    Ok(files)
}

/// What `page` loads on a first visit, sorted, each once.
fn first_visit_urls(page: &str) -> Result<Vec<String>> {
    let mut urls = html::attribute_values(page, "script[src]", "src")?;
    for rel in ["stylesheet", "modulepreload", "preload"] {
        urls.extend(html::attribute_values(
            page,
            &format!("link[rel={rel}]"),
            "href",
        )?);
    }
    urls.sort();
    urls.dedup();
    Ok(urls)
}

/// The files of the JS API module that a browser fetches: the glue and the wasm.
pub fn embed_files(dist: &Path) -> Vec<PathBuf> {
    let embed = dist.join("embed");
    vec![embed.join("certplan.js"), embed.join("certplan_bg.wasm")]
}

/// The one-tag embed a docs page loads.
pub fn frame_files(dist: &Path) -> Vec<PathBuf> {
    vec![dist.join("embed/frame.js")]
}

/// Measures each file.
pub fn measure(files: &[PathBuf]) -> Result<Vec<Measured>> {
    files
        .iter()
        .map(|path| {
            let raw = fs::metadata(path)
                .map_err(|e| format!("{}: {e}", path.display()))?
                .len();
            let name = path
                .file_name()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned();
            let gzip = compressed_len("gzip", &["-9", "-c", "-n"], path)?;
            let brotli = compressed_len("brotli", &["-q", "11", "-c"], path)?;
            Ok(Measured {
                name,
                raw,
                gzip,
                brotli,
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

/// Bytes of `path` compressed by `program` with `args` (which write to stdout).
fn compressed_len(program: &str, args: &[&str], path: &Path) -> Result<u64> {
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
    #[test]
    fn first_visit_is_what_index_html_loads() {
        let page = "<link href=./i.svg rel=icon><link href=./s.css rel=stylesheet>\
                    <script type=\"module\" src=\"./boot.js\"></script>\
                    <link crossorigin href=./app.js rel=modulepreload>\
                    <link as=fetch href=./app_bg.wasm rel=preload>";
        let urls = super::first_visit_urls(page).unwrap();
        assert_eq!(urls, ["./app.js", "./app_bg.wasm", "./boot.js", "./s.css"]);
    }
}
