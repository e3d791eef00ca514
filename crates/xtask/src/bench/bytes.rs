//! Bytes on the wire: every file of the first visit, the JS API module and the offline
//! file, raw, gzip -9 and brotli -q 11, with the file sets and budgets `cargo xtask test`
//! holds ([`size`]).

use std::path::Path;

use crate::cmd::Result;
use crate::offline;
use crate::size::{self, Measured};

/// A set of files, and the brotli budget `cargo xtask test` holds its total to.
pub struct Group {
    pub title: &'static str,
    pub files: Vec<Measured>,
    pub budget: Option<u64>,
}

impl Group {
    /// All files together, as a row named "total".
    pub fn total(&self) -> Measured {
        let sum = |size: fn(&Measured) -> u64| self.files.iter().map(size).sum();
        Measured {
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
            let files = size::measure(&paths)?;
            Ok(Group {
                title,
                files,
                budget,
            })
        })
        .collect()
}
