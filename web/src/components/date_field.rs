//! One labelled date input with its hint and error.

use yew::prelude::*;

use crate::components::error_id;
use crate::state::DateField as Field;

/// Properties of [`DateField`].
#[derive(Properties, PartialEq)]
pub struct DateFieldProps {
    /// Which date.
    pub field: Field,
    /// The value, `YYYY-MM-DD` or empty.
    pub value: AttrValue,
    /// A line under the label, e.g. what empty means.
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    /// The error for this field, if any.
    #[prop_or_default]
    pub error: Option<String>,
    /// Called with the new value.
    pub onchange: Callback<String>,
}

/// A date input; invalid ones are marked and described by their message.
#[component]
pub fn DateField(props: &DateFieldProps) -> Html {
    let id = props.field.field();
    let hint_id = [id, "-hint"].concat();
    let error_id = error_id(id);
    let described = match (&props.hint, &props.error) {
        (Some(_), Some(_)) => Some([hint_id.as_str(), " ", &error_id].concat()),
        (Some(_), None) => Some(hint_id.clone()),
        (None, Some(_)) => Some(error_id.clone()),
        (None, None) => None,
    };
    let oninput = props.onchange.reform(|e: InputEvent| {
        e.target_unchecked_into::<web_sys::HtmlInputElement>()
            .value()
    });
    html! {
        <div class={classes!("field", props.error.is_some().then_some("invalid"))}>
            <label for={id}>{ props.field.label() }</label>
            if let Some(hint) = &props.hint {
                <span class="hint" id={hint_id}>{ hint }</span>
            }
            <input type="date" {id} value={props.value.clone()} {oninput}
                aria-invalid={props.error.is_some().then_some("true")}
                aria-describedby={described} />
            if let Some(error) = &props.error {
                <span class="error" id={error_id}>{ error }</span>
            }
        </div>
    }
}
