//! PowerShell rendering: commands and the `.ps1` script, ASCII only.

use crate::checks::ScriptCheck;
use crate::remedies::Kind;
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
}

/// One step as the script runs it.
pub(crate) struct ScriptStep<'a> {
    /// What it does, for the comment above it.
    pub purpose: &'a str,
    /// The command.
    pub command: &'a str,
    /// Its cluster, `None` for the management cluster.
    pub cluster: Option<&'a str>,
    /// Which remedies the script prints when it fails.
    pub kind: Kind,
}

/// The whole fix as one script: header comments, `$ErrorActionPreference = 'Stop'` so
/// the first failure stops the run, the remedies by kind, a `trap` that prints where it
/// stopped and what to do, the checks the script can run itself, then each step as a
/// comment, a `$step` record for the trap, and its command.
///
/// The remedies are written once per kind of step, with [`remedies::CLUSTER`] and
/// [`remedies::STEP`] left in and filled by the trap from `$step`, so a plan for 50
/// clusters stays a readable script.
pub(crate) fn script(
    header: &ScriptHeader<'_>,
    checks: &[ScriptCheck],
    steps: &[ScriptStep<'_>],
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
    if !steps.is_empty() {
        line("# It checks what it can before it changes anything, and stops at the first check or");
        line("# step that fails, saying which one and what to do.");
    }
    line("");
    line("$ErrorActionPreference = 'Stop'");
    if steps.is_empty() {
        line("");
        line("# Nothing to run: no certificate layer is impacted.");
        return out;
    }

    let run: Vec<&ScriptCheck> = checks.iter().filter(|c| !c.statements.is_empty()).collect();
    let mut kinds: Vec<Kind> = Vec::new();
    for kind in run
        .iter()
        .map(|c| c.kind)
        .chain(steps.iter().map(|s| s.kind))
    {
        if !kinds.contains(&kind) {
            kinds.push(kind);
        }
    }
    line("");
    line("# What to do when a check or a step fails, most likely first. <cluster> stands for");
    line("# the cluster of the step that failed, <step> for its command.");
    line("$ifFails = @{");
    for kind in kinds {
        line(&["    ", &quote(kind.key()), " = @("].concat());
        for remedy in kind.remedies() {
            let mut item = |text: &str| line(&["        ", &quote(text)].concat());
            item(&["- ", remedy.symptom].concat());
            item(&["  ", remedy.action].concat());
            for command in remedy.commands {
                item(&["      ", command].concat());
            }
            if let Some(caution) = remedy.caution {
                item(&["  Caution: ", caution].concat());
            }
            item(&["  Source: ", remedy.source].concat());
        }
        line("    )");
    }
    line("}");
    line("");
    line("# Stops at the first error, saying what failed and what to do.");
    line("trap {");
    line("    Write-Host ''");
    line("    Write-Host ($step.Name + ' failed: ' + $step.Command) -ForegroundColor Red");
    line("    Write-Host ('Error: ' + $_.Exception.Message) -ForegroundColor Red");
    line("    Write-Host 'What to do:'");
    line("    foreach ($line in $ifFails[$step.Kind]) {");
    line("        Write-Host ($line.Replace('<step>', $step.Command).Replace('<cluster>', '''' + $step.Cluster + ''''))");
    line("    }");
    line("    Write-Host $step.Then");
    line("    break");
    line("}");

    let total_checks = checks.len().to_string();
    for (number, check) in checks.iter().enumerate() {
        let number = (number + 1).to_string();
        line("");
        let counted = [&number, " of ", &total_checks].concat();
        let name = ["Check ", &counted].concat();
        let about = [
            check.check.purpose.as_str(),
            " Expect: ",
            &check.check.expect,
        ]
        .concat();
        if check.statements.is_empty() {
            line(
                &[
                    "# Before you start, check ",
                    &counted,
                    ", yours to run (the answer needs a person):",
                ]
                .concat(),
            );
            line(&["#   ", &check.check.command].concat());
            line(&["# ", &about].concat());
            continue;
        }
        line(&["# Before you start, check ", &counted, ": ", &about].concat());
        line(&record(
            &name,
            &check.check.command,
            check.kind,
            "",
            "Nothing has been changed. When this is fixed, run the script again.",
        ));
        for statement in &check.statements {
            line(statement);
        }
    }

    let total = steps.len().to_string();
    for (index, step) in steps.iter().enumerate() {
        let number = (index + 1).to_string();
        let then = match index {
            0 => "No step has completed. When the cause is fixed, run the script again.".to_owned(),
            1 => "Step 1 has completed. When the cause is fixed, run step 2 and the ones after it."
                .to_owned(),
            _ => [
                "Steps 1 to ",
                &index.to_string(),
                " have completed. When the cause is fixed, run step ",
                &number,
                " and the ones after it.",
            ]
            .concat(),
        };
        line("");
        line(&["# ", &number, ". ", step.purpose].concat());
        line(&record(
            &["Step ", &number, " of ", &total].concat(),
            step.command,
            step.kind,
            step.cluster.unwrap_or_default(),
            &then,
        ));
        line(step.command);
    }
    out
}

/// `$step = @{ ... }`: what the trap says about the check or step that runs next.
fn record(name: &str, command: &str, kind: Kind, cluster: &str, then: &str) -> String {
    [
        "$step = @{ Name = ",
        &quote(name),
        "; Command = ",
        &quote(command),
        "; Kind = ",
        &quote(kind.key()),
        "; Cluster = ",
        &quote(cluster),
        "; Then = ",
        &quote(then),
        " }",
    ]
    .concat()
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
