//! Every generated command and script, read by an independent PowerShell grammar
//! (tree-sitter-powershell): one command node per command, no error or missing nodes,
//! the expected cmdlet, `-Name` bound to a string literal holding the cluster name, and
//! exactly the expected switches.

use certplan::{plan, quote, ClusterInput, NoteCode, Plan, PlanInput, StepLayer};
use serde_json::Value;
use tree_sitter::{Node, Parser, Tree};

fn parse(source: &str) -> Tree {
    let mut parser = Parser::new();
    parser
        .set_language(&tree_sitter_powershell::LANGUAGE.into())
        .expect("the PowerShell grammar loads");
    parser
        .parse(source, None)
        .expect("the parser returns a tree")
}

fn text<'s>(node: Node<'_>, source: &'s str) -> &'s str {
    &source[node.byte_range()]
}

/// Every node of the tree, depth first, in document order.
fn nodes(tree: &Tree) -> Vec<Node<'_>> {
    let mut out = Vec::new();
    let mut cursor = tree.walk();
    loop {
        out.push(cursor.node());
        if cursor.goto_first_child() {
            continue;
        }
        while !cursor.goto_next_sibling() {
            if !cursor.goto_parent() {
                return out;
            }
        }
    }
}

/// Problems with a parse: ERROR or MISSING nodes anywhere.
fn error_nodes(tree: &Tree, source: &str) -> Vec<String> {
    let mut bad: Vec<String> = nodes(tree)
        .into_iter()
        .filter(|n| n.is_error() || n.is_missing())
        .map(|n| {
            format!(
                "{} at {:?}: {:?}",
                n.kind(),
                n.byte_range(),
                text(n, source)
            )
        })
        .collect();
    if bad.is_empty() && tree.root_node().has_error() {
        bad.push("the root reports an error".into());
    }
    bad
}

fn command_nodes(tree: &Tree) -> Vec<Node<'_>> {
    nodes(tree)
        .into_iter()
        .filter(|n| n.kind() == "command")
        .collect()
}

/// A parsed command: its name and its parameters, each with the argument that follows
/// it (if any), plus any argument that follows no parameter.
#[derive(Debug, PartialEq)]
struct Parsed {
    cmdlet: String,
    parameters: Vec<(String, Option<String>)>,
    positional: Vec<String>,
}

/// Reads a command node. An argument is kept only if it is a plain single-quoted
/// string literal, returned unquoted by the grammar's own reading (`''` is one `'`);
/// anything else is returned as `<kind: text>` so a comparison fails visibly.
fn read_command(command: Node<'_>, source: &str) -> Parsed {
    let cmdlet = command
        .child_by_field_name("command_name")
        .map(|n| text(n, source).to_string())
        .unwrap_or_default();
    let mut parameters: Vec<(String, Option<String>)> = Vec::new();
    let mut positional = Vec::new();
    let mut last_was_parameter = false;
    if let Some(elements) = command.child_by_field_name("command_elements") {
        let mut cursor = elements.walk();
        for element in elements.named_children(&mut cursor) {
            match element.kind() {
                "command_argument_sep" => {}
                "command_parameter" => {
                    parameters.push((text(element, source).to_string(), None));
                    last_was_parameter = true;
                }
                _ => {
                    let value = argument(element, source);
                    match parameters.last_mut() {
                        Some((_, slot @ None)) if last_was_parameter => *slot = Some(value),
                        _ => positional.push(value),
                    }
                    last_was_parameter = false;
                }
            }
        }
    }
    Parsed {
        cmdlet,
        parameters,
        positional,
    }
}

fn argument(node: Node<'_>, source: &str) -> String {
    let raw = text(node, source);
    let literal = nodes_under(node)
        .into_iter()
        .find(|n| n.kind() == "string_literal");
    match literal {
        Some(literal)
            if text(literal, source) == raw
                && raw.len() >= 2
                && raw.starts_with('\'')
                && raw.ends_with('\'')
                && literal.named_child(0).map(|c| c.kind())
                    == Some("verbatim_string_characters") =>
        {
            raw[1..raw.len() - 1].replace("''", "'")
        }
        _ => format!("<{}: {raw}>", node.kind()),
    }
}

fn nodes_under(node: Node<'_>) -> Vec<Node<'_>> {
    let mut out = Vec::new();
    let mut stack = vec![node];
    while let Some(n) = stack.pop() {
        out.push(n);
        let mut cursor = n.walk();
        let children: Vec<Node<'_>> = n.children(&mut cursor).collect();
        stack.extend(children.into_iter().rev());
    }
    out
}

/// What a step's command must be, from the rules: cmdlet, `-Name` value, switches.
fn expected(step: &certplan::Step, input: &PlanInput) -> Parsed {
    let (cmdlet, switches): (&str, &[&str]) = match (step.layer, step.cluster.as_deref()) {
        (StepLayer::Moc, None) => ("Update-AksHciCertificates", &[]),
        (StepLayer::Kubernetes, Some(_)) => (
            "Update-AksHciClusterCertificates",
            &["-fixKubeletCredentials"],
        ),
        (StepLayer::Moc, Some(name)) => {
            let load_balancer = input
                .clusters
                .iter()
                .find(|c| c.name == name)
                .is_some_and(|c| c.load_balancer);
            if load_balancer {
                (
                    "Update-AksHciClusterCertificates",
                    &["-patchLoadBalancer", "-fixCloudCredentials"],
                )
            } else {
                (
                    "Update-AksHciClusterCertificates",
                    &["-fixCloudCredentials"],
                )
            }
        }
        (StepLayer::Verify, Some(_)) => ("Get-AksHciCredential", &[]),
        (layer, cluster) => panic!("no rule gives a {layer:?} step for cluster {cluster:?}"),
    };
    let mut parameters = Vec::new();
    if let Some(name) = &step.cluster {
        parameters.push(("-Name".to_string(), Some(name.clone())));
    }
    parameters.extend(switches.iter().map(|s| (s.to_string(), None)));
    Parsed {
        cmdlet: cmdlet.into(),
        parameters,
        positional: Vec::new(),
    }
}

/// Checks every command of `plan` alone, then the whole script; returns the problems.
fn check_plan(plan: &Plan, input: &PlanInput) -> Vec<String> {
    check_plan_with(plan, &plan.script(), input)
}

/// [`check_plan`] with the plan's script given (a tampered one, in the checker's test).
fn check_plan_with(plan: &Plan, script: &str, input: &PlanInput) -> Vec<String> {
    let mut problems = Vec::new();
    for step in &plan.steps {
        let source = step.command.as_str();
        let tree = parse(source);
        let errors = error_nodes(&tree, source);
        if !errors.is_empty() {
            problems.push(format!("{source:?}: {errors:?}"));
        }
        let commands = command_nodes(&tree);
        if commands.len() != 1 {
            problems.push(format!("{source:?}: {} command nodes", commands.len()));
            continue;
        }
        if text(commands[0], source) != source {
            problems.push(format!(
                "{source:?}: the command node does not span the line"
            ));
        }
        let parsed = read_command(commands[0], source);
        let wanted = expected(step, input);
        if parsed != wanted {
            problems.push(format!(
                "{source:?}: read as {parsed:?}, expected {wanted:?}"
            ));
        }
        if let Some(name) = &step.cluster {
            if !input.clusters.iter().any(|c| &c.name == name) {
                problems.push(format!("{source:?}: {name} is not a listed cluster"));
            }
        }
    }

    // The power items (the first, pressing the power button, has no command). The
    // control plane VM's name is the one placeholder a person fills in, `'<vm>'`: a
    // single-quoted string to the grammar, checked here with a name in its place.
    for check in plan.power_on.iter().chain(&plan.power_off) {
        if !check.command.is_empty() {
            problems.extend(remedy_command_problems(&check.command, None));
        }
        for remedy in &check.if_fails {
            for command in &remedy.commands {
                let filled = command.replace("'<vm>'", "'vm'");
                problems.extend(remedy_command_problems(&filled, Some("vm")));
            }
        }
    }

    for check in &plan.checks {
        problems.extend(remedy_command_problems(&check.command, None));
        for remedy in &check.if_fails {
            for command in &remedy.commands {
                problems.extend(remedy_command_problems(command, None));
            }
        }
    }
    for step in &plan.steps {
        for remedy in &step.if_fails {
            for command in &remedy.commands {
                problems.extend(remedy_command_problems(command, step.cluster.as_deref()));
            }
        }
    }

    let tree = parse(script);
    let errors = error_nodes(&tree, script);
    if !errors.is_empty() {
        problems.push(format!("script: {errors:?}"));
    }
    // At the top level, each step is the `$step` record the trap reports, then
    // `if ($From -le N) { <its command> }` with N its number, so `-From` skips exactly
    // the steps before it. A verify step's block goes on with `kubectl get nodes` and a
    // throw when that fails: the pair checks that very cluster. Any other plain command
    // at the top level only writes text.
    let top = top_statements(&tree);
    let mut in_script = Vec::new();
    for (i, statement) in top.iter().enumerate() {
        if let Some(command) = plain_command(*statement) {
            if read_command(command, script).cmdlet != "Write-Host" {
                problems.push(format!(
                    "script: {:?} at the top level",
                    text(command, script)
                ));
            }
            continue;
        }
        let Some(rest) = text(*statement, script).strip_prefix("if ($From -le ") else {
            continue;
        };
        let number = in_script.len() + 1;
        if !rest.starts_with(&format!("{number}) {{\n")) {
            problems.push(format!("script: step {number} is guarded by {rest:?}"));
        }
        let body = block_statements(*statement);
        let Some(command) = body.first().and_then(|s| plain_command(*s)) else {
            problems.push(format!(
                "script: step {number} does not start with a command"
            ));
            continue;
        };
        let command = text(command, script);
        in_script.push(command);
        let record = i
            .checked_sub(1)
            .map(|p| text(top[p], script))
            .unwrap_or_default();
        let quoted = quote(command);
        if !(record.starts_with("$step = @{ Name = 'Step ")
            && record.contains(&quoted)
            && record.ends_with(&format!("; From = {number} }}")))
        {
            problems.push(format!("script: {command:?} follows {record:?}"));
        }
        let after: Vec<&str> = body[1..].iter().map(|s| text(*s, script)).collect();
        let verify = plan
            .steps
            .get(number - 1)
            .is_some_and(|s| s.layer == StepLayer::Verify);
        let paired = after.len() == 2
            && after[0] == "kubectl get nodes"
            && after[1].starts_with("if ($LASTEXITCODE -ne 0) { throw '");
        if (verify && !paired) || (!verify && !after.is_empty()) {
            problems.push(format!(
                "script: step {number} {command:?} is followed by {after:?}"
            ));
        }
    }
    let steps: Vec<&str> = plan.steps.iter().map(|s| s.command.as_str()).collect();
    if in_script != steps {
        problems.push(format!(
            "script commands {in_script:?} are not the steps {steps:?}"
        ));
    }
    // The checks it runs itself come before the first step, and no fix cmdlet runs
    // anywhere else: every other command node is a check's, the trap's or nested.
    let fix_nodes = command_nodes(&tree)
        .into_iter()
        .filter(|n| {
            let name = read_command(*n, script).cmdlet;
            name.starts_with("Update-AksHci") || name == "Get-AksHciCredential"
        })
        .count();
    if fix_nodes != steps.len() {
        problems.push(format!(
            "script: {fix_nodes} fix commands for {} steps",
            steps.len()
        ));
    }
    for check in plan.checks.iter().take(2) {
        if !steps.is_empty()
            && !script.contains(&format!("if (-not ({})) {{ throw '", check.command))
        {
            problems.push(format!("script does not run check {:?}", check.command));
        }
    }
    // Every comment line is a comment to the grammar too: nothing leaks out of one.
    let comments = nodes(&tree)
        .into_iter()
        .filter(|n| n.kind() == "comment")
        .count();
    let comment_lines = script.lines().filter(|l| l.starts_with('#')).count();
    if comments != comment_lines {
        problems.push(format!(
            "script: {comments} comment nodes for {comment_lines} comment lines"
        ));
    }
    problems
}

/// The statements of the script's top level, comments left out.
fn top_statements(tree: &Tree) -> Vec<Node<'_>> {
    listed_statements(tree.root_node())
}

/// The statements of an `if` statement's block, comments left out.
fn block_statements(statement: Node<'_>) -> Vec<Node<'_>> {
    let mut cursor = statement.walk();
    let block = statement
        .named_children(&mut cursor)
        .find(|n| n.kind() == "statement_block");
    block.map(listed_statements).unwrap_or_default()
}

/// The statements in `parent`'s statement lists, comments left out.
fn listed_statements(parent: Node<'_>) -> Vec<Node<'_>> {
    let mut cursor = parent.walk();
    let lists: Vec<Node<'_>> = parent
        .named_children(&mut cursor)
        .filter(|n| n.kind() == "statement_list")
        .collect();
    lists
        .into_iter()
        .flat_map(|l| {
            let mut cursor = l.walk();
            l.named_children(&mut cursor)
                .filter(|n| n.kind() != "comment")
                .collect::<Vec<_>>()
        })
        .collect()
}

/// The command of a statement that is one command and nothing else (no pipe, no
/// assignment, no block).
fn plain_command(statement: Node<'_>) -> Option<Node<'_>> {
    if statement.kind() != "pipeline" || statement.named_child_count() != 1 {
        return None;
    }
    let chain = statement.named_child(0)?;
    if chain.kind() != "pipeline_chain" || chain.named_child_count() != 1 {
        return None;
    }
    chain.named_child(0).filter(|c| c.kind() == "command")
}

/// A remedy's or a check's command, alone: it parses without errors as one statement,
/// is ASCII, and any `-Name` given as a string names the step's cluster.
fn remedy_command_problems(source: &str, cluster: Option<&str>) -> Vec<String> {
    let mut problems = Vec::new();
    if !source.is_ascii() {
        problems.push(format!("{source:?}: not ASCII"));
    }
    // A placeholder left in, or a redirection (which PowerShell reserves for `<`).
    if source.contains(['<', '>']) {
        problems.push(format!("{source:?}: has < or >"));
    }
    let tree = parse(source);
    let errors = error_nodes(&tree, source);
    if !errors.is_empty() {
        problems.push(format!("{source:?}: {errors:?}"));
    }
    let top = top_statements(&tree);
    if top.len() != 1 || text(top[0], source) != source {
        problems.push(format!("{source:?}: {} statements", top.len()));
    }
    for command in command_nodes(&tree) {
        let parsed = read_command(command, source);
        for (parameter, value) in &parsed.parameters {
            let is_literal = value.as_deref().is_some_and(|v| !v.starts_with('<'));
            if parameter.eq_ignore_ascii_case("-Name") && is_literal && value.as_deref() != cluster
            {
                problems.push(format!(
                    "{source:?}: -Name {value:?} is not the step's cluster {cluster:?}"
                ));
            }
        }
    }
    problems
}

#[test]
fn every_plan_in_cases_json_parses_as_intended() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/cases.json");
    let cases: Vec<Value> =
        serde_json::from_str(&std::fs::read_to_string(path).expect("cases.json")).unwrap();
    let mut failures = Vec::new();
    let mut checked_steps = 0;
    for case in &cases {
        let Ok(input) = serde_json::from_value::<PlanInput>(case["input"].clone()) else {
            continue;
        };
        let Ok(plan) = plan(&input) else { continue };
        checked_steps += plan.steps.len();
        let problems = check_plan(&plan, &input);
        if !problems.is_empty() {
            failures.push(format!(
                "{}:\n    {}",
                case["name"],
                problems.join("\n    ")
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(
        checked_steps > 100,
        "only {checked_steps} steps were checked"
    );
}

#[test]
fn a_many_cluster_plan_parses_as_intended() {
    let long = format!("Z{}", "9".repeat(62));
    let names = [
        "prod1",
        "my-workload-cluster",
        "EDGE",
        "e2",
        "-force",
        "-Name",
        "0",
        "a-",
        "x-fixCloudCredentials",
        "Mixed-Case-42",
        long.as_str(),
        "last",
    ];
    let clusters: Vec<ClusterInput> = names
        .iter()
        .enumerate()
        .map(|(i, n)| ClusterInput {
            name: n.to_string(),
            load_balancer: i % 3 == 1,
        })
        .collect();
    let input = PlanInput {
        shutdown: Some("2025-12-01".into()),
        restart: None,
        last_update: Some("2025-06-01".into()),
        today: Some("2026-03-01".into()),
        clusters,
    };
    let plan = plan(&input).unwrap();
    assert_eq!(plan.steps.len(), 1 + 3 * names.len());
    let problems = check_plan(&plan, &input);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// A plan with nothing to run is still a valid script.
#[test]
fn an_empty_plan_script_parses() {
    let input = PlanInput {
        today: Some("2026-03-01".into()),
        ..PlanInput::default()
    };
    let plan = plan(&input).unwrap();
    assert!(plan.steps.is_empty());
    let problems = check_plan(&plan, &input);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Still off 21 days with no cluster listed: the Kubernetes certificates are impacted
/// but every fix needs a cluster, so the script says to list them, not that nothing is
/// impacted; and it still parses.
#[test]
fn an_impacted_plan_without_clusters_says_what_to_do() {
    let input = PlanInput {
        shutdown: Some("2026-02-08".into()),
        today: Some("2026-03-01".into()),
        ..PlanInput::default()
    };
    let plan = plan(&input).unwrap();
    assert!(plan.layers.kubernetes.impacted && plan.steps.is_empty());
    let script = plan.script();
    assert!(!script.contains("no certificate layer is impacted"));
    assert!(script.contains("# Nothing to run yet: the Kubernetes certificates are impacted"));
    assert!(script.contains("List the workload clusters"));
    let note = plan.notes.iter().find(|n| n.code == NoteCode::NoClusters);
    let note = note.expect("a no-clusters note");
    assert!(!note.text.contains("management cluster fix is shown"));
    let problems = check_plan(&plan, &input);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The checker itself fails on what it must catch, so its passing means something.
#[test]
fn the_checker_catches_bad_commands() {
    let read = |source: &str| {
        let tree = parse(source);
        let commands = command_nodes(&tree);
        (
            error_nodes(&tree, source).is_empty(),
            commands.len(),
            commands.first().map(|c| read_command(*c, source)),
        )
    };
    // The seed's table form, `-name` with no value: two parameters, no name bound.
    let (_, count, parsed) = read("Update-AksHciClusterCertificates -name -fixCloudCredentials");
    assert_eq!(count, 1);
    let parsed = parsed.unwrap();
    assert_eq!(
        parsed.parameters,
        [
            ("-name".to_string(), None),
            ("-fixCloudCredentials".to_string(), None)
        ]
    );
    // Two commands on a line.
    let (clean, count, _) = read("Get-AksHciCredential -Name 'a'; calc");
    assert!(clean);
    assert_eq!(count, 2);
    // An expression instead of a literal is not a plain name.
    let (clean, _, _) = read("Get-AksHciCredential -Name 'a'+'b'");
    assert!(!clean);
    // A double-quoted (expanding) string is not accepted as a plain name.
    let (_, _, parsed) = read("Get-AksHciCredential -Name \"a\"");
    assert_eq!(
        parsed.unwrap().parameters[0].1.as_deref(),
        Some("<array_literal_expression: \"a\">")
    );
    // A stray positional argument is reported.
    let (_, _, parsed) = read("Get-AksHciCredential -Name 'a' 'b'");
    assert_eq!(parsed.unwrap().positional, ["b"]);
}

/// The seed's ordered list writes `–fixkubeletcredentials` with an en-dash (U+2013).
/// This grammar reads it as a plain word, not a parameter; Windows PowerShell 5.1 reading
/// a BOM-less UTF-8 `.ps1` sees `â€“` instead. Either way it is not the switch the
/// seed meant, which is why the planner only ever writes ASCII hyphens.
/// Issue 19: the documented restart of a stopped control plane VM reads as one command,
/// its placeholder one argument of `-Name`, and `-Force` a switch.
#[test]
fn the_control_plane_restart_parses_as_documented() {
    let plan = certplan::plan(&PlanInput {
        shutdown: Some("2026-10-22".into()),
        today: Some("2026-12-06".into()),
        ..PlanInput::default()
    })
    .unwrap();
    let restart = &plan.power_on[3].if_fails[0].commands[0];
    assert_eq!(restart, "Restart-VM -Name '<vm>' -Force");
    let tree = parse(restart);
    assert!(error_nodes(&tree, restart).is_empty());
    let commands = command_nodes(&tree);
    assert_eq!(commands.len(), 1);
    let parsed = read_command(commands[0], restart);
    assert_eq!(parsed.cmdlet, "Restart-VM");
    assert_eq!(
        parsed.parameters,
        [
            ("-Name".to_string(), Some("<vm>".to_string())),
            ("-Force".to_string(), None)
        ]
    );
    assert!(check_plan(&plan, &PlanInput::default()).is_empty());
}

#[test]
fn the_seed_en_dash_is_not_a_parameter() {
    let seed = "Update-AksHciClusterCertificates \u{2013}fixkubeletcredentials";
    let tree = parse(seed);
    let commands = command_nodes(&tree);
    assert_eq!(commands.len(), 1);
    let parsed = read_command(commands[0], seed);
    assert_eq!(parsed.cmdlet, "Update-AksHciClusterCertificates");
    assert!(parsed.parameters.is_empty(), "{parsed:?}");
    assert_eq!(parsed.positional.len(), 1, "{parsed:?}");
    assert!(nodes(&tree).iter().all(|n| n.kind() != "command_parameter"));

    let ascii = "Update-AksHciClusterCertificates -fixkubeletcredentials";
    let tree = parse(ascii);
    let parsed = read_command(command_nodes(&tree)[0], ascii);
    assert_eq!(
        parsed.parameters,
        [("-fixkubeletcredentials".to_string(), None)]
    );
}

/// PowerShell's own rule for a single-quoted string (language spec, verbatim strings):
/// the four Unicode single quotes U+2018, U+2019, U+201A, U+201B delimit like `'`, and a
/// delimiter is escaped by doubling it. Returns the value if `quoted` is exactly one such
/// string, else `None`.
fn powershell_unquote(quoted: &str) -> Option<String> {
    let is_quote = |c: char| matches!(c, '\'' | '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}');
    let mut chars = quoted.chars().peekable();
    if !chars.next().is_some_and(is_quote) {
        return None;
    }
    let mut value = String::new();
    while let Some(c) = chars.next() {
        if is_quote(c) {
            if chars.peek().is_some_and(|n| is_quote(*n)) {
                chars.next();
                value.push(c);
            } else {
                return chars.next().is_none().then_some(value);
            }
        } else {
            value.push(c);
        }
    }
    None
}

/// The renderer's second line of defence: even names validation refuses stay one
/// string argument once quoted, to this grammar and by PowerShell's quoting rule.
#[test]
fn quoting_keeps_hostile_values_inside_one_argument() {
    for name in [
        "it's",
        "x'; Remove-Item C:\\ -Recurse; '",
        "'",
        "''",
        "$(calc)",
        "`calc`",
        "a;b",
        "a\nb",
        "a\r\nb",
        "-force",
        "\u{2018}x\u{2019}",
        "x\u{2019}; calc; \u{2019}",
        "\u{201A}\u{201B}",
        "a\"b",
        "",
    ] {
        let quoted = quote(name);
        assert_eq!(
            powershell_unquote(&quoted).as_deref(),
            Some(name),
            "{quoted:?}"
        );
        let source = format!("Get-AksHciCredential -Name {quoted}");
        let tree = parse(&source);
        assert!(error_nodes(&tree, &source).is_empty(), "{source:?}");
        let commands = command_nodes(&tree);
        assert_eq!(commands.len(), 1, "{source:?}");
        let parsed = read_command(commands[0], &source);
        assert_eq!(parsed.cmdlet, "Get-AksHciCredential");
        assert_eq!(parsed.parameters.len(), 1, "{source:?}: {parsed:?}");
        assert!(parsed.positional.is_empty(), "{source:?}: {parsed:?}");
        // This grammar knows only the ASCII quote: it reads the Unicode ones as text,
        // so it sees each of them doubled.
        let unicode_quote =
            |c: char| matches!(c, '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}');
        let doubled: String = name
            .chars()
            .flat_map(|c| std::iter::repeat_n(c, if unicode_quote(c) { 2 } else { 1 }))
            .collect();
        assert_eq!(
            parsed.parameters[0],
            ("-Name".to_string(), Some(doubled)),
            "{source:?}"
        );
    }
}

#[test]
fn powershell_unquote_refuses_what_powershell_would_split() {
    assert_eq!(powershell_unquote("'a'"), Some("a".into()));
    assert_eq!(powershell_unquote("'a''b'"), Some("a'b".into()));
    assert_eq!(powershell_unquote("'a'b'"), None);
    assert_eq!(powershell_unquote("'a\u{2019}b'"), None);
    assert_eq!(powershell_unquote("'a"), None);
}

/// `check_plan` reports tampered plans, so its silence on real ones means something.
#[test]
fn check_plan_reports_tampered_plans() {
    let input = PlanInput {
        shutdown: Some("2026-01-01".into()),
        restart: Some("2026-03-01".into()),
        today: Some("2026-03-01".into()),
        clusters: vec![ClusterInput::with_load_balancer("edge2")],
        ..PlanInput::default()
    };
    let good = plan(&input).unwrap();
    assert!(check_plan(&good, &input).is_empty());
    let good_script = good.script();
    let tampered = [
        (1, "Update-AksHciClusterCertificates -Name edge2 -fixKubeletCredentials"),
        (1, "Update-AksHciClusterCertificates -Name 'edge3' -fixKubeletCredentials"),
        (1, "Update-AksHciClusterCertificates -Name 'edge2' -fixKubeletCredentials -force"),
        (1, "Update-AksHciClusterCertificates -fixKubeletCredentials -Name 'edge2'"),
        (2, "Update-AksHciClusterCertificates -Name 'edge2' -fixCloudCredentials"),
        (2, "Update-AksHciClusterCertificates -Name 'edge2' \u{2013}patchLoadBalancer -fixCloudCredentials"),
        (3, "Get-AksHciCredential -Name 'edge2'; Get-AksHciCredential -Name 'edge2'"),
        (0, "Update-AksHciCertificate"),
    ];
    for (index, command) in tampered {
        // Tamper the step and the script alike, so only the command check can object.
        let mut plan = good.clone();
        let original = std::mem::replace(&mut plan.steps[index].command, command.into());
        let script = good_script.replace(&format!("    {original}\n"), &format!("    {command}\n"));
        assert!(
            !check_plan_with(&plan, &script, &input).is_empty(),
            "{command:?} passed"
        );
    }
    let script = good_script.replace("# 2. ", "2. ");
    assert!(
        !check_plan_with(&good, &script, &input).is_empty(),
        "a broken comment passed"
    );
    let script = [good_script.as_str(), "calc\n"].concat();
    assert!(
        !check_plan_with(&good, &script, &input).is_empty(),
        "an extra command passed"
    );
    // -From and the verify pair: a step guarded by the wrong number, a verify without
    // its kubectl, a fix followed by one.
    for (from, to) in [
        ("if ($From -le 2) {", "if ($From -le 3) {"),
        ("    kubectl get nodes\n", ""),
        (
            "    Update-AksHciCertificates\n",
            "    Update-AksHciCertificates\n    kubectl get nodes\n",
        ),
    ] {
        assert!(good_script.contains(from), "{from:?}");
        let script = good_script.replacen(from, to, 1);
        assert!(
            !check_plan_with(&good, &script, &input).is_empty(),
            "{to:?} passed"
        );
    }

    // Remedies and checks: a wrong cluster, two statements, a placeholder, a broken line.
    for (step, command) in [
        (1, "Get-AksHciCredential -Name 'edge3'"),
        (1, "Repair-MocLogin; calc"),
        (1, "Get-AksHciCredential -Name <cluster>"),
        (3, "mkdir \"$HOME/.kube"),
    ] {
        let mut plan = good.clone();
        plan.steps[step].if_fails[0].commands.push(command.into());
        assert!(
            !check_plan(&plan, &input).is_empty(),
            "remedy {command:?} passed"
        );
    }
    let mut plan = good.clone();
    plan.checks[1].command = "Get-Module -Name AksHci |".into();
    assert!(
        !check_plan(&plan, &input).is_empty(),
        "a broken check passed"
    );

    // The script: a step without its record, a fix hidden in a check, a check not run.
    let record = good_script
        .lines()
        .find(|l| l.starts_with("$step = @{ Name = 'Step 2 "))
        .unwrap();
    let script = good_script.replace(&format!("{record}\n"), "");
    assert!(
        !check_plan_with(&good, &script, &input).is_empty(),
        "a step without its record passed"
    );
    let script = good_script.replace(
        "Get-AksHciCluster | Out-Host",
        "Get-AksHciCluster | Out-Host; Update-AksHciCertificates",
    );
    assert!(
        !check_plan_with(&good, &script, &input).is_empty(),
        "a hidden fix passed"
    );
    let script = good_script.replace("if (-not (Get-Module", "if ((Get-Module");
    assert!(
        !check_plan_with(&good, &script, &input).is_empty(),
        "a skipped check passed"
    );
}

/// The lookup's answers (issue 20): every command ready to run (no placeholder) parses
/// as one statement naming the cluster the pasted text named, or the plan's only one.
#[test]
fn the_lookups_filled_commands_parse_as_intended() {
    use certplan::lookup::{find_remedies, has_placeholder};

    let one = PlanInput {
        shutdown: Some("2026-01-01".into()),
        restart: Some("2026-03-01".into()),
        today: Some("2026-03-01".into()),
        clusters: vec![ClusterInput::new("prod1")],
        ..PlanInput::default()
    };
    let none = PlanInput {
        today: Some("2026-03-01".into()),
        ..PlanInput::default()
    };
    let texts = [
        "Get-AksHciCluster : System.Collections.Hashtable.generic_non_zero 1 [Error: Certificate has expired: Expired]",
        "Update-AksHci : rpc error: code = Unauthenticated desc = Valid Token Required",
        "Update-AksHciClusterCertificates -Name 'Edge-2' -fixKubeletCredentials\nUnable to connect to the server: x509: certificate has expired or is not yet valid",
        "kvactl --clustername edge2\nremote error: tls: internal error",
        "A workload cluster with the name 'edge2' was not found.",
        "Transport: Error while dialing dial unix /var/run/moc-kms-plugin/kmsPlugin.sock: connect: no such file or directory",
        "Error: open C:\\Users\\jdoe\\.kube\\config: The system cannot find the path specified.",
    ];
    let mut problems = Vec::new();
    let mut ready = 0;
    for input in [&one, &none] {
        for text in texts {
            let found = find_remedies(text, input).unwrap();
            assert!(!found.is_empty(), "{text}");
            let named = ["Edge-2", "edge2"].into_iter().find(|n| text.contains(n));
            let cluster = named.or(input.clusters.first().map(|c| c.name.as_str()));
            for remedy in found.iter().map(|m| &m.remedy) {
                for command in remedy.commands.iter().filter(|c| !has_placeholder(c)) {
                    problems.extend(remedy_command_problems(command, cluster));
                    ready += 1;
                }
            }
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
    assert!(ready >= 12, "{ready} commands checked");
}
