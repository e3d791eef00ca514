//! Where the rules come from, and a last check before running anything.

use yew::prelude::*;

/// The page's footer.
#[component]
pub fn Footer() -> Html {
    html! {
        <footer class="footer">
            <p>
                {"Rules from Microsoft's page as of 07/2024, with the 30-day boundary treated \
                  as more than 30 days. Check names against Get-AksHciCluster before running."}
            </p>
        </footer>
    }
}
