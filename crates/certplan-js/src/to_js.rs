//! The answers as plain JavaScript objects, written by hand.
//!
//! The same shapes and property order as the core's `Serialize` (the JSON contract of
//! design.md; `tests/answers.rs` compares the two on every case), built with one setter
//! per property (`object.name = value` in the glue: no key string crosses), and with
//! each string through [`strings::string`], which decodes a text once however many
//! answers hold it. serde-wasm-bindgen did the same generically, at twice the time and
//! about a third of the module's bytes.

use certplan::lookup::RemedyMatch;
use certplan::{Check, Layer, Layers, Note, Plan, Remedy, Step};
use js_sys::{Array, Object};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::strings::{fixed, string, text};

#[wasm_bindgen]
extern "C" {
    /// A fresh plain object, filled property by property.
    type Answer;
    #[wasm_bindgen(method, setter = "shutdownDays")]
    fn set_shutdown_days(this: &Answer, value: &JsValue);
    #[wasm_bindgen(method, setter = "updateAgeDays")]
    fn set_update_age_days(this: &Answer, value: &JsValue);
    #[wasm_bindgen(method, setter = "shutdownRow")]
    fn set_shutdown_row(this: &Answer, value: &JsValue);
    #[wasm_bindgen(method, setter = "updateRow")]
    fn set_update_row(this: &Answer, value: &JsValue);
    #[wasm_bindgen(method, setter = "layers")]
    fn set_layers(this: &Answer, value: &JsValue);
    #[wasm_bindgen(method, setter = "steps")]
    fn set_steps(this: &Answer, value: &JsValue);
    #[wasm_bindgen(method, setter = "script")]
    fn set_script(this: &Answer, value: &JsValue);
    #[wasm_bindgen(method, setter = "notes")]
    fn set_notes(this: &Answer, value: &JsValue);
    #[wasm_bindgen(method, setter = "checks")]
    fn set_checks(this: &Answer, value: &JsValue);
    #[wasm_bindgen(method, setter = "powerOn")]
    fn set_power_on(this: &Answer, value: &JsValue);
    #[wasm_bindgen(method, setter = "powerOff")]
    fn set_power_off(this: &Answer, value: &JsValue);
    #[wasm_bindgen(method, setter = "moc")]
    fn set_moc(this: &Answer, value: &JsValue);
    #[wasm_bindgen(method, setter = "kubernetes")]
    fn set_kubernetes(this: &Answer, value: &JsValue);
    #[wasm_bindgen(method, setter = "impacted")]
    fn set_impacted(this: &Answer, value: &JsValue);
    #[wasm_bindgen(method, setter = "reason")]
    fn set_reason(this: &Answer, value: &JsValue);
    #[wasm_bindgen(method, setter = "command")]
    fn set_command(this: &Answer, value: &JsValue);
    #[wasm_bindgen(method, setter = "cluster")]
    fn set_cluster(this: &Answer, value: &JsValue);
    #[wasm_bindgen(method, setter = "layer")]
    fn set_layer(this: &Answer, value: &JsValue);
    #[wasm_bindgen(method, setter = "purpose")]
    fn set_purpose(this: &Answer, value: &JsValue);
    #[wasm_bindgen(method, setter = "ifFails")]
    fn set_if_fails(this: &Answer, value: &JsValue);
    #[wasm_bindgen(method, setter = "expect")]
    fn set_expect(this: &Answer, value: &JsValue);
    #[wasm_bindgen(method, setter = "code")]
    fn set_code(this: &Answer, value: &JsValue);
    #[wasm_bindgen(method, setter = "text")]
    fn set_text(this: &Answer, value: &JsValue);
    #[wasm_bindgen(method, setter = "source")]
    fn set_source(this: &Answer, value: &JsValue);
    #[wasm_bindgen(method, setter = "sourceDate")]
    fn set_source_date(this: &Answer, value: &JsValue);
    #[wasm_bindgen(method, setter = "id")]
    fn set_id(this: &Answer, value: &JsValue);
    #[wasm_bindgen(method, setter = "symptom")]
    fn set_symptom(this: &Answer, value: &JsValue);
    #[wasm_bindgen(method, setter = "action")]
    fn set_action(this: &Answer, value: &JsValue);
    #[wasm_bindgen(method, setter = "commands")]
    fn set_commands(this: &Answer, value: &JsValue);
    #[wasm_bindgen(method, setter = "caution")]
    fn set_caution(this: &Answer, value: &JsValue);
    #[wasm_bindgen(method, setter = "matched")]
    fn set_matched(this: &Answer, value: &JsValue);
}

/// A fresh, empty plain object.
fn object() -> Answer {
    Object::new().unchecked_into()
}

/// `items` as an array, each made by `to_js`.
fn array<T>(items: &[T], to_js: impl Fn(&T) -> JsValue) -> JsValue {
    let array = Array::new();
    for item in items {
        array.push(&to_js(item));
    }
    array.into()
}

/// A fixed text, or `null`.
fn optional(text: Option<&'static str>) -> JsValue {
    text.map_or(JsValue::NULL, fixed)
}

/// A day count, or `null`.
fn days(days: Option<i64>) -> JsValue {
    // Day counts are far below 2^53: exact as numbers.
    days.map_or(JsValue::NULL, |days| JsValue::from_f64(days as f64))
}

/// The plan, with its script.
pub(crate) fn plan(plan: &Plan) -> JsValue {
    let out = object();
    out.set_shutdown_days(&days(plan.shutdown_days));
    out.set_update_age_days(&days(plan.update_age_days));
    out.set_shutdown_row(&optional(plan.shutdown_row.map(|row| row.as_str())));
    out.set_update_row(&optional(plan.update_row.map(|row| row.as_str())));
    out.set_layers(&layers(&plan.layers));
    out.set_steps(&array(&plan.steps, step));
    out.set_script(&JsValue::from_str(&plan.script()));
    out.set_notes(&array(&plan.notes, note));
    out.set_checks(&array(&plan.checks, check));
    out.set_power_on(&array(&plan.power_on, check));
    out.set_power_off(&array(&plan.power_off, check));
    out.into()
}

fn layers(layers: &Layers) -> JsValue {
    let out = object();
    out.set_moc(&layer(&layers.moc));
    out.set_kubernetes(&layer(&layers.kubernetes));
    out.into()
}

fn layer(layer: &Layer) -> JsValue {
    let out = object();
    out.set_impacted(&JsValue::from_bool(layer.impacted));
    out.set_reason(&string(&layer.reason));
    out.into()
}

fn step(step: &Step) -> JsValue {
    let out = object();
    out.set_command(&string(&step.command));
    out.set_cluster(&step.cluster.as_deref().map_or(JsValue::NULL, string));
    out.set_layer(&fixed(step.layer.as_str()));
    out.set_purpose(&string(&step.purpose));
    out.set_if_fails(&array(&step.if_fails, remedy));
    out.into()
}

fn check(check: &Check) -> JsValue {
    let out = object();
    out.set_command(&string(&check.command));
    out.set_purpose(&string(&check.purpose));
    out.set_expect(&string(&check.expect));
    out.set_if_fails(&array(&check.if_fails, remedy));
    out.into()
}

fn note(note: &Note) -> JsValue {
    let out = object();
    out.set_code(&fixed(note.code.as_str()));
    out.set_text(&string(&note.text));
    out.set_source(&string(&note.source));
    out.set_source_date(&string(&note.source_date));
    out.into()
}

/// A remedy's properties, on `out`.
fn remedy_into(out: &Answer, remedy: &Remedy) {
    out.set_id(&fixed(remedy.id));
    out.set_symptom(&text(&remedy.symptom));
    out.set_action(&text(&remedy.action));
    out.set_commands(&array(&remedy.commands, |command| string(command)));
    out.set_caution(&optional(remedy.caution));
    out.set_source(&fixed(remedy.source));
    out.set_source_date(&fixed(remedy.source_date));
}

fn remedy(remedy: &Remedy) -> JsValue {
    let out = object();
    remedy_into(&out, remedy);
    out.into()
}

/// The lookup's matches: each its remedy's properties, then `matched`.
pub(crate) fn matches(found: &[RemedyMatch]) -> JsValue {
    array(found, |found| {
        let out = object();
        remedy_into(&out, &found.remedy);
        out.set_matched(&JsValue::from_str(&found.matched));
        out.into()
    })
}
