//! Running programs: echo the command, inherit output, fail with a readable message.

use std::ffi::OsStr;
use std::fs;
use std::path::Path;
use std::process::{Command, ExitStatus, Stdio};

use crate::paths;

/// A result whose error is a message for the person at the terminal.
pub type Result<T = ()> = std::result::Result<T, String>;

/// A command with the project's tool folders first on PATH (npm's wasm-opt must win
/// over any older one the system has).
pub fn new(program: &str) -> Command {
    let mut command = Command::new(program);
    command.env("PATH", paths::tool_path());
    command
}

/// Runs `command` in `dir`, printing it first; fails when it exits non-zero.
pub fn run(command: &mut Command, dir: &Path) -> Result {
    let status = status(command, dir)?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("`{}` failed ({status})", show(command)))
    }
}

/// Runs `command` in `dir`, printing it first, and returns how it exited.
pub fn status(command: &mut Command, dir: &Path) -> Result<ExitStatus> {
    let shown = show(command);
    println!("$ {shown}");
    command
        .current_dir(dir)
        .status()
        .map_err(|e| format!("could not start `{shown}`: {e}"))
}

/// Runs a program quietly and returns its stdout, or `None` when it is missing or fails.
pub fn output<S: AsRef<OsStr>>(program: &str, args: &[S]) -> Option<String> {
    let out = new(program)
        .args(args)
        .stdin(Stdio::null())
        .stderr(Stdio::null())
        .output()
        .ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

fn show(command: &Command) -> String {
    let mut shown = command.get_program().to_string_lossy().into_owned();
    for arg in command.get_args() {
        shown.push(' ');
        shown.push_str(&arg.to_string_lossy());
    }
    shown
}

/// Runs `command` in `dir`, printing it first, and returns its stdout; fails when it
/// exits non-zero (its stderr goes to the terminal).
pub fn capture(command: &mut Command, dir: &Path) -> Result<String> {
    let shown = show(command);
    println!("$ {shown}");
    let out = command
        .current_dir(dir)
        .stderr(Stdio::inherit())
        .output()
        .map_err(|e| format!("could not start `{shown}`: {e}"))?;
    if !out.status.success() {
        return Err(format!("`{shown}` failed ({})", out.status));
    }
    String::from_utf8(out.stdout).map_err(|e| format!("`{shown}` printed non-UTF-8: {e}"))
}

/// The text of `path`; the error names the file.
pub fn read(path: &Path) -> Result<String> {
    fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))
}

/// Writes `contents` to `path`, creating its folder; the error names the file.
pub fn write(path: &Path, contents: impl AsRef<[u8]>) -> Result {
    let error = |e: std::io::Error| format!("{}: {e}", path.display());
    fs::create_dir_all(path.parent().unwrap_or(path)).map_err(error)?;
    fs::write(path, contents).map_err(error)
}
