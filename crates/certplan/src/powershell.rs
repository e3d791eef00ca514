//! PowerShell rendering: commands and the `.ps1` script, ASCII only.

use crate::checks::ScriptCheck;
use crate::power::Entry as PowerEntry;
use crate::remedies::Kind;
use crate::sources::Source;
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
    // Copies runs between quotes whole (the script quotes kilobytes of remedy text): each
    // run ends with its quote, and the next starts with it again, which doubles it. The
    // scan is by bytes: `'` is one, U+2018..U+201B are E2 80 98..9B in UTF-8, and
    // neither byte 0x27 nor 0xE2 can be inside another character.
    let bytes = value.as_bytes();
    let mut run = 0;
    let mut at = 0;
    while let Some(&byte) = bytes.get(at) {
        let len = match (byte, bytes.get(at + 1), bytes.get(at + 2)) {
            (b'\'', _, _) => 1,
            (0xE2, Some(0x80), Some(0x98..=0x9B)) => 3,
            _ => {
                at += 1;
                continue;
            }
        };
        out.push_str(&value[run..at + len]);
        run = at;
        at += len;
    }
    out.push_str(&value[run..]);
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
    /// Notes, one line each, with their sources.
    pub notes: &'a [(&'a str, &'a Source)],
    /// What the script says in place of steps when it has none.
    pub no_steps: &'a str,
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

/// The trap that stops the script at the first error, saying what failed and what to do.
const TRAP: &str = concat!(
    "# Stops at the first error, saying what failed and what to do.\n",
    "trap {\n",
    "    Write-Host ''\n",
    "    Write-Host ($step.Name + ' failed: ' + $step.Command) -ForegroundColor Red\n",
    "    Write-Host ('Error: ' + $_.Exception.Message) -ForegroundColor Red\n",
    "    Write-Host 'What to do:'\n",
    "    foreach ($line in $ifFails[$step.Kind]) {\n",
    "        Write-Host ($line.Replace('<step>', $step.Command).Replace('<cluster>', '''' + $step.Cluster + ''''))\n",
    "    }\n",
    "    Write-Host $step.Then\n",
    "    break\n",
    "}\n",
);

/// Appends `parts` and a line break.
fn put(out: &mut String, parts: &[&str]) {
    for part in parts {
        out.push_str(part);
    }
    out.push('\n');
}

/// The whole fix as one script: header comments, `$ErrorActionPreference = 'Stop'` so
/// the first failure stops the run, the remedies by kind, a `trap` that prints where it
/// stopped and what to do, the checks the script can run itself, then each step as a
/// comment, a `$step` record for the trap, and its command.
///
/// The remedies are written once per kind of step, with [`remedies::CLUSTER`] and
/// [`remedies::STEP`] left in and filled by the trap from `$step`, so a plan for 50
/// clusters stays a readable script.
#[inline(never)]
pub(crate) fn script(
    header: &ScriptHeader<'_>,
    power_on: &[PowerEntry],
    checks: &[ScriptCheck],
    steps: &[ScriptStep<'_>],
) -> String {
    let mut out = String::new();
    let out = &mut out;
    put(
        out,
        &[
            "# Certificate fix for AKS on Azure Stack HCI / Windows Server (AksHci module).\n# Rules: Microsoft Learn, \"",
            crate::tables::SOURCE_TITLE,
            "\", ",
            &crate::sources::us_date(crate::sources::UPDATE_CERTIFICATES.date()),
            ",\n#   ",
            crate::tables::SOURCE_URL,
            "\n# ",
            header.summary,
        ],
    );
    for (layer, verdict) in header.layers {
        put(out, &["# ", layer, ": ", verdict]);
    }
    for (note, source) in header.notes {
        put(out, &["# Note: ", note]);
        put(out, &["#   Source: ", &source.cite(), ": ", source.url]);
    }
    out.push_str(
        "# Run in an elevated PowerShell session on a node where the AksHci module is installed.\n",
    );
    if steps.is_empty() {
        put(
            out,
            &["\n$ErrorActionPreference = 'Stop'\n\n# ", header.no_steps],
        );
        return core::mem::take(out);
    }
    out.push_str(concat!(
        "# It checks what it can before it changes anything, and stops at the first check or\n",
        "# step that fails, saying which one and what to do.\n",
        "\n",
        "$ErrorActionPreference = 'Stop'\n",
        "\n",
        "# What to do when a check or a step fails, most likely first. <cluster> stands for\n",
        "# the cluster of the step that failed, <step> for its command.\n",
        "$ifFails = @{\n",
    ));
    // Each kind's remedies once, the power-on checks' first, in the order they run.
    let mut tables: Vec<(&str, &[crate::remedies::RemedyEntry])> = Vec::new();
    let run = checks.iter().filter(|c| !c.statements.is_empty());
    let power = power_on.iter().filter(|c| !c.statements.is_empty());
    let kinds = run.map(|c| c.kind).chain(steps.iter().map(|s| s.kind));
    for (key, remedies) in power
        .map(|c| (c.key, c.remedies))
        .chain(kinds.map(|k| (k.key(), k.remedies())))
    {
        if tables.iter().any(|(seen, _)| *seen == key) {
            continue;
        }
        tables.push((key, remedies));
    }
    for (key, remedies) in tables {
        put(out, &["    ", &quote(key), " = @("]);
        for remedy in remedies {
            let item = |out: &mut String, prefix: &str, text: &str| {
                put(out, &["        ", &quote(&[prefix, text].concat())]);
            };
            item(out, "- ", remedy.symptom);
            item(out, "  ", remedy.action);
            for command in remedy.commands {
                item(out, "      ", command);
            }
            if let Some(caution) = remedy.caution {
                item(out, "  Caution: ", caution);
            }
            let source = remedy.source;
            item(
                out,
                "  Source: ",
                &[&source.cite(), ": ", source.url].concat(),
            );
        }
        out.push_str("    )\n");
    }
    out.push_str("}\n\n");
    out.push_str(TRAP);

    if !power_on.is_empty() {
        out.push_str(
            "\n# Power on first: the nodes, then Start-Cluster (the plan's Power on). Then:\n",
        );
    }
    for check in power_on.iter().filter(|c| !c.statements.is_empty()) {
        put(
            out,
            &["\n# Power on: ", check.purpose, " Expect: ", check.expect],
        );
        record(
            out,
            "Power-on check",
            check.command,
            check.key,
            "",
            "Nothing has been changed. When this is fixed, run the script again.",
        );
        for statement in check.statements {
            put(out, &[statement]);
        }
    }

    let total = checks.len().to_string();
    for (index, check) in checks.iter().enumerate() {
        let number = (index + 1).to_string();
        let (command, about) = (&check.check.command, &check.check);
        if check.statements.is_empty() {
            put(
                out,
                &[
                    "\n# Before you start, check ",
                    &number,
                    " of ",
                    &total,
                    ", yours to run (the answer needs a person):\n#   ",
                    command,
                    "\n# ",
                    &about.purpose,
                    " Expect: ",
                    &about.expect,
                ],
            );
            continue;
        }
        put(
            out,
            &[
                "\n# Before you start, check ",
                &number,
                " of ",
                &total,
                ": ",
                &about.purpose,
                " Expect: ",
                &about.expect,
            ],
        );
        record(
            out,
            &["Check ", &number, " of ", &total].concat(),
            command,
            check.kind.key(),
            "",
            "Nothing has been changed. When this is fixed, run the script again.",
        );
        for statement in &check.statements {
            put(out, &[statement]);
        }
    }

    let total = steps.len().to_string();
    for (index, step) in steps.iter().enumerate() {
        let number = (index + 1).to_string();
        let done = index.to_string();
        let then = match index {
            0 => "No step has completed. When the cause is fixed, run the script again.".to_owned(),
            1 => "Step 1 has completed. When the cause is fixed, run step 2 and the ones after it."
                .to_owned(),
            _ => [
                "Steps 1 to ",
                &done,
                " have completed. When the cause is fixed, run step ",
                &number,
                " and the ones after it.",
            ]
            .concat(),
        };
        put(out, &["\n# ", &number, ". ", step.purpose]);
        record(
            out,
            &["Step ", &number, " of ", &total].concat(),
            step.command,
            step.kind.key(),
            step.cluster.unwrap_or_default(),
            &then,
        );
        put(out, &[step.command]);
    }
    core::mem::take(out)
}

/// `$step = @{ ... }`: what the trap says about the check or step that runs next.
fn record(out: &mut String, name: &str, command: &str, kind: &str, cluster: &str, then: &str) {
    put(
        out,
        &[
            "$step = @{ Name = ",
            &quote(name),
            "; Command = ",
            &quote(command),
            "; Kind = ",
            &quote(kind),
            "; Cluster = ",
            &quote(cluster),
            "; Then = ",
            &quote(then),
            " }",
        ],
    );
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
