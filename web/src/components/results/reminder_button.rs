//! "Add reminder to calendar (.ics)": the last safe power-on day in the person's calendar.

use yew::prelude::*;

/// The day to be reminded of.
#[derive(Properties, PartialEq)]
pub struct ReminderButtonProps {
    /// The last safe power-on day, `YYYY-MM-DD`.
    pub day: AttrValue,
    /// The button: save the `.ics` file.
    pub onremind: Callback<()>,
}

/// The button and what it is for.
#[component]
pub fn ReminderButton(props: &ReminderButtonProps) -> Html {
    html! {
        <div class="reminder">
            <button type="button" class="btn" onclick={props.onremind.reform(|_| ())}>
                {"Add reminder to calendar (.ics)"}
            </button>
            <p class="hint">
                {"An all-day event on "}<strong>{props.day.clone()}</strong>
                {", the last day to power on with the MOC certificates unaffected (shutdown + 29 \
                  days), with alarms a week and a day before."}
            </p>
        </div>
    }
}
