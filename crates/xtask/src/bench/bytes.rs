//! Bytes on the wire: every file of the first visit, the JS API module and the offline
//! file, raw, gzip -9 and brotli -q 11 (the two encodings static hosts serve).
//!
//! The first-visit and JS API sets are the ones whose brotli totals `cargo xtask test`
//! holds to their budgets ([`size`]), so the figures here and the budget check agree.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Stdio;

use crate::cmd::{self, Result};
use crate::offline;
use crate::size;

/// One file's sizes.
pub struct File {
    pub name: String,
    pub raw: u64,
    pub gzip: u64,
    pub brotli: u64,
}

/// A set of files with its brotli budget, if it has one.
pub struct Group {
    pub title: &'static str,
    pub files: Vec<File>,
    pub budget: Option<u64>,
}

impl Group {
    /// (raw, gzip, brotli) of all files.
    pub fn totals(&self) -> (u64, u64, u64) {
        self.files.iter().fold((0, 0, 0), |(r, g, b), f| {
            (r + f.raw, g + f.gzip, b + f.brotli)
        })
    }
}

/// Measures the groups of `dist`.
pub fn measure(dist: &Path) -> Result<Vec<Group>> {
    Ok(vec![
        Group {
            title: "First visit (index.html, boot script, glue, wasm, css)",
            files: files(&size::first_visit_files(dist)?)?,
            budget: Some(size::FIRST_VISIT_BUDGET),
        },
        Group {
            // The browser asks for the icon too, after the page; it is outside the budget.
            title: "Also fetched on a first visit: the icon",
            files: files(&icons(dist)?)?,
            budget: None,
        },
        Group {
            title: "JS API module (dist/embed)",
            files: files(&size::embed_files(dist))?,
            budget: Some(size::EMBED_BUDGET),
        },
        Group {
            title: "Offline single file",
            files: files(&[dist.join(offline::FILE)])?,
            budget: None,
        },
    ])
}

fn files(paths: &[PathBuf]) -> Result<Vec<File>> {
    let brotli = size::measure(paths)?;
    paths
        .iter()
        .zip(brotli)
        .map(|(path, m)| {
            Ok(File {
                gzip: gzip_len(path)?,
                name: m.name,
                raw: m.raw,
                brotli: m.brotli,
            })
        })
        .collect()
}

fn icons(dist: &Path) -> Result<Vec<PathBuf>> {
    let mut found: Vec<PathBuf> = fs::read_dir(dist)
        .map_err(|e| format!("{}: {e}", dist.display()))?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| {
            path.extension()
                .is_some_and(|ext| ext == "svg" || ext == "ico")
        })
        .collect();
    found.sort();
    Ok(found)
}

fn gzip_len(path: &Path) -> Result<u64> {
    let out = cmd::new("gzip")
        .args(["-9", "-c", "-n"])
        .arg(path)
        .stderr(Stdio::inherit())
        .output()
        .map_err(|e| format!("gzip: {e}"))?;
    if !out.status.success() {
        return Err(format!("gzip failed on {}", path.display()));
    }
    Ok(out.stdout.len() as u64)
}
