//! The JS API's answers are the core's JSON: `plan` and `findRemedies` build their objects
//! by hand (src/to_js.rs), and these tests hold them to the core's `Serialize`, property
//! order included, on every case of tests/cases.json and tests/lookup-cases.json.
//!
//! Run like tests/read.rs: `cargo test -p certplan-js --target wasm32-unknown-unknown`
//! with wasm-bindgen-test-runner as the runner (Node).
#![cfg(target_arch = "wasm32")]

use certplan::PlanInput;
use certplan_js::{find_remedies, plan};
use js_sys::JSON;
use serde_json::Value;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::wasm_bindgen_test;

const CASES: &str = include_str!("../../../tests/cases.json");
const LOOKUPS: &str = include_str!("../../../tests/lookup-cases.json");

/// `value` as JSON text, as `JSON.stringify` writes it.
fn stringified(value: &JsValue) -> String {
    JSON::stringify(value).unwrap().as_string().unwrap()
}

/// The valid inputs of cases.json, each with a `today` (the core needs one; the JS API
/// would default it to the local date).
fn inputs() -> Vec<(String, Value, PlanInput)> {
    let cases: Vec<Value> = serde_json::from_str(CASES).unwrap();
    cases
        .into_iter()
        .filter_map(|case| {
            let mut json = case["input"].clone();
            let object = json.as_object_mut()?;
            if object.get("today").is_none_or(Value::is_null) {
                object.insert("today".into(), "2026-03-01".into());
            }
            let input: PlanInput = serde_json::from_value(json.clone()).ok()?;
            certplan::check(&input)
                .is_empty()
                .then(|| (case["name"].to_string(), json, input))
        })
        .collect()
}

fn to_js(json: &Value) -> JsValue {
    JSON::parse(&json.to_string()).unwrap()
}

#[wasm_bindgen_test]
fn every_plan_is_the_cores_json() {
    let inputs = inputs();
    assert!(inputs.len() > 20, "{}", inputs.len());
    for (name, json, input) in inputs {
        let answer = plan(to_js(&json)).unwrap_or_else(|e| panic!("{name}: {e:?}"));
        let core = serde_json::to_string(&certplan::plan(&input).unwrap()).unwrap();
        assert_eq!(stringified(&answer), core, "{name}");
    }
}

#[wasm_bindgen_test]
fn every_lookup_is_the_cores_json() {
    let lookups: Vec<Value> = serde_json::from_str(LOOKUPS).unwrap();
    let inputs = inputs();
    let mut compared = 0;
    for lookup in &lookups {
        let text = lookup["text"].as_str().unwrap();
        // Without a plan, and with a few plans to place the remedies in.
        for (name, json, input) in inputs.iter().step_by(5) {
            let answer = find_remedies(text.into(), Some(to_js(json))).unwrap();
            let found = certplan::lookup::find_remedies(text, input).unwrap();
            let core = serde_json::to_string(&found).unwrap();
            assert_eq!(stringified(&answer), core, "{name}: {text}");
            compared += found.len();
        }
    }
    assert!(compared > 100, "{compared}");
}
