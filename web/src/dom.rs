//! Elements built by one shared function instead of `html!`.
//!
//! `html!` expands every element in place, about 400 bytes of wasm each; a call to
//! [`el`] is a few dozen. Parts without inputs or changing buttons are strings instead
//! (see [`crate::markup`]).

use yew::virtual_dom::{AttributeOrProperty, Attributes, Key, Listeners, VList, VTag, VText};
use yew::{AttrValue, Html, NodeRef};

/// Element `tag` with the attributes `keys`, valued by `values` in the same order
/// (`None` leaves one out), and `children`.
#[inline(never)]
pub fn el(
    tag: &'static str,
    keys: &'static [&'static str],
    values: Vec<Option<AttrValue>>,
    children: Vec<Html>,
) -> Html {
    keyed(tag, None, keys, values, children)
}

/// [`el`] with a key, so a list keeps each child's DOM with its data.
#[inline(never)]
pub fn keyed(
    tag: &'static str,
    key: Option<Key>,
    keys: &'static [&'static str],
    values: Vec<Option<AttrValue>>,
    children: Vec<Html>,
) -> Html {
    VTag::__new_other(
        AttrValue::Static(tag),
        NodeRef::default(),
        key,
        attributes(keys, values),
        Listeners::None,
        VList::with_children(children, None).into(),
    )
    .into()
}

/// An `<input>` whose `value` (text) or `checked` (checkbox) the state controls.
#[inline(never)]
pub fn input(
    keys: &'static [&'static str],
    values: Vec<Option<AttrValue>>,
    value: Option<AttrValue>,
    checked: Option<bool>,
) -> Html {
    VTag::__new_input(
        value,
        checked,
        NodeRef::default(),
        None,
        attributes(keys, values),
        Listeners::None,
    )
    .into()
}

/// A text node.
#[inline(never)]
pub fn text(text: AttrValue) -> Html {
    VText::new(text).into()
}

fn attributes(keys: &'static [&'static str], values: Vec<Option<AttrValue>>) -> Attributes {
    Attributes::Dynamic {
        keys,
        values: values
            .into_iter()
            .map(|value| value.map(AttributeOrProperty::Attribute))
            .collect(),
    }
}
