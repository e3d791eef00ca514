//! PowerShell rendering: commands and the `.ps1` script, ASCII only.

use crate::tables::Command;

/// Quotes a value as a PowerShell single-quoted string.
///
/// PowerShell treats the Unicode quotes U+2018, U+2019, U+201A and U+201B as single
/// quotes too, so each of them (and `'`) is doubled, which is how a single-quoted string
/// escapes its own delimiter. Nothing expands inside single quotes: `$`, backtick and
/// `;` are literal. Validation already refuses names with any of these; this is the
/// second line of defence.
///
/// ```
/// assert_eq!(certplan::quote("prod"), "'prod'");
/// assert_eq!(certplan::quote("it's"), "'it''s'");
/// assert_eq!(certplan::quote("a\u{2019}b"), "'a\u{2019}\u{2019}b'");
/// ```
pub fn quote(value: &str) -> String {
    let mut out = String::with_capacity(value.len() + 2);
    out.push('\'');
    for c in value.chars() {
        if matches!(c, '\'' | '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}') {
            out.push(c);
        }
        out.push(c);
    }
    out.push('\'');
    out
}

/// Renders a command for one cluster (or none, for the management cluster).
pub(crate) fn render(command: &Command, cluster: Option<&str>) -> String {
    let mut out = String::from(command.cmdlet);
    if let (true, Some(name)) = (command.takes_name, cluster) {
        out.push_str(" -Name ");
        out.push_str(&quote(name));
    }
    for switch in command.switches {
        out.push(' ');
        out.push_str(switch);
    }
    out
}

/// What the script header says above the commands.
pub(crate) struct ScriptHeader<'a> {
    /// One line on what was entered, e.g. "Shutdown 2026-01-01, power-on 2026-03-01: 59 days."
    pub summary: &'a str,
    /// `(layer name, verdict sentence)` for each layer.
    pub layers: [(&'a str, &'a str); 2],
    /// Notes, one line each.
    pub notes: &'a [&'a str],
    /// What the script says in place of steps when it has none.
    pub no_steps: &'a str,
}

/// The whole fix as one script: header comments, `$ErrorActionPreference = 'Stop'` so
/// the first failure stops the run, then each step as a comment and its command.
pub(crate) fn script<'a>(
    header: &ScriptHeader<'_>,
    steps: impl ExactSizeIterator<Item = (&'a str, &'a str)>,
) -> String {
    let mut out = String::new();
    let mut line = |text: &str| {
        out.push_str(text);
        out.push('\n');
    };
    line("# Certificate fix for AKS on Azure Stack HCI / Windows Server (AksHci module).");
    line(
        &[
            "# Rules: Microsoft Learn, \"",
            crate::tables::SOURCE_TITLE,
            "\",",
        ]
        .concat(),
    );
    line(&["#   ", crate::tables::SOURCE_URL].concat());
    line(&["# ", header.summary].concat());
    for (layer, verdict) in header.layers {
        line(&["# ", layer, ": ", verdict].concat());
    }
    for note in header.notes {
        line(&["# Note: ", note].concat());
    }
    line("# Run in an elevated PowerShell session on a node where the AksHci module is installed.");
    line("");
    line("$ErrorActionPreference = 'Stop'");
    if steps.len() == 0 {
        line("");
        line(&["# ", header.no_steps].concat());
    }
    for (number, (purpose, command)) in steps.enumerate() {
        line("");
        line(&["# ", &(number + 1).to_string(), ". ", purpose].concat());
        line(command);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tables::REFRESH_CREDENTIAL;

    #[test]
    fn quoting_neutralises_every_breakout() {
        for (raw, quoted) in [
            ("a'b", "'a''b'"),
            ("$(calc)", "'$(calc)'"),
            ("a`b", "'a`b'"),
            ("a;b", "'a;b'"),
            ("\u{2018}x\u{201B}", "'\u{2018}\u{2018}x\u{201B}\u{201B}'"),
            ("", "''"),
        ] {
            assert_eq!(quote(raw), quoted);
        }
    }

    #[test]
    fn renders_name_then_switches() {
        assert_eq!(
            render(&REFRESH_CREDENTIAL, Some("prod")),
            "Get-AksHciCredential -Name 'prod'"
        );
    }
}
