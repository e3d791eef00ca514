//! Microsoft's three tables, from the core's data, with the rows that apply marked.

use certplan::tables::{
    FixTable, ImpactTable, FIX_TABLE, SHUTDOWN_TABLE, SOURCE_TITLE, SOURCE_URL, UPDATE_TABLE,
};
use yew::prelude::*;

/// Properties of [`Reference`].
#[derive(Properties, PartialEq)]
pub struct ReferenceProps {
    /// Ids of the matched rows, across the three tables.
    pub matched: Vec<&'static str>,
}

/// The source tables, and why the planner's commands differ from the page's.
#[component]
pub fn Reference(props: &ReferenceProps) -> Html {
    let matched = |id: &str| props.matched.contains(&id);
    html! {
        <section class="reference" aria-labelledby="reference-title">
            <h2 id="reference-title">{ "Microsoft's tables" }</h2>
            <p>
                { "From " }<a href={SOURCE_URL}>{ SOURCE_TITLE }</a>{ " (Microsoft Learn). Rows that apply to your input are marked \u{201c}applies\u{201d}." }
            </p>
            { impact_table(&SHUTDOWN_TABLE, &matched) }
            { impact_table(&UPDATE_TABLE, &matched) }
            { fix_table(&FIX_TABLE, &matched) }
            <p class="defects">
                <strong>{ "Why the commands here differ from the page: " }</strong>
                { "its table leaves " }<code>{ "-name" }</code>{ " without a value (PowerShell stops and asks for it); its ordered list drops " }
                <code>{ "-Name" }</code>{ " altogether and writes en-dashes (" }<code>{ "\u{2013}fixkubeletcredentials" }</code>
                { "), which Windows PowerShell 5.1 misreads in a .ps1 saved as UTF-8 without a BOM; and it forgets " }
                <code>{ "-patchLoadBalancer" }</code>{ " for clusters with a load balancer. The commands here name each cluster, are plain ASCII and patch load balancers." }
            </p>
        </section>
    }
}

fn caption(heading: &'static str) -> Html {
    html! { <caption>{ heading }</caption> }
}

fn row_head(label: &'static str, applies: bool) -> Html {
    html! {
        <th scope="row">
            { label }
            if applies { <span class="applies">{ "applies" }</span> }
        </th>
    }
}

fn impact_table(table: &ImpactTable, matched: &dyn Fn(&str) -> bool) -> Html {
    let cell = |impacted: bool| if impacted { "Impacted" } else { "Not impacted" };
    html! {
        <div class="table-wrap">
            <table>
                { caption(table.heading) }
                <thead><tr>{ for table.columns.iter().map(|c| html! { <th scope="col">{ *c }</th> }) }</tr></thead>
                <tbody>
                    { for table.rows.iter().map(|row| html! {
                        <tr class={classes!(matched(row.id).then_some("match"))}>
                            { row_head(row.label, matched(row.id)) }
                            <td>{ cell(row.moc_impacted) }</td>
                            <td>{ cell(row.kubernetes_impacted) }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
        </div>
    }
}

fn fix_table(table: &FixTable, matched: &dyn Fn(&str) -> bool) -> Html {
    let cell = |command: Option<certplan::tables::Command>, published: &'static str| {
        let Some(command) = command else {
            // The page's N/A, or its blank cell where the target cluster's fix applies.
            let text = if published.is_empty() {
                "As for Target cluster"
            } else {
                published
            };
            return html! { <td>{ text }</td> };
        };
        let template = command.template();
        html! {
            <td>
                <code>{ template.clone() }</code>
                if !published.is_empty() && published != template {
                    <span class="published">{ "Page: " }<code>{ published }</code></span>
                }
            </td>
        }
    };
    html! {
        <div class="table-wrap">
            <table>
                { caption(table.heading) }
                <thead><tr>{ for table.columns.iter().map(|c| html! { <th scope="col">{ *c }</th> }) }</tr></thead>
                <tbody>
                    { for table.rows.iter().map(|row| html! {
                        <tr class={classes!(matched(row.id).then_some("match"))}>
                            { row_head(row.label, matched(row.id)) }
                            { cell(row.moc, row.as_published[0]) }
                            { cell(row.kubernetes, row.as_published[1]) }
                        </tr>
                    }) }
                </tbody>
            </table>
        </div>
    }
}
