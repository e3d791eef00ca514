//! Where things are: the repository root, dist/, and the tool folders.

use std::env;
use std::ffi::OsString;
use std::path::{Path, PathBuf};

/// The repository root (two levels above this crate).
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .ancestors()
        .nth(2)
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."))
}

/// The release build output.
pub fn dist() -> PathBuf {
    root().join("dist")
}

/// The npm test packages folder (also home of the pinned wasm-opt).
pub fn tests() -> PathBuf {
    root().join("tests")
}

/// PATH with npm's `.bin` (wasm-opt) and cargo's bin folder (where `cargo install` puts
/// Trunk and wasm-bindgen) in front.
pub fn tool_path() -> OsString {
    let cargo_home = env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| env::var_os("HOME").map(|home| PathBuf::from(home).join(".cargo")))
        .unwrap_or_else(|| PathBuf::from(".cargo"));
    let mut dirs = vec![tests().join("node_modules/.bin"), cargo_home.join("bin")];
    dirs.extend(env::var_os("PATH").iter().flat_map(env::split_paths));
    env::join_paths(dirs).unwrap_or_default()
}
