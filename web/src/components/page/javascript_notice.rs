//! What a visitor without JavaScript sees instead of a planner that does nothing.

use yew::prelude::*;

/// Shown only when scripts are off: the form needs the app, the tables do not.
#[component]
pub fn JavaScriptNotice() -> Html {
    html! {
        <noscript>
            <p class="notice">
                <strong>{"The planner needs JavaScript and WebAssembly."}</strong>
                {" Turn JavaScript on for this page to enter your dates and get the commands. \
                  Microsoft's tables below apply without it."}
            </p>
        </noscript>
    }
}
