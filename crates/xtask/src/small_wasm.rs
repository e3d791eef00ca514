//! Release wasm builds rebuild the standard library with panics that abort at once.
//!
//! The prebuilt std carries the machinery to format and report panic messages, which
//! no user of this app ever sees. `-Zbuild-std` with `-Cpanic=immediate-abort` leaves it
//! out: measured here, the app's wasm went from 84.7 KB to 72.7 KB brotli. Both are
//! unstable, so these cargo runs alone get `RUSTC_BOOTSTRAP=1`; the toolchain stays the
//! machine's stable one. Needs the rust-src component, which setup installs.

use std::process::Command;

/// The rustup component build-std compiles std from.
pub const RUST_SRC: &str = "rust-src";

/// What [`apply`] sets.
const SETTINGS: [(&str, &str); 3] = [
    ("RUSTC_BOOTSTRAP", "1"),
    ("CARGO_UNSTABLE_BUILD_STD", "std,panic_abort"),
    (
        "CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS",
        "-Zunstable-options -Cpanic=immediate-abort",
    ),
];

/// Makes the wasm32 release build under `command` (cargo, or Trunk running cargo) small.
pub fn apply(command: &mut Command) -> &mut Command {
    command.envs(SETTINGS)
}

/// Keeps a native cargo run inside such a build (Trunk's hooks inherit its settings)
/// on the stable toolchain's own std.
pub fn clear(command: &mut Command) -> &mut Command {
    SETTINGS
        .iter()
        .fold(command, |c, (name, _)| c.env_remove(name))
}
