//! The project's task runner: `cargo xtask <command>` (alias in `.cargo/config.toml`).
//!
//! Every command installs what it needs first and skips what is present, so a fresh
//! machine goes from a clone to a served app or a green test run with one command.

mod bench;
mod boot;
mod build;
mod cmd;
mod embed;
mod fuzz;
mod html;
mod mutants;
mod offline;
mod paths;
mod pins;
mod setup;
mod short_names;
mod size;
mod test;

use std::process::ExitCode;

const USAGE: &str = "\
usage: cargo xtask <command>

commands:
  setup   install what every command needs (rust-toolchain.toml's target and
          components, Trunk, wasm-bindgen, wasm-opt, Chromium, Firefox, nginx, brotli,
          npm test packages, MkDocs Material in tests/docs-site/.venv, twiggy);
          skips what is present
  serve   set up, build and serve dist/ at http://127.0.0.1:8080/, rebuilding on change
  build   set up, then the release build into dist/ (app, dist/embed/ JS API and
          frame.js, offline single file)
  test    set up, then run every check and test the project has
  bench   build, then measure bytes, load, interaction, engine and Lighthouse into
          target/bench/report.md [--record: add a line to tests/bench/history.md]
          [--rounds N] [--no-build]; timings are reported, never asserted
  fuzz    run the cargo-fuzz targets of fuzz/ for [SECONDS] each (default 60)
  mutants mutation testing of the core and the JS API's input reader (cargo-mutants);
          lists the changes no test notices and fails if there are any
  post-build  Trunk's post_build hook (Trunk.toml), not for direct use";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("setup") => setup::run(setup::Tools::Bench),
        Some("serve") => build::serve(),
        Some("build") => setup::run(setup::Tools::Build).and_then(|()| build::release()),
        Some("test") => test::run(),
        Some("bench") => bench::run(&args[1..]),
        Some("fuzz") => fuzz::run(&args[1..]),
        Some("mutants") => mutants::run(&args[1..]),
        Some("post-build") => build::post_build(),
        Some("-h" | "--help" | "help") => {
            println!("{USAGE}");
            Ok(())
        }
        _ => Err(format!("unknown or missing command\n\n{USAGE}")),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("xtask: {message}");
            ExitCode::FAILURE
        }
    }
}
