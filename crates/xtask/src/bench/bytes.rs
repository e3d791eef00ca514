//! Bytes on the wire: every file of the first visit, the JS API module and the offline
//! file, raw, gzip -9 and brotli -q 11 (the two encodings static hosts serve).
//!
//! The file sets and budgets are the ones `cargo xtask test` holds ([`size`]): the first
//! visit is dist/index.html and the styles, scripts and wasm it names.

use std::path::{Path, PathBuf};

use crate::cmd::Result;
use crate::offline;
use crate::size;

/// One file's sizes.
pub struct File {
    pub name: String,
    pub raw: u64,
    pub gzip: u64,
    pub brotli: u64,
}

/// A set of files, and the brotli budget `cargo xtask test` holds its total to.
pub struct Group {
    pub title: &'static str,
    pub files: Vec<File>,
    pub budget: Option<u64>,
}

impl Group {
    /// All files together, as a row named "total".
    pub fn total(&self) -> File {
        let sum = |size: fn(&File) -> u64| self.files.iter().map(size).sum();
        File {
            name: "total".into(),
            raw: sum(|f| f.raw),
            gzip: sum(|f| f.gzip),
            brotli: sum(|f| f.brotli),
        }
    }
}

/// Measures the groups of `dist`.
pub fn measure(dist: &Path) -> Result<Vec<Group>> {
    let groups = [
        (
            "First visit",
            size::first_visit_files(dist)?,
            Some(size::FIRST_VISIT_BUDGET),
        ),
        (
            "JS API module (dist/embed)",
            size::embed_files(dist),
            Some(size::EMBED_BUDGET),
        ),
        ("Offline single file", vec![dist.join(offline::FILE)], None),
    ];
    groups
        .into_iter()
        .map(|(title, paths, budget)| {
            Ok(Group {
                title,
                files: files(&paths)?,
                budget,
            })
        })
        .collect()
}

fn files(paths: &[PathBuf]) -> Result<Vec<File>> {
    let brotli = size::measure(paths)?;
    paths
        .iter()
        .zip(brotli)
        .map(|(path, m)| {
            Ok(File {
                gzip: size::compressed_len("gzip", &["-9", "-c", "-n"], path)?,
                name: m.name,
                raw: m.raw,
                brotli: m.brotli,
            })
        })
        .collect()
}
