//! `prerender <path/to/index.html>`: renders the page's components into the file, in
//! place, at its `<template id="prerender">` (see `certplan_web::prerender`).
//!
//! Run by the build on Trunk's staged index.html:
//! `cargo run -p certplan-web --features ssr --bin prerender -- <path/to/index.html>`.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use certplan_web::prerender;

fn main() -> ExitCode {
    let mut args = std::env::args_os().skip(1);
    let (Some(path), None) = (args.next().map(PathBuf::from), args.next()) else {
        eprintln!("usage: prerender <path/to/index.html>");
        return ExitCode::from(2);
    };
    match run(&path) {
        Ok(bytes) => {
            println!("prerender: {} ({bytes} bytes of HTML)", path.display());
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("prerender: {}: {error}", path.display());
            ExitCode::FAILURE
        }
    }
}

/// Rewrites `path`; returns how much HTML went in.
fn run(path: &Path) -> Result<usize, String> {
    let page = fs::read_to_string(path).map_err(|e| e.to_string())?;
    let rendered = futures::executor::block_on(prerender::page());
    let page = prerender::insert(&page, &rendered).map_err(|e| e.to_string())?;
    fs::write(path, page).map_err(|e| e.to_string())?;
    Ok(rendered.len())
}
