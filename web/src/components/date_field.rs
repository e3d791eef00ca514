//! One labelled date input with its hint and error.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::components::error_id;
use crate::state::DateField as Field;

/// A date field's value, hint and error.
#[derive(Properties, PartialEq)]
pub struct DateFieldProps {
    /// Which of the three.
    pub field: Field,
    /// The value, `YYYY-MM-DD` or empty.
    pub value: AttrValue,
    /// What to enter, under the label.
    pub hint: AttrValue,
    /// The error message, when the value is wrong.
    #[prop_or_default]
    pub error: Option<AttrValue>,
    /// Every change of the value.
    pub onchange: Callback<(Field, String)>,
}

/// The input, labelled, described by its hint and, when it is wrong, marked invalid and
/// described by its message too.
#[component]
pub fn DateField(props: &DateFieldProps) -> Html {
    let field = props.field;
    let id = field.field();
    let hint_id = [id, "-hint"].concat();
    let error_id = error_id(id);
    let described = match &props.error {
        Some(_) => [hint_id.as_str(), " ", &error_id].concat(),
        None => hint_id.clone(),
    };
    let oninput = props.onchange.reform(move |event: InputEvent| {
        (
            field,
            event.target_unchecked_into::<HtmlInputElement>().value(),
        )
    });
    html! {
        <div class="field">
            <label for={id}>{field.label()}</label>
            <span class="hint" id={hint_id}>{props.hint.clone()}</span>
            <input
                type="date"
                id={id}
                value={props.value.clone()}
                aria-invalid={props.error.is_some().then_some("true")}
                aria-describedby={described}
                {oninput}
            />
            if let Some(error) = &props.error {
                <span class="error" id={error_id}>{error.clone()}</span>
            }
        </div>
    }
}
