//! The shared table of cases, `tests/cases.json`, run against the core.
//!
//! The same file feeds the browser tests, so its format is plain JSON:
//! an array of `{ "name", "input", "expect" }` where `input` is a `PlanInput` exactly as
//! the JSON contract in design.md spells it and `expect` is either
//! `{ "error": { "code", "field" } }` or the plan's expected `shutdownDays`,
//! `updateAgeDays`, `shutdownRow`, `updateRow`, `moc`, `kubernetes`, `commands` (in
//! order), `notes` (codes, in order), and optionally `reasonContains` (layer -> text the
//! layer's reason must contain) and `noteContains` (note code -> text that note must
//! contain). A case marked `"coreOnly": true` has no `today`, which the JS API and the
//! web app fill from the browser's clock; only the core can see it missing. An expected
//! `unknown-field` error is checked here as serde's refusal of the input.
//!
//! Expectations are written by hand from the rules, never taken from a run.

mod common;

use std::collections::BTreeSet;
use std::panic::{catch_unwind, AssertUnwindSafe};

use certplan::{
    check, plan, plan_or_errors, ErrorCode, NoteCode, Plan, PlanInput, Remedy, StepLayer,
};
use serde_json::{json, Value};

fn cases() -> Vec<Value> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/cases.json");
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let value: Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"));
    value.as_array().expect("cases.json is an array").clone()
}

fn name(case: &Value) -> &str {
    case["name"].as_str().expect("every case has a name")
}

/// Runs every case, collecting failures so one run names all the cases that fail.
#[test]
fn every_case_in_cases_json() {
    let cases = cases();
    let mut failures = Vec::new();
    for case in &cases {
        let mut problems = Vec::new();
        run_case(case, &mut problems);
        if !problems.is_empty() {
            failures.push(format!("{}:\n    {}", name(case), problems.join("\n    ")));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n  {}",
        failures.len(),
        cases.len(),
        failures.join("\n  ")
    );
}

fn run_case(case: &Value, problems: &mut Vec<String>) {
    let expect = &case["expect"];
    let core_only = case["coreOnly"].as_bool().unwrap_or(false);
    let today = case["input"]["today"].as_str().unwrap_or("");
    if !core_only && today.trim().is_empty() {
        problems.push("the input has no today and the case is not coreOnly".into());
    }

    let input: PlanInput = match serde_json::from_value(case["input"].clone()) {
        Ok(input) => input,
        Err(e) => {
            let wanted = &expect["error"];
            if wanted["code"] == "unknown-field" {
                let field = wanted["field"].as_str().unwrap_or_default();
                if !e.to_string().contains(&format!("unknown field `{field}`")) {
                    problems.push(format!("serde refused the input, but not for {field}: {e}"));
                }
            } else {
                problems.push(format!("input does not deserialize: {e}"));
            }
            return;
        }
    };
    if expect["error"]["code"] == "unknown-field" {
        problems.push("an unknown field was accepted by deserialization".into());
        return;
    }

    let result = match catch_unwind(AssertUnwindSafe(|| plan(&input))) {
        Ok(result) => result,
        Err(_) => {
            problems.push("plan panicked".into());
            return;
        }
    };
    let errors = check(&input);
    // Both at once, the input checked once: the same plan, or the same problems.
    match (plan_or_errors(&input), &result) {
        (Ok(both), Ok(plan)) if both == *plan && errors.is_empty() => {}
        (Err(both), Err(_)) if both == errors => {}
        (both, _) => problems.push(format!(
            "plan_or_errors disagrees with plan and check: {:?}",
            both.err()
        )),
    }

    if let Some(wanted) = expect.get("error") {
        match result {
            Ok(_) => problems.push(format!("expected error {wanted}, got a plan")),
            Err(err) => {
                let got = json!({ "code": err.code().as_str(), "field": err.field() });
                if &got != wanted {
                    problems.push(format!("expected error {wanted}, got {got} ({err})"));
                }
                if errors.first() != Some(&err) {
                    problems.push(format!(
                        "check's first error {:?} is not plan's error",
                        errors.first()
                    ));
                }
                if err.to_string().trim().is_empty() {
                    problems.push("the error message is empty".into());
                }
            }
        }
        return;
    }

    let plan = match result {
        Ok(plan) => plan,
        Err(err) => {
            problems.push(format!(
                "expected a plan, got error {} at {}: {err}",
                err.code(),
                err.field()
            ));
            return;
        }
    };
    if !errors.is_empty() {
        problems.push(format!("plan is Ok but check reports {errors:?}"));
    }
    compare_plan(&plan, &input, expect, problems);
}

fn compare_plan(plan: &Plan, input: &PlanInput, expect: &Value, problems: &mut Vec<String>) {
    let json = serde_json::to_value(plan).expect("a plan serializes");
    shape_problems(&json, problems);

    for key in ["shutdownDays", "updateAgeDays", "shutdownRow", "updateRow"] {
        if json[key] != expect[key] {
            problems.push(format!(
                "{key}: expected {}, got {}",
                expect[key], json[key]
            ));
        }
    }
    for layer in ["moc", "kubernetes"] {
        if json["layers"][layer]["impacted"] != expect[layer] {
            problems.push(format!(
                "layers.{layer}.impacted: expected {}, got {}",
                expect[layer], json["layers"][layer]["impacted"]
            ));
        }
    }

    let commands: Vec<&str> = plan.steps.iter().map(|s| s.command.as_str()).collect();
    let wanted: Vec<&str> = expect["commands"]
        .as_array()
        .expect("expect.commands is an array")
        .iter()
        .map(|c| c.as_str().expect("commands are strings"))
        .collect();
    if commands != wanted {
        problems.push(format!(
            "commands:\n      expected {wanted:#?}\n      got {commands:#?}"
        ));
    }

    let notes: Vec<&Value> = json["notes"]
        .as_array()
        .map(|n| n.iter().map(|n| &n["code"]).collect())
        .unwrap_or_default();
    let wanted_notes: Vec<&Value> = expect["notes"]
        .as_array()
        .expect("expect.notes is an array")
        .iter()
        .collect();
    if notes != wanted_notes {
        problems.push(format!("notes: expected {wanted_notes:?}, got {notes:?}"));
    }

    if let Some(reasons) = expect["reasonContains"].as_object() {
        for (layer, text) in reasons {
            let text = text.as_str().expect("reasonContains values are strings");
            let reason = json["layers"][layer.as_str()]["reason"]
                .as_str()
                .unwrap_or_default();
            if !reason.contains(text) {
                problems.push(format!(
                    "layers.{layer}.reason should contain {text:?}: {reason:?}"
                ));
            }
        }
    }
    if let Some(wanted) = expect["noteContains"].as_object() {
        for (code, text) in wanted {
            let text = text.as_str().expect("noteContains values are strings");
            let note = plan.notes.iter().find(|n| n.code.as_str() == code);
            match note {
                Some(note) if note.text.contains(text) => {}
                Some(note) => problems.push(format!(
                    "note {code} should contain {text:?}: {:?}",
                    note.text
                )),
                None => problems.push(format!("no note {code}")),
            }
        }
    }

    step_problems(plan, input, problems);
    remedy_problems(plan, problems);
    script_problems(plan, problems);
}

/// Every fix step has remedies and every remedy names its Microsoft source; checks come
/// exactly when there is something to fix.
fn remedy_problems(plan: &Plan, problems: &mut Vec<String>) {
    if plan.checks.is_empty() != plan.steps.is_empty() {
        problems.push(format!(
            "{} checks for {} steps",
            plan.checks.len(),
            plan.steps.len()
        ));
    }
    let mut remedies: Vec<(&str, &Remedy)> = Vec::new();
    for step in &plan.steps {
        if step.if_fails.is_empty() {
            problems.push(format!("step {:?} has no remedies", step.command));
        }
        remedies.extend(step.if_fails.iter().map(|r| (step.command.as_str(), r)));
    }
    for check in &plan.checks {
        remedies.extend(check.if_fails.iter().map(|r| (check.command.as_str(), r)));
    }
    for (command, remedy) in remedies {
        let microsoft = remedy.source.starts_with("https://learn.microsoft.com/")
            && remedy.source.contains('#')
            || remedy.source.starts_with("https://github.com/Azure/");
        if !microsoft {
            problems.push(format!("{command:?}: remedy source {:?}", remedy.source));
        }
        if remedy.caution.is_some() && !remedy.commands.is_empty() {
            problems.push(format!("{command:?}: a remedy with a caution has commands"));
        }
        for text in [&remedy.symptom, &remedy.action] {
            if !text.is_ascii() {
                problems.push(format!("{command:?}: remedy text {text:?}"));
            }
        }
        // Ready to paste: ASCII, one line, no placeholder left.
        for text in &remedy.commands {
            if !text.is_ascii() || text.contains(['<', '>', '\n']) {
                problems.push(format!("{command:?}: remedy command {text:?}"));
            }
        }
    }
}

/// Each step's `cluster` and `layer` agree with its command, by the rules.
fn step_problems(plan: &Plan, input: &PlanInput, problems: &mut Vec<String>) {
    for step in &plan.steps {
        let (layer, cluster) = if step.command == "Update-AksHciCertificates" {
            (StepLayer::Moc, None)
        } else {
            // Validated names hold no quote, so the value ends at the next one.
            let name = step
                .command
                .split_once(" -Name '")
                .and_then(|(_, rest)| rest.split_once('\''))
                .map(|(name, _)| name.to_owned())
                .filter(|name| input.clusters.iter().any(|c| &c.name == name));
            let layer = if step.command.starts_with("Get-AksHciCredential ") {
                StepLayer::Verify
            } else if step.command.ends_with(" -fixKubeletCredentials") {
                StepLayer::Kubernetes
            } else {
                StepLayer::Moc
            };
            (layer, name)
        };
        if step.layer != layer || step.cluster != cluster {
            problems.push(format!(
                "step {:?}: expected layer {layer:?} and cluster {cluster:?}, got {:?} and {:?}",
                step.command, step.layer, step.cluster
            ));
        }
        if step.purpose.trim().is_empty() {
            problems.push(format!("step {:?} has no purpose", step.command));
        }
    }
}

/// The script takes `-From` (when it has steps) and stops on errors first, then runs
/// exactly the steps' commands, in order, each on a line of its own inside its `-From`
/// block (the checks and remedies around them run no fix cmdlet).
fn script_problems(plan: &Plan, problems: &mut Vec<String>) {
    let script = plan.script();
    if !script.is_ascii() {
        problems.push("the script is not ASCII".into());
    }
    let mut code = script
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'));
    let param = format!(
        "param([ValidateRange(1, {})][int]$From = 1)",
        plan.steps.len()
    );
    let first = if plan.steps.is_empty() {
        code.next()
    } else {
        let first = code.next();
        if first != Some(param.as_str()) {
            problems.push(format!("the script's first code line is {first:?}"));
        }
        code.next()
    };
    if first != Some("$ErrorActionPreference = 'Stop'") {
        problems.push(format!(
            "the script's first code line after param is {first:?}"
        ));
    }
    let fixes = common::script_fixes(&script);
    let wanted: Vec<&str> = plan.steps.iter().map(|s| s.command.as_str()).collect();
    if fixes != wanted {
        problems.push(format!(
            "script fix lines: expected {wanted:?}, got {fixes:?}"
        ));
    }
}

fn keys(value: &Value) -> BTreeSet<&str> {
    value
        .as_object()
        .map(|o| o.keys().map(String::as_str).collect())
        .unwrap_or_default()
}

fn set<'a>(items: &[&'a str]) -> BTreeSet<&'a str> {
    items.iter().copied().collect()
}

/// A plan's JSON keys, in the order design.md writes them and `Serialize` writes them.
const PLAN_KEYS: [&str; 11] = [
    "shutdownDays",
    "updateAgeDays",
    "shutdownRow",
    "updateRow",
    "layers",
    "steps",
    "script",
    "notes",
    "checks",
    "powerOn",
    "powerOff",
];

/// The JSON contract of design.md: exact key sets and value types.
fn shape_problems(json: &Value, problems: &mut Vec<String>) {
    let mut wrong = |what: &str, ok: bool| {
        if !ok {
            problems.push(format!("JSON shape: {what}: {json}"));
        }
    };
    wrong("top-level keys", keys(json) == set(&PLAN_KEYS));
    let number_or_null = |v: &Value| v.is_null() || v.is_i64();
    wrong("shutdownDays", number_or_null(&json["shutdownDays"]));
    wrong("updateAgeDays", number_or_null(&json["updateAgeDays"]));
    wrong(
        "shutdownRow",
        [
            json!(null),
            json!("less-than-30-days"),
            json!("more-than-30-days"),
        ]
        .contains(&json["shutdownRow"]),
    );
    wrong(
        "updateRow",
        [
            json!(null),
            json!("within-90-days"),
            json!("not-within-90-days"),
        ]
        .contains(&json["updateRow"]),
    );
    wrong(
        "layers keys",
        keys(&json["layers"]) == set(&["moc", "kubernetes"]),
    );
    for layer in ["moc", "kubernetes"] {
        let layer = &json["layers"][layer];
        wrong("layer keys", keys(layer) == set(&["impacted", "reason"]));
        wrong("layer.impacted", layer["impacted"].is_boolean());
        wrong("layer.reason", layer["reason"].is_string());
    }
    wrong("script", json["script"].is_string());
    for step in json["steps"].as_array().into_iter().flatten() {
        wrong(
            "step keys",
            keys(step) == set(&["command", "cluster", "layer", "purpose", "ifFails"]),
        );
        remedy_shape(&step["ifFails"], &mut wrong);
        wrong("step.command", step["command"].is_string());
        wrong(
            "step.cluster",
            step["cluster"].is_string() || step["cluster"].is_null(),
        );
        wrong(
            "step.layer",
            [json!("moc"), json!("kubernetes"), json!("verify")].contains(&step["layer"]),
        );
        wrong("step.purpose", step["purpose"].is_string());
    }
    wrong("steps is an array", json["steps"].is_array());
    wrong("checks is an array", json["checks"].is_array());
    wrong("powerOn is an array", json["powerOn"].is_array());
    wrong("powerOff is an array", json["powerOff"].is_array());
    let all_checks = ["checks", "powerOn", "powerOff"]
        .into_iter()
        .flat_map(|key| json[key].as_array().into_iter().flatten());
    for check in all_checks {
        wrong(
            "check keys",
            keys(check) == set(&["command", "purpose", "expect", "ifFails"]),
        );
        for key in ["command", "purpose", "expect"] {
            wrong("check text", check[key].is_string());
        }
        remedy_shape(&check["ifFails"], &mut wrong);
    }
    wrong("notes is an array", json["notes"].is_array());
    for note in json["notes"].as_array().into_iter().flatten() {
        wrong(
            "note keys",
            keys(note) == set(&["code", "text", "source", "sourceDate"]),
        );
        for key in ["code", "text", "source", "sourceDate"] {
            wrong("note text", note[key].is_string());
        }
    }
}

/// `ifFails`: an array of remedies of the contract's shape.
fn remedy_shape(remedies: &Value, wrong: &mut impl FnMut(&str, bool)) {
    wrong("ifFails is an array", remedies.is_array());
    for remedy in remedies.as_array().into_iter().flatten() {
        wrong(
            "remedy keys",
            keys(remedy)
                == set(&[
                    "id",
                    "symptom",
                    "action",
                    "commands",
                    "caution",
                    "source",
                    "sourceDate",
                ]),
        );
        for key in ["id", "symptom", "action", "source", "sourceDate"] {
            wrong("remedy text", remedy[key].is_string());
        }
        wrong(
            "remedy.commands",
            remedy["commands"]
                .as_array()
                .is_some_and(|c| c.iter().all(Value::is_string)),
        );
        wrong(
            "remedy.caution",
            remedy["caution"].is_string() || remedy["caution"].is_null(),
        );
    }
}

/// The table covers every error code, note code and table row at least once.
#[test]
fn cases_cover_every_code_and_row() {
    let cases = cases();
    let mut seen = BTreeSet::new();
    for case in &cases {
        let expect = &case["expect"];
        if let Some(code) = expect["error"]["code"].as_str() {
            seen.insert(format!("error {code}"));
        }
        for note in expect["notes"].as_array().into_iter().flatten() {
            seen.insert(format!("note {}", note.as_str().unwrap_or_default()));
        }
        for key in ["shutdownRow", "updateRow"] {
            if let Some(row) = expect[key].as_str() {
                seen.insert(format!("row {row}"));
            }
        }
    }
    let mut wanted: Vec<String> = ErrorCode::ALL
        .iter()
        .map(|c| format!("error {}", c.as_str()))
        .collect();
    for note in NoteCode::ALL {
        wanted.push(format!("note {}", note.as_str()));
    }
    for row in [
        "less-than-30-days",
        "more-than-30-days",
        "within-90-days",
        "not-within-90-days",
    ] {
        wanted.push(format!("row {row}"));
    }
    let missing: Vec<&String> = wanted.iter().filter(|w| !seen.contains(*w)).collect();
    assert!(missing.is_empty(), "cases.json never covers {missing:?}");

    let names: BTreeSet<&str> = cases.iter().map(name).collect();
    assert_eq!(names.len(), cases.len(), "case names must be unique");
}

#[test]
fn unknown_top_level_field_is_refused() {
    let err = serde_json::from_value::<PlanInput>(json!({
        "today": "2026-03-01",
        "shutdwn": "2026-01-01",
    }))
    .unwrap_err();
    assert!(err.to_string().contains("unknown field `shutdwn`"), "{err}");
}

#[test]
fn unknown_cluster_field_is_refused() {
    let err = serde_json::from_value::<PlanInput>(json!({
        "today": "2026-03-01",
        "clusters": [{ "name": "prod1", "loadbalancer": true }],
    }))
    .unwrap_err();
    assert!(
        err.to_string().contains("unknown field `loadbalancer`"),
        "{err}"
    );
}

#[test]
fn snake_case_names_are_unknown_fields() {
    let err = serde_json::from_value::<PlanInput>(json!({
        "today": "2026-03-01",
        "last_update": "2026-01-01",
    }))
    .unwrap_err();
    assert!(
        err.to_string().contains("unknown field `last_update`"),
        "{err}"
    );
}

#[test]
fn the_contract_input_shape_deserializes() {
    let input: PlanInput = serde_json::from_value(json!({
        "shutdown": "2026-01-01", "restart": null, "lastUpdate": "2025-12-01",
        "today": "2026-02-01", "clusters": [{ "name": "prod1", "loadBalancer": true }, { "name": "b" }]
    }))
    .unwrap();
    assert_eq!(input.shutdown.as_deref(), Some("2026-01-01"));
    assert_eq!(input.restart, None);
    assert_eq!(input.last_update.as_deref(), Some("2025-12-01"));
    assert_eq!(input.today.as_deref(), Some("2026-02-01"));
    assert_eq!(input.clusters.len(), 2);
    assert!(input.clusters[0].load_balancer);
    assert!(
        !input.clusters[1].load_balancer,
        "loadBalancer defaults to false"
    );

    let empty: PlanInput = serde_json::from_value(json!({})).unwrap();
    assert_eq!(empty, PlanInput::default());
    assert_eq!(
        serde_json::to_value(&empty).unwrap(),
        json!({"shutdown": null, "restart": null, "lastUpdate": null, "today": null, "clusters": []})
    );
}

#[test]
fn a_cluster_without_a_name_is_refused_by_serde() {
    assert!(serde_json::from_value::<PlanInput>(json!({
        "today": "2026-03-01",
        "clusters": [{ "loadBalancer": true }],
    }))
    .is_err());
}

#[test]
fn field_lists_match_the_serialized_keys() {
    let input = serde_json::to_value(PlanInput::default()).unwrap();
    assert_eq!(keys(&input), set(&PlanInput::FIELDS));
    let cluster = serde_json::to_value(certplan::ClusterInput::new("a")).unwrap();
    assert_eq!(keys(&cluster), set(&certplan::ClusterInput::FIELDS));
}

/// A plan is not read back (its remedies share the core's texts), but its JSON carries
/// the script in the contract's place, written on serializing.
#[test]
fn a_plan_serializes_with_its_script_after_its_steps() {
    let input: PlanInput = serde_json::from_value(json!({
        "shutdown": "2026-01-01", "restart": "2026-03-01", "lastUpdate": "2025-11-01",
        "today": "2026-03-01", "clusters": [{ "name": "prod1", "loadBalancer": true }]
    }))
    .unwrap();
    let plan = plan(&input).unwrap();
    let json = serde_json::to_string(&plan).unwrap();
    let at: Vec<usize> = PLAN_KEYS
        .iter()
        .map(|key| json.find(&format!("\"{key}\":")).unwrap())
        .collect();
    assert!(at.is_sorted(), "{at:?}");
    let value: Value = serde_json::from_str(&json).unwrap();
    assert_eq!(value["script"], plan.script());
}
