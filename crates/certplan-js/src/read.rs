//! Reading a JavaScript value into a [`PlanInput`], by hand.
//!
//! serde-wasm-bindgen would read only the fields it asks for and skip any other key
//! silently, and its type errors carry no field path. Reading by hand refuses unknown
//! keys (`unknown-field`, with the key's path) and names the field of every wrong type
//! (`invalid-input`), and costs less wasm than a deserializer.

use certplan::{ClusterInput, Field, PlanInput};
use js_sys::{Array, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::shape::{self, Problem, Refusal, ValueType};

#[wasm_bindgen]
extern "C" {
    /// `Object.keys`, catching what a hostile proxy may throw instead of unwinding
    /// through the wasm.
    #[wasm_bindgen(js_namespace = Object, js_name = keys, catch)]
    fn object_keys(object: &JsValue) -> Result<Array, JsValue>;

    /// Any object read for its fields. Each field has its own getter, `object.name` in
    /// the glue: no key string crosses into JavaScript, as `Reflect.get` would need.
    type Fields;
    #[wasm_bindgen(method, getter, structural, catch)]
    fn shutdown(this: &Fields) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(method, getter, structural, catch)]
    fn restart(this: &Fields) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(method, getter, structural, catch, js_name = lastUpdate)]
    fn last_update(this: &Fields) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(method, getter, structural, catch)]
    fn today(this: &Fields) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(method, getter, structural, catch)]
    fn clusters(this: &Fields) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(method, getter, structural, catch)]
    fn name(this: &Fields) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(method, getter, structural, catch, js_name = loadBalancer)]
    fn load_balancer(this: &Fields) -> Result<JsValue, JsValue>;
}

/// Reads `input` as a [`PlanInput`]. `today` is left as given (`None` when absent or null).
pub(crate) fn plan_input(input: &JsValue) -> Result<PlanInput, Refusal> {
    if !is_plain_object(input) {
        return Err(wrong_type(Field::Input, input));
    }
    check_keys(input, None, &PlanInput::FIELDS)?;
    let fields: &Fields = input.unchecked_ref();
    Ok(PlanInput {
        shutdown: date(fields.shutdown(), Field::Shutdown)?,
        restart: date(fields.restart(), Field::Restart)?,
        last_update: date(fields.last_update(), Field::LastUpdate)?,
        today: date(fields.today(), Field::Today)?,
        clusters: clusters(fields.clusters())?,
    })
}

/// Whether `value` is a plain object: the common case, told with fewer calls than
/// [`kind`], which names what a wrong value is.
fn is_plain_object(value: &JsValue) -> bool {
    value.is_object() && !Array::is_array(value) && is_plain(value)
}

/// What `value` is, telling plain objects from arrays, `null` and other objects.
fn value_type(value: &JsValue) -> ValueType {
    let type_of = value.js_typeof().as_string().unwrap_or_default();
    let is_null = value.is_null();
    let is_array = !is_null && type_of == "object" && Array::is_array(value);
    let plain = type_of == "object" && !is_null && !is_array && is_plain(value);
    shape::value_type(&type_of, is_null, is_array, plain)
}

/// `field` holds `value`, which is of a type it does not take.
pub(crate) fn wrong_type(field: Field, value: &JsValue) -> Refusal {
    Refusal::Read(field, Problem::WrongType(value_type(value)))
}

/// `field` could not be read.
fn unreadable(field: Field) -> Refusal {
    Refusal::Read(field, Problem::Unreadable)
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
fn check_keys(object: &JsValue, cluster: Option<usize>, known: &[&str]) -> Result<(), Refusal> {
    let unreadable = || unreadable(cluster.map_or(Field::Input, Field::Cluster));
    let keys = object_keys(object).map_err(|_| unreadable())?;
    // The keys as one string, one crossing: when it splits into as many pieces as there
    // are keys, no key held a comma, so the pieces are the keys; all known, all is well.
    // Otherwise the keys are read one by one, to name the first unknown one.
    let count = keys.length() as usize;
    if count == 0 {
        return Ok(());
    }
    let joined = String::from(keys.join(","));
    let mut pieces = 0;
    if joined.split(',').all(|key| {
        pieces += 1;
        known.contains(&key)
    }) && pieces == count
    {
        return Ok(());
    }
    for key in keys.iter() {
        let key = key.as_string().ok_or_else(unreadable)?;
        if !known.contains(&key.as_str()) {
            let field = Field::Unknown { cluster, key };
            return Err(Refusal::Read(field, Problem::UnknownKey));
        }
    }
    Ok(())
}

/// A field's value, or [`Problem::Unreadable`] on `field` when reading it throws.
fn read(
    value: Result<JsValue, JsValue>,
    field: impl FnOnce() -> Field,
) -> Result<JsValue, Refusal> {
    value.map_err(|_| unreadable(field()))
}

/// A date field: a string, or absent / `undefined` / `null` for "not given".
fn date(value: Result<JsValue, JsValue>, field: Field) -> Result<Option<String>, Refusal> {
    let value = read(value, || field.clone())?;
    if value.is_undefined() || value.is_null() {
        return Ok(None);
    }
    match value.as_string() {
        Some(text) => Ok(Some(text)),
        None => Err(wrong_type(field, &value)),
    }
}

/// The `clusters` array (absent or `undefined`: no clusters).
fn clusters(value: Result<JsValue, JsValue>) -> Result<Vec<ClusterInput>, Refusal> {
    let value = read(value, || Field::Clusters)?;
    if value.is_undefined() {
        return Ok(Vec::new());
    }
    if !Array::is_array(&value) {
        return Err(wrong_type(Field::Clusters, &value));
    }
    let array: Array = value.unchecked_into();
    // The length first: a huge array is refused before any entry crosses into the wasm.
    certplan::check_cluster_count(array.length() as usize)?;
    (0..array.length())
        .map(|index| {
            let at = index as usize;
            let value = read(Reflect::get_u32(&array, index), || Field::Cluster(at))?;
            cluster(&value, at)
        })
        .collect()
}

/// One cluster: `{ name: string, loadBalancer?: boolean }`.
fn cluster(value: &JsValue, index: usize) -> Result<ClusterInput, Refusal> {
    if !is_plain_object(value) {
        return Err(wrong_type(Field::Cluster(index), value));
    }
    check_keys(value, Some(index), &ClusterInput::FIELDS)?;
    let fields: &Fields = value.unchecked_ref();

    let name = read(fields.name(), || Field::ClusterName(index))?;
    let name = name
        .as_string()
        .ok_or_else(|| wrong_type(Field::ClusterName(index), &name))?;

    let balancer_field = || Field::ClusterLoadBalancer(index);
    let load_balancer = read(fields.load_balancer(), balancer_field)?;
    let load_balancer = if load_balancer.is_undefined() {
        false
    } else {
        load_balancer
            .as_bool()
            .ok_or_else(|| wrong_type(balancer_field(), &load_balancer))?
    };
    Ok(ClusterInput {
        name,
        load_balancer,
    })
}
