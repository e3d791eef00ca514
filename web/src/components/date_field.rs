//! One labelled date input with its hint and error.

use yew::prelude::*;

use crate::components::error_id;
use crate::state::DateField as Field;

/// A date input (its changes reach the state through the page's input listener);
/// invalid ones are marked and described by their message.
pub fn date_field(field: Field, value: &str, hint: &str, error: Option<String>) -> Html {
    let id = field.field();
    let hint_id = [id, "-hint"].concat();
    let error_id = error_id(id);
    let described = match &error {
        Some(_) => [hint_id.as_str(), " ", &error_id].concat(),
        None => hint_id.clone(),
    };
    html! {
        <div class="field">
            <label for={id}>{ field.label() }</label>
            <span class="hint" id={hint_id}>{ hint.to_owned() }</span>
            <input type="date" {id} value={value.to_owned()}
                aria-invalid={error.is_some().then_some("true")}
                aria-describedby={described} />
            if let Some(error) = error {
                <span class="error" id={error_id}>{ error }</span>
            }
        </div>
    }
}
