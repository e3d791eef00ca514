//! One labelled date input with its hint and error.

use yew::Html;

use crate::components::error_id;
use crate::dom::{el, input};
use crate::markup::{error, push_text, raw};
use crate::state::DateField as Field;

/// A date input (its changes reach the state through the page's input listener);
/// invalid ones are marked and described by their message. The label, hint and
/// message are markup (see [`crate::markup`]); the input is an element, so it keeps
/// focus and what is typed.
pub fn date_field(field: Field, value: &str, hint: &str, message: Option<String>) -> Html {
    let id = field.field();
    let hint_id = [id, "-hint"].concat();
    let error_id = error_id(id);
    let described = match &message {
        Some(_) => [hint_id.as_str(), " ", &error_id].concat(),
        None => hint_id.clone(),
    };
    let mut text = String::with_capacity(160);
    for part in [
        "<label for=\"",
        id,
        "\">",
        field.label(),
        "</label><span class=\"hint\" id=\"",
        &hint_id,
        "\">",
    ] {
        text.push_str(part);
    }
    push_text(&mut text, hint);
    text.push_str("</span>");
    let invalid = message.is_some().then_some("true".into());
    el(
        "div",
        &["class"],
        vec![Some("field".into())],
        vec![
            raw(text),
            input(
                &["type", "id", "aria-invalid", "aria-describedby"],
                vec![
                    Some("date".into()),
                    Some(id.into()),
                    invalid,
                    Some(described.into()),
                ],
                Some(value.to_owned().into()),
                None,
            ),
            error(&error_id, message),
        ],
    )
}
