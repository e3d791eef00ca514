//! Bytes on the wire: every file of the first visit, the JS API module and the offline
//! file, raw, gzip -9 and brotli -q 11 (the two encodings static hosts serve).
//!
//! The file sets are the ones `cargo xtask test` holds to their budgets ([`size`]): the
//! first visit is dist/index.html and the styles, scripts and wasm it names.

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

/// A set of files.
pub struct Group {
    pub title: &'static str,
    pub files: Vec<File>,
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

/// A brotli total and the budget `cargo xtask test` holds it to.
pub struct Budgeted {
    pub title: &'static str,
    pub brotli: u64,
    pub budget: u64,
}

/// Measures the groups of `dist`.
pub fn measure(dist: &Path) -> Result<Vec<Group>> {
    Ok(vec![
        Group {
            title: "First visit (index.html and the styles, scripts and wasm it names)",
            files: files(&size::first_visit_files(dist)?)?,
        },
        Group {
            title: "JS API module (dist/embed)",
            files: files(&size::embed_files(dist))?,
        },
        Group {
            title: "Offline single file",
            files: files(&[dist.join(offline::FILE)])?,
        },
    ])
}

/// The budgets of `cargo xtask test`, over the same file sets.
pub fn budgeted(dist: &Path) -> Result<Vec<Budgeted>> {
    let total = |paths: &[PathBuf]| -> Result<u64> {
        Ok(size::measure(paths)?.iter().map(|m| m.brotli).sum())
    };
    Ok(vec![
        Budgeted {
            title: "First visit",
            brotli: total(&size::first_visit_files(dist)?)?,
            budget: size::FIRST_VISIT_BUDGET,
        },
        Budgeted {
            title: "JS API module",
            brotli: total(&size::embed_files(dist))?,
            budget: size::EMBED_BUDGET,
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
                gzip: size::compressed_len("gzip", &["-9", "-c", "-n"], path)?,
                name: m.name,
                raw: m.raw,
                brotli: m.brotli,
            })
        })
        .collect()
}
