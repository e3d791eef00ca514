//! The input reader as an embedder meets it: JavaScript values into `plan`, the plan or
//! the thrown error's code, field and message out.
//!
//! Run with `cargo test -p certplan-js --target wasm32-unknown-unknown` and
//! wasm-bindgen-test-runner as the target runner, which runs them in Node
//! (`cargo xtask mutants` does). tests/js-api/ checks the same contract on the built
//! module; these tests let cargo-mutants see the reader's behaviour.
#![cfg(target_arch = "wasm32")]

use certplan_js::plan;
use js_sys::{Function, Reflect};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::wasm_bindgen_test;

/// The value of a JavaScript expression.
fn js(expression: &str) -> JsValue {
    Function::new_no_args(&format!("return ({expression});"))
        .call0(&JsValue::UNDEFINED)
        .unwrap_or_else(|e| panic!("{expression}: {e:?}"))
}

fn get(object: &JsValue, path: &str) -> JsValue {
    path.split('.').fold(object.clone(), |value, key| {
        Reflect::get(&value, &key.into()).unwrap_or_else(|e| panic!("{path}: {e:?}"))
    })
}

/// The plan of the input `expression` (its `today` is 2026-03-01 unless it says otherwise).
fn planned(expression: &str) -> JsValue {
    plan(js(expression)).unwrap_or_else(|e| panic!("{expression}: {:?}", String::from(e.message())))
}

/// The `(code, field, message)` of the error `plan` throws for `input`.
fn refused(input: JsValue) -> (String, String, String) {
    let shown = format!("{input:?}");
    let error = plan(input)
        .map(|_| panic!("{shown}: accepted"))
        .unwrap_err();
    let text = |key: &str| get(&error, key).as_string().unwrap_or_default();
    (text("code"), text("field"), String::from(error.message()))
}

fn refused_js(expression: &str) -> (String, String, String) {
    refused(js(expression))
}

fn invalid(field: &str, message: &str) -> (String, String, String) {
    ("invalid-input".into(), field.into(), message.into())
}

fn unknown(field: &str, message: &str) -> (String, String, String) {
    ("unknown-field".into(), field.into(), message.into())
}

#[wasm_bindgen_test]
fn every_field_is_read() {
    // JSON, so that the core reads the very same input.
    const INPUT: &str = r#"{ "shutdown": "2026-01-01", "restart": "2026-02-20", "lastUpdate": "2026-02-01",
        "today": "2026-03-01", "clusters": [{ "name": "prod1" }, { "name": "edge2", "loadBalancer": true }] }"#;
    let p = planned(INPUT);
    assert_eq!(get(&p, "shutdownDays").as_f64(), Some(50.0));
    assert_eq!(get(&p, "updateAgeDays").as_f64(), Some(28.0));
    let commands: Vec<String> = js_sys::Array::from(&get(&p, "steps"))
        .iter()
        .map(|step| get(&step, "command").as_string().unwrap())
        .collect();
    // The commands of the same input read by the core: every cluster, load balancer
    // included, was read.
    let input: certplan::PlanInput = serde_json::from_str(INPUT).unwrap();
    let wanted: Vec<String> = certplan::plan(&input)
        .unwrap()
        .steps
        .into_iter()
        .map(|step| step.command)
        .collect();
    assert_eq!(commands, wanted);
    assert!(wanted
        .iter()
        .any(|c| c.contains("'edge2' -patchLoadBalancer")));
}

#[wasm_bindgen_test]
fn absent_and_null_values_mean_not_given() {
    let p = planned("{ today: '2026-03-01' }");
    assert!(get(&p, "shutdownDays").is_null());
    assert!(get(&p, "updateAgeDays").is_null());
    assert_eq!(js_sys::Array::from(&get(&p, "steps")).length(), 0);
    let p = planned(
        "{ shutdown: '2026-02-01', restart: null, lastUpdate: undefined, today: '2026-03-01', clusters: undefined }",
    );
    assert_eq!(get(&p, "shutdownDays").as_f64(), Some(28.0));
    assert!(get(&p, "updateAgeDays").is_null());
}

#[wasm_bindgen_test]
fn objects_without_a_prototype_are_plain() {
    let p = planned(
        "Object.assign(Object.create(null), { shutdown: '2026-02-01', today: '2026-03-01',
           clusters: [Object.assign(Object.create(null), { name: 'prod1' })] })",
    );
    assert_eq!(get(&p, "shutdownDays").as_f64(), Some(28.0));
    assert_eq!(js_sys::Array::from(&get(&p, "steps")).length(), 2);
}

#[wasm_bindgen_test]
fn the_input_must_be_a_plain_object() {
    let message = |kind: &str| {
        format!("The input must be a plain object like {{ shutdown: \"2026-01-01\", clusters: [] }}, not {kind}.")
    };
    for (expression, kind) in [
        ("undefined", "undefined"),
        ("null", "null"),
        ("42", "a number"),
        ("'today'", "a string"),
        ("[]", "an array"),
        ("[{ today: '2026-03-01' }]", "an array"),
        (
            "new Map([['today', '2026-03-01']])",
            "an object that is not a plain object",
        ),
        (
            "new (class Input { today = '2026-03-01'; })()",
            "an object that is not a plain object",
        ),
    ] {
        assert_eq!(
            refused_js(expression),
            invalid("", &message(kind)),
            "{expression}"
        );
    }
}

#[wasm_bindgen_test]
fn unknown_keys_are_refused_by_name() {
    const KNOWN: &str = "the known fields are shutdown, restart, lastUpdate, today and clusters.";
    assert_eq!(
        refused_js("{ today: '2026-03-01', colour: 'red' }"),
        unknown(
            "colour",
            &format!("Unknown field \"colour\" in the input: {KNOWN}")
        )
    );
    // The keys are first read joined by commas: a key holding a comma must still be
    // refused as the one key it is.
    assert_eq!(
        refused_js("{ today: '2026-03-01', 'shutdown,restart': '2026-01-01' }"),
        unknown(
            "shutdown,restart",
            &format!("Unknown field \"shutdown,restart\" in the input: {KNOWN}")
        )
    );
    assert_eq!(
        refused_js("{ today: '2026-03-01', clusters: [{ name: 'a' }, { name: 'b', lb: true }] }"),
        unknown(
            "clusters[1].lb",
            "Unknown field \"lb\" in cluster 2: the known fields are name and loadBalancer."
        )
    );
}

#[wasm_bindgen_test]
fn wrong_types_name_the_field_and_what_was_given() {
    let cases = [
        (
            "{ today: '2026-03-01', shutdown: 20260101 }",
            invalid("shutdown", "Shutdown date must be a YYYY-MM-DD string or null, not a number."),
        ),
        (
            "{ today: '2026-03-01', lastUpdate: {} }",
            invalid("lastUpdate", "Last update date must be a YYYY-MM-DD string or null, not an object."),
        ),
        (
            "{ today: '2026-03-01', restart: ['2026-03-01'] }",
            invalid("restart", "Power-on date must be a YYYY-MM-DD string or null, not an array."),
        ),
        (
            "{ today: null, clusters: {} }",
            invalid("clusters", "Clusters must be an array like [{ name: \"prod1\", loadBalancer: false }], not an object."),
        ),
        (
            "{ today: '2026-03-01', clusters: new Map() }",
            invalid("clusters", "Clusters must be an array like [{ name: \"prod1\", loadBalancer: false }], not an object that is not a plain object."),
        ),
        (
            "{ today: '2026-03-01', clusters: [{ name: 'a' }, ['b']] }",
            invalid("clusters[1]", "Cluster 2 must be an object like { name: \"prod1\", loadBalancer: false }, not an array."),
        ),
        (
            "{ today: '2026-03-01', clusters: [new Map()] }",
            invalid("clusters[0]", "Cluster 1 must be an object like { name: \"prod1\", loadBalancer: false }, not an object that is not a plain object."),
        ),
        (
            "{ today: '2026-03-01', clusters: [{}] }",
            invalid("clusters[0].name", "Cluster 1 has no name."),
        ),
        (
            "{ today: '2026-03-01', clusters: [{ name: null }] }",
            invalid("clusters[0].name", "Cluster 1 name must be a string, not null."),
        ),
        (
            "{ today: '2026-03-01', clusters: [{ name: 'a', loadBalancer: 'yes' }] }",
            invalid("clusters[0].loadBalancer", "Cluster 1 loadBalancer must be true or false, not a string."),
        ),
    ];
    for (expression, wanted) in cases {
        assert_eq!(refused_js(expression), wanted, "{expression}");
    }
}

#[wasm_bindgen_test]
fn values_that_throw_when_read_are_refused() {
    let cases = [
        (
            "{ today: '2026-03-01', get shutdown() { throw new Error('boom'); } }",
            invalid("shutdown", "Field \"shutdown\" could not be read."),
        ),
        (
            "{ today: '2026-03-01', clusters: [{ get name() { throw new Error('boom'); } }] }",
            invalid(
                "clusters[0].name",
                "Field \"clusters[0].name\" could not be read.",
            ),
        ),
        (
            "new Proxy({}, { ownKeys() { throw new Error('boom'); } })",
            invalid("", "Field \"\" could not be read."),
        ),
    ];
    for (expression, wanted) in cases {
        assert_eq!(refused_js(expression), wanted, "{expression}");
    }
}
