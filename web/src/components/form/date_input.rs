//! One labelled date input with its hint and error.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::components::error_id;
use crate::state::{DateField, DateStatus};

/// A date field's value, hint and error.
#[derive(Properties, PartialEq)]
pub struct DateInputProps {
    /// Which of the three.
    pub field: DateField,
    /// The value, `YYYY-MM-DD` or empty.
    pub value: AttrValue,
    /// What to enter, under the label.
    pub hint: AttrValue,
    /// The error message, when the value is wrong.
    #[prop_or_default]
    pub error: Option<AttrValue>,
    /// Every change of the value, and leaving the field: the value and what else the
    /// field holds.
    pub onchange: Callback<(DateField, String, DateStatus)>,
}

/// What the input holds. Its value is empty for an incomplete or impossible date, so
/// `validity.badInput` tells those from an empty field. While it has the focus, such a
/// date, or a year of fewer than four digits (a year being typed), is still being typed;
/// once left, a bad date is an error and a short year a year.
fn read(input: &HtmlInputElement, focused: bool) -> (String, DateStatus) {
    let value = input.value();
    let status = match (input.validity().bad_input(), focused) {
        (true, false) => DateStatus::Bad,
        (true, true) => DateStatus::Typing,
        (false, true) if value.starts_with('0') => DateStatus::Typing,
        (false, _) => DateStatus::Complete,
    };
    (value, status)
}

/// The input, labelled, described by its hint and, when it is wrong, marked invalid and
/// described by its message too.
#[component]
pub fn DateInput(props: &DateInputProps) -> Html {
    let field = props.field;
    let id = field.field();
    let hint_id = [id, "-hint"].concat();
    let error_id = error_id(id);
    let described = match &props.error {
        Some(_) => [hint_id.as_str(), " ", &error_id].concat(),
        None => hint_id.clone(),
    };
    let oninput = props.onchange.reform(move |event: InputEvent| {
        let (value, status) = read(&event.target_unchecked_into(), true);
        (field, value, status)
    });
    // A browser fires no input event while a date stays incomplete or impossible (its
    // value stays empty): each key tells what the field holds now.
    let onkeyup = props.onchange.reform(move |event: KeyboardEvent| {
        let (value, status) = read(&event.target_unchecked_into(), true);
        (field, value, status)
    });
    let onblur = props.onchange.reform(move |event: FocusEvent| {
        let (value, status) = read(&event.target_unchecked_into(), false);
        (field, value, status)
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
                {onkeyup}
                {onblur}
            />
            if let Some(error) = &props.error {
                <span class="error" id={error_id}>{error.clone()}</span>
            }
        </div>
    }
}
