//! PowerShell rendering: commands and the `.ps1` script, ASCII only.

use crate::checks::ScriptCheck;
use crate::power::Entry as PowerEntry;
use crate::remedies::Kind;
use crate::sources::{self, Source};
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
    push_quoted(&mut out, value);
    out.push('\'');
    out
}

/// Appends `value` as the inside of a single-quoted string: [`quote`] without the
/// quotes, so that parts can be quoted as one string without joining them first.
fn push_quoted(out: &mut String, value: &str) {
    // Copies runs between quotes whole (the script quotes kilobytes of remedy text): each
    // run ends with its quote, and the next starts with it again, which doubles it. The
    // scan is by bytes: `'` is one, U+2018..U+201B are E2 80 98..9B in UTF-8, and
    // neither byte 0x27 nor 0xE2 can be inside another character.
    let bytes = value.as_bytes();
    let mut run = 0;
    let mut from = 0;
    while let Some(found) = quote_or_e2(&bytes[from..]) {
        let at = from + found;
        let len = match (bytes[at], bytes.get(at + 1), bytes.get(at + 2)) {
            (b'\'', _, _) => 1,
            (0xE2, Some(0x80), Some(0x98..=0x9B)) => 3,
            _ => {
                from = at + 1;
                continue;
            }
        };
        out.push_str(&value[run..at + len]);
        run = at;
        from = at + len;
    }
    out.push_str(&value[run..]);
}

/// Where the first `'` or 0xE2 byte of `bytes` is. Eight bytes at a time: the script
/// quotes kilobytes of text, and a byte-by-byte scan was a tenth of the JS API's
/// `plan()`.
fn quote_or_e2(bytes: &[u8]) -> Option<usize> {
    const ONES: u64 = u64::from_le_bytes([1; 8]);
    const HIGHS: u64 = u64::from_le_bytes([0x80; 8]);
    // Nonzero when a byte of `word` is `byte` (and only then: the borrows it can
    // cause only follow a byte that is).
    let has = |word: u64, byte: u8| {
        let zeroed = word ^ (ONES * u64::from(byte));
        zeroed.wrapping_sub(ONES) & !zeroed & HIGHS
    };
    let mut at = 0;
    while let Some(chunk) = bytes.get(at..at + 8) {
        let mut word = [0; 8];
        word.copy_from_slice(chunk);
        let word = u64::from_le_bytes(word);
        if has(word, b'\'') | has(word, 0xE2) != 0 {
            break;
        }
        at += 8;
    }
    let found = bytes[at..].iter().position(|&b| b == b'\'' || b == 0xE2)?;
    Some(at + found)
}

/// Appends `parts`, joined, as one single-quoted string.
fn push_quote(out: &mut String, parts: &[&str]) {
    out.push('\'');
    for part in parts {
        push_quoted(out, part);
    }
    out.push('\'');
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

/// The name the script is saved under when planned on `today` (`YYYY-MM-DD`): the web
/// app's download, and the name the script's run instructions use.
///
/// ```
/// assert_eq!(certplan::script_file_name("2026-12-06"), "aks-certificate-fix-2026-12-06.ps1");
/// ```
pub fn script_file_name(today: &str) -> String {
    ["aks-certificate-fix-", today, ".ps1"].concat()
}

/// What a verify step does to the kubeconfig, said before the script starts. Only what is
/// documented: the default file, and the evaluation guide's overwrite and prompt.
pub const KUBECONFIG_NOTE: &str = "Each verify step runs Get-AksHciCredential, which writes that cluster's kubeconfig to %USERPROFILE%\\.kube\\config by default; Microsoft's evaluation guide says the new file overwrites the previous kubeconfig and has you accept a prompt. Copy the file first if you still need it, and answer the prompt at each verify step.";

/// The lines that say how to run a saved script `file`, as Microsoft documents it:
/// unblock the download, allow scripts for this session only, run; and how to resume.
pub fn run_instructions(file: &str) -> [String; 4] {
    let path = [".\\", file].concat();
    [
        ["Unblock-File -Path ", &path].concat(),
        "Set-ExecutionPolicy -ExecutionPolicy RemoteSigned -Scope Process".to_owned(),
        path.clone(),
        [&path, " -From 3"].concat(),
    ]
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
    /// The file it is saved as, for its run instructions.
    pub file: &'a str,
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
    /// A verify step: `kubectl get nodes` runs right after it, for its cluster.
    pub verify: bool,
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
    "    if ($PSCommandPath) {\n",
    "        Write-Host ('    & ''' + $PSCommandPath + ''' -From ' + $step.From)\n",
    "    } else {\n",
    "        Write-Host ('    Run the saved script with -From ' + $step.From)\n",
    "    }\n",
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
    checks: &[ScriptCheck<'_>],
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
    let [unblock, policy, run, resume] = run_instructions(header.file);
    put(
        out,
        &[
            "# How to run it: a downloaded script is marked as from the internet, and the\n",
            "# RemoteSigned policy (the Windows Server default) runs it only once unblocked.\n",
            "# Set the policy for this session only, then run it:\n#   ",
            &unblock,
            "\n#   ",
            &policy,
            "\n#   ",
            &run,
            "\n# After a failure it says the line that resumes, e.g. at step 3:\n#   ",
            &resume,
            "\n# Sources: ",
            &sources::EXECUTION_POLICY.cite(),
            ": ",
            sources::EXECUTION_POLICY.url,
            "\n#   ",
            &sources::UNBLOCK_FILE.cite(),
            ": ",
            sources::UNBLOCK_FILE.url,
        ],
    );
    let verifies = steps.iter().any(|s| s.verify);
    if verifies {
        put(
            out,
            &[
                "# Note: ",
                KUBECONFIG_NOTE,
                "\n#   ",
                &sources::GET_CREDENTIAL.cite(),
                ": ",
                sources::GET_CREDENTIAL.url,
            ],
        );
    }
    let total = steps.len().to_string();
    put(
        out,
        &[
            "\n# -From n starts at step n, skipping the steps before it (they have completed).\nparam([ValidateRange(1, ",
            &total,
            ")][int]$From = 1)",
        ],
    );
    out.push_str(concat!(
        "\n# It checks what it can before it changes anything, and stops at the first check or\n",
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
                out.push_str("        ");
                push_quote(out, &[prefix, text]);
                out.push('\n');
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
            out.push_str("        ");
            push_quote(out, &["  Source: ", &source.cite(), ": ", source.url]);
            out.push('\n');
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
            &Record {
                name: "Power-on check",
                command: check.command,
                kind: check.key,
                cluster: "",
                then: "Nothing has been changed. When this is fixed, run the script again:",
                from: "$From",
            },
        );
        for statement in check.statements {
            put(out, &[statement]);
        }
    }

    let checks_total = checks.len().to_string();
    for (index, check) in checks.iter().enumerate() {
        let number = (index + 1).to_string();
        let (command, about) = (&check.check.command, &check.check);
        let heading = [
            "\n# Before you start, check ",
            &number,
            " of ",
            &checks_total,
        ]
        .concat();
        let about_text = [&about.purpose, " Expect: ", &about.expect].concat();
        if check.statements.is_empty() {
            let yours = ", yours to run (the answer needs a person):\n#   ";
            put(out, &[&heading, yours, command, "\n# ", &about_text]);
            continue;
        }
        put(out, &[&heading, ": ", &about_text]);
        record(
            out,
            &Record {
                name: &["Check ", &number, " of ", &checks_total].concat(),
                command,
                kind: check.kind.key(),
                cluster: "",
                then: "Nothing has been changed. When this is fixed, run the script again:",
                // Checks run on every run: a resumed run starts where it was told to.
                from: "$From",
            },
        );
        for statement in &check.statements {
            put(out, &[statement]);
        }
    }

    if verifies {
        put(out, &["\nWrite-Host ", &quote(KUBECONFIG_NOTE)]);
    }
    out.push_str(
        "\nif ($From -gt 1) {\n    Write-Host ('Starting at step ' + $From + ': the steps before it are skipped.')\n}\n",
    );
    for (index, step) in steps.iter().enumerate() {
        let number = (index + 1).to_string();
        let done = index.to_string();
        let then = match index {
            0 => "No step has completed. When the cause is fixed, run the script again:".to_owned(),
            _ => [
                if index == 1 {
                    "Step 1 has"
                } else {
                    "Steps 1 to "
                },
                if index == 1 { "" } else { &done },
                if index == 1 { "" } else { " have" },
                " completed. When the cause is fixed, resume at step ",
                &number,
                ":",
            ]
            .concat(),
        };
        put(out, &["\n# ", &number, ". ", step.purpose]);
        record(
            out,
            &Record {
                name: &["Step ", &number, " of ", &total].concat(),
                command: step.command,
                kind: step.kind.key(),
                cluster: step.cluster.unwrap_or_default(),
                then: &then,
                from: &number,
            },
        );
        put(out, &["if ($From -le ", &number, ") {\n    ", step.command]);
        if step.verify {
            let failed = [
                "kubectl get nodes failed for cluster ",
                step.cluster.unwrap_or_default(),
                ": its kubeconfig was refreshed, but the cluster does not answer.",
            ]
            .concat();
            put(
                out,
                &[
                    "    kubectl get nodes\n    if ($LASTEXITCODE -ne 0) { throw ",
                    &quote(&failed),
                    " }",
                ],
            );
        }
        out.push_str("}\n");
    }
    core::mem::take(out)
}

/// What the trap says about the check or step that runs next.
struct Record<'a> {
    name: &'a str,
    command: &'a str,
    /// The key of its remedies in `$ifFails`.
    kind: &'a str,
    cluster: &'a str,
    /// What has completed, and what to do, ending where the resume line follows.
    then: &'a str,
    /// The `-From` that resumes here: a number, or `$From` for "as this run started".
    from: &'a str,
}

/// `$step = @{ ... }`: the record the trap reports.
fn record(out: &mut String, record: &Record<'_>) {
    for (label, value) in [
        ("$step = @{ Name = ", record.name),
        ("; Command = ", record.command),
        ("; Kind = ", record.kind),
        ("; Cluster = ", record.cluster),
        ("; Then = ", record.then),
    ] {
        out.push_str(label);
        push_quote(out, &[value]);
    }
    put(out, &["; From = ", record.from, " }"]);
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
    fn quotes_are_found_wherever_they_are() {
        for text in ["", "a", "abcdefgh", "abcdefghijklmnop", "\u{e9}\u{e8}"] {
            assert_eq!(quote_or_e2(text.as_bytes()), None, "{text:?}");
        }
        for at in 0..20 {
            let mut text = "x".repeat(20);
            text.replace_range(at..=at, "'");
            assert_eq!(quote_or_e2(text.as_bytes()), Some(at));
            let text = ["y".repeat(at), "\u{2019}".into(), "z".repeat(9)].concat();
            assert_eq!(quote_or_e2(text.as_bytes()), Some(at));
        }
        let long = ["ab'c".repeat(10), "\u{2018}".into()].concat();
        assert_eq!(quote(&long).matches('\'').count(), 2 + 20);
    }

    #[test]
    fn renders_name_then_switches() {
        assert_eq!(
            render(&REFRESH_CREDENTIAL, Some("prod")),
            "Get-AksHciCredential -Name 'prod'"
        );
    }
}
