//! The page's heading and what the planner is for.

use yew::prelude::*;

/// The heading, and one paragraph on what the planner does.
#[component]
pub fn Masthead() -> Html {
    html! {
        <header class="masthead">
            <h1>{"AKS certificate planner"}</h1>
            <p>
                {"AKS on Azure Stack HCI and Windows Server clusters that were powered off: \
                  which certificates need renewing, and the exact PowerShell to fix them, in \
                  order. Runs in your browser; nothing is sent anywhere."}
            </p>
        </header>
    }
}
