//! Reading a JavaScript value into a [`PlanInput`], by hand.
//!
//! serde-wasm-bindgen would read only the fields it asks for and skip any other key
//! silently, and its type errors carry no field path. Reading by hand refuses unknown
//! keys (`unknown-field`, with the key's path) and names the field of every wrong type
//! (`invalid-input`), and costs less wasm than a deserializer.

use certplan::{ClusterInput, Error, PlanInput};
use js_sys::{Array, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::shape::{self, Kind};

#[wasm_bindgen]
extern "C" {
    /// `Object.keys`, catching what a hostile proxy may throw instead of unwinding
    /// through the wasm.
    #[wasm_bindgen(js_namespace = Object, js_name = keys, catch)]
    fn object_keys(object: &JsValue) -> Result<Array, JsValue>;
}

/// Reads `input` as a [`PlanInput`]. `today` is left as given (`None` when absent or null).
pub(crate) fn plan_input(input: &JsValue) -> Result<PlanInput, Error> {
    let kind = kind(input);
    if kind != Kind::Object {
        return Err(shape::not_an_object(kind));
    }
    check_keys(input, None, &PlanInput::FIELDS)?;
    Ok(PlanInput {
        shutdown: date(input, "shutdown")?,
        restart: date(input, "restart")?,
        last_update: date(input, "lastUpdate")?,
        today: date(input, "today")?,
        clusters: clusters(input)?,
    })
}

/// What `value` is, telling plain objects from arrays, `null` and other objects.
fn kind(value: &JsValue) -> Kind {
    let type_of = value.js_typeof().as_string().unwrap_or_default();
    let is_null = value.is_null();
    let is_array = !is_null && type_of == "object" && Array::is_array(value);
    let plain = type_of == "object" && !is_null && !is_array && is_plain(value);
    Kind::from_typeof(&type_of, is_null, is_array, plain)
}

/// Whether the object's prototype is `null` or a root prototype (one whose own
/// prototype is `null`): true for literals, `JSON.parse` output, `Object.create(null)`
/// and objects from another realm (an iframe); false for a `Map`, a `Date` or a class
/// instance, whose keys would not be their data.
fn is_plain(object: &JsValue) -> bool {
    match Reflect::get_prototype_of(object) {
        Ok(proto) if proto.is_null() => true,
        Ok(proto) => Reflect::get_prototype_of(&proto).is_ok_and(|root| root.is_null()),
        Err(_) => false,
    }
}

/// Refuses the first own enumerable key of `object` that is not in `known`.
fn check_keys(object: &JsValue, cluster: Option<usize>, known: &[&str]) -> Result<(), Error> {
    let unreadable = || {
        shape::unreadable(match cluster {
            Some(index) => shape::cluster_path(index),
            None => String::new(),
        })
    };
    let keys = object_keys(object).map_err(|_| unreadable())?;
    for key in keys.iter() {
        let key = key.as_string().ok_or_else(unreadable)?;
        if !known.contains(&key.as_str()) {
            return Err(shape::unknown_field(cluster, &key));
        }
    }
    Ok(())
}

/// `object[key]`, or an `invalid-input` error at `path` when reading it throws.
fn get(object: &JsValue, key: &JsValue, path: impl FnOnce() -> String) -> Result<JsValue, Error> {
    Reflect::get(object, key).map_err(|_| shape::unreadable(path()))
}

/// A date field: a string, or absent / `undefined` / `null` for "not given".
fn date(input: &JsValue, field: &'static str) -> Result<Option<String>, Error> {
    let value = get(input, &JsValue::from_str(field), || field.to_owned())?;
    if value.is_undefined() || value.is_null() {
        return Ok(None);
    }
    value
        .as_string()
        .map(Some)
        .ok_or_else(|| shape::date_not_string(field, kind(&value)))
}

/// The `clusters` array (absent or `undefined`: no clusters).
fn clusters(input: &JsValue) -> Result<Vec<ClusterInput>, Error> {
    let value = get(input, &JsValue::from_str("clusters"), || {
        "clusters".to_owned()
    })?;
    if value.is_undefined() {
        return Ok(Vec::new());
    }
    let kind = kind(&value);
    if kind != Kind::Array {
        return Err(shape::clusters_not_array(kind));
    }
    let array: Array = value.unchecked_into();
    (0..array.length())
        .map(|index| {
            let at = index as usize;
            let value = get(&array, &JsValue::from(index), || shape::cluster_path(at))?;
            cluster(&value, at)
        })
        .collect()
}

/// One cluster: `{ name: string, loadBalancer?: boolean }`.
fn cluster(value: &JsValue, index: usize) -> Result<ClusterInput, Error> {
    let kind = kind(value);
    if kind != Kind::Object {
        return Err(shape::cluster_not_object(index, kind));
    }
    check_keys(value, Some(index), &ClusterInput::FIELDS)?;
    let path = |field: &str| format!("{}.{field}", shape::cluster_path(index));

    let name = get(value, &JsValue::from_str("name"), || path("name"))?;
    let name = name
        .as_string()
        .ok_or_else(|| shape::name_not_string(index, self::kind(&name)))?;

    let load_balancer = get(value, &JsValue::from_str("loadBalancer"), || {
        path("loadBalancer")
    })?;
    let load_balancer = if load_balancer.is_undefined() {
        false
    } else {
        load_balancer
            .as_bool()
            .ok_or_else(|| shape::load_balancer_not_bool(index, self::kind(&load_balancer)))?
    };
    Ok(ClusterInput {
        name,
        load_balancer,
    })
}
