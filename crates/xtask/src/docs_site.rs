//! The docs site the embedding is tested in (tests/docs-site/): Material for MkDocs, the
//! theme many docs sites use, installed from PyPI into a virtual environment of its own.
//!
//! The test builds a small site with it (light/dark palette toggle, a page with the
//! one-tag embed) and reads `mkdocs` from [`VENV`], so the site is the real theme's
//! output, inline scripts and all, not a page written to suit the planner.

use std::path::{Path, PathBuf};

use crate::cmd::{self, Result};
use crate::paths;
use crate::pins;

/// The virtual environment, below tests/ (gitignored); tests/docs-site/*.test.mjs runs
/// `bin/mkdocs` from there.
pub const VENV: &str = "docs-site/.venv";

fn venv() -> PathBuf {
    paths::tests().join(VENV)
}

/// Whether the venv holds the pinned mkdocs-material (and so mkdocs).
pub fn present() -> bool {
    let python = venv().join("bin/python");
    let script =
        "import importlib.metadata as m; print(m.version('mkdocs-material'), m.version('mkdocs'))";
    let expected = format!("{} {}", pins::MKDOCS_MATERIAL, pins::MKDOCS);
    python.exists()
        && cmd::output(&python.to_string_lossy(), &["-c", script])
            .is_some_and(|found| found.trim() == expected)
}

/// Creates the venv and installs the pinned packages into it (about 15 s here).
///
/// # Errors
/// When python3 (with its venv module: Debian's `python3-venv`) is missing, or pip
/// cannot reach PyPI.
pub fn install() -> Result {
    let dir = venv();
    let root = paths::root();
    cmd::run(
        cmd::new("python3")
            .args(["-m", "venv", "--clear"])
            .arg(&dir),
        &root,
    )
    .map_err(|e| {
        format!("{e}: the docs-site test needs python3 with venv (Debian: python3-venv)")
    })?;
    cmd::run(
        cmd::new(&pip(&dir)).args([
            "install",
            "--quiet",
            "--disable-pip-version-check",
            &format!("mkdocs-material=={}", pins::MKDOCS_MATERIAL),
            &format!("mkdocs=={}", pins::MKDOCS),
        ]),
        &root,
    )
}

fn pip(venv: &Path) -> String {
    venv.join("bin/pip").to_string_lossy().into_owned()
}
