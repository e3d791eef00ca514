//! What the results side says before anything is entered: what to enter, and why.

use yew::prelude::*;

/// No verdict yet: a first visit must not read as "all clear".
#[component]
pub fn Guidance() -> Html {
    html! {
        <section class="panel guidance" aria-labelledby="guidance-title">
            <h2 id="guidance-title">{"What to enter first"}</h2>
            <p>
                {"The plan says which certificates the shutdown impacted, and the commands \
                  that renew them, once it knows how long the clusters were off."}
            </p>
            <ul>
                <li>
                    <strong>{"Shutdown date"}</strong>
                    {": the first day the clusters were powered off. Under 30 days off, only \
                      the Kubernetes certificates are impacted; from 30 days, the MOC \
                      certificates too."}
                </li>
                <li>
                    <strong>{"Power-on date"}</strong>
                    {": the day they came or will come back. Leave it empty while they are still \
                      off: the plan is then for powering on today, with the last day to power on \
                      before the MOC certificates are impacted."}
                </li>
                <li>
                    <strong>{"Workload clusters"}</strong>
                    {": every fix after the management cluster's runs once per workload cluster, \
                      so list each one to get its commands."}
                </li>
                <li>
                    <strong>{"Last update date"}</strong>
                    {" (optional): shows the last update against Microsoft's 90-day update \
                      table."}
                </li>
            </ul>
        </section>
    }
}
