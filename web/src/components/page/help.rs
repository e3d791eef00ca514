//! How to use the plan once it is there.

use certplan::sources::SHUTDOWN_TABLE;
use yew::prelude::*;

use crate::components::source_link::SourceLink;
use crate::components::titled_section::TitledSection;

/// The steps from dates to fixed clusters, in order.
#[component]
pub fn Help() -> Html {
    html! {
        <TitledSection class="help" heading_id="help-title" title="How to use the plan">
            <ol>
                <li>
                    {"Enter the day the clusters were powered off and the day they came (or \
                      will come) back. How long they were off decides which certificates \
                      expired, by the shutdown table of "}
                    <SourceLink url={SHUTDOWN_TABLE.url} date={SHUTDOWN_TABLE.date()} />
                    {": under 30 days the Kubernetes certificates, from 30 days the MOC \
                      certificates too."}
                </li>
                <li>
                    {"List every workload cluster as Get-AksHciCluster names it: each fix \
                      runs once per cluster, and a cluster left out keeps its expired \
                      certificates."}
                </li>
                <li>
                    {"Run the commands in the order shown, one at a time, in an elevated \
                      PowerShell session on a node of the cluster. Download .ps1 saves them as \
                      one script that stops at the first error."}
                </li>
                <li>
                    {"Copy link keeps everything entered: open it again later, or send it to \
                      whoever runs the fix."}
                </li>
            </ol>
        </TitledSection>
    }
}
