//! How to run the downloaded script, as Microsoft documents it, and how to resume it.

use certplan::{run_instructions, sources, KUBECONFIG_NOTE};
use yew::prelude::*;

use crate::components::source_link::SourceLink;

/// The script's file name.
#[derive(Properties, PartialEq)]
pub struct RunScriptProps {
    /// What "Download .ps1" saves it as.
    pub file: AttrValue,
}

/// A disclosure under the download: unblock, allow scripts for this session, run; resume
/// with `-From`; what the verify steps do to the kubeconfig. The same as the script's
/// header says. The lines scroll on a narrow screen, so the keyboard can reach them.
#[component]
pub fn RunScript(props: &RunScriptProps) -> Html {
    let [unblock, policy, run, resume] = run_instructions(&props.file);
    html! {
        <details class="run-script">
            <summary>{"How to run the downloaded script"}</summary>
            <p>
                {"Windows marks a downloaded file as from the internet, and the RemoteSigned \
                  policy (the Windows Server default) runs it only once it is unblocked. In an \
                  elevated PowerShell session, in the folder of the file: unblock it, allow \
                  scripts for this session only, and run it."}
            </p>
            <pre class="script-lines" tabindex="0">{[unblock, policy, run].join("\n")}</pre>
            <p>
                {"When a step fails, the script stops and prints the line that resumes at \
                  that step once the cause is fixed, for example:"}
            </p>
            <pre class="script-lines" tabindex="0">{resume}</pre>
            <p>{KUBECONFIG_NOTE}</p>
            <p class="sources">
                {"Sources: "}
                { for [&sources::EXECUTION_POLICY, &sources::UNBLOCK_FILE, &sources::GET_CREDENTIAL]
                    .into_iter()
                    .enumerate()
                    .map(|(index, source)| html! {
                        <>
                            if index > 0 { {"; "} }
                            <SourceLink url={source.url} date={source.date()} />
                        </>
                    }) }
            </p>
        </details>
    }
}
