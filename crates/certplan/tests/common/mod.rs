//! Helpers shared by the core's integration tests. Each test file is its own crate and
//! uses some of them, so the others would read as dead code there.
#![allow(dead_code)]

use certplan::{NoteCode, Plan};

/// The script's fix lines: its indented lines that run a fix cmdlet, in order (each
/// sits in its step's `-From` block).
pub fn script_fixes(script: &str) -> Vec<&str> {
    script
        .lines()
        .filter_map(|l| l.strip_prefix("    "))
        .filter(|l| l.starts_with("Update-AksHci") || l.starts_with("Get-AksHciCredential"))
        .collect()
}

/// The texts of the plan's notes with `code`, in order.
pub fn note_texts(plan: &Plan, code: NoteCode) -> Vec<&str> {
    plan.notes
        .iter()
        .filter(|n| n.code == code)
        .map(|n| n.text.as_str())
        .collect()
}
