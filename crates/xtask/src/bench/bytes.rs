//! Bytes on the wire: every file of the first visit, the JS API module and the offline
//! file, raw, gzip -9 and brotli -q 11 (the two encodings static hosts serve).
//!
//! The first visit is what dist/index.html makes a browser fetch: the page and every
//! local file it names (boot script, glue, wasm, stylesheet, icon). `cargo xtask test`
//! holds the brotli totals to their budgets with its own file sets ([`size`]); the report
//! shows those totals too, and names any file the two first-visit sets disagree on.

use std::collections::BTreeSet;
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

/// A set of files.
pub struct Group {
    pub title: &'static str,
    pub files: Vec<File>,
}

impl Group {
    /// (raw, gzip, brotli) of all files.
    pub fn totals(&self) -> (u64, u64, u64) {
        self.files.iter().fold((0, 0, 0), |(r, g, b), f| {
            (r + f.raw, g + f.gzip, b + f.brotli)
        })
    }
}

/// What `cargo xtask test` counts against a budget, beside what the report measures.
pub struct Budgeted {
    pub title: &'static str,
    pub brotli: u64,
    pub budget: u64,
    /// Files one set has and the other lacks, e.g. `+embed-example.js` (counted by the
    /// budget check, not fetched on a first visit) or `-favicon.svg` (the reverse).
    pub differs: Vec<String>,
}

/// Measures the groups of `dist`.
pub fn measure(dist: &Path) -> Result<Vec<Group>> {
    Ok(vec![
        Group {
            title: "First visit (index.html and every file it names)",
            files: files(&first_visit(dist)?)?,
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

/// The budgets of `cargo xtask test`, computed with its own file sets.
pub fn budgeted(dist: &Path) -> Result<Vec<Budgeted>> {
    let first = size::first_visit_files(dist)?;
    let ours = first_visit(dist)?;
    let name = |p: &PathBuf| {
        p.file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned()
    };
    let theirs: BTreeSet<String> = first.iter().map(name).collect();
    let mine: BTreeSet<String> = ours.iter().map(name).collect();
    let mut differs: Vec<String> = theirs.difference(&mine).map(|n| format!("+{n}")).collect();
    differs.extend(mine.difference(&theirs).map(|n| format!("-{n}")));
    let total = |paths: &[PathBuf]| -> Result<u64> {
        Ok(size::measure(paths)?.iter().map(|m| m.brotli).sum())
    };
    Ok(vec![
        Budgeted {
            title: "First visit",
            brotli: total(&first)?,
            budget: size::FIRST_VISIT_BUDGET,
            differs,
        },
        Budgeted {
            title: "JS API module",
            brotli: total(&size::embed_files(dist))?,
            budget: size::EMBED_BUDGET,
            differs: Vec::new(),
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

/// dist/index.html and the local files its `href` and `src` attributes name.
fn first_visit(dist: &Path) -> Result<Vec<PathBuf>> {
    let index = dist.join("index.html");
    let page = fs::read_to_string(&index).map_err(|e| format!("{}: {e}", index.display()))?;
    let mut found = BTreeSet::from([index]);
    for url in urls(&page) {
        let path = dist.join(url.trim_start_matches("./"));
        if !url.contains(':') && !url.starts_with('/') && path.is_file() {
            found.insert(path);
        }
    }
    Ok(found.into_iter().collect())
}

/// Values of `href=` and `src=` attributes, quoted or not (Trunk may minify the page).
fn urls(page: &str) -> Vec<&str> {
    let mut found = Vec::new();
    for key in [" href=", " src="] {
        let mut rest = page;
        while let Some(at) = rest.find(key) {
            rest = &rest[at + key.len()..];
            let (value, after) = match rest.chars().next() {
                Some(quote @ ('"' | '\'')) => {
                    let inner = &rest[1..];
                    let end = inner.find(quote).unwrap_or(inner.len());
                    (&inner[..end], &inner[end..])
                }
                _ => {
                    let end = rest
                        .find(|c: char| c.is_ascii_whitespace() || c == '>')
                        .unwrap_or(rest.len());
                    rest.split_at(end)
                }
            };
            found.push(value);
            rest = after;
        }
    }
    found
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_quoted_and_minified_urls() {
        let page = r#"<link rel="icon" href="./a.svg"><link href=./b.css rel=stylesheet><script type=module src='./c.js'></script><a href=https://x.example/>x</a>"#;
        assert_eq!(
            urls(page),
            ["./a.svg", "./b.css", "https://x.example/", "./c.js"]
        );
    }
}
