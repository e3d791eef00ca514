//! "Paste cluster names": many workload clusters at once, from a list or from what
//! `Get-AksHciCluster` prints.

use certplan::paste::Format;
use certplan::MAX_CLUSTERS;
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use crate::state::PasteReport;

/// The id of the textarea, for its label.
const TEXT_ID: &str = "paste-names";

/// The box, and what the last paste did.
#[derive(Properties, PartialEq)]
pub struct PasteNamesProps {
    /// The text as typed.
    pub text: AttrValue,
    /// What the last "Add these clusters" did.
    pub report: Option<PasteReport>,
    /// The text changed.
    pub ontext: Callback<String>,
    /// "Add these clusters".
    pub onadd: Callback<()>,
    /// The app runs (before, nothing could be added: the box takes no input).
    pub started: bool,
}

/// A labelled textarea, its button, and a status line that says what was added.
#[component]
pub fn PasteNames(props: &PasteNamesProps) -> Html {
    let ontext = props
        .ontext
        .reform(|event: InputEvent| event.target_unchecked_into::<HtmlTextAreaElement>().value());
    let hint_id = [TEXT_ID, "-hint"].concat();
    html! {
        <div class="field paste">
            <label for={TEXT_ID}>{"Paste cluster names"}</label>
            <span class="hint" id={hint_id.clone()}>
                {"Names separated by new lines, commas or spaces, or the output of \
                  Get-AksHciCluster as it prints it."}
            </span>
            <textarea
                id={TEXT_ID}
                rows="3"
                spellcheck="false"
                autocapitalize="none"
                aria-describedby={hint_id}
                disabled={!props.started}
                value={props.text.clone()}
                oninput={ontext}
            />
            <button
                type="button"
                class="btn"
                disabled={!props.started}
                onclick={props.onadd.reform(|_| ())}
            >
                {"Add these clusters"}
            </button>
            <p class="paste-report" role="status">{props.report.map(report).unwrap_or_default()}</p>
        </div>
    }
}

/// What a paste did, in a sentence: how the text was read, how many rows it added and
/// where they are, how many were already listed, which need a fix, and what it could
/// not take.
fn report(report: PasteReport) -> String {
    if report.added == 0 && report.not_taken == 0 && report.already_listed == 0 {
        return "No names found: paste names or the output of Get-AksHciCluster first.".into();
    }
    let mut out = match report.format {
        Format::Words => String::new(),
        Format::List | Format::Table => "Read the Name column of Get-AksHciCluster. ".into(),
    };
    let last = report.first_row + report.added.saturating_sub(1);
    out.push_str(&match report.added {
        1 => format!("Added 1 cluster, as row {last} (at the end of the list)."),
        n if n > 1 => format!(
            "Added {n} clusters, as rows {} to {last} (at the end of the list).",
            report.first_row
        ),
        _ => "Added no cluster.".to_owned(),
    });
    match report.already_listed {
        0 => {}
        1 => out.push_str(" 1 name was already listed: not added again."),
        n => out.push_str(&format!(" {n} names were already listed: not added again.")),
    }
    match report.flagged {
        0 => {}
        1 => out.push_str(" 1 name needs a fix: it is marked below."),
        n => out.push_str(&format!(" {n} names need a fix: they are marked below.")),
    }
    if report.not_taken > 0 {
        out.push_str(&format!(
            " {} more could not be added: a plan takes at most {MAX_CLUSTERS} clusters. The \
             text stays in the box.",
            report.not_taken
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paste(format: Format, added: usize, flagged: usize, not_taken: usize) -> String {
        report(PasteReport {
            format,
            added,
            flagged,
            not_taken,
            already_listed: 0,
            first_row: 1,
        })
    }

    #[test]
    fn the_report_says_what_was_added_and_what_was_not() {
        assert_eq!(
            paste(Format::Words, 1, 0, 0),
            "Added 1 cluster, as row 1 (at the end of the list)."
        );
        assert_eq!(
            paste(Format::Table, 3, 1, 0),
            "Read the Name column of Get-AksHciCluster. Added 3 clusters, as rows 1 to 3 (at \
             the end of the list). 1 name needs a fix: it is marked below."
        );
        assert_eq!(
            paste(Format::Words, 50, 2, 4),
            "Added 50 clusters, as rows 1 to 50 (at the end of the list). 2 names need a fix: \
             they are marked below. 4 more could not be added: a plan takes at most 50 \
             clusters. The text stays in the box."
        );
        assert_eq!(
            paste(Format::Words, 0, 0, 3),
            "Added no cluster. 3 more could not be added: a plan takes at most 50 clusters. \
             The text stays in the box."
        );
        assert!(paste(Format::List, 0, 0, 0).starts_with("No names found"));
        let again = report(PasteReport {
            format: Format::List,
            added: 1,
            flagged: 0,
            not_taken: 0,
            already_listed: 3,
            first_row: 4,
        });
        assert_eq!(
            again,
            "Read the Name column of Get-AksHciCluster. Added 1 cluster, as row 4 (at the end \
             of the list). 3 names were already listed: not added again."
        );
    }
}
