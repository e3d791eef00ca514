//! The page the build prerenders: the fixed parts as HTML, the planner as the app's
//! first render, inserted at index.html's marker. Native, no browser:
//! `cargo test -p certplan-web --features ssr`.
#![cfg(feature = "ssr")]

use certplan::tables::{FIX_TABLE, SHUTDOWN_TABLE, UPDATE_TABLE};
use certplan_web::prerender::{self, Error};

fn page() -> String {
    futures::executor::block_on(prerender::page())
}

/// The one start tag in `page` with `attribute` (attribute order is the renderer's).
fn tag_with<'a>(page: &'a str, attribute: &str) -> &'a str {
    let at = page
        .find(attribute)
        .unwrap_or_else(|| panic!("no {attribute}"));
    assert_eq!(page.matches(attribute).count(), 1, "{attribute}");
    let start = page[..at].rfind('<').unwrap();
    let end = at + page[at..].find('>').unwrap() + 1;
    &page[start..end]
}

#[test]
fn the_fixed_parts_are_html() {
    let page = page();
    for part in [
        "<h1>AKS certificate planner</h1>",
        "<noscript><p class=\"notice\"><strong>The planner needs JavaScript and WebAssembly.</strong>",
        "<label for=\"shutdown\">Shutdown date</label>",
        "<label for=\"restart\">Power-on date</label>",
        "<label for=\"lastUpdate\">Last update date</label>",
        "<label for=\"error-text\">Paste an error</label>",
        "never put in the link, stored or sent.",
        "First day the clusters were powered off.",
        "<legend>Workload clusters</legend>",
        ">Add cluster</button>",
        "<h2 id=\"help-title\">How to use the plan</h2>",
        "<h2 id=\"reference-title\">Microsoft's tables</h2>",
        "<footer class=\"footer\">",
    ] {
        assert!(page.contains(part), "missing {part}");
    }
    for table in [&SHUTDOWN_TABLE, &UPDATE_TABLE] {
        assert!(page.contains(table.heading), "{}", table.heading);
        for row in table.rows {
            let head = format!("<tr id=\"row-{}\"><th scope=\"row\">{}", row.id, row.label);
            assert!(page.contains(&head), "missing {head}");
        }
    }
    assert!(page.contains(FIX_TABLE.heading));
    for row in FIX_TABLE.rows {
        assert!(
            page.contains(&format!("<tr id=\"row-{}\">", row.id)),
            "{}",
            row.id
        );
    }
    // Each table scrolls inside a region a keyboard can reach, named by its caption.
    for id in ["shutdown-table", "update-table", "fix-table"] {
        let wrapper = tag_with(&page, &format!("aria-labelledby=\"{id}\""));
        for attribute in ["class=\"table-wrap\"", "role=\"region\"", "tabindex=\"0\""] {
            assert!(wrapper.contains(attribute), "{wrapper} lacks {attribute}");
        }
        assert!(page.contains(&format!("<caption id=\"{id}\">")), "{id}");
    }
    // No script, no inline style: the strict CSP holds.
    assert!(!page.contains("<script") && !page.contains(" style="));
}

#[test]
fn a_first_visit_shows_what_to_enter_and_no_verdict() {
    let page = page();
    assert!(page.contains("What to enter first"));
    for verdict in ["class=\"verdict\"", "Not impacted</p>", "Nothing to fix"] {
        assert!(!page.contains(verdict), "{verdict}");
    }
    // Empty fields, and no row marked before there is input.
    for id in ["shutdown", "restart", "lastUpdate"] {
        let input = tag_with(&page, &format!("id=\"{id}\""));
        assert!(
            input.starts_with("<input ") && input.contains("value=\"\""),
            "{input}"
        );
    }
    assert!(
        !page.contains("class=\"error-summary\"><div"),
        "no error before input"
    );
    assert!(!page.contains("class=\"match\""));
    // The buttons cannot work before the app runs, and say so.
    for button in [
        "id=\"add-cluster\"",
        ">Copy link</button>",
        ">Find the fix</button>",
    ] {
        let tag = tag_with(&page, button);
        assert!(tag.contains(" disabled"), "{tag}");
    }
}

#[test]
fn the_planner_is_rendered_for_hydration_and_nothing_else_is_touched() {
    let page = page();
    let planner = page
        .find("<div id=\"planner\">")
        .expect("the planner's root");
    // Yew's hydration reads the component markers the server renderer writes.
    assert!(page[planner..].starts_with("<div id=\"planner\"><!--<[]>-->"));
    // Markers without type names (the dev-profile override for yew), and none outside
    // the planner: the fixed parts are plain HTML.
    assert!(!page.contains("certplan_web::"));
    let end = page
        .find("</main><!--</[]>--></div>")
        .expect("the planner's end")
        + 24;
    assert!(!page[..planner].contains("<!--") && !page[end..].contains("<!--"));
}

#[test]
fn inserts_at_the_marker_of_a_minified_page() {
    let index =
        "<!doctype html><html lang=en><body><template id=prerender></template></body></html>";
    let out = prerender::insert(index, "<p>page</p>").unwrap();
    assert_eq!(
        out,
        "<!doctype html><html lang=en><body><p>page</p></body></html>"
    );
}

#[test]
fn fails_loudly_without_exactly_one_marker() {
    let plain = "<html><body><p>already prerendered</p></body></html>";
    assert!(matches!(
        prerender::insert(plain, "x"),
        Err(Error::NoMarker)
    ));
    let two = "<body><template id=prerender></template><template id=\"prerender\"></template>";
    assert!(matches!(
        prerender::insert(two, "x"),
        Err(Error::ManyMarkers(2))
    ));
    assert!(Error::NoMarker.to_string().contains("template#prerender"));
}
