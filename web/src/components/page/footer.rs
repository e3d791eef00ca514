//! Where the rules come from, and a last check before running anything.

use certplan::sources;
use yew::prelude::*;

/// The page's footer.
#[component]
pub fn Footer() -> Html {
    html! {
        <footer class="footer">
            <p>
                {"Facts checked against Microsoft's pages as of "}
                {sources::us_date(sources::newest_date())}
                {" (each source link shows its page's date); the 30-day boundary is treated \
                  as more than 30 days. Check names against Get-AksHciCluster before running."}
            </p>
        </footer>
    }
}
